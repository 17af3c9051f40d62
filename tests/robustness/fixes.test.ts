/**
 * Fixes and suggestions are sound (issue 10, robustness), on every invalid case of every rule test file: each fix
 * and each suggestion, applied alone, leaves code that parses with the same parser and no longer holds the problem it
 * was offered for, and fixing with ESLint's own fixer is idempotent (tests/robustness/soundness.ts has the exact
 * checks). The cases are read from tests/rules/*.test.ts without editing or re-running them
 * (tests/robustness/rule-cases.ts), and linted with the config the RuleTester gives them.
 *
 * The same checks run on the fixes and suggestions the `strict` preset offers on real code, in the pass over the
 * dependency tree of tests/robustness/never-crash.test.ts (one pass over the corpus serves both).
 *
 * The ESLint 9 pass of `npm test` checks every fourth case: fixing is ESLint's code, the same in both majors.
 */
import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAMESPACE } from '../../src/configs';
import { rules } from '../../src/rules';
import { pluginConfig } from './lint';
import { collectRuleTestCases, type RuleCase } from './rule-cases';
import { SoundnessChecker, describeViolations, type Violation } from './soundness';

const ESLINT_MAJOR = Number(Linter.version.split('.')[0]);
const STRIDE = ESLINT_MAJOR >= 10 ? 1 : 4;

let cases: RuleCase[] = [];
const result = { checked: 0, silent: [] as string[], edits: 0, violations: [] as (Violation & { label: string })[] };

beforeAll(async () => {
  cases = await collectRuleTestCases();
  const linter = new Linter({ configType: 'flat' });
  const checker = new SoundnessChecker(linter);
  const invalid = cases.filter((testCase) => testCase.label.startsWith('invalid'));
  for (const [index, testCase] of invalid.entries()) {
    if (index % STRIDE !== 0) continue;
    result.checked += 1;
    const subject = {
      code: testCase.code,
      filename: testCase.filename,
      languageOptions: testCase.languageOptions,
      ruleId: `${NAMESPACE}/${testCase.ruleName}`,
      ruleEntry: ['error', ...testCase.options] as Linter.RuleEntry,
    };
    const messages = linter.verify(subject.code, pluginConfig(subject.languageOptions, { [subject.ruleId]: subject.ruleEntry }), subject.filename);
    const own = messages.filter((message) => message.ruleId === subject.ruleId);
    if (own.length === 0) result.silent.push(`${testCase.ruleName} ${testCase.label}: ${messages.map((message) => message.message).join(' | ') || 'no message'}`);
    result.edits += own.reduce((sum, message) => sum + (message.fix ? 1 : 0) + (message.suggestions?.length ?? 0), 0);
    result.violations.push(...checker.check(subject, messages).map((violation) => ({ ...violation, label: `${testCase.ruleName} ${testCase.label}` })));
  }
}, 120_000);

describe('fixes and suggestions on the rule test cases', () => {
  it('reads the cases of every rule, and lints them as the RuleTester does', () => {
    expect([...new Set(cases.map((testCase) => testCase.ruleName))].sort()).toEqual(Object.keys(rules).sort());
    expect(result.checked).toBeGreaterThanOrEqual(1000 / STRIDE);
    // Every invalid case is reported here too: the config is the RuleTester's, so the checks below see every fix.
    expect(result.silent, result.silent.join('\n')).toEqual([]);
    expect(result.edits).toBeGreaterThanOrEqual(200 / STRIDE);
  });

  it('are sound: the output parses, the problem is gone, and fixing twice changes nothing more', () => {
    expect(result.violations, describeViolations(result.violations)).toEqual([]);
  });
});

/** Rules that break each promise on purpose, to show the checker catches each kind of unsound edit. */
function literalRule(edit: (node: Rule.Node & { raw?: string }) => { fix?: string; suggest?: string }): Rule.RuleModule {
  return {
    meta: { type: 'problem', fixable: 'code', hasSuggestions: true, messages: { found: 'Found {{raw}}.', alt: 'Alternative.' }, schema: [] },
    create: (context) => ({
      Literal(node) {
        if (typeof node.value !== 'string') return;
        const { fix, suggest } = edit(node);
        context.report({
          node,
          messageId: 'found',
          data: { raw: node.raw ?? '' },
          ...(fix === undefined ? {} : { fix: (fixer: Rule.RuleFixer) => fixer.replaceText(node, fix) }),
          ...(suggest === undefined ? {} : { suggest: [{ messageId: 'alt', fix: (fixer: Rule.RuleFixer) => fixer.replaceText(node, suggest) }] }),
        });
      },
    }),
  };
}

const brokenPlugin = {
  rules: {
    'unparsable-fix': literalRule(() => ({ fix: '(' })),
    'unparsable-suggestion': literalRule(() => ({ suggest: ')' })),
    'repeating-fix': literalRule((node) => ({ fix: `(${node.raw ?? ''})` })),
    'repeating-suggestion': literalRule((node) => ({ suggest: `${node.raw ?? ''} ` })),
    'growing-fix': literalRule((node) => ({ fix: `'${String(node.raw).slice(1, -1)}x'` })),
    'sound-fix': literalRule((node) => (node.raw === "'bad'" ? { fix: '42', suggest: 'null' } : {})),
  },
};

describe('the soundness checker', () => {
  const checker = new SoundnessChecker(new Linter({ configType: 'flat' }), brokenPlugin);
  const checks = (rule: keyof typeof brokenPlugin.rules): string[] =>
    checker
      .check({ code: "const a = 'bad';", filename: 'file.ts', languageOptions: { parser: tsParser }, ruleId: `${NAMESPACE}/${rule}`, ruleEntry: 'error' })
      .map((violation) => violation.check)
      .sort();

  it('catches each kind of unsound edit', () => {
    expect(checks('unparsable-fix')).toEqual(['fix-unparsable', 'fixes-unparsable']);
    expect(checks('unparsable-suggestion')).toEqual(['suggestion-unparsable']);
    expect(checks('repeating-fix')).toEqual(['fix-repeats', 'fixes-not-idempotent']);
    expect(checks('repeating-suggestion')).toEqual(['suggestion-repeats']);
    expect(checks('growing-fix')).toEqual(['fixes-not-idempotent']);
  });

  it('passes a sound fix and suggestion', () => {
    expect(checks('sound-fix')).toEqual([]);
  });
});
