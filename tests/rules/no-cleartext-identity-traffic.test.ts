import rule from '../../src/rules/no-cleartext-identity-traffic';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-cleartext-identity-traffic', rule, {
  valid: [
    // Azure IMDS managed-identity token: plain HTTP by design, reachable only from the VM.
    `const res = await fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net', { headers: { Metadata: 'true' } });`,
    // GCP metadata server token.
    `import axios from 'axios';
const { data } = await axios.get('http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token', { headers: { 'Metadata-Flavor': 'Google' } });`,
    // AWS IMDSv2 session token, IPv4 and IPv6.
    `await fetch('http://169.254.169.254/latest/api/token', { method: 'PUT', headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' } });
await fetch('http://[fd00:ec2::254]/latest/api/token', { method: 'PUT' });`,
    // ECS / EKS Pod Identity credentials: an Authorization header to the link-local agent.
    `const creds = await fetch(\`http://169.254.170.2\${process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}\`, {
  headers: { Authorization: process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN },
});
await fetch('http://169.254.170.23/v1/credentials', { headers: { Authorization: token } });`,
    // Loopback redirect URI (native and dev apps).
    `import { PublicClientApplication } from '@azure/msal-node';
const pca = new PublicClientApplication({ auth: { clientId, authority: 'https://login.microsoftonline.com/common', redirectUri: 'http://localhost:3000/redirect' } });`,
    // 127.0.0.1 and [::1] targets.
    `import axios from 'axios';
await axios.post('http://127.0.0.1:8080/realms/dev/protocol/openid-connect/token', new URLSearchParams({ grant_type: 'client_credentials', client_secret: secret }));
await fetch('http://[::1]:4000/api/me', { headers: { Authorization: \`Bearer \${token}\` } });`,
    // *.localhost hosts.
    `const OAuth2Strategy = require('passport-oauth2');
passport.use(new OAuth2Strategy({
  authorizationURL: 'http://auth.localhost/authorize',
  tokenURL: 'http://auth.localhost/token',
  clientID: 'web',
  clientSecret: process.env.CLIENT_SECRET,
  callbackURL: 'http://app.localhost/auth/callback',
}, verify));`,
    // SAML: the issuer is an entity ID and the algorithms are W3C namespace URIs.
    `import { Strategy as SamlStrategy } from '@node-saml/passport-saml';
passport.use(new SamlStrategy({
  entryPoint: 'https://idp.example.com/sso',
  issuer: 'http://app.example.com/saml/metadata',
  callbackUrl: 'https://app.example.com/saml/acs',
  signatureAlgorithm: 'sha256',
  digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  idpCert: process.env.IDP_CERT,
}, verify));`,
    // Claim-type URIs are names.
    `const ROLE_CLAIM = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role';
const NAME_CLAIM = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name';
const roles = claims[ROLE_CLAIM];`,
    // JSON schema and JSON-LD identifiers.
    `const schema = { $schema: 'http://json-schema.org/draft-07/schema#', $id: 'http://example.com/schemas/token.json', type: 'object' };
const person = { '@context': 'http://schema.org', '@type': 'Person', name };`,
    // XML namespaces in a request to a remote host that carries no credential.
    `await fetch('http://soap.example.com/service', { method: 'POST', body: \`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"/>\` });`,
    // An XML namespace held in an identity-looking object.
    `const ns = { xmlns: 'http://www.w3.org/2000/09/xmldsig#', issuer: 'http://www.w3.org/2001/04/xmlenc#sha256' };`,
    // Values read from the environment or config.
    `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({ auth: { clientId: process.env.CLIENT_ID, authority: process.env.AUTHORITY, clientSecret: process.env.CLIENT_SECRET } });
const strategy = { jwksUri: config.jwksUri, issuer: config.get('issuer') };`,
    // A run-time host.
    `import axios from 'axios';
const tokenUrl = \`http://\${process.env.AUTH_HOST}/oauth/token\`;
await axios.post(tokenUrl, { grant_type: 'client_credentials', client_secret: secret });
await fetch('http://' + authHost + '/connect/token', { method: 'POST', body });`,
    // https everywhere.
    `import * as jose from 'jose';
const JWKS = jose.createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
await fetch('https://api.example.com/me', { headers: { Authorization: \`Bearer \${token}\` } });
const socket = new WebSocket('wss://stream.example.com/feed?access_token=' + token);`,
    // AD FS access tokens carry an http issuer that is only an identifier.
    `jwt.verify(token, publicKey, { algorithms: ['RS256'], issuer: 'http://adfs.contoso.com/adfs/services/trust', audience: 'api://orders' });`,
    // A self-issued token names itself; nothing connects to it.
    `const token = jwt.sign({ sub: user.id }, secret, { issuer: 'http://orders.example.com', expiresIn: '15m' });`,
    // Auth0 API identifiers are often http:// names, never fetched.
    `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ issuerBaseURL: 'https://tenant.eu.auth0.com/', audience: 'http://orders-api' }));`,
    // A payment provider redirectUrl is not an identity setting.
    `await mollie.payments.create({ amount, description: 'Order 12', redirectUrl: 'http://shop.example.com/orders/12', webhookUrl });`,
    // A generic token key outside a provider.
    `const docs = { token: 'http://docs.example.com/token', userinfo: 'http://docs.example.com/userinfo' };`,
    // A development guard (ignored by default).
    `const oidc = { issuer: process.env.NODE_ENV === 'development' ? 'http://keycloak:8080/realms/app' : 'https://sso.example.com/realms/app', clientId: 'web' };
if (isDev) { msalConfig.auth.authority = 'http://login.dev.example.com/tenant'; }`,
    // openid-client allowed to use HTTP against a loopback server.
    `import * as client from 'openid-client';
const config = await client.discovery(new URL('http://localhost:8080/realms/dev'), 'web', secret, undefined, { execute: [client.allowInsecureRequests] });
const local = await client.discovery(new URL('http://127.0.0.1:8080/realms/dev'), 'web');
client.allowInsecureRequests(local);`,
    // passport-azure-ad with an http redirect on localhost.
    `const { OIDCStrategy } = require('passport-azure-ad');
passport.use(new OIDCStrategy({ identityMetadata, clientID, responseType: 'code', responseMode: 'form_post', redirectUrl: 'http://localhost:3000/auth/openid/return', allowHttpForRedirectUrl: true }, verify));`,
    // Hosts allowed by the option (service mesh with mTLS).
    {
      code: `const msal = { auth: { clientId, authority: 'http://login.mesh.svc.cluster.local/tenant' } };
await fetch('http://auth-proxy:8080/oauth/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_secret }) });`,
      options: [{'allowedHosts': ['*.svc.cluster.local', 'auth-proxy']}],
    },
    // An axios instance on http with a path known only at run time and no credential.
    {
      code: `import axios from 'axios';
const api = axios.create({ baseURL: 'http://catalog.example.com' });
export const getItem = (path: string) => api.get(path);`,
      filename: 'catalog.ts',
    },
    // Client configurations: an HTTPS or loopback base URL, headers that are no credential, a base URL known only
    // at run time, a development-only base, and an object that is not axios.
    {
      code: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.shop-backend.com/v1' });
api.interceptors.request.use((config) => {
  config.headers.Authorization = \`Bearer \${localStorage.getItem('jwt')}\`;
  return config;
});
const local = axios.create({ baseURL: 'http://localhost:8080/api' });
local.interceptors.request.use((config) => { config.headers.set('Authorization', token()); return config; });
const plain = axios.create({ baseURL: 'http://catalog.example.com' });
plain.interceptors.request.use((config) => { config.headers['X-Request-Id'] = crypto.randomUUID(); return config; });
plain.defaults.headers.common['Content-Type'] = 'application/json';
const fromEnv = axios.create({ baseURL: process.env.API_URL });
fromEnv.defaults.headers.common.Authorization = \`Bearer \${process.env.TOKEN}\`;`,
      filename: 'clients.ts',
    },
    `import axios from 'axios';
axios.defaults.baseURL = process.env.NODE_ENV === 'development' ? 'http://api.dev.example.com' : 'https://api.example.com';
axios.defaults.headers.common.Authorization = 'Bearer ' + token;`,
    `const client = { defaults: { headers: { common: {} } } };
client.defaults.baseURL = 'http://api.example.com';
client.defaults.headers.common.Authorization = 'Bearer ' + token;`,
    `import axios from 'axios';
const api = axios.create({ baseURL: 'http://api.example.com' });
const secure = axios.create({ baseURL: 'https://api.example.com' });
secure.interceptors.request.use((config) => ({ ...config, headers: { ...config.headers, Authorization: \`Bearer \${token}\` } }));
api.interceptors.response.use((response) => response.data);`,
    // Plain HTTP without credentials is out of scope.
    `await fetch('http://status.example.com/health');
const page = await axios.get('http://example.com/index.html');`,
    // A local function named fetch.
    `function fetch(url, init) { return queue.push({ url, init }); }
fetch('http://api.example.com/me', { headers: { Authorization: token } });`,
    // Node's http module to localhost, and https with credentials.
    `import http from 'node:http';
import https from 'node:https';
http.request({ host: 'localhost', port: 9000, path: '/oauth/token', headers: { Authorization: basic } });
https.request({ host: 'auth.example.com', path: '/oauth/token', headers: { Authorization: basic } });`,
    // Types and destructuring.
    {
      code: `interface AuthConfig { authority: string; redirectUri: string }
const config: AuthConfig = { authority: 'https://login.microsoftonline.com/contoso', redirectUri: 'https://app.contoso.com/cb' };
function read({ issuer, jwksUri }: { issuer: string; jwksUri: string }) { return [issuer, jwksUri]; }`,
      filename: 'types.ts',
    },
    // An http URL in a message or log line.
    `logger.info('Sign-in moved to http://auth.example.com/login, update your bookmarks');
const help = { docs: 'http://auth.example.com/docs/token' };`,
    // A WebSocket without credentials, and wss with a header.
    `import WebSocket from 'ws';
new WebSocket('ws://prices.example.com/stream');
new WebSocket('wss://prices.example.com/stream', { headers: { Authorization: \`Bearer \${token}\` } });`,
    // Non-identity redirect keys without an OAuth client next to them.
    `res.render('done', { callbackUrl: 'http://partner.example.com/return', redirectUrl: 'http://partner.example.com/next' });`,
    // allowInsecureRequests only in development.
    `import { discovery, allowInsecureRequests } from 'openid-client';
const config = await discovery(issuerUrl, 'web', secret, undefined, { execute: process.env.NODE_ENV === 'development' ? [allowInsecureRequests] : [] });`,
    // Docker Desktop's alias for the developer's own machine.
    `const kc = { realm: 'dev', 'auth-server-url': 'http://host.docker.internal:8080/', resource: 'api' };`,
    // gRPC: a channel without TLS that carries no credential, or that stays on the machine, or a target known only at
    // run time.
    `const grpc = require('@grpc/grpc-js');
const client = new proto.Users('users.internal:50051', grpc.credentials.createInsecure());
const md = new grpc.Metadata();
md.add('x-request-id', requestId);`,
    `import { credentials, Metadata } from '@grpc/grpc-js';
const client = new UsersClient('localhost:50051', credentials.createInsecure());
const sidecar = new UsersClient('unix:/run/envoy.sock', credentials.createInsecure());
const md = new Metadata();
md.set('authorization', \`Bearer \${token}\`);`,
    `const grpc = require('@grpc/grpc-js');
const client = new proto.Users(process.env.USERS_ADDR, grpc.credentials.createInsecure());
const md = new grpc.Metadata();
md.add('authorization', token);`,
    `const grpc = require('@grpc/grpc-js');
const client = new proto.Users('users.internal:443', grpc.credentials.createSsl());
const md = new grpc.Metadata();
md.add('authorization', token);`,
    {
      code: `const grpc = require('@grpc/grpc-js');
const client = new proto.Users('users.mesh.local:50051', grpc.credentials.createInsecure());
const md = new grpc.Metadata();
md.add('authorization', token);`,
      options: [{ allowedHosts: ['*.mesh.local'] }],
    },
    // Every URL of the file is local or secure, each written in a different way the file gate reads.
    `const base = 'http://LOCALHOST:3000';
const loop = "http://127.0.0.1/oauth/token";
const six = \`http://[::1]:8080/token\`;
const secure = 'HTTPS://idp.example.com/token';
await fetch(\`\${base}/oauth/token\`, { method: 'POST', body: new URLSearchParams({ client_secret: secret }) });`,
  ],
  invalid: [
    {
      code: `const grpc = require('@grpc/grpc-js');
const USERS = 'users.internal.acme.io:50051';
const client = new proto.UserService(USERS, grpc.credentials.createInsecure());
const metadata = new grpc.Metadata();
metadata.add('authorization', \`Bearer \${token}\`);
client.getUser({ id }, metadata, callback);`,
      errors: [
        {
          messageId: 'insecureGrpcChannel',
          data: { target: 'users.internal.acme.io:50051', credential: 'the `authorization` header' },
          line: 3,
          column: 45,
          endColumn: 78,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { credentials, Metadata } from '@grpc/grpc-js';
const insecure = credentials.createInsecure();
export const orders = new OrdersClient('dns:///orders.prod.svc:443', insecure);
const meta: Metadata = new Metadata();
meta.set('x-api-key', process.env.API_KEY!);`,
      filename: 'orders.ts',
      errors: [{ messageId: 'insecureGrpcChannel', data: { target: 'dns:///orders.prod.svc:443', credential: 'the `x-api-key` header' }, line: 2, column: 18, suggestions: [] }],
    },
    {
      // MSAL Node authority (ESM).
      code: `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: { clientId: process.env.CLIENT_ID, authority: 'http://login.contoso.com/contoso.onmicrosoft.com', clientSecret: process.env.CLIENT_SECRET },
});`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          data: { setting: 'authority', origin: 'http://login.contoso.com', scheme: 'http', secure: 'https' },
          line: 3,
          column: 55,
          endColumn: 105,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: { clientId: process.env.CLIENT_ID, authority: 'https://login.contoso.com/contoso.onmicrosoft.com', clientSecret: process.env.CLIENT_SECRET },
});`,
            },
          ],
        },
      ],
    },
    {
      // MSAL Browser redirect URIs.
      code: `import { PublicClientApplication } from '@azure/msal-browser';
export const msal = new PublicClientApplication({
  auth: {
    clientId: 'f5e1c1f0-1111-2222-3333-444455556666',
    authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    redirectUri: 'http://portal.contoso.com/auth/redirect',
    postLogoutRedirectUri: 'http://portal.contoso.com/',
  },
});`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 6,
          column: 18,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { PublicClientApplication } from '@azure/msal-browser';
export const msal = new PublicClientApplication({
  auth: {
    clientId: 'f5e1c1f0-1111-2222-3333-444455556666',
    authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    redirectUri: 'https://portal.contoso.com/auth/redirect',
    postLogoutRedirectUri: 'http://portal.contoso.com/',
  },
});`,
            },
          ],
        },
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 7,
          column: 28,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { PublicClientApplication } from '@azure/msal-browser';
export const msal = new PublicClientApplication({
  auth: {
    clientId: 'f5e1c1f0-1111-2222-3333-444455556666',
    authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    redirectUri: 'http://portal.contoso.com/auth/redirect',
    postLogoutRedirectUri: 'https://portal.contoso.com/',
  },
});`,
            },
          ],
        },
      ],
    },
    {
      // B2C knownAuthorities with a scheme.
      code: `const msalConfig = { auth: { clientId, authority: B2C_AUTHORITY, knownAuthorities: ['contoso.b2clogin.com', 'http://login.contoso.com'] } };`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 1,
          column: 109,
          endColumn: 135,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const msalConfig = { auth: { clientId, authority: B2C_AUTHORITY, knownAuthorities: ['contoso.b2clogin.com', 'https://login.contoso.com'] } };`,
            },
          ],
        },
      ],
    },
    {
      // passport-oauth2 (CommonJS) with a base URL in a const.
      code: `const OAuth2Strategy = require('passport-oauth2');
const PROVIDER = 'http://sso.example.com';
passport.use(new OAuth2Strategy({
  authorizationURL: \`\${PROVIDER}/oauth2/authorize\`,
  tokenURL: \`\${PROVIDER}/oauth2/token\`,
  clientID: process.env.CLIENT_ID,
  clientSecret: process.env.CLIENT_SECRET,
  callbackURL: 'https://app.example.com/auth/callback',
}, verify));`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 18,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const OAuth2Strategy = require('passport-oauth2');
const PROVIDER = 'https://sso.example.com';
passport.use(new OAuth2Strategy({
  authorizationURL: \`\${PROVIDER}/oauth2/authorize\`,
  tokenURL: \`\${PROVIDER}/oauth2/token\`,
  clientID: process.env.CLIENT_ID,
  clientSecret: process.env.CLIENT_SECRET,
  callbackURL: 'https://app.example.com/auth/callback',
}, verify));`,
            },
          ],
        },
      ],
    },
    {
      // passport-azure-ad OIDCStrategy.
      code: `const { OIDCStrategy } = require('passport-azure-ad');
passport.use(new OIDCStrategy({
  identityMetadata: 'http://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  responseType: 'code',
  responseMode: 'form_post',
  redirectUrl: 'http://app.contoso.com/auth/openid/return',
  allowHttpForRedirectUrl: true,
}, verify));`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 3,
          column: 21,
          endColumn: 117,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const { OIDCStrategy } = require('passport-azure-ad');
passport.use(new OIDCStrategy({
  identityMetadata: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  responseType: 'code',
  responseMode: 'form_post',
  redirectUrl: 'http://app.contoso.com/auth/openid/return',
  allowHttpForRedirectUrl: true,
}, verify));`,
            },
          ],
        },
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 7,
          column: 16,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const { OIDCStrategy } = require('passport-azure-ad');
passport.use(new OIDCStrategy({
  identityMetadata: 'http://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  responseType: 'code',
  responseMode: 'form_post',
  redirectUrl: 'https://app.contoso.com/auth/openid/return',
  allowHttpForRedirectUrl: true,
}, verify));`,
            },
          ],
        },
        {
          messageId: 'insecureTransportAllowed',
          line: 8,
          column: 3,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `const { OIDCStrategy } = require('passport-azure-ad');
passport.use(new OIDCStrategy({
  identityMetadata: 'http://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  responseType: 'code',
  responseMode: 'form_post',
  redirectUrl: 'http://app.contoso.com/auth/openid/return',
}, verify));`,
            },
          ],
        },
      ],
    },
    {
      // jwks-rsa client.
      code: `import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'http://idp.example.com/.well-known/jwks.json', cache: true, rateLimit: true });`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 38,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://idp.example.com/.well-known/jwks.json', cache: true, rateLimit: true });`,
            },
          ],
        },
      ],
    },
    {
      // express-jwt with jwks-rsa and a template over a const domain.
      code: `const { expressjwt } = require('express-jwt');
const jwksRsa = require('jwks-rsa');
const DOMAIN = 'tenant.example.com';
app.use(expressjwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: \`http://\${DOMAIN}/.well-known/jwks.json\` }),
  algorithms: ['RS256'],
}));`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 5,
          column: 47,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const { expressjwt } = require('express-jwt');
const jwksRsa = require('jwks-rsa');
const DOMAIN = 'tenant.example.com';
app.use(expressjwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: \`https://\${DOMAIN}/.well-known/jwks.json\` }),
  algorithms: ['RS256'],
}));`,
            },
          ],
        },
      ],
    },
    {
      // jose createRemoteJWKSet, named import.
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('http://auth.example.com/.well-known/jwks.json'));`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 41,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));`,
            },
          ],
        },
      ],
    },
    {
      // jose with the URL in a const.
      code: `import * as jose from 'jose';
const JWKS_URL = new URL('http://auth.example.com/oauth2/v1/keys');
export const keys = jose.createRemoteJWKSet(JWKS_URL);`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 26,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import * as jose from 'jose';
const JWKS_URL = new URL('https://auth.example.com/oauth2/v1/keys');
export const keys = jose.createRemoteJWKSet(JWKS_URL);`,
            },
          ],
        },
      ],
    },
    {
      // jose through await import().
      code: `async function keySet() {
  const { createRemoteJWKSet } = await import('jose');
  return createRemoteJWKSet(new URL('/discovery/v2.0/keys', 'http://login.contoso.com/common/'));
}`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 3,
          column: 61,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `async function keySet() {
  const { createRemoteJWKSet } = await import('jose');
  return createRemoteJWKSet(new URL('/discovery/v2.0/keys', 'https://login.contoso.com/common/'));
}`,
            },
          ],
        },
      ],
    },
    {
      // openid-client 6 discovery.
      code: `import * as client from 'openid-client';
const config = await client.discovery(new URL('http://id.example.com/realms/shop'), 'shop-web', process.env.CLIENT_SECRET);`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 47,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import * as client from 'openid-client';
const config = await client.discovery(new URL('https://id.example.com/realms/shop'), 'shop-web', process.env.CLIENT_SECRET);`,
            },
          ],
        },
      ],
    },
    {
      // openid-client 5 Issuer.discover (CommonJS).
      code: `const { Issuer } = require('openid-client');
const issuer = await Issuer.discover('http://id.example.com/.well-known/openid-configuration');`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 38,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const { Issuer } = require('openid-client');
const issuer = await Issuer.discover('https://id.example.com/.well-known/openid-configuration');`,
            },
          ],
        },
      ],
    },
    {
      // openid-client 5 client metadata.
      code: `const client = new issuer.Client({
  client_id: 'web',
  client_secret: process.env.CLIENT_SECRET,
  redirect_uris: ['http://app.example.com/cb'],
  post_logout_redirect_uris: ['https://app.example.com/'],
});`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 4,
          column: 19,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const client = new issuer.Client({
  client_id: 'web',
  client_secret: process.env.CLIENT_SECRET,
  redirect_uris: ['https://app.example.com/cb'],
  post_logout_redirect_uris: ['https://app.example.com/'],
});`,
            },
          ],
        },
      ],
    },
    {
      // allowInsecureRequests in execute, server URL from the environment.
      code: `import { discovery, allowInsecureRequests } from 'openid-client';
const config = await discovery(new URL(process.env.ISSUER), 'web', secret, undefined, {
  execute: [allowInsecureRequests],
});`,
      errors: [
        {
          messageId: 'insecureTransportAllowed',
          data: { setting: 'allowInsecureRequests' },
          line: 3,
          column: 13,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import { discovery, allowInsecureRequests } from 'openid-client';
const config = await discovery(new URL(process.env.ISSUER), 'web', secret, undefined, {
  execute: [],
});`,
            },
          ],
        },
      ],
    },
    {
      // allowInsecureRequests called on a configuration.
      code: `import * as oidc from 'openid-client';
const config = await oidc.discovery(server, clientId, clientSecret);
oidc.allowInsecureRequests(config);
export default config;`,
      errors: [
        {
          messageId: 'insecureTransportAllowed',
          line: 3,
          column: 1,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import * as oidc from 'openid-client';
const config = await oidc.discovery(server, clientId, clientSecret);

export default config;`,
            },
          ],
        },
      ],
    },
    {
      // oauth4webapi symbol option.
      code: `import * as oauth from 'oauth4webapi';
const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', [oauth.allowInsecureRequests]: true });`,
      errors: [
        {
          messageId: 'insecureTransportAllowed',
          line: 2,
          column: 76,
          endColumn: 111,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import * as oauth from 'oauth4webapi';
const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc' });`,
            },
          ],
        },
      ],
    },
    {
      // oauth4webapi discovery over http.
      code: `import * as oauth from 'oauth4webapi';
const issuer = new URL('http://as.example.com');
const response = await oauth.discoveryRequest(issuer, { algorithm: 'oauth2' });`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 24,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import * as oauth from 'oauth4webapi';
const issuer = new URL('https://as.example.com');
const response = await oauth.discoveryRequest(issuer, { algorithm: 'oauth2' });`,
            },
          ],
        },
      ],
    },
    {
      // express-openid-connect.
      code: `const { auth } = require('express-openid-connect');
app.use(auth({
  authRequired: false,
  issuerBaseURL: 'http://tenant.example.com',
  baseURL: 'http://shop.example.com',
  clientID: process.env.CLIENT_ID,
  secret: process.env.SESSION_SECRET,
}));`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 4,
          column: 18,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const { auth } = require('express-openid-connect');
app.use(auth({
  authRequired: false,
  issuerBaseURL: 'https://tenant.example.com',
  baseURL: 'http://shop.example.com',
  clientID: process.env.CLIENT_ID,
  secret: process.env.SESSION_SECRET,
}));`,
            },
          ],
        },
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 5,
          column: 12,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const { auth } = require('express-openid-connect');
