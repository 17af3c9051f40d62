import { describe, expect, it } from 'vitest';
import { probeArguments, type Probe } from './probe-arguments';
import { alwaysReturnsTruthy, isStaticTruthy } from '../../src/utils/always-truthy';
import { resolveFunction } from '../../src/utils/functions';

/** The first argument of every `probe(...)` call in `code` (JavaScript unless `ts`). */
function probes(code: string, { ts = false } = {}): Probe[] {
  return probeArguments(code, { ts });
}

/** `alwaysReturnsTruthy` for the function the single probe's argument resolves to. */
function alwaysTruthy(code: string, options: { ts?: boolean } = {}): boolean {
  const found = probes(code, options);
  expect(found).toHaveLength(1);
  const { argument, scope, sourceCode } = found[0]!;
  const fn = resolveFunction(argument, scope);
  expect(fn).not.toBeNull();
  return alwaysReturnsTruthy(fn!, sourceCode.visitorKeys, scope);
}

describe('alwaysReturnsTruthy', () => {
  it.each([
    ['an arrow returning true', 'probe(() => true);'],
    ['an arrow returning a non-empty string or a number', "probe((ip) => 'yes' && 1);"],
    ['an arrow returning an object', 'probe(() => ({ trusted: false }));'],
    ['a function expression returning true', 'probe(function (ip, hop) { return true; });'],
    ['a block that logs, then returns true', 'probe((ip) => { log(ip); return true; });'],
    ['branches that all return a truthy value', "probe((ip) => { if (ip) { return true; } return 'always'; });"],
    ['a declared function', 'function trustAll(ip) { return true; } probe(trustAll);'],
    ['a const-bound arrow returning a const-bound true', 'const YES = true; const trustAll = () => YES; probe(trustAll);'],
    ['negated zero', 'probe(() => !0);'],
    ['an async function, whose promise is truthy', 'probe(async (ip) => allowed.has(ip));'],
    ['an async function with an empty body', 'probe(async function () {});'],
    ['a generator', 'probe(function* () {});'],
  ])('is true for %s', (_name, code) => {
    expect(alwaysTruthy(code)).toBe(true);
  });

  it.each([
    ['an arrow returning false', 'probe(() => false);'],
    ['an arrow comparing the address', "probe((ip) => ip === '10.0.0.1');"],
    ['an arrow checking the hop', 'probe((ip, hop) => hop < 1);'],
    ['an empty block', 'probe(() => {});'],
    ['a block that may fall off its end', 'probe((ip) => { if (ip === LB) return true; });'],
    ['a block with one falsy return', 'probe((ip) => { if (blocked.has(ip)) return false; return true; });'],
    ['a bare return', 'probe(function () { return; });'],
    ['a block that throws', "probe((ip) => { if (!ip) throw new Error('no address'); return true; });"],
    ['a block ending in a loop', 'probe((ips) => { for (const ip of ips) return true; });'],
    ['a run-time value', 'probe((ip) => allowed.has(ip));'],
  ])('is false for %s', (_name, code) => {
    expect(alwaysTruthy(code)).toBe(false);
  });

  it('ignores returns of nested functions', () => {
    expect(alwaysTruthy('probe((ip) => { const check = () => false; list.filter(function () { return 0; }); return true; });')).toBe(true);
    expect(alwaysTruthy('probe((ip) => { const yes = () => true; return yes(ip) && false; });')).toBe(false);
  });

  it('works on TypeScript functions', () => {
    expect(alwaysTruthy('probe((ip: string, hop: number): boolean => true as boolean);', { ts: true })).toBe(true);
    expect(alwaysTruthy('probe((ip: string): boolean => ip.startsWith("10."));', { ts: true })).toBe(false);
  });
});

describe('isStaticTruthy', () => {
  it('is true for static truthy values and object-building expressions', () => {
    const found = probes(`probe(true); probe(1); probe('x'); probe({}); probe([]); probe(() => 0); probe(new Set()); probe(class {}); probe(!0);`);
    expect(found).toHaveLength(9);
    for (const { argument, scope } of found) expect(isStaticTruthy(argument, scope)).toBe(true);
  });

  it('is false for falsy, unknown and missing values', () => {
    const found = probes(`probe(false); probe(0); probe(''); probe(null); probe(undefined); probe(flag); probe(check()); probe(process.env.X);`);
    expect(found).toHaveLength(8);
    for (const { argument, scope } of found) expect(isStaticTruthy(argument, scope)).toBe(false);
    expect(isStaticTruthy(null, null)).toBe(false);
  });
});
