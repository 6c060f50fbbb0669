/**
 * The engine's two libraries (re2js, compromise's pieces) ride in scripts of their own, injected one after another
 * before the engine script (utils/engine-load.ts): each is compiled and evaluated in its own task, where one bundle was
 * one task of 50-85 ms on a tab's first use (issue 13: no task of ours over 50 ms). Each script leaves its library
 * here; the engine script's build reads them from here in place of bundling them (utils/build/engine-libs-plugin.ts).
 */

/** A registered symbol: the scripts are separate bundles in the extension's one isolated world. */
export const ENGINE_LIBS = Symbol.for('second-look.engine-libs');

export type EngineLibName = 're2js' | 'compromise';

export function provideLib(name: EngineLibName, lib: object): void {
  const g = globalThis as unknown as Record<symbol, Partial<Record<EngineLibName, object>> | undefined>;
  (g[ENGINE_LIBS] ??= {})[name] = lib;
}

/** The library scripts, in the order they are injected before ENGINE_SCRIPT (entrypoints/engine-lib-*.ts). */
export const ENGINE_LIB_SCRIPTS = ['/engine-lib-re2js.js', '/engine-lib-compromise.js'] as const;
