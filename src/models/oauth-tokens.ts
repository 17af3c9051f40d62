/**
 * What OAuth 2.0 / OpenID Connect tokens look like in application code, with no ESLint dependency: which
 * names denote an ID token or an access token (as opposed to their claims, expiry or a flag about them),
 * which calls hand out or decode one, which libraries make a file an OAuth client, which identity platforms
 * deliberately use ID tokens as API credentials, and which request targets are sign-in exchanges.
 *
 * Sources: Microsoft identity platform guidance (ID tokens are not for resource authorization; clients must not
 * decode access tokens), OpenID Connect Core 1.0 §2 (`aud` of an ID token is the client), RFC 6749 §1.4 (access
 * tokens are opaque to the client); MSAL.js (`AuthenticationResult.idToken` / `accessToken` / `scopes` /
 * `expiresOn`, `AccountInfo.idToken`), oidc-client-ts (`User.id_token` / `access_token`), Auth0 SPA SDK
 * (`getIdTokenClaims().__raw`, `getAccessTokenSilently`), angular-oauth2-oidc and Okta (`getIdToken()` /
 * `getAccessToken()`), jwt-decode, jose, jsonwebtoken, react-jwt and @auth0/angular-jwt decode APIs; Firebase
 * (`user.getIdToken()`, `admin.auth().verifyIdToken()`), Google Cloud Run / Cloud Functions (Google-signed ID
 * tokens whose audience is the receiving service) and Amazon Cognito with API Gateway user-pool authorizers.
 */
import type { ApiSet } from '../utils/module-tracker';
import { indexOfWords, nameWords } from '../utils/name-words';

export type TokenKind = 'id' | 'access';

const KIND_WORDS: readonly (readonly [TokenKind, readonly [string, string]])[] = [
  ['id', ['id', 'token']],
  ['access', ['access', 'token']],
];

/** Words that may follow `… token` in the name of the token string itself: `idTokenRaw`, `accessTokenJwt`. */
const VALUE_SUFFIXES: ReadonlySet<string> = new Set(['raw', 'jwt', 'string', 'str', 'value', 'encoded', 'text']);

/**
 * Words that, before `id token` / `access token`, make the name a flag, an action or a decoded form rather than
 * the token string: `hasIdToken`, `getAccessToken` (the function), `decodedIdToken` (Firebase's claims object).
 */
const NON_VALUE_PREFIXES: ReadonlySet<string> = new Set([
  'has',
  'is',
  'should',
  'can',
  'show',
  'use',
  'get',
  'set',
  'fetch',
  'acquire',
  'refresh',
  'renew',
  'load',
  'read',
  'request',
  'retrieve',
  'obtain',
  'update',
  'check',
  'decode',
  'decoded',
  'parse',
  'parsed',
  'verify',
  'verified',
  'validate',
  'validated',
  'save',
  'store',
  'clear',
  'remove',
  'handle',
  'on',
  'with',
  'without',
  'no',
  'missing',
  'need',
  'needs',
  'require',
  'requires',
  'include',
  'includes',
]);

/** Verbs that start the name of a function returning a token: `getAccessToken()`, `acquireIdToken()`. */
const GETTER_VERBS: ReadonlySet<string> = new Set(['get', 'fetch', 'acquire', 'retrieve', 'load', 'read', 'obtain', 'request', 'renew']);

/**
 * Words after `… token` in a getter's name that make it return something about the token, not the token:
 * `getIdTokenClaims()`, `getAccessTokenExpiry()`, Firebase's `getIdTokenResult()`.
 */
const NON_TOKEN_FOLLOWERS: ReadonlySet<string> = new Set([
  'claims',
  'claim',
  'payload',
  'result',
  'response',
  'expiry',
  'exp',
  'expires',
  'expiration',
  'expired',
  'scopes',
  'scope',
  'info',
  'data',
  'header',
  'headers',
  'hint',
  'url',
  'uri',
  'endpoint',
  'key',
  'lifetime',
  'ttl',
  'type',
  'hash',
]);

/** `idtoken` / `accesstoken` written as one word count as two. */
function expandedWords(name: string): string[] {
  const words: string[] = [];
  for (const word of nameWords(name)) {
    if (word === 'idtoken') words.push('id', 'token');
    else if (word === 'accesstoken') words.push('access', 'token');
    else words.push(word);
  }
  return words;
}

