/** Runs once before the e2e project's files: the fixture pages are bundled once per run, not once per browser launch. */
import { buildFixtures } from './build-fixtures';

export default async function setup(): Promise<void> {
  await buildFixtures();
}
