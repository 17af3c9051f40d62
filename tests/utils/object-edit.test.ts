import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { insertProperty } from '../../src/utils/object-edit';

/** A rule that adds `secure: true` to every object literal passed to `add(...)`. */
const rule: TSESLint.RuleModule<'add'> = {
  meta: { type: 'problem', fixable: 'code', schema: [], messages: { add: 'add' } },
  create(context) {
    return {
      'CallExpression[callee.name="add"] > ObjectExpression'(node: TSESTree.ObjectExpression) {
        context.report({ node, messageId: 'add', fix: (fixer) => insertProperty(fixer, context.sourceCode, node, 'secure: true') });
      },
    };
  },
};

function fix(code: string): string {
  const linter = new Linter();
  const config = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { test: { rules: { add: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/add': 'error' as const },
    },
  ];
  const messages = linter.verify(code, config, 'fixture.ts');
  expect(messages).toHaveLength(1);
  const edit = messages[0]?.fix;
  if (!edit) throw new Error('no fix');
  const output = code.slice(0, edit.range[0]) + edit.text + code.slice(edit.range[1]);
  // The result must still parse.
  expect(linter.verify(output, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }, 'fixture.ts')).toEqual([]);
  return output;
}

describe('insertProperty', () => {
  it('fills an empty literal', () => {
    expect(fix('add({});')).toBe('add({ secure: true });');
    expect(fix('add({ });')).toBe('add({ secure: true });');
  });

  it('keeps a comment inside an empty literal', () => {
    expect(fix('add({ /* none yet */ });')).toBe('add({ /* none yet */  secure: true });');
  });

  it('appends on one line, with or without a trailing comma', () => {
    expect(fix('add({ httpOnly: true });')).toBe('add({ httpOnly: true, secure: true });');
    expect(fix('add({ httpOnly: true, });')).toBe('add({ httpOnly: true, secure: true, });');
    expect(fix('add({ ...base });')).toBe('add({ ...base, secure: true });');
  });

  it('adds a line in a multi-line literal, indented like the last property, after its comment', () => {
    expect(fix('add({\n  httpOnly: true, // readable? no\n});')).toBe('add({\n  httpOnly: true, // readable? no\n  secure: true,\n});');
    expect(fix('add({\n    httpOnly: true // no comma\n});')).toBe('add({\n    httpOnly: true, // no comma\n    secure: true\n});');
  });

  it('stays on the line when the closing brace shares it', () => {
    expect(fix('add({\n  httpOnly: true });')).toBe('add({\n  httpOnly: true, secure: true });');
  });

  it('stays on the line when the last property shares the opening brace line', () => {
    expect(fix('add({ httpOnly: true,\n});')).toBe('add({ httpOnly: true, secure: true,\n});');
  });
});
