// Prints "N passed, M failed" alone on the last line, the closing line CI reads from any test runner. Every error
// counts as a failure: a failed test, a failed hook (beforeAll/afterAll: its suite's tests are then skipped, so the
// hook itself must be counted), an error while collecting a file, and an unhandled error.
import type { Reporter, TestModule, TestSuite } from 'vitest/node';

function suiteErrors(suite: TestModule | TestSuite): number {
  return suite.state() === 'failed' ? Math.max(suite.errors().length, suite.children.size === 0 ? 1 : 0) : 0;
}

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of modules) {
      failed += suiteErrors(module);
      for (const suite of module.children.allSuites()) failed += suiteErrors(suite);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
