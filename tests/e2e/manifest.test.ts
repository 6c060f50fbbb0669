/** The built manifests: the content script runs on every watched site, and the Firefox build installs on Firefox for Android. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WATCHED_MATCHES } from '../../utils/watched-sites';

const OUT = join(import.meta.dirname, '../../.output');
const manifest = (build: string) => JSON.parse(readFileSync(join(OUT, build, 'manifest.json'), 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('%s', (build) => {
  it('runs the composer script on every watched site, and only there', () => {
    const composer = manifest(build).content_scripts.filter((c: { js: string[] }) => c.js.some((f) => f.includes('composer')));
    expect(composer).toHaveLength(1);
    expect([...composer[0].matches].sort()).toEqual([...WATCHED_MATCHES].sort());
  });
});

it('the Firefox build names Firefox for Android (gecko_android) with the same minimum version as desktop', () => {
  const gecko = manifest('firefox-mv3').browser_specific_settings;
  expect(gecko.gecko_android).toEqual({ strict_min_version: gecko.gecko.strict_min_version });
});

describe.each(['chrome-mv3', 'firefox-mv3'])('%s content scripts', (build) => {
  // WXT's context dispatched "<extension id>:<script>:wxt:content-script-started" on the page's document (and could
  // post it): the id announced to every page script. The built scripts must say nothing to the page at all.
  it.each(['composer.js', 'engine.js'])('%s dispatches no WXT event and posts no message to the page', (file) => {
    const code = readFileSync(join(OUT, build, 'content-scripts', file), 'utf8');
    expect(code).not.toContain('content-script-started');
    expect(code).not.toContain('wxt:');
    expect(windowPosts(code)).toEqual([]);
  });
});

/**
 * Calls of postMessage left once a MessageChannel's own ports are set aside: a port the script
 * made itself (to give the page its thread back between compile steps) carries nothing to the
 * page; window.postMessage, parent.postMessage and the like would.
 */
function windowPosts(code: string): string[] {
  const ports = new Set<string>();
  for (const m of code.matchAll(/\{\s*port1\s*:\s*([\w$]+)\s*,\s*port2\s*:\s*([\w$]+)\s*\}\s*=\s*new MessageChannel\b/g)) {
    ports.add(m[1]!);
    ports.add(m[2]!);
  }
  return [...code.matchAll(/([\w$]*)\s*\.\s*postMessage\(|\bpostMessage\(/g)].filter((m) => !ports.has(m[1] ?? '')).map((m) => code.slice(Math.max(0, m.index - 40), m.index + 30));
}

describe('the check for messages to the page', () => {
  it('sets aside only the ports of a MessageChannel the script made', () => {
    expect(windowPosts('const{port1:t,port2:n}=new MessageChannel;t.onmessage=()=>{},n.postMessage(null)')).toEqual([]);
    expect(windowPosts('window.postMessage({a:1},"*")')).toHaveLength(1);
    expect(windowPosts('const{port1:t,port2:n}=new MessageChannel;n.postMessage(1);window.postMessage(2,"*")')).toHaveLength(1);
    expect(windowPosts('postMessage("x","*")')).toHaveLength(1);
  });
});
