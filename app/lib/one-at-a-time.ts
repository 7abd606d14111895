/**
 * Runs `task` one at a time. A call that arrives while it runs is not dropped: the task runs
 * once more when the current run ends, however many calls came in meanwhile, so a wake-up that
 * lands mid-run (mail queued while the previous batch is sending) is still served at once.
 */
export function oneAtATime(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
}
