/**
 * A second look at a face the detector reports: real faces in colour photos have colour, while the tiny detector's
 * false alarms on screenshots, receipts and letters sit on grey. Used to drop candidates on grey ground.
 */

/** Mean of (brightest − darkest channel) below which a box counts as grey. */
export const GREY_CHROMA = 12;

export function meanChroma(img: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }, box: { x: number; y: number; width: number; height: number }): number {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(img.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(img.height, Math.ceil(box.y + box.height));
  let sum = 0;
  let n = 0;
  // Every other pixel each way is plenty for a mean and a quarter of the work.
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      const i = (y * img.width + x) * 4;
      const d = img.data;
      sum += Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]);
      n++;
    }
  }
  return n ? sum / n : 0;
}

export function onGrey(img: Parameters<typeof meanChroma>[0], box: Parameters<typeof meanChroma>[1]): boolean {
  return meanChroma(img, box) < GREY_CHROMA;
}
