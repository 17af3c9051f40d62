import rule from '../../src/rules/no-permissive-cors';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-permissive-cors', rule, {
  valid: [
    // An explicit origin list with credentials.
    `import cors from 'cors';
app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));`,
    // One fixed origin with credentials.
    `const cors = require('cors');
app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
    // Origins from configuration are the deployment’s decision.
    `import cors from 'cors';
app.use(cors({ origin: process.env.CORS_ORIGINS.split(','), credentials: true }));`,
    // A callback that checks an allowlist.
    `import cors from 'cors';
const allowlist = new Set(['https://app.example.com']);
app.use(cors({
  origin(origin, callback) {
    if (!origin || allowlist.has(origin)) return callback(null, true);
    callback(new Error('Not allowed by CORS'));
  },
  credentials: true,
}));`,
    // A callback that answers with the result of a list check.
    `import cors from 'cors';
app.use(cors({ origin: (origin, cb) => cb(null, ALLOWED_ORIGINS.includes(origin)), credentials: true }));`,
    // A callback that delegates to a helper.
    `import cors from 'cors';
app.use(cors({ origin: (origin, cb) => cb(null, isTrustedOrigin(origin)), credentials: true }));`,
    // A fastify callback that compares the hostname exactly.
    `import cors from '@fastify/cors';
fastify.register(cors, {
  origin: (origin, cb) => {
    const hostname = new URL(origin).hostname;
    if (hostname === 'localhost') return cb(null, true);
    cb(new Error('Not allowed'), false);
  },
  credentials: true,
});`,
    // Sound partial checks: a leading dot, an anchored escaped regex, a port prefix.
    `import cors from 'cors';
app.use(cors({
  origin: (origin, cb) => {
    if (!origin || origin.endsWith('.example.com')) return cb(null, true);
    if (/^https:\\/\\/([a-z0-9-]+\\.)?example\\.com$/.test(origin)) return cb(null, true);
    if (origin.startsWith('http://localhost:')) return cb(null, true);
    cb(new Error('CORS'));
  },
  credentials: true,
}));`,
    // Anchored, escaped regular expressions in an origin list.
    `import cors from 'cors';
app.use(cors({ origin: [/^https:\\/\\/([a-z0-9-]+\\.)*example\\.com$/, /^http:\\/\\/localhost:\\d+$/], credentials: true }));`,
    // Callbacks that can reject: a bare return, a throw, a missing else.
    `import cors from 'cors';
app.use('/a', cors({ origin: (origin, cb) => { if (!ALLOWED.includes(origin)) return; cb(null, true); }, credentials: true }));
app.use('/b', cors({ origin: (origin, cb) => { if (!ALLOWED.includes(origin)) throw new Error('CORS'); cb(null, true); }, credentials: true }));
app.use('/c', cors({ origin: (origin, cb) => { if (ALLOWED.includes(origin)) cb(null, true); }, credentials: true }));`,
    // A wildcard without credentials: a public API (the default).
    `import cors from 'cors';
app.use('/public', cors());
app.use('/feed', cors({ origin: '*', methods: ['GET'] }));`,
    // socket.io with `*` and no credentials.
    `import { Server } from 'socket.io';
const io = new Server(httpServer, { cors: { origin: '*' } });`,
    // socket.io with an explicit origin and credentials.
    `import { Server } from 'socket.io';
const io = new Server(httpServer, { cors: { origin: ['https://app.example.com'], credentials: true } });`,
    // NestJS with an explicit list.
    `const app = await NestFactory.create(AppModule);
app.enableCors({ origin: ['https://app.example.com'], credentials: true });`,
    // NestJS `enableCors()` without credentials (the default).
    `app.enableCors();`,
    // @koa/cors with a fixed origin.
    `import cors from '@koa/cors';
app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
    // @koa/cors with an origin function that checks a list.
    `import cors from '@koa/cors';
app.use(cors({
  origin(ctx) {
    const origin = ctx.get('Origin');
    return ALLOWED.includes(origin) ? origin : '';
  },
  credentials: true,
}));`,
    // @koa/cors credentials decided per request: unknown.
    `import cors from '@koa/cors';
app.use(cors({ credentials: (ctx) => ctx.path.startsWith('/api') }));`,
    // koa2-cors drops the credentials header when the origin is `*`.
    `import cors from 'koa2-cors';
app.use(cors({ origin: '*', credentials: true }));`,
    // The `cors` package compares array entries literally: `['*']` allows nothing.
    `import cors from 'cors';
app.use(cors({ origin: ['*'], credentials: true }));`,
    // hapi with an explicit list.
    `server.route({
  method: 'GET',
  path: '/me',
  options: { cors: { origin: ['https://app.example.com', 'https://*.example.com'], credentials: true }, handler },
});`,
    // CDK: all origins without credentials.
    `new apigateway.RestApi(this, 'Api', {
  defaultCorsPreflightOptions: { allowOrigins: apigateway.Cors.ALL_ORIGINS, allowMethods: apigateway.Cors.ALL_METHODS },
});`,
    // CDK: explicit origins with credentials.
    `fn.addFunctionUrl({ cors: { allowedOrigins: ['https://app.example.com'], allowCredentials: true } });`,
    // A request origin echoed only inside an allowlist check.
    `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED_ORIGINS.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.vary('Origin');
  }
  next();
});`,
    // An allowlist checked first, with an early return.
    `function corsMiddleware(req, res, next) {
  const origin = req.headers.origin;
  if (!allowedOrigins.has(origin)) return next();
  res.header('Access-Control-Allow-Origin', origin);
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
}`,
    // An exact comparison.
    `app.use((req, res, next) => {
  if (req.headers.origin === 'https://app.example.com') {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});`,
    // A checked value picked in a conditional.
    `app.use((req, res, next) => {
  const origin = req.get('origin');
  res.set('Access-Control-Allow-Origin', ALLOWED.includes(origin) ? origin : ALLOWED[0]);
  res.set('Access-Control-Allow-Credentials', 'true');
  next();
});`,
    // Next.js middleware that checks the origin before echoing it.
    {
      code: `export function middleware(request: NextRequest) {
  const origin = request.headers.get('origin') ?? '';
  const response = NextResponse.next();
  if (allowedOrigins.includes(origin)) {
    response.headers.set('Access-Control-Allow-Origin', origin);
  }
  response.headers.set('Access-Control-Allow-Credentials', 'true');
  return response;
}`,
      filename: 'middleware.ts',
    },
    // A `*` fallback for other origins, credentials only with an allowlisted one.
    `function cors(req, res, next) {
  const origin = req.headers.origin;
  if (TRUSTED.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  } else {
    res.setHeader('Access-Control-Allow-Origin', '*');
  }
  next();
}`,
    // A `*` default overwritten for allowlisted origins that get credentials.
    `function cors(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  const origin = req.headers.origin;
  if (TRUSTED.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
}`,
    // `*` in one branch of a switch, credentials in another.
    `function cors(req, res) {
  switch (req.path) {
    case '/public':
      res.setHeader('Access-Control-Allow-Origin', '*');
      break;
    case '/me':
      res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      break;
  }
}`,
    // A fixed origin with credentials set by hand.
    `res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
res.setHeader('Access-Control-Allow-Credentials', 'true');`,
    // Credentials without a wildcard, and a wildcard in another constant.
    `const publicHeaders = { 'Access-Control-Allow-Origin': '*' };
const privateHeaders = { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' };`,
    // A wildcard with credentials off.
    `res.setHeader('Access-Control-Allow-Origin', '*');
res.setHeader('Access-Control-Allow-Credentials', 'false');`,
    // Koa: `ctx.origin` is the server’s own origin, not the request header.
    `app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ctx.origin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});`,
    // A configured origin read with `config.get`.
    `app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', config.get('origin'));
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});`,
    // A helper named for the check, handed the whole request.
    `app.use((req, res, next) => {
  if (!isAllowedOrigin(req)) return res.sendStatus(403);
  res.setHeader('Access-Control-Allow-Origin', String(req.headers.origin));
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});`,
    // A helper that receives an origin checked by its caller.
    `function setCorsHeaders(res, origin) {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}`,
    // String checks outside any CORS context.
    `if (tags.includes('example.com')) flag();
if (url.endsWith('example.com')) flag();
const match = /example\\.com/.test(host);
if (req.headers.origin.endsWith('example.com')) audit(req);`,
    // A partial check whose value is never echoed into a CORS header.
    `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && origin.includes('localhost')) log.debug('local request');
  next();
});`,
    // Fetch options are not CORS options.
    `await fetch(url, { credentials: 'include', mode: 'cors' });`,
    // Another plugin registered with the same method.
    `import helmet from '@fastify/helmet';
fastify.register(helmet, { global: true, crossOriginResourcePolicy: { policy: 'cross-origin' } });
fastify.register(rateLimit, { max: 100, allowList: ['127.0.0.1'] });`,
    // A development-only permissive policy (guards ignored by default).
    `import cors from 'cors';
if (process.env.NODE_ENV !== 'production') {
  app.use(cors({ origin: true, credentials: true }));
}
app.use(cors({ origin: isProd ? ['https://app.example.com'] : true, credentials: true }));`,
    // An origin function imported from elsewhere is not analysed.
    `import cors from 'cors';
import { checkOrigin } from './cors-policy';
app.use(cors({ origin: checkOrigin, credentials: true }));`,
    // An options delegate is not analysed.
    `import cors from 'cors';
app.use(cors((req, callback) => callback(null, { origin: ALLOWED.includes(req.header('Origin')), credentials: true })));`,
    // A wildcard without credentials in TypeScript.
    {
      code: `import cors, { type CorsOptions } from 'cors';
const options: CorsOptions = { origin: '*', methods: ['GET'] };
app.use(cors(options));`,
      filename: 'app.ts',
    },
    // Options whose keys are not all known: no report for a missing origin.
    `import cors from 'cors';
app.use(cors({ ...loadCorsDefaults(), credentials: true }));`,
    // Near miss of the file gate: another CORS header, which no finding reads.
    `res.setHeader('Access-Control-Allow-Methods', '*');
res.setHeader('Access-Control-Allow-Credentials', 'true');`,
  ],
  invalid: [
    // Reached the hard way: header names in another case, held in consts, or as computed keys.
    {
      code: `app.use((req, res, next) => {
  res.setHeader('ACCESS-CONTROL-ALLOW-ORIGIN', req.headers.origin);
  res.setHeader('access-control-allow-credentials', 'true');
  next();
});`,
      errors: [{ messageId: 'credentialedAnyOrigin', line: 2, column: 48, endColumn: 66 }],
    },
    {
      code: `const ALLOW_ORIGIN = 'Access-Control-Allow-Origin';
const ALLOW_CREDENTIALS = 'Access-Control-Allow-Credentials';
app.use((req, res, next) => {
  res.setHeader(ALLOW_ORIGIN, req.headers.origin);
  res.setHeader(ALLOW_CREDENTIALS, 'true');
  next();
});`,
      errors: [{ messageId: 'credentialedAnyOrigin', line: 4, column: 31, endColumn: 49 }],
    },
    {
      code: `export const handler = async (event) => ({
  statusCode: 200,
  headers: { ['Access-Control-Allow-Origin']: event.headers.origin, 'Access-Control-Allow-Credentials': true },
  body: '{}',
});`,
      errors: [{ messageId: 'credentialedAnyOrigin', line: 3, column: 47, endColumn: 67 }],
    },
    {
      // Express `cors`: `origin: true` reflects any origin, with credentials.
      code: `import express from 'express';
import cors from 'cors';

const app = express();
app.use(cors({ origin: true, credentials: true }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: '`origin: true` echoes back whatever origin the request sends' }, line: 5, column: 16, endColumn: 28, suggestions: [] },
      ],
    },
    {
      // CommonJS, options held in a const.
      code: `const cors = require('cors');
const corsOptions = {
  origin: '*',
  credentials: true,
  methods: ['GET', 'POST'],
};
app.use(cors(corsOptions));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: 'allows every origin (`*`)' }, line: 3, column: 3, endColumn: 14, suggestions: [] },
      ],
    },
    {
      // `origin` left unset with credentials: the `cors` default is `*`.
      code: `import cors from 'cors';
router.use(cors({ credentials: true, maxAge: 600 }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: 'leaves `origin` unset, which allows every origin (`*`)' }, line: 2, column: 19, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // Options built with a spread; the explicit bad value still counts.
      code: `import cors from 'cors';
const base = { origin: true, methods: 'GET,POST' };
app.use(cors({ ...base, credentials: true }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 16, endColumn: 28, suggestions: [] },
      ],
    },
    {
      // An origin callback that always allows.
      code: `import cors from 'cors';
app.use(
  cors({
    credentials: true,
    origin: (origin, callback) => callback(null, true),
  }),
);`,
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: 'has an origin function that accepts every origin' }, line: 5, column: 50, endColumn: 54, suggestions: [] },
      ],
    },
    {
      // An origin callback that hands back whatever origin came in, declared as a function.
      code: `const cors = require('cors');
function allowOrigin(origin, done) {
  console.log('CORS request from', origin);
  done(null, origin);
}
app.use(cors({ origin: allowOrigin, credentials: true }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 4, column: 14, endColumn: 20, suggestions: [] },
      ],
    },
    {
      // A presence check is not an allowlist.
      code: `import cors from 'cors';
app.use(cors({
  origin(origin, cb) {
    if (!origin) return cb(null, true);
    return cb(null, true);
  },
  credentials: true,
}));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 4, column: 34, endColumn: 38, suggestions: [] },
      ],
    },
    {
      // An env fallback to `true`.
      code: `import cors from 'cors';
app.use(cors({ origin: process.env.CORS_ORIGIN || true, credentials: true }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 51, endColumn: 55, suggestions: [] },
      ],
    },
    {
      // A regular expression that matches every origin.
      code: `import cors from 'cors';
app.use(cors({ origin: /.*/, credentials: true }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: 'uses a regular expression that matches every origin' }, line: 2, column: 16, endColumn: 28, suggestions: [] },
      ],
    },
    {
      // The `null` origin in an allowlist.
      code: `import cors from 'cors';
const allowed = ['https://app.example.com', 'null'];
app.use(cors({ origin: allowed, credentials: true }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: 'trusts the `null` origin, which any sandboxed iframe or local file can send' }, line: 2, column: 45, endColumn: 51, suggestions: [] },
      ],
    },
    {
      // TypeScript: options typed as `CorsOptions`, used elsewhere.
      code: `import type { CorsOptions } from 'cors';

export const corsOptions: CorsOptions = {
  origin: true,
  credentials: true,
};`,
      filename: 'cors.config.ts',
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 4, column: 3, endColumn: 15, suggestions: [] },
      ],
    },
    {
      // @fastify/cors registered with an ESM default import.
      code: `import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';

const fastify = Fastify();
await fastify.register(fastifyCors, { origin: true, credentials: true });`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 5, column: 39, endColumn: 51, suggestions: [] },
      ],
    },
    {
      // @fastify/cors through require; an array holding `*` means any origin.
      code: `const fastify = require('fastify')();
const cors = require('@fastify/cors');
fastify.register(cors, { origin: ['https://app.example.com', '*'], credentials: true });`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 3, column: 62, endColumn: 65, suggestions: [] },
      ],
    },
    {
      // @fastify/cors async origin function that always answers true.
      code: `import { fastifyCors } from '@fastify/cors';
app.register(fastifyCors, {
  origin: async (origin: string | undefined) => true,
  credentials: true,
});`,
      filename: 'server.ts',
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 3, column: 49, endColumn: 53, suggestions: [] },
      ],
    },
    {
      // @fastify/cors registered straight from a dynamic import.
      code: `fastify.register(import('@fastify/cors'), { origin: '*', credentials: true });`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 1, column: 45, endColumn: 56, suggestions: [] },
      ],
    },
    {
      // @koa/cors: with credentials and no origin, it echoes the request origin.
      code: `import Koa from 'koa';
import cors from '@koa/cors';

const app = new Koa();
app.use(cors({ credentials: true }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: 'leaves `origin` unset, which echoes back whatever origin the request sends' }, line: 5, column: 16, endColumn: 33, suggestions: [] },
      ],
    },
    {
      // @koa/cors: an origin function returning the request origin.
      code: `const cors = require('@koa/cors');
app.use(cors({
  origin: (ctx) => ctx.get('Origin'),
  credentials: true,
}));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 3, column: 20, endColumn: 37, suggestions: [] },
      ],
    },
    {
      // @koa/cors: `*` with credentials is turned into an echo of the request origin.
      code: `import cors from '@koa/cors';
app.use(cors({ origin: '*', credentials: true, keepHeadersOnError: true }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: 'turns `\'*\'` into an echo of whatever origin the request sends' }, line: 2, column: 16, endColumn: 27, suggestions: [] },
      ],
    },
    {
      // koa2-cors: unset origin echoes the request origin.
      code: `import cors from 'koa2-cors';
app.use(cors({ credentials: true, allowMethods: ['GET', 'POST'] }));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 16, endColumn: 33, suggestions: [] },
      ],
    },
    {
      // socket.io: `new Server(httpServer, { cors })`.
      code: `import { createServer } from 'node:http';
import { Server } from 'socket.io';

const httpServer = createServer();
const io = new Server(httpServer, {
  cors: { origin: '*', credentials: true },
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 6, column: 11, endColumn: 22, suggestions: [] },
      ],
    },
    {
      // socket.io: the CommonJS factory.
      code: `const io = require('socket.io')(server, {
  cors: { origin: (origin, cb) => cb(null, true), credentials: true },
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 44, endColumn: 48, suggestions: [] },
      ],
    },
    {
      // NestJS: `app.enableCors(...)`.
      code: `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: true, credentials: true });
  await app.listen(3000);
}`,
      filename: 'main.ts',
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 6, column: 20, endColumn: 32, suggestions: [] },
      ],
    },
    {
      // NestJS: `NestFactory.create(AppModule, { cors })`.
      code: `import { NestFactory } from '@nestjs/core';
