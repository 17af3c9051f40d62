import rule from '../../src/rules/no-skipped-token-lifetime';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-skipped-token-lifetime', rule, {
  valid: [
    // Lifetime checks left on, or switched off explicitly with false.
    `const jwt = require('jsonwebtoken'); jwt.verify(token, secret, { algorithms: ['HS256'], audience: 'api' });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { ignoreExpiration: false, ignoreNotBefore: false });`,
    // Values known only at run time are the deployment's decision.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { ignoreExpiration: process.env.JWT_IGNORE_EXP === 'true' });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { ignoreExpiration: config.jwt.ignoreExpiration });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { clockTolerance: Number(process.env.CLOCK_SKEW) });`,
    // A later spread of unknown options may override the switch.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { ignoreExpiration: true, ...callerOptions });`,
    `import jwt from 'jsonwebtoken'; const opts = { ignoreExpiration: true }; opts.ignoreExpiration = strict; jwt.verify(token, secret, opts);`,
    // A later spread that is readable and turns it back on.
    `import jwt from 'jsonwebtoken'; const strict = { ignoreExpiration: false }; jwt.verify(token, secret, { ignoreExpiration: true, ...strict });`,
    // Same names outside any verifier: a local helper, another library, a type.
    `const jwt = require('./lib/jwt'); jwt.verify(token, secret, { ignoreExpiration: true });`,
    `import { verify } from 'some-token-lib'; verify(token, { ignoreExpiration: true, clockTolerance: 3600 });`,
    `import jwt from 'jsonwebtoken'; const defaults = { ignoreExpiration: true }; render(defaults);`,
    `import type { VerifyOptions } from 'jsonwebtoken'; interface Relaxed extends VerifyOptions { ignoreExpiration: true }`,
    // Signing and decoding never check lifetimes: their options are not skips.
    `import jwt from 'jsonwebtoken'; jwt.sign(payload, secret, { expiresIn: '15m', notBefore: 0 });`,
    `import { UnsecuredJWT } from 'jose'; UnsecuredJWT.decode(jwtText, { clockTolerance: '1 day' });`,
    // Clock tolerance within the limit, in each library's unit.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { clockTolerance: 30 });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { clockTolerance: 300 });`,
    `import { jwtVerify } from 'jose'; await jwtVerify(token, JWKS, { issuer, audience, clockTolerance: '5 minutes' });`,
    `import { jwtVerify } from 'jose'; await jwtVerify(token, JWKS, { issuer, audience, clockTolerance: 60 });`,
    // fast-jwt and @fastify/jwt verify.clockTolerance are milliseconds: 600000 ms is 10 minutes but 60000 is 1 minute.
    `const { createVerifier } = require('fast-jwt'); const verify = createVerifier({ key: secret, clockTolerance: 60000 });`,
    `import fastifyJwt from '@fastify/jwt'; app.register(fastifyJwt, { secret, verify: { clockTolerance: 300000 } });`,
    // passport-azure-ad's own default skew.
    `const { BearerStrategy } = require('passport-azure-ad'); passport.use(new BearerStrategy({ identityMetadata, clientID, clockSkew: 300 }, verify));`,
    `import { CognitoJwtVerifier } from 'aws-jwt-verify'; CognitoJwtVerifier.create({ userPoolId, tokenUse: 'access', clientId, graceSeconds: 5 });`,
    // jsonwebtoken's clockTolerance takes seconds only: a string is not a duration it reads.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { clockTolerance: '1h' });`,
    // jose maxTokenAge bounds the age; it is not a skip.
    `import * as jose from 'jose'; await jose.jwtVerify(token, key, { issuer, audience, maxTokenAge: '30 days' });`,
    // passport-jwt overwrites jsonWebTokenOptions.ignoreExpiration with the top level (another rule's business).
    `const { Strategy } = require('passport-jwt'); passport.use(new Strategy({ secretOrKey, jwtFromRequest, jsonWebTokenOptions: { ignoreExpiration: true } }, verifyUser));`,
    // express-oauth2-jwt-bearer with its checks on.
    `import { auth } from 'express-oauth2-jwt-bearer'; app.use(auth({ audience: 'api', issuerBaseURL, validators: { exp: (exp) => typeof exp === 'number' } }));`,
    // @hapi/jwt with its time checks on.
    `const Jwt = require('@hapi/jwt'); server.auth.strategy('jwt', 'jwt', { keys, verify: { aud: 'api', iss, sub: false, exp: true, nbf: true, timeSkewSec: 15 }, validate });`,
    // A user-defined larger limit.
    {
      code: `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { clockTolerance: 600 });`,
      options: [{ maxClockToleranceSeconds: 900 }],
    },
    // Nest JwtService injected, with explicit safe options.
    {
      code: `
        import { Injectable } from '@nestjs/common';
        import { JwtService } from '@nestjs/jwt';
        @Injectable()
        export class AuthService {
          constructor(private readonly jwt: JwtService) {}
          check(token: string) { return this.jwt.verify(token, { ignoreExpiration: false, clockTolerance: 10 }); }
        }
      `,
      filename: 'auth.service.ts',
    },
    // Other checks turned off are other rules' business.
    `const Jwt = require('@hapi/jwt'); server.auth.strategy('raw', 'jwt', { keys, verify: false, validate });`,
    `import { auth } from 'express-oauth2-jwt-bearer'; app.use(auth({ audience: 'api', issuerBaseURL, validators: { iss: false } }));`,
    `import { jwtVerify } from 'jose'; await jwtVerify(token, key, { issuer, audience, currentDate: new Date(0) });`,
    `import { JwtVerifier } from 'aws-jwt-verify'; JwtVerifier.create({ issuer, audience: null, jwksUri });`,
    // A clock tolerance whose unit the library does not read as a duration, or not a number at all.
    `import { CognitoJwtVerifier } from 'aws-jwt-verify'; CognitoJwtVerifier.create({ userPoolId, tokenUse: 'id', clientId, graceSeconds: '1h' });`,
    // A file that loads no token library.
    `const options = { ignoreExpiration: true, clockTolerance: 3600 }; check(options);`,
  ],
  invalid: [
    // jsonwebtoken, CommonJS.
    {
      code: `const jwt = require('jsonwebtoken');
const payload = jwt.verify(token, secret, { algorithms: ['HS256'], ignoreExpiration: true });`,
      errors: [{ messageId: 'expirationIgnored', line: 2, column: 68, endColumn: 90, suggestions: [] }],
      output: `const jwt = require('jsonwebtoken');
const payload = jwt.verify(token, secret, { algorithms: ['HS256'] });`,
    },
    {
      code: `const { verify } = require('jsonwebtoken');
verify(token, secret, { ignoreNotBefore: true }, (err, decoded) => done(err, decoded));`,
      errors: [{ messageId: 'notBeforeIgnored', line: 2, column: 25, endColumn: 46, suggestions: [] }],
      output: `const { verify } = require('jsonwebtoken');
verify(token, secret, {}, (err, decoded) => done(err, decoded));`,
    },
    // Both switches at once.
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { ignoreExpiration: true, ignoreNotBefore: true, audience: 'api' });`,
      errors: [
        { messageId: 'expirationIgnored', line: 2, column: 26, endColumn: 48, suggestions: [] },
        { messageId: 'notBeforeIgnored', line: 2, column: 50, endColumn: 71, suggestions: [] },
      ],
      output: [
        `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { ignoreNotBefore: true, audience: 'api' });`,
        `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { audience: 'api' });`,
      ],
    },
    // ESM named import with an alias, options in a const, multi-line with a comment kept.
    {
      code: `import { verify as verifyJwt } from 'jsonwebtoken';
