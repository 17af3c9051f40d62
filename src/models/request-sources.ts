/**
 * Knowledge for the request and token data-flow engine: which request headers and fields the client controls and what
 * they pretend to be, which library calls decode a token without verifying it, which predicates test an IP range,
 * which names mark an authorization guard, and which code in a guarded branch has a security consequence.
 * No ESLint dependency beyond the module tracker's `ApiSet` type.
 */
import type { ApiSet } from '../utils/module-tracker';
import { nameWords } from '../utils/name-words';

// ---------------------------------------------------------------------------------------------------------------
// Headers.

/** Headers that carry a client address and that any client can set (lower case → usual spelling). */
const SPOOFABLE_IP_HEADERS: ReadonlyMap<string, string> = new Map([
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
  ['x-original-forwarded-for', 'X-Original-Forwarded-For'],
  ['proxy-client-ip', 'Proxy-Client-IP'],
  ['wl-proxy-client-ip', 'WL-Proxy-Client-IP'],
  ['x-appengine-user-ip', 'X-AppEngine-User-IP'],
  ['x-azure-clientip', 'X-Azure-ClientIP'],
  ['x-envoy-external-address', 'X-Envoy-External-Address'],
]);

/** The headers whose value is a list of hops, of which only the right-most was written by the nearest proxy. */
const HOP_LIST_HEADERS: ReadonlySet<string> = new Set(['x-forwarded-for', 'forwarded', 'x-forwarded', 'forwarded-for', 'x-original-forwarded-for']);

/** Request metadata the client writes and that is sometimes mistaken for a fact about the caller. */
const SPOOFABLE_METADATA_HEADERS: ReadonlyMap<string, string> = new Map([
  ['host', 'Host'],
  ['x-forwarded-host', 'X-Forwarded-Host'],
  ['x-original-host', 'X-Original-Host'],
  ['origin', 'Origin'],
  ['referer', 'Referer'],
  ['referrer', 'Referer'],
  ['user-agent', 'User-Agent'],
]);

/** Headers a gateway or an identity-aware proxy injects to name the caller; unsigned, so forgeable on any direct path. */
const IDENTITY_HEADERS: ReadonlySet<string> = new Set([
  'x-user-id',
  'x-user',
  'x-user-role',
  'x-user-roles',
  'x-user-email',
  'x-role',
  'x-roles',
  'x-tenant-id',
  'x-tenant',
  'x-org-id',
  'x-account-id',
  'x-internal',
  'x-internal-request',
  'x-is-admin',
  'x-admin',
  'x-authenticated-user',
  'x-authenticated-userid',
  'x-authenticated-user-id',
  'x-forwarded-user',
  'x-forwarded-email',
  'x-forwarded-preferred-username',
  'x-forwarded-groups',
  'x-auth-request-user',
  'x-auth-request-email',
  'x-auth-request-groups',
  'x-goog-authenticated-user-email',
  'x-goog-authenticated-user-id',
  'x-ms-client-principal',
  'x-ms-client-principal-id',
  'x-ms-client-principal-name',
  'x-amzn-oidc-identity',
  'remote-user',
  'x-remote-user',
  'x-webauth-user',
]);

/** Words of a custom `x-…` header that claim identity, role or trust: `x-customer-id`, `x-app-role`, `x-internal-call`. */
const IDENTITY_HEADER_WORDS: ReadonlySet<string> = new Set([
  'user',
  'userid',
  'uid',
  'role',
  'roles',
  'tenant',
  'tenantid',
  'admin',
  'principal',
  'internal',
  'impersonate',
  'superuser',
  'permissions',
  'groups',
]);

/** Words that make a header a credential or a verification, not a claim: `x-internal-token`, `x-user-signature`. */
const CREDENTIAL_HEADER_WORDS: ReadonlySet<string> = new Set([
  'token',
  'key',
  'secret',
  'signature',
  'sig',
  'hmac',
  'jwt',
  'assertion',
  'password',
  'otp',
  'nonce',
  'agent',
  'request',
  'trace',
  'correlation',
]);

export type HeaderClass =
  | { readonly kind: 'spoofable-ip'; readonly name: string; readonly hopList: boolean }
  | { readonly kind: 'spoofable-header'; readonly name: string }
  | { readonly kind: 'identity-header'; readonly name: string };

