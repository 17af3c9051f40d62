import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { probeArguments, type Probe } from './probe-arguments';
import {
  alwaysReturnsFalsy,
  collectExits,
  enclosingFunction,
  isFunctionNode,
  isStaticFalsy,
  parameterNames,
  resolveFunction,
  runsUnconditionally,
  type FunctionNode,
} from '../../src/utils/functions';

/** The first argument of every `probe(...)` call in `code` (JavaScript unless `ts`). */
function probes(code: string, { ts = false } = {}): Probe[] {
  return probeArguments(code, { ts });
}

function probe(code: string, options: { ts?: boolean } = {}): Probe {
  const found = probes(code, options);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** `alwaysReturnsFalsy` for the function the single probe's argument resolves to. */
function alwaysFalsy(code: string, options: { ts?: boolean } = {}): boolean {
  const { argument, scope, sourceCode } = probe(code, options);
  const fn = resolveFunction(argument, scope);
  expect(fn).not.toBeNull();
  return alwaysReturnsFalsy(fn!, sourceCode.visitorKeys, scope);
}

describe('alwaysReturnsFalsy', () => {
  it.each([
    ['an arrow returning undefined', 'probe(() => undefined);'],
    ['an arrow returning void 0', 'probe(() => void 0);'],
    ['an arrow returning null', 'probe(() => null);'],
    ['an arrow returning false, 0 or an empty string', "probe(() => false || 0 || '');"],
    ['an empty arrow block', 'probe(() => {});'],
    ['an empty function expression', 'probe(function () {});'],
    ['a block with only a bare return', 'probe(function (host, cert) { return; });'],
    ['a block that logs and falls off the end', 'probe((host, cert) => { console.log(host, cert); });'],
    ['branches that all return a falsy value', 'probe((host) => { if (host) return; else return null; });'],
    ['a const-bound undefined', 'const NOTHING = undefined; probe(() => NOTHING);'],
  ])('is true for %s', (_name, code) => {
    expect(alwaysFalsy(code)).toBe(true);
  });

  it.each([
    ['an arrow returning an Error', "probe(() => new Error('mismatch'));"],
    ['a block returning an Error on one branch', "probe((host, cert) => { if (cert.fingerprint256 !== PIN) return new Error('pin'); });"],
    ['a block returning the result of a check', 'probe((host, cert) => { return tls.checkServerIdentity(host, cert); });'],
    ['an arrow returning true', 'probe(() => true);'],
    ['an arrow returning a run-time value', 'probe((host, cert) => tls.checkServerIdentity(host, cert));'],
    ['a function that throws', "probe(function (host, cert) { if (!ok(cert)) throw new Error('pin'); });"],
    ['a function that only throws', "probe(() => { throw new Error('never trusted'); });"],
    ['an async function', 'probe(async () => undefined);'],
    ['an async function with an empty body', 'probe(async function () {});'],
    ['a generator', 'probe(function* () {});'],
    ['a conditional that may return an Error', "probe((host) => host ? undefined : new Error('no host'));"],
  ])('is false for %s', (_name, code) => {
    expect(alwaysFalsy(code)).toBe(false);
  });

  it('ignores returns and throws of nested functions and classes', () => {
    expect(
      alwaysFalsy(`probe((host, cert) => {
        const fail = () => new Error('nested');
        const explode = function () { throw new Error('nested'); };
        [cert].forEach(function (item) { return true; });
        class Checker { check() { return new Error('method'); } }
        return undefined;
      });`),
    ).toBe(true);
  });

  it('still sees exits inside try, switch, loops and labelled blocks', () => {
    expect(alwaysFalsy(`probe((h) => { try { work(); } catch (error) { return error; } });`)).toBe(false);
    expect(alwaysFalsy(`probe((h) => { switch (h) { case 'a': return new Error('a'); default: return; } });`)).toBe(false);
    expect(alwaysFalsy(`probe((h) => { for (const x of h) { if (x) throw x; } });`)).toBe(false);
    expect(alwaysFalsy(`probe((h) => { done: { if (h) break done; return 'bad'; } });`)).toBe(false);
  });

  it('reads a function body in its own scope, not the caller\'s', () => {
    // The caller sees a module-level `ok` that is undefined; the function returns its own `ok`.
    expect(
      alwaysFalsy(`
        const ok = undefined;
        function check(host, cert) {
          const ok = verify(host, cert);
          return ok;
        }
        function connect() {
          probe(check);
        }
      `),
    ).toBe(false);
  });

  it('works on TypeScript functions', () => {
    expect(alwaysFalsy(`probe((host: string, cert: unknown): undefined => undefined as undefined);`, { ts: true })).toBe(true);
    expect(alwaysFalsy(`probe((host: string): Error | undefined => new Error(host));`, { ts: true })).toBe(false);
  });
});

describe('isStaticFalsy', () => {
  it('treats a missing node as undefined', () => {
    expect(isStaticFalsy(null, null)).toBe(true);
    expect(isStaticFalsy(undefined, null)).toBe(true);
  });

  it('is true for undefined, void of a literal and static falsy values', () => {
    const found = probes(`probe(undefined); probe(void 0); probe(void 'x'); probe(0); probe(''); probe(null); probe(0 / 0); probe(!1);`);
    expect(found).toHaveLength(8);
    for (const { argument, scope } of found) expect(isStaticFalsy(argument, scope)).toBe(true);
    // `undefined` and `void 0` are recognised even without a scope.
    expect(isStaticFalsy(found[0]!.argument, null)).toBe(true);
    expect(isStaticFalsy(found[1]!.argument, null)).toBe(true);
  });

  it('is false for truthy and unknown values', () => {
    const found = probes(`probe(1); probe('no'); probe({}); probe([]); probe(err); probe(check()); probe(process.env.X);`);
    expect(found).toHaveLength(7);
    for (const { argument, scope } of found) expect(isStaticFalsy(argument, scope)).toBe(false);
  });

  it('is true for void of any expression, whose value is always undefined', () => {
    const { argument, scope } = probe(`probe(void check());`);
    expect(isStaticFalsy(argument, scope)).toBe(true);
  });
});

describe('collectExits', () => {
  it('collects the function\'s own return and throw statements only', () => {
    const { argument, scope, sourceCode } = probe(`probe(function (a) {
      if (a) return 1;
      try { throw new Error('x'); } catch { return 2; }
      const inner = () => { return 3; };
      function hoisted() { throw new Error('y'); }
      class C { m() { return 4; } static { inner(); } }
      return;
    });`);
    const fn = resolveFunction(argument, scope);
    expect(fn).not.toBeNull();
    const { returns, throws } = collectExits(fn!, sourceCode.visitorKeys);
    expect(returns.map((statement) => (statement.argument ? sourceCode.getText(statement.argument) : null)).sort()).toEqual(['1', '2', null]);
    expect(throws.map((statement) => sourceCode.getText(statement.argument))).toEqual(["new Error('x')"]);
  });

  it('finds nothing in an expression-bodied arrow', () => {
    const { argument, sourceCode } = probe(`probe(() => { throw 1; } );`);
    expect(isFunctionNode(argument)).toBe(true);
    const exits = collectExits(argument as TSESTree.ArrowFunctionExpression, sourceCode.visitorKeys);
    expect(exits.throws).toHaveLength(1);
    const concise = probe(`probe(() => 1);`);
    expect(collectExits(concise.argument as TSESTree.ArrowFunctionExpression, concise.sourceCode.visitorKeys)).toEqual({
      returns: [],
      throws: [],
      calls: [],
    });
  });

  it('collects the calls of the function itself, not of nested functions', () => {
    const { argument, sourceCode } = probe(`probe((h, c) => { log(h); const f = () => inner(); return check(c) || other(); });`);
    const exits = collectExits(argument as TSESTree.ArrowFunctionExpression, sourceCode.visitorKeys);
    expect(exits.calls.map((call) => sourceCode.getText(call.callee))).toEqual(['log', 'check', 'other']);
  });
});

describe('resolveFunction', () => {
  it('returns a function expression itself', () => {
    const { argument, scope } = probe(`probe(function named() {});`);
    expect(resolveFunction(argument, scope)).toBe(argument);
  });

  it('follows a const bound to an arrow or a function expression', () => {
    const [arrow, expression] = probes(`const a = (h) => undefined; probe(a); const b = function (h, c) {}; probe(b);`);
    const arrowFn = resolveFunction(arrow!.argument, arrow!.scope);
    expect(arrowFn?.type).toBe('ArrowFunctionExpression');
    expect(arrowFn?.params).toHaveLength(1);
    const expressionFn = resolveFunction(expression!.argument, expression!.scope);
    expect(expressionFn?.type).toBe('FunctionExpression');
    expect(expressionFn?.params).toHaveLength(2);
  });

  it('follows a function declaration, also one declared after the use', () => {
    const [before, after] = probes(`
      function verifyHost(host, cert) { return undefined; }
      probe(verifyHost);
      function connect() { probe(later); }
      function later() {}
    `);
    const declared = resolveFunction(before!.argument, before!.scope);
    expect(declared?.type).toBe('FunctionDeclaration');
    expect((declared as TSESTree.FunctionDeclaration).id?.name).toBe('verifyHost');
    const hoisted = resolveFunction(after!.argument, after!.scope);
    expect((hoisted as TSESTree.FunctionDeclaration | null)?.id?.name).toBe('later');
  });

  it('follows a const through an inner scope to the outer declaration', () => {
    const { argument, scope } = probe(`const check = () => null; function connect() { if (x) { probe(check); } }`);
    expect(resolveFunction(argument, scope)?.type).toBe('ArrowFunctionExpression');
  });

  it('does not follow let, var, parameters, imports, calls or members', () => {
    const found = probes(`
      import imported from 'lib';
      let mutable = () => undefined;
      var old = () => undefined;
      function outer(parameter) { probe(parameter); }
      probe(mutable);
      probe(old);
      probe(imported);
      probe(make());
      probe(tls.checkServerIdentity);
      probe(unknownGlobal);
    `);
    expect(found).toHaveLength(7);
    for (const { argument, scope } of found) expect(resolveFunction(argument, scope)).toBeNull();
  });

  it('does not follow a const bound to something other than a function', () => {
    const { argument, scope } = probe(`const check = make(() => undefined); probe(check);`);
    expect(resolveFunction(argument, scope)).toBeNull();
  });

  it('does not follow a name declared twice', () => {
    // Allowed inside a function body (not at module top level): both declarations are definitions of one variable.
    const { argument, scope } = probe(`function outer() { function check() {} function check() { return 1; } probe(check); }`);
    expect(resolveFunction(argument, scope)).toBeNull();
  });
});

describe('runsUnconditionally', () => {
  /** Whether the call to `target()` inside the probed function runs on every call of it. */
  function unconditional(code: string): boolean {
    const { argument, sourceCode } = probe(code);
    const fn = argument as FunctionNode;
    const target = collectExits(fn, sourceCode.visitorKeys).calls.find((call) => sourceCode.getText(call.callee) === 'target');
    if (!target) throw new Error('no target() call');
    return runsUnconditionally(target, fn);
  }

  it.each([
    'probe(() => target());',
    'probe(function (e, cb) { e.preventDefault(); target(true); });',
    'probe(async () => { await prepare(); await target(); });',
    'probe(() => { try { target(); } finally { done(); } });',
    'probe(() => { { target(); } });',
  ])('unconditional: %s', (code) => {
    expect(unconditional(code)).toBe(true);
  });

  it.each([
    'probe(() => { if (ok) target(); });',
    'probe(() => { if (ok) { other(); } else { target(); } });',
    'probe(() => ok ? target() : other());',
    'probe(() => ok && target());',
    'probe(() => { for (const x of xs) target(x); });',
    'probe(() => { switch (k) { case 1: target(); } });',
    'probe(() => { try { other(); } catch { target(); } });',
    'probe(() => { if (target()) other(); });',
  ])('conditional: %s', (code) => {
    expect(unconditional(code)).toBe(false);
  });
});

describe('parameterNames', () => {
  it('names identifier parameters and leaves patterns out', () => {
    const { argument } = probe('probe((event, { url }, [first], callback = noop, ...rest) => {});');
    expect(parameterNames(argument as FunctionNode)).toEqual(['event', null, null, null, null]);
  });
});

describe('enclosingFunction', () => {
  it('is the innermost function around the node', () => {
    const { argument } = probe('function outer() { return () => { probe(x); }; }');
    const fn = enclosingFunction(argument);
    expect(fn?.type).toBe('ArrowFunctionExpression');
    expect(fn && enclosingFunction(fn)?.type).toBe('FunctionDeclaration');
  });

  it('is null at module level', () => {
    expect(enclosingFunction(probe('probe(x);').argument)).toBeNull();
  });
});
