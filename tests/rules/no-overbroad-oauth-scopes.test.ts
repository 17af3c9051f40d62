import rule from '../../src/rules/no-overbroad-oauth-scopes';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const GRAPH = 'https://graph.microsoft.com/';

ruleTester.run('no-overbroad-oauth-scopes', rule, {
  valid: [
    // Authorization URLs: narrow scopes, scopes only known at run time, other hosts, and a cut last word.
    "export const url = 'https://github.com/login/oauth/authorize?client_id=abc&scope=read:user%20user:email';",
    'export const url = `https://github.com/login/oauth/authorize?client_id=${clientId}&scope=${scopes.join(" ")}`;',
    "export const search = 'https://api.example.org/search?scope=repo&q=admin:org';",
    "export const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&response_type=code&scope=openid%20profile%20offline_access%20User.Read';",
    'export const url = `https://github.com/login/oauth/authorize?client_id=abc&scope=read:user%20repo${suffix}`;',
    "export const url = 'https://github.com/login/oauth/authorize?client_id=abc&redirect_scope=repo';",
    "export const url = 'https://github.com/login/oauth/authorize?client_id=abc&scope=repo%E0%A4%A';",
    // Least-privileged and OpenID Connect scopes.
    `msalInstance.loginPopup({ scopes: ['User.Read'] });`,
    `pca.acquireTokenSilent({ account, scopes: ['openid', 'profile', 'email', 'offline_access'] });`,
    `cca.getAuthCodeUrl({ redirectUri, scopes: ['openid profile email offline_access User.Read'] });`,
    `export const loginRequest = { scopes: ['User.Read', 'Files.ReadWrite', 'Sites.Selected'] };`,
    // .default in client-credential flows and Azure SDK clients.
    `cca.acquireTokenByClientCredential({ scopes: ['${GRAPH}.default'] });`,
    `import { ClientSecretCredential } from '@azure/identity';
     const credential = new ClientSecretCredential(tenantId, clientId, secret);
     await credential.getToken('${GRAPH}.default');`,
    `import { DefaultAzureCredential } from '@azure/identity';
     const token = await new DefaultAzureCredential().getToken('https://management.azure.com/.default');`,
    `const { TokenCredentialAuthenticationProvider } = require('@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials');
     const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: ['${GRAPH}.default'] });`,
    // .default in a delegated flow is only reported behind the option.
    `pca.acquireTokenSilent({ account, scopes: ['api://billing-api/.default'] });`,
    // Delegated mail, calendar and contact scopes reach only the user's own data.
    `msalInstance.acquireTokenPopup({ scopes: ['Mail.ReadWrite', 'Mail.Send', 'Calendars.ReadWrite'] });`,
    `export const graphScopes = ['${GRAPH}Mail.ReadWrite', '${GRAPH}Mail.Send'];`,
    // Read-only .All reductions are below the default level.
    `pca.acquireTokenSilent({ account, scopes: ['User.Read.All', 'Group.Read.All', 'Directory.Read.All'] });`,
    // ARM user_impersonation is low; a bare user_impersonation belongs to any API.
    `pca.acquireTokenSilent({ account, scopes: ['https://management.azure.com/user_impersonation'] });`,
    `export const apiScopes = ['api://contoso-orders/user_impersonation'];`,
    // cloud-platform on service-account and ADC clients.
    `const { GoogleAuth } = require('google-auth-library');
     const auth = new GoogleAuth({ keyFile: 'sa.json', scopes: ['https://www.googleapis.com/auth/cloud-platform'] });`,
    `const client = await google.auth.getClient({ scopes: 'https://www.googleapis.com/auth/cloud-platform' });`,
    `export const SCOPES = ['https://www.googleapis.com/auth/cloud-platform'];`,
    // Narrow Google scopes.
    `oauth2Client.generateAuthUrl({ access_type: 'offline', scope: ['https://www.googleapis.com/auth/drive.file', 'openid', 'email'] });`,
    // Scopes merely mentioned in log messages and UI strings.
    `logger.info('Requesting Directory.ReadWrite.All for the admin console');`,
    `const scopeHelp = 'This feature needs Files.ReadWrite.All';`,
    `export const permissionsWarning = 'Grants Directory.ReadWrite.All to the app';`,
    `console.warn(\`Missing scope Mail.ReadWrite\`);`,
    `const label = { scope: 'Requires RoleManagement.ReadWrite.Directory' };`,
    // Ordinary words that are GitHub or Slack scopes elsewhere.
    `export const PERMISSIONS = { ADMIN: 'admin', USER: 'user', REPO: 'repo' };`,
    `const roles = ['admin', 'client'];`,
    // GitHub: narrow scopes.
    `passport.authenticate('github', { scope: ['read:user', 'user:email'] });`,
    `import { OAuthApp } from '@octokit/oauth-app';
     const app = new OAuthApp({ clientId, clientSecret, defaultScopes: ['read:org', 'public_repo'] });`,
    // Slack: bot write scopes, and user scopes that only read.
    `const { App } = require('@slack/bolt');
     const app = new App({ signingSecret, clientId, clientSecret, stateSecret, scopes: ['chat:write', 'channels:history', 'commands'], installerOptions: { userScopes: ['search:read'] } });`,
    // A user-scope history set that does not cover every conversation type.
    `import { InstallProvider } from '@slack/oauth';
     const installer = new InstallProvider({ clientId, clientSecret, stateSecret, installUrlOptions: { scopes: ['chat:write'], userScopes: ['channels:history', 'groups:history'] } });`,
    // Values known only at run time.
    `pca.acquireTokenSilent({ account, scopes: config.scopes });`,
    `pca.acquireTokenSilent({ account, scopes: [process.env.GRAPH_SCOPE] });`,
    // Another passport strategy's plain words.
    `passport.authenticate('facebook', { scope: ['user', 'repo'] });`,
    // requiredResourceAccess: least-privileged permissions, and an unknown resource.
    `const app = { requiredResourceAccess: [{ resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }] }] };`,
    `const app = { requiredResourceAccess: [{ resourceAppId: 'api-app-id', resourceAccess: [{ id: '19dbc75e-c2e2-444c-a770-ec69d8559fc7', type: 'Role' }] }] };`,
    // Delegated Mail.ReadWrite by id is the user's own mailbox.
    `const app = { requiredResourceAccess: [{ resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: 'e2a3a72e-5f79-4c64-b1b1-878b674786c9', type: 'Scope' }] }] };`,
    // Service-account clients through an aliased ESM import.
    `import { JWT as ServiceAccountJwt } from 'google-auth-library';
     const jwt = new ServiceAccountJwt({ email, key, scopes: ['https://www.googleapis.com/auth/cloud-platform'] });`,
    // getBearerTokenProvider with .default (an Azure SDK client).
    `import { DefaultAzureCredential, getBearerTokenProvider } from '@azure/identity';
     const provider = getBearerTokenProvider(new DefaultAzureCredential(), 'https://cognitiveservices.azure.com/.default');`,
    // A method of the same name on an unrelated object, without scopes.
    `auth.authenticate('local', { session: false });`,
    // Allowed by the team.
    {
      code: `pca.acquireTokenSilent({ account, scopes: ['Files.ReadWrite.All'] });`,
      options: [{ allow: ['files.readwrite.all'] }],
    },
    {
      code: `cca.acquireTokenOnBehalfOf({ oboAssertion, scopes: ['${GRAPH}Sites.ReadWrite.All'] });`,
      options: [{ allow: ['Sites.ReadWrite.All'] }],
    },
    // The threshold.
    {
      code: `pca.acquireTokenSilent({ account, scopes: ['Files.ReadWrite.All'] });`,
      options: [{ minimumLevel: 'critical' }],
    },
    // TypeScript.
    {
      code: `import type { SilentRequest } from '@azure/msal-browser';
        export const tokenRequest: SilentRequest = { scopes: ['User.Read'] as string[], forceRefresh: false };`,
      filename: 'auth.ts',
    },
    // Objects and names with no scopes in them.
    `export const config = { auth: { clientId }, cache: { cacheLocation: 'sessionStorage' } };
     const scope = analysis.scope;`,
    `export function scopesOf(node) { return node.scopes; }`,
  ],
  invalid: [
    // Hand-written authorization URLs: the host names the platform, the query holds the scopes (encoded).
    {
      code: "export const url = 'https://github.com/login/oauth/authorize?client_id=abc&scope=repo%20admin:org';",
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 20, endColumn: 99, suggestions: [] },
        { messageId: 'overbroadScope', line: 1, column: 20 },
      ],
    },
    {
      code: 'const login = () => { window.location.href = `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=openid+Directory.ReadWrite.All&redirect_uri=${redirect}`; };',
      errors: [{ messageId: 'tierZeroPermission', line: 1, column: 46 }],
    },
    {
      code: `const params = 'access_type=offline';
export const consent = \`https://accounts.google.com/o/oauth2/v2/auth?\${params}&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive%20email&client_id=\${id}\`;`,
      errors: [{ messageId: 'overbroadScope', line: 2, column: 24 }],
    },
    // MSAL browser and node, bare and resource-prefixed scopes.
    {
      code: `msalInstance.loginPopup({ scopes: ['User.Read', 'Directory.ReadWrite.All'] });`,
      errors: [
        { messageId: 'tierZeroPermission', line: 1, column: 49, endColumn: 74, suggestions: [
          { messageId: 'useNarrowerScope', output: `msalInstance.loginPopup({ scopes: ['User.Read', 'Directory.Read.All'] });` },
          { messageId: 'useNarrowerScope', output: `msalInstance.loginPopup({ scopes: ['User.Read', 'User.ReadBasic.All'] });` },
        ] },
      ],
    },
    {
      code: `const { ConfidentialClientApplication } = require('@azure/msal-node');
const cca = new ConfidentialClientApplication(config);
const url = await cca.getAuthCodeUrl({ redirectUri, scopes: ['${GRAPH}Files.ReadWrite.All'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 3, column: 62, endColumn: 111, suggestions: [
          { messageId: 'useNarrowerScope', output: `const { ConfidentialClientApplication } = require('@azure/msal-node');
const cca = new ConfidentialClientApplication(config);
const url = await cca.getAuthCodeUrl({ redirectUri, scopes: ['${GRAPH}Files.Read.All'] });` },
          { messageId: 'useNarrowerScope', output: `const { ConfidentialClientApplication } = require('@azure/msal-node');
const cca = new ConfidentialClientApplication(config);
const url = await cca.getAuthCodeUrl({ redirectUri, scopes: ['${GRAPH}Files.ReadWrite'] });` },
          { messageId: 'useNarrowerScope', output: `const { ConfidentialClientApplication } = require('@azure/msal-node');
const cca = new ConfidentialClientApplication(config);
const url = await cca.getAuthCodeUrl({ redirectUri, scopes: ['${GRAPH}Files.ReadWrite.AppFolder'] });` },
        ] },
      ],
    },
    // A space-separated string: the report covers the scope alone.
    {
      code: `pca.acquireTokenSilent({ account, scopes: ['openid profile Sites.FullControl.All'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 60, endColumn: 81, suggestions: [
          { messageId: 'useNarrowerScope', output: `pca.acquireTokenSilent({ account, scopes: ['openid profile Sites.Selected'] });` },
        ] },
      ],
    },
    // Options held in a const: the report lands where the scope is written.
    {
      code: `const loginRequest = { scopes: ['User.Read', 'RoleManagement.ReadWrite.Directory'] };
msalInstance.loginRedirect(loginRequest);`,
      errors: [
        { messageId: 'tierZeroPermission', line: 1, column: 46, endColumn: 82, suggestions: [
          { messageId: 'useNarrowerScope', output: `const loginRequest = { scopes: ['User.Read', 'RoleManagement.Read.Directory'] };
msalInstance.loginRedirect(loginRequest);` },
        ] },
      ],
    },
    {
      code: `const DIRECTORY_SCOPE = '${GRAPH}Directory.AccessAsUser.All';
await pca.acquireTokenSilent({ account, scopes: [DIRECTORY_SCOPE] });`,
      errors: [
        { messageId: 'tierZeroPermission', line: 1, column: 25, endColumn: 81, suggestions: [
          { messageId: 'useNarrowerScope', output: `const DIRECTORY_SCOPE = '${GRAPH}User.ReadBasic.All';
await pca.acquireTokenSilent({ account, scopes: [DIRECTORY_SCOPE] });` },
          { messageId: 'useNarrowerScope', output: `const DIRECTORY_SCOPE = '${GRAPH}Directory.Read.All';
await pca.acquireTokenSilent({ account, scopes: [DIRECTORY_SCOPE] });` },
        ] },
      ],
    },
    // A scope built from a const: reported on the expression, without a suggestion.
    {
      code: `const GRAPH_URL = '${GRAPH}';
await pca.acquireTokenSilent({ account, scopes: [GRAPH_URL + 'Group.ReadWrite.All'] });`,
      errors: [
        { messageId: 'tierZeroPermission', line: 2, column: 50, endColumn: 83, suggestions: [] },
      ],
    },
    // Application permissions: mail scopes are reducible only there.
    {
      code: `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential(tenantId, clientId, secret);
const token = await credential.getToken(['${GRAPH}Mail.ReadWrite']);`,
      errors: [
        { messageId: 'overbroadScope', line: 3, column: 42, endColumn: 86, suggestions: [
          { messageId: 'useNarrowerScope', output: `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential(tenantId, clientId, secret);
const token = await credential.getToken(['${GRAPH}Mail.Read']);` },
          { messageId: 'useNarrowerScope', output: `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential(tenantId, clientId, secret);
const token = await credential.getToken(['${GRAPH}Mail.ReadBasic']);` },
        ] },
      ],
    },
    {
      code: `import * as identity from '@azure/identity';
const credential = new identity.InteractiveBrowserCredential({ clientId, tenantId });
const token = await credential.getToken('${GRAPH}User.ReadWrite.All');`,
      errors: [
        { messageId: 'tierZeroPermission', line: 3, column: 41, endColumn: 89, suggestions: [
          { messageId: 'useNarrowerScope', output: `import * as identity from '@azure/identity';
const credential = new identity.InteractiveBrowserCredential({ clientId, tenantId });
const token = await credential.getToken('${GRAPH}User.Read.All');` },
          { messageId: 'useNarrowerScope', output: `import * as identity from '@azure/identity';
const credential = new identity.InteractiveBrowserCredential({ clientId, tenantId });
const token = await credential.getToken('${GRAPH}User.ReadBasic.All');` },
        ] },
      ],
    },
    {
      code: `import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: ['Application.ReadWrite.All'] });`,
      errors: [
        { messageId: 'tierZeroPermission', line: 2, column: 87, endColumn: 114, suggestions: [
          { messageId: 'useNarrowerScope', output: `import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: ['Application.ReadWrite.OwnedBy'] });` },
          { messageId: 'useNarrowerScope', output: `import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: ['Application.Read.All'] });` },
        ] },
      ],
    },
    {
      code: `const result = await cca.acquireTokenOnBehalfOf({ oboAssertion: userToken, scopes: ['${GRAPH}Sites.ReadWrite.All'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 85, endColumn: 134, suggestions: [
          { messageId: 'useNarrowerScope', output: `const result = await cca.acquireTokenOnBehalfOf({ oboAssertion: userToken, scopes: ['${GRAPH}Sites.Selected'] });` },
        ] },
      ],
    },
    {
      code: `await pca.acquireTokenSilent({ account, scopes: ['https://outlook.office365.com/EWS.AccessAsUser.All'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 50, endColumn: 102, suggestions: [] },
      ],
    },
    // Constants that hold permission lists.
    {
      code: `export const graphScopes = { files: ['Files.ReadWrite.All'], me: ['User.Read'] };`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 38, endColumn: 59, suggestions: [
          { messageId: 'useNarrowerScope', output: `export const graphScopes = { files: ['Files.Read.All'], me: ['User.Read'] };` },
          { messageId: 'useNarrowerScope', output: `export const graphScopes = { files: ['Files.ReadWrite'], me: ['User.Read'] };` },
          { messageId: 'useNarrowerScope', output: `export const graphScopes = { files: ['Files.ReadWrite.AppFolder'], me: ['User.Read'] };` },
        ] },
      ],
    },
    {
      code: `export const protectedResources = { graphUsers: { endpoint: '${GRAPH}v1.0/users', scopes: ['GroupMember.ReadWrite.All'] } };`,
      errors: [
        { messageId: 'tierZeroPermission', line: 1, column: 112, endColumn: 139, suggestions: [
          { messageId: 'useNarrowerScope', output: `export const protectedResources = { graphUsers: { endpoint: '${GRAPH}v1.0/users', scopes: ['GroupMember.Read.All'] } };` },
        ] },
      ],
    },
    {
      code: `const msalConfig = { auth: { clientId } };
const tokenRequest = { scopes: ['Chat.ReadWrite.All'] };
module.exports = { msalConfig, tokenRequest };`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 33, endColumn: 53, suggestions: [
          { messageId: 'useNarrowerScope', output: `const msalConfig = { auth: { clientId } };
const tokenRequest = { scopes: ['Chat.Read.WhereInstalled'] };
module.exports = { msalConfig, tokenRequest };` },
        ] },
      ],
    },
    // Read-only reductions at the 'low' level.
    {
      code: `pca.acquireTokenSilent({ account, scopes: ['User.Read.All'] });`,
      options: [{'minimumLevel':'low'}],
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 44, endColumn: 59, suggestions: [
          { messageId: 'useNarrowerScope', output: `pca.acquireTokenSilent({ account, scopes: ['User.ReadBasic.All'] });` },
        ] },
      ],
    },
    // `.default` in a delegated flow, behind the option.
    {
      code: `msalInstance.acquireTokenSilent({ account, scopes: ['${GRAPH}.default'] });`,
      options: [{'checkDefaultScopeInDelegatedFlows':true}],
      errors: [
        { messageId: 'defaultScopeInDelegatedFlow', line: 1, column: 53, endColumn: 91, suggestions: [] },
      ],
    },
    // Entra app registration: permissions by id.
    {
      code: `const application = {
  displayName: 'provisioning',
  requiredResourceAccess: [
    {
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      resourceAccess: [
        { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' },
        { id: '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8', type: 'Role' },
      ],
    },
  ],
};`,
      errors: [
        { messageId: 'tierZeroPermission', line: 8, column: 15, endColumn: 53, suggestions: [
          { messageId: 'useNarrowerPermissionId', output: `const application = {
  displayName: 'provisioning',
  requiredResourceAccess: [
    {
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      resourceAccess: [
        { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' },
        { id: '483bed4a-2ad3-4361-a73b-c83ccdbdc53c', type: 'Role' },
      ],
    },
  ],
};` },
        ] },
      ],
    },
    {
      code: `import * as azuread from '@pulumi/azuread';
const MAIL_READWRITE = 'e2a3a72e-5f79-4c64-b1b1-878b674786c9';
new azuread.Application('mailer', {
  requiredResourceAccesses: [
    { resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccesses: [{ id: MAIL_READWRITE, type: 'Role' }] },
    { resourceAppId: '00000002-0000-0ff1-ce00-000000000000', resourceAccesses: [{ id: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40', type: 'Role' }] },
  ],
});`,
      errors: [
        { messageId: 'overbroadScope', line: 5, column: 87, endColumn: 101, suggestions: [] },
        { messageId: 'overbroadScope', line: 6, column: 87, endColumn: 125, suggestions: [] },
      ],
    },
    // Google: user consent, and restricted scopes on service accounts.
    {
      code: `const { OAuth2Client } = require('google-auth-library');
const client = new OAuth2Client(clientId, clientSecret, redirectUri);
const url = client.generateAuthUrl({ access_type: 'offline', scope: ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/cloud-platform'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 3, column: 70, endColumn: 109, suggestions: [
          { messageId: 'useNarrowerScope', output: `const { OAuth2Client } = require('google-auth-library');
const client = new OAuth2Client(clientId, clientSecret, redirectUri);
const url = client.generateAuthUrl({ access_type: 'offline', scope: ['https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/cloud-platform'] });` },
        ] },
        { messageId: 'overbroadScope', line: 3, column: 111, endColumn: 159, suggestions: [
          { messageId: 'useNarrowerScope', output: `const { OAuth2Client } = require('google-auth-library');
const client = new OAuth2Client(clientId, clientSecret, redirectUri);
const url = client.generateAuthUrl({ access_type: 'offline', scope: ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/cloud-platform.read-only'] });` },
        ] },
      ],
    },
    {
      code: `const tokenClient = google.accounts.oauth2.initTokenClient({ client_id: CLIENT_ID, scope: 'https://mail.google.com/', callback });`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 91, endColumn: 117, suggestions: [
          { messageId: 'useNarrowerScope', output: `const tokenClient = google.accounts.oauth2.initTokenClient({ client_id: CLIENT_ID, scope: 'https://www.googleapis.com/auth/gmail.readonly', callback });` },
          { messageId: 'useNarrowerScope', output: `const tokenClient = google.accounts.oauth2.initTokenClient({ client_id: CLIENT_ID, scope: 'https://www.googleapis.com/auth/gmail.send', callback });` },
        ] },
      ],
    },
    {
      code: `import { Strategy as GoogleStrategy } from 'passport-google-oauth20';
passport.use(new GoogleStrategy({ clientID, clientSecret, callbackURL, scope: ['profile', 'https://www.googleapis.com/auth/gmail.modify'] }, verify));`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 91, endColumn: 137, suggestions: [
          { messageId: 'useNarrowerScope', output: `import { Strategy as GoogleStrategy } from 'passport-google-oauth20';
passport.use(new GoogleStrategy({ clientID, clientSecret, callbackURL, scope: ['profile', 'https://www.googleapis.com/auth/gmail.readonly'] }, verify));` },
          { messageId: 'useNarrowerScope', output: `import { Strategy as GoogleStrategy } from 'passport-google-oauth20';
passport.use(new GoogleStrategy({ clientID, clientSecret, callbackURL, scope: ['profile', 'https://www.googleapis.com/auth/gmail.send'] }, verify));` },
          { messageId: 'useNarrowerScope', output: `import { Strategy as GoogleStrategy } from 'passport-google-oauth20';
passport.use(new GoogleStrategy({ clientID, clientSecret, callbackURL, scope: ['profile', 'https://www.googleapis.com/auth/gmail.labels'] }, verify));` },
        ] },
      ],
    },
    {
      code: `const auth = new google.auth.GoogleAuth({ keyFile, scopes: ['https://www.googleapis.com/auth/admin.directory.user'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 61, endColumn: 115, suggestions: [
          { messageId: 'useNarrowerScope', output: `const auth = new google.auth.GoogleAuth({ keyFile, scopes: ['https://www.googleapis.com/auth/admin.directory.user.readonly'] });` },
        ] },
      ],
    },
    // GitHub: passport, Octokit and Auth.js.
    {
      code: `app.get('/auth/github', passport.authenticate('github', { scope: ['user:email', 'repo'] }));`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 81, endColumn: 87, suggestions: [
          { messageId: 'useNarrowerScope', output: `app.get('/auth/github', passport.authenticate('github', { scope: ['user:email', 'public_repo'] }));` },
          { messageId: 'useNarrowerScope', output: `app.get('/auth/github', passport.authenticate('github', { scope: ['user:email', 'repo:status'] }));` },
        ] },
      ],
    },
    {
      code: `const GitHubStrategy = require('passport-github2').Strategy;
passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: 'user repo delete_repo' }, verify));`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 80, endColumn: 84, suggestions: [
          { messageId: 'useNarrowerScope', output: `const GitHubStrategy = require('passport-github2').Strategy;
passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: 'read:user repo delete_repo' }, verify));` },
          { messageId: 'useNarrowerScope', output: `const GitHubStrategy = require('passport-github2').Strategy;
passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: 'user:email repo delete_repo' }, verify));` },
        ] },
        { messageId: 'overbroadScope', line: 2, column: 85, endColumn: 89, suggestions: [
          { messageId: 'useNarrowerScope', output: `const GitHubStrategy = require('passport-github2').Strategy;
passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: 'user public_repo delete_repo' }, verify));` },
          { messageId: 'useNarrowerScope', output: `const GitHubStrategy = require('passport-github2').Strategy;
passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: 'user repo:status delete_repo' }, verify));` },
        ] },
        { messageId: 'overbroadScope', line: 2, column: 90, endColumn: 101, suggestions: [] },
      ],
    },
    {
      code: `import { OAuthApp } from '@octokit/oauth-app';
const app = new OAuthApp({ clientType: 'oauth-app', clientId, clientSecret, defaultScopes: ['admin:org', 'workflow'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 93, endColumn: 104, suggestions: [
          { messageId: 'useNarrowerScope', output: `import { OAuthApp } from '@octokit/oauth-app';
const app = new OAuthApp({ clientType: 'oauth-app', clientId, clientSecret, defaultScopes: ['write:org', 'workflow'] });` },
          { messageId: 'useNarrowerScope', output: `import { OAuthApp } from '@octokit/oauth-app';
const app = new OAuthApp({ clientType: 'oauth-app', clientId, clientSecret, defaultScopes: ['read:org', 'workflow'] });` },
        ] },
        { messageId: 'overbroadScope', line: 2, column: 106, endColumn: 116, suggestions: [] },
      ],
    },
    {
      code: `import GitHub from 'next-auth/providers/github';
export const authOptions = { providers: [GitHub({ clientId, clientSecret, authorization: { params: { scope: 'read:user write:packages' } } })] };`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 120, endColumn: 134, suggestions: [
          { messageId: 'useNarrowerScope', output: `import GitHub from 'next-auth/providers/github';
export const authOptions = { providers: [GitHub({ clientId, clientSecret, authorization: { params: { scope: 'read:user read:packages' } } })] };` },
        ] },
      ],
    },
    {
      code: `import { createOAuthUserAuth } from '@octokit/auth-oauth-user';
const auth = createOAuthUserAuth({ clientType: 'oauth-app', clientId, onVerification, scopes: ['admin:enterprise'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 96, endColumn: 114, suggestions: [
          { messageId: 'useNarrowerScope', output: `import { createOAuthUserAuth } from '@octokit/auth-oauth-user';
const auth = createOAuthUserAuth({ clientType: 'oauth-app', clientId, onVerification, scopes: ['read:enterprise'] });` },
        ] },
      ],
    },
    {
      code: `import { Octokit } from '@octokit/rest';
export const GITHUB_SCOPES = ['read:user', 'repo'];`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 44, endColumn: 50, suggestions: [
          { messageId: 'useNarrowerScope', output: `import { Octokit } from '@octokit/rest';
export const GITHUB_SCOPES = ['read:user', 'public_repo'];` },
          { messageId: 'useNarrowerScope', output: `import { Octokit } from '@octokit/rest';
export const GITHUB_SCOPES = ['read:user', 'repo:status'];` },
        ] },
      ],
    },
    // Slack: InstallProvider, Bolt and passport.
    {
      code: `import { InstallProvider } from '@slack/oauth';
const installer = new InstallProvider({ clientId, clientSecret, stateSecret, installUrlOptions: { scopes: ['chat:write', 'admin.users:write'], userScopes: ['chat:write'] } });`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 122, endColumn: 141, suggestions: [] },
        { messageId: 'slackUserWriteScope', line: 2, column: 157, endColumn: 169, suggestions: [] },
      ],
    },
    {
      code: `const { App } = require('@slack/bolt');
const app = new App({ signingSecret, clientId, clientSecret, stateSecret, scopes: ['client'], installerOptions: { userScopes: ['channels:history', 'groups:history', 'im:history', 'mpim:history'] } });`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 84, endColumn: 92, suggestions: [] },
        { messageId: 'slackFullHistory', line: 2, column: 127, endColumn: 195, suggestions: [] },
      ],
    },
    {
      code: `passport.authenticate('slack', { scope: ['identity.basic', 'chat:write:user'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 60, endColumn: 77, suggestions: [
          { messageId: 'useNarrowerScope', output: `passport.authenticate('slack', { scope: ['identity.basic', 'chat:write'] });` },
        ] },
      ],
    },
    // TypeScript.
    {
      code: `import type { PopupRequest } from '@azure/msal-browser';
export const loginRequest: PopupRequest = { scopes: ['User.Read', 'Policy.ReadWrite.ConditionalAccess'] as string[] };`,
      filename: 'authConfig.ts',
      errors: [
        { messageId: 'tierZeroPermission', line: 2, column: 67, endColumn: 103, suggestions: [
          { messageId: 'useNarrowerScope', output: `import type { PopupRequest } from '@azure/msal-browser';
export const loginRequest: PopupRequest = { scopes: ['User.Read', 'Policy.Read.ConditionalAccess'] as string[] };` },
        ] },
      ],
    },
    {
      code: `const GRAPH_SCOPES = ['User.Read', 'AppRoleAssignment.ReadWrite.All'] as const;
export async function token(instance: PublicClientApplication, account: AccountInfo): Promise<string> {
  const result = await instance.acquireTokenSilent({ account, scopes: [...GRAPH_SCOPES] });
  return result.accessToken;
}`,
      filename: 'token.ts',
      errors: [
        { messageId: 'tierZeroPermission', line: 1, column: 36, endColumn: 69, suggestions: [] },
      ],
    },
    // One report per written scope, even when two requests share it.
    {
      code: `const request = { scopes: ['Files.ReadWrite.All'] };
await instance.ssoSilent(request);
await instance.acquireTokenPopup(request);`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 28, endColumn: 49, suggestions: [
          { messageId: 'useNarrowerScope', output: `const request = { scopes: ['Files.Read.All'] };
await instance.ssoSilent(request);
await instance.acquireTokenPopup(request);` },
          { messageId: 'useNarrowerScope', output: `const request = { scopes: ['Files.ReadWrite'] };
await instance.ssoSilent(request);
await instance.acquireTokenPopup(request);` },
          { messageId: 'useNarrowerScope', output: `const request = { scopes: ['Files.ReadWrite.AppFolder'] };
await instance.ssoSilent(request);
await instance.acquireTokenPopup(request);` },
        ] },
      ],
    },
    // More import forms: a default-imported strategy, msal-react, getBearerTokenProvider, an installer instance.
    {
      code: `import GitHubStrategy from 'passport-github2';
passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: ['admin:repo_hook'] }, verify));`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 80, endColumn: 97, suggestions: [
          { messageId: 'useNarrowerScope', output: `import GitHubStrategy from 'passport-github2';
passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: ['write:repo_hook'] }, verify));` },
          { messageId: 'useNarrowerScope', output: `import GitHubStrategy from 'passport-github2';
passport.use(new GitHubStrategy({ clientID, clientSecret, callbackURL, scope: ['read:repo_hook'] }, verify));` },
        ] },
      ],
    },
    {
      code: `import { useMsalAuthentication } from '@azure/msal-react';
const { result } = useMsalAuthentication(InteractionType.Redirect, { scopes: ['Sites.Manage.All'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 79, endColumn: 97, suggestions: [
          { messageId: 'useNarrowerScope', output: `import { useMsalAuthentication } from '@azure/msal-react';
const { result } = useMsalAuthentication(InteractionType.Redirect, { scopes: ['Sites.Selected'] });` },
        ] },
      ],
    },
    {
      code: `import { getBearerTokenProvider, InteractiveBrowserCredential } from '@azure/identity';
const provider = getBearerTokenProvider(new InteractiveBrowserCredential({ clientId }), ['Notes.ReadWrite.All']);`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 90, endColumn: 111, suggestions: [
          { messageId: 'useNarrowerScope', output: `import { getBearerTokenProvider, InteractiveBrowserCredential } from '@azure/identity';
const provider = getBearerTokenProvider(new InteractiveBrowserCredential({ clientId }), ['Notes.Read']);` },
          { messageId: 'useNarrowerScope', output: `import { getBearerTokenProvider, InteractiveBrowserCredential } from '@azure/identity';
const provider = getBearerTokenProvider(new InteractiveBrowserCredential({ clientId }), ['Notes.ReadWrite']);` },
        ] },
      ],
    },
    {
      code: `const { InstallProvider } = require('@slack/oauth');
const installer = new InstallProvider({ clientId, clientSecret, stateSecret });
const url = await installer.generateInstallUrl({ scopes: ['commands'], userScopes: 'files:write:user' });`,
      errors: [
        { messageId: 'overbroadScope', line: 3, column: 84, endColumn: 102, suggestions: [
          { messageId: 'useNarrowerScope', output: `const { InstallProvider } = require('@slack/oauth');
const installer = new InstallProvider({ clientId, clientSecret, stateSecret });
const url = await installer.generateInstallUrl({ scopes: ['commands'], userScopes: 'files:write' });` },
        ] },
      ],
    },
    // The scopes key held in a const.
    {
      code: `const SCOPES_KEY = 'scopes';
await pca.acquireTokenSilent({ account, [SCOPES_KEY]: ['Files.ReadWrite.All'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 2, column: 56, endColumn: 77, suggestions: [
          { messageId: 'useNarrowerScope', output: `const SCOPES_KEY = 'scopes';
await pca.acquireTokenSilent({ account, [SCOPES_KEY]: ['Files.Read.All'] });` },
          { messageId: 'useNarrowerScope', output: `const SCOPES_KEY = 'scopes';
await pca.acquireTokenSilent({ account, [SCOPES_KEY]: ['Files.ReadWrite'] });` },
          { messageId: 'useNarrowerScope', output: `const SCOPES_KEY = 'scopes';
await pca.acquireTokenSilent({ account, [SCOPES_KEY]: ['Files.ReadWrite.AppFolder'] });` },
        ] },
      ],
    },
    // A method name spelled with an escape.
    {
      code: `await pca.acquireToken\\u0053ilent({ account, scopes: ['Files.ReadWrite.All'] });`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 55, endColumn: 76, suggestions: [
          { messageId: 'useNarrowerScope', output: `await pca.acquireToken\\u0053ilent({ account, scopes: ['Files.Read.All'] });` },
          { messageId: 'useNarrowerScope', output: `await pca.acquireToken\\u0053ilent({ account, scopes: ['Files.ReadWrite'] });` },
          { messageId: 'useNarrowerScope', output: `await pca.acquireToken\\u0053ilent({ account, scopes: ['Files.ReadWrite.AppFolder'] });` },
        ] },
      ],
    },
    // Scopes passed as an argument of their own, from a const whose name says nothing.
    {
      code: `const list = ['Directory.ReadWrite.All'];
const provider = new AzureIdentityAuthenticationProvider(credential, list);`,
      errors: [
        { messageId: 'tierZeroPermission', line: 1, column: 15, endColumn: 40, suggestions: [
          { messageId: 'useNarrowerScope', output: `const list = ['Directory.Read.All'];
const provider = new AzureIdentityAuthenticationProvider(credential, list);` },
          { messageId: 'useNarrowerScope', output: `const list = ['User.ReadBasic.All'];
const provider = new AzureIdentityAuthenticationProvider(credential, list);` },
        ] },
      ],
    },
    // Construction options held in a const.
    {
      code: `const options = { keyFile, scopes: ['https://www.googleapis.com/auth/admin.directory.user'] };
const auth = new google.auth.GoogleAuth(options);`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 37, endColumn: 91, suggestions: [
          { messageId: 'useNarrowerScope', output: `const options = { keyFile, scopes: ['https://www.googleapis.com/auth/admin.directory.user.readonly'] };
const auth = new google.auth.GoogleAuth(options);` },
        ] },
      ],
    },
    // The registration key held in a const.
    {
      code: `const ACCESS_KEY = 'requiredResourceAccess';
const application = { [ACCESS_KEY]: [{ resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8', type: 'Role' }] }] };`,
      errors: [
        { messageId: 'tierZeroPermission', line: 2, column: 118, endColumn: 156, suggestions: [
          { messageId: 'useNarrowerPermissionId', output: `const ACCESS_KEY = 'requiredResourceAccess';
const application = { [ACCESS_KEY]: [{ resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: '483bed4a-2ad3-4361-a73b-c83ccdbdc53c', type: 'Role' }] }] };` },
        ] },
      ],
    },
    // Holder names in capitals: a constant, and a key nested in a configuration object.
    {
      code: `export const GRAPH_PERMISSIONS = ['Files.ReadWrite.All'];`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 35, endColumn: 56, suggestions: [
          { messageId: 'useNarrowerScope', output: `export const GRAPH_PERMISSIONS = ['Files.Read.All'];` },
          { messageId: 'useNarrowerScope', output: `export const GRAPH_PERMISSIONS = ['Files.ReadWrite'];` },
          { messageId: 'useNarrowerScope', output: `export const GRAPH_PERMISSIONS = ['Files.ReadWrite.AppFolder'];` },
        ] },
      ],
    },
    {
      code: `export const config = { request: { SCOPES: ['Files.ReadWrite.All'] } };`,
      errors: [
        { messageId: 'overbroadScope', line: 1, column: 45, endColumn: 66, suggestions: [
          { messageId: 'useNarrowerScope', output: `export const config = { request: { SCOPES: ['Files.Read.All'] } };` },
          { messageId: 'useNarrowerScope', output: `export const config = { request: { SCOPES: ['Files.ReadWrite'] } };` },
          { messageId: 'useNarrowerScope', output: `export const config = { request: { SCOPES: ['Files.ReadWrite.AppFolder'] } };` },
        ] },
      ],
    },
    // A module name held in a const.
    {
      code: `const IDENTITY = '@azure/identity';
const { ClientSecretCredential } = require(IDENTITY);
const credential = new ClientSecretCredential(tenantId, clientId, secret);
const token = await credential.getToken(['https://graph.microsoft.com/Mail.ReadWrite']);`,
      errors: [
        { messageId: 'overbroadScope', line: 4, column: 42, endColumn: 86, suggestions: [
          { messageId: 'useNarrowerScope', output: `const IDENTITY = '@azure/identity';
const { ClientSecretCredential } = require(IDENTITY);
const credential = new ClientSecretCredential(tenantId, clientId, secret);
const token = await credential.getToken(['https://graph.microsoft.com/Mail.Read']);` },
          { messageId: 'useNarrowerScope', output: `const IDENTITY = '@azure/identity';
const { ClientSecretCredential } = require(IDENTITY);
const credential = new ClientSecretCredential(tenantId, clientId, secret);
const token = await credential.getToken(['https://graph.microsoft.com/Mail.ReadBasic']);` },
        ] },
      ],
    },
  ],
});
