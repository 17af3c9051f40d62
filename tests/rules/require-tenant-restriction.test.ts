import rule from '../../src/rules/require-tenant-restriction';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const COMMON = 'https://login.microsoftonline.com/common';

ruleTester.run('require-tenant-restriction', rule, {
  valid: [
    // passport-azure-ad: a tenant-GUID authority is single-tenant, whatever validateIssuer says.
    `import { BearerStrategy } from 'passport-azure-ad';
passport.use(new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  validateIssuer: false,
}, verify));`,
    // passport-azure-ad: common metadata with issuer validation on and an issuer array.
    `import { BearerStrategy } from 'passport-azure-ad';
passport.use(new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  validateIssuer: true,
  issuer: ['https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0', 'https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0'],
}, verify));`,
    // passport-azure-ad: an issuer list, validateIssuer left at its default (on).
    `const { BearerStrategy } = require('passport-azure-ad');
const strategy = new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  clientID: config.clientId,
  issuer: config.allowedIssuers,
}, verify);`,
    // passport-azure-ad: the verify callback checks tid against an allowlist.
    `import { BearerStrategy } from 'passport-azure-ad';
const ALLOWED_TENANTS = new Set(process.env.ALLOWED_TENANTS.split(','));
passport.use(new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  validateIssuer: false,
}, (token, done) => {
  if (!ALLOWED_TENANTS.has(token.tid)) return done(null, false);
  return done(null, { oid: token.oid, tid: token.tid }, token);
}));`,
    // validateIssuer known only at run time.
    `import { BearerStrategy } from 'passport-azure-ad';
new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  clientID: config.clientId,
  validateIssuer: config.validateIssuer,
}, verify);`,
    // metadata from another module: no multi-tenant authority visible in this file.
    `import { BearerStrategy } from 'passport-azure-ad';
import config from './config.json';
new BearerStrategy({ identityMetadata: config.metadata, clientID: config.clientId, validateIssuer: false }, verify);`,
    // jose: common keys with a list of tenant issuers.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
const ISSUERS = TENANTS.map((tenant) => \`https://login.microsoftonline.com/\${tenant}/v2.0\`);
export const verifyToken = (token) => jwtVerify(token, JWKS, { issuer: ISSUERS, audience: API_AUDIENCE });`,
    // jose: no issuer, but tid is checked against an allowlist after verification.
    { filename: 'api.ts', code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function verifyToken(token: string) {
  const { payload } = await jwtVerify(token, JWKS, { audience: API_AUDIENCE });
  if (!ALLOWED_TENANTS.includes(payload.tid as string)) throw new Error('tenant not allowed');
  return payload;
}` },
    // jose: keys of one tenant (a missing issuer is another rule's concern).
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/contoso.onmicrosoft.com/discovery/v2.0/keys'));
export const verifyToken = (token) => jwtVerify(token, JWKS, { audience: API_AUDIENCE });`,
    // jose: the tenant in the key URL is known only at run time.
    `import * as jose from 'jose';
const JWKS = jose.createRemoteJWKSet(new URL(\`https://login.microsoftonline.com/\${process.env.TENANT_ID}/discovery/v2.0/keys\`));
export const verifyToken = (token) => jose.jwtVerify(token, JWKS, { audience: API_AUDIENCE });`,
    // an options object with an unknown spread may hold an issuer.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export const verifyToken = (token) => jwtVerify(token, JWKS, { ...verifyOptions, audience: API_AUDIENCE });`,
    // issuer pinned to a configured tenant.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export const verifyToken = (token) => jwtVerify(token, JWKS, { issuer: \`https://login.microsoftonline.com/\${TENANT_ID}/v2.0\`, audience: API_AUDIENCE });`,
    // the app's own HS256 session tokens in a multi-tenant sign-in app.
    `import jwt from 'jsonwebtoken';
import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({ auth: { clientId, authority: 'https://login.microsoftonline.com/common', clientSecret } });
export function readSession(req) {
  return jwt.verify(req.cookies.session, process.env.SESSION_SECRET, { algorithms: ['HS256'] });
}`,
    // a key callback over a single-tenant jwks-rsa client, MSAL common authority elsewhere in the file.
    `const jwt = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');
const msal = require('@azure/msal-node');
const cca = new msal.ConfidentialClientApplication({ auth: { clientId, authority: 'https://login.microsoftonline.com/common', clientSecret } });
const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/discovery/v2.0/keys' });
function getKey(header, callback) { client.getSigningKey(header.kid, (err, key) => callback(err, key?.getPublicKey())); }
jwt.verify(token, getKey, { audience: CLIENT_ID }, done);`,
    // express-jwt with an issuer.
    `import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';
app.use(expressjwt({
  secret: jwksRsa.expressJwtSecret({ cache: true, rateLimit: true, jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' }),
  audience: process.env.AUDIENCE,
  issuer: allowedIssuers,
  algorithms: ['RS256'],
}));`,
    // passport-jwt: issuer inside jsonWebTokenOptions (a separate rule reports the shadowing).
    `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import { passportJwtSecret } from 'jwks-rsa';
passport.use(new JwtStrategy({
  secretOrKeyProvider: passportJwtSecret({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' }),
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  jsonWebTokenOptions: { issuer: ISSUERS, audience: AUDIENCE },
}, verify));`,
    // express-oauth2-jwt-bearer: an iss validator with an allowlist.
    `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({
  issuerBaseURL: 'https://login.microsoftonline.com/common/v2.0',
  audience: process.env.AUDIENCE,
  validators: { iss: (iss) => ALLOWED_ISSUERS.includes(iss) },
}));`,
    // express-oauth2-jwt-bearer: default validators fail closed on the common {tenantid} issuer.
    `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ issuerBaseURL: 'https://login.microsoftonline.com/common/v2.0', audience: process.env.AUDIENCE }));`,
    // iss: false, but claimCheck restricts tid.
    `import { auth, claimCheck } from 'express-oauth2-jwt-bearer';
app.use(auth({ issuerBaseURL: 'https://login.microsoftonline.com/organizations/v2.0', audience, validators: { iss: false } }));
app.use(claimCheck((claims) => TENANTS.includes(claims.tid)));`,
    // iss compared with the tid template and tid allowlisted.
    `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
const getKey = (header, cb) => client.getSigningKey(header.kid, (err, key) => cb(err, key?.getPublicKey()));
export function check(token) {
  return new Promise((resolve, reject) => jwt.verify(token, getKey, { audience: AUDIENCE }, (err, claims) => {
    if (err) return reject(err);
    if (!allowedTenants.includes(claims.tid)) return reject(new Error('tenant'));
    if (claims.iss !== \`https://login.microsoftonline.com/\${claims.tid}/v2.0\`) return reject(new Error('issuer'));
    resolve(claims);
  }));
}`,
    // @azure/identity: explicit additional tenants.
    `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential(tenantId, clientId, secret, { additionallyAllowedTenants: ['72f988bf-86f1-41af-91ab-2d7cd011db47'] });`,
    // @azure/identity: additional tenants from configuration.
    `import { DefaultAzureCredential } from '@azure/identity';
const credential = new DefaultAzureCredential({ additionallyAllowedTenants: process.env.EXTRA_TENANTS?.split(',') ?? [] });`,
    // a common sign-in link in a file that validates no tokens.
    `const LOGIN_URL = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize';
export const loginLink = (state) => \`\${LOGIN_URL}?client_id=\${CLIENT_ID}&response_type=code&state=\${state}\`;`,
    // tid compared with the home tenant.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/organizations/discovery/v2.0/keys'));
export async function verify(token) {
  const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });
  if (payload.tid !== process.env.HOME_TENANT_ID) throw new Error('wrong tenant');
  return payload;
}`,
    // tid destructured under another name, then checked.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function verify(token) {
  const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });
  const { tid: tenant } = payload;
  if (!tenants.has(tenant)) throw new Error('unknown tenant');
  return payload;
}`,
    // the tenant looked up among onboarded tenants.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function verify(token) {
  const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });
  const tenant = await Tenant.findOne({ where: { id: payload.tid, active: true } });
  if (!tenant) throw new Error('unknown tenant');
  return payload;
}`,
    // a switch on tid.
    `import jwt from 'jsonwebtoken';
