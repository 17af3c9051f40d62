/**
 * Shared harness of the secrets proof suites: lints one snippet with `zero-trust/no-hardcoded-secrets` alone (default
 * options, TypeScript parser, the plugin loaded from source) through ESLint's `Linter`, and records the raw report
 * descriptors (including `data`) so that the suites can prove no message leaks a secret.
 */
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import plugin from '../../../src/index';
import { leaksSecret } from '../../../src/secrets/mask';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const RULE_ID = `${plugin.meta.namespace}/no-hardcoded-secrets`;
/** Where snippets are linted as if they lived: application code, not tests. */
export const APP_FILE = 'src/clients/client.ts';
export const TEST_FILE = 'src/__tests__/client.test.ts';

export interface LintResult {
  /** Messages of `zero-trust/no-hardcoded-secrets` only. */
  readonly messages: Linter.LintMessage[];
  /** Parse errors (must be none: a snippet that does not parse proves nothing). */
  readonly fatal: Linter.LintMessage[];
  /** Every descriptor the rule handed to `context.report`, as given (with `data` and suggestion `data`). */
  readonly descriptors: readonly unknown[];
}

const realRule = plugin.rules['no-hardcoded-secrets'] as unknown as Rule.RuleModule;

/** Where the observed rule puts the descriptors of the lint in progress (one at a time: `verify` is synchronous). */
let sink: unknown[] = [];

/** The real rule, with `context.report` observed; everything else is the rule's own behaviour. */
const observedRule: Rule.RuleModule = {
  meta: realRule.meta,
  create(context) {
    const observed = Object.create(context, {
      report: {
        value(descriptor: unknown): void {
          sink.push(descriptor);
          context.report(descriptor as Rule.ReportDescriptor);
        },
      },
    }) as Rule.RuleContext;
    return realRule.create(observed);
  },
};

const linter = new Linter({ configType: 'flat', cwd: ROOT });
/**
 * One linter and one config for every call (the suites lint thousands of snippets): the rule reports into
 * {@link sink}, which each call replaces.
 */
const config: Linter.Config[] = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { [plugin.meta.namespace]: { meta: plugin.meta, rules: { 'no-hardcoded-secrets': observedRule } } },
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { [RULE_ID]: 'error' },
  },
];

/** Lints `code` as `filename` (relative to the project root) with only `zero-trust/no-hardcoded-secrets`, default options. */
export function lintSecrets(code: string, filename: string = APP_FILE): LintResult {
  const descriptors: unknown[] = [];
  sink = descriptors;
  const all = linter.verify(code, config, { filename: path.join(ROOT, filename) });
  return {
    messages: all.filter((message) => message.ruleId === RULE_ID),
    fatal: all.filter((message) => message.fatal === true),
    descriptors,
  };
}

/** Every piece of text a user, a formatter or a tool can see: messages, suggestion descriptions and fixes, raw `data`. */
function visibleTexts(result: LintResult): string[] {
  const texts: string[] = [];
  for (const message of result.messages) {
    texts.push(message.message);
    for (const suggestion of message.suggestions ?? []) texts.push(suggestion.desc, suggestion.fix.text);
  }
  for (const descriptor of result.descriptors) texts.push(JSON.stringify(descriptor, (key, value: unknown) => (key === 'fix' || key === 'node' || key === 'loc' ? undefined : value)));
  return texts;
}

/**
 * The texts of `result` that leak `secret` beyond `publicPrefix` (empty when nothing leaks). `publicMarkers` are fixed
 * format signatures inside the token (CASK `JQQJ99`): they are blanked out first, so only the random characters count.
 */
export function leaks(result: LintResult, secret: string, publicPrefix = '', publicMarkers: readonly string[] = []): string[] {
  const prefix = secret.startsWith(publicPrefix) ? publicPrefix : '';
  let rest = secret.slice(prefix.length);
  for (const marker of publicMarkers) rest = rest.replaceAll(marker, '\0'.repeat(marker.length));
  return visibleTexts(result).filter((text) => leaksSecret(text, prefix + rest, prefix));
}

/** 1-based line and column of offset `index` in `code`, as ESLint reports them. */
export function positionOf(code: string, index: number): { line: number; column: number } {
  const before = code.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
