import { parse } from '@typescript-eslint/parser';
import { simpleTraverse } from '@typescript-eslint/typescript-estree';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  calledMethodName,
  calleeName,
  isEqualityOperator,
  isExpressionWrapper,
  isRegExpLiteral,
  isTypeScriptWrapper,
  memberChainNames,
  messageLabel,
  outermostExpressionWrapper,
  outermostTypeScriptWrapper,
  staticMemberName,
  unwrapExpression,
  unwrapTypeScript,
} from '../../src/utils/ast';

/** The expression of the single statement in `code`, with parent links set. */
function expression(code: string): TSESTree.Expression {
  const ast = parse(code, { range: true, loc: true });
  simpleTraverse(ast, { enter: () => undefined }, true);
  const statement = ast.body[0];
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) throw new Error('not an expression statement');
  return statement.expression;
}

/** The identifier named `TARGET` in `code`. */
function target(code: string): TSESTree.Identifier {
  const ast = parse(code, { range: true, loc: true });
  let found: TSESTree.Identifier | undefined;
  simpleTraverse(
    ast,
    {
      enter: (node) => {
        if (node.type === AST_NODE_TYPES.Identifier && node.name === 'TARGET') found = node;
      },
    },
    true,
  );
  if (!found) throw new Error('no TARGET in code');
  return found;
}

function member(code: string): TSESTree.MemberExpression {
  const node = unwrapExpression(expression(code));
  if (node.type !== AST_NODE_TYPES.MemberExpression) throw new Error(`not a member: ${node.type}`);
  return node;
}

function call(code: string): TSESTree.CallExpression {
  const node = unwrapExpression(expression(code));
  if (node.type !== AST_NODE_TYPES.CallExpression) throw new Error(`not a call: ${node.type}`);
  return node;
}

describe('TypeScript wrappers', () => {
  it('strips as, satisfies, !, <T> and instantiation expressions, but not an optional chain', () => {
    expect(unwrapTypeScript(expression(`(value as string)!;`))).toMatchObject({ type: AST_NODE_TYPES.Identifier, name: 'value' });
    expect(unwrapTypeScript(expression(`(<T>value) satisfies T;`))).toMatchObject({ type: AST_NODE_TYPES.Identifier, name: 'value' });
    expect(unwrapTypeScript(expression(`make<string>;`))).toMatchObject({ type: AST_NODE_TYPES.Identifier, name: 'make' });
    expect(unwrapTypeScript(expression(`a?.b;`)).type).toBe(AST_NODE_TYPES.ChainExpression);
    expect(isTypeScriptWrapper(expression(`value!;`))).toBe(true);
    expect(isTypeScriptWrapper(expression(`a?.b;`))).toBe(false);
  });

  it('finds the outermost TypeScript wrapper around a node', () => {
    const identifier = target(`((TARGET as T)!) satisfies U;`);
    expect(outermostTypeScriptWrapper(identifier).type).toBe(AST_NODE_TYPES.TSSatisfiesExpression);
    const plain = target(`f(TARGET);`);
    expect(outermostTypeScriptWrapper(plain)).toBe(plain);
    // An optional chain is not a TypeScript wrapper.
    const chained = target(`(TARGET?.b as T);`).parent;
    expect(outermostTypeScriptWrapper(chained)).toBe(chained);
  });
});

