/**
 * Where identity traffic goes, by library: the option names that hold an authority, issuer, discovery or key-set
 * URL, an OAuth endpoint or a redirect URI; the switches that allow plain HTTP; and the shapes of HTTP client calls
 * (where the URL, the body and the options sit, and which options carry credentials).
 * Plain data: no ESLint here.
 *
 * Sources (option names read from each package's own source or types): @azure/msal-node and @azure/msal-browser
 * (`auth.authority`, `knownAuthorities`, `redirectUri`, `postLogoutRedirectUri`), @azure/identity (`authorityHost`),
 * passport-oauth2 (`authorizationURL`, `tokenURL`, `callbackURL`), passport-openidconnect (`issuer`, `userInfoURL`),
 * passport-azure-ad (`identityMetadata`, `redirectUrl`, `allowHttpForRedirectUrl`), openid-client 5 and 6
 * (`Issuer.discover`, `discovery`, `allowInsecureRequests`, server metadata `*_endpoint`, `jwks_uri`, `redirect_uris`),
 * oauth4webapi, jose (`createRemoteJWKSet`), jwks-rsa (`jwksUri`), express-openid-connect (`issuerBaseURL`, `baseURL`),
 * express-oauth2-jwt-bearer (`issuerBaseURL`, `jwksUri`), next-auth (`wellKnown`, provider `authorization` / `token` /
 * `userinfo`), simple-oauth2 (`tokenHost`, `authorizeHost`), oidc-client-ts (`authority`, `metadataUrl`, `redirect_uri`),
 * angular-oauth2-oidc (`issuer`, `loginUrl`, `requireHttps`), keycloak-connect / keycloak-js (`auth-server-url`, `url` + `realm`).
 */
import type { ApiSpec } from '../utils/module-tracker';
import { normalizeName } from './urls';

export interface IdentitySetting {
  /**
   * Keys of which at least one must sit in the same object for this key to mean an identity setting; `undefined` when
   * the key means one on its own. Generic names such as `redirectUrl` or `token` also appear in payment and other APIs.
   */
  readonly context?: readonly string[];
  /** The value may be `{ url: '…' }` (next-auth provider endpoints). */
  readonly urlObject?: boolean;
  /** The key is an identifier compared with a token claim (issuer); see `isIdentifierOnlyIssuer`. */
  readonly issuer?: boolean;
}

/** Keys that show an object configures an OAuth / OpenID Connect / SAML client. */
export const IDENTITY_CONTEXT_KEYS: readonly string[] = [
  'clientId',
  'clientID',
  'client_id',
  'clientSecret',
  'client_secret',
  'authority',
  'identityMetadata',
  'issuer',
  'issuerBaseURL',
  'scope',
  'scopes',
  'responseType',
  'response_type',
  'tenantId',
  'tenantID',
  'realm',
  'entryPoint',
  'idpCert',
  'authorizationURL',
  'tokenURL',
  'wellKnown',
];

const NEXT_AUTH_PROVIDER: readonly string[] = ['clientId', 'clientSecret', 'wellKnown'];

