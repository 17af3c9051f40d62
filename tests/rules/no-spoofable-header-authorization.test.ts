import rule from '../../src/rules/no-spoofable-header-authorization';
import { createRuleTester } from '../rule-tester';
import { locateWord } from '../utils/locate';

const ruleTester = createRuleTester();

type MessageId = 'spoofableHeaderDecides' | 'identityHeaderTrusted';

/** One expected report of `messageId` covering the `occurrence`-th whole `snippet` of `code`; never a suggestion. */
function error(code: string, messageId: MessageId, snippet: string, occurrence = 1) {
  return {
    messageId,
    ...locateWord(code, snippet, occurrence),
    suggestions: [],
  };
}

const honoRoleHeader = `import { Hono } from 'hono';
const app = new Hono();
app.use('/admin/*', async (c, next) => {
  if (c.req.header('x-user-role') !== 'admin') return c.text('Forbidden', 403);
  await next();
});`;

// ---- An identity header takes the handler into a privileged answer ----

const roleHeaderBranch = `const express = require('express');
const app = express();
app.get('/users', (req, res) => {
  if (req.get('x-user-role') === 'admin') return res.json(allUsers);
  res.json([req.user]);
});`;

const adminHeaderBranch = `import express from 'express';
const app = express();
app.get('/audit', (req, res) => {
  const isAdmin = req.headers['x-is-admin'];
  if (isAdmin === 'true') {
    return res.json(auditLog);
  }
  res.json([]);
});`;

// ---- Host / X-Forwarded-Host decides access ----

const hostSkipsAuth = `const express = require('express');
const { requireJwt } = require('./auth');
const app = express();
app.use((req, res, next) => {
  if (req.hostname === 'localhost') return next();
  return requireJwt(req, res, next);
});`;

const forwardedHostInternal = `import express from 'express';
import { authenticate } from './auth.js';
const router = express.Router();
router.use((req, res, next) => {
  const host = req.get('X-Forwarded-Host');
  if (host && host.endsWith('.internal.example.com')) {
    return next();
  }
  return authenticate(req, res, next);
});`;

const hostLocalOnlyAdmin = `const express = require('express');
const app = express();
app.use('/admin', (req, res, next) => {
  if (req.headers.host !== 'localhost:3000') return res.status(403).send('Admin console is local only');
  next();
});`;

const koaHostAdmin = `const Koa = require('koa');
const app = new Koa();
app.use(async (ctx, next) => {
  if (ctx.host === 'admin.corp.example.com') {
    ctx.state.user = { id: 'ops', role: 'admin' };
  }
  await next();
});`;

const nestHostGuard = `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';

@Injectable()
export class InternalOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    return req.hostname.endsWith('.internal');
  }
}`;

const fastifyHostSkip = `import Fastify from 'fastify';
const fastify = Fastify();
fastify.addHook('onRequest', async (request, reply) => {
  if (request.hostname === 'status.internal') return;
  await request.jwtVerify();
});`;

// ---- Origin / Referer / User-Agent decides access ----

const refererAdmin = `const express = require('express');
const ADMIN_UI = 'https://admin.example.com/';
function requireAdmin(req, res, next) {
  const referer = req.get('Referer') || '';
  if (referer.startsWith(ADMIN_UI)) return next();
  res.status(403).json({ error: 'forbidden' });
}
module.exports = { requireAdmin };`;

const originPartner = `import express from 'express';
const app = express();
app.use('/partner', (req, res, next) => {
  if (req.headers.origin === 'https://partner.example.com') {
    req.user = { id: 'partner-portal', roles: ['partner'] };
    return next();
  }
  return res.status(401).end();
});`;

const nextLocalhostOnly = `import { NextRequest, NextResponse } from 'next/server';
import { listAllUsers } from '@/lib/users';

export async function GET(request: NextRequest) {
  const host = request.headers.get('host') ?? '';
  if (!host.startsWith('localhost')) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  return NextResponse.json(await listAllUsers());
}`;

const nextOriginAdmin = `import { NextRequest, NextResponse } from 'next/server';
import { listAllUsers } from '@/lib/users';

export async function GET(request: NextRequest) {
  const origin = request.headers.get('origin');
  if (origin === 'https://admin.example.com') {
    return NextResponse.json(await listAllUsers());
  }
  return NextResponse.json({ error: 'forbidden' }, { status: 403 });
}`;

