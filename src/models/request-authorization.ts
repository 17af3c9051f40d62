/**
 * What makes a request value an authorization decision rather than a lookup: the values that mean "privileged",
 * the places authentication middleware keeps the verified caller (beyond `req.user`/`req.auth`, see
 * `isIdentityPath`), the targets that hold an identity, and the signed headers that identity-aware proxies send
 * next to their plain identity headers. No ESLint dependency.
 */
import { nameWords } from '../utils/name-words';
import { isIdentityPath } from './request-identity';

/**
 * Signed assertions that identity-aware proxies add next to their plain identity headers; a handler that verifies
 * one of them may read the plain header it vouches for: Google IAP `x-goog-iap-jwt-assertion`, AWS ALB
 * `x-amzn-oidc-data`, App Service `x-ms-token-aad-*`, Cloudflare Access `cf-access-jwt-assertion`, Pomerium.
 */
const SIGNED_IDENTITY_HEADERS: ReadonlySet<string> = new Set([
  'x-goog-iap-jwt-assertion',
  'x-amzn-oidc-data',
  'x-amzn-oidc-accesstoken',
  'x-ms-token-aad-access-token',
  'x-ms-token-aad-id-token',
  'cf-access-jwt-assertion',
  'x-pomerium-jwt-assertion',
]);

/** True for a header (any case) that carries a proxy's signed identity assertion. */
export function isSignedIdentityHeader(name: string): boolean {
  return SIGNED_IDENTITY_HEADERS.has(name.toLowerCase());
}

/** Words of the values a client asks for to get more than a plain user gets: `admin`, `super_admin`, `owner`, `internal`. */
const PRIVILEGED_WORDS: ReadonlySet<string> = new Set([
  'admin',
  'admins',
  'administrator',
  'root',
  'superuser',
  'superadmin',
  'super',
  'sudo',
  'owner',
  'staff',
  'internal',
  'system',
  'sysadmin',
  'privileged',
  'elevated',
  'true',
  'yes',
]);

/** True for a static value that names a privileged role or switches a privilege on (`'admin'`, `'true'`, `1`, `true`). */
export function isPrivilegedValue(value: unknown): boolean {
  if (value === true || value === 1) return true;
  if (typeof value !== 'string') return false;
  return value === '1' || nameWords(value).some((word) => PRIVILEGED_WORDS.has(word));
}

/**
 * True when `path` (property names read from a request or context object) leads to the verified caller: where
 * authentication middleware stores it (`user`, `auth`, `state.user`, `locals.user` …) or the server-side session
 * (`session.userId`, `session.user`), whose content the client cannot write.
 */
export function isVerifiedIdentityPath(path: readonly string[]): boolean {
  if (path.length === 0) return false;
  return isIdentityPath(path) || path[0] === 'session' || (path[0] === 'request' && path[1] === 'session');
}

/** Words of a local name that holds the verified caller: `user`, `currentUser`, `session`, `claims`, `principal`. */
const VERIFIED_NAME_WORDS: ReadonlySet<string> = new Set(['user', 'session', 'claims', 'principal', 'identity', 'viewer', 'caller', 'me', 'auth']);

/** Words that say a name holds something the client sent, not the caller: `body`, `input`, `dto`, `params`. */
const CLIENT_NAME_WORDS: ReadonlySet<string> = new Set(['body', 'input', 'dto', 'params', 'query', 'args', 'data', 'form', 'request', 'req', 'target', 'requested', 'new']);

/**
 * True for a parameter or binding name that, by convention, holds the verified caller or its claims (`user`,
 * `currentUser`, `session`, `authUser`, `claims`), and not a client payload (`userInput`, `newUser`, `targetUser`).
 */
export function isVerifiedIdentityName(name: string): boolean {
  const words = nameWords(name);
  return words.some((word) => VERIFIED_NAME_WORDS.has(word)) && !words.some((word) => CLIENT_NAME_WORDS.has(word));
}

/** Words of an identity target (`req.user`, `session.userId`, `ctx.state.role`): what a request value must not become. */
const IDENTITY_TARGET_WORDS: ReadonlySet<string> = new Set([
  'user',
  'users',
  'uid',
  'sub',
  'oid',
  'role',
  'roles',
  'admin',
  'tenant',
  'tid',
  'account',
  'principal',
  'auth',
  'authenticated',
  'authorized',
  'permission',
  'permissions',
  'scope',
  'scopes',
  'owner',
  'org',
  'organization',
  'identity',
  'group',
  'groups',
  'member',
  'claims',
  'customer',
  'privileged',
  'superuser',
]);