app.use(auth({
  authRequired: false,
  issuerBaseURL: 'http://tenant.example.com',
  baseURL: 'https://shop.example.com',
  clientID: process.env.CLIENT_ID,
  secret: process.env.SESSION_SECRET,
}));`,
            },
          ],
        },
      ],
    },
    {
      // express-oauth2-jwt-bearer with a fallback literal.
      code: `import { auth } from 'express-oauth2-jwt-bearer';
export const checkJwt = auth({
  issuerBaseURL: process.env.ISSUER_BASE_URL ?? 'http://tenant.example.com/',
  audience: 'https://orders.example.com',
});`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 3,
          column: 49,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { auth } from 'express-oauth2-jwt-bearer';
export const checkJwt = auth({
  issuerBaseURL: process.env.ISSUER_BASE_URL ?? 'https://tenant.example.com/',
  audience: 'https://orders.example.com',
});`,
            },
          ],
        },
      ],
    },
    {
      // next-auth providers.
      code: `import NextAuth from 'next-auth';
export default NextAuth({
  providers: [
    { id: 'corp', name: 'Corp SSO', type: 'oauth', wellKnown: 'http://sso.corp.example.com/.well-known/openid-configuration', clientId: process.env.CORP_ID, clientSecret: process.env.CORP_SECRET },
    { id: 'legacy', name: 'Legacy', type: 'oauth', clientId: 'legacy', clientSecret, authorization: { url: 'https://legacy.example.com/authorize', params: { scope: 'openid' } }, token: { url: 'http://legacy.example.com/token' }, userinfo: 'http://legacy.example.com/me' },
  ],
});`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 4,
          column: 63,
          endColumn: 125,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import NextAuth from 'next-auth';
export default NextAuth({
  providers: [
    { id: 'corp', name: 'Corp SSO', type: 'oauth', wellKnown: 'https://sso.corp.example.com/.well-known/openid-configuration', clientId: process.env.CORP_ID, clientSecret: process.env.CORP_SECRET },
    { id: 'legacy', name: 'Legacy', type: 'oauth', clientId: 'legacy', clientSecret, authorization: { url: 'https://legacy.example.com/authorize', params: { scope: 'openid' } }, token: { url: 'http://legacy.example.com/token' }, userinfo: 'http://legacy.example.com/me' },
  ],
});`,
            },
          ],
        },
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 5,
          column: 193,
          endColumn: 226,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import NextAuth from 'next-auth';
export default NextAuth({
  providers: [
    { id: 'corp', name: 'Corp SSO', type: 'oauth', wellKnown: 'http://sso.corp.example.com/.well-known/openid-configuration', clientId: process.env.CORP_ID, clientSecret: process.env.CORP_SECRET },
    { id: 'legacy', name: 'Legacy', type: 'oauth', clientId: 'legacy', clientSecret, authorization: { url: 'https://legacy.example.com/authorize', params: { scope: 'openid' } }, token: { url: 'https://legacy.example.com/token' }, userinfo: 'http://legacy.example.com/me' },
  ],
});`,
            },
          ],
        },
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 5,
          column: 240,
          endColumn: 270,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import NextAuth from 'next-auth';