/** Option keys whose value is an identity endpoint (or a list of them), with any context they need. */
export const IDENTITY_SETTINGS: ReadonlyMap<string, IdentitySetting> = new Map<string, IdentitySetting>([
  // Authorities and issuers, discovery documents, key sets.
  ['authority', {}],
  ['authorityHost', {}],
  ['knownAuthorities', {}],
  ['issuer', { issuer: true }],
  ['issuerBaseURL', {}],
  ['issuerUrl', {}],
  ['issuerURL', {}],
  ['identityMetadata', {}],
  ['metadataUrl', {}],
  ['metadataURL', {}],
  ['metadataUri', {}],
  ['discoveryUrl', {}],
  ['discoveryURL', {}],
  ['discoveryUri', {}],
  ['discoveryEndpoint', {}],
  ['wellKnown', {}],
  ['wellKnownUrl', {}],
  ['jwksUri', {}],
  ['jwks_uri', {}],
  ['jwksUrl', {}],
  ['jwksURL', {}],
  ['jwksEndpoint', {}],
  ['auth-server-url', {}],
  ['authServerUrl', {}],
  ['serverUrl', { context: ['realm'] }],
  ['url', { context: ['realm'] }],
  // OAuth 2.0 / OpenID Connect endpoints.
  ['authorizationURL', {}],
  ['authorizationUrl', {}],
  ['authorizationEndpoint', {}],
  ['authorization_endpoint', {}],
  ['authorizeUrl', {}],
  ['authorizeHost', {}],
  ['tokenURL', {}],
  ['tokenUrl', {}],
  ['tokenUri', {}],
  ['tokenEndpoint', {}],
  ['token_endpoint', {}],
  ['tokenHost', {}],
  ['userInfoURL', {}],
  ['userInfoUrl', {}],
  ['userInfoEndpoint', {}],
  ['userinfoEndpoint', {}],
  ['userinfo_endpoint', {}],
  ['introspectionEndpoint', {}],
  ['introspection_endpoint', {}],
  ['introspectionUrl', {}],
  ['revocationEndpoint', {}],
  ['revocation_endpoint', {}],
  ['endSessionEndpoint', {}],
  ['end_session_endpoint', {}],
  ['registration_endpoint', {}],
  ['device_authorization_endpoint', {}],
  ['pushed_authorization_request_endpoint', {}],
  ['loginUrl', { context: IDENTITY_CONTEXT_KEYS }],
  ['logoutUrl', { context: IDENTITY_CONTEXT_KEYS }],
  // next-auth custom providers: `token: 'https://…'` or `token: { url: 'https://…', params }`.
  ['authorization', { context: NEXT_AUTH_PROVIDER, urlObject: true }],
  ['token', { context: NEXT_AUTH_PROVIDER, urlObject: true }],
  ['userinfo', { context: NEXT_AUTH_PROVIDER, urlObject: true }],
  // express-openid-connect: the application's own URL, where the provider sends the user back with a code.
  ['baseURL', { context: ['issuerBaseURL'] }],
  // Redirect URIs: where authorization codes and tokens are delivered.
  ['redirect_uri', {}],
  ['redirect_uris', {}],
  ['post_logout_redirect_uri', {}],
  ['post_logout_redirect_uris', {}],
  ['silent_redirect_uri', {}],
  ['postLogoutRedirectUri', {}],
  ['postLogoutRedirectUrl', {}],
  // `redirectUri` (MSAL, google-auth-library, Okta) and passport's `callbackURL` are OAuth names; `redirectUrl`,
  // `callbackUrl` and `callbackUri` are also used by payment and webhook APIs, so they need an OAuth client beside them.
  ['redirectUri', {}],
  ['redirectURI', {}],
  ['callbackURL', {}],
  ['redirectUrl', { context: IDENTITY_CONTEXT_KEYS }],
  ['redirectURL', { context: IDENTITY_CONTEXT_KEYS }],
  ['callbackUrl', { context: IDENTITY_CONTEXT_KEYS }],
  ['callbackUri', { context: IDENTITY_CONTEXT_KEYS }],
]);

/** Keys that mark a SAML configuration, whose `issuer` is an entity ID (a name, often `http://…`, never fetched). */
export const SAML_MARKER_KEYS: readonly string[] = ['entryPoint', 'idpCert', 'idpIssuer', 'identifierFormat', 'decryptionPvk', 'signatureAlgorithm'];

/**
 * AD FS access tokens carry `iss: http://<farm>/adfs/services/trust`: an identifier fixed by AD FS, not an address
 * any client connects to, so a verifier has to compare with it as written.
 */
export function isIdentifierOnlyIssuer(path: string | null): boolean {
  if (path === null) return false;
  let end = path.length;
  while (end > 0 && path.charAt(end - 1) === '/') end -= 1;
  return path.slice(0, end).toLowerCase() === '/adfs/services/trust';
}

