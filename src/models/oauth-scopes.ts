/**
 * Where OAuth scopes are requested, and how privileged a requested scope is: the library knowledge behind
 * `no-overbroad-oauth-scopes`. It joins the four scope catalogues (`src/catalogues/*-scopes.ts`,
 * `graph-permissions.ts`) with the places code names scopes: MSAL node and browser requests, `@azure/identity`
 * `getToken`, the Microsoft Graph client's auth providers, google-auth-library and Google Identity Services,
 * passport strategies, Auth.js / next-auth providers, the Octokit OAuth packages and the Slack OAuth installer.
 * No ESLint here beyond the module tracker's `ApiSpec` type.
 *
 * Sources: the published type declarations of @azure/msal-node, @azure/msal-browser, @azure/identity,
 * @microsoft/microsoft-graph-client, google-auth-library, passport-github2, passport-google-oauth20,
 * next-auth, @octokit/oauth-app, @octokit/auth-oauth-user, @slack/oauth and @slack/bolt.
 */
import { isAtLeast } from '../catalogues/privilege-levels';
import {
  DEFAULT_SCOPE,
  findMicrosoftPermission,
  parseMicrosoftScope,
  type CatalogueLevel,
  type MicrosoftPermission,
  type MicrosoftResource,
  type PrivilegeLevel,
} from '../catalogues/graph-permissions';
import { findGitHubScope } from '../catalogues/github-scopes';
import { findGoogleScope, isGoogleScopeUrl } from '../catalogues/google-scopes';
import { SLACK_WRITE_SUFFIX, findSlackScope } from '../catalogues/slack-scopes';
import type { ApiSpec } from '../utils/module-tracker';
import { nameWords } from '../utils/name-words';

export type Platform = 'microsoft' | 'google' | 'github' | 'slack';

/**
 * Whose authority a token request carries: a signed-in user's (`delegated`: MSAL interactive and silent calls,
 * on-behalf-of, user consent screens), the application's own (`application`: client credentials, managed
 * identity, service accounts), or `unknown` (a constant that holds scopes).
 */
export type Flow = 'delegated' | 'application' | 'unknown';

/** One place inside a call's arguments that holds scopes. */
export interface ScopePath {
  /** The argument's position. */
  readonly argument: number;
  /** Keys leading to the scopes inside the options object at `argument`; empty: the argument itself is the scopes. */
  readonly keys: readonly string[];
  /** Slack user-token scopes (`userScopes`): write scopes there act as the user. */
  readonly slackUser?: boolean;
}

/** A call that requests scopes. */
export interface ScopeSink {
  /** The platform whose scopes it takes; `null` when the call serves several (passport's `authenticate`). */
  readonly platform: Platform | null;
  readonly flow: Flow;
  readonly paths: readonly ScopePath[];
}

/** A module API that requests scopes, found with the module tracker. */
export interface ScopeApi extends ApiSpec {
  /** The scopes of the call or construction itself. */
  readonly sink?: ScopeSink;
  /** The scopes of instance method calls, by method. */
  readonly methodSinks?: Readonly<Record<string, ScopeSink>>;
}

const optionsKey = (key: string, argument = 0): ScopePath => ({ argument, keys: [key] });

// ---------------------------------------------------------------------------------------------------------------
// Calls recognised by their name: the names are specific to one library and the scopes key is checked too.

const msal = (flow: Flow): ScopeSink => ({ platform: 'microsoft', flow, paths: [optionsKey('scopes')] });

/** MSAL node and browser request methods (any receiver: the instance is often created in another file). */
export const NAMED_CALL_SINKS: ReadonlyMap<string, ScopeSink> = new Map<string, ScopeSink>([
  ['acquireTokenByClientCredential', msal('application')],
  ['acquireTokenSilent', msal('delegated')],
  ['acquireTokenPopup', msal('delegated')],
  ['acquireTokenRedirect', msal('delegated')],
  ['acquireTokenInteractive', msal('delegated')],
  ['acquireTokenByCode', msal('delegated')],
  ['acquireTokenByDeviceCode', msal('delegated')],
  ['acquireTokenByRefreshToken', msal('delegated')],
  ['acquireTokenByUsernamePassword', msal('delegated')],
  ['acquireTokenOnBehalfOf', msal('delegated')],
  ['loginPopup', msal('delegated')],
  ['loginRedirect', msal('delegated')],
  ['ssoSilent', msal('delegated')],
  ['getAuthCodeUrl', msal('delegated')],
  // @azure/msal-react: useMsalAuthentication(interactionType, request).
  ['useMsalAuthentication', { platform: 'microsoft', flow: 'delegated', paths: [optionsKey('scopes', 1)] }],
  // google-auth-library OAuth2Client#generateAuthUrl and Google Identity Services: a user consents.
  ['generateAuthUrl', { platform: 'google', flow: 'delegated', paths: [optionsKey('scope')] }],
  ['initTokenClient', { platform: 'google', flow: 'delegated', paths: [optionsKey('scope')] }],
  ['initCodeClient', { platform: 'google', flow: 'delegated', paths: [optionsKey('scope')] }],
  // google.auth.getClient({ scopes }): Application Default Credentials.
  ['getClient', { platform: 'google', flow: 'application', paths: [optionsKey('scopes')] }],
]);

