/**
 * Runs a probe rule (one that records what a toolkit helper or model returns) over a snippet parsed as ESM,
 * CommonJS or TypeScript, and fails the test if ESLint reports anything (a parse error, a crash).
 */
import * as tsParser from '@typescript-eslint/parser';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { expect } from 'vitest';

export type Mode = 'esm' | 'cjs' | 'ts';

export function languageOptions(mode: Mode): LinterTypes.LanguageOptions {
  switch (mode) {
    case 'esm':
      return { sourceType: 'module', ecmaVersion: 'latest', globals: {} };
    case 'cjs':
      return { sourceType: 'commonjs', ecmaVersion: 'latest', globals: {} };
    case 'ts':
      return { sourceType: 'module', ecmaVersion: 'latest', parser: tsParser, globals: {} };
  }
}

/** Lints `code` with `rule` as the only rule, in `mode`. */
export function runProbe(code: string, mode: Mode, rule: Rule.RuleModule): void {
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      languageOptions: languageOptions(mode),
      plugins: { test: { rules: { probe: rule } } },
      rules: { 'test/probe': 'error' },
    },
  ];
  const messages = new Linter().verify(code, config, mode === 'ts' ? 'fixture.ts' : 'fixture.js');
  expect(messages, `${mode} mode`).toEqual([]);
}
