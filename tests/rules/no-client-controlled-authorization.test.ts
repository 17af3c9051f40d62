import rule from '../../src/rules/no-client-controlled-authorization';
import { createRuleTester } from '../rule-tester';
import { locateWord } from '../utils/locate';

const ruleTester = createRuleTester();

type MessageId = 'clientControlsAccess' | 'clientControlsQueryKey';

/** One expected report of `messageId` covering the `occurrence`-th whole `snippet` of `code`; never a suggestion. */
function error(code: string, messageId: MessageId, snippet: string, occurrence = 1) {
  return {
    messageId,
    ...locateWord(code, snippet, occurrence),
    suggestions: [],
  };
}

const honoQueryRole = `import { Hono } from 'hono';
const app = new Hono();
app.get('/orders', async (c) => {
  if (c.req.query('role') === 'admin') return c.json(await allOrders());
  return c.json(await myOrders(c.get('jwtPayload').sub));
});`;

const honoBodyDeny = `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.post('/admin/reset', async (c) => {
  const body = await c.req.json();
  if (body.isAdmin !== true) throw new HTTPException(403, { message: 'admin only' });
  return c.json(await resetAll());
});`;

const honoParamDeny = `import { Hono } from 'hono';
const app = new Hono();
app.delete('/roles/:role', async (c) => {
  if (c.req.param('role') !== 'admin') return c.text('Forbidden', 403);
  return c.json(await dropRole());
});`;

const honoCookieRole = `import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
const app = new Hono();
app.get('/admin', async (ctx) => {
  if (getCookie(ctx, 'role') !== 'admin') return ctx.text('Forbidden', 403);
  return ctx.json(await everything());
});`;

const honoCookieOwner = `import { Hono } from 'hono';
import * as cookie from 'hono/cookie';
const app = new Hono();
app.get('/orders', async (c) => {
  const userId = cookie.getCookie(c, 'userId');
  return c.json(await db.orders.findMany({ where: { userId } }));
});`;

// ---- A client field takes the handler into a privileged answer, with no refusal anywhere ----

const grantQueryFlag = `const express = require('express');
const app = express();
app.get('/admin', (req, res) => {
  if (req.query.isAdmin === 'true') {
    return res.send(adminData);
  }
  res.send(publicData);
});`;

const grantCookieFlag = `import express from 'express';
const app = express();
app.get('/secrets', (req, res) => {
  if (req.cookies.admin) return res.json(secrets);
  res.end();
});`;

const grantBodyRole = `const { Router } = require('express');
const router = Router();
const ROLE = 'admin';
router.post('/users/export', (req, res) => {
  if (req.body.role === ROLE) return res.json(getAllUsers());
  res.json(getMe(req.user));
});`;

const grantNextSearchParam = `import { NextRequest, NextResponse } from 'next/server';
export async function GET(request: NextRequest) {
  const role = request.nextUrl.searchParams.get('role');
  if (role === 'admin') return NextResponse.json(await listAllOrders());
  return NextResponse.json(await listMyOrders());
}`;

const grantFastifyFlag = `import Fastify from 'fastify';
const app = Fastify();
app.get('/reports', async (request, reply) => {
  const { isAdmin } = request.query as { isAdmin?: string };
  if (isAdmin === 'true') {
    return reply.send(await allReports());
  }
  return reply.send(await myReports(request.user.id));
});`;

const grantKoaRole = `import Router from '@koa/router';
const router = new Router();
router.get('/all', async (ctx) => {
  if (ctx.request.body.role === 'superuser') {
    ctx.body = await everything();
    return;
  }
  ctx.body = await mine(ctx.state.user);
});`;

// ---- A client field decides access ----

const queryIsAdmin = `const express = require('express');
const app = express();
app.use('/admin', (req, res, next) => {
  if (req.query.isAdmin === 'true') return next();
  res.status(403).send('forbidden');
});`;

const cookieRole = `import express from 'express';
import cookieParser from 'cookie-parser';
const app = express();
app.use(cookieParser());
app.use('/reports', (req, res, next) => {
  if (req.cookies.role === 'admin') return next();
  return res.sendStatus(403);
});`;

const bodyRoleDeny = `const express = require('express');
const router = express.Router();
router.post('/users/:id/disable', async (req, res) => {
  const { role } = req.body;
  if (role !== 'admin') return res.status(403).json({ error: 'admins only' });
  await User.update({ disabled: true }, { where: { id: req.params.id } });
  res.sendStatus(204);
});`;

