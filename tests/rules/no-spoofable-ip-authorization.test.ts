import rule, { type MessageIds } from '../../src/rules/no-spoofable-ip-authorization';
import { createRuleTester } from '../rule-tester';
import { locateWord } from '../utils/locate';

const ruleTester = createRuleTester();

/** One expected report of `messageId` on `snippet` (its `occurrence`-th appearance) in `code`; no suggestions. */
function error(code: string, messageId: MessageIds, snippet: string, occurrence = 1) {
  return { messageId, ...locateWord(code, snippet, occurrence), suggestions: [] };
}

// ---- Flows: a forgeable client address decides access ----

const expressCjsAllowlist = `const express = require('express');
const app = express();
const OFFICE = ['203.0.113.10', '203.0.113.11'];
app.use('/admin', (req, res, next) => {
  const ip = req.headers['x-forwarded-for'];
  if (OFFICE.includes(ip)) return next();
  res.status(401).json({ error: 'unauthorized' });
});`;

const expressEsmLocalhost = `import express from 'express';
const router = express.Router();
router.post('/internal/flush-cache', (req, res, next) => {
  const clientIp = req.get('X-Forwarded-For').split(',')[0].trim();
  if (clientIp === '127.0.0.1') {
    return next();
  }
  return res.sendStatus(403);
});
export default router;`;

const realIpPrefix = `import type { Request, Response, NextFunction } from 'express';
export function internalOnly(req: Request, res: Response, next: NextFunction) {
  const realIp = req.headers['x-real-ip'] as string;
  if (realIp.startsWith('10.')) {
    return next();
  }
  return res.status(403).send('Forbidden');
}`;

const requestIpGrantsAdmin = `import requestIp from 'request-ip';
import express from 'express';
const app = express();
const TRUSTED = new Set(['198.51.100.7']);
app.use((req, res, next) => {
  const ip = requestIp.getClientIp(req);
  if (TRUSTED.has(ip)) {
    req.user = { id: 'ops', role: 'admin' };
  }
  next();
});`;

const nextRouteHandler = `import { NextRequest, NextResponse } from 'next/server';
export async function POST(request: NextRequest) {
  const forwarded = request.headers.get('x-forwarded-for') ?? '';
  if (forwarded !== '127.0.0.1') {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  await purgeAllCaches();
  return NextResponse.json({ ok: true });
}`;

const fastifyTrustAll = `import Fastify from 'fastify';
const fastify = Fastify({ trustProxy: true });
const ADMIN_NET = '10.20.';
fastify.addHook('onRequest', async (request, reply) => {
  if (!request.ip.startsWith(ADMIN_NET)) {
    return reply.code(403).send({ error: 'forbidden' });
  }
});`;

const expressTrustAll = `const express = require('express');
const app = express();
app.set('trust proxy', true);
function isInternal(req) {
  return req.ip === '10.0.0.2';
}
app.get('/debug/vars', (req, res) => {
  if (!isInternal(req)) return res.sendStatus(403);
  res.json(process.memoryUsage());
});`;

const koaProxy = `const Koa = require('koa');
const app = new Koa({ proxy: true });
app.use(async (ctx, next) => {
  if (ctx.ip === '192.168.1.20') {
    ctx.state.user = { id: 'kiosk', role: 'operator' };
  }
  await next();
});`;

const nestGuard = `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
const ALLOWED = ['10.1.2.3', '10.1.2.4'];
@Injectable()
export class InternalNetworkGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest();
    const ip = req.headers['x-forwarded-for'];
    return ALLOWED.includes(ip);
  }
}`;

const cfHeaderSwitch = `app.use('/billing', (req, res, next) => {
  const ip = req.headers['cf-connecting-ip'];
  switch (ip) {
    case '198.51.100.1':
      return next();
    default:
      return res.status(401).end();
  }
});`;

const ipLibraryPredicate = `const ipLib = require('ip');
module.exports = function allowPrivate(req, res, next) {
  const addr = req.headers['x-forwarded-for'];
  if (ipLib.isPrivate(addr)) return next();
  return res.status(403).end();
};`;

const hapiRoute = `server.route({
  method: 'GET',
  path: '/admin/stats',
  handler: (request, h) => {
    const ip = request.headers['x-forwarded-for'];
    if (ip !== '127.0.0.1') return h.response('forbidden').code(403);
    return stats();
  },
});`;

