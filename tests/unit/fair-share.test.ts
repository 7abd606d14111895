import { describe, expect, it } from 'vitest';
import { fairQueue, runAsShare } from '#app/db/fair-share.ts';

/** Database work as the queue sees it: a named task that takes a moment. */
const work =
  (log: string[], name: string, fail = false) =>
  async () => {
    log.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
    log.push(`end ${name}`);
    if (fail) throw new Error(name);
    return name;
  };

describe('fairQueue', () => {
  it('runs one task at a time, taking turns between requests', async () => {
    const share = fairQueue();
    const log: string[] = [];
    // A heavy request queues five queries at once; a light one arrives just after with one.
    const heavy = runAsShare(() => Promise.all([1, 2, 3, 4, 5].map((i) => share(work(log, `heavy${i}`)))));
    const light = runAsShare(() => share(work(log, 'light')));
    await Promise.all([heavy, light]);
    const starts = log.filter((l) => l.startsWith('start'));
    // The light query goes second, not sixth.
    expect(starts.slice(0, 3)).toEqual(['start heavy1', 'start light', 'start heavy2']);
    // Never two at once: every start follows the previous end.
    const pairs = Array.from({ length: log.length / 2 }, (_, i) => [log[2 * i], log[2 * i + 1]]);
    for (const [start, end] of pairs) expect(end).toBe(start!.replace('start', 'end'));
  });

  it('passes each result and error back to its caller, and keeps going after an error', async () => {
    const share = fairQueue();
    const log: string[] = [];
    const results = await Promise.allSettled([
      share(work(log, 'a')),
      share(work(log, 'b', true)),
      share(work(log, 'c')),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(results[1]!.status).toBe('rejected');
    // Work that throws before returning a promise is an error for its caller, not a stuck queue.
    const broken = share(() => {
      throw new Error('sync');
    });
    await expect(broken).rejects.toThrow('sync');
    expect(await share(work(log, 'd'))).toBe('d');
  });

  it('lets the event loop turn between two tasks, so new requests get read and queued', async () => {
    const share = fairQueue();
    const order: string[] = [];
    const instant = (name: string) => async () => void order.push(name);
    const done = Promise.all([share(instant('q1')), share(instant('q2'))]);
    setImmediate(() => order.push('io'));
    await done;
    expect(order).toEqual(['q1', 'io', 'q2']);
  });
});
