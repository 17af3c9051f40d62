import rule from '../../src/rules/require-jwt-algorithms';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const PEM = String.raw`-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----`;
const PLACEHOLDER = `'RS256' /* the algorithm your issuer signs with */`;

ruleTester.run('require-jwt-algorithms', rule, {
  valid: [
    // jose derives the algorithms from the key and never accepts `none`: no list is needed.
    `import { jwtVerify, createRemoteJWKSet } from 'jose';
     const JWKS = createRemoteJWKSet(new URL('https://login.example.com/discovery/v2.0/keys'));
     const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://login.example.com/tid/v2.0', audience: 'api://orders' });`,
    `const jose = require('jose'); await jose.jwtVerify(token, new TextEncoder().encode(process.env.JWT_SECRET));`,
    // jose checks each algorithm against the key type, so a mixed list cannot be confused there.
    `import { jwtVerify } from 'jose'; await jwtVerify(token, key, { algorithms: ['HS256', 'RS256'] });`,
    // aws-jwt-verify accepts asymmetric algorithms only, by design.
    `import { CognitoJwtVerifier } from 'aws-jwt-verify';
     const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_abc', tokenUse: 'access', clientId: 'client' });
     await verifier.verify(token);`,
    // Values read at run time are the deployment's decision.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, key, { algorithms: [process.env.JWT_ALG] });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, publicKey, { algorithms: process.env.JWT_ALGS.split(',') });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, publicKey, { algorithms: config.jwt.algorithms });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['HS256', process.env.EXTRA_ALG] });`,
    `import { expressjwt } from 'express-jwt'; import { ALGORITHMS } from './config'; app.use(expressjwt({ secret, algorithms: ALGORITHMS }));`,
    // jsonwebtoken 9 (and passport-jwt, koa-jwt, hapi-auth-jwt2 through it) derives the family from the key type.
    `const jwt = require('jsonwebtoken'); const claims = jwt.verify(token, process.env.JWT_SECRET);`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, publicKey, { audience: 'api', issuer: 'https://idp/' }, (err, claims) => done(err, claims));`,
    `const { Strategy, ExtractJwt } = require('passport-jwt');
     passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET }, verify));`,
    `import koaJwt from 'koa-jwt'; app.use(koaJwt({ secret: process.env.JWT_SECRET }));`,
    `import { createVerifier } from 'fast-jwt'; const verifyToken = createVerifier({ key: async () => publicKey, allowedIss: 'https://idp/' });`,
    `import fastifyJwt from '@fastify/jwt'; fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });`,
    // Lists of one family that match the key.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, fs.readFileSync('keys/public.pem'), { algorithms: ['RS256', 'PS256', 'ES256'] });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256', 'HS512'] });`,
    `import { expressjwt } from 'express-jwt';
     import jwksRsa from 'jwks-rsa';
     app.use(expressjwt({ secret: jwksRsa.expressJwtSecret({ jwksUri }), algorithms: ['RS256'], audience: 'api', issuer: 'https://idp/' }));`,
    `const { expressjwt } = require('express-jwt'); app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
    // HMAC with a key whose kind is not clear from the code.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, key, { algorithms: ['HS256'] });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secretOrPublicKey, { algorithms: ['HS256'] });`,
    `import jwt from 'jsonwebtoken'; jwt.verify(token, fs.readFileSync('/run/secrets/jwt.key'), { algorithms: ['HS256'] });`,
    `import { expressjwt } from 'express-jwt'; app.use(expressjwt({ secret: (req, token) => tenantSecrets.get(token.payload.tid), algorithms: ['HS256'] }));`,
    `import { JwtModule } from '@nestjs/jwt';
     JwtModule.register({ secret: process.env.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } });`,
    // `algorithms` inside passport-jwt's jsonWebTokenOptions is never read (another rule's finding).
    `import { Strategy } from 'passport-jwt';
     new Strategy({ jwtFromRequest, secretOrKey: secret, jsonWebTokenOptions: { algorithms: ['HS256', 'RS256'] } }, verify);`,
    // Signing takes one algorithm, not an allow-list.
    `import jwt from 'jsonwebtoken'; jwt.sign(payload, privateKey, { algorithm: 'RS256', expiresIn: '15m' });`,
    // `none` is another rule's finding.
    `import jwt from 'jsonwebtoken'; jwt.verify(token, secret, { algorithms: ['none'] });`,
    // express-jwt options that cannot all be read.
    `import { expressjwt } from 'express-jwt'; app.use(expressjwt(buildJwtOptions()));`,
    `import { expressjwt } from 'express-jwt'; app.use(expressjwt({ ...loadAuthConfig(), secret }));`,
    `import { expressjwt } from 'express-jwt'; const opts = { secret }; Object.assign(opts, extra); app.use(expressjwt(opts));`,
    // jwt-simple with an algorithm, with verification skipped (another rule), or with unknown arguments.
    `const jwt = require('jwt-simple'); const payload = jwt.decode(token, secret, false, 'HS256');`,
    `const jwt = require('jwt-simple'); const payload = jwt.decode(token, secret, true);`,
    `const jwt = require('jwt-simple'); const payload = jwt.decode(...args);`,
    // Not the library: a local module with the same names.
    `const jwt = require('./lib/jwt'); jwt.verify(token, publicKey, { algorithms: ['HS256', 'RS256'] });`,
    `import { expressjwt } from './auth/express-jwt'; app.use(expressjwt({ secret }));`,
    // Libraries that fix the algorithms themselves.
    `import { auth } from 'express-oauth2-jwt-bearer'; app.use(auth({ issuerBaseURL: 'https://idp/', audience: 'api', tokenSigningAlg: 'RS256' }));`,
    `import { OAuth2Client } from 'google-auth-library'; const client = new OAuth2Client(); await client.verifyIdToken({ idToken, audience: CLIENT_ID });`,
    // TypeScript: a typed HMAC verification.
    {
      code: `import jwt, { type JwtPayload } from 'jsonwebtoken';
export function readSession(token: string): JwtPayload {
  return jwt.verify(token, process.env.SESSION_SECRET as string, { algorithms: ['HS256'] }) as JwtPayload;
}`,
      filename: 'session.ts',
    },
  ],
  invalid: [
    {
      // The algorithm taken from the token's own header (decoded without verification first).
      code: `import jwt from 'jsonwebtoken';
const decoded = jwt.decode(token, { complete: true });
jwt.verify(token, key, { algorithms: [decoded?.header.alg] });`,
      errors: [{ messageId: 'algorithmFromToken', data: { expression: 'decoded?.header.alg' }, line: 3, column: 39, endColumn: 58 }],
    },

    // --- (c) lists that mix HMAC with public-key algorithms ---
    {
      code: `const jwt = require('jsonwebtoken');
const claims = jwt.verify(token, key, { algorithms: ['HS256', 'RS256'] });`,
      errors: [{ messageId: 'mixedAlgorithms', data: { hmac: 'HS256', asymmetric: 'RS256' }, line: 2, column: 53, endColumn: 71, suggestions: [] }],
    },
    {
      // One const options object serving two calls: the list is reported once.
      code: `import jwt from 'jsonwebtoken';
const verifyOptions = { algorithms: ['RS256', 'HS512'], issuer: 'https://idp.example.com/' };
export const verifyAccess = (token: string) => jwt.verify(token, publicKey, verifyOptions);
export const verifyRefresh = (token: string) => jwt.verify(token, publicKey, verifyOptions);`,
      filename: 'tokens.ts',
      errors: [{ messageId: 'mixedAlgorithms', line: 2, column: 37, endColumn: 55, suggestions: [] }],
    },
    {
      // An ES module loading the CommonJS library through createRequire.
      code: `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const jwt = require('jsonwebtoken');
export const claims = jwt.verify(token, key, { algorithms: ['HS256', 'RS256'] });`,
      errors: [{ messageId: 'mixedAlgorithms', data: { hmac: 'HS256', asymmetric: 'RS256' }, line: 4, column: 60, endColumn: 78, suggestions: [] }],
    },
    {
      code: `import { verify } from 'jsonwebtoken';
const ALLOWED_ALGORITHMS = ['ES256', 'HS256'];
verify(token, key, { algorithms: ALLOWED_ALGORITHMS, audience: 'api://orders' });`,
      errors: [{ messageId: 'mixedAlgorithms', data: { hmac: 'HS256', asymmetric: 'ES256' }, line: 3, column: 34, endColumn: 52 }],
    },
    {
      code: `const { expressjwt } = require('express-jwt');
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256', 'RS256', 'PS256'] }));`,
      errors: [{ messageId: 'mixedAlgorithms', data: { hmac: 'HS256', asymmetric: 'RS256, PS256' }, line: 2, column: 66, endColumn: 93 }],
    },
    {
      code: `import koaJwt from 'koa-jwt';
app.use(koaJwt({ secret: config.jwtKey, algorithms: ['HS256', 'EdDSA'] }));`,
      errors: [{ messageId: 'mixedAlgorithms', line: 2, column: 53, endColumn: 71 }],
    },
    {
      code: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key: loadKey, algorithms: ['RS256', 'HS256'] });`,
      errors: [{ messageId: 'mixedAlgorithms', line: 2, column: 64, endColumn: 82 }],
    },
    {
      code: `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET, verify: { algorithms: ['HS256', 'ES256'] } });`,
      errors: [{ messageId: 'mixedAlgorithms', line: 4, column: 82, endColumn: 100 }],
    },
    {
      code: `import fastifyJwt from '@fastify/jwt';
