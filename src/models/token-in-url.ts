/**
 * Bearer tokens in URLs: which query-parameter names carry one, which names mark a one-time link token instead
 * (password reset, e-mail verification, invitations), and where a URL opens a WebSocket. Plain data and string
 * functions: no ESLint here.
 *
 * - A query string ends up in access logs, proxy and CDN logs, browser history and, for page URLs, the `Referer`
 *   header sent to third parties (CWE-598). RFC 6750 §2.3 allows `access_token` in the query only as a last resort,
 *   and the OAuth 2.0 Security BCP (RFC 9700 §4.3.2) says access tokens must not be sent there.
 * - Not tokens: OAuth `code` and `state` (single-use, bound to PKCE and the client), OpenID Connect `id_token_hint`
 *   (RP-initiated logout puts it in the URL by specification), `login_hint`, `client_id`.
 * - One-time link tokens (`/reset-password?token=…`, `/verify-email?token=…`) are in a URL by design: they are
 *   reported neither as parameter names (`resetToken`) nor, for a bare `token`, when the URL path, the value's name
 *   or the enclosing function speaks of such a link.
 * - WebSocket: browsers cannot set an `Authorization` header on `new WebSocket(url)`, so a `?token=` there is common
 *   and often the least bad choice; it is reported only when asked (`reportWebSocketUrls`).
 * - Library facts: passport-jwt `ExtractJwt.fromUrlQueryParameter(name)` reads the token from the query;
 *   hapi-auth-jwt2 reads `?token=` by default and `urlKey: 'name'` renames that parameter (`false` or `''` turns it
 *   off); express-jwt's and koa-jwt's `getToken` and passport-jwt's `jwtFromRequest` are where custom code picks
 *   the token's place.
 */
import { nameWords } from '../utils/name-words';
import { shortestPieces } from '../utils/text-gate';
import { normalizeName } from './urls';

/** Query-parameter names that always denote a bearer credential (compared without case, `_` or `-`). */
const CREDENTIAL_PARAMETERS: ReadonlySet<string> = new Set([
  'accesstoken',
  'idtoken',
  'refreshtoken',
  'authtoken',
  'jwt',
  'bearer',
  'bearertoken',
  'authorization',
]);

/** The parameter name that is a credential only in context: `?token=`. */
const BARE_TOKEN = 'token';

/** Words that mark a one-time link token, in a URL path, a value's name or a function's name. */
const ONE_TIME_WORDS: ReadonlySet<string> = new Set([
  'reset',
  'password',
  'forgot',
  'recover',
  'recovery',
  'confirm',
  'confirmation',
  'activate',
  'activation',
  'invite',
  'invitation',
  'unsubscribe',
  'magic',
  'email',
  'mail',
  'verification',
  'download',
  'share',
  'signup',
  'registration',
  'otp',
]);

/** Also one-time in a URL path or a value's name (`/verify?token=`, `verifyToken`), but not in a function's name, where `verifyToken` is auth middleware. */
const ONE_TIME_LINK_WORDS: ReadonlySet<string> = new Set([...ONE_TIME_WORDS, 'verify']);

/** Words in a value's name that make it a bearer credential: `accessToken`, `idToken`, `authJwt`. */
const CREDENTIAL_WORDS: ReadonlySet<string> = new Set(['access', 'id', 'refresh', 'auth', 'bearer', 'jwt', 'session']);

/** Words that make a token-like value something else: CSRF, push-device and pagination tokens, token metadata. */
const NON_CREDENTIAL_WORDS: ReadonlySet<string> = new Set([
  'csrf',
  'xsrf',
  'device',
  'push',
  'fcm',
  'page',
  'next',
  'continuation',
  'cursor',
  'sync',
  'type',
  'expiry',
  'expires',
  'count',
  'captcha',
  'recaptcha',
]);

export type ParameterKind = 'credential' | 'bare' | null;

/**
 * The names `parameterKind` accepts that hold no other one (`accesstoken` holds `token`): every accepted name,
 * without case, `_` and `-`, holds one of these.
 */
export const PARAMETER_WORDS: readonly string[] = shortestPieces([...CREDENTIAL_PARAMETERS, BARE_TOKEN]);

/**
 * One of `PARAMETER_WORDS` in any case, with any `_` and `-` between its letters (`normalizeName` drops them): the
 * spellings of the names `parameterKind` accepts. Linear: a run of `_` and `-` is only walked from the letters just
 * before it.
 */
const PARAMETER_SPELLING = new RegExp(PARAMETER_WORDS.map((word) => word.split('').join('[-_]*')).join('|'), 'iu');

