/**
 * The OAuth 2.0 implicit grant in browser code: which `response_type` values hand out an access token from the
 * authorization endpoint, which options of the SPA libraries select them, and which libraries only speak the
 * implicit grant. Plain data and string functions: no ESLint here.
 *
 * Sources (checked against the published packages): oidc-client / oidc-client-ts `response_type`; auth0-js
 * `WebAuth` / `authorize()` `responseType`; angular-oauth2-oidc `AuthConfig.responseType`, which falls back to
 * `'id_token token'` (or `'token'` with `oidc: false`) unless `requestAccessToken` is `false`; passport-azure-ad's
 * `responseType` whitelist (no token types at all); keycloak-js `init({ flow })`, where `'implicit'` sends
 * `response_type=id_token token` and `'hybrid'` sends `code id_token token`; MSAL.js 1.x (`msal`) and ADAL.js
 * (`adal-angular` and its wrappers), which have no code flow.
 */
import type { ApiSpec } from '../utils/module-tracker';

/** The words of an OAuth 2.0 / OpenID Connect `response_type` (RFC 6749, OAuth 2.0 Multiple Response Types). */
const RESPONSE_TYPE_WORDS: ReadonlySet<string> = new Set(['code', 'token', 'id_token', 'none']);

/** The word that asks the authorization endpoint itself for an access token. */
export const ACCESS_TOKEN_WORD = 'token';

/** Option keys that hold one `response_type` value. */
export const RESPONSE_TYPE_KEYS: ReadonlySet<string> = new Set(['response_type', 'responseType']);

/** Option keys that hold a list of `response_type` values (openid-client and oidc-provider client metadata). */
export const RESPONSE_TYPES_KEYS: ReadonlySet<string> = new Set(['response_types', 'responseTypes']);

/** The snake-case key: an OAuth parameter name wherever it appears. */
export const OAUTH_RESPONSE_TYPE_KEY = 'response_type';

