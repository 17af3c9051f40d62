import rule from '../../src/rules/no-mutable-claim-authorization';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-mutable-claim-authorization', rule, {
  valid: [
    // Claims only displayed.
    `app.get('/me', checkJwt, (req, res) => {
  res.json({ name: req.auth.name, email: req.auth.email, upn: req.auth.upn });
});`,
    // Claims only logged and used to send mail.
    `const jwt = require('jsonwebtoken');
app.post('/orders', async (req, res) => {
  const claims = jwt.verify(bearer(req), key, { algorithms: ['RS256'] });
  logger.info({ user: claims.preferred_username }, 'order placed');
  await mailer.send({ to: claims.email, subject: 'Your order', text: render(req.body) });
  res.sendStatus(201);
});`,
    // Tenant and object id: the immutable keys Microsoft recommends.
    `app.use('/admin', checkJwt, (req, res, next) => {
  if (req.auth.tid !== TENANT_ID || !ADMIN_OIDS.includes(req.auth.oid)) return res.sendStatus(403);
  next();
});`,
    // `sub` with `iss` as the account key.
    `const GoogleStrategy = require('passport-google-oauth20').Strategy;
passport.use(new GoogleStrategy(options, async (accessToken, refreshToken, profile, done) => {
  const user = await User.findOne({ googleId: profile.id });
  done(null, user);
}));`,
    // Entra account keyed on `oid` + `tid`; the address is only stored.
    `import { ConfidentialClientApplication } from '@azure/msal-node';
app.get('/auth/redirect', async (req, res) => {
  const response = await cca.acquireTokenByCode({ code: req.query.code, scopes, redirectUri });
  const { oid, tid, preferred_username } = response.idTokenClaims;
  await prisma.user.upsert({ where: { oid_tid: { oid, tid } }, update: { email: preferred_username }, create: { oid, tid, email: preferred_username } });
  res.redirect('/');
});`,
    // Presence test of the claim: not an authorization decision.
    `app.post('/invites', checkJwt, (req, res) => {
  if (!req.auth.email) return res.status(400).json({ error: 'the token carries no email claim' });
  return invites.create(req.auth.sub, req.body).then(() => res.sendStatus(201));
});`,
    // Auth.js documented pattern: Google marks the address as verified.
    `import NextAuth from 'next-auth';
import Google from 'next-auth/providers/google';
export const { handlers, auth } = NextAuth({
  providers: [Google],
  callbacks: {
    async signIn({ account, profile }) {
      if (account.provider === 'google') {
        return profile.email_verified && profile.email.endsWith('@example.com');
      }
      return true;
    },
  },
});`,
    // App roles decide access.
    `function requireRole(role) {
  return (req, res, next) => (req.auth.roles?.includes(role) ? next() : res.sendStatus(403));
}`,
    // Ownership checked on the subject.
    `app.put('/documents/:id', checkJwt, async (req, res) => {
  const doc = await Document.findById(req.params.id);
  if (doc.ownerId !== req.auth.sub) return res.sendStatus(403);
  res.json(await doc.update(req.body));
});`,
    // A decoded (unverified) token belongs to no-jwt-decode-for-auth, not to this rule.
    `const jwt = require('jsonwebtoken');
app.use((req, res, next) => {
  const claims = jwt.decode(req.headers.authorization.split(' ')[1]);
  if (claims.email === 'admin@contoso.com') return next();
  res.sendStatus(403);
});`,
    // A client-supplied address belongs to no-client-controlled-authorization.
    `app.post('/admin/login', (req, res, next) => {
  if (req.body.email === 'admin@contoso.com') return next();
  res.sendStatus(403);
});`,
    // Names of other things that happen to be called `name` or `email`.
    `app.post('/upload', checkJwt, (req, res) => {
  if (!req.file.name.endsWith('.pdf')) return res.status(415).send('PDF only');
  return store(req.file).then(() => res.sendStatus(201));
});`,
    // The verified flag itself is compared.
    `const jwt = require('jsonwebtoken');
function requireVerifiedAddress(req, res, next) {
  const claims = jwt.verify(bearer(req), key, { algorithms: ['RS256'] });
  if (claims.email_verified !== true) return res.sendStatus(403);
  next();
}`,
    // A greeting decided by the name has no security consequence.
    `app.get('/', checkJwt, (req, res) => {
  const greeting = req.auth.given_name === 'Ada' ? 'Welcome back, Ada' : \`Hello, \${req.auth.name}\`;
  res.render('home', { greeting });
});`,
    // MSAL browser: the signed-in name is only shown.
    {
      code: `import { PublicClientApplication } from '@azure/msal-browser';
const account = msalInstance.getActiveAccount();
const claims = account?.idTokenClaims;
document.querySelector('#user')!.textContent = claims?.name ?? claims?.preferred_username ?? '';`,
      filename: 'header.ts',
    },
    // Auth.js linking left at its safe default or read from the environment.
    `import Google from 'next-auth/providers/google';
import GitHub from 'next-auth/providers/github';
export const providers = [
  Google({ allowDangerousEmailAccountLinking: false }),
  GitHub({ allowDangerousEmailAccountLinking: process.env.LINK_BY_EMAIL === 'true' }),
];`,
    // The option name in a type or a destructuring pattern is not a setting.
    {
      code: `interface ProviderOptions { allowDangerousEmailAccountLinking?: boolean }
const { allowDangerousEmailAccountLinking = false } = providerConfig;`,
      filename: 'types.ts',
    },
    // Tenant restriction by `tid` belongs to require-tenant-restriction and is correct here.
    `const jwt = require('jsonwebtoken');
function isAllowedTenant(token) {
  const claims = jwt.verify(token, getKey, { algorithms: ['RS256'], audience });
  return ALLOWED_TENANTS.includes(claims.tid);
}`,
    // The address is used only after Google marked it as verified.
    `const GoogleStrategy = require('passport-google-oauth20').Strategy;
passport.use(new GoogleStrategy(options, async (accessToken, refreshToken, profile, done) => {
  if (!profile._json.email_verified) return done(null, false);
  const user = await User.findOne({ email: profile.emails[0].value });
  done(null, user);
}));`,
    // Entra account linked on `oid`; the address is only written.
    `import { OIDCStrategy } from 'passport-azure-ad';
passport.use(new OIDCStrategy(config, async (iss, sub, profile, accessToken, refreshToken, done) => {
  const [user] = await User.findOrCreate({ where: { oid: profile.oid }, defaults: { email: profile._json.email } });
  done(null, user);
}));`,
    // NestJS guard on app roles and the tenant.
    {
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
@Injectable()
export class OpsGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    return user.tid === TENANT_ID && user.roles.includes('Ops.Admin');
  }
}`,
      filename: 'roles.guard.ts',
    },
    // A flag only passed to a template.
    `app.get('/dashboard', checkJwt, (req, res) => {
  const isCorporate = req.auth.email.endsWith('@contoso.com');
  res.render('dashboard', { isCorporate, name: req.auth.name });
});`,
    // A mutable claim copied into the session profile, next to the immutable key.
    `const jwt = require('jsonwebtoken');
