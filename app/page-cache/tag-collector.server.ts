import { AsyncLocalStorage } from 'node:async_hooks';
import { resultTags } from './core/page-tags.ts';

/**
 * The tags of the page being rendered: the page cache's capture opens a collector per request, and
 * the in-process Storefront API client adds the ids in each result it hands out. Held on
 * globalThis so the app's copy (Vite's module graph in development) and the server's agree.
 */
const KEY = Symbol.for('meridian.page-tags');
type Holder = { [KEY]?: { store: AsyncLocalStorage<Set<string>>; memo: WeakMap<object, string[]> } };

function shared() {
  const holder = globalThis as Holder;
  holder[KEY] ??= { store: new AsyncLocalStorage(), memo: new WeakMap() };
  return holder[KEY];
}

/** Runs fn with a fresh collector; `tags` fills as the page reads data. */
export function collectingTags<T>(tags: Set<string>, fn: () => T): T {
  return shared().store.run(tags, fn);
}

/**
 * Adds a result's tags to the current page, if one is collecting. The walk runs once per result
 * object: a result cache hit hands out the same object, so the cached tags are reused.
 */
export function notePageData(result: object): void {
  const { store, memo } = shared();
  const tags = store.getStore();
  if (!tags) return;
  let found = memo.get(result);
  if (!found) memo.set(result, (found = resultTags(result)));
  for (const t of found) tags.add(t);
}
