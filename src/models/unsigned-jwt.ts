/**
 * Unsigned and keyless JWTs: the library facts `no-unsigned-jwt` needs on top of the verifier model
 * (`src/models/verifiers.ts`), which already says where each library takes its key and its algorithms.
 *
 * Checked against the package sources (`npm pack`): jsonwebtoken 8.5.1 and 9.0.3, jwt-simple 0.5.6, fast-jwt 6.3.6.
 * - jsonwebtoken `verify(token, key)`: a falsy key with a signed token fails ("secret or public key must be
 *   provided"); a falsy key with an UNSIGNED token is accepted when `algorithms` holds `'none'` (9.x), and in 8.x
 *   also when `algorithms` is absent (8.5.1 defaults it to `['none']`). A truthy key with an unsigned token fails
 *   ("jwt signature is required"), but a key callback that yields a falsy key (an unknown `kid`) reopens the hole.
 *   So a falsy key is either a verifier that rejects everything or one that accepts forged tokens: always a defect.
 * - jsonwebtoken `sign(payload, key, { algorithm: 'none' })` issues an unsigned token and needs no key.
 * - jwt-simple `decode(token, key)`: `''` is used as an HMAC secret (anyone can sign with it); `null`/`undefined`
 *   throw on `key.toString()`, so they break the service rather than open it. A truthy `noVerify` (third argument)
 *   skips the signature check.
 * - fast-jwt `createVerifier({ algorithms: ['none'] })` accepts unsigned tokens (and refuses a key with it).
 * - jose never verifies `alg: none` in `jwtVerify`; its `UnsecuredJWT` builds and decodes unsigned tokens. jose 1.x/2.x
 *   (`JWT.verify(token, JWK.None)`) accepted unsigned tokens when given the `JWK.None` key.
 * Algorithm names are matched case-insensitively (`'None'`, `'NONE'`): whatever a library does with the variant,
 * listing it only states the intent to accept unsigned tokens.
 */
import type { ApiSet } from '../utils/module-tracker';
import type { VerifierLibrary } from './verifiers';

/** The algorithm name of an unsigned JWS. */
export const NONE_ALGORITHM = 'none';

/** True for `'none'` in any letter case. */
export function isNoneAlgorithm(value: unknown): boolean {
  return typeof value === 'string' && value.toLowerCase() === NONE_ALGORITHM;
}

/** True for a static algorithm setting that admits `none`: `'none'` itself or a list holding it. */
export function admitsNone(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isNoneAlgorithm);
  return isNoneAlgorithm(value);
}

/** How a falsy key passed to a verifier is treated. */
export type FalsyKeyEffect =
  /** jsonwebtoken: unsigned tokens can pass (8.x without `algorithms`, 9.x with `none` allowed). */
  | 'accepts-unsigned'
  /** jwt-simple: only the empty string is usable, as an HMAC secret anyone can sign with. */
  | 'empty-hmac-secret';

/**
 * The verifier APIs (library and the model's `api` name) whose key argument is read for falsy values. Others either
 * throw on a falsy key at start-up (express-jwt 8, passport-jwt, fast-jwt, @fastify/jwt), fall back to a module-wide
 * secret (@nestjs/jwt), or never accept unsigned tokens (jose).
 */
export const FALSY_KEY_APIS: ReadonlyMap<string, FalsyKeyEffect> = new Map<string, FalsyKeyEffect>([
  [apiId('jsonwebtoken', 'verify'), 'accepts-unsigned'],
  [apiId('jwt-simple', 'decode'), 'empty-hmac-secret'],
]);

/** The key of `FALSY_KEY_APIS`. */
export function apiId(library: VerifierLibrary, api: string): string {
  return `${library}:${api}`;
}

/** The model's `api` names of jose's unsecured-JWT entry points. */
export const UNSECURED_JWT_APIS: ReadonlyMap<string, 'issues' | 'accepts'> = new Map([
  ['UnsecuredJWT', 'issues'],
  ['UnsecuredJWT.decode', 'accepts'],
] as const);

/** jose 1.x/2.x `JWK.None`, the key that verifies unsigned tokens. */
export const JOSE_NONE_KEY: ApiSet = [{ module: 'jose', path: ['JWK', 'None'], kinds: ['read'] }];

/** The methods that verify with a key passed as an argument (jose 1.x/2.x `JWT.verify`, `JWS.verify`). */
export const KEYED_VERIFY_METHODS: ReadonlySet<string> = new Set(['verify']);

/**
 * Modules whose presence marks a file as server code: HTTP frameworks, their auth plugins and Next.js server APIs.
 * `UnsecuredJWT` is reported only there (or where the file also verifies tokens).
 */
export const SERVER_MODULES: readonly string[] = [
  'express',
  'fastify',
  'fastify-plugin',
  'koa',
  '@koa/router',
  'koa-router',
  '@hapi/hapi',
  'restify',
  'hono',
  'h3',
  'polka',
  '@nestjs/common',
  '@nestjs/core',
  'next/server',
  'next/headers',
  'passport',
  '@fastify/jwt',
  'express-jwt',
  'koa-jwt',
  'passport-jwt',
  'hapi-auth-jwt2',
  '@hapi/jwt',
];

/** Modules that mark a file as a test: crafting an unsigned token to prove the server refuses it is legitimate there. */
export const TEST_MODULES: readonly string[] = [
  'vitest',
  '@jest/globals',
  'mocha',
  'chai',
  'ava',
  'tap',
  'supertest',
  'node:test',
  '@playwright/test',
];

/** File names of tests and fixtures: `x.test.ts`, `x.spec.js`, `__tests__/`, `test/`, `tests/`, `e2e/`. */
const TEST_FILE = /(?:^|[/\\])(?:__mocks__|__tests__|e2e|fixtures?|tests?)[/\\]|\.(?:e2e|spec|test)\.[cm]?[jt]sx?$/u;

/** True when `filename` names a test or fixture file. */
export function isTestFileName(filename: string): boolean {
  return TEST_FILE.test(filename);
}