/** A switch that lets an identity client use plain HTTP, with the value that does so. */
export interface InsecureSwitch {
  readonly value: boolean;
  /** The key naming the URL the switch applies to: the switch is harmless when that URL is statically loopback. */
  readonly urlKey: string;
  readonly context?: readonly string[];
}

export const INSECURE_SWITCHES: ReadonlyMap<string, InsecureSwitch> = new Map<string, InsecureSwitch>([
  // passport-azure-ad OIDCStrategy: accept an `http:` redirectUrl.
  ['allowHttpForRedirectUrl', { value: true, urlKey: 'redirectUrl' }],
  // angular-oauth2-oidc: `false` accepts `http:` for every endpoint, not only localhost (the default `'remoteOnly'`).
  ['requireHttps', { value: false, urlKey: 'issuer', context: ['issuer', 'clientId', 'loginUrl', 'tokenEndpoint'] }],
]);

/** openid-client and oauth4webapi APIs whose first argument is the authorization server's URL. */
export interface IdentityApi extends ApiSpec {
  /** Position of the URL argument. */
  readonly urlArgument: number;
  /** `identity`: discovery or key fetch; `bearer`: a request that carries an access token. */
  readonly traffic: 'identity' | 'bearer';
  readonly label: string;
}

export const IDENTITY_APIS: readonly IdentityApi[] = [
  { module: 'jose', path: ['createRemoteJWKSet'], kinds: ['call'], urlArgument: 0, traffic: 'identity', label: 'createRemoteJWKSet' },
  { module: 'openid-client', path: ['discovery'], kinds: ['call'], urlArgument: 0, traffic: 'identity', label: 'discovery' },
  {
    module: 'openid-client',
    path: ['dynamicClientRegistration'],
    kinds: ['call'],
    urlArgument: 0,
    traffic: 'identity',
    label: 'dynamicClientRegistration',
  },
  { module: 'openid-client', path: ['Issuer', 'discover'], kinds: ['call'], urlArgument: 0, traffic: 'identity', label: 'Issuer.discover' },
  {
    module: 'openid-client',
    path: ['fetchProtectedResource'],
    kinds: ['call'],
    urlArgument: 2,
    traffic: 'bearer',
    label: 'fetchProtectedResource',
  },
  { module: 'oauth4webapi', path: ['discoveryRequest'], kinds: ['call'], urlArgument: 0, traffic: 'identity', label: 'discoveryRequest' },
];

/** The value an openid-client / oauth4webapi program passes to allow plain-HTTP requests. */
export const ALLOW_INSECURE_APIS: readonly ApiSpec[] = [
  { module: 'openid-client', path: ['allowInsecureRequests'], kinds: ['read'] },
  { module: 'oauth4webapi', path: ['allowInsecureRequests'], kinds: ['read'] },
];

/** The openid-client calls that take `{ execute: [allowInsecureRequests] }` and the URL they connect to. */
export const SERVER_URL_ARGUMENT: ReadonlyMap<string, number> = new Map([
  ['discovery', 0],
  ['dynamicClientRegistration', 0],
]);

// ---------------------------------------------------------------------------------------------------------------
// HTTP clients.

/** How a client library reads its options. */
export interface ClientStyle {
  /** Keys holding the request URL. */
  readonly urlKeys: readonly string[];
  /** Keys holding a base URL that relative request URLs are resolved against. */
  readonly baseKeys: readonly string[];
  /** Keys holding a headers object. */
  readonly headerKeys: readonly string[];
  /** Keys holding a body (object, string, URLSearchParams, `JSON.stringify(…)`). */
  readonly bodyKeys: readonly string[];
  /** Keys holding a query object. */
  readonly queryKeys: readonly string[];
  /** Keys whose mere presence sends credentials (`auth` for axios, `username`/`password` for got). */
  readonly credentialKeys: readonly string[];
  /** Node's own `http` module: the scheme is plain HTTP whatever the URL says, and the host may be an option. */
  readonly nodeHttp?: boolean;
}

export type ClientStyleName = 'fetch' | 'axios' | 'got' | 'needle' | 'request' | 'superagent' | 'node-http' | 'ws' | 'socket.io';

