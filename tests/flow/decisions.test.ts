/**
 * Sinks: decisions (positions, tests, IP-range predicates and the consequence filter), guard returns, identities,
 * query keys, rate-limit keys and exemptions, call arguments of token sources, and `tokenVerified`.
 */
import { describe } from 'vitest';
import {
  containing,
  ANY,
  ALL_MODES,
  ESM_MODES,
  callArgument,
  decision,
  decisionLike,
  express,
  field,
  flow,
  guardReturn,
  header,
  identity,
  imports,
  limiterExemption,
  queryKey,
  rateLimitKey,
  runCases,
  source,
  type ExpressOptions,
  type FlowCase,
  type Import,
  type Mode,
} from './harness';

const XFF = header('spoofable-ip', 'X-Forwarded-For');
const READ = `req.headers['x-forwarded-for']`;

/** An express middleware that reads X-Forwarded-For into `ip`, then runs `body`. */
function withIp(body: string, options: ExpressOptions = {}): (mode: Mode) => string {
  return (mode) => express(mode, `  const ip = ${READ};\n${body}`, options);
}

function ipCase(name: string, body: string, flows: FlowCase['flows'], extra: Partial<FlowCase> = {}): FlowCase {
  return { name, modes: ['cjs'], code: withIp(body), flows, ...extra };
}

