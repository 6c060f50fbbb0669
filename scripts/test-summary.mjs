// Prints vitest's JSON results as one plain closing line CI can read: "N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

let r;
try {
  r = JSON.parse(readFileSync(process.argv[2] ?? '.vitest-results.json', 'utf8'));
} catch {
  process.exit(0); // no results: the build failed before the tests ran, and said why
}
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