export const CLIENT_STYLES: Readonly<Record<ClientStyleName, ClientStyle>> = {
  fetch: { urlKeys: [], baseKeys: [], headerKeys: ['headers'], bodyKeys: ['body'], queryKeys: [], credentialKeys: [] },
  axios: {
    urlKeys: ['url'],
    baseKeys: ['baseURL'],
    headerKeys: ['headers'],
    bodyKeys: ['data'],
    queryKeys: ['params'],
    credentialKeys: ['auth'],
  },
  got: {
    urlKeys: ['url'],
    baseKeys: ['prefixUrl'],
    headerKeys: ['headers'],
    bodyKeys: ['json', 'form', 'body'],
    queryKeys: ['searchParams'],
    credentialKeys: ['username', 'password'],
  },
  needle: { urlKeys: [], baseKeys: [], headerKeys: ['headers'], bodyKeys: [], queryKeys: [], credentialKeys: ['username', 'password'] },
  request: {
    urlKeys: ['url', 'uri'],
    baseKeys: ['baseUrl'],
    headerKeys: ['headers'],
    bodyKeys: ['form', 'json', 'body'],
    queryKeys: ['qs'],
    credentialKeys: ['auth'],
  },
  superagent: { urlKeys: [], baseKeys: [], headerKeys: [], bodyKeys: [], queryKeys: [], credentialKeys: [] },
  'node-http': { urlKeys: [], baseKeys: [], headerKeys: ['headers'], bodyKeys: [], queryKeys: [], credentialKeys: ['auth'], nodeHttp: true },
  ws: { urlKeys: [], baseKeys: [], headerKeys: ['headers'], bodyKeys: [], queryKeys: [], credentialKeys: [] },
  'socket.io': { urlKeys: [], baseKeys: [], headerKeys: ['extraHeaders'], bodyKeys: [], queryKeys: ['query'], credentialKeys: ['auth'] },
};

/** One HTTP client API: where its arguments sit. `-1` means "not taken". */
export interface RequestApi extends ApiSpec {
  readonly style: ClientStyleName;
  /** Position of the URL; when the argument there is an object, it is the options (axios(config), got(options)). */
  readonly urlArgument: number;
  readonly bodyArgument: number;
  readonly optionsArgument: number;
  /** For `create`/`extend`: the methods of the instance it returns, with their own shapes. */
  readonly instance?: 'axios' | 'got';
}

export interface MethodShape {
  readonly urlArgument: number;
  readonly bodyArgument: number;
  readonly optionsArgument: number;
}

const URL_OPTIONS: MethodShape = { urlArgument: 0, bodyArgument: -1, optionsArgument: 1 };
const URL_BODY_OPTIONS: MethodShape = { urlArgument: 0, bodyArgument: 1, optionsArgument: 2 };
const OPTIONS_ONLY: MethodShape = { urlArgument: -1, bodyArgument: -1, optionsArgument: 0 };

/** axios methods (on the default export and on instances from `axios.create`). */
export const AXIOS_METHODS: ReadonlyMap<string, MethodShape> = new Map([
  ['request', OPTIONS_ONLY],
  ['get', URL_OPTIONS],
  ['delete', URL_OPTIONS],
  ['head', URL_OPTIONS],
  ['options', URL_OPTIONS],
  ['post', URL_BODY_OPTIONS],
  ['put', URL_BODY_OPTIONS],
  ['patch', URL_BODY_OPTIONS],
  ['postForm', URL_BODY_OPTIONS],
  ['putForm', URL_BODY_OPTIONS],
  ['patchForm', URL_BODY_OPTIONS],
]);

/** got and ky methods (also on instances from `got.extend` / `ky.create`). */
export const GOT_METHODS: ReadonlyMap<string, MethodShape> = new Map(
  ['get', 'post', 'put', 'patch', 'delete', 'head'].map((method) => [method, URL_OPTIONS]),
);

function methods(module: string, style: ClientStyleName, shapes: ReadonlyMap<string, MethodShape>): RequestApi[] {
  return [...shapes].map(([method, shape]): RequestApi => ({ module, path: [method], kinds: ['call'], style, ...shape }));
}

