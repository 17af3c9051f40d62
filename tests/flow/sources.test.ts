/**
 * The flow engine's sources: every untrusted value the contract (src/flow/types.ts, `SourceKind`) names, read through
 * each access shape, and the look-alikes that must not be sources. Each positive case guards `next()` (or answers
 * 403) with the value, so the sink is an unambiguous decision and the case is about the source alone.
 */
import { describe } from 'vitest';
import {
  containing,
  ANY,
  ESM_MODES,
  callArgument,
  decision,
  decisionLike,
  express,
  expressGate,
  field,
  flow,
  guardReturn,
  header,
  identity,
  imports,
  queryKey,
  runCases,
  source,
  type FlowCase,
  type Mode,
} from './harness';

const SPOOFABLE_IP_HEADERS: readonly (readonly [string, string])[] = [
  ['x-forwarded-for', 'X-Forwarded-For'],
  ['x-real-ip', 'X-Real-IP'],
  ['x-client-ip', 'X-Client-IP'],
  ['cf-connecting-ip', 'CF-Connecting-IP'],
  ['true-client-ip', 'True-Client-IP'],
  ['fastly-client-ip', 'Fastly-Client-IP'],
  ['x-cluster-client-ip', 'X-Cluster-Client-IP'],
  ['forwarded', 'Forwarded'],
  ['x-forwarded', 'X-Forwarded'],
  ['forwarded-for', 'Forwarded-For'],
  ['proxy-client-ip', 'Proxy-Client-IP'],
  ['wl-proxy-client-ip', 'WL-Proxy-Client-IP'],
];

const IDENTITY_HEADERS: readonly string[] = [
  'x-user-id',
  'x-user-role',
  'x-tenant-id',
  'x-internal',
  'x-forwarded-user',
  'x-forwarded-email',
  'x-auth-request-user',
  'x-auth-request-email',
  'x-goog-authenticated-user-email',
  'x-goog-authenticated-user-id',
  'x-ms-client-principal',
  'x-ms-client-principal-name',
  'x-ms-client-principal-id',
  'remote-user',
  'x-remote-user',
  'x-amzn-oidc-identity',
];

const gate = (expr: string) => decision('next', 'compare', expr, '10.0.0.1');

/** A Next.js App Router route handler that answers 403 unless `<expr>` is the office address. */
function nextRoute(mode: Mode, prelude: string, expr: string, extraImports = ''): string {
  const param = mode === 'ts' ? 'request: NextRequest' : 'request';
  return [
    mode === 'ts' ? `import { NextResponse, type NextRequest } from 'next/server';` : `import { NextResponse } from 'next/server';`,
    extraImports,
    `export async function GET(${param}) {`,
    prelude,
    `  if (${expr} !== '10.0.0.1') {`,
    `    return NextResponse.json({ error: 'forbidden' }, { status: 403 });`,
    '  }',
    '  return NextResponse.json(await loadAdminReport());',
    '}',
  ].join('\n');
}

/** A koa app whose middleware lets the request through when `<expr>` equals `compared`. */
function koa(mode: Mode, expr: string, compared: string, options: { readonly newKoa?: string } = {}): string {
  return [
    imports(mode, [{ from: 'koa', default: 'Koa' }]),
    `const app = new Koa(${options.newKoa ?? ''});`,
    `app.use(async (ctx, next) => {`,
    `  if (${expr} === '${compared}') return next();`,
    `  ctx.throw(403);`,
    '});',
  ].join('\n');
}

