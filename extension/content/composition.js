// @ts-check
// An IME composition in progress: its text is not final, so the box is not read
// until it ends. A composition whose `compositionend` never comes (the editor
// re-rendered under it, the focus left half-way) ends by itself once no
// composition event came for `timeout` ms, so checking never stops for good.

/**
 * @param {() => void} onEnd  called when the composition ends, by its event or by the timeout
 * @param {number} [timeout]  ms without a composition event after which it counts as ended
 */
export function compositionGuard(onEnd, timeout = 5000) {
  let active = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(end, timeout);
  };
  function end() {
    clearTimeout(timer);
    if (!active) return;
    active = false;
    onEnd();
  }
  return {
    /** `compositionstart` */
    start() {
      active = true;
      arm();
    },
    /** `compositionupdate`: the composition goes on. */
    update() {
      if (active) arm();
    },
    /** `compositionend` */
    end,
    /** Stops the timer without calling `onEnd`. */
    dispose() {
      clearTimeout(timer);
      active = false;
    },
    get active() {
      return active;
    },
  };
}