fastify.get('/me', async (request) => fastify.jwt.verify(request.headers.authorization, { algorithms: ['HS256', 'RS256'] }));`,
      errors: [{ messageId: 'mixedAlgorithms', line: 2, column: 103, endColumn: 121 }],
    },
    {
      code: `const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: signingKey,
  algorithms: ['RS256', 'HS256'],
}, (payload, done) => done(null, payload)));`,
      errors: [{ messageId: 'mixedAlgorithms', line: 5, column: 15, endColumn: 33 }],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
const algorithms = ['HS256', 'RS256'] as const;
app.use(expressjwt({ secret, algorithms: [...algorithms] }));`,
      filename: 'auth.ts',
      errors: [{ messageId: 'mixedAlgorithms', line: 3, column: 42, endColumn: 57 }],
    },

    // --- (d) HMAC only, with public key material ---
    {
      code: `import * as jwt from 'jsonwebtoken';
const PUBLIC_PEM = '${PEM}';
jwt.verify(token, PUBLIC_PEM, { algorithms: ['HS256'] });`,
      errors: [{ messageId: 'hmacWithPublicKey', data: { hmac: 'HS256' }, line: 3, column: 45, endColumn: 54, suggestions: [] }],
    },
    {
      code: `import * as jwt from 'jsonwebtoken';
jwt.verify(token, '${PEM}', { algorithms: ['HS256'] });`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 2 }],
    },
    {
      code: `const fs = require('fs');
const jwt = require('jsonwebtoken');
const key = fs.readFileSync('./keys/public.pem');
module.exports = (token) => jwt.verify(token, key, { algorithms: ['HS256'] });`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 4, column: 66, endColumn: 75 }],
    },
    {
      code: `import path from 'node:path';
import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';
jwt.verify(token, readFileSync(path.join(__dirname, 'certs', 'jwt.pub'), 'utf8'), { algorithms: ['HS384'] });`,
      errors: [{ messageId: 'hmacWithPublicKey', data: { hmac: 'HS384' }, line: 4, column: 97, endColumn: 106 }],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';
app.use(expressjwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://tenant.auth0.com/.well-known/jwks.json', cache: true }),
  algorithms: ['HS256'],
}));`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 5, column: 15, endColumn: 24 }],
    },
    {
      code: `import { Strategy, ExtractJwt } from 'passport-jwt';
