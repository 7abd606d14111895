import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * PGlite runs one query at a time, first come, first served: a request that fires 30 listing
 * queries at once (one per alias) put every other request's query behind all 30, so a shopper's
 * page waited for an attacker's query. Here each request has its own queue and queries are sent
 * round-robin across requests, one at a time, with a turn of the event loop between two
 * queries, so any request waits for at most one query of each other request ahead of it.
 * Work outside a request (jobs, boot) shares one queue.
 */
const owner = new AsyncLocalStorage<object>();
const UNOWNED = {};

/** Runs fn (one HTTP request's handling) as its own share of the database. */
export function runAsShare<T>(fn: () => T): T {
  return owner.run({}, fn);
}

/** A scheduler: wraps each unit of database work so it runs in its share's turn. */
export function fairQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  // Map order is the rotation: an owner is moved to the back each time one of its tasks starts.
  const queues = new Map<object, (() => Promise<void>)[]>();
  let running = false;
  let last: object | undefined;
  const pump = () => {
    if (running) return;
    // The first owner in rotation other than the one that just ran (it may have queued again
    // before the others arrived), else that one.
    let next: [object, (() => Promise<void>)[]] | undefined;
    for (const entry of queues) {
      next ??= entry;
      if (entry[0] !== last) {
        next = entry;
        break;
      }
    }
    if (!next) return;
    const [key, tasks] = next;
    const task = tasks.shift()!;
    queues.delete(key);
    if (tasks.length) queues.set(key, tasks);
    last = key;
    running = true;
    void task().finally(() => {
      running = false;
      // The next query starts after the event loop has had a turn: PGlite answers without real
      // I/O, so a request made of many queries would otherwise run start to end while new
      // requests wait unread in their sockets, never reaching the queue to take a turn.
      setImmediate(pump);
    });
  };
  return (work) =>
    new Promise((resolve, reject) => {
      const key = owner.getStore() ?? UNOWNED;
      const tasks = queues.get(key);
      // Through a promise, so work that throws instead of rejecting cannot jam the queue.
      const task = () => Promise.resolve().then(work).then(resolve, reject);
      if (tasks) tasks.push(task);
      else queues.set(key, [task]);
      pump();
    });
}
