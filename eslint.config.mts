/**
 * The project's own lint: typescript-eslint (type-aware), eslint-plugin-eslint-plugin for the rules,
 * eslint-plugin-regexp (including its super-linear backtracking checks), and this plugin's own
 * `strict` preset, loaded from source.
 */
import { defineConfig } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';
import zeroTrust from './src/index.js';

export default defineConfig(
  {
    name: 'project/ignores',
    ignores: ['dist/', 'coverage/', 'node_modules/', 'examples/', '.scratch/', 'docs/', 'tests/fixtures/'],
  },
  {
    name: 'project/typescript',
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Conflicts with no-non-null-assertion: it asks for the `!` that rule forbids.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // This code declares no enum of its own, and the only enum it uses (typescript-eslint's node and token types)
      // is only read and compared, never assigned from a number. The rule still asks the type of nearly every value
      // the tests' large case tables hold: about an eighth of the whole self-lint, for nothing it could find here.
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
    },
  },
  {
    name: 'project/tests',
    files: ['tests/**/*.ts'],
    rules: {
      // Fixtures are source strings; typed assertions on parsed nodes are normal in tests.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    ...eslintPlugin.configs.recommended,
    name: 'project/rules',
    files: ['src/rules/**/*.ts'],
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce|Prefer)' }],
      'eslint-plugin/require-meta-docs-url': 'off', // set by createRule
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/no-property-in-node': 'error',
    },
  },
  {
    ...eslintPlugin.configs.recommended,
    name: 'project/rule-tests',
    files: ['tests/rules/**/*.ts'],
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/test-case-shorthand-strings': 'off',
      'eslint-plugin/consistent-output': 'error',
    },
  },
  {
    ...regexp.configs['flat/all'],
    name: 'project/regexp',
    rules: {
      ...regexp.configs['flat/all'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/require-unicode-sets-regexp': 'off',
      'regexp/prefer-named-capture-group': 'off',
      'regexp/require-unicode-regexp': 'off',
    },
  },
  {
    ...zeroTrust.configs.strict,
    // Rule and model tests hold the anti-patterns as fixture data on purpose.
    ignores: ['tests/rules/**', 'tests/models/**', 'tests/secrets/**', 'tests/integration/secrets/**'],
  },
);