export default NextAuth({
  providers: [
    { id: 'corp', name: 'Corp SSO', type: 'oauth', wellKnown: 'http://sso.corp.example.com/.well-known/openid-configuration', clientId: process.env.CORP_ID, clientSecret: process.env.CORP_SECRET },
    { id: 'legacy', name: 'Legacy', type: 'oauth', clientId: 'legacy', clientSecret, authorization: { url: 'https://legacy.example.com/authorize', params: { scope: 'openid' } }, token: { url: 'http://legacy.example.com/token' }, userinfo: 'https://legacy.example.com/me' },
  ],
});`,
            },
          ],
        },
      ],
    },
    {
      // Options spread from a const.
      code: `import { PublicClientApplication } from '@azure/msal-node';
const shared = { authority: 'http://login.contoso.com/contoso', knownAuthorities: [] };
const pca = new PublicClientApplication({ auth: { ...shared, clientId } });`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 29,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { PublicClientApplication } from '@azure/msal-node';
const shared = { authority: 'https://login.contoso.com/contoso', knownAuthorities: [] };
const pca = new PublicClientApplication({ auth: { ...shared, clientId } });`,
            },
          ],
        },
      ],
    },
    {
      // Assignment to a config property.
      code: `msalConfig.auth.authority = 'http://login.contoso.com/contoso';`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 1,
          column: 29,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `msalConfig.auth.authority = 'https://login.contoso.com/contoso';`,
            },
          ],
        },
      ],
    },
    {
      // oidc-client-ts settings (TypeScript).
      code: `import { UserManager, type UserManagerSettings } from 'oidc-client-ts';
const settings: UserManagerSettings = {
  authority: 'http://id.example.com' as const,
  client_id: 'spa',
  redirect_uri: 'https://spa.example.com/callback',
  post_logout_redirect_uri: \`http://spa.example.com/\`,
};
export const userManager = new UserManager(settings);`,
      filename: 'auth.ts',
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 3,
          column: 14,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { UserManager, type UserManagerSettings } from 'oidc-client-ts';
const settings: UserManagerSettings = {
  authority: 'https://id.example.com' as const,
  client_id: 'spa',
  redirect_uri: 'https://spa.example.com/callback',
  post_logout_redirect_uri: \`http://spa.example.com/\`,
};
export const userManager = new UserManager(settings);`,
            },
          ],
        },
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 6,
          column: 29,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { UserManager, type UserManagerSettings } from 'oidc-client-ts';