app.post('/session', (req, res) => {
  const claims = jwt.verify(req.body.id_token, key, { algorithms: ['RS256'], audience: CLIENT_ID, issuer });
  req.session.userId = claims.oid;
  req.session.displayName = claims.name;
  res.sendStatus(204);
});`,
    // No consequence: the comparison only picks a log line, or decides whether to send a verification mail.
    `app.post('/profile/email', checkJwt, async (req, res) => {
  if (req.auth.email === 'admin@contoso.com') logger.info('admin updated their profile');
  if (req.auth.email !== req.body.newEmail) await mailer.sendVerification(req.body.newEmail);
  res.sendStatus(202);
});`,
    // Auth.js signIn: only the provider decides.
    `export const authOptions = {
  callbacks: {
    async signIn({ account, profile }) {
      return account.provider === 'azure-ad' && profile.tid === process.env.AZURE_AD_TENANT_ID;
    },
  },
};`,
    // The number of addresses, or the provider's verified flag of one, is not the address.
    `const GoogleStrategy = require('passport-google-oauth20').Strategy;
passport.use(new GoogleStrategy(options, async (accessToken, refreshToken, profile, done) => {
  if (profile.emails.length === 0) return done(new Error('no address on the Google account'));
  const user = await User.findOne({ googleId: profile.id });
  done(null, user);
}));`,
  ],
  invalid: [
    // express-jwt: `req.auth` holds the verified claims; an allowlist of addresses decides access.
    {
      code: `const { expressjwt } = require('express-jwt');
const ADMINS = ['alice@contoso.com', 'bob@contoso.com'];
app.use(expressjwt({ secret: jwksSecret, algorithms: ['RS256'], audience, issuer }));
app.post('/admin/refunds', (req, res, next) => {
  if (!ADMINS.includes(req.auth.email)) return res.sendStatus(403);
  next();
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const { expressjwt } = require('express-jwt');
const ADMINS = ['alice@contoso.com', 'bob@contoso.com'];
app.use(expressjwt({ secret: jwksSecret, algorithms: ['RS256'], audience, issuer }));
app.post('/admin/refunds', (req, res, next) => {
  if (!ADMINS.includes(req.auth.sub)) return res.sendStatus(403);
  next();
});`,
            },
          ],
        },
      ],
    },
    // express-oauth2-jwt-bearer: `req.auth.payload`.
    {
      code: `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ audience: 'https://api.contoso.com', issuerBaseURL: 'https://contoso.auth0.com/' }));