const userAgentBypass = `const express = require('express');
const app = express();
app.use('/articles', (req, res, next) => {
  const agent = req.get('User-Agent') || '';
  if (/Googlebot|bingbot/i.test(agent)) return next();
  return requireSubscription(req, res, next);
});`;

const isInternalHelper = `export function isInternalRequest(req) {
  return req.hostname.endsWith('.svc.cluster.local');
}`;

// ---- Identity headers ----

const roleHeaderDeny = `const express = require('express');
const router = express.Router();
router.delete('/api/users/:id', async (req, res) => {
  if (req.headers['x-user-role'] !== 'admin') return res.status(403).json({ error: 'admin only' });
  await User.destroy({ where: { id: req.params.id } });
  res.sendStatus(204);
});`;

const forwardedUserIdentity = `import express from 'express';
const app = express();
app.use((req, res, next) => {
  req.user = req.header('X-Forwarded-User');
  next();
});`;

const tenantHeaderQuery = `const express = require('express');
const router = express.Router();
router.get('/invoices', async (req, res) => {
  const tenantId = req.headers['x-tenant-id'];
  const invoices = await Invoice.findAll({ where: { tenantId } });
  res.json(invoices);
});`;

const appServicePrincipal = `import express from 'express';
const ADMINS = ['alice@contoso.com', 'bob@contoso.com'];
export const adminOnly = (req, res, next) => {
  const principal = req.headers['x-ms-client-principal-name'];
  if (ADMINS.includes(principal)) return next();
  return res.sendStatus(403);
};`;

const internalHeader = `const express = require('express');
const app = express();
app.use('/internal', (req, res, next) => {
  if (req.header('x-internal') === 'true') return next();
  res.status(401).send('unauthorized');
});`;

const typedRoleHeader = `import type { NextFunction, Request, Response } from 'express';
type Role = 'admin' | 'editor' | 'viewer';
export function requireEditor(req: Request, res: Response, next: NextFunction): void {
  const role = req.header('X-User-Role') as Role | undefined;
  if (role === 'admin' || role === 'editor') {
    next();
    return;
  }
  res.status(403).json({ error: 'forbidden' });
}`;

const nestRoleHeaderGuard = `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class AdminHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return request.headers['x-user-role'] === 'admin';
  }
}`;

const iapEmailUnverified = `const express = require('express');
const app = express();
app.use((req, res, next) => {
  const email = req.header('x-goog-authenticated-user-email');
  if (email === 'accounts.google.com:ops@example.com') return next();
  res.sendStatus(403);
});`;

const hapiRoleHeader = `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/admin/stats',
  handler(request, h) {
    if (request.headers['x-user-role'] !== 'admin') return h.response({ error: 'forbidden' }).code(403);
    return stats();
  },
});`;

const koaUserHeaderQuery = `const Router = require('@koa/router');
const router = new Router();
router.get('/orders', async (ctx) => {
  ctx.body = await Order.findAll({ where: { userId: ctx.get('x-user-id') } });
});`;

const fastifyIdentityHeader = `import Fastify from 'fastify';
const app = Fastify();
app.addHook('preHandler', async (request) => {
  request.user = { id: request.headers['x-user-id'], role: request.headers['x-user-role'] };
});`;

const graphqlHeaderContext = `import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
const server = new ApolloServer({ typeDefs, resolvers });
await startStandaloneServer(server, {
  context: async ({ req }) => ({ userId: req.headers['x-user-id'] }),
});`;

const nextMiddlewareInternal = `import { NextRequest, NextResponse } from 'next/server';

export function middleware(request: NextRequest) {
  if (request.headers.get('x-internal') === '1') {
    return NextResponse.next();
  }
  return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
}`;

const switchRoleHeader = `const express = require('express');
const app = express();
app.use('/billing', (req, res, next) => {
  switch (req.get('x-user-role')) {
    case 'admin':
    case 'billing':
      return next();
    default:
      return res.sendStatus(403);
  }
});`;

const oauth2ProxyGroups = `import express from 'express';
const app = express();
app.use('/ops', (req, res, next) => {
  const groups = (req.header('x-forwarded-groups') ?? '').split(',');
  if (groups.includes('ops-admins')) return next();
  res.status(403).send('forbidden');
});`;