/**
 * The kind of token string a variable, property or storage key holds, judged by its name: `idToken`,
 * `id_token`, `rawIdToken`, `idTokenRaw` → `id`; `accessToken`, `access_token`, `graphAccessToken` → `access`.
 * Names of claims, expiries, hints, flags and functions (`idTokenClaims`, `accessTokenExpiresOn`,
 * `id_token_hint`, `hasIdToken`, `getAccessToken`) are `null`.
 */
export function tokenKindOfName(name: string): TokenKind | null {
  const words = expandedWords(name);
  for (const [kind, pair] of KIND_WORDS) {
    const index = indexOfWords(words, pair);
    if (index < 0) continue;
    if (words.slice(0, index).some((word) => NON_VALUE_PREFIXES.has(word))) return null;
    return words.slice(index + 2).every((word) => VALUE_SUFFIXES.has(word)) ? kind : null;
  }
  return null;
}

/**
 * The kind of token a function returns, judged by its name: `getIdToken`, `getRawIdToken` → `id`;
 * `getAccessToken`, `getAccessTokenSilently`, `acquireAccessToken` → `access`; `getIdTokenClaims`,
 * `getAccessTokenExpiry`, `acquireTokenSilent` (a whole token response) → `null`.
 */
export function tokenKindOfGetter(name: string): TokenKind | null {
  const words = expandedWords(name);
  if (!GETTER_VERBS.has(words[0] ?? '')) return null;
  for (const [kind, pair] of KIND_WORDS) {
    const index = indexOfWords(words, pair);
    if (index < 1) continue;
    return words.slice(index + 2).some((word) => NON_TOKEN_FOLLOWERS.has(word)) ? null : kind;
  }
  return null;
}

/** Names of an ID token or its claims object (`idTokenClaims`, `id_token_claims`): Auth0 keeps the raw token in its `__raw`. */
export function isIdTokenRelatedName(name: string): boolean {
  return indexOfWords(expandedWords(name), ['id', 'token']) >= 0;
}

/** Auth0's claims objects carry the encoded ID token under this key. */
export const RAW_ID_TOKEN_KEY = '__raw';

/** Calls that return an ID token's claims object: Auth0 SPA SDK and `@auth0/auth0-react`. */
export const ID_TOKEN_CLAIMS_GETTERS: ReadonlySet<string> = new Set(['getIdTokenClaims']);

/**
 * Asynchronous ID-token getters of platforms whose ID tokens are meant as API credentials: Firebase
 * `user.getIdToken()` / `getIdToken(user)` and google-auth-library `fetchIdToken(audience)`. Awaited (or
 * followed by `.then`) they mark such a token; angular-oauth2-oidc's and Okta's synchronous `getIdToken()`
 * return an OpenID Connect client's ID token.
 */
export const PLATFORM_ID_TOKEN_GETTERS: ReadonlySet<string> = new Set(['getIdToken', 'fetchIdToken']);

/**
 * Identity platforms whose ID tokens are designed to be sent to the app's own backend or to a Google service as
 * its credential, with an audience the backend checks: Firebase Authentication (the backend calls
 * `verifyIdToken`), Google-signed ID tokens for Cloud Run, Cloud Functions and IAP, and Amazon Cognito with an
 * API Gateway user-pool authorizer. A file that loads one of them is left alone.
 */
export const PLATFORM_ID_TOKEN_MODULES: ApiSet = [
  'firebase',
  'firebase/app',
  'firebase/auth',
  'firebase/compat/app',
  'firebase/compat/auth',
  '@firebase/app',
  '@firebase/auth',
  '@react-native-firebase/app',
  '@react-native-firebase/auth',
  'react-firebase-hooks/auth',
  'reactfire',
  'vuefire',
  '@angular/fire',
  '@angular/fire/auth',
  '@angular/fire/compat/auth',
  'firebase-admin',
  'firebase-admin/app',
  'firebase-admin/auth',
  'firebase-functions',
  'firebase-functions/v1',
  'firebase-functions/v2',
  'google-auth-library',
  'gcp-metadata',
  'aws-amplify',
  'aws-amplify/auth',
  '@aws-amplify/auth',
  '@aws-amplify/core',
  '@aws-amplify/ui-react',
  'amazon-cognito-identity-js',
].map((module) => ({ module, path: [], kinds: ['read'] }));

