import rule from '../../src/rules/require-token-audience';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('require-token-audience', rule, {
  valid: [
    // The audience is checked.
    `const jwt = require('jsonwebtoken');
jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'api://orders', issuer: ISSUER });`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: process.env.JWT_AUDIENCE });`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: [/^api:\\/\\/orders$/, 'api://billing'] });`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: /^(?:api:\\/\\/orders|api:\\/\\/billing)$/ });`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: config.auth.audience });`,
    // Options the rule cannot see in full: never called missing.
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, options);`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { ...loadOptions(), algorithms: ['RS256'] });`,
    `import jwt from 'jsonwebtoken';
export function check(token, opts) { return jwt.verify(token, key, { ...opts, algorithms: ['RS256'] }); }`,
    `import jwt from 'jsonwebtoken';
const opts = { algorithms: ['RS256'] };
opts.audience = AUDIENCE;
jwt.verify(token, key, opts);`,
    // A token this file issues itself with the same key.
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
export const check = (token) => jwt.verify(token, process.env.JWT_SECRET);`,
    // Signing and decoding are not verification.
    `import jwt from 'jsonwebtoken';
const token = jwt.sign({ sub: user.id }, privateKey, { algorithm: 'RS256', expiresIn: '10m' });`,
    `import jwt from 'jsonwebtoken';
const unverified = jwt.decode(token, { complete: true });`,
    // jose with an audience.
    `import { jwtVerify } from 'jose';
const { payload } = await jwtVerify(token, JWKS, { issuer: ISSUER, audience: 'urn:example:api' });`,
    // Google: audience given (a client ID or a list).
    `import { OAuth2Client } from 'google-auth-library';
const client = new OAuth2Client(CLIENT_ID);
const ticket = await client.verifyIdToken({ idToken, audience: CLIENT_ID });`,
    `import { OAuth2Client } from 'google-auth-library';
const ticket = await new OAuth2Client().verifyIdToken({ idToken, audience: [WEB_CLIENT_ID, IOS_CLIENT_ID] });`,
    `import { OAuth2Client } from 'google-auth-library';
const client = new OAuth2Client(CLIENT_ID);
const ticket = await client.verifyIdToken(params);`,
    // aws-jwt-verify: audience required at create; `verify` inherits it.
    `import { CognitoJwtVerifier } from 'aws-jwt-verify';
const verifier = CognitoJwtVerifier.create({ userPoolId, tokenUse: 'access', clientId: CLIENT_ID });
const payload = await verifier.verify(token);`,
    // express-oauth2-jwt-bearer reads AUDIENCE from the environment when absent.
    `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth());`,
    `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ issuerBaseURL: process.env.ISSUER_BASE_URL, tokenSigningAlg: 'RS256' }));`,
    `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ audience: AUDIENCE, validators: { aud: (aud) => ALLOWED.includes(aud) } }));`,
    // passport-azure-ad defaults the audience to clientID.
    `const { BearerStrategy } = require('passport-azure-ad');
passport.use(new BearerStrategy({ identityMetadata, clientID }, verify));`,
    // Firebase fixes the audience to the project.
    `import { getAuth } from 'firebase-admin/auth';
const decoded = await getAuth().verifyIdToken(idToken);`,
    // Nest calls inherit the module's options; a module that signs issues its own tokens.
    {
      filename: 'x.ts',
      code: `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async check(token: string) { return this.jwtService.verifyAsync(token, { secret: SECRET }); }
}`,
    },
    {
      filename: 'x.ts',
      code: `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ global: true, secret: jwtConstants.secret, signOptions: { expiresIn: '60s' } })] })
export class AuthModule {}`,
    },
    // @fastify/jwt: a symmetric secret it signs with; decorators inherit the registration.
    `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET });
