import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './tests/e2e/setup/sequencer.ts';

export default defineConfig({
  test: {
    // Long end-to-end files start first (see the sequencer); projects still run one after the other.
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Files run side by side, sharing one built site and one browser: most of a browser
          // test's time is waiting on pages, so three at once keep two cores busy. Tests that
          // build work in private copies (tests/fixtures/run.ts, tests/support/site-copy.ts).
          fileParallelism: true,
          maxWorkers: 3,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page's script runs after load and may fetch first (search vocabulary, progress
          // catalog): on a busy 2-core machine that takes longer than expect.poll's 1 s default.
          expect: { poll: { timeout: 10_000 }, requireAssertions: true },
          globalSetup: ['tests/e2e/setup/global-setup.ts'],
        },
      },
    ],
  },
});