const koaBodyRole = `const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const app = new Koa();
app.use(bodyParser());
app.use(async (ctx, next) => {
  if (ctx.request.body.role !== 'admin') ctx.throw(403, 'forbidden');
  await next();
});`;

const fastifyQueryAdmin = `import Fastify from 'fastify';
const fastify = Fastify();
fastify.addHook('preHandler', async (request, reply) => {
  if (request.query.admin !== '1') {
    return reply.code(403).send({ error: 'forbidden' });
  }
});`;

const hapiPayloadAdmin = `const Hapi = require('@hapi/hapi');
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/settings',
  handler(request, h) {
    if (!request.payload.isAdmin) return h.response({ error: 'forbidden' }).code(403);
    return saveSettings(request.payload);
  },
});`;

const nestQueryGuard = `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return request.query.isAdmin === 'true';
  }
}`;

const ownerFromDb = `const express = require('express');
const router = express.Router();
router.put('/documents/:id', requireAuth, async (req, res) => {
  const doc = await Document.findByPk(req.params.id);
  if (doc.ownerId !== req.body.userId) return res.sendStatus(403);
  await doc.update(req.body.changes);
  res.json(doc);
});`;

const typedRoleCheck = `import type { NextFunction, Request, Response } from 'express';
interface PromoteBody { userId: string; role: 'admin' | 'member' }
export function requireAdmin(req: Request<unknown, unknown, PromoteBody>, res: Response, next: NextFunction): void {
  const role: string = req.body.role;
  if (role === 'admin') {
    next();
    return;
  }
  res.status(403).end();
}`;

const switchRole = `const express = require('express');
const app = express();
app.use('/manage', (req, res, next) => {
  switch (req.body.role) {
    case 'admin':
    case 'manager':
      return next();
    default:
      return res.sendStatus(403);
  }
});`;

const permissionsMatch = `import express from 'express';
const router = express.Router();
router.delete('/posts/:id', async (req, res) => {
  if (!req.body.permissions.includes('posts:delete')) return res.status(403).json({ error: 'forbidden' });
  await Post.destroy({ where: { id: req.params.id } });
  res.sendStatus(204);
});`;

const twoClientFields = `const express = require('express');
const app = express();
app.post('/account/close', (req, res, next) => {
  if (req.body.userId === req.cookies.userId) return next();
  res.sendStatus(403);
});`;

const graphqlContext = `import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
const server = new ApolloServer({ typeDefs, resolvers });
await server.start();
app.use('/graphql', expressMiddleware(server, {
  context: async ({ req }) => ({ userId: req.cookies.userId }),
}));`;

const koaTenantQuery = `const Router = require('@koa/router');
const router = new Router();
router.get('/invoices', async (ctx) => {
  ctx.body = await Invoice.findAll({ where: { tenantId: ctx.query.tenantId } });
});`;

const fastifyOrgQuery = `import Fastify from 'fastify';
const app = Fastify();
app.get('/projects', async (request, reply) => {
  const { orgId } = request.query as { orgId: string };
  return prisma.project.findMany({ where: { orgId } });
});`;

const nestBodyRole = `import { Body, Controller, ForbiddenException, Post } from '@nestjs/common';

@Controller('reports')
export class ReportsController {
  @Post('export')
  export(@Body('role') role: string) {
    if (role !== 'admin') throw new ForbiddenException();
    return this.reports.exportAll();
  }
}`;

const localsFromBody = `const express = require('express');
const app = express();
app.use((req, res, next) => {
  res.locals.user = { id: req.body.userId, role: req.body.role };
  next();
});`;

const nestedBodyAdmin = `app.post('/settings', (req, res, next) => {
  if (req.body.user.isAdmin) return next();
  res.status(403).end();
});`;

const orgFallback = `const express = require('express');
const router = express.Router();
router.get('/projects', requireAuth, async (req, res) => {
  const orgId = req.query.orgId ?? req.user.orgId;
  res.json(await Project.findAll({ where: { orgId } }));
});`;

// ---- A client field becomes the identity ----

const sessionFromBody = `const express = require('express');
const router = express.Router();
router.post('/account/switch', (req, res) => {
  req.session.userId = req.body.userId;
  res.redirect('/dashboard');
});`;

