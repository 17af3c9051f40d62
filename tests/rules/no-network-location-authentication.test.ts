import rule from '../../src/rules/no-network-location-authentication';
import { createRuleTester } from '../rule-tester';
import { locateWord } from '../utils/locate';

const ruleTester = createRuleTester();

/** One expected report of `messageId` on `snippet` (its `occurrence`-th whole appearance) in `code`; no suggestions. */
function error(code: string, messageId: 'networkLocationDecides' | 'ipAllowlistOnlyGate', snippet: string, occurrence = 1) {
  return { messageId, ...locateWord(code, snippet, occurrence), suggestions: [] };
}

// ---- Flows: the transport address decides access ----

const socketLocalhost = `const express = require('express');
const app = express();
app.use('/admin', (req, res, next) => {
  if (req.socket.remoteAddress === '127.0.0.1') return next();
  res.status(401).json({ error: 'login required' });
});`;

const connectionAllowlist = `import express from 'express';
const router = express.Router();
const OPS_HOSTS = ['10.0.4.11', '10.0.4.12'];
router.use((req, res, next) => {
  const address = req.connection.remoteAddress;
  if (OPS_HOSTS.includes(address)) {
    return next();
  }
  return res.sendStatus(403);
});
export default router;`;

const reqIpNoProxy = `import express from 'express';
const app = express();
app.use((req, res, next) => {
  if (req.ip.startsWith('10.')) {
    req.user = { id: 'intranet', role: 'admin' };
  }
  next();
});`;

const denyOnly = `const express = require('express');
const app = express();
const INTERNAL = new Set(['10.0.0.7']);
app.post('/internal/reindex', (req, res) => {
  if (!INTERNAL.has(req.socket.remoteAddress)) return res.sendStatus(403);
  reindex();
  res.sendStatus(202);
});`;

const hapiInfo = `server.route({
  method: 'POST',
  path: '/admin/flush',
  handler(request, h) {
    if (request.info.remoteAddress !== '127.0.0.1') {
      return h.response('forbidden').code(403);
    }
    return flush();
  },
});`;

const socketIo = `import { Server } from 'socket.io';
const io = new Server(httpServer);
io.use((socket, next) => {
  if (socket.handshake.address === '::1') return next();
  next(new Error('unauthorized'));
});`;

const koaCtxIp = `const Koa = require('koa');
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.ip !== '127.0.0.1') ctx.throw(403, 'internal only');
  await next();
});`;

const nestIpDecorator = `import { Controller, ForbiddenException, Ip, Post } from '@nestjs/common';
@Controller('maintenance')
export class MaintenanceController {
  @Post('drain')
  drain(@Ip() ip: string) {
    if (ip !== '127.0.0.1') throw new ForbiddenException();
    return this.service.drain();
  }
}`;

const nestGuard = `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import ipRangeCheck from 'ip-range-check';
@Injectable()
export class VpnGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return ipRangeCheck(request.socket.remoteAddress, '10.8.0.0/16');
  }
}`;

const typedMiddleware = `import type { Request, Response, NextFunction } from 'express';
export function localOnly(req: Request, res: Response, next: NextFunction): void {
  const remote: string | undefined = req.socket.remoteAddress;
  if (remote === '127.0.0.1' || remote === '::1') {
    next();
    return;
  }
  res.status(403).end();
}`;

const fastifyNoProxy = `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/admin/stats', async (request, reply) => {
  if (request.ip !== '127.0.0.1') return reply.code(403).send();
  return collectStats();
});`;

const helperCheck = `function isLocal(req) {
  return req.socket.remoteAddress === '127.0.0.1';
}
app.get('/debug/heap', (req, res) => {
  if (!isLocal(req)) return res.sendStatus(403);
  res.json(process.memoryUsage());
});`;

const routeWithoutAuth = `const ipRangeCheck = require('ip-range-check');
const INTERNAL = ['10.0.0.0/8'];
router.post('/cache/purge', express.json(), (req, res) => {
  if (!ipRangeCheck(req.socket.remoteAddress, INTERNAL)) return res.sendStatus(403);
  purge(req.body.keys);
  res.sendStatus(204);
});`;

// ENGINE: the ws `verifyClient` callback decides the connection; expected a `guard-return` flow.
const wsVerifyClient = `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({
  port: 8080,
  verifyClient: (info) => info.req.socket.remoteAddress === '127.0.0.1',
});`;

