import { writeFileSync, mkdirSync } from 'node:fs';
import { loadCvNode, toJpegDataUrl, rgbaOfDataUrl, toPngBuffer } from '../tests/images/draw';
import { ALL_CASES } from '../tests/images/cases';
import { demoLogo } from '../tests/images/scenes';
import { buildLogoModel, sceneFeatures, findLogo } from '../vision/logo-match';
const { cv } = await loadCvNode();
mkdirSync('/tmp/imgs', { recursive: true });
const lm = demoLogo(cv);
const model = buildLogoModel(cv, 'badge', { data: lm.data, width: lm.cols, height: lm.rows });
console.log('model points', model.points.length / 2);
for (const [i, c] of ALL_CASES.entries()) {
  const m = c.draw(cv);
  const url = toJpegDataUrl(m, 85);
  if (process.argv[2]) writeFileSync(`/tmp/imgs/${i}.png`, toPngBuffer(m));
  const img = rgbaOfDataUrl(url);
  const t = performance.now();
  const sf = sceneFeatures(cv, img);
  const hit = findLogo(cv, model, sf);
  sf.free();
  console.log(c.truth.logo ? 'POS' : 'neg', hit ? `HIT ${hit.inliers}` : 'miss', Math.round(performance.now() - t), 'ms', c.name);
  m.delete();
}
