/**
 * CORS: which libraries take a CORS policy and what their options mean (how an origin check is judged lives in
 * `origin-match.ts`). Plain data and string functions: no ESLint here.
 *
 * Behaviour checked against the packages' own code: cors 2.8.6 (express, also used by socket.io 4 and NestJS on
 * express), @fastify/cors 11.4.3, @koa/cors 3.4.3/4.0.0/5.0.0, koa2-cors 2.0.6, @hapi/hapi 21.4.10,
 * aws-cdk-lib 2.276.0 (`aws_apigateway.CorsOptions`, `aws_lambda.FunctionUrlCorsOptions`).
 */
import type { ApiSpec } from '../utils/module-tracker';

/**
 * How a library reads its CORS options:
 * - `cors`: the express `cors` package (socket.io and NestJS hand their options to it). `origin` defaults to `'*'`;
 *   `true` echoes the request origin; an array is compared entry by entry (`'*'` inside an array only matches `*`).
 * - `fastify`: @fastify/cors. As `cors`, but an array that holds `'*'` means any origin.
 * - `koa`: @koa/cors. `origin` is a string or a function of `ctx`; unset or `'*'` with credentials on echoes the
 *   request origin (every version; before 5.0 an unset origin echoed it even without credentials).
 * - `koa2`: koa2-cors. Unset `origin` echoes the request origin; `'*'` drops the credentials header.
 * - `hapi`: @hapi/hapi route `cors`. `origin` is an array, default `['*']`, and `'*'` echoes the request origin.
 * - `generic`: an object that is shaped like CORS options but handed to no known library: only explicit values count.
 */
export type CorsFlavor = 'cors' | 'fastify' | 'koa' | 'koa2' | 'hapi' | 'generic';

/** What a CORS policy lets through when it does not restrict the origin. */
export type OriginEffect = 'wildcard' | 'reflect' | 'null';

export interface FlavorSemantics {
  /** What an unset `origin` does, with credentials off and on; `null` when it is not known. */
  readonly unsetOrigin: { readonly withoutCredentials: OriginEffect; readonly withCredentials: OriginEffect } | null;
  /** What `origin: '*'` does with credentials on: answers `*`, echoes the request origin, or drops the credentials. */
  readonly wildcardWithCredentials: OriginEffect | 'dropsCredentials' | null;
  /** What a `'*'` entry of an origin array does: nothing special (`literal`), or allow every origin. */
  readonly wildcardInArray: OriginEffect | 'literal';
  /** Whether `origin: true` means "echo the request origin". */
  readonly trueReflects: boolean;
  /** The shape of an origin function: `(origin, callback)` (or async `(origin)`), or `(ctx)` returning the origin. */
  readonly originFunction: 'callback' | 'context' | null;
}

export const FLAVORS: Readonly<Record<CorsFlavor, FlavorSemantics>> = {
  cors: {
    unsetOrigin: { withoutCredentials: 'wildcard', withCredentials: 'wildcard' },
    wildcardWithCredentials: 'wildcard',
    wildcardInArray: 'literal',
    trueReflects: true,
    originFunction: 'callback',
  },
  fastify: {
    unsetOrigin: { withoutCredentials: 'wildcard', withCredentials: 'wildcard' },
    wildcardWithCredentials: 'wildcard',
    wildcardInArray: 'wildcard',
    trueReflects: true,
    originFunction: 'callback',
  },
  koa: {
    unsetOrigin: { withoutCredentials: 'wildcard', withCredentials: 'reflect' },
    wildcardWithCredentials: 'reflect',
    wildcardInArray: 'literal',
    trueReflects: false,
    originFunction: 'context',
  },
  koa2: {
    unsetOrigin: { withoutCredentials: 'reflect', withCredentials: 'reflect' },
    wildcardWithCredentials: 'dropsCredentials',
    wildcardInArray: 'literal',
    trueReflects: false,
    originFunction: 'context',
  },
  hapi: {
    unsetOrigin: { withoutCredentials: 'reflect', withCredentials: 'reflect' },
    wildcardWithCredentials: null,
    wildcardInArray: 'reflect',
    trueReflects: false,
    originFunction: null,
  },
  generic: {
    unsetOrigin: null,
    wildcardWithCredentials: 'wildcard',
    wildcardInArray: 'literal',
    trueReflects: true,
    originFunction: 'callback',
  },
};

/** A library call that takes CORS options. */
export interface CorsApi extends ApiSpec {
  readonly flavor: CorsFlavor;
  /** Argument positions that may hold the options object. */
  readonly optionArguments: readonly number[];
  /** Keys leading from that object to the CORS options: `[]` when the argument is the CORS options itself. */
  readonly optionPath: readonly string[];
}