const verifyOptions = {
  algorithms: ['RS256'],
  // TODO: remove once clients refresh properly
  ignoreExpiration: true,
};
export const decode = (token: string) => verifyJwt(token, publicKey, verifyOptions);`,
      filename: 'verify.ts',
      errors: [{ messageId: 'expirationIgnored', line: 5, column: 3, endColumn: 25, suggestions: [] }],
      output: `import { verify as verifyJwt } from 'jsonwebtoken';
const verifyOptions = {
  algorithms: ['RS256'], // TODO: remove once clients refresh properly
};
export const decode = (token: string) => verifyJwt(token, publicKey, verifyOptions);`,
    },
    // Namespace import; a truthy non-boolean switch.
    {
      code: `import * as jwt from 'jsonwebtoken';
jwt.verify(token, secret, { ignoreExpiration: 1 });`,
      errors: [{ messageId: 'expirationIgnored', line: 2, column: 29, suggestions: [] }],
      output: `import * as jwt from 'jsonwebtoken';
jwt.verify(token, secret, {});`,
    },
    // A const flag.
    {
      code: `import jwt from 'jsonwebtoken';
const IGNORE_EXPIRY = true;
jwt.verify(token, secret, { ignoreExpiration: IGNORE_EXPIRY });`,
      errors: [{ messageId: 'expirationIgnored', line: 3, column: 29, suggestions: [] }],
      output: `import jwt from 'jsonwebtoken';
