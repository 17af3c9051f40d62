/**
 * IP-filter middleware: which settings turn a filter into an allowlist, i.e. a gate that lets a request through
 * because of where it comes from. A blocklist (deny these addresses, let everyone else in) authorizes nobody and is
 * not described here as a gate. Plain data: no ESLint here.
 *
 * Sources, read from the published packages:
 * - express-ipfilter 1.3 (`lib/ipfilter.js`, `index.d.ts`): `IpFilter(ips, { mode })`, `mode` `'deny'` (the default)
 *   or `'allow'`; exported as `module.exports = { IpFilter, IpDeniedError }`.
 * - express-ip-access-control 1.1 (`index.js`, `index.d.ts`): `AccessControl({ mode, allows, denys })`, `mode`
 *   `'deny'` (the default) or `'allow'`; `export =` the function.
 * - koa-ip 2.x (README, `index.js`): `ip(String | RegExp | Array)` is a whitelist; `ip({ whitelist, blacklist })`
 *   (newer forks also spell them `allowlist`/`blocklist`); `module.exports` the function.
 */
import type { ApiSpec } from '../utils/module-tracker';

export interface IpFilterApi extends ApiSpec {
  /** The package, for messages. */
  readonly library: string;
  /** The argument that holds the options object. */
  readonly optionsArgument: number;
  /** The option that selects allow or deny mode, with the value that means allow; absent when there is no mode. */
  readonly mode?: { readonly key: string; readonly allowValue: string };
  /** Keys whose presence (with a non-empty list) makes the filter an allowlist. */
  readonly allowListKeys: readonly string[];
  /** True when a bare list (a string, a RegExp or an array) in the options position is itself an allowlist. */
  readonly listIsAllowList: boolean;
}

const EXPRESS_IPFILTER = {
  library: 'express-ipfilter',
  optionsArgument: 1,
  mode: { key: 'mode', allowValue: 'allow' },
  allowListKeys: [],
  listIsAllowList: false,
} as const;

const IP_ACCESS_CONTROL = {
  library: 'express-ip-access-control',
  optionsArgument: 0,
  mode: { key: 'mode', allowValue: 'allow' },
  allowListKeys: [],
  listIsAllowList: false,
} as const;

const KOA_IP = {
  library: 'koa-ip',
  optionsArgument: 0,
  allowListKeys: ['whitelist', 'allowlist'],
  listIsAllowList: true,
} as const;

/** The filter factories, through every export shape the packages publish. */
export const IP_FILTER_APIS: readonly IpFilterApi[] = [
  { module: 'express-ipfilter', path: ['IpFilter'], kinds: ['call'], ...EXPRESS_IPFILTER },
  { module: 'express-ipfilter', path: ['default', 'IpFilter'], kinds: ['call'], ...EXPRESS_IPFILTER },
  { module: 'express-ip-access-control', path: [], kinds: ['call'], ...IP_ACCESS_CONTROL },
  { module: 'express-ip-access-control', path: ['default'], kinds: ['call'], ...IP_ACCESS_CONTROL },
  { module: 'koa-ip', path: [], kinds: ['call'], ...KOA_IP },
  { module: 'koa-ip', path: ['default'], kinds: ['call'], ...KOA_IP },
];

/** Paths of health, readiness and metrics endpoints, which an IP filter may guard alone. */
export const DEFAULT_ALLOW_PATHS: readonly string[] = ['/health', '/healthz', '/ready', '/live', '/metrics'];

/** `path` without trailing slashes, except that `/` stays `/`. */
function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path.charAt(end - 1) === '/') end -= 1;
  return path.slice(0, end);
}

/** True when `path` is one of `allowed` or below one (`/metrics/prometheus` under `/metrics`); trailing slashes are ignored. */
export function isUnderAllowedPath(path: string, allowed: readonly string[]): boolean {
  const normalized = trimTrailingSlashes(path);
  return allowed.some((entry) => {
    const prefix = trimTrailingSlashes(entry);
    return normalized === prefix || normalized.startsWith(prefix === '/' ? '/' : `${prefix}/`);
  });
}