/** `X-Foo-Bar` for `x-foo-bar`. */
function displayHeader(lower: string): string {
  return lower
    .split('-')
    .map((part) => (part === 'id' || part === 'ip' ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('-');
}

/** What a request header is, by name (any case), or `null` for headers the engine does not follow. */
export function classifyHeader(header: string): HeaderClass | null {
  const lower = header.toLowerCase();
  const ip = SPOOFABLE_IP_HEADERS.get(lower);
  if (ip !== undefined) return { kind: 'spoofable-ip', name: ip, hopList: HOP_LIST_HEADERS.has(lower) };
  const metadata = SPOOFABLE_METADATA_HEADERS.get(lower);
  if (metadata !== undefined) return { kind: 'spoofable-header', name: metadata };
  if (IDENTITY_HEADERS.has(lower)) return { kind: 'identity-header', name: displayHeader(lower) };
  if (!lower.startsWith('x-')) return null;
  const words = nameWords(lower.slice(2));
  if (words.some((word) => CREDENTIAL_HEADER_WORDS.has(word))) return null;
  if (words.some((word) => IDENTITY_HEADER_WORDS.has(word))) return { kind: 'identity-header', name: displayHeader(lower) };
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Request fields.

/** Containers of client-sent fields: `req.body`, `req.query`, `ctx.request.body`, hapi `request.payload`, API Gateway. */
export const CLIENT_CONTAINERS: ReadonlySet<string> = new Set([
  'body',
  'query',
  'params',
  'cookies',
  'payload',
  'queryStringParameters',
  'multiValueQueryStringParameters',
  'pathParameters',
  'searchParams',
]);

/** Members of a client container that hold more client fields: `req.body.user.role`, `req.body.data.isAdmin`. */
export const CLIENT_NESTING_FIELDS: ReadonlySet<string> = new Set(['user', 'data', 'input', 'attributes', 'profile', 'account', 'variables', 'session']);

/** Words that make a client field an authorization claim wherever it is tested: `role`, `isAdmin`, `permissions`. */
const AUTHORIZATION_FIELD_WORDS: ReadonlySet<string> = new Set([
  'role',
  'roles',
  'admin',
  'administrator',
  'superuser',
  'sudo',
  'staff',
  'moderator',
  'permission',
  'permissions',
  'privilege',
  'privileges',
  'entitlement',
  'entitlements',
  'authenticated',
  'authorized',
  'authorised',
]);

/** Words that make a client field an identity claim: `userId`, `tenantId`, `ownerId`, `accountId`. */
const IDENTITY_FIELD_WORDS: ReadonlySet<string> = new Set(['user', 'uid', 'tenant', 'tid', 'oid', 'owner', 'account', 'org', 'organization', 'customer']);

/** Identity claims that scope data to a tenant or an owner: used as a query key, they cross tenants. */
const SCOPE_KEY_WORDS: ReadonlySet<string> = new Set(['tenant', 'tid', 'owner', 'account', 'org', 'organization', 'customer']);

export type FieldClass = 'authorization' | 'identity' | null;

/** The words of a field name without a trailing `id`/`ids`: `tenantId` → tenant; `roleIds` → role. */
function coreWords(name: string): string[] {
  const words = nameWords(name);
  const last = words.at(-1);
  if (words.length > 1 && (last === 'id' || last === 'ids')) words.pop();
  return words;
}

/**
 * What a client-sent field claims, by name: `authorization` (`role`, `isAdmin`, `userRoles`, `roleId`), `identity`
 * (`userId`, `tenantId`, `uid`, `ownerId`), or `null`. Only the last word counts, so `groupBy` or `roleDescription`
 * are not claims.
 */
export function classifyClientField(name: string): FieldClass {
  const words = coreWords(name);
  const last = words.at(-1);
  if (last === undefined) return null;
  if (AUTHORIZATION_FIELD_WORDS.has(last)) return 'authorization';
  if (IDENTITY_FIELD_WORDS.has(last) && (words.length > 1 || nameWords(name).length > 1 || last === 'uid' || last === 'tid' || last === 'oid')) {
    return 'identity';
  }
  return null;
}

/** True for a query key that scopes data to a tenant or an owner: `tenantId`, `orgId`, `ownerId`, `accountId`. */
export function isScopeKey(name: string): boolean {
  return coreWords(name).some((word) => SCOPE_KEY_WORDS.has(word));
}

/** True for a query key naming the user: `userId`, `user_id`, `uid`. */
export function isUserKey(name: string): boolean {
  const words = coreWords(name);
  return words.length === 1 && (words[0] === 'user' || words[0] === 'uid') && nameWords(name).length <= 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Claims.

/** Claims that a user or an administrator can change, so they never identify or authorize anyone. */
export const MUTABLE_CLAIMS: ReadonlySet<string> = new Set(['email', 'emails', 'upn', 'preferred_username', 'unique_name', 'name', 'login_hint']);

/** Claims that only tell when a token is valid: a decision on them alone schedules a refresh, it grants nothing. */
export const TIMING_CLAIMS: ReadonlySet<string> = new Set(['exp', 'iat', 'nbf', 'auth_time']);

/** Request members that authentication middleware fills with verified claims: `req.user`, `req.auth`, `ctx.state.user`. */
export const CLAIMS_MEMBERS: ReadonlySet<string> = new Set(['user', 'auth', 'authInfo', 'kauth', 'oidc', 'claims', 'principal', 'identity']);

/** Parameter and variable names that hold claims by convention: `claims`, `idTokenClaims`, `decodedToken`. */
export const CLAIMS_NAMES: ReadonlySet<string> = new Set(['claims', 'idTokenClaims', 'tokenClaims', 'decodedToken', 'jwtPayload', 'userClaims']);

/** Auth.js / NextAuth callbacks whose arguments carry the identity provider's claims. */
export const AUTHJS_CALLBACKS: ReadonlySet<string> = new Set(['signIn', 'jwt', 'session', 'profile']);

/** Names of the Auth.js callback arguments and passport verify-callback parameters that carry claims. */
export const IDP_CLAIMS_PARAMETERS: ReadonlySet<string> = new Set([
  'profile',
  'user',
  'token',
  'account',
  'claims',
  'idTokenClaims',
  'userinfo',
  'userInfo',
  'payload',
  'jwt_payload',
  'jwtPayload',
  'decoded',
]);

// ---------------------------------------------------------------------------------------------------------------
// Decode-only and verify APIs.

/**
 * Decode-only APIs the verifier model does not list (it models token checkers; jwt-decode is a browser decoder).
 * Everything else — jsonwebtoken, jose, @hapi/jwt, @fastify/jwt, NestJS `JwtService`, fast-jwt — comes from the
 * verifier model's `decode` and `verify` sites.
 */
export const DECODE_APIS: ApiSet = [
  { module: 'jwt-decode', path: ['jwtDecode'], kinds: ['call'] },
  { module: 'jwt-decode', path: ['default'], kinds: ['call'] },
  { module: 'jwt-decode', path: [], kinds: ['call'] },
];

/** APIs that decode only a token's header (their result is `token-header`). */
export const HEADER_DECODE_APIS: ApiSet = [{ module: 'jose', path: ['decodeProtectedHeader'], kinds: ['call'] }];

/** jwt-simple's `decode(token, key, noVerify)`: decode-only when the third argument is truthy. */
export const JWT_SIMPLE_DECODE: ApiSet = [{ module: 'jwt-simple', path: ['decode'], kinds: ['call'] }];

/** Verifier-model APIs that build a decoder or verifier instead of checking a token (`createDecoder`, `JwtVerifier.create`). */
export function isFactoryApi(api: string): boolean {
  return api.startsWith('create') || api.endsWith('.create');
}

/** Verifier-model APIs whose argument 1 may be a key callback called with the token's header (jsonwebtoken, jose). */
export const KEY_CALLBACK_APIS: ReadonlySet<string> = new Set(['verify', 'jwtVerify', 'compactVerify', 'flattenedVerify', 'generalVerify']);

/** The libraries whose key callbacks take the header first. */
export const KEY_CALLBACK_LIBRARIES: ReadonlySet<string> = new Set(['jsonwebtoken', 'jose']);

/** Method names that verify a token whatever library they come from (`verifier.verify`, `verifyIdToken`, `request.jwtVerify`). */
export const VERIFY_METHOD_NAMES: ReadonlySet<string> = new Set([
  'verify',
  'jwtVerify',
  'verifyIdToken',
  'verifyAccessToken',
  'verifyToken',
  'verifyJwt',
  'verifyJWT',
  'validateToken',
  'verifySessionCookie',
  'compactVerify',
]);

/** Methods whose result is a verified claims object: google-auth-library `ticket.getPayload()`. */
export const CLAIMS_RESULT_METHODS: ReadonlySet<string> = new Set(['getPayload', 'verifyIdToken', 'verifySessionCookie', 'jwtVerify']);

// ---------------------------------------------------------------------------------------------------------------
// Other request APIs.

/** request-ip: `getClientIp(req)` prefers client-set headers over the socket. */
export const CLIENT_IP_APIS: ApiSet = [
  { module: 'request-ip', path: ['getClientIp'], kinds: ['call'] },
  { module: 'request-ip', path: ['default', 'getClientIp'], kinds: ['call'] },
];

/**
 * Request reads that are calls of a module's function: Next.js `headers()` and `cookies()` from `next/headers`, and
 * Hono's `getCookie(c, 'name')` from `hono/cookie` (a plain cookie; `getSignedCookie` is checked by the server).
 */
export const NEXT_REQUEST_APIS: ApiSet = [
  { module: 'next/headers', path: ['headers'], kinds: ['call'] },
  { module: 'next/headers', path: ['cookies'], kinds: ['call'] },
  { module: 'hono/cookie', path: ['getCookie'], kinds: ['call'] },
];

/** IP-range predicates of the usual libraries: any tainted argument makes the result a range decision. */
export const IP_RANGE_APIS: ApiSet = [
  { module: 'ip', path: ['isPrivate'], kinds: ['call'] },
  { module: 'ip', path: ['isPublic'], kinds: ['call'] },
  { module: 'ip', path: ['isLoopback'], kinds: ['call'] },
  { module: 'ip', path: ['isEqual'], kinds: ['call'] },
  { module: 'ip', path: ['cidrSubnet'], kinds: ['call'], instanceMethods: ['contains'] },
  { module: 'ip', path: ['subnet'], kinds: ['call'], instanceMethods: ['contains'] },
  { module: 'ipaddr.js', path: ['parse'], kinds: ['call'], instanceMethods: ['range', 'match', 'kind'] },
  { module: 'ipaddr.js', path: ['process'], kinds: ['call'], instanceMethods: ['range', 'match', 'kind'] },
  { module: 'ipaddr.js', path: ['subnetMatch'], kinds: ['call'] },
  { module: 'ip-range-check', path: [], kinds: ['call'] },
  { module: 'ip-range-check', path: ['default'], kinds: ['call'] },
  { module: 'range_check', path: ['inRange'], kinds: ['call'] },
  { module: 'range_check', path: ['isPrivateIP'], kinds: ['call'] },
  { module: 'range_check', path: ['isIP'], kinds: ['call'] },
  { module: 'cidr-matcher', path: [], kinds: ['construct'], instanceMethods: ['contains', 'containsAny'] },
  { module: 'net', path: ['BlockList'], kinds: ['construct'], instanceMethods: ['check'] },
  { module: 'is-localhost-ip', path: [], kinds: ['call'] },
  { module: 'is-localhost-ip', path: ['default'], kinds: ['call'] },
  { module: 'private-ip', path: [], kinds: ['call'] },
  { module: 'private-ip', path: ['default'], kinds: ['call'] },
  { module: 'is-ip-private', path: ['isIPPrivate'], kinds: ['call'] },
];

// ---------------------------------------------------------------------------------------------------------------
// Names.

/** Words of a function name that make it an authorization guard: `isInternal`, `checkAccess`, `requireAdmin`, `canEdit`. */
const GUARD_WORDS: ReadonlySet<string> = new Set([
  'auth',
  'authn',
  'authz',
  'authenticate',
  'authenticated',
  'authorize',
  'authorized',
  'authorise',
  'authorised',
  'allowed',
  'allow',
  'permit',
  'permitted',
  'admin',
  'internal',
  'trusted',
  'whitelisted',
  'allowlisted',
  'access',
  'guard',
  'protect',
  'protected',
  'ensure',
  'localhost',
  'intranet',
  'privileged',
  'superuser',
  'can',
]);

/** Words that make a guard-looking name something else: `isAllowedOrigin` for CORS, `accessLog`, `canvas`. */
const NOT_GUARD_WORDS: ReadonlySet<string> = new Set(['log', 'logger', 'logging', 'cors', 'origin', 'url', 'redirect', 'cache', 'rate', 'limit', 'metrics']);

/** True for the name of a function whose result decides access: `isInternal`, `checkAccess`, `requireAdmin`, `canActivate`. */
export function isGuardName(name: string): boolean {
  const words = nameWords(name);
  return words.some((word) => GUARD_WORDS.has(word)) && !words.some((word) => NOT_GUARD_WORDS.has(word));
}

/** Words of a function name that returns the caller's identity: `getUser`, `currentUser`, `verifyToken`, `authenticate`. */
const IDENTITY_RETURN_WORDS: ReadonlySet<string> = new Set(['user', 'principal', 'identity', 'verify', 'validate', 'authenticate', 'auth', 'authorize', 'caller', 'session']);

/** True for the name of a function whose return value is the caller's identity. */
export function isIdentityReturnName(name: string): boolean {
  const words = nameWords(name);
  return words.some((word) => IDENTITY_RETURN_WORDS.has(word)) && !words.some((word) => word === 'agent' || word === 'display' || word === 'name');
}

/** Words of a call in a guarded branch that grants something: `grantAdmin()`, `bypassAuth()`, `skipVerification()`. */
const GRANT_CALL_WORDS: ReadonlySet<string> = new Set(['grant', 'allow', 'permit', 'bypass', 'skip', 'authorize', 'authorise', 'elevate', 'impersonate', 'sudo', 'login']);

/** True for the name of a call that grants access or skips a check. */
export function isGrantCallName(name: string): boolean {
  return nameWords(name).some((word) => GRANT_CALL_WORDS.has(word));
}

/** Properties whose assignment grants or records identity or privilege: `isAdmin`, `role`, `authenticated`. */
const PRIVILEGE_TARGET_WORDS: ReadonlySet<string> = new Set(['admin', 'role', 'roles', 'authenticated', 'authorized', 'authorised', 'permissions', 'superuser', 'privileged', 'trusted']);

/** True for a property whose assignment grants privilege (`req.isAdmin = true`, `user.role = 'admin'`). */
export function isPrivilegeTarget(name: string): boolean {
  return nameWords(name).some((word) => PRIVILEGE_TARGET_WORDS.has(word));
}

/** Members of a request or response that hold the caller's identity when assigned: `req.user = …`, `res.locals.userId = …`. */
const IDENTITY_TARGET_WORDS: ReadonlySet<string> = new Set(['user', 'auth', 'principal', 'identity', 'claims', 'tenant', 'account', 'uid', 'role', 'roles', 'admin']);

/** True for a member of a request, `ctx.state`, `res.locals` or a GraphQL context whose value is the caller's identity. */
export function isIdentityTarget(name: string): boolean {
  const words = coreWords(name);
  return words.some((word) => IDENTITY_TARGET_WORDS.has(word)) && !words.some((word) => word === 'agent');
}

/** Names of exceptions and error helpers that answer 401/403. */
const DENY_ERROR_WORDS: ReadonlySet<string> = new Set(['unauthorized', 'unauthorised', 'forbidden', 'unauthenticated', 'denied', 'permission', 'authentication', 'authorization']);

/** True for the name of an error class or helper that refuses the caller (`ForbiddenException`, `Boom.unauthorized`). */
export function isDenyErrorName(name: string): boolean {
  return nameWords(name).some((word) => DENY_ERROR_WORDS.has(word));
}

/** Words that, after `not`, refuse the caller: `Not authorized`, `not allowed`, `not permitted`. */
const NEGATED_PERMISSION_WORDS: ReadonlySet<string> = new Set(['authorized', 'authorised', 'allowed', 'permitted']);

/** True for an error message that refuses the caller: `'Forbidden'`, `'Access denied'`, `'Not authorized'`. */
export function isDenyMessage(message: string): boolean {
  const words = nameWords(message.slice(0, 200));
  return words.some((word, index) => DENY_ERROR_WORDS.has(word) || (word === 'not' && NEGATED_PERMISSION_WORDS.has(words[index + 1] ?? '')));
}

/** Words of a path that sends the caller away to sign in or to an error page: `/login`, `/auth/sign-in`, `/403`. */
const SIGN_IN_PATH_WORDS: ReadonlySet<string> = new Set(['login', 'signin', 'logon', 'unauthorized', 'unauthorised', 'forbidden', 'denied', '401', '403']);

/** True for a redirect target that refuses the caller: a sign-in or an error page (`/login?next=…`, `/auth/sign-in`, `/403`). */
export function isSignInPath(path: string): boolean {
  const words = nameWords(path.split('?')[0] ?? '');
  return words.some((word, index) => SIGN_IN_PATH_WORDS.has(word) || (word === 'sign' && words[index + 1] === 'in') || (word === 'log' && words[index + 1] === 'in'));
}

/** HTTP status codes that refuse the caller. */
export function isDenyStatus(value: unknown): boolean {
  return value === 401 || value === 403 || value === '401' || value === '403';
}

/** Route path segments and handler-name words of authentication endpoints (login, token, reset, OTP, sign-up). */
const AUTH_ROUTE_WORDS: ReadonlySet<string> = new Set([
  'login',
  'signin',
  'logon',
  'token',
  'oauth',
  'password',
  'reset',
  'forgot',
  'otp',
  'mfa',
  '2fa',
  'verify',
  'signup',
  'register',
  'auth',
  'session',
  'sessions',
]);

/** True for a route path or handler name of an authentication endpoint: `/api/login`, `/auth/token`, `resetPassword`. */
export function isAuthRoute(text: string): boolean {
  return nameWords(text).some((word) => AUTH_ROUTE_WORDS.has(word));
}

/** Callee words of a rate limiter factory: `rateLimit`, `slowDown`, `RateLimit`, `koa-ratelimit`, `@fastify/rate-limit`. */
export function isRateLimiterName(name: string): boolean {
  // Each test below needs one of these pieces; most names (`route`, `get`) hold none, and are not split into words.
  const lower = name.toLowerCase();
  if (!lower.includes('limit') && !lower.includes('throttl') && !lower.includes('slow')) return false;
  const words = nameWords(name);
  return (
    words.includes('ratelimit') ||
    words.includes('limiter') ||
    words.includes('throttle') ||
    words.includes('throttler') ||
    (words.includes('rate') && words.includes('limit')) ||
    (words.includes('slow') && words.includes('down'))
  );
}

/** Option keys of a rate limiter whose function returns the client key. */
export const RATE_LIMIT_KEY_OPTIONS: ReadonlySet<string> = new Set(['keyGenerator', 'key', 'id', 'getKey', 'keyFn']);

/** Option keys of a rate limiter whose function exempts a request. */
export const RATE_LIMIT_SKIP_OPTIONS: ReadonlySet<string> = new Set(['skip', 'allowList', 'allowlist', 'whitelist', 'skipFn']);

/** Option keys of middleware whose function lets a request bypass it: express-jwt `unless({ custom })`. */
export const BYPASS_OPTIONS: ReadonlySet<string> = new Set(['custom', 'skip', 'bypass', 'isPublic']);

/** Methods of a rate-limiter-flexible limiter that take the client key. */
export const LIMITER_KEY_METHODS: ReadonlySet<string> = new Set(['consume', 'penalty', 'reward', 'block', 'delete', 'get']);

/** Data-access methods whose object argument's keys select rows: Mongoose, Prisma, Sequelize, TypeORM, Knex. */
export const QUERY_METHODS: ReadonlySet<string> = new Set([
  'find',
  'findOne',
  'findAll',
  'findMany',
  'findFirst',
  'findUnique',
  'findFirstOrThrow',
  'findUniqueOrThrow',
  'findBy',
  'findOneBy',
  'findOneOrFail',
  'findAndCountAll',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOrCreate',
  'update',
  'updateOne',
  'updateMany',
  'delete',
  'deleteOne',
  'deleteMany',
  'destroy',
  'count',
  'where',
  'upsert',
]);

/** Module names whose import marks a file as server code. */
export const SERVER_MODULES: readonly string[] = [
  'express',
  'koa',
  'fastify',
  '@hapi/hapi',
  'hapi',
  '@nestjs/common',
  'next/server',
  'jsonwebtoken',
  'http',
  'https',
  '@apollo/server',
  'apollo-server',
  'apollo-server-express',
  'graphql-yoga',
  'hono',
  'restify',
  'passport',
  'express-jwt',
  'next-auth',
  '@auth/core',
  '@azure/functions',
  'socket.io',
  'ws',
];
