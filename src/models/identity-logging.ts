/**
 * What identity libraries and application code write into logs: the switches that make MSAL, passport-azure-ad and
 * @azure/identity log personal data, the names under which code holds tokens and Authorization headers, and the
 * shapes of logging calls. Plain data and string functions: no ESLint here.
 *
 * Checked against the packages' own source (npm pack): @azure/msal-common 16.17 (`LoggerOptions.piiLoggingEnabled`, read
 * by every MSAL `Logger`, and so by msal-node, msal-browser, msal-react and msal-angular), passport-azure-ad 4.3
 * (`loggingNoPII`, default `true`: "no personal information such as tokens and claims will be logged"),
 * @azure/identity 4.13 (`loggingOptions.enableUnsafeSupportLogging`, passed to MSAL as `piiLoggingEnabled`, and
 * `loggingOptions.allowLoggingAccountIdentifiers`), @azure/core-rest-pipeline 1.24 (`additionalAllowedHeaderNames`:
 * headers whose values the SDK's request log stops redacting), koa-jwt 4.0 (`debug: true` sends the verification
 * error message to the client).
 */
import { classifySecretName } from '../secrets/secret-names';
import type { ApiSpec } from '../utils/module-tracker';

/** A switch that makes a library log personal data, with the value that does and the value that does not. */
export interface PiiFlag {
  readonly unsafe: boolean;
  readonly safe: boolean;
  /** The library, for messages. */
  readonly library: string;
  /** What ends up in the logs, for messages. */
  readonly detail: string;
}

/** The switches, by option key. Each key belongs to one library, so any object literal that sets it is that library's. */
export const PII_FLAGS: ReadonlyMap<string, PiiFlag> = new Map<string, PiiFlag>([
  ['piiLoggingEnabled', { unsafe: true, safe: false, library: 'MSAL', detail: 'user names, account and tenant IDs' }],
  ['loggingNoPII', { unsafe: false, safe: true, library: 'passport-azure-ad', detail: 'tokens, claims and request parameters' }],
  [
    'enableUnsafeSupportLogging',
    { unsafe: true, safe: false, library: '@azure/identity', detail: "MSAL's personal-data log lines" },
  ],
  [
    'allowLoggingAccountIdentifiers',
    { unsafe: true, safe: false, library: '@azure/identity', detail: 'the user principal name, object ID and tenant ID of each account' },
  ],
]);

/** The Azure SDK logging option listing headers whose values are logged unredacted. */
export const LOGGED_HEADERS_KEY = 'additionalAllowedHeaderNames';

/** koa-jwt: `jwt(options)`, whose `debug: true` sends verification errors to the client. */
export const KOA_JWT_APIS: readonly ApiSpec[] = [{ module: 'koa-jwt', path: [], kinds: ['call'] }];
export const KOA_JWT_DEBUG_KEY = 'debug';

/** Methods of `console` and of logger objects (winston, pino, bunyan, log4js, NestJS `Logger`…) that write a line. */
export const LOG_METHODS: ReadonlySet<string> = new Set([
  'log',
  'info',
  'warn',
  'warning',
  'error',
  'debug',
  'trace',
  'fatal',
  'verbose',
  'silly',
  'notice',
  'critical',
  'crit',
  'alert',
  'emerg',
  'emergency',
  'http',
  'dir',
  'table',
  // pino / bunyan / winston `child(bindings)`: the bindings are written with every line of the child.
  'child',
]);

/** Names of logger objects and modules, whole. */
export const LOGGER_NAMES: ReadonlySet<string> = new Set([
  'console',
  'log',
  'logger',
  'logging',
  'winston',
  'pino',
  'bunyan',
  'signale',
  'consola',
  'npmlog',
  'loglevel',
  'log4js',
]);

/** Bare functions that log: `debug(...)` from the debug package, `log(...)`, `logError(...)`. */
export const BARE_LOG_FUNCTIONS: ReadonlySet<string> = new Set(['log', 'debug', 'logger']);

/**
 * The words of an identifier, lower case: `accessToken`, `access_token`, `ACCESS_TOKEN` and `x-access-token` give
 * `access`, `token`; an upper-case run is one word (`IDToken` → `id`, `token`).
 */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let index = 0; index < name.length; index += 1) {
    const character = name.charAt(index);
    if (character === '_' || character === '-' || character === '$' || character === '#' || character === ' ') {
      if (current) words.push(current.toLowerCase());
      current = '';
      continue;
    }
    const upper = character >= 'A' && character <= 'Z';
    if (upper && current) {
      const previous = name.charAt(index - 1);
      const next = name.charAt(index + 1);
      const previousUpper = previous >= 'A' && previous <= 'Z';
      const nextLower = next >= 'a' && next <= 'z';
      if (!previousUpper || nextLower) {
        words.push(current.toLowerCase());
        current = '';
      }
    }
    current += character;
  }
  if (current) words.push(current.toLowerCase());
  return words;
}

