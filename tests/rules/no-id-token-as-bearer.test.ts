import rule from '../../src/rules/no-id-token-as-bearer';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-id-token-as-bearer', rule, {
  valid: [
    // An access token acquired for the API is the right credential.
    `import { PublicClientApplication } from '@azure/msal-browser';
const result = await pca.acquireTokenSilent({ scopes: ['api://orders/Orders.Read'], account });
await fetch('/api/orders', { headers: { Authorization: \`Bearer \${result.accessToken}\` } });`,
    `config.headers.Authorization = 'Bearer ' + tokens.access_token;`,
    `const headers = new HttpHeaders({ Authorization: 'Bearer ' + this.oauthService.getAccessToken() });`,
    // ID token claims read for display, stored, or passed as the logout hint.
    `const { instance, accounts } = useMsal();
const greeting = \`Hello \${accounts[0].idTokenClaims?.name}\`;`,
    'element.textContent = `Signed in as ${result.idTokenClaims.preferred_username}`;',
    `localStorage.setItem('id_token', result.idToken);`,
    'window.location.assign(`${issuer}/oidc/logout?id_token_hint=${idToken}&post_logout_redirect_uri=${encodeURIComponent(origin)}`);',
    'await userManager.signoutRedirect({ id_token_hint: user.id_token });',
    // An ID token sent once to the sign-in or session endpoint of the app's own backend.
    `await fetch('/auth/google', { method: 'POST', headers: { Authorization: \`Bearer \${idToken}\` } });`,
    `await axios.post(\`\${API_URL}/api/session\`, null, { headers: { Authorization: 'Bearer ' + response.idToken } });`,
    `const loginUrl = \`\${baseUrl}/api/auth/login\`;
await fetch(loginUrl, { method: 'POST', headers: { Authorization: \`Bearer \${tokens.id_token}\` } });`,
    `const authHeader = \`Bearer \${credential.idToken}\`;
await fetch('https://api.example.com/v1/token-exchange', { method: 'POST', headers: { Authorization: authHeader } });`,
    `await fetch('/api/users/sign-in', { method: 'POST', body: JSON.stringify({ idToken }) });`,
    // Sign-in verification of an ID token on the server.
    `app.post('/auth/google', async (req, res) => {
  const ticket = await client.verifyIdToken({ idToken: req.body.idToken, audience: CLIENT_ID });
  req.session.userId = ticket.getPayload().sub;
  res.sendStatus(204);
});`,
    // Firebase and Google Cloud: the ID token is designed as the API credential.
    `const idToken = await auth.currentUser.getIdToken();
await fetch('/api/items', { headers: { Authorization: \`Bearer \${idToken}\` } });`,
    `const token = await getIdToken(user, true);
await fetch('/api/items', { headers: { Authorization: 'Bearer ' + token } });`,
    `firebase.auth().currentUser.getIdToken(true).then((idToken) => fetch('/api/profile', { headers: { Authorization: \`Bearer \${idToken}\` } }));`,
    `import { getAuth } from 'firebase/auth';
export async function authHeaders(session: { idToken: string }) {
  return { Authorization: \`Bearer \${session.idToken}\` };
}`,
    `const { GoogleAuth } = require('google-auth-library');
const idToken = await client.idTokenProvider.fetchIdToken(audience);
await fetch(serviceUrl, { headers: { Authorization: \`Bearer \${idToken}\` } });`,
    `await fetch('https://billing-7x2kq-uc.a.run.app/invoices', { headers: { Authorization: \`Bearer \${idToken}\` } });`,
    `import { fetchAuthSession } from 'aws-amplify/auth';
const { tokens } = await fetchAuthSession();
await fetch(url, { headers: { Authorization: \`Bearer \${tokens.idToken}\` } });`,
    // Claims objects, expiries and flags are not tokens.
    'const h = { Authorization: `Bearer ${idTokenClaims}` };',
    'const h = { Authorization: `Bearer ${hasIdToken}` };',
    'const h = { Authorization: `Bearer ${result.idTokenExpiresOn}` };',
    'const h = { Authorization: `Bearer ${decodedIdToken}` };',
    // No Bearer scheme, or an unknown one.
    `await fetch(url, { headers: { 'X-Id-Token': idToken, Authorization: \`Bearer \${accessToken}\` } });`,
    'const h = { Authorization: `${scheme} ${idToken}` };',
    `const h = { Authorization: 'Bearer' + idToken };`,
    'const message = `Token for ${idToken}`;',
    'const h = { Authorization: `Bearer ${idTokenHint}` };',
    // A reassigned variable has no single source.
    `let token = result.idToken;
token = result.accessToken;
const h = { Authorization: \`Bearer \${token}\` };`,
    // Servers: an ID token header read but not used as the credential.
    `app.get('/logout', (req, res) => {
  const hint = req.headers['x-id-token'];
  res.redirect(\`\${endSessionEndpoint}?id_token_hint=\${hint}\`);
});`,
    `app.use((req, res, next) => {
  const idToken = req.headers['x-id-token'];
  const profile = jwt.decode(idToken);
  logger.info({ user: profile?.name });
  next();
});`,
    `app.use(async (req, res, next) => {
  const accessToken = req.headers.authorization?.split(' ')[1];
  req.user = await verifier.verify(accessToken);
  next();
});`,
    // App Service authentication injects this header after signing the user in.
    `app.use((req, res, next) => {
  const token = req.headers['x-ms-token-aad-id-token'];
  req.user = jwt.verify(token, key);
  next();
});`,
    `const admin = require('firebase-admin');
app.use(async (req, res, next) => {
  const idToken = req.headers['x-id-token'];
  req.user = await admin.auth().verifyIdToken(idToken);
  next();
});`,
    // A client sending the header is not an API accepting it.
    `const res = await fetch('/api/me', { headers: { 'x-id-token': idToken } });`,
    'passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey }, verify));',
    // Concatenations whose right side can hold no token are not worked out; the cheap tests let none of these by.
    "fetch(url, { headers: { Authorization: 'Bearer ' + 'id-token' } });",
    "const header = `Bearer${idToken}`;",
    // Near misses of the file gates: names that start like an ID token and are none.
    "const headers = { Authorization: 'Bearer ' + result.identityToken };",
    "app.use((req, res, next) => { req.user = jwt.verify(req.headers['x-idp-token'], key); next(); });",
  ],
  invalid: [
    // The scheme in any case, or spelled with an escape: the listeners run in every file that can spell it.
    {
      code: "config.headers.Authorization = 'B\\u0065arer ' + response.idToken;",
      errors: [{ messageId: 'idTokenAsBearer', line: 1, column: 49, endLine: 1, endColumn: 65 }],
    },
    {
      code: "config.headers.Authorization = 'BEARER '.concat(result.idToken);",
      errors: [{ messageId: 'idTokenAsBearer', line: 1, column: 49, endLine: 1, endColumn: 63 }],
    },
    // MSAL axios interceptor.
    {
      code: `import { InteractionRequiredAuthError } from '@azure/msal-browser';
api.interceptors.request.use(async (config) => {
  const response = await msalInstance.acquireTokenSilent({ ...loginRequest, account });
  config.headers.Authorization = \`Bearer \${response.idToken}\`;
  return config;
});`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 4, column: 44, endLine: 4, endColumn: 60 },
      ],
    },
    {
      code: `const headers = { Authorization: 'Bearer ' + account.idToken, 'Content-Type': 'application/json' };`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 46, endLine: 1, endColumn: 61 },
      ],
    },
    {
      code: 'const res = await fetch(`${baseUrl}/api/orders`, { headers: { authorization: `Bearer ${session.idToken}` } });',
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 88, endLine: 1, endColumn: 103 },
      ],
    },
    {
      code: `const { data } = await axios.get('/api/profile', { headers: { Authorization: 'Bearer ' + tokens.id_token } });`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 90, endLine: 1, endColumn: 105 },
      ],
    },
    // Through a const holding the token.
    {
      code: `const token = result.idToken;
await fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 56, endLine: 2, endColumn: 61 },
      ],
    },
    {
      code: `const { idToken: jwt } = await instance.acquireTokenSilent(request);
xhr.setRequestHeader('Authorization', 'Bearer ' + jwt);`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 51, endLine: 2, endColumn: 54 },
      ],
    },
    {
      code: `const { idToken } = await instance.acquireTokenSilent(request);
const authHeader = \`Bearer \${idToken}\`;
await fetch('/api/orders', { headers: { Authorization: authHeader } });`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 30, endLine: 2, endColumn: 37 },
      ],
    },
    // Headers APIs.
    {
      code: 'const headers = new Headers({ Authorization: `Bearer ${user.id_token}` });',
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 56, endLine: 1, endColumn: 69 },
      ],
    },
    {
      code: `headers.set('Authorization', \`Bearer \${rawIdToken}\`);`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 40, endLine: 1, endColumn: 50 },
      ],
    },
    {
      code: `request.setRequestHeader('Authorization', 'Bearer ' + keycloak.idToken);`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 55, endLine: 1, endColumn: 71 },
      ],
    },
    {
      code: `axios.defaults.headers.common['Authorization'] = \`Bearer \${authResult.idToken}\`;`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 60, endLine: 1, endColumn: 78 },
      ],
    },
    {
      code: `config.headers.set('Authorization', \`Bearer \${authState.idToken.idToken}\`);`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 47, endLine: 1, endColumn: 72 },
      ],
    },
    // Optional chains, fallbacks and conditionals.
    {
      code: `const token = instance.getActiveAccount()?.idToken;
const headers = { Authorization: token ? \`Bearer \${token}\` : '' };`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 52, endLine: 2, endColumn: 57 },
      ],
    },
    {
      code: `const authLink = setContext((_, { headers }) => ({
  headers: { ...headers, authorization: session?.idToken ? \`Bearer \${session.idToken}\` : '' },
}));`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 70, endLine: 2, endColumn: 85 },
      ],
    },
    {
      code: 'const headers = { Authorization: `Bearer ${response.accessToken || response.idToken}` };',
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 68, endLine: 1, endColumn: 84 },
      ],
    },
    {
      code: `const headers = { Authorization: \`Bearer \${tokens.idToken ?? ''}\` };`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 44, endLine: 1, endColumn: 58 },
      ],
    },
    // Synchronous getters of angular-oauth2-oidc and Okta, and storage reads.
    {
      code: `const headers = new HttpHeaders({ Authorization: 'Bearer ' + this.oauthService.getIdToken() });`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 62, endLine: 1, endColumn: 92 },
      ],
    },
    {
      code: `req.set('Authorization', \`Bearer \${oktaAuth.getIdToken()}\`);`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 36, endLine: 1, endColumn: 57 },
      ],
    },
    {
      code: `const headers = { Authorization: 'Bearer ' + localStorage.getItem('id_token') };`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 46, endLine: 1, endColumn: 78 },
      ],
    },
    {
      code: `const idToken = sessionStorage.getItem('msal.idtoken');
const headers = { Authorization: \`Bearer \${idToken}\` };`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 44, endLine: 2, endColumn: 51 },
      ],
    },
    // A local wrapper named getIdToken, called without a user, is not Firebase.
    {
      code: `async function getIdToken(): Promise<string> {
  const result = await msalInstance.acquireTokenSilent(loginRequest);
  return result.idToken;
}
const headers = { Authorization: \`Bearer \${await getIdToken()}\` };`,
      filename: 'api-client.ts',
      errors: [
        { messageId: 'idTokenAsBearer', line: 5, column: 50, endLine: 5, endColumn: 62 },
      ],
    },
    // Auth0 keeps the raw ID token in the claims object.
    {
      code: `const claims = await getIdTokenClaims();
await fetch('/api/orders', { headers: { Authorization: \`Bearer \${claims.__raw}\` } });`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 66, endLine: 2, endColumn: 78 },
      ],
    },
    {
      code: 'await fetch(url, { headers: { Authorization: `Bearer ${(await auth0.getIdTokenClaims())?.__raw}` } });',
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 56, endLine: 1, endColumn: 95 },
      ],
    },
    // The Bearer prefix held in a const, and String.prototype.concat.
    {
      code: `const BEARER = 'Bearer ';
const headers = { Authorization: BEARER + tokenSet.id_token };`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 43, endLine: 2, endColumn: 60 },
      ],
    },
    {
      code: `const value = 'Bearer '.concat(result.idToken);`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 32, endLine: 1, endColumn: 46 },
      ],
    },
    // A helper that builds the header from a parameter named as an ID token.
    {
      code: `export function authHeaders(idToken: string): Record<string, string> {
  return { Authorization: \`Bearer \${idToken}\` };
}`,
      filename: 'api.ts',
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 37, endLine: 2, endColumn: 44 },
      ],
    },
    // next-auth forwarding the session ID token.
    {
      code: `import { getServerSession } from 'next-auth';
const session = await getServerSession(authOptions);
const res = await fetch(\`\${process.env.API_URL}/reports\`, { headers: { Authorization: \`Bearer \${session?.idToken}\` } });`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 3, column: 97, endLine: 3, endColumn: 113 },
      ],
    },
    // MSAL Node in a backend calling a downstream API.
    {
      code: `const msal = require('@azure/msal-node');
const tokenResponse = await cca.acquireTokenByCode(tokenRequest);
const { data } = await axios.get('https://graph.example.com/v1/items', { headers: { Authorization: \`Bearer \${tokenResponse.idToken}\` } });`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 3, column: 110, endLine: 3, endColumn: 131 },
      ],
    },
    // A URL that is not a sign-in endpoint.
    {
      code: `await fetch('/api/powerbi/embed-token', { method: 'POST', headers: { Authorization: \`Bearer \${response.idToken}\` } });`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 95, endLine: 1, endColumn: 111 },
      ],
    },
    {
      code: `await superagent.get('/api/orders').set('Authorization', \`Bearer \${user.id_token}\`);`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 68, endLine: 1, endColumn: 81 },
      ],
    },
    // CommonJS and TypeScript casts.
    {
      code: `module.exports = function withAuth(config) {
  config.headers.Authorization = 'Bearer ' + (config.tokens.idToken as string);
  return config;
};`,
      filename: 'auth.ts',
      errors: [
        { messageId: 'idTokenAsBearer', line: 2, column: 47, endLine: 2, endColumn: 68 },
      ],
    },
    {
      code: 'const headers: HeadersInit = { Authorization: `Bearer ${result!.idToken!}` };',
      filename: 'client.ts',
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 57, endLine: 1, endColumn: 72 },
      ],
    },
    // Express middleware that verifies the x-id-token header and makes it the principal.
    {
      code: `app.use(async (req, res, next) => {
  const idToken = req.headers['x-id-token'];
  const claims = jwt.verify(idToken, publicKey, { algorithms: ['RS256'], audience: CLIENT_ID });
  req.user = claims;
  next();
});`,
      errors: [
        { messageId: 'idTokenAsApiCredential', line: 2, column: 19, endLine: 2, endColumn: 44 },
      ],
    },
    {
      code: `export async function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.get('X-ID-Token');
  const { payload } = await jwtVerify(token, JWKS, { issuer, audience: clientId });
  res.locals.user = payload;
  next();
}`,
      filename: 'auth.ts',
      errors: [
        { messageId: 'idTokenAsApiCredential', line: 2, column: 17, endLine: 2, endColumn: 38 },
      ],
    },
    {
      code: `router.use((req, res, next) => {
  jwt.verify(req.headers['x-id-token'] as string, getKey, { audience }, (err, decoded) => {
    if (err) return res.sendStatus(401);
    req.auth = decoded;
    next();
  });
});`,
      errors: [
        { messageId: 'idTokenAsApiCredential', line: 2, column: 14, endLine: 2, endColumn: 39 },
      ],
    },
    {
      code: `app.use(async (ctx, next) => {
  const { 'x-id-token': idToken } = ctx.request.headers;
  ctx.state.user = await verifyJwt(idToken);
  await next();
});`,
      errors: [
        { messageId: 'idTokenAsApiCredential', line: 2, column: 11, endLine: 2, endColumn: 23 },
      ],
    },
    {
      code: `export class IdTokenGuard {
  async canActivate(context) {
    const request = context.switchToHttp().getRequest();
    const raw = request.headers['x-id-token'] ?? '';
    const token = Array.isArray(raw) ? raw[0] : raw;
    request.user = await this.verifier.verify(token);
    return true;
  }
}`,
      errors: [
        { messageId: 'idTokenAsApiCredential', line: 4, column: 17, endLine: 4, endColumn: 46 },
      ],
    },
    {
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL(jwksUri));
app.use('/api', async (req, res, next) => {
  const idToken = req.header('x-id-token');
  const { payload } = await jwtVerify(idToken ?? '', JWKS, { audience: SPA_CLIENT_ID });
  req.user = { id: payload.sub, roles: payload.roles };
  next();
});`,
      errors: [
        { messageId: 'idTokenAsApiCredential', line: 4, column: 19, endLine: 4, endColumn: 43 },
      ],
    },
    // Token extractors of express-jwt and passport-jwt.
    {
      code: `app.use(expressjwt({ secret: jwksSecret, algorithms: ['RS256'], getToken: (req) => req.headers['x-id-token'] }));`,
      errors: [
        { messageId: 'idTokenAsApiCredential', line: 1, column: 84, endLine: 1, endColumn: 109 },
      ],
    },
    {
      code: `const { Strategy, ExtractJwt } = require('passport-jwt');
passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromHeader('x-id-token'), secretOrKeyProvider }, verify));`,
      errors: [
        { messageId: 'idTokenAsApiCredential', line: 2, column: 67, endLine: 2, endColumn: 79 },
      ],
    },
    {
      code: `import { ExtractJwt as Extract } from 'passport-jwt';
const options = { jwtFromRequest: Extract.fromHeader('id-token'), issuer };`,
      errors: [
        { messageId: 'idTokenAsApiCredential', line: 2, column: 54, endLine: 2, endColumn: 64 },
      ],
    },
    {
      // Any white space after the scheme (a tab, a no-break space), and a token chosen by a condition.
      code: `fetch(url, { headers: { Authorization: 'Bearer\t' + idToken } });
fetch(url, { headers: { Authorization: 'Bearer\u00a0' + idToken } });
fetch(url, { headers: { Authorization: 'Bearer ' + (useId ? idToken : accessToken) } });`,
      errors: [
        { messageId: 'idTokenAsBearer', line: 1, column: 52, endLine: 1, endColumn: 59 },
        { messageId: 'idTokenAsBearer', line: 2, column: 52, endLine: 2, endColumn: 59 },
        { messageId: 'idTokenAsBearer', line: 3, column: 61, endLine: 3, endColumn: 68 },
      ],
    },
    {
      // A header name in capitals.
      code: `app.use(async (req, res, next) => {
  const idToken = req.headers['X-ID-TOKEN'];
  req.user = jwt.verify(idToken, publicKey);
  next();
});`,
      errors: [{ messageId: 'idTokenAsApiCredential', line: 2, column: 19, endLine: 2, endColumn: 44 }],
    },
    // Names the file gates look for, reached through a const, an alias or an escape, or written in another case.
    {
      code: `const KEY = 'id_token';
