/**
 * Session and token cookies: which cookie names and values carry a credential, what each server library
 * sets by default, and how a raw `Set-Cookie` string reads. Plain data and string functions: no ESLint here.
 *
 * Defaults checked in the packages' sources:
 * - express `res.cookie` (5.x) and the `cookie` package's `serialize`: no `Secure`, no `HttpOnly` unless given.
 * - @fastify/cookie `reply.setCookie` / `reply.cookie`: no `Secure`, no `HttpOnly`, `SameSite=Lax`, but the
 *   plugin's `parseOptions` are merged in first, so a registration can supply them for every call.
 * - koa `ctx.cookies.set` and the `cookies` package: `httpOnly` defaults to true, `secure` to "the request
 *   came over TLS" (so it is on for HTTPS); cookie-session and koa-session set cookies through the same package.
 * - express-session: the session cookie is `HttpOnly` by default but `secure` defaults to false.
 * - hono `setCookie` and h3 `setCookie`: only `Path=/` is defaulted; hono's `prefix: 'secure' | 'host'` forces Secure.
 * - Next.js `cookies().set` and `NextResponse#cookies.set`: only `Path=/` is defaulted.
 * - hapi `h.state` / `server.state`: `isSecure` and `isHttpOnly` default to true.
 * - Auth.js / next-auth: `useSecureCookies` defaults to "the site URL is https"; each entry of `cookies` replaces
 *   (next-auth 4) or is deep-merged into (Auth.js 5) the defaults, which are HttpOnly and Secure on HTTPS.
 */
import { nameWords } from '../utils/name-words';

/** What a cookie-setting API does when an attribute is not given. */
export interface CookieDefaults {
  /** `none`: no Secure attribute; `auto`: Secure whenever the request came over TLS (or the library's default is on). */
  readonly secure: 'none' | 'auto';
  /** `none`: no HttpOnly attribute; `on`: HttpOnly by default. */
  readonly httpOnly: 'none' | 'on';
}

/** The option keys an API uses for the three attributes. */
export interface CookieOptionKeys {
  readonly secure: string;
  readonly httpOnly: string;
  readonly sameSite: string;
}

export const STANDARD_KEYS: CookieOptionKeys = { secure: 'secure', httpOnly: 'httpOnly', sameSite: 'sameSite' };
export const HAPI_KEYS: CookieOptionKeys = { secure: 'isSecure', httpOnly: 'isHttpOnly', sameSite: 'isSameSite' };

/** No attribute is defaulted: express, the `cookie` package, hono, h3, Next.js, raw `Set-Cookie` strings. */
export const NO_DEFAULTS: CookieDefaults = { secure: 'none', httpOnly: 'none' };
/** Secure and HttpOnly on (or automatic) unless turned off: koa/cookies, cookie-session, koa-session, hapi, SvelteKit. */
export const SAFE_DEFAULTS: CookieDefaults = { secure: 'auto', httpOnly: 'on' };
/** express-session: HttpOnly by default, Secure only when asked for. */
export const EXPRESS_SESSION_DEFAULTS: CookieDefaults = { secure: 'none', httpOnly: 'on' };

/** The default cookie names of the session middlewares. */
export const SESSION_COOKIE_NAMES = {
  expressSession: 'connect.sid',
  cookieSession: 'session',
  koaSession: 'koa.sess',
} as const;

/**
 * Keys of the Auth.js / next-auth `cookies` option whose cookies carry session or flow secrets.
 * `callbackUrl` is left out: it holds a URL, not a secret.
 */
export const AUTH_JS_COOKIE_KEYS: ReadonlySet<string> = new Set([
  'sessionToken',
  'csrfToken',
  'pkceCodeVerifier',
  'state',
  'nonce',
  'webauthnChallenge',
]);

