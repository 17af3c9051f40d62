/**
 * Knowledge about app-only ("client credentials") token acquisition and its on-behalf-of counterpart, with no
 * ESLint dependency: which library calls return a token for the application's own identity, where each one
 * takes its scopes, which names and values mark an on-behalf-of exchange, and which resources are the
 * platform's own infrastructure (Key Vault, Storage, databases…) rather than a user-facing API.
 */
import type { ApiSet } from '../utils/module-tracker';
import { nameWords } from '../utils/name-words';

/** Where an app-only call takes its scopes: an argument that is the scope(s) itself, or keys of an options argument. */
export interface ScopeSource {
  /** The argument's position, or `any` to read every options-object argument. */
  readonly argument: number | 'any';
  /** Keys of the options object at `argument` whose values are scopes or resources; absent: the argument itself. */
  readonly keys?: readonly string[];
}

/** Keys that name the target resource in raw OAuth token requests and generic client-credentials helpers. */
export const RAW_SCOPE_KEYS: readonly string[] = ['scope', 'resource', 'audience'];

/** Credential classes of `@azure/identity` whose tokens carry the application's own identity, never a user's. */
const IDENTITY_APP_CREDENTIALS: readonly string[] = [
  'ClientSecretCredential',
  'ClientCertificateCredential',
  'ClientAssertionCredential',
  'ManagedIdentityCredential',
  'WorkloadIdentityCredential',
  'EnvironmentCredential',
  'DefaultAzureCredential',
  'ChainedTokenCredential',
];

/**
 * Constructions whose instances hand out app-only tokens, with the instance method that does it, and functions that
 * request one directly.
 * `acquireTokenByClientCredential` is not listed: its name is unique to msal-node and is matched on any receiver.
 */
export const APP_ONLY_CREDENTIAL_APIS: ApiSet = [
  ...IDENTITY_APP_CREDENTIALS.map((name) => ({
    module: '@azure/identity',
    path: [name],
    kinds: ['construct' as const],
    instanceMethods: ['getToken'],
  })),
  { module: '@azure/msal-node', path: ['ManagedIdentityApplication'], kinds: ['construct'], instanceMethods: ['acquireToken'] },
  { module: 'simple-oauth2', path: ['ClientCredentials'], kinds: ['construct'], instanceMethods: ['getToken'] },
  // Also found by name; listed so an aliased import (`import { clientCredentialsGrant as grant }`) is seen too.
  { module: 'openid-client', path: ['clientCredentialsGrant'], kinds: ['call'] },
];

/** The scope source of an instance method of `APP_ONLY_CREDENTIAL_APIS`, by module and method. */
export function instanceScopeSource(module: string, method: string): ScopeSource {
  if (module === '@azure/msal-node') return { argument: 0, keys: ['resource'] };
  if (module === 'simple-oauth2') return { argument: 0, keys: ['scope'] };
  // `credential.getToken(scopes)`: a string or an array of strings.
  return method === 'getToken' ? { argument: 0 } : { argument: 0, keys: RAW_SCOPE_KEYS };
}

/**
 * Methods whose name alone marks an app-only token request, on any receiver: msal-node's
 * `ConfidentialClientApplication#acquireTokenByClientCredential`, openid-client's `clientCredentialsGrant(config, params)`
 * and Auth0's `oauth.clientCredentialsGrant({ audience })`.
 */
export const APP_ONLY_METHODS: ReadonlyMap<string, ScopeSource> = new Map<string, ScopeSource>([
  ['acquireTokenByClientCredential', { argument: 0, keys: ['scopes'] }],
  ['clientCredentialsGrant', { argument: 'any', keys: RAW_SCOPE_KEYS }],
]);

/** The OAuth form field and value of a raw app-only token request. */
export const GRANT_TYPE_FIELD = 'grant_type';
export const CLIENT_CREDENTIALS_GRANT = 'client_credentials';

// ---------------------------------------------------------------------------------------------------------------
// On-behalf-of: the delegated exchange the rule asks for.

/** Calls that exchange the incoming user token (msal-node). */
export const OBO_METHODS: ReadonlySet<string> = new Set(['acquireTokenOnBehalfOf']);
/** Constructors of credentials bound to the incoming user token (`@azure/identity`). */
export const OBO_CONSTRUCTORS: ReadonlySet<string> = new Set(['OnBehalfOfCredential']);
/** Keys that carry the user assertion of an on-behalf-of request. */
export const OBO_KEYS: ReadonlySet<string> = new Set(['oboAssertion', 'userAssertionToken', 'requested_token_use']);
/** Values of raw on-behalf-of and token-exchange requests (Entra v2 OBO, RFC 8693). */
export const OBO_VALUES: ReadonlySet<string> = new Set(['on_behalf_of', 'urn:ietf:params:oauth:grant-type:token-exchange']);