// ---- Flows: rate limiting on a forgeable address ----

const rateLimitKey = `import rateLimit from 'express-rate-limit';
export const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 5,
  keyGenerator: (req) => req.headers['x-forwarded-for'],
});`;

// Registered on the token route: the limiter is the only thing between an attacker and unlimited guesses.
const authRouteLimiter = `const express = require('express');
const rateLimit = require('express-rate-limit');
const app = express();
const limiter = rateLimit({ windowMs: 60_000, limit: 10, keyGenerator: (req) => req.get('x-real-ip') });
app.post('/oauth/token', limiter, issueToken);`;

const rateLimitKeyBlock = `const rateLimit = require('express-rate-limit');
const limiter = rateLimit({
  limit: 100,
  keyGenerator(req) {
    const ip = req.headers['x-real-ip'] || req.socket.remoteAddress;
    return ip;
  },
});`;

const flexibleConsume = `import { RateLimiterMemory } from 'rate-limiter-flexible';
const limiter = new RateLimiterMemory({ points: 10, duration: 1 });
export async function limit(req, res, next) {
  try {
    await limiter.consume(req.headers['x-forwarded-for']);
    next();
  } catch {
    res.status(429).send('Too Many Requests');
  }
}`;

const limiterSkip = `import { rateLimit } from 'express-rate-limit';
const PARTNERS = ['192.0.2.44'];
export const apiLimiter = rateLimit({
  limit: 300,
  skip: (req) => PARTNERS.includes(req.headers['x-forwarded-for']),
});`;

const trustAllMatrix = `const express = require('express');
const ipaddr = require('ipaddr.js');
const app = express();
app.set('trust proxy', true);
app.use('/ops', (req, res, next) => {
  if (req.ips.includes('10.0.0.1')) return next();
  res.sendStatus(403);
});`;

const destructuredHeader = `app.use('/partners', (req, res, next) => {
  const { 'x-forwarded-for': forwardedFor } = req.headers;
  if (PARTNER_IPS.includes(forwardedFor)) next();
  else res.sendStatus(403);
});`;

const helperSummary = `function clientIp(req) {
  return req.headers['x-forwarded-for']?.split(',')[0];
}
app.use('/reports', (req, res, next) => {
  if (ALLOW.has(clientIp(req))) return next();
  res.sendStatus(403);
});`;

const headerGetter = `router.use((req, res, next) => {
  if (req.header('X-Real-IP') === '10.10.0.3') return next();
  return res.sendStatus(401);
});`;

const requestIpMiddleware = `const requestIp = require('request-ip');
app.use(requestIp.mw());
app.use('/internal', (req, res, next) => {
  if (TRUSTED.includes(req.clientIp)) return next();
  res.sendStatus(401);
});`;

const ipaddrRange = `import ipaddr from 'ipaddr.js';
app.use('/debug', (req, res, next) => {
  if (ipaddr.parse(req.get('x-forwarded-for')).range() === 'private') return next();
  res.sendStatus(401);
});`;

const blockListCheck = `import net from 'node:net';
const office = new net.BlockList();
office.addSubnet('203.0.113.0', 24);
app.use('/hr', (req, res, next) => {
  if (office.check(req.headers['x-real-ip'])) return next();
  res.sendStatus(401);
});`;

const guardFunction = `function isAllowed(req) {
  const ip = req.headers['x-forwarded-for'];
  return ALLOWED.includes(ip);
}`;

const booleanInBetween = `app.use('/admin', (req, res, next) => {
  const ip = req.headers['x-forwarded-for'] || '';
  const isInternal = ip.startsWith('10.');
  if (isInternal) return next();
  res.sendStatus(403);
});`;

const grantsFlag = `app.use((req, res, next) => {
  if (req.headers['x-forwarded-for'] === '127.0.0.1') {
    req.isAdmin = true;
  }
  next();
});`;

const koaRequestIp = `import Koa from 'koa';
const app = new Koa({ proxy: true });
app.use(async (ctx, next) => {
  if (!ALLOW.includes(ctx.request.ip)) ctx.throw(403);
  await next();
});`;

const socketFallback = `app.use('/admin', (req, res, next) => {
  const ip = req.headers['x-forwarded-for'] || req.socket.remoteAddress;
  if (!ADMIN_IPS.has(ip)) return res.sendStatus(403);
  next();
});`;

