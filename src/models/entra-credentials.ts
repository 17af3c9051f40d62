/**
 * How Node.js code proves an application's identity to Microsoft Entra ID, by library: which APIs authenticate the
 * app with a client secret, where MSAL and passport-azure-ad take one, which certificate settings are deprecated,
 * and which URLs are Entra token endpoints. Plain data and string functions: no ESLint here.
 *
 * Checked against the packages' own source (npm pack): @azure/identity 4.13 (`ClientSecretCredential(tenantId,
 * clientId, clientSecret)` and the secretless credentials), @azure/msal-node 7.2 (`auth.clientSecret`,
 * `auth.clientAssertion`, `auth.clientCertificate.{thumbprint (@deprecated, SHA-1), thumbprintSha256, privateKey}`; when
 * both thumbprints are set the SHA-256 one is used), passport-azure-ad 4.3 (`OIDCStrategy` takes `clientSecret`, or
 * `thumbprint` + `privatePEMKey` for a certificate-signed client assertion), and the retired adal-node,
 * ms-rest-azure and @azure/ms-rest-nodeauth service-principal logins.
 */
import type { ApiSpec } from '../utils/module-tracker';
import { analyzeUrl, type UrlPart } from './urls';

/** An API whose use authenticates the application with a client secret. */
export interface SecretCredentialApi extends ApiSpec {
  /** How the API is named in the message. */
  readonly label: string;
}

/** Constructions and calls that authenticate with a client secret, reported wherever they appear. */
export const SECRET_CREDENTIAL_APIS: readonly SecretCredentialApi[] = [
  { module: '@azure/identity', path: ['ClientSecretCredential'], kinds: ['construct'], label: 'ClientSecretCredential' },
  // Retired SDKs, still found in older services: each is a service-principal login with a secret.
  {
    module: 'adal-node',
    path: ['AuthenticationContext'],
    kinds: ['construct'],
    instanceMethods: ['acquireTokenWithClientCredentials'],
    label: 'acquireTokenWithClientCredentials',
  },
  ...['@azure/ms-rest-nodeauth', 'ms-rest-azure'].flatMap((module): SecretCredentialApi[] => [
    { module, path: ['loginWithServicePrincipalSecret'], kinds: ['call'], label: 'loginWithServicePrincipalSecret' },
    {
      module,
      path: ['loginWithServicePrincipalSecretWithAuthResponse'],
      kinds: ['call'],
      label: 'loginWithServicePrincipalSecretWithAuthResponse',
    },
    { module, path: ['ApplicationTokenCredentials'], kinds: ['construct'], label: 'ApplicationTokenCredentials' },
  ]),
];

/** msal-node's confidential client: its first argument is the configuration. */
export const MSAL_CONFIDENTIAL_APIS: readonly ApiSpec[] = [
  { module: '@azure/msal-node', path: ['ConfidentialClientApplication'], kinds: ['construct'] },
];

/** passport-azure-ad's OpenID Connect strategy: its first argument holds the client credential. */
export const PASSPORT_AZURE_AD_APIS: readonly ApiSpec[] = [{ module: 'passport-azure-ad', path: ['OIDCStrategy'], kinds: ['construct'] }];

/** The MSAL configuration key that holds the client credentials. */
export const MSAL_AUTH_KEY = 'auth';
export const MSAL_SECRET_KEY = 'clientSecret';
export const MSAL_CERTIFICATE_KEY = 'clientCertificate';
export const SHA1_THUMBPRINT_KEY = 'thumbprint';
export const SHA256_THUMBPRINT_KEY = 'thumbprintSha256';
export const CERTIFICATE_KEY_KEY = 'privateKey';

/** The top-level keys of an MSAL `Configuration`. */
export const MSAL_CONFIGURATION_KEYS: ReadonlySet<string> = new Set(['auth', 'cache', 'system', 'broker', 'telemetry']);

/** Keys of an MSAL `auth` object besides the client ID that mark it as MSAL's (they name the Entra authority). */
export const MSAL_AUTHORITY_KEYS: readonly string[] = [
  'authority',
  'knownAuthorities',
  'azureCloudOptions',
  'cloudDiscoveryMetadata',
  'authorityMetadata',
];

/** Keys of an MSAL `Configuration` besides `auth`. */
export const MSAL_SIBLING_KEYS: readonly string[] = ['cache', 'system', 'broker', 'telemetry'];

/** passport-azure-ad's own key: any object that has it configures the library (`config.creds` in its samples). */
export const PASSPORT_AZURE_AD_MARKER = 'identityMetadata';
export const PASSPORT_SECRET_KEY = 'clientSecret';

/** The OAuth 2.0 form field that carries a client secret (RFC 6749 §2.3.1). */
export const RAW_SECRET_FIELD = 'client_secret';

/** Host names of the Entra token service in the public, government and sovereign clouds. */
const ENTRA_HOSTS: ReadonlySet<string> = new Set([
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'login.microsoftonline.us',
  'login-us.microsoftonline.com',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.microsoftonline.de',
]);

/** Domains under which Azure AD B2C and Entra External ID tenants get their own token host. */
const ENTRA_TENANT_DOMAINS: readonly string[] = ['.b2clogin.com', '.ciamlogin.com'];

/** The v2.0 token path: used by the Microsoft identity platform and B2C, and not by other providers. */
const V2_TOKEN_PATH = '/oauth2/v2.0/token';
const OAUTH2_SEGMENT = '/oauth2/';
const TOKEN_SEGMENT = 'token';
/** Stands for a run-time value while the parts are searched as one string. */
const HOLE = '\u0000';

/** True for an Entra token host: `login.microsoftonline.com`, a sovereign cloud's, or a B2C / External ID tenant's. */
export function isEntraHost(host: string): boolean {
  const lower = host.toLowerCase();
  return ENTRA_HOSTS.has(lower) || ENTRA_TENANT_DOMAINS.some((domain) => lower.endsWith(domain));
}

/**
 * True when a URL, given as parts, is an Entra token endpoint: a path that ends in `/oauth2/v2.0/token`, which only the
 * Microsoft identity platform (B2C and its custom domains included) uses, whatever the host, even a run-time one
 * (`${authority}/oauth2/v2.0/token`); or an Entra host with a v1 path under `/oauth2/` that ends in `/token`.
 */
export function isEntraTokenEndpoint(parts: readonly UrlPart[]): boolean {
  const text = parts.map((part) => part ?? HOLE).join('').toLowerCase();
  const end = firstIndexOf(text, '?#');
  if (text.slice(0, end).endsWith(V2_TOKEN_PATH)) return true;
  const url = analyzeUrl(parts);
  if (url?.lastSegment !== TOKEN_SEGMENT || !text.includes(OAUTH2_SEGMENT)) return false;
  if (url.host !== null) return isEntraHost(url.host);
  const suffix = url.hostSuffix;
  return suffix !== null && ENTRA_TENANT_DOMAINS.some((domain) => suffix.endsWith(domain));
}

function firstIndexOf(text: string, characters: string): number {
  for (let index = 0; index < text.length; index += 1) if (characters.includes(text.charAt(index))) return index;
  return text.length;
}

/**
 * True for an OAuth scope string that only Entra issues tokens for: a resource's `/.default` scope
 * (`https://graph.microsoft.com/.default`), alone or in a space-separated list.
 */
export function isEntraDefaultScope(scope: string): boolean {
  return scope.split(' ').some((item) => item.length > '/.default'.length && item.endsWith('/.default'));
}
