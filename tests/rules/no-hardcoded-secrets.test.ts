/**
 * Tests of `zero-trust/no-hardcoded-secrets`: every layer (checksum, provider, structured, named, sink, entropy),
 * the traps it must stay silent on, suggestions, options, JSON documents, and a check that no message leaks a secret.
 *
 * Every credential-looking value is generated at run time from a seeded PRNG (tests/secrets/generate.ts and
 * provider-samples.ts) or freshly generated key material: none was ever issued by a provider.
 */
import { generateKeyPairSync } from 'node:crypto';
import * as tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/no-hardcoded-secrets';
import { leaksSecret, sha256Hex } from '../../src/secrets/mask';
import { ALNUM, BASE64, HEX, breakChecksum, generateValid, randomString, seededRandom } from '../secrets/generate';
import { PROVIDER_SAMPLES } from '../secrets/provider-samples';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();
const rng = seededRandom(0x5ec2e75);

function sample(id: string): string {
  const format = PROVIDER_SAMPLES[id];
  if (format === undefined) throw new Error(`no provider sample ${id}`);
  return format.sample(rng);
}

const token = (length: number): string => randomString(rng, ALNUM, length);
const hex = (length: number): string => randomString(rng, HEX, length);
const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
/** A random password: letters, digits and symbols, starting with a letter. */
const password = (): string => `${randomString(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${randomString(rng, `${ALNUM}!#%*+`, 13)}${randomString(rng, '!#%*', 1)}9`;

// ----- Generated values -----------------------------------------------------------------------------------------------
const GITHUB_PAT = generateValid('github-personal-access-token', rng);
const GITHUB_PAT_BROKEN = breakChecksum(generateValid('github-personal-access-token', rng));
const NPM_TOKEN = generateValid('npm-access-token', rng);
const STORAGE_KEY = generateValid('azure-storage-account-key', rng);
const GRAFANA_TOKEN = generateValid('grafana-service-account-token', rng);
const CLOUDFLARE_TOKEN = generateValid('cloudflare-user-api-token', rng);
const AWS_KEY_ID = `AKIA${randomString(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 15)}${randomString(rng, '234567', 1)}`;
const AWS_SECRET = randomString(rng, BASE64, 40);
const ENTRA_SECRET = sample('azure-entra-client-secret');
const SLACK_BOT = sample('slack-bot-token');
const SLACK_HOOK = sample('slack-webhook-url');
const GOOGLE_KEY = sample('google-api-key');
const STRIPE_LIVE = sample('stripe-secret-key');
const STRIPE_TEST = sample('stripe-test-secret-key');
const OPENAI_KEY = sample('openai-project-key');
const GITLAB_PAT = sample('gitlab-pat');
const JWT = [
  Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url'),
  Buffer.from(JSON.stringify({ sub: 'svc-orders', iat: 1_760_000_000, scope: 'orders:write' })).toString('base64url'),
  randomString(rng, `${ALNUM}-_`, 43),
].join('.');
const PRIVATE_KEY_PEM = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
const PUBLIC_KEY_PEM = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
const API_KEY = token(32);
const API_KEY_2 = token(40);
const WEBHOOK_SECRET = hex(32);
const CLIENT_SECRET = hex(40);
const TWILIO_TOKEN = hex(32);
const VAPID_PRIVATE = randomString(rng, `${ALNUM}-_`, 43);
const DB_PASSWORD = password();
const SMTP_PASSWORD = password();
const ADMIN_PASSWORD = password();
const URL_PASSWORD = token(16);
const SQL_PASSWORD = password().replaceAll(';', '');
const BEARER = token(40);
const BASIC = Buffer.from(`orders:${password()}`).toString('base64');
const LICENSE = token(24);
const UNNAMED = token(48);

// Public or non-secret values.
const AWS_DOC_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const AWS_DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const COSMOS_EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const TWILIO_ACCOUNT_SID = `AC${hex(32)}`;
const TWILIO_API_KEY_SID = `SK${hex(32)}`;
const TENANT_ID = uuid();
const CLIENT_ID = uuid();
const GIT_SHA = hex(40);
const SRI = `sha512-${randomString(rng, BASE64, 86)}==`;
const PNG_DATA_URI = `data:image/png;base64,iVBORw0KGgo${randomString(rng, BASE64, 120)}==`;
const BCRYPT_HASH = `$2b$12$${randomString(rng, `${ALNUM}./`, 53)}`;
const ARGON2_HASH = `$argon2id$v=19$m=65536,t=3,p=4$${randomString(rng, ALNUM, 22)}$${randomString(rng, ALNUM, 43)}`;
const SCRYPT_HASH = `$scrypt$ln=16,r=8,p=1$${randomString(rng, ALNUM, 22)}$${randomString(rng, ALNUM, 43)}`;
const STRIPE_PUBLISHABLE = `pk_live_${token(99)}`;
const STRIPE_PUBLISHABLE_TEST = `pk_test_${token(99)}`;
const MAPBOX_PUBLIC = `pk.eyJ1Ijoic2hvcCIsImEiOiJ${token(20)}In0.${token(22)}`;
const FIREBASE_KEY = sample('google-api-key');
const ANONYMOUS = token(32);
const ALLOWED_KEY = token(32);
const ALLOWED_FINGERPRINT = sha256Hex(ALLOWED_KEY).slice(0, 12);

// ----- Helpers --------------------------------------------------------------------------------------------------------