app.post('/login', async (request, reply) => ({ token: await reply.jwtSign({ sub: request.body.user }) }));
app.get('/me', async (request) => request.jwtVerify());`,
    `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: { private: PRIVATE_KEY, public: PUBLIC_KEY }, sign: { algorithm: 'RS256' } });`,
    `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: { public: PUBLIC_KEY }, verify: { allowedAud: 'api://orders' } });`,
    // fast-jwt with an anchored pattern.
    `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key: publicKey, allowedAud: /^api:\\/\\/(orders|billing)$/ });`,
    // @hapi/jwt requires `aud`; giving one is fine.
    `const Jwt = require('@hapi/jwt');
server.auth.strategy('jwt', 'jwt', { keys: PUBLIC_KEY, verify: { aud: 'urn:audience:api', iss: ISSUER, sub: false }, validate });`,
    // An audience only inside passport-jwt's jsonWebTokenOptions is no-shadowed-passport-jwt-options' finding.
    `import { Strategy as JwtStrategy } from 'passport-jwt';
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey: PUBLIC_KEY, jsonWebTokenOptions: { audience: AUDIENCE } }, verify));`,
    // jose compares strings only: a RegExp never matches, so it fails closed.
    `import { jwtVerify } from 'jose';
await jwtVerify(token, JWKS, { audience: /orders/ });`,
    // Libraries this rule does not know, and look-alikes.
    `import jwt from 'some-other-jwt';
jwt.verify(token, key);`,
    `const verify = (token, key) => token === key;
verify(token, key);`,
    `jwt.verify(token, key);`,
    `import jwt from 'jwt-simple';
const payload = jwt.decode(token, secret);`,
    `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: 'supersecret' });`,
    `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: config.auth.jwtSecret });`,
  ],
  invalid: [
    // jsonwebtoken: closed options without `audience` (CommonJS).
    {
      code: `const jwt = require('jsonwebtoken');
const payload = jwt.verify(token, publicKey, { algorithms: ['RS256'], issuer: 'https://auth.example.com/' });`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 46, endLine: 2, endColumn: 108, suggestions: [{ messageId: 'addAudience', output: `const jwt = require('jsonwebtoken');
const payload = jwt.verify(token, publicKey, { algorithms: ['RS256'], issuer: 'https://auth.example.com/', audience: '<your-api-audience>' });` }] },
      ],
    },
    // No options at all: the callee is reported; the suggestion adds an options argument.
    {
      code: `import jwt from 'jsonwebtoken';
