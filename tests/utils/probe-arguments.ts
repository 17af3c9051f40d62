/** Runs a probe rule over `code` and hands back the first argument of every `probe(...)` call, with its scope. */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { expect } from 'vitest';

export interface Probe {
  readonly argument: TSESTree.Node;
  readonly scope: TSESLint.Scope.Scope;
  readonly sourceCode: TSESLint.SourceCode;
}

/** `ts: false` parses `code` as JavaScript with ESLint's own parser instead of typescript-eslint's. */
export function probeArguments(code: string, { ts = true }: { ts?: boolean } = {}): Probe[] {
  const found: Probe[] = [];
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'CallExpression[callee.name="probe"]'(call: TSESTree.CallExpression) {
          const argument = call.arguments[0];
          if (argument) found.push({ argument, scope: context.sourceCode.getScope(call), sourceCode: context.sourceCode });
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/probe': 'error' },
    },
  ];
  if (ts) config.push({ files: ['**/*.ts'], languageOptions: { parser: tsParser } });
  expect(new Linter().verify(code, config, ts ? 'fixture.ts' : 'fixture.js')).toEqual([]);
  return found;
}

export function probeArgument(code: string, options: { ts?: boolean } = {}): Probe {
  const found = probeArguments(code, options);
  expect(found).toHaveLength(1);
  return found[0]!;
}