interface Position {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The 1-based position of the `occurrence`-th `needle` in `code`. */
function positionOf(code: string, needle: string, occurrence = 1): Position {
  let index = -1;
  for (let found = 0; found < occurrence; found += 1) {
    index = code.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`not found in test code: ${needle}`);
  }
  const point = (offset: number): { line: number; column: number } => {
    const before = code.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  };
  const start = point(index);
  const end = point(index + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

const quoted = (value: string): string => `'${value}'`;

/** `code` with the first `needle` replaced. */
function replaced(code: string, needle: string, replacement: string): string {
  const index = code.indexOf(needle);
  return `${code.slice(0, index)}${replacement}${code.slice(index + needle.length)}`;
}

type Suggestions = TestCaseError<MessageIds>['suggestions'];

/** The `useEnvironmentVariable` suggestion replacing `needle` by `process.env.<name>`. */
function useEnv(code: string, needle: string, name: string, jsx = false): Suggestions {
  return [{ messageId: 'useEnvironmentVariable', output: replaced(code, needle, jsx ? `{process.env.${name}}` : `process.env.${name}`) }];
}

/** An expected error at `needle` (the literal with its quotes, or the narrowed part). */
function error(code: string, needle: string, messageId: MessageIds, suggestions: Suggestions, occurrence = 1): TestCaseError<MessageIds> {
  return { messageId, ...positionOf(code, needle, occurrence), suggestions };
}

interface Invalid {
  readonly testCase: InvalidTestCase<MessageIds, Options>;
  /** The secret values the case holds, for the leak check, with the public prefix the message may show. */
  readonly secrets: readonly (readonly [secret: string, publicPrefix: string])[];
}

const TSX = { filename: 'src/components/App.tsx', languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } } as const;

// ----- Valid ------------------------------------------------------------------------------------------------------------

const valid: (string | ValidTestCase<Options>)[] = [
  // In a test file only the scan's own layers run: a literal at a credential sink and a folded concatenation under a
  // secret name are silent there (both are reported in source files, see the invalid cases).
  {
    code: `import jwt from 'jsonwebtoken';
export const token = jwt.sign({ sub: 'user-1' }, 'keyboard cat');
const dbPassword = 'Xk9mQ2vL' + '8pR4tW7zB3';`,
    filename: 'test/auth.test.js',
  },
  // Found on real dependency trees: a test-result map, lodash/fp aliases and a CSS selector alias table.
  "const StatusMap = { fail: 'failed', pass: 'passed', skip: 'skipped' };",
  "exports.aliasToReal = { allPass: 'overEvery', anyPass: 'overSome' };",
  "const aliases = { checkbox: '[type=checkbox]', password: '[type=password]' };",
  // Benchmark fixtures, like tests, get only checksum-verified tokens.
  { code: "const smallObj = { user: { name: 'john', password: 'S3cretPassw0rd' } };", filename: 'benchmarks/redact.js' },
  // AWS documentation example keys.
  `const aws = { accessKeyId: '${AWS_DOC_KEY_ID}', secretAccessKey: '${AWS_DOC_SECRET}' };`,
  `import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: '${AWS_DOC_KEY_ID}', secretAccessKey: '${AWS_DOC_SECRET}' } });`,
  // Twilio account and API key SIDs are identifiers; the auth token comes from the environment.
  `const twilioConfig = { accountSid: '${TWILIO_ACCOUNT_SID}', apiKeySid: '${TWILIO_API_KEY_SID}' };`,
  `const twilio = require('twilio');
const client = twilio('${TWILIO_ACCOUNT_SID}', process.env.TWILIO_AUTH_TOKEN);`,
  // Client and tenant ids.
  `export const msalConfig = {
  auth: {
    clientId: '${CLIENT_ID}',
    authority: 'https://login.microsoftonline.com/${TENANT_ID}',
    clientSecret: process.env.AZURE_CLIENT_SECRET,
  },
};`,
  `const tenantId = '${TENANT_ID}'; const clientId = '${CLIENT_ID}';`,
  {
    code: `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential('${TENANT_ID}', '${CLIENT_ID}', process.env.AZURE_CLIENT_SECRET!);`,
    filename: 'src/azure.ts',
  },
  // Azure emulator keys.
  `import { CosmosClient } from '@azure/cosmos';
const cosmos = new CosmosClient({ endpoint: 'https://localhost:8081', key: '${COSMOS_EMULATOR_KEY}' });`,
  `const cosmosEmulatorKey = '${COSMOS_EMULATOR_KEY}';`,
  `const storage = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';`,
  `const blobConnectionString = 'UseDevelopmentStorage=true';`,
  // Default credentials on loopback hosts.
  `export const localDatabaseUrl = 'postgres://postgres:postgres@localhost:5432/orders';`,
  `const amqpUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@localhost:5672';`,
  `import { Pool } from 'pg';
export const pool = new Pool({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/dev' });`,
  // The same defaults in connection objects (knexfile, Sequelize, TypeORM): a default or the user's own name, on a
  // loopback host.
  `module.exports = {
  development: { client: 'pg', connection: { host: '127.0.0.1', user: 'postgres', password: 'postgres', database: 'app_dev' } },
  test: { client: 'mysql2', connection: { host: 'localhost', user: 'app', password: 'app', database: 'app_test' } },
};`,
  `export const dataSource = { type: 'mysql', host: 'localhost', port: 3306, username: 'root', password: 'root', database: 'shop' };`,
  // Password hashes.
  `const ADMIN_PASSWORD_HASH = '${BCRYPT_HASH}';`,
  `const seedUser = { email: 'admin@example.com', password: '${ARGON2_HASH}' };`,
  `const passwordHash = '${SCRYPT_HASH}';`,
  // Placeholders.
  `export const defaults = { password: 'changeme', apiKey: '<your-secret>', secret: 'xxxxxxxxxxxxxxxx', token: '\${API_TOKEN}', key: 'YOUR_API_KEY' };`,
  `const cfg = { password: 'example', apiSecret: 'dummy', authToken: 'test', smtpPassword: 'aaaaaaaa', secretKey: 'abcdefgh12345678' };`,
  `const apiKey = 'YOUR_API_KEY'; const accessToken = 'your-token-here'; const clientSecret = 'dummy-secret'; const dbPassword = 'example-password';`,
  `const jwtSecret = 'your-256-bit-secret'; const sessionSecret = '1234567890';`,
  `import jwt from 'jsonwebtoken';
jwt.sign(payload, '<your-jwt-secret>');
jwt.sign(payload, '\${JWT_SECRET}');
jwt.sign(payload, 'CHANGE_ME');`,
  `import { createHmac } from 'node:crypto';
export const sign = (body: string) => createHmac('sha256', 'changeme').update(body).digest('hex');`,
  // process.env and config reads.
  `const password = process.env.DB_PASSWORD; const apiKey = config.get('payments.apiKey');`,
  `import jwt from 'jsonwebtoken';
export const issue = (userId: string) => jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '15m' });`,
  `const { JWT_SECRET, SESSION_SECRET } = process.env;`,
  `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));`,
  `const apiKey = process.env.API_KEY ?? ''; const secret = process.env.SECRET || undefined;`,
  `const cfg = { apiKey: config.get<string>('payments.apiKey'), clientSecret: await vault.read('oauth/client-secret') };`,
  `import Stripe from 'stripe';
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2024-06-20' });`,
  // UUIDs as ids, git SHAs, integrity strings, data URIs.
  `const requestId = '${uuid()}'; const apiKeyId = '${uuid()}';`,
  `const GIT_COMMIT = '${GIT_SHA}'; const buildSha = '${GIT_SHA}';`,
  `const integrity = '${SRI}';`,
  `const logo = '${PNG_DATA_URI}';`,
  `const avatarPlaceholder = { secretImage: '${PNG_DATA_URI}' };`,
  // Public keys and certificates.
  `const publicKey = \`${PUBLIC_KEY_PEM}\`;`,
  `import jwt from 'jsonwebtoken';
const JWT_PUBLIC_KEY = \`${PUBLIC_KEY_PEM}\`;
export const verify = (t: string) => jwt.verify(t, JWT_PUBLIC_KEY, { algorithms: ['ES256'] });`,
  `const vapidPublicKey = 'B${randomString(rng, `${ALNUM}-_`, 86)}';`,
  // Publishable keys.
  `import { loadStripe } from '@stripe/stripe-js';
export const stripePromise = loadStripe('${STRIPE_PUBLISHABLE}');`,
  `const stripeKey = '${STRIPE_PUBLISHABLE_TEST}'; const STRIPE_PUBLISHABLE_KEY = '${STRIPE_PUBLISHABLE}';`,
  `import Stripe from 'stripe';
const stripe = Stripe('${STRIPE_PUBLISHABLE_TEST}');`,
  `const MAPBOX_TOKEN = '${MAPBOX_PUBLIC}';`,
  // A Firebase web config, and browser-side Maps keys.
  `export const firebaseConfig = {
  apiKey: '${FIREBASE_KEY}',
  authDomain: 'shop-demo.firebaseapp.com',
  projectId: 'shop-demo',
  appId: '1:1234567890:web:abc123def456',
};`,
  `const googleMapsApiKey = '${FIREBASE_KEY}';`,
  // i18n keys, CSS classes, file paths, URLs without passwords, sentences.
  `const message = t('auth.password.reset_token_expired'); const label = i18n.t('settings.apiKey.label');`,
  `const passwordClassName = 'form-control password-input is-invalid secret-banner';`,
  { code: `const field = <input type="password" className="form-control password-field" name="password" autoComplete="current-password" />;`, ...TSX },
  `const privateKeyPath = '/etc/ssl/private/server.key'; const tls = { keyFile: './certs/server-key.pem' };`,
  `const tokenUrl = 'https://login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/token';`,
  `const DATABASE_URL = 'postgres://orders@orders-db.internal:5432/orders?sslmode=verify-full';`,
  `const keyVaultUrl = 'https://shop-kv.vault.azure.net/';`,
  `const passwordHelp = 'Use at least twelve characters, including a number and a symbol.';`,
  `const messages = { invalidPassword: 'The password you entered is incorrect.', tokenExpired: 'Your session token has expired, please sign in again.' };`,
  // Names that merely mention a secret.
  `export const AUTH = { tokenType: 'Bearer', csrfTokenHeader: 'x-csrf-token', passwordMinLength: 12, secretName: 'prod/db' } as const;`,
  `const KEYS = { apiKeyHeader: 'X-Api-Key', tokenStorageKey: 'auth.token', sessionKey: 'sess:user', primaryKey: 'order_id' };`,
  `const PASSWORD_FIELD = 'password'; const TOKEN_KEY = 'access_token'; const SECRET_HEADER = 'x-webhook-secret';`,
  `const secretName = 'orders-db-password'; const secretsManagerArn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf';`,
  `enum Header { ApiKey = 'x-api-key', Authorization = 'authorization' }`,
  `const PASSWORD_REGEX = '^(?=.*[A-Z])(?=.*\\\\d).{12,}$';`,
  `const tokenPrefix = 'ghp_'; const keyPrefix = 'sk_live_';`,
  `localStorage.setItem('token', accessToken); headers.set('Content-Type', 'application/json');`,
  `res.cookie('refresh_token', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict' });`,
  `const authorization = 'Basic ' + btoa(\`\${user}:\${pass}\`); const headers = { Authorization: \`Bearer \${accessToken}\` };`,
  // Import and require specifiers, TypeScript literal types.
  `import secrets from './secrets/api-keys'; const tokenStore = require('./token-store'); export * from './password-policy';`,
  `type GrantAuth = 'client_secret_basic' | 'client_secret_post'; interface Cfg { password: 'required' | 'optional'; }`,
  `declare module 'secret-token-service' { export const token: string; }`,
  // Test files: only the checksum layer runs.
  { code: `const db = { password: '${DB_PASSWORD}' }; const apiKey = '${API_KEY}';`, filename: 'src/__tests__/orders.test.ts' },
  { code: `export const handlers = [rest.get('/me', (req, res, ctx) => res(ctx.json({ accessToken: '${BEARER}' })))];`, filename: 'src/mocks/handlers.ts' },
  { code: `export const Primary = { args: { apiKey: '${API_KEY_2}' } };`, filename: 'src/components/Widget.stories.tsx' },
  // A GitHub-shaped token whose checksum fails is not a verified token, and test files report only verified ones.
  { code: `const fakeToken = '${GITHUB_PAT_BROKEN}';`, filename: 'test/github-client.spec.ts' },
  // Options: allowFingerprints, ignoreNames, unnamed values without checkUnnamedHighEntropy, comments.
  { code: `const apiKey = '${ALLOWED_KEY}';`, options: [{ allowFingerprints: [ALLOWED_FINGERPRINT] }] },
  { code: `const payments = { webhookSecret: '${WEBHOOK_SECRET}' };`, options: [{ ignoreNames: ['webhookSecret'] }] },
  `sendToQueue('${ANONYMOUS}');`,
  { code: `const id = '${GIT_SHA}'; const u = '${uuid()}'; const s = 'A sentence with enough words in it.';`, options: [{ checkUnnamedHighEntropy: true }] },
  `// token: ${GITHUB_PAT}\nconst x = 1;`,
  { code: `// password: ${DB_PASSWORD}\n/* apiKey = ${API_KEY} */\nconst x = 1;`, options: [{ checkComments: true }] },
  // Comparisons that are not a credential check.
  `if (process.env.NODE_ENV === 'production') enableHsts(); if (password === '') throw new Error('required');`,
];

// ----- Invalid ------------------------------------------------------------------------------------------------------------

function single(
  code: string,
  needle: string,
  messageId: MessageIds,
  suggestions: Suggestions,
  secrets: Invalid['secrets'],
  extra: Partial<InvalidTestCase<MessageIds, Options>> = {},
): Invalid {
  return { testCase: { code, errors: [error(code, needle, messageId, suggestions)], ...extra }, secrets };
}

/** A case whose report covers the whole literal `'value'` with the `useEnvironmentVariable` suggestion. */
function literal(code: string, value: string, messageId: MessageIds, envName: string, publicPrefix = '', extra: Partial<InvalidTestCase<MessageIds, Options>> = {}): Invalid {
  return single(code, quoted(value), messageId, useEnv(code, quoted(value), envName), [[value, publicPrefix]], extra);
}

const invalidCases: Invalid[] = [];
const add = (...cases: Invalid[]): void => {
  invalidCases.push(...cases);
};

// Layer 1: checksum-verified tokens, also in test files and comments.
{
  const code = `const githubToken = '${GITHUB_PAT}';`;
  add(literal(code, GITHUB_PAT, 'verifiedSecret', 'GITHUB_TOKEN', 'ghp_'));
  add(literal(code, GITHUB_PAT, 'verifiedSecret', 'GITHUB_TOKEN', 'ghp_', { filename: 'src/__tests__/github.test.ts' }));
  add(literal(code, GITHUB_PAT, 'verifiedSecret', 'GITHUB_TOKEN', 'ghp_', { filename: 'fixtures/github/client.ts' }));
}
{
  const code = `import { Octokit } from '@octokit/rest';
export const octokit = new Octokit({ auth: '${GITHUB_PAT}', userAgent: 'orders-bot' });`;
  add(literal(code, GITHUB_PAT, 'verifiedSecret', 'GITHUB_TOKEN', 'ghp_'));
}
{
  const code = `const npmrc = '//registry.npmjs.org/:_authToken=${NPM_TOKEN}';`;
  add(single(code, NPM_TOKEN, 'verifiedSecret', useEnv(code, quoted(`//registry.npmjs.org/:_authToken=${NPM_TOKEN}`), 'NPMRC'), [[NPM_TOKEN, 'npm_']]));
}
{
  const code = `const res = await fetch('https://api.github.com/user', { headers: { Authorization: 'token ${GITHUB_PAT}' } });`;
  add(single(code, GITHUB_PAT, 'verifiedSecret', useEnv(code, quoted(`token ${GITHUB_PAT}`), 'API_TOKEN'), [[GITHUB_PAT, 'ghp_']]));
}
{
  const value = `DefaultEndpointsProtocol=https;AccountName=ordersdata;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net`;
  const code = `import { BlobServiceClient } from '@azure/storage-blob';
const STORAGE_CONNECTION = '${value}';
export const blobs = BlobServiceClient.fromConnectionString(STORAGE_CONNECTION);`;
  add(single(code, STORAGE_KEY, 'verifiedSecret', useEnv(code, quoted(value), 'AZURE_STORAGE_CONNECTION_STRING'), [[STORAGE_KEY, '']]));
}
{
  const code = `export default {\n  monitoring: {\n    grafana: { url: 'https://grafana.internal', token: '${GRAFANA_TOKEN}' },\n  },\n};`;
  add(literal(code, GRAFANA_TOKEN, 'verifiedSecret', 'GRAFANA_TOKEN', 'glsa_'));
}
{
  const code = `const cloudflare = new Cloudflare({ apiToken: '${CLOUDFLARE_TOKEN}' });`;
  add(literal(code, CLOUDFLARE_TOKEN, 'verifiedSecret', 'API_TOKEN', 'cfut_'));
}
{
  const code = `// old deploy token: ${GITHUB_PAT}\nexport const deploy = () => run();`;
  add(single(code, GITHUB_PAT, 'verifiedSecret', [], [[GITHUB_PAT, 'ghp_']], { options: [{ checkComments: true }] }));
}
{
  const code = `const remote = \`https://x-access-token:${GITHUB_PAT}@github.com/\${owner}/\${repo}.git\`;`;
  add(single(code, GITHUB_PAT, 'verifiedSecret', [], [[GITHUB_PAT, 'ghp_']]));
}

// Layer 2: provider tokens by structure.
{
  const code = `export const AWS_ACCESS_KEY_ID = '${AWS_KEY_ID}';`;
  add(literal(code, AWS_KEY_ID, 'hardcodedSecret', 'AWS_ACCESS_KEY_ID', 'AKIA'));
}
{
  const code = `import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: '${AWS_KEY_ID}', secretAccessKey: '${AWS_SECRET}' },
});`;
  add({
    testCase: {
      code,
      errors: [
        error(code, quoted(AWS_KEY_ID), 'hardcodedSecret', useEnv(code, quoted(AWS_KEY_ID), 'CREDENTIALS_ACCESS_KEY_ID')),
        error(code, quoted(AWS_SECRET), 'hardcodedSecret', useEnv(code, quoted(AWS_SECRET), 'AWS_SECRET_ACCESS_KEY')),
      ],
    },
    secrets: [
      [AWS_KEY_ID, 'AKIA'],
      [AWS_SECRET, ''],
    ],
  });
}
{
  const code = `const AWS = require('aws-sdk');
AWS.config.update({ region: 'eu-west-1', accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: '${AWS_SECRET}' });`;
  add(literal(code, AWS_SECRET, 'hardcodedSecret', 'AWS_SECRET_ACCESS_KEY'));
}
{
  const code = `export const msalConfig = {
  auth: {
    clientId: '${CLIENT_ID}',
    authority: 'https://login.microsoftonline.com/${TENANT_ID}',
    clientSecret: '${ENTRA_SECRET}',
  },
};`;
  add(literal(code, ENTRA_SECRET, 'hardcodedSecret', 'AUTH_CLIENT_SECRET'));
}
{
  const code = `import { WebClient } from '@slack/web-api';
const slack = new WebClient('${SLACK_BOT}');`;
  add(literal(code, SLACK_BOT, 'hardcodedSecret', 'SLACK_BOT_TOKEN', 'xoxb-'));
}
{
  const code = `const ALERTS_WEBHOOK = '${SLACK_HOOK}';`;
  add(literal(code, SLACK_HOOK, 'hardcodedSecret', 'ALERTS_WEBHOOK', 'https://hooks.slack.com/services/'));
}
{
  const code = `const GEOCODING_API_KEY = '${GOOGLE_KEY}';`;
  add(literal(code, GOOGLE_KEY, 'hardcodedSecret', 'GEOCODING_API_KEY', 'AIza'));
}
{
  const code = `import Stripe from 'stripe';
export const stripe = new Stripe('${STRIPE_LIVE}', { apiVersion: '2024-06-20' });`;
  add(literal(code, STRIPE_LIVE, 'hardcodedSecret', 'STRIPE_SECRET_KEY', 'sk_live_'));
}
{
  const code = `const stripeTestKey = '${STRIPE_TEST}';`;
  add(literal(code, STRIPE_TEST, 'likelySecret', 'STRIPE_TEST_KEY', 'sk_test_'));
}
{
  const code = `import OpenAI from 'openai';
export const openai = new OpenAI({ apiKey: '${OPENAI_KEY}' });`;
  add(literal(code, OPENAI_KEY, 'hardcodedSecret', 'OPENAI_API_KEY', 'sk-proj-'));
}
{
  const code = `const gitlab = { host: 'https://gitlab.example.com', token: '${GITLAB_PAT}' };`;
  add(literal(code, GITLAB_PAT, 'hardcodedSecret', 'GITLAB_TOKEN', 'glpat-'));
}

// Layer 3: structured secrets.
{
  const code = `const serviceToken = '${JWT}';`;
  add(literal(code, JWT, 'hardcodedSecret', 'SERVICE_TOKEN', JWT.slice(0, JWT.indexOf('.'))));
}
{
  const code = `export const signingKey = \`${PRIVATE_KEY_PEM}\`;`;
  const needle = `\`${PRIVATE_KEY_PEM}\``;
  const body = PRIVATE_KEY_PEM.split('\n').slice(1, -1).join('\n');
  add(single(code, needle, 'hardcodedSecret', useEnv(code, needle, 'SIGNING_KEY'), [[body, '']]));
}
{
  const value = `postgres://orders:${URL_PASSWORD}@orders-db.internal:5432/orders`;
  const code = `const DATABASE_URL = '${value}';`;
  add(single(code, `postgres://orders:${URL_PASSWORD}@`, 'hardcodedSecret', useEnv(code, quoted(value), 'DATABASE_URL'), [[URL_PASSWORD, '']]));
}
{
  const value = `mongodb+srv://shop:${URL_PASSWORD}@cluster0.abcde.mongodb.net/shop?retryWrites=true`;
  const code = `const mongoose = require('mongoose');
mongoose.connect('${value}');`;
  add(single(code, `mongodb+srv://shop:${URL_PASSWORD}@`, 'hardcodedSecret', useEnv(code, quoted(value), 'MONGODB_URI'), [[URL_PASSWORD, '']]));
}
{
  const value = `redis://:${URL_PASSWORD}@cache.internal:6379`;
  const code = `import { createClient } from 'redis';
export const cache = createClient({ url: '${value}' });`;
  add(single(code, `redis://:${URL_PASSWORD}@`, 'hardcodedSecret', useEnv(code, quoted(value), 'REDIS_URL'), [[URL_PASSWORD, '']]));
}
{
  const value = `Server=tcp:orders.database.windows.net,1433;Database=orders;User ID=orders_app;Password=${SQL_PASSWORD};Encrypt=True;`;
  const code = `const connectionString = '${value}';`;
  add(single(code, `Password=${SQL_PASSWORD}`, 'hardcodedSecret', useEnv(code, quoted(value), 'CONNECTION_STRING'), [[SQL_PASSWORD, '']]));
}
{
  const code = `const headers = { Authorization: 'Basic ${BASIC}' };`;
  add(literal(code, `Basic ${BASIC}`, 'hardcodedSecret', 'API_TOKEN', 'Basic '));
}
{
  const code = `import axios from 'axios';
export const api = axios.create({ baseURL: 'https://api.partner.example', headers: { Authorization: 'Bearer ${BEARER}' } });`;
  add(literal(code, `Bearer ${BEARER}`, 'hardcodedSecret', 'API_TOKEN', 'Bearer '));
}
{
  const code = `res.setHeader('Authorization', 'Bearer ${BEARER}');`;
  add(literal(code, `Bearer ${BEARER}`, 'hardcodedSecret', 'API_TOKEN', 'Bearer '));
}
{
  const code = `const url = \`https://api.partner.example/v1/orders?access_token=${API_KEY}&customer=\${id}\`;`;
  add(single(code, `access_token=${API_KEY}`, 'likelySecret', [], [[API_KEY, '']]));
}

// Layer 4a: named secrets.
{
  const code = `export const db = {
  host: 'orders-db.internal',
  user: 'orders',
  password: '${DB_PASSWORD}',
};`;
  add(literal(code, DB_PASSWORD, 'likelySecret', 'DB_PASSWORD'));
}
{
  // A loopback host spares only default passwords: a real one is still reported, and so is a default on a remote host.
  const code = `export const db = { host: 'localhost', user: 'orders', password: '${DB_PASSWORD}' };`;
  add(literal(code, DB_PASSWORD, 'likelySecret', 'DB_PASSWORD'));
  const remote = `export const db = { host: 'orders-db.internal', user: 'orders', password: 'postgres' };`;
  add(literal(remote, 'postgres', 'likelySecret', 'DB_PASSWORD'));
}
{
  const code = `export default {\n  services: {\n    payments: { webhookSecret: '${WEBHOOK_SECRET}' },\n  },\n};`;
  add(literal(code, WEBHOOK_SECRET, 'likelySecret', 'PAYMENTS_WEBHOOK_SECRET'));
}
{
  const code = `module.exports = { port: 8080, jwtSecret: '${API_KEY_2}' };`;
  add(literal(code, API_KEY_2, 'likelySecret', 'JWT_SECRET'));
}
{
  const code = `exports.apiToken = '${API_KEY}';`;
  add(literal(code, API_KEY, 'likelySecret', 'API_TOKEN'));
}
{
  const code = `type AppConfig = { db: { host: string; password: string } };
export const config = { db: { host: 'db', password: '${DB_PASSWORD}' } } satisfies AppConfig;`;
  add(literal(code, DB_PASSWORD, 'likelySecret', 'DB_PASSWORD'));
}
{
  const code = `export const SECRETS = { apiToken: '${API_KEY}' } as const;`;
  add(literal(code, API_KEY, 'likelySecret', 'SECRETS_API_TOKEN'));
}
{
  const code = `const apiSecret: string = '${API_KEY_2}';`;
  add(literal(code, API_KEY_2, 'likelySecret', 'API_SECRET'));
}
{
  const code = `export async function connect(host: string, password = '${DB_PASSWORD}'): Promise<void> {}`;
  add(literal(code, DB_PASSWORD, 'likelySecret', 'PASSWORD'));
}
{
  const code = `const { user = 'orders', password = '${DB_PASSWORD}' } = options;`;
  add(literal(code, DB_PASSWORD, 'likelySecret', 'PASSWORD'));
}
{
  const code = `export class PaymentsClient {
  private readonly apiSecret = '${API_KEY_2}';
}`;
  add(literal(code, API_KEY_2, 'likelySecret', 'API_SECRET'));
}
{
  const code = `config.smtp.auth.pass = '${SMTP_PASSWORD}';`;
  add(literal(code, SMTP_PASSWORD, 'likelySecret', 'AUTH_PASS'));
}
{
  const code = `this.clientSecret = '${CLIENT_SECRET}';`;
  add(literal(code, CLIENT_SECRET, 'likelySecret', 'CLIENT_SECRET'));
}
{
  const code = `const opts = { 'client_secret': '${CLIENT_SECRET}', grant_type: 'client_credentials' };`;
  add(literal(code, CLIENT_SECRET, 'likelySecret', 'OPTS_CLIENT_SECRET'));
}
{
  const code = `const el = <PaymentsProvider apiKey="${API_KEY}" currency="EUR" />;`;
  const needle = `"${API_KEY}"`;
  add(single(code, needle, 'likelySecret', useEnv(code, needle, 'API_KEY', true), [[API_KEY, '']], TSX));
}
{
  const code = `if (req.body.password === '${ADMIN_PASSWORD}') grantAdmin(req);`;
  add(single(code, quoted(ADMIN_PASSWORD), 'likelySecret', [], [[ADMIN_PASSWORD, '']]));
}
{
  const code = `export const isMaster = (password: string) => '${ADMIN_PASSWORD}' === password;`;
  add(single(code, quoted(ADMIN_PASSWORD), 'likelySecret', [], [[ADMIN_PASSWORD, '']]));
}
{
  const code = `const headers = new Headers(); headers.set('x-api-key', '${API_KEY}');`;
  add(literal(code, API_KEY, 'hardcodedSecret', 'API_KEY'));
}
{
  const code = `request.headers.set('x-api-key', '${API_KEY}');`;
  add(literal(code, API_KEY, 'likelySecret', 'API_KEY'));
}
{
  const code = `stripe.setApiKey('${API_KEY_2}');`;
  add(literal(code, API_KEY_2, 'likelySecret', 'API_KEY'));
}
{
  const code = `const apiKey = process.env.PAYMENTS_API_KEY || '${API_KEY}';`;
  add(single(code, quoted(API_KEY), 'likelySecret', [{ messageId: 'removeFallback', output: `const apiKey = process.env.PAYMENTS_API_KEY;` }], [[API_KEY, '']]));
}
{
  const code = `enum Credentials { ApiSecret = '${API_KEY_2}' }`;
  add(single(code, quoted(API_KEY_2), 'likelySecret', [], [[API_KEY_2, '']]));
}
{
  const code = `const signingSecret = '${API_KEY.slice(0, 12)}' + '${API_KEY.slice(12)}';`;
  const needle = `'${API_KEY.slice(0, 12)}' + '${API_KEY.slice(12)}'`;
  add(single(code, needle, 'likelySecret', useEnv(code, needle, 'SIGNING_SECRET'), [[API_KEY, '']]));
}
{
  const code = `process.env.PAYMENTS_API_KEY = '${API_KEY}';`;
  add(single(code, quoted(API_KEY), 'likelySecret', [], [[API_KEY, '']]));
}
{
  const code = `const twilioAuthToken = '${TWILIO_TOKEN}';`;
  add(literal(code, TWILIO_TOKEN, 'likelySecret', 'TWILIO_AUTH_TOKEN'));
}

// A static part of a template with interpolations: only the layers that need no name run on it, in test files not at all.
{
  const code = 'const registry = `https://deploy:Xk9mQ2vL8pR4tW7zB3@registry.internal.io/${path}`;';
  add(single(code, 'https://deploy:Xk9mQ2vL8pR4tW7zB3@', 'hardcodedSecret', [], [['Xk9mQ2vL8pR4tW7zB3', '']]));
  valid.push({ code, filename: 'test/registry.test.js' });
}
{
  const code = `const dbPassword = 'Xk9mQ2vL' + '8pR4tW7zB3';`;
  add(single(code, `'Xk9mQ2vL' + '8pR4tW7zB3'`, 'likelySecret', useEnv(code, `'Xk9mQ2vL' + '8pR4tW7zB3'`, 'DB_PASSWORD'), [['Xk9mQ2vL8pR4tW7zB3', '']]));
}

// Layer 4b: credential sinks, where any non-placeholder literal is the key.
{
  const code = `import jwt from 'jsonwebtoken';
export function issue(userId: string): string {
  return jwt.sign({ sub: userId }, 'keyboard cat', { expiresIn: '15m' });
}`;
  add(literal(code, 'keyboard cat', 'hardcodedSecret', 'JWT_SECRET'));
}
{
  const code = `const { verify: verifyJwt } = require('jsonwebtoken');
module.exports = (token) => verifyJwt(token, 'keyboard cat', { algorithms: ['HS256'] });`;
  add(literal(code, 'keyboard cat', 'hardcodedSecret', 'JWT_SECRET'));
}
{
  const code = `import * as jwt from 'jsonwebtoken';
const JWT_KEY = 'orders-jwt-key';
export const verify = (t: string) => jwt.verify(t, JWT_KEY);`;
  add(literal(code, 'orders-jwt-key', 'hardcodedSecret', 'JWT_SECRET'));
}
{
  const code = `import jwt from 'jsonwebtoken';
const { JWT_SECRET = '${API_KEY.slice(0, 16)}' } = process.env;
export const sign = (p: object) => jwt.sign(p, JWT_SECRET);`;
  add(literal(code, API_KEY.slice(0, 16), 'hardcodedSecret', 'JWT_SECRET'));
}
{
  const code = `const crypto = require('crypto');
const mac = crypto.createHmac('sha256', 'orders-webhook-hmac').update(body).digest('hex');`;
  add(literal(code, 'orders-webhook-hmac', 'hardcodedSecret', 'HMAC_SECRET'));
}
{
  const code = `import express from 'express';
import session from 'express-session';
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET || 'orders-dev-2024', resave: false }));`;
  add(
    single(
      code,
      quoted('orders-dev-2024'),
      'hardcodedSecret',
      [{ messageId: 'removeFallback', output: replaced(code, `process.env.SESSION_SECRET || 'orders-dev-2024'`, 'process.env.SESSION_SECRET') }],
      [['orders-dev-2024', '']],
    ),
  );
}
{
  const code = `import session from 'express-session';
const sessionOptions = { secret: 'tabby cat on keyboard', cookie: { secure: true } };
app.use(session({ ...sessionOptions, resave: false }));`;
  add(literal(code, 'tabby cat on keyboard', 'hardcodedSecret', 'SESSION_SECRET'));
}
{
  const code = `import cookieParser from 'cookie-parser';
app.use(cookieParser('tabby on keyboard'));`;
  add(literal(code, 'tabby on keyboard', 'hardcodedSecret', 'COOKIE_SECRET'));
}
{
  const code = `import passport from 'passport';
import { Strategy as GitHubStrategy } from 'passport-github2';
passport.use(new GitHubStrategy({ clientID: 'Iv1.8a61f9b3a7aba766', clientSecret: '${CLIENT_SECRET}', callbackURL: '/auth/github/callback' }, verify));`;
  add(literal(code, CLIENT_SECRET, 'hardcodedSecret', 'OAUTH_CLIENT_SECRET'));
}
{
  const code = `const Stripe = require('stripe');
const stripe = Stripe('rk_prod_orders_2024');`;
  add(literal(code, 'rk_prod_orders_2024', 'hardcodedSecret', 'STRIPE_SECRET_KEY'));
}
{
  const code = `import OpenAI from 'openai';
const opts = { apiKey: 'orders-assistant-key', maxRetries: 2 };
export const openai = new OpenAI({ ...opts, timeout: 10_000 });`;
  add(literal(code, 'orders-assistant-key', 'hardcodedSecret', 'OPENAI_API_KEY'));
}
{
  const code = `import sgMail from '@sendgrid/mail';
sgMail.setApiKey('${API_KEY_2}');`;
  add(literal(code, API_KEY_2, 'hardcodedSecret', 'SENDGRID_API_KEY'));
}
{
  const code = `import { Pool } from 'pg';
export const pool = new Pool({ host: 'orders-db.internal', user: 'orders', password: 'orders-prod' });`;
  add(literal(code, 'orders-prod', 'hardcodedSecret', 'PGPASSWORD'));
}
{
  const code = `import mysql from 'mysql2/promise';
export const pool = mysql.createPool({ host: 'mysql.internal', user: 'shop', password: '${DB_PASSWORD}', database: 'shop' });`;
  add(literal(code, DB_PASSWORD, 'hardcodedSecret', 'MYSQL_PASSWORD'));
}
{
  const code = `const { createClient } = require('redis');
const client = createClient({ socket: { host: 'cache.internal' }, password: 'cachepass' });`;
  add(literal(code, 'cachepass', 'hardcodedSecret', 'REDIS_PASSWORD'));
}
{
  const code = `import nodemailer from 'nodemailer';
export const transport = nodemailer.createTransport({ host: 'smtp.example.com', port: 587, auth: { user: 'noreply@example.com', pass: '${SMTP_PASSWORD}' } });`;
  add(literal(code, SMTP_PASSWORD, 'hardcodedSecret', 'SMTP_PASSWORD'));
}
{
  const code = `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: { clientId: '${CLIENT_ID}', authority: 'https://login.microsoftonline.com/${TENANT_ID}', clientSecret: 'kiwi-mango-relay' },
});`;
  add(literal(code, 'kiwi-mango-relay', 'hardcodedSecret', 'AZURE_CLIENT_SECRET'));
}
{
  const code = `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential('${TENANT_ID}', '${CLIENT_ID}', 'kiwi-mango-relay');`;
  add(literal(code, 'kiwi-mango-relay', 'hardcodedSecret', 'AZURE_CLIENT_SECRET'));
}
{
  const code = `const twilio = require('twilio');
const client = twilio('${TWILIO_ACCOUNT_SID}', '${TWILIO_TOKEN}');`;
  add(literal(code, TWILIO_TOKEN, 'hardcodedSecret', 'TWILIO_AUTH_TOKEN'));
}
{
  const code = `import webpush from 'web-push';
webpush.setVapidDetails('mailto:ops@example.com', process.env.VAPID_PUBLIC_KEY!, '${VAPID_PRIVATE}');`;
  add(literal(code, VAPID_PRIVATE, 'hardcodedSecret', 'VAPID_PRIVATE_KEY'));
}
{
  const code = `import { CosmosClient } from '@azure/cosmos';
export const cosmos = new CosmosClient({ endpoint: 'https://orders.documents.azure.com', key: '${API_KEY_2}' });`;
  add(literal(code, API_KEY_2, 'hardcodedSecret', 'COSMOS_KEY'));
}
{
  const code = `export async function listOrders() {
  return fetch('https://api.partner.example/orders', { headers: { 'x-api-key': 'partner-orders-key' } });
}`;
  add(literal(code, 'partner-orders-key', 'hardcodedSecret', 'API_KEY'));
}

// Options.
{
  const code = `it('logs in', async () => { await login({ user: 'qa', password: '${ADMIN_PASSWORD}' }); });`;
  add(literal(code, ADMIN_PASSWORD, 'likelySecret', 'PASSWORD', '', { filename: 'src/__tests__/login.test.ts', options: [{ checkTestFiles: true }] }));
}
{
  const code = `const cfg = { licenseCode: '${LICENSE}' };`;
  add(literal(code, LICENSE, 'likelySecret', 'CFG_LICENSE_CODE', '', { options: [{ extraNames: ['licenseCode'] }] }));
}
{
  const code = `sendToQueue('${UNNAMED}');`;
  add(literal(code, UNNAMED, 'highEntropyString', 'HIGH_ENTROPY_STRING', '', { options: [{ checkUnnamedHighEntropy: true }] }));
}
{
  const code = `const keys = { current: { apiKey: '${ALLOWED_KEY}' }, next: { apiKey: '${API_KEY_2}' } };`;
  add(literal(code, API_KEY_2, 'likelySecret', 'NEXT_API_KEY', '', { options: [{ allowFingerprints: [ALLOWED_FINGERPRINT.toUpperCase()] }] }));
}
{
  const code = `const payments = { webhookSecret: '${WEBHOOK_SECRET}', apiSecret: '${API_KEY}' };`;
  add(literal(code, API_KEY, 'likelySecret', 'PAYMENTS_API_SECRET', '', { options: [{ ignoreNames: ['webhookSecret'] }] }));
}

ruleTester.run('no-hardcoded-secrets', rule, {
  valid,
  invalid: invalidCases.map(({ testCase }) => testCase),
});

// ----- Messages never hold the secret ----------------------------------------------------------------------------------------

const linter = new Linter({ configType: 'flat' });

function lint(code: string, filename: string, options: Readonly<Options> | undefined, jsx: boolean): Linter.LintMessage[] {
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        plugins: { 'zero-trust': { rules: { 'no-hardcoded-secrets': rule as never } } },
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx } } },
        rules: { 'zero-trust/no-hardcoded-secrets': ['error', ...(options ?? [])] as never },
      },
    ],
    filename,
  );
}