const claims = jwt.verify(token, PUBLIC_KEY);`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 16, endLine: 2, endColumn: 26, suggestions: [{ messageId: 'addAudience', output: `import jwt from 'jsonwebtoken';
const claims = jwt.verify(token, PUBLIC_KEY, { audience: '<your-api-audience>' });` }] },
      ],
    },
    // A callback in the options slot: the options go before it.
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, getKey, (err, decoded) => done(err, decoded));`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 1, endLine: 2, endColumn: 11, suggestions: [{ messageId: 'addAudience', output: `import jwt from 'jsonwebtoken';
jwt.verify(token, getKey, { audience: '<your-api-audience>' }, (err, decoded) => done(err, decoded));` }] },
      ],
    },
    {
      code: `import { verify as verifyJwt } from 'jsonwebtoken';
export const check = (t) => verifyJwt(t, keys.public, { algorithms: ['ES256'] });`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 55, endLine: 2, endColumn: 80, suggestions: [{ messageId: 'addAudience', output: `import { verify as verifyJwt } from 'jsonwebtoken';
export const check = (t) => verifyJwt(t, keys.public, { algorithms: ['ES256'], audience: '<your-api-audience>' });` }] },
      ],
    },
    {
      code: `import * as jsonwebtoken from 'jsonwebtoken';
jsonwebtoken.verify(token, cert, { issuer: ISSUER }, callback);`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 34, endLine: 2, endColumn: 52, suggestions: [{ messageId: 'addAudience', output: `import * as jsonwebtoken from 'jsonwebtoken';
jsonwebtoken.verify(token, cert, { issuer: ISSUER, audience: '<your-api-audience>' }, callback);` }] },
      ],
    },
    // One const options object shared by two calls: each call is a finding.
    {
      code: `import jwt from 'jsonwebtoken';
const verifyOptions = { algorithms: ['RS256'], issuer: ISSUER };
export const verifyAccess = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);
export const verifyRefresh = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);`,
      errors: [
        { messageId: 'missingAudience', line: 3, column: 62, endLine: 3, endColumn: 75, suggestions: [{ messageId: 'addAudience', output: `import jwt from 'jsonwebtoken';
const verifyOptions = { algorithms: ['RS256'], issuer: ISSUER, audience: '<your-api-audience>' };
export const verifyAccess = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);
export const verifyRefresh = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);` }] },
        { messageId: 'missingAudience', line: 4, column: 63, endLine: 4, endColumn: 76, suggestions: [{ messageId: 'addAudience', output: `import jwt from 'jsonwebtoken';
const verifyOptions = { algorithms: ['RS256'], issuer: ISSUER, audience: '<your-api-audience>' };
export const verifyAccess = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);
export const verifyRefresh = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);` }] },
      ],
    },
    // Spread of a known const object stays closed.
    {
      code: `import jwt from 'jsonwebtoken';
const base = { algorithms: ['RS256'] };
jwt.verify(token, PUBLIC_KEY, { ...base, issuer: ISSUER });`,
      errors: [
        { messageId: 'missingAudience', line: 3, column: 31, endLine: 3, endColumn: 58, suggestions: [{ messageId: 'addAudience', output: `import jwt from 'jsonwebtoken';
const base = { algorithms: ['RS256'] };
jwt.verify(token, PUBLIC_KEY, { ...base, issuer: ISSUER, audience: '<your-api-audience>' });` }] },
      ],
    },
    // TypeScript: typed options, `as const`, `satisfies`.
    {
      code: `import jwt, { type VerifyOptions } from 'jsonwebtoken';
const options: VerifyOptions = { algorithms: ['RS256'], issuer: ISSUER };
export function authenticate(token: string): jwt.JwtPayload {
  return jwt.verify(token, PUBLIC_KEY, options) as jwt.JwtPayload;
}`,
      filename: 'x.ts',
      errors: [
        { messageId: 'missingAudience', line: 4, column: 40, endLine: 4, endColumn: 47, suggestions: [{ messageId: 'addAudience', output: `import jwt, { type VerifyOptions } from 'jsonwebtoken';
const options: VerifyOptions = { algorithms: ['RS256'], issuer: ISSUER, audience: '<your-api-audience>' };
export function authenticate(token: string): jwt.JwtPayload {
  return jwt.verify(token, PUBLIC_KEY, options) as jwt.JwtPayload;
}` }] },
      ],
    },
    {
      code: `import jwt = require('jsonwebtoken');
const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] } satisfies jwt.VerifyOptions);`,
      filename: 'x.ts',
      errors: [
        { messageId: 'missingAudience', line: 2, column: 46, endLine: 2, endColumn: 99, suggestions: [{ messageId: 'addAudience', output: `import jwt = require('jsonwebtoken');
const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: '<your-api-audience>' } satisfies jwt.VerifyOptions);` }] },
      ],
    },
    // Multi-line options: the new key goes on its own line.
    {
      code: `const jwt = require('jsonwebtoken');
jwt.verify(token, publicKey, {
  algorithms: ['RS256'], // IdP keys
  issuer: ISSUER,
});`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 30, endLine: 5, endColumn: 2, suggestions: [{ messageId: 'addAudience', output: `const jwt = require('jsonwebtoken');
jwt.verify(token, publicKey, {
  algorithms: ['RS256'], // IdP keys
  issuer: ISSUER,
  audience: '<your-api-audience>',
});` }] },
      ],
    },
    // An unanchored audience pattern.
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: /api\\.example\\.com/, issuer: ISSUER });`,
      errors: [
        { messageId: 'unanchoredAudience', line: 2, column: 26, endLine: 2, endColumn: 55, suggestions: [] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: [/^api:\\/\\/orders/, 'api://billing'], issuer: ISSUER });`,
      errors: [
        { messageId: 'unanchoredAudience', line: 2, column: 26, endLine: 2, endColumn: 72, suggestions: [] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const AUDIENCE = /^api:\\/\\/orders$|billing/;
jwt.verify(token, key, { audience: AUDIENCE, issuer: ISSUER });`,
      errors: [
        { messageId: 'unanchoredAudience', line: 3, column: 26, endLine: 3, endColumn: 44, suggestions: [] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: new RegExp('orders-api'), issuer: ISSUER });`,
      errors: [
        { messageId: 'unanchoredAudience', line: 2, column: 26, endLine: 2, endColumn: 60, suggestions: [] },
      ],
    },
    // `audience: null` / `undefined`: jsonwebtoken checks only a truthy audience.
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: null, issuer: ISSUER });`,
      errors: [
        { messageId: 'audienceCheckOff', line: 2, column: 26, endLine: 2, endColumn: 40, suggestions: [{ messageId: 'setAudience', output: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: '<your-api-audience>', issuer: ISSUER });` }] },
      ],
    },
    // jose: no third argument.
    {
      code: `import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL(process.env.JWKS_URL));
const { payload } = await jwtVerify(token, JWKS);`,
      errors: [
        { messageId: 'missingAudience', line: 3, column: 27, endLine: 3, endColumn: 36, suggestions: [{ messageId: 'addAudience', output: `import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL(process.env.JWKS_URL));
const { payload } = await jwtVerify(token, JWKS, { audience: '<your-api-audience>' });` }] },
      ],
    },
    {
      code: `import * as jose from 'jose';
const { payload } = await jose.jwtVerify(token, JWKS, { issuer: ISSUER, algorithms: ['RS256'] });`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 55, endLine: 2, endColumn: 96, suggestions: [{ messageId: 'addAudience', output: `import * as jose from 'jose';
const { payload } = await jose.jwtVerify(token, JWKS, { issuer: ISSUER, algorithms: ['RS256'], audience: '<your-api-audience>' });` }] },
      ],
    },
    // google-auth-library: no `audience`, so an ID token for any Google client passes.
    {
      code: `import { OAuth2Client } from 'google-auth-library';
const client = new OAuth2Client(process.env.GOOGLE_CLIENT_ID);
const ticket = await client.verifyIdToken({ idToken: req.body.credential });`,
      errors: [
        { messageId: 'missingAudience', line: 3, column: 43, endLine: 3, endColumn: 75, suggestions: [{ messageId: 'addAudience', output: `import { OAuth2Client } from 'google-auth-library';
const client = new OAuth2Client(process.env.GOOGLE_CLIENT_ID);
const ticket = await client.verifyIdToken({ idToken: req.body.credential, audience: '<your-api-audience>' });` }] },
      ],
    },
    {
      code: `const { OAuth2Client } = require('google-auth-library');
const client = new OAuth2Client();
async function verify(idToken) {
  const ticket = await client.verifyIdToken({ idToken, audience: null });
  return ticket.getPayload();
}`,
      errors: [
        { messageId: 'audienceCheckOff', line: 4, column: 56, endLine: 4, endColumn: 70, suggestions: [{ messageId: 'setAudience', output: `const { OAuth2Client } = require('google-auth-library');
const client = new OAuth2Client();
async function verify(idToken) {
  const ticket = await client.verifyIdToken({ idToken, audience: '<your-api-audience>' });
  return ticket.getPayload();
}` }] },
      ],
    },
    // aws-jwt-verify: `clientId: null` / `audience: null` skip the check.
    {
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify';
const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_abc', tokenUse: 'access', clientId: null });`,
      errors: [
        { messageId: 'audienceCheckOff', line: 2, column: 95, endLine: 2, endColumn: 109, suggestions: [{ messageId: 'setAudience', output: `import { CognitoJwtVerifier } from 'aws-jwt-verify';
const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_abc', tokenUse: 'access', clientId: '<your-api-audience>' });` }] },
      ],
    },
    {
      code: `import { JwtVerifier } from 'aws-jwt-verify';
const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: null, jwksUri });`,
      errors: [
        { messageId: 'audienceCheckOff', line: 2, column: 75, endLine: 2, endColumn: 89, suggestions: [{ messageId: 'setAudience', output: `import { JwtVerifier } from 'aws-jwt-verify';
const verifier = JwtVerifier.create({ issuer: 'https://auth.example.com', audience: '<your-api-audience>', jwksUri });` }] },
      ],
    },
    {
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify';
const verifier = CognitoJwtVerifier.create({ userPoolId, tokenUse: 'id', clientId: CLIENT_ID });
const payload = await verifier.verify(token, { clientId: null });`,
      errors: [
        { messageId: 'audienceCheckOff', line: 3, column: 48, endLine: 3, endColumn: 62, suggestions: [{ messageId: 'setAudience', output: `import { CognitoJwtVerifier } from 'aws-jwt-verify';
const verifier = CognitoJwtVerifier.create({ userPoolId, tokenUse: 'id', clientId: CLIENT_ID });
const payload = await verifier.verify(token, { clientId: '<your-api-audience>' });` }] },
      ],
    },
    // express-oauth2-jwt-bearer: `validators: { aud: false }`.
    {
      code: `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ issuerBaseURL: 'https://tenant.auth0.com/', validators: { aud: false } }));`,
      errors: [
        { messageId: 'audienceCheckOff', line: 2, column: 74, endLine: 2, endColumn: 84, suggestions: [{ messageId: 'removeAudienceSwitch', output: `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ issuerBaseURL: 'https://tenant.auth0.com/', validators: {} }));` }] },
      ],
    },
    // fast-jwt and @fastify/jwt.
    {
      code: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key: async () => publicKey, allowedIss: ISSUER });`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 36, endLine: 2, endColumn: 86, suggestions: [{ messageId: 'addAudience', output: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key: async () => publicKey, allowedIss: ISSUER, allowedAud: '<your-api-audience>' });` }] },
      ],
    },
    {
      code: `const { createVerifier } = require('fast-jwt');
