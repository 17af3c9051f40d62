import { describe, expect, it } from 'vitest';
import { isBlocklistTest, testPolarity } from '../../src/flow/decision-polarity';
import { probeArgument } from '../utils/probe-arguments';

// The tested value is marked by wrapping it in `probe(...)`: a call the climb passes through like any predicate's.

function polarity(condition: string): string | null {
  return testPolarity(probeArgument(`if (${condition}) { return deny(); }`).argument)?.polarity ?? null;
}

function isBlocklist(code: string): boolean {
  return isBlocklistTest(probeArgument(code).argument);
}

describe('testPolarity', () => {
  it('reads a match as positive', () => {
    expect(polarity('banned.has(probe(ip))')).toBe('positive');
    expect(polarity("probe(ip) === '203.0.113.9'")).toBe('positive');
    expect(polarity("probe(ip).startsWith('10.')")).toBe('positive');
    expect(polarity("ipaddr.parse(probe(ip)).range() === 'private'")).toBe('positive');
    expect(polarity('list.indexOf(probe(ip)) !== -1')).toBe('positive');
    expect(polarity('ip && banned.has(probe(ip))')).toBe('positive');
    expect(polarity('(await lookup(probe(ip)))?.blocked')).toBe('positive');
  });

  it('reads a negated match as negative', () => {
    expect(polarity('!allowed.has(probe(ip))')).toBe('negative');
    expect(polarity("probe(ip) !== '127.0.0.1'")).toBe('negative');
    expect(polarity('allowed.indexOf(probe(ip)) === -1')).toBe('negative');
    expect(polarity('allowed.indexOf(probe(ip)) < 0')).toBe('negative');
    expect(polarity('allowed.includes(probe(ip)) === false')).toBe('negative');
    expect(polarity('!(allowed as Set<string>).has(probe(ip))')).toBe('negative');
    expect(polarity('!ip || !allowed.includes(probe(ip))')).toBe('negative');
  });

  it('gives up outside a recognisable test', () => {
    expect(polarity('(probe(ip) + 1) * 2 > limit')).toBeNull();
    expect(polarity('(x = probe(ip))')).toBeNull();
    expect(polarity('table[probe(ip)]')).toBeNull();
    expect(testPolarity(probeArgument('const ok = allowed.has(probe(ip));').argument)).toBeNull();
  });
});

describe('isBlocklistTest', () => {
  it('knows an early exit for listed values', () => {
    expect(isBlocklist('if (banned.has(probe(ip))) return res.sendStatus(403);')).toBe(true);
    expect(isBlocklist("if (probe(ip) === '203.0.113.9') throw new ForbiddenException();")).toBe(true);
  });

  it('does not take an allowlist, an if/else or a ternary for one', () => {
    expect(isBlocklist('if (!allowed.has(probe(ip))) return res.sendStatus(403);')).toBe(false);
    expect(isBlocklist('if (banned.has(probe(ip))) { deny(); } else { next(); }')).toBe(false);
    expect(isBlocklist('const result = banned.has(probe(ip)) ? deny() : next();')).toBe(false);
  });
});