describe('no-hardcoded-secrets messages', () => {
  it.each(invalidCases.map(({ testCase, secrets }, index) => [index, testCase, secrets] as const))('case %i leaks no secret', (_index, testCase, secrets) => {
    const filename = testCase.filename ?? 'src/file.ts';
    const messages = lint(testCase.code, filename, testCase.options, filename.endsWith('.tsx'));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.ruleId).toBe('zero-trust/no-hardcoded-secrets');
      const shown = [message.message, ...(message.suggestions ?? []).map((suggestion) => suggestion.desc)].join('\n');
      for (const [secret, publicPrefix] of secrets) expect(leaksSecret(shown, secret, publicPrefix), `${shown}\nleaks ${secret}`).toBe(false);
      expect(message.message).toMatch(/fingerprint [\da-f]{8}/u);
    }
  });

  it('names the place, the public prefix, the length and the fingerprint', () => {
    const [message] = lint(`const githubToken = '${GITHUB_PAT}';`, 'src/file.ts', undefined, false);
    expect(message?.message).toContain('in "githubToken"');
    expect(message?.message).toContain(`(ghp_, ${GITHUB_PAT.length} chars, fingerprint ${sha256Hex(GITHUB_PAT).slice(0, 8)})`);
    const [sink] = lint(`import jwt from 'jsonwebtoken'; jwt.sign(p, 'keyboard cat');`, 'src/file.ts', undefined, false);
    expect(sink?.message).toContain('passed as the jsonwebtoken.sign secret');
  });

  it('reads test directories inside the project only, not in the checkout path', () => {
    const check = (cwd: string, filename: string): Linter.LintMessage[] =>
      new Linter({ configType: 'flat', cwd }).verify(
        `const db = { password: '${DB_PASSWORD}' };`,
        {
          files: ['**/*.ts'],
          plugins: { 'zero-trust': { rules: { 'no-hardcoded-secrets': rule as never } } },
          languageOptions: { parser: tsParser },
          rules: { 'zero-trust/no-hardcoded-secrets': 'error' },
        },
        filename,
      );
    expect(check('/builds/test/orders', '/builds/test/orders/src/db.ts').map((message) => message.messageId)).toEqual(['likelySecret']);
    expect(check('/builds/orders', '/builds/orders/test/db.ts')).toEqual([]);
  });
});