/** Whole words that mark a cookie name (or a variable holding its value) as a session or token cookie. */
const AUTH_WORDS: ReadonlySet<string> = new Set([
  'token',
  'tokens',
  'session',
  'sessions',
  'sess',
  'sid',
  'ssid',
  'jwt',
  'jwts',
  'auth',
  'oauth',
  'pkce',
  'authn',
  'authentication',
  'authorization',
  'bearer',
  'login',
  'sso',
  'remember',
  'rememberme',
  'credential',
  'credentials',
  'apikey',
  'idtoken',
  'accesstoken',
  'refreshtoken',
  'authtoken',
  'sessiontoken',
  'sessionid',
  'sessid',
  'jsessionid',
  'phpsessid',
  'aspsessionid',
]);

/** Word endings that mark a run-together name (`apptoken`, `usersessionid`, `myjwt`). */
const AUTH_SUFFIXES: readonly string[] = ['token', 'jwt', 'sessid', 'sessionid'];

/**
 * Words that mark a cookie as something else even when an auth word is present: CSRF double-submit tokens are
 * read by client script on purpose (Angular's `XSRF-TOKEN`), as are token expiry times; redirect targets and
 * consent flags are not secrets.
 */
const NON_SECRET_WORDS: ReadonlySet<string> = new Set([
  'callback',
  'redirect',
  'returnto',
  'url',
  'consent',
  'analytics',
  'tracking',
  'hint',
  // Metadata about a token that client script reads on purpose: `token_expiry`, `session_expires_at`.
  'exp',
  'expiry',
  'expires',
  'expiration',
  'expire',
  'expiresat',
]);
const NON_SECRET_PREFIXES: readonly string[] = ['csrf', 'xsrf'];

/** Words of a callee name that mark its result as a credential (`signToken`, `createSession`, `issueJwt`). */
const TOKEN_PRODUCER_WORDS: ReadonlySet<string> = new Set(['token', 'jwt', 'session', 'sid', 'sessionid']);

/** Cookie name prefixes that ask the browser to insist on Secure. */
const SECURE_NAME_PREFIXES: readonly string[] = ['__host-', '__secure-'];

function isNonSecretWord(word: string): boolean {
  return NON_SECRET_WORDS.has(word) || NON_SECRET_PREFIXES.some((prefix) => word.startsWith(prefix));
}

function isAuthWord(word: string): boolean {
  return AUTH_WORDS.has(word) || AUTH_SUFFIXES.some((suffix) => word.endsWith(suffix));
}

/** Cookie values that are on/off flags (`logged_in=true`, `has_session=1`), never a credential. */
const FLAG_VALUES: ReadonlySet<string> = new Set(['', 'true', 'false', '1', '0', 'yes', 'no', 'on', 'off', 'deleted', 'null', 'undefined']);

/** True when a statically known cookie value is a flag or a placeholder for a cleared cookie, not a credential. */
export function isFlagValue(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number') return true;
  return typeof value === 'string' && FLAG_VALUES.has(value.trim().toLowerCase());
}