import { expressJwtSecret } from 'jwks-rsa';
const secret = expressJwtSecret({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
export function handle(token) {
  const claims = jwt.verify(token, secret, { audience: AUDIENCE });
  switch (claims.tid) { case CONTOSO: case FABRIKAM: return claims; default: throw new Error('tenant'); }
}`,
    // MSAL account tenantId checked against an allowlist.
    `import { ConfidentialClientApplication } from '@azure/msal-node';
import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function callback(req, res) {
  const result = await cca.acquireTokenByCode({ code: req.query.code, scopes, redirectUri });
  if (!allowedTenants.includes(result.account.tenantId)) return res.status(403).end();
  await jwtVerify(result.idToken, JWKS, { audience: CLIENT_ID });
}`,
    // iss compared with one tenant's issuer.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const ISSUER = 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function verify(token) {
  const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });
  if (payload.iss !== ISSUER) throw new Error('issuer');
  return payload;
}`,
    // jose compares issuer strings only, so a pattern fails closed.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export const verify = (token) => jwtVerify(token, JWKS, { issuer: /login\\.microsoftonline\\.com/, audience: AUDIENCE });`,
    // a local function named jwtVerify.
    `function jwtVerify(token, keys, options) { return lib.verify(token, keys, options); }
const keys = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';
jwtVerify(token, keys, { audience: AUDIENCE });`,
    // another library's BearerStrategy.
    `import { Strategy as BearerStrategy } from 'passport-http-bearer';
new BearerStrategy({ identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration', validateIssuer: false }, verify);`,
    // types only.
    { filename: 'api.ts', code: `interface AzureAdOptions { identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'; validateIssuer: false }
type T = { additionallyAllowedTenants: ['*'] };` },
    // organizations with issuer validation on fails closed without an issuer.
    `import { OIDCStrategy } from 'passport-azure-ad';
passport.use(new OIDCStrategy({
  identityMetadata: 'https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration',
  clientID, responseType: 'code', responseMode: 'form_post', redirectUrl, clientSecret,
}, verify));`,
    // claimEquals on tid.
    `import { auth, claimEquals } from 'express-oauth2-jwt-bearer';
app.use(auth({ issuerBaseURL: 'https://login.microsoftonline.com/common/v2.0', audience, validators: { iss: false } }));
app.use(claimEquals('tid', process.env.TENANT_ID));`,
    // an iss validator pinned to a configured tenant.
    `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({
  issuerBaseURL: 'https://login.microsoftonline.com/common/v2.0',
  audience,
  validators: { iss: (iss) => iss === \`https://login.microsoftonline.com/\${TENANT_ID}/v2.0\` },
}));`,
    // tid handed to an isAllowedTenant helper.
    `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
function getKey(header, cb) { client.getSigningKey(header.kid, (e, k) => cb(e, k?.getPublicKey())); }
export const verify = (token) => new Promise((resolve, reject) => jwt.verify(token, getKey, { audience }, (err, claims) => {
  if (err || !isAllowedTenant(claims.tid)) return reject(err ?? new Error('tenant'));
  resolve(claims);
}));`,
    // iss checked against an issuer allowlist.
    `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
function getKey(header, cb) { client.getSigningKey(header.kid, (e, k) => cb(e, k?.getPublicKey())); }
export const verify = (token) => new Promise((resolve, reject) => jwt.verify(token, getKey, { audience }, (err, claims) => {
  if (err || !TRUSTED_ISSUERS.has(claims.iss)) return reject(err ?? new Error('issuer'));
  resolve(claims);
}));`,
    // a '*' tenantId is not additionallyAllowedTenants.
    `import { DefaultAzureCredential } from '@azure/identity';
const credential = new DefaultAzureCredential({ tenantId: '*', additionallyAllowedTenants: [] });`,
    // tid looked up with `in`.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function verify(token) {
  const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });
  if (!(payload.tid in TENANT_SETTINGS)) throw new Error('tenant');
  return payload;
}`,
    // express-jwt over the keys of a configured tenant.
    `import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';
