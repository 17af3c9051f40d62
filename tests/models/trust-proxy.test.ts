import { describe, expect, it } from 'vitest';
import {
  FASTIFY_APIS,
  KOA_APIS,
  expressValueTrustsEveryHop,
  fastifyValueTrustsEveryHop,
  koaHeaderIsForwardedFor,
  koaMaxIpsLimits,
  koaProxyEnabled,
} from '../../src/models/trust-proxy';

describe('expressValueTrustsEveryHop', () => {
  it('is true for `true` and an endless hop count', () => {
    expect(expressValueTrustsEveryHop(true)).toBe(true);
    expect(expressValueTrustsEveryHop(Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('is false for hop counts, addresses, subnets and `false`', () => {
    for (const value of [false, 0, 1, 2, 'loopback', 'loopback, linklocal, uniquelocal', '10.0.0.0/8', ['loopback', '10.0.0.0/8'], null, undefined]) {
      expect(expressValueTrustsEveryHop(value), String(value)).toBe(false);
    }
  });

  it("is false for the string 'true', which Express rejects as an address", () => {
    expect(expressValueTrustsEveryHop('true')).toBe(false);
  });
});

describe('fastifyValueTrustsEveryHop', () => {
  it('is true only for `true` and an endless hop count', () => {
    expect(fastifyValueTrustsEveryHop(true)).toBe(true);
    expect(fastifyValueTrustsEveryHop(Number.POSITIVE_INFINITY)).toBe(true);
    for (const value of [false, 1, '127.0.0.1,10.0.0.0/8', ['127.0.0.1'], 'true']) {
      expect(fastifyValueTrustsEveryHop(value), String(value)).toBe(false);
    }
  });
});

describe('Koa', () => {
  it('turns proxy trust on for any truthy `proxy`', () => {
    expect(koaProxyEnabled(true)).toBe(true);
    expect(koaProxyEnabled(1)).toBe(true);
    expect(koaProxyEnabled(false)).toBe(false);
    expect(koaProxyEnabled(undefined)).toBe(false);
  });

  it('limits X-Forwarded-For only with a finite `maxIpsCount` of at least one', () => {
    for (const value of [1, 2, 3.5, '1']) expect(koaMaxIpsLimits(value), String(value)).toBe(true);
    for (const value of [0, -1, 0.5, Number.POSITIVE_INFINITY, Number.NaN, 'many', '', true, null, undefined]) {
      expect(koaMaxIpsLimits(value), String(value)).toBe(false);
    }
  });

  it('reads X-Forwarded-For unless another header is named', () => {
    for (const value of [undefined, null, '', 'X-Forwarded-For', 'x-forwarded-for ']) expect(koaHeaderIsForwardedFor(value)).toBe(true);
    for (const value of ['X-Real-IP', 'CF-Connecting-IP']) expect(koaHeaderIsForwardedFor(value)).toBe(false);
  });
});

describe('API sets', () => {
  it('track Fastify calls and Koa constructions', () => {
    expect(FASTIFY_APIS.map((api) => `${api.module}:${api.path.join('.')}`)).toContain('fastify:');
    expect(FASTIFY_APIS.some((api) => api.module === '@nestjs/platform-fastify' && api.kinds.includes('construct'))).toBe(true);
    expect(KOA_APIS.every((api) => api.module === 'koa' && api.kinds.includes('construct'))).toBe(true);
  });
});
