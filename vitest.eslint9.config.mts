/**
 * The ESLint 9 pass of the test matrix: the rule suite, the engines and the in-process integration tests, run
 * against the latest ESLint 9 (installed side by side as the package alias `eslint-v9`), so the peer range
 * `^9.15.0 || ^10.0.0` is tested at both ends. `vitest.config.mts` is the ESLint 10 pass.
 *
 * ESLint is swapped in two places, because it is loaded two ways:
 * - our sources and tests are transformed by vite, so a vite alias maps `eslint` and every `eslint/<subpath>`
 *   (`eslint/config`, `eslint/use-at-your-own-risk`, …) to `eslint-v9`;
 * - `@typescript-eslint/rule-tester` and `@typescript-eslint/utils` are CommonJS that Node loads itself and
 *   `require('eslint')` inside; tests/eslint9-setup.ts, run before every other setup file, redirects those.
 * tests/integration/eslint-version.test.ts proves both reach ESLint 9 (it reads EXPECT_ESLINT_MAJOR, set below).
 */
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.mjs';

const baseSetupFiles = base.test?.setupFiles ?? [];

export default defineConfig({
  ...base,
  resolve: {
    alias: [{ find: /^eslint(\/.*)?$/, replacement: 'eslint-v9$1' }],
  },
  test: {
    ...base.test,
    env: { EXPECT_ESLINT_MAJOR: '9' },
    // The resolve hook must be in place before tests/setup.ts loads the rule tester.
    setupFiles: ['tests/eslint9-setup.ts', ...(Array.isArray(baseSetupFiles) ? baseSetupFiles : [baseSetupFiles])],
    exclude: [
      ...configDefaults.exclude,
      // These spawn the ESLint CLI (`eslint/bin/eslint.js`) in a child process, which the aliases above do not
      // reach, and load the plugin through a symlink to this repository, whose `@typescript-eslint/utils` would
      // still load ESLint 10. The packed-install test runs the ESLint 9 CLI properly, from the packed tarball.
      'tests/integration/config-loading.test.ts', // the ESLint CLI with .mjs / .cjs / .ts configs
      'tests/integration/example-app.test.mts', // the ESLint CLI over examples/vulnerable-app, and `npm run demo`
      'tests/integration/pre-commit.test.ts', // git + husky + lint-staged running the ESLint CLI
      'tests/integration/sarif.test.ts', // the ESLint CLI with the SARIF formatter
      'tests/integration/scale.test.ts', // the ESLint CLI with --concurrency and --cache
      'tests/integration/language-server.test.ts', // the ESLint language server, which loads the project's ESLint
      'tests/integration/precision-script.test.ts', // scripts/precision.mjs in a child process, which loads ESLint 10
      // Runs both ESLint 9 and ESLint 10 CLIs itself, against the packed tarball; once per `npm test` is enough.
      'tests/integration/packed-install.test.ts',
      // Lints its 10,000-deep files with ESLint 10, loaded in a worker thread with a larger stack; the engine's own
      // linearity does not depend on the ESLint version.
      'tests/flow/robustness.test.ts',
      // No ESLint in these at all, so nothing to learn from a second run: the models and catalogues (kept free of
      // ESLint by design), the secret detectors, the polarity table of the flow engine, and the ReDoS check of
      // every pattern in src/.
      'tests/models/**',
      'tests/catalogues/**',
      'tests/secrets/**',
      'tests/flow/decision-polarity.test.ts',
      'tests/robustness/redos.test.ts',
      // Thousands of secrets through the one rule: they test the detectors, which are the same code under both
      // majors; the rule's own tests (tests/rules/no-hardcoded-secrets.test.ts) run here and cover its ESLint side.
      'tests/integration/secrets/provider-suite.test.ts',
      'tests/integration/secrets/negative-suite.test.ts',
    ],
  },
});