/** True for a helper named as an on-behalf-of exchange: `getOboToken`, `acquireTokenOnBehalfOfUser`, `exchangeForObo`. */
export function isOboName(name: string): boolean {
  const words = nameWords(name);
  if (words.includes('obo')) return true;
  for (let index = 0; index + 2 < words.length; index += 1) {
    if (words[index] === 'on' && words[index + 1] === 'behalf' && words[index + 2] === 'of') return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Scopes and resources.

/**
 * Resources that belong to the platform the service runs on, not to a user: reaching them with the app's own
 * identity (typically a managed identity) is the intended design. Subdomains match (`contoso.vault.azure.net`).
 * Microsoft Graph, Azure Resource Manager, SharePoint and custom `api://` APIs are deliberately absent.
 */
export const DEFAULT_ALLOWED_RESOURCES: readonly string[] = [
  'https://vault.azure.net',
  'https://managedhsm.azure.net',
  'https://storage.azure.com',
  'https://blob.core.windows.net',
  'https://queue.core.windows.net',
  'https://table.core.windows.net',
  'https://file.core.windows.net',
  'https://dfs.core.windows.net',
  'https://database.windows.net',
  'https://redis.azure.com',
  'https://servicebus.azure.net',
  'https://eventhubs.azure.net',
  'https://azconfig.io',
  'https://cosmos.azure.com',
  'https://documents.azure.com',
  'https://cognitiveservices.azure.com',
  'https://search.azure.com',
  'https://monitor.azure.com',
];

const GUID_LENGTH = 36;
const GUID_DASHES: readonly number[] = [8, 13, 18, 23];

function isGuid(text: string): boolean {
  if (text.length !== GUID_LENGTH) return false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (GUID_DASHES.includes(index)) {
      if (char !== '-') return false;
    } else if (!((char >= '0' && char <= '9') || (char >= 'a' && char <= 'f'))) {
      return false;
    }
  }
  return true;
}

/**
 * The resource a scope or resource identifier names, lower-cased: `https://graph.microsoft.com/.default` →
 * `https://graph.microsoft.com`, `api://billing/.default` → `api://billing`, `00000003-…/.default` → the app id.
 * `null` for a bare permission name (`User.Read`), which names no resource of its own.
 */
export function scopeResource(scope: string): string | null {
  const text = scope.trim().toLowerCase();
  const schemeEnd = text.indexOf('://');
  if (schemeEnd > 0) {
    const rest = text.slice(schemeEnd + 3);
    const slash = rest.indexOf('/');
    const host = slash === -1 ? rest : rest.slice(0, slash);
    return host ? `${text.slice(0, schemeEnd)}://${host}` : null;
  }
  const slash = text.indexOf('/');
  const head = slash === -1 ? text : text.slice(0, slash);
  return isGuid(head) ? head : null;
}

/** True when `scope` targets one of `allowed` (resources or scopes), or a subdomain of an allowed `https` host. */
export function isAllowedScope(scope: string, allowed: readonly string[]): boolean {
  const resource = scopeResource(scope);
  if (resource === null) return false;
  return allowed.some((entry) => {
    const wanted = scopeResource(entry) ?? entry.trim().toLowerCase();
    if (resource === wanted) return true;
    return wanted.startsWith('https://') && resource.startsWith('https://') && resource.endsWith(`.${wanted.slice('https://'.length)}`);
  });
}

/** The individual scopes of a static value: a space-separated string or an array of them; `null` when not all are strings. */
export function scopesOf(value: unknown): string[] | null {
  const parts = Array.isArray(value) ? (value as unknown[]) : [value];
  const scopes: string[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') return null;
    for (const scope of part.split(' ')) if (scope.trim()) scopes.push(scope.trim());
  }
  return scopes;
}

function decodeFormComponent(text: string): string | null {
  try {
    return decodeURIComponent(text.split('+').join(' '));
  } catch {
    return null;
  }
}

/**
 * The fields of form-encoded text (`grant_type=client_credentials&scope=…`), also the query of a URL.
 * Fields that cannot be decoded are left out; `null` when the text holds no `name=value` pair.
 */
export function parseFormFields(text: string): Map<string, string> | null {
  const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  const fields = new Map<string, string>();
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const name = decodeFormComponent(pair.slice(0, equals));
    const value = decodeFormComponent(pair.slice(equals + 1));
    if (name !== null && value !== null) fields.set(name.trim(), value);
  }
  return fields.size > 0 ? fields : null;
}
