import { extensionChecker } from '../tests/images/extension';
import { loadCvNode, toJpegDataUrl } from '../tests/images/draw';
import { LOGO_CASES, TEXT_CASES, FACE_CASES } from '../tests/images/cases';
import { demoPack } from '../rules';
const { cv } = await loadCvNode();
const c = await extensionChecker();
c.context.on('console', (m) => console.log('console:', m.text()));
for (const k of [LOGO_CASES[3], TEXT_CASES[3], FACE_CASES[0], LOGO_CASES[9]]) {
  const m = k.draw(cv);
  const url = toJpegDataUrl(m, 85);
  const t = Date.now();
  const r = await c.check(url, demoPack.setting.logos);
  console.log(k.name, Date.now() - t, JSON.stringify(r));
}
await c.close();
