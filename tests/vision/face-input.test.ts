/** The face detector's view of a photo: plain borders taken off, tones stretched to the full range. */
import { describe, expect, it } from 'vitest';
import { insideBorder, levelled } from '../../vision/face-input';

function picture(w: number, h: number, px: (x: number, y: number) => [number, number, number]) {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([...px(x, y), 255], (y * w + x) * 4);
  return { data, width: w, height: h };
}
const shaded = (x: number, y: number): [number, number, number] => {
  const v = Math.round(40 + 170 * (0.5 + 0.5 * Math.sin(x / 7) * Math.cos(y / 5)));
  return [v, v, v];
};

describe('insideBorder', () => {
  it('takes off a plain frame that goes all round (a print\'s white mat, an app\'s coloured frame)', () => {
    for (const frame of [[250, 250, 248], [240, 150, 190]] as [number, number, number][]) {
      const img = picture(200, 120, (x, y) => (x < 20 || x >= 180 || y < 12 || y >= 108 ? frame : shaded(x, y)));
      expect(insideBorder(img)).toEqual({ x: 20, y: 12, width: 160, height: 96 });
    }
  });

  it('keeps the whole picture when only one side is plain (a sky, a wall)', () => {
    const img = picture(200, 120, (x, y) => (y < 40 ? [120, 170, 230] : shaded(x, y)));
    expect(insideBorder(img)).toEqual({ x: 0, y: 0, width: 200, height: 120 });
  });

  it('takes at most a fifth of each side', () => {
    const img = picture(200, 100, (x, y) => (x > 90 && x < 110 && y > 45 && y < 55 ? [0, 0, 0] : [255, 255, 255]));
    const crop = insideBorder(img);
    expect(crop.x).toBe(40);
    expect(crop.y).toBe(20);
  });
});

describe('levelled', () => {
  it('stretches a dim photo to the full range, the same gain on every channel', () => {
    const dim = picture(100, 100, (x, y) => {
      const [v] = shaded(x, y);
      return [Math.round(v * 0.4), Math.round(v * 0.3), Math.round(v * 0.2)];
    });
    const out = levelled(dim, { x: 0, y: 0, width: 100, height: 100 });
    let lo = 255;
    let hi = 0;
    for (let i = 0; i < out.data.length; i += 4) (lo = Math.min(lo, out.data[i + 1])), (hi = Math.max(hi, out.data[i]));
    expect(hi).toBe(255);
    expect(lo).toBe(0);
    // Red stays the strongest channel: the colours keep their balance.
    const mid = (50 * 100 + 50) * 4;
    expect(out.data[mid]).toBeGreaterThanOrEqual(out.data[mid + 1]);
    expect(out.data[mid + 1]).toBeGreaterThanOrEqual(out.data[mid + 2]);
  });

  it('copies only the crop, and leaves a one-tone picture as it is', () => {
    const flat = picture(50, 40, () => [128, 128, 128]);
    const out = levelled(flat, { x: 10, y: 5, width: 20, height: 10 });
    expect([out.width, out.height, out.data.length]).toEqual([20, 10, 800]);
    expect(out.data[0]).toBe(128);
  });
});