const IGNORE_EXPIRY = true;
jwt.verify(token, secret, {});`,
    },
    // Through a spread of a const base: the switch in the base is what the library sees.
    {
      code: `import jwt from 'jsonwebtoken';
const base = { ignoreExpiration: true, algorithms: ['HS256'] };
jwt.verify(token, secret, { ...base, audience: 'api' });`,
      errors: [{ messageId: 'expirationIgnored', line: 2, column: 16, suggestions: [] }],
      output: `import jwt from 'jsonwebtoken';
const base = { algorithms: ['HS256'] };
jwt.verify(token, secret, { ...base, audience: 'api' });`,
    },
    // Overriding an earlier spread value: writing false restores the check.
    {
      code: `import jwt from 'jsonwebtoken';
const base = { ignoreExpiration: true };
jwt.verify(token, secret, { ...base, ignoreExpiration: true });`,
      errors: [{ messageId: 'expirationIgnored', line: 3, column: 38, suggestions: [] }],
      output: `import jwt from 'jsonwebtoken';
const base = { ignoreExpiration: true };
jwt.verify(token, secret, { ...base, ignoreExpiration: false });`,
    },
    // A shared const reported once even when two calls use it.
    {
      code: `import jwt from 'jsonwebtoken';
const relaxed = { ignoreExpiration: true } as const;
export const a = jwt.verify(t1, secret, relaxed);
export const b = jwt.verify(t2, secret, relaxed);`,
      filename: 'shared.ts',
      errors: [{ messageId: 'expirationIgnored', line: 2, column: 19, suggestions: [] }],
      output: `import jwt from 'jsonwebtoken';
const relaxed = {} as const;
export const a = jwt.verify(t1, secret, relaxed);
export const b = jwt.verify(t2, secret, relaxed);`,
    },
    // TypeScript: import = require, satisfies.
    {
      code: `import jwt = require('jsonwebtoken');
const options = { ignoreExpiration: true, issuer: 'https://idp' } satisfies jwt.VerifyOptions;
const claims = jwt.verify(raw as string, key, options) as jwt.JwtPayload;`,
      filename: 'claims.ts',
      errors: [{ messageId: 'expirationIgnored', line: 2, column: 19, suggestions: [] }],
      output: `import jwt = require('jsonwebtoken');
const options = { issuer: 'https://idp' } satisfies jwt.VerifyOptions;
const claims = jwt.verify(raw as string, key, options) as jwt.JwtPayload;`,
    },
    // express-jwt and koa-jwt hand their options to jsonwebtoken.
    {
      code: `const { expressjwt } = require('express-jwt');
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], ignoreExpiration: true }));`,
      errors: [{ messageId: 'expirationIgnored', line: 2, column: 77, suggestions: [] }],
      output: `const { expressjwt } = require('express-jwt');
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
    },
    {
      code: `import koaJwt from 'koa-jwt';
app.use(koaJwt({ secret, ignoreNotBefore: true, clockTolerance: 3600 }));`,
      errors: [
        { messageId: 'notBeforeIgnored', line: 2, column: 26, suggestions: [] },
        {
          messageId: 'clockToleranceTooLarge',
          line: 2,
          column: 49,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import koaJwt from 'koa-jwt';
app.use(koaJwt({ secret, ignoreNotBefore: true, clockTolerance: 300 }));`,
            },
          ],
        },
      ],
      output: `import koaJwt from 'koa-jwt';
app.use(koaJwt({ secret, clockTolerance: 3600 }));`,
    },
    // passport-jwt: the top-level switch is the one it reads.
    {
      code: `const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  ignoreExpiration: true,
}, verifyUser));`,
      errors: [{ messageId: 'expirationIgnored', line: 5, column: 3, suggestions: [] }],
      output: `const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
}, verifyUser));`,
    },
    // passport-jwt: jsonWebTokenOptions keys other than the four it overwrites do reach jsonwebtoken.
    {
      code: `import { Strategy } from 'passport-jwt';
