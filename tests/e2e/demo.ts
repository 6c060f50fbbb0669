/** `npm start`: opens Chromium (with a window) with the built extension and every fake composer, for trying by hand. */
import { buildFixtures } from './build-fixtures';
import { launchWithExtension, routeFixtures, SITE_ORIGINS } from './harness/chromium';

async function main() {
  await buildFixtures();
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (headless) console.warn('No display found: running headless, which is only useful to check that the demo starts.');
  const context = await launchWithExtension(headless);
  await routeFixtures(context);
  const [first] = context.pages();
  // The guide first, then one tab per site: each fixture is served under its real address so the extension runs there.
  await (first ?? (await context.newPage())).goto(`${SITE_ORIGINS.x}/second-look-demo`);
  for (const origin of Object.values(SITE_ORIGINS)) await (await context.newPage()).goto(`${origin}/`);
  await context.pages()[0].bringToFront();
  if (headless) {
    for (const p of context.pages()) console.log(`opened ${p.url()}`);
    await context.close();
    return;
  }
  console.log('Second Look demo is open. Close the browser window to finish.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
