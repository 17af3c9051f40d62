/**
 * Where browser sign-in libraries keep their tokens, which settings move them into `localStorage`, and which
 * storage keys or variable names say that a value is a token. Plain data and string functions: no ESLint here.
 *
 * Checked in the packages' own sources (`npm pack`):
 * - @azure/msal-browser 5.30.0: `cache.cacheLocation` is `'sessionStorage'` by default; `'localStorage'`
 *   (`BrowserCacheLocation.LocalStorage`) shares the cache, refresh tokens included, with every tab and keeps it on
 *   disk. Since v4 the entries are encrypted with a key kept in a session cookie that page script can read.
 *   MSAL.js 1.x (`msal`) and ADAL.js (`adal-angular`) take the same `cacheLocation: 'localStorage'` spelling.
 * - @auth0/auth0-spa-js 2.28.3 (also the options of @auth0/auth0-react, -angular and -vue): `cacheLocation` is
 *   `'memory'` (default) or `'localstorage'`, lower case; with `useRefreshTokens: true` the refresh token lands there too.
 * - oidc-client-ts 3.5.0 and oidc-client 1.11.5: `UserManager`'s `userStore` (the signed-in user, with its access,
 *   ID and refresh tokens) defaults to `sessionStorage`; `new WebStorageStateStore()` with no `store` uses
 *   `localStorage`. `stateStore` defaults to `localStorage` and holds only the short-lived state, nonce and PKCE
 *   verifier of a sign-in in progress.
 * - @okta/okta-auth-js 8.0.1: `tokenManager.storage` and `storageManager.token.storageType` accept `'localStorage'`
 *   (the library's own default when unset; only an explicit choice is visible in code).
 * - angular-oauth2-oidc: the `OAuthStorage` provider (`useValue: localStorage`) or `oauthService.setStorage(localStorage)`;
 *   angular-auth-oidc-client: `{ provide: AbstractSecurityStorage, useClass: DefaultLocalStorageService }`. Both
 *   default to `sessionStorage`.
 */
import { nameWords } from '../utils/name-words';

/** The global that persists across tabs and browser restarts, and the per-tab one that does not. */
export const LOCAL_STORAGE = 'localStorage';
export const SESSION_STORAGE = 'sessionStorage';

/** Option key that picks the token cache of MSAL.js (all versions), ADAL.js and the Auth0 SPA SDKs. */
export const CACHE_LOCATION_KEY = 'cacheLocation';

export interface PersistentLocation {
  /** The library family that spells the setting this way, for the message. */
  readonly library: string;
  /** The non-persistent value of the same library, offered as a suggestion. */
  readonly replacement: string;
}

/** `cacheLocation` values that persist tokens; the comparison is exact, as in the libraries. */
export const PERSISTENT_CACHE_LOCATIONS: ReadonlyMap<string, PersistentLocation> = new Map([
  ['localStorage', { library: 'MSAL.js / ADAL.js', replacement: 'sessionStorage' }],
  ['localstorage', { library: 'Auth0 SPA SDK', replacement: 'memory' }],
]);

/** MSAL's enum of cache locations, its persistent member and the member to suggest instead. */
export const MSAL_CACHE_ENUM = 'BrowserCacheLocation';
export const MSAL_LOCAL_MEMBER = 'LocalStorage';
export const MSAL_SESSION_MEMBER = 'SessionStorage';
/** Packages that export `BrowserCacheLocation`. */
export const MSAL_BROWSER_MODULES: readonly string[] = ['@azure/msal-browser'];

/** Okta: `tokenManager: { storage }` and `storageManager: { token: { storageType } }`. */
export const OKTA_TOKEN_MANAGER_KEY = 'tokenManager';
export const OKTA_TOKEN_MANAGER_STORAGE_KEY = 'storage';
export const OKTA_STORAGE_MANAGER_KEY = 'storageManager';
export const OKTA_TOKEN_STORAGE_KEY = 'token';
export const OKTA_STORAGE_TYPE_KEY = 'storageType';

