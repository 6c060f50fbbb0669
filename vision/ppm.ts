/** RGBA pixels as a binary PPM (P6) file: a header and the RGB bytes, which Tesseract's image reader (Leptonica) takes as is. */
export function toPpm(img: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }): Uint8Array {
  const head = new TextEncoder().encode(`P6\n${img.width} ${img.height}\n255\n`);
  const n = img.width * img.height;
  const out = new Uint8Array(head.length + n * 3);
  out.set(head);
  const d = img.data;
  for (let i = 0, j = head.length, k = 0; i < n; i++, k += 4) {
    out[j++] = d[k];
    out[j++] = d[k + 1];
    out[j++] = d[k + 2];
  }
  return out;
}
