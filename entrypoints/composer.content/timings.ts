/**
 * Timing marks for the benchmark (bench/content) only. performance entries are shared with the page's own timeline,
 * so they would tell any script on the page that Second Look is there and when it held a post: a normal build makes
 * none. `npm run bench:content` builds with VITE_SECOND_LOOK_TIMINGS=1 and reads them with getEntriesByName().
 */

export interface Timings {
  held(eventTime: number): void;
  dialogShown(): void;
  highlighted(editor: HTMLElement, pausedAt: number, doneAt: number): void;
  /** The engine loaded and the pack compiled, measured from the first use of a composer. */
  engineReady(usedAt: number): void;
}

const NONE: Timings = { held() {}, dialogShown() {}, highlighted() {}, engineReady() {} };

export const timingsOn = (): boolean => import.meta.env.VITE_SECOND_LOOK_TIMINGS === '1';

export function exposeTimings(): Timings {
  if (!timingsOn()) return NONE;
  let heldAt = 0;
  return {
    held(eventTime) {
      heldAt = eventTime;
    },
    dialogShown() {
      // The dialog is rendered synchronously and painted in the next frame: a frame callback runs before that frame's
      // style, layout and paint, and a message posted from it arrives after them, when the dialog is on screen.
      const from = heldAt;
      requestAnimationFrame(() => {
        const { port1, port2 } = new MessageChannel();
        port1.onmessage = () => {
          port1.close();
          performance.measure('second-look:dialog', { start: from, end: performance.now() });
        };
        port2.postMessage(null);
      });
    },
    highlighted(_editor, pausedAt, doneAt) {
      performance.measure('second-look:highlights', { start: pausedAt, end: doneAt });
    },
    engineReady(usedAt) {
      performance.measure('second-look:engine-ready', { start: usedAt, end: performance.now() });
    },
  };
}