// ----- Options schema ---------------------------------------------------------------------------------------------------------

describe('no-hardcoded-secrets options schema', () => {
  const invalidOptions: readonly [string, unknown][] = [
    ['a fingerprint that is not hex', { allowFingerprints: ['xyz'] }],
    ['a fingerprint shorter than 8 digits', { allowFingerprints: ['abc123'] }],
    ['a fingerprint longer than 64 digits', { allowFingerprints: ['a'.repeat(65)] }],
    ['an unknown key', { checkEverything: true }],
    ['a non-boolean flag', { checkComments: 'yes' }],
    ['an empty name', { extraNames: [''] }],
    ['duplicate names', { ignoreNames: ['token', 'token'] }],
  ];

  it.each(invalidOptions)('refuses %s', (_label, options) => {
    expect(() =>
      linter.verify(
        'const x = 1;',
        {
          files: ['**/*.ts'],
          plugins: { 'zero-trust': { rules: { 'no-hardcoded-secrets': rule as never } } },
          languageOptions: { parser: tsParser },
          rules: { 'zero-trust/no-hardcoded-secrets': ['error', options] as never },
        },
        'src/file.ts',
      ),
    ).toThrow(/no-hardcoded-secrets/u);
  });

  it('accepts every documented option', () => {
    const messages = lint(
      'const x = 1;',
      'src/file.ts',
      [
        {
          allowFingerprints: [ALLOWED_FINGERPRINT, sha256Hex(API_KEY)],
          extraNames: ['licenseCode'],
          ignoreNames: ['webhookSecret'],
          checkComments: true,
          checkUnnamedHighEntropy: true,
          checkTestFiles: true,
        },
      ],
      false,
    );
    expect(messages).toEqual([]);
  });
});