/**
 * True when `text` may spell a query-parameter name that `parameterKind` accepts (`access_token`, `ID-TOKEN`, `jwt`,
 * `token`) without escapes: a name, key or string that does not spell one this way is neither a credential nor a
 * bare token. A text that holds none of `PARAMETER_WORDS` in any case, with any `-` and `_` between their letters
 * stepped over, cannot.
 */
export function mayHoldTokenParameterName(text: string): boolean {
  return PARAMETER_SPELLING.test(text);
}

/** How a query-parameter name reads: always a credential (`access_token`, `jwt`), a bare `token`, or neither. */
export function parameterKind(name: string): ParameterKind {
  const normalized = normalizeName(name);
  if (CREDENTIAL_PARAMETERS.has(normalized)) return 'credential';
  return normalized === BARE_TOKEN ? 'bare' : null;
}

/** True when a name says it is a bearer token value: `token`, `accessToken`, `jwt`, `authToken`; not `csrfToken`, `resetToken`. */
export function isBearerValueName(name: string): boolean {
  const words = nameWords(name);
  // A session cookie is a bearer credential too: `sessionCookie`, `session_cookie`.
  if (words.includes('session') && words.includes('cookie')) return true;
  if (!words.some((word) => word === 'token' || word === 'jwt')) return false;
  return !words.some((word) => NON_CREDENTIAL_WORDS.has(word) || ONE_TIME_LINK_WORDS.has(word));
}

/** True when a name qualifies a token as a credential: `accessToken`, `idToken`, `jwt`, `authToken`. */
export function isQualifiedCredentialName(name: string): boolean {
  return isBearerValueName(name) && nameWords(name).some((word) => CREDENTIAL_WORDS.has(word));
}

/** True when a URL path or a value's name speaks of a one-time link: `/reset-password`, `/verify-email`, `inviteToken`. */
export function isOneTimeLinkText(text: string): boolean {
  return nameWords(text).some((word) => ONE_TIME_LINK_WORDS.has(word));
}

/** True when a function's name speaks of a one-time link: `sendVerificationEmail`, `resetPassword` (not `verifyToken`). */
export function isOneTimeFunctionName(name: string): boolean {
  return nameWords(name).some((word) => ONE_TIME_WORDS.has(word));
}

/** URL schemes of WebSocket connections. */
export const WEBSOCKET_SCHEMES: readonly string[] = ['ws://', 'wss://'];

/** Constructors and factories whose first argument is a WebSocket URL. */
export const WEBSOCKET_OPENERS: ReadonlySet<string> = new Set(['WebSocket', 'ReconnectingWebSocket', 'io', 'connect', 'webSocket']);

/** Events and options of WebSocket servers (`ws`, `http.Server#upgrade`) whose handler sees the upgrade request. */
export const WEBSOCKET_SERVER_EVENTS: ReadonlySet<string> = new Set(['connection', 'upgrade', 'headers']);
export const WEBSOCKET_SERVER_OPTIONS: ReadonlySet<string> = new Set(['verifyClient', 'handleProtocols']);

/** The request property that holds the parsed query (express, koa, fastify, Next.js API routes). */
export const QUERY_PROPERTIES: ReadonlySet<string> = new Set(['query']);

/** The URL property that holds its query, and the `URLSearchParams` methods that read and write one parameter. */
export const SEARCH_PARAMS_PROPERTY = 'searchParams';
export const SEARCH_PARAMS_CLASS = 'URLSearchParams';
export const SEARCH_PARAMS_READERS: ReadonlySet<string> = new Set(['get', 'getAll', 'has']);
export const SEARCH_PARAMS_WRITERS: ReadonlySet<string> = new Set(['set', 'append']);

/** Query-string serializers whose result a URL may embed: `querystring.stringify`, `qs.stringify`. */
export const QUERY_SERIALIZERS: ReadonlySet<string> = new Set(['stringify', 'encode']);

/** Calls that only encode a value on its way into a URL: the value is still the token. */
export const URL_ENCODERS: ReadonlySet<string> = new Set(['encodeURIComponent', 'encodeURI', 'escape', 'String']);

/** Names under which code reads the Authorization header or cookies: a `||` fallback from one to the query is auth code. */
export const HEADER_SOURCES: ReadonlySet<string> = new Set(['headers', 'header', 'get', 'cookies', 'signedCookies', 'authorization', 'Authorization']);

/** passport-jwt's extractor that reads the query, and hapi-auth-jwt2's option that names the query parameter. */
export const PASSPORT_QUERY_EXTRACTOR = 'fromUrlQueryParameter';
export const HAPI_AUTH_JWT2_URL_KEY = 'urlKey';