/** True for the name of a logger object: `console`, `logger`, `this.logger`, `req.log`, `authLogger`, `AUDIT_LOG`. */
export function isLoggerName(name: string): boolean {
  if (LOGGER_NAMES.has(name.toLowerCase())) return true;
  const last = nameWords(name).at(-1);
  return last === 'logger' || last === 'log';
}

/** True for a bare function that logs: `debug(…)`, `log(…)`, `logError(…)`, `log_info(…)`. */
export function isLogFunctionName(name: string): boolean {
  if (BARE_LOG_FUNCTIONS.has(name)) return true;
  const words = nameWords(name);
  return words.length === 2 && words[0] === 'log' && LOG_METHODS.has(words[1] ?? '');
}

/** What a logged value is, for the message. */
export type TokenKind = 'access' | 'id' | 'refresh' | 'bearer' | 'authorization' | 'response' | 'headers' | 'password' | 'client-secret' | 'api-key';

/** Message text for each kind. */
export const TOKEN_KIND_TEXT: Readonly<Record<TokenKind, string>> = {
  access: 'an access token',
  id: 'an ID token',
  refresh: 'a refresh token',
  bearer: 'a bearer token',
  authorization: 'the `Authorization` header',
  response: 'a token response with its access and ID tokens',
  headers: 'every request header, `Authorization` and `Cookie` included',
  password: 'a password',
  'client-secret': 'a client secret',
  'api-key': 'an API key',
};

/** Kinds that are a long-lived secret someone types or configures, not a token that expires on its own. */
export const STANDING_SECRET_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['password', 'client-secret', 'api-key']);

/** `PWD` is the shell's working directory (`process.env.PWD`), not a password, whatever the secret-name model says. */
const WORKING_DIRECTORY_WORD = 'pwd';

/** The word before `token` that makes a name a credential: `accessToken`, `id_token`, `REFRESH_TOKEN`, `authToken`. */
const TOKEN_QUALIFIERS: ReadonlyMap<string, TokenKind> = new Map<string, TokenKind>([
  ['access', 'access'],
  ['id', 'id'],
  ['refresh', 'refresh'],
  ['bearer', 'bearer'],
  ['auth', 'bearer'],
  ['jwt', 'bearer'],
]);

/**
 * First words that make a longer name something other than the token: a flag (`hasAccessToken`), a function
 * (`getAccessToken`, `refreshAccessToken`) or the decoded claims (`decodedIdToken`).
 */
const NON_VALUE_PREFIXES: ReadonlySet<string> = new Set([
  'is',
  'has',
  'should',
  'can',
  'needs',
  'need',
  'no',
  'missing',
  'use',
  'uses',
  'with',
  'without',
  'get',
  'set',
  'fetch',
  'acquire',
  'load',
  'save',
  'store',
  'validate',
  'verify',
  'decode',
  'decoded',
  'parse',
  'parsed',
  'refresh',
  'on',
  'handle',
]);

/** Names of a whole token response: `tokenResponse`, `token_set`, `authenticationResult`. */
const RESPONSE_WORDS: ReadonlySet<string> = new Set(['response', 'result', 'set']);

/**
 * What a variable or property of this name holds, judged by the name alone: `accessToken`, `access_token`,
 * `graphAccessToken`, `idToken`, `refresh_token`, `bearerToken`, `authToken`, `authorization`, `authHeader`,
 * `tokenResponse`. Names that go on past the token (`accessTokenExpiresOn`, `idTokenClaims`) and flags or functions
 * (`hasAccessToken`, `getAccessToken`) are not tokens.
 */
export function credentialKindOfName(name: string): TokenKind | null {
  const words = nameWords(name);
  const last = words.at(-1);
  const previous = words.at(-2);
  if (last === undefined) return null;
  // A password by the hardcoded-secrets name model, which already leaves out names about the password
  // (`hashedPassword`, `showPassword`, `resetPassword`, `isPasswordValid`, `passwordPolicy`).
  if (!(words.length === 1 && last === WORKING_DIRECTORY_WORD) && classifySecretName(name) === 'password') return 'password';
  if (words.length === 1) return last === 'authorization' ? 'authorization' : last === 'apikey' ? 'api-key' : null;
  if (words.length > 2 && NON_VALUE_PREFIXES.has(words[0] ?? '')) return null;
  if (words.length === 2 && previous === 'client' && last === 'secret') return 'client-secret';
  if (words.length === 2 && previous === 'api' && last === 'key') return 'api-key';
  if (last === 'token' && previous !== undefined) return TOKEN_QUALIFIERS.get(previous) ?? null;
  if (last === 'header' && (previous === 'authorization' || previous === 'auth')) return 'authorization';
  if (previous === 'token' && RESPONSE_WORDS.has(last)) return 'response';
  if (previous === 'authentication' && last === 'result') return 'response';
  return null;
}

