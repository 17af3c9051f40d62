import rule from '../../src/rules/require-token-issuer';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('require-token-issuer', rule, {
  valid: [
    // The issuer is checked.
    `const jwt = require('jsonwebtoken');
jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: AUDIENCE, issuer: 'https://auth.example.com/' });`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: AUDIENCE, issuer: [ISSUER_EU, ISSUER_US] });`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { issuer: process.env.JWT_ISSUER });`,
    `import { jwtVerify } from 'jose';
const { payload } = await jwtVerify(token, JWKS, { issuer: ISSUER, audience: AUDIENCE });`,
    // Options the rule cannot see in full.
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, verifyOptions);`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { ...config.jwt, audience: AUDIENCE });`,
    // A token this file issues itself with the same key.
    `const jwt = require('jsonwebtoken');
const SECRET = process.env.SESSION_SECRET;
function issue(user) { return jwt.sign({ sub: user.id }, SECRET, { expiresIn: '1h' }); }
function check(token) { return jwt.verify(token, SECRET, { algorithms: ['HS256'] }); }`,
    // Libraries that always check the issuer or read it from elsewhere.
    `import { OAuth2Client } from 'google-auth-library';
const ticket = await new OAuth2Client(CLIENT_ID).verifyIdToken({ idToken, audience: CLIENT_ID });`,
    `import { getAuth } from 'firebase-admin/auth';
const decoded = await getAuth().verifyIdToken(idToken, true);`,
    `import { CognitoJwtVerifier } from 'aws-jwt-verify';
const verifier = CognitoJwtVerifier.create({ userPoolId: USER_POOL_ID, tokenUse: 'access', clientId: CLIENT_ID });`,
    `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ audience: AUDIENCE }));`,
    `const { BearerStrategy } = require('passport-azure-ad');
passport.use(new BearerStrategy({ identityMetadata, clientID, validateIssuer: true, issuer: ISSUERS }, verify));`,
    // Multi-tenant Entra setups belong to require-tenant-restriction.
    `const { BearerStrategy } = require('passport-azure-ad');
passport.use(new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  clientID,
  validateIssuer: false,
}, verify));`,
    `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/organizations/discovery/v2.0/keys' });
jwt.verify(token, getKey, { audience: AUDIENCE }, callback);`,
    `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ audience: AUDIENCE, issuerBaseURL: 'https://login.microsoftonline.com/common/v2.0', validators: { iss: false } }));`,
    // Anchored patterns where the library tests them; a tenant pinned in an Entra pattern.
    `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key, allowedAud: AUDIENCE, allowedIss: /^https:\\/\\/auth\\.example\\.com\\/$/ });`,
    `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key, allowedAud: AUDIENCE, allowedIss: ['https://a.example.com/', /^https:\\/\\/b\\.example\\.com\\/$/] });`,
    `const Jwt = require('@hapi/jwt');
server.auth.strategy('jwt', 'jwt', { keys: PUBLIC_KEY, verify: { aud: AUDIENCE, iss: /^https:\\/\\/login\\.microsoftonline\\.com\\/(?:contoso-id|fabrikam-id)\\/v2\\.0$/, sub: false }, validate });`,
    // @fastify/jwt and Nest decorators or services inherit the registration; registrations that sign issue their own tokens.
    `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET });
app.get('/me', async (request) => request.jwtVerify());
app.post('/login', async (request, reply) => reply.send({ token: app.jwt.sign({ sub: 1 }) }));`,
    {
      filename: 'x.ts',
      code: `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}
  verify(token: string) { return this.jwt.verify(token); }
}`,
    },
    {
      filename: 'x.ts',
      code: `import { JwtModule } from '@nestjs/jwt';
export const jwtModule = JwtModule.registerAsync({ useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), signOptions: { expiresIn: '1h' } }), inject: [ConfigService] });`,
    },
    // An issuer only inside passport-jwt's jsonWebTokenOptions is no-shadowed-passport-jwt-options' finding.
    `import { Strategy as JwtStrategy } from 'passport-jwt';
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey: PUBLIC_KEY, audience: AUDIENCE, jsonWebTokenOptions: { issuer: ISSUER } }, verify));`,
    // jsonwebtoken compares an array element by equality: a RegExp in an array fails closed.
    `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: AUDIENCE, issuer: [/auth\\.example\\.com/] });`,
    // jose compares strings: a RegExp never matches.
    `import { jwtVerify } from 'jose';
await jwtVerify(token, JWKS, { audience: AUDIENCE, issuer: /example/ });`,
    // Signing, decoding, unknown libraries.
    `import jwt from 'jsonwebtoken';
const token = jwt.sign(claims, privateKey, { algorithm: 'RS256', issuer: ISSUER });`,
    `import jwt from 'jsonwebtoken';
const { payload } = jwt.decode(token, { complete: true });`,
    `import jwt from 'my-jwt-wrapper';
jwt.verify(token, key);`,
    `const verifier = { verify: (t) => t }; verifier.verify(token);`,
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
    // jsonwebtoken: closed options without `issuer`.
    {
      code: `const jwt = require('jsonwebtoken');
const payload = jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'api://orders' });`,
      errors: [
        { messageId: 'missingIssuer', line: 2, column: 46, endLine: 2, endColumn: 97, suggestions: [{ messageId: 'addIssuer', output: `const jwt = require('jsonwebtoken');
const payload = jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'api://orders', issuer: '<https://your-issuer/>' });` }] },
      ],
    },
    // No options: the callee is reported.
    {
      code: `import jwt from 'jsonwebtoken';
const claims = jwt.verify(token, PUBLIC_KEY);`,
      errors: [
        { messageId: 'missingIssuer', line: 2, column: 16, endLine: 2, endColumn: 26, suggestions: [{ messageId: 'addIssuer', output: `import jwt from 'jsonwebtoken';
const claims = jwt.verify(token, PUBLIC_KEY, { issuer: '<https://your-issuer/>' });` }] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, getKey, { audience: AUDIENCE }, (err, decoded) => done(err, decoded));`,
      errors: [
        { messageId: 'missingIssuer', line: 2, column: 27, endLine: 2, endColumn: 49, suggestions: [{ messageId: 'addIssuer', output: `import jwt from 'jsonwebtoken';
jwt.verify(token, getKey, { audience: AUDIENCE, issuer: '<https://your-issuer/>' }, (err, decoded) => done(err, decoded));` }] },
      ],
    },
    {
      code: `import { verify } from 'jsonwebtoken';
verify(token, getKey, (err, decoded) => next(err));`,
      errors: [
        { messageId: 'missingIssuer', line: 2, column: 1, endLine: 2, endColumn: 7, suggestions: [{ messageId: 'addIssuer', output: `import { verify } from 'jsonwebtoken';
verify(token, getKey, { issuer: '<https://your-issuer/>' }, (err, decoded) => next(err));` }] },
      ],
    },
    // One const options object, two calls.
    {
      code: `import jwt from 'jsonwebtoken';
const verifyOptions = { algorithms: ['RS256'], audience: AUDIENCE };
export const verifyAccess = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);
export const verifyId = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);`,
      errors: [
        { messageId: 'missingIssuer', line: 3, column: 62, endLine: 3, endColumn: 75, suggestions: [{ messageId: 'addIssuer', output: `import jwt from 'jsonwebtoken';
