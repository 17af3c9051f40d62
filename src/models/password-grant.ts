/**
 * The resource owner password credentials grant (ROPC, `grant_type=password`) and its look-alikes: which library
 * APIs run it, which request parameters and sign-in flow names mean it. Plain data and string tests: no ESLint here.
 *
 * Sources (read from each package's published code or type declarations):
 * - @azure/msal-node 7: `ClientApplication#acquireTokenByUsernamePassword` (`@deprecated - Use a more secure flow
 *   instead`), on both `PublicClientApplication` and `ConfidentialClientApplication`; @azure/msal-browser and
 *   @azure/msal-common export no password flow.
 * - @azure/identity 4: `new UsernamePasswordCredential(tenantId, clientId, username, password)` (`@deprecated`).
 * - adal-node: `AuthenticationContext#acquireTokenWithUsernamePassword`; @azure/ms-rest-nodeauth and ms-rest-azure:
 *   `loginWithUsernamePassword`, `loginWithUsernamePasswordWithAuthResponse`, `new UserTokenCredentials(...)`.
 * - simple-oauth2 4+: `new ResourceOwnerPassword(config)`; 1–3: `create(config).ownerPassword.getToken(...)`.
 * - client-oauth2: `new ClientOAuth2(config).owner.getToken(username, password)`;
 *   @badgateway/oauth2-client: `new OAuth2Client(config).password({ username, password })`.
 * - auth0 (node) 2–4: `AuthenticationClient#passwordGrant` and `#oauth.passwordGrant` (password, or password-realm
 *   with `realm`); 4: `new OAuth(config).passwordGrant`; @auth0/auth0-auth-js: `AuthClient#getTokenByPassword`.
 * - auth0-js: `Authentication#login` (password-realm), `#loginWithDefaultDirectory` (password),
 *   `#loginWithResourceOwner` (legacy `/oauth/ro`); `WebAuth#client` is such an `Authentication`. `WebAuth#login` is
 *   cross-origin authentication, not a token-endpoint grant, and is not listed.
 * - openid-client 6: `genericGrantRequest(config, grantType, parameters)`; oauth4webapi 2–3:
 *   `genericTokenEndpointRequest(as, client, [clientAuth,] grantType, parameters)`.
 * - Amazon Cognito: `AuthFlow` `USER_PASSWORD_AUTH`, `ADMIN_USER_PASSWORD_AUTH`, `ADMIN_NO_SRP_AUTH`
 *   (@aws-sdk/client-cognito-identity-provider `AuthFlowType`, aws-sdk v2), amazon-cognito-identity-js
 *   `authenticationFlowType` / `setAuthenticationFlowType`, Amplify v5 `authenticationFlowType`, v6 `authFlowType`.
 */
import type { ApiSpec } from '../utils/module-tracker';

/** One library API that runs the password grant, and how to name it in a message. */
export interface PasswordGrantApi extends ApiSpec {
  /** What the message calls it, such as `acquireTokenByUsernamePassword()`. */
  readonly label: string;
  /**
   * `callee`: the construction or call itself is the password flow (report its callee).
   * `method`: the instance methods in `instanceMethods` are (report the method name).
   * `grantTypeArgument`: the call is a generic grant request; the grant type is one of its arguments.
   */
  readonly report: 'callee' | 'method' | 'grantTypeArgument';
}

const MSAL_METHOD = 'acquireTokenByUsernamePassword';
const ADAL_METHOD = 'acquireTokenWithUsernamePassword';
const AUTH0_METHOD = 'passwordGrant';
const AUTH0_AUTH_JS_METHOD = 'getTokenByPassword';

/** The APIs tracked through imports. Declared once: the list is the module tracker's cache key. */
export const PASSWORD_GRANT_APIS: readonly PasswordGrantApi[] = [
  // Microsoft.
  { module: '@azure/msal-node', path: ['PublicClientApplication'], kinds: ['construct'], instanceMethods: [MSAL_METHOD], report: 'method', label: MSAL_METHOD },
  { module: '@azure/msal-node', path: ['ConfidentialClientApplication'], kinds: ['construct'], instanceMethods: [MSAL_METHOD], report: 'method', label: MSAL_METHOD },
  { module: '@azure/identity', path: ['UsernamePasswordCredential'], kinds: ['construct'], report: 'callee', label: 'UsernamePasswordCredential' },
  { module: 'adal-node', path: ['AuthenticationContext'], kinds: ['construct'], instanceMethods: [ADAL_METHOD], report: 'method', label: ADAL_METHOD },
  ...['@azure/ms-rest-nodeauth', 'ms-rest-azure'].flatMap((module): PasswordGrantApi[] => [
    { module, path: ['loginWithUsernamePassword'], kinds: ['call'], report: 'callee', label: 'loginWithUsernamePassword' },
    { module, path: ['loginWithUsernamePasswordWithAuthResponse'], kinds: ['call'], report: 'callee', label: 'loginWithUsernamePasswordWithAuthResponse' },
    { module, path: ['UserTokenCredentials'], kinds: ['construct'], report: 'callee', label: 'UserTokenCredentials' },
  ]),
  // Generic OAuth clients.
  { module: 'simple-oauth2', path: ['ResourceOwnerPassword'], kinds: ['construct'], report: 'callee', label: 'ResourceOwnerPassword' },
  { module: '@badgateway/oauth2-client', path: ['OAuth2Client'], kinds: ['construct'], instanceMethods: ['password'], report: 'method', label: 'OAuth2Client#password' },
  { module: 'openid-client', path: ['genericGrantRequest'], kinds: ['call'], report: 'grantTypeArgument', label: 'genericGrantRequest' },
  { module: 'oauth4webapi', path: ['genericTokenEndpointRequest'], kinds: ['call'], report: 'grantTypeArgument', label: 'genericTokenEndpointRequest' },
  // Auth0.
  { module: 'auth0', path: ['AuthenticationClient'], kinds: ['construct'], instanceMethods: [AUTH0_METHOD], report: 'method', label: AUTH0_METHOD },
  { module: 'auth0', path: ['OAuth'], kinds: ['construct'], instanceMethods: [AUTH0_METHOD], report: 'method', label: AUTH0_METHOD },
  { module: '@auth0/auth0-auth-js', path: ['AuthClient'], kinds: ['construct'], instanceMethods: [AUTH0_AUTH_JS_METHOD], report: 'method', label: AUTH0_AUTH_JS_METHOD },
  {
    module: 'auth0-js',
    path: ['Authentication'],
    kinds: ['construct'],
    instanceMethods: ['login', 'loginWithDefaultDirectory', 'loginWithResourceOwner'],
    report: 'method',
    label: 'Authentication#login',
  },
];

