import { describe, expect, it } from 'vitest';
import {
  CORS_APIS,
  FLAVORS,
  corsHeaderOf,
  hapiWildcardFlaw,
  isCredentialsOn,
  isRequestName,
  judgeOriginRegex,
  stringCheckFlaw,
} from '../../src/models/cors';

/** The flaw `judgeOriginRegex` finds in the source of `regex`. */
function flawOf(regex: RegExp): string | null {
  return judgeOriginRegex(regex.source).flaw;
}

describe('judgeOriginRegex', () => {
  it('accepts patterns that pin the whole origin', () => {
    expect(flawOf(/^https:\/\/example\.com$/u)).toBeNull();
    expect(flawOf(/^https:\/\/(?:admin|app)\.example\.com$/u)).toBeNull();
    expect(flawOf(/^(?:https:\/\/a\.com|https:\/\/b\.com)$/u)).toBeNull();
    expect(flawOf(/^https:\/\/(?:[\d\-a-z]+\.)*example\.com$/u)).toBeNull();
    expect(flawOf(/^https:\/\/.*\.example\.com$/u)).toBeNull();
    expect(flawOf(/^https?:\/\/localhost(?::\d+)?$/u)).toBeNull();
  });

  it('accepts a subdomain suffix that starts at a dot, and a scheme-led pattern with an end anchor', () => {
    expect(flawOf(/\.example\.com$/u)).toBeNull();
    expect(flawOf(/https:\/\/example\.com$/u)).toBeNull();
  });

  it('accepts a missing end anchor after a port, but not after an optional one', () => {
    expect(flawOf(/^http:\/\/localhost:\d+/u)).toBeNull();
    expect(flawOf(/^http:\/\/localhost:3000/u)).toBeNull();
    expect(flawOf(/^https:\/\/example\.com(?::\d+)?/u)).toBe('unanchoredRegex');
  });

  it('flags missing anchors', () => {
    expect(flawOf(/example\.com/u)).toBe('unanchoredRegex');
    expect(flawOf(/example\.com$/u)).toBe('unanchoredRegex');
    expect(flawOf(/^https:\/\/example\.com/u)).toBe('unanchoredRegex');
    expect(flawOf(/localhost/u)).toBe('unanchoredRegex');
    // One unanchored alternative is enough.
    expect(flawOf(/^https:\/\/a\.com$|^https:\/\/b\.com/u)).toBe('unanchoredRegex');
  });

  it('flags an unescaped dot between host letters', () => {
    expect(flawOf(/^https:\/\/app.example\.com$/u)).toBe('unescapedDot');
    expect(judgeOriginRegex(String.raw`^https:\/\/(www.)?example\.com$`).flaw).toBe('unescapedDot');
    expect(judgeOriginRegex('^https://app.example.com$').flaw).toBe('unescapedDot');
  });

  it('flags a wildcard that runs into the host name', () => {
    expect(flawOf(/^https:\/\/.*example\.com$/u)).toBe('wildcardHost');
    expect(flawOf(/^https:\/\/\w+example\.com$/u)).toBe('wildcardHost');
  });

  it('recognises patterns that match every origin', () => {
    expect(judgeOriginRegex('.*')).toEqual({ matchesAny: true, flaw: null });
    expect(judgeOriginRegex('^.+$').matchesAny).toBe(true);
    expect(judgeOriginRegex(String.raw`^https?:\/\/.*$`).matchesAny).toBe(true);
    expect(judgeOriginRegex(String.raw`^https:\/\/.*\.example\.com$`).matchesAny).toBe(false);
  });

  it('copes with classes, escapes, named groups and brace quantifiers', () => {
    expect(flawOf(/^https:\/\/[^.]+\.example\.com$/u)).toBeNull();
    expect(flawOf(/^https:\/\/[\w-]{1,63}\.example\.com$/u)).toBeNull();
    expect(flawOf(/^https:\/\/(?<sub>[a-z]+)\.example\.com$/u)).toBeNull();
    expect(flawOf(/^https:\/\/[a-z]+\.example\.com\//u)).toBeNull();
  });
});

describe('stringCheckFlaw', () => {
  it('flags substring checks on host names only', () => {
    expect(stringCheckFlaw('includes', 'example.com')).toBe('substring');
    expect(stringCheckFlaw('indexOf', 'localhost')).toBe('substring');
    expect(stringCheckFlaw('includes', '://')).toBeNull();
  });

  it('flags endsWith without a leading dot', () => {
    expect(stringCheckFlaw('endsWith', 'example.com')).toBe('suffixWithoutDot');
    expect(stringCheckFlaw('endsWith', '.example.com')).toBeNull();
    expect(stringCheckFlaw('endsWith', '://example.com')).toBeNull();
    expect(stringCheckFlaw('endsWith', 'example.com', 'host')).toBe('suffixWithoutDot');
  });

  it('flags startsWith with a host prefix, not a scheme or a host ended by a port', () => {
    expect(stringCheckFlaw('startsWith', 'https://example.com')).toBe('prefix');
    expect(stringCheckFlaw('startsWith', 'http://localhost')).toBe('prefix');
    expect(stringCheckFlaw('startsWith', 'https://')).toBeNull();
    expect(stringCheckFlaw('startsWith', 'http')).toBeNull();
    expect(stringCheckFlaw('startsWith', 'http://localhost:')).toBeNull();
    expect(stringCheckFlaw('startsWith', 'app.', 'host')).toBeNull();
  });

  it('reads match/search strings as regular expressions', () => {
    expect(stringCheckFlaw('match', String.raw`example\.com$`)).toBe('unanchoredRegex');
    expect(stringCheckFlaw('search', String.raw`^https:\/\/example\.com$`)).toBeNull();
    expect(stringCheckFlaw('padEnd', 'example.com')).toBeNull();
  });
});

describe('hapiWildcardFlaw', () => {
  it('flags a `*` that runs into host letters', () => {
    expect(hapiWildcardFlaw('https://*example.com')).toBe('wildcardHost');
    expect(hapiWildcardFlaw('https://*.example.com')).toBeNull();
    expect(hapiWildcardFlaw('http://localhost:*')).toBeNull();
    expect(hapiWildcardFlaw('*')).toBeNull();
    expect(hapiWildcardFlaw('https://app.example.com')).toBeNull();
  });
});

describe('headers and request names', () => {
  it('recognises the CORS response headers in any case', () => {
    expect(corsHeaderOf('Access-Control-Allow-Origin')).toBe('origin');
    expect(corsHeaderOf('access-control-allow-credentials')).toBe('credentials');
    expect(corsHeaderOf('Access-Control-Allow-Methods')).toBeNull();
  });

  it('reads the credentials header value', () => {
    expect(isCredentialsOn(true)).toBe(true);
    expect(isCredentialsOn('true')).toBe(true);
    expect(isCredentialsOn(' TRUE ')).toBe(true);
    expect(isCredentialsOn('false')).toBe(false);
    expect(isCredentialsOn(undefined)).toBe(false);
  });

  it('knows what a request object is called', () => {
    for (const name of ['req', 'request', 'ctx', 'c', 'event', 'incomingRequest', 'httpReq']) expect(isRequestName(name), name).toBe(true);
    for (const name of ['config', 'settings', 'map', 'cache']) expect(isRequestName(name), name).toBe(false);
  });
});

describe('library semantics', () => {
  it('gives every tracked API a flavor with known semantics and an option position', () => {
    for (const api of CORS_APIS) {
      expect(FLAVORS[api.flavor]).toBeDefined();
      expect(api.optionArguments.length).toBeGreaterThan(0);
    }
  });

  it('records what an unset origin and a wildcard do with credentials', () => {
    expect(FLAVORS.cors.unsetOrigin).toEqual({ withoutCredentials: 'wildcard', withCredentials: 'wildcard' });
    expect(FLAVORS.koa.unsetOrigin?.withCredentials).toBe('reflect');
    expect(FLAVORS.koa.wildcardWithCredentials).toBe('reflect');
    expect(FLAVORS.koa2.wildcardWithCredentials).toBe('dropsCredentials');
    expect(FLAVORS.hapi.wildcardInArray).toBe('reflect');
    expect(FLAVORS.fastify.wildcardInArray).toBe('wildcard');
    expect(FLAVORS.cors.wildcardInArray).toBe('literal');
    expect(FLAVORS.generic.unsetOrigin).toBeNull();
  });
});
