import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { simpleTraverse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { conditionPolarity, isUnderDevelopmentGuard } from '../../src/utils/dev-guard';

/** Parses `code` and returns the node marked by the identifier `TARGET`. */
function target(code: string): TSESTree.Node {
  const ast = parse(code, { range: true, loc: true });
  const found: TSESTree.Node[] = [];
  simpleTraverse(
    ast,
    {
      enter: (node) => {
        if (node.type === AST_NODE_TYPES.Identifier && node.name === 'TARGET') found.push(node);
      },
    },
    true,
  );
  const [first] = found;
  if (!first) throw new Error('no TARGET in code');
  return first;
}

function condition(code: string): TSESTree.Node {
  const ast = parse(`(${code});`, { range: true });
  const statement = ast.body[0] as TSESTree.ExpressionStatement;
  return statement.expression;
}

describe('conditionPolarity', () => {
  it.each([
    ["process.env.NODE_ENV === 'development'", 'development'],
    ["'test' == process.env.NODE_ENV", 'development'],
    ["process.env.NODE_ENV !== 'production'", 'development'],
    ["process.env.NODE_ENV === 'production'", 'production'],
    ["env === `local`", 'development'],
    ['isDev', 'development'],
    ['config.isDevelopment', 'development'],
    ['import.meta.env.DEV', 'development'],
    ['__DEV__', 'development'],
    ['!isProd', 'development'],
    ['!isDev', 'production'],
    ['isProduction', 'production'],
    ['isDev && allowSelfSigned', 'development'],
    ['options?.isLocal', 'development'],
  ])('%s → %s', (code, expected) => {
    expect(conditionPolarity(condition(code))).toBe(expected);
  });

  it.each(['isDev || flag', 'device', 'isDeveloper', "mode === 'staging'", 'process.env.ALLOW_SELF_SIGNED', "NODE_ENV === someValue", 'dev()'])(
    '%s is not an environment check',
    (code) => {
      expect(conditionPolarity(condition(code))).toBeNull();
    },
  );
});

describe('isUnderDevelopmentGuard', () => {
  it.each([
    "if (process.env.NODE_ENV === 'development') { TARGET; }",
    'if (isProd) { other(); } else { TARGET; }',
    'const a = isDev ? TARGET : other;',
    'const a = isProduction ? other : TARGET;',
    'const a = isDev && TARGET;',
    'if (isDev) { if (flag) { use({ x: TARGET }); } }',
  ])('guarded: %s', (code) => {
    expect(isUnderDevelopmentGuard(target(code))).toBe(true);
  });

  it.each([
    'TARGET;',
    'if (isDev) { other(); } else { TARGET; }',
    'if (isDev || flag) { TARGET; }',
    'const a = isDev ? other : TARGET;',
    'const a = isDev || TARGET;',
    'if (TARGET) { other(); }',
    'if (isDev) { register(() => TARGET); }',
    'if (isDev) { register(function () { return TARGET; }); }',
  ])('not guarded: %s', (code) => {
    expect(isUnderDevelopmentGuard(target(code))).toBe(false);
  });
});