export const REQUEST_APIS: readonly RequestApi[] = [
  // fetch polyfills and undici.
  { module: 'node-fetch', path: [], kinds: ['call'], style: 'fetch', ...URL_OPTIONS },
  { module: 'cross-fetch', path: [], kinds: ['call'], style: 'fetch', ...URL_OPTIONS },
  { module: 'cross-fetch', path: ['fetch'], kinds: ['call'], style: 'fetch', ...URL_OPTIONS },
  { module: 'undici', path: ['fetch'], kinds: ['call'], style: 'fetch', ...URL_OPTIONS },
  { module: 'undici', path: ['request'], kinds: ['call'], style: 'fetch', ...URL_OPTIONS },
  // axios: axios(url, config) / axios(config), its methods, and instances.
  { module: 'axios', path: [], kinds: ['call'], style: 'axios', ...URL_OPTIONS },
  ...methods('axios', 'axios', AXIOS_METHODS),
  { module: 'axios', path: ['create'], kinds: ['call'], style: 'axios', ...OPTIONS_ONLY, instanceMethods: [...AXIOS_METHODS.keys()], instance: 'axios' },
  // got and ky.
  { module: 'got', path: [], kinds: ['call'], style: 'got', ...URL_OPTIONS },
  ...methods('got', 'got', GOT_METHODS),
  { module: 'got', path: ['extend'], kinds: ['call'], style: 'got', ...OPTIONS_ONLY, instanceMethods: [...GOT_METHODS.keys()], instance: 'got' },
  { module: 'ky', path: [], kinds: ['call'], style: 'got', ...URL_OPTIONS },
  ...methods('ky', 'got', GOT_METHODS),
  { module: 'ky', path: ['create'], kinds: ['call'], style: 'got', ...OPTIONS_ONLY, instanceMethods: [...GOT_METHODS.keys()], instance: 'got' },
  { module: 'ky', path: ['extend'], kinds: ['call'], style: 'got', ...OPTIONS_ONLY, instanceMethods: [...GOT_METHODS.keys()], instance: 'got' },
  // needle(method, url, data, options) and its methods.
  { module: 'needle', path: [], kinds: ['call'], style: 'needle', urlArgument: 1, bodyArgument: 2, optionsArgument: 3 },
  { module: 'needle', path: ['request'], kinds: ['call'], style: 'needle', urlArgument: 1, bodyArgument: 2, optionsArgument: 3 },
  { module: 'needle', path: ['get'], kinds: ['call'], style: 'needle', ...URL_OPTIONS },
  { module: 'needle', path: ['head'], kinds: ['call'], style: 'needle', ...URL_OPTIONS },
  ...['post', 'put', 'patch', 'delete'].map(
    (method): RequestApi => ({ module: 'needle', path: [method], kinds: ['call'], style: 'needle', ...URL_BODY_OPTIONS }),
  ),
  // request / request-promise: request(url | options, options?).
  ...['request', 'request-promise', 'request-promise-native'].flatMap((module): RequestApi[] => [
    { module, path: [], kinds: ['call'], style: 'request', ...URL_OPTIONS },
    ...['get', 'post', 'put', 'patch', 'del', 'delete', 'head'].map(
      (method): RequestApi => ({ module, path: [method], kinds: ['call'], style: 'request', ...URL_OPTIONS }),
    ),
  ]),
  // superagent: the chain after the call carries the headers and body.
  { module: 'superagent', path: [], kinds: ['call'], style: 'superagent', urlArgument: 1, bodyArgument: -1, optionsArgument: -1 },
  ...['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options'].map(
    (method): RequestApi => ({ module: 'superagent', path: [method], kinds: ['call'], style: 'superagent', ...URL_OPTIONS, optionsArgument: -1 }),
  ),
  // Node's http module (not https): request(url, options?, cb) / request(options, cb).
  { module: 'http', path: ['request'], kinds: ['call'], style: 'node-http', ...URL_OPTIONS },
  { module: 'http', path: ['get'], kinds: ['call'], style: 'node-http', ...URL_OPTIONS },
  // ws: new WebSocket(address, protocols?, options?).
  { module: 'ws', path: [], kinds: ['construct'], style: 'ws', urlArgument: 0, bodyArgument: -1, optionsArgument: 2 },
  { module: 'ws', path: ['WebSocket'], kinds: ['construct'], style: 'ws', urlArgument: 0, bodyArgument: -1, optionsArgument: 2 },
  { module: 'isomorphic-ws', path: [], kinds: ['construct'], style: 'ws', urlArgument: 0, bodyArgument: -1, optionsArgument: 2 },
  // socket.io-client: io(url, options).
  { module: 'socket.io-client', path: [], kinds: ['call'], style: 'socket.io', ...URL_OPTIONS },
  { module: 'socket.io-client', path: ['io'], kinds: ['call'], style: 'socket.io', ...URL_OPTIONS },
  { module: 'socket.io-client', path: ['connect'], kinds: ['call'], style: 'socket.io', ...URL_OPTIONS },
  { module: 'socket.io-client', path: ['Manager'], kinds: ['construct'], style: 'socket.io', ...URL_OPTIONS },
];