/** Constructions recognised by their name. */
export const NAMED_CONSTRUCT_SINKS: ReadonlyMap<string, ScopeSink> = new Map<string, ScopeSink>([
  // @microsoft/microsoft-graph-client: the credential decides the flow; named scopes only work delegated.
  ['TokenCredentialAuthenticationProvider', { platform: 'microsoft', flow: 'unknown', paths: [optionsKey('scopes', 1)] }],
  ['AuthCodeMSALBrowserAuthenticationProvider', { platform: 'microsoft', flow: 'delegated', paths: [optionsKey('scopes', 1)] }],
  // @microsoft/kiota-authentication-azure: new AzureIdentityAuthenticationProvider(credential, scopes).
  ['AzureIdentityAuthenticationProvider', { platform: 'microsoft', flow: 'unknown', paths: [{ argument: 1, keys: [] }] }],
  // google-auth-library: service accounts and Application Default Credentials.
  ['GoogleAuth', { platform: 'google', flow: 'application', paths: [optionsKey('scopes')] }],
  ['JWT', { platform: 'google', flow: 'application', paths: [optionsKey('scopes')] }],
]);

/** passport's `authenticate(strategy, { scope })`. */
export const PASSPORT_AUTHENTICATE = 'authenticate';
export const PASSPORT_SCOPE_PATH: ScopePath = { argument: 1, keys: ['scope'] };

/** The platform behind a passport strategy name; `null` for others (only unmistakable scopes are then read). */
export function passportStrategyPlatform(name: string): Platform | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('github')) return 'github';
  if (lower.startsWith('google')) return 'google';
  if (lower.startsWith('slack')) return 'slack';
  if (lower.startsWith('azure') || lower.startsWith('microsoft') || lower === 'oauth-bearer') return 'microsoft';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Module APIs, found through imports.

/** `@azure/identity` credentials that act as the application itself. */
const APP_CREDENTIALS: readonly string[] = [
  'ClientSecretCredential',
  'ClientCertificateCredential',
  'ClientAssertionCredential',
  'ManagedIdentityCredential',
  'WorkloadIdentityCredential',
  'EnvironmentCredential',
  'DefaultAzureCredential',
  'ChainedTokenCredential',
];
/** `@azure/identity` credentials that act for a signed-in user. */
const USER_CREDENTIALS: readonly string[] = [
  'InteractiveBrowserCredential',
  'DeviceCodeCredential',
  'AuthorizationCodeCredential',
  'OnBehalfOfCredential',
  'UsernamePasswordCredential',
];
/** Developer-tool credentials: whoever signed in to the tool. */
const TOOL_CREDENTIALS: readonly string[] = ['AzureCliCredential', 'AzurePowerShellCredential', 'AzureDeveloperCliCredential', 'VisualStudioCodeCredential'];

const getTokenSink = (flow: Flow): ScopeSink => ({ platform: 'microsoft', flow, paths: [{ argument: 0, keys: [] }] });

const identityApis = (names: readonly string[], flow: Flow): ScopeApi[] =>
  names.map((name) => ({
    module: '@azure/identity',
    path: [name],
    kinds: ['construct'],
    instanceMethods: ['getToken'],
    methodSinks: { getToken: getTokenSink(flow) },
  }));

const STRATEGY_MODULES: readonly (readonly [string, Platform])[] = [
  ['passport-github', 'github'],
  ['passport-github2', 'github'],
  ['passport-google-oauth20', 'google'],
  ['passport-google-oauth2', 'google'],
  ['passport-google-oauth', 'google'],
  ['passport-slack', 'slack'],
  ['passport-slack-oauth2', 'slack'],
  ['passport-microsoft', 'microsoft'],
  ['passport-azure-ad', 'microsoft'],
];
const STRATEGY_EXPORTS: readonly (readonly string[])[] = [[], ['Strategy'], ['OAuth2Strategy'], ['OIDCStrategy'], ['default']];