/** Hosts of Google serverless services, where a Google-signed ID token with the service URL as audience is the credential. */
const GOOGLE_SERVERLESS_HOST_SUFFIXES: readonly string[] = ['.run.app', '.cloudfunctions.net'];

/** A whole path segment that names a sign-in, session or token exchange: `/auth/google`, `/api/session`, `/token`. */
const SIGN_IN_SEGMENTS: ReadonlySet<string> = new Set([
  'auth',
  'oauth',
  'oauth2',
  'oidc',
  'sso',
  'authenticate',
  'authentication',
  'authorize',
  'session',
  'sessions',
  'token',
  'tokens',
  'callback',
  'exchange',
  'verify',
  'login',
  'signin',
  'logon',
  'signup',
  'register',
]);

/** A word anywhere in a path segment that makes it a sign-in exchange: `/google-login`, `/token-exchange`. */
const SIGN_IN_WORDS: ReadonlySet<string> = new Set([
  'login',
  'signin',
  'logon',
  'signup',
  'authenticate',
  'authentication',
  'exchange',
  'sso',
  'callback',
  'oauth',
  'oauth2',
  'oidc',
  'session',
  'sessions',
]);

const SIGN_IN_PHRASES: readonly (readonly string[])[] = [
  ['sign', 'in'],
  ['log', 'in'],
  ['sign', 'up'],
  ['log', 'on'],
];

/** Stands for a part of a URL known only at run time. */
export const UNKNOWN_TEXT = '\u0000';

function isSignInSegment(segment: string): boolean {
  if (segment.includes(UNKNOWN_TEXT)) return false;
  const words = nameWords(segment);
  if (words.length === 0) return false;
  if (SIGN_IN_SEGMENTS.has(words.join(''))) return true;
  return words.some((word) => SIGN_IN_WORDS.has(word)) || SIGN_IN_PHRASES.some((phrase) => indexOfWords(words, phrase) >= 0);
}

const SEGMENT_SEPARATORS: ReadonlySet<string> = new Set(['/', '?', '#', '&', '=']);

/**
 * True when a request goes where an ID token is the expected credential rather than a mistake: a sign-in,
 * session or token-exchange endpoint of the app's own backend (`/auth/google`, `/api/login`, `/session`), or a
 * Google Cloud Run / Cloud Functions host. `url` is the request's URL text with `UNKNOWN_TEXT` where its value is
 * known only at run time.
 */
export function isIdTokenExchangeTarget(url: string): boolean {
  let rest = url;
  const lower = url.toLowerCase();
  const schemeEnd = lower.startsWith('https://') ? 8 : lower.startsWith('http://') ? 7 : -1;
  if (schemeEnd > 0) {
    let hostEnd = schemeEnd;
    while (hostEnd < url.length && !SEGMENT_SEPARATORS.has(url.charAt(hostEnd))) hostEnd += 1;
    const host = lower.slice(schemeEnd, hostEnd).replace(/:\d+$/u, '');
    if (!host.includes(UNKNOWN_TEXT) && GOOGLE_SERVERLESS_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix))) return true;
    rest = url.slice(hostEnd);
  }
  let segment = '';
  for (const char of rest) {
    if (SEGMENT_SEPARATORS.has(char)) {
      if (isSignInSegment(segment)) return true;
      segment = '';
    } else {
      segment += char;
    }
  }
  return isSignInSegment(segment);
}

/**
 * True when `text` ends with the `Bearer` authorization scheme and the space after it, so what follows is the
 * credential: `'Bearer '`, `` `Authorization: Bearer ${…}` ``, `'bearer '`.
 */
export function endsWithBearerScheme(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length) return false;
  const lower = trimmed.toLowerCase();
  if (!lower.endsWith('bearer')) return false;
  const before = lower.charAt(lower.length - 7);
  return before === '' || !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'));
}