/** The words of a `response_type` value, separated by spaces or by `+` (the form encoding of a space). */
export function responseTypeWords(value: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const character of value) {
    if (character === ' ' || character === '+' || character === '\t' || character === '\n') {
      if (current.length > 0) words.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  if (current.length > 0) words.push(current);
  return words;
}

/**
 * True when `value` is a `response_type` that returns an access token from the authorization endpoint:
 * every word is a response-type word (compared without case: configurations in the wild write `TOKEN`) and one
 * of them is `token` (`'token'`, `'id_token token'`, `'code token'`,
 * `'code id_token token'`). `'code'`, `'code id_token'`, `'id_token'` and `'none'` are not.
 */
export function isImplicitResponseType(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const words = responseTypeWords(value.toLowerCase());
  return words.includes(ACCESS_TOKEN_WORD) && words.every((word) => RESPONSE_TYPE_WORDS.has(word));
}

/** True for a value made of more than one response-type word: nothing but an OAuth `response_type` looks like it. */
export function isCompoundResponseType(value: string): boolean {
  return responseTypeWords(value).length > 1;
}

/**
 * Keys that, next to a `responseType`, show that the object configures an OAuth / OpenID Connect client.
 * A bare `responseType: 'token'` elsewhere could be anything; beside one of these it is the OAuth parameter.
 */
export const OAUTH_CONTEXT_KEYS: ReadonlySet<string> = new Set([
  'clientId',
  'clientID',
  'client_id',
  'redirectUri',
  'redirectUrl',
  'redirect_uri',
  'callbackURL',
  'scope',
  'scopes',
  'issuer',
  'authority',
  'domain',
  'audience',
  'loginUrl',
  'authorizationUrl',
  'authorizeUrl',
  'authorizationEndpoint',
  'responseMode',
  'response_mode',
  'identityMetadata',
  'oidc',
  'nonce',
  'requestAccessToken',
  'silentRefreshRedirectUri',
]);

/** Call and constructor names that take OAuth client options (auth0-js, angular-oauth2-oidc, oidc-client). */
export const OAUTH_CALLEES: ReadonlySet<string> = new Set([
  'WebAuth',
  'authorize',
  'checkSession',
  'renewAuth',
  'configure',
  'UserManager',
  'OidcClient',
  'createSigninRequest',
  'signinRedirect',
  'signinPopup',
  'signinSilent',
]);

/** Types of OAuth client option objects. */
export const OAUTH_OPTION_TYPES: ReadonlySet<string> = new Set([
  'AuthConfig',
  'UserManagerSettings',
  'OidcClientSettings',
  'AuthOptions',
  'WebAuthOptions',
  'AuthorizeOptions',
]);

/** Words in the name of an object whose `responseType` property is an OAuth setting (`oauthService`, `authConfig`). */
const OAUTH_RECEIVER_WORDS: readonly string[] = ['auth', 'oidc', 'sso', 'login', 'keycloak', 'signin'];

/** True when a receiver's name (`this.oauthService`, `authConfig`) says it is an OAuth client or its settings. */
export function isOAuthReceiverName(name: string): boolean {
  const lower = name.toLowerCase();
  return OAUTH_RECEIVER_WORDS.some((word) => lower.includes(word));
}

/** Methods that set a query parameter: `URLSearchParams#set` / `#append`. */
export const QUERY_SETTERS: ReadonlySet<string> = new Set(['set', 'append']);

/**
 * Methods and matchers that only compare a string: a URL written as their argument is an expectation (in a test
 * or a parser), not a request the code makes.
 */
export const COMPARISON_CALLEES: ReadonlySet<string> = new Set([
  'includes',
  'indexOf',
  'lastIndexOf',
  'startsWith',
  'endsWith',
  'match',
  'search',
  'RegExp',
  'toBe',
  'toEqual',
  'toStrictEqual',
  'toContain',
  'toMatch',
  'toHaveBeenCalledWith',
  'toHaveBeenLastCalledWith',
  'toHaveBeenNthCalledWith',
  'equal',
  'equals',
  'strictEqual',
  'deepEqual',
  'deepStrictEqual',
  'notEqual',
  'eql',
]);

/** Stands for a run-time value inside joined text; cannot be written in source text as is. */
export const HOLE = '\u0000';

const PARAMETER = 'response_type=';

export interface ResponseTypeParameter {
  /** Offset of `response_type=` in the text. */
  readonly start: number;
  /** Offset just past the parameter's value. */
  readonly end: number;
  /** The decoded value, as far as it is known. */
  readonly value: string;
}

/** `%20` (any case) and `+` become spaces; other escapes are left as they are. */
function decodeSpaces(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character === '%' && text.charAt(index + 1) === '2' && text.charAt(index + 2) === '0') {
      result += ' ';
      index += 2;
    } else {
      result += character === '+' ? ' ' : character;
    }
  }
  return result;
}

/**
 * Every `response_type=` query parameter in `text` whose value asks for an access token (`token`, `id_token+token`,
 * `id_token%20token`). `text` is a URL or query string in which `HOLE` stands for a value known only at run time:
 * a word that touches a hole is unknown and never counts. The parameter must start the text or follow `?`, `&` or a
 * hole.
 */
export function findImplicitResponseTypeParameters(text: string): ResponseTypeParameter[] {
  const found: ResponseTypeParameter[] = [];
  let start = text.indexOf(PARAMETER);
  while (start !== -1) {
    const before = text.charAt(start - 1);
    const valueStart = start + PARAMETER.length;
    let end = valueStart;
    while (end < text.length && text.charAt(end) !== '&' && text.charAt(end) !== '#') end += 1;
    if (start === 0 || before === '?' || before === '&' || before === HOLE) {
      const value = decodeSpaces(text.slice(valueStart, end));
      const known = responseTypeWords(value.toLowerCase()).filter((word) => !word.includes(HOLE));
      if (known.includes(ACCESS_TOKEN_WORD) && known.every((word) => RESPONSE_TYPE_WORDS.has(word))) {
        found.push({ start, end, value });
      }
    }
    start = text.indexOf(PARAMETER, end);
  }
  return found;
}

