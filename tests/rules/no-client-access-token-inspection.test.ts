import rule from '../../src/rules/no-client-access-token-inspection';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-client-access-token-inspection', rule, {
  valid: [
    // Scopes and expiry read from the token response: the recommended way.
    `import { PublicClientApplication } from '@azure/msal-browser';
const result = await pca.acquireTokenSilent({ scopes: ['api://orders/Orders.Read'], account });
const canWrite = result.scopes.includes('api://orders/Orders.Write');
scheduleRefresh(result.expiresOn);`,
    // ID tokens and their claims are the client's to read.
    `import { useMsal } from '@azure/msal-react';
const { accounts } = useMsal();
const roles = accounts[0]?.idTokenClaims?.roles ?? [];`,
    `import { jwtDecode } from 'jwt-decode';
import { useMsal } from '@azure/msal-react';
const profile = jwtDecode(result.idToken);`,
    `import { UserManager } from 'oidc-client-ts';
const user = await userManager.getUser();
const claims = jwtDecode(user.id_token);
const name = user.profile.name;`,
    `import { useAuth0 } from '@auth0/auth0-react';
const claims = await getIdTokenClaims();
const email = claims.email;`,
    // Access tokens passed on, not decoded.
    `import { PublicClientApplication } from '@azure/msal-browser';
const { accessToken } = await pca.acquireTokenSilent(request);
await fetch('/api/orders', { headers: { Authorization: \`Bearer \${accessToken}\` } });`,
    `import { useMsal } from '@azure/msal-react';
const looksLikeJwt = accessToken.split('.').length === 3;`,
    `import { useMsal } from '@azure/msal-react';
const [scheme, credential] = header.split(' ');`,
    // Resource servers: the incoming token, or one also verified in the file.
    `import { ConfidentialClientApplication } from '@azure/msal-node';
app.get('/api/orders', (req, res) => {
  const accessToken = req.headers.authorization?.split(' ')[1];
  const { header } = jwt.decode(accessToken, { complete: true });
  res.json(header);
});`,
    `import { ConfidentialClientApplication } from '@azure/msal-node';
const unverified = jwt.decode(accessToken, { complete: true });
const claims = jwt.verify(accessToken, await getSigningKey(unverified.header.kid), { audience, issuer });`,
    `const openid = require('openid-client');
async function handler(req, res) {
  const claims = decodeJwt(req.cookies.access_token);
  res.json(claims);
}`,
    // No OAuth client library in the file and no token call: a first-party session token.
    `import { jwtDecode } from 'jwt-decode';
const { accessToken } = await response.json();
const user = jwtDecode<{ sub: string; name: string }>(accessToken);`,
    // With browserGlobals off, browser code that loads no OAuth client library is left alone.
    { code: `const accessToken = localStorage.getItem('accessToken');
const decoded = jwtDecode(accessToken);
window.currentUser = decoded.name;`, options: [{ browserGlobals: false }] },
    { code: `import jwt_decode from 'jwt-decode';
export function isLoggedIn(): boolean {
  const token = localStorage.getItem('access_token');
  return token !== null && jwt_decode<{ exp: number }>(token).exp * 1000 > Date.now();
}`, filename: 'session.ts', options: [{ browserGlobals: false }] },
    // A local variable named window is not the browser global.
    `import { jwtDecode } from 'jwt-decode';
const window = { title: 'Orders' };
const claims = jwtDecode(accessToken);`,
    // Names that are not access tokens.
    `import { useMsal } from '@azure/msal-react';
const claims = jwtDecode(accessTokenClaims);
const when = parseJwt(result.expiresOn);
const data = JSON.parse(accessToken);`,
    `import { useMsal } from '@azure/msal-react';
const decoded = decodeURIComponent(accessToken);`,
    `import { useMsal } from '@azure/msal-react';
const parts = refreshToken.split('.');
const payload = parts[1];`,
    `import { useMsal } from '@azure/msal-react';
function parseJwt(token) { return JSON.parse(atob(token.split('.')[1])); }
const claims = parseJwt(result.idToken);`,
    // A helper whose callers are not visible.
    { code: `import { useMsal } from '@azure/msal-react';
export function parseJwt(token: string) {
  return JSON.parse(atob(token.split('.')[1]));
}`, filename: 'jwt.ts' },
    // Firebase ID tokens and Supabase sessions are outside this rule.
    `import { getAuth } from 'firebase/auth';
const claims = jwtDecode(await getAuth().currentUser.getIdToken());`,
    `import { createClient } from '@supabase/supabase-js';
const { data: { session } } = await supabase.auth.getSession();
const { user_role } = jwtDecode(session.access_token);`,
    // Names near an access token's: an access key, and the words the other way round.
    `import { PublicClientApplication } from '@azure/msal-browser';
const claims = jwtDecode(accessKey);
const other = jwtDecode(tokenAccess);`,
  ],
  invalid: [
    // Reached the hard way: a computed method name, a decoder named by its wrapped receiver, a dot split.
    {
      code: `const response = await msalInstance.acquireTokenSilent(request);
const claims = jwt['decode'](response.accessToken);`,
      errors: [{ messageId: 'accessTokenInspected', line: 2, column: 30, endColumn: 50 }],
    },
    {
      code: `const response = await msalInstance.acquireTokenSilent(request);
const claims = (jwtDecode as JwtDecoder).default(response.accessToken);
const parts = (tokenParser as Parser).claims(response.accessToken);`,
      errors: [{ messageId: 'accessTokenInspected', line: 2, column: 50, endColumn: 70 }],
    },
    {
      code: `const response = await msalInstance.acquireTokenSilent(request);
const claims = JSON.parse(atob(response.accessToken.split('.')[1]));`,
      errors: [{ messageId: 'accessTokenInspected', line: 2, column: 32, endColumn: 52 }],
    },
    // MSAL browser: jwt-decode on the token response.
    {
      code: `import { PublicClientApplication } from '@azure/msal-browser';
import { jwtDecode } from 'jwt-decode';
const result = await pca.acquireTokenSilent({ scopes: ['api://orders/Orders.Read'], account });
const { roles } = jwtDecode<{ roles: string[] }>(result.accessToken);`,
      filename: 'auth.ts',
      errors: [
        { messageId: 'accessTokenInspected', line: 4, column: 50, endLine: 4, endColumn: 68 },
      ],
    },
    // The token call is enough, wherever the MSAL instance comes from.
    {
      code: `import { jwtDecode } from 'jwt-decode';
import { msalInstance } from './msal';
const response = await msalInstance.acquireTokenSilent(request);
if (jwtDecode(response.accessToken).scp.includes('Orders.Write')) showEditor();`,
      errors: [
        { messageId: 'accessTokenInspected', line: 4, column: 15, endLine: 4, endColumn: 35 },
      ],
    },
    {
      code: `msalInstance.acquireTokenSilent(request).then((response) => {
  const claims = jwtDecode(response.accessToken);
  setExpiry(claims.exp);
});`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 28, endLine: 2, endColumn: 48 },
      ],
    },
    {
      code: `const { accessToken } = await instance.acquireTokenPopup(loginRequest);
const payload = JSON.parse(atob(accessToken.split('.')[1]));`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 33, endLine: 2, endColumn: 44 },
      ],
    },
    {
      code: `const token = (await instance.acquireTokenSilent(request)).accessToken;
const claims = jwt_decode(token);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 27, endLine: 2, endColumn: 32 },
      ],
    },
    // jwt-decode v3 default import and CommonJS.
    {
      code: `import jwt_decode from 'jwt-decode';
import { useMsal } from '@azure/msal-react';
export function useRoles(accessToken: string) {
  return jwt_decode<{ roles?: string[] }>(accessToken).roles ?? [];
}`,
      filename: 'use-roles.ts',
      errors: [
        { messageId: 'accessTokenInspected', line: 4, column: 43, endLine: 4, endColumn: 54 },
      ],
    },
    {
      code: `const decode = require('jwt-decode');
const { PublicClientApplication } = require('@azure/msal-browser');
const claims = decode(authResult.accessToken);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 23, endLine: 3, endColumn: 45 },
      ],
    },
    {
      code: `import { jwtDecode as decode } from 'jwt-decode';
import { MsalService } from '@azure/msal-angular';
const claims = decode(this.tokenResponse.accessToken);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 23, endLine: 3, endColumn: 53 },
      ],
    },
    // jose, jsonwebtoken, react-jwt.
    {
      code: `import * as jose from 'jose';
import { UserManager } from 'oidc-client-ts';
const user = await userManager.getUser();
const claims = jose.decodeJwt(user.access_token);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 4, column: 31, endLine: 4, endColumn: 48 },
      ],
    },
    {
      code: `import { decodeJwt } from 'jose';
import { useAuth } from 'react-oidc-context';
const auth = useAuth();
const { scope } = decodeJwt(auth.user?.access_token ?? '');`,
      errors: [
        { messageId: 'accessTokenInspected', line: 4, column: 29, endLine: 4, endColumn: 52 },
      ],
    },
    {
      code: `const jwt = require('jsonwebtoken');
const msal = require('@azure/msal-node');
const tokenResponse = await cca.acquireTokenOnBehalfOf({ oboAssertion, scopes });
const decoded = jwt.decode(tokenResponse.accessToken);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 4, column: 28, endLine: 4, endColumn: 53 },
      ],
    },
    {
      code: `import { isExpired, decodeToken } from 'react-jwt';
import { useAuth0 } from '@auth0/auth0-react';
if (isExpired(accessToken)) await refresh();`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 15, endLine: 3, endColumn: 26 },
      ],
    },
    // Auth0 and angular-oauth2-oidc getters.
    {
      code: `import { useAuth0 } from '@auth0/auth0-react';
const token = await getAccessTokenSilently({ authorizationParams: { audience } });
const { permissions } = jwtDecode<{ permissions: string[] }>(token);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 62, endLine: 3, endColumn: 67 },
      ],
    },
    {
      code: `const token = await auth0.getTokenSilently();
const claims = parseJwt(token);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 25, endLine: 2, endColumn: 30 },
      ],
    },
    {
      code: `import { OAuthService } from 'angular-oauth2-oidc';
import { JwtHelperService } from '@auth0/angular-jwt';
export class RoleGuard {
  constructor(private oauth: OAuthService, private jwtHelper: JwtHelperService) {}
  canActivate() {
    return this.jwtHelper.decodeToken(this.oauth.getAccessToken()).roles.includes('admin');
  }
}`,
      filename: 'role.guard.ts',
      errors: [
        { messageId: 'accessTokenInspected', line: 6, column: 39, endLine: 6, endColumn: 66 },
      ],
    },
    {
      code: `import { JwtHelperService } from '@auth0/angular-jwt';
import { OktaAuth } from '@okta/okta-auth-js';
const helper = new JwtHelperService();
const expired = helper.isTokenExpired(authState.accessToken.accessToken);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 4, column: 39, endLine: 4, endColumn: 72 },
      ],
    },
    // Manual decoding: split, Buffer, and a local helper.
    {
      code: `import { useMsal } from '@azure/msal-react';
const [, payload] = accessToken.split('.');
const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 21, endLine: 2, endColumn: 32 },
      ],
    },
    {
      code: `import { useMsal } from '@azure/msal-react';
const parts = tokenResponse.accessToken.split('.');
const claims = JSON.parse(window.atob(parts[1]));`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 15, endLine: 2, endColumn: 40 },
      ],
    },
    {
      code: `import { useMsal } from '@azure/msal-react';
const payload = accessToken?.split('.').at(1);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 17, endLine: 2, endColumn: 28 },
      ],
    },
    {
      code: `import { useMsal } from '@azure/msal-react';
function parseJwt(token: string) {
  const base64 = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(decodeURIComponent(window.atob(base64)));
}
const claims = parseJwt(response.accessToken);
const profile = parseJwt(response.idToken);`,
      filename: 'claims.ts',
      errors: [
        { messageId: 'accessTokenInspected', line: 6, column: 25, endLine: 6, endColumn: 45 },
      ],
    },
    {
      code: `import { useMsal } from '@azure/msal-react';
const readClaims = (jwt) => JSON.parse(atob(jwt.split('.')[1]));
export const scopes = readClaims(graphAccessToken).scp.split(' ');`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 34, endLine: 3, endColumn: 50 },
      ],
    },
    // Storage keys named as access tokens, and helpers named as decoders.
    {
      code: `import { PublicClientApplication } from '@azure/msal-browser';
const claims = jwtDecode(sessionStorage.getItem('access_token'));`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 26, endLine: 2, endColumn: 64 },
      ],
    },
    {
      code: `import { PublicClientApplication } from '@azure/msal-browser';
if (isTokenExpired(msalAccessToken)) await pca.acquireTokenSilent(request);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 20, endLine: 2, endColumn: 35 },
      ],
    },
    {
      code: `import Keycloak from 'keycloak-js';
const claims = this.decodeToken(accessToken!);`,
      filename: 'auth.service.ts',
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 33, endLine: 2, endColumn: 44 },
      ],
    },
    // Server-side OAuth clients reading a token issued for another API.
    {
      code: `import NextAuth from 'next-auth';
import AzureADProvider from 'next-auth/providers/azure-ad';
export default NextAuth({
  providers: [AzureADProvider(options)],
  callbacks: {
    async jwt({ token, account }) {
      if (account) token.roles = jwtDecode(account.access_token).roles;
      return token;
    },
  },
});`,
      filename: 'route.ts',
      errors: [
        { messageId: 'accessTokenInspected', line: 7, column: 44, endLine: 7, endColumn: 64 },
      ],
    },
    {
      code: `import { ConfidentialClientApplication } from '@azure/msal-node';
const { accessToken } = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
const { roles } = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64').toString());`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 42, endLine: 3, endColumn: 53 },
      ],
    },
    {
      code: `import { getSession } from '@auth0/nextjs-auth0';
const session = await getSession(req, res);
const claims = decodeJwt(session.accessToken);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 26, endLine: 3, endColumn: 45 },
      ],
    },
    // Browser code: window, document, localStorage or sessionStorage mark the file as client code.
    {
      code: `const accessToken = localStorage.getItem('accessToken');
const decoded = jwtDecode(accessToken);
window.currentUser = decoded.name;`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 27, endLine: 2, endColumn: 38 },
      ],
    },
    {
      code: `import jwt_decode from 'jwt-decode';
export function isLoggedIn(): boolean {
  const token = localStorage.getItem('access_token');
  return token !== null && jwt_decode<{ exp: number }>(token).exp * 1000 > Date.now();
}`,
      filename: 'session.ts',
      errors: [
        { messageId: 'accessTokenInspected', line: 4, column: 56, endLine: 4, endColumn: 61 },
      ],
    },
    {
      code: `import { jwtDecode } from 'jwt-decode';
export function showRole(tokens: { accessToken: string }) {
  document.getElementById('role')!.textContent = jwtDecode<{ role: string }>(tokens.accessToken).role;
}`,
      filename: 'role.ts',
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 78, endLine: 3, endColumn: 96 },
      ],
    },
    {
      code: `const claims = jwtDecode(localStorage.getItem('access_token'));`,
      options: [{ browserGlobals: true }],
      errors: [
        { messageId: 'accessTokenInspected', line: 1, column: 26, endLine: 1, endColumn: 62 },
      ],
    },
    // Fallbacks and casts.
    {
      code: `import { useMsal } from '@azure/msal-react';
const claims = jwtDecode((result?.accessToken ?? '') as string);`,
      filename: 'x.ts',
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 27, endLine: 2, endColumn: 46 },
      ],
    },
    // Names reached through a const, an alias or an escape, in capitals, or with no `access` in them.
    {
      code: `import { PublicClientApplication } from '@azure/msal-browser';
const STORAGE_KEY = 'access_token';
const claims = jwtDecode(sessionStorage.getItem(STORAGE_KEY));`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 26, endLine: 3, endColumn: 61 },
      ],
    },
    {
      code: `import { PublicClientApplication } from '@azure/msal-browser';
const { accessToken: credential } = await pca.acquireTokenSilent(request);
const claims = jwtDecode(credential);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 26, endLine: 3, endColumn: 36 },
      ],
    },
    {
      code: `import { PublicClientApplication } from '@azure/msal-browser';
const claims = jwtDecode(result.acc\\u0065ssToken);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 26, endLine: 2, endColumn: 49 },
      ],
    },
    {
      code: `const claims = jwtDecode(localStorage.getItem('ACCESS-TOKEN'));`,
      errors: [
        { messageId: 'accessTokenInspected', line: 1, column: 26, endLine: 1, endColumn: 62 },
      ],
    },
    {
      code: `const credential = await auth0.getTokenWithPopup();
const claims = parseJwt(credential);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 2, column: 25, endLine: 2, endColumn: 35 },
      ],
    },
    {
      // A decode API whose name holds no decode word.
      code: `import { useJwt } from 'react-jwt';
import { useMsal } from '@azure/msal-react';
const state = useJwt(accessToken);`,
      errors: [
        { messageId: 'accessTokenInspected', line: 3, column: 22, endLine: 3, endColumn: 33 },
      ],
    },
  ],
});
