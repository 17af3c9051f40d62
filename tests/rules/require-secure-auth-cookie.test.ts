import rule from '../../src/rules/require-secure-auth-cookie';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('require-secure-auth-cookie', rule, {
  valid: [
    // Cookies that carry no credential.
    `res.cookie('theme', 'dark');`,
    `res.cookie('locale', req.query.lang, { maxAge: 365 * 24 * 3600 * 1000 });`,
    `res.cookie('sidebar_state', 'collapsed', { path: '/' });`,
    `res.cookie('cookie_consent', 'accepted', { maxAge: 31536000000, sameSite: 'lax' });`,
    // A CSRF double-submit token is readable by client script on purpose (Angular reads XSRF-TOKEN).
    `res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: false, sameSite: 'strict' });`,
    `res.cookie('csrfToken', token, { secure: true });`,
    // Session and token cookies set with both attributes.
    `res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'lax' });`,
    `res.cookie('sid', sessionId, { httpOnly: true, secure: true, sameSite: 'none' });`,
    // Settings read from configuration or decided at run time.
    `res.cookie('token', accessToken, { httpOnly: true, secure: process.env.NODE_ENV === 'production' });`,
    `res.cookie('token', accessToken, { httpOnly: config.cookies.httpOnly, secure: config.cookies.secure });`,
    `res.cookie('sid', sessionId, config.cookieOptions);`,
    `res.cookie('token', accessToken, isProd ? secureCookie : devCookie);`,
    `import { cookieDefaults } from './config';
res.cookie('sid', sessionId, { ...cookieDefaults, maxAge: 3600_000 });`,
    `function setAuth(res, token, options) { res.cookie('token', token, options); }`,
    // The options object is completed later, so a missing key may still be set.
    `const options = { httpOnly: true };
if (isProduction) options.secure = true;
res.cookie('sid', sessionId, options);`,
    // Deleting a cookie needs neither attribute.
    `res.cookie('token', '', { expires: new Date(0) });`,
    `res.cookie('session', 'deleted', { maxAge: 0 });`,
    // Development guards (ignored by default).
    `if (process.env.NODE_ENV === 'development') { res.cookie('token', token, { secure: false, httpOnly: true }); }`,
    `const cookieOptions = isDev ? { httpOnly: true } : { httpOnly: true, secure: true }; res.cookie('jwt', token, cookieOptions);`,
    // Browser-side and test-driver cookie APIs cannot set HttpOnly.
    `$.cookie('session', sessionId);`,
    `cy.setCookie('session_id', '123abc');`,
    // Unknown name and value.
    `res.cookie(name, value, options);`,
    // express-session: secure set, 'auto', from configuration, or set in production only (the README pattern).
    `import session from 'express-session';
app.use(session({ secret, resave: false, saveUninitialized: false, cookie: { secure: true, sameSite: 'lax' } }));`,
    `const session = require('express-session');
app.use(session({ secret: process.env.SESSION_SECRET, proxy: true, cookie: { secure: 'auto' } }));`,
    `import session from 'express-session';
app.use(session(config.session));`,
    `import session from 'express-session';
app.use(session({ secret, cookie: config.sessionCookie }));`,
    `import session from 'express-session';
app.use(session({ secret, cookie: { secure: app.get('env') === 'production', maxAge: 86_400_000 } }));`,
    `const session = require('express-session');
const sess = { secret: 'keyboard cat', cookie: {} };
if (app.get('env') === 'production') {
  app.set('trust proxy', 1);
  sess.cookie.secure = true;
}
app.use(session(sess));`,
    `import session from 'express-session';
if (process.env.NODE_ENV !== 'production') { app.use(session({ secret: 'dev' })); }`,
    // A function named `session` that is not express-session.
    `import session from './session'; app.use(session({ secret }));`,
    // cookie-session and koa: Secure follows the request's protocol and HttpOnly is on by default.
    `const cookieSession = require('cookie-session');
app.use(cookieSession({ name: 'session', keys: [process.env.KEY1, process.env.KEY2], maxAge: 24 * 60 * 60 * 1000 }));`,
    `router.post('/login', async (ctx) => { ctx.cookies.set('session', token, { signed: true, sameSite: 'none' }); });`,
    `import session from 'koa-session'; app.use(session({ key: 'koa.sess', maxAge: 86400000 }, app));`,
    // hapi: isSecure and isHttpOnly default to true.
    `server.state('session', { ttl: 24 * 60 * 60 * 1000, encoding: 'base64json' });`,
    // Auth.js / next-auth with secure settings, or decided at run time.
    `export const authOptions = { providers, useSecureCookies: process.env.NODE_ENV === 'production' };`,
    `export const authOptions: NextAuthOptions = {
  providers,
  cookies: {
    sessionToken: {
      name: '__Secure-next-auth.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    },
    callbackUrl: { name: 'next-auth.callback-url', options: { sameSite: 'lax', path: '/', secure: false } },
  },
};`,
    `const { useSecureCookies = false } = options;`,
    // A \`cookie\` object that belongs to no session configuration.
    `const proxyOptions = { target, cookie: { secure: false } };`,
    // Raw Set-Cookie headers with every attribute, for other cookies, or with attributes chosen at run time.
    'res.setHeader(\'Set-Cookie\', `session=${sessionId}; Path=/; HttpOnly; Secure; SameSite=Lax`);',
    `res.setHeader('Set-Cookie', 'theme=dark; Path=/');`,
    'res.setHeader(\'Set-Cookie\', `session=${sessionId}; Path=/; HttpOnly${secureFlag}`);',
    'res.setHeader(\'Set-Cookie\', `rcf_session=${makeToken(user)}; HttpOnly; Path=/; Max-Age=${12 * 3600}${secure}`);',
    `res.setHeader('Set-Cookie', 'session=; Max-Age=0; Path=/');`,
    'return new Response(null, { status: 302, headers: { Location: \'/\', \'Set-Cookie\': `token=${jwt}; Path=/; HttpOnly; Secure` } });',
    // hono `prefix: 'host'` forces Secure; @fastify/cookie `parseOptions` may set both for every call.
    `import { setCookie } from 'hono/cookie';
app.post('/login', (c) => { setCookie(c, 'session', sessionId, { prefix: 'host', httpOnly: true }); return c.redirect('/'); });`,
    `fastify.register(require('@fastify/cookie'), { secret, parseOptions: { httpOnly: true, secure: true } });
fastify.post('/login', async (request, reply) => { reply.setCookie('token', token, { path: '/' }); });`,
    // Next.js: setting a request cookie in middleware sends no Set-Cookie.
    `import { NextResponse } from 'next/server';
export function middleware(request) { request.cookies.set('session', token); return NextResponse.next(); }`,
    `import { cookies } from 'next/headers';
(await cookies()).set('session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });`,
    // cookie.serialize for a non-auth cookie.
    `import { serialize } from 'cookie'; res.setHeader('Set-Cookie', serialize('theme', 'dark', { path: '/' }));`,
    // TypeScript: options in a typed const with both attributes.
    {
      code: `import type { CookieOptions } from 'express';
const REFRESH_COOKIE: CookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth/refresh' };
export function issue(res: Response, refreshToken: string): void {
  res.cookie('refresh_token', refreshToken, REFRESH_COOKIE);
}`,
      filename: 'auth.ts',
    },
    // A `Set-Cookie` header set through `cookies.set` is read as a header (here one with no cookie string to read), never
    // as a cookie named `Set-Cookie`.
    "cookies.set('Set-Cookie', getSessionToken(), { httpOnly: false });",
    "res.setHeader('Set-Cookie', await buildCookie());",
    // Near misses of the file gate: a session token sent in another header, and hapi state with neither key turned off.
    `res.setHeader('X-Session', 'session=' + sessionToken);`,
    `h.state('session', token, { isSameSite: 'None', ttl: null });`,
  ],
  invalid: [
    {
      // Express login route, ESM: no options at all.
      code: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();
app.post('/login', async (req, res) => {
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.cookie('session', token);
  res.redirect('/');
});`,
      errors: [
        {
          messageId: 'missingSecure',
          data: { name: 'session', remedy: 'set `secure: true`' },
          line: 6,
          column: 14,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'secure: true' },
              output: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();
app.post('/login', async (req, res) => {
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.cookie('session', token, { secure: true });
  res.redirect('/');
});`,
            },
          ],
        },
        {
          messageId: 'missingHttpOnly',
          line: 6,
          column: 14,
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'httpOnly: true' },
              output: `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();
app.post('/login', async (req, res) => {
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.cookie('session', token, { httpOnly: true });
  res.redirect('/');
});`,
            },
          ],
        },
      ],
    },
    {
      // Secure missing from a multi-line options object: the suggestion keeps the layout and the comment.
      code: `res.cookie('access_token', accessToken, {
  httpOnly: true, // not readable by the SPA
  sameSite: 'strict',
});`,
      errors: [
        {
          messageId: 'missingSecure',
          line: 1,
          column: 12,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addOption',
              output: `res.cookie('access_token', accessToken, {
  httpOnly: true, // not readable by the SPA
  sameSite: 'strict',
  secure: true,
});`,
            },
          ],
        },
      ],
    },
    {
      code: `res.cookie('jwt', token, { secure: true, httpOnly: false });`,
      errors: [
        {
          messageId: 'disabledHttpOnly',
          data: { setting: 'httpOnly: false', name: 'jwt' },
          line: 1,
          column: 42,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'setOptionTrue',
              data: { key: 'httpOnly' },
              output: `res.cookie('jwt', token, { secure: true, httpOnly: true });`,
            },
          ],
        },
      ],
    },
    {
      code: `res.cookie('refreshToken', refreshToken, { httpOnly: true, secure: false, sameSite: 'strict' });`,
      errors: [
        {
          messageId: 'disabledSecure',
          data: { setting: 'secure: false', name: 'refreshToken' },
          line: 1,
          column: 60,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'setOptionTrue',
              output: `res.cookie('refreshToken', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict' });`,
            },
          ],
        },
      ],
    },
    {
      // SameSite=None without Secure: one report, on the sameSite setting.
      code: `res.cookie('sid', req.sessionID, { httpOnly: true, sameSite: 'none' });`,
      errors: [
        {
          messageId: 'sameSiteNoneWithoutSecure',
          data: { setting: "sameSite: 'none'", name: 'sid', remedy: 'set `secure: true`' },
          line: 1,
          column: 52,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'addOption',
              output: `res.cookie('sid', req.sessionID, { httpOnly: true, sameSite: 'none', secure: true });`,
            },
          ],
        },
      ],
    },
    {
      // The value is a freshly signed token, the name says nothing: CommonJS, options in a const.
      code: `const jwt = require('jsonwebtoken');
const cookieOptions = { httpOnly: true, maxAge: 15 * 60 * 1000 };
exports.login = (req, res) => {
  res.cookie('u', jwt.sign({ sub: req.user.id }, key), cookieOptions);
};`,
      errors: [
        {
          messageId: 'missingSecure',
          data: { name: 'u', remedy: 'set `secure: true`' },
          line: 4,
          column: 14,
          suggestions: [
            {
              messageId: 'addOption',
              output: `const jwt = require('jsonwebtoken');
const cookieOptions = { httpOnly: true, maxAge: 15 * 60 * 1000, secure: true };
exports.login = (req, res) => {
  res.cookie('u', jwt.sign({ sub: req.user.id }, key), cookieOptions);
};`,
            },
          ],
        },
      ],
    },
    {
      // jose SignJWT, name chosen at run time.
      code: `import { SignJWT } from 'jose';
const COOKIE = process.env.AUTH_COOKIE_NAME;
export async function login(res, user) {
  res.cookie(COOKIE, await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key), { secure: true });
}`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          data: { name: 'COOKIE', remedy: 'set `httpOnly: true`' },
          line: 4,
          column: 14,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addOption',
              output: `import { SignJWT } from 'jose';
const COOKIE = process.env.AUTH_COOKIE_NAME;
export async function login(res, user) {
  res.cookie(COOKIE, await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key), { secure: true, httpOnly: true });
}`,
            },
          ],
        },
      ],
    },
    {
      // Options spread from a const: the missing key goes into the outer literal.
      code: `const base = { httpOnly: true, sameSite: 'lax' };
res.cookie('remember_me', rememberToken, { ...base, maxAge: THIRTY_DAYS });`,
      errors: [
        {
          messageId: 'missingSecure',
          line: 2,
          column: 12,
          suggestions: [
            {
              messageId: 'addOption',
              output: `const base = { httpOnly: true, sameSite: 'lax' };
res.cookie('remember_me', rememberToken, { ...base, maxAge: THIRTY_DAYS, secure: true });`,
            },
          ],
        },
      ],
    },
    {
      // The value held in a const.
      code: `const SECURE = false;
res.cookie('auth', token, { httpOnly: true, secure: SECURE });`,
      errors: [
        {
          messageId: 'disabledSecure',
          data: { setting: 'secure: SECURE', name: 'auth' },
          line: 2,
          column: 45,
          suggestions: [
            {
              messageId: 'setOptionTrue',
              output: `const SECURE = false;
res.cookie('auth', token, { httpOnly: true, secure: true });`,
            },
          ],
        },
      ],
    },
    {
      // A `__Host-` cookie that the browser would drop without Secure.
      code: `response.cookie('__Host-id', id, { path: '/', httpOnly: true });`,
      errors: [{ messageId: 'missingSecure', line: 1, column: 17, suggestions: [{ messageId: 'addOption', output: `response.cookie('__Host-id', id, { path: '/', httpOnly: true, secure: true });` }] }],
    },
    {
      // TypeScript: a typed options const, a typed helper.
      code: `import type { CookieOptions, Response } from 'express';
const AUTH_COOKIE: CookieOptions = { httpOnly: true, sameSite: 'strict' };
export function setSession(res: Response, sessionId: string): void {
  res.cookie('app_session', sessionId, AUTH_COOKIE);
}`,
      filename: 'session.ts',
      errors: [
        {
          messageId: 'missingSecure',
          line: 4,
          column: 14,
          suggestions: [
            {
              messageId: 'addOption',
              output: `import type { CookieOptions, Response } from 'express';
const AUTH_COOKIE: CookieOptions = { httpOnly: true, sameSite: 'strict', secure: true };
export function setSession(res: Response, sessionId: string): void {
  res.cookie('app_session', sessionId, AUTH_COOKIE);
}`,
            },
          ],
        },
      ],
    },
    {
      // express-session with no cookie settings at all (CommonJS).
      code: `const session = require('express-session');
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));`,
      errors: [
        {
          messageId: 'sessionCookieNotSecure',
          data: { name: 'connect.sid' },
          line: 2,
          column: 9,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addOption',
              data: { option: 'cookie: { secure: true }' },
              output: `const session = require('express-session');
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));`,
            },
          ],
        },
      ],
    },
    {
      // express-session, ESM alias, a cookie object without `secure`, a custom cookie name.
      code: `import expressSession from 'express-session';
app.use(
  expressSession({
    name: 'app.sid',
    secret,
    cookie: {
      maxAge: 24 * 60 * 60 * 1000,
      sameSite: 'lax',
    },
  }),
);`,
      errors: [
        {
          messageId: 'sessionCookieNotSecure',
          data: { name: 'app.sid' },
          line: 6,
          column: 5,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addOption',
              output: `import expressSession from 'express-session';
app.use(
  expressSession({
    name: 'app.sid',
    secret,
    cookie: {
      maxAge: 24 * 60 * 60 * 1000,
      sameSite: 'lax',
      secure: true,
    },
  }),
);`,
            },
          ],
        },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret, cookie: { secure: false, httpOnly: false } }));`,
      errors: [
        {
          messageId: 'disabledSecure',
          data: { setting: 'secure: false', name: 'connect.sid' },
          line: 2,
          column: 37,
          suggestions: [{ messageId: 'setOptionTrue', output: `import session from 'express-session';
