import { describe, expect, it } from 'vitest';
import {
  flawOf,
  isVacuousComparand,
  judgeOriginLookup,
  judgeOriginRegex,
  judgeStringCheck,
  judgeWildcardEntry,
  type OriginMatch,
} from '../../src/models/origin-match';

/** The flaw `judgeOriginRegex` finds in `regex` (a literal, or the source of one). */
function regexFlaw(regex: RegExp | string): string | null {
  return flawOf(judgeOriginRegex(typeof regex === 'string' ? regex : regex.source));
}

/** A verdict as one word: `exact`, `loose`, or the flaw; `null` for a method that is not an origin check. */
function verdict(match: OriginMatch | null): string | null {
  if (match === null) return null;
  return match.kind === 'partial' ? match.flaw : match.kind;
}

describe('judgeOriginRegex', () => {
  it.each([
    /^https:\/\/example\.com$/u,
    /^https:\/\/(?:admin|app)\.example\.com$/u,
    /^(?:https:\/\/a\.com|https:\/\/b\.com)$/u,
    /^https:\/\/a\.com$|^https:\/\/b\.com$/u,
    /^https:\/\/(?:[\d\-a-z]+\.)*example\.com$/u,
    /^https:\/\/([\d\-a-z]+\.)?example\.com$/u,
    /^https:\/\/.*\.example\.com$/u,
    /^https?:\/\/localhost(?::\d+)?$/u,
  ])('accepts %s, which pins the whole origin', (regex) => {
    expect(judgeOriginRegex(regex.source)).toEqual({ kind: 'exact' });
  });

  it('accepts a subdomain suffix that starts at a dot, and a scheme-led pattern with an end anchor', () => {
    expect(regexFlaw(/\.example\.com$/u)).toBeNull();
    // An origin holds `//` only before its host, so nothing can stand in front of `https://app.example.com`.
    expect(regexFlaw(/https:\/\/example\.com$/u)).toBeNull();
    expect(regexFlaw(/https:\/\/app\.example\.com$/u)).toBeNull();
  });

  it('accepts a missing end anchor after a port or a path slash, but not after an optional port', () => {
    expect(regexFlaw(/^http:\/\/localhost:\d+/u)).toBeNull();
    expect(regexFlaw(/^http:\/\/localhost:3000/u)).toBeNull();
    expect(regexFlaw(/^https:\/\/[a-z]+\.example\.com\//u)).toBeNull();
    expect(regexFlaw(/^https:\/\/example\.com(?::\d+)?/u)).toBe('unanchoredRegex');
  });

  it.each([
    /example\.com/u,
    /example\.com$/u,
    /^https:\/\/example\.com/u,
    /localhost/u,
    // One unanchored alternative is enough.
    /^https:\/\/a\.com$|^https:\/\/b\.com/u,
    /^https:\/\/a\.com|b\.com$/u,
  ])('flags %s, which misses an anchor', (regex) => {
    expect(regexFlaw(regex)).toBe('unanchoredRegex');
  });

  it('reads an escaped `$` as a character, not an anchor', () => {
    expect(regexFlaw(String.raw`^https:\/\/app\.example\.com\$`)).toBe('unanchoredRegex');
  });

  it('flags an unescaped dot between host letters, also after a group or `\\d`', () => {
    expect(regexFlaw(/^https:\/\/app.example\.com$/u)).toBe('unescapedDot');
    expect(regexFlaw(String.raw`^https:\/\/(www.)?example\.com$`)).toBe('unescapedDot');
    expect(regexFlaw('^https://app.example.com$')).toBe('unescapedDot');
    expect(regexFlaw(String.raw`^https:\/\/app\d.example\.com$`)).toBe('unescapedDot');
    // Inside a character class a dot is literal.
    expect(regexFlaw(/^https:\/\/[.a]+\.example\.com$/u)).toBeNull();
  });

  it('flags a wildcard that runs into the host name', () => {
    expect(regexFlaw(/^https:\/\/.*example\.com$/u)).toBe('wildcardHost');
    expect(regexFlaw(/^https:\/\/\w+example\.com$/u)).toBe('wildcardHost');
  });

  it('recognises patterns that match every origin', () => {
    expect(judgeOriginRegex('.*')).toEqual({ kind: 'partial', flaw: 'matchesEverything' });
    expect(regexFlaw('^.+$')).toBe('matchesEverything');
    expect(regexFlaw('')).toBe('matchesEverything');
    expect(regexFlaw(String.raw`^https?:\/\/.*$`)).toBe('matchesEverything');
    expect(regexFlaw(String.raw`^https:\/\/a\.com$|.*`)).toBe('matchesEverything');
    expect(regexFlaw(String.raw`^https:\/\/.*\.example\.com$`)).toBeNull();
  });

  it('copes with classes, escapes, named groups and brace quantifiers', () => {
    expect(regexFlaw(/^https:\/\/[^.]+\.example\.com$/u)).toBeNull();
    expect(regexFlaw(/^https:\/\/[\w-]{1,63}\.example\.com$/u)).toBeNull();
    expect(regexFlaw(/^https:\/\/(?<sub>[a-z]+)\.example\.com$/u)).toBeNull();
  });
});

describe('judgeStringCheck', () => {
  it('flags substring searches for a host name; a search for a separator is loose', () => {
    expect(verdict(judgeStringCheck('includes', 'example.com'))).toBe('substring');
    expect(verdict(judgeStringCheck('indexOf', 'localhost'))).toBe('substring');
    expect(verdict(judgeStringCheck('lastIndexOf', 'partner.io'))).toBe('substring');
    expect(verdict(judgeStringCheck('includes', '://'))).toBe('loose');
  });

  it('accepts a suffix that starts at a label or at the host, and flags one without a leading dot', () => {
    expect(verdict(judgeStringCheck('endsWith', '.example.com'))).toBe('exact');
    expect(verdict(judgeStringCheck('endsWith', '//example.com'))).toBe('exact');
    expect(verdict(judgeStringCheck('endsWith', '/example.com'))).toBe('exact');
    expect(verdict(judgeStringCheck('endsWith', '://example.com'))).toBe('exact');
    expect(verdict(judgeStringCheck('endsWith', 'example.com'))).toBe('suffixWithoutDot');
    expect(verdict(judgeStringCheck('endsWith', 'example.com', 'host'))).toBe('suffixWithoutDot');
    expect(verdict(judgeStringCheck('endsWith', ''))).toBe('loose');
  });

  it('accepts a prefix whose host a `:` or `/` ends, and flags one that leaves the host open', () => {
    expect(verdict(judgeStringCheck('startsWith', 'https://app.example.com/'))).toBe('exact');
    expect(verdict(judgeStringCheck('startsWith', 'http://localhost:'))).toBe('exact');
    expect(verdict(judgeStringCheck('startsWith', 'https://app.example.com:8'))).toBe('exact');
    expect(verdict(judgeStringCheck('startsWith', 'https://example.com'))).toBe('prefix');
    expect(verdict(judgeStringCheck('startsWith', 'http://localhost'))).toBe('prefix');
  });

  it('reads a scheme, a prefix without `//` or a prefix of a host name as loose', () => {
    expect(verdict(judgeStringCheck('startsWith', 'https://'))).toBe('loose');
    expect(verdict(judgeStringCheck('startsWith', 'http'))).toBe('loose');
    expect(verdict(judgeStringCheck('startsWith', 'app.example.com/'))).toBe('loose');
    expect(verdict(judgeStringCheck('startsWith', 'app.', 'host'))).toBe('loose');
  });

  it('reads match, matchAll and search strings as regular expressions, on an origin only', () => {
    expect(verdict(judgeStringCheck('match', String.raw`example\.com$`))).toBe('unanchoredRegex');
    expect(verdict(judgeStringCheck('match', 'example.com'))).toBe('unescapedDot');
    expect(verdict(judgeStringCheck('matchAll', '.*'))).toBe('matchesEverything');
    expect(verdict(judgeStringCheck('search', String.raw`^https:\/\/example\.com$`))).toBe('exact');
    expect(verdict(judgeStringCheck('match', String.raw`example\.com$`, 'host'))).toBe('loose');
  });

  it('takes localeCompare as a whole comparison, and knows no other method', () => {
    expect(verdict(judgeStringCheck('localeCompare', 'https://example.com'))).toBe('exact');
    expect(judgeStringCheck('padEnd', 'example.com')).toBeNull();
    expect(judgeStringCheck('toLowerCase', '')).toBeNull();
  });
});

describe('isVacuousComparand', () => {
  it('knows the values a comparison with the origin proves nothing by', () => {
    for (const value of ['', '*', null, undefined]) expect(isVacuousComparand(value), String(value)).toBe(true);
    for (const value of ['https://example.com', 'null', 0, false]) expect(isVacuousComparand(value), String(value)).toBe(false);
  });
});

describe('judgeOriginLookup', () => {
  it('flags a string of origins, not a list, a set or an unknown collection', () => {
    expect(verdict(judgeOriginLookup('https://a.example.com,https://b.example.com'))).toBe('substring');
    expect(verdict(judgeOriginLookup(['https://a.example.com']))).toBe('exact');
    expect(verdict(judgeOriginLookup(undefined))).toBe('exact');
  });
});

describe('judgeWildcardEntry', () => {
  it('flags a `*` that runs into host letters, and a lone `*`', () => {
    expect(verdict(judgeWildcardEntry('https://*example.com'))).toBe('wildcardHost');
    expect(verdict(judgeWildcardEntry('*'))).toBe('matchesEverything');
    expect(verdict(judgeWildcardEntry('https://*.example.com'))).toBe('exact');
    expect(verdict(judgeWildcardEntry('http://localhost:*'))).toBe('exact');
    expect(verdict(judgeWildcardEntry('https://app.example.com'))).toBe('exact');
  });
});