new Strategy({ secretOrKey, jwtFromRequest, jsonWebTokenOptions: { ignoreNotBefore: true, clockTolerance: 86400 } }, cb);`,
      errors: [
        { messageId: 'notBeforeIgnored', line: 2, column: 68, endColumn: 89, suggestions: [] },
        {
          messageId: 'clockToleranceTooLarge',
          line: 2,
          column: 91,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import { Strategy } from 'passport-jwt';
new Strategy({ secretOrKey, jwtFromRequest, jsonWebTokenOptions: { ignoreNotBefore: true, clockTolerance: 300 } }, cb);`,
            },
          ],
        },
      ],
      output: `import { Strategy } from 'passport-jwt';
new Strategy({ secretOrKey, jwtFromRequest, jsonWebTokenOptions: { clockTolerance: 86400 } }, cb);`,
    },
    // fast-jwt.
    {
      code: `const { createVerifier } = require('fast-jwt');
const verifyToken = createVerifier({ key: async () => secret, ignoreExpiration: true });`,
      errors: [{ messageId: 'expirationIgnored', line: 2, column: 63, suggestions: [] }],
      output: `const { createVerifier } = require('fast-jwt');
const verifyToken = createVerifier({ key: async () => secret });`,
    },
    {
      code: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key, clockTolerance: 600000 });`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 2,
          column: 43,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key, clockTolerance: 300000 });`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key, clockTolerance: '1h' });`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 2,
          column: 43,
          data: { setting: `clockTolerance: '1h'`, tolerance: '1 hour', limit: '5 minutes' },
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key, clockTolerance: 300000 });`,
            },
          ],
        },
      ],
      output: null,
    },
    // @fastify/jwt: register's verify group and the request decorator.
    {
      code: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET, verify: { ignoreExpiration: true, clockTolerance: 3600000 } });`,
      errors: [
        { messageId: 'expirationIgnored', line: 4, column: 70, suggestions: [] },
        {
          messageId: 'clockToleranceTooLarge',
          line: 4,
          column: 94,
          endColumn: 117,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET, verify: { ignoreExpiration: true, clockTolerance: 300000 } });`,
            },
          ],
        },
      ],
      output: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET, verify: { clockTolerance: 3600000 } });`,
    },
    {
      code: `const fastify = require('fastify')();
fastify.register(require('@fastify/jwt'), { secret });
fastify.addHook('onRequest', async (request) => { await request.jwtVerify({ ignoreExpiration: true }); });`,
      errors: [{ messageId: 'expirationIgnored', line: 3, column: 77, suggestions: [] }],
      output: `const fastify = require('fastify')();
fastify.register(require('@fastify/jwt'), { secret });
fastify.addHook('onRequest', async (request) => { await request.jwtVerify({}); });`,
    },
    // jose: span strings and numbers of seconds.
    {
      code: `import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL(jwksUri));
