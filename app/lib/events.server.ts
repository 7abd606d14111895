import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';

/**
 * Domain events, so modules can announce changes without knowing who caches what (pricing →
 * storefront result cache, catalog → page cache, a new job → the runners). Listeners in this
 * process hear them at once; with a transport connected (PostgreSQL LISTEN/NOTIFY, see
 * app/db/event-transport.server.ts and ADR 0027), every other process on the same database hears
 * them too, so caches clear and job runners wake everywhere. Embedded PGlite is single-process:
 * there the in-process emitter is the whole bus.
 */
export interface DomainEvents {
  'prices-changed': { variantIds: number[] | null };
  /** A market's settings or countries were saved (pricing re-prices it). */
  'markets-changed': { marketIds: number[] };
  'catalog-changed': { productIds: number[] | null };
  /** Units were taken or put back (an order, a cancellation, a return); announced in the writing transaction. */
  'stock-changed': { variantIds: number[] | null };
  'job-enqueued': { id: number; kind: string };
  'job-finished': { id: number; ok: boolean };
  'email-queued': Record<string, never>;
}
export type EventName = keyof DomainEvents;

/** Carries events between processes: publish one message, hear everyone's (including, maybe, your own). */
export interface EventTransport {
  publish(message: string): Promise<void>;
  /** `onConnect` runs on every (re)connection: events sent while disconnected are lost. */
  subscribe(onMessage: (message: string) => void, onConnect: () => void): Promise<() => Promise<void>>;
}

interface Bus {
  emitter: EventEmitter;
  /** Listeners that act only on this process's own events (they write, so one process must act). */
  localOnly: WeakSet<(...args: never[]) => unknown>;
  transport: EventTransport | null;
  /** Tells this process's messages from the others' on a shared channel. */
  id: string;
}

const KEY = Symbol.for('meridian.events');
type Holder = { [KEY]?: Bus };

function bus(): Bus {
  const holder = globalThis as Holder;
  holder[KEY] ??= {
    emitter: new EventEmitter(),
    localOnly: new WeakSet(),
    transport: null,
    id: randomUUID(),
  };
  return holder[KEY];
}

/** NOTIFY payloads must stay under 8000 bytes; a long id list widens to "everything" (null), never truncates. */
export const MAX_MESSAGE_BYTES = 7500;

export function encodeEvent(from: string, name: EventName, payload: DomainEvents[EventName]): string {
  const message = JSON.stringify({ from, name, payload });
  if (Buffer.byteLength(message) <= MAX_MESSAGE_BYTES) return message;
  const widened = Object.fromEntries(
    Object.entries(payload).map(([k, v]) => [k, Array.isArray(v) ? null : v]),
  ) as DomainEvents[EventName];
  return JSON.stringify({ from, name, payload: widened });
}

const NAMES = new Set<string>([
  'prices-changed',
  'markets-changed',
  'catalog-changed',
  'stock-changed',
  'job-enqueued',
  'job-finished',
  'email-queued',
] satisfies EventName[]);

export function decodeEvent(
  message: string,
): { from: string; name: EventName; payload: DomainEvents[EventName] } | null {
  try {
    const parsed = JSON.parse(message) as { from?: unknown; name?: unknown; payload?: unknown };
    if (typeof parsed.from !== 'string' || typeof parsed.name !== 'string' || !NAMES.has(parsed.name))
      return null;
    if (typeof parsed.payload !== 'object' || parsed.payload === null) return null;
    return parsed as { from: string; name: EventName; payload: DomainEvents[EventName] };
  } catch {
    return null;
  }
}

function deliverRemote(name: EventName, payload: DomainEvents[EventName]): void {
  const { emitter, localOnly } = bus();
  for (const listener of emitter.listeners(name)) {
    if (localOnly.has(listener as () => unknown)) continue;
    try {
      const out = (listener as (p: unknown) => unknown)(payload);
      if (out instanceof Promise) out.catch((error: unknown) => console.error(`Event ${name}:`, error));
    } catch (error) {
      console.error(`Event ${name}:`, error);
    }
  }
}

function publish(name: EventName, payload: DomainEvents[EventName]): void {
  const { transport, id } = bus();
  if (!transport) return;
  transport.publish(encodeEvent(id, name, payload)).catch((error: unknown) => {
    console.error(`Event ${name} did not reach other processes:`, error);
  });
}

export function emit<K extends EventName>(name: K, payload: DomainEvents[K]): void {
  bus().emitter.emit(name, payload);
  publish(name, payload);
}

/**
 * Emits and waits for this process's listeners, returning what each resolved to: for a change whose
 * effects the caller reports before it answers (a saved market is re-priced before the admin's reply).
 * Other processes hear it as a plain event.
 */
export function emitAndWait<K extends EventName>(name: K, payload: DomainEvents[K]): Promise<unknown[]> {
  const replies = Promise.all(
    bus()
      .emitter.listeners(name)
      .map((listener) => (listener as (p: DomainEvents[K]) => unknown)(payload)),
  );
  publish(name, payload);
  return replies;
}

/**
 * Subscribes to an event from any process. `localOnly` listeners hear only this process's own
 * events: for work that writes (re-pricing a market), which the emitting process does once.
 */
export function on<K extends EventName>(
  name: K,
  listener: (payload: DomainEvents[K]) => unknown,
  options: { localOnly?: boolean } = {},
): () => void {
  const { emitter, localOnly } = bus();
  if (options.localOnly) localOnly.add(listener as (...args: never[]) => unknown);
  emitter.on(name, listener);
  return () => emitter.off(name, listener);
}

/**
 * Connects the bus to other processes. On every (re)connection, listeners hear "everything
 * changed" (catalog and prices with null ids, and a job wake-up), because whatever was announced
 * while the connection was down never arrived. Returns the disconnect.
 */
export async function connectEventTransport(transport: EventTransport): Promise<() => Promise<void>> {
  const state = bus();
  let first = true;
  const unsubscribe = await transport.subscribe(
    (message) => {
      const event = decodeEvent(message);
      if (event && event.from !== state.id) deliverRemote(event.name, event.payload);
    },
    () => {
      if (first) {
        first = false;
        return;
      }
      deliverRemote('catalog-changed', { productIds: null });
      deliverRemote('prices-changed', { variantIds: null });
      deliverRemote('job-enqueued', { id: 0, kind: '' });
    },
  );
  state.transport = transport;
  return async () => {
    if (state.transport === transport) state.transport = null;
    await unsubscribe();
  };
}
