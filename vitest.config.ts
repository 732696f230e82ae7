import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
          // One built site and one browser are shared; files run one after another on 2 cores.
          fileParallelism: false,
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