const verifyOptions = { algorithms: ['RS256'], audience: AUDIENCE, issuer: '<https://your-issuer/>' };
export const verifyAccess = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);
export const verifyId = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);` }] },
        { messageId: 'missingIssuer', line: 4, column: 58, endLine: 4, endColumn: 71, suggestions: [{ messageId: 'addIssuer', output: `import jwt from 'jsonwebtoken';
const verifyOptions = { algorithms: ['RS256'], audience: AUDIENCE, issuer: '<https://your-issuer/>' };
export const verifyAccess = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);
export const verifyId = (t) => jwt.verify(t, PUBLIC_KEY, verifyOptions);` }] },
      ],
    },
    {
      code: `import * as jwt from 'jsonwebtoken';
export function authenticate(token: string): jwt.JwtPayload {
  return jwt.verify(token, PUBLIC_KEY, { audience: AUDIENCE } as jwt.VerifyOptions) as jwt.JwtPayload;
}`,
      filename: 'x.ts',
      errors: [
        { messageId: 'missingIssuer', line: 3, column: 40, endLine: 3, endColumn: 83, suggestions: [{ messageId: 'addIssuer', output: `import * as jwt from 'jsonwebtoken';
export function authenticate(token: string): jwt.JwtPayload {
  return jwt.verify(token, PUBLIC_KEY, { audience: AUDIENCE, issuer: '<https://your-issuer/>' } as jwt.VerifyOptions) as jwt.JwtPayload;
}` }] },
      ],
    },
    // A single-tenant Entra key set still needs the issuer: Entra signs every tenant with the same keys.
    {
      code: `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: \`https://login.microsoftonline.com/\${TENANT_ID}/discovery/v2.0/keys\` });
jwt.verify(token, getKey, { audience: AUDIENCE }, callback);`,
      errors: [
        { messageId: 'missingIssuer', line: 4, column: 27, endLine: 4, endColumn: 49, suggestions: [{ messageId: 'addIssuer', output: `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: \`https://login.microsoftonline.com/\${TENANT_ID}/discovery/v2.0/keys\` });
jwt.verify(token, getKey, { audience: AUDIENCE, issuer: '<https://your-issuer/>' }, callback);` }] },
      ],
    },
    // jsonwebtoken skips an issuer given as a RegExp or a function.
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: AUDIENCE, issuer: /^https:\\/\\/auth\\.example\\.com\\/$/ });`,
      errors: [
        { messageId: 'issuerPatternIgnored', line: 2, column: 46, endLine: 2, endColumn: 88, suggestions: [] },
      ],
    },
    {
      code: `const { expressjwt } = require('express-jwt');
