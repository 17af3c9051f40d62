import rule from '../../src/rules/no-unsigned-jwt';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-unsigned-jwt', rule, {
  valid: [
    // Real algorithms and real keys.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });`,
    `const jwt = require('jsonwebtoken'); jwt.verify(token, publicKey, { algorithms: ['RS256', 'ES256'], audience: 'api' });`,
    `import { sign } from 'jsonwebtoken'; sign({ sub: user.id }, secret, { algorithm: 'HS256', expiresIn: '15m' });`,
    // Keys and algorithms known only at run time count as present.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, process.env.JWT_SECRET || '', { algorithms: config.jwt.algorithms });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, config.get('jwt.secret'));`,
    `import jwt from 'jsonwebtoken'; import { SECRET } from './config'; jwt.verify(token, SECRET);`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, getKey, { algorithms: ['RS256'] }, (err, payload) => done(err, payload));`,
    `import jwt from 'jsonwebtoken'; jwt.sign(payload, key, { algorithm: process.env.JWT_ALG });`,
    `import jwt from 'jsonwebtoken'; let secret = ''; secret = loadSecret(); jwt.verify(token, secret);`,
    // 'none' outside a token library, or in a property no library reads as an algorithm.
    `const opts = { algorithms: ['none'] }; compress(data, opts);`,
    `import jwt from 'jsonwebtoken'; const decoded = jwt.decode(token, { complete: true }); if (decoded.header.alg === 'none') throw new Error('unsigned');`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, key, { algorithms: ['HS256'], audience: 'none' });`,
    `import jwt from 'jsonwebtoken'; jwt.sign(payload, key, { subject: 'none' });`,
    `const REJECTED = ['none']; if (REJECTED.includes(header.alg)) throw new Error('alg');`,
    // passport-jwt ignores `algorithms` inside jsonWebTokenOptions (no-shadowed-passport-jwt-options reports that).
    `import { Strategy } from 'passport-jwt';
     new Strategy({ secretOrKey: key, algorithms: ['RS256'], jsonWebTokenOptions: { algorithms: ['none'] } }, verify);`,
    // jwt-simple: a real key, noVerify off, and peeking at a claim before verifying in the same function.
    `import jwt from 'jwt-simple'; jwt.decode(token, secret);`,
    `const jwt = require('jwt-simple'); jwt.decode(token, secret, false, 'HS256');`,
    `const jwt = require('jwt-simple');
     function authenticate(token) {
       const { iss } = jwt.decode(token, null, true);
       return jwt.decode(token, keys[iss]);
     }`,
    // jwt-simple throws on a null key, so it breaks rather than opens the service.
    `import jwt from 'jwt-simple'; jwt.decode(token, null);`,
    // A falsy key on a signer or a library that throws on it at start-up is not an unsigned-token hole.
    `import jwt from 'jsonwebtoken'; jwt.sign(payload, '', { algorithm: 'HS256' });`,
    `import { expressjwt } from 'express-jwt'; app.use(expressjwt({ secret: process.env.SECRET, algorithms: ['HS256'] }));`,
    // jose: signed tokens; UnsecuredJWT outside server code or in tests.
    `import { jwtVerify, SignJWT } from 'jose';
     const { payload } = await jwtVerify(token, key, { algorithms: ['ES256'], issuer, audience });`,
    `import { UnsecuredJWT } from 'jose'; export const debugToken = new UnsecuredJWT({ demo: true }).encode();`,
    {
      code: `import express from 'express'; import { UnsecuredJWT } from 'jose';
             const forged = new UnsecuredJWT({ sub: 'admin' }).encode();`,
      filename: 'src/__tests__/auth.test.ts',
    },
    `import request from 'supertest'; import { UnsecuredJWT } from 'jose'; import { app } from '../src/app';
     it('rejects unsigned tokens', async () => {
       const token = new UnsecuredJWT({ sub: 'admin' }).encode();
       await request(app).get('/me').set('Authorization', \`Bearer \${token}\`).expect(401);
     });`,
    {
      code: `import { describe, it } from 'vitest'; import { UnsecuredJWT } from 'jose'; import { jwtVerify } from 'jose';
             it('refuses alg none', async () => { await expect(jwtVerify(new UnsecuredJWT({}).encode(), key)).rejects.toThrow(); });`,
      filename: 'auth.ts',
    },
    // Tests that forge an unsigned token to check the server refuses it.
    {
      code: `import jwt from 'jsonwebtoken';
             const forged = jwt.sign({ sub: 'admin' }, '', { algorithm: 'none' });`,
      filename: 'test/auth.spec.js',
    },
    `const request = require('supertest'); const jwt = require('jsonwebtoken');
     test('rejects alg none', () => request(app).get('/me').auth(jwt.sign({ sub: 'admin' }, null, { algorithm: 'none' }), { type: 'bearer' }).expect(401));`,
    // A local class of the same name.
    `import express from 'express'; class UnsecuredJWT {} new UnsecuredJWT();`,
    // fast-jwt, @fastify/jwt, Nest with real algorithms.
    `import { createVerifier } from 'fast-jwt'; const verify = createVerifier({ key: async () => publicKey, algorithms: ['RS256'] });`,
    `import fastifyJwt from '@fastify/jwt'; fastify.register(fastifyJwt, { secret: process.env.SECRET, sign: { algorithm: 'HS256' }, verify: { algorithms: ['HS256'] } });`,
    `import { JwtModule } from '@nestjs/jwt';
     JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS512' }, verifyOptions: { algorithms: ['HS512'] } });`,
    // Legacy jose: a real key.
    `const { JWT, JWK } = require('jose'); JWT.verify(token, JWK.asKey(pem));`,
    `const { JWK } = require('jose'); const keys = [JWK.None, signingKey];`,
    {
      code: `import jwt from 'jsonwebtoken';
             const ALGORITHMS: jwt.Algorithm[] = ['RS256'];
             export function verifyAccessToken(token: string): jwt.JwtPayload {
               return jwt.verify(token, publicKey, { algorithms: ALGORITHMS }) as jwt.JwtPayload;
             }`,
      filename: 'x.ts',
    },
  ],
  invalid: [
    // ---- 'none' in an allow-list ----------------------------------------------------------------------------------
    {
      code: `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { algorithms: ['HS256', 'none'] });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 61, endColumn: 90, data: { option: "algorithms: ['HS256', 'none']" } }],
      output: `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { algorithms: ['HS256'] });`,
    },
    {
      code: `const jwt = require('jsonwebtoken'); jwt.verify(token, key, { algorithms: ['none', 'RS256'] }, callback);`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 63 }],
      output: `const jwt = require('jsonwebtoken'); jwt.verify(token, key, { algorithms: ['RS256'] }, callback);`,
    },
    {
      // The only entry: removing it would leave an empty list, so no fix.
      code: `import jwt from 'jsonwebtoken'; jwt.verify(token, null, { algorithms: ['none'] });`,
      errors: [
        { messageId: 'falsyVerificationKey', line: 1, column: 51, data: { value: 'null' } },
        { messageId: 'noneAlgorithmAllowed', line: 1, column: 59 },
      ],
      output: null,
    },
    {
      // Case variants.
      code: `import { verify } from 'jsonwebtoken'; verify(token, secret, { algorithms: ['HS256', 'None'] });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 64 }],
      output: `import { verify } from 'jsonwebtoken'; verify(token, secret, { algorithms: ['HS256'] });`,
    },
    {
      code: `import * as jwt from 'jsonwebtoken'; jwt.verify(token, secret, { algorithms: ['NONE', 'HS256', 'HS512'] });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 66 }],
      output: `import * as jwt from 'jsonwebtoken'; jwt.verify(token, secret, { algorithms: ['HS256', 'HS512'] });`,
    },
    {
      // Two 'none' entries: reported once, no fix (the edits would touch).
      code: `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { algorithms: ['none', 'None', 'HS256'] });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 61 }],
      output: null,
    },
    {
      // Options in a const, list in a const: reported at the call's option, fixed in the list.
      code: `import jwt from 'jsonwebtoken';
const ALGORITHMS = ['RS256', /* legacy clients */ 'none'];
const verifyOptions = { algorithms: ALGORITHMS, issuer: 'https://id.example.com' };
export const check = (token) => jwt.verify(token, publicKey, verifyOptions);`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 3, column: 25, data: { option: 'algorithms: ALGORITHMS' } }],
      output: `import jwt from 'jsonwebtoken';
const ALGORITHMS = ['RS256' /* legacy clients */ ];
const verifyOptions = { algorithms: ALGORITHMS, issuer: 'https://id.example.com' };
export const check = (token) => jwt.verify(token, publicKey, verifyOptions);`,
    },
    {
      // Spread options and a constant element.
      code: `import jwt from 'jsonwebtoken';
const NONE = 'none';
const base = { algorithms: ['HS256', NONE] };
jwt.verify(token, secret, { ...base, audience: 'api' });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 3, column: 16 }],
      output: `import jwt from 'jsonwebtoken';
const NONE = 'none';
const base = { algorithms: ['HS256'] };
jwt.verify(token, secret, { ...base, audience: 'api' });`,
    },
    {
      // Multi-line list with a trailing comma and a comment.
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, {
  algorithms: [
    'HS256',
    'none', // TODO remove
  ],
});`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 3, column: 3 }],
      output: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, {
  algorithms: [
    'HS256',
    // TODO remove
  ],
});`,
    },
    {
      // A spread of a const list that holds only 'none': removing it would empty that list, so no fix.
      code: `import jwt from 'jsonwebtoken'; const UNSIGNED = ['none']; jwt.verify(token, secret, { algorithms: [...UNSIGNED, 'HS256'] });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 88 }],
      output: null,
    },
    {
      code: `import jwt from 'jsonwebtoken'; const ALGS = ['HS256', 'none']; jwt.verify(token, secret, { algorithms: [...ALGS] });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 93 }],
      output: `import jwt from 'jsonwebtoken'; const ALGS = ['HS256']; jwt.verify(token, secret, { algorithms: [...ALGS] });`,
    },
    {
      // An `as` list in TypeScript.
      code: `import jwt, { type Algorithm } from 'jsonwebtoken';
export function verifySession(token: string): string | jwt.JwtPayload {
  return jwt.verify(token, secret, { algorithms: ['HS256', 'none'] as Algorithm[] });
}`,
      filename: 'x.ts',
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 3, column: 38 }],
      output: `import jwt, { type Algorithm } from 'jsonwebtoken';
export function verifySession(token: string): string | jwt.JwtPayload {
  return jwt.verify(token, secret, { algorithms: ['HS256'] as Algorithm[] });
}`,
    },
    {
      // express-jwt 8 and legacy express-jwt.
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256', 'none'] }));`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 2, column: 54 }],
      output: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
    },
    {
      code: `const jwtMiddleware = require('express-jwt'); app.use(jwtMiddleware({ secret: jwksSecret, algorithms: ['none'] }));`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 91 }],
      output: null,
    },
    {
      code: `import koaJwt from 'koa-jwt'; app.use(koaJwt({ secret: process.env.SECRET, algorithms: ['none', 'HS256'] }));`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 76 }],
      output: `import koaJwt from 'koa-jwt'; app.use(koaJwt({ secret: process.env.SECRET, algorithms: ['HS256'] }));`,
    },
    {
      code: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: secret, algorithms: ['HS256', 'none'] }, verifyUser));`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 2, column: 111 }],
      output: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: secret, algorithms: ['HS256'] }, verifyUser));`,
    },
    {
      code: `const { createVerifier } = require('fast-jwt'); const verifyToken = createVerifier({ algorithms: ['none'] });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 86 }],
      output: null,
    },
    {
      code: `import fastifyJwt from '@fastify/jwt';
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET, verify: { algorithms: ['HS256', 'none'] } });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 2, column: 76 }],
      output: `import fastifyJwt from '@fastify/jwt';
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET, verify: { algorithms: ['HS256'] } });`,
    },
    {
      code: `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, verifyOptions: { algorithms: ['HS256', 'none'] } })] })
export class AuthModule {}`,
      filename: 'x.ts',
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 3, column: 91 }],
      output: `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } })] })
export class AuthModule {}`,
    },
    {
      // hapi-auth-jwt2 hands verifyOptions to jsonwebtoken.
      code: `const hapiAuthJwt2 = require('hapi-auth-jwt2');
server.auth.strategy('jwt', 'jwt', { key: process.env.SECRET, validate, verifyOptions: { algorithms: ['none', 'HS256'] } });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 2, column: 90 }],
      output: `const hapiAuthJwt2 = require('hapi-auth-jwt2');
server.auth.strategy('jwt', 'jwt', { key: process.env.SECRET, validate, verifyOptions: { algorithms: ['HS256'] } });`,
    },
    {
      // A value evaluated statically but not written as a list: reported, not fixed.
      code: `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { algorithms: ['HS256'].concat('none') });`,
      errors: [{ messageId: 'noneAlgorithmAllowed', line: 1, column: 61 }],
      output: null,
    },
    // ---- signing with 'none' -------------------------------------------------------------------------------------
    {
      code: `import jwt from 'jsonwebtoken'; const token = jwt.sign({ sub: user.id }, '', { algorithm: 'none' });`,
      errors: [{ messageId: 'noneSigningAlgorithm', line: 1, column: 80, endColumn: 97, data: { option: "algorithm: 'none'" } }],
      output: null,
    },
    {
      code: `const { sign } = require('jsonwebtoken'); const signOptions = { algorithm: 'None', expiresIn: '1h' }; sign(claims, null, signOptions);`,
      errors: [{ messageId: 'noneSigningAlgorithm', line: 1, column: 65 }],
      output: null,
    },
    {
      code: `import { createSigner } from 'fast-jwt'; const signer = createSigner({ algorithm: 'none', expiresIn: 60_000 });`,
      errors: [{ messageId: 'noneSigningAlgorithm', line: 1, column: 72 }],
      output: null,
    },
    {
      code: `import fastifyJwt from '@fastify/jwt'; fastify.register(fastifyJwt, { secret: key, sign: { algorithm: 'none' } });`,
      errors: [{ messageId: 'noneSigningAlgorithm', line: 1, column: 92 }],
      output: null,
    },
    {
      code: `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, { secret: key });