const settings: UserManagerSettings = {
  authority: 'http://id.example.com' as const,
  client_id: 'spa',
  redirect_uri: 'https://spa.example.com/callback',
  post_logout_redirect_uri: \`https://spa.example.com/\`,
};
export const userManager = new UserManager(settings);`,
            },
          ],
        },
      ],
    },
    {
      // angular-oauth2-oidc requireHttps: false.
      code: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = {
  issuer: 'http://sso.example.com/realms/app',
  clientId: 'spa',
  redirectUri: window.location.origin,
  requireHttps: false,
};`,
      filename: 'auth.config.ts',
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 3,
          column: 11,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = {
  issuer: 'https://sso.example.com/realms/app',
  clientId: 'spa',
  redirectUri: window.location.origin,
  requireHttps: false,
};`,
            },
          ],
        },
        {
          messageId: 'insecureTransportAllowed',
          line: 6,
          column: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import { AuthConfig } from 'angular-oauth2-oidc';
export const authConfig: AuthConfig = {
  issuer: 'http://sso.example.com/realms/app',
  clientId: 'spa',
  redirectUri: window.location.origin,
};`,
            },
          ],
        },
      ],
    },
    {
      // Keycloak JS adapter and keycloak-connect.
      code: `const keycloak = new Keycloak({ url: 'http://sso.example.com', realm: 'shop', clientId: 'web' });
const kc = new KeycloakConnect({ store }, { realm: 'shop', 'auth-server-url': 'http://sso.example.com/', resource: 'api' });`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 1,
          column: 38,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const keycloak = new Keycloak({ url: 'https://sso.example.com', realm: 'shop', clientId: 'web' });
const kc = new KeycloakConnect({ store }, { realm: 'shop', 'auth-server-url': 'http://sso.example.com/', resource: 'api' });`,
            },
          ],
        },
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 79,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const keycloak = new Keycloak({ url: 'http://sso.example.com', realm: 'shop', clientId: 'web' });
const kc = new KeycloakConnect({ store }, { realm: 'shop', 'auth-server-url': 'https://sso.example.com/', resource: 'api' });`,
            },
          ],
        },
      ],
    },
    {
      // simple-oauth2 token host.
      code: `const { ClientCredentials } = require('simple-oauth2');