/** oidc-client / oidc-client-ts: the option holding the signed-in user, and the store class and its option. */
export const OIDC_USER_STORE_KEY = 'userStore';
export const OIDC_STATE_STORE_CLASS = 'WebStorageStateStore';
export const OIDC_STORE_OPTION = 'store';
export const OIDC_MODULES: readonly string[] = ['oidc-client-ts', 'oidc-client'];

/** Angular DI tokens whose provider picks the token storage, and the library classes that mean `localStorage`. */
export const ANGULAR_STORAGE_TOKENS: ReadonlySet<string> = new Set(['OAuthStorage', 'AbstractSecurityStorage']);
export const ANGULAR_LOCAL_STORAGE_CLASSES: ReadonlySet<string> = new Set(['DefaultLocalStorageService']);
/** angular-oauth2-oidc's `OAuthService#setStorage(storage)`. */
export const SET_STORAGE_METHOD = 'setStorage';

/** Web Storage methods: the one that writes, and those that never store a value. */
export const STORAGE_WRITE_METHOD = 'setItem';
export const STORAGE_METHODS: ReadonlySet<string> = new Set(['setItem', 'getItem', 'removeItem', 'clear', 'key', 'length']);

/** Hooks that mirror a state value into `localStorage` under the key they are given (react-use, usehooks-ts, ahooks, @vueuse/core, Mantine). */
export const LOCAL_STORAGE_HOOKS: ReadonlySet<string> = new Set(['useLocalStorage', 'useLocalStorageState']);

/** Whole words that name a bearer credential. */
const TOKEN_WORDS: ReadonlySet<string> = new Set([
  'token',
  'tokens',
  'jwt',
  'jwts',
  'bearer',
  'accesstoken',
  'idtoken',
  'refreshtoken',
  'authtoken',
]);

/** Run-together words that end like a credential (`usertoken`, `myjwt`). */
const TOKEN_SUFFIXES: readonly string[] = ['token', 'jwt'];

/**
 * Words that make a token-like name mean something else: metadata about a token (`token_expiry`, `tokenType`,
 * `lastTokenRefresh`, `idTokenClaims`), LLM token counts (`maxTokens`, `tokenUsage`), design tokens, push-notification device
 * tokens and CSRF tokens, which page script reads on purpose.
 */
const NON_CREDENTIAL_WORDS: ReadonlySet<string> = new Set([
  'exp',
  'expiry',
  'expires',
  'expired',
  'expiration',
  'expire',
  'expiresat',
  'expireson',
  'ttl',
  'age',
  'time',
  'timestamp',
  'date',
  'at',
  'on',
  'last',
  'type',
  'status',
  'valid',
  'invalid',
  'is',
  'has',
  'count',
  'counts',
  'max',
  'min',
  'limit',
  'total',
  'used',
  'usage',
  'remaining',
  'budget',
  'cost',
  'input',
  'output',
  'prompt',
  'completion',
  'design',
  'theme',
  'color',
  'style',
  'push',
  'device',
  'notification',
  'notifications',
  'fcm',
  'apns',
  'url',
  'uri',
  'endpoint',
  'callback',
  'redirect',
  'version',
  'interval',
  'timeout',
  'delay',
  'name',
  'provider',
  'source',
  'mode',
  'format',
  // Tokens that cancel work or prove a human: no credential (`cancelToken`, `recaptchaToken`). Pagination words count
  // only right before the token word (see PAGINATION_WORDS).
  'cancel',
  'cancellation',
  'captcha',
  'recaptcha',
  'hcaptcha',
  // The decoded claims of a token are data about the user, not a credential (`idTokenClaims`, `decodedToken`).
  'claims',
  'claim',
  'decoded',
  'payload',
  // Crypto-currency tokens, which wallets and exchanges keep in localStorage (`tokenList`, `selectedToken`).
  'address',
  'addresses',
  'list',
  'balance',
  'balances',
  'symbol',
  'decimals',
  'chain',
  'contract',
  'price',
  'amount',
  'nft',
  'nfts',
  'erc20',
  'erc721',
  'swap',
  'pair',
  'pool',
  'logo',
  'icon',
  'image',
  'selected',
]);
const NON_CREDENTIAL_PREFIXES: readonly string[] = ['csrf', 'xsrf', 'fcm', 'apns'];