// ENGINE: API Gateway's `requestContext.identity.sourceIp` is not a source yet.
const apiGatewaySourceIp = `export const handler = async (event) => {
  if (!ALLOWED.includes(event.requestContext.identity.sourceIp)) {
    return { statusCode: 403, body: 'forbidden' };
  }
  return runJob(event);
};`;

// A Serverless Framework handler (any export name, the Lambda signature) on an HTTP API: a private range gets in.
const apiGatewayHttpSourceIp = `module.exports.adminReport = async (event, context) => {
  const ip = event.requestContext.http.sourceIp;
  if (ip.startsWith('10.')) return { statusCode: 200, body: JSON.stringify(await adminReport()) };
  return { statusCode: 401 };
};`;

// ---- IP-filter middleware as the only gate ----

const ipfilterAllow = `const express = require('express');
const { IpFilter } = require('express-ipfilter');
const app = express();
const ips = ['10.0.0.0/8'];
app.use(IpFilter(ips, { mode: 'allow' }));
app.use('/admin', adminRouter);`;

const ipfilterCjsProperty = `const express = require('express');
const ipfilter = require('express-ipfilter').IpFilter;
const app = express();
app.use('/admin', ipfilter(ADMIN_IPS, { mode: 'allow', log: false }), adminRouter);`;

const ipfilterConstTs = `import { IpFilter, type IpFilterOptions } from 'express-ipfilter';
import { Router } from 'express';
const router = Router();
const options: IpFilterOptions = { mode: 'allow', logLevel: 'deny' };
const officeOnly = IpFilter(['203.0.113.0/24'], options);
router.get('/payroll/export', officeOnly, exportPayroll);
export default router;`;

const koaIpWhitelist = `const Koa = require('koa');
const ip = require('koa-ip');
const app = new Koa();
app.use(ip({ whitelist: ['192.168.0.*'], blacklist: ['192.168.0.66'] }));
app.use(adminRoutes.routes());`;

const koaIpShorthand = `import Koa from 'koa';
import ip from 'koa-ip';
const app = new Koa();
app.use(ip('10.1.*'));`;

const accessControl = `import express from 'express';
import AccessControl from 'express-ip-access-control';
const app = express();
app.use('/internal', AccessControl({ mode: 'allow', allows: ['10.0.0.0/8'], statusCode: 403 }), internalRouter);`;

const ipfilterRouteAuthElsewhere = `const express = require('express');
const { IpFilter } = require('express-ipfilter');
const app = express();
app.use('/api', checkJwt);
app.use('/ops', IpFilter(OPS, { mode: 'allow' }), opsRouter);`;