app.delete('/tenants/:id', (req, res) => {
  if (req.auth.payload.email !== 'ops@contoso.com') {
    return res.status(403).json({ error: 'forbidden' });
  }
  return tenants.remove(req.params.id).then(() => res.sendStatus(204));
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ audience: 'https://api.contoso.com', issuerBaseURL: 'https://contoso.auth0.com/' }));
app.delete('/tenants/:id', (req, res) => {
  if (req.auth.payload.sub !== 'ops@contoso.com') {
    return res.status(403).json({ error: 'forbidden' });
  }
  return tenants.remove(req.params.id).then(() => res.sendStatus(204));
});`,
            },
          ],
        },
      ],
    },
    // passport bearer strategy: `req.user.upn` compared with a literal.
    {
      code: `const passport = require('passport');
router.get('/reports/payroll', passport.authenticate('oauth-bearer', { session: false }), (req, res, next) => {
  if (req.user.upn === 'payroll.admin@contoso.com') return next();
  res.status(403).send('Forbidden');
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const passport = require('passport');
router.get('/reports/payroll', passport.authenticate('oauth-bearer', { session: false }), (req, res, next) => {
  if (req.user.sub === 'payroll.admin@contoso.com') return next();
  res.status(403).send('Forbidden');
});`,
            },
          ],
        },
      ],
    },
    // MSAL Node: tenant restriction by the address domain of `preferred_username`.
    // ENGINE: MSAL `response.idTokenClaims` (a member read on an acquireToken* result) is not a claims source.
    {
      code: `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication(msalConfig);
app.get('/auth/redirect', async (req, res, next) => {
  const response = await cca.acquireTokenByCode({ code: req.query.code, scopes: ['User.Read'], redirectUri });
  if (!response.idTokenClaims.preferred_username.endsWith('@contoso.com')) {
    return res.status(403).send('Only Contoso employees may sign in');
  }
  req.session.account = response.account;
  res.redirect('/');
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication(msalConfig);
app.get('/auth/redirect', async (req, res, next) => {
  const response = await cca.acquireTokenByCode({ code: req.query.code, scopes: ['User.Read'], redirectUri });
  if (!response.idTokenClaims.oid.endsWith('@contoso.com')) {
    return res.status(403).send('Only Contoso employees may sign in');
  }
  req.session.account = response.account;
  res.redirect('/');
});`,
            },
          ],
        },
      ],
    },
    // jose `jwtVerify` inline: no suggestion, the claims object is not a plain chain.
    {
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const jwks = createRemoteJWKSet(new URL('https://login.microsoftonline.com/contoso.onmicrosoft.com/discovery/v2.0/keys'));
export async function requireFinance(req, res, next) {
  const token = req.headers.authorization?.slice(7);
  if ((await jwtVerify(token, jwks, { audience, issuer })).payload.email !== FINANCE_LEAD) {
    return res.sendStatus(403);
  }
  next();
}`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 73,
          suggestions: [],
        },
      ],
    },
    // jose `jwtVerify` destructured payload.
    {
      code: `import * as jose from 'jose';
export async function authorize(req, res, next) {
  const { payload } = await jose.jwtVerify(bearer(req), JWKS, { issuer, audience });
  if (!allowedUsers.has(payload.preferred_username)) throw new ForbiddenError('not allowed');
  req.user = { id: payload.sub };
  next();
}`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import * as jose from 'jose';
export async function authorize(req, res, next) {
  const { payload } = await jose.jwtVerify(bearer(req), JWKS, { issuer, audience });
  if (!allowedUsers.has(payload.sub)) throw new ForbiddenError('not allowed');
  req.user = { id: payload.sub };
  next();
}`,
            },
          ],
        },
      ],
    },
    // jsonwebtoken verify result in a variable.
    {
      code: `const jwt = require('jsonwebtoken');
function adminOnly(req, res, next) {
  const decoded = jwt.verify(req.cookies.session, publicKey, { algorithms: ['RS256'] });
  if (decoded.email === process.env.ADMIN_EMAIL) {
    req.isAdmin = true;
    return next();
  }
  return res.sendStatus(403);
}`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const jwt = require('jsonwebtoken');
function adminOnly(req, res, next) {
  const decoded = jwt.verify(req.cookies.session, publicKey, { algorithms: ['RS256'] });
  if (decoded.sub === process.env.ADMIN_EMAIL) {
    req.isAdmin = true;
    return next();
  }
  return res.sendStatus(403);
}`,
            },
          ],
        },
      ],
    },
    // jsonwebtoken callback `(err, decoded)`.
    {
      code: `import jwt from 'jsonwebtoken';
export function requireStaff(req, res, next) {
  jwt.verify(req.headers.authorization.split(' ')[1], getKey, { algorithms: ['RS256'] }, (err, decoded) => {
    if (err) return res.sendStatus(401);
    if (!decoded.email.endsWith('@contoso.com')) return res.sendStatus(403);
    next();
  });
}`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import jwt from 'jsonwebtoken';
export function requireStaff(req, res, next) {
  jwt.verify(req.headers.authorization.split(' ')[1], getKey, { algorithms: ['RS256'] }, (err, decoded) => {
    if (err) return res.sendStatus(401);
    if (!decoded.sub.endsWith('@contoso.com')) return res.sendStatus(403);
    next();
  });
}`,
            },
          ],
        },
      ],
    },
    // Auth.js signIn callback restricting the tenant by address domain.
    {
      code: `import NextAuth from 'next-auth';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
export const { handlers, auth } = NextAuth({
  providers: [MicrosoftEntraID({ clientId, clientSecret, issuer })],
  callbacks: {
    async signIn({ user, account, profile }) {
      return profile.email.endsWith('@contoso.com');
    },
  },
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import NextAuth from 'next-auth';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
export const { handlers, auth } = NextAuth({
  providers: [MicrosoftEntraID({ clientId, clientSecret, issuer })],
  callbacks: {
    async signIn({ user, account, profile }) {
      return profile.sub.endsWith('@contoso.com');
    },
  },
});`,
            },
          ],
        },
      ],
    },
    // next-auth signIn callback linking by email to a local account.
    {
      code: `import GoogleProvider from 'next-auth/providers/google';
export const authOptions = {
  providers: [GoogleProvider({ clientId: process.env.GOOGLE_ID, clientSecret: process.env.GOOGLE_SECRET })],
  callbacks: {
    async signIn({ user, account, profile }) {
      const existing = await prisma.user.findUnique({ where: { email: profile.email } });
      return Boolean(existing);
    },
  },
};`,
      errors: [
        {
          messageId: 'mutableClaimAccountKey',
          line: 6,
          column: 71,
          endLine: 6,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import GoogleProvider from 'next-auth/providers/google';
export const authOptions = {
  providers: [GoogleProvider({ clientId: process.env.GOOGLE_ID, clientSecret: process.env.GOOGLE_SECRET })],
  callbacks: {
    async signIn({ user, account, profile }) {
      const existing = await prisma.user.findUnique({ where: { email: profile.sub } });
      return Boolean(existing);
    },
  },
};`,
            },
          ],
        },
      ],
    },
    // passport Google strategy verify callback: account linked by `emails[0].value`.
    {
      code: `const GoogleStrategy = require('passport-google-oauth20').Strategy;
passport.use(new GoogleStrategy({ clientID, clientSecret, callbackURL: '/auth/google/callback' },
  async (accessToken, refreshToken, profile, done) => {
    const user = await User.findOne({ email: profile.emails[0].value });
    done(null, user);
  }));`,
      errors: [
        {
          messageId: 'mutableClaimAccountKey',
          line: 4,
          column: 46,
          endLine: 4,
          endColumn: 69,
          suggestions: [],
        },
      ],
    },
    // passport-azure-ad OIDCStrategy verify callback: account linked by `upn`.
    {
      code: `import { OIDCStrategy } from 'passport-azure-ad';
passport.use(new OIDCStrategy(oidcOptions, (iss, sub, profile, accessToken, refreshToken, done) => {
  User.findOne({ upn: profile._json.upn }, (err, user) => done(err, user));
}));`,
      errors: [
        {
          messageId: 'mutableClaimAccountKey',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import { OIDCStrategy } from 'passport-azure-ad';
passport.use(new OIDCStrategy(oidcOptions, (iss, sub, profile, accessToken, refreshToken, done) => {
  User.findOne({ upn: profile._json.sub }, (err, user) => done(err, user));
}));`,
            },
          ],
        },
      ],
    },
    // Destructured claim: reported on the identifier, no suggestion.
    {
      code: `app.get('/admin/audit', checkJwt, (req, res, next) => {
  const { email } = req.auth;
  if (!SUPPORT_TEAM.includes(email)) return res.status(403).end();
  next();
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    // NestJS guard returning the membership test.
    {
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
@Injectable()
export class AdminGuard implements CanActivate {
  private readonly admins = new Set(['ceo@contoso.com']);
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return this.admins.has(request.user.email);
  }
}`,
      filename: 'admin.guard.ts',
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
@Injectable()
export class AdminGuard implements CanActivate {
  private readonly admins = new Set(['ceo@contoso.com']);
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return this.admins.has(request.user.sub);
  }
}`,
            },
          ],
        },
      ],
    },
    // koa with koa-jwt: `ctx.state.user`.
    {
      code: `const jwt = require('koa-jwt');
app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }));
router.post('/billing/export', async (ctx, next) => {
  if (ctx.state.user.preferred_username !== 'billing@contoso.com') ctx.throw(403, 'Forbidden');
  await next();
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const jwt = require('koa-jwt');
app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }));
router.post('/billing/export', async (ctx, next) => {
  if (ctx.state.user.sub !== 'billing@contoso.com') ctx.throw(403, 'Forbidden');
  await next();
});`,
            },
          ],
        },
      ],
    },
    // TypeScript: typed claims with a normalising call; suggestion keeps the call.
    {
      code: `import jwt, { type JwtPayload } from 'jsonwebtoken';
export function requireOwner(req: Request, res: Response, next: NextFunction): void {
  const claims = jwt.verify(bearer(req), signingKey, { algorithms: ['RS256'] }) as JwtPayload;
  if (claims.upn?.toLowerCase() !== OWNER_UPN) {
    res.status(403).end();
    return;
  }
  next();
}`,
      filename: 'claims.ts',
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import jwt, { type JwtPayload } from 'jsonwebtoken';
export function requireOwner(req: Request, res: Response, next: NextFunction): void {
  const claims = jwt.verify(bearer(req), signingKey, { algorithms: ['RS256'] }) as JwtPayload;
  if (claims.oid?.toLowerCase() !== OWNER_UPN) {
    res.status(403).end();
    return;
  }
  next();
}`,
            },
          ],
        },
      ],
    },
    // switch over the address.
    {
      code: `const jwt = require('jsonwebtoken');
app.use('/ops', (req, res, next) => {
  const claims = jwt.verify(req.get('authorization').replace('Bearer ', ''), key, { algorithms: ['ES256'] });
  switch (claims.email) {
    case 'sre@contoso.com':
      return next();
    default:
      return res.sendStatus(403);
  }
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const jwt = require('jsonwebtoken');
app.use('/ops', (req, res, next) => {
  const claims = jwt.verify(req.get('authorization').replace('Bearer ', ''), key, { algorithms: ['ES256'] });
  switch (claims.oid) {
    case 'sre@contoso.com':
      return next();
    default:
      return res.sendStatus(403);
  }
});`,
            },
          ],
        },
      ],
    },
    // fastify with @fastify/jwt.
    {
      code: `fastify.get('/admin/stats', async (request, reply) => {
  await request.jwtVerify();
  if (request.user.unique_name !== 'admin@contoso.onmicrosoft.com') return reply.code(403).send({ error: 'Forbidden' });
  return stats();
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `fastify.get('/admin/stats', async (request, reply) => {
  await request.jwtVerify();
  if (request.user.sub !== 'admin@contoso.onmicrosoft.com') return reply.code(403).send({ error: 'Forbidden' });
  return stats();
});`,
            },
          ],
        },
      ],
    },
    // Next.js route handler verifying with jose.
    {
      code: `import { jwtVerify } from 'jose';
import { NextRequest, NextResponse } from 'next/server';
export async function GET(request: NextRequest) {
  const token = request.cookies.get('id_token')?.value ?? '';
  const { payload: claims } = await jwtVerify(token, JWKS, { issuer, audience });
  if (claims.email !== 'admin@contoso.com') return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  return NextResponse.json(await loadAdminData());
}`,
      filename: 'route.ts',
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import { jwtVerify } from 'jose';
import { NextRequest, NextResponse } from 'next/server';
export async function GET(request: NextRequest) {
  const token = request.cookies.get('id_token')?.value ?? '';
  const { payload: claims } = await jwtVerify(token, JWKS, { issuer, audience });
  if (claims.oid !== 'admin@contoso.com') return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  return NextResponse.json(await loadAdminData());
}`,
            },
          ],
        },
      ],
    },
    // Domain taken from the address: no suggestion.
    {
      code: `const jwt = require('jsonwebtoken');
function isInternalUser(token) {
  const claims = jwt.verify(token, key, { algorithms: ['RS256'] });
  return claims.email.split('@')[1] === 'contoso.com';
}`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
    // Auth.js provider option.
    {
      code: `import NextAuth from 'next-auth';
import Google from 'next-auth/providers/google';
export const { handlers, signIn, signOut, auth } = NextAuth({
  providers: [Google({ allowDangerousEmailAccountLinking: true })],
});`,
      errors: [
        {
          messageId: 'dangerousEmailLinking',
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    // Provider options in a const, CommonJS.
    {
      code: `const AzureADProvider = require('next-auth/providers/azure-ad').default;
const azureOptions = {
  clientId: process.env.AZURE_AD_CLIENT_ID,
  clientSecret: process.env.AZURE_AD_CLIENT_SECRET,
  tenantId: process.env.AZURE_AD_TENANT_ID,
  allowDangerousEmailAccountLinking: true,
};
module.exports = { providers: [AzureADProvider(azureOptions)] };`,
      errors: [
        {
          messageId: 'dangerousEmailLinking',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    // Quoted key.
    {
      code: `import GitHub from '@auth/core/providers/github';
export default { providers: [GitHub({ clientId, clientSecret, 'allowDangerousEmailAccountLinking': true as const })] };`,
      filename: 'auth.config.ts',
      errors: [
        {
          messageId: 'dangerousEmailLinking',
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 113,
          suggestions: [],
        },
      ],
    },
    // An auth-check helper returning the comparison.
    {
      code: `function isAllowed(req) {
  return req.auth.email === process.env.SUPERUSER_EMAIL;
}
app.post('/admin/flags', checkJwt, (req, res, next) => (isAllowed(req) ? next() : res.sendStatus(403)));`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `function isAllowed(req) {
  return req.auth.sub === process.env.SUPERUSER_EMAIL;
}
app.post('/admin/flags', checkJwt, (req, res, next) => (isAllowed(req) ? next() : res.sendStatus(403)));`,
            },
          ],
        },
      ],
    },
    // A display name deciding a privilege.
    {
      code: `router.post('/admin/reindex', passport.authenticate('jwt', { session: false }), (req, res, next) => {
  if (req.user.name === 'Administrator') return next();
  res.sendStatus(403);
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `router.post('/admin/reindex', passport.authenticate('jwt', { session: false }), (req, res, next) => {
  if (req.user.sub === 'Administrator') return next();
  res.sendStatus(403);
});`,
            },
          ],
        },
      ],
    },
    // jsonwebtoken `verify` imported under an alias.
    {
      code: `import { verify as verifyJwt } from 'jsonwebtoken';
export function requireContoso(req, res, next) {
  const decoded = verifyJwt(req.headers.authorization?.replace(/^Bearer /u, ''), publicKey, { algorithms: ['RS256'] });
  if (decoded.upn.endsWith('@contoso.com')) return next();
  res.status(403).json({ error: 'external accounts are not allowed' });
}`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import { verify as verifyJwt } from 'jsonwebtoken';
export function requireContoso(req, res, next) {
  const decoded = verifyJwt(req.headers.authorization?.replace(/^Bearer /u, ''), publicKey, { algorithms: ['RS256'] });
  if (decoded.sub.endsWith('@contoso.com')) return next();
  res.status(403).json({ error: 'external accounts are not allowed' });
}`,
            },
          ],
        },
      ],
    },
    // MSAL `response.account.idTokenClaims`: Entra-shaped, so the suggestion is `oid`.
    // ENGINE: `<result>.account?.idTokenClaims` is not a claims source.
    {
      code: `import { ConfidentialClientApplication, type AuthenticationResult } from '@azure/msal-node';
app.get('/redirect', async (req: Request, res: Response) => {
  const response: AuthenticationResult = await cca.acquireTokenByCode(tokenRequest(req));
  if (response.account?.idTokenClaims?.email !== 'owner@contoso.com') {
    res.status(403).send('Forbidden');
    return;
  }
  req.session.isOwner = true;
  res.redirect('/');
});`,
      filename: 'redirect.ts',
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import { ConfidentialClientApplication, type AuthenticationResult } from '@azure/msal-node';
app.get('/redirect', async (req: Request, res: Response) => {
  const response: AuthenticationResult = await cca.acquireTokenByCode(tokenRequest(req));
  if (response.account?.idTokenClaims?.oid !== 'owner@contoso.com') {
    res.status(403).send('Forbidden');
    return;
  }
  req.session.isOwner = true;
  res.redirect('/');
});`,
            },
          ],
        },
      ],
    },
    // Optional chain on `req.auth`, TypeScript.
    {
      code: `import type { NextFunction, Request, Response } from 'express';
export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  if (!ADMIN_EMAILS.includes(req.auth?.payload.email)) {
    res.sendStatus(403);
    return;
  }
  next();
}`,
      filename: 'admin.ts',
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import type { NextFunction, Request, Response } from 'express';
export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  if (!ADMIN_EMAILS.includes(req.auth?.payload.sub)) {
    res.sendStatus(403);
    return;
  }
  next();
}`,
            },
          ],
        },
      ],
    },
    // Two handlers, two reports.
    {
      code: `const { expressjwt: jwt } = require('express-jwt');