app.use(expressjwt({ secret: jwksRsa.expressJwtSecret({ jwksUri: \`https://login.microsoftonline.com/\${TENANT_ID}/discovery/v2.0/keys\` }), audience, algorithms: ['RS256'] }));`,
    // iss compared with an issuer built from a configured tid.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const tid = process.env.TENANT_ID;
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function verify(token) {
  const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });
  if (payload.iss !== \`https://login.microsoftonline.com/\${tid}/v2.0\`) throw new Error('issuer');
  return payload;
}`,
    // A verifier module with keys from another identity provider, and an allowed tenant known only at run time.
    `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'));
export const verify = (token) => jwtVerify(token, JWKS, { audience: AUDIENCE });`,
    `import { DefaultAzureCredential } from '@azure/identity';
export const credential = new DefaultAzureCredential({ additionallyAllowedTenants: [process.env.PARTNER_TENANT_ID] });`,
  ],
  invalid: [
    {
      // In a file without a verifier module, a computed key still names the option (a default in a pattern does not).
      code: `const ALLOWED = 'additionallyAllowedTenants';
const credential = new DefaultAzureCredential({ [ALLOWED]: ['*'] });
const { additionallyAllowedTenants = ['*'] } = options;`,
      errors: [{ messageId: 'anyTenantCredential', line: 2, column: 61, endColumn: 64 }],
    },
    {
      // passport-azure-ad BearerStrategy, ESM named import.
      code: `import { BearerStrategy } from 'passport-azure-ad';
passport.use(new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  validateIssuer: false,
}, (token, done) => done(null, token)));`,
      errors: [
        { messageId: 'issuerCheckOff', data: { authority: COMMON, setting: 'validateIssuer: false' }, line: 5, column: 3, endColumn: 24 },
      ],
    },
    {
      // OIDCStrategy, CommonJS, options in a const, organizations authority.
      code: `const { OIDCStrategy } = require('passport-azure-ad');
const options = {
  identityMetadata: 'https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  responseType: 'code',
  responseMode: 'form_post',
  redirectUrl: process.env.REDIRECT_URL,
  clientSecret: process.env.CLIENT_SECRET,
  validateIssuer: false,
};
passport.use(new OIDCStrategy(options, verify));`,
      errors: [
        { messageId: 'issuerCheckOff', data: { authority: 'https://login.microsoftonline.com/organizations', setting: 'validateIssuer: false' }, line: 9, column: 3, endColumn: 24 },
      ],
    },
    {
      // namespace import, metadata built from a const authority.
      code: `import * as azureAd from 'passport-azure-ad';
const AUTHORITY = 'https://login.microsoftonline.com/common';
const strategy = new azureAd.BearerStrategy({ identityMetadata: \`\${AUTHORITY}/v2.0/.well-known/openid-configuration\`, clientID, validateIssuer: false, loggingNoPII: true }, verify);`,
      errors: [
        { messageId: 'issuerCheckOff', data: { authority: COMMON, setting: 'validateIssuer: false' }, line: 3, column: 129, endColumn: 150 },
      ],
    },
    {
      // an issuer list that validateIssuer: false switches off.
      code: `import { BearerStrategy } from 'passport-azure-ad';
new BearerStrategy({
  identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  clientID,
  validateIssuer: false,
  issuer: ['https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0'],
}, verify);`,
      errors: [
        { messageId: 'issuerListIgnored', data: { authority: COMMON }, line: 5, column: 3, endColumn: 24 },
      ],
    },
    {
      // metadata read at run time, with a multi-tenant authority written in the file.
      code: `import { BearerStrategy } from 'passport-azure-ad';
export const config = { metadataUrl: process.env.METADATA_URL ?? 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration' };
new BearerStrategy({ identityMetadata: config.metadataUrl, clientID, validateIssuer: false }, verify);`,
      errors: [
        { messageId: 'issuerCheckOff', data: { authority: COMMON, setting: 'validateIssuer: false' }, line: 3, column: 70, endColumn: 91 },
      ],
    },
    {
      // jose, options without issuer.
      filename: 'api.ts',
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function authenticate(token: string) {
  const { payload } = await jwtVerify(token, JWKS, { audience: process.env.API_AUDIENCE });
  return payload;
}`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 4, column: 52, endColumn: 90 },
      ],
    },
    {
      // jose, no options at all, consumers keys.
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/consumers/discovery/v2.0/keys'));
export const authenticate = async (token) => (await jwtVerify(token, JWKS)).payload;`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: 'https://login.microsoftonline.com/consumers' }, line: 3, column: 53, endColumn: 62 },
      ],
    },
    {
      // jose namespace import, typed options in a const.
      filename: 'api.ts',
      code: `import * as jose from 'jose';
const KEYS_URL = new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys');
const jwks = jose.createRemoteJWKSet(KEYS_URL);
const verifyOptions: jose.JWTVerifyOptions = { audience: API_AUDIENCE, algorithms: ['RS256'] };
export async function authenticate(token: string): Promise<jose.JWTPayload> {
  const { payload } = await jose.jwtVerify(token, jwks, verifyOptions);
  return payload;
}`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 6, column: 57, endColumn: 70 },
      ],
    },
    {
      // issuer built from the unverified token's own tid.
      code: `import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function authenticate(token) {
  const { tid } = decodeJwt(token);
  return jwtVerify(token, JWKS, { audience: AUDIENCE, issuer: \`https://login.microsoftonline.com/\${tid}/v2.0\` });
}`,
      errors: [
        { messageId: 'anyTenantIssuer', data: { authority: COMMON }, line: 5, column: 55, endColumn: 110 },
      ],
    },
    {
      // jsonwebtoken with a jwks-rsa key callback, CommonJS.
      code: `const jwt = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');
const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
function getKey(header, callback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key && key.getPublicKey()));
}
module.exports = (token) => new Promise((resolve, reject) => {
  jwt.verify(token, getKey, { audience: process.env.CLIENT_ID, algorithms: ['RS256'] }, (err, decoded) => (err ? reject(err) : resolve(decoded)));
});`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 8, column: 29, endColumn: 87 },
      ],
    },
    {
      // jsonwebtoken ignores a regular-expression issuer.
      code: `import jwt from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
const client = new JwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
const getKey = (header, cb) => client.getSigningKey(header.kid).then((key) => cb(null, key.getPublicKey()), cb);
jwt.verify(token, getKey, { audience, issuer: /^https:\\/\\/login\\.microsoftonline\\.com\\/[^/]+\\/v2\\.0$/ }, done);`,
      errors: [
        { messageId: 'issuerIgnored', data: { authority: COMMON, kind: 'regular expression' }, line: 5, column: 39, endColumn: 102 },
      ],
    },
    {
      // jsonwebtoken with a callback and no options, v1 keys on login.windows.net.
      code: `import { verify } from 'jsonwebtoken';
import jwksRsa from 'jwks-rsa';
const client = jwksRsa({ jwksUri: 'https://login.windows.net/common/discovery/keys' });
function getKey(header, cb) { client.getSigningKey(header.kid, (err, key) => cb(err, key?.getPublicKey())); }
verify(token, getKey, (err, decoded) => done(err, decoded));`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: 'https://login.windows.net/common' }, line: 5, column: 1, endColumn: 7 },
      ],
    },
    {
      // jsonwebtoken ignores a function issuer.
      code: `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
function getKey(header, cb) { client.getSigningKey(header.kid, (err, key) => cb(err, key?.getPublicKey())); }
jwt.verify(token, getKey, { audience, issuer: (iss) => iss.startsWith('https://login.microsoftonline.com/') }, done);`,
      errors: [
        { messageId: 'issuerIgnored', data: { authority: COMMON, kind: 'function' }, line: 5, column: 39, endColumn: 108 },
      ],
    },
    {
      // iss checked by its host prefix only.
      code: `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
function getKey(header, cb) { client.getSigningKey(header.kid, (err, key) => cb(err, key?.getPublicKey())); }
jwt.verify(token, getKey, { audience }, (err, claims) => {
  if (err || !claims.iss.startsWith('https://login.microsoftonline.com/')) return done(new Error('untrusted'));
  done(null, claims);
});`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 5, column: 27, endColumn: 39 },
      ],
    },
    {
      // iss compared only with the template filled from the token's own tid.
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function authenticate(token) {
  const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });
  if (payload.iss !== \`https://login.microsoftonline.com/\${payload.tid}/v2.0\`) throw new Error('issuer mismatch');
  return payload;
}`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 4, column: 52, endColumn: 74 },
      ],
    },
    {
      // express-jwt 8.
      filename: 'api.ts',
      code: `import { expressjwt } from 'express-jwt';
import { expressJwtSecret } from 'jwks-rsa';
app.use('/api', expressjwt({
  secret: expressJwtSecret({ cache: true, rateLimit: true, jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' }) as GetVerificationKey,
  audience: process.env.AUDIENCE,
  algorithms: ['RS256'],
}));`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 3, column: 28, endLine: 7, endColumn: 2 },
      ],
    },
    {
      // express-jwt 6 with a regular-expression issuer.
      code: `const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');
app.use(jwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' }),
  algorithms: ['RS256'],
  issuer: /https:\\/\\/sts\\.windows\\.net\\/.*\\//,
}));`,
      errors: [
        { messageId: 'issuerIgnored', data: { authority: COMMON, kind: 'regular expression' }, line: 6, column: 3, endColumn: 46 },
      ],
    },
    {
      // koa-jwt.
      code: `import jwt from 'koa-jwt';
import { koaJwtSecret } from 'jwks-rsa';
app.use(jwt({ secret: koaJwtSecret({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' }), audience: AUDIENCE, algorithms: ['RS256'] }));`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 3, column: 13, endColumn: 157 },
      ],
    },
    {
      // passport-jwt.
      code: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import { passportJwtSecret } from 'jwks-rsa';
passport.use(new JwtStrategy({
  secretOrKeyProvider: passportJwtSecret({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' }),
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  audience: AUDIENCE,
  algorithms: ['RS256'],
}, verify));`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 3, column: 30, endLine: 8, endColumn: 2 },
      ],
    },
    {
      // express-oauth2-jwt-bearer iss: false.
      code: `import { auth } from 'express-oauth2-jwt-bearer';
app.use(auth({ issuerBaseURL: 'https://login.microsoftonline.com/common/v2.0', audience: process.env.AUDIENCE, validators: { iss: false } }));`,
      errors: [
        { messageId: 'issuerCheckOff', data: { authority: COMMON, setting: 'iss: false' }, line: 2, column: 126, endColumn: 136 },
      ],
    },
    {
      // express-oauth2-jwt-bearer: an iss validator that only checks the host.
      filename: 'api.ts',
      code: `import { auth } from 'express-oauth2-jwt-bearer';
export const checkJwt = auth({
  issuerBaseURL: 'https://login.microsoftonline.com/organizations/v2.0',
  audience: process.env.AUDIENCE,
  validators: { iss: (iss: string) => iss.startsWith('https://login.microsoftonline.com/') },
});`,
      errors: [
        { messageId: 'anyTenantIssuer', data: { authority: 'https://login.microsoftonline.com/organizations' }, line: 5, column: 17, endColumn: 91 },
      ],
    },
    {
      // express-oauth2-jwt-bearer: an iss validator with a wildcard tenant pattern, validators in a const.
      code: `import { auth } from 'express-oauth2-jwt-bearer';
const validators = {
  iss(iss) {
    return /^https:\\/\\/login\\.microsoftonline\\.com\\/[0-9a-f-]{36}\\/v2\\.0$/.test(iss);
  },
};
app.use(auth({ issuerBaseURL: 'https://login.microsoftonline.com/common/v2.0', audience, validators }));`,
      errors: [
        { messageId: 'anyTenantIssuer', data: { authority: COMMON }, line: 3, column: 3, endLine: 5, endColumn: 4 },
      ],
    },
    {
      // ClientSecretCredential, CommonJS.
      code: `const { ClientSecretCredential } = require('@azure/identity');
const credential = new ClientSecretCredential(process.env.AZURE_TENANT_ID, process.env.AZURE_CLIENT_ID, process.env.AZURE_CLIENT_SECRET, {
  additionallyAllowedTenants: ['*'],
});`,
      errors: [
        { messageId: 'anyTenantCredential', line: 3, column: 32, endColumn: 35 },
      ],
    },
    {
      // wildcard in a const array.
      code: `import { DefaultAzureCredential } from '@azure/identity';
const EXTRA_TENANTS = ['*'];
export const credential = new DefaultAzureCredential({ additionallyAllowedTenants: EXTRA_TENANTS });`,
      errors: [
        { messageId: 'anyTenantCredential', line: 2, column: 24, endColumn: 27 },
      ],
    },
    {
      // wildcard after a spread, typed options.
      filename: 'api.ts',
      code: `import { OnBehalfOfCredential, type OnBehalfOfCredentialOptions } from '@azure/identity';
const options: OnBehalfOfCredentialOptions = { tenantId, clientId, clientSecret, userAssertionToken, additionallyAllowedTenants: [...KNOWN_TENANTS, '*'] };
const credential = new OnBehalfOfCredential(options);`,
      errors: [
        { messageId: 'anyTenantCredential', line: 2, column: 149, endColumn: 152 },
      ],
    },
    {
      // the environment variable set in code.
      code: `process.env.AZURE_ADDITIONALLY_ALLOWED_TENANTS = '*';
const credential = new DefaultAzureCredential();`,
      errors: [
        { messageId: 'anyTenantCredential', line: 1, column: 50, endColumn: 53 },
      ],
    },
    {
      // await import().
      filename: 'api.ts',
      code: `export async function authenticate(token: string) {
  const { createRemoteJWKSet, jwtVerify } = await import('jose');
  const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
  return jwtVerify(token, JWKS, { audience: AUDIENCE });
}`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 4, column: 33, endColumn: 55 },
      ],
    },
    {
      // a key set created lazily by a helper.
      filename: 'api.ts',
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
function getJwks() {
  jwks ??= createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
  return jwks;
}
export const authenticate = (token: string) => jwtVerify(token, getJwks(), { audience: AUDIENCE });`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 7, column: 76, endColumn: 98 },
      ],
    },
    {
      // a key resolver function, with a multi-tenant authority written in the file.
      code: `import { jwtVerify } from 'jose';
import { keyFor } from './keys';
const AUTHORITY = 'https://login.microsoftonline.com/common/v2.0';
export const authenticate = (token) => jwtVerify(token, async (header) => keyFor(AUTHORITY, header.kid), { audience: AUDIENCE });`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 4, column: 106, endColumn: 128 },
      ],
    },
    {
      // iss checked only for the host name.
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function authenticate(token) {
  const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });
  if (!payload.iss?.includes('login.microsoftonline.com')) throw new Error('issuer');
  return payload;
}`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 4, column: 52, endColumn: 74 },
      ],
    },
    {
      // one options object used by two strategies is reported once.
      code: `import { BearerStrategy } from 'passport-azure-ad';
