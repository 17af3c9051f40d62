import rule from '../../src/rules/require-token-expiry';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const JWT = `const jwt = require('jsonwebtoken');\n`;
const JWT_ESM = `import jwt from 'jsonwebtoken';\n`;
const JOSE = `import { SignJWT } from 'jose';\n`;

ruleTester.run('require-token-expiry', rule, {
  valid: [
    // A lifetime within the limit.
    `${JWT}const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });`,
    `${JWT_ESM}export const issue = (user) => jwt.sign({ sub: user.id }, secret, { expiresIn: 3600, algorithm: 'HS256' });`,
    `${JWT}jwt.sign({ sub: user.id }, secret, { expiresIn: '24h' });`,
    `${JWT}const opts = { expiresIn: '1h', issuer: 'api' }; jwt.sign({ sub }, secret, opts);`,
    `${JWT}const base = { expiresIn: '10m' }; jwt.sign({ sub }, secret, { ...base, audience: 'api' });`,
    // `exp` set in the payload.
    `${JWT}jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 900 }, secret);`,
    // A lifetime known only at run time is the deployment's decision.
    `${JWT}jwt.sign({ sub }, secret, { expiresIn: config.jwt.ttl });`,
    `${JWT}jwt.sign({ sub }, secret, { expiresIn: process.env.JWT_EXPIRES_IN });`,
    // Options or payload whose keys cannot all be seen.
    `${JWT}jwt.sign({ sub }, secret, buildOptions());`,
    `${JWT}jwt.sign({ sub }, secret, { ...defaults, algorithm: 'RS256' });`,
    `${JWT}function issue(payload) { return jwt.sign(payload, secret); }`,
    `${JWT}jwt.sign({ ...claims }, secret);`,
    `${JWT}jwt.sign(user.toJSON(), secret);`,
    // Refresh tokens get the longer refresh limit.
    `${JWT}const refreshToken = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '7d' });`,
    `${JWT}jwt.sign({ sub }, process.env.REFRESH_TOKEN_SECRET, { expiresIn: '30d' });`,
    `${JWT}jwt.sign({ sub, type: 'refresh' }, secret, { expiresIn: '14d' });`,
    `${JWT}function signRefreshToken(user) { return jwt.sign({ sub: user.id }, secret, { expiresIn: '30d' }); }`,
    // A raised limit.
    { code: `${JWT}jwt.sign({ sub }, secret, { expiresIn: '7d' });`, options: [{ maxExpiresInSeconds: 604800 }] },
    // jsonwebtoken verify is another rule's business; a local `sign` is not jsonwebtoken's.
    `${JWT}jwt.verify(token, secret);`,
    `function sign(payload) { return payload; } sign({ sub: 1 }, 'secret');`,
    `import jwt from 'some-other-jwt'; jwt.sign({ sub }, secret);`,
    // jose with an expiry, or a builder held in a variable.
    `${JOSE}const jwt = await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'ES256' }).setIssuedAt().setExpirationTime('2h').sign(privateKey);`,
    `${JOSE}const token = await new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(Math.floor(Date.now() / 1000) + 31536000).sign(key);`,
    `${JOSE}const builder = new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }); builder.setExpirationTime('1h'); await builder.sign(key);`,
    `${JOSE}await new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(key);`,
    `${JOSE}await new SignJWT({ sub, exp: expiresAt }).setProtectedHeader({ alg: 'RS256' }).sign(key);`,
    // fast-jwt with a lifetime (milliseconds).
    `import { createSigner } from 'fast-jwt'; const signSync = createSigner({ key: secret, expiresIn: 3600000 });`,
    `const { createSigner } = require('fast-jwt'); const signer = createSigner({ key, expiresIn: '15m' });`,
    `import { createSigner } from 'fast-jwt'; const signer = createSigner({ key }); signer({ sub, exp: nowSeconds() + 600 });`,
    `import { createSigner } from 'fast-jwt'; createSigner(await loadSignerOptions());`,
    // Nest and @fastify/jwt: module defaults without a signing group leave the lifetime to each call.
    `import { JwtModule } from '@nestjs/jwt'; JwtModule.register({ secret: process.env.JWT_SECRET });`,
    `import { JwtModule } from '@nestjs/jwt'; JwtModule.register({ secret, signOptions: { expiresIn: '60s' } });`,
    `import fastifyJwt from '@fastify/jwt'; app.register(fastifyJwt, { secret: process.env.JWT_SECRET });`,
    `import fastifyJwt from '@fastify/jwt'; app.register(fastifyJwt, { secret, sign: { expiresIn: '15m' } });`,
    {
      filename: 'auth.service.ts',
      code: `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  login(user: User): string { return this.jwtService.sign({ sub: user.id }); }
}`,
    },
    // Typed options in TypeScript.
    {
      filename: 'token.ts',
      code: `import jwt, { type SignOptions } from 'jsonwebtoken';
const options: SignOptions = { expiresIn: '1h', algorithm: 'RS256' };
export const issue = (claims: Claims): string => jwt.sign({ ...claims }, privateKey, options);`,
    },
    `${JWT}jwt.sign({ sub }, secret, { expiresIn: '1h', noTimestamp: false });`,
    `import jwtSimple from 'jwt-simple'; jwtSimple.encode({ sub, exp: Math.floor(Date.now() / 1000) + 600 }, secret);`,
  ],
  invalid: [
    {
      code: `${JWT}const token = jwt.sign({ id: user._id }, process.env.JWT_SECRET);`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 15,
          endColumn: 23,
          suggestions: [
            { messageId: 'addExpiry', output: `${JWT}const token = jwt.sign({ id: user._id }, process.env.JWT_SECRET, { expiresIn: '15m' });` },
          ],
        },
      ],
    },
    {
      code: `${JWT_ESM}jwt.sign({ sub: user.id }, secret, { algorithm: 'HS256' });`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 1,
          suggestions: [{ messageId: 'addExpiry', output: `${JWT_ESM}jwt.sign({ sub: user.id }, secret, { algorithm: 'HS256', expiresIn: '15m' });` }],
        },
      ],
    },
    {
      // The callback form.
      code: `${JWT}jwt.sign({ sub }, secret, (err, token) => done(err, token));`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 1,
          suggestions: [{ messageId: 'addExpiry', output: `${JWT}jwt.sign({ sub }, secret, { expiresIn: '15m' }, (err, token) => done(err, token));` }],
        },
      ],
    },
    {
      // Named and aliased imports; payload and options in consts.
      code: `import { sign as signJwt } from 'jsonwebtoken';\nconst claims = { sub: user.id, role: user.role };\nconst opts = { algorithm: 'RS256' };\nexport const token = signJwt(claims, privateKey, opts);`,
      errors: [{ messageId: 'missingExpiry', line: 4, column: 22, endColumn: 29, suggestions: [] }],
    },
    {
      code: `const { sign } = require('jsonwebtoken');\nconst verifyEmailToken = sign({ email: user.email }, EMAIL_SECRET);`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 26,
          suggestions: [{ messageId: 'addExpiry', output: `const { sign } = require('jsonwebtoken');\nconst verifyEmailToken = sign({ email: user.email }, EMAIL_SECRET, { expiresIn: '15m' });` }],
        },
      ],
    },
    {
      // A refresh token without expiry: suggest the refresh lifetime.
      code: `${JWT}const refreshToken = jwt.sign({ sub: user.id }, process.env.REFRESH_SECRET);`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 22,
          suggestions: [{ messageId: 'addExpiry', output: `${JWT}const refreshToken = jwt.sign({ sub: user.id }, process.env.REFRESH_SECRET, { expiresIn: '7d' });` }],
        },
      ],
    },
    {
      code: `${JWT}jwt.sign({ sub }, secret, { expiresIn: '365d' });`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          line: 2,
          column: 40,
          endColumn: 46,
          data: { kind: 'access', lifetime: '365 days', limit: '1 day' },
          suggestions: [{ messageId: 'shortenLifetime', output: `${JWT}jwt.sign({ sub }, secret, { expiresIn: '15m' });` }],
        },
      ],
    },
    {
      code: `${JWT}const accessToken = jwt.sign({ sub }, secret, { expiresIn: '7d' });`,
      errors: [{ messageId: 'lifetimeTooLong', line: 2, column: 60, suggestions: [{ messageId: 'shortenLifetime', output: `${JWT}const accessToken = jwt.sign({ sub }, secret, { expiresIn: '15m' });` }] }],
    },
    {
      // Seconds as a number; the limit as an option.
      code: `${JWT}jwt.sign({ sub }, secret, { expiresIn: 60 * 60 * 2 });`,
      options: [{ maxExpiresInSeconds: 3600 }],
      errors: [{ messageId: 'lifetimeTooLong', line: 2, column: 40, data: { kind: 'access', lifetime: '2 hours', limit: '1 hour' }, suggestions: [{ messageId: 'shortenLifetime', output: `${JWT}jwt.sign({ sub }, secret, { expiresIn: '15m' });` }] }],
    },
    {
      // A limit below the usual suggestion caps the suggestion.
      code: `${JWT}jwt.sign({ sub }, secret, { expiresIn: '1h' });`,
      options: [{ maxExpiresInSeconds: 300 }],
      errors: [{ messageId: 'lifetimeTooLong', line: 2, column: 40, suggestions: [{ messageId: 'shortenLifetime', output: `${JWT}jwt.sign({ sub }, secret, { expiresIn: '5m' });` }] }],
    },
    {
      code: `${JWT}const TTL = '90d';\nconst refreshToken = jwt.sign({ sub }, refreshSecret, { expiresIn: TTL });`,
      errors: [
        {
          messageId: 'lifetimeTooLong',
          line: 3,
          column: 68,
          data: { kind: 'refresh', lifetime: '90 days', limit: '30 days' },
          suggestions: [{ messageId: 'shortenLifetime', output: `${JWT}const TTL = '90d';\nconst refreshToken = jwt.sign({ sub }, refreshSecret, { expiresIn: '7d' });` }],
        },
      ],
    },
    {
      code: `${JWT}jwt.sign({ sub }, secret, { expiresIn: '1h', noTimestamp: true });`,
      errors: [
        {
          messageId: 'noTimestamp',
          line: 2,
          column: 46,
          endColumn: 63,
          suggestions: [{ messageId: 'removeNoTimestamp', output: `${JWT}jwt.sign({ sub }, secret, { expiresIn: '1h' });` }],
        },
      ],
    },
    {
      code: `${JWT}const options = {\n  expiresIn: '10y', // legacy clients\n  noTimestamp: true,\n};\njwt.sign({ sub }, secret, options);`,
      errors: [
        { messageId: 'lifetimeTooLong', line: 3, column: 14, suggestions: [{ messageId: 'shortenLifetime', output: `${JWT}const options = {\n  expiresIn: '15m', // legacy clients\n  noTimestamp: true,\n};\njwt.sign({ sub }, secret, options);` }] },
        { messageId: 'noTimestamp', line: 4, column: 3, suggestions: [{ messageId: 'removeNoTimestamp', output: `${JWT}const options = {\n  expiresIn: '10y', // legacy clients\n};\njwt.sign({ sub }, secret, options);` }] },
      ],
    },
    {
      // TypeScript, namespace import.
      filename: 'issue.ts',
      code: `import * as jwt from 'jsonwebtoken';\nexport function issue(user: User): string {\n  return jwt.sign({ sub: user.id } satisfies Claims, privateKey as jwt.Secret, { algorithm: 'RS256' });\n}`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 10,
          suggestions: [{ messageId: 'addExpiry', output: `import * as jwt from 'jsonwebtoken';\nexport function issue(user: User): string {\n  return jwt.sign({ sub: user.id } satisfies Claims, privateKey as jwt.Secret, { algorithm: 'RS256', expiresIn: '15m' });\n}` }],
        },
      ],
    },
    {
      code: `${JOSE}const jwt = await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'ES256' }).setIssuedAt().sign(privateKey);`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 19,
          endColumn: 48,
          suggestions: [{ messageId: 'addExpiry', output: `${JOSE}const jwt = await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'ES256' }).setIssuedAt().setExpirationTime('15m').sign(privateKey);` }],
        },
      ],
    },
    {
      code: `const jose = require('jose');\nconst token = await new jose.SignJWT({ 'urn:example:claim': true }).setProtectedHeader({ alg }).setExpirationTime('30d').sign(secret);`,
      errors: [{ messageId: 'lifetimeTooLong', line: 2, column: 115, suggestions: [{ messageId: 'shortenLifetime', output: `const jose = require('jose');\nconst token = await new jose.SignJWT({ 'urn:example:claim': true }).setProtectedHeader({ alg }).setExpirationTime('15m').sign(secret);` }] }],
    },
    {
      code: `import { createSigner } from 'fast-jwt';\nconst signSync = createSigner({ key: process.env.JWT_SECRET, algorithm: 'HS256' });`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 18,
          suggestions: [{ messageId: 'addExpiry', output: `import { createSigner } from 'fast-jwt';\nconst signSync = createSigner({ key: process.env.JWT_SECRET, algorithm: 'HS256', expiresIn: '15m' });` }],
        },
      ],
    },
    {
      // fast-jwt takes milliseconds: 2 days.
      code: `const { createSigner } = require('fast-jwt');\nconst signer = createSigner({ key, expiresIn: 172800000 });`,
      errors: [{ messageId: 'lifetimeTooLong', line: 2, column: 47, data: { kind: 'access', lifetime: '2 days', limit: '1 day' }, suggestions: [{ messageId: 'shortenLifetime', output: `const { createSigner } = require('fast-jwt');\nconst signer = createSigner({ key, expiresIn: '15m' });` }] }],
    },
    {
      code: `import { createSigner } from 'fast-jwt';\nconst signer = createSigner({ key, noTimestamp: true, expiresIn: '5m' });`,
      errors: [{ messageId: 'noTimestamp', line: 2, column: 36, suggestions: [{ messageId: 'removeNoTimestamp', output: `import { createSigner } from 'fast-jwt';\nconst signer = createSigner({ key, expiresIn: '5m' });` }] }],
    },
    {
      // Nest: a signing group that leaves expiry out.
      filename: 'auth.module.ts',
      code: `import { Module } from '@nestjs/common';\nimport { JwtModule } from '@nestjs/jwt';\n@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256' } })] })\nexport class AuthModule {}`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 3,
          column: 74,
          endColumn: 85,
          suggestions: [{ messageId: 'addExpiry', output: `import { Module } from '@nestjs/common';\nimport { JwtModule } from '@nestjs/jwt';\n@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: '15m' } })] })\nexport class AuthModule {}` }],
        },
      ],
    },
    {
      filename: 'auth.module.ts',
      code: `import { JwtModule } from '@nestjs/jwt';\nexport const jwtModule = JwtModule.register({ secret, signOptions: { expiresIn: '30d' } });`,
      errors: [{ messageId: 'lifetimeTooLong', line: 2, column: 81, suggestions: [{ messageId: 'shortenLifetime', output: `import { JwtModule } from '@nestjs/jwt';\nexport const jwtModule = JwtModule.register({ secret, signOptions: { expiresIn: '15m' } });` }] }],
    },
    {
      filename: 'auth.module.ts',
      code: `import { JwtModule } from '@nestjs/jwt';\nJwtModule.registerAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), signOptions: { expiresIn: '60d' } }) });`,
      errors: [{ messageId: 'lifetimeTooLong', line: 2, column: 154, suggestions: [{ messageId: 'shortenLifetime', output: `import { JwtModule } from '@nestjs/jwt';\nJwtModule.registerAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), signOptions: { expiresIn: '15m' } }) });` }] }],
    },
    {
      filename: 'auth.service.ts',
      code: `import { JwtService } from '@nestjs/jwt';\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  issue(sub: string) { return this.jwt.signAsync({ sub }, { expiresIn: '90d' }); }\n}`,
      errors: [{ messageId: 'lifetimeTooLong', line: 4, column: 72, suggestions: [{ messageId: 'shortenLifetime', output: `import { JwtService } from '@nestjs/jwt';\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  issue(sub: string) { return this.jwt.signAsync({ sub }, { expiresIn: '15m' }); }\n}` }] }],
    },
    {
      // @fastify/jwt: `sign.expiresIn` is seconds (converted to fast-jwt's milliseconds).
      code: `import fastifyJwt from '@fastify/jwt';\napp.register(fastifyJwt, { secret, sign: { expiresIn: 604800 } });`,
      errors: [{ messageId: 'lifetimeTooLong', line: 2, column: 55, data: { kind: 'access', lifetime: '7 days', limit: '1 day' }, suggestions: [{ messageId: 'shortenLifetime', output: `import fastifyJwt from '@fastify/jwt';\napp.register(fastifyJwt, { secret, sign: { expiresIn: '15m' } });` }] }],
    },
    {
      code: `const fastifyJwt = require('@fastify/jwt');\nfastify.register(fastifyJwt, { secret, sign: { algorithm: 'HS256' } });`,
      errors: [{ messageId: 'missingExpiry', line: 2, column: 40, suggestions: [{ messageId: 'addExpiry', output: `const fastifyJwt = require('@fastify/jwt');\nfastify.register(fastifyJwt, { secret, sign: { algorithm: 'HS256', expiresIn: '15m' } });` }] }],
    },
    {
      code: `import fastifyJwt from '@fastify/jwt';\nconst token = await reply.jwtSign({ sub: user.id }, { expiresIn: '2d' });`,
      errors: [{ messageId: 'lifetimeTooLong', line: 2, column: 66, suggestions: [{ messageId: 'shortenLifetime', output: `import fastifyJwt from '@fastify/jwt';\nconst token = await reply.jwtSign({ sub: user.id }, { expiresIn: '15m' });` }] }],
    },
    {
      code: `const jwt = require('jwt-simple');\nconst token = jwt.encode({ sub: user.id, iat: Date.now() }, secret);`,
      errors: [{ messageId: 'missingExpiry', line: 2, column: 15, suggestions: [] }],
    },
  ],
});