const client = new ClientCredentials({ client: { id, secret }, auth: { tokenHost: 'http://auth.example.com', tokenPath: '/oauth/token' } });`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 83,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const { ClientCredentials } = require('simple-oauth2');
const client = new ClientCredentials({ client: { id, secret }, auth: { tokenHost: 'https://auth.example.com', tokenPath: '/oauth/token' } });`,
            },
          ],
        },
      ],
    },
    {
      // A private address and a single-label container name are still networks.
      code: `const config = { issuer: 'http://10.0.4.12:8080/realms/app', jwksUri: 'http://keycloak:8080/realms/app/protocol/openid-connect/certs' };`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 1,
          column: 26,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const config = { issuer: 'https://10.0.4.12:8080/realms/app', jwksUri: 'http://keycloak:8080/realms/app/protocol/openid-connect/certs' };`,
            },
          ],
        },
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 1,
          column: 71,
          endColumn: 134,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const config = { issuer: 'http://10.0.4.12:8080/realms/app', jwksUri: 'https://keycloak:8080/realms/app/protocol/openid-connect/certs' };`,
            },
          ],
        },
      ],
    },
    {
      // fetch with an Authorization header.
      code: `const res = await fetch('http://api.example.com/v1/me', { headers: { Authorization: \`Bearer \${accessToken}\` } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          data: { credential: 'the `Authorization` header', origin: 'http://api.example.com', scheme: 'http', secure: 'https' },
          line: 1,
          column: 25,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const res = await fetch('https://api.example.com/v1/me', { headers: { Authorization: \`Bearer \${accessToken}\` } });`,
            },
          ],
        },
      ],
    },
    {
      // A token request with client credentials in URLSearchParams.
      code: `const res = await fetch('http://auth.example.com/oauth2/v2.0/token', {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope }),
});`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 1,
          column: 25,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const res = await fetch('https://auth.example.com/oauth2/v2.0/token', {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope }),
});`,
            },
          ],
        },
      ],
    },
    {
      // Form fields appended to a const URLSearchParams.
      code: `const form = new URLSearchParams();