const strategyApis: ScopeApi[] = STRATEGY_MODULES.flatMap(([module, platform]) =>
  STRATEGY_EXPORTS.map((path) => ({
    module,
    path,
    kinds: ['construct' as const],
    sink: { platform, flow: 'delegated' as const, paths: [optionsKey('scope')] },
  })),
);

const PROVIDER_NAMES: readonly (readonly [string, Platform])[] = [
  ['github', 'github'],
  ['google', 'google'],
  ['slack', 'slack'],
  ['azure-ad', 'microsoft'],
  ['azure-ad-b2c', 'microsoft'],
  ['microsoft-entra-id', 'microsoft'],
];
const providerApis: ScopeApi[] = PROVIDER_NAMES.flatMap(([name, platform]) =>
  ['next-auth/providers', '@auth/core/providers'].flatMap((base) =>
    [[], ['default']].map((path) => ({
      module: `${base}/${name}`,
      path,
      kinds: ['call' as const],
      sink: { platform, flow: 'delegated' as const, paths: [{ argument: 0, keys: ['authorization', 'params', 'scope'] }] },
    })),
  ),
);

const github = (paths: readonly ScopePath[]): ScopeSink => ({ platform: 'github', flow: 'delegated', paths });
const slackInstall = (argument: number, prefix: readonly string[]): ScopeSink => ({
  platform: 'slack',
  flow: 'delegated',
  paths: [
    { argument, keys: [...prefix, 'scopes'] },
    { argument, keys: [...prefix, 'userScopes'], slackUser: true },
  ],
});
const boltApp: ScopeSink = {
  platform: 'slack',
  flow: 'delegated',
  paths: [
    { argument: 0, keys: ['scopes'] },
    { argument: 0, keys: ['installerOptions', 'userScopes'], slackUser: true },
  ],
};

export const SCOPE_APIS: readonly ScopeApi[] = [
  ...identityApis(APP_CREDENTIALS, 'application'),
  ...identityApis(USER_CREDENTIALS, 'delegated'),
  ...identityApis(TOOL_CREDENTIALS, 'unknown'),
  { module: '@azure/identity', path: ['getBearerTokenProvider'], kinds: ['call'], sink: { platform: 'microsoft', flow: 'unknown', paths: [{ argument: 1, keys: [] }] } },
  ...strategyApis,
  ...providerApis,
  {
    module: '@octokit/oauth-app',
    path: ['OAuthApp'],
    kinds: ['construct'],
    sink: github([optionsKey('defaultScopes')]),
    instanceMethods: ['getWebFlowAuthorizationUrl'],
    methodSinks: { getWebFlowAuthorizationUrl: github([optionsKey('scopes')]) },
  },
  {
    module: 'octokit',
    path: ['OAuthApp'],
    kinds: ['construct'],
    sink: github([optionsKey('defaultScopes')]),
    instanceMethods: ['getWebFlowAuthorizationUrl'],
    methodSinks: { getWebFlowAuthorizationUrl: github([optionsKey('scopes')]) },
  },
  { module: '@octokit/auth-oauth-user', path: ['createOAuthUserAuth'], kinds: ['call'], sink: github([optionsKey('scopes')]) },
  { module: '@octokit/auth-oauth-device', path: ['createOAuthDeviceAuth'], kinds: ['call'], sink: github([optionsKey('scopes')]) },
  { module: '@octokit/oauth-authorization-url', path: ['oauthAuthorizationUrl'], kinds: ['call'], sink: github([optionsKey('scopes')]) },
  { module: '@octokit/oauth-methods', path: ['getWebFlowAuthorizationUrl'], kinds: ['call'], sink: github([optionsKey('scopes')]) },
  {
    module: '@slack/oauth',
    path: ['InstallProvider'],
    kinds: ['construct'],
    sink: slackInstall(0, ['installUrlOptions']),
    instanceMethods: ['generateInstallUrl', 'handleInstallPath'],
    methodSinks: { generateInstallUrl: slackInstall(0, []), handleInstallPath: slackInstall(3, []) },
  },
  ...['App', 'ExpressReceiver', 'HTTPReceiver', 'SocketModeReceiver'].map(
    (name): ScopeApi => ({ module: '@slack/bolt', path: [name], kinds: ['construct'], sink: boltApp }),
  ),
];