// ----- JSON documents -----------------------------------------------------------------------------------------------------------

describe('no-hardcoded-secrets in JSON', async () => {
  // `@eslint/json` is an ES module; this test file compiles to CommonJS.
  const { default: json } = await import('@eslint/json');
  const appsettings = `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Orders": "Server=tcp:orders.database.windows.net,1433;Database=orders;User ID=orders_app;Password=${SQL_PASSWORD};Encrypt=True;",
    "Local": "Server=(localdb)\\\\mssqllocaldb;Database=orders;Trusted_Connection=True;",
    "Storage": "UseDevelopmentStorage=true",
    "Emulator": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "${TENANT_ID}",
    "ClientId": "${CLIENT_ID}",
    "ClientSecret": "${ENTRA_SECRET}"
  },
  "Payments": { "apiKey": "${API_KEY}", "webhookSecret": "<your-webhook-secret>", "publishableKey": "${STRIPE_PUBLISHABLE}" },
  "Cosmos": { "Endpoint": "https://localhost:8081", "Key": "${COSMOS_EMULATOR_KEY}" },
  "Smtp": { "Host": "smtp.example.com", "Password": "changeme" }
}`;

  const expected = [
    { messageId: 'hardcodedSecret', ...positionOf(appsettings, `Password=${SQL_PASSWORD}`) },
    { messageId: 'hardcodedSecret', ...positionOf(appsettings, `"${ENTRA_SECRET}"`) },
    { messageId: 'likelySecret', ...positionOf(appsettings, `"${API_KEY}"`) },
  ];

  for (const language of ['json/json', 'json/jsonc'] as const) {
    it(`reports the secrets of an appsettings.json document (${language})`, () => {
      const messages = linter.verify(
        appsettings,
        [
          {
            files: ['**/*.json'],
            plugins: { json, 'zero-trust': { rules: { 'no-hardcoded-secrets': rule as never } } },
            language,
            rules: { 'zero-trust/no-hardcoded-secrets': 'error' },
          },
        ],
        'appsettings.json',
      );
      expect(
        messages.map(({ ruleId, messageId, line, column, endLine, endColumn }) => ({ ruleId, messageId, line, column, endLine, endColumn })),
      ).toEqual(expected.map((item) => ({ ruleId: 'zero-trust/no-hardcoded-secrets', ...item })));
      expect(messages.every((message) => message.suggestions === undefined || message.suggestions.length === 0)).toBe(true);
      expect(messages.map((message) => message.message).join('\n')).toContain('in "AzureAd.ClientSecret"');
      for (const secret of [SQL_PASSWORD, ENTRA_SECRET, API_KEY]) {
        expect(messages.some((message) => leaksSecret(message.message, secret))).toBe(false);
      }
    });
  }
});