const verifyToken = createVerifier({ key: publicKey, allowedAud: /orders/, allowedIss: ISSUER });`,
      errors: [
        { messageId: 'unanchoredAudience', line: 2, column: 54, endLine: 2, endColumn: 74, suggestions: [] },
      ],
    },
    {
      code: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: { public: PUBLIC_KEY }, verify: { allowedIss: ISSUER } });`,
      errors: [
        { messageId: 'missingAudience', line: 4, column: 68, endLine: 4, endColumn: 90, suggestions: [{ messageId: 'addAudience', output: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: { public: PUBLIC_KEY }, verify: { allowedIss: ISSUER, allowedAud: '<your-api-audience>' } });` }] },
      ],
    },
    {
      code: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: (request, token) => getJwksKey(token) });`,
      errors: [
        { messageId: 'missingAudience', line: 4, column: 26, endLine: 4, endColumn: 75, suggestions: [{ messageId: 'addAudience', output: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: (request, token) => getJwksKey(token), verify: { allowedAud: '<your-api-audience>' } });` }] },
      ],
    },
    // passport-jwt: top-level options.
    {
      code: `import passport from 'passport';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKeyProvider: jwksProvider,
  issuer: ISSUER,
}, (payload, done) => done(null, payload)));`,
      errors: [
        { messageId: 'missingAudience', line: 3, column: 30, endLine: 7, endColumn: 2, suggestions: [{ messageId: 'addAudience', output: `import passport from 'passport';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKeyProvider: jwksProvider,
  issuer: ISSUER,
  audience: '<your-api-audience>',
}, (payload, done) => done(null, payload)));` }] },
      ],
    },
    // express-jwt with keys from a JWKS, koa-jwt.
    {
      code: `import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';