ruleTester.run('no-network-location-authentication', rule, {
  valid: [
    // The address is only logged or used for metrics.
    `app.use((req, res, next) => {
      logger.info({ remote: req.socket.remoteAddress, path: req.path }, 'request');
      next();
    });`,
    `app.use((req, res, next) => {
      metrics.histogram('latency', Date.now() - start, { peer: req.connection.remoteAddress });
      next();
    });`,
    // Rate limiting on the socket address is not authentication.
    `import { RateLimiterMemory } from 'rate-limiter-flexible';
    const limiter = new RateLimiterMemory({ points: 5, duration: 60 });
    app.post('/login', async (req, res, next) => {
      await limiter.consume(req.socket.remoteAddress);
      next();
    });`,
    // The route also requires a verified identity in the same chain.
    `app.post('/internal/reindex', requireAuth, (req, res) => {
      if (!INTERNAL.has(req.socket.remoteAddress)) return res.sendStatus(403);
      reindex();
      res.sendStatus(202);
    });`,
    `const { auth } = require('express-oauth2-jwt-bearer');
    const checkJwt = auth({ audience: 'https://api.example.com', issuerBaseURL: 'https://tenant.example.com/' });
    app.use(checkJwt);
    app.use('/ops', (req, res, next) => {
      if (!OPS.includes(req.socket.remoteAddress)) return res.sendStatus(403);
      next();
    });`,
    // The handler turns away foreign addresses on top of its own identity check.
    `app.delete('/tenants/:id', (req, res) => {
      if (!req.user) return res.sendStatus(401);
      if (!ADMIN_NET.has(req.socket.remoteAddress)) return res.sendStatus(403);
      return removeTenant(req.user, req.params.id).then(() => res.sendStatus(204));
    });`,
    // Health and metrics endpoints.
    `app.get('/metrics', (req, res) => {
      if (req.socket.remoteAddress !== '127.0.0.1') return res.sendStatus(403);
      res.type('text/plain').send(registry.metrics());
    });`,
    `const { IpFilter } = require('express-ipfilter');
    app.use('/healthz', IpFilter(['10.0.0.0/8'], { mode: 'allow' }), healthHandler);`,
    {
      code: `const { IpFilter } = require('express-ipfilter');
      app.get('/internal/status', IpFilter(MONITORS, { mode: 'allow' }), statusHandler);`,
      options: [{ allowPaths: ['/internal/status'] }],
    },
    // A shortcut that only runs in local development.
    `const isDev = process.env.NODE_ENV === 'development';
    app.use((req, res, next) => {
      if (isDev && req.ip === '127.0.0.1') {
        req.user = { id: 'dev', role: 'admin' };
      }
      next();
    });`,
    // Blocklists turn listed addresses away and let nobody in.
    `app.use((req, res, next) => {
      if (BANNED.has(req.socket.remoteAddress)) return res.status(403).send('banned');
      next();
    });`,
    `io.use((socket, next) => {
      if (socket.handshake.address === BLOCKED_PEER) return next(new Error('blocked'));
      next();
    });`,
    // A value that may come from a forged header is reported once, by no-spoofable-ip-authorization.
    `app.use('/admin', (req, res, next) => {
      const ip = req.headers['x-forwarded-for'] || req.socket.remoteAddress;
      if (!ADMIN_IPS.has(ip)) return res.sendStatus(403);
      next();
    });`,
    // A readiness endpoint, under the default `allowPaths`.
    `app.get('/ready', (req, res) => {
      if (!isLoopback(req.socket.remoteAddress)) return res.sendStatus(404);
      res.json({ ready: true });
    });`,
    // Blocklists authorize nobody.
    `const { IpFilter } = require('express-ipfilter');
    app.use(IpFilter(['198.51.100.9']));`,
    `import { IpFilter } from 'express-ipfilter';
    app.use(IpFilter(BANNED, { mode: 'deny', log: true }));`,
    `const ip = require('koa-ip');
    app.use(ip({ blacklist: ['144.144.*'] }));`,
    `import AccessControl from 'express-ip-access-control';
    app.use(AccessControl({ denys: ['203.0.113.5'] }));`,
    // An allowlist with authentication in the same chain, or on the same app.
    `const { IpFilter } = require('express-ipfilter');
    const passport = require('passport');
    app.use('/admin', IpFilter(ADMIN_IPS, { mode: 'allow' }), passport.authenticate('jwt', { session: false }), adminRouter);`,
    `import { IpFilter } from 'express-ipfilter';
    import { expressjwt } from 'express-jwt';
    app.use(IpFilter(OFFICE, { mode: 'allow' }));
    app.use(expressjwt({ secret: jwksSecret, algorithms: ['RS256'], audience, issuer }));`,
    `import Koa from 'koa';
    import ip from 'koa-ip';
    import jwt from 'koa-jwt';
    const app = new Koa();
    app.use(ip({ whitelist: ['10.0.*'] }));
    app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }));`,
    `const { IpFilter } = require('express-ipfilter');
    const adminRouter = express.Router();
    adminRouter.use(IpFilter(ADMIN_IPS, { mode: 'allow' }));
    app.use('/admin', requireAuth, adminRouter);`,
    // An allowlist that is built here but registered elsewhere, or whose mode is only known at run time.
    `import { IpFilter } from 'express-ipfilter';
    export const officeOnly = IpFilter(OFFICE, { mode: 'allow' });`,
    `import { IpFilter } from 'express-ipfilter';
    app.use(IpFilter(ips, { mode: config.ipFilterMode }));`,
    // An outbound SSRF check on a destination address.
    `import ipaddr from 'ipaddr.js';
    app.post('/fetch', requireAuth, async (req, res) => {
      const { address } = await dns.lookup(new URL(req.body.url).hostname);
      if (ipaddr.parse(address).range() !== 'unicast') return res.status(400).end();
      res.json(await fetchPreview(req.body.url));
    });`,
    // A forged header is the spoofable-IP rule's concern.
    `app.use((req, res, next) => {
      if (req.headers['x-forwarded-for'] === '127.0.0.1') return next();
      res.sendStatus(403);
    });`,
    // A signature check, not an address check.
    `import crypto from 'node:crypto';
    app.post('/hooks/payments', (req, res, next) => {
      const signature = Buffer.from(req.get('x-signature') ?? '', 'hex');
      if (crypto.timingSafeEqual(signature, sign(req.rawBody))) return next();
      res.sendStatus(401);
    });`,
  ],
  invalid: [
    { code: socketLocalhost, errors: [error(socketLocalhost, 'networkLocationDecides', 'req.socket.remoteAddress')] },
    { code: connectionAllowlist, errors: [error(connectionAllowlist, 'networkLocationDecides', 'address', 2)] },
    { code: reqIpNoProxy, errors: [error(reqIpNoProxy, 'networkLocationDecides', 'req.ip')] },
    { code: denyOnly, errors: [error(denyOnly, 'networkLocationDecides', 'req.socket.remoteAddress')] },
    { code: hapiInfo, errors: [error(hapiInfo, 'networkLocationDecides', 'request.info.remoteAddress')] },
    { code: socketIo, errors: [error(socketIo, 'networkLocationDecides', 'socket.handshake.address')] },
    { code: koaCtxIp, errors: [error(koaCtxIp, 'networkLocationDecides', 'ctx.ip')] },
    { code: nestIpDecorator, filename: 'maintenance.controller.ts', errors: [error(nestIpDecorator, 'networkLocationDecides', 'ip', 2)] },
    { code: nestGuard, filename: 'vpn.guard.ts', errors: [error(nestGuard, 'networkLocationDecides', 'request.socket.remoteAddress')] },
    {
      code: typedMiddleware,
      filename: 'local-only.ts',
      // Two tests of one value in one condition are one decision: reported once, on the first test.
      errors: [error(typedMiddleware, 'networkLocationDecides', 'remote', 2)],
    },
    { code: fastifyNoProxy, filename: 'server.ts', errors: [error(fastifyNoProxy, 'networkLocationDecides', 'request.ip')] },
    { code: helperCheck, errors: [error(helperCheck, 'networkLocationDecides', 'req', 4)] },
    { code: routeWithoutAuth, errors: [error(routeWithoutAuth, 'networkLocationDecides', 'req.socket.remoteAddress')] },
    // ENGINE: expected a `guard-return` flow from `info.req.socket.remoteAddress`.
    { code: wsVerifyClient, errors: [error(wsVerifyClient, 'networkLocationDecides', 'info.req.socket.remoteAddress')] },
    // ENGINE: expected a `network-location` source at `requestContext.identity.sourceIp`.
    {
      // The message names the address as the code reads it (REST API `identity`, HTTP API `http`).
      code: apiGatewaySourceIp,
      errors: [
        {
          ...error(apiGatewaySourceIp, 'networkLocationDecides', 'event.requestContext.identity.sourceIp'),
          data: { source: 'event.requestContext.identity.sourceIp', sink: 'decides whether the request is refused' },
        },
      ],
    },
    {
      code: apiGatewayHttpSourceIp,
      filename: 'handler.js',
      errors: [
        {
          ...error(apiGatewayHttpSourceIp, 'networkLocationDecides', 'ip', 2),
          data: { source: 'event.requestContext.http.sourceIp', sink: 'decides whether access is granted' },
        },
      ],
    },
    { code: ipfilterAllow, errors: [error(ipfilterAllow, 'ipAllowlistOnlyGate', "IpFilter(ips, { mode: 'allow' })")] },
    {
      code: ipfilterCjsProperty,
      errors: [error(ipfilterCjsProperty, 'ipAllowlistOnlyGate', "ipfilter(ADMIN_IPS, { mode: 'allow', log: false })")],
    },
    { code: ipfilterConstTs, filename: 'payroll.ts', errors: [error(ipfilterConstTs, 'ipAllowlistOnlyGate', "IpFilter(['203.0.113.0/24'], options)")] },
    {
      code: koaIpWhitelist,
      errors: [error(koaIpWhitelist, 'ipAllowlistOnlyGate', "ip({ whitelist: ['192.168.0.*'], blacklist: ['192.168.0.66'] })")],
    },
    { code: koaIpShorthand, errors: [error(koaIpShorthand, 'ipAllowlistOnlyGate', "ip('10.1.*')")] },
    {
      code: accessControl,
      errors: [error(accessControl, 'ipAllowlistOnlyGate', "AccessControl({ mode: 'allow', allows: ['10.0.0.0/8'], statusCode: 403 })")],
    },
    {
      code: ipfilterRouteAuthElsewhere,
      errors: [error(ipfilterRouteAuthElsewhere, 'ipAllowlistOnlyGate', "IpFilter(OPS, { mode: 'allow' })")],
    },
  ],
});