const slowDownKey = `import slowDown from 'express-slow-down';
export const speedLimiter = slowDown({
  delayAfter: 5,
  keyGenerator: (req) => req.get('cf-connecting-ip') ?? req.ip,
});`;

// ENGINE: a forged address assigned as the identity yields no `identity` flow.
const identityFromHeader = `app.use((req, res, next) => {
  req.user = req.headers['x-forwarded-for'];
  next();
});`;

// ---- Syntactic: validation of the client address turned off ----

const validateFalse = `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: 60_000, limit: 100, validate: false }));`;

const validateXff = `const { rateLimit } = require('express-rate-limit');
app.use('/api', rateLimit({
  limit: 100,
  validate: { xForwardedForHeader: false },
}));`;

const slowDownTwo = `import slowDown from 'express-slow-down';
export const speedLimiter = slowDown({
  delayAfter: 5,
  validate: { trustProxy: false, ip: false, creationStack: false },
});`;

const validateDefault = `const rateLimit = require('express-rate-limit');
const limiterOptions = {
  limit: 50,
  validate: { default: false, creationStack: true },
};
module.exports = rateLimit(limiterOptions);`;

const validateAliasTs = `import { rateLimit as limiterFactory, type Options } from 'express-rate-limit';
const base: Partial<Options> = { limit: 20, validate: false };
export const authLimiter = limiterFactory({ ...base, windowMs: 900_000 });`;

const validateSpread = `import rateLimit from 'express-rate-limit';
export const limiter = rateLimit({ ...sharedOptions, validate: { ip: false } });`;

const validateNamespace = `import * as erl from 'express-rate-limit';
export const limiter = erl.rateLimit({ limit: 10, validate: { trustProxy: false } });`;

