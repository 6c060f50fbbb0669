/** Removes the CDN fallbacks libraries carry for options we always set, so the build can't reach a CDN even by mistake. */

/** Hosts an extension build must never name: a test greps the output for them. */
export const CDN_HOSTS = ['cdn.jsdelivr.net', 'unpkg.com', 'cdnjs.cloudflare.com', 'tfhub.dev', 'storage.googleapis.com', 'huggingface.co', 'raw.githubusercontent.com'];

/** A forgotten option then resolves to a path inside the extension, which 404s, instead of a download. */
export function stripCdnDefaults(code: string): string {
  let out = code;
  for (const host of CDN_HOSTS) out = out.split(`https://${host}`).join('');
  return out;
}

/** The same as a Vite plugin, for the libraries bundled into the offscreen page. */
export function noCdnPlugin() {
  return {
    name: 'second-look:no-cdn',
    transform(code: string, id: string) {
      if (!/node_modules[\\/](tesseract\.js|@vladmandic[\\/]face-api)[\\/]/.test(id)) return null;
      return CDN_HOSTS.some((h) => code.includes(h)) ? { code: stripCdnDefaults(code), map: null } : null;
    },
  };
}