app.use(expressjwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: JWKS_URI, cache: true }),
  algorithms: ['RS256'],
  issuer: ISSUER,
}));`,
      errors: [
        { messageId: 'missingAudience', line: 3, column: 20, endLine: 7, endColumn: 2, suggestions: [{ messageId: 'addAudience', output: `import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';
app.use(expressjwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: JWKS_URI, cache: true }),
  algorithms: ['RS256'],
  issuer: ISSUER,
  audience: '<your-api-audience>',
}));` }] },
      ],
    },
    {
      code: `const koaJwt = require('koa-jwt');
app.use(koaJwt({ secret: jwksSecret, issuer: ISSUER }).unless({ path: [/^\\/public/] }));`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 16, endLine: 2, endColumn: 54, suggestions: [{ messageId: 'addAudience', output: `const koaJwt = require('koa-jwt');
app.use(koaJwt({ secret: jwksSecret, issuer: ISSUER, audience: '<your-api-audience>' }).unless({ path: [/^\\/public/] }));` }] },
      ],
    },
    // @hapi/jwt: `aud: false`; hapi-auth-jwt2 without `verifyOptions.audience`.
    {
      code: `const Jwt = require('@hapi/jwt');
server.auth.strategy('jwt', 'jwt', { keys: PUBLIC_KEY, verify: { aud: false, iss: ISSUER, sub: false }, validate });`,
      errors: [
        { messageId: 'audienceCheckOff', line: 2, column: 66, endLine: 2, endColumn: 76, suggestions: [{ messageId: 'setAudience', output: `const Jwt = require('@hapi/jwt');