ruleTester.run('no-spoofable-ip-authorization', rule, {
  valid: [
    // The address is only logged, counted or shown.
    `app.post('/login', (req, res) => {
      logger.info({ ip: req.headers['x-forwarded-for'] }, 'login attempt');
      return handleLogin(req, res);
    });`,
    `app.get('/', (req, res) => {
      const geo = geoip.lookup(req.headers['x-forwarded-for']);
      res.render('home', { country: geo?.country });
    });`,
    `app.use((req, res, next) => {
      metrics.increment('http.requests', { client: req.get('x-real-ip') });
      next();
    });`,
    // An outbound SSRF check on a URL the client sends: a destination, not the caller's address.
    `import ipaddr from 'ipaddr.js';
    app.post('/webhooks/test', async (req, res) => {
      const { hostname } = new URL(req.body.url);
      if (ipaddr.parse(hostname).range() === 'private') return res.status(400).end();
      res.json(await ping(req.body.url));
    });`,
    // The right-most X-Forwarded-For entry, which the nearest proxy wrote.
    `app.use('/admin', (req, res, next) => {
      const ip = String(req.headers['x-forwarded-for']).split(',').pop().trim();
      if (OFFICE.includes(ip)) return next();
      res.sendStatus(403);
    });`,
    // A rate limiter keyed on the verified user, or on Express's own address with trust proxy left alone.
    `import rateLimit, { ipKeyGenerator } from 'express-rate-limit';
    export const limiter = rateLimit({ keyGenerator: (req) => req.user?.id ?? ipKeyGenerator(req.ip) });`,
    `const rateLimit = require('express-rate-limit');
    app.set('trust proxy', 1);
    app.use(rateLimit({ limit: 100, keyGenerator: (req) => req.auth.sub }));`,
    // req.ip without a trust-all proxy setting is the socket address: the network-location rule's concern.
    `app.use((req, res, next) => {
      if (req.ip === '127.0.0.1') return next();
      res.sendStatus(403);
    });`,
    // A comparison whose branch has no security consequence.
    `app.use((req, res, next) => {
      if (req.headers['x-forwarded-for'] === '127.0.0.1') res.set('X-Debug', 'local');
      next();
    });`,
    // A shortcut that only runs in local development.
    `app.use((req, res, next) => {
      if (process.env.NODE_ENV === 'development' && req.headers['x-forwarded-for'] === '127.0.0.1') return next();
      return requireAuth(req, res, next);
    });`,
    // A blocklist lets nobody in: it authorizes nothing.
    `app.use((req, res, next) => {
      const ip = req.headers['x-forwarded-for'] || req.socket.remoteAddress;
      if (banned.has(ip)) return res.status(403).send('banned');
      next();
    });`,
    `app.use((req, res, next) => {
      if (req.get('x-real-ip') === '198.51.100.23') throw new ForbiddenError('blocked');
      next();
    });`,
    // Other forwarded headers are not addresses; a missing header is only a bad request.
    `app.use((req, res, next) => {
      if (req.headers['x-forwarded-proto'] !== 'https') return res.redirect(301, 'https://' + req.hostname + req.originalUrl);
      next();
    });`,
    `app.use((req, res, next) => {
      const ip = req.headers['x-forwarded-for'];
      if (ip === undefined) return res.status(400).send('missing header');
      next();
    });`,
    `app.use((req, res, next) => {
      const ip = req.headers['x-forwarded-for'];
      const cached = cache.get(ip);
      if (cached) return res.json(cached);
      next();
    });`,
    // Validation left on, or only unrelated checks turned off.
    `import rateLimit from 'express-rate-limit';
    app.use(rateLimit({ limit: 100, validate: true }));`,
    `import rateLimit from 'express-rate-limit';
    app.use(rateLimit({ limit: 100, validate: { xForwardedForHeader: true, creationStack: false } }));`,
    `import rateLimit from 'express-rate-limit';
    app.use(rateLimit({ validate: { default: false, ip: true, trustProxy: true, xForwardedForHeader: true } }));`,
    `import rateLimit from 'express-rate-limit';
    app.use(rateLimit({ limit: 100, validate: { singleCount: false } }));`,
    // Values known only at run time.
    `import rateLimit from 'express-rate-limit';
    app.use(rateLimit({ limit: 100, validate: config.rateLimit.validate }));`,
    // The same option names on another library.
    `import rateLimit from './my-rate-limit';
    app.use(rateLimit({ validate: false }));`,
    `const schema = { validate: false, ip: false };`,
    // A timing-safe signature check is not an address check.
    `import crypto from 'node:crypto';
    app.post('/hooks', (req, res, next) => {
      const expected = crypto.createHmac('sha256', secret).update(req.rawBody).digest();
      if (crypto.timingSafeEqual(expected, Buffer.from(req.get('x-signature'), 'hex'))) return next();
      res.sendStatus(401);
    });`,
  ],
  invalid: [
    {
      // One value tested twice in one condition is one finding; a second condition on it is another.
      code: `const express = require('express');
const app = express();
app.use('/admin', (req, res, next) => {
  const ip = req.headers['x-forwarded-for'] || req.socket.remoteAddress;
  if (ip.startsWith('10.') || ip === '127.0.0.1') return next();
  res.status(403).end();
});
app.get('/metrics', (req, res, next) => {
  const ip = req.headers['x-forwarded-for'];
  if (ip === '10.0.0.7') return next();
  if (ip === '10.0.0.8') return next();
  res.sendStatus(403);
});`,
      errors: [
        { messageId: 'spoofableIpDecides', line: 5, column: 7, endColumn: 9 },
        { messageId: 'spoofableIpDecides', line: 10, column: 7 },
        { messageId: 'spoofableIpDecides', line: 11, column: 7 },
      ],
    },
    { code: expressCjsAllowlist, errors: [error(expressCjsAllowlist, 'spoofableIpDecides', 'ip', 2)] },
    { code: expressEsmLocalhost, errors: [error(expressEsmLocalhost, 'spoofableIpDecides', 'clientIp', 2)] },
    { code: realIpPrefix, filename: 'internal.ts', errors: [error(realIpPrefix, 'spoofableIpDecides', 'realIp', 2)] },
    { code: requestIpGrantsAdmin, errors: [error(requestIpGrantsAdmin, 'spoofableIpDecides', 'ip', 3)] },
    { code: nextRouteHandler, filename: 'app/api/cache/route.ts', errors: [error(nextRouteHandler, 'spoofableIpDecides', 'forwarded', 3)] },
    { code: fastifyTrustAll, filename: 'server.ts', errors: [error(fastifyTrustAll, 'spoofableIpDecides', 'request.ip')] },
    { code: expressTrustAll, errors: [error(expressTrustAll, 'spoofableIpDecides', 'req.ip')] },
    { code: koaProxy, errors: [error(koaProxy, 'spoofableIpDecides', 'ctx.ip')] },
    { code: nestGuard, filename: 'internal-network.guard.ts', errors: [error(nestGuard, 'spoofableIpDecides', 'ip', 2)] },
    { code: cfHeaderSwitch, errors: [error(cfHeaderSwitch, 'spoofableIpDecides', 'ip', 3)] },
    { code: ipLibraryPredicate, errors: [error(ipLibraryPredicate, 'spoofableIpDecides', 'addr', 2)] },
    { code: hapiRoute, errors: [error(hapiRoute, 'spoofableIpDecides', 'ip', 2)] },
    // Named for sign-in: guessing passwords is what this limiter is for.
    { code: rateLimitKey, errors: [error(rateLimitKey, 'spoofableAuthRateLimitKey', "req.headers['x-forwarded-for']")] },
    { code: authRouteLimiter, errors: [error(authRouteLimiter, 'spoofableAuthRateLimitKey', "req.get('x-real-ip')")] },
    { code: rateLimitKeyBlock, errors: [error(rateLimitKeyBlock, 'spoofableRateLimitKey', 'ip', 3)] },
    { code: flexibleConsume, errors: [error(flexibleConsume, 'spoofableRateLimitKey', "req.headers['x-forwarded-for']")] },
    { code: limiterSkip, errors: [error(limiterSkip, 'spoofableLimiterExemption', "req.headers['x-forwarded-for']")] },
    { code: trustAllMatrix, errors: [error(trustAllMatrix, 'spoofableIpDecides', 'req.ips')] },
    { code: destructuredHeader, errors: [error(destructuredHeader, 'spoofableIpDecides', 'forwardedFor', 2)] },
    { code: helperSummary, errors: [error(helperSummary, 'spoofableIpDecides', 'clientIp(req)', 2)] },
    { code: headerGetter, errors: [error(headerGetter, 'spoofableIpDecides', "req.header('X-Real-IP')")] },
    { code: requestIpMiddleware, errors: [error(requestIpMiddleware, 'spoofableIpDecides', 'req.clientIp')] },
    { code: ipaddrRange, errors: [error(ipaddrRange, 'spoofableIpDecides', "req.get('x-forwarded-for')")] },
    { code: blockListCheck, errors: [error(blockListCheck, 'spoofableIpDecides', "req.headers['x-real-ip']")] },
    { code: guardFunction, errors: [error(guardFunction, 'spoofableIpDecides', 'ip', 2)] },
    { code: booleanInBetween, errors: [error(booleanInBetween, 'spoofableIpDecides', 'ip', 2)] },
    { code: grantsFlag, errors: [error(grantsFlag, 'spoofableIpDecides', "req.headers['x-forwarded-for']")] },
    { code: koaRequestIp, errors: [error(koaRequestIp, 'spoofableIpDecides', 'ctx.request.ip')] },
    { code: socketFallback, errors: [error(socketFallback, 'spoofableIpDecides', 'ip', 2)] },
    { code: slowDownKey, errors: [error(slowDownKey, 'spoofableRateLimitKey', "req.get('cf-connecting-ip')")] },
    // ENGINE: expected an `identity` flow from X-Forwarded-For to `req.user`.
    { code: identityFromHeader, errors: [error(identityFromHeader, 'spoofableIpDecides', "req.headers['x-forwarded-for']")] },
    { code: validateFalse, errors: [error(validateFalse, 'ipValidationDisabled', 'validate: false')] },
    { code: validateXff, errors: [error(validateXff, 'ipValidationDisabled', 'xForwardedForHeader: false')] },
    {
      code: slowDownTwo,
      errors: [error(slowDownTwo, 'ipValidationDisabled', 'trustProxy: false'), error(slowDownTwo, 'ipValidationDisabled', 'ip: false')],
    },
    { code: validateDefault, errors: [error(validateDefault, 'ipValidationDisabled', 'default: false')] },
    { code: validateAliasTs, filename: 'limits.ts', errors: [error(validateAliasTs, 'ipValidationDisabled', 'validate: false')] },
    { code: validateSpread, errors: [error(validateSpread, 'ipValidationDisabled', 'ip: false')] },
    { code: validateNamespace, errors: [error(validateNamespace, 'ipValidationDisabled', 'trustProxy: false')] },
  ],
});
