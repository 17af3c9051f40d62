import { describe, expect, it } from 'vitest';
import { CORS_APIS, FLAVORS, corsHeaderOf, isCredentialsOn, isRequestName } from '../../src/models/cors';

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