describe('unwrapExpression and outermostExpressionWrapper', () => {
  it('strip TypeScript wrappers and optional chains, in any order', () => {
    expect(unwrapExpression(expression(`(a?.b as string)!;`))).toMatchObject({ type: AST_NODE_TYPES.MemberExpression, optional: true });
    expect(unwrapExpression(expression(`(a?.b()) as T;`))).toMatchObject({ type: AST_NODE_TYPES.CallExpression, optional: false });
    expect(unwrapExpression(expression(`value;`))).toMatchObject({ type: AST_NODE_TYPES.Identifier, name: 'value' });
    expect(isExpressionWrapper(expression(`a?.b;`))).toBe(true);
    expect(isExpressionWrapper(expression(`value as T;`))).toBe(true);
    expect(isExpressionWrapper(expression(`await value;`))).toBe(false);
  });

  it('climb to the outermost wrapper, and only through the wrapped expression', () => {
    const chained = target(`(TARGET?.origin as string)!.length;`).parent;
    expect(chained.type).toBe(AST_NODE_TYPES.MemberExpression);
    const outer = outermostExpressionWrapper(chained);
    expect(outer.type).toBe(AST_NODE_TYPES.TSNonNullExpression);
    expect(unwrapExpression(outer)).toBe(chained);
    const plain = target(`f(TARGET);`);
    expect(outermostExpressionWrapper(plain)).toBe(plain);
    // The type annotation of `x as T` is not the wrapped expression.
    const annotated = target(`x as TARGET;`);
    expect(outermostExpressionWrapper(annotated)).toBe(annotated);
  });
});

describe('names', () => {
  it('reads static member names', () => {
    expect(staticMemberName(member(`a.b;`))).toBe('b');
    expect(staticMemberName(member(`a['b'];`))).toBe('b');
    expect(staticMemberName(member(`a?.b;`))).toBe('b');
    expect(staticMemberName(member(`a[b];`))).toBeNull();
    expect(staticMemberName(member(`a[0];`))).toBeNull();
    expect(staticMemberName(member(`a[\`b\`];`))).toBeNull();
  });

  it('reads the name a callee goes by, through wrappers', () => {
    expect(calleeName(call(`f();`).callee)).toBe('f');
    expect(calleeName(call(`a.b.m();`).callee)).toBe('m');
    expect(calleeName(call(`a['m']();`).callee)).toBe('m');
    expect(calleeName(call(`(a?.m)();`).callee)).toBe('m');
    expect(calleeName(call(`(f as F)();`).callee)).toBe('f');
    expect(calleeName(call(`f<string>();`).callee)).toBe('f');
    expect(calleeName(call(`a[m]();`).callee)).toBeNull();
    expect(calleeName(call(`(() => 1)();`).callee)).toBeNull();
  });

  it('reads a method name only from a plain, non-computed member call', () => {
    expect(calledMethodName(call(`res.cookie('a', 'b');`))).toBe('cookie');
    expect(calledMethodName(call(`res['cookie']('a', 'b');`))).toBeNull();
    expect(calledMethodName(call(`cookie('a', 'b');`))).toBeNull();
  });
});

describe('small facts', () => {
  it('recognises regular expression literals', () => {
    expect(isRegExpLiteral(expression(`/^a$/u;`))).toBe(true);
    expect(isRegExpLiteral(expression(`'^a$';`))).toBe(false);
    expect(isRegExpLiteral(expression(`null;`))).toBe(false);
  });

  it('recognises equality operators', () => {
    for (const operator of ['===', '==', '!==', '!=']) expect(isEqualityOperator(operator), operator).toBe(true);
    for (const operator of ['<', 'in', 'instanceof', '=']) expect(isEqualityOperator(operator), operator).toBe(false);
  });

  it('flattens and shortens message labels', () => {
    expect(messageLabel('a\n  .b()')).toBe('a .b()');
    const long = 'x'.repeat(100);
    expect(messageLabel(long)).toHaveLength(60);
    expect(messageLabel(long).endsWith('…')).toBe(true);
    expect(messageLabel('short')).toBe('short');
  });
});

describe('memberChainNames', () => {
  it.each([
    ['passport.authenticate', ['authenticate', 'passport']],
    ["router.route('/x').get", ['get', 'route', 'router']],
    ['(app as Express).use', ['use', 'app']],
    ["app['use']", ['use', 'app']],
    ['a[b].c', ['c', 'a']],
    ['this.guard', ['guard']],
    ['checkJwt', ['checkJwt']],
  ])('%s → %j', (code, names) => {
    expect(memberChainNames(expression(code))).toEqual(names);
  });
});