const cookieUser = `const express = require('express');
const app = express();
app.use((req, res, next) => {
  if (req.cookies.user) {
    req.user = JSON.parse(req.cookies.user);
  }
  next();
});`;

// ---- A client field keys a data query ----

const queryTenantOrders = `const express = require('express');
const router = express.Router();
router.get('/orders', requireAuth, async (req, res) => {
  const orders = await Order.find({ tenantId: req.query.tenantId });
  res.json(orders);
});`;

const cookieUserOrders = `import express from 'express';
const router = express.Router();
router.get('/me/orders', async (req, res) => {
  res.json(await Order.findAll({ where: { userId: req.cookies.userId } }));
});`;

const prismaTenant = `import express, { type Request, type Response } from 'express';
import { prisma } from './db';
const router = express.Router();
router.get('/invoices', requireAuth, async (req: Request, res: Response) => {
  const { tenantId } = req.query as { tenantId: string };
  const invoices = await prisma.invoice.findMany({ where: { tenantId } });
  res.json(invoices);
});`;

// ---- A serverless handler, whatever its export is called: `(event, context, callback)` ----
const lambdaQueryAdmin = `exports.listOrders = async (event, context, callback) => {
  if (event.queryStringParameters.isAdmin === 'true') return { statusCode: 200, body: JSON.stringify(await allOrders()) };
  return { statusCode: 403 };
};`;