/** Modules whose presence says the file talks to a platform, so its ordinary-word scopes (`repo`, `admin`) count. */
export const PLATFORM_MODULES: ReadonlyMap<string, Platform> = new Map<string, Platform>([
  ...STRATEGY_MODULES,
  ['@octokit/oauth-app', 'github'],
  ['@octokit/auth-oauth-user', 'github'],
  ['@octokit/auth-oauth-device', 'github'],
  ['@octokit/oauth-authorization-url', 'github'],
  ['@octokit/rest', 'github'],
  ['octokit', 'github'],
  ['@slack/oauth', 'slack'],
  ['@slack/bolt', 'slack'],
  ['@slack/web-api', 'slack'],
  ['next-auth/providers/github', 'github'],
  ['next-auth/providers/slack', 'slack'],
  ['@auth/core/providers/github', 'github'],
  ['@auth/core/providers/slack', 'slack'],
]);
export const PLATFORM_MODULE_LIST: readonly string[] = [...PLATFORM_MODULES.keys()];

// ---------------------------------------------------------------------------------------------------------------
// Constants that hold scopes.

/** Names of constants and keys that hold permission lists. */
export const SCOPE_HOLDER_NAME = /graphscopes|loginrequest|permissions|scopes?|tokenrequest/iu;

const NAME_HINTS: readonly (readonly [string, Platform])[] = [
  ['github', 'github'],
  ['octokit', 'github'],
  ['gh', 'github'],
  ['slack', 'slack'],
  ['google', 'google'],
  ['gmail', 'google'],
  ['gcp', 'google'],
  ['gapi', 'google'],
  ['graph', 'microsoft'],
  ['msal', 'microsoft'],
  ['azure', 'microsoft'],
  ['entra', 'microsoft'],
  ['microsoft', 'microsoft'],
];

