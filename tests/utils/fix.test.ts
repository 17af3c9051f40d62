import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { removableStatementOf, removeListItem, removeStatement } from '../../src/utils/fix';

/**
 * A rule that removes every property named `drop`, every array element or `args(...)` argument `drop`, and every statement that is a
 * `drop(...)` call, using the helpers under test. Records what `removableStatementOf` answered for each call.
 */
function createRule(statements: (TSESTree.ExpressionStatement | null)[]): TSESLint.RuleModule<'drop'> {
  return {
    meta: { type: 'problem', fixable: 'code', schema: [], messages: { drop: 'drop' } },
    create(context) {
      const sourceCode = context.sourceCode;
      return {
        'Property[key.name="drop"]'(node: TSESTree.Property) {
          context.report({ node, messageId: 'drop', fix: (fixer) => removeListItem(fixer, sourceCode, node) });
        },
        'ArrayExpression > Identifier[name="drop"]'(node: TSESTree.Identifier) {
          context.report({ node, messageId: 'drop', fix: (fixer) => removeListItem(fixer, sourceCode, node) });
        },
        'CallExpression[callee.name="args"]'(node: TSESTree.CallExpression) {
          for (const argument of node.arguments) {
            if (argument.type === AST_NODE_TYPES.Identifier && argument.name === 'drop') {
              context.report({ node: argument, messageId: 'drop', fix: (fixer) => removeListItem(fixer, sourceCode, argument) });
            }
          }
        },
        'CallExpression[callee.name="drop"]'(node: TSESTree.CallExpression) {
          const statement = removableStatementOf(node);
          statements.push(statement);
          if (statement) context.report({ node, messageId: 'drop', fix: (fixer) => removeStatement(fixer, sourceCode, statement) });
        },
      };
    },
  };
}