/**
 * Request headers that carry an ID token to an API: `x-id-token`, `id-token`, `x-user-id-token`. App Service
 * authentication's `x-ms-token-aad-id-token` and the ALB's `x-amzn-oidc-*` headers are set by the platform in
 * front of the app, after it signed the user in, and are not credentials the client chose to send.
 */
export function isIdTokenHeaderName(name: string): boolean {
  const lower = name.toLowerCase();
  if (!lower.endsWith('token') || !lower.includes('-') || lower.startsWith('x-ms-token-') || lower.startsWith('x-amzn-oidc-')) return false;
  const words = nameWords(lower);
  return words.length >= 2 && words[words.length - 2] === 'id' && words[words.length - 1] === 'token';
}

/** Request properties a middleware sets to the authenticated caller: `req.user`, `req.auth`, `res.locals.user`, `ctx.state.user`. */
export const PRINCIPAL_PROPERTIES: ReadonlySet<string> = new Set([
  'user',
  'auth',
  'identity',
  'principal',
  'claims',
  'currentUser',
  'authUser',
  'authInfo',
]);

/** Option keys whose function extracts the credential from a request: express-jwt `getToken`, passport-jwt `jwtFromRequest`. */
export const CREDENTIAL_EXTRACTOR_KEYS: ReadonlySet<string> = new Set(['getToken', 'jwtFromRequest', 'tokenExtractor', 'extractToken']);

/** passport-jwt's header extractor: `ExtractJwt.fromHeader('x-id-token')` makes that header the API's credential. */
export const HEADER_EXTRACTOR_APIS: ApiSet = [{ module: 'passport-jwt', path: ['ExtractJwt', 'fromHeader'], kinds: ['call'] }];

/**
 * Firebase Admin's and google-auth-library's `verifyIdToken`: checking a Google or Firebase ID token at sign-in
 * (or as Firebase's designed API credential) is what those platforms prescribe.
 */
export const PLATFORM_ID_TOKEN_VERIFIER = 'verifyIdToken';

const VERIFIER_WORDS: ReadonlySet<string> = new Set(['verify', 'validate', 'decode']);

/** A function that checks or reads a token: `jwt.verify`, `jwtVerify`, `verifyJwt`, `validateToken`, `decodeToken`. */
export function isVerifierName(name: string): boolean {
  return name !== PLATFORM_ID_TOKEN_VERIFIER && nameWords(name).some((word) => VERIFIER_WORDS.has(word));
}

const CHECK_WORDS: ReadonlySet<string> = new Set(['verify', 'validate']);

/** A function that checks a token's signature and claims: `jwt.verify`, `jwtVerify`, `verifyAccessToken`, `validateToken`. */
export function isTokenCheckName(name: string): boolean {
  return nameWords(name).some((word) => CHECK_WORDS.has(word));
}

// ---- Access tokens in client code ----

/**
 * JWT decode APIs: they return the claims without checking anything. jwt-decode (v3 default export, v4
 * `jwtDecode`), jose `decodeJwt`, jsonwebtoken `decode`, react-jwt and @auth0/angular-jwt's `JwtHelperService`.
 */
export const DECODE_APIS: ApiSet = [
  { module: 'jwt-decode', path: [], kinds: ['call'] },
  { module: 'jwt-decode', path: ['jwtDecode'], kinds: ['call'] },
  { module: 'jose', path: ['decodeJwt'], kinds: ['call'] },
  { module: 'jsonwebtoken', path: ['decode'], kinds: ['call'] },
  { module: 'react-jwt', path: ['decodeToken'], kinds: ['call'] },
  { module: 'react-jwt', path: ['isExpired'], kinds: ['call'] },
  { module: 'react-jwt', path: ['useJwt'], kinds: ['call'] },
  {
    module: '@auth0/angular-jwt',
    path: ['JwtHelperService'],
    kinds: ['construct'],
    instanceMethods: ['decodeToken', 'isTokenExpired', 'getTokenExpirationDate'],
  },
];

const DECODE_WORDS: ReadonlySet<string> = new Set(['decode', 'decoded', 'parse', 'parsed']);
const EXPIRY_WORDS: ReadonlySet<string> = new Set(['expired', 'expiration', 'expiry', 'expires']);
const JWT_WORDS: ReadonlySet<string> = new Set(['jwt', 'token', 'claims', 'payload']);

