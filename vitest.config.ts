import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/lib/**/*.test.ts', 'test/cli/**/*.test.ts'],
          // Many tests start the commands (or small helper processes) as a user would: on a loaded
          // machine 5 s is not enough. Slow tests still set their own, longer timeouts.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // Builds the example region and the test region once for all site tests.
          globalSetup: ['test/helpers/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
