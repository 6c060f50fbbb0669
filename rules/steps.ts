/**
 * Work done in short steps (a generator that yields between them, so a tab can give its thread back) run to its end
 * in one go, for a caller with nothing to give back to: the command line, the tests, a first check.
 */
export function allAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