/**
 * axios's shared configuration, which every request of the default client inherits: `axios.defaults` (its
 * `baseURL`, `headers`, `auth`) and the request interceptors of `axios.interceptors.request.use(…)`. Instances from
 * `axios.create` have the same two members.
 */
export const AXIOS_SHARED_CONFIG_APIS: readonly ApiSpec[] = [
  { module: 'axios', path: ['defaults'], kinds: ['read'] },
  { module: 'axios', path: ['interceptors', 'request', 'use'], kinds: ['call'] },
];

/** The header groups of axios's `defaults.headers`: `common` and one per method. */
export const AXIOS_HEADER_GROUPS: ReadonlySet<string> = new Set(['common', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch']);

/** Globals that make requests: `fetch(url, init)` and the browser's `new WebSocket(url)`. */
export const GLOBAL_REQUESTS: ReadonlyMap<string, { readonly style: ClientStyleName } & MethodShape> = new Map([
  ['fetch', { style: 'fetch' as const, ...URL_OPTIONS }],
  ['WebSocket', { style: 'ws' as const, urlArgument: 0, bodyArgument: -1, optionsArgument: 2 }],
]);

/** The method shapes of an instance returned by `axios.create` / `got.extend`. */
export function instanceMethodShape(instance: 'axios' | 'got', method: string): MethodShape | undefined {
  return (instance === 'axios' ? AXIOS_METHODS : GOT_METHODS).get(method);
}

// ---------------------------------------------------------------------------------------------------------------
// What counts as a credential.

/** Request headers (lower case) that carry credentials. */
const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
  'api-key',
  'x-auth-token',
  'x-access-token',
  'ocp-apim-subscription-key',
]);

/** Body fields (compared without case, `_` or `-`) that carry credentials. */
const CREDENTIAL_FIELDS: ReadonlySet<string> = new Set([
  'granttype',
  'clientsecret',
  'clientassertion',
  'refreshtoken',
  'accesstoken',
  'idtoken',
  'codeverifier',
  'subjecttoken',
  'password',
  'passwd',
  'token',
  'apikey',
  'secret',
]);

/** True for a request header that carries credentials: `Authorization`, `Cookie`, `X-API-Key`… */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADERS.has(name.toLowerCase());
}

/** True for a body field that carries credentials: `grant_type`, `client_secret`, `password`, `refresh_token`… */
export function isCredentialField(name: string): boolean {
  return CREDENTIAL_FIELDS.has(normalizeName(name));
}

/** The field names of `a=1&b=2` form-encoded text. */
export function formFieldNames(text: string): string[] {
  const names: string[] = [];
  for (const pair of text.split('&')) {
    const equals = pair.indexOf('=');
    if (equals > 0) names.push(pair.slice(0, equals));
  }
  return names;
}
