/**
 * Which ESLint the tests run against. Under `vitest.eslint9.config.mts` (EXPECT_ESLINT_MAJOR=9) both the `eslint`
 * our sources and tests import and the one `@typescript-eslint/rule-tester` loads internally must be ESLint 9;
 * under the default config, ESLint 10. Without this test the ESLint 9 pass could silently run ESLint 10 twice.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const require = createRequire(__filename);

/** The version in the package.json of the package that holds `file`. */
function packageVersionOf(file: string): string {
  let dir = path.dirname(file);
  while (path.dirname(dir) !== dir) {
    const manifest = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name !== undefined && pkg.version !== undefined) return pkg.version;
    } catch {
      // no package.json here; keep walking up
    }
    dir = path.dirname(dir);
  }
  throw new Error(`no package.json above ${file}`);
}

/**
 * The ESLint that `@typescript-eslint/rule-tester` really loaded with its own `require('eslint')`: the `eslint` child
 * of its RuleTester module in Node's module cache (tests/setup.ts has loaded it before any test runs).
 */
function ruleTesterEslintVersion(): string {
  const ruleTester = Object.values(require.cache).find((module) =>
    module?.filename.endsWith(path.join('@typescript-eslint', 'rule-tester', 'dist', 'RuleTester.js')),
  );
  expect(ruleTester, 'the rule tester is loaded').toBeDefined();
  const eslintApi = ruleTester?.children.find((child) => child.filename.endsWith(path.join('lib', 'api.js')));
  expect(eslintApi, "the rule tester's eslint module").toBeDefined();
  const api = eslintApi?.exports as { Linter: { version: string } };
  const version = packageVersionOf(eslintApi?.filename ?? '');
  expect(api.Linter.version).toBe(version);
  return version;
}

/** ESLint 10 unless the ESLint 9 pass (vitest.eslint9.config.mts) says otherwise. */
const expectedMajor = process.env.EXPECT_ESLINT_MAJOR ?? '10';

describe('the ESLint under test', () => {
  it(`is ESLint ${expectedMajor}, for our code and for the rule tester alike`, () => {
    expect(Linter.version.split('.')[0]).toBe(expectedMajor);
    expect(ruleTesterEslintVersion()).toBe(Linter.version);
  });
});