describe('decisions', () => {
  describe('positions', () => {
    runCases([
      ipCase('if', `  if (ip === '10.0.0.1') return next();\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'compare', 'ip', '10.0.0.1'))], {
        modes: ALL_MODES,
      }),
      ipCase('ternary', `  return ip === '10.0.0.1' ? next() : res.sendStatus(403);`, [flow(XFF, decision('next', 'compare', 'ip', '10.0.0.1'))]),
      ipCase('while', `  while (BLOCKED.has(ip)) {\n    return res.sendStatus(403);\n  }\n  next();`, [flow(XFF, decision('deny', 'match', 'ip'))]),
      ipCase(
        'switch (comparedWith may name the case)',
        `  switch (ip) {\n    case '10.0.0.1':\n      return next();\n  }\n  return res.sendStatus(403);`,
        [flow(XFF, decisionLike(/next compare(?:="10\.0\.0\.1")?/u, 'ip'))],
      ),
      ipCase('&& with an untainted operand', `  if (req.method === 'GET' && ip === '10.0.0.1') return next();\n  return res.sendStatus(403);`, [
        flow(XFF, decision('next', 'compare', 'ip', '10.0.0.1')),
      ]),
      ipCase('|| of two tests on the value', `  if (ip === '127.0.0.1' || ip.startsWith('10.')) return next();\n  return res.sendStatus(403);`, [
        flow(XFF, decision('next', 'compare', 'ip', '127.0.0.1')),
        flow(XFF, decision('next', 'match', 'ip')),
      ]),
      ipCase('! of a predicate, early return', `  if (!OFFICE.includes(ip)) return res.sendStatus(403);\n  next();`, [flow(XFF, decision('deny', 'match', 'ip'))]),
      // A presence test on an address decides nothing about who the caller is: no flow.
      ipCase('the value itself, truthy', `  if (ip) return next();\n  return res.sendStatus(401);`, []),
    ]);
  });

  describe('comparisons', () => {
    runCases([
      ipCase('==', `  if (ip == '10.0.0.1') return next();\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'compare', 'ip', '10.0.0.1'))]),
      ipCase('!= with the literal on the left', `  if ('10.0.0.1' != ip) return res.sendStatus(403);\n  next();`, [
        flow(XFF, decision('deny', 'compare', 'ip', '10.0.0.1')),
      ]),
      {
        name: '> against a number',
        modes: ['cjs'],
        code: (mode) => express(mode, `  if (req.body.role > 2) return next();\n  return res.sendStatus(403);`),
        flows: [flow(field('client-field', 'req.body.role'), decision('next', 'compare', 'req.body.role', 2))],
      },
      {
        name: '< against a non-static operand has no comparedWith',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  const claims = jwt.decode(req.headers.authorization.slice(7));\n  if (claims.level < MINIMUM_LEVEL) return res.sendStatus(401);\n  next();`, {
            imports: [{ from: 'jsonwebtoken', default: 'jwt' }],
          }),
        flows: [flow(source('decoded-token', containing('decode()'), 'level'), decision('deny', 'compare', 'claims.level'))],
      },
      {
        // exp/iat/nbf alone only time a refresh; the engine leaves them out.
        name: 'a decision on exp alone is not a flow',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  const claims = jwt.decode(req.headers.authorization.slice(7));\n  if (claims.exp < Date.now() / 1000) return res.sendStatus(401);\n  next();`, {
            imports: [{ from: 'jsonwebtoken', default: 'jwt' }],
          }),
        flows: [],
      },
    ]);
  });

  describe('string and collection predicates', () => {
    runCases([
      ipCase('allowList.includes(value)', `  if (OFFICE.includes(ip)) return next();\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'match', 'ip'))], {
        modes: ALL_MODES,
      }),
      ipCase('value.includes(…)', `  if (ip.includes('10.0.')) return next();\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'match', 'ip'))]),
      ipCase('set.has(value)', `  if (OFFICE_SET.has(ip)) return next();\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'match', 'ip'))]),
      ipCase('startsWith', `  if (ip.startsWith('192.168.')) return next();\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'match', 'ip'))]),
      ipCase('endsWith', `  if (ip.endsWith('.1')) return next();\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'match', 'ip'))]),
      ipCase('regex.test(value)', String.raw`  if (/^10\./u.test(ip)) return next();` + `\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'match', 'ip'))]),
      ipCase('value.match(regex)', String.raw`  if (ip.match(/^10\./u)) return next();` + `\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'match', 'ip'))]),
      ipCase('allowList.indexOf(value) !== -1', `  if (OFFICE.indexOf(ip) !== -1) return next();\n  return res.sendStatus(403);`, [flow(XFF, decision('next', 'match', 'ip'))]),
    ]);
  });

  describe('IP-range libraries', () => {
    const range = [flow(XFF, decision('next', 'range', 'addr'))];
    const rangeCase = (name: string, modules: readonly Import[], test: string, before = ''): FlowCase => ({
      name,
      code: (mode) => express(mode, `  const addr = ${READ};\n  if (${test}) return next();\n  return res.sendStatus(403);`, { imports: modules, before }),
      flows: range,
    });
    runCases([
      rangeCase(`ip.isPrivate (package 'ip')`, [{ from: 'ip', default: 'ip' }], 'ip.isPrivate(addr)'),
      rangeCase(`ip.cidrSubnet(…).contains`, [{ from: 'ip', default: 'ip' }], `ip.cidrSubnet('10.0.0.0/8').contains(addr)`),
      rangeCase(`ipaddr.parse(x).range() === 'private'`, [{ from: 'ipaddr.js', default: 'ipaddr' }], `ipaddr.parse(addr).range() === 'private'`),
      rangeCase(`ipaddr.process(x).match(cidr)`, [{ from: 'ipaddr.js', default: 'ipaddr' }], `ipaddr.process(addr).match(ipaddr.parseCIDR('10.0.0.0/8'))`),
      rangeCase(`ip-range-check`, [{ from: 'ip-range-check', default: 'ipRangeCheck' }], `ipRangeCheck(addr, ['10.0.0.0/8', '192.168.0.0/16'])`),
      rangeCase(`range_check.inRange`, [{ from: 'range_check', default: 'rangeCheck' }], `rangeCheck.inRange(addr, '10.0.0.0/8')`),
      rangeCase(
        `net.BlockList#check`,
        [{ from: 'node:net', default: 'net' }],
        'office.check(addr)',
        `const office = new net.BlockList();\noffice.addSubnet('10.0.0.0', 8);`,
      ),
      rangeCase(
        `BlockList#check, named import`,
        [{ from: 'net', named: ['BlockList'] }],
        `office.check(addr, 'ipv4')`,
        `const office = new BlockList();\noffice.addSubnet('10.0.0.0', 8);`,
      ),
      rangeCase(
        `cidr-matcher contains`,
        [{ from: 'cidr-matcher', default: 'CidrMatcher' }],
        'office.contains(addr)',
        `const office = new CidrMatcher(['10.0.0.0/8']);`,
      ),
      {
        name: 'negative: check() on an object that is not a BlockList',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  const addr = ${READ};\n  if (table.check(addr)) return next();\n  return res.sendStatus(403);`, { before: 'const table = createLookupTable();' }),
        flows: [],
      },
    ]);
  });

  describe('consequences that make a decision count', () => {
    runCases([
      ipCase('next()', `  if (OFFICE.includes(ip)) next();\n  else res.sendStatus(403);`, [flow(XFF, decision('next', 'match', 'ip'))]),
      {
        name: 'return true',
        modes: ESM_MODES,
        code: [`export function fromOffice(req) {`, `  const ip = ${READ};`, `  if (OFFICE.includes(ip)) return true;`, '  return false;', '}'].join('\n'),
        only: ['decision'],
        flows: [flow(XFF, decision('allow', 'match', 'ip'))],
      },
      {
        // MSAL's cache lookup: a matcher that returns true decides nothing about access outside a guard or handler.
        name: 'return true in a plain matcher is no consequence',
        modes: ESM_MODES,
        code: ['export function matchLoginHint(tokenClaims, loginHint) {', '  if (tokenClaims.upn === loginHint) return true;', '  return false;', '}'].join('\n'),
        flows: [],
      },
      ipCase('res.status(403)', `  if (!OFFICE.includes(ip)) return res.status(403).json({ error: 'forbidden' });\n  next();`, [flow(XFF, decision('deny', 'match', 'ip'))]),
      ipCase('res.sendStatus(401)', `  if (!OFFICE.includes(ip)) return res.sendStatus(401);\n  next();`, [flow(XFF, decision('deny', 'match', 'ip'))]),
      {
        name: 'ctx.throw(403)',
        modes: ['esm'],
        code: (mode) =>
          [imports(mode, [{ from: 'koa', default: 'Koa' }]), 'const app = new Koa();', 'app.use(async (ctx, next) => {', `  if (!OFFICE.includes(ctx.get('x-forwarded-for'))) ctx.throw(403);`, '  await next();', '});'].join('\n'),
        flows: [flow(XFF, decision('deny', 'match', `ctx.get('x-forwarded-for')`))],
      },
      {
        name: 'ctx.status = 403',
        modes: ['esm'],
        code: (mode) =>
          [
            imports(mode, [{ from: 'koa', default: 'Koa' }]),
            'const app = new Koa();',
            'app.use(async (ctx, next) => {',
            `  if (!OFFICE.includes(ctx.get('x-forwarded-for'))) {`,
            '    ctx.status = 403;',
            '    return;',
            '  }',
            '  await next();',
            '});',
          ].join('\n'),
        flows: [flow(XFF, decision('deny', 'match', `ctx.get('x-forwarded-for')`))],
      },
      {
        name: 'throw new ForbiddenException()',
        modes: ['ts'],
        code: [
          `import { Controller, ForbiddenException, Get, Req } from '@nestjs/common';`,
          `@Controller('admin')`,
          'export class AdminController {',
          '  @Get()',
          '  list(@Req() req) {',
          `    if (!OFFICE.includes(req.headers['x-forwarded-for'])) throw new ForbiddenException();`,
          '    return adminReport();',
          '  }',
          '}',
        ].join('\n'),
        flows: [flow(XFF, decision('deny', 'match', READ))],
      },
      {
        name: 'res.writeHead(403) in a node:http server',
        code: (mode) =>
          [
            imports(mode, [{ from: 'node:http', default: 'http' }]),
            'http.createServer((req, res) => {',
            `  if (!OFFICE.includes(req.headers['x-forwarded-for'])) {`,
            '    res.writeHead(403);',
            '    return res.end();',
            '  }',
            '  serveAdmin(req, res);',
            '}).listen(8080);',
          ].join('\n'),
        flows: [flow(XFF, decision('deny', 'match', READ))],
      },
      ipCase('assignment to req.user', `  if (OFFICE.includes(ip)) req.user = { id: 'office', role: 'admin' };\n  next();`, [flow(XFF, decision('allow', 'match', 'ip'))], {
        modes: ALL_MODES,
      }),
      ipCase('assignment of a role flag: req.isAdmin = true', `  if (OFFICE.includes(ip)) req.isAdmin = true;\n  next();`, [flow(XFF, decision('allow', 'match', 'ip'))]),
      ipCase('a role flag in the session: req.session.isAdmin = true', `  if (OFFICE.includes(ip)) req.session.isAdmin = true;\n  next();`, [flow(XFF, decision('allow', 'match', 'ip'))]),
      ipCase('a grant call', `  if (OFFICE.includes(ip)) grantAdminAccess(req);\n  next();`, [flow(XFF, decision('allow', 'match', 'ip'))]),
      {
        name: 'inside a function named like an auth check, a branch that only sets a local',
        modes: ESM_MODES,
        code: [
          'export function isInternal(req) {',
          '  let internal = false;',
          `  if (OFFICE.includes(${READ})) internal = true;`,
          '  return internal;',
          '}',
        ].join('\n'),
        only: ['decision'],
        flows: [flow(XFF, decision('guard', 'match', READ))],
      },
    ]);
  });

  describe('decisions without a security consequence are dropped', () => {
    runCases([
      ipCase('logging', `  if (ip.startsWith('10.')) console.log('office request', ip);\n  next();`, [], { modes: ALL_MODES }),
      ipCase('a logger call', `  if (OFFICE.includes(ip)) logger.info({ ip }, 'office request');\n  next();`, []),
      ipCase('metrics', `  if (OFFICE.includes(ip)) metrics.increment('requests.office');\n  next();`, []),
      ipCase('geo display', `  const region = ip.startsWith('10.') ? 'internal' : geoip.lookup(ip)?.country;\n  res.locals.region = region;\n  next();`, []),
      ipCase('a branch that only sets a local variable', `  let office = false;\n  if (OFFICE.includes(ip)) office = true;\n  res.json({ office });`, []),
      ipCase('a branch that only sets a response header', `  if (ip === '10.0.0.1') res.set('Cache-Control', 'no-store');\n  next();`, []),
      {
        name: 'an SSRF check on an outbound URL',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  const target = new URL(req.body.url);\n  if (ip.isPrivate(target.hostname)) return res.status(403).send('blocked');\n  next();`, {
            imports: [{ from: 'ip', default: 'ip' }],
          }),
        flows: [],
      },
    ]);
  });

  describe('guard-return', () => {
    runCases([
      {
        name: 'NestJS canActivate returns a comparison',
        modes: ['ts'],
        code: [
          `import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';`,
          '@Injectable()',
          'export class AdminGuard implements CanActivate {',
          '  canActivate(context: ExecutionContext): boolean {',
          '    const req = context.switchToHttp().getRequest();',
          `    return req.headers['x-user-role'] === 'admin';`,
          '  }',
          '}',
        ].join('\n'),
        only: ['guard-return'],
        flows: [flow(header('identity-header', 'x-user-role'), guardReturn(`req.headers['x-user-role']`))],
      },
      {
        name: 'function isInternal(req) returns a predicate',
        code: (mode) =>
          [`function isInternal(req) {`, `  return OFFICE.includes(${READ});`, '}', mode === 'cjs' ? 'module.exports = { isInternal };' : 'export { isInternal };'].join('\n'),
        only: ['guard-return'],
        flows: [flow(XFF, guardReturn(READ))],
      },
      {
        name: 'checkAccess returns a network-location test',
        modes: ['cjs'],
        code: [`function checkAccess(req) {`, '  const addr = req.socket.remoteAddress;', `  return addr.startsWith('10.');`, '}', 'module.exports = checkAccess;'].join('\n'),
        only: ['guard-return'],
        flows: [flow(source('network-location', 'req.socket.remoteAddress'), guardReturn('addr'))],
      },
      {
        name: 'an arrow isAllowed returns the tainted value itself',
        modes: ['esm'],
        code: `export const isAllowed = (req) => req.query.isAdmin;`,
        only: ['guard-return'],
        flows: [flow(field('client-field', 'req.query.isAdmin'), guardReturn('req.query.isAdmin'))],
      },
      {
        name: 'negative: a function that is not a guard returns a label',
        modes: ['esm'],
        code: `export function describeClient(req) {\n  return ${READ} === '127.0.0.1' ? 'local' : 'remote';\n}`,
        flows: [],
      },
      {
        name: 'negative: a function that is not a guard returns a boolean',
        modes: ['esm'],
        code: `export function hasForwardedChain(req) {\n  return ${READ}.includes(',');\n}`,
        flows: [],
      },
    ]);
  });

  describe('identity', () => {
    runCases([
      {
        name: 'req.user = decoded',
        code: (mode) =>
          express(mode, `  const decoded = jwt.decode(req.headers.authorization.slice(7));\n  req.user = decoded;\n  next();`, {
            imports: [{ from: 'jsonwebtoken', default: 'jwt' }],
          }),
        flows: [flow(source('decoded-token', containing('decode()'), ''), identity('req.user', 'decoded'))],
      },
      {
        name: 'req.auth = decodeJwt(token)',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  req.auth = decodeJwt(req.headers.authorization.slice(7));\n  next();`, { imports: [{ from: 'jose', named: ['decodeJwt'] }] }),
        flows: [flow(source('decoded-token', containing('decodeJwt()'), ''), identity('req.auth', 'decodeJwt(req.headers.authorization.slice(7))'))],
      },
      {
        name: 'ctx.state.user = jwtDecode(token)',
        modes: ['esm'],
        code: (mode) =>
          [
            imports(mode, [
              { from: 'koa', default: 'Koa' },
              { from: 'jwt-decode', named: ['jwtDecode'] },
            ]),
            'const app = new Koa();',
            'app.use(async (ctx, next) => {',
            `  ctx.state.user = jwtDecode(ctx.get('authorization').slice(7));`,
            '  await next();',
            '});',
          ].join('\n'),
        flows: [flow(source('decoded-token', containing('jwtDecode()'), ''), identity('ctx.state.user', `jwtDecode(ctx.get('authorization').slice(7))`))],
      },
      {
        name: `req.session.userId = req.headers['x-user-id']`,
        code: (mode) => express(mode, `  req.session.userId = req.headers['x-user-id'];\n  next();`),
        flows: [flow(header('identity-header', 'x-user-id'), identity(/(?:req\.)?session\.userId/u, `req.headers['x-user-id']`))],
      },
      {
        name: 'res.locals.user = { id: header }',
        modes: ['cjs'],
        code: (mode) => express(mode, `  res.locals.user = { id: req.headers['x-user-id'] };\n  next();`),
        flows: [flow(header('identity-header', 'x-user-id'), identity(/res\.locals\.user(?:\.id)?/u, `req.headers['x-user-id']`))],
      },
      {
        name: 'GraphQL context: ({ req }) => ({ userId: header })',
        modes: ESM_MODES,
        code: (mode) =>
          [
            imports(mode, [
              { from: '@apollo/server', named: ['ApolloServer'] },
              { from: '@apollo/server/standalone', named: ['startStandaloneServer'] },
            ]),
            'const server = new ApolloServer({ typeDefs, resolvers });',
            'await startStandaloneServer(server, {',
            `  context: async ({ req }) => ({ userId: req.headers['x-user-id'] }),`,
            '});',
          ].join('\n'),
        flows: [flow(header('identity-header', 'x-user-id'), identity('context.userId', `req.headers['x-user-id']`))],
      },
      {
        name: 'Apollo expressMiddleware context: user from a decode',
        modes: ['cjs'],
        code: (mode) =>
          [
            imports(mode, [
              { from: '@apollo/server/express4', named: ['expressMiddleware'] },
              { from: 'jsonwebtoken', default: 'jwt' },
            ]),
            `app.use('/graphql', expressMiddleware(server, {`,
            '  context: async ({ req }) => ({ user: jwt.decode(req.headers.authorization) }),',
            '}));',
          ].join('\n'),
        flows: [flow(source('decoded-token', containing('decode()'), ''), identity('context.user', 'jwt.decode(req.headers.authorization)'))],
      },
      {
        name: 'tRPC createContext returns a tenantId',
        modes: ['ts'],
        code: [
          `import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';`,
          `export const createContext = ({ req }: CreateExpressContextOptions) => ({ tenantId: req.headers['x-tenant-id'] });`,
        ].join('\n'),
        flows: [flow(header('identity-header', 'x-tenant-id'), identity('context.tenantId', `req.headers['x-tenant-id']`))],
      },
      {
        name: 'negative: a request id, a client address kept for logs, a child logger',
        code: (mode) =>
          express(
            mode,
            [
              `  req.requestId = req.headers['x-request-id'];`,
              `  req.clientAddress = req.headers['x-forwarded-for'];`,
              `  req.log = logger.child({ userId: req.headers['x-user-id'] });`,
              '  next();',
            ].join('\n'),
          ),
        flows: [],
      },
      {
        name: 'negative: a GraphQL context member that is not an identity',
        modes: ['esm'],
        code: (mode) =>
          [
            imports(mode, [{ from: '@apollo/server/standalone', named: ['startStandaloneServer'] }]),
            `await startStandaloneServer(server, { context: async ({ req }) => ({ locale: req.headers['accept-language'], clientAddress: req.headers['x-forwarded-for'] }) });`,
          ].join('\n'),
        flows: [],
      },
    ]);
  });

  describe('query-key', () => {
    runCases([
      {
        name: `Order.find({ tenantId: req.headers['x-tenant-id'] })`,
        code: (mode) => express(mode, `  Order.find({ tenantId: req.headers['x-tenant-id'] }).then((orders) => res.json(orders), next);`),
        flows: [flow(header('identity-header', 'x-tenant-id'), queryKey('tenantId', `req.headers['x-tenant-id']`))],
      },
      {
        name: 'prisma findMany({ where: { tenantId } }) with shorthand',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  const tenantId = req.headers['x-tenant-id'];\n  prisma.order.findMany({ where: { tenantId } }).then((orders) => res.json(orders), next);`),
        flows: [flow(header('identity-header', 'x-tenant-id'), queryKey('tenantId', 'tenantId'))],
      },
      {
        name: 'a client field as the owner key',
        modes: ['cjs'],
        code: (mode) => express(mode, `  db.collection('documents').find({ ownerId: req.body.ownerId }).toArray().then((docs) => res.json(docs), next);`),
        flows: [flow(field('client-field', 'req.body.ownerId'), queryKey('ownerId', 'req.body.ownerId'))],
      },
      {
        name: 'knex where({ tenant_id })',
        modes: ['cjs'],
        code: (mode) => express(mode, `  knex('orders').where({ tenant_id: req.headers['x-tenant-id'] }).then((rows) => res.json(rows), next);`),
        flows: [flow(header('identity-header', 'x-tenant-id'), queryKey('tenant_id', `req.headers['x-tenant-id']`))],
      },
      {
        name: 'claims: prisma.user.findUnique({ where: { email: profile.email } }) in a passport callback',
        code: (mode) =>
          [
            imports(mode, [
              { from: 'passport', default: 'passport' },
              { from: 'passport-azure-ad', named: ['OIDCStrategy'] },
            ]),
            'passport.use(new OIDCStrategy(oidcOptions, async (iss, sub, profile, done) => {',
            '  const user = await prisma.user.findUnique({ where: { email: profile.email } });',
            '  done(null, user);',
            '}));',
          ].join('\n'),
        flows: [flow(source('claims', containing('profile'), 'email'), queryKey('email', 'profile.email'))],
      },
      {
        name: 'negative: a catalogue filter',
        modes: ['cjs'],
        code: (mode) => express(mode, `  Product.find({ category: req.query.category }).then((items) => res.json(items), next);`),
        flows: [],
      },
      {
        name: 'negative: a tenant header logged or echoed, not queried',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  logger.info({ tenantId: req.headers['x-tenant-id'] }, 'request');\n  res.json({ tenantId: req.headers['x-tenant-id'] });`),
        flows: [],
      },
    ]);
  });

  describe('rate-limit-key', () => {
    runCases([
      {
        name: 'express-rate-limit keyGenerator arrow',
        code: (mode) =>
          [
            imports(mode, [{ from: 'express-rate-limit', default: 'rateLimit' }]),
            `export const limiter = rateLimit({ windowMs: 60_000, limit: 100, keyGenerator: (req) => req.headers['x-forwarded-for'] });`,
          ]
            .join('\n')
            .replace('export const limiter =', mode === 'cjs' ? 'module.exports.limiter =' : 'export const limiter ='),
        flows: [flow(XFF, rateLimitKey(READ))],
      },
      {
        name: 'express-rate-limit keyGenerator method',
        modes: ['cjs'],
        code: (mode) =>
          [
            imports(mode, [{ from: 'express-rate-limit', named: ['rateLimit'] }]),
            `app.use(rateLimit({ limit: 5, keyGenerator(req) { return req.get('X-Real-IP'); } }));`,
          ].join('\n'),
        flows: [flow(header('spoofable-ip', 'X-Real-IP'), rateLimitKey(`req.get('X-Real-IP')`))],
      },
      {
        name: 'express-slow-down keyGenerator with req.ip under trust proxy true',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, '  next();', {
            imports: [{ from: 'express-slow-down', named: ['slowDown'] }],
            before: `app.set('trust proxy', true);\napp.use(slowDown({ delayAfter: 5, keyGenerator: (req) => req.ip }));`,
          }),
        flows: [flow(source('spoofable-ip', 'req.ip'), rateLimitKey('req.ip'))],
      },
      {
        name: 'rate-limiter-flexible consume()',
        code: (mode) =>
          [
            imports(mode, [
              { from: 'express', default: 'express' },
              { from: 'rate-limiter-flexible', named: ['RateLimiterMemory'] },
              { from: 'request-ip', default: 'requestIp' },
            ]),
            'const app = express();',
            'const limiter = new RateLimiterMemory({ points: 5, duration: 60 });',
            `app.post('/login', (req, res, next) => {`,
            '  limiter.consume(requestIp.getClientIp(req)).then(() => next(), () => res.status(429).send());',
            '});',
          ].join('\n'),
        flows: [flow(source('spoofable-ip', containing('getClientIp')), rateLimitKey('requestIp.getClientIp(req)'))],
      },
      {
        name: 'rate-limiter-flexible penalty() and get()',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  const ip = ${READ};\n  limiter.penalty(ip);\n  limiter.get(ip).then(() => next());`, {
            imports: [{ from: 'rate-limiter-flexible', named: ['RateLimiterRedis'] }],
            before: 'const limiter = new RateLimiterRedis({ storeClient: redis, points: 10 });',
          }),
        flows: [flow(XFF, rateLimitKey('ip')), flow(XFF, rateLimitKey('ip'))],
      },
      {
        name: 'negative: ipKeyGenerator(req.ip) and a user name',
        modes: ['cjs'],
        code: (mode) =>
          [
            imports(mode, [{ from: 'express-rate-limit', named: ['rateLimit', 'ipKeyGenerator'] }]),
            `app.use(rateLimit({ keyGenerator: (req) => ipKeyGenerator(req.ip) }));`,
            `app.use('/login', rateLimit({ keyGenerator: (req) => req.body.username }));`,
          ].join('\n'),
        flows: [],
      },
    ]);
  });

  describe('limiter-exemption', () => {
    runCases([
      {
        name: 'express-rate-limit skip: (req) => allow.includes(req.ip)',
        code: (mode) =>
          [imports(mode, [{ from: 'express-rate-limit', default: 'rateLimit' }]), `app.use(rateLimit({ limit: 100, skip: (req) => ALLOWED.includes(req.ip) }));`].join('\n'),
        only: ['limiter-exemption'],
        flows: [flow(source('network-location', 'req.ip'), limiterExemption('req.ip'))],
      },
      {
        name: 'skip on an identity header',
        modes: ['cjs'],
        code: (mode) =>
          [imports(mode, [{ from: 'express-rate-limit', default: 'rateLimit' }]), `app.use(rateLimit({ skip: (req) => req.headers['x-internal'] === 'true' }));`].join('\n'),
        only: ['limiter-exemption'],
        flows: [flow(header('identity-header', 'x-internal'), limiterExemption(`req.headers['x-internal']`))],
      },
      {
        name: '@fastify/rate-limit allowList callback',
        modes: ['esm'],
        code: (mode) =>
          [
            imports(mode, [
              { from: 'fastify', default: 'Fastify' },
              { from: '@fastify/rate-limit', default: 'rateLimit' },
            ]),
            'const fastify = Fastify();',
            `await fastify.register(rateLimit, { max: 100, allowList: (request, key) => ALLOWED.includes(request.headers['x-forwarded-for']) });`,
          ].join('\n'),
        only: ['limiter-exemption'],
        flows: [flow(XFF, limiterExemption(`request.headers['x-forwarded-for']`))],
      },
      {
        name: 'negative: skip by path',
        modes: ['cjs'],
        code: (mode) => [imports(mode, [{ from: 'express-rate-limit', default: 'rateLimit' }]), `app.use(rateLimit({ skip: (req) => req.path === '/health' }));`].join('\n'),
        flows: [],
      },
    ]);
  });

  describe('call-argument (token sources only)', () => {
    const bearer = `  const token = req.headers.authorization.slice(7);`;
    const jwtImport = [{ from: 'jsonwebtoken', default: 'jwt' }];
    runCases([
      {
        name: 'fetch(header.jku)',
        code: (mode) =>
          express(mode, `${bearer}\n  const { header } = jwt.decode(token, { complete: true });\n  fetch(header.jku).then(() => next());`, { imports: jwtImport }),
        flows: [flow(source('token-header', ANY, /(?:header\.)?jku/u), callArgument('fetch', 0, 'header.jku'))],
      },
      {
        name: 'jwt.verify(t, k, { algorithms: [header.alg] })',
        code: (mode) =>
          express(mode, `${bearer}\n  const header = decodeProtectedHeader(token);\n  req.auth = jwt.verify(token, publicKey, { algorithms: [header.alg] });\n  next();`, {
            imports: [...jwtImport, { from: 'jose', named: ['decodeProtectedHeader'] }],
          }),
        flows: [flow(source('token-header', containing('decodeProtectedHeader()'), 'alg'), callArgument('jwt.verify', 2, 'header.alg', /algorithms(?:\.0)?/u))],
      },
      {
        name: 'fs.readFileSync(header.kid)',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `${bearer}\n  const { header } = jwt.decode(token, { complete: true });\n  const key = fs.readFileSync(header.kid);\n  req.auth = jwt.verify(token, key, { algorithms: ['RS256'] });\n  next();`, {
            imports: [...jwtImport, { from: 'node:fs', default: 'fs' }],
          }),
        flows: [flow(source('token-header', ANY, /(?:header\.)?kid/u), callArgument('fs.readFileSync', 0, 'header.kid'))],
      },
      {
        name: 'the header parameter of an inline key callback',
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  jwt.verify(token, (header, callback) => callback(null, fs.readFileSync(\`keys/\${header.kid}.pem\`)), { algorithms: ['RS256'] }, (err) => (err ? res.sendStatus(401) : next()));`,
            { imports: [...jwtImport, { from: 'node:fs', default: 'fs' }] },
          ),
        flows: [flow(source('token-header', ANY, /(?:header\.)?kid/u), callArgument('fs.readFileSync', 0, /`keys\/\$\{header\.kid\}\.pem`|header\.kid/u))],
      },
      {
        name: 'the header parameter of a key callback declared apart',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `${bearer}\n  jwt.verify(token, getKey, { algorithms: ['RS256'] }, (err) => (err ? res.sendStatus(401) : next()));`, {
            imports: [...jwtImport],
            before: 'function getKey(header, callback) {\n  fetch(header.x5u).then((response) => callback(null, response.text()));\n}',
          }),
        flows: [flow(source('token-header', ANY, /(?:header\.)?x5u/u), callArgument('fetch', 0, 'header.x5u'))],
      },
      {
        name: 'an unverified iss in a jwks-rsa jwksUri',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `${bearer}\n  const { iss } = jwt.decode(token);\n  const client = jwksClient({ jwksUri: \`\${iss}/.well-known/jwks.json\` });\n  next();`, {
            imports: [...jwtImport, { from: 'jwks-rsa', default: 'jwksClient' }],
          }),
        flows: [flow(source('decoded-token', containing('decode()'), 'iss'), callArgument('jwksClient', 0, /`\$\{iss\}\/\.well-known\/jwks\.json`|iss/u, 'jwksUri'))],
      },
      {
        name: 'an unverified iss in new URL() for createRemoteJWKSet',
        modes: ['esm'],
        code: (mode) =>
          express(mode, `${bearer}\n  const claims = decodeJwt(token);\n  const jwks = createRemoteJWKSet(new URL(claims.iss + '/keys'));\n  next();`, {
            imports: [{ from: 'jose', named: ['decodeJwt', 'createRemoteJWKSet'] }],
          }),
        flows: [flow(source('decoded-token', containing('decodeJwt()'), 'iss'), callArgument('new URL', 0, /claims\.iss \+ '\/keys'|claims\.iss/u))],
      },
      {
        name: 'negative: request values are never call-argument sources',
        modes: ['cjs'],
        code: (mode) =>
          express(mode, `  fetch(req.headers['x-forwarded-for']);\n  fs.readFileSync(req.body.role);\n  next();`, { imports: [{ from: 'node:fs', default: 'fs' }] }),
        flows: [],
      },
      {
        name: 'negative: kid only selects a key from a local map',
        modes: ['esm'],
        code: (mode) =>
          express(mode, `${bearer}\n  const { kid } = decodeProtectedHeader(token);\n  const key = KEYS[kid];\n  jwtVerify(token, key).then(() => next());`, {
            imports: [{ from: 'jose', named: ['decodeProtectedHeader', 'jwtVerify'] }],
          }),
        flows: [],
      },
    ]);
  });

  describe('tokenVerified', () => {
    const bearer = `  const token = req.headers.authorization.slice(7);`;
    const jwtImport = { imports: [{ from: 'jsonwebtoken', default: 'jwt' }] };
    const admin = (verified?: true) => flow(source('decoded-token', containing('decode'), 'role'), decision('next', 'compare', 'claims.role', 'admin'), verified);
    runCases([
      {
        name: 'verify of the same variable before the decode: true',
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  jwt.verify(token, publicKey, { algorithms: ['RS256'] });\n  const claims = jwt.decode(token);\n  if (claims.role === 'admin') return next();\n  return res.sendStatus(403);`,
            jwtImport,
          ),
        flows: [admin(true)],
      },
      {
        name: 'verify of the same req.headers.authorization path: true',
        modes: ['cjs'],
        code: (mode) =>
          express(
            mode,
            `  jwt.verify(req.headers.authorization, publicKey, { algorithms: ['RS256'] });\n  const claims = jwt.decode(req.headers.authorization);\n  if (claims.role === 'admin') return next();\n  return res.sendStatus(403);`,
            jwtImport,
          ),
        flows: [admin(true)],
      },
      {
        name: 'verify in the enclosing function, decode in a callback: true',
        modes: ['cjs'],
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  jwt.verify(token, publicKey, { algorithms: ['RS256'] });\n  setImmediate(() => {\n    const claims = jwt.decode(token);\n    if (claims.role === 'admin') return next();\n    return res.sendStatus(403);\n  });`,
            jwtImport,
          ),
        flows: [admin(true)],
      },
      {
        name: 'jose jwtVerify before decodeJwt: true',
        modes: ['esm'],
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  await jwtVerify(token, JWKS, { issuer, audience });\n  const claims = decodeJwt(token);\n  if (claims.role === 'admin') return next();\n  return res.sendStatus(403);`,
            { register: 'app.use(async ', imports: [{ from: 'jose', named: ['jwtVerify', 'decodeJwt'] }] },
          ),
        flows: [admin(true)],
      },
      {
        name: 'decode in the catch of a failed verify: false',
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  try {\n    jwt.verify(token, publicKey, { algorithms: ['RS256'] });\n  } catch {\n    const claims = jwt.decode(token);\n    if (claims.role === 'admin') return next();\n  }\n  return res.sendStatus(401);`,
            jwtImport,
          ),
        flows: [admin()],
      },
      {
        // Contract-silent, reviewer's choice: a verify whose failure is swallowed does not verify anything.
        name: 'decode after a try whose catch swallows the verify error: false',
        modes: ['cjs'],
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  try {\n    jwt.verify(token, publicKey, { algorithms: ['RS256'] });\n  } catch (err) {\n    logger.warn(err);\n  }\n  const claims = jwt.decode(token);\n  if (claims.role === 'admin') return next();\n  return res.sendStatus(403);`,
            jwtImport,
          ),
        flows: [admin()],
      },
      {
        name: 'decode before verify: false',
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  const claims = jwt.decode(token);\n  if (claims.role === 'admin') return next();\n  jwt.verify(token, publicKey, { algorithms: ['RS256'] });\n  return res.sendStatus(403);`,
            jwtImport,
          ),
        flows: [admin()],
      },
      {
        name: 'verify of another token: false',
        modes: ['cjs'],
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  jwt.verify(req.cookies.refresh, refreshKey, { algorithms: ['HS256'] });\n  const claims = jwt.decode(token);\n  if (claims.role === 'admin') return next();\n  return res.sendStatus(403);`,
            jwtImport,
          ),
        flows: [admin()],
      },
      {
        name: 'a kid read before the verify of the same token: false',
        modes: ['cjs'],
        code: (mode) =>
          express(
            mode,
            `${bearer}\n  const { header } = jwt.decode(token, { complete: true });\n  getKey(header.kid).then((key) => {\n    req.auth = jwt.verify(token, key, { algorithms: ['RS256'] });\n    next();\n  });`,
            jwtImport,
          ),
        flows: [flow(source('token-header', ANY, /(?:header\.)?kid/u), callArgument('getKey', 0, 'header.kid'))],
      },
    ]);
  });
});