const docsOnLocalhost = `import express from 'express';
import swaggerUi from 'swagger-ui-express';
const app = express();
app.use('/internal/docs', (req, res, next) => {
  if (req.hostname === 'localhost') return next();
  res.sendStatus(404);
}, swaggerUi.serve, swaggerUi.setup(spec));`;

const trpcContext = `import express from 'express';
import * as trpcExpress from '@trpc/server/adapters/express';
const app = express();
const createContext = ({ req }: trpcExpress.CreateExpressContextOptions) => ({
  userId: req.headers['x-user-id'] as string,
});
app.use('/trpc', trpcExpress.createExpressMiddleware({ router: appRouter, createContext }));`;

const nestHeaderParam = `import { Controller, ForbiddenException, Headers, Post } from '@nestjs/common';

@Controller('admin')
export class AdminController {
  @Post('reindex')
  reindex(@Headers('x-user-role') role: string) {
    if (role !== 'admin') throw new ForbiddenException();
    return this.search.reindex();
  }
}`;

const easyAuthPrincipal = `import express from 'express';
const app = express();
app.use('/admin', (req, res, next) => {
  const encoded = req.headers['x-ms-client-principal'] as string;
  const principal = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  if (principal.userRoles.includes('admin')) return next();
  res.sendStatus(403);
});`;

// ---- A serverless handler, whatever its export is called: `(event, context)` is the Lambda signature ----
const lambdaRoleHeader = `module.exports.getUser = async (event, context) => {
  const role = event.headers['x-user-role'];
  if (role !== 'admin') return { statusCode: 403, body: 'Forbidden' };
  return { statusCode: 200, body: JSON.stringify(await getProfile(event.pathParameters.id)) };
};`;