const options = { identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration', clientID, validateIssuer: false };
passport.use('api', new BearerStrategy(options, verify));
passport.use('admin', new BearerStrategy(options, verifyAdmin));`,
      errors: [
        { messageId: 'issuerCheckOff', data: { authority: COMMON, setting: 'validateIssuer: false' }, line: 2, column: 129, endColumn: 150 },
      ],
    },
    {
      // TypeScript import = require.
      filename: 'api.ts',
      code: `import jwt = require('jsonwebtoken');
import jwksRsa = require('jwks-rsa');
const client = jwksRsa({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
const getKey: jwt.GetPublicKeyOrSecret = (header, cb) => { client.getSigningKey(header.kid, (err, key) => cb(err, key?.getPublicKey())); };
export const check = (token: string) => jwt.verify(token, getKey, { audience: API_AUDIENCE, algorithms: ['RS256'] }, done);`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 5, column: 67, endColumn: 116 },
      ],
    },
    {
      // issuer taken from the unverified token.
      code: `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
function getKey(header, cb) { client.getSigningKey(header.kid, (err, key) => cb(err, key?.getPublicKey())); }
const decoded = jwt.decode(token, { complete: true });
jwt.verify(token, getKey, { audience, issuer: decoded.payload.iss }, done);`,
      errors: [
        { messageId: 'anyTenantIssuer', data: { authority: COMMON }, line: 6, column: 39, endColumn: 66 },
      ],
    },
    {
      // a tenantId setting compared with common is no tenant check.
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const isMultiTenant = config.tenantId === 'common';
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export const verify = (token) => jwtVerify(token, JWKS, { audience: AUDIENCE });`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 4, column: 57, endColumn: 79 },
      ],
    },
    {
      // options read from a const configuration object.
      code: `const passport = require('passport');
const OIDCStrategy = require('passport-azure-ad').OIDCStrategy;
const config = {
  creds: {
    identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    clientID: process.env.CLIENT_ID,
    responseType: 'code id_token',
    responseMode: 'form_post',
    redirectUrl: 'https://app.contoso.com/auth/openid/return',
    validateIssuer: false,
    passReqToCallback: false,
  },
};
passport.use(new OIDCStrategy(config.creds, (iss, sub, profile, accessToken, refreshToken, done) => done(null, profile)));`,
      errors: [
        { messageId: 'issuerCheckOff', data: { authority: COMMON, setting: 'validateIssuer: false' }, line: 10, column: 5, endColumn: 26 },
      ],
    },
    {
      // iss tested with a wildcard pattern held in a const.
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const ENTRA_ISSUER = /^https:\\/\\/login\\.microsoftonline\\.com\\/[0-9a-f-]+\\/v2\\.0$/;
const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
export async function verify(token) {
  const { payload } = await jwtVerify(token, JWKS, { audience: AUDIENCE });
  if (!ENTRA_ISSUER.test(payload.iss)) throw new Error('issuer');
  return payload;
}`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 5, column: 52, endColumn: 74 },
      ],
    },
    {
      // The option key held in a const.
      code: `import { DefaultAzureCredential } from '@azure/identity';
const OPTION = 'additionallyAllowedTenants';
export const credential = new DefaultAzureCredential({ [OPTION]: ['*'] });`,
      errors: [
        { messageId: 'anyTenantCredential', line: 3, column: 67, endColumn: 70 },
      ],
    },
    {
      // The environment variable's name spelled with an escape.
      code: `process.env['AZURE_ADDITIONALLY_ALLOWED_TENANT\\x53'] = '*';
const credential = new DefaultAzureCredential();`,
      errors: [
        { messageId: 'anyTenantCredential', line: 1, column: 56, endColumn: 59 },
      ],
    },
    {
      // The sign-in host in capitals.
      code: `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://LOGIN.MICROSOFTONLINE.COM/common/discovery/v2.0/keys' });
function getKey(header, cb) { client.getSigningKey(header.kid, (err, key) => cb(err, key?.getPublicKey())); }
jwt.verify(token, getKey, { audience }, done);`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: COMMON }, line: 5, column: 27, endColumn: 39 },
      ],
    },
    {
      // The sign-in host spelled with an escape.
      code: `import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://login\\u002emicrosoftonline.com/organizations/discovery/v2.0/keys'));
export const verify = (token) => jwtVerify(token, JWKS, { audience: AUDIENCE });`,
      errors: [
        { messageId: 'missingIssuer', data: { authority: 'https://login.microsoftonline.com/organizations' }, line: 3, column: 57, endColumn: 79 },
      ],
    },
  ],
});