form.append('grant_type', 'password');
form.append('username', user);
form.append('password', password);
await fetch('http://accounts.example.com/session', { method: 'POST', body: form });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 5,
          column: 13,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const form = new URLSearchParams();
form.append('grant_type', 'password');
form.append('username', user);
form.append('password', password);
await fetch('https://accounts.example.com/session', { method: 'POST', body: form });`,
            },
          ],
        },
      ],
    },
    {
      // axios.post with qs.stringify.
      code: `import axios from 'axios';
import qs from 'qs';
const { data } = await axios.post('http://auth.example.com/login', qs.stringify({ username, password }), { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 3,
          column: 35,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import axios from 'axios';
import qs from 'qs';
const { data } = await axios.post('https://auth.example.com/login', qs.stringify({ username, password }), { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });`,
            },
          ],
        },
      ],
    },
    {
      // axios(config) with an Authorization header.
      code: `const axios = require('axios');
const res = await axios({ method: 'get', url: 'http://graph.example.com/v1.0/me', headers: { Authorization: 'Bearer ' + token } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 47,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const axios = require('axios');
const res = await axios({ method: 'get', url: 'https://graph.example.com/v1.0/me', headers: { Authorization: 'Bearer ' + token } });`,
            },
          ],
        },
      ],
    },
    {
      // Every request of an axios instance gets the token from a request interceptor.
      code: `import axios from 'axios';
const api = axios.create({ baseURL: 'http://api.shop-backend.com/v1' });
api.interceptors.request.use((config) => {
  const token = localStorage.getItem('jwt');
  if (token) config.headers.Authorization = \`Bearer \${token}\`;
  return config;
});
export default api;`,
      filename: 'clients.ts',
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 37,
          endColumn: 69,
          suggestions: [{ messageId: 'useSecureScheme', output: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.shop-backend.com/v1' });
api.interceptors.request.use((config) => {
  const token = localStorage.getItem('jwt');
  if (token) config.headers.Authorization = \`Bearer \${token}\`;
  return config;
});
export default api;` }],
        },
      ],
    },
    {
      // A CommonJS axios instance with an API key in its default headers.
      code: `const axios = require('axios');
const client = axios.create({ baseURL: 'http://api.partner.io' });
client.defaults.headers.common['X-API-Key'] = process.env.PARTNER_KEY;
module.exports = client;`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 40,
          endColumn: 63,
          suggestions: [{ messageId: 'useSecureScheme', output: `const axios = require('axios');
const client = axios.create({ baseURL: 'https://api.partner.io' });
client.defaults.headers.common['X-API-Key'] = process.env.PARTNER_KEY;
module.exports = client;` }],
        },
      ],
    },
    {
      // axios's default client: base URL and Authorization set on `axios.defaults`.
      code: `import axios from 'axios';
axios.defaults.baseURL = 'http://backend.shop.io';
axios.defaults.headers.common.Authorization = 'Bearer ' + localStorage.getItem('t');`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 26,
          endColumn: 50,
          suggestions: [{ messageId: 'useSecureScheme', output: `import axios from 'axios';
axios.defaults.baseURL = 'https://backend.shop.io';
axios.defaults.headers.common.Authorization = 'Bearer ' + localStorage.getItem('t');` }],
        },
      ],
    },
    {
      // An interceptor given by name, a base URL held in a const.
      code: `import http from 'axios';
function attachToken(config) {
  config.headers.set('Authorization', \`Bearer \${getToken()}\`);
  return config;
}
const API_URL = 'http://10.0.3.7:8080/api';
export const client = http.create({ baseURL: API_URL });
client.interceptors.request.use(attachToken);`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 6,
          column: 17,
          endColumn: 43,
          suggestions: [{ messageId: 'useSecureScheme', output: `import http from 'axios';
function attachToken(config) {
  config.headers.set('Authorization', \`Bearer \${getToken()}\`);
  return config;
}
const API_URL = 'https://10.0.3.7:8080/api';
export const client = http.create({ baseURL: API_URL });
client.interceptors.request.use(attachToken);` }],
        },
      ],
    },
    {
      // An interceptor that returns a new config with the header, on an instance assigned later.
      code: `import axios from 'axios';
let api;
api = axios.create({ baseURL: 'http://orders.internal:8080' });
api.interceptors.request.use(async (config) => ({ ...config, headers: { ...config.headers, Authorization: \`Bearer \${await session.token()}\` } }));`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 3,
          column: 31,
          endColumn: 60,
          suggestions: [{ messageId: 'useSecureScheme', output: `import axios from 'axios';
let api;
api = axios.create({ baseURL: 'https://orders.internal:8080' });
api.interceptors.request.use(async (config) => ({ ...config, headers: { ...config.headers, Authorization: \`Bearer \${await session.token()}\` } }));` }],
        },
      ],
    },
    {
      // Basic credentials in `axios.defaults.auth`.
      code: `import axios from 'axios';
axios.defaults.auth = { username: 'svc', password: process.env.SVC_PASSWORD };
axios.defaults.baseURL = 'http://reports.example.com';`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 3,
          column: 26,
          endColumn: 54,
          suggestions: [{ messageId: 'useSecureScheme', output: `import axios from 'axios';
axios.defaults.auth = { username: 'svc', password: process.env.SVC_PASSWORD };
axios.defaults.baseURL = 'https://reports.example.com';` }],
        },
      ],
    },
    {
      // axios.create with credentials for every request.
      code: `import axios from 'axios';
export const billing = axios.create({ baseURL: 'http://billing.internal.example.com/api', headers: { Authorization: \`Bearer \${serviceToken}\` } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 48,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import axios from 'axios';
export const billing = axios.create({ baseURL: 'https://billing.internal.example.com/api', headers: { Authorization: \`Bearer \${serviceToken}\` } });`,
            },
          ],
        },
      ],
    },
    {
      // An axios instance posting to a relative token path.
      code: `import axios from 'axios';
const idp = axios.create({ baseURL: 'http://idp.example.com' });
export async function exchange(code: string) {
  return idp.post('/connect/token', { grant_type: 'authorization_code', code });
}`,
      filename: 'exchange.ts',
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 37,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import axios from 'axios';
const idp = axios.create({ baseURL: 'https://idp.example.com' });
export async function exchange(code: string) {
  return idp.post('/connect/token', { grant_type: 'authorization_code', code });
}`,
            },
          ],
        },
      ],
    },
    {
      // axios basic auth option.
      code: `import axios from 'axios';
await axios.get('http://reports.example.com/export.csv', { auth: { username: 'reporter', password: process.env.REPORT_PASSWORD } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 17,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import axios from 'axios';
await axios.get('https://reports.example.com/export.csv', { auth: { username: 'reporter', password: process.env.REPORT_PASSWORD } });`,
            },
          ],
        },
      ],
    },
    {
      // got form and an extended instance.
      code: `import got from 'got';
const token = await got.post('http://auth.example.com/oauth/token', { form: { grant_type: 'client_credentials', client_secret: secret } }).json();
const api = got.extend({ prefixUrl: 'http://api.example.com', headers: { authorization: \`Bearer \${token}\` } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 30,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import got from 'got';
const token = await got.post('https://auth.example.com/oauth/token', { form: { grant_type: 'client_credentials', client_secret: secret } }).json();
const api = got.extend({ prefixUrl: 'http://api.example.com', headers: { authorization: \`Bearer \${token}\` } });`,
            },
          ],
        },
        {
          messageId: 'cleartextCredentialRequest',
          line: 3,
          column: 37,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import got from 'got';
const token = await got.post('http://auth.example.com/oauth/token', { form: { grant_type: 'client_credentials', client_secret: secret } }).json();
const api = got.extend({ prefixUrl: 'https://api.example.com', headers: { authorization: \`Bearer \${token}\` } });`,
            },
          ],
        },
      ],
    },
    {
      // superagent with a header set on the chain.
      code: `import request from 'superagent';
const res = await request.get('http://api.example.com/orders').set('Authorization', \`Bearer \${token}\`).accept('json');`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 31,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import request from 'superagent';
const res = await request.get('https://api.example.com/orders').set('Authorization', \`Bearer \${token}\`).accept('json');`,
            },
          ],
        },
      ],
    },
    {
      // superagent sending client credentials.
      code: `const superagent = require('superagent');
superagent.post('http://auth.example.com/authenticate').type('form').send({ grant_type: 'client_credentials', client_secret: secret }).end(done);`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 17,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const superagent = require('superagent');
superagent.post('https://auth.example.com/authenticate').type('form').send({ grant_type: 'client_credentials', client_secret: secret }).end(done);`,
            },
          ],
        },
      ],
    },
    {
      // needle with basic credentials.
      code: `const needle = require('needle');
needle.post('http://ldap-gateway.example.com/bind', { dn }, { username: 'svc', password: process.env.SVC_PASSWORD }, callback);`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 13,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const needle = require('needle');
needle.post('https://ldap-gateway.example.com/bind', { dn }, { username: 'svc', password: process.env.SVC_PASSWORD }, callback);`,
            },
          ],
        },
      ],
    },
    {
      // Node's http module with a host option (no suggestion: the module itself speaks plain HTTP).
      code: `import http from 'node:http';
const req = http.request({ hostname: 'auth.example.com', port: 80, path: '/v1/session', method: 'POST', headers: { Authorization: \`Basic \${basic}\` } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          data: { credential: 'the `Authorization` header', origin: 'http://auth.example.com', scheme: 'http', secure: 'https' },
          line: 2,
          column: 38,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      // Node's http.get to a token URL.
      code: `const http = require('http');
http.get('http://auth.example.com/oauth/token?grant_type=client_credentials', (res) => res.pipe(out));`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 10,
          endColumn: 77,
          suggestions: [],
        },
      ],
    },
    {
      // ws with an Authorization header.
      code: `import WebSocket from 'ws';
const ws = new WebSocket('ws://stream.example.com/v1/feed', { headers: { Authorization: \`Bearer \${token}\` } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 26,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import WebSocket from 'ws';
const ws = new WebSocket('wss://stream.example.com/v1/feed', { headers: { Authorization: \`Bearer \${token}\` } });`,
            },
          ],
        },
      ],
    },
    {
      // A browser WebSocket with a token in the query string.
      code: `const socket = new WebSocket('ws://chat.example.com/socket?access_token=' + encodeURIComponent(token));`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 1,
          column: 30,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const socket = new WebSocket('wss://chat.example.com/socket?access_token=' + encodeURIComponent(token));`,
            },
          ],
        },
      ],
    },
    {
      // socket.io-client with auth.
      code: `import { io } from 'socket.io-client';
const socket = io('http://realtime.example.com', { auth: { token } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 19,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { io } from 'socket.io-client';
const socket = io('https://realtime.example.com', { auth: { token } });`,
            },
          ],
        },
      ],
    },
    {
      // A password in the URL.
      code: `await fetch('http://svc:hunter2@reports.example.com/daily.csv');`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 1,
          column: 13,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `await fetch('https://svc:hunter2@reports.example.com/daily.csv');`,
            },
          ],
        },
      ],
    },
    {
      // A discovery document over http.
      code: `const metadata = await fetch('http://sso.example.com/.well-known/openid-configuration').then((r) => r.json());`,
      errors: [
        {
          messageId: 'cleartextKeyFetch',
          data: { origin: 'http://sso.example.com', scheme: 'http', secure: 'https' },
          line: 1,
          column: 30,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const metadata = await fetch('https://sso.example.com/.well-known/openid-configuration').then((r) => r.json());`,
            },
          ],
        },
      ],
    },
    {
      // fetch with cookies.
      code: `await fetch('http://api.example.com/cart', { credentials: 'include' });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 1,
          column: 13,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `await fetch('https://api.example.com/cart', { credentials: 'include' });`,
            },
          ],
        },
      ],
    },
    {
      // undici request.
      code: `import { request } from 'undici';
const { body } = await request('http://vault.example.com/v1/secret/data/app', { headers: { 'X-Vault-Token': vaultToken, authorization: \`Bearer \${jwt}\` } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 32,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { request } from 'undici';
const { body } = await request('https://vault.example.com/v1/secret/data/app', { headers: { 'X-Vault-Token': vaultToken, authorization: \`Bearer \${jwt}\` } });`,
            },
          ],
        },
      ],
    },
    {
      // window.fetch and new URL with a base.
      code: `const res = await window.fetch(new URL('/oauth/token', 'http://auth.example.com'), { method: 'POST', body });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 1,
          column: 56,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const res = await window.fetch(new URL('/oauth/token', 'https://auth.example.com'), { method: 'POST', body });`,
            },
          ],
        },
      ],
    },
    {
      // A template with a static host and a run-time path.
      code: `const user = await fetch(\`http://api.example.com/users/\${id}\`, { headers: { authorization: \`Bearer \${token}\` } });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 1,
          column: 26,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const user = await fetch(\`https://api.example.com/users/\${id}\`, { headers: { authorization: \`Bearer \${token}\` } });`,
            },
          ],
        },
      ],
    },
    {
      // openid-client fetchProtectedResource sends the access token.
      code: `import * as client from 'openid-client';
const res = await client.fetchProtectedResource(config, accessToken, new URL('http://api.example.com/me'), 'GET');`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 78,
          endColumn: 105,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import * as client from 'openid-client';
const res = await client.fetchProtectedResource(config, accessToken, new URL('https://api.example.com/me'), 'GET');`,
            },
          ],
        },
      ],
    },
    {
      // ignoreDevelopmentGuards: false reports guarded URLs.
      code: `const oidc = { issuer: isDev ? 'http://sso.dev.example.com/realms/app' : 'https://sso.example.com/realms/app', clientId: 'web' };`,
      options: [{'ignoreDevelopmentGuards': false}],
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 1,
          column: 32,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const oidc = { issuer: isDev ? 'https://sso.dev.example.com/realms/app' : 'https://sso.example.com/realms/app', clientId: 'web' };`,
            },
          ],
        },
      ],
    },
    {
      // An uppercase scheme.
      code: `const cfg = { jwks_uri: 'HTTP://AUTH.EXAMPLE.COM/keys' };`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 1,
          column: 25,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const cfg = { jwks_uri: 'https://AUTH.EXAMPLE.COM/keys' };`,
            },
          ],
        },
      ],
    },
    {
      // TypeScript import-equals of jwks-rsa.
      code: `import jwksRsa = require('jwks-rsa');
export const client: jwksRsa.JwksClient = jwksRsa({ jwksUri: 'http://login.contoso.com/common/discovery/keys' });`,
      filename: 'keys.ts',
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 2,
          column: 62,
          endColumn: 110,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import jwksRsa = require('jwks-rsa');
export const client: jwksRsa.JwksClient = jwksRsa({ jwksUri: 'https://login.contoso.com/common/discovery/keys' });`,
            },
          ],
        },
      ],
    },
    {
      // got(options) with a header.
      code: `import got from 'got';
const me = await got({ url: 'http://api.example.com/me', headers: { Authorization: \`Bearer \${token}\` } }).json();`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 29,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import got from 'got';
const me = await got({ url: 'https://api.example.com/me', headers: { Authorization: \`Bearer \${token}\` } }).json();`,
            },
          ],
        },
      ],
    },
    {
      // request library with a form.
      code: `const request = require('request');
request.post({ url: 'http://auth.example.com/token', form: { grant_type: 'client_credentials', client_id: id, client_secret: secret } }, callback);`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 21,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const request = require('request');
request.post({ url: 'https://auth.example.com/token', form: { grant_type: 'client_credentials', client_id: id, client_secret: secret } }, callback);`,
            },
          ],
        },
      ],
    },
    {
      // ky with a JSON body.
      code: `import ky from 'ky';
const session = await ky.post('http://accounts.example.com/api/login', { json: { email, password } }).json();`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 31,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import ky from 'ky';
const session = await ky.post('https://accounts.example.com/api/login', { json: { email, password } }).json();`,
            },
          ],
        },
      ],
    },
    {
      // fetch with new Headers and a JSON body.
      code: `await fetch('http://api.example.com/profile', { method: 'PUT', headers: new Headers({ 'Content-Type': 'application/json', Authorization: auth }), body: JSON.stringify(profile) });
await fetch('http://accounts.example.com/login', { method: 'POST', body: JSON.stringify({ email, password }) });`,
      errors: [
        {
          messageId: 'cleartextCredentialRequest',
          line: 1,
          column: 13,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `await fetch('https://api.example.com/profile', { method: 'PUT', headers: new Headers({ 'Content-Type': 'application/json', Authorization: auth }), body: JSON.stringify(profile) });
await fetch('http://accounts.example.com/login', { method: 'POST', body: JSON.stringify({ email, password }) });`,
            },
          ],
        },
        {
          messageId: 'cleartextCredentialRequest',
          line: 2,
          column: 13,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `await fetch('http://api.example.com/profile', { method: 'PUT', headers: new Headers({ 'Content-Type': 'application/json', Authorization: auth }), body: JSON.stringify(profile) });
await fetch('https://accounts.example.com/login', { method: 'POST', body: JSON.stringify({ email, password }) });`,
            },
          ],
        },
      ],
    },
    {
      // allowedHosts covers only the hosts it names.
      code: `const strategy = { jwksUri: 'http://auth.example.com/.well-known/jwks.json', issuer: 'http://auth.mesh.svc.cluster.local' };`,
      options: [{'allowedHosts': ['*.svc.cluster.local']}],
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 1,
          column: 29,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `const strategy = { jwksUri: 'https://auth.example.com/.well-known/jwks.json', issuer: 'http://auth.mesh.svc.cluster.local' };`,
            },
          ],
        },
      ],
    },
    {
      // MSAL Browser login request with its own redirect URI.
      code: `await msalInstance.loginRedirect({ redirectUri: 'http://portal.contoso.com/' });`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 1,
          column: 49,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `await msalInstance.loginRedirect({ redirectUri: 'https://portal.contoso.com/' });`,
            },
          ],
        },
      ],
    },
    {
      // A class field (TypeScript, NestJS-style config class).
      code: `@Injectable()
export class OidcSettings {
  readonly issuer = 'http://sso.example.com/realms/shop';
  readonly clientId = 'shop-api';
}`,
      filename: 'oidc.settings.ts',
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 3,
          column: 21,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `@Injectable()
export class OidcSettings {
  readonly issuer = 'https://sso.example.com/realms/shop';
  readonly clientId = 'shop-api';
}`,
            },
          ],
        },
      ],
    },
    {
      // URL imported from node:url.
      code: `import { URL } from 'node:url';
import { createRemoteJWKSet } from 'jose';
export const keys = createRemoteJWKSet(new URL('http://idp.example.com/jwks'));`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 3,
          column: 48,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { URL } from 'node:url';
import { createRemoteJWKSet } from 'jose';
export const keys = createRemoteJWKSet(new URL('https://idp.example.com/jwks'));`,
            },
          ],
        },
      ],
    },
    {
      // A local URL first does not hide a remote cleartext one later in the file.
      code: `import { createRemoteJWKSet } from 'jose';
const local = 'http://localhost:3000/callback';
export const keys = createRemoteJWKSet(new URL('http://idp.example.com/jwks'));`,
      errors: [
        {
          messageId: 'cleartextIdentityEndpoint',
          line: 3,
          column: 48,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `import { createRemoteJWKSet } from 'jose';
const local = 'http://localhost:3000/callback';
export const keys = createRemoteJWKSet(new URL('https://idp.example.com/jwks'));`,
            },
          ],
        },
      ],
    },
    {
      // The scheme and the host held in constants: the text's only \`://\` is followed by a placeholder.
      code: `import { createRemoteJWKSet } from 'jose';
const SCHEME = 'http';
const HOST = 'idp.example.com';
export const keys = createRemoteJWKSet(new URL(\`\${SCHEME}://\${HOST}/jwks\`));`,
      // Reported on the constant that holds the scheme, where the fix goes.
      errors: [{ messageId: 'cleartextIdentityEndpoint', line: 2, column: 16 }],
    },
    {
      // Node's http module required through a constant, with a host option and no \`://\` in the file.
      code: `const HTTP = 'http';
const http = require(HTTP);
http.request({ host: 'auth.example.com', path: '/oauth/token', headers: { Authorization: basic } });`,
      errors: [{ messageId: 'cleartextCredentialRequest', line: 3 }],
    },
  ],
});
