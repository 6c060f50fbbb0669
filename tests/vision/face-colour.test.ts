/** The grey-ground test for face candidates: receipts and screenshots out, skin in. */
import { describe, expect, it } from 'vitest';
import { meanChroma, onGrey } from '../../vision/face-colour';

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
