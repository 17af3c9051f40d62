import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds } from '../../src/rules/no-token-controlled-verification';
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

ruleTester.run('no-token-controlled-verification', rule, {
  valid: [
    // Fixed algorithms, fixed JWKS; the header only picks a key from it.
    `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: process.env.JWKS_URI });
export async function verify(token) {
  const { header } = jwt.decode(token, { complete: true });
  const key = await client.getSigningKey(header.kid);
  return jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'], issuer: ISSUER, audience: AUDIENCE });
}`,
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.example.com/.well-known/jwks.json'));
export const verifyToken = (token: string) => jwtVerify(token, JWKS, { algorithms: ['RS256'], issuer: ISSUER });`,
    // The kid looks a key up in a fixed set.
    `const jwt = require('jsonwebtoken');
const KEYS = { '2024-01': fs.readFileSync('/etc/jwt/2024-01.pem'), '2024-07': fs.readFileSync('/etc/jwt/2024-07.pem') };
function verify(token) {
  const { header } = jwt.decode(token, { complete: true });
  const key = KEYS[header.kid];
  if (!key) throw new Error('unknown kid');
  return jwt.verify(token, key, { algorithms: ['RS256'] });
}`,
    // The kid is checked against a pattern before it names a file.
    `import fs from 'node:fs';
import path from 'node:path';
import { decodeProtectedHeader } from 'jose';
export function keyFor(token: string) {
  const { kid } = decodeProtectedHeader(token);
  if (!kid || !/^[a-z0-9-]{1,64}$/.test(kid)) throw new Error('bad kid');
  return fs.readFileSync(path.join(KEY_DIR, kid + '.pem'), 'utf8');
}`,
    // The kid keys an in-memory cache.
    `import jwt from 'jsonwebtoken';
export function cachedKey(token) {
  const { header } = jwt.decode(token, { complete: true });
  return keyCache.get(\`key:\${header.kid}\`);
}`,
    // The kid is a bound SQL parameter.
    `import jwt from 'jsonwebtoken';
export async function keyFor(token) {
  const { header } = jwt.decode(token, { complete: true });
  const { rows } = await pool.query('SELECT pem FROM signing_keys WHERE kid = $1', [header.kid]);
  return rows[0]?.pem;
}`,
    // jku checked against an allow-list first.
    `import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
export async function verifyFederated(token: string) {
  const { jku } = decodeProtectedHeader(token);
  if (!jku || !TRUSTED_JWKS_URLS.includes(jku)) throw new Error('untrusted key URL');
  return jwtVerify(token, createRemoteJWKSet(new URL(jku)), { algorithms: ['RS256'], issuer: ISSUER });
}`,
    // iss checked against an allow-list before its keys are fetched.
    `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
export async function keyFor(token, res) {
  const { iss } = jwt.decode(token);
  if (!ALLOWED_ISSUERS.has(iss)) return res.sendStatus(401);
  const client = jwksClient({ jwksUri: iss + '/.well-known/jwks.json' });
  return client.getSigningKey(jwt.decode(token, { complete: true }).header.kid);
}`,
    `import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
export async function verifyTenantToken(token: string) {
  const { tid } = decodeJwt(token);
  if (allowedTenants.includes(tid)) {
    const JWKS = createRemoteJWKSet(new URL(\`https://login.microsoftonline.com/\${tid}/discovery/v2.0/keys\`));
    return jwtVerify(token, JWKS, { audience: CLIENT_ID });
  }
  throw new Error('tenant not allowed');
}`,
    // The issuer is pinned when the same token is verified.
    `import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
export async function verifyToken(token: string) {
  const { iss } = decodeJwt(token);
  const JWKS = createRemoteJWKSet(new URL(iss + '/.well-known/jwks.json'));
  return jwtVerify(token, JWKS, { issuer: 'https://login.example.com/', audience: 'api://orders' });
}`,
    // The algorithm written straight from the header into the list is require-jwt-algorithms' finding.
    `import jwt from 'jsonwebtoken';
export function verify(token, key) {
  const decoded = jwt.decode(token, { complete: true });
  return jwt.verify(token, key, { algorithms: [decoded.header.alg] });
}`,
    // The header's alg only checked.
    `import { decodeProtectedHeader, jwtVerify } from 'jose';
export async function verify(token: string) {
  const { alg } = decodeProtectedHeader(token);
  if (alg !== 'ES256') throw new Error('unexpected alg');
  return jwtVerify(token, PUBLIC_KEY, { algorithms: ['ES256'] });
}`,
    // Header values only logged.
    `import jwt from 'jsonwebtoken';
app.use((req, res, next) => {
  const decoded = jwt.decode(req.headers.authorization?.slice(7) ?? '', { complete: true });
  logger.warn({ jku: decoded?.header.jku, kid: decoded?.header.kid }, 'token header');
  next();
});`,
    // EmbeddedJWK with the thumbprint pinned.
    `import { EmbeddedJWK, calculateJwkThumbprint, jwtVerify } from 'jose';
export async function verifyDpopProof(proof: string) {
  const { payload, protectedHeader } = await jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', algorithms: ['ES256'] });
  if ((await calculateJwkThumbprint(protectedHeader.jwk!)) !== expectedThumbprint) throw new Error('key mismatch');
  return payload;
}`,
    // A jwk imported after its thumbprint was compared with a pinned value.
    `import { calculateJwkThumbprint, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
export async function verifyProof(proof: string) {
  const { jwk } = decodeProtectedHeader(proof);
  if ((await calculateJwkThumbprint(jwk)) !== PINNED_THUMBPRINT) throw new Error('unknown key');
  return jwtVerify(proof, await importJWK(jwk, 'ES256'));
}`,
    // An x5c chain validated against a trust anchor (App Store notifications and similar).
    `import { X509Certificate } from 'node:crypto';
import jwt from 'jsonwebtoken';
export function verifyNotification(signedPayload: string) {
  const { header } = jwt.decode(signedPayload, { complete: true })!;
  const [leaf, intermediate] = (header.x5c ?? []).map((der) => new X509Certificate(Buffer.from(der, 'base64')));
  if (!intermediate.checkIssued(APPLE_ROOT) || !leaf.checkIssued(intermediate)) throw new Error('bad chain');
  const pem = \`-----BEGIN CERTIFICATE-----\\n\${header.x5c[0]}\\n-----END CERTIFICATE-----\`;
  return jwt.verify(signedPayload, pem, { algorithms: ['ES256'] });
}`,
    // Header values of a verified token.
    `import { jwtVerify } from 'jose';
export async function verifyAndLoad(token: string) {
  const { payload } = await jwtVerify(token, JWKS, { issuer: ISSUER });
  return fetch(new URL('/userinfo', payload.iss));
}`,
    // A fixed configuration from the environment.
    `import { createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL(process.env.JWKS_URL!));`,
    // EmbeddedJWK from another library.
    `import { EmbeddedJWK } from './keys';
await jwtVerify(token, EmbeddedJWK);`,
    // The iss in the verify options (a weak check, but not a key source).
    `import { decodeJwt, jwtVerify } from 'jose';
export async function verify(token: string) {
  const { iss } = decodeJwt(token);
  return jwtVerify(token, JWKS, { issuer: iss });
}`,
  ],
  invalid: [
    // (a) The alg taken from the header through a variable.
    invalid(
      `import jwt from 'jsonwebtoken';
export function verifyToken(token, key) {
  const { header } = jwt.decode(token, { complete: true });
  const alg = header.alg;
  return jwt.verify(token, key, { algorithms: [alg], audience: 'api://orders' });
}`,
      [['algorithmFromToken', '[alg]', 'alg']],
    ),
    invalid(
      `import { decodeProtectedHeader, jwtVerify } from 'jose';
export async function verify(token: string, key: CryptoKey) {
  const { alg } = decodeProtectedHeader(token);
  return jwtVerify(token, key, { algorithms: [alg!], issuer: ISSUER });
}`,
      [['algorithmFromToken', '[alg!]', 'alg']],
      'verify.ts',
    ),
    // Options held in a const.
    invalid(
      `const jwt = require('jsonwebtoken');
function verify(token) {
  const alg = jwt.decode(token, { complete: true }).header.alg;
  const options = { algorithms: [alg], issuer: ISSUER };
  return jwt.verify(token, PUBLIC_KEY, options);
}`,
      [['algorithmFromToken', '[alg]', 'alg']],
    ),
    // (b) jku fetched.
    invalid(
      `import { decodeProtectedHeader, jwtVerify, createLocalJWKSet } from 'jose';
export async function verify(token: string) {
  const header = decodeProtectedHeader(token);
  const jwks = await fetch(header.jku!).then((response) => response.json());
  return jwtVerify(token, createLocalJWKSet(jwks), { algorithms: ['RS256'] });
}`,
      [['keyUrlFromToken', 'header.jku']],
    ),
    invalid(
      `import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
export async function verify(token: string) {
  const { jku } = decodeProtectedHeader(token);
  return jwtVerify(token, createRemoteJWKSet(new URL(jku)), { algorithms: ['RS256'] });
}`,
      [['keyUrlFromToken', 'new URL(jku)', 'jku']],
    ),
    invalid(
      `const jwt = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');
async function getKey(token) {
  const decoded = jwt.decode(token, { complete: true });
  const client = jwksClient({ jwksUri: decoded.header.jku, cache: true });
  return (await client.getSigningKey(decoded.header.kid)).getPublicKey();
}`,
      [['keyUrlFromToken', 'decoded.header.jku']],
    ),
    invalid(
      `import axios from 'axios';
import jwt from 'jsonwebtoken';
export async function certificateFor(token) {
  const { header } = jwt.decode(token, { complete: true });
  const { data } = await axios.get(header.x5u);
  return data;
}`,
      [['keyUrlFromToken', 'header.x5u']],
    ),
    // ENGINE: a jsonwebtoken key callback: the header parameter.
    invalid(
      `import jwt from 'jsonwebtoken';
import got from 'got';
export function verify(token) {
  return new Promise((resolve, reject) => {
    jwt.verify(token, (header, callback) => {
      got(header.jku).json().then((jwks) => callback(null, toPem(jwks.keys[0])), callback);
    }, { algorithms: ['RS256'] }, (error, claims) => (error ? reject(error) : resolve(claims)));
  });
}`,
      [['keyUrlFromToken', 'header.jku']],
    ),
    // (c) The token's own key imported.
    invalid(
      `import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
export async function verify(token: string) {
  const header = decodeProtectedHeader(token);
  const key = await importJWK(header.jwk!, 'RS256');
  return jwtVerify(token, key, { algorithms: ['RS256'] });
}`,
      [['embeddedKeyFromToken', 'header.jwk']],
    ),
    invalid(
      `const crypto = require('crypto');
const jwt = require('jsonwebtoken');
function verify(token) {
  const { header } = jwt.decode(token, { complete: true });
  const key = crypto.createPublicKey({ key: header.jwk, format: 'jwk' });
  return jwt.verify(token, key, { algorithms: ['RS256'] });
}`,
      [['embeddedKeyFromToken', 'header.jwk']],
    ),
    invalid(
      `import jwt from 'jsonwebtoken';
export function verify(token: string) {
  const decoded = jwt.decode(token, { complete: true })!;
  const pem = \`-----BEGIN CERTIFICATE-----\\n\${decoded.header.x5c[0]}\\n-----END CERTIFICATE-----\`;
  return jwt.verify(token, pem, { algorithms: ['RS256'] });
}`,
      [['embeddedKeyFromToken', 'pem', 1]],
    ),
    // (d) The kid names a file.
    invalid(
      `import fs from 'node:fs';
import jwt from 'jsonwebtoken';
export function verify(token: string) {
  const { header } = jwt.decode(token, { complete: true })!;
  const key = fs.readFileSync(\`./keys/\${header.kid}.pem\`);
  return jwt.verify(token, key, { algorithms: ['RS256'] });
}`,
      [['kidInFileOrQuery', 'header.kid']],
    ),
    invalid(
      `const path = require('path');
const fs = require('fs/promises');
const { decodeProtectedHeader } = require('jose');
async function keyFor(token) {
  const { kid } = decodeProtectedHeader(token);
  return fs.readFile(path.join(__dirname, 'keys', kid), 'utf8');
}`,
      [['kidInFileOrQuery', "'keys', kid", 'kid']],
    ),
    invalid(
      `import jwt from 'jsonwebtoken';
export function keyModule(token) {
  const { header } = jwt.decode(token, { complete: true });
  return require('./keys/' + header.kid);
}`,
      [['kidInFileOrQuery', 'header.kid']],
    ),
    // (d) The kid in SQL text.
    invalid(
      `import jwt from 'jsonwebtoken';
export async function keyFor(token) {
  const { header } = jwt.decode(token, { complete: true });
  const [rows] = await db.execute(\`SELECT pem FROM signing_keys WHERE kid = '\${header.kid}'\`);
  return rows[0].pem;
}`,
      [['kidInFileOrQuery', 'header.kid']],
    ),
    // (e) An unverified issuer chooses the key set.
    invalid(
      `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
export async function keyFor(token) {
  const { iss } = jwt.decode(token);
  const client = jwksClient({ jwksUri: \`\${iss}/.well-known/jwks.json\` });
  const { header } = jwt.decode(token, { complete: true });
  return (await client.getSigningKey(header.kid)).getPublicKey();
}`,
      [['issuerChoosesKeys', '${iss}', 'iss']],
    ),
    invalid(
      `import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
export async function verifyEntraToken(token: string) {
  const { tid } = decodeJwt(token);
  const JWKS = createRemoteJWKSet(new URL(\`https://login.microsoftonline.com/\${tid}/discovery/v2.0/keys\`));
  return jwtVerify(token, JWKS, { audience: CLIENT_ID });
}`,
      [['issuerChoosesKeys', '${tid}', 'tid']],
    ),
    invalid(
      `import * as client from 'openid-client';
import { decodeJwt } from 'jose';
export async function configFor(idToken: string) {
  const payload = decodeJwt(idToken);
  return client.discovery(new URL(payload.iss!), CLIENT_ID);
}`,
      [['issuerChoosesKeys', 'payload.iss']],
    ),
    invalid(
      `const { Issuer } = require('openid-client');
const jwt = require('jsonwebtoken');
async function issuerFor(token) {
  const decoded = jwt.decode(token);
  return Issuer.discover(decoded.iss);
}`,
      [['issuerChoosesKeys', 'decoded.iss']],
    ),
    // A passport-jwt key provider reads a file named by the kid.
    invalid(
      `import fs from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { ExtractJwt, Strategy } from 'passport-jwt';
passport.use(new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  algorithms: ['RS256'],
  secretOrKeyProvider: (request, rawJwtToken, done) => {
    const { header } = jwt.decode(rawJwtToken, { complete: true });
    done(null, fs.readFileSync(path.resolve('/etc/keys', header.kid)));
  },
}, verifyUser));`,
      [['kidInFileOrQuery', "'/etc/keys', header.kid", 'header.kid']],
    ),
    // better-sqlite3: the kid in the SQL text of a prepared statement.
    invalid(
      `const jwt = require('jsonwebtoken');
function keyFromDb(token) {
  const { header } = jwt.decode(token, { complete: true });
  return db.prepare(\`SELECT pem FROM keys WHERE kid = '\${header.kid}'\`).get();
}`,
      [['kidInFileOrQuery', 'header.kid']],
    ),
    // ENGINE: the `header` parameter of a jsonwebtoken key callback is a token-header source.
    invalid(
      `import jwt from 'jsonwebtoken';
function getKey(header, callback) {
  fetch(header.x5u).then((response) => response.text()).then((pem) => callback(null, pem), callback);
}
export const verify = (token) => jwt.verify(token, getKey, { algorithms: ['RS256'] }, () => {});`,
      [['keyUrlFromToken', 'header.x5u']],
    ),
    // ENGINE: express-jwt's secret callback receives the decoded token (`token.header`).
    invalid(
      `import { expressjwt } from 'express-jwt';
app.use(expressjwt({
  algorithms: ['RS256'],
  secret: async (req, token) => {
    const response = await fetch(token.header.jku);
    return response.text();
  },
}));`,
      [['keyUrlFromToken', 'token.header.jku']],
    ),
    // EmbeddedJWK without a thumbprint check.
    invalid(
      `import { EmbeddedJWK, jwtVerify } from 'jose';
export async function verify(token: string) {
  const { payload } = await jwtVerify(token, EmbeddedJWK, { algorithms: ['ES256'] });
  return payload;
}`,
      [['embeddedJwk', 'EmbeddedJWK', 1]],
    ),
    invalid(
      `import * as jose from 'jose';
export const verifyProof = (proof: string) => jose.jwtVerify(proof, jose.EmbeddedJWK);`,
      [['embeddedJwk', 'jose.EmbeddedJWK']],
    ),
    invalid(
      `const { compactVerify, EmbeddedJWK } = require('jose');
module.exports = (jws) => compactVerify(jws, EmbeddedJWK);`,
      [['embeddedJwk', 'EmbeddedJWK', 1]],
    ),
  ],
});
