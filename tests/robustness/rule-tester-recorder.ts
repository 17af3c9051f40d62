/**
 * Stands in for `@typescript-eslint/rule-tester` while tests/robustness/rule-cases.ts loads the rule test files: a
 * `RuleTester` whose `run` records the rule name, the tester's config and the cases instead of running them.
 */
export interface RecordedRun {
  readonly ruleName: string;
  readonly testerConfig: unknown;
  readonly tests: { valid: readonly unknown[]; invalid: readonly unknown[] };
}

export const RECORDER_SLOT = Symbol.for('zero-trust.robustness.recorded-runs');

type Slot = Record<typeof RECORDER_SLOT, RecordedRun[] | undefined>;

export class RuleTester {
  static afterAll: unknown;
  static describe: unknown;
  static it: unknown;
  static itOnly: unknown;
  static itSkip: unknown;

  readonly #config: unknown;

  constructor(config?: unknown) {
    this.#config = config;
  }

  run(ruleName: string, _rule: unknown, tests: RecordedRun['tests']): void {
    const runs = (globalThis as unknown as Slot)[RECORDER_SLOT];
    if (!runs) throw new Error('rule-tester-recorder loaded outside collectRuleTestCases()');
    runs.push({ ruleName, testerConfig: this.#config, tests });
  }
}

export const noFormat = (raw: TemplateStringsArray, ...keys: string[]): string => String.raw({ raw }, ...keys);
