/** The background: health badges (issue 3) and the pack service, wired to alarms, policy changes and the options page's requests. */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listenForHealth } from '../../utils/health-badge';
import { isPackRequest, type PackReply, type PackRequest } from '../../utils/pack-status';
import { forgetPolicy } from './policy';
import { REFRESH_ALARM, RETRY_ALARM } from './schedule';
import { createPackService, type PackService } from './service';
import { askForTables, listenForImageChecks } from '../../vision/relay';
import { buildTablesForActive } from './tables';
import { listenForEngineLoads } from '../../utils/engine-load';
import { injectIntoOpenTabs } from './inject';

/** Answers the options page; any other message is left to other listeners (undefined = not ours). */
export function answer(service: PackService, request: PackRequest): Promise<PackReply> {
  switch (request.type) {
    case 'second-look/pack-refresh':
      return service.refresh('user').then(
        () => ({ ok: true, message: 'Checked.' }),
        (error: Error) => ({ ok: false, message: error.message }),
      );
    case 'second-look/pack-import':
      return service.importPack(request.text);
    case 'second-look/pack-remove-imported':
      return service.removeImported();
  }
}

/** A storage failure shows on the icon in every tab, with the sentence as its title, until an operation succeeds again. */
function showStorageProblem(message: string | null): void {
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeText({ text: message ? '!' : '' }).catch(() => {});
  if (message) void action.setBadgeBackgroundColor({ color: '#b00020' }).catch(() => {});
  void action.setTitle({ title: message ?? 'Second Look' }).catch(() => {});
}

export default defineBackground(() => {
  // The toolbar icon shows when a content script could not check (issue 3).
  listenForHealth();
  // Attached pictures are checked in an offscreen page, started only when one arrives (issue 5).
  listenForImageChecks();
  // The engine content script is injected only into a frame whose composer was used (issue 13).
  listenForEngineLoads();

  // A new pack's tables are made once, here rather than by the first tab to use it (issue 13); a failure only means
  // that tab compiles the pack, as before.
  const buildTables = () => void buildTablesForActive(askForTables);
  const service = createPackService({ onStorageProblem: showStorageProblem, onPackWritten: buildTables });
  // Failures are already said (icon, log) by the service; nothing is left to an unhandled rejection.
  const run = (trigger: Parameters<PackService['refresh']>[0]) => void service.refresh(trigger).catch(() => {});
  // Listeners first and synchronously: an MV3 worker woken by an alarm or message must find them registered.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) run('alarm');
    if (alarm.name === RETRY_ALARM) run('retry');
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    // The administrator changed the policy: a new URL or new keys must take effect now, not at the next alarm.
    forgetPolicy();
    run('policy');
  });
  // Tabs open before an install, update or reload would otherwise go unchecked until reloaded.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install' || details.reason === 'update') void injectIntoOpenTabs().catch((e) => console.warn('[Second Look] could not reach open tabs', e));
    // A new build's engine cannot read the old build's tables.
    if (details.reason === 'update') buildTables();
  });
  browser.runtime.onStartup.addListener(() => run('browser-start'));
  // First run: a page that says what Second Look does and does not do, and how a setting sets it up (not on updates).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => {});
  });
  browser.runtime.onMessage.addListener((message: unknown) => (isPackRequest(message) ? answer(service, message) : undefined));

  run('wake');
});
