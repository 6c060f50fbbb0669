/** Logo matching in Node (the shipped TypeScript ORB + RANSAC): the outline check, and a found / not found pair on pictures drawn with OpenCV.js. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLogoModel, findLogo, plausibleQuad, sceneFeatures } from '../../vision/logo-match';
import { loadCvNode, pasteWarped, placement, rng, type CV } from '../images/draw';
import { demoLogo, landscape, otherLogo } from '../images/scenes';

describe('plausibleQuad', () => {
  it.each([
    ['an upright square', [[0, 0], [100, 0], [100, 100], [0, 100]], true],
    ['a sign seen from below', [[20, 0], [80, 0], [100, 100], [0, 100]], true],
    ['a mirror image', [[0, 0], [0, 100], [100, 100], [100, 0]], false],
    ['a bow tie', [[0, 0], [100, 100], [100, 0], [0, 100]], false],
    ['too small', [[0, 0], [8, 0], [8, 8], [0, 8]], false],
    ['squashed to a sliver', [[0, 0], [100, 0], [100, 10], [0, 100]], false],
  ] as const)('%s', (_name, quad, ok) => {
    expect(plausibleQuad(quad.map((p) => [...p]) as [number, number][])).toBe(ok);
  });
});

describe('findLogo', () => {
  let cv: CV;
  beforeAll(async () => {
    ({ cv } = await loadCvNode());
  }, 60_000);

  function run(scene: CV) {
    const logo = demoLogo(cv);
    const model = buildLogoModel('badge', { data: logo.data, width: logo.cols, height: logo.rows });
    const features = sceneFeatures({ data: scene.data, width: scene.cols, height: scene.rows });
    const hit = findLogo(model, features);
    logo.delete();
    scene.delete();
    return hit;
  }

  it('finds the logo turned and shrunk, and says where', () => {
    const scene = landscape(cv, 800, 500, rng(7));
    const logo = demoLogo(cv);
    pasteWarped(cv, scene, logo, placement(300, 250, 120, 120, 20));
    logo.delete();
    const hit = run(scene);
    expect(hit?.label).toBe('badge');
    const [x, y, w, h] = hit!.box;
    expect(Math.abs(x + w / 2 - 300)).toBeLessThan(10);
    expect(Math.abs(y + h / 2 - 250)).toBeLessThan(10);
  });

  it('does not mistake a look-alike badge for it', () => {
    const scene = landscape(cv, 800, 500, rng(8));
    const other = otherLogo(cv, 'lookalike');
    pasteWarped(cv, scene, other, placement(400, 250, 200, 200, 0));
    other.delete();
    expect(run(scene)).toBeNull();
  });
});