app.use(expressjwt({ secret: jwks, algorithms: ['RS256'], audience: AUDIENCE, issuer: (iss) => TRUSTED.has(iss) }));`,
      errors: [
        { messageId: 'issuerPatternIgnored', line: 2, column: 79, endLine: 2, endColumn: 112, suggestions: [] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: AUDIENCE, issuer: null });`,
      errors: [
        { messageId: 'issuerCheckOff', line: 2, column: 46, endLine: 2, endColumn: 58, suggestions: [{ messageId: 'setIssuer', output: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: AUDIENCE, issuer: '<https://your-issuer/>' });` }] },
      ],
    },
    // jose.
    {
      code: `import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL(JWKS_URL));
const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });`,
      errors: [
        { messageId: 'missingIssuer', line: 3, column: 50, endLine: 3, endColumn: 72, suggestions: [{ messageId: 'addIssuer', output: `import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL(JWKS_URL));
const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE, issuer: '<https://your-issuer/>' });` }] },
      ],
    },
    {
      code: `import * as jose from 'jose';
const { payload } = await jose.jwtVerify(token, JWKS);`,
      errors: [
        { messageId: 'missingIssuer', line: 2, column: 27, endLine: 2, endColumn: 41, suggestions: [{ messageId: 'addIssuer', output: `import * as jose from 'jose';
const { payload } = await jose.jwtVerify(token, JWKS, { issuer: '<https://your-issuer/>' });` }] },
      ],
    },
    // aws-jwt-verify `issuer: null`.
    {
      code: `import { JwtVerifier } from 'aws-jwt-verify';
const verifier = JwtVerifier.create({ issuer: null, audience: AUDIENCE, jwksUri: JWKS_URI });`,
      errors: [
        { messageId: 'issuerCheckOff', line: 2, column: 39, endLine: 2, endColumn: 51, suggestions: [{ messageId: 'setIssuer', output: `import { JwtVerifier } from 'aws-jwt-verify';
