import { CEILING_MS } from './settings.ts';

/**
 * The 1 s response ceiling of the fuzz suites. A request over it is remembered with a way to send
 * it again; `stillSlow()` re-sends each alone and names those over the ceiling a second time, so a
 * busy machine's hiccup is not a failure and a request that really stalls the server is.
 */
export function ceiling() {
  const slow: { label: string; ms: number; replay: () => Promise<unknown> }[] = [];
  return {
    async time<T>(label: string, send: () => Promise<T>): Promise<T> {
      const started = performance.now();
      const result = await send();
      const ms = performance.now() - started;
      if (ms > CEILING_MS) slow.push({ label, ms, replay: send });
      return result;
    },
    async stillSlow(): Promise<string[]> {
      const still: string[] = [];
      for (const s of slow) {
        const started = performance.now();
        await s.replay();
        const ms = performance.now() - started;
        if (ms > CEILING_MS)
          still.push(`${s.label.slice(0, 200)}: ${Math.round(s.ms)} ms, then ${Math.round(ms)} ms`);
      }
      return still;
    },
  };
}
