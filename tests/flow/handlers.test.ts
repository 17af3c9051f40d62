/**
 * Handler detection: a request parameter counts as a request wherever the function is registered as a handler, whatever
 * its name (`rq`, `c`, `incoming` below, so that the name fallback cannot be what finds it); in an unregistered
 * function only the names `req`, `request` and `ctx` count. A DOM `message` event is not a request.
 */
import { describe } from 'vitest';
import {
  ESM_MODES,
  decision,
  decisionLike,
  flow,
  guardReturn,
  header,
  imports,
  runCases,
  type FlowCase,
  type Mode,
} from './harness';

const XFF = header('spoofable-ip', 'X-Forwarded-For');

/** The express body, with a request parameter named `rq`: 403 unless X-Forwarded-For is the office. */
const DENY_BODY = [`  if (rq.headers['x-forwarded-for'] !== '10.0.0.1') return rs.sendStatus(403);`, '  return nxt();'].join('\n');
const denyRq = decision('deny', 'compare', `rq.headers['x-forwarded-for']`, '10.0.0.1');

function expressApp(mode: Mode, lines: readonly string[]): string {
  return [imports(mode, [{ from: 'express', default: 'express' }]), 'const app = express();', 'const router = express.Router();', ...lines].join('\n');
}

const EXPRESS_REGISTRATIONS: readonly string[] = [
  `app.get('/admin', `,
  `app.post('/admin', `,
  `app.put('/admin/:id', `,
  `app.patch('/admin/:id', `,
  `app.delete('/admin/:id', `,
  `app.all('/admin/*', `,
  `app.use(`,
  `app.use('/admin', `,
  `router.get('/admin', `,
  `router.use(`,
  `app.route('/admin').get(`,
  `app.get('/admin', authenticate, `,
];

