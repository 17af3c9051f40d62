import rule from '../../src/rules/no-implicit-flow';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-implicit-flow', rule, {
  valid: [
    // Authorization code flow (with PKCE) in every library.
    `import { UserManager } from 'oidc-client-ts';
export const userManager = new UserManager({ authority, client_id: 'spa', redirect_uri: origin + '/callback', response_type: 'code', scope: 'openid profile' });`,
    `const { UserManager } = require('oidc-client');
const mgr = new UserManager({ authority: 'https://idp.example.com', client_id: 'spa', response_type: 'code' });`,
    `import auth0 from 'auth0-js';
const webAuth = new auth0.WebAuth({ domain: 'tenant.auth0.com', clientID: 'abc', responseType: 'code', redirectUri });`,
    // Hybrid flow without an access token, and sign-in only: the ID token is not a credential for an API.
    `passport.use(new OIDCStrategy({ identityMetadata, clientID, responseType: 'code id_token', responseMode: 'form_post', redirectUrl }, verify));`,
    `passport.use(new OIDCStrategy({ identityMetadata, clientID, responseType: 'id_token code', responseMode: 'form_post', redirectUrl }, verify));`,
    `passport.use(new OIDCStrategy({ identityMetadata, clientID, responseType: 'id_token', responseMode: 'form_post', redirectUrl }, verify));`,
    `const params = { response_type: 'none', prompt: 'none', client_id: clientId };`,
    // Values known only at run time are the deployment's choice.
    `const settings = { authority, client_id, response_type: process.env.RESPONSE_TYPE };`,
    `const settings = { authority, client_id, response_type: useLegacy ? 'token' : 'code' };`,
    // Other meanings of `responseType`: HTTP clients and XHR.
    `axios.get('/report', { responseType: 'blob' });`,
    `const xhr = new XMLHttpRequest(); xhr.responseType = 'json';`,
    `http.get(url, { responseType: 'arraybuffer', timeout: 5000 });`,
    // A lone `responseType: 'token'` with nothing OAuth about it.
    `const message = { responseType: 'token', payload };`,
    `cache.responseType = 'token';`,
    // Authorize URLs that use the code flow or whose response type is a run-time value.
    "const url = `${issuer}/authorize?response_type=code&client_id=${clientId}&code_challenge=${challenge}&code_challenge_method=S256`;",
    "const url = `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${id}&response_type=code%20id_token&response_mode=form_post`;",
    "const url = `${issuer}/authorize?client_id=${id}&response_type=${responseType}`;",
    "const url = issuer + '/authorize?response_type=' + type + '&client_id=' + id;",
    "const url = `${base}/authorize?response_type=token${suffix}`;",
    // Other parameters that mention tokens.
    "const url = `${issuer}/oauth2/token?grant_type=refresh_token&token_type_hint=access_token`;",
    "const revoke = `${issuer}/revoke?token=${token}`;",
    // Strings that only check a URL.
    `if (location.href.includes('response_type=token')) warn();`,
    `expect(loginUrl).toContain('response_type=code');`,
    `expect(buildUrl()).toContain('&response_type=token');`,
    // Query parameters set to the code flow.
    `const params = new URLSearchParams(); params.set('response_type', 'code'); params.set('code_challenge_method', 'S256');`,
    `url.searchParams.append('response_type', 'code');`,
    `headers.set('responseType', 'token');`,
    // keycloak-js standard flow, and `flow` elsewhere.
    `keycloak.init({ onLoad: 'login-required', flow: 'standard', pkceMethod: 'S256' });`,
    `const swagger = { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://idp.example.com/authorize', scopes: {} };`,
    `const pipeline = { flow: 'implicit', steps };`,
    // angular-oauth2-oidc with the code flow, or with an ID token only.
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = {
  issuer: 'https://idsvr.example.com',
  redirectUri: window.location.origin + '/index.html',
  clientId: 'spa',
  responseType: 'code',
  scope: 'openid profile email offline_access api',
};`,
      filename: 'auth.config.ts',
    },
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = { issuer, clientId: 'spa', redirectUri, requestAccessToken: false, scope: 'openid profile' };`,
      filename: 'auth.config.ts',
    },
    {
      // Not a closed object: the spread may set `responseType`.
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = { ...environment.auth, issuer, clientId: 'spa' };`,
      filename: 'auth.config.ts',
    },
    {
      // A local `AuthConfig` type is not angular-oauth2-oidc's.
      code: `interface AuthConfig { issuer: string; clientId: string; responseType?: string }
const authConfig: AuthConfig = { issuer, clientId: 'spa' };`,
      filename: 'auth.ts',
    },
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = { issuer, clientId: 'spa', responseType: environment.responseType };`,
      filename: 'auth.config.ts',
    },
    // The AuthConfig is changed later, may be reassigned, or is the password-flow setup.
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
const authConfig: AuthConfig = { issuer, clientId: 'spa', scope: 'openid api' };
authConfig.responseType = 'code';`,
      filename: 'auth.config.ts',
    },
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
let authConfig: AuthConfig = { issuer, clientId: 'spa' };`,
      filename: 'auth.config.ts',
    },
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authPasswordFlowConfig: AuthConfig = { issuer, clientId: 'demo-resource-owner', dummyClientSecret: 'geheim', scope: 'openid profile offline_access', oidc: false };`,
      filename: 'auth-password.config.ts',
    },
    // Expectations in tests describe a URL or parameters; they do not request anything.
    `expect(parseQuery(redirect)).toEqual({ response_type: 'token', client_id: 'spa' });`,
    `const pattern = new RegExp('[?&]response_type=token');`,
    // A require shadowed by a local function, and a local module that shares a name.
    `function load(require) { return require('msal'); }`,
    `const { UserAgentApplication } = require('./msal-shim'); new UserAgentApplication(config);`,
    // keycloak-js options with the standard flow.
    {
      code: `import Keycloak, { type KeycloakInitOptions } from 'keycloak-js';