const headers = { Authorization: 'Bearer ' + sessionStorage.getItem(KEY) };`,
      errors: [{ messageId: 'idTokenAsBearer', line: 2, column: 46, endLine: 2, endColumn: 73 }],
    },
    {
      code: `const { idToken: credential } = tokens;
const SCHEME = 'BEARER ';
fetch(url, { headers: { Authorization: SCHEME + credential } });`,
      errors: [{ messageId: 'idTokenAsBearer', data: { token: 'credential' }, line: 3, column: 49, endLine: 3, endColumn: 59 }],
    },
    {
      code: "const headers = { Authorization: 'Bearer ' + result['\\u0069dToken'] };",
      errors: [{ messageId: 'idTokenAsBearer', line: 1, column: 46, endLine: 1, endColumn: 68 }],
    },
    {
      code: `app.use((req, res, next) => {
  const idToken = req.headers["X-Id_Token"];
  req.user = jwt.verify(idToken, key);
  next();
});`,
      errors: [{ messageId: 'idTokenAsApiCredential', data: { header: 'X-Id_Token' }, line: 2, column: 19, endLine: 2, endColumn: 44 }],
    },
    {
      code: `const { ExtractJwt } = require('passport-jwt');
const HEADER = 'x-id-token';
const options = { jwtFromRequest: ExtractJwt.fromHeader(HEADER), secretOrKey };`,
      errors: [{ messageId: 'idTokenAsApiCredential', data: { header: 'x-id-token' }, line: 3, column: 57, endLine: 3, endColumn: 63 }],
    },
  ],
});
