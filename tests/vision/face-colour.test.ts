/** The grey-ground test for face candidates: receipts and screenshots out, skin in. */
import { describe, expect, it } from 'vitest';
import { isGreyPhoto, meanChroma, onGrey } from '../../vision/face-colour';

function solid(r: number, g: number, b: number, size = 8) {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let i = 0; i < data.length; i += 4) data.set([r, g, b, 255], i);
  return { data, width: size, height: size };
}
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

describe('isGreyPhoto: faces in a black-and-white photo are kept', () => {
  function picture(w: number, h: number, px: (x: number, y: number) => [number, number, number]) {
    const data = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([...px(x, y), 255], (y * w + x) * 4);
    return { data, width: w, height: h };
  }
  // A grey scene: tones spread from dark to light, as a black-and-white photo's are.
  const bwPhoto = picture(200, 150, (x, y) => {
    const v = Math.round(40 + 180 * (0.5 + 0.5 * Math.sin(x / 9) * Math.cos(y / 13)));
    return [v, v, v];
  });
  // White paper with lines of dark print: grey too, but one flat ground.
  const letter = picture(200, 150, (x, y) => (y % 12 < 2 && x > 20 && x < 180 ? [30, 30, 30] : [248, 248, 246]));
  const colourPhoto = picture(200, 150, (x, y) => [120 + (x % 100), 90, 60 + (y % 80)]);

  it.each([
    ['a black-and-white photo', bwPhoto, true],
    ['a letter on white paper', letter, false],
    ['a grey screenshot', picture(200, 150, () => [230, 230, 232]), false],
    ['a colour photo', colourPhoto, false],
  ])('%s', (_name, img, grey) => {
    expect(isGreyPhoto(img)).toBe(grey);
  });
});
