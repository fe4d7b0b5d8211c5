/**
 * Runs an async task one at a time. A call while the task runs queues one more run (calls made
 * meanwhile share it), which starts only after the current run ends, so it sees the latest state.
 * A run that fails does not stop the next one; the task handles and reports its own errors.
 */
export function serialize(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let pending: Promise<void> | undefined;

  const run = (): Promise<void> => {
    const done = task()
      .catch(() => {})
      .then(() => {
        if (running === done) running = undefined;
      });
    running = done;
    return done;
  };

  return () => {
    // `pending` first: between the end of one run and the start of the queued one, `running` is
    // already cleared, and starting a run here would put two side by side.
    if (pending) return pending;
    if (!running) return run();
    pending = running.then(() => {
      pending = undefined;
      return run();
    });
    return pending;
  };
}
