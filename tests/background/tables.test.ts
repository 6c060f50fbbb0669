/**
 * A pack's tables made when the pack is accepted (issue 13, entrypoints/background/tables.ts), so the first tab after
 * a new pack loads them instead of compiling; on WXT's fake browser, the checking page's part run here in Node.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPolicy } from '../../entrypoints/background/policy';
import { createPackService } from '../../entrypoints/background/service';
import { buildTablesForActive, type AskForTables } from '../../entrypoints/background/tables';
import { buildTables } from '../../entrypoints/offscreen/build-tables';
import { ACTIVE_KEY } from '../../entrypoints/background/store';
import { compile, loadTables, parsePack, type Pack } from '../../rules';
import { TABLES_KEY } from '../../utils/pack-status';
import { packAt, scriptedFetch } from './helpers';
import { largePack } from '../../bench/fixtures';

/** The checking page, as the background reaches it: the request and reply go through messaging (JSON here). */
const page: AskForTables = async (request) => JSON.parse(JSON.stringify(buildTables(JSON.parse(JSON.stringify(request)).pack))) as ReturnType<typeof buildTables>;

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

function parsed(json: unknown): Pack {
  const r = parsePack(json);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.pack;
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetPolicy();
});

describe('tables built when a pack is accepted', () => {
  it('a pack accepted by the service gets tables a tab can load, and they check as the compiled pack does', async () => {
    const built: Promise<string>[] = [];
    const svc = createPackService({ fetchImpl: scriptedFetch({ fail: 'offline' }).fetchImpl, onPackWritten: () => built.push(buildTablesForActive(page)) });
    expect((await svc.importPack(JSON.stringify(packAt(2)))).ok).toBe(true);
    expect(built).toHaveLength(1);
    expect(await built[0]).toBe('built');
    // What a tab does: the pack and its tables read from storage; loadTables throws if they do not fit.
    const pack = await stored(ACTIVE_KEY);
    const fromTables = loadTables(parsed(pack), await stored(TABLES_KEY), pack);
    const post = 'Lovely day with Amelia at Little Acorns, damn it';
    expect(fromTables.check(post)).toEqual(compile(parsed(pack)).check(post));
    // A wake that changes nothing writes no pack, so builds nothing.
    await svc.refresh('wake');
    expect(built).toHaveLength(1);
  });

  it('the large pack (2,000 children) too', async () => {
    const pack = largePack();
    await fakeBrowser.storage.local.set({ [ACTIVE_KEY]: pack });
    expect(await buildTablesForActive(page)).toBe('built');
    const fromTables = loadTables(parsed(pack), await stored(TABLES_KEY), pack);
    expect(fromTables.check('Amelia Hart and Oliver Brooks')).toEqual(compile(parsed(pack)).check('Amelia Hart and Oliver Brooks'));
  }, 60_000);

  it('asks nothing when tables that fit are stored, or when there is no pack', async () => {
    let asked = 0;
    const counting: AskForTables = (r) => (asked++, page(r));
    expect(await buildTablesForActive(counting)).toBe('no pack');
    await fakeBrowser.storage.local.set({ [ACTIVE_KEY]: packAt(2) });
    expect(await buildTablesForActive(counting)).toBe('built');
    expect(await buildTablesForActive(counting)).toBe('already');
    expect(asked).toBe(1);
  });

  it('writes nothing when a newer pack came while the tables were made (they would be the old pack\u2019s)', async () => {
    await fakeBrowser.storage.local.set({ [ACTIVE_KEY]: packAt(2) });
    const slow: AskForTables = async (r) => {
      const reply = await page(r);
      await fakeBrowser.storage.local.set({ [ACTIVE_KEY]: packAt(3) });
      return reply;
    };
    expect(await buildTablesForActive(slow)).toBe('pack changed');
    expect(await stored(TABLES_KEY)).toBeUndefined();
  });

  it('a page that fails, throws or does not answer leaves no tables and never rejects (tabs compile the pack, as before)', async () => {
    await fakeBrowser.storage.local.set({ [ACTIVE_KEY]: packAt(2) });
    expect(await buildTablesForActive(async () => ({ ok: false, reason: 'the pack is not valid: x' }))).toBe('the pack is not valid: x');
    expect(await buildTablesForActive(async () => { throw new Error('the checking page did not load'); })).toBe('the checking page did not load');
    expect(await buildTablesForActive(async () => undefined)).toBe('no reply');
    expect(await stored(TABLES_KEY)).toBeUndefined();
  });

  it('the page refuses a pack that is not valid, with the reason', () => {
    const reply = buildTables({ id: 'x' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.reason).toMatch(/^the pack is not valid: /);
  });
});