const initOptions: KeycloakInitOptions = { onLoad: 'check-sso', pkceMethod: 'S256', flow: 'standard' };`,
      filename: 'keycloak.ts',
    },
    // MSAL.js 2+ and the libraries built on it.
    `import { PublicClientApplication } from '@azure/msal-browser';
export const msalInstance = new PublicClientApplication({ auth: { clientId, authority, redirectUri } });`,
    `import { MsalProvider, useMsal } from '@azure/msal-react';`,
    {
      code: `import { MsalModule, MsalGuard, MsalInterceptor, MsalBroadcastService, MSAL_INSTANCE } from '@azure/msal-angular';
import { PublicClientApplication, InteractionType } from '@azure/msal-browser';
MsalModule.forRoot(new PublicClientApplication({ auth: { clientId } }), { interactionType: InteractionType.Redirect }, { interactionType: InteractionType.Redirect, protectedResourceMap });`,
      filename: 'app.module.ts',
    },
    `const { ConfidentialClientApplication } = require('@azure/msal-node');`,
    // Names that contain an implicit-only package name, and a type-only import.
    `import { something } from 'msal-helpers';`,
    { code: `import type { Configuration } from 'msal';`, filename: 'types.ts' },
    // adal-node's AuthenticationContext (server side) takes an authority URL.
    `const { AuthenticationContext } = require('adal-node'); const context = new AuthenticationContext(authorityUrl);`,
    `const context = new AuthenticationContext('https://login.microsoftonline.com/contoso.onmicrosoft.com');`,
    // A local class named like the MSAL.js 1.x one.
    `class UserAgentApplication {} const app = new UserAgentApplication();`,
    `const Msal = loadFake(); const app = new Msal.UserAgentApplication(config);`,
    // A `flow: 'implicit'` with nothing of keycloak-js about it, beside an HTTP client's response type.
    `const options = { responseType: 'json', flow: 'implicit' };`,
    // MSAL.js 2+ in a file that also says `hybrid`: no MSAL.js 1.x module, no keycloak-js options.
    `import { PublicClientApplication } from '@azure/msal-browser';
