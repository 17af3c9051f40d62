import rule from '../../src/rules/no-hand-rolled-jwt-validation';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-hand-rolled-jwt-validation', rule, {
  valid: [
    // A separator that is no dot, however it is written: nothing is cut at the dots (each call's separator is read).
    `import * as crypto from 'crypto';
const SEPARATOR = ':';
const [encodedHeader, encodedPayload, encodedSignature] = authToken.split(SEPARATOR);
const digest = crypto.createHmac('sha256', secret).update(encodedHeader + '.' + encodedPayload).digest('base64url');
if (digest === encodedSignature) accept();`,
    `import * as crypto from 'crypto';
const [encodedHeader, encodedPayload, encodedSignature] = authToken.split('/');
const digest = crypto.createHmac('sha256', secret).update(encodedHeader + '.' + encodedPayload).digest('base64url');
if (digest === encodedSignature) accept();`,
    // jose's JWT verifier checks the claims.
    `import { jwtVerify } from 'jose';
const { payload } = await jwtVerify(token, JWKS, { issuer, audience });`,
    // A JWS of a document or a webhook body is not a JWT: signature only is what it needs.
    `import { compactVerify } from 'jose';
const { payload } = await compactVerify(signedManifest, publicKey);
const manifest = JSON.parse(new TextDecoder().decode(payload));
install(manifest.files);`,
    `import * as jose from 'jose';
export async function verifyWebhook(jws: string) {
  const { payload } = await jose.flattenedVerify(JSON.parse(jws), webhookKey);
  return new TextDecoder().decode(payload);
}`,
    `import { generalVerify } from 'jose';
const result = await generalVerify(document, getKey);
const body = JSON.parse(new TextDecoder().decode(result.payload));
console.log(body.items.length);`,
    // A function of the same name from somewhere else.
    `import { compactVerify } from './my-jws';
await compactVerify(token, key);`,
    `const compactVerify = (t, k) => t; compactVerify(token, key);`,
    // Webhook signatures over a raw body, compared in constant time.
    `import crypto from 'node:crypto';
app.post('/stripe', (req, res) => {
  const expected = crypto.createHmac('sha256', secret).update(req.rawBody).digest('hex');
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(req.get('x-signature')))) return res.sendStatus(400);
});`,
    `const crypto = require('crypto');
function verifyGithub(req) {
  const digest = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_SECRET).update(req.body).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(req.headers['x-hub-signature-256']));
}`,
    `import { createHmac } from 'crypto';
const base = \`v0:\${timestamp}:\${rawBody}\`;
const mine = 'v0=' + createHmac('sha256', slackSecret).update(base).digest('hex');`,
    // A signed cookie `value.signature` splits on '.', but signs one part only.
    `import { createHmac, timingSafeEqual } from 'node:crypto';
const [value, mac] = cookie.split('.');
const expected = createHmac('sha256', key).update(value).digest('base64url');`,
    // Splitting on something else.
    `import { createHmac } from 'node:crypto';
const [header, payload, signature] = token.split(':');
const mac = createHmac('sha256', key).update(header + payload).digest('base64url');`,
    // Hand-rolled JWT *signing* builds the parts; it does not split a received token.
    `import { createHmac } from 'node:crypto';
const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const payload = base64url(JSON.stringify(claims));
const signature = createHmac('sha256', secret).update(\`\${header}.\${payload}\`).digest('base64url');
const token = \`\${header}.\${payload}.\${signature}\`;`,
    // Version strings, IP addresses and host names are split on '.' and compared, but are not tokens.
    `const [major, minor, patch] = version.split('.');
if (patch === other.patch) upgrade();`,
    `const octets = ip.split('.');
if (octets[2] === subnet[2]) allow();`,
    `const labels = host.split('.');
if (labels[2] === expectedZone) route();`,
    // Checking the shape of a token is not a signature comparison.
    `const parts = token.split('.');
if (parts.length !== 3 || parts[2] === '') throw new Error('malformed');`,
    `const [, , signature] = token.split('.');
if (typeof signature === 'undefined') throw new Error('unsigned');`,
    // Reading a token's header or payload without a signature check is another rule's business.
    `const [, payload] = token.split('.');
const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());`,
    // Constant-time comparison of a hand-made HMAC is reported once, on the HMAC, and not for the comparison.
    // (see invalid cases) — a constant-time comparison of a non-JWT value is silent.
    `import { timingSafeEqual } from 'crypto';
if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) throw new Error('bad signature');`,
    // Buffer.compare / equals of values that are not token signatures.
    `if (Buffer.compare(fileHash, storedHash) !== 0) throw new Error('corrupt');`,
    `if (a.equals(b)) dedupe();`,
    `versions.sort((a, b) => a.compare(b));`,
    // Web Crypto over a raw body, not split token parts.
    `const ok = await crypto.subtle.verify('HMAC', key, signatureBytes, new TextEncoder().encode(rawBody));`,
    `const sig = await crypto.subtle.sign('HMAC', key, encoder.encode(message));`,
    // Signing-input slice of something that is not named as a token.
    `import { createHmac } from 'crypto';
const stem = filename.slice(0, filename.lastIndexOf('.'));
const tag = createHmac('sha256', key).update(stem).digest('hex');`,
    // A webhook JWS named as such, with only its body used.
    `import { compactVerify } from 'jose';
const { payload } = await compactVerify(webhookToken, key);
await handleEvent(JSON.parse(new TextDecoder().decode(payload)).event);`,
    // jose JWS verifiers on a token-named value from another library are not jose's.
    `import { compactVerify } from '@panva/jws-utils';
await compactVerify(token, key);`,
    // HMAC of the whole token (a cache key or a fingerprint), not of its parts.
    `import { createHash, createHmac } from 'node:crypto';
const fingerprint = createHmac('sha256', pepper).update(token).digest('hex');`,
    // A timing-safe comparison of a hand-made HMAC over a raw body in a TypeScript service.
    {
      code: `import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
export function isFromShopify(req: Request, secret: string): boolean {
  const header = req.get('x-shopify-hmac-sha256') ?? '';
  const digest = createHmac('sha256', secret).update(req.body as Buffer).digest('base64');
  return header.length === digest.length && timingSafeEqual(Buffer.from(header), Buffer.from(digest));
}`,
      filename: 'shopify.ts',
    },
    // A function that handles a token but does not check it: its parameter is not taken for a token.
    `function parseTokenVersion(version) {
  const [major, minor, patch] = version.split('.');
  return patch === expectedPatch;
}`,
    // A helper that verifies some other signed string through a parameter.
    `import { compactVerify } from 'jose';
export async function readSigned(value) {
  const { payload } = await compactVerify(value, key);
  return new TextDecoder().decode(payload);
}`,
    // Comparing the payload parts of two tokens is not a signature comparison.
    `const [, payloadA] = tokenA.split('.');
const [, payloadB] = tokenB.split('.');
if (payloadA === payloadB) reuse();`,
    {
      code: `import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function authenticate(token: string): Promise<string> {
  const { payload } = await jwtVerify(token, JWKS, { issuer: ISSUER, audience: API_ID });
  return payload.sub as string;
}`,
      filename: 'auth.ts',
    },
  ],
  invalid: [
    // The dot reaches the cut the hard way: a const, a regular expression, a wrapped callee, `lastIndexOf` of a const.
    {
      code: `import * as crypto from 'crypto';
const DOT = '.';
const [encodedHeader, encodedPayload, encodedSignature] = authToken.split(DOT);
const digest = crypto.createHmac('sha256', secret).update(encodedHeader + '.' + encodedPayload).digest('base64url');
if (digest === encodedSignature) accept();`,
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 4, column: 16, endColumn: 33 },
        { messageId: 'nonConstantTimeComparison', line: 5, column: 12, endColumn: 15 },
      ],
    },
    {
      code: `import * as crypto from 'crypto';
const [encodedHeader, encodedPayload, encodedSignature] = authToken.split(/\\./);
const digest = crypto.createHmac('sha256', secret).update(encodedHeader + '.' + encodedPayload).digest('base64url');
if (digest === encodedSignature) accept();`,
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 3, column: 16, endColumn: 33 },
        { messageId: 'nonConstantTimeComparison', line: 4, column: 12, endColumn: 15 },
      ],
    },
    {
      code: `import * as crypto from 'crypto';
const [encodedHeader, encodedPayload, encodedSignature] = (authToken.split as (separator: string) => string[])('.');
const digest = crypto.createHmac('sha256', secret).update(encodedHeader + '.' + encodedPayload).digest('base64url');
if (digest === encodedSignature) accept();`,
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 3, column: 16, endColumn: 33 },
        { messageId: 'nonConstantTimeComparison', line: 4, column: 12, endColumn: 15 },
      ],
    },
    {
      code: `import { createHmac } from 'crypto';
const DOT = '.';
const input = token.slice(0, token.lastIndexOf(DOT));
const mac = createHmac('sha256', secret).update(input).digest('base64url');`,
      errors: [{ messageId: 'handRolledSignatureCheck', line: 4, column: 13, endColumn: 23 }],
    },
    // jose JWS verifiers on a JWT.
    {
      code: `import { compactVerify } from 'jose';
const { payload } = await compactVerify(token, publicKey);`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 2, column: 27, endColumn: 40, data: { api: 'compactVerify' } }],
    },
    {
      code: `import * as jose from 'jose';
const result = await jose.compactVerify(req.headers.authorization.slice(7), key);`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 2, column: 22, endColumn: 40 }],
    },
    {
      code: `const { compactVerify: verifyJws } = require('jose');
async function check(idToken) {
  return verifyJws(idToken, key);
}`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 3, column: 10 }],
    },
    {
      code: `const jose = require('jose');
jose.flattenedVerify(accessTokenJws, key);`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 2, column: 1, data: { api: 'flattenedVerify' } }],
    },
    {
      // The name is neutral, but the payload is parsed and its claims read.
      code: `import { compactVerify } from 'jose';
const { payload } = await compactVerify(jws, key);
const claims = JSON.parse(new TextDecoder().decode(payload));
if (claims.exp * 1000 < Date.now()) throw new Error('expired');`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 2, column: 27 }],
    },
    {
      code: `import { compactVerify } from 'jose';
const verified = await compactVerify(input, key);
const { sub, roles } = JSON.parse(Buffer.from(verified.payload).toString('utf8'));`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 2, column: 24 }],
    },
    {
      code: `import { compactVerify } from 'jose';
const { payload: bytes } = await compactVerify(value, key);
const text = new TextDecoder().decode(bytes);
req.user = JSON.parse(text).sub;`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 2, column: 34 }],
    },
    {
      code: `import { generalVerify } from 'jose';
export const verifyJwt = async (input) => generalVerify(input, getKey);`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 2, column: 43, data: { api: 'generalVerify' } }],
    },
    {
      code: `import { compactVerify, importSPKI } from 'jose';
import type { Request } from 'express';
export async function currentUser(req: Request): Promise<string> {
  const bearer = req.get('authorization')?.replace('Bearer ', '') ?? '';
  const { payload } = await compactVerify(bearer, await importSPKI(PEM, 'RS256'));
  const claims = JSON.parse(new TextDecoder().decode(payload)) as { sub: string };
  return claims.sub;
}`,
      filename: 'user.ts',
      errors: [{ messageId: 'signatureOnlyVerification', line: 5, column: 29 }],
    },

    // Other ways of loading node:crypto.
    {
      code: `import { createHmac as hmacOf } from 'crypto';
const [header, payload] = bearerToken.split('.');
const mac = hmacOf('sha256', key).update(header + '.' + payload).digest('base64url');`,
      errors: [{ messageId: 'handRolledSignatureCheck', line: 3, column: 13, endColumn: 19 }],
    },
    {
      code: `import nodeCrypto = require('node:crypto');
const [header, payload, signature] = (token as string).split('.');
const mac = nodeCrypto.createHmac('sha256', key).update(\`\${header}.\${payload}\`).digest('base64url');
if (signature !== mac) throw new Error('invalid token');`,
      filename: 'legacy.ts',
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 3, column: 13 },
        { messageId: 'nonConstantTimeComparison', line: 4, column: 15 },
      ],
    },
    {
      code: `export async function authorize(token: string) {
  const { createHmac } = await import('node:crypto');
  const [header, payload, signature] = token.split('.');
  const expected = createHmac('sha256', process.env.JWT_SECRET!).update(\`\${header}.\${payload}\`).digest('base64url');
  return expected === signature;
}`,
      filename: 'authorize.ts',
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 4, column: 20 },
        { messageId: 'nonConstantTimeComparison', line: 5, column: 19 },
      ],
    },
    {
      // Class method in a TypeScript service.
      code: `import { Injectable } from '@nestjs/common';
import * as crypto from 'crypto';
@Injectable()
export class TokenService {
  constructor(private readonly secret: string) {}
  isValid(jwt: string): boolean {
    const parts = jwt.split('.');
    if (parts.length !== 3) return false;
    const signature = crypto.createHmac('sha256', this.secret).update(parts[0] + '.' + parts[1]).digest('base64url');
    return signature === parts[2];
  }
}`,
      filename: 'token.service.ts',
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 9, column: 23 },
        { messageId: 'nonConstantTimeComparison', line: 10, column: 22 },
      ],
    },
    {
      // jose loaded with a dynamic import, the token from a cookie.
      code: `const { compactVerify } = await import('jose');
const { payload } = await compactVerify(req.cookies.session_token, secretKey);`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 2, column: 27 }],
    },
    {
      // The token destructured from the request body.
      code: `import { flattenedVerify } from 'jose';
app.post('/login/callback', async (req, res) => {
  const { id_token } = req.body;
  const { payload } = await flattenedVerify(toFlattened(id_token), jwks);
  res.json(payload);
});`,
      errors: [{ messageId: 'signatureOnlyVerification', line: 4, column: 29 }],
    },

    // createHmac over the split parts, compared with ===.
    {
      code: `const crypto = require('crypto');
function verify(token, secret) {
  const [header, payload, signature] = token.split('.');
  const expected = crypto.createHmac('sha256', secret).update(\`\${header}.\${payload}\`).digest('base64url');
  if (expected !== signature) throw new Error('invalid signature');
  return JSON.parse(Buffer.from(payload, 'base64url').toString());
}`,
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 4, column: 20, endColumn: 37, data: { api: 'createHmac' } },
        { messageId: 'nonConstantTimeComparison', line: 5, column: 16, endColumn: 19, data: { operator: '!==' } },
      ],
    },
    {
      code: `import { createHmac } from 'node:crypto';
const parts = jwt.split('.');
const sig = createHmac('sha256', SECRET).update(parts[0] + '.' + parts[1]).digest('base64url');
if (sig == parts[2]) next();`,
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 3, column: 13, endColumn: 23 },
        { messageId: 'nonConstantTimeComparison', line: 4, column: 9, endColumn: 11, data: { operator: '==' } },
      ],
    },
    {
      // Constant-time comparison: still hand-rolled (no exp/aud/iss/alg), but no timing report.
      code: `import crypto from 'crypto';
export function verifyToken(token: string, key: string): boolean {
  const [h, p, s] = token.split('.');
  const mac = crypto.createHmac('sha256', key).update(h + '.' + p).digest();
  return crypto.timingSafeEqual(mac, Buffer.from(s, 'base64url'));
}`,
      filename: 'token.ts',
      errors: [{ messageId: 'handRolledSignatureCheck', line: 4, column: 15 }],
    },
    {
      // The signing input held in a const, the HMAC in a variable fed piece by piece.
      code: `import * as crypto from 'crypto';
const [encodedHeader, encodedPayload, encodedSignature] = authToken.split('.');
const signingInput = [encodedHeader, encodedPayload].join('.');
const hmac = crypto.createHmac('sha256', process.env.JWT_SECRET);
hmac.update(signingInput);
const digest = hmac.digest('base64url');
if (digest === encodedSignature) { req.user = decode(encodedPayload); }`,
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 4, column: 14 },
        { messageId: 'nonConstantTimeComparison', line: 7, column: 12 },
      ],
    },
    {
      code: `import { createHmac } from 'crypto';
const segments = token.split('.');
const expected = createHmac('sha256', secret).update(segments.slice(0, 2).join('.')).digest('base64url');`,
      errors: [{ messageId: 'handRolledSignatureCheck', line: 3, column: 18 }],
    },
    {
      code: `import { createHmac } from 'crypto';
const h = createHmac('sha256', secret);
const [head, body] = token.split('.');
h.update(head).update('.').update(body);`,
      errors: [{ messageId: 'handRolledSignatureCheck', line: 2, column: 11 }],
    },
    {
      code: `import { createHmac } from 'crypto';
const input = token.slice(0, token.lastIndexOf('.'));
const mac = createHmac('sha256', secret).update(input).digest('base64url');`,
      errors: [{ messageId: 'handRolledSignatureCheck', line: 3, column: 13 }],
    },
    {
      // Comparison with Buffer#equals and Buffer.compare.
      code: `import { createHmac } from 'crypto';
const [header, payload, signature] = token.split('.');
const mac = createHmac('sha256', key).update(\`\${header}.\${payload}\`).digest();
if (!mac.equals(Buffer.from(signature, 'base64url'))) throw new Error('bad');
if (Buffer.compare(Buffer.from(signature, 'base64url'), mac) !== 0) throw new Error('bad');`,
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 3, column: 13 },
        { messageId: 'nonConstantTimeComparison', line: 4, column: 10, endColumn: 16, data: { operator: '.equals()' } },
        { messageId: 'nonConstantTimeComparison', line: 5, column: 12, endColumn: 19, data: { operator: 'Buffer.compare' } },
      ],
    },

    // crypto.verify / createVerify over the split parts.
    {
      code: `const { verify } = require('node:crypto');
const [header, payload, signature] = idToken.split('.');
const ok = verify('RSA-SHA256', Buffer.from(header + '.' + payload), publicKey, Buffer.from(signature, 'base64url'));`,
      errors: [{ messageId: 'handRolledSignatureCheck', line: 3, column: 12, endColumn: 18, data: { api: 'verify' } }],
    },
    {
      code: `import crypto from 'node:crypto';
const [h, p, s] = jwt.split('.');
const ok = crypto.createVerify('RSA-SHA256').update(\`\${h}.\${p}\`).verify(publicKey, s, 'base64url');`,
      errors: [{ messageId: 'handRolledSignatureCheck', line: 3, column: 12, data: { api: 'createVerify' } }],
    },
    {
      code: `import { createVerify } from 'crypto';
const parts = token.split('.');
const verifier = createVerify('RSA-SHA256');
verifier.update(\`\${parts[0]}.\${parts[1]}\`);
if (!verifier.verify(cert, parts[2], 'base64url')) throw new Error('invalid');`,
      errors: [{ messageId: 'handRolledSignatureCheck', line: 3, column: 18 }],
    },

    // Web Crypto in an edge runtime.
    {
      code: `export async function verifySession(token: string, key: CryptoKey): Promise<boolean> {
  const [header, payload, signature] = token.split('.');
  const data = new TextEncoder().encode(\`\${header}.\${payload}\`);
  return crypto.subtle.verify('HMAC', key, base64UrlToBytes(signature), data);
}`,
      filename: 'middleware.ts',
      errors: [{ messageId: 'handRolledSignatureCheck', line: 4, column: 10, endColumn: 30, data: { api: 'subtle.verify' } }],
    },
    {
      code: `const [h, p, s] = token.split('.');
const mac = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(h + '.' + p));
if (toBase64Url(mac) !== s) return new Response('Unauthorized', { status: 401 });`,
      errors: [
        { messageId: 'handRolledSignatureCheck', line: 2, column: 19 },
        { messageId: 'nonConstantTimeComparison', line: 3, column: 22 },
      ],
    },

    {
      // The HMAC in a helper: the comparison with the split signature is still reported.
      code: `const crypto = require('crypto');
const HMAC_SHA256 = (key, data) => crypto.createHmac('sha256', key).update(data).digest('base64url');
const splits = jwt.split('.');
const unsignedToken = [splits[0], splits[1]].join('.');
const signature = splits[2];
console.log(HMAC_SHA256(key, unsignedToken) === signature);`,
      errors: [{ messageId: 'nonConstantTimeComparison', line: 6, column: 45 }],
    },
    // A === comparison of a token's signature part, the HMAC computed elsewhere.
    {
      code: `const parts = token.split('.');
if (parts[2] !== sign(\`\${parts[0]}.\${parts[1]}\`)) throw new Error('bad signature');`,
      errors: [{ messageId: 'nonConstantTimeComparison', line: 2, column: 14, data: { operator: '!==' } }],
    },
    {
      code: `const [, , receivedSig] = req.headers.authorization.split(' ')[1].split('.');
if (expectedSignature === receivedSig) return next();`,
      errors: [{ messageId: 'nonConstantTimeComparison', line: 2, column: 23 }],
    },
  ],
});
