import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds } from '../../src/rules/no-jwt-decode-for-auth';
import { createRuleTester } from '../rule-tester';
import { locateText } from '../utils/locate';

const ruleTester = createRuleTester();

/** `[messageId, text]`, `[messageId, text, nth]` or `[messageId, context, inner]`. */
type Expected = readonly [messageId: MessageIds, text: string, nthOrInner?: number | string];

function invalid(code: string, expected: readonly Expected[], filename?: string): InvalidTestCase<MessageIds, []> {
  return {
    code,
    ...(filename === undefined ? {} : { filename }),
    errors: expected.map(([messageId, text, nthOrInner]) => ({ messageId, ...locateText(code, text, nthOrInner), suggestions: [] })),
  };
}

ruleTester.run('no-jwt-decode-for-auth', rule, {
  valid: [
    // API Gateway authorizers that verify before they allow: a verified principal, an effect chosen on verified claims,
    // and a helper given 'Allow' for a fixed principal.
    `const jwt = require('jsonwebtoken');
const generatePolicy = (principalId, effect, resource) => ({ principalId, policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }] } });
exports.handler = async (event) => {
  const token = event.authorizationToken.replace('Bearer ', '');
  const claims = jwt.verify(token, process.env.PUBLIC_KEY, { algorithms: ['RS256'], audience: 'orders', issuer: ISSUER });
  const effect = claims.scope.includes('orders:write') ? 'Allow' : 'Deny';
  return generatePolicy(claims.sub, effect, event.methodArn);
};
exports.health = async (event) => generatePolicy('health-check', 'Allow', event.methodArn);`,
    // The HTTP \`Allow\` header is no IAM effect.
    `const jwt = require('jsonwebtoken');
exports.handler = async (event, context) => {
  const claims = jwt.decode(event.headers.authorization.slice(7));
  return { statusCode: 405, headers: { Allow: 'GET' }, body: claims.sub };
};
app.options('/orders', (req, res) => {
  const claims = jwt.decode(req.headers.authorization.slice(7));
  res.set('Allow', claims.methods).sendStatus(204);
});`,
    // A decoded token only logged beside an unrelated 'Allow' value.
    `import { jwtDecode } from 'jwt-decode';
export function describe(token: string) {
  const { sub } = jwtDecode(token);
  console.log(sub, ['Allow', 'Deny']);
  return label('Allow', 'header');
}`,
    // Verified claims become the identity.
    `const jwt = require('jsonwebtoken');
app.use((req, res, next) => {
  const token = req.headers.authorization?.split(' ')[1];
  req.user = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'], audience: 'api://orders', issuer: ISSUER });
  next();
});`,
    // The JWKS pattern: decode only to pick the `kid`, then verify the same token.
    `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://login.example.com/.well-known/jwks.json' });
export async function authenticate(req, res, next) {
  const token = req.headers.authorization?.slice(7) ?? '';
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) return res.status(401).json({ error: 'invalid token' });
  const key = await client.getSigningKey(decoded.header.kid);
  req.user = jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'], audience: 'api://orders', issuer: ISSUER });
  return next();
}`,
    // The same, with the verify inside the key callback.
    `const jwt = require('jsonwebtoken');
function requireUser(req, res, next) {
  const token = req.get('authorization').replace('Bearer ', '');
  const { header } = jwt.decode(token, { complete: true }) || {};
  if (!header || !header.kid) return res.sendStatus(401);
  client.getSigningKey(header.kid, (err, key) => {
    if (err) return res.sendStatus(401);
    jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'] }, (error, claims) => {
      if (error) return res.sendStatus(401);
      req.user = claims;
      next();
    });
  });
}
app.use(requireUser);`,
    // Decode after the token was verified.
    `import jwt from 'jsonwebtoken';
app.use((req, res, next) => {
  const token = req.headers.authorization.split(' ')[1];
  try {
    jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  } catch {
    return res.sendStatus(401);
  }
  const { sub } = jwt.decode(token);
  req.user = { id: sub };
  next();
});`,
    // jose: the issuer picks the key set from an allow-list, then the token is verified.
    `import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
const KEYSETS = new Map(TRUSTED_ISSUERS.map((iss) => [iss, createRemoteJWKSet(new URL(iss + '/.well-known/jwks.json'))]));
export async function authenticate(req, res, next) {
  const token = req.headers.authorization?.slice(7) ?? '';
  const { iss } = decodeJwt(token);
  if (!KEYSETS.has(iss)) return res.status(401).end();
  const { payload } = await jwtVerify(token, KEYSETS.get(iss), { issuer: iss, audience: 'api://orders' });
  req.user = payload;
  next();
}`,
    // Timing claims only decide when to refresh.
    `import { jwtDecode } from 'jwt-decode';
api.interceptors.request.use(async (config) => {
  const { exp } = jwtDecode(tokens.access);
  if (exp * 1000 < Date.now() + 30_000) tokens = await refresh(tokens.refresh);
  config.headers.Authorization = 'Bearer ' + tokens.access;
  return config;
});`,
    `import jwt from 'jsonwebtoken';
router.post('/session/refresh', (req, res) => {
  const claims = jwt.decode(req.cookies.session);
  if (claims && claims.exp - Date.now() / 1000 < 300) {
    return res.json({ refresh: true });
  }
  return res.json({ refresh: false });
});`,
    // Claims only displayed or logged.
    {
      code: `import { jwtDecode } from 'jwt-decode';
export function Greeting({ idToken }: { idToken: string }) {
  const { name, preferred_username } = jwtDecode<{ name: string; preferred_username: string }>(idToken);
  return <span>Hello {name ?? preferred_username}</span>;
}`,
      filename: 'greeting.tsx',
    },
    `const jwt = require('jsonwebtoken');
app.use((req, res, next) => {
  const claims = jwt.decode(req.headers.authorization?.split(' ')[1] ?? '');
  logger.info({ sub: claims?.sub, path: req.path }, 'request');
  next();
});`,
    `import jwt from 'jsonwebtoken';
app.get('/debug/token', (req, res) => {
  const decoded = jwt.decode(req.query.token, { complete: true });
  res.render('token', { header: decoded?.header, payload: decoded?.payload });
});`,
    // A client reading the token it obtained from its identity provider (no-client-access-token-inspection's concern).
    `import { PublicClientApplication } from '@azure/msal-browser';
import { jwtDecode } from 'jwt-decode';
const msal = new PublicClientApplication(config);
export async function isAdmin(): Promise<boolean> {
  const result = await msal.acquireTokenSilent({ scopes: ['api://orders/.default'], account });
  const claims = jwtDecode<{ roles?: string[] }>(result.accessToken);
  return claims.roles?.includes('Orders.Admin') ?? false;
}`,
    // Verified claims (claims sources belong to other rules).
    `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));
app.get('/admin', (req, res, next) => {
  if (req.auth.role !== 'admin') return res.sendStatus(403);
  next();
});`,
    `import { jwtVerify } from 'jose';
export async function GET(request: NextRequest) {
  const token = request.headers.get('authorization')?.slice(7) ?? '';
  const { payload } = await jwtVerify(token, JWKS, { issuer: ISSUER, audience: AUDIENCE });
  if (payload.role !== 'admin') return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  return NextResponse.json(await loadReport());
}`,
    // The protected header is checked before verification (token-header decisions are not this rule's).
    `import { decodeProtectedHeader, jwtVerify } from 'jose';
export async function verifyToken(token: string) {
  const { alg } = decodeProtectedHeader(token);
  if (alg !== 'RS256') throw new Error('unexpected algorithm');
  return jwtVerify(token, JWKS, { algorithms: ['RS256'], issuer: ISSUER });
}`,
    // jose UnsecuredJWT and jwt-simple noVerify are reported by no-unsigned-jwt at the call.
    `import { UnsecuredJWT } from 'jose';
app.use((req, res, next) => {
  const { payload } = UnsecuredJWT.decode(req.get('authorization')?.slice(7) ?? '');
  req.user = payload;
  next();
});`,
    `const jwtSimple = require('jwt-simple');
app.use((req, res, next) => {
  req.user = jwtSimple.decode(req.headers['x-session'], SECRET, true);
  next();
});`,
    // A decode whose result has no security consequence.
    `import jwt from 'jsonwebtoken';
app.use((req, res, next) => {
  const decoded = jwt.decode(req.headers.authorization?.split(' ')[1] ?? '');
  if (decoded?.sub) metrics.increment('requests.authenticated');
  next();
});`,
    // A type that mentions decode.
    `import type { JwtPayload } from 'jsonwebtoken';
type Claims = ReturnType<typeof import('jsonwebtoken').decode> & JwtPayload;
export function roleOf(claims: Claims) { return claims.role; }`,
    // Not a JWT decoder.
    `app.use((req, res, next) => {
  const data = querystring.decode(req.url.split('?')[1]);
  if (data.role === 'admin') return next();
  res.sendStatus(403);
});`,
  ],
  invalid: [
    // API Gateway Lambda authorizers that only decode: the token's subject becomes the gateway's principal, directly or
    // through the policy helper of AWS's blueprint, and a decoded claim picks the policy's effect.
    invalid(
      `const jwt = require('jsonwebtoken');
exports.handler = async (event) => {
  const decoded = jwt.decode(event.authorizationToken.split(' ')[1]);
  return { principalId: decoded.sub, policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }] }, context: { role: decoded.role } };
};`,
      [
        ['unverifiedClaims', 'decoded.sub'],
        ['unverifiedClaims', 'decoded.role'],
      ],
      'authorizer.js',
    ),
    invalid(
      `import jwt from 'jsonwebtoken';
function generatePolicy(principalId, effect, resource) {
  return { principalId, policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }] } };
}
export const authorize = async (event, context) => {
  const payload = jwt.decode(event.authorizationToken);
  if (!payload) return generatePolicy('anonymous', 'Deny', event.methodArn);
  return generatePolicy(payload.sub, 'Allow', event.methodArn);
};`,
      [['unverifiedClaims', 'payload.sub']],
      'authorizer.mjs',
    ),
    invalid(
      `import { decodeJwt } from 'jose';
export const handler = async (event) => {
  const claims = decodeJwt(event.headers.authorization.slice(7));
  const effect = claims.groups?.includes('admins') ? 'Allow' : 'Deny';
  return { principalId: 'user', policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: '*' }] } };
};`,
      [['unverifiedClaims', 'claims.groups']],
      'authorizer.ts',
    ),
    // A token cut out of the header and split in one expression, with no variable named for it.
    invalid(
      `import express from 'express';
const app = express();
app.get('/admin', (req, res) => {
  const auth = req.header('Authorization');
  const payload = JSON.parse(atob(auth!.split(' ')[1]!.split('.')[1]));
  if (payload.role !== 'admin') return res.status(403).send('Forbidden');
  res.json(secrets);
});`,
      [['unverifiedClaims', 'payload.role']],
      'admin.ts',
    ),
    invalid(
      `import { Hono } from 'hono';
const app = new Hono();
app.get('/admin', async (c) => {
  const header = c.req.header('Authorization') ?? '';
  const claims = JSON.parse(Buffer.from(header.slice(7).split('.')[1], 'base64url').toString());
  if (!claims.isAdmin) return c.json({ error: 'forbidden' }, 403);
  return c.json(await allUsers());
});`,
      [['unverifiedClaims', 'claims.isAdmin']],
      'admin.ts',
    ),
    // Next.js middleware: a hand-decoded payload's role decides between the sign-in page and the route.
    invalid(
      `import { NextResponse, type NextRequest } from 'next/server';
export function middleware(request: NextRequest) {
  const token = request.cookies.get('session')?.value ?? '';
  const claims = JSON.parse(atob(token.split('.')[1] ?? ''));
  if (claims.role !== 'admin') return NextResponse.redirect(new URL('/login?next=/admin', request.url));
  return NextResponse.next();
}`,
      [['unverifiedClaims', 'claims.role']],
      'middleware.ts',
    ),
    // Express, CommonJS: the decoded token becomes req.user.
    invalid(
      `const jwt = require('jsonwebtoken');
app.use((req, res, next) => {
  const token = req.headers.authorization.split(' ')[1];
  const decoded = jwt.decode(token);
  req.user = decoded;
  next();
});`,
      [['unverifiedClaims', 'decoded', 1]],
    ),
    // Express, ESM: a role read from a decode decides access.
    invalid(
      `import jwt from 'jsonwebtoken';
export function requireAdmin(req, res, next) {
  const claims = jwt.decode(req.headers.authorization?.slice(7) ?? '');
  if (claims?.role !== 'admin') return res.status(403).json({ error: 'forbidden' });
  next();
}`,
      [['unverifiedClaims', 'claims?.role']],
    ),
    // Namespace import.
    invalid(
      `import * as jwt from 'jsonwebtoken';
router.use((req, res, next) => {
  const payload = jwt.decode(req.cookies.session) as { isAdmin?: boolean } | null;
  if (payload?.isAdmin) return next();
  return res.sendStatus(403);
});`,
      [['unverifiedClaims', 'payload?.isAdmin']],
    ),
    // Named import under an alias.
    invalid(
      `import { decode as readToken } from 'jsonwebtoken';
app.use(function attachUser(req, res, next) {
  const claims = readToken(req.headers['authorization'].replace('Bearer ', ''));
  req.user = claims;
  next();
});`,
      [['unverifiedClaims', 'claims', 1]],
    ),
    // Destructured require.
    invalid(
      `const { decode } = require('jsonwebtoken');
module.exports = function auth(req, res, next) {
  const user = decode(req.get('Authorization').split(' ')[1]);
  if (!user) return res.status(401).end();
  req.user = user;
  return next();
};`,
      [['unverifiedClaims', 'user', 3]],
    ),
    // TypeScript import-equals.
    invalid(
      `import jwt = require('jsonwebtoken');
export const currentUser = (req: Request, res: Response, next: NextFunction) => {
  const decoded = jwt.decode(req.headers.authorization!.slice(7)) as JwtPayload;
  res.locals.user = decoded;
  next();
};`,
      [['unverifiedClaims', 'decoded', 1]],
      'auth.ts',
    ),
    // complete: true, the payload read.
    invalid(
      `import jwt from 'jsonwebtoken';
app.use((req, res, next) => {
  const token = req.headers.authorization?.split(' ')[1];
  const { payload } = jwt.decode(token, { complete: true });
  req.user = { id: payload.sub, roles: payload.roles };
  next();
});`,
      [
        ['unverifiedClaims', 'payload.sub'],
        ['unverifiedClaims', 'payload.roles'],
      ],
    ),
    // jwt-decode v4 in a Next.js route handler: the roles decide, the subject keys the query.
    invalid(
      `import { NextRequest, NextResponse } from 'next/server';
import { jwtDecode } from 'jwt-decode';
export async function GET(request: NextRequest) {
  const token = request.cookies.get('session')?.value ?? '';
  const claims = jwtDecode<{ sub: string; roles: string[] }>(token);
  if (!claims.roles.includes('admin')) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  return NextResponse.json(await loadAdminReport());
}`,
      [['unverifiedClaims', 'claims.roles']],
      'app/api/admin/route.ts',
    ),
    // jwt-decode v3 default export.
    invalid(
      `import jwt_decode from 'jwt-decode';
app.get('/api/orders', async (req, res) => {
  const { tenantId } = jwt_decode(req.headers.authorization.split(' ')[1]);
  const orders = await Order.findAll({ where: { tenantId } });
  res.json(orders);
});`,
      [['unverifiedClaims', 'tenantId', 1]],
    ),
    // jose decodeJwt in koa.
    invalid(
      `import { decodeJwt } from 'jose';
router.get('/admin/users', async (ctx, next) => {
  const payload = decodeJwt(ctx.get('Authorization').replace('Bearer ', ''));
  if (payload.scope === 'admin') return next();
  ctx.status = 403;
});`,
      [['unverifiedClaims', 'payload.scope']],
    ),
    // koa: the decoded token becomes ctx.state.user.
    invalid(
      `const jose = require('jose');
app.use(async (ctx, next) => {
  const token = ctx.headers.authorization?.split(' ')[1];
  ctx.state.user = jose.decodeJwt(token);
  await next();
});`,
      [['unverifiedClaims', 'jose.decodeJwt(token)']],
    ),
    // The hand-written decode: JSON.parse(Buffer.from(...)).
    invalid(
      `app.use((req, res, next) => {
  const token = req.headers.authorization.split(' ')[1];
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  req.user = claims;
  next();
});`,
      [['unverifiedClaims', 'claims', 1]],
    ),
    // atob in Next.js middleware.
    invalid(
      `import { NextResponse, type NextRequest } from 'next/server';
export function middleware(request: NextRequest) {
  const token = request.cookies.get('token')?.value ?? '';
  const payload = JSON.parse(atob(token.split('.')[1]));
  if (payload.role !== 'admin') {
    return new NextResponse('Forbidden', { status: 403 });
  }
  return NextResponse.next();
}`,
      [['unverifiedClaims', 'payload.role']],
      'middleware.ts',
    ),
    // NestJS guard.
    invalid(
      `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.split(' ')[1];
    const payload = jwt.decode(token) as jwt.JwtPayload;
    return payload.roles.includes('admin');
  }
}`,
      [['unverifiedClaims', 'payload.roles']],
      'admin.guard.ts',
    ),
    // fastify hook.
    invalid(
      `import jwt from 'jsonwebtoken';
fastify.addHook('preHandler', async (request, reply) => {
  const decoded = jwt.decode(request.headers.authorization?.replace('Bearer ', '') ?? '');
  if (!decoded || decoded.role !== 'admin') {
    return reply.code(403).send({ error: 'forbidden' });
  }
});`,
      [['unverifiedClaims', 'decoded.role']],
    ),
    // hapi handler.
    invalid(
      `const Boom = require('@hapi/boom');
const jwt = require('jsonwebtoken');
server.route({
  method: 'DELETE',
  path: '/users/{id}',
  handler(request, h) {
    const claims = jwt.decode(request.headers.authorization.slice(7));
    if (claims.role !== 'admin') throw Boom.forbidden();
    return users.remove(request.params.id);
  },
});`,
      [['unverifiedClaims', 'claims.role']],
    ),
    // The session takes the subject of a decoded token.
    invalid(
      `import jwt from 'jsonwebtoken';
router.post('/sso/callback', (req, res) => {
  const claims = jwt.decode(req.body.id_token);
  req.session.userId = claims.sub;
  res.redirect('/');
});`,
      [['unverifiedClaims', 'claims.sub']],
    ),
    // A grant before the verify: the decode lets some tokens skip it.
    invalid(
      `import jwt from 'jsonwebtoken';
export function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1] ?? '';
  const decoded = jwt.decode(token);
  if (decoded?.iss === 'internal-batch') return next();
  req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  next();
}`,
      [['unverifiedClaims', 'decoded?.iss']],
    ),
    // A GraphQL context.
    invalid(
      `import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { jwtDecode } from 'jwt-decode';
await startStandaloneServer(server, {
  context: async ({ req }) => {
    const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
    return { user: token ? jwtDecode(token) : null };
  },
});`,
      [['unverifiedClaims', 'jwtDecode(token)']],
    ),
    // A helper that decodes, called from the handler.
    invalid(
      `import jwt from 'jsonwebtoken';
function claimsOf(req) {
  return jwt.decode(req.headers.authorization.split(' ')[1]);
}
app.delete('/projects/:id', async (req, res) => {
  const claims = claimsOf(req);
  if (claims.role !== 'owner') return res.sendStatus(403);
  await Project.destroy({ where: { id: req.params.id } });
  res.sendStatus(204);
});`,
      [['unverifiedClaims', 'claims.role']],
    ),
    // A switch on the role.
    invalid(
      `const jwt = require('jsonwebtoken');
app.use('/admin', (req, res, next) => {
  const { role } = jwt.decode(req.headers.authorization.slice(7));
  switch (role) {
    case 'admin':
      return next();
    default:
      return res.sendStatus(403);
  }
});`,
      [['unverifiedClaims', 'switch (role)', 'role']],
    ),
    // Membership in a list of roles, then the subject stored for the handler.
    invalid(
      `import jwt from 'jsonwebtoken';
export function loadUser(req, res, next) {
  const decoded = jwt.decode(req.cookies.token);
  if (['admin', 'owner'].includes(decoded.role)) return next();
  res.locals.userId = decoded.sub;
  next();
}`,
      [
        ['unverifiedClaims', 'decoded.role'],
        ['unverifiedClaims', 'decoded.sub'],
      ],
    ),
    // Prisma: the subject keys the query.
    invalid(
      `import jwt from 'jsonwebtoken';
app.get('/orders', async (req, res) => {
  const decoded = jwt.decode(req.cookies.token) as { sub: string };
  res.json(await prisma.order.findMany({ where: { userId: decoded.sub } }));
});`,
      [['unverifiedClaims', 'decoded.sub']],
      'orders.ts',
    ),
    // Fail-open: an expired token is decoded instead of rejected.
    invalid(
      `import jwt from 'jsonwebtoken';
app.use((req, res, next) => {
  const token = req.headers.authorization?.split(' ')[1];
  try {
    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  } catch (error) {
    if (error.name === 'TokenExpiredError') {
      req.user = jwt.decode(token);
      return next();
    }
    return res.sendStatus(401);
  }
  next();
});`,
      [['unverifiedClaims', 'jwt.decode(token)']],
    ),
    // An authorization helper that trusts the decoded roles.
    invalid(
      `import jwt from 'jsonwebtoken';
export function isAdmin(token: string): boolean {
  const claims = jwt.decode(token) as { roles: string[] };
  return claims.roles.includes('admin');
}`,
      [['unverifiedClaims', 'claims.roles']],
      'authz.ts',
    ),
    // A current-user helper returns the decode.
    invalid(
      `import jwt from 'jsonwebtoken';
export function currentUser(req) {
  return jwt.decode(req.headers.authorization.slice(7));
}`,
      [['unverifiedClaims', 'jwt.decode(req.headers.authorization.slice(7))']],
    ),
    // A token-header value becomes the identity.
    invalid(
      `import { decodeProtectedHeader } from 'jose';
app.use((req, res, next) => {
  const header = decodeProtectedHeader(req.headers.authorization?.slice(7) ?? '');
  req.user = { id: header.kid };
  next();
});`,
      [['unverifiedHeader', 'header.kid']],
    ),
  ],
});
