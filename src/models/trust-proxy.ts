/**
 * How Express, Fastify and Koa decide which `X-Forwarded-For` entries to believe, and which settings
 * believe all of them. Plain data and value tests: no ESLint here.
 *
 * Sources, read from the published packages:
 * - express 5.3.0 `lib/utils.js` `compileTrust` (the same in express 4): `true` trusts every hop; a number
 *   `n` trusts the `n` nearest hops (`i < n`); a string is split on commas and, like an array, compiled by
 *   proxy-addr as addresses, CIDR subnets or the names `loopback`, `linklocal`, `uniquelocal` (a `/0` prefix
 *   and anything else that is not an address throw, so the string `'true'` is a start-up error, not
 *   "trust all"); a function is called as `fn(address, hop)` and its result tested for truthiness.
 *   `app.enable(name)` is `app.set(name, true)`.
 * - fastify 5.12.8 `lib/request.js` `getTrustProxyFn`: `true` trusts every hop; a function is used as is; a
 *   string or array goes to @fastify/proxy-addr. A number was a hop count up to 5.12.0; from 5.12.1 on it
 *   trusts no hop at all ("hop-count-only trust cannot validate the immediate peer"), and the docs now ask
 *   for an IP/CIDR list or a function that checks the address.
 * - Sails (`lib/hooks/http/initialize.js`): `sails.config.http.trustProxy` is handed to Express's
 *   `app.set('trust proxy', ...)` unchanged, so it takes the Express values.
 * - koa 3.3.0 `lib/request.js` `ips`/`ip`: when `app.proxy` is truthy, `ctx.ips` is the whole
 *   `proxyIpHeader` list (default `X-Forwarded-For`), cut to its last `maxIpsCount` entries only when
 *   `maxIpsCount > 0` (the default `0` means no limit), and `ctx.ip` is its first entry.
 */
import type { ApiSet } from '../utils/module-tracker';

/** The Express setting name, and the application methods that write it. */
export const EXPRESS_TRUST_SETTING = 'trust proxy';
export const EXPRESS_SET_METHOD = 'set';
export const EXPRESS_ENABLE_METHOD = 'enable';

/** Address ranges that hold every IPv4 or every IPv6 address: trusting one trusts any client of that family. */
const CATCH_ALL_RANGES: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0']);

/**
 * True when a proxy-addr address list (a comma-separated string or an array of them, as Express's `trust proxy` and
 * Fastify's `trustProxy` take) holds a catch-all range: `'loopback, 0.0.0.0/0'`, `['::/0']`.
 */
function listTrustsEveryAddress(value: unknown): boolean {
  const lists = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return lists.some((list) => typeof list === 'string' && list.split(',').some((entry) => CATCH_ALL_RANGES.has(entry.trim())));
}

/**
 * True when an Express `trust proxy` value trusts every hop: `true`, a hop count of `Infinity`, or an address list
 * with a catch-all range (`'0.0.0.0/0'`).
 */
export function expressValueTrustsEveryHop(value: unknown): boolean {
  return value === true || value === Number.POSITIVE_INFINITY || listTrustsEveryAddress(value);
}

/**
 * Sails: the `trustProxy` key of its `http` config (`module.exports.http = { trustProxy }` in
 * `config/http.js`, or `module.exports = { http: { trustProxy } }` in `config/env/production.js`).
 */
export const SAILS_TRUST_OPTION = 'trustProxy';
export const SAILS_HTTP_CONFIG = 'http';

/** The Fastify server option. */
export const FASTIFY_TRUST_OPTION = 'trustProxy';

/**
 * True when a Fastify `trustProxy` value trusts every hop: `true` (or `Infinity`, a hop count before 5.12.1), or an
 * address list with a catch-all range.
 */
export function fastifyValueTrustsEveryHop(value: unknown): boolean {
  return value === true || value === Number.POSITIVE_INFINITY || listTrustsEveryAddress(value);
}

/** The calls and constructions that take Fastify server options as their first argument. */
export const FASTIFY_APIS: ApiSet = [
  // `import Fastify from 'fastify'`, `require('fastify')(opts)`.
  { module: 'fastify', path: [], kinds: ['call'] },
  // `import { fastify } from 'fastify'`, `require('fastify').fastify(opts)`, `require('fastify').default(opts)`.
  { module: 'fastify', path: ['fastify'], kinds: ['call'] },
  { module: 'fastify', path: ['default'], kinds: ['call'] },
  // NestJS on Fastify: `new FastifyAdapter({ trustProxy: true })`.
  { module: '@nestjs/platform-fastify', path: ['FastifyAdapter'], kinds: ['construct'] },
];

/** Fastify's exported types for the server options object: a `const` annotated with one of them is such an object. */
export const FASTIFY_OPTION_TYPES: ReadonlySet<string> = new Set([
  'FastifyServerOptions',
  'FastifyHttpOptions',
  'FastifyHttpsOptions',
  'FastifyHttp2Options',
  'FastifyHttp2SecureOptions',
]);

/** The module Fastify's option types come from. */
export const FASTIFY_MODULE = 'fastify';

/** The Koa application class. */
export const KOA_APIS: ApiSet = [
  { module: 'koa', path: [], kinds: ['construct'] },
  { module: 'koa', path: ['default'], kinds: ['construct'] },
];

/** The name a Koa application class is almost always bound to, for files where it is not imported visibly. */
export const KOA_CLASS_NAME = 'Koa';

/** Koa's options and application properties. */
export const KOA_PROXY_OPTION = 'proxy';
export const KOA_MAX_IPS_OPTION = 'maxIpsCount';
export const KOA_IP_HEADER_OPTION = 'proxyIpHeader';
/** The header Koa reads when `proxyIpHeader` is not set; a list every hop appends to. */
export const KOA_DEFAULT_IP_HEADER = 'x-forwarded-for';

/** True when a Koa `proxy` value turns proxy trust on: Koa only tests it for truthiness. */
export function koaProxyEnabled(value: unknown): boolean {
  return Boolean(value);
}

/**
 * True when a Koa `maxIpsCount` value limits `ctx.ips`: Koa keeps `ips.slice(-maxIpsCount)` when
 * `maxIpsCount > 0`, which keeps fewer than all entries only for a finite count of at least one.
 */
export function koaMaxIpsLimits(value: unknown): boolean {
  if (typeof value !== 'number' && typeof value !== 'string') return false;
  const count = Number(value);
  return Number.isFinite(count) && Math.trunc(count) >= 1;
}

/**
 * True when a Koa `proxyIpHeader` value still names the multi-hop `X-Forwarded-For` list. Any other header
 * (`X-Real-IP`, `CF-Connecting-IP`) is a single value that the named proxy overwrites: a deliberate choice.
 */
export function koaHeaderIsForwardedFor(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (typeof value === 'string' && value.trim().toLowerCase() === KOA_DEFAULT_IP_HEADER);
}