app.use(session({ secret, cookie: { secure: true, httpOnly: false } }));` }],
        },
        {
          messageId: 'disabledHttpOnly',
          line: 2,
          column: 52,
          suggestions: [{ messageId: 'setOptionTrue', output: `import session from 'express-session';
app.use(session({ secret, cookie: { secure: false, httpOnly: true } }));` }],
        },
      ],
    },
    {
      // express-session behind a cross-site front end.
      code: `import session from 'express-session';
const sessionOptions = { secret, store, cookie: { sameSite: 'none', maxAge: 3600000 } };
app.use(session(sessionOptions));`,
      errors: [
        {
          messageId: 'sameSiteNoneWithoutSecure',
          line: 2,
          column: 51,
          suggestions: [
            {
              messageId: 'addOption',
              output: `import session from 'express-session';
const sessionOptions = { secret, store, cookie: { sameSite: 'none', maxAge: 3600000, secure: true } };
app.use(session(sessionOptions));`,
            },
          ],
        },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session());`,
      errors: [
        {
          messageId: 'sessionCookieNotSecure',
          line: 2,
          column: 9,
          suggestions: [{ messageId: 'addOption', output: `import session from 'express-session';
app.use(session({ cookie: { secure: true } }));` }],
        },
      ],
    },
    {
      // cookie-session and koa-session: only settings written as false.
      code: `const cookieSession = require('cookie-session');
app.use(cookieSession({ name: 'sess', keys, secure: false, httpOnly: false }));`,
      errors: [
        {
          messageId: 'disabledSecure',
          data: { setting: 'secure: false', name: 'sess' },
          line: 2,
          column: 45,
          suggestions: [{ messageId: 'setOptionTrue', output: `const cookieSession = require('cookie-session');
app.use(cookieSession({ name: 'sess', keys, secure: true, httpOnly: false }));` }],
        },
        {
          messageId: 'disabledHttpOnly',
          data: { setting: 'httpOnly: false', name: 'sess' },
          line: 2,
          column: 60,
          suggestions: [{ messageId: 'setOptionTrue', output: `const cookieSession = require('cookie-session');
app.use(cookieSession({ name: 'sess', keys, secure: false, httpOnly: true }));` }],
        },
      ],
    },
    {
      code: `import session from 'koa-session';
app.use(session(app, { httpOnly: false }));`,
      errors: [
        {
          messageId: 'disabledHttpOnly',
          data: { setting: 'httpOnly: false', name: 'koa.sess' },
          line: 2,
          column: 24,
          suggestions: [{ messageId: 'setOptionTrue', output: `import session from 'koa-session';
app.use(session(app, { httpOnly: true }));` }],
        },
      ],
    },
    {
      // koa: only an explicit false is reported.
      code: `router.post('/login', async (ctx) => {
  ctx.cookies.set('access_token', accessToken, { httpOnly: false, signed: true });
});`,
      errors: [{ messageId: 'disabledHttpOnly', line: 2, column: 50, suggestions: [{ messageId: 'setOptionTrue', output: `router.post('/login', async (ctx) => {
  ctx.cookies.set('access_token', accessToken, { httpOnly: true, signed: true });
});` }] }],
    },
    {
      // The `cookies` package directly.
      code: `const Cookies = require('cookies');
http.createServer((req, res) => {
  const jar = new Cookies(req, res, { keys });
  jar.set('session', sessionId, { secure: false });
});`,
      errors: [{ messageId: 'disabledSecure', line: 4, column: 35, suggestions: [{ messageId: 'setOptionTrue', output: `const Cookies = require('cookies');
http.createServer((req, res) => {
  const jar = new Cookies(req, res, { keys });
  jar.set('session', sessionId, { secure: true });
});` }] }],
    },
    {
      // Auth.js / next-auth.
      code: `import NextAuth from 'next-auth';
export const { handlers, auth } = NextAuth({ providers: [GitHub], useSecureCookies: false });`,
      errors: [
        {
          messageId: 'secureCookiesDisabled',
          data: { setting: 'useSecureCookies: false' },
          line: 2,
          column: 67,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'removeSetting',
              data: { setting: 'useSecureCookies: false' },
              output: `import NextAuth from 'next-auth';
export const { handlers, auth } = NextAuth({ providers: [GitHub] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import type { NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = {
  providers,
  cookies: {
    sessionToken: {
      name: 'next-auth.session-token',
      options: { httpOnly: false, sameSite: 'lax', path: '/', secure: true },
    },
  },
};`,
      filename: 'auth.ts',
      errors: [
        {
          messageId: 'disabledHttpOnly',
          data: { setting: 'httpOnly: false', name: 'next-auth.session-token' },
          line: 7,
          column: 18,
          suggestions: [
            {
              messageId: 'setOptionTrue',
              output: `import type { NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = {
  providers,
  cookies: {
    sessionToken: {
      name: 'next-auth.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    },
  },
};`,
            },
          ],
        },
      ],
    },
    {
      // Raw Set-Cookie header built in a template.
      code: 'res.setHeader(\'Set-Cookie\', `session=${sessionId}; Path=/; Max-Age=3600`);',
      errors: [
        {
          messageId: 'missingSecure',
          data: { name: 'session', remedy: 'add the `Secure` attribute' },
          line: 1,
          column: 29,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'addAttribute',
              data: { attribute: 'Secure' },
              output: 'res.setHeader(\'Set-Cookie\', `session=${sessionId}; Path=/; Max-Age=3600; Secure`);',
            },
          ],
        },
        {
          messageId: 'missingHttpOnly',
          line: 1,
          column: 29,
          suggestions: [
            {
              messageId: 'addAttribute',
              data: { attribute: 'HttpOnly' },
              output: 'res.setHeader(\'Set-Cookie\', `session=${sessionId}; Path=/; Max-Age=3600; HttpOnly`);',
            },
          ],
        },
      ],
    },
    {
      // An attribute whose value is computed does not hide the missing Secure.
      code: 'res.setHeader(\'Set-Cookie\', `app_session=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${ttlMs / 1000}`);',
      errors: [
        {
          messageId: 'missingSecure',
          line: 1,
          column: 29,
          suggestions: [
            {
              messageId: 'addAttribute',
              output: 'res.setHeader(\'Set-Cookie\', `app_session=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${ttlMs / 1000}; Secure`);',
            },
          ],
        },
      ],
    },
    {
      // An array of cookies: only the token cookie is reported.
      code: 'res.setHeader(\'Set-Cookie\', [`token=${token}; HttpOnly; Path=/`, \'theme=dark; Path=/\']);',
      errors: [
        {
          messageId: 'missingSecure',
          line: 1,
          column: 30,
          suggestions: [
            {
              messageId: 'addAttribute',
              output: 'res.setHeader(\'Set-Cookie\', [`token=${token}; HttpOnly; Path=/; Secure`, \'theme=dark; Path=/\']);',
            },
          ],
        },
      ],
    },
    {
      // Concatenation, SameSite=None without Secure, the value named by its variable.
      code: `const header = 'id=' + accessToken + '; HttpOnly; SameSite=None';
res.append('Set-Cookie', header);`,
      errors: [
        {
          messageId: 'sameSiteNoneWithoutSecure',
          data: { setting: 'SameSite=None', name: 'id', remedy: 'add the `Secure` attribute' },
          line: 1,
          column: 16,
          suggestions: [
            {
              messageId: 'addAttribute',
              output: `const header = 'id=' + accessToken + '; HttpOnly; SameSite=None; Secure';
res.append('Set-Cookie', header);`,
            },
          ],
        },
      ],
    },
    {
      // A fetch-style Response with a Set-Cookie header.
      code: 'export async function POST() { return new Response(null, { headers: { \'Set-Cookie\': `auth=${token}; HttpOnly; Path=/` } }); }',
      errors: [{ messageId: 'missingSecure', line: 1, column: 85, suggestions: [{ messageId: 'addAttribute', output: 'export async function POST() { return new Response(null, { headers: { \'Set-Cookie\': `auth=${token}; HttpOnly; Path=/; Secure` } }); }' }] }],
    },
    {
      // cookie.serialize, named import.
      code: `import { serialize } from 'cookie';
res.setHeader('Set-Cookie', serialize('token', token, { path: '/', secure: true }));`,
      errors: [
        {
          messageId: 'missingHttpOnly',
          line: 2,
          column: 39,
          suggestions: [{ messageId: 'addOption', output: `import { serialize } from 'cookie';
res.setHeader('Set-Cookie', serialize('token', token, { path: '/', secure: true, httpOnly: true }));` }],
        },
      ],
    },
    {
      // cookie.serialize, namespace import.
      code: `import * as cookie from 'cookie';
const header = cookie.serialize('sessionid', id, { httpOnly: true });`,
      errors: [{ messageId: 'missingSecure', line: 2, column: 33, suggestions: [{ messageId: 'addOption', output: `import * as cookie from 'cookie';
const header = cookie.serialize('sessionid', id, { httpOnly: true, secure: true });` }] }],
    },
    {
      // hono.
      code: `import { setCookie } from 'hono/cookie';
app.post('/login', async (c) => {
  setCookie(c, 'session', sessionId, { path: '/', httpOnly: true, sameSite: 'Lax' });
  return c.redirect('/');
});`,
      errors: [{ messageId: 'missingSecure', line: 3, column: 16, suggestions: [{ messageId: 'addOption', output: `import { setCookie } from 'hono/cookie';
app.post('/login', async (c) => {
  setCookie(c, 'session', sessionId, { path: '/', httpOnly: true, sameSite: 'Lax', secure: true });
  return c.redirect('/');
});` }] }],
    },
    {
      // hono `prefix: 'secure'` covers Secure, not HttpOnly.
      code: `import { setSignedCookie } from 'hono/cookie';
await setSignedCookie(c, 'token', jwt, secret, { prefix: 'secure' });`,
      errors: [{ messageId: 'missingHttpOnly', line: 2, column: 26, suggestions: [{ messageId: 'addOption', output: `import { setSignedCookie } from 'hono/cookie';
await setSignedCookie(c, 'token', jwt, secret, { prefix: 'secure', httpOnly: true });` }] }],
    },
    {
      // h3, and Nuxt's auto-imported setCookie.
      code: `import { setCookie, defineEventHandler } from 'h3';
export default defineEventHandler((event) => { setCookie(event, 'auth_token', token); });`,
      errors: [
        { messageId: 'missingSecure', line: 2, column: 65, suggestions: [{ messageId: 'addOption', output: `import { setCookie, defineEventHandler } from 'h3';
export default defineEventHandler((event) => { setCookie(event, 'auth_token', token, { secure: true }); });` }] },
        { messageId: 'missingHttpOnly', line: 2, column: 65, suggestions: [{ messageId: 'addOption', output: `import { setCookie, defineEventHandler } from 'h3';
export default defineEventHandler((event) => { setCookie(event, 'auth_token', token, { httpOnly: true }); });` }] },
      ],
    },
    {
      code: `export default defineEventHandler(async (event) => {
  setCookie(event, 'session', session.id, { httpOnly: true, maxAge: 60 * 60 * 24 });
});`,
      errors: [{ messageId: 'missingSecure', line: 2, column: 20, suggestions: [{ messageId: 'addOption', output: `export default defineEventHandler(async (event) => {
  setCookie(event, 'session', session.id, { httpOnly: true, maxAge: 60 * 60 * 24, secure: true });
});` }] }],
    },
    {
      // fastify, and its `reply.cookie` alias.
      code: `fastify.post('/login', async (request, reply) => {
  reply.setCookie('token', token, { path: '/', httpOnly: true }).cookie('sid', sid, { path: '/', secure: true, httpOnly: true });
});`,
      errors: [{ messageId: 'missingSecure', line: 2, column: 19, suggestions: [{ messageId: 'addOption', output: `fastify.post('/login', async (request, reply) => {
  reply.setCookie('token', token, { path: '/', httpOnly: true, secure: true }).cookie('sid', sid, { path: '/', secure: true, httpOnly: true });
});` }] }],
    },
    {
      code: `app.post('/login', (request, reply) => { reply.cookie('session', sessionId, { secure: true }); });`,
      errors: [{ messageId: 'missingHttpOnly', line: 1, column: 55, suggestions: [{ messageId: 'addOption', output: `app.post('/login', (request, reply) => { reply.cookie('session', sessionId, { secure: true, httpOnly: true }); });` }] }],
    },
    {
      // Next.js: cookies() from next/headers, awaited in place.
      code: `'use server';
import { cookies } from 'next/headers';
export async function login(formData: FormData) {
  const token = await createSession(formData);
  (await cookies()).set('session', token, { path: '/', sameSite: 'lax' });
}`,
      filename: 'actions.ts',
      errors: [
        { messageId: 'missingSecure', line: 5, column: 25, suggestions: [{ messageId: 'addOption', output: `'use server';
import { cookies } from 'next/headers';
export async function login(formData: FormData) {
  const token = await createSession(formData);
  (await cookies()).set('session', token, { path: '/', sameSite: 'lax', secure: true });
}` }] },
        { messageId: 'missingHttpOnly', line: 5, column: 25, suggestions: [{ messageId: 'addOption', output: `'use server';
import { cookies } from 'next/headers';
export async function login(formData: FormData) {
  const token = await createSession(formData);
  (await cookies()).set('session', token, { path: '/', sameSite: 'lax', httpOnly: true });
}` }] },
      ],
    },
    {
      // Next.js: a cookie store held in a const, object form.
      code: `import { cookies } from 'next/headers';
export async function POST() {
  const store = await cookies();
  store.set({ name: 'refresh-token', value: refreshToken, httpOnly: true, path: '/' });
}`,
      errors: [{ messageId: 'missingSecure', line: 4, column: 21, suggestions: [{ messageId: 'addOption', output: `import { cookies } from 'next/headers';
export async function POST() {
  const store = await cookies();
  store.set({ name: 'refresh-token', value: refreshToken, httpOnly: true, path: '/', secure: true });
}` }] }],
    },
    {
      // Next.js: a response's cookies.
      code: `import { NextResponse } from 'next/server';
export async function POST(request) {
  const response = NextResponse.json({ ok: true });
  response.cookies.set('token', token, { secure: true });
  return response;
}`,
      errors: [{ messageId: 'missingHttpOnly', line: 4, column: 24, suggestions: [{ messageId: 'addOption', output: `import { NextResponse } from 'next/server';
export async function POST(request) {
  const response = NextResponse.json({ ok: true });
  response.cookies.set('token', token, { secure: true, httpOnly: true });
  return response;
}` }] }],
    },
    {
      // hapi.
      code: `server.state('session', { ttl: null, isSecure: false, isHttpOnly: true, encoding: 'base64json' });`,
      errors: [{ messageId: 'disabledSecure', data: { setting: 'isSecure: false', name: 'session' }, line: 1, column: 38, suggestions: [{ messageId: 'setOptionTrue', data: { key: 'isSecure' }, output: `server.state('session', { ttl: null, isSecure: true, isHttpOnly: true, encoding: 'base64json' });` }] }],
    },
    {
      // Other session libraries: iron-session, Remix.
      code: `const session = await getIronSession(req, res, { password: process.env.SESSION_PASSWORD, cookieName: 'app_session', cookieOptions: { secure: false } });
export const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets: [SECRET], httpOnly: false } });`,
      errors: [
        {
          messageId: 'disabledSecure',
          data: { setting: 'secure: false', name: 'app_session' },
          line: 1,
          column: 134,
          suggestions: [{ messageId: 'setOptionTrue', output: `const session = await getIronSession(req, res, { password: process.env.SESSION_PASSWORD, cookieName: 'app_session', cookieOptions: { secure: true } });
export const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets: [SECRET], httpOnly: false } });` }],
        },
        {
          messageId: 'disabledHttpOnly',
          data: { setting: 'httpOnly: false', name: '__session' },
          line: 2,
          column: 101,
          suggestions: [{ messageId: 'setOptionTrue', output: `const session = await getIronSession(req, res, { password: process.env.SESSION_PASSWORD, cookieName: 'app_session', cookieOptions: { secure: false } });
export const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets: [SECRET], httpOnly: true } });` }],
        },
      ],
    },
    {
      // Development guards reported when the option is off.
      code: `if (process.env.NODE_ENV === 'development') { res.cookie('token', token, { secure: false, httpOnly: true }); }`,
      options: [{ ignoreDevelopmentGuards: false }],
      errors: [{ messageId: 'disabledSecure', line: 1, column: 76, suggestions: [{ messageId: 'setOptionTrue', output: `if (process.env.NODE_ENV === 'development') { res.cookie('token', token, { secure: true, httpOnly: true }); }` }] }],
    },
    {
      // A project-specific cookie name.
      code: `res.cookie('uid', userId, { httpOnly: true, signed: true });`,
      options: [{ authCookieNames: ['uid'] }],
      errors: [{ messageId: 'missingSecure', data: { name: 'uid', remedy: 'set `secure: true`' }, line: 1, column: 12, suggestions: [{ messageId: 'addOption', output: `res.cookie('uid', userId, { httpOnly: true, signed: true, secure: true });` }] }],
    },
    {
      // A `set-cookie` key in any case, and a header whose value is a list of cookie strings.
      code: `res.set({ 'SET-COOKIE': 'session=' + sessionId });
res.setHeader('Set-Cookie', ['sid=' + sid]);`,
      errors: [
        { messageId: 'missingSecure', line: 1, column: 25, suggestions: [] },
        { messageId: 'missingHttpOnly', line: 1, column: 25, suggestions: [] },
        { messageId: 'missingSecure', line: 2, column: 30, suggestions: [] },
        { messageId: 'missingHttpOnly', line: 2, column: 30, suggestions: [] },
      ],
    },
    {
      // The header's name held in a const and written in capitals only: no lower-case `cookie` in the file.
      code: 'const SET_COOKIE_HEADER = \'SET-COOKIE\';\nres.setHeader(SET_COOKIE_HEADER, `sid=${sessionId}; Path=/; HttpOnly`);',
      errors: [
        {
          messageId: 'missingSecure',
          line: 2,
          column: 34,
          suggestions: [
            {
              messageId: 'addAttribute',
              output: 'const SET_COOKIE_HEADER = \'SET-COOKIE\';\nres.setHeader(SET_COOKIE_HEADER, `sid=${sessionId}; Path=/; HttpOnly; Secure`);',
            },
          ],
        },
      ],
    },
    {
      // hapi options held in a const: the file never says `cookie`.
      code: `const SESSION_STATE = { ttl: null, isSecure: false, encoding: 'base64json' };
server.state('session', SESSION_STATE);`,
      errors: [
        {
          messageId: 'disabledSecure',
          data: { setting: 'isSecure: false', name: 'session' },
          line: 1,
          column: 36,
          suggestions: [
            {
              messageId: 'setOptionTrue',
              output: `const SESSION_STATE = { ttl: null, isSecure: true, encoding: 'base64json' };
server.state('session', SESSION_STATE);`,
            },
          ],
        },
      ],
    },
    {
      // express-session loaded through a const holding its name: the file never says `cookie`.
      code: `const SESSION_MODULE = 'express-session';
const session = require(SESSION_MODULE);
app.use(session({ secret: process.env.SESSION_SECRET }));`,
      errors: [
        {
          messageId: 'sessionCookieNotSecure',
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'addOption',
              output: `const SESSION_MODULE = 'express-session';
const session = require(SESSION_MODULE);
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));`,
            },
          ],
        },
      ],
    },
    {
      // The method's name spelled through an escape.
      code: `res.\\u0063ookie('session', token);`,
      errors: [
        { messageId: 'missingSecure', line: 1, column: 17, suggestions: [{ messageId: 'addOption', output: `res.\\u0063ookie('session', token, { secure: true });` }] },
        { messageId: 'missingHttpOnly', line: 1, column: 17, suggestions: [{ messageId: 'addOption', output: `res.\\u0063ookie('session', token, { httpOnly: true });` }] },
      ],
    },
  ],
});