/**
 * A helper whose name says it decodes a JWT or reads its expiry: `parseJwt`, `jwt_decode`, `decodeToken`,
 * `jwt.decode`, `isTokenExpired`, `getTokenExpirationDate`. `words` are the callee's name words (with its receiver's
 * for `jwt.decode`).
 */
export function isDecoderWords(words: readonly string[]): boolean {
  if (!words.some((word) => JWT_WORDS.has(word))) return false;
  return words.some((word) => DECODE_WORDS.has(word) || EXPIRY_WORDS.has(word));
}

/**
 * Libraries that make a file an OAuth / OpenID Connect client, so an access token it handles was issued for
 * another resource: the browser, SPA and mobile SDKs of Microsoft, Auth0, Okta, Keycloak and generic OpenID
 * Connect, and the server-side client libraries (MSAL Node, openid-client, NextAuth / Auth.js, the Auth0
 * Next.js SDK, simple-oauth2).
 */
export const OAUTH_CLIENT_MODULES: ApiSet = [
  '@azure/msal-browser',
  '@azure/msal-react',
  '@azure/msal-angular',
  '@azure/msal-node',
  '@azure/msal-common',
  'oidc-client-ts',
  'oidc-client',
  'react-oidc-context',
  '@axa-fr/react-oidc',
  'angular-oauth2-oidc',
  'angular-auth-oidc-client',
  '@auth0/auth0-spa-js',
  '@auth0/auth0-react',
  '@auth0/auth0-angular',
  '@auth0/auth0-vue',
  '@auth0/nextjs-auth0',
  '@okta/okta-auth-js',
  '@okta/okta-react',
  '@okta/okta-angular',
  '@okta/okta-vue',
  'keycloak-js',
  'keycloak-angular',
  '@react-keycloak/web',
  'react-native-app-auth',
  'expo-auth-session',
  '@openid/appauth',
  'next-auth',
  'next-auth/react',
  '@auth/core',
  'openid-client',
  'simple-oauth2',
].map((module) => ({ module, path: [], kinds: ['read'] }));

/**
 * Methods of OAuth client SDKs that return a token response (or the token) from the identity provider:
 * MSAL.js / MSAL Node, the Auth0 SPA SDK, oidc-client-ts. An access token read from their result was issued for
 * an API, wherever the client object came from.
 */
export const TOKEN_ACQUISITION_METHODS: ReadonlySet<string> = new Set([
  'acquireTokenSilent',
  'acquireTokenPopup',
  'acquireTokenRedirect',
  'acquireTokenByCode',
  'acquireTokenOnBehalfOf',
  'acquireTokenByClientCredential',
  'acquireTokenByRefreshToken',
  'acquireTokenByUsernamePassword',
  'acquireTokenByDeviceCode',
  'acquireTokenInteractive',
  'handleRedirectPromise',
  'ssoSilent',
  'loginPopup',
  'getAccessTokenSilently',
  'getAccessTokenWithPopup',
  'getTokenSilently',
  'getTokenWithPopup',
  'signinRedirectCallback',
  'signinPopup',
  'signinSilent',
  'signinCallback',
]);

/** Auth0 SPA SDK calls that return the access token string itself (v1 `getTokenSilently`, v2 `getAccessTokenSilently`). */
export const ACCESS_TOKEN_RETURNING_METHODS: ReadonlySet<string> = new Set([
  'getAccessTokenSilently',
  'getAccessTokenWithPopup',
  'getTokenSilently',
  'getTokenWithPopup',
]);

/** Storage and cookie readers whose string key names the value: `localStorage.getItem('access_token')`, `Cookies.get('accessToken')`. */
export const KEYED_READERS: ReadonlySet<string> = new Set(['getItem', 'get']);

/** Properties of an incoming request that carry what the caller sent: a token read from them is the server's own, out of scope. */
export const INCOMING_REQUEST_PARTS: ReadonlySet<string> = new Set(['headers', 'cookies', 'signedCookies']);

/** Receivers whose `body` / `query` is an incoming request's. */
export const REQUEST_NAMES: ReadonlySet<string> = new Set(['req', 'request', 'ctx', 'event']);
