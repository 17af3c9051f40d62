/**
 * The engine's file-level promises (src/flow/types.ts and index.ts): one analysis per file shared by every caller,
 * flows in source order of the sink, `trustsEveryProxy`, `authRoute`, the source node and name, and no state carried
 * from one file to the next.
 */
import { describe, expect, it } from 'vitest';
import { express, expressGate, imports, lintFlows, type Mode } from './harness';

describe('contract', () => {
  describe('one analysis per file', () => {
    it('returns the same FileFlows object to every call in a file', () => {
      const linted = lintFlows(expressGate('cjs', `req.headers['x-forwarded-for']`), 'cjs');
      expect(linted.cached).toBe(true);
    });

    it('carries nothing from one file to the next: trust proxy in file A does not make req.ip spoofable in file B', () => {
      const a = lintFlows(expressGate('cjs', 'req.ip', { before: `app.set('trust proxy', true);` }), 'cjs');
      const b = lintFlows(expressGate('cjs', 'req.ip'), 'cjs');
      expect(a.flows.map((flow) => flow.source.kind)).toEqual(['spoofable-ip']);
      expect(b.flows.map((flow) => flow.source.kind)).toEqual(['network-location']);
      expect(b.fileFlows).not.toBe(a.fileFlows);
      expect(b.fileFlows.trustsEveryProxy).toBe(false);
    });
  });

  it('lists flows in source order of the sink', () => {
    const linted = lintFlows(
      express(
        'cjs',
        [
          `  if (req.headers['x-user-role'] !== 'admin') return res.sendStatus(403);`,
          `  if (req.body.isAdmin) req.user = { role: 'admin' };`,
          `  if (OFFICE.includes(req.headers['x-forwarded-for'])) return next();`,
          `  req.session.userId = req.headers['x-user-id'];`,
          '  return res.sendStatus(403);',
        ].join('\n'),
      ),
      'cjs',
    );
    const starts = linted.flows.map((flow) => flow.sink.node.range[0]);
    expect(starts).toHaveLength(4);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  describe('the source node is the expression that reads the source', () => {
    const cases: readonly (readonly [string, string, string])[] = [
      ['a header read', `  if (req.headers['x-forwarded-for'] === '10.0.0.1') return next();`, `req.headers['x-forwarded-for']`],
      ['a decode call', `  if (jwt.decode(req.headers.authorization).role === 'admin') return next();`, 'jwt.decode(req.headers.authorization)'],
      ['a request field', `  if (req.body.role === 'admin') return next();`, 'req.body.role'],
    ];
    for (const [name, body, expected] of cases) {
      it(name, () => {
        const linted = lintFlows(express('cjs', `${body}\n  return res.sendStatus(403);`, { imports: [{ from: 'jsonwebtoken', default: 'jwt' }] }), 'cjs');
        expect(linted.flows.map((flow) => linted.text(flow.source.node))).toEqual([expected]);
      });
    }
  });

  it('keeps source names to 40 characters, even for a long request-field path', () => {
    const linted = lintFlows(
      express('cjs', `  if (req.body.organisationMembershipAdministratorRole === 'owner') return next();\n  return res.sendStatus(403);`),
      'cjs',
    );
    expect(linted.flows).toHaveLength(1);
    for (const flow of linted.flows) {
      expect(flow.source.name.length, flow.source.name).toBeLessThanOrEqual(40);
      expect(flow.source.name.length).toBeGreaterThan(0);
      expect(flow.sink.description.length).toBeGreaterThan(0);
    }
  });

  describe('trustsEveryProxy', () => {
    const table: readonly (readonly [string, Mode, string, boolean])[] = [
      ["express app.set('trust proxy', true)", 'cjs', `const app = require('express')();\napp.set('trust proxy', true);`, true],
      ["express app.enable('trust proxy')", 'cjs', `const app = require('express')();\napp.enable('trust proxy');`, true],
      ['fastify trustProxy: true', 'esm', `${imports('esm', [{ from: 'fastify', default: 'Fastify' }])}\nconst app = Fastify({ trustProxy: true });`, true],
      ['koa new Koa({ proxy: true })', 'esm', `${imports('esm', [{ from: 'koa', default: 'Koa' }])}\nconst app = new Koa({ proxy: true });`, true],
      ['koa app.proxy = true', 'cjs', `const Koa = require('koa');\nconst app = new Koa();\napp.proxy = true;`, true],
      ["express 'trust proxy' hop count 1", 'cjs', `const app = require('express')();\napp.set('trust proxy', 1);`, false],
      ["express 'trust proxy' 'loopback'", 'ts', `import express from 'express';\nconst app = express();\napp.set('trust proxy', 'loopback');`, false],
      ['fastify trustProxy: 1', 'cjs', `const app = require('fastify')({ trustProxy: 1 });`, false],
      ['no setting at all', 'cjs', `const app = require('express')();\napp.listen(3000);`, false],
    ];
    for (const [name, mode, code, expected] of table) {
      it(`${name} → ${String(expected)}`, () => {
        expect(lintFlows(code, mode).fileFlows.trustsEveryProxy).toBe(expected);
      });
    }
  });

  describe('authRoute', () => {
    const route = (path: string): string =>
      [
        `const express = require('express');`,
        `const { RateLimiterMemory } = require('rate-limiter-flexible');`,
        'const app = express();',
        'const limiter = new RateLimiterMemory({ points: 5, duration: 60 });',
        `app.post('${path}', (req, res, next) => {`,
        `  limiter.consume(req.headers['x-forwarded-for']).then(() => next(), () => res.status(429).end());`,
        '});',
      ].join('\n');
    const table: readonly (readonly [string, boolean])[] = [
      ['/login', true],
      ['/api/auth/password-reset', true],
      ['/oauth/token', true],
      ['/otp/verify', true],
      ['/signup', true],
      ['/api/reports', false],
    ];
    for (const [path, expected] of table) {
      it(`${path} → ${String(expected)}`, () => {
        const linted = lintFlows(route(path), 'cjs');
        expect(linted.flows).toHaveLength(1);
        expect(linted.flows.map((flow) => flow.authRoute === true)).toEqual([expected]);
      });
    }

    it('by handler name', () => {
      const linted = lintFlows(
        [
          `const express = require('express');`,
          `const { RateLimiterMemory } = require('rate-limiter-flexible');`,
          'const app = express();',
          'const limiter = new RateLimiterMemory({ points: 5, duration: 60 });',
          `app.post('/session', async function handleLogin(req, res, next) {`,
          `  await limiter.consume(req.headers['x-forwarded-for']);`,
          '  next();',
          '});',
        ].join('\n'),
        'cjs',
      );
      expect(linted.flows.map((flow) => flow.authRoute === true)).toEqual([true]);
    });
  });
});