const verifier = JwtVerifier.create({ issuer: '<https://your-issuer/>', audience: AUDIENCE, jwksUri: JWKS_URI });` }] },
      ],
    },
    // express-oauth2-jwt-bearer `validators: { iss: false }`.
    {
      code: `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ audience: AUDIENCE, issuerBaseURL: 'https://tenant.eu.auth0.com/', validators: { iss: false } }));`,
      errors: [
        { messageId: 'issuerCheckOff', line: 2, column: 97, endLine: 2, endColumn: 107, suggestions: [{ messageId: 'removeIssuerSwitch', output: `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ audience: AUDIENCE, issuerBaseURL: 'https://tenant.eu.auth0.com/', validators: {} }));` }] },
      ],
    },
    // passport-azure-ad `validateIssuer: false` with a single-tenant or unknown metadata URL.
    {
      code: `const { BearerStrategy } = require('passport-azure-ad');
passport.use(new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  validateIssuer: false,
}, (token, done) => done(null, token)));`,
      errors: [
        { messageId: 'issuerCheckOff', line: 5, column: 3, endLine: 5, endColumn: 24, suggestions: [{ messageId: 'removeIssuerSwitch', output: `const { BearerStrategy } = require('passport-azure-ad');
passport.use(new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
}, (token, done) => done(null, token)));` }] },
      ],
    },
    {
      code: `import { OIDCStrategy } from 'passport-azure-ad';
passport.use(new OIDCStrategy({ identityMetadata: config.metadataUrl, clientID, responseType: 'code', validateIssuer: false }, verify));`,
      errors: [
        { messageId: 'issuerCheckOff', line: 2, column: 103, endLine: 2, endColumn: 124, suggestions: [{ messageId: 'removeIssuerSwitch', output: `import { OIDCStrategy } from 'passport-azure-ad';
