import rule from '../../src/rules/prefer-secretless-credentials';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('prefer-secretless-credentials', rule, {
  valid: [
    // @azure/identity credentials without a secret.
    `import { ClientCertificateCredential } from '@azure/identity';
const credential = new ClientCertificateCredential(tenantId, clientId, { certificatePath: '/var/run/secrets/app.pem' });`,
    `import { ManagedIdentityCredential } from '@azure/identity';
const credential = new ManagedIdentityCredential({ clientId: process.env.AZURE_CLIENT_ID });`,
    `const { ClientAssertionCredential } = require('@azure/identity');
const credential = new ClientAssertionCredential(tenantId, clientId, () => fs.promises.readFile(tokenFile, 'utf8'));`,
    `import { WorkloadIdentityCredential, DefaultAzureCredential } from '@azure/identity';
const credential = process.env.AZURE_FEDERATED_TOKEN_FILE ? new WorkloadIdentityCredential() : new DefaultAzureCredential();`,
    // A credential class that is only referenced, and a local class of the same name.
    `import { ClientSecretCredential } from '@azure/identity';
if (credential instanceof ClientSecretCredential) logger.warn('secret-based credential in use');`,
    `import { ClientSecretCredential } from './testing/fake-credentials';
const credential = new ClientSecretCredential('tenant', 'client', 'not-a-secret');`,
    // MSAL with a certificate (SHA-256), a federated assertion or a managed identity.
    `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: { clientId, authority, clientCertificate: { thumbprintSha256: process.env.CERT_SHA256, privateKey } },
});`,
    `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: { clientId, authority, clientCertificate: { thumbprint: legacySha1, thumbprintSha256: sha256, privateKey, x5c } },
});`,
    `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: { clientId, authority, clientAssertion: async () => fs.promises.readFile(process.env.AZURE_FEDERATED_TOKEN_FILE, 'utf8') },
});`,
    `import { ManagedIdentityApplication } from '@azure/msal-node';
const mia = new ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId } });`,
    `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({ auth: { clientId, authority, clientSecret: undefined, clientCertificate } });`,
    // Application configuration that is not an MSAL configuration.
    `export const config = {
  port: 8080,
  auth: { issuer, authority: \`https://login.microsoftonline.com/\${tenant}\`, clientId: required('CLIENT_ID'), clientSecret: required('CLIENT_SECRET') },
};`,
    `const settings = { auth: { clientId, clientSecret } };`,
    // Other OAuth providers: this rule is about Microsoft Entra credentials.
    `const GitHubStrategy = require('passport-github2').Strategy;
passport.use(new GitHubStrategy({ clientID, clientSecret: process.env.GITHUB_CLIENT_SECRET, callbackURL }, verify));`,
    `import { Strategy as GoogleStrategy } from 'passport-google-oauth20';
passport.use(new GoogleStrategy({ clientID, clientSecret, callbackURL: '/auth/google/callback' }, verify));`,
    `await axios.post('https://github.com/login/oauth/access_token', { client_id, client_secret, code });`,
    `await fetch('https://oauth2.googleapis.com/token', { method: 'POST', body: new URLSearchParams({ client_id, client_secret, code, grant_type: 'authorization_code' }) });`,
    `await axios.post(process.env.TOKEN_URL, qs.stringify({ client_id, client_secret, grant_type: 'client_credentials', scope: 'orders:read' }));`,
    // Entra token requests without a secret.
    `await fetch(\`https://login.microsoftonline.com/\${tenant}/oauth2/v2.0/token\`, {
  method: 'POST',
  body: new URLSearchParams({ client_id, client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion, grant_type: 'client_credentials', scope }),
});`,
    `await fetch(\`https://login.microsoftonline.com/\${tenant}/oauth2/v2.0/token\`, { method: 'POST', body: new URLSearchParams({ client_id, refresh_token, grant_type: 'refresh_token', client_secret: '' }) });`,
    // passport-azure-ad with a certificate, and the bearer strategy (which takes no client credential).
    `const { OIDCStrategy, BearerStrategy } = require('passport-azure-ad');
passport.use(new OIDCStrategy({ identityMetadata, clientID, responseType: 'code', thumbprint: process.env.CERT_THUMBPRINT, privatePEMKey }, verify));
passport.use(new BearerStrategy({ identityMetadata, clientID, audience }, verify));`,
    // The same names in types and patterns.
    {
      code: `interface EntraSettings { clientSecret: string; client_secret?: string; clientCertificate: { thumbprint: string; privateKey: string } }
const { clientSecret } = settings;`,
      filename: 'settings.ts',
    },
    // adal-node with a certificate.
    `const { AuthenticationContext } = require('adal-node');
new AuthenticationContext(authority).acquireTokenWithClientCertificate(resource, clientId, privateKey, thumbprint, callback);`,
    // Development guards (ignored by default): a secret for local runs, a managed identity in Azure.
    `import { ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity';
const credential = isDev ? new ClientSecretCredential(tenantId, clientId, process.env.DEV_SECRET) : new ManagedIdentityCredential();`,
    // Near misses of the file gates: the SHA-256 thumbprint beside the word, and a secret posted to no Entra endpoint.
    `const settings = { clientCertificate: { thumbprintSha256: thumbprint, privateKey } };`,
    `await fetch(tokenUrl, { method: 'POST', body: new URLSearchParams({ client_id: id, client_secret: secret, grant_type: 'client_credentials' }) });`,
  ],
  invalid: [
    {
      // @azure/identity, ESM named import.
      code: `import { ClientSecretCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';
const credential = new ClientSecretCredential(process.env.AZURE_TENANT_ID, process.env.AZURE_CLIENT_ID, process.env.AZURE_CLIENT_SECRET);
export const secrets = new SecretClient(vaultUrl, credential);`,
      errors: [{ messageId: 'secretCredential', data: { api: 'ClientSecretCredential' }, line: 3, column: 24, endColumn: 46 }],
    },
    {
      // CommonJS destructuring.
      code: `const { ClientSecretCredential } = require('@azure/identity');
module.exports = new ClientSecretCredential(tenantId, clientId, clientSecret);`,
      errors: [{ messageId: 'secretCredential', line: 2, column: 22 }],
    },
    {
      // Namespace import: the callee is reported.
      code: `import * as identity from '@azure/identity';
export const credential = new identity.ClientSecretCredential(tenantId, clientId, secret);`,
      errors: [{ messageId: 'secretCredential', line: 2, column: 31, endColumn: 62 }],
    },
    {
      code: `import { ClientSecretCredential as SecretCred } from '@azure/identity';
const credential = new SecretCred(tenantId, clientId, secret);`,
      errors: [{ messageId: 'secretCredential', data: { api: 'ClientSecretCredential' }, line: 2, column: 24 }],
    },
    {
      code: `const { ClientSecretCredential } = await import('@azure/identity');
const credential = new ClientSecretCredential(tenantId, clientId, secret);`,
      errors: [{ messageId: 'secretCredential', line: 2, column: 24 }],
    },
    {
      // TypeScript, typed as the interface.
      code: `import type { TokenCredential } from '@azure/core-auth';
import identity = require('@azure/identity');
export function graphCredential(tenantId: string, clientId: string, secret: string): TokenCredential {
  return new identity.ClientSecretCredential(tenantId, clientId, secret);
}`,
      filename: 'graph-credential.ts',
      errors: [{ messageId: 'secretCredential', line: 4, column: 14 }],
    },
    {
      // MSAL, inline configuration.
      code: `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: {
    clientId: process.env.CLIENT_ID,
    authority: \`https://login.microsoftonline.com/\${process.env.TENANT_ID}\`,
    clientSecret: process.env.CLIENT_SECRET,
  },
});`,
      errors: [{ messageId: 'msalClientSecret', line: 6, column: 5, endColumn: 44 }],
    },
    {
      // MSAL, CommonJS namespace and a configuration const.
      code: `const msal = require('@azure/msal-node');
const config = { auth: { clientId: process.env.CLIENT_ID, authority: AUTHORITY, clientSecret: process.env.CLIENT_SECRET } };
const cca = new msal.ConfidentialClientApplication(config);`,
      errors: [{ messageId: 'msalClientSecret', line: 2, column: 81 }],
    },
    {
      // The auth object held apart from the configuration.
      code: `import { ConfidentialClientApplication } from '@azure/msal-node';
const auth = { clientId: process.env.CLIENT_ID, authority, clientSecret: process.env.CLIENT_SECRET };
export const cca = new ConfidentialClientApplication({ auth, system: { loggerOptions } });`,
      errors: [{ messageId: 'msalClientSecret', line: 2, column: 60 }],
    },
    {
      // An MSAL configuration module that never imports MSAL itself (the samples' authConfig.js).
      code: `const msalConfig = {
  auth: {
    clientId: process.env.CLIENT_ID,
    authority: process.env.CLOUD_INSTANCE + process.env.TENANT_ID,
    clientSecret: process.env.CLIENT_SECRET,
  },
  system: { loggerOptions: { loggerCallback, piiLoggingEnabled: false, logLevel: 3 } },
};
module.exports = { msalConfig };`,
      errors: [{ messageId: 'msalClientSecret', line: 5, column: 5 }],
    },
    {
      // TypeScript configuration typed with MSAL's Configuration.
      code: `import type { Configuration } from '@azure/msal-node';
export const msalConfig: Configuration = {
  auth: { clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET },
  cache: { cachePlugin },
};`,
      filename: 'auth-config.ts',
      errors: [{ messageId: 'msalClientSecret', line: 3, column: 36 }],
    },
    {
      // SHA-1 certificate thumbprint.
      code: `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: {
    clientId,
    authority,
    clientCertificate: { thumbprint: process.env.CERT_THUMBPRINT, privateKey: fs.readFileSync('key.pem', 'utf8') },
  },
});`,
      errors: [{ messageId: 'sha1Thumbprint', line: 6, column: 26, endColumn: 65 }],
    },
    {
      code: `const clientCertificate = { thumbprint: '5A7F0C1D9E3B2A4C6D8E0F1A3B5C7D9E1F2A4B6C', privateKey };
const msalConfig = { auth: { clientId, authority, clientCertificate } };
const cca = new (require('@azure/msal-node').ConfidentialClientApplication)(msalConfig);`,
      errors: [{ messageId: 'sha1Thumbprint', line: 1, column: 29 }],
    },
    {
      // passport-azure-ad.
      code: `const { OIDCStrategy } = require('passport-azure-ad');
passport.use(new OIDCStrategy({
  identityMetadata: config.creds.identityMetadata,
  clientID: config.creds.clientID,
  responseType: 'code id_token',
  responseMode: 'form_post',
  redirectUrl: config.creds.redirectUrl,
  clientSecret: config.creds.clientSecret,
}, verify));`,
      errors: [{ messageId: 'passportClientSecret', line: 8, column: 3 }],
    },
    {
      // passport-azure-ad's sample configuration module.
      code: `exports.creds = {
  identityMetadata: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  responseType: 'code id_token',
  clientSecret: process.env.CLIENT_SECRET,
};`,
      errors: [{ messageId: 'passportClientSecret', line: 5, column: 3 }],
    },
    {
      // A raw client-credentials request with fetch.
      code: `const TOKEN_URL = \`https://login.microsoftonline.com/\${tenantId}/oauth2/v2.0/token\`;
const response = await fetch(TOKEN_URL, {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope }),
});`,
      errors: [{ messageId: 'rawClientSecret', line: 4, column: 86, endColumn: 113 }],
    },
    {
      // axios with qs, the authority from the environment: the v2.0 token path is Entra's.
      code: `import axios from 'axios';
import qs from 'qs';
const { data } = await axios.post(\`\${process.env.AUTHORITY}/oauth2/v2.0/token\`, qs.stringify({
  grant_type: 'client_credentials',
  client_id: process.env.CLIENT_ID,
  client_secret: process.env.CLIENT_SECRET,
  scope: 'api://billing/.default',
}));`,
      errors: [{ messageId: 'rawClientSecret', line: 6, column: 3 }],
    },
    {
      // URLSearchParams filled with append.
      code: `const params = new URLSearchParams();
params.append('grant_type', 'client_credentials');
params.append('client_id', clientId);
params.append('client_secret', clientSecret);
await axios.post(\`https://login.microsoftonline.com/\${tenant}/oauth2/v2.0/token\`, params);`,
      errors: [{ messageId: 'rawClientSecret', line: 4, column: 15, endColumn: 30 }],
    },
    {
      // Form text to the v1 endpoint: only the field name is underlined.
      code: `await axios.post(
  'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token',
  \`grant_type=client_credentials&client_id=\${id}&client_secret=\${encodeURIComponent(secret)}&resource=https://management.azure.com/\`,
);`,
      errors: [{ messageId: 'rawClientSecret', line: 3, column: 50, endColumn: 63 }],
    },
    {
      code: `const ENTRA_TOKEN_URL = 'https://login.microsoftonline.com/' + TENANT + '/oauth2/v2.0/token';
const body = 'grant_type=client_credentials&client_secret=' + encodeURIComponent(secret) + '&scope=' + scope;
await fetch(ENTRA_TOKEN_URL, { method: 'POST', headers, body });`,
      errors: [{ messageId: 'rawClientSecret', line: 2, column: 45, endColumn: 58 }],
    },
    {
      // superagent: the URL is in the chain, the body in \`.send\`.
      code: `superagent
  .post(\`https://login.microsoftonline.com/\${tenant}/oauth2/v2.0/token\`)
  .type('form')
  .send({ client_id: id, client_secret: secret, grant_type: 'client_credentials' });`,
      errors: [{ messageId: 'rawClientSecret', line: 4, column: 26 }],
    },
    {
      // got with the URL in the options.
      code: `const got = require('got');
const { body } = await got.post({ url: \`https://login.microsoftonline.com/\${tenant}/oauth2/v2.0/token\`, form: { client_id: id, client_secret: secret, grant_type: 'client_credentials', scope } });`,
      errors: [{ messageId: 'rawClientSecret', line: 2, column: 128 }],
    },
    {
      // A helper builds the body; an Azure AD B2C token endpoint; TypeScript.
      code: `function tokenRequest(scope: string): URLSearchParams {
  return new URLSearchParams({ grant_type: 'client_credentials', client_id: config.clientId, client_secret: config.clientSecret, scope });
}
export async function getToken(scope: string): Promise<unknown> {
  return axios.post('https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin/oauth2/v2.0/token', tokenRequest(scope));
}`,
      filename: 'token.ts',
      errors: [{ messageId: 'rawClientSecret', line: 2, column: 94 }],
    },
    {
      // A body whose \`.default\` scope only Entra issues, wherever it is sent.
      code: `const body = { grant_type: 'client_credentials', client_id: id, client_secret: secret, scope: 'https://graph.microsoft.com/.default' };`,
      errors: [{ messageId: 'rawClientSecret', line: 1, column: 65, endColumn: 86 }],
    },
    {
      // Retired SDKs.
      code: `const AuthenticationContext = require('adal-node').AuthenticationContext;
const context = new AuthenticationContext(authorityUrl);
context.acquireTokenWithClientCredentials(resource, clientId, clientSecret, callback);`,
      errors: [{ messageId: 'secretCredential', data: { api: 'acquireTokenWithClientCredentials' }, line: 3, column: 1, endColumn: 42 }],
    },
    {
      code: `import * as msRestNodeAuth from '@azure/ms-rest-nodeauth';
const creds = await msRestNodeAuth.loginWithServicePrincipalSecret(clientId, secret, tenantId);`,
      errors: [{ messageId: 'secretCredential', data: { api: 'loginWithServicePrincipalSecret' }, line: 2, column: 21 }],
    },
    {
      code: `const msRestAzure = require('ms-rest-azure');
const credentials = new msRestAzure.ApplicationTokenCredentials(clientId, domain, secret);`,
      errors: [{ messageId: 'secretCredential', data: { api: 'ApplicationTokenCredentials' }, line: 2, column: 25 }],
    },
    {
      // Development guards count when the option says so.
      code: `import { ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity';
const credential = isDev ? new ClientSecretCredential(tenantId, clientId, process.env.DEV_SECRET) : new ManagedIdentityCredential();`,
      options: [{ ignoreDevelopmentGuards: false }],
      errors: [{ messageId: 'secretCredential', line: 2, column: 32 }],
    },
    {
      // The file gates keep keys and paths held in constants: MSAL's secret and certificate keys, a `.default` scope,
      // and a token endpoint's path in another case.
      code: `const SECRET = 'clientSecret';
export const msalConfig = { auth: { clientId, authority, [SECRET]: process.env.CLIENT_SECRET } };`,
      errors: [{ messageId: 'msalClientSecret', line: 2, column: 58 }],
    },
    {
      code: `const CERTIFICATE = 'clientCertificate';
export const auth = { clientId, authority, [CERTIFICATE]: { thumbprint: '5A7F0C1D9E3B2A4C6D8E0F1A3B5C7D9E1F2A4B6C', privateKey } };`,
      errors: [{ messageId: 'sha1Thumbprint', line: 2, column: 61 }],
    },
    {
      code: `const GRAPH_DEFAULT = 'https://graph.microsoft.com/.default';
const body = { grant_type: 'client_credentials', client_id: id, client_secret: secret, scope: GRAPH_DEFAULT };`,
      errors: [{ messageId: 'rawClientSecret', line: 2, column: 65 }],
    },
    {
      code: `const TOKEN_PATH = '/OAuth2/v2.0/token';
await fetch('https://login.microsoftonline.com/' + tenant + TOKEN_PATH, { method: 'POST', body: new URLSearchParams({ client_id: id, client_secret: secret, grant_type: 'client_credentials', scope }) });`,
      errors: [{ messageId: 'rawClientSecret', line: 2, column: 134 }],
    },
  ],
});