app.get('/finance', jwt(jwtOptions), (req, res, next) => {
  if (req.auth.email !== 'cfo@contoso.com') return res.sendStatus(403);
  next();
});
app.get('/hr', jwt(jwtOptions), (req, res, next) => {
  if (!req.auth.preferred_username.endsWith('@hr.contoso.com')) return res.sendStatus(403);
  next();
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const { expressjwt: jwt } = require('express-jwt');
app.get('/finance', jwt(jwtOptions), (req, res, next) => {
  if (req.auth.sub !== 'cfo@contoso.com') return res.sendStatus(403);
  next();
});
app.get('/hr', jwt(jwtOptions), (req, res, next) => {
  if (!req.auth.preferred_username.endsWith('@hr.contoso.com')) return res.sendStatus(403);
  next();
});`,
            },
          ],
        },
        {
          messageId: 'mutableClaimDecision',
          line: 7,
          column: 8,
          endLine: 7,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const { expressjwt: jwt } = require('express-jwt');
app.get('/finance', jwt(jwtOptions), (req, res, next) => {
  if (req.auth.email !== 'cfo@contoso.com') return res.sendStatus(403);
  next();
});
app.get('/hr', jwt(jwtOptions), (req, res, next) => {
  if (!req.auth.sub.endsWith('@hr.contoso.com')) return res.sendStatus(403);
  next();
});`,
            },
          ],
        },
      ],
    },
    // hapi handler verifying with jsonwebtoken.
    {
      code: `const jwt = require('jsonwebtoken');
server.route({
  method: 'DELETE',
  path: '/projects/{id}',
  handler: (request, h) => {
    const claims = jwt.verify(request.headers.authorization.slice(7), key, { algorithms: ['RS256'] });
    if (claims.unique_name !== 'CONTOSO-admin') return h.response('Forbidden').code(403);
    return projects.remove(request.params.id);
  },
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const jwt = require('jsonwebtoken');
server.route({
  method: 'DELETE',
  path: '/projects/{id}',
  handler: (request, h) => {
    const claims = jwt.verify(request.headers.authorization.slice(7), key, { algorithms: ['RS256'] });
    if (claims.oid !== 'CONTOSO-admin') return h.response('Forbidden').code(403);
    return projects.remove(request.params.id);
  },
});`,
            },
          ],
        },
      ],
    },
    // passport-azure-ad BearerStrategy verify callback deciding on `upn`.
    {
      code: `const { BearerStrategy } = require('passport-azure-ad');
passport.use(new BearerStrategy(bearerOptions, (token, done) => {
  if (!token.upn.endsWith('@contoso.com')) return done(null, false);
  return done(null, token);
}));`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const { BearerStrategy } = require('passport-azure-ad');
passport.use(new BearerStrategy(bearerOptions, (token, done) => {
  if (!token.sub.endsWith('@contoso.com')) return done(null, false);
  return done(null, token);
}));`,
            },
          ],
        },
      ],
    },
    // passport Azure AD OIDC: account linked by the address, Sequelize.
    // ENGINE: Sequelize `findOrCreate({ where })` is not a query method.
    {
      code: `import { OIDCStrategy } from 'passport-azure-ad';
passport.use(new OIDCStrategy(config, async (iss, sub, profile, accessToken, refreshToken, done) => {
  const [user] = await User.findOrCreate({ where: { email: profile._json.preferred_username }, defaults: { displayName: profile.displayName } });
  done(null, user);
}));`,
      errors: [
        {
          messageId: 'mutableClaimAccountKey',
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import { OIDCStrategy } from 'passport-azure-ad';
passport.use(new OIDCStrategy(config, async (iss, sub, profile, accessToken, refreshToken, done) => {
  const [user] = await User.findOrCreate({ where: { email: profile._json.sub }, defaults: { displayName: profile.displayName } });
  done(null, user);
}));`,
            },
          ],
        },
      ],
    },
    // next-auth `jwt` callback granting a role by address.
    {
      code: `export const authOptions = {
  callbacks: {
    async jwt({ token, user }) {
      if (user?.email === 'boss@contoso.com') token.role = 'admin';
      return token;
    },
  },
};`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `export const authOptions = {
  callbacks: {
    async jwt({ token, user }) {
      if (user?.sub === 'boss@contoso.com') token.role = 'admin';
      return token;
    },
  },
};`,
            },
          ],
        },
      ],
    },
    // next-auth `session` callback deriving a privilege flag from the address.
    // ENGINE: A comparison assigned to a privilege target (`session.user.isAdmin = a === b`) is not a decision sink.
    {
      code: `export const authOptions = {
  callbacks: {
    async session({ session, token }) {
      session.user.isAdmin = token.email === 'boss@contoso.com';
      return session;
    },
  },
};`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `export const authOptions = {
  callbacks: {
    async session({ session, token }) {
      session.user.isAdmin = token.sub === 'boss@contoso.com';
      return session;
    },
  },
};`,
            },
          ],
        },
      ],
    },
    // Auth.js provider `profile()` assigning a role by address (the RBAC guide shape).
    // ENGINE: Provider `profile(profile)` callback is not a claims source, and a ternary choosing a `role` value is not a decision sink.
    {
      code: `import Google from 'next-auth/providers/google';
export const providers = [
  Google({
    profile(profile) {
      return { id: profile.sub, name: profile.name, email: profile.email, role: profile.email === 'boss@contoso.com' ? 'admin' : 'user' };
    },
  }),
];`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 5,
          column: 81,
          endLine: 5,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import Google from 'next-auth/providers/google';
export const providers = [
  Google({
    profile(profile) {
      return { id: profile.sub, name: profile.name, email: profile.email, role: profile.sub === 'boss@contoso.com' ? 'admin' : 'user' };
    },
  }),
];`,
            },
          ],
        },
      ],
    },
    // passport-jwt verify callback linking by the address.
    // ENGINE: passport-jwt verify callback parameter (`jwt_payload`, `payload`) is not a claims source.
    {
      code: `const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ['RS256'] }, (jwt_payload, done) => {
  User.findOne({ email: jwt_payload.email }, (err, user) => done(err, user));
}));`,
      errors: [
        {
          messageId: 'mutableClaimAccountKey',
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ['RS256'] }, (jwt_payload, done) => {
  User.findOne({ email: jwt_payload.sub }, (err, user) => done(err, user));
}));`,
            },
          ],
        },
      ],
    },
    // Google Sign-In verified ID token restricted by address domain (Google documents the `hd` claim for that).
    {
      code: `const { OAuth2Client } = require('google-auth-library');
app.post('/auth/google', async (req, res, next) => {
  const ticket = await client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID });
  const payload = ticket.getPayload();
  if (!payload.email.endsWith('@contoso.com')) return res.sendStatus(403);
  next();
});`,
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `const { OAuth2Client } = require('google-auth-library');
app.post('/auth/google', async (req, res, next) => {
  const ticket = await client.verifyIdToken({ idToken: req.body.credential, audience: CLIENT_ID });
  const payload = ticket.getPayload();
  if (!payload.sub.endsWith('@contoso.com')) return res.sendStatus(403);
  next();
});`,
            },
          ],
        },
      ],
    },
    // Records of the caller selected by a mutable address.
    {
      code: `app.get('/orders', checkJwt, async (req, res) => {
  const orders = await Order.find({ customerEmail: req.auth.email });
  res.json(orders);
});`,
      errors: [
        {
          messageId: 'mutableClaimAccountKey',
          line: 2,
          column: 52,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `app.get('/orders', checkJwt, async (req, res) => {
  const orders = await Order.find({ customerEmail: req.auth.sub });
  res.json(orders);
});`,
            },
          ],
        },
      ],
    },
    // Auth.js signIn: the provider check is fine, the address check is not.
    {
      code: `import type { NextAuthConfig } from 'next-auth';
export default {
  providers,
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === 'azure-ad' && profile?.email?.endsWith('@contoso.com')) return true;
      return false;
    },
  },
} satisfies NextAuthConfig;`,
      filename: 'auth.ts',
      errors: [
        {
          messageId: 'mutableClaimDecision',
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'useImmutableClaim',
              output: `import type { NextAuthConfig } from 'next-auth';
export default {
  providers,
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === 'azure-ad' && profile?.sub?.endsWith('@contoso.com')) return true;
      return false;
    },
  },
} satisfies NextAuthConfig;`,
            },
          ],
        },
      ],
    },
  ],
});