// --- keycloak-js ---------------------------------------------------------------------------------------------

/** keycloak-js `init({ flow })` values and the `response_type` each sends; `'standard'` is the code flow. */
export const KEYCLOAK_TOKEN_FLOWS: ReadonlyMap<string, string> = new Map([
  ['implicit', 'id_token token'],
  ['hybrid', 'code id_token token'],
]);

export const KEYCLOAK_FLOW_KEY = 'flow';

/** The method that takes keycloak-js init options, and the key keycloak-angular / @react-keycloak use for them. */
export const KEYCLOAK_INIT_METHOD = 'init';
export const KEYCLOAK_INIT_OPTIONS_KEY = 'initOptions';

/** keycloak-js `KeycloakInitOptions` keys: beside one of them, `flow` is keycloak's. */
export const KEYCLOAK_INIT_KEYS: ReadonlySet<string> = new Set([
  'onLoad',
  'checkLoginIframe',
  'checkLoginIframeInterval',
  'silentCheckSsoRedirectUri',
  'silentCheckSsoFallback',
  'pkceMethod',
  'enableLogging',
  'messageReceiveTimeout',
  'useNonce',
  'responseMode',
  'timeSkew',
  'refreshToken',
  'idToken',
  'adapter',
]);

/** The keycloak-js type of init options. */
export const KEYCLOAK_INIT_OPTIONS_TYPE = 'KeycloakInitOptions';

/** True when a variable name says it holds keycloak-js init options (`initOptions`, `keycloakInitOptions`). */
export function isKeycloakOptionsName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.includes('keycloak') || lower === 'initoptions';
}

// --- angular-oauth2-oidc -------------------------------------------------------------------------------------

export const ANGULAR_OAUTH_MODULE = 'angular-oauth2-oidc';
export const ANGULAR_OAUTH_CONFIG_TYPE = 'AuthConfig';
export const ANGULAR_OAUTH_RESPONSE_TYPE_KEY = 'responseType';
export const ANGULAR_OAUTH_REQUEST_ACCESS_TOKEN_KEY = 'requestAccessToken';
export const ANGULAR_OAUTH_OIDC_KEY = 'oidc';
/** Set for the library's password flow (and code flow with a secret), where `responseType` does not pick the flow. */
export const ANGULAR_OAUTH_PASSWORD_FLOW_KEY = 'dummyClientSecret';

/**
 * The `response_type` angular-oauth2-oidc sends when `AuthConfig.responseType` is unset or `''`: `'id_token token'`
 * with `oidc` (the default), `'token'` without; `null` when `requestAccessToken` is `false` (an ID token only) or
 * not statically known. `undefined` stands for an option that is not set.
 */
export function angularOAuthFallbackResponseType(requestAccessToken: { value: unknown } | null | undefined, oidc: { value: unknown } | null | undefined): string | null {
  if (requestAccessToken === null) return null;
  if (requestAccessToken !== undefined && requestAccessToken.value !== true) return null;
  return oidc?.value === false ? 'token' : 'id_token token';
}

// --- implicit-only libraries ---------------------------------------------------------------------------------

export interface ImplicitOnlyLibrary {
  /** The package as it is imported. */
  readonly module: string;
  /** Other import paths into the same package. */
  readonly subpaths: readonly string[];
  /** Its code-flow successor. */
  readonly replacement: string;
}