passport.use(new OIDCStrategy({ identityMetadata: config.metadataUrl, clientID, responseType: 'code' }, verify));` }] },
      ],
    },
    // fast-jwt / @fastify/jwt / @hapi/jwt test RegExps: any-tenant and unanchored patterns.
    {
      code: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key, allowedAud: AUDIENCE, allowedIss: /^https:\\/\\/login\\.microsoftonline\\.com\\/[^/]+\\/v2\\.0$/ });`,
      errors: [
        { messageId: 'anyTenantIssuer', line: 2, column: 65, endLine: 2, endColumn: 132, suggestions: [] },
      ],
    },
    {
      code: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key, allowedAud: AUDIENCE, allowedIss: [/auth\\.example\\.com/] });`,
      errors: [
        { messageId: 'unanchoredIssuer', line: 2, column: 65, endLine: 2, endColumn: 99, suggestions: [] },
      ],
    },
    {
      code: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key: async () => publicKey, allowedAud: AUDIENCE });`,
      errors: [
        { messageId: 'missingIssuer', line: 2, column: 36, endLine: 2, endColumn: 88, suggestions: [{ messageId: 'addIssuer', output: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key: async () => publicKey, allowedAud: AUDIENCE, allowedIss: '<https://your-issuer/>' });` }] },
      ],
    },
    {
      code: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: { public: PUBLIC_KEY }, verify: { allowedAud: AUDIENCE } });`,
      errors: [
        { messageId: 'missingIssuer', line: 4, column: 68, endLine: 4, endColumn: 92, suggestions: [{ messageId: 'addIssuer', output: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: { public: PUBLIC_KEY }, verify: { allowedAud: AUDIENCE, allowedIss: '<https://your-issuer/>' } });` }] },
      ],
    },
    {
      code: `const Jwt = require('@hapi/jwt');
server.auth.strategy('jwt', 'jwt', { keys: PUBLIC_KEY, verify: { aud: AUDIENCE, iss: false, sub: false }, validate });`,
      errors: [
        { messageId: 'issuerCheckOff', line: 2, column: 81, endLine: 2, endColumn: 91, suggestions: [{ messageId: 'setIssuer', output: `const Jwt = require('@hapi/jwt');
server.auth.strategy('jwt', 'jwt', { keys: PUBLIC_KEY, verify: { aud: AUDIENCE, iss: '<https://your-issuer/>', sub: false }, validate });` }] },
      ],
    },
    {
      code: `const Jwt = require('@hapi/jwt');
server.auth.strategy('jwt', 'jwt', { keys: PUBLIC_KEY, verify: { aud: AUDIENCE, iss: new RegExp('sts\\\\.windows\\\\.net'), sub: false }, validate });`,
      errors: [
        { messageId: 'anyTenantIssuer', line: 2, column: 81, endLine: 2, endColumn: 119, suggestions: [] },
      ],
    },
    // passport-jwt, koa-jwt, hapi-auth-jwt2, Nest module.
    {
      code: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKeyProvider: jwksProvider,
  audience: AUDIENCE,
}, verify));`,
      errors: [
        { messageId: 'missingIssuer', line: 2, column: 30, endLine: 6, endColumn: 2, suggestions: [{ messageId: 'addIssuer', output: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKeyProvider: jwksProvider,
  audience: AUDIENCE,
  issuer: '<https://your-issuer/>',
}, verify));` }] },
      ],
    },
    {
      code: `const koaJwt = require('koa-jwt');
app.use(koaJwt({ secret: jwksSecret, audience: AUDIENCE }));`,
      errors: [
        { messageId: 'missingIssuer', line: 2, column: 16, endLine: 2, endColumn: 58, suggestions: [{ messageId: 'addIssuer', output: `const koaJwt = require('koa-jwt');
app.use(koaJwt({ secret: jwksSecret, audience: AUDIENCE, issuer: '<https://your-issuer/>' }));` }] },
      ],
    },
    {
      code: `const hapiAuthJwt2 = require('hapi-auth-jwt2');
server.auth.strategy('jwt', 'jwt', { key: PUBLIC_KEY, validate, verifyOptions: { algorithms: ['RS256'], audience: AUDIENCE } });`,
      errors: [
        { messageId: 'missingIssuer', line: 2, column: 80, endLine: 2, endColumn: 125, suggestions: [{ messageId: 'addIssuer', output: `const hapiAuthJwt2 = require('hapi-auth-jwt2');
server.auth.strategy('jwt', 'jwt', { key: PUBLIC_KEY, validate, verifyOptions: { algorithms: ['RS256'], audience: AUDIENCE, issuer: '<https://your-issuer/>' } });` }] },
      ],
    },
    {
      code: `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ publicKey: PUBLIC_KEY, verifyOptions: { audience: AUDIENCE } })] })
export class AuthModule {}`,
      filename: 'x.ts',
      errors: [
        { messageId: 'missingIssuer', line: 3, column: 80, endLine: 3, endColumn: 102, suggestions: [{ messageId: 'addIssuer', output: `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ publicKey: PUBLIC_KEY, verifyOptions: { audience: AUDIENCE, issuer: '<https://your-issuer/>' } })] })
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
        { messageId: 'missingIssuer', line: 4, column: 60, endLine: 4, endColumn: 76, suggestions: [{ messageId: 'addIssuer', output: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
export const partners = Fastify();
partners.register(fastifyJwt, { secret: publicKey, verify: { maxAge: 3600, allowedIss: '<https://your-issuer/>' } });
export const api = Fastify();
api.register(fastifyJwt, { secret: { private: privateKey, public: publicKey }, sign: { expiresIn: '15m' }, verify: { allowedAud: AUD, allowedIss: ISS } });
api.post('/login', async (request, reply) => ({ token: await reply.jwtSign({ sub: request.body.userId }) }));` }] },
      ],
    },

  ],
});
