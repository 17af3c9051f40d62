/**
 * Every case of every rule test file (tests/rules/*.test.ts), read without running those files' tests and without
 * touching them: each file is imported with `vitest` replaced by an inert stand-in (tests/robustness/vitest-stub.ts)
 * and `@typescript-eslint/rule-tester` by a recorder (tests/robustness/rule-tester-recorder.ts), so its
 * `ruleTester.run(name, rule, { valid, invalid })` hands over the cases instead of registering tests.
 *
 * Each case comes back with the config the RuleTester would lint it with (tests/rule-tester.ts: typescript-eslint's
 * parser, `ecmaVersion: 'latest'`, `sourceType: 'module'`; a case's own `languageOptions` merged over that; its
 * `filename`, else `file.ts`, or `react.tsx` when JSX is on).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import { vi } from 'vitest';
import * as recorder from './rule-tester-recorder';
import { RECORDER_SLOT, type RecordedRun } from './rule-tester-recorder';
import * as vitestStub from './vitest-stub';

export interface RuleCase {
  readonly ruleName: string;
  /** `valid[3]` / `invalid[12]`, with the case's `name` when it has one. */
  readonly label: string;
  readonly code: string;
  readonly filename: string;
  readonly options: readonly unknown[];
  readonly languageOptions: Linter.LanguageOptions;
}

const RULE_TESTS = path.resolve(__dirname, '..', 'rules');

interface RawCase {
  code: string;
  name?: string;
  filename?: string;
  options?: unknown[];
  languageOptions?: Linter.LanguageOptions;
}

type Slot = Record<typeof RECORDER_SLOT, RecordedRun[] | undefined>;

function toRuleCase(ruleName: string, label: string, raw: RawCase, testerConfig: { languageOptions?: Linter.LanguageOptions } | undefined): RuleCase {
  const tester = testerConfig?.languageOptions ?? {};
  const own = raw.languageOptions ?? {};
  const parserOptions: Linter.ParserOptions = { ...tester.parserOptions, ...own.parserOptions };
  const languageOptions: Linter.LanguageOptions = {
    ...tester,
    ...own,
    parser: own.parser ?? tsParser,
    parserOptions,
  };
  if (parserOptions.sourceType !== undefined) languageOptions.sourceType = parserOptions.sourceType;
  const jsx = parserOptions.ecmaFeatures?.jsx === true;
  return {
    ruleName,
    label: raw.name === undefined ? label : `${label} ${raw.name}`,
    code: raw.code,
    filename: raw.filename ?? (jsx ? 'react.tsx' : 'file.ts'),
    options: raw.options ?? [],
    languageOptions,
  };
}

/** The cases of every rule test file, in file order, then valid before invalid, in each list's order. */
export async function collectRuleTestCases(): Promise<RuleCase[]> {
  const files = readdirSync(RULE_TESTS)
    .filter((file) => file.endsWith('.test.ts'))
    .sort();
  const slot = globalThis as unknown as Slot;
  const runs: RecordedRun[] = [];
  slot[RECORDER_SLOT] = runs;
  // A worker that already ran a rule test file (the ESLint 9 pass shares modules between files) would hand back the
  // cached module without running it again: start from a clean registry, and leave one, so no stand-in leaks out.
  vi.resetModules();
  vi.doMock('vitest', () => vitestStub);
  vi.doMock('@typescript-eslint/rule-tester', () => recorder);
  try {
    for (const file of files) {
      const before = runs.length;
      await import(/* @vite-ignore */ path.join(RULE_TESTS, file));
      if (runs.length === before) throw new Error(`${file} ran no RuleTester`);
    }
  } finally {
    vi.doUnmock('vitest');
    vi.doUnmock('@typescript-eslint/rule-tester');
    vi.resetModules();
    slot[RECORDER_SLOT] = undefined;
  }
  const cases: RuleCase[] = [];
  for (const run of runs) {
    const config = run.testerConfig as { languageOptions?: Linter.LanguageOptions } | undefined;
    const lists = { valid: run.tests.valid, invalid: run.tests.invalid };
    for (const [list, items] of Object.entries(lists)) {
      items.forEach((item, index) => {
        const raw: RawCase = typeof item === 'string' ? { code: item } : (item as RawCase);
        cases.push(toRuleCase(run.ruleName, `${list}[${index}]`, raw, config));
      });
    }
  }
  return cases;
}
