/** Which face candidates are dropped as grey print (receipts, letters, screenshots) and which kept (faces, in colour or grey). */
import { describe, expect, it } from 'vitest';
import { flatGroundShare, meanChroma, onGrey, onGreyPrint } from '../../vision/face-colour';

function picture(w: number, h: number, px: (x: number, y: number) => [number, number, number]) {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([...px(x, y), 255], (y * w + x) * 4);
  return { data, width: w, height: h };
}
const solid = (r: number, g: number, b: number, size = 8) => picture(size, size, () => [r, g, b]);
const box = { x: 0, y: 0, width: 8, height: 8 };

describe('onGrey', () => {
  it.each([
    ['white paper', solid(250, 250, 248), true],
    ['a grey screenshot background', solid(230, 230, 232), true],
    ['warm beige (a wall) is not grey enough to rule out', solid(236, 222, 205), false],
    ['light skin', solid(224, 172, 140), false],
    ['dark skin', solid(110, 70, 50), false],
  ])('%s', (_name, img, grey) => {
    expect(onGrey(img, box)).toBe(grey);
  });

  it('clips a box that runs off the picture', () => {
    expect(meanChroma(solid(200, 100, 50), { x: 4, y: 4, width: 100, height: 100 })).toBe(150);
  });
});

describe('onGreyPrint: a grey face in a black-and-white photo is kept, print is not', () => {
  const all = { x: 0, y: 0, width: 120, height: 120 };
  // A grey face: shading from dark to light across the box, as a black-and-white photo's is.
  const greyFace = picture(120, 120, (x, y) => {
    const v = Math.round(60 + 150 * (0.5 + 0.5 * Math.sin(x / 14) * Math.cos(y / 17)));
    return [v, v, v];
  });
  // The same face in a dark room, its tones squeezed into a third of the range.
  const dimFace = picture(120, 120, (x, y) => {
    const v = Math.round(20 + 60 * (0.5 + 0.5 * Math.sin(x / 14) * Math.cos(y / 17)));
    return [v, v, v];
  });
  // A receipt: white paper with lines of dark print.
  const receipt = picture(120, 120, (x, y) => (y % 12 < 3 && x > 10 && x < 110 ? [30, 30, 30] : [248, 248, 246]));
  // A dark-mode screenshot: light text on a flat dark ground.
  const darkScreen = picture(120, 120, (x, y) => (y % 14 < 3 && x % 9 < 6 ? [220, 220, 220] : [24, 24, 26]));
  const colourFace = picture(120, 120, (x, y) => [150 + (x % 60), 100 + (y % 40), 80]);

  it.each([
    ['a grey face', greyFace, false],
    ['a grey face in low light', dimFace, false],
    ['a face in colour', colourFace, false],
    ['a receipt', receipt, true],
    ['a dark-mode screenshot', darkScreen, true],
  ])('%s', (_name, img, print) => {
    expect(onGreyPrint(img, all)).toBe(print);
  });

  it('measures the flat ground inside the box only', () => {
    // A face-sized box of shading beside a page of white: the page does not make the face flat.
    const half = picture(240, 120, (x, y) => (x < 120 ? greyFace.data.slice((y * 120 + x) * 4, (y * 120 + x) * 4 + 3) as unknown as [number, number, number] : [250, 250, 250]));
    expect(flatGroundShare(half)).toBeGreaterThan(0.45);
    expect(onGreyPrint(half, all)).toBe(false);
  });
});