fastify.get('/token', async (request, reply) => reply.jwtSign({ sub: 'svc' }, { algorithm: 'none' }));`,
      errors: [{ messageId: 'noneSigningAlgorithm', line: 3, column: 81 }],
      output: null,
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const jwtModule = JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'none', expiresIn: '1h' } });`,
      filename: 'x.ts',
      errors: [{ messageId: 'noneSigningAlgorithm', line: 2, column: 94 }],
      output: null,
    },
    {
      code: `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}
  issue(userId: string): string {
    return this.jwt.sign({ sub: userId }, { algorithm: 'none' });
  }
}`,
      filename: 'x.ts',
      errors: [{ messageId: 'noneSigningAlgorithm', line: 7, column: 45 }],
      output: null,
    },
    {
      code: `const jwt = require('jwt-simple'); const token = jwt.encode(payload, secret, 'none');`,
      errors: [{ messageId: 'noneSigningAlgorithm', line: 1, column: 78, data: { option: "'none'" } }],
      output: null,
    },
    // ---- falsy verification keys ---------------------------------------------------------------------------------
    {
      code: `import jwt from 'jsonwebtoken'; const payload = jwt.verify(token, '');`,
      errors: [{ messageId: 'falsyVerificationKey', line: 1, column: 67, endColumn: 69, data: { value: "''" } }],
      output: null,
    },
    {
      code: `const jwt = require('jsonwebtoken'); jwt.verify(req.headers.authorization, undefined, (err, user) => next(err));`,
      errors: [{ messageId: 'falsyVerificationKey', line: 1, column: 76, data: { value: 'undefined' } }],
      output: null,
    },
    {
      code: `import { verify } from 'jsonwebtoken'; verify(token, false);`,
      errors: [{ messageId: 'falsyVerificationKey', line: 1, column: 54, data: { value: 'false' } }],
      output: null,
    },
    {
      code: `import jwt from 'jsonwebtoken'; const JWT_SECRET = ''; export const auth = (token) => jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });`,
      errors: [{ messageId: 'falsyVerificationKey', line: 1, column: 105, data: { value: "''" } }],
      output: null,
    },
    {
      code: `import jwt from 'jsonwebtoken';
export function readUser(token: string): jwt.JwtPayload | string {
  const key: string | null = null;
  return jwt.verify(token, key as string);
}`,
      filename: 'x.ts',
      errors: [{ messageId: 'falsyVerificationKey', line: 4, column: 28, data: { value: 'null' } }],
      output: null,
    },
    {
      code: `const jwtLib = require('jsonwebtoken'); const { verify: check } = jwtLib; check(token, void 0);`,
      errors: [{ messageId: 'falsyVerificationKey', line: 1, column: 88, data: { value: 'undefined' } }],
      output: null,
    },
    {
      code: `import jwt from 'jwt-simple'; const user = jwt.decode(req.query.token, '');`,
      errors: [{ messageId: 'emptyHmacSecret', line: 1, column: 72 }],
      output: null,
    },
    // ---- jwt-simple noVerify -------------------------------------------------------------------------------------
    {
      code: `const jwt = require('jwt-simple'); app.use((req, res, next) => { req.user = jwt.decode(req.headers['x-token'], secret, true); next(); });`,
      errors: [{
        messageId: 'verificationSkipped',
        line: 1,
        column: 120,
        endColumn: 124,
        suggestions: [{ messageId: 'checkSignature', output: `const jwt = require('jwt-simple'); app.use((req, res, next) => { req.user = jwt.decode(req.headers['x-token'], secret, false); next(); });` }],
      }],
      output: null,
    },
    {
      code: `import { decode } from 'jwt-simple'; const SKIP = true; export const parse = (token) => decode(token, secret, SKIP, 'HS256');`,
      errors: [{
        messageId: 'verificationSkipped',
        line: 1,
        column: 111,
        suggestions: [{ messageId: 'checkSignature', output: `import { decode } from 'jwt-simple'; const SKIP = true; export const parse = (token) => decode(token, secret, false, 'HS256');` }],
      }],
      output: null,
    },
    {
      // A verifying decode in another function does not excuse this one.
      code: `const jwt = require('jwt-simple');
const peek = (token) => jwt.decode(token, '', true);
const check = (token) => jwt.decode(token, secret);`,
      errors: [{
        messageId: 'verificationSkipped',
        line: 2,
        column: 47,
        suggestions: [{ messageId: 'checkSignature', output: `const jwt = require('jwt-simple');
const peek = (token) => jwt.decode(token, '', false);
const check = (token) => jwt.decode(token, secret);` }],
      }],
      output: null,
    },
    // ---- jose UnsecuredJWT in server code ------------------------------------------------------------------------
    {
      code: `import express from 'express';
import { UnsecuredJWT } from 'jose';
const app = express();
app.get('/me', (req, res) => {
  const { payload } = UnsecuredJWT.decode(req.get('authorization').slice(7));
  res.json({ user: payload.sub });
});`,
      errors: [{ messageId: 'unsecuredJwt', line: 5, column: 23, endColumn: 42, data: { action: 'accepts' } }],
      output: null,
    },
    {
      code: `import * as jose from 'jose';
import fastifyJwt from '@fastify/jwt';
export async function login(request, reply) {
  return { token: new jose.UnsecuredJWT({ sub: request.body.user }).setExpirationTime('2h').encode() };
}`,
      errors: [{ messageId: 'unsecuredJwt', line: 4, column: 23, endColumn: 40, data: { action: 'builds' } }],
      output: null,
    },
    {
      // A file that also verifies tokens is auth code.
      code: `const { UnsecuredJWT, jwtVerify } = require('jose');
async function authenticate(token, key) {
  if (process.env.ALLOW_UNSIGNED) return UnsecuredJWT.decode(token).payload;
  return (await jwtVerify(token, key, { issuer, audience })).payload;
}`,
      errors: [{ messageId: 'unsecuredJwt', line: 3, column: 42, data: { action: 'accepts' } }],
      output: null,
    },
    {
      code: `import { NextResponse, type NextRequest } from 'next/server';
import { UnsecuredJWT as Unsigned } from 'jose';
export function GET(request: NextRequest): NextResponse {
  const token = request.cookies.get('session')?.value ?? '';
  const { payload } = Unsigned.decode(token, { issuer: 'urn:app' });
  return NextResponse.json({ user: payload.sub });
}`,
      filename: 'app/api/me/route.ts',
      errors: [{ messageId: 'unsecuredJwt', line: 5, column: 23, data: { action: 'accepts' } }],
      output: null,
    },
    // ---- legacy jose JWK.None --------------------------------------------------------------------------------------
    {
      code: `const { JWT, JWK } = require('jose'); const claims = JWT.verify(token, JWK.None);`,
      errors: [{ messageId: 'noneKey', line: 1, column: 72, endColumn: 80 }],
      output: null,
    },
    {
      code: `const jose = require('jose'); jose.JWS.verify(jws, jose.JWK.None);`,
      errors: [{ messageId: 'noneKey', line: 1, column: 52 }],
      output: null,
    },
  ],
});
