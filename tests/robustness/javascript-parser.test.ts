/**
 * The rule tests lint with typescript-eslint's parser, but a user's `.js` files get ESLint's default parser, espree,
 * whose tree leaves out fields typescript-eslint always sets (`decorators`, `optional`, type annotations). A rule that
 * reads such a field without a fallback throws on JavaScript only, where no rule test looks.
 *
 * So every case of every rule test file that espree can parse (plain JavaScript, JSX when the case turns it on) is
 * linted again with espree, under the whole `strict` preset:
 * - no rule may throw;
 * - the case's own rule must report exactly what it reports under typescript-eslint's parser (same message, line and
 *   column), so a JavaScript user gets the findings the tests promise.
 *
 * The ESLint 9 pass of `npm test` checks every eighth case (espree and the rules are the same in both majors).
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAMESPACE } from '../../src/configs';
import { rules } from '../../src/rules';
import { isParseError, isRuleFailure, pluginConfig, STRICT_RULES } from './lint';
import { collectRuleTestCases, type RuleCase } from './rule-cases';

const ESLINT_MAJOR = Number(Linter.version.split('.')[0]);
const STRIDE = ESLINT_MAJOR >= 10 ? 1 : 8;

const result = { cases: 0, javascript: 0, failures: [] as string[], differences: [] as string[] };
const ruleNames = new Set<string>();

/**
 * True when typescript-eslint reads TypeScript syntax in the code (a node whose type starts with `TS`): such code
 * can still parse as JavaScript with another meaning (`useStorage<string>('k')` is two comparisons to espree).
 */
function holdsTypeScript(testCase: RuleCase, jsx: boolean): boolean {
  const program = tsParser.parse(testCase.code, { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx }, range: false, loc: false });
  const pending: unknown[] = [program];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...(node as unknown[]));
    else if (typeof node === 'object' && node !== null) {
      const { type } = node as { type?: unknown };
      if (typeof type === 'string' && type.startsWith('TS')) return true;
      for (const [key, value] of Object.entries(node)) if (key !== 'parent') pending.push(value);
    }
  }
  return false;
}

function summary(message: Linter.LintMessage): string {
  return `${String(message.line)}:${String(message.column)} ${message.message}`;
}

beforeAll(async () => {
  const cases = await collectRuleTestCases();
  result.cases = cases.length;
  const linter = new Linter({ configType: 'flat' });
  for (const [index, testCase] of cases.entries()) {
    if (index % STRIDE !== 0) continue;
    const jsx = testCase.languageOptions.parserOptions?.ecmaFeatures?.jsx === true;
    const ruleId = `${NAMESPACE}/${testCase.ruleName}`;
    const label = `${testCase.ruleName} ${testCase.label}`;
    const filename = testCase.filename.replace(/\.([cm]?)tsx?$/u, jsx ? '.$1jsx' : '.$1js');
    const sourceType = testCase.languageOptions.sourceType ?? 'module';
    const javascript: Linter.LanguageOptions = { ecmaVersion: 'latest', sourceType, parserOptions: { ecmaFeatures: { jsx } } };
    const strictRules: Linter.RulesRecord = { ...STRICT_RULES, [ruleId]: ['error', ...testCase.options] };
    let all: Linter.LintMessage[];
    try {
      all = linter.verify(testCase.code, pluginConfig(javascript, strictRules), filename);
    } catch (error) {
      // ESLint rethrows what a rule throws, naming the rule.
      result.failures.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}`);
      continue;
    }
    // TypeScript syntax: not a JavaScript case.
    if (all.some(isParseError) || holdsTypeScript(testCase, jsx)) continue;
    result.javascript += 1;
    ruleNames.add(testCase.ruleName);
    for (const message of all) if (isRuleFailure(message)) result.failures.push(`${label}: ${message.message.split('\n')[0] ?? ''}`);
    const expected = linter
      .verify(testCase.code, pluginConfig(testCase.languageOptions, { [ruleId]: ['error', ...testCase.options] }), testCase.filename)
      .filter((message) => message.ruleId === ruleId)
      .map(summary);
    const actual = all.filter((message) => message.ruleId === ruleId).map(summary);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      result.differences.push(`${label}\n  typescript-eslint: ${expected.join(' | ') || 'nothing'}\n  espree:            ${actual.join(' | ') || 'nothing'}`);
    }
  }
}, 180_000);

describe('rule test cases linted as JavaScript with espree', () => {
  it('covers most cases', () => {
    expect(result.javascript).toBeGreaterThanOrEqual(result.cases / STRIDE / 2);
  });

  it('no rule of strict throws', () => {
    expect(result.failures, result.failures.join('\n')).toEqual([]);
  });

  it("each case's own rule reports the same under both parsers", () => {
    expect(result.differences, result.differences.join('\n')).toEqual([]);
  });

  it('has JavaScript cases for every rule', () => {
    expect([...ruleNames].sort()).toEqual(Object.keys(rules).sort());
  });
});
