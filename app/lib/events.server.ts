import { EventEmitter } from 'node:events';

/**
 * In-process domain events, so modules can announce changes without knowing who caches
 * what (e.g. pricing → storefront result cache). One emitter per process, like the DB handle.
 */
export interface DomainEvents {
  'prices-changed': { variantIds: number[] | null };
  /** A market's settings or countries were saved (pricing re-prices it). */
  'markets-changed': { marketIds: number[] };
  'catalog-changed': { productIds: number[] | null };
  'job-enqueued': { id: number; kind: string };
  'job-finished': { id: number; ok: boolean };
  'email-queued': Record<string, never>;
}

const KEY = Symbol.for('meridian.events');
type Holder = { [KEY]?: EventEmitter };

function emitter(): EventEmitter {
  const holder = globalThis as Holder;
  holder[KEY] ??= new EventEmitter();
  return holder[KEY];
}

export function emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
  emitter().emit(name, payload);
}

/**
 * Emits and waits for every listener, returning what each resolved to: for a change whose effects
 * the caller reports before it answers (a saved market is re-priced before the admin's reply).
 */
export function emitAndWait<K extends keyof DomainEvents>(
  name: K,
  payload: DomainEvents[K],
): Promise<unknown[]> {
  return Promise.all(
    emitter()
      .listeners(name)
      .map((listener) => (listener as (p: DomainEvents[K]) => unknown)(payload)),
  );
}

export function on<K extends keyof DomainEvents>(
  name: K,
  listener: (payload: DomainEvents[K]) => unknown,
): () => void {
  emitter().on(name, listener);
  return () => emitter().off(name, listener);
}