ruleTester.run('no-spoofable-header-authorization', rule, {
  valid: [
    // An exported function that takes `event` without a Lambda context is not known to be a handler.
    `module.exports.getUser = async (event) => {
  if (event.headers['x-user-role'] !== 'admin') return { statusCode: 403 };
  return { statusCode: 200, body: 'ok' };
};`,
    // Host only builds a link: the engine models decisions, not link building (a separate concern).
    `const express = require('express');
const app = express();
app.post('/password/forgot', async (req, res) => {
  const token = await createResetToken(req.body.email);
  const link = 'https://' + req.get('host') + '/reset/' + token;
  await mailer.send(req.body.email, link);
  res.sendStatus(202);
});`,
    // Host validation against an exact allowlist, before anything uses it.
    `const express = require('express');
const ALLOWED_HOSTS = new Set(['app.example.com', 'www.example.com']);
const app = express();
app.use((req, res, next) => {
  if (!ALLOWED_HOSTS.has(req.hostname)) return res.status(403).send('Unknown host');
  next();
});`,
    `import express from 'express';
const app = express();
app.use((req, res, next) => {
  if (req.hostname !== 'www.example.com') return res.redirect(301, 'https://www.example.com' + req.originalUrl);
  next();
});`,
    // CSRF defence in depth: Origin compared exactly, a session check still runs.
    `const express = require('express');
const app = express();
app.post('/transfer', requireSession, (req, res) => {
  if (req.get('origin') !== process.env.APP_ORIGIN) return res.status(403).json({ error: 'bad origin' });
  transfer(req.session.userId, req.body);
  res.sendStatus(204);
});`,
    `const express = require('express');
const TRUSTED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];
function csrfOriginCheck(req, res, next) {
  const origin = req.headers.origin || req.headers.referer;
  if (origin && TRUSTED_ORIGINS.some((trusted) => origin === trusted || origin.startsWith(trusted + '/'))) return next();
  return res.status(403).json({ error: 'cross-site request rejected' });
}
module.exports = csrfOriginCheck;`,
    // CORS echo of an allowlisted origin.
    `const express = require('express');
const ALLOWED_ORIGINS = ['https://app.example.com'];
const app = express();
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED_ORIGINS.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  next();
});`,
    // Metadata only logged or used for analytics.
    `const express = require('express');
const app = express();
app.use((req, res, next) => {
  logger.info({ ua: req.get('user-agent'), referer: req.get('referer'), host: req.hostname }, 'request');
  next();
});`,
    `app.get('/download', requireAuth, (req, res) => {
  metrics.increment('downloads', { mobile: /Mobile/.test(req.get('User-Agent') || '') });
  res.download(fileFor(req.user.id));
});`,
    // Tenant resolved from the host name: virtual hosting, not authorization.
    `const express = require('express');
const app = express();
app.use(async (req, res, next) => {
  const site = await Site.findOne({ where: { domain: req.hostname } });
  res.locals.site = site;
  next();
});`,
    // The Referer only decides where to go back after login.
    `app.get('/login', (req, res) => {
  req.session.returnTo = req.get('Referer');
  res.render('login');
});`,
    // An identity header checked against the verified caller: a membership check.
    `const express = require('express');
const app = express();
app.use('/api', checkJwt, (req, res, next) => {
  const tenantId = req.headers['x-tenant-id'];
  if (!req.auth.payload.tenants.includes(tenantId)) return res.sendStatus(403);
  next();
});`,
    `router.get('/projects', requireAuth, async (req, res) => {
  if (req.header('x-tenant-id') !== req.user.tenantId) return res.status(403).end();
  res.json(await Project.findAll({ where: { tenantId: req.user.tenantId } }));
});`,
    // IAP: the signed assertion is verified before the identity headers are read.
    `const { OAuth2Client } = require('google-auth-library');
const oAuth2Client = new OAuth2Client();
app.use(async (req, res, next) => {
  const assertion = req.header('x-goog-iap-jwt-assertion');
  const { pubkeys } = await oAuth2Client.getIapPublicKeys();
  await oAuth2Client.verifySignedJwtWithCertsAsync(assertion, pubkeys, AUDIENCE, ['https://cloud.google.com/iap']);
  req.user = req.header('x-goog-authenticated-user-email');
  next();
});`,
    // ALB: the signed x-amzn-oidc-data is verified with aws-jwt-verify.
    `import { AlbJwtVerifier } from 'aws-jwt-verify';
const verifier = AlbJwtVerifier.create({ albArn: process.env.ALB_ARN, issuer: process.env.OIDC_ISSUER, clientId: process.env.CLIENT_ID });
export async function albAuth(req, res, next) {
  const payload = await verifier.verify(req.headers['x-amzn-oidc-data']);
  if (req.headers['x-amzn-oidc-identity'] !== payload.sub) return res.sendStatus(401);
  req.user = payload;
  next();
}`,
    // Spoofable IP headers belong to no-spoofable-ip-authorization.
    `app.use((req, res, next) => {
  if (req.headers['x-forwarded-for'] === '10.0.0.1') return next();
  res.sendStatus(403);
});`,
    // Headers written on an outgoing call, not read from the request.
    `app.get('/orders', requireAuth, async (req, res) => {
  const response = await fetch(ORDERS_URL, { headers: { 'x-user-id': req.user.id, 'x-tenant-id': req.user.tenantId } });
  res.json(await response.json());
});`,
    // Rejecting requests that carry forged identity headers at the edge.
    `app.use((req, res, next) => {
  if (req.headers['x-user-id']) return res.status(403).send('identity headers are set by the gateway only');
  next();
});`,
    // Blocking scrapers by User-Agent only refuses requests.
    `app.use((req, res, next) => {
  if (/curl|wget|python-requests/i.test(req.get('user-agent') || '')) return res.status(403).end();
  next();
});`,
    // CORS origin callback.
    `const cors = require('cors');
const ALLOWED = ['https://app.example.com'];
app.use(cors({ origin: (origin, callback) => callback(null, ALLOWED.includes(origin)), credentials: true }));`,
    // Host only in a redirect or a log line.
    `app.get('/old-path', (req, res) => {
  res.redirect(301, 'https://' + req.hostname + '/new-path');
});`,
    // The identity header only correlates logs.
    `app.use((req, res, next) => {
  logger.child({ requestId: req.headers['x-request-id'], user: req.headers['x-user-id'] }).info('request');
  next();
});`,
    // App Service: the platform token is validated before the principal headers are used.
    `app.use(async (req, res, next) => {
  const token = req.headers['x-ms-token-aad-access-token'];
  const claims = await validateAccessToken(token);
  if (req.headers['x-ms-client-principal-id'] !== claims.oid) return res.sendStatus(401);
  req.user = { id: req.headers['x-ms-client-principal-id'] };
  next();
});`,
    // Koa: tenant header checked against the verified user.
    `router.get('/reports', async (ctx) => {
  const tenant = ctx.get('x-tenant-id');
  if (!ctx.state.user.tenants.includes(tenant)) ctx.throw(403);
  ctx.body = await Report.findAll({ where: { tenantId: ctx.state.user.tenantId } });
});`,
    // The tenant header narrows a query that is also keyed by the verified caller.
    `router.get('/tenant-data', requireAuth, async (req, res) => {
  res.json(await Data.findAll({ where: { tenantId: req.headers['x-tenant-id'], ownerId: req.user.id } }));
});`,
    // CSRF checks written the other way round: let safe methods and allowlisted origins through.
    `const ALLOWED = ['https://app.example.com'];
app.use((req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || ALLOWED.includes(req.headers.origin)) return next();
  return res.status(403).json({ error: 'origin not allowed' });
});`,
    `app.use((req, res, next) => {
  if (TRUSTED.includes(req.get('origin'))) return next();
  res.status(403).send('cross-site request blocked');
});`,
    // CORS: the branch only adds Access-Control headers; every request goes on.
    `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    return next();
  }
  next();
});`,
    // Subdomain routing to a tenant record by slug.
    `app.use(async (req, res, next) => {
  const subdomain = req.hostname.split('.')[0];
  req.tenant = await Tenant.findOne({ where: { slug: subdomain } });
  next();
});`,
    // An administrator picks the tenant to inspect.
    `router.get('/admin/invoices', requireRole('admin'), async (req, res) => {
  res.json(await Invoice.findAll({ where: { tenantId: req.headers['x-tenant-id'] } }));
});`,
    // Bearer token verified as usual.
    `app.use(async (req, res, next) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  req.user = await verifyAccessToken(token);
  next();
});`,
    // A branch that answers for a role header no privileged value takes, or a negated test.
    `const express = require('express');
const app = express();
app.get('/users', (req, res) => {
  if (req.get('x-user-role')) return res.json(usersWithRole(req.get('x-user-role')));
  if (req.get('x-user-role') !== 'admin') return res.json(basic);
  res.json(allUsers);
});`,
    // Request metadata in a branch that refuses nothing is not an identity decision.
    `const express = require('express');
const app = express();
app.get('/', (req, res) => {
  if (req.get('user-agent') === 'admin-bot') return res.json(robots);
  res.render('home');
});`,
  ],
  invalid: [
    { code: lambdaRoleHeader, filename: 'handler.js', errors: [error(lambdaRoleHeader, 'identityHeaderTrusted', 'role', 3)] },
    { code: honoRoleHeader, filename: 'admin.ts', errors: [error(honoRoleHeader, 'identityHeaderTrusted', "c.req.header('x-user-role')")] },
    { code: roleHeaderBranch, errors: [error(roleHeaderBranch, 'identityHeaderTrusted', "req.get('x-user-role')")] },
    { code: adminHeaderBranch, errors: [error(adminHeaderBranch, 'identityHeaderTrusted', 'isAdmin', 2)] },
    {
      // A plain error whose message refuses the caller is a denial too.
      code: `import express from 'express';
const router = express.Router();
router.delete('/users/:id', (req, res) => {
  if (req.get('X-User-Role') !== 'admin') throw new Error('Forbidden: admins only');
  res.sendStatus(204);
});`,
      errors: [{ messageId: 'identityHeaderTrusted', line: 4, column: 7, endColumn: 29, suggestions: [] }],
    },
    { code: hostSkipsAuth, errors: [error(hostSkipsAuth, 'spoofableHeaderDecides', 'req.hostname')] },
    { code: forwardedHostInternal, errors: [error(forwardedHostInternal, 'spoofableHeaderDecides', 'host', 3)] },
    { code: docsOnLocalhost, errors: [error(docsOnLocalhost, 'spoofableHeaderDecides', 'req.hostname')] },
    { code: hostLocalOnlyAdmin, errors: [error(hostLocalOnlyAdmin, 'spoofableHeaderDecides', 'req.headers.host')] },
    { code: koaHostAdmin, errors: [error(koaHostAdmin, 'spoofableHeaderDecides', 'ctx.host')] },
    { code: nestHostGuard, filename: 'internal.guard.ts', errors: [error(nestHostGuard, 'spoofableHeaderDecides', 'req.hostname')] },
    // ENGINE: an early return that skips request.jwtVerify() is not seen as a consequence (expected decision, allow).
    { code: fastifyHostSkip, errors: [error(fastifyHostSkip, 'spoofableHeaderDecides', 'request.hostname')] },
    { code: refererAdmin, errors: [error(refererAdmin, 'spoofableHeaderDecides', 'referer', 2)] },
    { code: originPartner, errors: [error(originPartner, 'spoofableHeaderDecides', 'req.headers.origin')] },
    { code: nextLocalhostOnly, filename: 'app/api/admin/users/route.ts', errors: [error(nextLocalhostOnly, 'spoofableHeaderDecides', 'host', 3)] },
    // ENGINE: the branch serves the data and the fall-through answers 403; no flow (expected decision, allow).
    { code: nextOriginAdmin, filename: 'app/api/admin/users/route.ts', errors: [error(nextOriginAdmin, 'spoofableHeaderDecides', 'origin', 3)] },
    { code: userAgentBypass, errors: [error(userAgentBypass, 'spoofableHeaderDecides', 'agent', 2)] },
    { code: isInternalHelper, errors: [error(isInternalHelper, 'spoofableHeaderDecides', 'req.hostname')] },
    { code: roleHeaderDeny, errors: [error(roleHeaderDeny, 'identityHeaderTrusted', "req.headers['x-user-role']")] },
    { code: forwardedUserIdentity, errors: [error(forwardedUserIdentity, 'identityHeaderTrusted', "req.header('X-Forwarded-User')")] },
    { code: tenantHeaderQuery, errors: [error(tenantHeaderQuery, 'identityHeaderTrusted', 'tenantId', 2)] },
    { code: appServicePrincipal, errors: [error(appServicePrincipal, 'identityHeaderTrusted', 'principal', 3)] },
    { code: internalHeader, errors: [error(internalHeader, 'identityHeaderTrusted', "req.header('x-internal')")] },
    {
      code: typedRoleHeader,
      filename: 'require-editor.ts',
      // Two tests of one value in one condition are one decision: reported once, on the first test.
      errors: [error(typedRoleHeader, 'identityHeaderTrusted', 'role', 2)],
    },
    { code: nestRoleHeaderGuard, filename: 'admin-header.guard.ts', errors: [error(nestRoleHeaderGuard, 'identityHeaderTrusted', "request.headers['x-user-role']")] },
    { code: iapEmailUnverified, errors: [error(iapEmailUnverified, 'identityHeaderTrusted', 'email', 3)] },
    { code: hapiRoleHeader, errors: [error(hapiRoleHeader, 'identityHeaderTrusted', "request.headers['x-user-role']")] },
    { code: easyAuthPrincipal, filename: 'easy-auth.ts', errors: [error(easyAuthPrincipal, 'identityHeaderTrusted', 'principal.userRoles')] },
    { code: nestHeaderParam, filename: 'admin.controller.ts', errors: [error(nestHeaderParam, 'identityHeaderTrusted', 'role', 3)] },
    // ENGINE: a tRPC createContext (referenced by name in createExpressMiddleware) returning userId is not an identity sink.
    { code: trpcContext, filename: 'trpc.ts', errors: [error(trpcContext, 'identityHeaderTrusted', "req.headers['x-user-id']")] },
    { code: koaUserHeaderQuery, errors: [error(koaUserHeaderQuery, 'identityHeaderTrusted', "ctx.get('x-user-id')")] },
    {
      code: fastifyIdentityHeader,
      filename: 'auth-hook.ts',
      errors: [
        error(fastifyIdentityHeader, 'identityHeaderTrusted', "request.headers['x-user-id']"),
        error(fastifyIdentityHeader, 'identityHeaderTrusted', "request.headers['x-user-role']"),
      ],
    },
    { code: graphqlHeaderContext, filename: 'server.ts', errors: [error(graphqlHeaderContext, 'identityHeaderTrusted', "req.headers['x-user-id']")] },
    { code: nextMiddlewareInternal, filename: 'middleware.ts', errors: [error(nextMiddlewareInternal, 'identityHeaderTrusted', "request.headers.get('x-internal')")] },
    { code: switchRoleHeader, errors: [error(switchRoleHeader, 'identityHeaderTrusted', "req.get('x-user-role')")] },
    { code: oauth2ProxyGroups, errors: [error(oauth2ProxyGroups, 'identityHeaderTrusted', 'groups', 3)] },
  ],
});