/**
 * Method names that mean the password grant wherever they are called, because no other library uses them:
 * the instance often comes from elsewhere (a DI-injected client, `this.msalClient`).
 */
export const UNIQUE_PASSWORD_METHODS: ReadonlySet<string> = new Set([
  MSAL_METHOD,
  ADAL_METHOD,
  'loginWithDefaultDirectory',
  'loginWithResourceOwner',
]);

/**
 * Method names that mean the password grant only in a file that names the vendor (`auth0`): other SDKs and
 * home-grown token services use the same words.
 */
export const AUTH0_PASSWORD_METHODS: ReadonlySet<string> = new Set([AUTH0_METHOD, AUTH0_AUTH_JS_METHOD]);
export const AUTH0_MARKER = 'auth0';
/** auth0-js: `webAuth.client.login(...)`, in a file that imports auth0-js. */
export const AUTH0_JS_MARKER = 'auth0-js';

/** `x.<property>.getToken(...)`: simple-oauth2 1–3 `ownerPassword` (unique), client-oauth2 `owner` (needs a marker). */
export const OWNER_PASSWORD_PROPERTY = 'ownerPassword';
export const CLIENT_OAUTH2_OWNER_PROPERTY = 'owner';
export const CLIENT_OAUTH2_MARKERS: readonly string[] = ['client-oauth2', 'ClientOAuth2'];
export const GET_TOKEN_METHOD = 'getToken';

/** A class name that only @azure/identity uses; matched by name when the import is out of sight. */
export const USERNAME_PASSWORD_CREDENTIAL = 'UsernamePasswordCredential';

/** The OAuth grant types that send the resource owner's password. */
export const PASSWORD_GRANT_TYPES: ReadonlySet<string> = new Set([
  'password',
  'http://auth0.com/oauth/grant-type/password-realm',
]);

/** Keys that hold a token request's grant type: `grant_type` on the wire, `grantType` in some clients. */
export const GRANT_TYPE_KEY = 'grant_type';
export const CAMEL_GRANT_TYPE_KEY = 'grantType';

/** Keys of the resource owner's credentials in a token request. */
export const CREDENTIAL_KEYS: readonly string[] = ['username', 'password'];

/** Methods that add one parameter to a `URLSearchParams` or `FormData`. */
export const PARAMETER_SETTERS: ReadonlySet<string> = new Set(['append', 'set']);

export function isPasswordGrantType(value: unknown): value is string {
  return typeof value === 'string' && PASSWORD_GRANT_TYPES.has(value);
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

const GRANT_TYPE_PREFIX = `${GRANT_TYPE_KEY}=`;
/** What separates the parameters of a query string or form body (and the fragment). */
const PARAMETER_SEPARATOR = /[#&?]/u;

/**
 * True when a form body or query string (`grant_type=password&username=…`, `https://idp/token?grant_type=password`)
 * holds a password grant type as one of its parameters. `text` may contain U+0000 where an unknown value was
 * interpolated: a parameter that runs into one is not a known value.
 */
export function hasPasswordGrantParameter(text: string): boolean {
  if (!text.includes(GRANT_TYPE_PREFIX)) return false;
  for (const parameter of text.split(PARAMETER_SEPARATOR)) {
    if (!parameter.startsWith(GRANT_TYPE_PREFIX)) continue;
    const value = decode(parameter.slice(GRANT_TYPE_PREFIX.length));
    if (value !== null && isPasswordGrantType(value)) return true;
  }
  return false;
}

/** Amazon Cognito sign-in flows that send the plain password instead of an SRP proof. */
export const COGNITO_PASSWORD_FLOWS: ReadonlySet<string> = new Set([
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'ADMIN_NO_SRP_AUTH',
]);

/** Keys that select a Cognito sign-in flow: the API's `AuthFlow`, the JS SDK's and Amplify's option names. */
export const COGNITO_FLOW_KEYS: ReadonlySet<string> = new Set(['AuthFlow', 'authenticationFlowType', 'authFlowType']);

/** amazon-cognito-identity-js: `cognitoUser.setAuthenticationFlowType('USER_PASSWORD_AUTH')`. */
export const COGNITO_FLOW_SETTER = 'setAuthenticationFlowType';