export const msal = new PublicClientApplication({ auth: { clientId } });
export const flow = 'hybrid';`,
  ],
  invalid: [
    // Reached the hard way: each must still be read where the listeners take their shortcuts.
    {
      // `response_type=` with an escaped `=`: the text holds only the name part verbatim.
      code: `const url = 'https://login.example.com/authorize?client_id=spa&response_type\\=token&redirect_uri=' + callback;`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'token' }, line: 1, column: 13, endColumn: 99 }],
    },
    {
      // A computed key held in a const.
      code: `const RESPONSE_TYPE_KEY = 'response_type';
const params = { client_id: 'spa', [RESPONSE_TYPE_KEY]: 'token', redirect_uri: callback };`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'token' }, line: 2, column: 36, endColumn: 64 }],
    },
    {
      // A method name spelled with an escape.
      code: `params.\\u0073et('response_type', 'token');`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'token' }, line: 1, column: 34, endColumn: 41 }],
    },
    {
      // A string key in an assignment.
      code: `settings['response_type'] = 'id_token token';`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'id_token token' }, line: 1, column: 1, endColumn: 45 }],
    },
    {
      // An AuthConfig class field, and one behind `as` and `!`.
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export class AuthModule {
  private readonly config: AuthConfig = { issuer, clientId: 'spa', scope: 'openid api' };
}
export const config = ({ issuer, clientId: 'spa', scope: 'openid api' } as AuthConfig)!;`,
      filename: 'auth.module.ts',
      errors: [
        { messageId: 'implicitByDefault', data: { responseType: 'id_token token' }, line: 3, column: 28, endColumn: 38 },
        { messageId: 'implicitByDefault', data: { responseType: 'id_token token' }, line: 5, column: 76, endColumn: 86 },
      ],
    },
    {
      // ADAL.js from a script tag, through `window`.
      code: `const context = new window.AuthenticationContext({ clientId: 'abc', postLogoutRedirectUri: window.location.origin });`,
      errors: [{ messageId: 'implicitOnlyClient', line: 1, column: 21, endColumn: 49 }],
    },
    // --- response_type / responseType in client options --------------------------------------------------------
    {
      code: `import { UserManager } from 'oidc-client';
const mgr = new UserManager({
  authority: 'https://idp.example.com',
  client_id: 'spa',
  redirect_uri: window.location.origin + '/callback.html',
  response_type: 'id_token token',
  scope: 'openid profile api',
});`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'id_token token' }, line: 6, column: 3, endColumn: 34, suggestions: [] }],
    },
    {
      // oidc-client-ts 2+ only supports the code flow, but a token response type configured anyway is still reported.
      code: `const { UserManager, WebStorageStateStore } = require('oidc-client-ts');
module.exports = new UserManager({ authority, client_id: 'spa', redirect_uri, response_type: 'token', userStore: new WebStorageStateStore({ store: window.localStorage }) });`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'token' }, line: 2, column: 79 }],
    },
    {
      // Settings in a typed const, the value in another const.
      code: `import { UserManager, type UserManagerSettings } from 'oidc-client-ts';
const RESPONSE_TYPE = 'token id_token';
const settings: UserManagerSettings = { authority: ISSUER, client_id: CLIENT_ID, redirect_uri: REDIRECT, response_type: RESPONSE_TYPE };
export const userManager = new UserManager(settings);`,
      filename: 'auth.ts',
      errors: [{ messageId: 'implicitResponseType', data: { value: 'token id_token' }, line: 3, column: 106 }],
    },
    {
      // The hybrid flow with an access token.
      code: `const settings = { authority, client_id: 'web', response_type: 'code id_token token', response_mode: 'fragment' };`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'code id_token token' }, line: 1, column: 49 }],
    },
    {
      code: `const settings = { authority, client_id: 'web', response_type: 'code token' };`,
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 49 }],
    },
    {
      // auth0-js: the constructor and the per-call options.
      code: `import auth0 from 'auth0-js';
export const webAuth = new auth0.WebAuth({
  domain: 'tenant.eu.auth0.com',
  clientID: 'AbCdEf',
  redirectUri: 'https://app.example.com/callback',
  responseType: 'token id_token',
  scope: 'openid profile read:orders',
});
export function login() {
  webAuth.authorize({ responseType: 'token' });
}`,
      errors: [
        { messageId: 'implicitResponseType', data: { value: 'token id_token' }, line: 6, column: 3, endColumn: 33 },
        { messageId: 'implicitResponseType', data: { value: 'token' }, line: 10, column: 23 },
      ],
    },
    {
      code: `const { WebAuth } = require('auth0-js');
const auth = new WebAuth({ domain, clientID, responseType: 'token' });
auth.popup.authorize({ responseType: 'token' }, callback);`,
      errors: [
        { messageId: 'implicitResponseType', line: 2, column: 46 },
        { messageId: 'implicitResponseType', line: 3, column: 24 },
      ],
    },
    {
      // auth0-js inside a service class.
      code: `import * as auth0 from 'auth0-js';
export class AuthService {
  private auth0 = new auth0.WebAuth({ clientID: environment.clientId, domain: environment.domain, responseType: 'id_token token', redirectUri: environment.callback });
  renew() {
    this.auth0.checkSession({ responseType: 'token' }, (err, result) => this.setSession(result));
  }
}`,
      filename: 'auth.service.ts',
      errors: [
        { messageId: 'implicitResponseType', line: 3, column: 99 },
        { messageId: 'implicitResponseType', line: 5, column: 31 },
      ],
    },
    {
      // angular-oauth2-oidc with an explicit implicit response type.
      code: `import { AuthConfig, OAuthService } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = {
  issuer: 'https://login.example.com',
  clientId: 'spa',
  redirectUri: window.location.origin,
  responseType: 'id_token token',
  scope: 'openid profile api',
};`,
      filename: 'auth.config.ts',
      errors: [{ messageId: 'implicitResponseType', line: 6, column: 3 }],
    },
    {
      // angular-oauth2-oidc configured inline, untyped.
      code: `this.oauthService.configure({ loginUrl: 'https://idp.example.com/authorize', clientId: 'spa', responseType: 'token', oidc: false });`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'token' }, line: 1, column: 95 }],
    },
    {
      // Assignments to a client or its settings.
      code: `this.oauthService.responseType = 'id_token token';
authSettings.response_type = 'token';
this.oauthService.responseType = 'token';`,
      errors: [
        { messageId: 'implicitResponseType', line: 1, column: 1, endColumn: 50 },
        { messageId: 'implicitResponseType', line: 2, column: 1 },
        { messageId: 'implicitResponseType', line: 3, column: 1 },
      ],
    },
    {
      // openid-client / oidc-provider client metadata.
      code: `const client = new issuer.Client({ client_id: 'spa', redirect_uris: [callback], response_types: ['id_token token'] });`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'id_token token' }, line: 1, column: 98 }],
    },
    {
      code: `const authorizationUrl = client.authorizationUrl({ scope: 'openid email', response_type: 'id_token token', nonce });`,
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 75 }],
    },
    {
      // A computed-constant key.
      code: `const RESPONSE_TYPE_KEY = 'response_type';
const query = { client_id: clientId, [RESPONSE_TYPE_KEY]: 'token', redirect_uri: redirectUri };`,
      errors: [{ messageId: 'implicitResponseType', line: 2, column: 38 }],
    },
    // --- Authorize URLs ---------------------------------------------------------------------------------------------
    {
      code: "window.location.href = `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=id_token+token&redirect_uri=${encodeURIComponent(redirectUri)}&scope=${scope}&nonce=${nonce}`;",
      errors: [{ messageId: 'implicitResponseType', data: { value: 'id_token token' }, line: 1, column: 24 }],
    },
    {
      code: `const authorizeUrl = 'https://login.microsoftonline.com/' + tenant + '/oauth2/authorize?response_type=token&client_id=' + clientId + '&resource=' + resource;`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'token' }, line: 1, column: 70 }],
    },
    {
      code: "const googleUrl = `https://accounts.google.com/o/oauth2/v2/auth?client_id=${GOOGLE_CLIENT_ID}&redirect_uri=${REDIRECT}&response_type=token&scope=${encodeURIComponent(SCOPES)}`;",
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 19 }],
    },
    {
      // Encoded space, and the value held in a const.
      code: `const TYPE = 'id_token%20token';
const url = AUTH_BASE + '/authorize?client_id=' + CLIENT + '&response_type=' + TYPE;`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'id_token token' }, line: 2, column: 60 }],
    },
    {
      code: `res.redirect(\`\${process.env.AUTH_URL}/oauth2/authorize?response_type=token&client_id=\${process.env.CLIENT_ID}&redirect_uri=\${callback}\`);`,
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 14 }],
    },
    {
      // A query string on its own.
      code: `const query = 'response_type=token&client_id=' + CLIENT_ID + '&redirect_uri=' + encodeURIComponent(REDIRECT_URI);`,
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 15 }],
    },
    {
      // URLSearchParams, from an object and set one by one.
      code: `const params = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'token', scope: 'openid' });
window.location.assign(\`\${AUTHORIZE_ENDPOINT}?\${params}\`);`,
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 88 }],
    },
    {
      code: `const url = new URL(\`\${issuer}/authorize\`);
url.searchParams.set('client_id', clientId);
url.searchParams.set('response_type', 'id_token token');
location.assign(url.toString());`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'id_token token' }, line: 3, column: 39, endColumn: 55 }],
    },
    {
      code: `const params = new URLSearchParams(); params.append('response_type', 'token');`,
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 70 }],
    },
    {
      // A sign-in link in JSX.
      code: `const Login = () => <a href="https://idp.example.com/authorize?response_type=token&client_id=spa">Sign in</a>;`,
      filename: 'login.tsx',
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 29 }],
    },
    {
      // react-oidc-context takes the settings as props.
      code: `export const App = () => (
  <AuthProvider authority={AUTHORITY} client_id="spa" redirect_uri={window.location.origin} response_type="id_token token">
    <Routes />
  </AuthProvider>
);`,
      filename: 'app.tsx',
      errors: [{ messageId: 'implicitResponseType', line: 2, column: 93 }],
    },
    // --- keycloak-js -------------------------------------------------------------------------------------------------
    {
      code: `import Keycloak from 'keycloak-js';
const keycloak = new Keycloak({ url: 'https://sso.example.com', realm: 'shop', clientId: 'spa' });
await keycloak.init({ onLoad: 'login-required', flow: 'implicit' });`,
      errors: [{ messageId: 'implicitKeycloakFlow', data: { flow: 'implicit', responseType: 'id_token token' }, line: 3, column: 49, endColumn: 65 }],
    },
    {
      code: `keycloak.init({ flow: 'hybrid' }).then(authenticated => render(authenticated));`,
      errors: [{ messageId: 'implicitKeycloakFlow', data: { flow: 'hybrid', responseType: 'code id_token token' }, line: 1, column: 17 }],
    },
    {
      // keycloak-angular initializer.
      code: `function initializeKeycloak(keycloak: KeycloakService) {
  return () => keycloak.init({ config: { url, realm, clientId }, initOptions: { flow: 'implicit', checkLoginIframe: false } });
}`,
      filename: 'app.module.ts',
      errors: [{ messageId: 'implicitKeycloakFlow', line: 2, column: 81 }],
    },
    {
      code: `const initOptions = { flow: 'implicit' };
export const App = () => <ReactKeycloakProvider authClient={keycloak} initOptions={initOptions}><Routes /></ReactKeycloakProvider>;`,
      filename: 'app.tsx',
      errors: [{ messageId: 'implicitKeycloakFlow', line: 1, column: 23 }],
    },
    {
      code: `export const App = () => <ReactKeycloakProvider authClient={keycloak} initOptions={{ flow: 'implicit' }}><Routes /></ReactKeycloakProvider>;`,
      filename: 'app.tsx',
      errors: [{ messageId: 'implicitKeycloakFlow', line: 1, column: 86 }],
    },
    // --- angular-oauth2-oidc defaults ------------------------------------------------------------------------------
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = {
  issuer: 'https://steyer-identity-server.azurewebsites.net/identity',
  redirectUri: window.location.origin + '/index.html',
  clientId: 'spa-demo',
  scope: 'openid profile email voucher',
};`,
      filename: 'auth.config.ts',
      errors: [{ messageId: 'implicitByDefault', data: { responseType: 'id_token token' }, line: 2, column: 26, endColumn: 36 }],
    },
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = { loginUrl, clientId: 'spa', oidc: false, responseType: '' };`,
      filename: 'auth.config.ts',
      errors: [{ messageId: 'implicitByDefault', data: { responseType: 'token' }, line: 2, column: 81 }],
    },
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export class AppComponent {
  private readonly config = new AuthConfig({ issuer: environment.issuer, clientId: environment.clientId, redirectUri: window.location.origin });
}`,
      filename: 'app.component.ts',
      errors: [{ messageId: 'implicitByDefault', line: 3, column: 33 }],
    },
    {
      code: `import * as oauth from 'angular-oauth2-oidc';
