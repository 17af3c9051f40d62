/**
 * Linting helpers shared by the robustness tests: the parser settings of a corpus file, the `strict` preset as a
 * flat config, and the line between "the file does not parse" (skipped and counted) and "a rule crashed" (a failure).
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../../src/index';
import { NAMESPACE, presetRules } from '../../src/configs';
import type { CorpusFile } from './corpus';

export const STRICT_RULES = presetRules('strict');

type SourceType = CorpusFile['sourceType'];

/** The language options a user's config would give this file: espree for JavaScript, typescript-eslint for TS. */
export function languageOptionsFor(file: Pick<CorpusFile, 'typescript' | 'jsx'>, sourceType: SourceType): Linter.LanguageOptions {
  return {
    ecmaVersion: 'latest',
    sourceType,
    // `undefined` leaves ESLint's default parser, espree.
    ...(file.typescript ? { parser: tsParser } : {}),
    parserOptions: { ecmaFeatures: { jsx: file.jsx } },
  };
}

/**
 * One flat config: the given rules of this plugin (the `strict` preset unless told), for JS and TS file names. The
 * checker's own tests pass a stand-in plugin with deliberately broken rules.
 */
export function pluginConfig(languageOptions: Linter.LanguageOptions, rules: Linter.RulesRecord = STRICT_RULES, rulePlugin: unknown = plugin): Linter.Config[] {
  return [
    {
      // A pattern with an extension: ESLint does not lint a file that only `**/*`-style patterns match.
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      languageOptions,
      // ESLint's own reports of unused `eslint-disable` comments carry fixes too; only this plugin's are under test.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: { [NAMESPACE]: rulePlugin as never },
      rules,
    },
  ];
}

export function isParseError(message: Linter.LintMessage): boolean {
  return message.fatal === true && message.ruleId === null && message.message.startsWith('Parsing error:');
}

/**
 * A message that means a rule of this plugin broke rather than found something: a fatal message from one of its
 * rules, or any fatal message that names one (ESLint's own fatal messages with no rule, such as the error for a
 * `/* eslint-env *\/` comment, which ESLint 10 no longer supports, are the file's problem, not a crash: the rules
 * still ran).
 */
export function isRuleFailure(message: Linter.LintMessage): boolean {
  if (message.fatal !== true || isParseError(message)) return false;
  return message.ruleId !== null || message.message.includes(`${NAMESPACE}/`);
}

export type LintOutcome =
  | { kind: 'ok'; messages: Linter.LintMessage[]; sourceType: SourceType }
  | { kind: 'unparsable'; message: string }
  | { kind: 'crash'; message: string };

/**
 * Lints one corpus file with the `strict` preset. A `.js` file whose package format was misread (an ES module shipped
 * in a CommonJS package for bundlers, or the reverse) gets a second try with the other source type, as its user's
 * own config would say; `.mjs`, `.cjs` and TypeScript files are parsed only the way their extension says.
 */
export function lintCorpusFile(linter: Linter, file: CorpusFile, code: string, rules: Linter.RulesRecord = STRICT_RULES, rulePlugin: unknown = plugin): LintOutcome {
  const attempts: SourceType[] = [file.sourceType];
  if (file.kind === 'js-commonjs') attempts.push('module');
  if (file.kind === 'js-module') attempts.push('commonjs');
  let parseError = '';
  for (const sourceType of attempts) {
    let messages: Linter.LintMessage[];
    try {
      messages = linter.verify(code, pluginConfig(languageOptionsFor(file, sourceType), rules, rulePlugin), file.relative);
    } catch (error) {
      // ESLint turns a parser's exception into a fatal message; an exception out of `verify` is a rule's.
      return { kind: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    const failure = messages.find(isRuleFailure);
    if (failure) return { kind: 'crash', message: `${failure.ruleId ?? '(no rule)'}: ${failure.message}` };
    const unparsable = messages.find(isParseError);
    if (unparsable === undefined) return { kind: 'ok', messages, sourceType };
    parseError = unparsable.message;
  }
  return { kind: 'unparsable', message: parseError };
}