import { passportJwtSecret } from 'jwks-rsa';
passport.use(new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKeyProvider: passportJwtSecret({ jwksUri, cache: true }),
  algorithms: ['HS256'],
}, verifyUser));`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 6, column: 15, endColumn: 24 }],
    },
    {
      code: `const jwt = require('koa-jwt');
const { koaJwtSecret } = require('jwks-rsa');
app.use(jwt({ secret: koaJwtSecret({ jwksUri }), algorithms: ['HS256'] }));`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 3, column: 62, endColumn: 71 }],
    },
    {
      code: `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://login.example.com/keys' });
function getKey(header, callback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key?.getPublicKey()));
}
jwt.verify(token, getKey, { algorithms: ['HS256'] }, (err, decoded) => {});`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 7, column: 41, endColumn: 50 }],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const payload = jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['HS256'] }) as JwtPayload;`,
      filename: 'verify.ts',
      errors: [{ messageId: 'hmacWithPublicKey', line: 2, column: 78, endColumn: 87 }],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, issuerCertificate, { algorithms: ['HS256'] });`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 2, column: 52, endColumn: 61 }],
    },
    {
      code: `import { createPublicKey } from 'node:crypto';
import { verify } from 'jsonwebtoken';
const key = createPublicKey(pem);
verify(token, key, { algorithms: ['HS256', 'HS512'] });`,
      errors: [{ messageId: 'hmacWithPublicKey', data: { hmac: 'HS256, HS512' }, line: 4, column: 34, endColumn: 52 }],
    },
    {
      code: `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, {
  secret: { private: readFileSync('private.pem'), public: readFileSync('public.pem') },
  verify: { algorithms: ['HS256'] },
});`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 4, column: 25, endColumn: 34 }],
    },
    {
      // jose never verifies an HMAC token against a JWKS: the list makes every token fail.
      code: `import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'));