export const CORS_APIS: readonly CorsApi[] = [
  // app.use(cors(options))
  { module: 'cors', path: [], kinds: ['call'], flavor: 'cors', optionArguments: [0], optionPath: [] },
  // app.use(cors(options)) on Koa
  { module: '@koa/cors', path: [], kinds: ['call'], flavor: 'koa', optionArguments: [0], optionPath: [] },
  { module: 'koa2-cors', path: [], kinds: ['call'], flavor: 'koa2', optionArguments: [0], optionPath: [] },
  // new Server(httpServer, { cors }), new Server({ cors }), require('socket.io')(httpServer, { cors })
  { module: 'socket.io', path: ['Server'], kinds: ['construct'], flavor: 'cors', optionArguments: [0, 1], optionPath: ['cors'] },
  { module: 'socket.io', path: [], kinds: ['call'], flavor: 'cors', optionArguments: [0, 1], optionPath: ['cors'] },
  // NestFactory.create(AppModule, { cors }) and NestFactory.create(AppModule, adapter, { cors })
  { module: '@nestjs/core', path: ['NestFactory', 'create'], kinds: ['call'], flavor: 'cors', optionArguments: [1, 2], optionPath: ['cors'] },
  // @WebSocketGateway({ cors }) and @WebSocketGateway(port, { cors }): socket.io options
  { module: '@nestjs/websockets', path: ['WebSocketGateway'], kinds: ['call'], flavor: 'cors', optionArguments: [0, 1], optionPath: ['cors'] },
  // Hapi.server({ routes: { cors } })
  { module: '@hapi/hapi', path: ['server'], kinds: ['call'], flavor: 'hapi', optionArguments: [0], optionPath: ['routes', 'cors'] },
  { module: '@hapi/hapi', path: ['Server'], kinds: ['construct'], flavor: 'hapi', optionArguments: [0], optionPath: ['routes', 'cors'] },
  { module: 'hapi', path: ['server'], kinds: ['call'], flavor: 'hapi', optionArguments: [0], optionPath: ['routes', 'cors'] },
  { module: 'hapi', path: ['Server'], kinds: ['construct'], flavor: 'hapi', optionArguments: [0], optionPath: ['routes', 'cors'] },
];

/** The fastify plugin modules, registered as `fastify.register(plugin, options)`. */
export const FASTIFY_CORS_MODULES: ReadonlySet<string> = new Set(['@fastify/cors', 'fastify-cors']);
/** Named exports of the fastify plugin that are the plugin itself. */
export const FASTIFY_CORS_EXPORTS: ReadonlySet<string> = new Set(['default', 'fastifyCors']);

/** NestJS `app.enableCors(options)`: a method name no other common server uses. */
export const ENABLE_CORS_METHOD = 'enableCors';

/**
 * TypeScript type names that declare an object to be CORS options, wherever it is used: `CorsOptions` of the `cors`
 * package (and NestJS's copy of it), `FastifyCorsOptions` of @fastify/cors.
 */
export const CORS_OPTION_TYPES: ReadonlyMap<string, CorsFlavor> = new Map<string, CorsFlavor>([
  ['CorsOptions', 'cors'],
  ['FastifyCorsOptions', 'fastify'],
]);

/**
 * Keys that, next to `origin`, make an object recognisably a set of CORS options (cors, @fastify/cors,
 * @koa/cors, socket.io, NestJS, hapi).
 */
export const CORS_SHAPE_KEYS: ReadonlySet<string> = new Set([
  'credentials',
  'methods',
  'allowedHeaders',
  'exposedHeaders',
  'allowMethods',
  'allowHeaders',
  'exposeHeaders',
  'preflightContinue',
  'optionsSuccessStatus',
  'strictPreflight',
]);

/** AWS CDK (and Serverless `httpApi.cors`) options: `allowOrigins`/`allowedOrigins` with `allowCredentials`. */
export const CDK_ORIGIN_KEYS: readonly string[] = ['allowOrigins', 'allowedOrigins'];
export const CDK_CREDENTIALS_KEY = 'allowCredentials';
/** `apigateway.Cors.ALL_ORIGINS`, which is `['*']`. */
export const CDK_ALL_ORIGINS = 'ALL_ORIGINS';

export const ALLOW_ORIGIN_HEADER = 'access-control-allow-origin';
export const ALLOW_CREDENTIALS_HEADER = 'access-control-allow-credentials';

/** Which CORS response header a (case-insensitive) header name is, if either. */
export function corsHeaderOf(name: string): 'origin' | 'credentials' | null {
  const lower = name.toLowerCase();
  if (lower === ALLOW_ORIGIN_HEADER) return 'origin';
  if (lower === ALLOW_CREDENTIALS_HEADER) return 'credentials';
  return null;
}

/** True for the value of an `Access-Control-Allow-Credentials` header that turns credentials on. */
export function isCredentialsOn(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/** Methods that set one response header: `res.setHeader`, `res.set`, `res.header`, `reply.header`, `ctx.set`, `headers.set`. */
export const HEADER_SETTERS: ReadonlySet<string> = new Set(['setHeader', 'set', 'header', 'append', 'appendHeader']);

/** Methods that read a request header by name: `req.get('origin')`, `req.header('origin')`, `request.headers.get('origin')`. */
export const HEADER_GETTERS: ReadonlySet<string> = new Set(['get', 'header']);
/** Properties that hold the request headers: `req.headers`, `ctx.request.header`. */
export const HEADER_CONTAINERS: ReadonlySet<string> = new Set(['headers', 'header']);

/** Names a request object goes by, for `<name>.get('origin')` (a configuration object's `get` is not a request). */
export function isRequestName(name: string): boolean {
  const lower = name.toLowerCase();
  return REQUEST_NAMES.has(lower) || lower.endsWith('request') || lower.endsWith('req');
}
const REQUEST_NAMES: ReadonlySet<string> = new Set(['req', 'request', 'ctx', 'context', 'c', 'event', 'evt', 'headers', 'header', 'msg']);
