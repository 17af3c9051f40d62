import rule from '../../src/rules/no-password-grant';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const REALM = 'http://auth0.com/oauth/grant-type/password-realm';

ruleTester.run('no-password-grant', rule, {
  valid: [
    // MSAL: the code, on-behalf-of, client-credential and device-code flows.
    `import { ConfidentialClientApplication } from '@azure/msal-node';
     const cca = new ConfidentialClientApplication(config);
     const result = await cca.acquireTokenByCode({ code: req.query.code, scopes, redirectUri, codeVerifier });`,
    `const { ConfidentialClientApplication } = require('@azure/msal-node');
     const cca = new ConfidentialClientApplication(msalConfig);
     cca.acquireTokenOnBehalfOf({ oboAssertion: bearer, scopes: ['api://orders/.default'] });`,
    `import * as msal from '@azure/msal-node';
     const cca = new msal.ConfidentialClientApplication(config);
     await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });`,
    `import { PublicClientApplication } from '@azure/msal-node';
     const pca = new PublicClientApplication(config);
     await pca.acquireTokenByDeviceCode({ scopes, deviceCodeCallback: (r) => console.log(r.message) });`,
    // Test doubles name the method without calling it.
    `jest.spyOn(pca, 'acquireTokenByUsernamePassword');
     mockMsal.acquireTokenByUsernamePassword.mockResolvedValue(fakeResult);`,
    `interface TokenClient { acquireTokenByUsernamePassword(request: UsernamePasswordRequest): Promise<AuthenticationResult | null> }`,
    // @azure/identity credentials that are not the password one.
    `import { ClientCertificateCredential, ManagedIdentityCredential } from '@azure/identity';
     const credential = new ManagedIdentityCredential({ clientId: process.env.AZURE_CLIENT_ID });
     const fallback = new ClientCertificateCredential(tenantId, clientId, '/etc/certs/app.pem');`,
    // A local class of the same name is not the library's.
    `class UsernamePasswordCredential { constructor(user, pass) { this.user = user; this.pass = pass; } }
     const c = new UsernamePasswordCredential('svc', secret);`,
    // Background jobs with client credentials.
    `const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope });
     await fetch(tokenUrl, { method: 'POST', body });`,
    `await axios.post(tokenUrl, qs.stringify({ grant_type: 'client_credentials', scope: 'jobs.write' }));`,
    `const tokenBody = 'grant_type=client_credentials&scope=' + encodeURIComponent(scope);`,
    `params.append('grant_type', 'refresh_token');`,
    `form.set('grant_type', 'authorization_code');`,
    // The grant type is known only at run time.
    `await axios.post(tokenUrl, qs.stringify({ grant_type: grantType, username, password }));`,
    `const body = \`grant_type=\${grantType}&username=\${user}&password=\${pass}\`;`,
    // Server code that reads the grant type, a schema, a type, a destructuring default.
    `if (req.body.grant_type === 'password') return res.status(400).json({ error: 'unsupported_grant_type' });`,
    `const schema = z.object({ grant_type: z.literal('authorization_code'), code: z.string() });`,
    `type PasswordRequest = { grant_type: 'password'; username: string; password: string };`,
    `const { grant_type = 'password' } = req.body;`,
    // `grant_type: 'password'` in an object that is neither a request nor a credential set.
    `const GRANT_LABELS = { grant_type: 'password', label: 'Resource owner password' };`,
    // camelCase `grantType` needs the credentials beside it.
    `selectGrant({ grantType: 'password' });`,
    // Text that mentions the parameter without being a form body.
    `const help = 'Set grant_type=password only for legacy clients';`,
    `const url = 'https://idp.example.com/token?grant_type=passwordless';`,
    // passwordGrant / getTokenByPassword outside an Auth0 file belong to other SDKs.
    `await sdk.authorization.passwordGrant(config.accessKeyId, config.accessKeySecret);`,
    `ctx.body = await auth.getTokenByPassword(userid, password);`,
    // `owner.getToken` outside a client-oauth2 file, `login` outside an auth0-js file.
    `const token = await repo.owner.getToken();`,
    `await api.client.login({ username, password });`,
    // auth0-js WebAuth#login is cross-origin authentication, not the token-endpoint grant.
    `import auth0 from 'auth0-js';
     const webAuth = new auth0.WebAuth({ domain, clientID, responseType: 'code' });
     webAuth.authorize({ connection: 'google-oauth2' });`,
    // simple-oauth2 authorization code and client credentials.
    `const { AuthorizationCode, ClientCredentials } = require('simple-oauth2');
     const client = new ClientCredentials(config);
     const token = await client.getToken({ scope: 'reports:read' });`,
    `const oauth2 = require('simple-oauth2').create(credentials);
     const result = await oauth2.clientCredentials.getToken({});`,
    // openid-client generic grants of other types.
    `import * as client from 'openid-client';
     await client.genericGrantRequest(config, 'urn:ietf:params:oauth:grant-type:token-exchange', { subject_token: token });`,
    // Cognito SRP and custom flows.
    `import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
     await client.send(new InitiateAuthCommand({ AuthFlow: 'USER_SRP_AUTH', ClientId, AuthParameters: { USERNAME, SRP_A } }));`,
    `await signIn({ username, password, options: { authFlowType: 'USER_SRP_AUTH' } });`,
    `cognitoUser.setAuthenticationFlowType('CUSTOM_AUTH');`,
    `const ExplicitAuthFlows = ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];`,
    // Cognito flows when the option turns them off.
    {
      code: `await client.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId, AuthParameters }));`,
      options: [{ cognitoPasswordFlows: false }],
    },
    `const refresh = { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId, AuthParameters: { REFRESH_TOKEN: refreshToken } };`,
    {
      code: `params.AuthFlow = 'ADMIN_USER_PASSWORD_AUTH';`,
      options: [{ cognitoPasswordFlows: false }],
    },
    // A type that spells a form body is not one.
    {
      code: `type LegacyBody = 'grant_type=password';`,
      filename: 'types.ts',
    },
    // A file that never mentions a password.
    `export const scopes = ['User.Read'];`,
  ],
  invalid: [
    // MSAL, every import form.
    {
      code: `import { PublicClientApplication } from '@azure/msal-node';
const pca = new PublicClientApplication({ auth: { clientId, authority } });
const result = await pca.acquireTokenByUsernamePassword({ username, password, scopes: ['User.Read'] });`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'acquireTokenByUsernamePassword()' }, line: 3, column: 26, endColumn: 56 }],
    },
    {
      code: `const msal = require('@azure/msal-node');
const cca = new msal.ConfidentialClientApplication(config);
cca.acquireTokenByUsernamePassword(request).then((r) => r.accessToken);`,
      errors: [{ messageId: 'passwordGrant', line: 3, column: 5 }],
    },
    // The instance comes from elsewhere: the method name alone is enough.
    {
      code: `export class GraphService {
  constructor(private readonly msalClient: PublicClientApplication) {}
  async token(user: string, pass: string): Promise<string | undefined> {
    const res = await this.msalClient.acquireTokenByUsernamePassword({ username: user, password: pass, scopes: this.scopes });
    return res?.accessToken;
  }
}`,
      filename: 'graph.service.ts',
      errors: [{ messageId: 'passwordGrant', line: 4, column: 39 }],
    },
    {
      code: `const res = await getClient()?.acquireTokenByUsernamePassword(req);`,
      errors: [{ messageId: 'passwordGrant', line: 1, column: 32 }],
    },
    {
      code: `await client['acquireTokenByUsernamePassword']({ username, password, scopes });`,
      errors: [{ messageId: 'passwordGrant', line: 1, column: 14 }],
    },
    {
      // TypeScript `import = require`, and a dynamic import.
      code: `import msal = require('@azure/msal-node');
const app: msal.PublicClientApplication = new msal.PublicClientApplication(config);
void app.acquireTokenByUsernamePassword(request);`,
      filename: 'legacy.ts',
      errors: [{ messageId: 'passwordGrant', line: 3, column: 10 }],
    },
    {
      code: `const { UsernamePasswordCredential: Cred } = await import('@azure/identity');
const credential = new Cred(tenant, client, user, pass);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'new UsernamePasswordCredential()' }, line: 2, column: 24 }],
    },
    // ADAL and the old Azure login helpers.
    {
      code: `const { AuthenticationContext } = require('adal-node');
const context = new AuthenticationContext(authorityUrl);
context.acquireTokenWithUsernamePassword(resource, username, password, clientId, callback);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'acquireTokenWithUsernamePassword()' }, line: 3, column: 9 }],
    },
    {
      code: `import * as msRestNodeAuth from '@azure/ms-rest-nodeauth';
const creds = await msRestNodeAuth.loginWithUsernamePassword(process.env.AZURE_USER, process.env.AZURE_PASSWORD);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'loginWithUsernamePassword()' }, line: 2, column: 36 }],
    },
    {
      code: `const msRestAzure = require('ms-rest-azure');
const credentials = new msRestAzure.UserTokenCredentials(clientId, domain, username, password);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'new UserTokenCredentials()' }, line: 2, column: 37 }],
    },
    // @azure/identity.
    {
      code: `import { UsernamePasswordCredential } from '@azure/identity';
const credential = new UsernamePasswordCredential(tenantId, clientId, process.env.SVC_USER, process.env.SVC_PASSWORD);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'new UsernamePasswordCredential()' }, line: 2, column: 24, endColumn: 50 }],
    },
    {
      code: `import * as identity from '@azure/identity';
const credential: TokenCredential = new identity.UsernamePasswordCredential(tenant, client, user, pass);`,
      filename: 'credential.ts',
      errors: [{ messageId: 'passwordGrant', line: 2, column: 50 }],
    },
    {
      code: `import { UsernamePasswordCredential as PasswordCred } from '@azure/identity';
export const credential = new PasswordCred(tenant, client, user, pass);`,
      errors: [{ messageId: 'passwordGrant', line: 2, column: 31 }],
    },
    {
      // Re-exported from a local module: matched by the class name.
      code: `import { UsernamePasswordCredential } from './azure';
const credential = new UsernamePasswordCredential(tenant, client, user, pass);`,
      errors: [{ messageId: 'passwordGrant', line: 2, column: 24 }],
    },
    // simple-oauth2.
    {
      code: `const { ResourceOwnerPassword } = require('simple-oauth2');
const client = new ResourceOwnerPassword(config);
const accessToken = await client.getToken({ username: 'svc-reports', password: process.env.REPORTS_PASSWORD, scope: 'reports' });`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'new ResourceOwnerPassword()' }, line: 2, column: 20 }],
    },
    {
      code: `import { ResourceOwnerPassword as Ropc } from 'simple-oauth2';
const client = new Ropc(config);`,
      errors: [{ messageId: 'passwordGrant', line: 2, column: 20 }],
    },
    {
      code: `const oauth2 = require('simple-oauth2').create(credentials);
const result = await oauth2.ownerPassword.getToken({ username, password, scope: 'api' });`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'ownerPassword.getToken()' }, line: 2, column: 29 }],
    },
    {
      code: `const { ownerPassword } = oauth2;
ownerPassword.getToken(tokenConfig);`,
      errors: [{ messageId: 'passwordGrant', line: 2, column: 1 }],
    },
    // client-oauth2 and @badgateway/oauth2-client.
    {
      code: `import ClientOAuth2 from 'client-oauth2';
const auth = new ClientOAuth2({ clientId, accessTokenUri: 'https://idp.example.com/token' });
const user = await auth.owner.getToken(username, password);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'owner.getToken()' }, line: 3, column: 25 }],
    },
    {
      code: `import { OAuth2Client } from '@badgateway/oauth2-client';
const client = new OAuth2Client({ server: 'https://idp.example.com/', clientId });
const token = await client.password({ username, password });`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'password()' }, line: 3, column: 28 }],
    },
    // openid-client 6 and oauth4webapi generic grants.
    {
      code: `import * as client from 'openid-client';
const tokens = await client.genericGrantRequest(config, 'password', { username, password, scope: 'openid' });`,
      errors: [{ messageId: 'passwordGrant', data: { api: "genericGrantRequest(…, 'password')" }, line: 2, column: 57 }],
    },
    {
      code: `import { genericTokenEndpointRequest } from 'oauth4webapi';
const GRANT = 'password';
const response = await genericTokenEndpointRequest(as, client, clientAuth, GRANT, { username, password });`,
      errors: [{ messageId: 'passwordGrant', line: 3, column: 76 }],
    },
    // Auth0 node SDK.
    {
      code: `import { AuthenticationClient } from 'auth0';
const auth0 = new AuthenticationClient({ domain, clientId, clientSecret });
const { data } = await auth0.oauth.passwordGrant({ username, password, realm: 'Username-Password-Authentication' });`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'passwordGrant()' }, line: 3, column: 36 }],
    },
    {
      code: `const { AuthenticationClient } = require('auth0');
const auth0 = new AuthenticationClient({ domain, clientId });
auth0.passwordGrant({ username, password }, (err, userData) => done(err, userData));`,
      errors: [{ messageId: 'passwordGrant', line: 3, column: 7 }],
    },
    {
      // The client is built in another module that the import path names.
      code: `import { authClient } from '../auth0';
export async function signIn(user: User): Promise<string> {
  const response = await authClient.passwordGrant({ username: user.email, password: user.password, audience });
  return response.access_token;
}`,
      filename: 'sign-in.ts',
      errors: [{ messageId: 'passwordGrant', line: 3, column: 37 }],
    },
    {
      code: `import { AuthClient } from '@auth0/auth0-auth-js';
const authClient = new AuthClient({ domain, clientId, clientSecret });
const tokens = await authClient.getTokenByPassword({ username, password, audience });`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'getTokenByPassword()' }, line: 3, column: 33 }],
    },
    // auth0-js.
    {
      code: `import auth0 from 'auth0-js';
const webAuth = new auth0.WebAuth({ domain, clientID });
webAuth.client.login({ realm: 'Username-Password-Authentication', username, password }, callback);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'client.login()' }, line: 3, column: 16 }],
    },
    {
      code: `import { Authentication } from 'auth0-js';
const auth = new Authentication({ domain, clientID });
auth.loginWithDefaultDirectory({ username, password }, callback);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'loginWithDefaultDirectory()' }, line: 3, column: 6 }],
    },
    {
      code: `import auth0 from 'auth0-js';
const authentication = new auth0.Authentication({ domain, clientID });
authentication.login({ realm, username, password }, cb);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'login()' }, line: 3, column: 16 }],
    },
    // Raw token requests: objects.
    {
      code: `const response = await axios.post(tokenUrl, qs.stringify({
  grant_type: 'password',
  client_id: process.env.CLIENT_ID,
  username: process.env.SERVICE_USER,
  password: process.env.SERVICE_PASSWORD,
}));`,
      errors: [{ messageId: 'passwordGrant', data: { api: "grant_type: 'password'" }, line: 2, column: 3, endColumn: 25 }],
    },
    {
      code: `const body = new URLSearchParams({ grant_type: 'password', client_id: clientId, scope });
body.set('username', user);
await fetch(\`https://login.microsoftonline.com/\${tenant}/oauth2/v2.0/token\`, { method: 'POST', body });`,
      errors: [{ messageId: 'passwordGrant', line: 1, column: 36 }],
    },
    {
      code: `const PASSWORD_GRANT = 'password';
const base = { grant_type: PASSWORD_GRANT, client_id: CLIENT_ID };
export function tokenRequest(username: string, password: string) {
  return { ...base, username, password };
}`,
      filename: 'token.ts',
      errors: [{ messageId: 'passwordGrant', line: 2, column: 16 }],
    },
    {
      code: `const payload = { grant_type: 'password', username: email, password };
const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(payload) });`,
      errors: [{ messageId: 'passwordGrant', line: 1, column: 19 }],
    },
    {
      code: `await request.post({ url: tokenEndpoint, form: { grant_type: '${REALM}', realm: 'db', ...credentials } });`,
      errors: [{ messageId: 'passwordGrant', data: { api: `grant_type: '${REALM}'` }, line: 1, column: 50 }],
    },
    {
      code: `const tokenSet = await client.grant({ grant_type: 'password', username, password });`,
      errors: [{ messageId: 'passwordGrant', line: 1, column: 39 }],
    },
    {
      code: `await got.post(tokenUrl, { form: { 'grant_type': 'password', username, password } as TokenForm }).json();`,
      filename: 'token.ts',
      errors: [{ messageId: 'passwordGrant', line: 1, column: 36 }],
    },
    {
      // Keycloak admin client.
      code: `import KcAdminClient from '@keycloak/keycloak-admin-client';
const kcAdmin = new KcAdminClient({ baseUrl, realmName: 'master' });
await kcAdmin.auth({ username: 'admin', password: process.env.KC_ADMIN_PASSWORD, grantType: 'password', clientId: 'admin-cli' });`,
      errors: [{ messageId: 'passwordGrant', data: { api: "grantType: 'password'" }, line: 3, column: 82 }],
    },
    // Raw token requests: strings, parameters, assignments.
    {
      code: `const body = 'grant_type=password&username=' + encodeURIComponent(user) + '&password=' + encodeURIComponent(pass);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'grant_type=password' }, line: 1, column: 14, endColumn: 45 }],
    },
    {
      code: `const res = await axios.post(\`\${baseUrl}/oauth/token\`, \`grant_type=password&username=\${u}&password=\${p}&client_id=\${id}\`);`,
      errors: [{ messageId: 'passwordGrant', line: 1, column: 56 }],
    },
    {
      code: "const url = `v1/auth/tokens?grant_type=password&email=${req.email}&password=${req.password}`;",
      errors: [{ messageId: 'passwordGrant', line: 1, column: 13 }],
    },
    {
      code: `superagent.post(tokenUrl).type('form').send('client_id=cli&grant_type=password').send({ username, password });`,
      errors: [{ messageId: 'passwordGrant', line: 1, column: 45 }],
    },
    {
      code: `const params = new URLSearchParams();
params.append('grant_type', 'password');
params.append('username', username);`,
      errors: [{ messageId: 'passwordGrant', data: { api: "append('grant_type', 'password')" }, line: 2, column: 29 }],
    },
    {
      code: `const body = new URLSearchParams([['grant_type', 'password'], ['username', user], ['password', pass]]);`,
      errors: [{ messageId: 'passwordGrant', line: 1, column: 35, endColumn: 61 }],
    },
    {
      code: `const data = { client_id: clientId, username, password };
data.grant_type = 'password';`,
      errors: [{ messageId: 'passwordGrant', data: { api: "grant_type = 'password'" }, line: 2, column: 1 }],
    },
    // Amazon Cognito.
    {
      code: `import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
const client = new CognitoIdentityProviderClient({ region });
const out = await client.send(new InitiateAuthCommand({
  AuthFlow: 'USER_PASSWORD_AUTH',
  ClientId: process.env.COGNITO_CLIENT_ID,
  AuthParameters: { USERNAME: username, PASSWORD: password },
}));`,
      errors: [{ messageId: 'cognitoPasswordFlow', data: { flow: 'USER_PASSWORD_AUTH' }, line: 4, column: 3, endColumn: 33 }],
    },
    {
      code: `import { AdminInitiateAuthCommand, AuthFlowType } from '@aws-sdk/client-cognito-identity-provider';
const command = new AdminInitiateAuthCommand({ UserPoolId, ClientId, AuthFlow: AuthFlowType.ADMIN_USER_PASSWORD_AUTH, AuthParameters });`,
      errors: [{ messageId: 'cognitoPasswordFlow', data: { flow: 'ADMIN_USER_PASSWORD_AUTH' }, line: 2, column: 70 }],
    },
    {
      code: `const cognito = new AWS.CognitoIdentityServiceProvider();
const params = { AuthFlow: 'ADMIN_NO_SRP_AUTH', ClientId, UserPoolId, AuthParameters: { USERNAME, PASSWORD } };
const result = await cognito.adminInitiateAuth(params).promise();`,
      errors: [{ messageId: 'cognitoPasswordFlow', data: { flow: 'ADMIN_NO_SRP_AUTH' }, line: 2, column: 18 }],
    },
    {
      code: `const params: AdminInitiateAuthCommandInput = { UserPoolId, ClientId, AuthParameters } as AdminInitiateAuthCommandInput;
params.AuthFlow = AuthFlowType['ADMIN_NO_SRP_AUTH'];`,
      filename: 'cognito.ts',
      errors: [{ messageId: 'cognitoPasswordFlow', data: { flow: 'ADMIN_NO_SRP_AUTH' }, line: 2, column: 1 }],
    },
    {
      code: `import { signIn } from 'aws-amplify/auth';
await signIn({ username, password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });`,
      errors: [{ messageId: 'cognitoPasswordFlow', line: 2, column: 47 }],
    },
    {
      code: `Amplify.configure({ Auth: { region, userPoolId, userPoolWebClientId, authenticationFlowType: 'USER_PASSWORD_AUTH' } });`,
      errors: [{ messageId: 'cognitoPasswordFlow', line: 1, column: 70 }],
    },
    {
      code: `const cognitoUser = new CognitoUser({ Username: username, Pool: userPool });
cognitoUser.setAuthenticationFlowType('USER_PASSWORD_AUTH');
cognitoUser.authenticateUser(authDetails, callbacks);`,
      errors: [{ messageId: 'cognitoPasswordFlow', line: 2, column: 39 }],
    },
    // Files without the word `password`: each still holds one of the markers the file test looks for.
    {
      code: `await client.send(new AdminInitiateAuthCommand({ AuthFlow: 'ADMIN_NO_SRP_AUTH', UserPoolId, ClientId, AuthParameters }));`,
      errors: [{ messageId: 'cognitoPasswordFlow', data: { flow: 'ADMIN_NO_SRP_AUTH' }, line: 1, column: 50 }],
    },
    {
      code: `import { Authentication } from 'auth0-js';
const auth = new Authentication({ domain, clientID });
auth.loginWithResourceOwner({ username, realm }, callback);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'loginWithResourceOwner()' }, line: 3, column: 6 }],
    },
    {
      code: `import ClientOAuth2 from 'client-oauth2';
const auth = new ClientOAuth2({ clientId, accessTokenUri });
const user = await auth.owner.getToken(username, secret);`,
      errors: [{ messageId: 'passwordGrant', data: { api: 'owner.getToken()' }, line: 3, column: 25 }],
    },
  ],
});