describe('sources', () => {
  describe('spoofable-ip: the forwarding headers', () => {
    runCases(
      SPOOFABLE_IP_HEADERS.map(([name, display]) => ({
        name: `req.headers['${name}']`,
        modes: ['cjs'],
        code: (mode: Mode) => expressGate(mode, `req.headers['${name}']`),
        flows: [flow(header('spoofable-ip', display), gate(`req.headers['${name}']`))],
      })),
    );

    runCases([
      {
        name: 'the same gate in every module format',
        code: (mode) => expressGate(mode, `req.headers['x-forwarded-for']`),
        flows: [flow(header('spoofable-ip', 'X-Forwarded-For'), gate(`req.headers['x-forwarded-for']`))],
      },
      {
        name: 'dot access where the header name is an identifier: req.headers.forwarded',
        modes: ['esm'],
        code: (mode) => expressGate(mode, 'req.headers.forwarded'),
        flows: [flow(header('spoofable-ip', 'Forwarded'), gate('req.headers.forwarded'))],
      },
      {
        name: 'req.get() with the usual spelling',
        modes: ['esm'],
        code: (mode) => expressGate(mode, `req.get('X-Forwarded-For')`),
        flows: [flow(header('spoofable-ip', 'X-Forwarded-For'), gate(`req.get('X-Forwarded-For')`))],
      },
      {
        name: 'req.get() in lower case',
        modes: ['esm'],
        code: (mode) => expressGate(mode, `req.get('x-real-ip')`),
        flows: [flow(header('spoofable-ip', 'X-Real-IP'), gate(`req.get('x-real-ip')`))],
      },
      {
        name: 'req.header()',
        modes: ['cjs'],
        code: (mode) => expressGate(mode, `req.header('CF-Connecting-IP')`),
        flows: [flow(header('spoofable-ip', 'CF-Connecting-IP'), gate(`req.header('CF-Connecting-IP')`))],
      },
      {
        name: 'fetch-style request.headers.get() in a Next.js route handler',
        modes: ESM_MODES,
        filename: 'app/api/admin/route.ts',
        code: (mode) => nextRoute(mode, '', `request.headers.get('x-forwarded-for')`),
        flows: [
          flow(
            header('spoofable-ip', 'X-Forwarded-For'),
            decision('deny', 'compare', `request.headers.get('x-forwarded-for')`, '10.0.0.1'),
          ),
        ],
      },
      {
        name: "Next.js headers() from 'next/headers', awaited (Next 15)",
        modes: ESM_MODES,
        filename: 'app/api/admin/route.ts',
        code: (mode) =>
          nextRoute(mode, `  const list = await headers();\n  const ip = list.get('x-real-ip');`, 'ip', `import { headers } from 'next/headers';`),
        flows: [flow(header('spoofable-ip', 'X-Real-IP'), decision('deny', 'compare', 'ip', '10.0.0.1'))],
      },
      {
        name: "Next.js headers().get() called directly (Next 14), imported under another name",
        modes: ESM_MODES,
        filename: 'app/api/admin/route.ts',
        code: (mode) =>
          nextRoute(mode, '', `nextHeaders().get('x-forwarded-for')`, `import { headers as nextHeaders } from 'next/headers';`),
        flows: [
          flow(header('spoofable-ip', 'X-Forwarded-For'), decision('deny', 'compare', `nextHeaders().get('x-forwarded-for')`, '10.0.0.1')),
        ],
      },
      {
        name: 'request-ip getClientIp(req), default import / require',
        code: (mode) =>
          express(mode, `  const ip = requestIp.getClientIp(req);\n  if (ip === '10.0.0.1') return next();\n  return res.sendStatus(403);`, {
            imports: [{ from: 'request-ip', default: 'requestIp' }],
          }),
        flows: [flow(source('spoofable-ip', containing('getClientIp')), gate('ip'))],
      },
      {
        name: 'request-ip getClientIp(req), named import / destructured require',
        code: (mode) =>
          express(mode, `  if (getClientIp(req) === '10.0.0.1') return next();\n  return res.sendStatus(403);`, {
            imports: [{ from: 'request-ip', named: ['getClientIp'] }],
          }),
        flows: [flow(source('spoofable-ip', containing('getClientIp')), gate('getClientIp(req)'))],
      },
      {
        name: 'req.clientIp set by the request-ip middleware',
        code: (mode) =>
          expressGate(mode, 'req.clientIp', { imports: [{ from: 'request-ip', default: 'requestIp' }], before: 'app.use(requestIp.mw());' }),
        flows: [flow(source('spoofable-ip', 'req.clientIp'), gate('req.clientIp'))],
      },
    ]);
  });

  describe('spoofable-ip: look-alikes that are not sources', () => {
    runCases([
      {
        name: 'a local getClientIp imported from the app itself (not request-ip)',
        code: (mode) =>
          express(mode, `  if (getClientIp(req) === '10.0.0.1') return next();\n  return res.sendStatus(403);`, {
            imports: [{ from: './net/client-ip', named: ['getClientIp'] }],
          }),
        flows: [],
      },
      {
        name: "a headers() that does not come from 'next/headers'",
        modes: ESM_MODES,
        filename: 'app/api/admin/route.ts',
        code: (mode) => nextRoute(mode, `  const ip = headers().get('x-real-ip');`, 'ip', `import { headers } from '../../lib/headers';`),
        flows: [],
      },
      {
        name: 'a header of an upstream fetch response, not of the request',
        code: (mode) =>
          express(
            mode,
            [
              `  fetch('https://geo.example.com/lookup').then((upstream) => {`,
              `    if (upstream.headers.get('x-forwarded-for') === '10.0.0.1') return next();`,
              `    return res.sendStatus(403);`,
              '  });',
            ].join('\n'),
          ),
        flows: [],
      },
      {
        // MSAL names its token request objects `request`; their type says they are not HTTP requests.
        name: 'a parameter named request whose type is an OAuth token request (SilentRequest)',
        modes: ['ts'],
        code: `import type { SilentRequest } from '@azure/msal-browser';
export function pickAccount(request: SilentRequest, next: () => void) {
  if (request.headers['x-user-role'] === 'admin') return next();
  if (request.ip === '10.0.0.1') return next();
}`,
        flows: [],
      },
      ...['accept-language', 'content-type', 'x-request-id', 'authorization'].map(
        (name): FlowCase => ({
          name: `an ordinary request header: ${name}`,
          modes: ['cjs'],
          code: (mode: Mode) => expressGate(mode, `req.headers['${name}']`),
          flows: [],
        }),
      ),
    ]);
  });

  describe('network-location', () => {
    runCases([
      {
        name: 'req.socket.remoteAddress',
        code: (mode) => expressGate(mode, 'req.socket.remoteAddress'),
        flows: [flow(source('network-location', 'req.socket.remoteAddress'), gate('req.socket.remoteAddress'))],
      },
      {
        name: 'req.connection.remoteAddress',
        modes: ['cjs'],
        code: (mode) => expressGate(mode, 'req.connection.remoteAddress'),
        flows: [flow(source('network-location', 'req.connection.remoteAddress'), gate('req.connection.remoteAddress'))],
      },
      {
        name: 'hapi request.info.remoteAddress',
        code: (mode) =>
          [
            imports(mode, [
              { from: '@hapi/hapi', default: 'Hapi' },
              { from: '@hapi/boom', default: 'Boom' },
            ]),
            'const server = Hapi.server({ port: 3000 });',
            'server.route({',
            `  method: 'GET',`,
            `  path: '/admin',`,
            '  handler: (request, h) => {',
            `    if (request.info.remoteAddress !== '127.0.0.1') throw Boom.forbidden('internal only');`,
            `    return h.response(adminReport());`,
            '  },',
            '});',
          ].join('\n'),
        flows: [
          flow(
            source('network-location', 'request.info.remoteAddress'),
            decision('deny', 'compare', 'request.info.remoteAddress', '127.0.0.1'),
          ),
        ],
      },
      {
        name: 'socket.io socket.handshake.address',
        code: (mode) =>
          [
            imports(mode, [{ from: 'socket.io', named: ['Server'] }]),
            'const io = new Server(httpServer);',
            'io.use((socket, next) => {',
            `  if (socket.handshake.address === '127.0.0.1') return next();`,
            `  next(new Error('unauthorized'));`,
            '});',
          ].join('\n'),
        flows: [
          flow(source('network-location', 'socket.handshake.address'), decision('next', 'compare', 'socket.handshake.address', '127.0.0.1')),
        ],
      },
      {
        name: 'req.ip when the file does not trust every proxy',
        code: (mode) => expressGate(mode, 'req.ip'),
        flows: [flow(source('network-location', 'req.ip'), gate('req.ip'))],
      },
      {
        name: 'req.ip with a trust-proxy hop count stays network-location',
        modes: ['cjs'],
        code: (mode) => expressGate(mode, 'req.ip', { before: `app.set('trust proxy', 1);` }),
        flows: [flow(source('network-location', 'req.ip'), gate('req.ip'))],
      },
      {
        name: "req.ip becomes spoofable-ip when the same file sets 'trust proxy' to true",
        code: (mode) => expressGate(mode, 'req.ip', { before: `app.set('trust proxy', true);` }),
        flows: [flow(source('spoofable-ip', 'req.ip'), gate('req.ip'))],
      },
      {
        name: "req.ips under app.enable('trust proxy') is spoofable-ip",
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  if (req.ips.includes('10.0.0.1')) return next();\n  return res.sendStatus(403);`, {
            before: `app.enable('trust proxy');`,
          }),
        flows: [flow(source('spoofable-ip', 'req.ips'), decision('next', 'match', 'req.ips'))],
      },
      {
        name: 'koa ctx.ip without proxy trust',
        modes: ['esm'],
        code: (mode) => koa(mode, 'ctx.ip', '10.0.0.1'),
        flows: [flow(source('network-location', 'ctx.ip'), gate('ctx.ip'))],
      },
      {
        name: 'koa ctx.ip with new Koa({ proxy: true })',
        modes: ['esm'],
        code: (mode) => koa(mode, 'ctx.ip', '10.0.0.1', { newKoa: '{ proxy: true }' }),
        flows: [flow(source('spoofable-ip', 'ctx.ip'), gate('ctx.ip'))],
      },
      {
        name: 'fastify request.ip with Fastify({ trustProxy: true })',
        code: (mode) =>
          [
            imports(mode, [{ from: 'fastify', default: 'Fastify' }]),
            'const fastify = Fastify({ trustProxy: true });',
            `fastify.get('/admin', async (request, reply) => {`,
            `  if (request.ip !== '10.0.0.1') return reply.code(403).send();`,
            '  return adminReport();',
            '});',
          ].join('\n'),
        flows: [flow(source('spoofable-ip', 'request.ip'), decision('deny', 'compare', 'request.ip', '10.0.0.1'))],
      },
      {
        name: 'NestJS @Ip() parameter',
        modes: ['ts'],
        code: [
          `import { Controller, ForbiddenException, Get, Ip } from '@nestjs/common';`,
          `@Controller('admin')`,
          'export class AdminController {',
          '  constructor(private readonly reports: ReportService) {}',
          '  @Get()',
          '  list(@Ip() ip: string) {',
          `    if (ip !== '127.0.0.1') throw new ForbiddenException();`,
          '    return this.reports.list();',
          '  }',
          '}',
        ].join('\n'),
        flows: [flow(source('network-location', ANY), decision('deny', 'compare', 'ip', '127.0.0.1'))],
      },
    ]);
  });

  describe('spoofable-header: Host, Origin, Referer, User-Agent', () => {
    const host = (expr: string) => decision('next', 'compare', expr, 'localhost:3000');
    const hostGate = (mode: Mode, expr: string) =>
      express(mode, `  if (${expr} === 'localhost:3000') return next();\n  return res.sendStatus(403);`);
    runCases([
      {
        name: 'req.headers.host',
        code: (mode) => hostGate(mode, 'req.headers.host'),
        flows: [flow(header('spoofable-header', 'Host'), host('req.headers.host'))],
      },
      {
        name: `req.get('host')`,
        modes: ['cjs'],
        code: (mode) => hostGate(mode, `req.get('host')`),
        flows: [flow(header('spoofable-header', 'Host'), host(`req.get('host')`))],
      },
      {
        name: 'req.hostname',
        modes: ['cjs'],
        code: (mode) => hostGate(mode, 'req.hostname'),
        flows: [flow(source('spoofable-header', /Host|req\.hostname/u), host('req.hostname'))],
      },
      {
        name: `req.headers['x-forwarded-host']`,
        modes: ['cjs'],
        code: (mode) => hostGate(mode, `req.headers['x-forwarded-host']`),
        flows: [flow(header('spoofable-header', 'X-Forwarded-Host'), host(`req.headers['x-forwarded-host']`))],
      },
      {
        name: 'req.headers.origin with startsWith',
        modes: ['esm'],
        code: (mode) =>
          express(mode, `  if (req.headers.origin.startsWith('https://admin.example.com')) return next();\n  return res.sendStatus(403);`),
        flows: [flow(header('spoofable-header', 'Origin'), decision('next', 'match', 'req.headers.origin'))],
      },
      {
        name: 'req.headers.referer with includes',
        modes: ['esm'],
        code: (mode) => express(mode, `  if (!req.headers.referer.includes('admin.example.com')) return res.sendStatus(403);\n  next();`),
        // An Origin/Referer check that only refuses is cross-site-request defence, not authentication: no flow.
        flows: [],
      },
      {
        name: `req.get('Referrer') (express reads Referer for either spelling)`,
        modes: ['esm'],
        code: (mode) => express(mode, `  if (!req.get('Referrer').startsWith('https://admin.example.com/')) return res.sendStatus(403);\n  next();`),
        // Refusing only: cross-site-request defence, not authentication.
        flows: [],
      },
      {
        name: 'User-Agent',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.headers['user-agent'].includes('InternalMonitor/')) return next();\n  return res.sendStatus(401);`),
        flows: [flow(header('spoofable-header', 'User-Agent'), decision('next', 'match', `req.headers['user-agent']`))],
      },
      {
        name: 'koa ctx.host',
        modes: ['esm'],
        code: (mode) => koa(mode, 'ctx.host', 'localhost:3000'),
        flows: [flow(source('spoofable-header', /ctx\.host|Host/u), decision('next', 'compare', 'ctx.host', 'localhost:3000'))],
      },
      {
        name: 'koa ctx.origin',
        modes: ['esm'],
        code: (mode) => koa(mode, 'ctx.origin', 'https://admin.example.com'),
        flows: [flow(source('spoofable-header', /ctx\.origin|Origin/u), decision('next', 'compare', 'ctx.origin', 'https://admin.example.com'))],
      },
    ]);
  });

  describe('identity-header', () => {
    runCases([
      ...IDENTITY_HEADERS.map(
        (name): FlowCase => ({
          name: `req.headers['${name}']`,
          modes: ['cjs'],
          code: (mode: Mode) => express(mode, `  if (req.headers['${name}'] === 'admin') return next();\n  return res.sendStatus(403);`),
          flows: [flow(header('identity-header', name), decision('next', 'compare', `req.headers['${name}']`, 'admin'))],
        }),
      ),
      {
        name: `req.get('X-User-Role') in every module format`,
        code: (mode) => express(mode, `  if (req.get('X-User-Role') !== 'admin') return res.sendStatus(403);\n  next();`),
        flows: [flow(header('identity-header', 'x-user-role'), decision('deny', 'compare', `req.get('X-User-Role')`, 'admin'))],
      },
      {
        name: 'fastify request.headers',
        code: (mode) =>
          [
            imports(mode, [{ from: 'fastify', default: 'Fastify' }]),
            'const fastify = Fastify();',
            `fastify.addHook('preHandler', async (request, reply) => {`,
            `  if (!request.headers['x-internal']) return reply.code(401).send();`,
            '});',
          ].join('\n'),
        flows: [flow(header('identity-header', 'x-internal'), decision('deny', 'truthy', `request.headers['x-internal']`))],
      },
      {
        name: `NestJS @Headers('x-user-id') parameter`,
        modes: ['ts'],
        code: [
          `import { Controller, ForbiddenException, Get, Headers } from '@nestjs/common';`,
          `@Controller('accounts')`,
          'export class AccountsController {',
          '  @Get()',
          `  list(@Headers('x-user-id') userId: string) {`,
          `    if (userId !== 'root') throw new ForbiddenException();`,
          '    return listAccounts();',
          '  }',
          '}',
        ].join('\n'),
        flows: [flow(source('identity-header', containing('x-user-id', true)), decision('deny', 'compare', 'userId', 'root'))],
      },
    ]);
  });

  describe('client-field', () => {
    runCases([
      {
        name: 'req.body.role',
        code: (mode) => express(mode, `  if (req.body.role === 'admin') return next();\n  return res.sendStatus(403);`),
        flows: [flow(field('client-field', 'req.body.role'), decision('next', 'compare', 'req.body.role', 'admin'))],
      },
      {
        name: 'req.query.isAdmin tested for truth',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.query.isAdmin) return next();\n  return res.sendStatus(403);`),
        flows: [flow(field('client-field', 'req.query.isAdmin'), decision('next', 'truthy', 'req.query.isAdmin'))],
      },
      {
        name: 'req.cookies.user',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.cookies.user === 'admin') return next();\n  return res.sendStatus(403);`),
        flows: [flow(field('client-field', 'req.cookies.user'), decision('next', 'compare', 'req.cookies.user', 'admin'))],
      },
      {
        name: 'req.params.tenantId',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.params.tenantId !== 'acme') return res.sendStatus(403);\n  next();`),
        // Route parameters name the resource, not the caller: only authorization-shaped ones (`role`) are sources.
        flows: [],
      },
      {
        name: 'koa ctx.request.body',
        modes: ['esm'],
        code: (mode) => koa(mode, 'ctx.request.body.role', 'admin'),
        flows: [flow(field('client-field', 'ctx.request.body.role'), decision('next', 'compare', 'ctx.request.body.role', 'admin'))],
      },
      {
        name: 'hapi request.payload',
        modes: ['cjs'],
        code: (mode) =>
          [
            imports(mode, [
              { from: '@hapi/hapi', default: 'Hapi' },
              { from: '@hapi/boom', default: 'Boom' },
            ]),
            'const server = Hapi.server({ port: 3000 });',
            `server.route({ method: 'POST', path: '/users', handler: (request, h) => {`,
            `  if (request.payload.isAdmin !== true) throw Boom.forbidden();`,
            '  return h.response(createUser(request.payload)).code(201);',
            '} });',
          ].join('\n'),
        flows: [flow(field('client-field', 'request.payload.isAdmin'), decision('deny', 'compare', 'request.payload.isAdmin'))],
      },
      {
        name: `NestJS @Body('role') parameter`,
        modes: ['ts'],
        code: [
          `import { Body, Controller, ForbiddenException, Post } from '@nestjs/common';`,
          `@Controller('users')`,
          'export class UsersController {',
          '  @Post()',
          `  create(@Body('role') role: string, @Body() dto: CreateUserDto) {`,
          `    if (role !== 'admin') throw new ForbiddenException();`,
          '    return createUser(dto);',
          '  }',
          '}',
        ].join('\n'),
        flows: [flow(source('client-field', containing('role')), decision('deny', 'compare', 'role', 'admin'))],
      },
    ]);
  });

  describe('client-field: request data that is not authorization-shaped or not client-controlled', () => {
    runCases([
      {
        name: 'req.body.confirm (not an authorization name)',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.body.confirm === 'yes') return next();\n  return res.sendStatus(403);`),
        flows: [],
      },
      {
        name: 'req.query.format',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.query.format === 'json') return next();\n  return res.sendStatus(403);`),
        flows: [],
      },
      // Contract-silent, reviewer's choice: cookie-parser verifies the HMAC of `req.signedCookies`, so the client cannot
      // forge them; `req.session` and `res.locals` are server-side state (A11 "Do not flag").
      {
        name: 'req.signedCookies.user',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.signedCookies.user === 'admin') return next();\n  return res.sendStatus(403);`),
        flows: [],
      },
      {
        name: 'req.session.role',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.session.role === 'admin') return next();\n  return res.sendStatus(403);`),
        flows: [],
      },
      {
        name: 'res.locals.role',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (res.locals.role === 'admin') return next();\n  return res.sendStatus(403);`),
        flows: [],
      },
    ]);
  });

  describe('decoded-token and token-header: decode-only APIs', () => {
    const bearer = `  const token = req.headers.authorization.split(' ')[1];`;
    runCases([
      {
        // The contract's own example of a display name: "the decode API (`jwt.decode()`)".
        name: 'jsonwebtoken decode()',
        code: (mode) =>
          express(mode, `${bearer}\n  const claims = jwt.decode(token);\n  if (claims.role === 'admin') return next();\n  return res.sendStatus(403);`, {
            imports: [{ from: 'jsonwebtoken', default: 'jwt' }],
          }),
        flows: [flow(source('decoded-token', 'jwt.decode()', 'role'), decision('next', 'compare', 'claims.role', 'admin'))],
      },
      {
        name: 'jsonwebtoken decode as a named import / destructured require',
        code: (mode) =>
          express(mode, `${bearer}\n  if (decode(token).role === 'admin') return next();\n  return res.sendStatus(403);`, {
            imports: [{ from: 'jsonwebtoken', named: ['decode'] }],
          }),
        flows: [flow(source('decoded-token', containing('decode()'), 'role'), decision('next', 'compare', 'decode(token).role', 'admin'))],
      },
      {
        name: 'TypeScript import jwt = require()',
        modes: ['ts'],
        code: express('ts', `${bearer}\n  const claims = jwt.decode(token) as JwtPayload;\n  if (claims.role === 'admin') return next();\n  return res.sendStatus(403);`, {
          before: `import jwt = require('jsonwebtoken');`,
        }),
        flows: [flow(source('decoded-token', /(?:jwt\.)?decode\(\)/u, 'role'), decision('next', 'compare', 'claims.role', 'admin'))],
      },
      {
        // The payload of a complete decode stays decoded-token (path through `payload`, or from `.payload` on); its
        // header is a token-header source.
        name: 'jsonwebtoken decode(t, { complete: true }): payload is decoded-token, header is token-header',
        code: (mode) =>
          express(
            mode,
            [
              bearer,
              '  const decoded = jwt.decode(token, { complete: true });',
              '  const key = fs.readFileSync(decoded.header.kid);',
              `  if (decoded.payload.role === 'admin') return next();`,
              '  return res.sendStatus(403);',
            ].join('\n'),
            { imports: [{ from: 'jsonwebtoken', default: 'jwt' }, { from: 'node:fs', default: 'fs' }] },
          ),
        flows: [
          flow(source('token-header', ANY, /(?:header\.)?kid/u), callArgument('fs.readFileSync', 0, 'decoded.header.kid')),
          flow(source('decoded-token', ANY, /(?:payload\.)?role/u), decision('next', 'compare', 'decoded.payload.role', 'admin')),
        ],
      },
      {
        name: 'jwt-decode v4 named export',
        code: (mode) =>
          express(mode, `${bearer}\n  const user = jwtDecode(token);\n  if (user.roles.includes('admin')) return next();\n  return res.sendStatus(403);`, {
            imports: [{ from: 'jwt-decode', named: ['jwtDecode'] }],
          }),
        flows: [flow(source('decoded-token', containing('jwtDecode()'), 'roles'), decision('next', 'match', 'user.roles'))],
      },
      {
        name: 'jwt-decode v3 default export',
        code: (mode) =>
          express(mode, `${bearer}\n  const user = jwtDecode(token);\n  if (user.roles.includes('admin')) return next();\n  return res.sendStatus(403);`, {
            imports: [{ from: 'jwt-decode', default: 'jwtDecode' }],
          }),
        flows: [flow(source('decoded-token', containing('jwtDecode()'), 'roles'), decision('next', 'match', 'user.roles'))],
      },
      {
        name: 'jose decodeJwt',
        code: (mode) =>
          express(mode, `${bearer}\n  const claims = decodeJwt(token);\n  if (claims.scope !== 'admin') return res.sendStatus(403);\n  next();`, {
            imports: [{ from: 'jose', named: ['decodeJwt'] }],
          }),
        flows: [flow(source('decoded-token', containing('decodeJwt()'), 'scope'), decision('deny', 'compare', 'claims.scope', 'admin'))],
      },
      {
        // From the verifier model: @hapi/jwt's decoder.
        name: '@hapi/jwt token.decode',
        code: (mode) =>
          express(mode, `${bearer}\n  const artifacts = Jwt.token.decode(token);\n  if (artifacts.decoded.payload.role === 'admin') return next();\n  return res.sendStatus(403);`, {
            imports: [{ from: '@hapi/jwt', default: 'Jwt' }],
          }),
        flows: [flow(source('decoded-token', ANY, 'decoded.payload.role'), decision('next', 'compare', 'artifacts.decoded.payload.role', 'admin'))],
      },
      {
        // From the verifier model: NestJS JwtService reached through constructor injection.
        name: 'NestJS JwtService#decode in a guard',
        modes: ['ts'],
        code: [
            `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';`,
            `import { JwtService } from '@nestjs/jwt';`,
            '@Injectable()',
            'export class AdminGuard implements CanActivate {',
            '  constructor(private readonly jwt: JwtService) {}',
            '  canActivate(context: ExecutionContext): boolean {',
            '    const request = context.switchToHttp().getRequest();',
            `    const claims = this.jwt.decode(request.headers.authorization.slice(7));`,
            `    return claims.role === 'admin';`,
            '  }',
            '}',
          ].join('\n'),
        flows: [flow(source('decoded-token', ANY, 'role'), guardReturn('claims.role'))],
      },
      {
        name: 'jose decodeProtectedHeader is token-header',
        code: (mode) =>
          express(mode, `${bearer}\n  const protectedHeader = decodeProtectedHeader(token);\n  fetch(protectedHeader.jku).then(() => next());`, {
            imports: [{ from: 'jose', named: ['decodeProtectedHeader'] }],
          }),
        flows: [flow(source('token-header', containing('decodeProtectedHeader()'), 'jku'), callArgument('fetch', 0, 'protectedHeader.jku'))],
      },
      {
        name: `the hand-rolled JSON.parse(atob(t.split('.')[1]))`,
        code: (mode) =>
          express(mode, `${bearer}\n  const claims = JSON.parse(atob(token.split('.')[1]));\n  if (claims.admin) return next();\n  return res.sendStatus(403);`),
        flows: [flow(source('decoded-token', ANY, 'admin'), decision('next', 'truthy', 'claims.admin'))],
      },
      {
        name: `the hand-rolled Buffer.from(t.split('.')[1], 'base64url')`,
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());\n  if (claims.role === 'admin') return next();\n  return res.sendStatus(403);`,
          ),
        flows: [flow(source('decoded-token', ANY, 'role'), decision('next', 'compare', 'claims.role', 'admin'))],
      },
      {
        name: `the hand-rolled Buffer.from(…, 'base64').toString('utf8')`,
        modes: ['cjs'],
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  const [, body] = token.split('.');\n  const claims = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));\n  if (claims.role === 'admin') return next();\n  return res.sendStatus(403);`,
          ),
        flows: [flow(source('decoded-token', ANY, 'role'), decision('next', 'compare', 'claims.role', 'admin'))],
      },
    ]);
  });

  describe('decode look-alikes that are not sources', () => {
    runCases([
      {
        name: 'base64 JSON of an ordinary query parameter',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  const state = JSON.parse(Buffer.from(req.query.state, 'base64url').toString());\n  if (state.returnTo === '/admin') return next();\n  return res.sendStatus(403);`),
        flows: [],
      },
      {
        name: 'a decode() from another library',
        code: (mode) =>
          express(mode, `  const title = decode(req.body.title);\n  if (title === 'admin') return next();\n  return res.sendStatus(403);`, {
            imports: [{ from: 'html-entities', named: ['decode'] }],
          }),
        flows: [],
      },
    ]);
  });

  describe('claims: verifier results and identity-provider objects', () => {
    const bearer = `  const token = req.headers.authorization.split(' ')[1];`;
    runCases([
      {
        name: 'jsonwebtoken verify() result',
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });\n  if (claims.email === 'admin@contoso.com') return next();\n  return res.sendStatus(403);`,
            { imports: [{ from: 'jsonwebtoken', default: 'jwt' }] },
          ),
        flows: [flow(source('claims', ANY, 'email'), decision('next', 'compare', 'claims.email', 'admin@contoso.com'))],
      },
      {
        name: 'jsonwebtoken verify() callback (err, decoded)',
        code: (mode) =>
          express(
            mode,
            [
              bearer,
              `  jwt.verify(token, publicKey, { algorithms: ['RS256'] }, (err, decoded) => {`,
              '    if (err) return res.sendStatus(401);',
              `    if (decoded.email.endsWith('@contoso.com')) return next();`,
              '    return res.sendStatus(403);',
              '  });',
            ].join('\n'),
            { imports: [{ from: 'jsonwebtoken', default: 'jwt' }] },
          ),
        flows: [flow(source('claims', ANY, 'email'), decision('next', 'match', 'decoded.email'))],
      },
      {
        name: 'jose jwtVerify(…).then(({ payload }) => …)',
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  jwtVerify(token, JWKS, { issuer, audience }).then(({ payload }) => {\n    if (payload.email === 'admin@contoso.com') return next();\n    return res.sendStatus(403);\n  });`,
            { imports: [{ from: 'jose', named: ['jwtVerify'] }] },
          ),
        flows: [flow(source('claims', ANY, 'payload.email'), decision('next', 'compare', 'payload.email', 'admin@contoso.com'))],
      },
      {
        name: 'jose jwtVerify: awaited, destructured payload',
        code: (mode) =>
          express(mode, `${bearer}\n  const { payload } = await jwtVerify(token, JWKS, { issuer, audience });\n  if (payload.email === 'admin@contoso.com') return next();\n  return res.sendStatus(403);`, {
            register: 'app.use(async ',
            imports: [{ from: 'jose', named: ['jwtVerify'] }],
          }),
        flows: [flow(source('claims', ANY, 'payload.email'), decision('next', 'compare', 'payload.email', 'admin@contoso.com'))],
      },
      {
        name: 'jose (await jwtVerify(t, k)).payload.email — the contract example',
        modes: ESM_MODES,
        code: (mode) =>
          [
            imports(mode, [{ from: 'jose', named: ['jwtVerify'] }]),
            'export async function requireAdmin(token) {',
            `  if ((await jwtVerify(token, JWKS)).payload.email !== 'admin@contoso.com') throw new Error('forbidden');`,
            '}',
          ].join('\n'),
        only: ['decision'],
        flows: [
          flow(
            source('claims', ANY, 'payload.email'),
            decisionLike(/(?:deny|guard) compare="admin@contoso\.com"/u, '(await jwtVerify(token, JWKS)).payload.email'),
          ),
        ],
      },
      {
        name: 'req.user',
        code: (mode) => express(mode, `  if (req.user.email === 'admin@contoso.com') return next();\n  return res.sendStatus(403);`),
        flows: [flow(source('claims', 'req.user', 'email'), decision('next', 'compare', 'req.user.email', 'admin@contoso.com'))],
      },
      {
        name: 'req.auth (express-jwt)',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.auth.preferred_username !== 'admin@contoso.com') return res.sendStatus(403);\n  next();`),
        flows: [
          flow(source('claims', 'req.auth', 'preferred_username'), decision('deny', 'compare', 'req.auth.preferred_username', 'admin@contoso.com')),
        ],
      },
      {
        name: 'koa ctx.state.user',
        modes: ['esm'],
        code: (mode) => koa(mode, 'ctx.state.user.upn', 'admin@contoso.com'),
        flows: [flow(source('claims', 'ctx.state.user', 'upn'), decision('next', 'compare', 'ctx.state.user.upn', 'admin@contoso.com'))],
      },
      {
        name: 'MSAL result.idTokenClaims',
        code: (mode) =>
          [
            imports(mode, [
              { from: 'express', default: 'express' },
              { from: '@azure/msal-node', named: ['ConfidentialClientApplication'] },
            ]),
            'const app = express();',
            'const cca = new ConfidentialClientApplication(msalConfig);',
            `app.get('/admin', async (req, res, next) => {`,
            '  const result = await cca.acquireTokenSilent({ account: req.session.account, scopes });',
            '  if (ADMINS.includes(result.idTokenClaims.preferred_username)) return next();',
            `  res.redirect('/');`,
            '});',
          ].join('\n'),
        flows: [
          flow(
            source('claims', ANY, /(?:idTokenClaims\.)?preferred_username/u),
            decision('next', 'match', 'result.idTokenClaims.preferred_username'),
          ),
        ],
      },
      {
        name: 'Auth.js signIn callback profile',
        modes: ESM_MODES,
        code: (mode) =>
          [
            imports(mode, [
              { from: 'next-auth', default: 'NextAuth' },
              { from: 'next-auth/providers/google', default: 'Google' },
            ]),
            'export const { handlers, auth } = NextAuth({',
            '  providers: [Google],',
            '  callbacks: {',
            '    async signIn({ profile }) {',
            `      if (profile.email.endsWith('@contoso.com')) return true;`,
            '      return false;',
            '    },',
            '  },',
            '});',
          ].join('\n'),
        only: ['decision'],
        flows: [flow(source('claims', containing('profile'), 'email'), decision('allow', 'match', 'profile.email'))],
      },
      {
        name: 'Auth.js session callback token',
        modes: ESM_MODES,
        code: (mode) =>
          [
            imports(mode, [{ from: 'next-auth', default: 'NextAuth' }]),
            'export const { handlers, auth } = NextAuth({',
            '  providers,',
            '  callbacks: {',
            '    session({ session, token }) {',
            `      if (token.email === 'boss@contoso.com') session.user.role = 'admin';`,
            '      return session;',
            '    },',
            '  },',
            '});',
          ].join('\n'),
        only: ['decision'],
        flows: [flow(source('claims', ANY, 'email'), decision('allow', 'compare', 'token.email', 'boss@contoso.com'))],
      },
      {
        // The contract does not say; antipatterns.md Z6 counts variables named like claims as claims objects, and the
        // risk (a mutable claim deciding access) does not depend on where the object came from.
        name: 'a variable named claims, whatever built it',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  const claims = buildClaims(loadProfile());\n  if (claims.email === 'admin@contoso.com') return next();\n  return res.sendStatus(403);`),
        flows: [flow(source('claims', ANY, 'email'), decision('next', 'compare', 'claims.email', 'admin@contoso.com'))],
      },
      {
        name: 'passport verify callback profile used as the account-link key',
        code: (mode) =>
          [
            imports(mode, [
              { from: 'passport', default: 'passport' },
              { from: 'passport-google-oauth20', named: ['Strategy as GoogleStrategy'] },
            ]),
            'passport.use(',
            '  new GoogleStrategy(googleOptions, async (accessToken, refreshToken, profile, done) => {',
            '    const user = await User.findOne({ email: profile.emails[0].value });',
            '    done(null, user);',
            '  }),',
            ');',
          ].join('\n'),
        flows: [flow(source('claims', containing('profile'), /emails\.0\.value|emails/u), queryKey('email', 'profile.emails[0].value'))],
      },
    ]);
  });

  describe('claims: look-alikes and uses that are not flows', () => {
    runCases([
      {
        name: 'claims only displayed',
        code: (mode) => express(mode, `  res.render('profile', { name: req.user.name, email: req.user.email });`),
        flows: [],
      },
    ]);
  });

  describe('the identity sink from each kind (one row per kind, to pin the kinds together)', () => {
    runCases([
      {
        name: 'decoded-token and client-field into req.user',
        modes: ['cjs'],
        code: (mode) =>
          express(
            mode,
            `  req.user = jwt.decode(req.headers.authorization);\n  req.user.role = req.body.role;\n  next();`,
            { imports: [{ from: 'jsonwebtoken', default: 'jwt' }] },
          ),
        flows: [
          flow(source('decoded-token', /(?:jwt\.)?decode\(\)/u, ''), identity('req.user', 'jwt.decode(req.headers.authorization)')),
          flow(field('client-field', 'req.body.role'), identity(/req\.user(?:\.role)?/u, 'req.body.role')),
        ],
      },
    ]);
  });
});
