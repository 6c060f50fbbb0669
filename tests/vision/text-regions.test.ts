/** The cheap text finder that decides what Tesseract reads: lines of print are found, smooth photos and flat pages are not. */
import { describe, expect, it } from 'vitest';
import { CELL, cropWithMargin, edgeThreshold, MAX_REGIONS, regionsToRead, textRegions } from '../../vision/text-regions';
import { toGray } from '../../vision/orb';

function picture(w: number, h: number, px: (x: number, y: number) => [number, number, number]) {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([...px(x, y), 255], (y * w + x) * 4);
  return { data, width: w, height: h };
}

/** Strokes 3 px wide, 18 px tall, in letters 12 px apart: a line of print from x0 to x1 at y0. */
const inLine = (x: number, y: number, x0: number, x1: number, y0: number) => x >= x0 && x < x1 && y >= y0 && y < y0 + 18 && (x - x0) % 12 < 3;

describe('textRegions', () => {
  it('finds a line of dark print on paper, and only it', () => {
    const page = picture(640, 400, (x, y) => (inLine(x, y, 100, 400, 200) ? [20, 20, 20] : [250, 250, 246]));
    const boxes = textRegions(page);
    expect(boxes).toHaveLength(1);
    const [b] = boxes;
    // The box holds the whole line, with a cell's margin, and not much else.
    expect(b.x).toBeLessThanOrEqual(100);
    expect(b.x + b.width).toBeGreaterThanOrEqual(400);
    expect(b.y).toBeLessThanOrEqual(200);
    expect(b.y + b.height).toBeGreaterThanOrEqual(218);
    expect(b.height).toBeLessThanOrEqual(18 + 4 * CELL);
  });

  it('finds light print on a dark sign', () => {
    const sign = picture(640, 400, (x, y) => (inLine(x, y, 120, 360, 150) ? [250, 245, 225] : [31, 91, 58]));
    expect(textRegions(sign)).toHaveLength(1);
  });

  it('finds print in a dark photo: the edge threshold follows the picture\'s own range of tones', () => {
    const dark = picture(640, 400, (x, y) => (inLine(x, y, 100, 400, 200) ? [10, 10, 10] : [90, 85, 80]));
    expect(edgeThreshold(toGray(dark))).toBeLessThan(60);
    expect(textRegions(dark)).toHaveLength(1);
  });

  it.each([
    ['a flat page', picture(640, 400, () => [250, 250, 246])],
    ['a smooth photo (sky, skin, soft shadows)', picture(640, 400, (x, y) => [Math.round(120 + 80 * Math.sin(x / 60)), Math.round(100 + 60 * Math.cos(y / 45)), 90])],
  ])('finds nothing in %s, so nothing is read', (_name, img) => {
    expect(regionsToRead(img)).toEqual([]);
  });

  it('reads the whole picture when text-like texture is everywhere (many boxes cost more than one pass)', () => {
    // A checkerboard of 4 px squares: edges in every cell.
    const busy = picture(640, 400, (x, y) => (((x >> 2) + (y >> 2)) % 2 ? [20, 20, 20] : [240, 240, 240]));
    expect(regionsToRead(busy)).toBeNull();
    expect(MAX_REGIONS).toBeGreaterThan(1);
  });

  it('puts the boxes in reading order, top to bottom', () => {
    const page = picture(640, 400, (x, y) => (inLine(x, y, 300, 500, 300) || inLine(x, y, 60, 260, 60) ? [20, 20, 20] : [250, 250, 246]));
    const boxes = regionsToRead(page)!;
    expect(boxes.length).toBe(2);
    expect(boxes[0].y).toBeLessThan(boxes[1].y);
  });
});

describe('cropWithMargin', () => {
  it('copies the box and puts white around it (dark ground touching the edge would be dropped as a scan border)', () => {
    const img = picture(4, 2, (x, y) => [x * 10, y * 10, 0]);
    const crop = cropWithMargin(img, { x: 1, y: 0, width: 2, height: 2 }, 1);
    expect([crop.width, crop.height]).toEqual([4, 4]);
    const at = (x: number, y: number) => [...crop.data.subarray((y * 4 + x) * 4, (y * 4 + x) * 4 + 3)];
    expect(at(0, 0)).toEqual([255, 255, 255]);
    expect(at(1, 1)).toEqual([10, 0, 0]);
    expect(at(2, 2)).toEqual([20, 10, 0]);
    expect(at(3, 3)).toEqual([255, 255, 255]);
  });
});