const config = { issuer, clientId: 'spa', scope: 'openid api' } satisfies oauth.AuthConfig;`,
      filename: 'auth.config.ts',
      errors: [{ messageId: 'implicitByDefault', line: 2, column: 81 }],
    },
    // --- Implicit-only libraries ------------------------------------------------------------------------------------
    {
      // MSAL.js 1.x imported, its client built elsewhere: the import is the finding.
      code: `import { Logger, LogLevel } from 'msal';
export const logger = new Logger(print, { level: LogLevel.Warning });`,
      errors: [{ messageId: 'implicitOnlyLibrary', data: { module: 'msal', replacement: '@azure/msal-browser' }, line: 1, column: 34, endColumn: 40 }],
    },
    {
      // Where the file builds the client, that is the one finding: the import would say the same again.
      code: `import { UserAgentApplication, Logger } from 'msal';
export const msalApp = new UserAgentApplication({
  auth: { clientId: 'abc', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
  cache: { cacheLocation: 'localStorage' },
});`,
      errors: [
        { messageId: 'implicitOnlyClient', line: 2, column: 28, endColumn: 48 },
      ],
    },
    {
      code: `const Msal = require('msal');
const app = new Msal.UserAgentApplication(msalConfig);`,
      errors: [
        { messageId: 'implicitOnlyClient', line: 2, column: 17, endColumn: 42 },
      ],
    },
    {
      code: `import * as Msal from 'msal';
import { Logger } from 'msal';
export const app = new Msal.UserAgentApplication(config);`,
      errors: [
        { messageId: 'implicitOnlyClient', line: 3, column: 24 },
      ],
    },
    {
      code: `export async function loadMsal() {
  const { UserAgentApplication } = await import('msal');
  return new UserAgentApplication(config);
}`,
      errors: [
        { messageId: 'implicitOnlyClient', line: 3, column: 14 },
      ],
    },
    {
      code: `import Msal = require('msal');
export const app = new Msal.UserAgentApplication(config);`,
      filename: 'auth.ts',
      errors: [
        { messageId: 'implicitOnlyClient', line: 2, column: 24 },
      ],
    },
    {
      // MSAL.js 1.x from a script tag.
      code: `const msalInstance = new Msal.UserAgentApplication({ auth: { clientId: CLIENT_ID } });
const other = new window.Msal.UserAgentApplication(config);`,
      errors: [
        { messageId: 'implicitOnlyClient', data: { client: 'UserAgentApplication', library: 'MSAL.js 1.x', replacement: '`PublicClientApplication` from @azure/msal-browser' }, line: 1, column: 26 },
        { messageId: 'implicitOnlyClient', line: 2, column: 19 },
      ],
    },
    {
      // ADAL.js from a script tag.
      code: `const authContext = new AuthenticationContext({ clientId: CLIENT_ID, tenant: 'contoso.onmicrosoft.com', cacheLocation: 'localStorage' });`,
      errors: [{ messageId: 'implicitOnlyClient', data: { client: 'AuthenticationContext', library: 'ADAL.js', replacement: '`PublicClientApplication` from @azure/msal-browser' }, line: 1, column: 25 }],
    },
    {
      code: `import AuthenticationContext from 'adal-angular';
export const authContext = new AuthenticationContext(adalConfig);`,
      errors: [{ messageId: 'implicitOnlyLibrary', data: { module: 'adal-angular', replacement: '@azure/msal-browser' }, line: 1, column: 35 }],
    },
    {
      code: `import AuthenticationContext from 'adal-angular/lib/adal';
import 'adal-angular';`,
      errors: [{ messageId: 'implicitOnlyLibrary', data: { module: 'adal-angular', replacement: '@azure/msal-browser' }, line: 1, column: 35 }],
    },
    {
      code: `import { AuthenticationContext, adalFetch, withAdalLogin } from 'react-adal';
export const authContext = new AuthenticationContext(adalConfig);`,
      errors: [{ messageId: 'implicitOnlyLibrary', data: { module: 'react-adal', replacement: '@azure/msal-react' }, line: 1, column: 65 }],
    },
    {
      code: `import { AdalService, AdalGuard, AdalInterceptor } from 'adal-angular4';`,
      filename: 'app.module.ts',
      errors: [{ messageId: 'implicitOnlyLibrary', data: { module: 'adal-angular4', replacement: '@azure/msal-angular' }, line: 1, column: 57 }],
    },
    {
      code: `const { MsalAuthProvider, LoginType } = require('react-aad-msal');`,
      errors: [{ messageId: 'implicitOnlyLibrary', data: { module: 'react-aad-msal', replacement: '@azure/msal-react' }, line: 1, column: 49 }],
    },
    {
      code: `require('adal-angular/lib/adal-angular');
angular.module('app', ['AdalAngular']);`,
      errors: [{ messageId: 'implicitOnlyLibrary', line: 1, column: 9 }],
    },
    {
      code: `export { AdalService } from 'adal-angular4';`,
      errors: [{ messageId: 'implicitOnlyLibrary', line: 1, column: 29 }],
    },
    {
      // hello.js
      code: `hello.init({ google: GOOGLE_CLIENT_ID }, { redirect_uri: 'redirect.html', response_type: 'token' });`,
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 75 }],
    },
    {
      // @nuxtjs/auth oauth2 scheme.
      code: `export default { auth: { strategies: { corp: { scheme: 'oauth2', endpoints: { authorization: AUTHORIZE_URL }, responseType: 'token', clientId: 'nuxt', scope: ['openid'] } } } };`,
      errors: [{ messageId: 'implicitResponseType', line: 1, column: 111 }],
    },
    {
      code: `import Keycloak, { type KeycloakInitOptions } from 'keycloak-js';
const initOptions: KeycloakInitOptions = { onLoad: 'check-sso', flow: 'implicit' };`,
      filename: 'keycloak.ts',
      errors: [{ messageId: 'implicitKeycloakFlow', line: 2, column: 65 }],
    },
    {
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig = { issuer: environment.issuer, clientId: 'spa', requestAccessToken: true } as AuthConfig;`,
      filename: 'auth.config.ts',
      errors: [{ messageId: 'implicitByDefault', data: { responseType: 'id_token token' }, line: 2, column: 104 }],
    },
    {
      code: `import msal from 'vue-msal';
Vue.use(msal, { auth: { clientId: process.env.VUE_APP_CLIENT_ID } });`,
      errors: [{ messageId: 'implicitOnlyLibrary', data: { module: 'vue-msal', replacement: '@azure/msal-browser' }, line: 1, column: 18 }],
    },
    {
      code: `require('@azure/msal-angularjs');
angular.module('app', ['MsalAngular']);`,
      errors: [{ messageId: 'implicitOnlyLibrary', data: { module: '@azure/msal-angularjs', replacement: '@azure/msal-browser' }, line: 1, column: 9 }],
    },
    // --- @azure/msal-angular 0.x/1.x ---------------------------------------------------------------------------------
    {
      code: `import { MsalModule, MsalInterceptor } from '@azure/msal-angular';
@NgModule({
  imports: [
    MsalModule.forRoot({ auth: { clientId: environment.clientId, authority: environment.authority } }, { popUp: false, consentScopes: ['user.read'] }),
  ],
})
export class AppModule {}`,
      filename: 'app.module.ts',
      errors: [{ messageId: 'legacyMsalAngular', data: { name: 'MsalModule.forRoot(configuration)' }, line: 4, column: 5, endColumn: 23 }],
    },
    {
      code: `import { BroadcastService, MsalService } from '@azure/msal-angular';`,
      filename: 'app.component.ts',
      errors: [{ messageId: 'legacyMsalAngular', data: { name: 'BroadcastService' }, line: 1, column: 10 }],
    },
    // --- Names reached through a const or an escape ------------------------------------------------------------------
    {
      // The camel-case key held in a const.
      code: `const RESPONSE_TYPE = 'responseType';
this.oauthService[RESPONSE_TYPE] = 'token';`,
      errors: [{ messageId: 'implicitResponseType', data: { value: 'token' }, line: 2, column: 1, endColumn: 43 }],
    },
    {
      // The keycloak-js flow, and its key, held in consts.
      code: `const FLOW = 'implicit';
keycloak.init({ onLoad: 'check-sso', flow: FLOW });`,
      errors: [{ messageId: 'implicitKeycloakFlow', data: { flow: 'implicit', responseType: 'id_token token' }, line: 2, column: 38, endColumn: 48 }],
    },
    {
      code: `const FLOW_KEY = 'flow';
keycloak.init({ [FLOW_KEY]: 'hybrid' });`,
      errors: [{ messageId: 'implicitKeycloakFlow', data: { flow: 'hybrid', responseType: 'code id_token token' }, line: 2, column: 17, endColumn: 37 }],
    },
    {
      // The module of AuthConfig spelled with an escape.
      code: `import { AuthConfig } from 'angular-oauth2-\\u006fidc';
export const authConfig: AuthConfig = { issuer, clientId: 'spa', scope: 'openid api' };`,
      filename: 'auth.config.ts',
      errors: [{ messageId: 'implicitByDefault', data: { responseType: 'id_token token' }, line: 2, column: 26, endColumn: 36 }],
    },
    {
      // ADAL.js's global spelled with an escape.
      code: `const context = new \\u0041uthenticationContext({ clientId: CLIENT_ID });`,
      errors: [{ messageId: 'implicitOnlyClient', data: { client: 'AuthenticationContext', library: 'ADAL.js', replacement: '`PublicClientApplication` from @azure/msal-browser' }, line: 1, column: 21, endColumn: 47 }],
    },
    {
      // Module names held in consts: a require and a dynamic import.
      code: `const MSAL_MODULE = 'msal';
const { UserAgentApplication } = require(MSAL_MODULE);
export const app = new UserAgentApplication(config);`,
      errors: [{ messageId: 'implicitOnlyClient', line: 3, column: 24, endColumn: 44 }],
    },
    {
      code: `const Library = 'adal-angular';
export const load = () => import(Library);`,
      errors: [{ messageId: 'implicitOnlyLibrary', data: { module: 'adal-angular', replacement: '@azure/msal-browser' }, line: 2, column: 34, endColumn: 41 }],
    },
  ],
});
