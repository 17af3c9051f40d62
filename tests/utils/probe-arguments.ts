/** Runs a probe rule over `code` and hands back the first argument of every `probe(...)` call, with its scope. */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { expect } from 'vitest';

export interface Probe {
  readonly argument: TSESTree.Node;
  readonly scope: TSESLint.Scope.Scope;
}

export function probeArguments(code: string): Probe[] {
  const found: Probe[] = [];
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'CallExpression[callee.name="probe"]'(call: TSESTree.CallExpression) {
          const argument = call.arguments[0];
          if (argument) found.push({ argument, scope: context.sourceCode.getScope(call) });
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/probe': 'error' },
    },
  ];
  expect(new Linter().verify(code, config, 'fixture.ts')).toEqual([]);
  return found;
}

export function probeArgument(code: string): Probe {
  const found = probeArguments(code);
  expect(found).toHaveLength(1);
  return found[0]!;
}
