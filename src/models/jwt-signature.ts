/**
 * What hand-rolled JWT validation looks like: the crypto primitives people call to check a token's signature
 * themselves, where each takes the signed data, which comparisons are not constant-time, which names denote a
 * token and which claims show that a verified payload is being used as a JWT. Plain data and pure functions; the
 * only toolkit imports are the module tracker's types and the name splitter.
 *
 * Sources: RFC 7515 §5.2 (the JWS signing input is `BASE64URL(header) || '.' || BASE64URL(payload)`), RFC 7519 §4.1
 * (registered claims), Node.js `crypto` (`createHmac`, `createVerify`, `verify(algorithm, data, key, signature)`,
 * `timingSafeEqual`; `Buffer#equals` and `Buffer.compare` stop at the first difference), the Web Crypto API
 * (`subtle.verify(algorithm, key, signature, data)`, `subtle.sign(algorithm, key, data)`), and jose 6
 * (`compactVerify`/`flattenedVerify`/`generalVerify` return the payload as bytes and check no claim; see the
 * verifier model).
 */
import type { ApiSpec } from '../utils/module-tracker';
import { nameWords } from '../utils/name-words';

/** How a Node `crypto` primitive receives the data it signs or checks. */
export interface SignaturePrimitive {
  readonly spec: ApiSpec;
  /** The readable name for messages. */
  readonly api: string;
  /** `update`: the data is fed through `.update(data)` on the object the call returns; a number: that argument. */
  readonly data: 'update' | number;
}

export const CREATE_HMAC: SignaturePrimitive = { spec: { module: 'crypto', path: ['createHmac'], kinds: ['call'] }, api: 'createHmac', data: 'update' };
export const CREATE_VERIFY: SignaturePrimitive = { spec: { module: 'crypto', path: ['createVerify'], kinds: ['call'] }, api: 'createVerify', data: 'update' };
export const CRYPTO_VERIFY: SignaturePrimitive = { spec: { module: 'crypto', path: ['verify'], kinds: ['call'] }, api: 'verify', data: 1 };

/** The Node `crypto` primitives that sign or check data (`node:crypto` matches too). */
export const SIGNATURE_PRIMITIVES: readonly SignaturePrimitive[] = [CREATE_HMAC, CREATE_VERIFY, CRYPTO_VERIFY];

/** The module tracker's view of them; declared once, as the tracker's cache key. */
export const SIGNATURE_PRIMITIVE_APIS: readonly ApiSpec[] = SIGNATURE_PRIMITIVES.map((primitive) => primitive.spec);

/** The method that feeds data to a Node `Hmac` / `Verify` object. */
export const UPDATE_METHOD = 'update';

/**
 * Web Crypto (`crypto.subtle`, `globalThis.crypto.subtle`, `webcrypto.subtle`): the argument that carries the data.
 * `sign` counts because an HMAC is "verified" by signing again and comparing.
 */
export const SUBTLE_DATA_INDEX: Readonly<Record<string, number>> = { verify: 3, sign: 2 };

/** The property a Web Crypto `SubtleCrypto` object is reached through. */
export const SUBTLE_PROPERTY = 'subtle';

/** The separator of the three parts of a compact JWS / JWT. */
export const JWS_SEPARATOR = '.';

/** The parts of a compact JWS: header, payload, signature. */
export const HEADER_PART = 0;
export const PAYLOAD_PART = 1;
export const SIGNATURE_PART = 2;

/** Comparisons that stop at the first differing byte: `a.equals(b)`, `Buffer.compare(a, b)`. */
export const NON_CONSTANT_TIME_METHODS: ReadonlySet<string> = new Set(['equals', 'compare']);

/**
 * Claims whose reading shows a verified payload is used as a JWT (registered claims and the authorization claims
 * of OAuth 2.0 / Microsoft Entra / Auth0 / Cognito access tokens).
 */
export const JWT_CLAIMS: ReadonlySet<string> = new Set([
  'sub',
  'exp',
  'nbf',
  'iat',
  'aud',
  'iss',
  'jti',
  'azp',
  'scp',
  'scope',
  'roles',
  'tid',
  'oid',
  'permissions',
  'groups',
  'client_id',
  'token_use',
  'cognito:groups',
]);

/** Single words that name a token string: `token`, `idToken`, `access_token`, `jwt`, `bearer`, `idtoken`. */
const TOKEN_WORDS: ReadonlySet<string> = new Set(['token', 'jwt', 'jwts', 'bearer', 'idtoken', 'accesstoken', 'authtoken']);

/**
 * Words that make a name something other than the token string even though it mentions one: a flag, a count, a
 * decoded or split form (`tokenParts`, `tokenLength`, `isToken`), or an unrelated kind of signature.
 */
const NON_TOKEN_WORDS: ReadonlySet<string> = new Set([
  'is',
  'has',
  'length',
  'count',
  'type',
  'kind',
  'name',
  'webhook',
  'hook',
  'csrf',
  'xsrf',
]);

/** True when a name (an identifier, a property key, a function name) denotes a JWT: `token`, `rawIdToken`, `jwtString`, `BEARER`. */
export function isTokenName(name: string): boolean {
  const words = nameWords(name);
  return words.some((word) => TOKEN_WORDS.has(word)) && !words.some((word) => NON_TOKEN_WORDS.has(word));
}

/** Verbs that make a function taking a token one that checks it. */
const CHECK_WORDS: ReadonlySet<string> = new Set(['verify', 'validate', 'check', 'authenticate', 'authorize', 'is']);

/**
 * True when a function's name says it checks a JWT it is given (`verifyJwt`, `validateToken`, `isValidToken`), so
 * its parameter is that token; `parseTokenVersion` is not one.
 */
export function isTokenCheckerName(name: string): boolean {
  const words = nameWords(name);
  return words.some((word) => TOKEN_WORDS.has(word)) && words.some((word) => CHECK_WORDS.has(word));
}

/** The HTTP header that carries a bearer JWT (`req.headers.authorization`). */
export function isAuthorizationHeaderName(name: string): boolean {
  return name.toLowerCase() === 'authorization';
}