/** The platforms a name points at: `githubScopes` → github, `SLACK_USER_SCOPES` → slack. */
export function platformsOfName(name: string): Platform[] {
  const words = nameWords(name);
  const found: Platform[] = [];
  for (const [word, platform] of NAME_HINTS) {
    if (words.includes(word) && !found.includes(platform)) found.push(platform);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading scope strings.

/** Scope values that are never a grant of access: OpenID Connect's own scopes. */
const OIDC_SCOPES: ReadonlySet<string> = new Set(['openid', 'profile', 'email', 'offline_access', 'address', 'phone']);
/** Plain-word scopes of the catalogued platforms that carry no punctuation. */
const PLAIN_WORD_SCOPES: ReadonlySet<string> = new Set([
  'repo',
  'user',
  'gist',
  'notifications',
  'workflow',
  'project',
  'codespace',
  'client',
  'admin',
  'identify',
  'bot',
  'commands',
  'incoming-webhook',
  'read',
  'post',
]);

/** A token shaped like an OAuth scope: an OIDC or plain-word scope, or a word joined by `.`, `:`, `/`, `_` or `-`. */
function isScopeShaped(token: string): boolean {
  if (OIDC_SCOPES.has(token) || PLAIN_WORD_SCOPES.has(token)) return true;
  let punctuated = false;
  for (const char of token) {
    if (char === '.' || char === ':' || char === '/' || char === '_' || char === '-') {
      punctuated = true;
    } else if (!((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9'))) {
      return false;
    }
  }
  return punctuated;
}

export interface ScopeToken {
  readonly text: string;
  /** Offset of the token in its string. */
  readonly start: number;
}

/**
 * The scopes of a string, with their offsets, split on whitespace (and on `,`, which GitHub and Slack accept).
 * A string with more than one word is read as scopes only when every word is shaped like a scope, so a sentence
 * that mentions a scope ("needs Mail.Read") is not one.
 */
export function scopeTokens(text: string): ScopeToken[] {
  const tokens: ScopeToken[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const char = index < text.length ? text.charAt(index) : ' ';
    const separator = char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === ',';
    if (separator) {
      if (start !== -1) tokens.push({ text: text.slice(start, index), start });
      start = -1;
    } else if (start === -1) {
      start = index;
    }
  }
  if (tokens.length > 1 && !tokens.every((token) => isScopeShaped(token.text))) return [];
  return tokens;
}

/** Where a scope is requested. */
export interface ScopeContext {
  /** Platforms known to be in play: their ordinary-word scopes (`repo`, `admin`) are read. */
  readonly known: ReadonlySet<Platform>;
  /** When true, only the `known` platforms' catalogues are consulted. */
  readonly exclusive: boolean;
  readonly flow: Flow;
  /** Slack user-token scopes. */
  readonly slackUser?: boolean;
}

export type FindingKind = 'tierZero' | 'overbroad' | 'slackUserWrite';

/** A requested scope that grants more than most apps need. */
export interface ScopeFinding {
  readonly kind: FindingKind;
  readonly platform: Platform;
  /** The name to show: the permission's canonical name, or the scope as written. */
  readonly label: string;
  readonly level: PrivilegeLevel;
  readonly grants: string;
  /** Replacement texts for the scope (resource prefix preserved), one per narrower alternative. */
  readonly replacements: readonly string[];
  /** The narrower alternatives as named in the message. */
  readonly narrower: readonly string[];
  readonly advice?: string;
  /** Where the permission name starts in the scope (after a resource prefix). */
  readonly nameStart: number;
  /** Names the `allow` option may use for it, lower-cased. */
  readonly names: readonly string[];
}

function reportable(level: CatalogueLevel): level is PrivilegeLevel {
  return level !== 'leaf';
}

/** The level of a Microsoft permission in a flow: delegated and unknown flows use the delegated level. */
export function microsoftLevel(permission: MicrosoftPermission, flow: Flow): CatalogueLevel {
  return flow === 'application' ? permission.level : (permission.delegatedLevel ?? permission.level);
}

function microsoftFinding(permission: MicrosoftPermission, level: PrivilegeLevel, prefix: string, nameStart: number, scope: string): ScopeFinding {
  const narrower = permission.narrower ?? [];
  return {
    kind: level === 'critical' && permission.resource === 'graph' ? 'tierZero' : 'overbroad',
    platform: 'microsoft',
    label: permission.name,
    level,
    grants: permission.grants,
    replacements: narrower.map((name) => `${prefix}${name}`),
    narrower,
    ...(permission.advice ? { advice: permission.advice } : {}),
    nameStart,
    names: [scope.toLowerCase(), permission.name.toLowerCase()],
  };
}

function classifyMicrosoft(scope: string, context: ScopeContext): ScopeFinding | null {
  const parsed = parseMicrosoftScope(scope);
  if (parsed.name === DEFAULT_SCOPE) return null;
  let permission: MicrosoftPermission | undefined;
  if (parsed.prefixed) {
    if (parsed.resource === null) return null;
    permission = findMicrosoftPermission(parsed.resource, parsed.name);
  } else {
    const candidates: readonly MicrosoftResource[] = ['graph', 'exchange'];
    for (const resource of candidates) {
      permission = findMicrosoftPermission(resource, parsed.name);
      if (permission) break;
    }
    if (permission?.prefixOnly) return null;
  }
  if (!permission) return null;
  const level = microsoftLevel(permission, context.flow);
  if (!reportable(level)) return null;
  return microsoftFinding(permission, level, scope.slice(0, parsed.nameStart), parsed.nameStart, scope);
}

function classifyGoogle(scope: string, context: ScopeContext): ScopeFinding | null {
  if (!isGoogleScopeUrl(scope)) return null;
  const entry = findGoogleScope(scope);
  if (!entry || !reportable(entry.level)) return null;
  if (entry.userConsentOnly && context.flow !== 'delegated') return null;
  const narrower = entry.narrower ?? [];
  return {
    kind: 'overbroad',
    platform: 'google',
    label: scope,
    level: entry.level,
    grants: entry.grants,
    replacements: narrower,
    narrower,
    ...(entry.advice ? { advice: entry.advice } : {}),
    nameStart: 0,
    names: [scope.toLowerCase(), entry.scope.toLowerCase()],
  };
}

function simpleFinding(
  platform: Platform,
  scope: string,
  entry: { level: CatalogueLevel; grants: string; narrower?: readonly string[]; advice?: string },
): ScopeFinding | null {
  if (!reportable(entry.level)) return null;
  const narrower = entry.narrower ?? [];
  return {
    kind: 'overbroad',
    platform,
    label: scope,
    level: entry.level,
    grants: entry.grants,
    replacements: narrower,
    narrower,
    ...(entry.advice ? { advice: entry.advice } : {}),
    nameStart: 0,
    names: [scope.toLowerCase()],
  };
}

function classifyGitHub(scope: string, context: ScopeContext): ScopeFinding | null {
  const entry = findGitHubScope(scope);
  if (!entry || (entry.commonWord && !context.known.has('github'))) return null;
  return simpleFinding('github', scope, entry);
}

function classifySlack(scope: string, context: ScopeContext): ScopeFinding | null {
  const entry = findSlackScope(scope);
  if (entry && (entry.level !== 'leaf' || !context.slackUser)) {
    if (entry.commonWord && !context.known.has('slack')) return null;
    return simpleFinding('slack', scope, entry);
  }
  if (context.slackUser && context.known.has('slack') && scope.endsWith(SLACK_WRITE_SUFFIX) && scope.length > SLACK_WRITE_SUFFIX.length) {
    return {
      kind: 'slackUserWrite',
      platform: 'slack',
      label: scope,
      level: 'medium',
      grants: 'lets this app write as the signed-in user rather than as its bot',
      replacements: [],
      narrower: [],
      nameStart: 0,
      names: [scope.toLowerCase()],
    };
  }
  return null;
}

const CLASSIFIERS: readonly (readonly [Platform, (scope: string, context: ScopeContext) => ScopeFinding | null])[] = [
  ['microsoft', classifyMicrosoft],
  ['google', classifyGoogle],
  ['github', classifyGitHub],
  ['slack', classifySlack],
];

/** What a requested scope grants beyond need, or `null` when it is not catalogued as broad in this context. */
export function classifyScope(scope: string, context: ScopeContext): ScopeFinding | null {
  for (const [platform, classify] of CLASSIFIERS) {
    if (context.exclusive && !context.known.has(platform)) continue;
    const finding = classify(scope, context);
    if (finding) return finding;
  }
  return null;
}

/** True when `scope` is `<resource>/.default`: every permission configured for the app at once. */
export function isDefaultScope(scope: string): boolean {
  const parsed = parseMicrosoftScope(scope);
  return parsed.prefixed && parsed.name === DEFAULT_SCOPE;
}

/** True when `level` is at or above `minimum`. */
export const meetsLevel: (level: PrivilegeLevel, minimum: PrivilegeLevel) => boolean = isAtLeast;

/**
 * OAuth endpoints whose requests carry the signed-in user's consent to `scope`, by the start of the URL after its
 * scheme, and the platform whose scope names they take.
 */
const OAUTH_ENDPOINTS: readonly (readonly [prefix: string, platform: Platform])[] = [
  ['login.microsoftonline.com/', 'microsoft'],
  ['login.microsoft.com/', 'microsoft'],
  ['login.windows.net/', 'microsoft'],
  ['accounts.google.com/o/oauth2/', 'google'],
  ['accounts.google.com/signin/oauth', 'google'],
  ['github.com/login/oauth/', 'github'],
  ['slack.com/oauth/', 'slack'],
];

/** The platform whose OAuth endpoint the URL starting with `text` addresses, or `null`. */
export function oauthEndpointPlatform(text: string): Platform | null {
  const head = text.slice(0, 64).toLowerCase();
  const rest = head.startsWith('https://') ? head.slice(8) : head.startsWith('http://') ? head.slice(7) : null;
  if (rest === null) return null;
  for (const [prefix, platform] of OAUTH_ENDPOINTS) if (rest.startsWith(prefix)) return platform;
  return null;
}

/** What separates scopes in a query value, raw (`%20`, `+`) or decoded. */
const QUERY_SEPARATORS: readonly string[] = ['%20', '+', ' ', ',', '%2C', '%2c'];

/**
 * The `scope` parameters written in `text`, a piece of a URL's query, decoded. With `open`, the piece is followed
 * by a substitution (`scope=repo%20${more}`), so a value that reaches its end may go on there: its last word, which
 * may be cut, is left out. A value that is not valid percent-encoding is left out.
 */
export function queryScopeValues(text: string, open: boolean): string[] {
  const values: string[] = [];
  for (let at = text.indexOf('scope='); at !== -1; at = text.indexOf('scope=', at + 1)) {
    const before = text.charAt(at - 1);
    if (before !== '?' && before !== '&') continue;
    const start = at + 'scope='.length;
    let end = text.length;
    for (const stop of ['&', '#']) {
      const index = text.indexOf(stop, start);
      if (index !== -1 && index < end) end = index;
    }
    let raw = text.slice(start, end);
    if (open && end === text.length) raw = raw.slice(0, Math.max(0, ...QUERY_SEPARATORS.map((separator) => raw.lastIndexOf(separator))));
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw.replaceAll('+', ' '));
    } catch {
      continue;
    }
    if (decoded.trim() !== '') values.push(decoded);
  }
  return values;
}