const { payload } = await jwtVerify(token, JWKS, { issuer, audience, clockTolerance: '10 minutes' });`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 3,
          column: 70,
          data: { setting: `clockTolerance: '10 minutes'`, tolerance: '10 minutes', limit: '5 minutes' },
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL(jwksUri));
const { payload } = await jwtVerify(token, JWKS, { issuer, audience, clockTolerance: 300 });`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: `const jose = require('jose');
const CLOCK_SKEW = 3600;
jose.jwtVerify(token, key, { clockTolerance: CLOCK_SKEW });`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 3,
          column: 30,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `const jose = require('jose');
const CLOCK_SKEW = 3600;
jose.jwtVerify(token, key, { clockTolerance: 300 });`,
            },
          ],
        },
      ],
      output: null,
    },
    // A shorthand property gets a key when its value is rewritten.
    {
      code: `import { jwtVerify } from 'jose';
const clockTolerance = '2 hours';
await jwtVerify(token, key, { issuer, clockTolerance });`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 3,
          column: 39,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import { jwtVerify } from 'jose';
const clockTolerance = '2 hours';
await jwtVerify(token, key, { issuer, clockTolerance: 300 });`,
            },
          ],
        },
      ],
      output: null,
    },
    // aws-jwt-verify graceSeconds and passport-azure-ad clockSkew.
    {
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify';
export const verifier = CognitoJwtVerifier.create({ userPoolId, tokenUse: 'access', clientId, graceSeconds: 86400 });`,
      filename: 'verifier.ts',
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 2,
          column: 95,
          data: { setting: 'graceSeconds: 86400', tolerance: '1 day', limit: '5 minutes' },
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import { CognitoJwtVerifier } from 'aws-jwt-verify';
export const verifier = CognitoJwtVerifier.create({ userPoolId, tokenUse: 'access', clientId, graceSeconds: 300 });`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: `const { BearerStrategy } = require('passport-azure-ad');
const options = { identityMetadata, clientID, validateIssuer: true, clockSkew: 1800 };
passport.use(new BearerStrategy(options, verify));`,
      errors: [{ messageId: 'clockToleranceTooLarge', line: 2, column: 69, endColumn: 84, suggestions: [{ messageId: 'lowerClockTolerance', output: `const { BearerStrategy } = require('passport-azure-ad');
const options = { identityMetadata, clientID, validateIssuer: true, clockSkew: 300 };
passport.use(new BearerStrategy(options, verify));` }] }],
      output: null,
    },
    // A stricter limit from the options.
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, { clockTolerance: 120 });`,
      options: [{ maxClockToleranceSeconds: 60 }],
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 2,
          column: 29,
          data: { setting: 'clockTolerance: 120', tolerance: '2 minutes', limit: '1 minute' },
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, { clockTolerance: 60 });`,
            },
          ],
        },
      ],
      output: null,
    },
    // express-oauth2-jwt-bearer: `exp: false` admits tokens without an expiry.
    {
      code: `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ audience: 'https://api', issuerBaseURL: 'https://tenant.auth0.com/', validators: { exp: false } }));`,
      errors: [
        {
          messageId: 'expirationNotRequired',
          line: 2,
          column: 99,
          endColumn: 109,
          suggestions: [
            {
              messageId: 'removeSkip',
              output: `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ audience: 'https://api', issuerBaseURL: 'https://tenant.auth0.com/', validators: {} }));`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: `const { auth } = require('express-oauth2-jwt-bearer');
module.exports = auth({ clockTolerance: 900 });`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 2,
          column: 25,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `const { auth } = require('express-oauth2-jwt-bearer');
module.exports = auth({ clockTolerance: 300 });`,
            },
          ],
        },
      ],
      output: null,
    },
    // @hapi/jwt: exp/nbf turned off and a large skew.
    {
      code: `const Jwt = require('@hapi/jwt');
server.auth.strategy('my_jwt', 'jwt', {
  keys: process.env.JWT_KEY,
  verify: { aud: 'urn:audience', iss: 'urn:issuer', sub: false, exp: false, nbf: false, timeSkewSec: 7200 },
  validate,
});`,
      errors: [
        {
          messageId: 'expirationCheckDisabled',
          line: 4,
          column: 65,
          suggestions: [
            {
              messageId: 'removeSkip',
              output: `const Jwt = require('@hapi/jwt');
server.auth.strategy('my_jwt', 'jwt', {
  keys: process.env.JWT_KEY,
  verify: { aud: 'urn:audience', iss: 'urn:issuer', sub: false, nbf: false, timeSkewSec: 7200 },
  validate,
});`,
            },
          ],
        },
        {
          messageId: 'notBeforeCheckDisabled',
          line: 4,
          column: 77,
          suggestions: [
            {
              messageId: 'removeSkip',
              output: `const Jwt = require('@hapi/jwt');
server.auth.strategy('my_jwt', 'jwt', {
  keys: process.env.JWT_KEY,
  verify: { aud: 'urn:audience', iss: 'urn:issuer', sub: false, exp: false, timeSkewSec: 7200 },
  validate,
});`,
            },
          ],
        },
        {
          messageId: 'clockToleranceTooLarge',
          line: 4,
          column: 89,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `const Jwt = require('@hapi/jwt');
server.auth.strategy('my_jwt', 'jwt', {
  keys: process.env.JWT_KEY,
  verify: { aud: 'urn:audience', iss: 'urn:issuer', sub: false, exp: false, nbf: false, timeSkewSec: 300 },
  validate,
});`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: `import * as Jwt from '@hapi/jwt';
Jwt.token.verify(artifacts, key, { aud: 'a', iss: 'i', sub: false, exp: false });`,
      errors: [
        {
          messageId: 'expirationCheckDisabled',
          line: 2,
          column: 68,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'removeSkip',
              output: `import * as Jwt from '@hapi/jwt';
