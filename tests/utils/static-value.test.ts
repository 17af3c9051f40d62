import * as tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { constInitializer, getStatic, getStaticString, isStaticValue, rootScope } from '../../src/utils/static-value';

interface Probe {
  readonly node: TSESTree.Node | undefined;
  readonly scope: TSESLint.Scope.Scope;
}

/** The first argument of every `probe(...)` call in `code`, with the scope of the call. */
function probes(code: string, { ts = false } = {}): Probe[] {
  const found: Probe[] = [];
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'CallExpression[callee.name="probe"]'(call: TSESTree.CallExpression) {
          found.push({ node: call.arguments[0], scope: context.sourceCode.getScope(call) });
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/probe': 'error' },
    },
  ];
  if (ts) config.push({ files: ['**/*.ts'], languageOptions: { parser: tsParser } });
  expect(new Linter().verify(code, config, ts ? 'fixture.ts' : 'fixture.js')).toEqual([]);
  return found;
}

function probe(code: string, options: { ts?: boolean } = {}): Probe {
  const found = probes(code, options);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** `getStatic` of the single probe's argument. */
function valueOf(code: string, options: { ts?: boolean } = {}): { value: unknown } | null {
  const { node, scope } = probe(code, options);
  return getStatic(node, scope);
}

describe('getStatic', () => {
  it('reads literals', () => {
    expect(valueOf(`probe('https://example.com');`)).toEqual({ value: 'https://example.com' });
    expect(valueOf(`probe(443);`)).toEqual({ value: 443 });
    expect(valueOf(`probe(false);`)).toEqual({ value: false });
    expect(valueOf(`probe(true);`)).toEqual({ value: true });
    expect(valueOf(`probe(null);`)).toEqual({ value: null });
  });

  it('reads a template literal with constant parts', () => {
    expect(valueOf('probe(`plain`);')).toEqual({ value: 'plain' });
    expect(valueOf('const host = "db"; probe(`postgres://${host}:${5432}/app`);')).toEqual({ value: 'postgres://db:5432/app' });
  });

  it('reads constant concatenation and arithmetic', () => {
    expect(valueOf(`probe('no-' + 'verify');`)).toEqual({ value: 'no-verify' });
    expect(valueOf(`probe('port:' + (400 + 43));`)).toEqual({ value: 'port:443' });
    expect(valueOf(`probe(!true);`)).toEqual({ value: false });
    expect(valueOf(`probe(-0);`)).toEqual({ value: -0 });
  });

  it('follows a chain of const bindings', () => {
    expect(valueOf(`const a = 'no'; const b = a + '-'; const c = \`\${b}verify\`; probe(c);`)).toEqual({ value: 'no-verify' });
    expect(valueOf(`const off = false; const verify = off; probe(verify);`)).toEqual({ value: false });
  });

  it('follows a const declared in an outer scope after the use', () => {
    expect(valueOf(`function f() { probe(MODE); } const MODE = 'no-verify';`)).toEqual({ value: 'no-verify' });
  });

  it('does not follow let, var, parameters or reassigned bindings', () => {
    expect(valueOf(`let mode = 'x'; mode = load(); probe(mode);`)).toBeNull();
    expect(valueOf(`function f(mode) { probe(mode); }`)).toBeNull();
    expect(valueOf(`var mode = 'x'; mode = load(); probe(mode);`)).toBeNull();
  });

  it('has no value for process.env reads and other run-time values', () => {
    expect(valueOf(`probe(process.env.NODE_TLS_REJECT_UNAUTHORIZED);`)).toBeNull();
    expect(valueOf(`probe(process.env['NODE_TLS_REJECT_UNAUTHORIZED']);`)).toBeNull();
    expect(valueOf(`probe(process.env.X === '0');`)).toBeNull();
    expect(valueOf(`probe(load());`)).toBeNull();
    expect(valueOf(`probe(\`\${load()}\`);`)).toBeNull();
    expect(valueOf(`probe(unknownGlobal);`)).toBeNull();
  });

  it('reads the builtin undefined as a known value, unlike an unknown identifier', () => {
    expect(valueOf(`probe(undefined);`)).toEqual({ value: undefined });
    expect(valueOf(`probe(void 0);`)).toEqual({ value: undefined });
  });

  it('returns null for a missing node', () => {
    const { node, scope } = probe(`probe();`);
    expect(node).toBeUndefined();
    expect(getStatic(node, scope)).toBeNull();
    expect(getStatic(null)).toBeNull();
  });

  it('reads literals without a scope but not identifiers', () => {
    const [literal, identifier] = probes(`const verify = false; probe('x'); probe(verify);`);
    expect(getStatic(literal!.node)).toEqual({ value: 'x' });
    expect(getStatic(literal!.node, null)).toEqual({ value: 'x' });
    expect(getStatic(identifier!.node)).toBeNull();
    expect(getStatic(identifier!.node, identifier!.scope)).toEqual({ value: false });
  });

  it('resolves names in a followed initializer in its own scope, not the caller\'s', () => {
    expect(
      valueOf(`
        const mode = 'verify-full';
        const setting = mode;
        function connect() {
          const mode = 'no-verify';
          probe(setting);
        }
      `),
    ).toEqual({ value: 'verify-full' });
  });

  it('sees through TypeScript wrappers', () => {
    expect(valueOf(`probe('x' as const);`, { ts: true })).toEqual({ value: 'x' });
    expect(valueOf(`const mode = 'no-verify' as const; probe(mode);`, { ts: true })).toEqual({ value: 'no-verify' });
    expect(valueOf(`probe(false satisfies boolean);`, { ts: true })).toEqual({ value: false });
    expect(valueOf(`const verify: boolean = false; probe(verify!);`, { ts: true })).toEqual({ value: false });
  });
});

describe('getStaticString', () => {
  it('returns strings only', () => {
    const [text, number, flag, dynamic] = probes(`probe('a' + 'b'); probe(1); probe(false); probe(load());`);
    expect(getStaticString(text!.node, text!.scope)).toBe('ab');
    expect(getStaticString(number!.node, number!.scope)).toBeNull();
    expect(getStaticString(flag!.node, flag!.scope)).toBeNull();
    expect(getStaticString(dynamic!.node, dynamic!.scope)).toBeNull();
  });

  it('returns the empty string, which is not null', () => {
    const { node, scope } = probe(`probe('');`);
    expect(getStaticString(node, scope)).toBe('');
  });
});

describe('isStaticValue', () => {
  it('compares with Object.is', () => {
    const [zero, negativeZero, notANumber, falseValue, text] = probes(`probe(0); probe(-0); probe(0 / 0); probe(false); probe('0');`);
    expect(isStaticValue(zero!.node, zero!.scope, 0)).toBe(true);
    expect(isStaticValue(zero!.node, zero!.scope, -0)).toBe(false);
    expect(isStaticValue(negativeZero!.node, negativeZero!.scope, -0)).toBe(true);
    expect(isStaticValue(notANumber!.node, notANumber!.scope, Number.NaN)).toBe(true);
    expect(isStaticValue(falseValue!.node, falseValue!.scope, false)).toBe(true);
    expect(isStaticValue(falseValue!.node, falseValue!.scope, 0)).toBe(false);
    expect(isStaticValue(text!.node, text!.scope, '0')).toBe(true);
    expect(isStaticValue(text!.node, text!.scope, 0)).toBe(false);
  });

  it('is false for an unknown value, even when expecting undefined', () => {
    const [unknown, undefinedValue] = probes(`probe(process.env.X); probe(undefined);`);
    expect(isStaticValue(unknown!.node, unknown!.scope, undefined)).toBe(false);
    expect(isStaticValue(undefinedValue!.node, undefinedValue!.scope, undefined)).toBe(true);
  });
});

describe('rootScope', () => {
  it('returns the global scope from a nested scope', () => {
    const { scope } = probe(`function outer() { { const inner = () => probe(1); } }`);
    expect(scope.type).toBe('function');
    const root = rootScope(scope);
    expect(root.type).toBe('global');
    expect(root.upper).toBeNull();
    expect(rootScope(root)).toBe(root);
  });
});

describe('constInitializer', () => {
  /** The source text of the initializer `constInitializer` finds for the single probe's identifier argument. */
  function initializerText(code: string): string | null {
    const { node, scope } = probe(code);
    if (node?.type !== AST_NODE_TYPES.Identifier) throw new Error('probe an identifier');
    const init = constInitializer(node, scope);
    return init ? code.slice(init.range[0], init.range[1]) : null;
  }

  it('finds the initializer of a single const, declared before or after the use', () => {
    expect(initializerText(`const url = base + '/token'; probe(url);`)).toBe(`base + '/token'`);
    expect(initializerText(`function f() { probe(URL_BASE); } const URL_BASE = load();`)).toBe('load()');
  });

  it('resolves the name in its own scope, not a shadowing one', () => {
    expect(initializerText(`const mode = 'outer'; function f(mode) {} probe(mode);`)).toBe(`'outer'`);
  });

  it('has none for let, var, destructuring, parameters, functions and unknown names', () => {
    expect(initializerText(`let url = 'a'; probe(url);`)).toBeNull();
    expect(initializerText(`var url = 'a'; probe(url);`)).toBeNull();
    expect(initializerText(`const { url } = config; probe(url);`)).toBeNull();
    expect(initializerText(`function f(url) { probe(url); }`)).toBeNull();
    expect(initializerText(`function url() {} probe(url);`)).toBeNull();
    expect(initializerText(`probe(url);`)).toBeNull();
  });
});
