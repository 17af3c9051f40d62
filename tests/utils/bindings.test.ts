import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { bindingSource, findBinding } from '../../src/utils/bindings';
import { probeArgument } from './probe-arguments';

function sourceOf(code: string) {
  const { argument, scope } = probeArgument(code);
  expect(argument.type).toBe(AST_NODE_TYPES.Identifier);
  return bindingSource(argument as TSESTree.Identifier, scope);
}

describe('bindingSource', () => {
  it('follows a const, and a let that is never reassigned', () => {
    const source = sourceOf('const token = result.idToken; probe(token);');
    expect(source?.kind).toBe('value');
    expect(source?.kind === 'value' && source.value.type).toBe(AST_NODE_TYPES.MemberExpression);
    expect(sourceOf('let token = result.idToken; probe(token);')?.kind).toBe('value');
  });

  it('gives up on reassigned, uninitialised, imported and global names', () => {
    expect(sourceOf('let token = a; token = b; probe(token);')).toBeNull();
    expect(sourceOf('let token; token = a; probe(token);')).toBeNull();
    expect(sourceOf("import { token } from './t'; probe(token);")).toBeNull();
    expect(sourceOf('probe(token);')).toBeNull();
    expect(sourceOf('for (const token of tokens) probe(token);')).toBeNull();
  });

  it('reads one level of object destructuring, with a default or a renamed key', () => {
    const source = sourceOf('const { idToken: jwt = "" } = await acquire(); probe(jwt);');
    expect(source?.kind === 'property' && source.key).toBe('idToken');
    expect(sourceOf("const { ['id_token']: t } = tokens; probe(t);")).toMatchObject({ kind: 'property', key: 'id_token' });
    expect(sourceOf('const { a: { idToken } } = tokens; probe(idToken);')).toBeNull();
    expect(sourceOf('const [token] = tokens; probe(token);')).toBeNull();
  });

  it('names the function and position of a parameter', () => {
    const source = sourceOf('function parse(header, token = "") { probe(token); }');
    expect(source?.kind === 'parameter' && source.index).toBe(1);
    expect(sourceOf('const f = (token) => { token = token.trim(); probe(token); };')).toBeNull();
    expect(sourceOf('class A { constructor(private token: string) { probe(token); } }')).toMatchObject({ kind: 'parameter', index: 0 });
  });
});

describe('findBinding', () => {
  it('resolves in the identifier\'s own scope', () => {
    const { argument, scope } = probeArgument('const token = 1; function f() { const token = 2; probe(token); }');
    const variable = findBinding(argument as TSESTree.Identifier, scope);
    expect(variable?.defs[0]?.node.range[0]).toBeGreaterThan(20);
  });
});