describe('handler detection', () => {
  describe('express', () => {
    runCases([
      ...EXPRESS_REGISTRATIONS.map(
        (register): FlowCase => ({
          name: `${register}(rq, rs, nxt) => …)`,
          modes: ['cjs'],
          code: (mode: Mode) => expressApp(mode, [`${register}(rq, rs, nxt) => {`, DENY_BODY, '});']),
          flows: [flow(XFF, denyRq)],
        }),
      ),
      {
        name: 'a named function declared apart and registered by reference',
        code: (mode) => expressApp(mode, ['function officeOnly(rq, rs, nxt) {', DENY_BODY, '}', `app.use('/admin', officeOnly);`]),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: 'a middleware in an array',
        modes: ['esm'],
        code: (mode) => expressApp(mode, ['const officeOnly = (rq, rs, nxt) => {', DENY_BODY, '};', `app.get('/admin', [officeOnly], listUsers);`]),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: 'TypeScript: typed parameters',
        modes: ['ts'],
        code: [
          `import express, { type NextFunction, type Request, type Response } from 'express';`,
          'const app = express();',
          'app.use((rq: Request, rs: Response, nxt: NextFunction): void => {',
          `  if (rq.headers['x-forwarded-for'] !== '10.0.0.1') { rs.sendStatus(403); return; }`,
          '  nxt();',
          '});',
        ].join('\n'),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: 'negative: the same function, never registered and with no request-like parameter name',
        code: (mode) => expressApp(mode, ['function officeOnly(rq, rs, nxt) {', DENY_BODY, '}', 'export default officeOnly;'].filter((line) => mode !== 'cjs' || !line.startsWith('export'))),
        flows: [],
      },
    ]);
  });

  describe('koa', () => {
    runCases([
      {
        name: 'app.use(async (c, nxt) => …) with c.get()',
        code: (mode) =>
          [
            imports(mode, [{ from: 'koa', default: 'Koa' }]),
            'const app = new Koa();',
            'app.use(async (c, nxt) => {',
            `  if (c.get('X-Forwarded-For') !== '10.0.0.1') c.throw(403);`,
            '  await nxt();',
            '});',
          ].join('\n'),
        flows: [flow(XFF, decision('deny', 'compare', `c.get('X-Forwarded-For')`, '10.0.0.1'))],
      },
      {
        name: '@koa/router route with c.request.headers',
        modes: ['esm'],
        code: (mode) =>
          [
            imports(mode, [{ from: '@koa/router', default: 'Router' }]),
            'const router = new Router();',
            `router.get('/admin', async (c) => {`,
            `  if (c.request.headers['x-real-ip'] !== '10.0.0.1') c.throw(403, 'internal only');`,
            '  c.body = await adminReport();',
            '});',
          ].join('\n'),
        flows: [flow(header('spoofable-ip', 'X-Real-IP'), decision('deny', 'compare', `c.request.headers['x-real-ip']`, '10.0.0.1'))],
      },
    ]);
  });

  describe('fastify', () => {
    const body = [`  if (rq.headers['x-forwarded-for'] !== '10.0.0.1') return reply.code(403).send();`, '  return adminReport();'].join('\n');
    const fastifyApp = (mode: Mode, lines: readonly string[]): string =>
      [imports(mode, [{ from: 'fastify', default: 'Fastify' }]), 'const fastify = Fastify({ logger: true });', ...lines].join('\n');
    runCases([
      {
        name: 'fastify.get(path, handler)',
        code: (mode) => fastifyApp(mode, [`fastify.get('/admin', async (rq, reply) => {`, body, '});']),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: 'fastify.get(path, { preHandler }, handler)',
        modes: ['cjs'],
        code: (mode) => fastifyApp(mode, [`fastify.get('/admin', { preHandler: async (rq, reply) => {`, body, '} }, listUsers);']),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: 'fastify.route({ handler })',
        code: (mode) => fastifyApp(mode, [`fastify.route({ method: 'GET', url: '/admin', handler: async (rq, reply) => {`, body, '} });']),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: `fastify.addHook('onRequest', …)`,
        code: (mode) => fastifyApp(mode, [`fastify.addHook('onRequest', async (rq, reply) => {`, body, '});']),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: 'a plugin: fastify.register(async (instance) => instance.get(…))',
        modes: ['esm'],
        code: (mode) =>
          fastifyApp(mode, ['fastify.register(async (instance) => {', `  instance.get('/admin', async (rq, reply) => {`, body, '  });', '});']),
        flows: [flow(XFF, denyRq)],
      },
    ]);
  });

  describe('hapi', () => {
    const hapiApp = (mode: Mode, lines: readonly string[]): string =>
      [
        imports(mode, [
          { from: '@hapi/hapi', default: 'Hapi' },
          { from: '@hapi/boom', default: 'Boom' },
        ]),
        'const server = Hapi.server({ port: 3000 });',
        ...lines,
      ].join('\n');
    const body = [`    if (rq.headers['x-forwarded-for'] !== '10.0.0.1') throw Boom.forbidden();`, `    return h.response('ok');`].join('\n');
    runCases([
      {
        name: 'server.route({ handler })',
        code: (mode) => hapiApp(mode, [`server.route({ method: 'GET', path: '/admin', handler: (rq, h) => {`, body, '} });']),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: 'server.route([{ options: { handler } }])',
        modes: ['cjs'],
        code: (mode) => hapiApp(mode, [`server.route([{ method: 'GET', path: '/admin', options: { handler: (rq, h) => {`, body, '} } }]);']),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: `server.ext('onPreAuth', …)`,
        modes: ['cjs'],
        code: (mode) => hapiApp(mode, [`server.ext('onPreAuth', (rq, h) => {`, body.replace(`h.response('ok')`, 'h.continue'), '});']),
        flows: [flow(XFF, denyRq)],
      },
    ]);
  });

  describe('NestJS', () => {
    runCases([
      {
        name: 'a controller method with @Req()',
        modes: ['ts'],
        code: [
          `import { Controller, ForbiddenException, Get, Req } from '@nestjs/common';`,
          `import type { Request } from 'express';`,
          `@Controller('admin')`,
          'export class AdminController {',
          '  @Get()',
          '  list(@Req() rq: Request) {',
          `    if (rq.headers['x-forwarded-for'] !== '10.0.0.1') throw new ForbiddenException();`,
          '    return adminReport();',
          '  }',
          '}',
        ].join('\n'),
        flows: [flow(XFF, denyRq)],
      },
      {
        name: 'a guard: canActivate with context.switchToHttp().getRequest()',
        modes: ['ts'],
        code: [
          `import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';`,
          `import type { Request } from 'express';`,
          `const OFFICE = ['10.0.0.1', '10.0.0.2'];`,
          '@Injectable()',
          'export class OfficeGuard implements CanActivate {',
          '  canActivate(context: ExecutionContext): boolean {',
          '    const rq = context.switchToHttp().getRequest<Request>();',
          `    return OFFICE.includes(rq.headers['x-forwarded-for']);`,
          '  }',
          '}',
        ].join('\n'),
        // The comparison may also surface as a `decision` with consequence `guard`; this case pins the guard-return.
        only: ['guard-return'],
        flows: [flow(XFF, guardReturn(`rq.headers['x-forwarded-for']`))],
      },
      {
        name: 'a guard that throws, then returns true',
        modes: ['ts'],
        code: [
          `import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';`,
          '@Injectable()',
          'export class InternalGuard implements CanActivate {',
          '  canActivate(context: ExecutionContext): boolean {',
          '    const incoming = context.switchToHttp().getRequest();',
          `    if (incoming.headers['x-internal'] !== 'yes') throw new UnauthorizedException();`,
          '    return true;',
          '  }',
          '}',
        ].join('\n'),
        only: ['decision'],
        flows: [
          flow(
            header('identity-header', 'x-internal'),
            // Both "answers 401" (deny) and "inside a guard" (guard) describe this; a reviewer accepts either.
            decisionLike(/(?:deny|guard) compare="yes"/u, `incoming.headers['x-internal']`),
          ),
        ],
      },
    ]);
  });

  describe('Next.js', () => {
    runCases([
      {
        name: 'a route handler export (POST) with an unusual parameter name',
        modes: ESM_MODES,
        filename: 'app/api/admin/route.ts',
        code: (mode) =>
          [
            `import { NextResponse } from 'next/server';`,
            `export async function POST(${mode === 'ts' ? 'incoming: Request' : 'incoming'}) {`,
            `  if (incoming.headers.get('x-forwarded-for') !== '10.0.0.1') return NextResponse.json({ error: 'forbidden' }, { status: 403 });`,
            '  return NextResponse.json(await runAdminJob());',
            '}',
          ].join('\n'),
        flows: [flow(XFF, decision('deny', 'compare', `incoming.headers.get('x-forwarded-for')`, '10.0.0.1'))],
      },
      {
        name: 'a route handler as an exported const arrow (GET)',
        modes: ESM_MODES,
        filename: 'app/api/admin/route.ts',
        code: [
          'export const GET = async (incoming) => {',
          `  if (incoming.headers.get('x-forwarded-for') !== '10.0.0.1') return new Response('Forbidden', { status: 403 });`,
          '  return Response.json(await adminReport());',
          '};',
        ].join('\n'),
        flows: [flow(XFF, decision('deny', 'compare', `incoming.headers.get('x-forwarded-for')`, '10.0.0.1'))],
      },
      {
        name: 'middleware',
        modes: ESM_MODES,
        filename: 'middleware.ts',
        code: [
          `import { NextResponse } from 'next/server';`,
          'export function middleware(incoming) {',
          `  if (!incoming.headers.get('x-user-id')) return new NextResponse(null, { status: 401 });`,
          '  return NextResponse.next();',
          '}',
          `export const config = { matcher: '/admin/:path*' };`,
        ].join('\n'),
        flows: [flow(header('identity-header', 'x-user-id'), decision('deny', 'truthy', `incoming.headers.get('x-user-id')`))],
      },
    ]);
  });

  describe('the name fallback: req / request / ctx in a function no one registers', () => {
    const helper = (param: string, read: string) =>
      [`export function fromOffice(${param}) {`, `  if (${read} === '10.0.0.1') return true;`, '  return false;', '}'].join('\n');
    runCases([
      {
        name: 'req',
        modes: ESM_MODES,
        code: helper('req', `req.headers['x-forwarded-for']`),
        only: ['decision'],
        flows: [flow(XFF, decision('allow', 'compare', `req.headers['x-forwarded-for']`, '10.0.0.1'))],
      },
      {
        name: 'request',
        modes: ESM_MODES,
        code: helper('request', `request.headers['x-forwarded-for']`),
        only: ['decision'],
        flows: [flow(XFF, decision('allow', 'compare', `request.headers['x-forwarded-for']`, '10.0.0.1'))],
      },
      {
        name: 'ctx',
        modes: ESM_MODES,
        code: helper('ctx', `ctx.get('x-forwarded-for')`),
        only: ['decision'],
        flows: [flow(XFF, decision('allow', 'compare', `ctx.get('x-forwarded-for')`, '10.0.0.1'))],
      },
      {
        name: 'negative: any other name (input)',
        modes: ESM_MODES,
        code: helper('input', `input.headers['x-forwarded-for']`),
        flows: [],
      },
      {
        name: 'negative: any other name (msg)',
        code: (mode) =>
          [`function fromOffice(msg) {`, `  if (msg.headers['x-forwarded-for'] === '10.0.0.1') return true;`, '  return false;', '}', mode === 'cjs' ? 'module.exports = fromOffice;' : 'export default fromOffice;'].join('\n'),
        flows: [],
      },
    ]);
  });

  describe('DOM message events are not requests', () => {
    runCases([
      {
        name: `window.addEventListener('message', (event) => …) checking event.origin`,
        modes: ESM_MODES,
        code: [
          `window.addEventListener('message', (event) => {`,
          `  if (event.origin !== 'https://app.example.com') throw new Error('forbidden origin');`,
          '  session.token = event.data.token;',
          '});',
        ].join('\n'),
        flows: [],
      },
      {
        name: 'onmessage = (event) => … granting on event.origin',
        modes: ESM_MODES,
        code: [
          'window.onmessage = (event) => {',
          `  if (event.origin === 'https://admin.example.com') return true;`,
          '  return false;',
          '};',
        ].join('\n'),
        flows: [],
      },
      {
        name: 'a message listener whose parameter is named request',
        modes: ['esm'],
        code: [
          `self.addEventListener('message', (request) => {`,
          `  if (request.origin !== 'https://app.example.com') throw new Error('forbidden origin');`,
          '  grantAccess(request.data);',
          '});',
        ].join('\n'),
        // Contract-silent, reviewer's choice: `request.origin` is not a request shape the contract lists (`ctx.origin` is
        // koa's); the message listener makes it a MessageEvent.
        flows: [],
      },
    ]);
  });
});

