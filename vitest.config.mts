import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.mts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    // One module registry per worker rather than per test file: ESLint, typescript-eslint and the rule tester load
    // once per worker, which halves the run. Safe because no module keeps state across files (STYLE.md); the
    // rules' own freedom from cross-file state is tested with the real CLI (tests/integration/scale.test.ts).
    isolate: false,
    // Vitest leaves one core free by default, which on a two-core CI machine means one worker. The suite is mostly
    // CPU-bound linting, so every core gets a worker; the timing tests read the fastest of several tries
    // (tests/timing.ts), which a busy neighbour cannot make slower.
    maxWorkers: availableParallelism(),
  },
});