/** Words that make a token name unambiguous even without a storage key that speaks of sign-in (`accessToken`, `jwt`). */
const CREDENTIAL_QUALIFIERS: ReadonlySet<string> = new Set([
  'access',
  'id',
  'refresh',
  'auth',
  'oauth',
  'bearer',
  'jwt',
  'jwts',
  'idtoken',
  'accesstoken',
  'refreshtoken',
  'authtoken',
]);

/** Words of a storage key under which an app keeps its signed-in state (`auth`, `currentUser`, `session`). */
const SIGN_IN_WORDS: ReadonlySet<string> = new Set([
  'auth',
  'authn',
  'authentication',
  'oauth',
  'oidc',
  'sso',
  'session',
  'login',
  'user',
  'credential',
  'credentials',
  'identity',
  'account',
]);

function isNonCredentialWord(word: string): boolean {
  return NON_CREDENTIAL_WORDS.has(word) || NON_CREDENTIAL_PREFIXES.some((prefix) => word.startsWith(prefix));
}

function isTokenWord(word: string): boolean {
  return TOKEN_WORDS.has(word) || TOKEN_SUFFIXES.some((suffix) => word.endsWith(suffix));
}

/**
 * Words that make the token word right after them a pagination cursor (`nextPageToken`, `page_token`, `nextToken`,
 * `continuationToken`, `syncToken`), unlike a credential named with a word in between (`pageAccessToken`, a Facebook
 * Page's access token).
 */
const PAGINATION_WORDS: ReadonlySet<string> = new Set(['page', 'next', 'continuation', 'cursor', 'sync']);

function namesPaginationToken(words: readonly string[]): boolean {
  return words.some((word, index) => index > 0 && isTokenWord(word) && PAGINATION_WORDS.has(words[index - 1] ?? ''));
}

/** `tokenId`, `token_id`: the identifier of a token (a `jti`, an NFT), not the token; unlike `idToken`. */
function namesTokenIdentifier(words: readonly string[]): boolean {
  return words.some((word, index) => isTokenWord(word) && words[index + 1] === 'id');
}

function isNotCredential(words: readonly string[]): boolean {
  return words.some(isNonCredentialWord) || namesTokenIdentifier(words) || namesPaginationToken(words);
}

/** True when a name marks something about a token rather than the token itself (`tokenExpiry`, `csrfToken`, `maxTokens`). */
export function isTokenMetadataName(name: string): boolean {
  const words = nameWords(name);
  return words.some(isTokenWord) && isNotCredential(words);
}

/**
 * True when a storage key, variable or property name says it holds a bearer credential: `access_token`, `idToken`,
 * `AUTH_TOKEN_KEY`, `jwt`, `refreshToken`, `bearer`. `theme`, `tokenExpiry`, `maxTokens`, `csrfToken` and
 * `fcmToken` are not. `extraNames` are compared whole and case-insensitively.
 */
export function isTokenName(name: string, extraNames: readonly string[] = []): boolean {
  const lower = name.toLowerCase();
  if (extraNames.some((extra) => extra.toLowerCase() === lower)) return true;
  const words = nameWords(name);
  return words.some(isTokenWord) && !isNotCredential(words);
}

/**
 * True for a token name that says which credential it is (`accessToken`, `id_token`, `authToken`, `jwt`), as opposed
 * to a bare `token`, which in a wallet or a design system means something else.
 */
export function isQualifiedTokenName(name: string, extraNames: readonly string[] = []): boolean {
  if (!isTokenName(name, extraNames)) return false;
  const lower = name.toLowerCase();
  if (extraNames.some((extra) => extra.toLowerCase() === lower)) return true;
  const words = nameWords(name);
  return words.some((word) => CREDENTIAL_QUALIFIERS.has(word) || word.endsWith('jwt'));
}

/** True when a storage key speaks of the signed-in state (`auth`, `currentUser`, `session`), where any token name counts. */
export function isSignInKey(name: string): boolean {
  return nameWords(name).some((word) => SIGN_IN_WORDS.has(word));
}