function configFor(rule: TSESLint.RuleModule<'drop'>, ts: boolean): LinterTypes.Config[] {
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      plugins: { test: { rules: { drop: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/drop': 'error' },
    },
  ];
  if (ts) config.push({ files: ['**/*.ts'], languageOptions: { parser: tsParser } });
  return config;
}

/** The source after one pass of the fixes; asserts that the result still parses. */
function fix(code: string, { ts = false } = {}): string {
  const config = configFor(createRule([]), ts);
  const filename = ts ? 'fixture.ts' : 'fixture.js';
  const linter = new Linter();
  const before = linter.verify(code, config, filename);
  expect(before.length).toBeGreaterThan(0);
  expect(before.filter((message) => message.fatal)).toEqual([]);
  const result = linter.verifyAndFix(code, config, { filename });
  expect(result.fixed).toBe(true);
  // Nothing left to remove, and the output parses.
  expect(result.messages).toEqual([]);
  return result.output;
}

/** What `removableStatementOf` answers for each `drop(...)` call in `code`: the statement's text, or null. */
function removable(code: string, { ts = false } = {}): (string | null)[] {
  const statements: (TSESTree.ExpressionStatement | null)[] = [];
  const linter = new Linter();
  const messages = linter.verify(code, configFor(createRule(statements), ts), ts ? 'fixture.ts' : 'fixture.js');
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return statements.map((statement) => (statement ? code.slice(statement.range[0], statement.range[1]) : null));
}

describe('removeListItem: properties', () => {
  it('removes a middle property with the comma after it', () => {
    expect(fix(`lib({ a: 1, drop: 2, b: 3 });`)).toBe(`lib({ a: 1, b: 3 });`);
  });

  it('removes the first property', () => {
    expect(fix(`lib({ drop: 2, b: 3 });`)).toBe(`lib({ b: 3 });`);
  });

  it('removes the last property with the comma before it', () => {
    expect(fix(`lib({ a: 1, drop: 2 });`)).toBe(`lib({ a: 1 });`);
  });

  it('removes the only property', () => {
    expect(fix(`lib({ drop: 2 });`)).toBe(`lib({});`);
  });

  it('keeps a trailing comma that follows another property', () => {
    expect(fix(`lib({ a: 1, drop: 2, });`)).toBe(`lib({ a: 1, });`);
  });

  it('removes the only property with its trailing comma', () => {
    expect(fix(`lib({ drop: 2, });`)).toBe(`lib({ });`);
  });

  it('removes computed, string-keyed and shorthand neighbours untouched', () => {
    expect(fix(`lib({ ['x']: 1, drop, 'y': 2 });`)).toBe(`lib({ ['x']: 1, 'y': 2 });`);
  });

  it('removes a whole line of a multi-line object', () => {
    expect(
      fix(`lib({
  a: 1,
  drop: false,
  b: 2,
});`),
    ).toBe(`lib({
  a: 1,
  b: 2,
});`);
  });

  it('removes the first line of a multi-line object', () => {
    expect(
      fix(`lib({
  drop: false,
  b: 2,
});`),
    ).toBe(`lib({
  b: 2,
});`);
  });

  it('removes the last line of a multi-line object without a trailing comma', () => {
    expect(
      fix(`lib({
  a: 1,
  drop: false
});`),
    ).toBe(`lib({
  a: 1
});`);
  });

  it('removes the last line of a multi-line object with a trailing comma, keeping the closing brace in place', () => {
    expect(
      fix(`lib({
  a: 1,
  drop: false,
});`),
    ).toBe(`lib({
  a: 1,
});`);
  });

  it('leaves a comment on the line above and a comment after the comma', () => {
    expect(
      fix(`lib({
  a: 1,
  // staging uses a self-signed certificate
  drop: false, // TODO remove
  b: 2,
});`),
    ).toBe(`lib({
  a: 1,
  // staging uses a self-signed certificate
  // TODO remove
  b: 2,
});`);
  });

  it('keeps a block comment inside a middle property', () => {
    expect(fix(`lib({ a: 1, drop: /* self-signed */ false, b: 3 });`)).toBe(`lib({ a: 1, /* self-signed */ b: 3 });`);
  });

  it('keeps a block comment inside the last property', () => {
    expect(fix(`lib({ a: 1, drop: /* self-signed */ false });`)).toBe(`lib({ a: 1 /* self-signed */ });`);
  });

  it('keeps a block comment between the property and its comma', () => {
    expect(fix(`lib({ drop: false /* why */, b: 3 });`)).toBe(`lib({ /* why */ b: 3 });`);
  });

  it('keeps several comments inside, in order', () => {
    expect(fix(`lib({ drop /* one */ : /* two */ false, b: 3 });`)).toBe(`lib({ /* one */ /* two */ b: 3 });`);
  });

  it('keeps a line comment inside a multi-line property without commenting out the next one', () => {
    expect(
      fix(`lib({
  drop: // dev only
    false,
  b: 2,
});`),
    ).toBe(`lib({
  // dev only
  b: 2,
});`);
  });

  it('keeps a line comment inside a property with a trailing comma without commenting out the closing brace', () => {
    expect(
      fix(`lib({
  a: 1,
  drop: // dev only
    false,
});`),
    ).toBe(`lib({
  a: 1, // dev only
});`);
  });

  it('keeps a line comment inside the last property without commenting out the closing brace', () => {
    expect(
      fix(`lib({ a: 1, drop: // dev only
  false });`),
    ).toBe(`lib({ a: 1 // dev only
 });`);
  });

  it('removes a property from a TypeScript object', () => {
    expect(fix(`lib({ a: 1 as number, drop: false as const, b: 'x' } satisfies object);`, { ts: true })).toBe(
      `lib({ a: 1 as number, b: 'x' } satisfies object);`,
    );
  });
});

describe('removeListItem: array elements', () => {
  it('removes a middle, first, last and only element', () => {
    expect(fix(`lib([a, drop, b]);`)).toBe(`lib([a, b]);`);
    expect(fix(`lib([drop, b]);`)).toBe(`lib([b]);`);
    expect(fix(`lib([a, drop]);`)).toBe(`lib([a]);`);
    expect(fix(`lib([drop]);`)).toBe(`lib([]);`);
  });

  it('removes a parenthesized element with its parentheses', () => {
    expect(fix(`lib([a, (drop), b]);`)).toBe(`lib([a, b]);`);
    expect(fix(`lib([a, ((drop))]);`)).toBe(`lib([a]);`);
  });
});

describe('removeListItem: call arguments', () => {
  it('removes an argument without touching the call\'s parentheses', () => {
    expect(fix(`args(drop);`)).toBe(`args();`);
    expect(fix(`args(a, drop);`)).toBe(`args(a);`);
    expect(fix(`args(drop, b);`)).toBe(`args(b);`);
  });
});

describe('removeStatement', () => {
  it('removes a statement and leaves its neighbours', () => {
    expect(fix(`setup();\ndrop();\nnext();`)).toBe(`setup();\n\nnext();`);
  });

  it('keeps comments before, after and inside the statement', () => {
    expect(fix(`// before\ndrop(/* inside */ 1); // after\nnext();`)).toBe(`// before\n/* inside */ // after\nnext();`);
  });

  it('keeps a line comment inside the statement on its own line', () => {
    expect(fix(`setup();\ndrop( // why\n  1);\nnext();`)).toBe(`setup();\n// why\nnext();`);
  });

  it('does not let a kept line comment swallow code on the same line', () => {
    expect(fix(`drop( // why\n  1); next();`)).toBe(`// why\n next();`);
  });

  it('removes a statement inside a block, a switch case and a static block', () => {
    expect(fix(`function f() {\n  drop();\n  return 1;\n}`)).toBe(`function f() {\n  \n  return 1;\n}`);
    expect(fix(`switch (x) { case 1: drop(); break; }`)).toBe(`switch (x) { case 1:  break; }`);
    expect(fix(`class C { static { drop(); } }`)).toBe(`class C { static {  } }`);
  });

  it('removes a statement inside a TypeScript namespace', () => {
    expect(fix(`namespace N { drop(); }`, { ts: true })).toBe(`namespace N {  }`);
  });
});

describe('removableStatementOf', () => {
  it('returns the expression statement in a statement list', () => {
    expect(removable(`drop(1);`)).toEqual(['drop(1);']);
    expect(removable(`function f() { drop(2); }`)).toEqual(['drop(2);']);
    expect(removable(`switch (x) { default: drop(3); }`)).toEqual(['drop(3);']);
    expect(removable(`class C { static { drop(4); } }`)).toEqual(['drop(4);']);
    expect(removable(`namespace N { drop(5); }`, { ts: true })).toEqual(['drop(5);']);
  });

  it('returns null where removing the statement would change the structure', () => {
    expect(
      removable(`
        if (x) drop(1);
        for (;;) drop(2);
        label: drop(3);
        const y = drop(4);
        drop(5), other();
        const f = () => drop(6);
        while (x) drop(7);
      `),
    ).toEqual([null, null, null, null, null, null, null]);
  });

  it('returns null for an expression that is only part of the statement', () => {
    expect(removable(`other(drop(1));`)).toEqual([null]);
  });
});