server.auth.strategy('jwt', 'jwt', { keys: PUBLIC_KEY, verify: { aud: '<your-api-audience>', iss: ISSUER, sub: false }, validate });` }] },
      ],
    },
    {
      code: `const hapiAuthJwt2 = require('hapi-auth-jwt2');
server.auth.strategy('jwt', 'jwt', { key: PUBLIC_KEY, validate, verifyOptions: { algorithms: ['RS256'] } });`,
      errors: [
        { messageId: 'missingAudience', line: 2, column: 80, endLine: 2, endColumn: 105, suggestions: [{ messageId: 'addAudience', output: `const hapiAuthJwt2 = require('hapi-auth-jwt2');
server.auth.strategy('jwt', 'jwt', { key: PUBLIC_KEY, validate, verifyOptions: { algorithms: ['RS256'], audience: '<your-api-audience>' } });` }] },
      ],
    },
    // @nestjs/jwt module that only verifies (public key, no signing options).
    {
      code: `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ publicKey: PUBLIC_KEY, verifyOptions: { algorithms: ['RS256'] } })] })
export class AuthModule {}`,
      filename: 'x.ts',
      errors: [
        { messageId: 'missingAudience', line: 3, column: 80, endLine: 3, endColumn: 105, suggestions: [{ messageId: 'addAudience', output: `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ publicKey: PUBLIC_KEY, verifyOptions: { algorithms: ['RS256'], audience: '<your-api-audience>' } })] })
export class AuthModule {}` }] },
      ],
    },
    // @fastify/jwt verifying with a public key only, in a file where another app signs.
    {
      code: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
export const partners = Fastify();
partners.register(fastifyJwt, { secret: publicKey, verify: { maxAge: 3600 } });
export const api = Fastify();
api.register(fastifyJwt, { secret: { private: privateKey, public: publicKey }, sign: { expiresIn: '15m' }, verify: { allowedAud: AUD, allowedIss: ISS } });
api.post('/login', async (request, reply) => ({ token: await reply.jwtSign({ sub: request.body.userId }) }));`,
      errors: [
        { messageId: 'missingAudience', line: 4, column: 60, endLine: 4, endColumn: 76, suggestions: [{ messageId: 'addAudience', output: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
export const partners = Fastify();
partners.register(fastifyJwt, { secret: publicKey, verify: { maxAge: 3600, allowedAud: '<your-api-audience>' } });
export const api = Fastify();
api.register(fastifyJwt, { secret: { private: privateKey, public: publicKey }, sign: { expiresIn: '15m' }, verify: { allowedAud: AUD, allowedIss: ISS } });
api.post('/login', async (request, reply) => ({ token: await reply.jwtSign({ sub: request.body.userId }) }));` }] },
      ],
    },

  ],
});
