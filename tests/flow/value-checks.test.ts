import type { Rule } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { isCheckedBeforeUse } from '../../src/flow/value-checks';
import { runProbe, type Mode } from '../utils/probe-rule';

/** The result of `isCheckedBeforeUse` for the argument of every `use(...)` call, in source order. */
function probe(code: string, mode: Mode = 'esm'): boolean[] {
  const results: boolean[] = [];
  const rule: Rule.RuleModule = {
    create(context) {
      return {
        'CallExpression[callee.name="use"]'(node: Rule.Node) {
          const call = node as unknown as TSESTree.CallExpression;
          const argument = call.arguments[0];
          if (argument) results.push(isCheckedBeforeUse(argument, context.sourceCode as never));
        },
      };
    },
  };
  runProbe(code, mode, rule);
  return results;
}

describe('isCheckedBeforeUse', () => {
  it.each([
    ['an allow-list check that throws', 'function f(iss) { if (!ALLOWED.includes(iss)) throw new Error(); use(iss); }'],
    ['a Set lookup that returns', 'function f(iss) { if (!ALLOWED.has(iss)) return null; use(`${iss}/jwks`); }'],
    ['a comparison with a constant', 'function f(header) { if (header.jku !== JWKS_URL) { log(); return; } use(header.jku); }'],
    ['a keyed lookup', 'function f(kid) { if (!KEYS[kid]) throw new Error(); use(kid); }'],
    ['a pattern test', 'function f(kid) { if (!/^[a-z]+$/.test(kid)) throw new Error(); use(kid + ".pem"); }'],
    ['a guarded branch', 'function f(tid) { if (TENANTS.includes(tid)) { use(tid); } }'],
    ['a ternary', 'function f(iss) { return TRUSTED.includes(iss) ? use(iss) : null; }'],
    ['a logical and', 'function f(iss) { return isTrustedIssuer(iss) && use(iss); }'],
    ['an assertion', 'function f(iss) { assert(ALLOWED.includes(iss)); use(iss); }'],
    ['a check helper as a statement', 'async function f(jku) { await assertAllowedJku(jku); use(jku); }'],
    ['optional chaining in either place', 'function f(h) { if (!OK.includes(h?.jku)) throw 1; use(h.jku); }'],
    ['a check in a switch case', 'function f(kid) { switch (mode) { case 1: if (!ok.has(kid)) break; use(kid); } }'],
  ])('counts %s', (_name, code) => {
    expect(probe(code)).toEqual([true]);
  });

  it.each([
    ['no check at all', 'function f(iss) { use(iss); }'],
    ['a check after the use', 'function f(iss) { use(iss); if (!ALLOWED.includes(iss)) throw new Error(); }'],
    ['a presence check', 'function f(kid) { if (!kid) throw new Error(); use(kid); }'],
    ['a type check', "function f(iss) { if (typeof iss !== 'string') throw new Error(); use(iss); }"],
    ['a comparison with undefined', 'function f(h) { if (h.jku === undefined) return; use(h.jku); }'],
    ['a check of another member of the same object', "function f(header) { if (header.alg !== 'RS256') throw 1; use(header.jku); }"],
    ['a check that does not exit', 'function f(iss) { if (!ALLOWED.includes(iss)) log(iss); use(iss); }'],
    ['a check in an outer function', 'function f(iss) { if (!ALLOWED.includes(iss)) throw 1; return () => use(iss); }'],
    ['a constant only', "const DIR = '/keys'; function f() { if (DIR === other) return; use(DIR); }"],
  ])('does not count %s', (_name, code) => {
    expect(probe(code)).toEqual([false]);
  });

  it('reads TypeScript', () => {
    expect(probe('function f(iss: string | undefined) { if (!ALLOWED.includes(iss!)) throw new Error(); use(iss as string); }', 'ts')).toEqual([true]);
  });
});