const { payload } = await jwtVerify(token, JWKS, { algorithms: ['HS256'], issuer: 'https://idp.example.com' });`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 3, column: 64, endColumn: 73 }],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
@Module({
  imports: [JwtModule.register({ publicKey: process.env.JWT_KEY, verifyOptions: { algorithms: ['HS256'] } })],
})
export class AuthModule {}`,
      filename: 'auth.module.ts',
      errors: [{ messageId: 'hmacWithPublicKey', line: 3, column: 95, endColumn: 104 }],
    },
    {
      code: `const jwt = require('jwt-simple');
const claims = jwt.decode(token, publicKey, false, 'HS256');`,
      errors: [{ messageId: 'hmacWithPublicKey', line: 2, column: 52, endColumn: 59 }],
    },

    // --- (a) no allow-list where the library needs one ---
    {
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET }));`,
      errors: [
        {
          messageId: 'requiredAlgorithmsMissing',
          line: 2,
          column: 20,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'addAlgorithms',
              data: { algorithm: 'HS256' },
              output: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
            },
          ],
        },
      ],
    },
    {
      code: `const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');
app.use(jwt({ secret: jwksRsa.expressJwtSecret({ jwksUri }), audience: 'api', issuer: 'https://idp/' }));`,
      errors: [
        {
          messageId: 'requiredAlgorithmsMissing',
          line: 3,
          column: 13,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'addAlgorithms',
              data: { algorithm: 'RS256' },
              output: `const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');
app.use(jwt({ secret: jwksRsa.expressJwtSecret({ jwksUri }), audience: 'api', issuer: 'https://idp/', algorithms: ['RS256'] }));`,
            },
          ],
        },
      ],
    },
    {
      // One const options object serving two middlewares: each call is a finding.
      code: `import { expressjwt, type Params } from 'express-jwt';