const app = await NestFactory.create(AppModule, {
  cors: { origin: true, credentials: true },
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 3, column: 11, endColumn: 23, suggestions: [] },
      ],
    },
    {
      // NestJS: a socket.io gateway.
      code: `import { WebSocketGateway } from '@nestjs/websockets';

@WebSocketGateway({ cors: { origin: '*', credentials: true } })
export class EventsGateway {}`,
      filename: 'events.gateway.ts',
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 3, column: 29, endColumn: 40, suggestions: [] },
      ],
    },
    {
      // hapi: route `cors` with credentials; hapi defaults `origin` to `*` and echoes the request origin.
      code: `server.route({
  method: 'GET',
  path: '/me',
  options: {
    cors: { credentials: true },
    handler: (request, h) => request.auth.credentials,
  },
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 5, column: 13, endColumn: 30, suggestions: [] },
      ],
    },
    {
      // hapi: server-wide route defaults.
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server({
  port: 3000,
  routes: { cors: { origin: ['*'], credentials: true } },
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 4, column: 30, endColumn: 33, suggestions: [] },
      ],
    },
    {
      // AWS CDK: API Gateway preflight for all origins with credentials.
      code: `import * as apigateway from 'aws-cdk-lib/aws-apigateway';

new apigateway.RestApi(this, 'Api', {
  defaultCorsPreflightOptions: {
    allowOrigins: apigateway.Cors.ALL_ORIGINS,
    allowCredentials: true,
  },
});`,
      filename: 'stack.ts',
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 5, column: 5, endColumn: 46, suggestions: [] },
      ],
    },
    {
      // AWS CDK: Lambda function URL.
      code: `fn.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: { allowedOrigins: ['*'], allowCredentials: true },
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 3, column: 28, endColumn: 31, suggestions: [] },
      ],
    },
    {
      // Hand-set headers in express middleware: the request origin echoed with credentials.
      code: `app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: 'copies the request `Origin` header into `Access-Control-Allow-Origin` without checking it' }, line: 2, column: 48, endColumn: 66, suggestions: [] },
      ],
    },
    {
      // `res.header` with `req.header(...)` and a wildcard fallback.
      code: `app.use(function (req, res, next) {
  res.header('Access-Control-Allow-Origin', req.header('Origin') || '*');
  res.header('Access-Control-Allow-Credentials', true);
  next();
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 45, endColumn: 72, suggestions: [] },
      ],
    },
    {
      // The origin taken into a const by destructuring, only checked for presence.
      code: `app.use((req, res, next) => {
  const { origin } = req.headers;
  if (origin) {
    res.set('Access-Control-Allow-Origin', origin);
  }
  res.set('Access-Control-Allow-Credentials', 'true');
  next();
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 4, column: 44, endColumn: 50, suggestions: [] },
      ],
    },
    {
      // Koa: `ctx.set` with `ctx.get("Origin")`.
      code: `app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 42, endColumn: 59, suggestions: [] },
      ],
    },
    {
      // Fastify hook: `reply.header`.
      code: `fastify.addHook('onRequest', async (request, reply) => {
  reply.header('Access-Control-Allow-Origin', request.headers.origin);
  reply.header('Access-Control-Allow-Credentials', true);
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 47, endColumn: 69, suggestions: [] },
      ],
    },
    {
      // `res.writeHead` with a header object.
      code: `http.createServer((req, res) => {
  res.writeHead(200, {
    'Access-Control-Allow-Origin': req.headers.origin,
    'Access-Control-Allow-Credentials': 'true',
  });
  res.end(body);
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 3, column: 36, endColumn: 54, suggestions: [] },
      ],
    },
    {
      // A `*` header with credentials (header names in consts).
      code: `const ALLOW_ORIGIN = 'Access-Control-Allow-Origin';
const ALLOW_CREDENTIALS = 'Access-Control-Allow-Credentials';
export function withCors(res: ServerResponse): void {
  res.setHeader(ALLOW_ORIGIN, '*');
  res.setHeader(ALLOW_CREDENTIALS, 'true');
}`,
      filename: 'cors.ts',
      errors: [
        { messageId: 'credentialedAnyOrigin', data: { how: 'sets `Access-Control-Allow-Origin: *`' }, line: 4, column: 31, endColumn: 34, suggestions: [] },
      ],
    },
    {
      // A Lambda proxy response.
      code: `export const handler = async (event) => ({
  statusCode: 200,
  headers: {
    'Access-Control-Allow-Origin': event.headers.origin,
    'Access-Control-Allow-Credentials': true,
  },
  body: JSON.stringify(await loadProfile(event)),
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 4, column: 36, endColumn: 56, suggestions: [] },
      ],
    },
    {
      // A Next.js route handler.
      code: `export async function GET(request: Request) {
  return new Response(JSON.stringify(await getSession()), {
    headers: {
      'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}`,
      filename: 'route.ts',
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 4, column: 38, endColumn: 74, suggestions: [] },
      ],
    },
    {
      // Next.js `headers()` in next.config.js.
      code: `module.exports = {
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'Access-Control-Allow-Origin', value: '*' },
        ],
      },
    ];
  },
};`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 8, column: 56, endColumn: 59, suggestions: [] },
      ],
    },
    {
      // NestJS `@Header` decorators on one handler.
      code: `@Controller('profile')
export class ProfileController {
  @Get()
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Access-Control-Allow-Credentials', 'true')
  find() {}
}`,
      filename: 'profile.controller.ts',
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 4, column: 42, endColumn: 45, suggestions: [] },
      ],
    },
    {
      // An origin callback whose every branch allows ("temporarily allow all").
      code: `const cors = require('cors');
const corsOptions = {
  origin: function (origin, callback) {
    if (!origin || allowedOrigins.indexOf(origin) !== -1) {
      callback(null, true);
    } else {
      callback(null, true); // TODO: restrict before launch
    }
  },
  credentials: true,
};
app.use(cors(corsOptions));`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 5, column: 22, endColumn: 26, suggestions: [] },
      ],
    },
    {
      // A configured `*` mapped to "echo every origin".
      code: `import cors from '@fastify/cors';
await app.register(cors, {
  origin: config.corsOrigin.includes('*') ? true : config.corsOrigin,
  credentials: true,
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 3, column: 45, endColumn: 49, suggestions: [] },
      ],
    },
    {
      // A hand-set header whose env fallback is `*`.
      code: `app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', process.env.CORS_ORIGIN || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 48, endColumn: 78, suggestions: [] },
      ],
    },
    {
      // A guard whose default pattern matches every origin.
      code: `const ALLOWED_ORIGIN = process.env.ALLOWED_ORIGIN_REGEX ? new RegExp(process.env.ALLOWED_ORIGIN_REGEX) : /.*/;
function setCors(req, res) {
  const origin = req.headers.origin || '';
  if (ALLOWED_ORIGIN.test(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}`,
      errors: [
        { messageId: 'partialOriginMatch', data: { how: 'is a regular expression that matches every origin, so it lets any website in' }, line: 1, column: 106, endColumn: 110, suggestions: [] },
      ],
    },
    {
      // Partial match: unanchored regular expressions in an origin list.
      code: `import cors from 'cors';
app.use(cors({
  origin: [/example\\.com$/, /^https:\\/\\/app.example\\.com$/, /^https:\\/\\/.*\\.example\\.com$/],
  credentials: true,
}));`,
      errors: [
        { messageId: 'partialOriginMatch', data: { how: 'is a regular expression without a `^` or `$` anchor, so it also matches origins that merely contain the trusted name' }, line: 3, column: 12, endColumn: 27, suggestions: [] },
        { messageId: 'partialOriginMatch', data: { how: 'is a regular expression with an unescaped `.`, which matches any character, so look-alike domains match' }, line: 3, column: 29, endColumn: 59, suggestions: [] },
      ],
    },
    {
      // Partial match: a lone regular expression, without credentials.
      code: `import cors from 'cors';
app.use(cors({ origin: /https:\\/\\/example\\.com/ }));`,
      errors: [
        { messageId: 'partialOriginMatch', line: 2, column: 24, endColumn: 48, suggestions: [] },
      ],
    },
    {
      // Partial match: `.*` runs into the host name.
      code: `const cors = require('cors');
app.use(cors({ origin: /^https:\\/\\/.*example\\.com$/, credentials: true }));`,
      errors: [
        { messageId: 'partialOriginMatch', data: { how: 'lets a wildcard run into the host name, so any domain that ends in the same letters matches' }, line: 2, column: 24, endColumn: 52, suggestions: [] },
      ],
    },
    {
      // Partial match: `endsWith` without a leading dot in an origin callback.
      code: `import cors from 'cors';
app.use(cors({
  origin(origin, callback) {
    if (!origin || origin.endsWith('example.com')) return callback(null, true);
    callback(new Error('Not allowed by CORS'));
  },
  credentials: true,
}));`,
      errors: [
        { messageId: 'partialOriginMatch', data: { how: 'uses `endsWith` without a leading dot, so any domain that ends in the same letters matches' }, line: 4, column: 36, endColumn: 49, suggestions: [] },
      ],
    },
    {
      // Partial match: `indexOf` and `startsWith` in one callback.
      code: `import cors from 'cors';
const corsOptions = {
  origin: (origin, cb) => {
    if (origin.indexOf('partner.io') !== -1) return cb(null, true);
    if (origin.startsWith('https://app.example.com')) return cb(null, true);
    return cb(new Error('blocked'));
  },
};
app.use(cors(corsOptions));`,
      errors: [
        { messageId: 'partialOriginMatch', data: { how: 'matches a substring (`includes`/`indexOf`), so `https://trusted.com.attacker.io` style origins match' }, line: 4, column: 24, endColumn: 36, suggestions: [] },
        { messageId: 'partialOriginMatch', data: { how: 'uses `startsWith`, so `https://trusted.com.attacker.io` style origins match' }, line: 5, column: 27, endColumn: 52, suggestions: [] },
      ],
    },
    {
      // Partial match: a constant suffix list consulted with `some`.
      code: `const TRUSTED = ['.example.com', 'example-partner.com'];
app.use(cors({
  origin: (origin, cb) => cb(null, !origin || TRUSTED.some((suffix) => origin.endsWith(suffix))),
  credentials: true,
}));`,
      errors: [
        { messageId: 'partialOriginMatch', line: 1, column: 34, endColumn: 55, suggestions: [] },
      ],
    },
    {
      // Partial match: the hostname of `new URL(origin)` in a fastify origin function.
      code: `import cors from '@fastify/cors';
fastify.register(cors, {
  origin: (origin, cb) => {
    const hostname = new URL(origin).hostname;
    if (hostname.endsWith('example.com')) return cb(null, true);
    cb(new Error('Not allowed'), false);
  },
});`,
      errors: [
        { messageId: 'partialOriginMatch', line: 5, column: 27, endColumn: 40, suggestions: [] },
      ],
    },
    {
      // Partial match: the check guarding a hand-set header.
      code: `app.use((req, res, next) => {
  const origin = req.get('origin');
  if (origin && origin.includes('example.com')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});`,
      errors: [
        { messageId: 'partialOriginMatch', line: 3, column: 33, endColumn: 46, suggestions: [] },
      ],
    },
    {
      // Partial match: a regex `test` guarding a hand-set header.
      code: `const ALLOWED_ORIGIN = /^https:\\/\\/[a-z]+\\.example\\.com/;
app.use((req, res, next) => {
  if (ALLOWED_ORIGIN.test(req.headers.origin)) {
    res.header('Access-Control-Allow-Origin', req.headers.origin);
  }
  next();
});`,
      errors: [
        { messageId: 'partialOriginMatch', line: 1, column: 24, endColumn: 57, suggestions: [] },
      ],
    },
    {
      // Partial match: a hapi wildcard that runs into the host name.
      code: `import * as Hapi from '@hapi/hapi';
const server = new Hapi.Server({
  routes: { cors: { origin: ['https://*example.com'], credentials: true } },
});`,
      errors: [
        { messageId: 'partialOriginMatch', line: 3, column: 30, endColumn: 52, suggestions: [] },
      ],
    },
    {
      // Option: a wildcard without credentials, when asked for.
      code: `import cors from 'cors';
app.use(cors());`,
      options: [{reportWildcardWithoutCredentials: true}],
      errors: [
        { messageId: 'anyOrigin', line: 2, column: 9, endColumn: 15, suggestions: [] },
      ],
    },
    {
      // Option: `*` in a socket.io server.
      code: `import { Server } from 'socket.io';
const io = new Server(3000, { cors: { origin: '*' } });`,
      options: [{reportWildcardWithoutCredentials: true}],
      errors: [
        { messageId: 'anyOrigin', line: 2, column: 39, endColumn: 50, suggestions: [] },
      ],
    },
    {
      // Option: a hand-set `*` header.
      code: `res.setHeader('Access-Control-Allow-Origin', '*');`,
      options: [{reportWildcardWithoutCredentials: true}],
      errors: [
        { messageId: 'anyOrigin', line: 1, column: 46, endColumn: 49, suggestions: [] },
      ],
    },
    {
      // Option: NestJS `cors: true`.
      code: `import { NestFactory } from '@nestjs/core';
const app = await NestFactory.create(AppModule, { cors: true });`,
      options: [{reportWildcardWithoutCredentials: true}],
      errors: [
        { messageId: 'anyOrigin', line: 2, column: 51, endColumn: 61, suggestions: [] },
      ],
    },
    {
      // Option: a development guard reported when guards are not ignored.
      code: `import cors from 'cors';
if (process.env.NODE_ENV === 'development') {
  app.use(cors({ origin: true, credentials: true }));
}`,
      options: [{ignoreDevelopmentGuards: false}],
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 3, column: 18, endColumn: 30, suggestions: [] },
      ],
    },
    {
      // Options found by their shape, the allowing value held in a const.
      code: `const ANY = true;
export const policy = { origin: ANY, credentials: true };`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 25, endColumn: 36, suggestions: [] },
      ],
    },
    {
      // CDK options, the wildcard held in a const.
      code: `const EVERY_ORIGIN = '*';
const preflight = { allowOrigins: [EVERY_ORIGIN], allowCredentials: true };`,
      errors: [
        { messageId: 'credentialedAnyOrigin', line: 2, column: 36, endColumn: 48, suggestions: [] },
      ],
    },
    {
      // A type that names the options, and NestJS defaults: neither file says `cors` in lower case.
      code: `export const options: CorsOptions = { origin: true };`,
      filename: 'options.ts',
      options: [{reportWildcardWithoutCredentials: true}],
      errors: [
        { messageId: 'anyOrigin', line: 1, column: 39, endColumn: 51, suggestions: [] },
      ],
    },
    {
      code: `app.enableCors();`,
      options: [{reportWildcardWithoutCredentials: true}],
      errors: [
        { messageId: 'anyOrigin', line: 1, column: 1, endColumn: 17, suggestions: [] },
      ],
    },
    {
      // The header's name spelled through an escape.
      code: `res.setHeader('Access-Control-Allow-\\u004Frigin', '*');`,
      options: [{reportWildcardWithoutCredentials: true}],
      errors: [
        { messageId: 'anyOrigin', line: 1, column: 51, endColumn: 54, suggestions: [] },
      ],
    },
  ],
});