/** Packages that sign users in with the implicit grant only: MSAL.js 1.x, ADAL.js and the wrappers built on them. */
export const IMPLICIT_ONLY_LIBRARIES: readonly ImplicitOnlyLibrary[] = [
  {
    module: 'msal',
    subpaths: ['msal/lib-commonjs', 'msal/lib-commonjs/index', 'msal/lib-es6', 'msal/lib-es6/index', 'msal/dist/msal', 'msal/dist/msal.js', 'msal/dist/msal.min.js'],
    replacement: '@azure/msal-browser',
  },
  {
    module: 'adal-angular',
    subpaths: [
      'adal-angular/lib/adal',
      'adal-angular/lib/adal.js',
      'adal-angular/lib/adal-angular',
      'adal-angular/lib/adal-angular.js',
      'adal-angular/dist/adal.min.js',
      'adal-angular/dist/adal-angular.min.js',
    ],
    replacement: '@azure/msal-browser',
  },
  { module: 'adal-vanilla', subpaths: [], replacement: '@azure/msal-browser' },
  { module: 'adal-angular4', subpaths: [], replacement: '@azure/msal-angular' },
  { module: 'adal-angular5', subpaths: [], replacement: '@azure/msal-angular' },
  { module: 'react-adal', subpaths: [], replacement: '@azure/msal-react' },
  { module: 'react-aad-msal', subpaths: [], replacement: '@azure/msal-react' },
  { module: 'vue-msal', subpaths: [], replacement: '@azure/msal-browser' },
  { module: '@azure/msal-angularjs', subpaths: [], replacement: '@azure/msal-browser' },
];

/** Import path → the library it belongs to. */
export const IMPLICIT_ONLY_MODULES: ReadonlyMap<string, ImplicitOnlyLibrary> = new Map(
  IMPLICIT_ONLY_LIBRARIES.flatMap((library) => [library.module, ...library.subpaths].map((path) => [path, library] as const)),
);

/** MSAL.js 1.x: the client class, and the global the CDN build defines. */
export const MSAL_V1_MODULE = 'msal';
export const MSAL_V1_CLIENT = 'UserAgentApplication';
export const MSAL_V1_GLOBAL = 'Msal';

/** ADAL.js: the client class the script build defines as a global (adal-node's class of the same name takes a URL). */
export const ADAL_GLOBAL_CLIENT = 'AuthenticationContext';

/** Globals a script-tag build hangs off. */
export const WINDOW_GLOBALS: ReadonlySet<string> = new Set(['window', 'self', 'globalThis']);

/** @azure/msal-angular: only 1.x (on MSAL.js 1.x) exports these, and only 0.x/1.x `forRoot` takes a configuration object. */
export const MSAL_ANGULAR_MODULE = '@azure/msal-angular';
export const MSAL_ANGULAR_V1_EXPORTS: readonly string[] = ['BroadcastService', 'MSAL_CONFIG', 'MSAL_CONFIG_ANGULAR', 'MsalAngularConfiguration'];

export type ImplicitApiRole = 'msal-client' | 'msal-angular-export' | 'msal-angular-for-root' | 'angular-oauth-config';

export interface ImplicitApi extends ApiSpec {
  readonly role: ImplicitApiRole;
}

/** The implicit-only module names (with sub-paths), for finding every place a file loads one. */
export const IMPLICIT_ONLY_MODULE_NAMES: readonly string[] = [...IMPLICIT_ONLY_MODULES.keys()];

/** Every library API the rule follows through imports and requires. */
export const IMPLICIT_FLOW_APIS: readonly ImplicitApi[] = [
  { module: MSAL_V1_MODULE, path: [MSAL_V1_CLIENT], kinds: ['construct'], role: 'msal-client' },
  ...MSAL_ANGULAR_V1_EXPORTS.map((name): ImplicitApi => ({ module: MSAL_ANGULAR_MODULE, path: [name], kinds: ['read'], role: 'msal-angular-export' })),
  { module: MSAL_ANGULAR_MODULE, path: ['MsalModule', 'forRoot'], kinds: ['call'], role: 'msal-angular-for-root' },
  { module: ANGULAR_OAUTH_MODULE, path: [ANGULAR_OAUTH_CONFIG_TYPE], kinds: ['construct'], role: 'angular-oauth-config' },
];
