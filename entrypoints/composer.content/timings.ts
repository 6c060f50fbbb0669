/** Timing marks for the benchmark (bench/content): performance entries the page can read, nothing sent anywhere. */

export interface Timings {
  held(eventTime: number): void;
  dialogShown(): void;
  highlighted(editor: HTMLElement, pausedAt: number, doneAt: number): void;
  /** The engine loaded and the pack compiled, measured from the first use of a composer. */
  engineReady(usedAt: number): void;
}

/**
 * performance.mark/measure entries are shared with the page's own timeline, so a benchmark can read them
 * with performance.getEntriesByName() without any hook into the extension.
 */
export function exposeTimings(): Timings {
  let heldAt = 0;
  return {
    held(eventTime) {
      heldAt = eventTime;
    },
    dialogShown() {
      // The dialog is rendered synchronously; the next frame is when it is on screen.
      const from = heldAt;
      requestAnimationFrame(() => performance.measure('second-look:dialog', { start: from, end: performance.now() }));
    },
    highlighted(_editor, pausedAt, doneAt) {
      performance.measure('second-look:highlights', { start: pausedAt, end: doneAt });
    },
    engineReady(usedAt) {
      performance.measure('second-look:engine-ready', { start: usedAt, end: performance.now() });
    },
  };
}
