/**
 * express-rate-limit and express-slow-down: how the middleware is created and which of its start-up validations
 * catch a client address the client can forge. Plain data: no ESLint here.
 *
 * Sources, read from the published packages (express-rate-limit 7.x/8.x `source/validations.ts`, express-slow-down
 * 2.x/3.x, which hands its options to express-rate-limit):
 * - `validate: false` turns every validation off; `validate: { <name>: false }` turns one off; the `default` key sets
 *   every validation not named in the object (`validate: { default: false }` is `validate: false` for the others).
 * - `ip` (ERR_ERL_UNDEFINED_IP_ADDRESS / ERR_ERL_INVALID_IP_ADDRESS): `req.ip` is missing or is not an address.
 * - `trustProxy` (ERR_ERL_PERMISSIVE_TRUST_PROXY): Express trusts every hop, so `req.ip` is the client-written
 *   left-most `X-Forwarded-For` entry.
 * - `xForwardedForHeader` (ERR_ERL_UNEXPECTED_X_FORWARDED_FOR): an `X-Forwarded-For` header arrives while Express
 *   trusts no proxy, so the limiter keys every client on the proxy's address.
 */
import type { ApiSet } from '../utils/module-tracker';

/** The limiter factories: default export, named export and CommonJS `module.exports` of both packages. */
export const RATE_LIMIT_APIS: ApiSet = [
  { module: 'express-rate-limit', path: [], kinds: ['call'] },
  { module: 'express-rate-limit', path: ['default'], kinds: ['call'] },
  { module: 'express-rate-limit', path: ['rateLimit'], kinds: ['call'] },
  { module: 'express-slow-down', path: [], kinds: ['call'] },
  { module: 'express-slow-down', path: ['default'], kinds: ['call'] },
  { module: 'express-slow-down', path: ['slowDown'], kinds: ['call'] },
];

/** The options argument of a limiter factory. */
export const RATE_LIMIT_OPTIONS_ARGUMENT = 0;

/** The option that switches the start-up validations on or off. */
export const VALIDATE_OPTION = 'validate';

/** The key of a `validate` object that stands for every validation it does not name. */
export const VALIDATE_DEFAULT_KEY = 'default';

/** The validations that catch a client address the client can forge, or a limiter that cannot see the client. */
export const IP_VALIDATIONS: readonly string[] = ['xForwardedForHeader', 'ip', 'trustProxy'];

const IP_VALIDATION_SET: ReadonlySet<string> = new Set(IP_VALIDATIONS);

/** True for a `validate` key that guards the client address. */
export function isIpValidation(key: string): boolean {
  return IP_VALIDATION_SET.has(key);
}