ruleTester.run('no-client-controlled-authorization', rule, {
  valid: [
    // A DOM listener is no request handler, even with a second parameter.
    `window.addEventListener('message', (event, context) => {
  if (event.origin !== 'https://app.example.com') return;
  if (event.data.role === 'admin') showAdminPanel(context);
});`,
    // Redirects that refuse nobody, or that a field with no say over access chooses.
    `const express = require('express');
const app = express();
app.get('/search', (req, res) => {
  if (!req.query.q) return res.redirect('/');
  if (req.query.tab === 'login') return res.redirect('/login');
  if (req.query.reason === 'x') throw new Error('Unknown reason');
  res.render('search');
});`,
    // Roles and identity from the verified token or session.
    `app.use('/admin', checkJwt, (req, res, next) => {
  if (req.auth.payload.roles.includes('admin')) return next();
  res.sendStatus(403);
});`,
    `app.get('/admin', (req, res, next) => {
  const role = req.user?.role ?? 'viewer';
  if (role !== 'admin') return res.sendStatus(403);
  next();
});`,
    `router.use(async (ctx, next) => {
  if (ctx.state.user.role !== 'admin') ctx.throw(403);
  await next();
});`,
    // Ownership: the client field is compared with the verified caller.
    `const express = require('express');
const router = express.Router();
router.get('/users/:userId/orders', requireAuth, async (req, res) => {
  if (req.params.userId !== req.user.id) return res.sendStatus(403);
  const orders = await Order.find({ userId: req.params.userId });
  res.json(orders);
});`,
    `router.get('/tenants/:tenantId/projects', requireAuth, async (req, res) => {
  const { tenantId } = req.params;
  if (!req.user.tenants.includes(tenantId)) return res.sendStatus(403);
  res.json(await Project.findAll({ where: { tenantId } }));
});`,
    `router.delete('/orgs/:orgId', requireAuth, async (req, res) => {
  const member = req.user.memberships.some((membership) => membership.orgId === req.params.orgId);
  if (!member) return res.sendStatus(403);
  await Org.destroy({ where: { id: req.params.orgId } });
  res.sendStatus(204);
});`,
    `const me = (req) => req.user;
app.patch('/profile/:userId', requireAuth, (req, res) => {
  const currentUserId = req.user.sub;
  if (String(req.params.userId) !== String(currentUserId)) return res.status(403).end();
  res.json(update(req.params.userId, req.body));
});`,
    {
      code: `import { Controller, ForbiddenException, Get, Param } from '@nestjs/common';
import { CurrentUser } from './current-user.decorator';

@Controller('users')
export class UsersController {
  @Get(':id/orders')
  orders(@Param('id') id: string, @CurrentUser() user: { id: string }) {
    if (user.id !== id) throw new ForbiddenException();
    return this.orders.findByUser(id);
  }
}`,
      filename: 'users.controller.ts',
    },
    // Input validation that only turns away a client asking for privilege.
    `router.post('/signup', async (req, res) => {
  if (req.body.role === 'admin') return res.status(403).json({ error: 'cannot self-assign admin' });
  const user = await User.create({ email: req.body.email, role: 'member' });
  res.status(201).json(user);
});`,
    `router.patch('/me', requireAuth, async (req, res) => {
  if (req.body.isAdmin) throw new ForbiddenError('isAdmin cannot be changed');
  res.json(await req.user.update(req.body));
});`,
    // An administrator (role middleware, role decorator or an in-handler role check) may act on any record.
    `router.get('/admin/users/:userId/orders', requireRole('admin'), async (req, res) => {
  res.json(await Order.find({ userId: req.params.userId }));
});`,
    `router.get('/support/orders', requireAuth, async (req, res) => {
  if (req.user.role !== 'support') return res.sendStatus(403);
  res.json(await Order.find({ userId: req.query.userId }));
});`,
    // Display only, or fields that are not about identity.
    `app.get('/preview', (req, res) => {
  res.render('preview', { role: req.query.role, theme: req.cookies.theme });
});`,
    `app.get('/orders', requireAuth, async (req, res) => {
  res.json(await Order.find({ userId: req.user.id, status: req.query.status }));
});`,
    // Login: the client sends its credentials, the server checks them.
    `router.post('/login', async (req, res) => {
  const user = await User.findOne({ where: { email: req.body.email } });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.sendStatus(401);
  req.session.userId = user.id;
  res.sendStatus(204);
});`,
    // Ownership checks in koa, hapi, fastify and Next.js.
    `router.get('/users/:userId/files', async (ctx) => {
  if (ctx.params.userId !== ctx.state.user.sub) ctx.throw(403);
  ctx.body = await File.findAll({ where: { ownerId: ctx.state.user.sub } });
});`,
    `server.route({
  method: 'GET',
  path: '/accounts/{accountId}',
  options: { auth: 'jwt' },
  handler(request, h) {
    if (request.params.accountId !== request.auth.credentials.accountId) return h.response().code(403);
    return Account.findByPk(request.params.accountId);
  },
});`,
    `fastify.get('/orgs/:orgId/members', { onRequest: [fastify.authenticate] }, async (request, reply) => {
  if (!request.user.orgs.includes(request.params.orgId)) return reply.code(403).send();
  return Member.findAll({ where: { orgId: request.params.orgId } });
});`,
    {
      code: `import { getServerSession } from 'next-auth';
import { NextRequest, NextResponse } from 'next/server';
export async function DELETE(request: NextRequest) {
  const session = await getServerSession(authOptions);
  const { userId } = await request.json();
  if (userId !== session?.user?.id) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  await deleteAccount(userId);
  return NextResponse.json({ ok: true });
}`,
      filename: 'app/api/account/route.ts',
    },
    // A client field only logged.
    `app.post('/roles/request', requireAuth, (req, res) => {
  logger.info({ user: req.user.id, requested: req.body.role }, 'role requested');
  res.sendStatus(202);
});`,
    // An administrator assigning a role to another user.
    `router.post('/users/:id/role', authorize('admin'), async (req, res) => {
  if (req.body.role === 'owner') return res.status(400).json({ error: 'use the transfer flow' });
  await User.update({ role: req.body.role }, { where: { id: req.params.id } });
  res.sendStatus(204);
});`,
    // A role from the verified token checked in a GraphQL context.
    `const server = new ApolloServer({ typeDefs, resolvers });
startStandaloneServer(server, { context: async ({ req }) => ({ user: await verifyAccessToken(req.headers.authorization) }) });`,
    // A membership lookup keyed by the caller, then the checked value stored in the session.
    `router.post('/switch-tenant', requireAuth, async (req, res) => {
  const membership = await Membership.findOne({ where: { userId: req.user.id, tenantId: req.body.tenantId } });
  if (!membership) return res.sendStatus(403);
  req.session.tenantId = req.body.tenantId;
  res.sendStatus(204);
});`,
    // Impersonation, only for a verified administrator.
    `router.post('/impersonate', requireAuth, (req, res) => {
  if (!req.user.isAdmin) return res.sendStatus(403);
  req.session.userId = req.body.userId;
  res.sendStatus(204);
});`,
    // Ownership or administrator.
    `router.put('/users/:userId', requireAuth, async (req, res) => {
  if (req.body.userId !== req.user.id && req.user.role !== 'admin') return res.sendStatus(403);
  res.json(await saveUser(req.body));
});`,
    // A client role used as a search filter on a plain object.
    `router.get('/users', requireAuth, async (req, res) => {
  const filter = {};
  if (req.query.role) filter.role = req.query.role;
  res.json(await User.findAll({ where: filter }));
});`,
    // A signed cookie's integrity is checked by cookie-parser; the session id is opaque.
    `app.use((req, res, next) => {
  if (!req.session.userId) return res.redirect('/login');
  next();
});`,
    // A branch that answers the request is privileged only when a privileged value takes it.
    `const express = require('express');
const app = express();
app.get('/users', (req, res) => {
  if (req.query.role) return res.json(users.filter((u) => u.role === req.query.role));
  res.json(users);
});`,
    `const express = require('express');
const app = express();
app.get('/users', (req, res) => {
  if (req.query.role === 'admin') { users = users.filter((u) => u.isAdmin); }
  res.json(users);
});`,
    `const express = require('express');
const app = express();
app.get('/plans', (req, res) => {
  if (req.query.role !== 'admin') return res.json(basicPlans);
  res.json(allPlans);
});`,
    `const express = require('express');
const app = express();
app.get('/plans', (req, res) => {
  if (req.body.role === 'admin' && req.user.isAdmin) return res.json(allPlans);
  res.json(basicPlans);
});`,
    `const express = require('express');
const app = express();
app.get('/docs', (req, res) => {
  if (req.query.format === 'admin') return res.json(adminDocs);
  if (req.query.role === 'viewer') return res.json(viewerDocs);
  res.json(docs);
});`,
    `const express = require('express');
const app = express();
app.post('/invite', (req, res) => {
  if (!req.body.role) return res.status(400).send('role is required');
  res.send(invite(req.body.email));
});`,
    // Not a request handler.
    `function render(options) {
  if (options.role === 'admin') return adminView();
  return userView();
}`,
    // Hono: a client field used as a filter, and a check against the verified payload.
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/users', async (c) => {
  const role = c.req.query('role');
  return c.json(await listUsers({ role }));
});`,
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/orgs/:orgId', async (c) => {
  if (c.req.param('orgId') !== c.get('jwtPayload').org) return c.text('Forbidden', 403);
  return c.json(await loadOrg(c.req.param('orgId')));
});`,
    // Hono: a signed cookie is checked by the server; a preference cookie decides nothing about access.
    `import { Hono } from 'hono';
import { getSignedCookie, getCookie } from 'hono/cookie';
const app = new Hono();
app.get('/admin', async (c) => {
  const role = await getSignedCookie(c, secret, 'role');
  if (role !== 'admin') return c.text('Forbidden', 403);
  if (getCookie(c, 'theme') === 'dark') return c.html(darkPage);
  return c.html(lightPage);
});`,
  ],
  invalid: [
    { code: lambdaQueryAdmin, filename: 'handler.js', errors: [error(lambdaQueryAdmin, 'clientControlsAccess', 'event.queryStringParameters.isAdmin')] },
    {
      // Sent to the sign-in page unless a client-written cookie says admin.
      code: `const express = require('express');
const app = express();
app.get('/admin', (req, res) => {
  if (req.cookies.role !== 'admin') return res.redirect(302, '/login');
  res.render('admin');
});`,
      errors: [{ messageId: 'clientControlsAccess', line: 4, column: 7, endColumn: 23, suggestions: [] }],
    },
    {
      code: honoQueryRole,
      filename: 'orders.ts',
      errors: [{ ...error(honoQueryRole, 'clientControlsAccess', "c.req.query('role')"), data: { source: "c.req.query('role')", sink: 'decides what the handler answers' } }],
    },
    {
      code: honoCookieRole,
      filename: 'admin.ts',
      errors: [{ ...error(honoCookieRole, 'clientControlsAccess', "getCookie(ctx, 'role')"), data: { source: "getCookie(ctx, 'role')", sink: 'decides whether the request is refused' } }],
    },
    { code: honoCookieOwner, filename: 'orders.ts', errors: [error(honoCookieOwner, 'clientControlsQueryKey', 'userId', 3)] },
    { code: honoBodyDeny, filename: 'reset.ts', errors: [error(honoBodyDeny, 'clientControlsAccess', 'body.isAdmin')] },
    { code: honoParamDeny, filename: 'roles.ts', errors: [error(honoParamDeny, 'clientControlsAccess', "c.req.param('role')")] },
    { code: grantQueryFlag, errors: [error(grantQueryFlag, 'clientControlsAccess', 'req.query.isAdmin')] },
    { code: grantCookieFlag, errors: [error(grantCookieFlag, 'clientControlsAccess', 'req.cookies.admin')] },
    { code: grantBodyRole, errors: [error(grantBodyRole, 'clientControlsAccess', 'req.body.role')] },
    { code: grantNextSearchParam, filename: 'app/orders/route.ts', errors: [error(grantNextSearchParam, 'clientControlsAccess', 'role', 3)] },
    { code: grantFastifyFlag, filename: 'reports.ts', errors: [error(grantFastifyFlag, 'clientControlsAccess', 'isAdmin', 3)] },
    { code: grantKoaRole, filename: 'all.ts', errors: [error(grantKoaRole, 'clientControlsAccess', 'ctx.request.body.role')] },
    { code: queryIsAdmin, errors: [error(queryIsAdmin, 'clientControlsAccess', 'req.query.isAdmin')] },
    { code: cookieRole, errors: [error(cookieRole, 'clientControlsAccess', 'req.cookies.role')] },
    { code: bodyRoleDeny, errors: [error(bodyRoleDeny, 'clientControlsAccess', 'role', 2)] },
    { code: koaBodyRole, errors: [error(koaBodyRole, 'clientControlsAccess', 'ctx.request.body.role')] },
    { code: fastifyQueryAdmin, errors: [error(fastifyQueryAdmin, 'clientControlsAccess', 'request.query.admin')] },
    { code: hapiPayloadAdmin, errors: [error(hapiPayloadAdmin, 'clientControlsAccess', 'request.payload.isAdmin')] },
    { code: nestQueryGuard, filename: 'admin.guard.ts', errors: [error(nestQueryGuard, 'clientControlsAccess', 'request.query.isAdmin')] },
    // ENGINE: a client id compared with a value loaded from the database (not static, not verified) yields no flow.
    { code: ownerFromDb, errors: [error(ownerFromDb, 'clientControlsAccess', 'req.body.userId')] },
    { code: typedRoleCheck, filename: 'require-admin.ts', errors: [error(typedRoleCheck, 'clientControlsAccess', 'role', 4)] },
    { code: sessionFromBody, errors: [error(sessionFromBody, 'clientControlsAccess', 'req.body.userId')] },
    { code: cookieUser, errors: [error(cookieUser, 'clientControlsAccess', 'JSON.parse(req.cookies.user)')] },
    { code: queryTenantOrders, errors: [error(queryTenantOrders, 'clientControlsQueryKey', 'req.query.tenantId')] },
    { code: cookieUserOrders, errors: [error(cookieUserOrders, 'clientControlsQueryKey', 'req.cookies.userId')] },
    { code: orgFallback, errors: [error(orgFallback, 'clientControlsQueryKey', 'orgId', 4)] },
    { code: switchRole, errors: [error(switchRole, 'clientControlsAccess', 'req.body.role')] },
    { code: permissionsMatch, errors: [error(permissionsMatch, 'clientControlsAccess', 'req.body.permissions')] },
    {
      code: twoClientFields,
      errors: [error(twoClientFields, 'clientControlsAccess', 'req.body.userId'), error(twoClientFields, 'clientControlsAccess', 'req.cookies.userId')],
    },
    { code: graphqlContext, filename: 'server.ts', errors: [error(graphqlContext, 'clientControlsAccess', 'req.cookies.userId')] },
    { code: koaTenantQuery, errors: [error(koaTenantQuery, 'clientControlsQueryKey', 'ctx.query.tenantId')] },
    { code: fastifyOrgQuery, filename: 'projects.ts', errors: [error(fastifyOrgQuery, 'clientControlsQueryKey', 'orgId', 3)] },
    { code: nestBodyRole, filename: 'reports.controller.ts', errors: [error(nestBodyRole, 'clientControlsAccess', 'role', 3)] },
    {
      code: localsFromBody,
      errors: [error(localsFromBody, 'clientControlsAccess', 'req.body.userId'), error(localsFromBody, 'clientControlsAccess', 'req.body.role')],
    },
    { code: nestedBodyAdmin, errors: [error(nestedBodyAdmin, 'clientControlsAccess', 'req.body.user.isAdmin')] },
    { code: prismaTenant, filename: 'invoices.ts', errors: [error(prismaTenant, 'clientControlsQueryKey', 'tenantId', 3)] },
  ],
});
