/**
 * The checking page's order of work on a cold start: the OCR and logo workers start as it opens; the face detector's
 * code (one long task to evaluate) waits until a picture that came with the page is decoded and handed to the workers,
 * or a short while when none has come (opened for a file picker).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const order: string[] = [];
const pixels = (w: number) => ({ image: { data: new Uint8ClampedArray(w * 4), width: w, height: 1 }, canvas: {} });
vi.mock('../../vision/offscreen/decode', () => ({
  decodeImage: async () => (order.push('picture decoded'), pixels(4)),
  scaleDown: (_p: unknown, side: number) => pixels(side),
}));
vi.mock('../../vision/offscreen/ocr', () => ({
  ocrStartup: {},
  startOcr: async () => void order.push('OCR worker started'),
  readText: async () => (order.push('OCR handed its pixels'), ''),
}));
vi.mock('../../vision/offscreen/logo', () => ({
  logoStartup: {},
  startLogoWorker: () => void order.push('logo worker started'),
  findLogos: async () => (order.push('logo worker handed its pixels'), []),
}));
vi.mock('../../vision/offscreen/demo-logos', () => ({ DEMO_LOGOS: [] }));
/** The page's script as it is when the page opens: its modules fresh, the face detector's code not yet evaluated. */
async function openPage() {
  vi.resetModules();
  vi.doMock('../../vision/offscreen/faces', () => {
    order.push("face detector's code evaluated");
    return { faceStartup: {}, FACE_MIN_SCORE: 0.6, loadFaceDetector: async () => {}, faceScores: async () => [0.9], faceBackend: () => 'wasm' };
  });
  return import('../../vision/offscreen/run');
}

beforeEach(() => {
  order.length = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('checking page start-up', () => {
  it("decodes a picture that arrives as the page opens and hands it to the workers before evaluating the face detector's code", async () => {
    const { warmUp, runImageCheck, FACE_CODE_DELAY_MS } = await openPage();
    warmUp();
    // The picture's message is read as soon as it comes: the face detector's code has not taken the thread.
    await vi.advanceTimersByTimeAsync(1);
    expect(order).not.toContain("face detector's code evaluated");
    const report = runImageCheck({ type: 'second-look/image-run', image: 'data:,', logos: [{ label: 'x', src: 'data:,' }] });
    await vi.advanceTimersByTimeAsync(FACE_CODE_DELAY_MS);
    const r = await report;
    expect(r.faces).toMatchObject({ status: 'done', value: 1 });
    expect(order.slice(0, 2)).toEqual(['OCR worker started', 'logo worker started']);
    const facesAt = order.indexOf("face detector's code evaluated");
    expect(facesAt).toBeGreaterThan(order.indexOf('picture decoded'));
    expect(facesAt).toBeGreaterThan(order.indexOf('logo worker handed its pixels'));
  });

  it("loads the face detector's code a short while after opening when no picture comes (the page opened for a file picker)", async () => {
    const { warmUp, FACE_CODE_DELAY_MS } = await openPage();
    warmUp();
    await vi.advanceTimersByTimeAsync(FACE_CODE_DELAY_MS - 50);
    expect(order).not.toContain("face detector's code evaluated");
    await vi.advanceTimersByTimeAsync(100);
    vi.useRealTimers();
    await vi.waitFor(() => expect(order).toContain("face detector's code evaluated"));
  });
});