/** `__Host-` / `__Secure-` prefixed: the author already meant the cookie to be a protected one. */
export function hasSecureNamePrefix(name: string): boolean {
  const lower = name.toLowerCase();
  return SECURE_NAME_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function withoutSecurePrefix(name: string): string {
  const lower = name.toLowerCase();
  const prefix = SECURE_NAME_PREFIXES.find((candidate) => lower.startsWith(candidate));
  return prefix ? name.slice(prefix.length) : name;
}

/** True when a name marks something other than a credential (a CSRF token, a redirect URL, a consent flag). */
export function isNonSecretName(name: string): boolean {
  return nameWords(withoutSecurePrefix(name)).some(isNonSecretWord);
}

/**
 * True when a cookie name marks a session or token cookie: `session`, `connect.sid`, `access_token`, `authToken`,
 * `remember_me`, `__Host-id`. `theme`, `locale`, `sidebar`, `XSRF-TOKEN` and `next-auth.callback-url` are not.
 */
export function isAuthCookieName(name: string, extraNames: readonly string[] = []): boolean {
  const lower = name.toLowerCase();
  if (extraNames.some((extra) => extra.toLowerCase() === lower)) return true;
  if (isNonSecretName(name)) return false;
  if (hasSecureNamePrefix(name)) return true;
  return nameWords(name).some(isAuthWord);
}

/** True when a variable or property name says it holds a credential: `accessToken`, `sessionId`, `jwt`, `req.sessionID`. */
export function isTokenValueName(name: string): boolean {
  const words = nameWords(name);
  return !words.some(isNonSecretWord) && words.some(isAuthWord);
}

/** True when a function's name says it returns a credential: `jwt.sign`, `signToken`, `createSession`, `issueJwt`. */
export function isTokenProducerName(name: string): boolean {
  if (name === 'sign') return true;
  const words = nameWords(name);
  return !words.some(isNonSecretWord) && words.some((word) => TOKEN_PRODUCER_WORDS.has(word) || AUTH_SUFFIXES.some((suffix) => word.endsWith(suffix)));
}

/** Stands for a part of a `Set-Cookie` string whose text is not known statically. */
export const UNKNOWN_PART = '\u0000';

export interface CookieAttribute {
  /** Lower-case attribute name: `secure`, `httponly`, `samesite`, `max-age`, `expires`, `path` … */
  readonly name: string;
  /** Its value, trimmed (`''` for a flag such as `Secure`). */
  readonly value: string;
}

export interface ParsedSetCookie {
  /** The cookie name, trimmed; may contain `UNKNOWN_PART`. */
  readonly name: string;
  /** The cookie value, trimmed; may contain `UNKNOWN_PART`. */
  readonly value: string;
  /** How many unknown parts come before the value (so the caller can find the expression that is the value). */
  readonly unknownPartsBeforeValue: number;
  /** The attributes whose name is known (a value may be `UNKNOWN_PART`). */
  readonly attributes: readonly CookieAttribute[];
  /** True when some attribute text is not known, so a missing attribute may still be there at run time. */
  readonly attributesUnknown: boolean;
}

function countUnknown(text: string): number {
  let count = 0;
  for (const character of text) if (character === UNKNOWN_PART) count += 1;
  return count;
}

/**
 * Reads a `Set-Cookie` header value (`name=value; Path=/; HttpOnly`), where `UNKNOWN_PART` stands for text only
 * known at run time. Returns `null` when the string does not look like a cookie (no `=` in its first segment).
 */
export function parseSetCookie(text: string): ParsedSetCookie | null {
  const segments = text.split(';');
  const first = segments[0] ?? '';
  const equals = first.indexOf('=');
  if (equals <= 0) return null;
  const rawName = first.slice(0, equals);
  const attributes: CookieAttribute[] = [];
  let attributesUnknown = false;
  for (const segment of segments.slice(1)) {
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const separator = trimmed.indexOf('=');
    if (trimmed.includes(UNKNOWN_PART)) {
      // `Max-Age=${ttl}`: a known attribute whose whole value is unknown. Anything else (`${flags}`,
      // `Max-Age=3600${secure}`) may hide further attributes.
      const name = separator === -1 ? '' : trimmed.slice(0, separator).trim();
      if (name !== '' && !name.includes(UNKNOWN_PART) && trimmed.slice(separator + 1).trim() === UNKNOWN_PART) {
        attributes.push({ name: name.toLowerCase(), value: UNKNOWN_PART });
      } else {
        attributesUnknown = true;
      }
      continue;
    }
    attributes.push(
      separator === -1
        ? { name: trimmed.toLowerCase(), value: '' }
        : { name: trimmed.slice(0, separator).trim().toLowerCase(), value: trimmed.slice(separator + 1).trim() },
    );
  }
  return {
    name: rawName.trim(),
    value: first.slice(equals + 1).trim(),
    unknownPartsBeforeValue: countUnknown(rawName),
    attributes,
    attributesUnknown,
  };
}

/** True when a parsed `Set-Cookie` string only deletes the cookie: an empty value, `Max-Age=0` or an expiry in 1970. */
export function isDeletionCookie(cookie: ParsedSetCookie): boolean {
  if (cookie.value === '') return true;
  return cookie.attributes.some(
    (attribute) =>
      (attribute.name === 'max-age' && Number(attribute.value) <= 0) ||
      (attribute.name === 'expires' && attribute.value.includes('1970')),
  );
}

/** True for a `SameSite` value that sends the cookie on cross-site requests. */
export function isSameSiteNone(value: unknown): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === 'none';
}