Jwt.token.verify(artifacts, key, { aud: 'a', iss: 'i', sub: false });`,
            },
          ],
        },
      ],
      output: null,
    },
    // hapi-auth-jwt2 verifyOptions go to jsonwebtoken.
    {
      code: `import hapiAuthJwt2 from 'hapi-auth-jwt2';
await server.register(hapiAuthJwt2);
server.auth.strategy('jwt', 'jwt', { key: process.env.KEY, validate, verifyOptions: { algorithms: ['HS256'], ignoreExpiration: true } });`,
      errors: [{ messageId: 'expirationIgnored', line: 3, column: 110, suggestions: [] }],
      output: `import hapiAuthJwt2 from 'hapi-auth-jwt2';
await server.register(hapiAuthJwt2);
server.auth.strategy('jwt', 'jwt', { key: process.env.KEY, validate, verifyOptions: { algorithms: ['HS256'] } });`,
    },
    // NestJS: module verifyOptions, registerAsync factories and injected JwtService calls.
    {
      code: `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({
  imports: [JwtModule.register({ publicKey, verifyOptions: { algorithms: ['RS256'], ignoreExpiration: true } })],
})
export class AuthModule {}`,
      filename: 'auth.module.ts',
      errors: [{ messageId: 'expirationIgnored', line: 4, column: 85, suggestions: [] }],
      output: `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({
  imports: [JwtModule.register({ publicKey, verifyOptions: { algorithms: ['RS256'] } })],
})
export class AuthModule {}`,
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const jwtModule = JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), verifyOptions: { clockTolerance: 3600 } }),
});`,
      filename: 'jwt.module.ts',
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 4,
          column: 96,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import { JwtModule } from '@nestjs/jwt';
export const jwtModule = JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), verifyOptions: { clockTolerance: 300 } }),
});`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class RefreshService {
  constructor(private readonly jwtService: JwtService) {}
  async userOf(expired: string) {
    return this.jwtService.verifyAsync(expired, { secret: process.env.JWT_SECRET, ignoreExpiration: true });
  }
}`,
      filename: 'refresh.service.ts',
      errors: [{ messageId: 'expirationIgnored', line: 7, column: 83, suggestions: [] }],
      output: `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class RefreshService {
  constructor(private readonly jwtService: JwtService) {}
  async userOf(expired: string) {
    return this.jwtService.verifyAsync(expired, { secret: process.env.JWT_SECRET });
  }
}`,
    },
    // Legacy express-jwt default export, straight off require.
    {
      code: `app.use(require('express-jwt')({ secret: sharedSecret, algorithms: ['HS256'], ignoreExpiration: true }).unless({ path: ['/login'] }));`,
      errors: [{ messageId: 'expirationIgnored', line: 1, column: 79, suggestions: [] }],
      output: `app.use(require('express-jwt')({ secret: sharedSecret, algorithms: ['HS256'] }).unless({ path: ['/login'] }));`,
    },
    // aws-jwt-verify: a per-call override of the grace period.
    {
      code: `import { JwtVerifier } from 'aws-jwt-verify';
const verifier = JwtVerifier.create({ issuer, audience, jwksUri });
export const check = (token: string) => verifier.verify(token, { graceSeconds: 3600 });`,
      filename: 'check.ts',
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 3,
          column: 66,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `import { JwtVerifier } from 'aws-jwt-verify';
const verifier = JwtVerifier.create({ issuer, audience, jwksUri });
export const check = (token: string) => verifier.verify(token, { graceSeconds: 300 });`,
            },
          ],
        },
      ],
      output: null,
    },
    // jose through a dynamic import.
    {
      code: `const { jwtVerify } = await import('jose');
await jwtVerify(token, secretKey, { clockTolerance: '1 day' });`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          line: 2,
          column: 37,
          suggestions: [
            {
              messageId: 'lowerClockTolerance',
              output: `const { jwtVerify } = await import('jose');
await jwtVerify(token, secretKey, { clockTolerance: 300 });`,
            },
          ],
        },
      ],
      output: null,
    },
    // A string key and a trailing comment on the line are kept.
    {
      code: `const jwt = require('jsonwebtoken');
jwt.verify(token, secret, {
  audience: 'api',
  'ignoreExpiration': true, // legacy mobile clients
});`,
      errors: [{ messageId: 'expirationIgnored', line: 4, column: 3, suggestions: [] }],
      output: `const jwt = require('jsonwebtoken');
jwt.verify(token, secret, {
  audience: 'api',
  // legacy mobile clients
});`,
    },
  ],
});
