/** The welcome page's entry: which pack is in force, then the page. Opened by the background on install. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/Welcome';
import '../../components/page.css';
import './welcome.css';

async function setting(): Promise<string | undefined> {
  const got = await browser.storage.local.get('pack.active').catch(() => ({}) as Record<string, unknown>);
  const pack = got['pack.active'] as { setting?: { name?: string } } | undefined;
  return pack?.setting?.name;
}

void setting().then((name) => render(<Welcome setting={name} optionsUrl={browser.runtime.getURL('/options.html')} />, document.getElementById('app')!));