/** MSAL and ADAL methods whose result holds the access token, the ID token and the account. */
export const TOKEN_RESPONSE_METHODS: ReadonlySet<string> = new Set([
  'acquireToken',
  'acquireTokenSilent',
  'acquireTokenPopup',
  'acquireTokenByCode',
  'acquireTokenByClientCredential',
  'acquireTokenOnBehalfOf',
  'acquireTokenByRefreshToken',
  'acquireTokenByDeviceCode',
  'acquireTokenByUsernamePassword',
  'acquireTokenInteractive',
  'handleRedirectPromise',
  'acquireTokenWithClientCredentials',
  'acquireTokenWithClientCertificate',
  'acquireTokenWithAuthorizationCode',
  'acquireTokenWithRefreshToken',
  'acquireTokenWithUsernamePassword',
]);

/** `getToken` of an Azure SDK `TokenCredential`: the result `{ token, expiresOnTimestamp }` holds an access token. */
export const GET_TOKEN_METHOD = 'getToken';
/** The property of an `AccessToken` that holds the token itself. */
export const ACCESS_TOKEN_VALUE_KEY = 'token';

/** @azure/identity credentials, tracked so that `getToken` on their instances is known to return an access token. */
export const AZURE_CREDENTIAL_APIS: readonly ApiSpec[] = [
  'DefaultAzureCredential',
  'ManagedIdentityCredential',
  'WorkloadIdentityCredential',
  'ClientSecretCredential',
  'ClientCertificateCredential',
  'ClientAssertionCredential',
  'ChainedTokenCredential',
  'EnvironmentCredential',
  'AzureCliCredential',
  'AzureDeveloperCliCredential',
  'AzurePowerShellCredential',
  'AzurePipelinesCredential',
  'InteractiveBrowserCredential',
  'DeviceCodeCredential',
  'UsernamePasswordCredential',
  'OnBehalfOfCredential',
  'AuthorizationCodeCredential',
  'VisualStudioCodeCredential',
].map((name): ApiSpec => ({ module: '@azure/identity', path: [name], kinds: ['construct'], instanceMethods: [GET_TOKEN_METHOD] }));

/** True for the name of a `TokenCredential` object, whose `getToken` returns an access token: `credential`, `azureCredential`. */
export function isCredentialName(name: string): boolean {
  return nameWords(name).at(-1) === 'credential';
}

/** Methods that read one request header: Express `req.get` / `req.header`, Fetch `headers.get`, Node `getHeader`. */
export const HEADER_GETTERS: ReadonlySet<string> = new Set(['get', 'header', 'getHeader']);

/** Headers that carry the caller's bearer token. */
const AUTHORIZATION_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization']);

export function isAuthorizationHeader(name: string): boolean {
  return AUTHORIZATION_HEADERS.has(name.toLowerCase());
}

/** Properties that hold all of a request's headers. */
export const REQUEST_HEADER_KEYS: ReadonlySet<string> = new Set(['headers', 'rawHeaders']);

/** Names of incoming-request objects: Express / Node `req`, Fetch / Fastify `request`, Koa `ctx`, Lambda `event`. */
const REQUEST_NAMES: ReadonlySet<string> = new Set(['req', 'request', 'ctx', 'event', 'incomingmessage', 'incomingrequest']);

export function isRequestName(name: string): boolean {
  return REQUEST_NAMES.has(name.toLowerCase());
}

/**
 * String methods that keep the token when called on it: stripping the `Bearer ` prefix (`replace`, `split(' ')[1]`,
 * `slice(7)`) or a copy (`trim`, `toString`). Anything else (a hash, `slice(0, 8)`, `length`) is not the token.
 */
export const TOKEN_PRESERVING_METHODS: ReadonlySet<string> = new Set([
  'replace',
  'replaceAll',
  'trim',
  'trimStart',
  'trimEnd',
  'toString',
  'valueOf',
  'split',
  'at',
  'pop',
]);

/** `slice(7)` / `substring(7)` / `substr(7)`: what is left after `Bearer ` (7 characters) or `bearer` and a space. */
export const PREFIX_STRIP_METHODS: ReadonlySet<string> = new Set(['slice', 'substring', 'substr']);
export const BEARER_PREFIX_LENGTH = 7;

/** Functions that turn a value into text for a log line without hiding it. */
export const SERIALIZERS: ReadonlySet<string> = new Set(['stringify', 'inspect', 'format', 'String']);
