import rule from '../../src/rules/no-token-in-url';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const JWT = `const jwt = require('jsonwebtoken');\n`;

ruleTester.run('no-token-in-url', rule, {
  valid: [
    // Near misses of the shortcuts: a parameter that is no token, a `query` that is only part of a longer name.
    `const page = new URL(window.location.href).searchParams.get('page');
const limit = new URL(window.location.href).searchParams.has(10);`,
    `const input = document.querySelector('#access_token').value;
const token = params.querySelector.access_token;`,
    // Tokens from the Authorization header.
    `${JWT}app.use((req, res, next) => { const token = req.headers.authorization?.split(' ')[1]; req.user = jwt.verify(token, secret); next(); });`,
    // OAuth authorization responses: `code` and `state` are meant for the query.
    `app.get('/callback', async (req, res) => { const { code, state } = req.query; await exchange(code, state); });`,
    `const code = new URL(window.location.href).searchParams.get('code');`,
    // RP-initiated logout: `id_token_hint` is in the URL by specification.
    'res.redirect(`${issuer}/oidc/logout?id_token_hint=${idToken}&post_logout_redirect_uri=${encodeURIComponent(home)}`);',
    // One-time link tokens: password reset, e-mail verification, invitations.
    'await sendMail(user.email, `${APP_URL}/reset-password?token=${resetToken}`);',
    'const link = `${process.env.CLIENT_URL}/verify-email?token=${token}`;',
    'async function sendVerificationEmail(user, token) { await mailer.send({ to: user.email, html: `<a href="${baseUrl}/confirm?token=${token}">Confirm</a>` }); }',
    'const inviteUrl = `${origin}/join?inviteToken=${inviteToken}`;',
    `app.get('/reset-password', async (req, res) => { const user = await User.findOne({ resetToken: req.query.token }); });`,
    `router.get('/verify-email', async (req, res) => { const { token } = req.query; const { email } = jwt.verify(token, EMAIL_SECRET); await activate(email); });\n${JWT}`,
    // A bare `token` that is never used as a bearer credential.
    `app.get('/unsubscribe', (req, res) => unsubscribe(req.query.token));`,
    `const page = await list({ pageToken: req.query.token });`,
    // Pagination, CSRF and push tokens.
    'fetch(`${api}/items?page_token=${nextPageToken}`);',
    'fetch(`${api}/items?token=${csrfToken}`);',
    // Tokens in a form body (the token endpoint) are fine.
    `const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }); await fetch(tokenUrl, { method: 'POST', body });`,
    `const form = new URLSearchParams(); form.append('refresh_token', refreshToken); await fetch(tokenUrl, { method: 'POST', body: form });`,
    // Fragments never reach a server or a Referer header.
    'window.location.assign(`${app}/#access_token=${accessToken}`);',
    // Static values, and parameters that are not tokens.
    "const url = 'https://api.example.com/items?token=public-demo';",
    'fetch(`${api}/search?q=${query}&limit=${limit}`);',
    // WebSocket URLs: browsers cannot set headers there (silent by default).
    'const socket = new WebSocket(`wss://${host}/ws?token=${accessToken}`);',
    'const wsUrl = `${WS_BASE}/live?access_token=${token}`;\nconst ws = new WebSocket(wsUrl);',
    `wss.on('connection', (ws, req) => { const token = new URL(req.url, 'http://localhost').searchParams.get('access_token'); jwt.verify(token, secret); });\n${JWT}`,
    // socket.io handshake data is not a URL the app builds.
    `io.use((socket, next) => { const token = socket.handshake.auth.token; next(); });`,
    // passport-jwt header extractors; hapi-auth-jwt2 with the query turned off.
    `const { Strategy, ExtractJwt } = require('passport-jwt'); passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key }, verify));`,
    `const hapiJwt = require('hapi-auth-jwt2'); await server.register(hapiJwt); server.auth.strategy('jwt', 'jwt', { key, validate, urlKey: false });`,
    // express-jwt reading the header.
    `import { expressjwt } from 'express-jwt'; app.use(expressjwt({ secret, algorithms: ['HS256'], getToken: (req) => req.headers['x-access-token'] }));`,
    // hapi-auth-jwt2 left at its default: only an explicit `urlKey` is reported.
    `const hapiJwt = require('hapi-auth-jwt2'); server.auth.strategy('jwt', 'jwt', { key, validate, verifyOptions: { algorithms: ['HS256'] } });`,
    // A bare `token` value that is not a bearer credential.
    'const link = `${base}/s?token=${shareId}`;',
    'fetch(`${api}/devices?token=${deviceToken}`);',
    // Writing to `req.query` is not reading a token.
    `app.use((req, res, next) => { req.query.token = undefined; next(); });`,
    // A query object on something that is not a request.
    `const token = router.query.access_token;`,
    {
      filename: 'page.tsx',
      code: `import { useSearchParams } from 'next/navigation';\nexport default function Page() { const params = useSearchParams(); const q: string | null = params.get('q'); return q; }`,
    },
    // Near misses of the file gates: names that only start like a token parameter, with and without one in the file.
    "app.get('/search', (req, res) => res.json(find(req.query.tok, req.query.q, `${base}?tok=${value}&author=${name}`)));",
    "app.get('/search', (req, res) => res.json(find(req.query.tokenizer, `${base}?tokens=${count}`)));",
  ],
  invalid: [
    // Reached the hard way: each must still be read where the listeners take their shortcuts.
    {
      // The parameter name held in a const.
      code: `const TOKEN_PARAMETER = 'access_token';
const token = new URL(window.location.href).searchParams.get(TOKEN_PARAMETER);`,
      errors: [{ messageId: 'tokenReadFromUrl', data: { name: 'access_token' }, line: 2, column: 15, endColumn: 78 }],
    },
    {
      // `query` spelled with an escape.
      code: `app.get('/profile', (req, res) => res.json(lookup(req['que\\u0072y'].access_token)));`,
      errors: [{ messageId: 'tokenReadFromUrl', data: { name: 'access_token' }, line: 1, column: 51, endColumn: 81 }],
    },
    {
      code: `${JWT}function authenticate(req, res, next) {\n  const token = req.headers.authorization?.split(' ')[1] || req.query.token;\n  req.user = jwt.verify(token, process.env.JWT_SECRET);\n  next();\n}`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 3, column: 61, endColumn: 76 }],
    },
    {
      code: `app.get('/api/me', (req, res) => { const accessToken = req.query.access_token; res.json(lookup(accessToken)); });`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 1, column: 56, endColumn: 78, data: { name: 'access_token' } }],
    },
    {
      code: `router.get('/events', (req, res) => { const { jwt: raw } = req.query; stream(res, raw); });`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 1, column: 47, endColumn: 55, data: { name: 'jwt' } }],
    },
    {
      code: `const id = ctx.query['id_token'];`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 1, column: 12 }],
    },
    {
      // koa: `ctx.request.query`.
      code: `router.get('/me', async (ctx) => { ctx.body = await profile(ctx.request.query.accessToken); });`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 1, column: 61 }],
    },
    {
      // A bare `token` verified as a JWT.
      code: `${JWT}app.get('/reports/:id', (req, res) => {\n  const payload = jwt.verify(req.query.token, secret);\n  res.send(render(payload));\n});`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 3, column: 30, endColumn: 45, data: { name: 'token' } }],
    },
    {
      code: `${JWT}export const requireAuth = (req, res, next) => {\n  const { token } = req.query;\n  if (!token) return res.sendStatus(401);\n  req.user = jwt.verify(token, key);\n  next();\n};`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 3, column: 11, endColumn: 16 }],
    },
    {
      // TypeScript: typed request, non-null assertion.
      filename: 'auth.ts',
      code: `import { verify } from 'jsonwebtoken';\nimport type { Request } from 'express';\nexport function userOf(req: Request) {\n  const token = req.query.token as string;\n  return verify(token!, publicKey, { algorithms: ['RS256'] });\n}`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 4, column: 17 }],
    },
    {
      code: `const accessToken = new URLSearchParams(window.location.search).get('access_token');`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 1, column: 21, data: { name: 'access_token' } }],
    },
    {
      code: `const url = new URL(request.url);\nconst token = url.searchParams.get('jwt');`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 2, column: 15 }],
    },
    {
      filename: 'route.ts',
      code: `export async function GET(request: Request) {\n  const { searchParams } = new URL(request.url);\n  const token = searchParams.get('access_token');\n  return fetchProfile(token);\n}`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 3, column: 17 }],
    },
    {
      // passport-jwt: CommonJS, ESM, inside fromExtractors.
      code: `const { Strategy, ExtractJwt } = require('passport-jwt');\npassport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromUrlQueryParameter('token'), secretOrKey: key }, verify));`,
      errors: [{ messageId: 'extractorReadsUrl', line: 2, column: 45, endColumn: 86 }],
    },
    {
      code: `import { ExtractJwt } from 'passport-jwt';\nconst jwtFromRequest = ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), ExtractJwt.fromUrlQueryParameter('access_token')]);`,
      errors: [{ messageId: 'extractorReadsUrl', line: 2, column: 93 }],
    },
    {
      code: `import * as passportJwt from 'passport-jwt';\nconst extract = passportJwt.ExtractJwt.fromUrlQueryParameter('auth');`,
      errors: [{ messageId: 'extractorReadsUrl', line: 2, column: 17 }],
    },
    {
      // express-jwt `getToken` returning the query, whatever the name.
      code: `import { expressjwt } from 'express-jwt';\napp.use(expressjwt({\n  secret,\n  algorithms: ['HS256'],\n  getToken(req) {\n    if (req.headers.authorization?.startsWith('Bearer ')) return req.headers.authorization.slice(7);\n    return req.query.t;\n  },\n}));`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 7, column: 12, endColumn: 23 }],
    },
    {
      code: `const jwt = require('koa-jwt');\napp.use(jwt({ secret, getToken: (ctx) => ctx.query.token }));`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 2, column: 42 }],
    },
    {
      code: `const { Strategy } = require('passport-jwt');\nconst fromQuery = (req) => req.query.token;\npassport.use(new Strategy({ jwtFromRequest: fromQuery, secretOrKey: key }, verify));`,
      errors: [{ messageId: 'tokenReadFromUrl', line: 2, column: 28 }],
    },
    {
      code: `const hapiJwt = require('hapi-auth-jwt2');\nawait server.register(hapiJwt);\nserver.auth.strategy('jwt', 'jwt', { key, validate, urlKey: 'access_token' });`,
      errors: [{ messageId: 'urlKeyEnabled', line: 3, column: 53, endColumn: 75, data: { name: 'access_token' } }],
    },
    {
      // Putting tokens into URLs.
      code: 'const res = await fetch(`https://graph.facebook.com/me?fields=id,name&access_token=${accessToken}`);',
      errors: [{ messageId: 'tokenPutInUrl', line: 1, column: 86, endColumn: 97, data: { name: 'access_token' } }],
    },
    {
      code: `res.redirect(\`\${process.env.FRONTEND_URL}/auth/callback?token=\${jwtToken}\`);`,
      errors: [{ messageId: 'tokenPutInUrl', line: 1, column: 65, data: { name: 'token' } }],
    },
    {
      code: `${JWT}app.get('/auth/google/callback', (req, res) => {\n  const token = jwt.sign({ sub: req.user.id }, secret, { expiresIn: '1h' });\n  res.redirect(\`\${CLIENT_URL}/login/success?token=\${token}\`);\n});`,
      errors: [{ messageId: 'tokenPutInUrl', line: 4, column: 53 }],
    },
    {
      code: `const url = API_BASE + '/report?jwt=' + encodeURIComponent(session.jwt);`,
      errors: [{ messageId: 'tokenPutInUrl', line: 1, column: 41, data: { name: 'jwt' } }],
    },
    {
      code: "axios.get(`${api}/files?id=${id}&id_token=${user.idToken}`);",
      errors: [{ messageId: 'tokenPutInUrl', line: 1, column: 45 }],
    },
    {
      code: "const params = new URLSearchParams({ access_token: token, fields: 'email' });\nconst profile = await fetch(`${GRAPH}/me?${params}`);",
      errors: [{ messageId: 'tokenPutInUrl', line: 1, column: 38, endColumn: 57, data: { name: 'access_token' } }],
    },
    {
      code: "const qs = require('querystring');\nhttps.get(`${base}/v1/me?` + qs.stringify({ access_token: creds.accessToken }));",
      errors: [{ messageId: 'tokenPutInUrl', line: 2, column: 45 }],
    },
    {
      code: `const url = new URL('/api/export', base);\nurl.searchParams.set('access_token', accessToken);\nawait fetch(url);`,
      errors: [{ messageId: 'tokenPutInUrl', line: 2, column: 38, endColumn: 49 }],
    },
    {
      code: `const url = new URL(endpoint);\nurl.searchParams.append('token', authToken);`,
      errors: [{ messageId: 'tokenPutInUrl', line: 2, column: 34 }],
    },
    {
      filename: 'client.ts',
      code: 'export async function download(accessToken: string): Promise<Blob> {\n  const response = await fetch(`${BASE}/export.csv?access_token=${accessToken as string}`);\n  return response.blob();\n}',
      errors: [{ messageId: 'tokenPutInUrl', line: 2, column: 67 }],
    },
    {
      // WebSocket URLs when asked.
      code: 'const socket = new WebSocket(`wss://${host}/ws?token=${accessToken}`);',
      options: [{ reportWebSocketUrls: true }],
      errors: [{ messageId: 'tokenPutInUrl', line: 1, column: 56 }],
    },
    {
      code: `${JWT}wss.on('connection', (ws, req) => {\n  const token = new URL(req.url, 'http://localhost').searchParams.get('access_token');\n  jwt.verify(token, secret);\n});`,
      options: [{ reportWebSocketUrls: true }],
      errors: [{ messageId: 'tokenReadFromUrl', line: 3, column: 17 }],
    },
    {
      code: 'export const loadData = (token) => fetch(`${API_URL}/data?format=json&token=${token}`);',
      errors: [{ messageId: 'tokenPutInUrl', line: 1, column: 79, data: { name: 'token' } }],
    },
    {
      // EventSource is not a WebSocket: reported.
      code: 'const events = new EventSource(`/api/stream?access_token=${accessToken}`);',
      errors: [{ messageId: 'tokenPutInUrl', line: 1, column: 60 }],
    },
    // Names the file gates look for, reached through a const or an alias, or written in another case.
    {
      code: `const PARAMETER = 'access_token';\napp.get('/me', (req, res) => res.json(lookup(req.query[PARAMETER])));`,
      errors: [{ messageId: 'tokenReadFromUrl', data: { name: 'access_token' }, line: 2, column: 46, endColumn: 66 }],
    },
    {
      code: `router.get('/me', async (ctx) => { ctx.body = await profile(ctx.query['Auth-Token']); });`,
      errors: [{ messageId: 'tokenReadFromUrl', data: { name: 'Auth-Token' }, line: 1, column: 61, endColumn: 84 }],
    },
    {
      code: "const PARAMETER = 'ACCESS_TOKEN';\nconst profile = await fetch(`${api}/me?${PARAMETER}=${accessToken}`);",
      errors: [{ messageId: 'tokenPutInUrl', data: { name: 'ACCESS_TOKEN' }, line: 2, column: 55, endColumn: 66 }],
    },
    {
      filename: 'route.ts',
      code: `export async function GET(request: Request) {\n  const { searchParams: params } = new URL(request.url);\n  return fetchProfile(params.get('id_token'));\n}`,
      errors: [{ messageId: 'tokenReadFromUrl', data: { name: 'id_token' }, line: 3, column: 23, endColumn: 45 }],
    },
    {
      code: `const { ExtractJwt: Extract } = require('passport-jwt');\nconst fromQuery = Extract.fromUrlQueryParameter('auth');`,
      errors: [{ messageId: 'extractorReadsUrl', line: 2, column: 19, endColumn: 56 }],
    },
    {
      code: `const hapiJwt = require('hapi-auth-jwt2');\nconst KEY = 'urlKey';\nserver.auth.strategy('jwt', 'jwt', { key, validate, [KEY]: 'auth' });`,
      errors: [{ messageId: 'urlKeyEnabled', data: { name: 'auth' }, line: 3, column: 53, endColumn: 66 }],
    },
    {
      code: `import { expressjwt } from 'express-jwt';\nconst GET_TOKEN = 'getToken';\napp.use(expressjwt({ secret, algorithms: ['HS256'], [GET_TOKEN]: (req) => req.query.t }));`,
      errors: [{ messageId: 'tokenReadFromUrl', data: { name: 't' }, line: 3, column: 75, endColumn: 86 }],
    },
  ],
});
