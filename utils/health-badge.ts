/** Background side of health reports: a "!" on the toolbar icon of a tab where Second Look could not check. */
import { browser } from 'wxt/browser';
import { isHealthMessage } from './messages';

export function listenForHealth(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isHealthMessage(message) || tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: message.problem ? '!' : '' });
    void action.setBadgeBackgroundColor({ tabId, color: '#b00020' });
    void action.setTitle({ tabId, title: message.problem ? `Second Look is not checking posts here: ${message.problem}` : 'Second Look' });
  });
}
