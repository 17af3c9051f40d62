import rule from '../../src/rules/no-fail-open-auth-middleware';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const lines = (...source: string[]): string => source.join('\n');
const EXPRESS_JWT = `const { expressjwt } = require('express-jwt');`;
const EXPRESS_JWT_ESM = `import { expressjwt } from 'express-jwt';`;
const JWT = `import jwt from 'jsonwebtoken';`;
const FASTIFY = lines(`import Fastify from 'fastify';`, `const app = Fastify(); app.register(import('@fastify/jwt'), { secret: process.env.JWT_SECRET });`);

ruleTester.run('no-fail-open-auth-middleware', rule, {
  valid: [
    // Tokens required (the default), or the switch set to its safe value.
    lines(EXPRESS_JWT, `app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`),
    lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['RS256'], credentialsRequired: true }));`),
    lines(`import koaJwt from 'koa-jwt';`, `app.use(koaJwt({ secret, passthrough: false }));`),
    lines(`import { auth } from 'express-oauth2-jwt-bearer';`, `app.use(auth({ audience: 'https://api', issuerBaseURL: 'https://idp' }));`),
    // A value read at run time is the deployment's decision.
    lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: config.auth.required }));`),
    // express-openid-connect's authRequired: false is its documented per-route pattern with requiresAuth().
    lines(`const { auth, requiresAuth } = require('express-openid-connect');`, `app.use(auth({ authRequired: false, baseURL, clientID }));`, `app.get('/profile', requiresAuth(), profile);`),
    // The same option names on something else.
    `app.use(session({ credentialsRequired: false }));`,
    `const opts = { passthrough: true }; proxy(opts);`,
    // Anchored public paths in `.unless()`.
    lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ path: ['/login', '/health', /^\\/public\\//] }));`),
    lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ path: [/^\\/api\\/auth\\//, { url: '/api/docs', methods: ['GET'] }] }));`),
    lines(`import koaJwt from 'koa-jwt';`, `app.use(koaJwt({ secret }).unless({ path: [/^\\/public/, /^\\/api\\/v1\\/status$/] }));`),
    // A string path is an exact match, never a catch-all.
    lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ path: '/' }));`),
    // CORS preflight exemption.
    lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ method: 'OPTIONS' }));`),
    // A method exemption limited to one path.
    lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ path: [{ url: /^\\/catalog/, methods: ['GET'] }] }));`),
    // `.unless()` on something else.
    `app.use(rateLimit().unless({ path: [/.*/] }));`,
    // Catch blocks that reject.
    lines(
      JWT,
      `export function authenticate(req, res, next) {`,
      `  try {`,
      `    req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });`,
      `  } catch (err) {`,
      `    return res.status(401).json({ error: 'invalid token' });`,
      `  }`,
      `  next();`,
      `}`,
    ),
    lines(JWT, `const auth = (req, res, next) => { try { req.user = jwt.verify(token(req), key); next(); } catch (e) { next(e); } };`),
    lines(JWT, `const auth = (req, res, next) => { try { req.user = jwt.verify(token(req), key); } catch (e) { logger.warn(e); throw new UnauthorizedError(); } next(); };`),
    lines(JWT, `const auth = (req, res, next) => { try { req.user = jwt.verify(token(req), key); } catch (e) { logger.warn(e); res.sendStatus(401); return; } next(); };`),
    // The catch logs, then a later check rejects requests without a user.
    lines(
      JWT,
      `function requireUser(req, res, next) {`,
      `  let user;`,
      `  try { user = jwt.verify(token, key); } catch (error) { console.warn(error); }`,
      `  if (!user) return res.status(401).end();`,
      `  req.user = user;`,
      `  next();`,
      `}`,
    ),
    // The catch marks the request as anonymous: optional-auth middleware, checked downstream.
    lines(JWT, `function attachUser(req, res, next) { try { req.user = jwt.verify(token, key); } catch { req.user = null; } next(); }`),
    // Named as optional authentication.
    lines(JWT, `const optionalAuth = (req, res, next) => { try { req.user = jwt.verify(token, key); } catch (e) { console.debug(e); } next(); };`),
    // next() only on the success path; the catch logs and the request is left unanswered.
    lines(JWT, `function auth(req, res, next) { try { req.user = jwt.verify(token, key); next(); } catch (e) { console.error(e); } }`),
    // Callback style: the catch never sees the verification error.
    lines(JWT, `function auth(req, res, next) { try { jwt.verify(token, key, (err, payload) => { if (err) return res.sendStatus(401); next(); }); } catch (e) { log.error(e); } next(); }`),
    // Decoding without verifying is another rule's business.
    lines(JWT, `function auth(req, res, next) { try { req.claims = jwt.decode(token); } catch (e) { console.log(e); } next(); }`),
    // A verify helper outside middleware that returns null on failure.
    lines(JWT, `export function readToken(token: string) { try { return jwt.verify(token, key); } catch { return null; } }`),
    // koa: ctx.throw in the catch.
    lines(`import jwt from 'jsonwebtoken';`, `app.use(async (ctx, next) => { try { ctx.state.user = jwt.verify(ctx.get('authorization'), key); } catch (err) { ctx.throw(401, 'bad token'); } await next(); });`),
    // Callback style: the error branch answers 401, passes the error on, or marks the request as anonymous.
    lines(JWT, `function auth(req, res, next) { jwt.verify(token, key, (err, claims) => { if (err) return res.sendStatus(401); req.user = claims; next(); }); }`),
    lines(JWT, `function auth(req, res, next) { jwt.verify(token, key, (err, claims) => { if (err) return next(err); req.user = claims; next(); }); }`),
    lines(JWT, `function auth(req, res, next) { jwt.verify(token, key, (err, claims) => { if (err) { req.user = null; return next(); } req.user = claims; next(); }); }`),
    lines(JWT, `function auth(req, res, next) { jwt.verify(token, key, (err, claims) => { if (err) { log.warn(err); return res.status(401).end(); } req.user = claims; next(); }); }`),
    // Callback style in optional authentication, and outside middleware.
    lines(JWT, `function optionalAuth(req, res, next) { jwt.verify(token, key, (err, claims) => { if (err) return next(); req.user = claims; next(); }); }`),
    lines(JWT, `export function check(token, done) { jwt.verify(token, key, (err, claims) => { if (err) console.log(err); done(claims); }); }`),
    // Fastify hooks: the catch replies or rethrows, a check follows, the hook is optional or runs after the handler.
    lines(FASTIFY, `app.decorate('authenticate', async function (request, reply) { try { await request.jwtVerify(); } catch (err) { reply.send(err); } });`),
    lines(FASTIFY, `app.addHook('onRequest', async (request, reply) => { try { await request.jwtVerify(); } catch (err) { request.log.warn(err); throw err; } });`),
    lines(FASTIFY, `app.addHook('onRequest', async (request, reply) => { try { await request.jwtVerify(); } catch (err) { request.log.warn(err); } if (!request.user) return reply.code(401).send(); });`),
    lines(FASTIFY, `app.decorate('optionalAuth', async function (request) { try { await request.jwtVerify(); } catch (err) { request.log.debug(err); } });`),
    lines(FASTIFY, `app.addHook('onSend', async (request, reply) => { try { await request.jwtVerify(); } catch (err) { request.log.warn(err); } });`),
    // A non-async hook gets \`done\`, read as middleware: the catch must continue with it.
    lines(FASTIFY, `app.addHook('onRequest', (request, reply, done) => { try { request.jwtVerify(); } catch (err) { return reply.code(401).send(); } done(); });`),
    // Next.js middleware: the catch redirects, or a check follows the try.
    lines(
      `import { NextResponse } from 'next/server';`,
      `import { jwtVerify } from 'jose';`,
      `export async function middleware(request) {`,
      `  try { await jwtVerify(request.cookies.get('session')?.value ?? '', key); } catch { return NextResponse.redirect(new URL('/login', request.url)); }`,
      `  return NextResponse.next();`,
      `}`,
    ),
    lines(
      `import { NextResponse } from 'next/server';`,
      `import { jwtVerify } from 'jose';`,
      `export async function middleware(request) {`,
      `  let user = null;`,
      `  try { user = (await jwtVerify(request.cookies.get('session')?.value ?? '', key)).payload; } catch (error) { console.error(error); }`,
      `  if (!user) return NextResponse.redirect(new URL('/login', request.url));`,
      `  return NextResponse.next();`,
      `}`,
    ),
  ],
  invalid: [
    // Next.js middleware: the request goes on with NextResponse.next().
    {
      code: lines(
        `import { NextResponse, type NextRequest } from 'next/server';`,
        `import { jwtVerify } from 'jose';`,
        `export async function middleware(request: NextRequest) {`,
        `  const token = request.cookies.get('token')?.value;`,
        `  try {`,
        `    await jwtVerify(token!, secret);`,
        `  } catch (e) {`,
        `    console.error('invalid token', e);`,
        `  }`,
        `  return NextResponse.next();`,
        `}`,
      ),
      filename: 'middleware.ts',
      errors: [{ messageId: 'failOpenNextMiddleware', line: 7, column: 12, endColumn: 13 }],
    },
    {
      code: lines(
        `import { NextResponse } from 'next/server';`,
        `import * as jose from 'jose';`,
        `export const proxy = async (request) => {`,
        `  try { await jose.jwtVerify(request.cookies.get('t')?.value, key); } catch { return NextResponse.next(); }`,
        `  return NextResponse.next();`,
        `};`,
      ),
      errors: [{ messageId: 'failOpenNextMiddleware', line: 4, column: 71, endColumn: 76 }],
    },
    // Fastify async hooks: returning from the hook lets the request through.
    {
      code: lines(FASTIFY, `app.addHook('onRequest', async (request, reply) => {`, `  try { await request.jwtVerify(); } catch (err) { request.log.warn(err); }`, `});`),
      errors: [{ messageId: 'failOpenHookCatch', line: 4, column: 45, endColumn: 48 }],
    },
    {
      code: lines(
        FASTIFY,
        `app.decorate('authenticate', async function (request: FastifyRequest, reply: FastifyReply) {`,
        `  try {`,
        `    await request.jwtVerify();`,
        `  } catch (error) {`,
        `    request.log.error({ error }, 'jwt verification failed');`,
        `  }`,
        `});`,
      ),
      filename: 'auth.ts',
      errors: [{ messageId: 'failOpenHookCatch', line: 6, column: 12, endColumn: 17 }],
    },
    {
      code: lines(FASTIFY, `app.get('/me', { preHandler: async (request) => { try { await request.jwtVerify(); } catch {} } }, handler);`),
      errors: [{ messageId: 'failOpenHookCatch', line: 3, column: 86, endColumn: 91 }],
    },
    // Callback style: the error branch only logs, then the request goes on.
    {
      code: lines(
        `const jwt = require('jsonwebtoken');`,
        `function authenticate(req, res, next) {`,
        `  jwt.verify(req.cookies.token, process.env.JWT_SECRET, (err, decoded) => {`,
        `    if (err) { console.error(err); return next(); }`,
        `    req.user = decoded;`,
        `    next();`,
        `  });`,
        `}`,
      ),
      errors: [{ messageId: 'failOpenCallback', data: { next: 'next' }, line: 4, column: 9, endColumn: 12 }],
    },
    {
      code: lines(JWT, `export const auth = (req, res, done) => { jwt.verify(token, key, (error, claims) => { if (error != null) logger.warn('bad token'); else req.user = claims; done(); }); };`),
      filename: 'auth.ts',
      errors: [{ messageId: 'failOpenCallback', data: { next: 'done' }, line: 2, column: 91, endColumn: 104 }],
    },
    // express-jwt credentialsRequired: false.
    {
      code: lines(EXPRESS_JWT, `app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], credentialsRequired: false }));`),
      errors: [{ messageId: 'optionalCredentials', data: { setting: 'credentialsRequired: false' }, line: 2, column: 77, endColumn: 103 }],
    },
    {
      code: lines(
        EXPRESS_JWT_ESM,
        `const jwtOptions = { secret: getSecret, algorithms: ['RS256'], credentialsRequired: false };`,
        `router.use(expressjwt(jwtOptions));`,
      ),
      errors: [{ messageId: 'optionalCredentials', line: 2, column: 64 }],
    },
    {
      code: lines(`const jwt = require('express-jwt');`, `app.use(jwt({ secret: 'shh', algorithms: ['HS256'], credentialsRequired: false }));`),
      errors: [{ messageId: 'optionalCredentials', line: 2, column: 53 }],
    },
    // koa-jwt passthrough: true.
    {
      code: lines(`import koaJwt from 'koa-jwt';`, `app.use(koaJwt({ secret: process.env.JWT_SECRET, passthrough: true }));`),
      errors: [{ messageId: 'passthrough', data: { setting: 'passthrough: true' }, line: 2, column: 50, endColumn: 67 }],
    },
    {
      code: lines(`const jwt = require('koa-jwt');`, `const base = { secret };`, `router.use(jwt({ ...base, passthrough: true, key: 'jwtData' }));`),
      errors: [{ messageId: 'passthrough', line: 3, column: 27 }],
    },
    // express-oauth2-jwt-bearer authRequired: false.
    {
      code: lines(`import { auth } from 'express-oauth2-jwt-bearer';`, `app.use(auth({ audience: 'https://api.example.com', issuerBaseURL: 'https://tenant.example.com', authRequired: false }));`),
      errors: [{ messageId: 'authNotRequired', data: { setting: 'authRequired: false' }, line: 2, column: 98 }],
    },
    // Catch-all `.unless()` exemptions.
    {
      code: lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ path: [/.*/] }));`),
      errors: [{ messageId: 'catchAllExemption', line: 2, column: 71, endColumn: 75 }],
    },
    {
      code: lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ path: /\\// }));`),
      errors: [{ messageId: 'catchAllExemption', line: 2, column: 70 }],
    },
    {
      code: lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ path: ['/login', /^\\/api\\/.*/] }));`),
      errors: [{ messageId: 'apiExemption', line: 2, column: 81 }],
    },
    {
      code: lines(EXPRESS_JWT, `app.use('/api', expressjwt({ secret, algorithms: ['HS256'] }).unless({ path: [/\\/api/] }));`),
      errors: [{ messageId: 'catchAllExemption', line: 2, column: 79 }],
    },
    // Through a const and an alias; paths held in a const array.
    {
      code: lines(
        EXPRESS_JWT,
        `const PUBLIC_PATHS = ['/login', /\\/.*/];`,
        `const requireAuth = expressjwt({ secret, algorithms: ['HS256'] });`,
        `app.use(requireAuth.unless({ path: PUBLIC_PATHS }));`,
      ),
      errors: [{ messageId: 'catchAllExemption', line: 2, column: 33 }],
    },
    {
      code: lines(`import koaJwt from 'koa-jwt';`, `app.use(koaJwt({ secret }).unless({ path: [/^\\/api/] }));`),
      errors: [{ messageId: 'apiExemption', line: 2, column: 44 }],
    },
    // Blanket method exemptions.
    {
      code: lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ method: ['GET', 'OPTIONS'] }));`),
      errors: [{ messageId: 'methodExemption', data: { method: 'GET' }, line: 2, column: 73, endColumn: 78 }],
    },
    {
      code: lines(EXPRESS_JWT, `app.use(expressjwt({ secret, algorithms: ['HS256'] }).unless({ path: [{ url: /.*/, methods: ['GET'] }] }));`),
      errors: [{ messageId: 'methodExemption', line: 2, column: 94 }],
    },
    // Fail-open catch blocks: log and continue.
    {
      code: lines(
        JWT,
        `export function authenticate(req, res, next) {`,
        `  const token = req.headers.authorization?.replace('Bearer ', '');`,
        `  if (!token) return res.sendStatus(401);`,
        `  try {`,
        `    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });`,
        `  } catch (err) {`,
        `    console.error('token verification failed', err);`,
        `  }`,
        `  next();`,
        `}`,
      ),
      errors: [{ messageId: 'failOpenCatch', data: { next: 'next' }, line: 7, column: 12, endColumn: 15 }],
    },
    {
      code: lines(JWT, `const auth = (req, res, next) => { try { req.user = jwt.verify(token(req), key); } catch { return next(); } return next(); };`),
      errors: [{ messageId: 'failOpenCatch', line: 2, column: 84, endColumn: 89 }],
    },
    {
      code: lines(JWT, `app.use(function (req, res, done) { try { jwt.verify(req.cookies.session, key); } catch (e) { logger.warn({ e }, 'bad token'); done(); } });`),
      errors: [{ messageId: 'failOpenCatch', data: { next: 'done' }, line: 2, column: 90 }],
    },
    {
      code: lines(JWT, `function auth(req, res, next) { try { req.user = jwt.verify(token, key); } catch (e) {} finally { next(); } }`),
      errors: [{ messageId: 'failOpenCatch', line: 2, column: 83 }],
    },
    // The try sits inside `if (token)`: a bad token falls out to next().
    {
      code: lines(JWT, `function auth(req, res, next) {`, `  if (token) {`, `    try { req.user = jwt.verify(token, key); } catch (error) { debug(error); }`, `  }`, `  next();`, `}`),
      errors: [{ messageId: 'failOpenCatch', line: 4, column: 55 }],
    },
    // koa middleware with jose.
    {
      code: lines(
        `import { jwtVerify, createRemoteJWKSet } from 'jose';`,
        `const JWKS = createRemoteJWKSet(new URL('https://idp.example.com/jwks'));`,
        `app.use(async (ctx, next) => {`,
        `  try {`,
        `    const { payload } = await jwtVerify(ctx.get('authorization').slice(7), JWKS, { issuer: 'https://idp.example.com' });`,
        `    ctx.state.user = payload;`,
        `  } catch (err) {`,
        `    ctx.log.warn(err);`,
        `  }`,
        `  await next();`,
        `});`,
      ),
      errors: [{ messageId: 'failOpenCatch', line: 7, column: 12 }],
    },
    // CommonJS, firebase-admin.
    {
      code: lines(
        `const admin = require('firebase-admin');`,
        `module.exports = async function verifyUser(req, res, next) {`,
        `  try {`,
        `    req.user = await admin.auth().verifyIdToken(req.headers.authorization.split(' ')[1]);`,
        `  } catch (e) {`,
        `    console.log(e.message);`,
        `  }`,
        `  return next();`,
        `};`,
      ),
      errors: [{ messageId: 'failOpenCatch', line: 5, column: 12 }],
    },
    // TypeScript: typed Express middleware and a typed catch parameter.
    {
      filename: 'auth.ts',
      code: lines(
        `import type { NextFunction, Request, Response } from 'express';`,
        `import * as jwt from 'jsonwebtoken';`,
        `export const requireAuth = (req: Request, res: Response, next: NextFunction): void => {`,
        `  try {`,
        `    res.locals.user = jwt.verify(req.header('authorization') ?? '', process.env.JWT_SECRET as string) as jwt.JwtPayload;`,
        `  } catch (error: unknown) {`,
        `    console.warn('invalid token', error);`,
        `  }`,
        `  next();`,
        `};`,
      ),
      errors: [{ messageId: 'failOpenCatch', line: 6, column: 12, endColumn: 26 }],
    },
    {
      filename: 'auth.ts',
      code: lines(
        `import { expressjwt, type Params } from 'express-jwt';`,
        `const options: Params = { secret: process.env.JWT_SECRET!, algorithms: ['HS256'], credentialsRequired: false };`,
        `export const authenticate = expressjwt(options);`,
      ),
      errors: [{ messageId: 'optionalCredentials', line: 2, column: 83 }],
    },
  ],
});
