import rule from '../../src/rules/no-app-permission-on-behalf-of-user';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-app-permission-on-behalf-of-user', rule, {
  valid: [
    {
      // OBO in the same handler (trap)
      code: `app.get('/api/profile', checkJwt, async (req, res) => {
  const userToken = req.headers.authorization.slice('Bearer '.length);
  const profile = await cca.acquireTokenOnBehalfOf({ oboAssertion: userToken, scopes: ['User.Read'] });
  const audit = await cca.acquireTokenByClientCredential({ scopes: ['api://audit-log/.default'] });
  res.json(await getProfile(profile.accessToken));
});`,
    },
    {
      // OBO only
      code: `app.get('/api/profile', checkJwt, async (req, res) => {
  const result = await cca.acquireTokenOnBehalfOf({ oboAssertion: req.headers.authorization.split(' ')[1], scopes: ['https://graph.microsoft.com/User.Read'] });
  res.json(await getProfile(result.accessToken));
});`,
    },
    {
      // OnBehalfOfCredential in the handler
      code: `import { OnBehalfOfCredential } from '@azure/identity';
app.get('/me', async (req, res) => {
  const credential = new OnBehalfOfCredential({ tenantId, clientId, clientSecret, userAssertionToken: req.headers.authorization.slice(7) });
  const { token } = await credential.getToken('https://graph.microsoft.com/.default');
  res.json(await me(token));
});`,
    },
    {
      // raw OBO grant
      code: `app.get('/me', checkJwt, async (req, res) => {
  const body = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    requested_token_use: 'on_behalf_of',
    assertion: req.headers.authorization.slice(7),
    scope: 'https://graph.microsoft.com/.default',
  });
  res.json(await (await fetch(tokenUrl, { method: 'POST', body })).json());
});`,
    },
    {
      // helper that does OBO when it has a user token
      code: `async function tokenFor(userToken) {
  if (userToken) return cca.acquireTokenOnBehalfOf({ oboAssertion: userToken, scopes });
  return cca.acquireTokenByClientCredential({ scopes });
}
app.get('/me', checkJwt, async (req, res) => {
  res.json(await tokenFor(req.headers.authorization));
});`,
    },
    {
      // background queue worker (trap)
      code: `queue.process('sync-users', async (job) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  await syncUsers(job.data.tenantId, result.accessToken);
});`,
    },
    {
      // cron job through a named helper (trap)
      code: `async function syncUsers() {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  await mirror(result.accessToken);
}
cron.schedule('0 * * * *', () => syncUsers());`,
    },
    {
      // job queued from a handler, run by a worker
      code: `app.post('/api/reports', checkJwt, async (req, res) => {
  await reportsQueue.add('build', { userId: req.auth.payload.oid });
  res.status(202).end();
});
new Worker('build', async (job) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
});`,
    },
    {
      // Azure Functions timer trigger
      code: `import { app } from '@azure/functions';
import { ManagedIdentityCredential } from '@azure/identity';
const credential = new ManagedIdentityCredential();
app.timer('sync', {
  schedule: '0 */5 * * * *',
  handler: async (timer, context) => {
    const { token } = await credential.getToken('https://graph.microsoft.com/.default');
  },
});`,
    },
    {
      // module-level startup code
      code: `const startup = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
const token = await tokenCache.get('graph', async () => (await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })).accessToken);`,
    },
    {
      // managed identity to Key Vault from a user handler
      code: `import { ManagedIdentityCredential } from '@azure/identity';
const credential = new ManagedIdentityCredential();
app.get('/me', checkJwt, async (req, res) => {
  const { token } = await credential.getToken('https://vault.azure.net/.default');
  res.json(req.auth.payload);
});`,
    },
    {
      // storage account, SQL and a const request to Key Vault
      code: `import { DefaultAzureCredential } from '@azure/identity';
const credential = new DefaultAzureCredential();
const kvRequest = { scopes: ['https://vault.azure.net/.default'] };
app.get('/files', checkJwt, async (req, res) => {
  await credential.getToken('https://contosofiles.blob.core.windows.net/.default');
  await credential.getToken(['https://database.windows.net//.default']);
  await cca.acquireTokenByClientCredential(kvRequest);
  await managedIdentity.acquireToken({ resource: 'https://vault.azure.net' });
});`,
    },
    {
      // raw grant to an allowed resource
      code: `app.get('/me', requiresAuth(), async (req, res) => {
  const body = 'grant_type=client_credentials&scope=https%3A%2F%2Fvault.azure.net%2F.default';
  const form = new URLSearchParams({ grant_type: 'client_credentials', resource: 'https://storage.azure.com' });
});`,
    },
    {
      // custom allowlist entry
      code: `app.get('/me', checkJwt, async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['api://audit-log/.default'] });
});`,
      options: [{'allowedResources':['api://audit-log']}],
    },
    {
      // public handler without any user signal
      code: `app.get('/health', async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json({ ok: Boolean(result) });
});`,
    },
    {
      // machine-authenticated routes: API key and webhook signature
      code: `app.post('/internal/sync', apiKeyAuth, async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.sendStatus(202);
});
app.post('/webhooks/graph', verifyWebhookSignature, async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.sendStatus(202);
});
app.post('/internal/import', passport.authenticate('headerapikey', { session: false }), async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
});`,
    },
    {
      // cron endpoint checked with a shared secret
      code: `export async function GET(request: Request) {
  const auth = request.headers.get('authorization');
  if (auth !== \`Bearer \${process.env.CRON_SECRET}\`) return new Response(null, { status: 401 });
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  return Response.json({ synced: await sync(result?.accessToken) });
}`,
      filename: 'app/api/cron/route.ts',
    },
    {
      // app.use(checkJwt) after the route, or for another prefix
      code: `app.use('/admin', checkJwt);
app.get('/public/news', async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(result);
});
app.use(checkJwt);`,
    },
    {
      // routers named auth are not middleware
      code: `app.use(authRouter);
app.use('/auth', authRoutes);
app.get('/news', async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(result);
});`,
    },
    {
      // sign-in callback with an authorization code (no bearer token)
      code: `msalRoutes.get('/auth/callback', async (req, res) => {
  const result = await msal.acquireTokenByCode({ code: String(req.query.code), scopes: ['User.Read'], redirectUri });
  const { data } = await axios.post(url, new URLSearchParams({ grant_type: 'client_credentials', client_id: id }));
  res.json({ user: result.account?.username });
});`,
    },
    {
      // axios interceptor attaching an app token
      code: `api.interceptors.request.use(async (request) => {
  if (!request.headers.authorization) {
    const result = await cca.acquireTokenByClientCredential({ scopes: ['api://orders/.default'] });
    request.headers.authorization = \`Bearer \${result.accessToken}\`;
  }
  return request;
});`,
    },
    {
      // got beforeRequest hook
      code: `const client = got.extend({ hooks: { beforeRequest: [async (request) => {
  if (!request.headers.authorization) {
    const result = await cca.acquireTokenByClientCredential({ scopes: ['api://orders/.default'] });
    request.headers.authorization = \`Bearer \${result.accessToken}\`;
  }
}] } });`,
    },
    {
      // outgoing request helper that sets its own Authorization
      code: `async function authorize(request) {
  if (request.headers.authorization) return request;
  const result = await cca.acquireTokenByClientCredential({ scopes: ['api://orders/.default'] });
  request.headers.set('Authorization', \`Bearer \${result.accessToken}\`);
  return request;
}`,
    },
    {
      // token endpoint that implements the grant
      code: `app.post('/oauth2/token', async (req, res) => {
  if (req.body.grant_type === 'client_credentials') return issueAppToken(req, res);
  res.status(400).json({ error: 'unsupported_grant_type' });
});`,
    },
    {
      // delegated calls and next-auth getToken
      code: `import { getToken } from 'next-auth/jwt';
export default async function handler(req, res) {
  const jwt = await getToken({ req });
  const result = await cca.acquireTokenSilent({ account, scopes: ['User.Read'] });
  const byCode = await cca.acquireTokenByCode({ code: req.query.code, scopes: ['User.Read'] });
  res.json(jwt);
}`,
    },
    {
      // getToken on an untracked object
      code: `app.get('/me', checkJwt, async (req, res) => {
  const token = await tokenProvider.getToken('https://graph.microsoft.com/.default');
  const other = await session.getToken();
});`,
    },
    {
      // Next.js route without any user signal
      code: `export async function GET() {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  return Response.json(await publicNews(result?.accessToken));
}`,
      filename: 'route.ts',
    },
    {
      // NestJS controller behind a throttler guard only
      code: `@Controller('news')
@UseGuards(ThrottlerGuard)
export class NewsController {
  @Get()
  @Public()
  async list() {
    const result = await this.cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    return result?.accessToken;
  }
}`,
      filename: 'news.controller.ts',
    },
    {
      // GraphQL resolver is not a request handler
      code: `export const resolvers = {
  Query: {
    me: async (_parent, _args, context) => {
      const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
      return lookup(context.user.oid, result.accessToken);
    },
  },
};`,
    },
    {
      // unrelated client_credentials text
      code: `const GRANTS = ['authorization_code', 'client_credentials'];
const doc = 'Use grant_type client_credentials for daemons';
logger.info(\`grant=\${grant}\`);`,
    },
    {
      // TypeScript helper taking an msal token request
      code: `import type { ClientCredentialRequest } from '@azure/msal-node';
export async function getAppToken(tokenRequest: ClientCredentialRequest) {
  const result = await cca.acquireTokenByClientCredential(tokenRequest);
  return result?.accessToken;
}`,
      filename: 'tokens.ts',
    },
    {
      // webhook secret compared in constant time
      code: `app.post('/hooks/sync', async (req, res) => {
  const header = req.headers.authorization;
  if (!header || !crypto.timingSafeEqual(Buffer.from(header), Buffer.from(\`Bearer \${process.env.HOOK_SECRET}\`))) return res.sendStatus(401);
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.sendStatus(204);
});`,
    },
    {
      // route module: token fetched while routes are registered
      code: `export default function registerRoutes(app) {
  const warmup = cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  app.get('/me', checkJwt, (req, res) => res.json(req.user));
}`,
    },
  ],
  invalid: [
    {
      // express ESM: checkJwt middleware and Microsoft Graph
      code: `import express from 'express';
import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication(msalConfig);
const app = express();
app.get('/api/profile', checkJwt, async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(await getProfile(result.accessToken));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 6, column: 28, endLine: 6, endColumn: 58 },
      ],
    },
    {
      // CommonJS: the handler reads the Authorization header
      code: `const msal = require('@azure/msal-node');
const cca = new msal.ConfidentialClientApplication(config);
router.get('/orders', async (req, res) => {
  const userToken = req.headers.authorization.split(' ')[1];
  const result = await cca.acquireTokenByClientCredential({ scopes: ['api://orders-api/.default'] });
  res.json(await listOrders(result.accessToken));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 5, column: 28, endLine: 5, endColumn: 58 },
      ],
    },
    {
      // passport-azure-ad bearer strategy and req.user
      code: `app.get('/api/tasks', passport.authenticate('oauth-bearer', { session: false }), async (req, res) => {
  const { accessToken } = await msalClient.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
  res.json(await tasksFor(req.user.oid, accessToken));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 2, column: 44, endLine: 2, endColumn: 74 },
      ],
    },
    {
      // @azure/identity ClientSecretCredential and req.auth
      code: `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential(tenantId, clientId, clientSecret);
app.get('/me/manager', async (req, res) => {
  const { token } = await credential.getToken('https://graph.microsoft.com/.default');
  res.json(await graphGet(\`/users/\${req.auth.payload.oid}/manager\`, token));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 4, column: 38, endLine: 4, endColumn: 46 },
      ],
    },
    {
      // koa-router with ctx.state.user and DefaultAzureCredential
      code: `import Router from '@koa/router';
import { DefaultAzureCredential } from '@azure/identity';
const credential = new DefaultAzureCredential();
const router = new Router();
router.get('/orders', async (ctx) => {
  const { token } = await credential.getToken(['api://orders-api/.default']);
  ctx.body = await listOrders(ctx.state.user.oid, token);
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 6, column: 38, endLine: 6, endColumn: 46 },
      ],
    },
    {
      // scopes read at run time are reported
      code: `import { ManagedIdentityCredential } from '@azure/identity';
const credential = new ManagedIdentityCredential();
app.get('/reports', requireAuth, async (req, res) => {
  const { token } = await credential.getToken(process.env.REPORTS_SCOPE);
  res.json(await reports(token));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 4, column: 38, endLine: 4, endColumn: 46 },
      ],
    },
    {
      // Next.js route handler reading the Authorization header
      code: `import type { NextRequest } from 'next/server';
import { ClientCertificateCredential } from '@azure/identity';
const credential = new ClientCertificateCredential(tenantId, clientId, { certificatePath });
export async function GET(request: NextRequest) {
  if (!request.headers.get('authorization')) return new Response(null, { status: 401 });
  const { token } = await credential.getToken('https://graph.microsoft.com/.default');
  return Response.json(await graphGet('/users', token));
}`,
      filename: 'app/api/people/route.ts',
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 6, column: 38, endLine: 6, endColumn: 46 },
      ],
    },
    {
      // NestJS controller guarded by AuthGuard
      code: `import { Controller, Get, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ConfidentialClientApplication } from '@azure/msal-node';
@Controller('profile')
@UseGuards(AuthGuard('jwt'))
export class ProfileController {
  constructor(private readonly cca: ConfidentialClientApplication) {}
  @Get()
  async profile() {
    const result = await this.cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    return result?.accessToken;
  }
}`,
      filename: 'profile.controller.ts',
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 10, column: 35, endLine: 10, endColumn: 65 },
      ],
    },
    {
      // NestJS @CurrentUser() and a credential held in a class field
      code: `import { ClientSecretCredential } from '@azure/identity';
@Controller('me')
export class MeController {
  private readonly credential = new ClientSecretCredential(tenantId, clientId, secret);
  @Get()
  async me(@CurrentUser() user: UserClaims) {
    const { token } = await this.credential.getToken('https://graph.microsoft.com/.default');
    return this.graph.get(\`/users/\${user.oid}\`, token);
  }
}`,
      filename: 'me.controller.ts',
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 7, column: 45, endLine: 7, endColumn: 53 },
      ],
    },
    {
      // fastify onRequest authentication hook
      code: `fastify.get('/me', { onRequest: [fastify.authenticate] }, async (request, reply) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  return getMe(result.accessToken);
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 2, column: 28, endLine: 2, endColumn: 58 },
      ],
    },
    {
      // hapi route with an auth strategy
      code: `server.route({
  method: 'GET',
  path: '/me',
  options: {
    auth: 'azuread',
    handler: async (request, h) => {
      const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
      return result.accessToken;
    },
  },
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 7, column: 32, endLine: 7, endColumn: 62 },
      ],
    },
    {
      // Azure Functions HTTP trigger behind App Service authentication
      code: `import { app } from '@azure/functions';
import { ManagedIdentityCredential } from '@azure/identity';
const credential = new ManagedIdentityCredential();
app.http('profile', {
  methods: ['GET'],
  handler: async (request, context) => {
    const principal = request.headers.get('x-ms-client-principal');
    const { token } = await credential.getToken('https://graph.microsoft.com/.default');
    return { jsonBody: await lookup(principal, token) };
  },
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 8, column: 40, endLine: 8, endColumn: 48 },
      ],
    },
    {
      // raw client_credentials grant in URLSearchParams
      code: `app.get('/api/invoices', checkJwt, async (req, res) => {
  const { data } = await axios.post(tokenUrl, new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: process.env.CLIENT_ID,
    client_secret: process.env.CLIENT_SECRET,
    scope: 'https://graph.microsoft.com/.default',
  }));
  res.json(await invoices(req.auth.payload.sub, data.access_token));
});`,
      errors: [
        { messageId: 'clientCredentialsGrant', line: 3, column: 17, endLine: 3, endColumn: 37 },
      ],
    },
    {
      // raw grant as a form string
      code: `app.get('/api/invoices', requiresAuth(), async (req, res) => {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    body: 'grant_type=client_credentials&scope=api%3A%2F%2Fbilling%2F.default',
  });
  res.json(await response.json());
});`,
      errors: [
        { messageId: 'clientCredentialsGrant', line: 4, column: 11, endLine: 4, endColumn: 79 },
      ],
    },
    {
      // raw grant in a template and in URLSearchParams#append
      code: `router.post('/sync', checkJwt, async (req, res) => {
  const body = \`grant_type=client_credentials&client_id=\${clientId}&client_secret=\${secret}\`;
  const params = new URLSearchParams();
  params.append('grant_type', 'client_credentials');
});`,
      errors: [
        { messageId: 'clientCredentialsGrant', line: 2, column: 16, endLine: 2, endColumn: 93 },
        { messageId: 'clientCredentialsGrant', line: 4, column: 31, endLine: 4, endColumn: 51 },
      ],
    },
    {
      // helper called from a protected route
      code: `async function getGraphToken() {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  return result.accessToken;
}
router.get('/me', requireAuth, async (req, res) => {
  res.json(await fetchMe(await getGraphToken()));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 2, column: 28, endLine: 2, endColumn: 58 },
      ],
    },
    {
      // helper in an object, handler exported from a controller module
      code: `const tokens = {
  async graph() { return cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }); },
};
export const getProfile = async (req: Request, res: Response) => {
  const result = await tokens.graph();
  res.json(await profileOf(req.user!.oid, result?.accessToken));
};`,
      filename: 'profile.controller.ts',
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 2, column: 30, endLine: 2, endColumn: 60 },
      ],
    },
    {
      // service method called through this from a route method
      code: `import { ClientSecretCredential } from '@azure/identity';
export class GraphController {
  constructor() { this.credential = new ClientSecretCredential(tenantId, clientId, secret); }
  private async token() { return (await this.credential.getToken('https://graph.microsoft.com/.default')).token; }
  @Get('me')
  async me(@Req() req: Request) { return fetchUser(req.user.oid, await this.token()); }
}`,
      filename: 'graph.controller.ts',
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 4, column: 57, endLine: 4, endColumn: 65 },
      ],
    },
    {
      // app.use(checkJwt) before the route
      code: `app.use(checkJwt);
app.get('/api/news', async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(result);
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 3, column: 28, endLine: 3, endColumn: 58 },
      ],
    },
    {
      // path-scoped app.use(prefix, auth) that covers the route
      code: `app.use('/api', checkJwt);
app.get('/api/news', async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(result);
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 3, column: 28, endLine: 3, endColumn: 58 },
      ],
    },
    {
      // router mounted behind authentication
      code: `app.use(passport.authenticate('oauth-bearer', { session: false }));
app.use('/api', apiRouter);
apiRouter.get('/me', async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(result);
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 4, column: 28, endLine: 4, endColumn: 58 },
      ],
    },
    {
      // router mounted with auth middleware in the same call
      code: `const apiRouter = express.Router();
apiRouter.get('/me', async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(result);
});
app.use('/api', auth({ audience, issuerBaseURL }), apiRouter);`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 3, column: 28, endLine: 3, endColumn: 58 },
      ],
    },
    {
      // koa: jwt middleware before the router
      code: `const app = new Koa();
app.use(koaJwt({ secret: jwksSecret }));
app.use(router.routes());
router.get('/me', async (ctx) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  ctx.body = result;
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 5, column: 28, endLine: 5, endColumn: 58 },
      ],
    },
    {
      // aliased named import
      code: `import { DefaultAzureCredential as AzureCredential } from '@azure/identity';
const credential = new AzureCredential();
app.get('/me', checkJwt, async (req, res) => {
  const { token } = await credential.getToken('https://graph.microsoft.com/.default');
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 4, column: 38, endLine: 4, endColumn: 46 },
      ],
    },
    {
      // namespace import; one scope outside the allowlist is enough
      code: `import * as identity from '@azure/identity';
const credential = new identity.ClientCertificateCredential(tenantId, clientId, { certificatePath });
app.get('/me', checkJwt, async (req, res) => {
  const { token } = await credential.getToken(['https://contoso.vault.azure.net/.default', 'https://graph.microsoft.com/.default']);
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 4, column: 38, endLine: 4, endColumn: 46 },
      ],
    },
    {
      // TypeScript import = require and msal-node managed identity
      code: `import msal = require('@azure/msal-node');
const managedIdentity = new msal.ManagedIdentityApplication();
app.get('/me', checkJwt, async (req: Request, res: Response) => {
  const result = await managedIdentity.acquireToken({ resource: 'https://graph.microsoft.com' });
  res.json(result.accessToken);
});`,
      filename: 'routes.ts',
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireToken' }, line: 4, column: 40, endLine: 4, endColumn: 52 },
      ],
    },
    {
      // simple-oauth2 client credentials
      code: `const { ClientCredentials } = require('simple-oauth2');
const oauth = new ClientCredentials(oauthConfig);
app.get('/orders', async (req, res) => {
  const accessToken = await oauth.getToken({ scope: 'orders.read' });
  res.json(await orders(req.user.sub, accessToken.token));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 4, column: 35, endLine: 4, endColumn: 43 },
      ],
    },
    {
      // openid-client clientCredentialsGrant, also aliased
      code: `import * as client from 'openid-client';
import { clientCredentialsGrant as grant } from 'openid-client';
app.get('/orders', async (req, res) => {
  const a = await client.clientCredentialsGrant(config, { scope: 'orders:read' });
  const b = await grant(config, { resource: 'https://graph.microsoft.com' });
  res.json(req.user);
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'clientCredentialsGrant' }, line: 4, column: 26, endLine: 4, endColumn: 48 },
        { messageId: 'appOnlyToken', data: { method: 'clientCredentialsGrant' }, line: 5, column: 19, endLine: 5, endColumn: 24 },
      ],
    },
    {
      // scopes held in a const
      code: `const GRAPH = 'https://graph.microsoft.com';
const graphRequest = { scopes: [\`\${GRAPH}/.default\`] };
app.get('/me', checkJwt, async (req, res) => {
  const result = await cca.acquireTokenByClientCredential(graphRequest);
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 4, column: 28, endLine: 4, endColumn: 58 },
      ],
    },
    {
      // destructured request parameter
      code: `router.get('/me', async ({ auth }, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(await getUser(auth.payload.oid, result.accessToken));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 2, column: 28, endLine: 2, endColumn: 58 },
      ],
    },
    {
      // Authorization destructured from the headers
      code: `router.get('/me', async (req, res) => {
  const { authorization } = req.headers;
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(await getUser(authorization, result.accessToken));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 3, column: 28, endLine: 3, endColumn: 58 },
      ],
    },
    {
      // handler wrapped by an auth wrapper
      code: `router.get('/me', withAuth(async (req, res) => {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(result);
}));`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 2, column: 28, endLine: 2, endColumn: 58 },
      ],
    },
    {
      // Next.js route wrapped by withApiAuthRequired
      code: `export const GET = withApiAuthRequired(async function handler(request: Request) {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  return Response.json(result);
});`,
      filename: 'route.ts',
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 2, column: 28, endLine: 2, endColumn: 58 },
      ],
    },
    {
      // Next.js pages API route reading the session
      code: `export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json({ name: session.user.name, groups: await groupsOf(result.accessToken) });
}`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 3, column: 28, endLine: 3, endColumn: 58 },
      ],
    },
    {
      // named handler registered with guard middleware
      code: `async function listGroups(req, res) {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(await groups(result.accessToken));
}
router.get('/groups', checkJwt, requiredScopes('Groups.Read'), listGroups);`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 2, column: 28, endLine: 2, endColumn: 58 },
      ],
    },
    {
      // app-only call inside a cache callback in a protected handler
      code: `app.get('/me', checkJwt, async (req, res) => {
  const token = await tokenCache.get('graph', async () => (await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })).accessToken);
  res.json(await me(token));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 2, column: 70, endLine: 2, endColumn: 100 },
      ],
    },
    {
      // Key Vault is reported once the allowlist no longer holds it
      code: `import { ManagedIdentityCredential } from '@azure/identity';
const credential = new ManagedIdentityCredential();
app.get('/me', async (req, res) => {
  const { token } = await credential.getToken('https://vault.azure.net/.default');
  res.json(req.user);
});`,
      options: [{'allowedResources':['https://storage.azure.com']}],
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 4, column: 38, endLine: 4, endColumn: 46 },
      ],
    },
    {
      // CommonJS destructured require, credential built in the handler
      code: `const { ClientSecretCredential } = require('@azure/identity');
module.exports = async function getMyEvents(req, res) {
  const credential = new ClientSecretCredential(process.env.TENANT_ID, process.env.CLIENT_ID, process.env.CLIENT_SECRET);
  const accessToken = await credential.getToken('https://graph.microsoft.com/.default');
  res.json(await eventsOf(req.user.oid, accessToken.token));
};`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 4, column: 40, endLine: 4, endColumn: 48 },
      ],
    },
    {
      // dynamic import of @azure/identity and req.get(authorization)
      code: `router.get('/me', async (req, res) => {
  const bearer = req.get('Authorization');
  const { ManagedIdentityCredential } = await import('@azure/identity');
  const credential = new ManagedIdentityCredential();
  const accessToken = await credential.getToken('https://graph.microsoft.com/.default');
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 5, column: 40, endLine: 5, endColumn: 48 },
      ],
    },
    {
      // hono handler behind the jwt middleware
      code: `app.get('/me', jwt({ secret: jwksSecret }), async (c) => {
  const payload = c.get('jwtPayload');
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  return c.json(await lookup(payload.sub, result.accessToken));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 3, column: 28, endLine: 3, endColumn: 58 },
      ],
    },
    {
      // express-openid-connect session user
      code: `app.get('/profile', async (req, res) => {
  if (!req.oidc.isAuthenticated()) return res.redirect('/login');
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  res.json(await photoOf(req.oidc.user.sub, result.accessToken));
});`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 3, column: 28, endLine: 3, endColumn: 58 },
      ],
    },
    {
      // CommonJS credential constructed and used in one expression, in a helper
      code: `const { DefaultAzureCredential } = require('@azure/identity');
async function getGraphAccessToken() {
  const tokenResponse = await new DefaultAzureCredential().getToken('https://graph.microsoft.com/.default');
  return tokenResponse.token;
}
app.get('/me', (req, res) => { getGraphAccessToken().then((token) => res.send(lookup(req.user, token))); });`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'getToken' }, line: 3, column: 60, endLine: 3, endColumn: 68 },
      ],
    },
    {
      // route module: OBO in one route does not excuse a helper called from another
      code: `module.exports = function registerRoutes(router) {
  async function graphToken() {
    const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    return result.accessToken;
  }
  router.get('/me', checkJwt, async (req, res) => {
    const obo = await cca.acquireTokenOnBehalfOf({ oboAssertion: req.headers.authorization.slice(7), scopes: ['User.Read'] });
    res.json(await me(obo.accessToken));
  });
  router.get('/directory', checkJwt, async (req, res) => {
    res.json(await directory(await graphToken()));
  });
};`,
      errors: [
        { messageId: 'appOnlyToken', data: { method: 'acquireTokenByClientCredential' }, line: 3, column: 30, endLine: 3, endColumn: 60 },
      ],
    },
  ],
});
