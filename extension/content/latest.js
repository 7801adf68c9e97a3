// @ts-check
// At most one check per box in flight. While the background works on one text, the
// texts typed meanwhile replace each other, and only the newest is sent when the
// answer is in: however slow the background, typing never builds a backlog there.

/**
 * Runs `task` for the newest value only, one run at a time.
 * @template T
 * @param {(value: T) => Promise<void>} task  reports its own failures; a rejection is ignored
 */
export function latestOnly(task) {
  /** @type {{ value: T } | null} */
  let next = null;
  let running = false;

  async function drain() {
    running = true;
    try {
      while (next) {
        const { value } = next;
        next = null;
        try {
          await task(value);
        } catch {
          // the task tells its own failures; the next value still runs
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    /**
     * Runs `task(value)` now, or when the run in flight is done, in place of any value waiting.
     * @param {T} value
     */
    push(value) {
      next = { value };
      if (!running) drain();
    },
    /** Forgets the value waiting, if any; the run in flight goes on. */
    clear() {
      next = null;
    },
    /** True while a run is in flight. */
    get busy() {
      return running;
    },
  };
}
