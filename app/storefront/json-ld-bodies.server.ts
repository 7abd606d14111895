import type { RouterContextProvider } from 'react-router';
import { jsonLdScript } from './json-ld.ts';

/** Per request (keyed by its router context, so nothing outlives the request). */
const bodies = new WeakMap<object, Map<string, string>>();

/** Keeps structured data for `<JsonLd slot>` in this response's HTML, out of the loader data. */
export function setJsonLd(context: Readonly<RouterContextProvider>, slot: string, data: unknown): void {
  let map = bodies.get(context);
  if (!map) bodies.set(context, (map = new Map()));
  map.set(slot, jsonLdScript(data));
}

/** What entry.server hands the React tree for this request's document render. */
export function jsonLdBodiesOf(context: unknown): ReadonlyMap<string, string> | null {
  return (typeof context === 'object' && context && bodies.get(context)) || null;
}
