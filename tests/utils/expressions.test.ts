import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, calleeWords, memberKey, rootIdentifier, unwrapValue } from '../../src/utils/expressions';
import { probeArgument } from './probe-arguments';

describe('unwrapValue', () => {
  it('removes casts, non-null assertions and optional chains', () => {
    const { argument } = probeArgument('probe((result?.idToken as string)!);');
    const inner = unwrapValue(argument);
    expect(inner.type).toBe('MemberExpression');
  });
});

describe('memberKey', () => {
  it('reads dot, string and const keys, not dynamic ones', () => {
    const key = (code: string) => {
      const { argument, scope } = probeArgument(code);
      return memberKey(unwrapValue(argument) as TSESTree.MemberExpression, scope);
    };
    expect(key('probe(a.idToken);')).toBe('idToken');
    expect(key("probe(a['id_token']);")).toBe('id_token');
    expect(key("const K = 'idToken'; probe(a[K]);")).toBe('idToken');
    expect(key('probe(a[k]);')).toBeNull();
  });
});

describe('calleeName and calleeWords', () => {
  const callee = (code: string) => {
    const { argument, scope } = probeArgument(code);
    return { callee: (argument as TSESTree.CallExpression).callee, scope };
  };

  it('names plain and member callees', () => {
    const plain = callee('probe(jwtDecode(t));');
    expect(calleeName(plain.callee)).toBe('jwtDecode');
    expect(calleeWords(plain.callee)).toEqual(['jwt', 'decode']);
    const member = callee('probe(jwt.decode(t));');
    expect(calleeName(member.callee)).toBe('decode');
    expect(calleeWords(member.callee)).toEqual(['jwt', 'decode']);
    const deep = callee('probe(this.helper.decodeToken(t));');
    expect(calleeWords(deep.callee)).toEqual(['decode', 'token']);
    const computed = callee('probe(fns[name](t));');
    expect(calleeName(computed.callee, computed.scope)).toBeNull();
    expect(calleeWords(computed.callee, computed.scope)).toEqual([]);
  });
});

describe('rootIdentifier', () => {
  it('finds the start of member and call chains', () => {
    expect(rootIdentifier(probeArgument("probe(req.headers['x-id-token'].trim());").argument)?.name).toBe('req');
    expect(rootIdentifier(probeArgument('probe(this.req.headers);').argument)).toBeNull();
  });
});