/** First members of a target that belongs to the request, its session or a resolver context: `req.user`, `ctx.state.user`. */
const REQUEST_TARGET_ROOTS: ReadonlySet<string> = new Set(['req', 'request', 'ctx', 'context', 'c', 'res', 'reply', 'event', 'session', 'socket', 'locals', 'state', 'authorizer']);

/**
 * True when an identity target (`req.user`, `session.userId`, `res.locals.role`, `context.userId`) belongs to the
 * request, its session or a resolver context, and its last member names the caller or their rights. `session.returnTo`
 * is not an identity, and neither is `filter.role` or `user.role` on a local object or a database record.
 */
export function isIdentityTarget(target: string): boolean {
  const members = target.split('.');
  const first = members[0] ?? '';
  const last = members.at(-1) ?? target;
  if (!REQUEST_TARGET_ROOTS.has(first) && !members.includes('session')) return false;
  return nameWords(last).some((word) => IDENTITY_TARGET_WORDS.has(word));
}

/** Words of a query key that selects a site or host, not an owner: `domain`, `hostname`, `subdomain`, `slug`. */
const SITE_KEY_WORDS: ReadonlySet<string> = new Set(['host', 'hostname', 'domain', 'subdomain', 'origin', 'slug', 'site', 'vhost']);

/** True for a query key that routes by site (`{ domain: req.hostname }`), which is virtual hosting, not authorization. */
export function isSiteKey(key: string): boolean {
  return nameWords(key).some((word) => SITE_KEY_WORDS.has(word));
}

/** Words of a function or class that defends against cross-site requests: `csrfProtection`, `verifyOrigin`, `SameOriginGuard`. */
const CROSS_SITE_DEFENCE_WORDS: ReadonlySet<string> = new Set(['csrf', 'xsrf', 'origin', 'origins', 'referer', 'referrer', 'cors']);

/** True for the name of a CSRF / origin-check function, whose Origin or Referer test is defence in depth. */
export function isCrossSiteDefenceName(name: string): boolean {
  return nameWords(name).some((word) => CROSS_SITE_DEFENCE_WORDS.has(word));
}

/** Host names that mean "this machine" or "the private network": `localhost`, `127.0.0.1`, `admin.internal`, `intranet`. */
const INTERNAL_HOST_WORDS: ReadonlySet<string> = new Set(['localhost', 'internal', 'intranet', 'local', 'lan', 'corp', 'private', 'cluster']);

/**
 * True for a host value (or list element) that grants "local" or "internal" standing: a request that forges `Host`
 * to it passes, so even a check that rejects every other host is an authorization decision on a client value.
 */
export function isInternalHostValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const host = value.toLowerCase();
  if (host.startsWith('127.') || host === '::1' || host === '[::1]' || host === '0.0.0.0') return true;
  return nameWords(host).some((word) => INTERNAL_HOST_WORDS.has(word));
}

/** Words of middleware, guards, decorators and routers that enforce a role or permission: `requireRole`, `RolesGuard`, `adminRouter`. */
const AUTHORIZATION_WORDS: ReadonlySet<string> = new Set([
  'role',
  'roles',
  'admin',
  'admins',
  'permission',
  'permissions',
  'permit',
  'authorize',
  'authorized',
  'authorization',
  'authz',
  'policy',
  'policies',
  'acl',
  'rbac',
  'abac',
  'ability',
  'abilities',
  'can',
  'casl',
  'owner',
  'ownership',
  'privilege',
  'privileges',
  'staff',
  'superuser',
]);

/**
 * True for the name of middleware, a guard, a decorator or a router that enforces a role or permission
 * (`requireRole`, `authorize`, `RolesGuard`, `@Roles`, `checkPermissions`, `adminRouter`): a handler behind one may
 * look up any owner's records.
 */
export function isAuthorizationName(name: string): boolean {
  return nameWords(name).some((word) => AUTHORIZATION_WORDS.has(word));
}

/** Words of a claim that carries the caller's rights: `role`, `roles`, `isAdmin`, `permissions`, `scp`, `groups`. */
const ROLE_CLAIM_WORDS: ReadonlySet<string> = new Set(['role', 'roles', 'admin', 'permission', 'permissions', 'scp', 'scope', 'scopes', 'groups', 'group', 'staff', 'superuser']);

/** True for a member of the verified caller that carries their rights (`role`, `isAdmin`, `permissions`, `scp`). */
export function isRoleClaimName(name: string): boolean {
  return nameWords(name).some((word) => ROLE_CLAIM_WORDS.has(word));
}