const jwtOptions: Params = {
  secret: getSigningSecret, // rotated daily
  audience: 'orders-api',
};
export const requireAuth = expressjwt(jwtOptions);
export const optionalAuth = expressjwt({ ...jwtOptions, credentialsRequired: false });`,
      filename: 'auth.ts',
      errors: [
        {
          messageId: 'requiredAlgorithmsMissing',
          line: 6,
          column: 39,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'addAlgorithms',
              output: `import { expressjwt, type Params } from 'express-jwt';
const jwtOptions: Params = {
  secret: getSigningSecret, // rotated daily
  audience: 'orders-api',
  algorithms: ['HS256'],
};
export const requireAuth = expressjwt(jwtOptions);
export const optionalAuth = expressjwt({ ...jwtOptions, credentialsRequired: false });`,
            },
          ],
        },
        {
          messageId: 'requiredAlgorithmsMissing',
          line: 7,
          column: 40,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'addAlgorithms',
              output: `import { expressjwt, type Params } from 'express-jwt';
const jwtOptions: Params = {
  secret: getSigningSecret, // rotated daily
  audience: 'orders-api',
};
export const requireAuth = expressjwt(jwtOptions);
export const optionalAuth = expressjwt({ ...jwtOptions, credentialsRequired: false, algorithms: ['HS256'] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
router.use(expressjwt({ secret: signingKey, requestProperty: 'auth' }));`,
      errors: [
        {
          messageId: 'requiredAlgorithmsMissing',
          line: 2,
          column: 23,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'addAlgorithmsPlaceholder',
              output: `import { expressjwt } from 'express-jwt';
router.use(expressjwt({ secret: signingKey, requestProperty: 'auth', algorithms: [${PLACEHOLDER}] }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
import type { Params } from 'express-jwt';
const options = { secret: Buffer.from(process.env.JWT_SECRET ?? '', 'base64') } satisfies Params;
app.use('/api', expressjwt(options));`,
      filename: 'app.ts',
      errors: [
        {
          messageId: 'requiredAlgorithmsMissing',
          line: 4,
          column: 28,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addAlgorithms',
              output: `import { expressjwt } from 'express-jwt';
import type { Params } from 'express-jwt';
const options = { secret: Buffer.from(process.env.JWT_SECRET ?? '', 'base64'), algorithms: ['HS256'] } satisfies Params;
app.use('/api', expressjwt(options));`,
            },
          ],
        },
      ],
    },
    {
      code: `import jwt from 'jwt-simple';
const payload = jwt.decode(token, process.env.JWT_SECRET);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: 'decode' },
          line: 2,
          column: 17,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'addAlgorithms',
              output: `import jwt from 'jwt-simple';
const payload = jwt.decode(token, process.env.JWT_SECRET, false, 'HS256');`,
            },
          ],
        },
      ],
    },
    {
      code: `const { decode } = require('jwt-simple');
const payload = decode(token, secret, false);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 17,
          endColumn: 23,
          suggestions: [{ messageId: 'addAlgorithms', output: `const { decode } = require('jwt-simple');
const payload = decode(token, secret, false, 'HS256');` }],
        },
      ],
    },
    {
      code: `const jwtSimple = require('jwt-simple');
const pub = fs.readFileSync('/etc/app/jwt-public.pem', 'utf8');
const claims = jwtSimple.decode(req.headers.authorization.slice(7), pub);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 3,
          column: 16,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'addAlgorithms',
              data: { algorithm: 'RS256' },
              output: `const jwtSimple = require('jwt-simple');
const pub = fs.readFileSync('/etc/app/jwt-public.pem', 'utf8');
const claims = jwtSimple.decode(req.headers.authorization.slice(7), pub, false, 'RS256');`,
            },
          ],
        },
      ],
    },
    {
      code: `import { decode } from 'jwt-simple';
const claims = decode(token, loadKey());`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 16,
          endColumn: 22,
          suggestions: [{ messageId: 'addAlgorithmsPlaceholder', output: `import { decode } from 'jwt-simple';
const claims = decode(token, loadKey(), false, ${PLACEHOLDER});` }],
        },
      ],
    },
  ],
});
