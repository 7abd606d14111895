import { describe, expect, it } from 'vitest';
import { oneAtATime } from '#app/lib/one-at-a-time.ts';

/** The mailer's wake-ups: none is lost while a batch is sending, and they do not pile up. */
describe('oneAtATime', () => {
  it('runs once more after a run that was called during, however many calls came, and never two at once', async () => {
    let runs = 0;
    let active = 0;
    let most = 0;
    let release: () => void = () => {};
    const task = oneAtATime(async () => {
      runs++;
      active++;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => (release = resolve));
      active--;
    });
    const first = task();
    expect(runs).toBe(1);
    void task();
    void task();
    release();
    await new Promise((r) => setTimeout(r, 0));
    // The calls made during the first run were served by one more run.
    expect(runs).toBe(2);
    release();
    await first;
    expect(most).toBe(1);
    // Idle again: the next call starts a new run.
    const later = task();
    expect(runs).toBe(3);
    release();
    await later;
  });

  it('a call with nothing running runs the task once', async () => {
    let runs = 0;
    const task = oneAtATime(async () => {
      runs++;
    });
    await task();
    await task();
    expect(runs).toBe(2);
  });
});
