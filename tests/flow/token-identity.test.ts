import type { Rule } from 'eslint';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { decodedTokenOf, isSameToken, signatureCheckingSites } from '../../src/flow/token-identity';
import { getVerifierSites } from '../../src/utils/verifier-calls';
import { runProbe, type Mode } from '../utils/probe-rule';

interface Result {
  /** Text of the token `decodedTokenOf` finds for the argument of each `peek(...)`. */
  readonly tokens: (string | null)[];
  /** `isSameToken` for the two arguments of each `same(a, b)`. */
  readonly same: boolean[];
  /** Text of the token of each signature-checking site. */
  readonly checking: string[];
}

function probe(code: string, mode: Mode = 'esm'): Result {
  const result: Result = { tokens: [], same: [], checking: [] };
  const rule: Rule.RuleModule = {
    create(context) {
      const sourceCode = context.sourceCode as never;
      const calls: TSESTree.CallExpression[] = [];
      return {
        CallExpression(node: Rule.Node) {
          calls.push(node as unknown as TSESTree.CallExpression);
        },
        'Program:exit'() {
          const sites = getVerifierSites(context as never);
          for (const call of calls) {
            const callee = call.callee;
            if (callee.type !== AST_NODE_TYPES.Identifier) continue;
            const [first, second] = call.arguments;
            if (callee.name === 'peek' && first) {
              const token = decodedTokenOf(first, sites, sourceCode);
              result.tokens.push(token ? context.sourceCode.getText(token as never) : null);
            } else if (callee.name === 'same' && first && second) {
              result.same.push(isSameToken(first, second, sourceCode));
            }
          }
          for (const site of signatureCheckingSites(sites, sourceCode)) {
            if (site.tokenNode) result.checking.push(context.sourceCode.getText(site.tokenNode as never));
          }
        },
      };
    },
  };
  runProbe(code, mode, rule);
  return result;
}

describe('decodedTokenOf', () => {
  it('finds the token of decode calls and hand-written decoding', () => {
    const { tokens } = probe(`import jwt from 'jsonwebtoken';
import { jwtDecode } from 'jwt-decode';
peek(jwt.decode(token));
peek(jwt.decode(req.headers.authorization, { complete: true }).header);
peek(jwtDecode(bearer).sub);
peek(JSON.parse(Buffer.from(raw.split('.')[1], 'base64url').toString()));
peek(JSON.parse(atob(cookie.split('.')[1])).role);
peek(header);`);
    expect(tokens).toEqual(['token', 'req.headers.authorization', 'bearer', 'raw', 'cookie', null]);
  });

  it('reads through await and TypeScript wrappers', () => {
    const { tokens } = probe(`import { decodeJwt } from 'jose';
async function f(t: string) { peek((await decodeJwt(t!)) as Claims); }`, 'ts');
    expect(tokens).toEqual(['t!']);
  });
});

describe('isSameToken', () => {
  it('matches the same variable, the same member path, and a const bound to that path', () => {
    const { same } = probe(`function f(req, token, other) {
  const bearer = req.headers.authorization;
  same(token, token);
  same(req.headers.authorization, req?.headers.authorization);
  same(bearer, req.headers.authorization);
  same(token, other);
  same(req.headers.authorization, req.headers.cookie);
}`);
    expect(same).toEqual([true, true, true, false, false]);
  });
});

describe('signatureCheckingSites', () => {
  it('keeps verify calls and drops decoders and jwt-simple with noVerify', () => {
    const { checking } = probe(`const jwt = require('jsonwebtoken');
const simple = require('jwt-simple');
jwt.verify(a, key);
jwt.decode(b);
simple.decode(c, key);
simple.decode(d, key, true);`, 'cjs');
    expect(checking).toEqual(['a', 'c']);
  });
});
