/**
 * The negative suite (research note §7, §9.6 corpus 2) and a table of realistic positives, end to end through
 * ESLint's `Linter` with `zero-trust/no-hardcoded-secrets` at its default options. Each negative is a few lines of
 * ordinary application code that no secret reviewer would flag, grouped by the §7 catalogue rows and the issue's
 * list; each must produce no message at all. Each positive is a realistic hardcoded credential in application code;
 * exactly the lines marked `// expect-secret` must be reported, and no message may leak the secret.
 *
 * Values that would look like credentials (hashes, ids, publishable keys, the positives' secrets) are generated at run
 * time by ./values.ts; the published documentation and emulator values (AWS docs, Cosmos DB emulator, Azurite) are
 * written out because they are public by design.
 */
import { describe, expect, it } from 'vitest';
import { generateValid } from '../../secrets/generate';
import { PROVIDER_SAMPLES } from '../../secrets/provider-samples';
import { leaks, lintSecrets } from './harness';
import {
  alnum,
  argon2Hash,
  b64,
  b64url,
  bcryptHash,
  CERTIFICATE_PEM,
  digits,
  EC_PRIVATE_PEM,
  hex,
  jsonB64url,
  jwt,
  lower,
  lowerLetters,
  password,
  rng,
  RSA_PRIVATE_PEM,
  RSA_PUBLIC_JWK,
  RSA_PUBLIC_PEM,
  scryptHash,
  sshEd25519Public,
  uuid,
} from './values';

interface Negative {
  readonly name: string;
  readonly code: string;
  readonly filename?: string;
}

const TSX = 'src/components/LoginForm.tsx';

const AWS_DOC_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const AWS_DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const COSMOS_EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const FIREBASE_API_KEY = (PROVIDER_SAMPLES['google-api-key']?.sample(rng) ?? '');
const PEM_ONE_LINE = RSA_PUBLIC_PEM.replaceAll('\n', '\\n');

const NEGATIVES: Readonly<Record<string, readonly Negative[]>> = {
  'documented examples (AWS)': [
    {
      name: 'S3 client against LocalStack with the AWS documentation key pair',
      code: `import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'us-east-1',
  endpoint: 'http://localhost:4566',
  forcePathStyle: true,
  credentials: { accessKeyId: '${AWS_DOC_KEY_ID}', secretAccessKey: '${AWS_DOC_SECRET}' },
});
`,
    },
    { name: 'documentation constant for the access key id', code: `/** Shown in the setup wizard as an example of the expected format. */\nexport const ACCESS_KEY_ID_EXAMPLE = '${AWS_DOC_KEY_ID}';\n` },
    { name: 'documentation secret under a secret name', code: `export const sampleCredentials = {\n  awsAccessKeyId: '${AWS_DOC_KEY_ID}',\n  awsSecretAccessKey: '${AWS_DOC_SECRET}',\n};\n` },
    { name: 'CLI help text', code: `export const helpText = \`Run: aws configure set aws_access_key_id ${AWS_DOC_KEY_ID} --profile demo\`;\n` },
    { name: 'env file template', code: `export const ENV_TEMPLATE = [\n  'AWS_ACCESS_KEY_ID=${AWS_DOC_KEY_ID}',\n  'AWS_SECRET_ACCESS_KEY=${AWS_DOC_SECRET}',\n].join('\\n');\n` },
  ],
  'Twilio SIDs': [
    { name: 'account SID next to an env auth token', code: `import twilio from 'twilio';\n\nconst accountSid = 'AC${hex(32)}';\nexport const client = twilio(accountSid, process.env.TWILIO_AUTH_TOKEN);\n` },
    { name: 'API key SID with its secret from the environment', code: `import twilio from 'twilio';\n\nexport const client = twilio('SK${hex(32)}', process.env.TWILIO_API_SECRET ?? '', {\n  accountSid: 'AC${hex(32)}',\n});\n` },
    { name: 'messaging service SID', code: `export const sms = {\n  messagingServiceSid: 'MG${hex(32)}',\n  statusCallback: 'https://api.acme.io/twilio/status',\n};\n` },
    { name: 'verify service SID', code: `export async function sendCode(client: any, to: string) {\n  return client.verify.v2.services('VA${hex(32)}').verifications.create({ to, channel: 'sms' });\n}\n` },
  ],
  'client ids and tenant ids': [
    {
      name: 'MSAL browser config',
      code: `import { PublicClientApplication } from '@azure/msal-browser';

export const msal = new PublicClientApplication({
  auth: {
    clientId: '${uuid()}',
    authority: 'https://login.microsoftonline.com/${uuid()}',
    redirectUri: 'http://localhost:3000',
  },
});
`,
    },
    { name: 'tenant id constant', code: `export const tenantId = '${uuid()}';\n` },
    { name: 'Google OAuth client id', code: `export const googleClientId = '${digits(12)}-${lower(32)}.apps.googleusercontent.com';\n` },
    { name: 'GitHub App client id', code: `export const githubApp = { appId: ${digits(6)}, clientId: 'Iv1.${hex(16)}' };\n` },
    { name: 'Auth0 SPA client id', code: `import { createAuth0Client } from '@auth0/auth0-spa-js';\n\nexport const auth0 = await createAuth0Client({\n  domain: 'acme.eu.auth0.com',\n  clientId: '${alnum(32)}',\n});\n` },
    { name: 'subscription and resource group', code: `export const azure = {\n  subscriptionId: '${uuid()}',\n  resourceGroup: 'rg-orders-prod',\n};\n` },
    { name: 'application (client) id and object id', code: `export const appRegistration = {\n  applicationId: '${uuid()}',\n  objectId: '${uuid()}',\n  displayName: 'orders-api',\n};\n` },
    { name: 'Okta client id', code: `export const oktaConfig = {\n  issuer: 'https://acme.okta.com/oauth2/default',\n  clientId: '0oa${alnum(17)}',\n  scopes: ['openid', 'profile', 'email'],\n};\n` },
  ],
  'emulator keys (Cosmos DB, Azurite)': [
    { name: 'Cosmos DB emulator connection string', code: `export const cosmosConnection = 'AccountEndpoint=https://localhost:8081/;AccountKey=${COSMOS_EMULATOR_KEY}';\n` },
    { name: 'Cosmos DB emulator key in the client options', code: `import { CosmosClient } from '@azure/cosmos';\n\nexport const cosmos = new CosmosClient({\n  endpoint: 'https://localhost:8081',\n  key: '${COSMOS_EMULATOR_KEY}',\n});\n` },
    {
      name: 'Azurite connection string',
      code: `export const storageConnection =\n  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';\n`,
    },
    { name: 'Azurite shared key credential', code: `import { StorageSharedKeyCredential } from '@azure/storage-blob';\n\nexport const credential = new StorageSharedKeyCredential('devstoreaccount1', '${AZURITE_KEY}');\n` },
    { name: 'Azurite key as key:', code: `export const azurite = {\n  accountName: 'devstoreaccount1',\n  key: '${AZURITE_KEY}',\n};\n` },
    { name: 'development storage shortcut', code: `export const connection = process.env.AZURE_STORAGE_CONNECTION_STRING ?? 'UseDevelopmentStorage=true';\n` },
  ],
  'default credentials on loopback': [
    { name: 'postgres:postgres on localhost', code: `export const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@localhost:5432/app';\n` },
    { name: 'guest:guest RabbitMQ', code: `import amqp from 'amqplib';\n\nexport const connection = await amqp.connect('amqp://guest:guest@localhost');\n` },
    { name: 'root:root Mongo on 127.0.0.1', code: `import mongoose from 'mongoose';\n\nawait mongoose.connect('mongodb://root:root@127.0.0.1:27017/admin');\n` },
    { name: 'Prisma docs placeholder URL', code: `export const DATABASE_URL = 'postgresql://user:password@localhost:5432/mydb?schema=public';\n` },
    { name: 'docker-compose service credentials', code: `export const testDb = { url: 'postgres://postgres:postgres@127.0.0.1:55432/app_test' };\n` },
  ],
  'password hashes': [
    { name: 'bcrypt hash in a seed', code: `export const adminUser = {\n  email: 'admin@acme.io',\n  passwordHash: '${bcryptHash()}',\n  role: 'admin',\n};\n` },
    { name: 'argon2 hash', code: `export const fixtureUser = { username: 'ops', passwordHash: '${argon2Hash()}' };\n` },
    { name: 'scrypt hash', code: `export const stored = { passwordHash: '${scryptHash()}', algorithm: 'scrypt' };\n` },
    { name: 'hashedPassword const', code: `const hashedPassword = '${bcryptHash()}';\nexport default hashedPassword;\n` },
    { name: 'Rails-style password_digest', code: `export const row = { id: 1, password_digest: '${bcryptHash()}' };\n` },
    { name: 'bcrypt compare against a stored hash', code: `import bcrypt from 'bcrypt';\n\nconst DUMMY_HASH = '${bcryptHash()}';\nexport const timingSafeMiss = (pw: string) => bcrypt.compare(pw, DUMMY_HASH);\n` },
  ],
  'placeholders under secret names': [
    { name: 'changeme', code: `export const defaults = { adminPassword: 'changeme' };\n` },
    { name: '<your-secret>', code: `export const authConfig = { clientSecret: '<your-secret>' };\n` },
    { name: 'x-run token', code: `export const githubToken = 'xxxxxxxxxxxxxxxxxxxxxxxx';\n` },
    { name: 'envsubst template', code: `export const apiKey = '\${API_KEY}';\n` },
    { name: 'YOUR_API_KEY', code: `export const openaiConfig = { apiKey: 'YOUR_API_KEY' };\n` },
    { name: 'example', code: `export const credentials = { username: 'admin', password: 'example' };\n` },
    { name: 'dummy', code: `export const smtp = { auth: { user: 'mailer', pass: 'dummy' } };\n` },
    { name: 'test', code: `export const sessionSecret = 'test';\n` },
    { name: 'aaaaaaaa', code: `export const dbPassword = 'aaaaaaaa';\n` },
    { name: '12345678', code: `export const pinPassword = '12345678';\n` },
    { name: 'abcdefgh', code: `export const jwtSecret = 'abcdefgh';\n` },
    { name: 'your-api-key-here', code: `export const stripeSecretKey = 'your-api-key-here';\n` },
    { name: 'REPLACE_ME', code: `export const webhookSecret = 'REPLACE_ME';\n` },
    { name: 'mustache token', code: `export const headers = { Authorization: 'Bearer {{token}}' };\n` },
    { name: 'Windows env reference', code: `export const password = '%DB_PASSWORD%';\n` },
    { name: 'masked value', code: `export const maskedPassword = '********';\n` },
    { name: 'angle-bracket key', code: `export const apiKey = '<API_KEY>';\n` },
    { name: 'redacted', code: `export const logged = { token: '[REDACTED]', secret: 'redacted' };\n` },
    { name: 'jwt.io default secret', code: `export const jwtSecret = 'your-256-bit-secret';\n` },
    { name: 'Stripe test placeholder', code: `export const stripeKey = 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx';\n` },
  ],
  'environment lookups': [
    { name: 'process.env with an empty fallback', code: `export const apiKey = process.env.API_KEY ?? '';\n` },
    { name: 'import.meta.env', code: `export const secret = import.meta.env.VITE_SECRET as string;\n` },
    { name: 'Deno.env.get', code: `declare const Deno: { env: { get(name: string): string | undefined } };\nexport const token = Deno.env.get('GITHUB_TOKEN');\n` },
    { name: 'non-null asserted env', code: `export const db = { host: process.env.DB_HOST, password: process.env.DB_PASSWORD! };\n` },
    { name: 'destructured env', code: `const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } = process.env;\nexport { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET };\n` },
    { name: 'bracket env access', code: `export const openaiApiKey = process.env['OPENAI_API_KEY'];\n` },
    { name: 'required env helper', code: `function requireEnv(name: string): string {\n  const value = process.env[name];\n  if (!value) throw new Error(\`Missing \${name}\`);\n  return value;\n}\nexport const jwtSecret = requireEnv('JWT_SECRET');\n` },
    { name: 'envalid schema', code: `import { cleanEnv, str } from 'envalid';\n\nexport const env = cleanEnv(process.env, {\n  SESSION_SECRET: str(),\n  API_KEY: str({ desc: 'Key for the payments API' }),\n});\n` },
    { name: 'zod env schema', code: `import { z } from 'zod';\n\nexport const Env = z.object({\n  JWT_SECRET: z.string().min(32),\n  DATABASE_URL: z.string().url(),\n});\n` },
    { name: 'GitHub Actions input', code: `import * as core from '@actions/core';\n\nexport const password = core.getInput('password', { required: true });\n` },
  ],
  'config and secret-store reads': [
    { name: 'node-config get', code: `import config from 'config';\n\nexport const dbPassword = config.get<string>('db.password');\n` },
    { name: 'NestJS ConfigService', code: `export class AuthModuleOptions {\n  constructor(private readonly config: { get<T>(key: string): T }) {}\n  get secret(): string {\n    return this.config.get<string>('JWT_SECRET');\n  }\n}\n` },
    { name: 'nconf', code: `import nconf from 'nconf';\n\nexport const apiKey = nconf.get('payments:apiKey');\n` },
    { name: 'Secrets Manager lookup', code: `import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';\n\nconst client = new SecretsManagerClient({});\nexport const secret = await client.send(new GetSecretValueCommand({ SecretId: 'prod/orders/db-password' }));\n` },
    { name: 'Key Vault lookup', code: `import { SecretClient } from '@azure/keyvault-secrets';\nimport { DefaultAzureCredential } from '@azure/identity';\n\nconst vault = new SecretClient('https://kv-orders.vault.azure.net', new DefaultAzureCredential());\nexport const dbPassword = (await vault.getSecret('db-password')).value;\n` },
    { name: 'SSM parameter', code: `export const parameter = { Name: '/orders/prod/api-key', WithDecryption: true };\n` },
    { name: 'Vault KV path', code: `export const secretPath = 'secret/data/orders/prod';\nexport const tokenPath = 'auth/token/lookup-self';\n` },
  ],
  'UUIDs and ids': [
    { name: 'requestId', code: `export const requestId = '${uuid()}';\n` },
    { name: 'correlation headers', code: `export const headers = { 'x-request-id': '${uuid()}', 'x-correlation-id': '${uuid()}' };\n` },
    { name: 'idempotency key', code: `export const payment = { amount: 4200, currency: 'eur', idempotencyKey: '${uuid()}' };\n` },
    { name: 'W3C trace ids', code: `export const span = { traceId: '${hex(32)}', spanId: '${hex(16)}', sampled: true };\n` },
    { name: 'workspace and org ids', code: `export const ids = { orgId: '${uuid()}', workspaceId: '${uuid()}', projectId: '${uuid()}' };\n` },
    { name: 'Mongo ObjectId', code: `import { ObjectId } from 'mongodb';\n\nexport const systemUserId = new ObjectId('${hex(24)}');\n` },
    { name: 'ObjectId string', code: `export const doc = { _id: '${hex(24)}', ownerId: '${hex(24)}' };\n` },
    { name: 'Stripe customer and price ids', code: `export const plan = { customerId: 'cus_${alnum(14)}', priceId: 'price_${alnum(24)}' };\n` },
  ],
  'hashes, SHAs and integrity': [
    { name: 'git commit in build info', code: `export const BUILD_INFO = {\n  commit: '${hex(40)}',\n  builtAt: '2024-05-14T09:12:44Z',\n};\n` },
    { name: 'GIT_SHA const', code: `export const GIT_SHA = '${hex(40)}';\n` },
    { name: 'ETag', code: `export const etag = '"${hex(40)}"';\n` },
    { name: 'sha256 checksum', code: `export const artifact = { url: 'https://cdn.acme.io/cli-v2.3.1.tgz', sha256: '${hex(64)}' };\n` },
    { name: 'md5 checksum', code: `export const upload = { key: 'reports/2024-05.csv', contentMd5: '${b64(22)}==' };\n` },
    { name: 'SRI integrity', code: `export const script = {\n  src: 'https://cdn.jsdelivr.net/npm/alpinejs@3.13.10/dist/cdn.min.js',\n  integrity: 'sha384-${b64(64)}',\n  crossOrigin: 'anonymous',\n};\n` },
    { name: 'lockfile entry', code: `export const lodash = {\n  version: '4.17.21',\n  resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz',\n  integrity: 'sha512-${b64(86)}==',\n};\n` },
    { name: 'content hash of a file', code: `export const manifest = { 'main.js': { file: 'assets/main.${hex(8)}.js', contentHash: '${hex(64)}' } };\n` },
    { name: 'cache key with a hash', code: `export const cacheKey = 'deps-${hex(64)}';\n` },
  ],
  'data URIs and images': [
    { name: 'PNG data URI', code: `export const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk${b64(40)}AAAAAElFTkSuQmCC';\n` },
    { name: 'SVG data URI', code: `export const icon = 'data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg>').toString('base64')}';\n` },
    { name: 'inline font', code: `export const fontFace = \`@font-face { font-family: 'Inter'; src: url(data:font/woff2;base64,d09GMgABAAAAA${b64(200)}) format('woff2'); }\`;\n` },
    { name: 'raw PNG base64 under an image name', code: `export const avatarPlaceholderBase64 = 'iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${b64(120)}';\n` },
    { name: 'GIF spacer', code: `export const spacer = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';\n` },
  ],
  'public keys and certificates': [
    { name: 'RSA public key PEM in a template literal', code: `export const publicKey = \`${RSA_PUBLIC_PEM}\`;\n` },
    { name: 'public key PEM on one line', code: `export const JWT_PUBLIC_KEY = '${PEM_ONE_LINE}';\n` },
    { name: 'certificate PEM', code: `export const caCertificate = \`${CERTIFICATE_PEM}\`;\n` },
    { name: 'public JWKS', code: `export const jwks = {\n  keys: [{ kty: '${RSA_PUBLIC_JWK.kty}', kid: 'orders-2024-05', use: 'sig', alg: 'RS256', n: '${RSA_PUBLIC_JWK.n}', e: '${RSA_PUBLIC_JWK.e}' }],\n};\n` },
    { name: 'SSH public key of a deploy user', code: `export const authorizedKey = '${sshEd25519Public('deploy@ci')}';\n` },
    { name: 'verify with a public key', code: `import jwt from 'jsonwebtoken';\n\nconst PUBLIC_KEY = \`${RSA_PUBLIC_PEM}\`;\nexport const verify = (token: string) => jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });\n` },
  ],
  'publishable and browser keys': [
    { name: 'Stripe pk_live', code: `import { loadStripe } from '@stripe/stripe-js';\n\nexport const stripePromise = loadStripe('pk_live_51${alnum(97)}');\n` },
    { name: 'Stripe pk_test', code: `export const stripePublishableKey = 'pk_test_51${alnum(97)}';\n` },
    {
      name: 'Firebase web config',
      code: `import { initializeApp } from 'firebase/app';

const firebaseConfig = {
  apiKey: '${FIREBASE_API_KEY}',
  authDomain: 'acme-orders.firebaseapp.com',
  projectId: 'acme-orders',
  storageBucket: 'acme-orders.appspot.com',
  messagingSenderId: '${digits(12)}',
  appId: '1:${digits(12)}:web:${hex(22)}',
};
export const app = initializeApp(firebaseConfig);
`,
    },
    { name: 'Mapbox public token', code: `import mapboxgl from 'mapbox-gl';\n\nmapboxgl.accessToken = 'pk.${jsonB64url({ u: 'acme', a: `cl${lower(23)}` })}.${b64url(22)}';\n` },
    { name: 'Sentry DSN', code: `import * as Sentry from '@sentry/node';\n\nSentry.init({ dsn: 'https://${hex(32)}@o${digits(6)}.ingest.us.sentry.io/${digits(7)}', tracesSampleRate: 0.1 });\n` },
    { name: 'PostHog project key', code: `import posthog from 'posthog-js';\n\nposthog.init('phc_${alnum(43)}', { api_host: 'https://eu.i.posthog.com' });\n` },
    { name: 'reCAPTCHA site key', code: `export const recaptcha = { siteKey: '6Lc${b64url(37)}', action: 'login' };\n` },
    {
      name: 'Supabase anon key',
      code: `import { createClient } from '@supabase/supabase-js';\n\nexport const supabase = createClient('https://${lowerLetters(20)}.supabase.co', '${jwt({ iss: 'supabase', ref: lowerLetters(20), role: 'anon', iat: 1_700_000_000, exp: 2_015_576_000 })}');\n`,
    },
  ],
  'i18n keys and translations': [
    { name: 't() key', code: `declare function t(key: string): string;\nexport const label = t('auth.login.passwordLabel');\n` },
    { name: 'i18n.t key', code: `import i18n from 'i18next';\n\nexport const message = i18n.t('auth.resetPassword.tokenExpired');\n` },
    { name: 'formatMessage id', code: `export const text = (intl: { formatMessage(d: { id: string }): string }) => intl.formatMessage({ id: 'settings.apiKeys.createButton' });\n` },
    { name: 'label dictionary', code: `export const labels = { passwordLabel: 'Password', apiKeyLabel: 'API key', tokenLabel: 'Access token' };\n` },
    {
      name: 'English resource file',
      code: `export default {
  auth: {
    password: 'Password',
    confirmPassword: 'Confirm password',
    forgotPassword: 'Forgot your password?',
    secretQuestion: 'What was the name of your first pet?',
  },
};
`,
    },
    { name: 'German resource file', code: `export const de = { auth: { password: 'Passwort', token: 'Zugriffstoken', secret: 'Geheimnis' } };\n` },
    { name: 'Trans component key', code: `import { Trans } from 'react-i18next';\n\nexport const Hint = () => <Trans i18nKey="auth.password.requirements" />;\n`, filename: TSX },
    { name: 'vue-i18n $t', code: `export const computedTitle = (ctx: { $t(k: string): string }) => ctx.$t('account.security.twoFactorSecret');\n` },
  ],
  'CSS, Tailwind and CSS-in-JS': [
    { name: 'Tailwind className', code: `export const Row = () => <div className="flex items-center justify-between gap-x-6 px-4 py-5 sm:px-6" />;\n`, filename: TSX },
    { name: 'class list const', code: `export const buttonClasses =\n  'inline-flex items-center rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500';\n` },
    { name: 'password input classes', code: `export const passwordInputClass = 'block w-full rounded-md border-0 py-1.5 text-gray-900 ring-1 ring-inset ring-gray-300 focus:ring-2';\n` },
    { name: 'token badge classes', code: `export const tokenBadge = 'bg-emerald-50 text-emerald-700 ring-1 ring-inset ring-emerald-600/20';\n` },
    { name: 'styled-components', code: `import styled from 'styled-components';\n\nexport const SecretField = styled.input\`\n  font-family: ui-monospace, SFMono-Regular, Menlo, monospace;\n  letter-spacing: 0.2em;\n\`;\n` },
    { name: 'sx prop', code: `export const Field = () => <input sx={{ borderColor: 'primary.main', fontFamily: 'monospace' }} />;\n`, filename: TSX },
    { name: 'clsx', code: `import clsx from 'clsx';\n\nexport const cls = (invalid: boolean) => clsx('password-strength-meter__bar', invalid && 'password-strength-meter__bar--weak');\n` },
  ],
  'paths and module specifiers': [
    { name: 'import of a password helper', code: `import { hashPassword } from './auth/password-hasher';\nexport { hashPassword };\n` },
    { name: 'key file path', code: `import path from 'node:path';\n\nexport const keyPath = path.join(__dirname, 'certs', 'server.key');\n` },
    { name: 'private key path', code: `export const tls = { privateKeyPath: '/etc/ssl/private/api.acme.io.key', certPath: '/etc/ssl/certs/api.acme.io.pem' };\n` },
    { name: 'docker secret file', code: `import { readFileSync } from 'node:fs';\n\nexport const dbPassword = readFileSync('/run/secrets/db_password', 'utf8').trim();\n` },
    { name: 'GCP key filename', code: `import { Storage } from '@google-cloud/storage';\n\nexport const storage = new Storage({ keyFilename: './credentials/service-account.json' });\n` },
    { name: 'require of a secrets module', code: `const secrets = require('../config/secrets');\nexport default secrets;\n` },
    { name: 'webpack-style path', code: `export const consolePath = './config/webpack/webpackFriendlyConsole';\n` },
  ],
  'URLs without credentials': [
    { name: 'Microsoft token endpoint', code: `export const tokenEndpoint = 'https://login.microsoftonline.com/common/oauth2/v2.0/token';\n` },
    { name: 'Google token URL', code: `export const tokenUrl = 'https://oauth2.googleapis.com/token';\n` },
    { name: 'JWKS URI', code: `export const jwksUri = 'https://acme.eu.auth0.com/.well-known/jwks.json';\n` },
    { name: 'password reset URL', code: `export const passwordResetUrl = 'https://app.acme.io/reset-password?utm_source=email';\n` },
    { name: 'secrets endpoint', code: `export const secretsManagerEndpoint = 'https://secretsmanager.eu-west-1.amazonaws.com';\n` },
    { name: 'git URL with a user only', code: `export const repo = 'https://deploy@github.com/acme/orders.git';\n` },
    { name: 'API URL with an interpolated key', code: `export const url = (apiKey: string) => \`https://api.acme.io/v1/items?api_key=\${apiKey}&limit=50\`;\n` },
    { name: 'OAuth authorize URL', code: `export const authorizationUrl = 'https://github.com/login/oauth/authorize?scope=read:user&allow_signup=false';\n` },
  ],
  'English sentences': [
    { name: 'password help', code: `export const copy = { passwordHelp: 'Use at least 12 characters, including a number and a symbol.' };\n` },
    { name: 'token expired message', code: `export const tokenExpiredMessage = 'Your session has expired. Please sign in again.';\n` },
    { name: 'thrown error', code: `export function check(pw: string) {\n  if (pw.length < 12) throw new Error('Invalid password: must contain at least 12 characters');\n}\n` },
    { name: 'secret hint', code: `export const secretHint = 'Stored in Azure Key Vault, never in code.';\n` },
    { name: 'log line', code: `export function warn(logger: { warn(m: string, ...a: unknown[]): void }, tenant: string) {\n  logger.warn('API key rotation is overdue for tenant %s', tenant);\n}\n` },
    { name: 'camelCase event name', code: `export const eventName = 'passwordResetTokenRequestedForExistingUserAccount';\n` },
  ],
  'secret-ish names with non-secret values': [
    { name: 'tokenType Bearer', code: `export const tokenResponse = { tokenType: 'Bearer', expiresIn: 3600 };\n` },
    { name: 'csrf header name', code: `export const csrfTokenHeader = 'x-csrf-token';\n` },
    { name: 'password min length', code: `export const passwordPolicy = { passwordMinLength: 12, passwordMaxLength: 128 };\n` },
    { name: 'secretName', code: `export const dbSecret = { secretName: 'prod/db', region: 'eu-west-1' };\n` },
    { name: 'keyCode', code: `export const onKey = (event: { keyCode: number; key: string }) => event.keyCode === 13 || event.key === 'Enter';\n` },
    { name: 'primaryKey and sortKey', code: `export const table = { tableName: 'orders', primaryKey: 'id', sortKey: 'createdAt' };\n` },
    { name: 'cacheKey template', code: `export const cacheKey = (id: string) => \`user:\${id}:profile\`;\nexport const listCacheKey = 'users:list:v2';\n` },
    { name: 'empty password', code: `export const anonymous = { username: 'guest', password: '' };\n` },
    { name: 'password from the request body', code: `export function login(req: { body: { email: string; password: string } }) {\n  const credentials = { email: req.body.email, password: req.body.password };\n  return credentials;\n}\n` },
    { name: 'passport-local field names', code: `export const localOptions = { usernameField: 'email', passwordField: 'password', session: false };\n` },
    { name: 'storage key names', code: `export const TOKEN_STORAGE_KEY = 'auth.accessToken';\nexport const REFRESH_TOKEN_COOKIE = 'refresh_token';\n` },
    { name: 'cookie name', code: `export function setSession(res: { cookie(n: string, v: string, o: object): void }, token: string) {\n  res.cookie('session_token', token, { httpOnly: true, secure: true, sameSite: 'lax' });\n}\n` },
    { name: 'Kubernetes secretKeyRef', code: `export const env = [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } }];\n` },
    { name: 'header name constants', code: `export const apiKeyHeader = 'X-API-Key';\nexport const authHeaderName = 'Authorization';\n` },
    { name: 'algorithms', code: `export const keyOptions = { keyAlgorithm: 'RSA-OAEP-256', signingAlgorithm: 'RS256', keySize: 2048 };\n` },
    { name: 'secret version and key id', code: `export const secretRef = { secretVersion: 'latest', keyVersion: 'v3', keyId: 'orders-signing-2024' };\n` },
    { name: 'token lifetime', code: `export const tokens = { accessTokenTtl: '15m', refreshTokenTtl: '30d', passwordResetTokenTtl: '1h' };\n` },
    { name: 'session store prefix', code: `export const store = { keyPrefix: 'sess:', tokenPrefix: 'tok_' };\n` },
    { name: 'token audience', code: `export const tokenAudience = 'api://orders-api';\n` },
    { name: 'enum of token kinds', code: `export enum TokenKind {\n  Access = 'access_token',\n  Refresh = 'refresh_token',\n  Id = 'id_token',\n}\n` },
  ],
  'regular expressions': [
    { name: 'RegExp constructor', code: `export const tokenPattern = new RegExp('[A-Za-z0-9]{40}');\n` },
    { name: 'regex literal', code: `export const PASSWORD_PATTERN = /^(?=.*\\d)(?=.*[a-z])(?=.*[A-Z]).{12,}$/;\n` },
    { name: 'Joi pattern', code: `import Joi from 'joi';\n\nexport const schema = Joi.object({ password: Joi.string().pattern(new RegExp('^[a-zA-Z0-9]{3,30}$')) });\n` },
    { name: 'JWT regex source', code: `export const jwtShape = '^eyJ[A-Za-z0-9_-]+\\\\.[A-Za-z0-9_-]+\\\\.[A-Za-z0-9_-]*$';\n` },
  ],
  'build configs (webpack, vite)': [
    { name: 'webpack output', code: `export default {\n  mode: 'production',\n  devtool: 'source-map',\n  output: { filename: '[name].[contenthash:8].js', chunkFilename: '[id].[chunkhash].js' },\n};\n` },
    { name: 'vite config', code: `import { defineConfig } from 'vite';\n\nexport default defineConfig({\n  envPrefix: 'VITE_',\n  build: { rollupOptions: { output: { assetFileNames: 'assets/[name]-[hash][extname]' } } },\n});\n` },
    { name: 'DefinePlugin', code: `export const define = { 'process.env.API_URL': JSON.stringify('https://api.acme.io'), __SECRET_FEATURE__: 'false' };\n` },
    { name: 'resolve alias', code: `import path from 'node:path';\n\nexport const resolve = { alias: { '@auth': path.resolve(__dirname, 'src/auth'), '@secrets': path.resolve(__dirname, 'src/secrets') } };\n` },
  ],
  'GraphQL and SQL': [
    {
      name: 'GraphQL mutation',
      code: `import { gql } from '@apollo/client';

export const RESET_PASSWORD = gql\`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) { ok }
  }
\`;
`,
    },
    { name: 'GraphQL query string', code: `export const query = 'query ApiKeys { viewer { apiKeys { id name lastUsedAt } } }';\n` },
    { name: 'SQL with a parameter', code: `export const sql = 'SELECT id, password_hash FROM users WHERE email = $1';\nexport const update = 'UPDATE users SET password = $1 WHERE id = $2';\n` },
    { name: 'knex where', code: `export const findToken = (db: any, tokenHash: string) => db('api_tokens').where({ token_hash: tokenHash }).first();\n` },
    { name: 'SQL migration', code: `export const up = 'ALTER TABLE users ADD COLUMN password_reset_token VARCHAR(64) NULL';\n` },
  ],
  'HTML and JSX': [
    { name: 'JSX password input', code: `export const PasswordInput = () => <input type="password" name="password" autoComplete="current-password" />;\n`, filename: TSX },
    { name: 'HTML string', code: `export const form = '<input type="password" id="password" name="password" required minlength="12">';\n` },
    { name: 'label', code: `export const Label = () => <label htmlFor="password">Password</label>;\n`, filename: TSX },
    { name: 'new-password field', code: `export const NewPassword = () => <input type="password" name="newPassword" autoComplete="new-password" placeholder="At least 12 characters" />;\n`, filename: TSX },
    { name: 'API key field', code: `export const KeyField = () => <input name="apiKey" placeholder="sk-..." aria-label="API key" />;\n`, filename: TSX },
  ],
  'authorization headers from variables': [
    { name: 'Bearer template', code: `export const call = (token: string) => fetch('https://api.acme.io/me', { headers: { Authorization: \`Bearer \${token}\` } });\n` },
    { name: 'Bearer concatenation', code: `export const headers = (token: string) => ({ Authorization: 'Bearer ' + token });\n` },
    { name: 'Basic from variables', code: `export const basic = (user: string, pass: string) => ({ Authorization: \`Basic \${Buffer.from(\`\${user}:\${pass}\`).toString('base64')}\` });\n` },
    { name: 'GitHub token from env', code: `export const h = new Headers();\nh.set('Authorization', \`token \${process.env.GITHUB_TOKEN ?? ''}\`);\n` },
    { name: 'x-api-key from a variable', code: `import axios from 'axios';\n\nexport const api = (apiKey: string) => axios.create({ baseURL: 'https://api.acme.io', headers: { 'x-api-key': apiKey } });\n` },
  ],
  'locales, versions, MIME types': [
    { name: 'locales', code: `export const SUPPORTED_LOCALES = ['en-US', 'sk-SK', 'sv-SE', 'pt-BR'];\nexport const locale = 'sk-SK';\n` },
    { name: 'semver with build metadata', code: `export const version = '2.14.0-beta.3+sha.${hex(7)}';\n` },
    { name: 'MIME types', code: `export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';\nexport const contentType = 'application/x-www-form-urlencoded';\n` },
    { name: 'user agent', code: `export const userAgent = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';\n` },
  ],
  'JWT-looking strings that do not decode': [
    { name: 'doc placeholder', code: `export const exampleToken = 'xxxxx.yyyyy.zzzzz';\n` },
    { name: 'header.payload.signature', code: `export const tokenFormat = 'header.payload.signature';\n` },
    { name: 'eyJ prefix that does not decode', code: `export const truncated = 'eyJhbGciOi...';\n` },
    { name: 'broken base64 segments', code: `export const sampleJwt = 'eyJ${alnum(20)}!.${alnum(30)}.';\n` },
  ],
  'OpenAPI, JSON Schema and OAuth parameters': [
    { name: 'JSON Schema format password', code: `export const schema = { type: 'object', properties: { password: { type: 'string', format: 'password', minLength: 12 } } };\n` },
    {
      name: 'Swagger securitySchemes',
      code: `export const components = {
  securitySchemes: {
    bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    apiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
    oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/oauth/token', scopes: { 'orders:read': 'Read orders' } } } },
  },
};
`,
    },
    { name: 'client credentials body', code: `export const body = new URLSearchParams({ grant_type: 'client_credentials', scope: 'api://orders/.default' });\n` },
    { name: 'OIDC scope', code: `export const oidc = { response_type: 'code', scope: 'openid profile email offline_access', code_challenge_method: 'S256' };\n` },
    { name: 'token_type_hint', code: `export const revoke = { token_type_hint: 'refresh_token' };\n` },
  ],
  'crypto calls without key material': [
    { name: 'hashing a password', code: `import { createHash, scryptSync, randomBytes } from 'node:crypto';\n\nexport const salt = randomBytes(16);\nexport const derive = (pw: string) => scryptSync(pw, salt, 64);\nexport const digest = (s: string) => createHash('sha256').update(s).digest('hex');\n` },
    { name: 'cipher with a key from the environment', code: `import { createCipheriv, randomBytes } from 'node:crypto';\n\nconst key = Buffer.from(process.env.ENCRYPTION_KEY ?? '', 'base64');\nexport const encrypt = (data: string) => createCipheriv('aes-256-gcm', key, randomBytes(12)).update(data);\n` },
    { name: 'random secret generation', code: `import { randomBytes } from 'node:crypto';\n\nexport const newApiKey = () => \`ak_\${randomBytes(24).toString('base64url')}\`;\n` },
    { name: 'jwt.sign with a key variable', code: `import jwt from 'jsonwebtoken';\n\nexport const sign = (payload: object, privateKey: string) => jwt.sign(payload, privateKey, { algorithm: 'RS256', keyid: 'primary' });\n` },
  ],
  'ARNs, key ids and fingerprints under secret names': [
    { name: 'KMS key ARN and alias', code: `export const kms = {\n  kmsKeyId: 'arn:aws:kms:eu-west-1:${digits(12)}:key/${uuid()}',\n  keyAlias: 'alias/orders-prod',\n};\n` },
    { name: 'Secrets Manager ARN', code: `export const secretArn = 'arn:aws:secretsmanager:eu-west-1:${digits(12)}:secret:prod/orders/db-${alnum(6)}';\n` },
    { name: 'token hash column value', code: `export const revoked = { tokenHash: '${hex(64)}', revokedAt: '2024-05-01T00:00:00Z' };\n` },
    { name: 'SSH key fingerprint', code: `export const deployKey = { title: 'ci', keyFingerprint: 'SHA256:${b64(43)}' };\n` },
    { name: 'token id (jti)', code: `export const issued = { tokenId: '${uuid()}', apiKeyId: '${uuid()}' };\n` },
    { name: 'GPG key id', code: `export const signingKeyId = '${hex(40).toUpperCase()}';\n` },
    { name: 'API key prefix shown in the UI', code: `export const apiKeyPrefix = 'ak_live_';\nexport const maskedApiKey = (last4: string) => \`ak_live_••••\${last4}\`;\n` },
  ],
  'public client configuration': [
    { name: 'Cognito / Amplify config', code: `export const amplifyConfig = {\n  Auth: {\n    Cognito: {\n      userPoolId: 'eu-west-1_${alnum(9)}',\n      userPoolClientId: '${lower(26)}',\n      identityPoolId: 'eu-west-1:${uuid()}',\n    },\n  },\n};\n` },
    { name: 'VAPID public key', code: `export const vapidPublicKey = 'B${b64url(86)}';\n` },
    { name: 'analytics ids', code: `export const analytics = { measurementId: 'G-${alnum(10).toUpperCase()}', hotjarId: ${digits(7)} };\n` },
    { name: 'Key Vault URI', code: `export const keyVaultUri = 'https://kv-orders-prod.vault.azure.net/';\n` },
    { name: 'S3 object key', code: `import { PutObjectCommand } from '@aws-sdk/client-s3';\n\nexport const put = (body: Buffer) => new PutObjectCommand({ Bucket: 'acme-exports', Key: 'exports/2024-05/orders-full.csv', Body: body });\n` },
    { name: 'React key prop', code: `export const Item = () => <li key="settings-api-keys-row">API keys</li>;\n`, filename: TSX },
    { name: 'pagination cursor', code: `export const FIRST_PAGE_TOKEN = '${Buffer.from(JSON.stringify({ offset: 0, limit: 50 })).toString('base64')}';\n` },
  ],
  'routes, names and env-var names': [
    { name: 'express routes', code: `import { Router } from 'express';\n\nexport const router = Router();\nrouter.post('/api/auth/reset-password/:token', (_req, res) => res.sendStatus(204));\nrouter.post('/api/keys/:keyId/rotate', (_req, res) => res.sendStatus(202));\n` },
    { name: 'passport strategy name', code: `import passport from 'passport';\n\nexport const requireJwt = passport.authenticate('jwt', { session: false });\n` },
    { name: 'env var names', code: `export const apiKeyVar = 'API_KEY';\nexport const secretKeyVar = 'STRIPE_SECRET_KEY';\nexport const REQUIRED = ['DATABASE_PASSWORD', 'JWT_SIGNING_SECRET'];\n` },
    { name: 'password equals its name', code: `export const fields = { password: 'password', token: 'token', secret: 'secret' };\n` },
    { name: 'placeholder attribute', code: `export const Input = () => <input type="password" placeholder="Enter your password" />;\n`, filename: TSX },
    { name: 'cookie name with host prefix', code: `export const sessionCookieName = '__Host-session';\nexport const csrfCookieName = '__Host-csrf-token';\n` },
    { name: 'compose template with env references', code: `export const compose = \`services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: \\\${POSTGRES_PASSWORD}\n\`;\n` },
  ],
  'design tokens, alphabets and UI copy': [
    { name: 'design tokens', code: `export const tokens = { colorPrimary: '#4f46e5', spacingLg: '24px', fontMono: 'JetBrains Mono, monospace' };\n` },
    { name: 'token alphabet', code: `export const TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';\n` },
    { name: 'secret charset', code: `export const secretCharset = 'abcdefghijklmnopqrstuvwxyz0123456789';\n` },
    { name: 'password strength labels', code: `export const passwordStrengthLabels = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'];\n` },
    { name: 'NASA demo key', code: `export const nasa = { baseUrl: 'https://api.nasa.gov/planetary/apod', apiKey: 'DEMO_KEY' };\n` },
    { name: 'keyboard shortcuts', code: `export const hotkeys = { search: 'mod+k', closeKey: 'Escape', nextKey: 'ArrowDown' };\n` },
  ],
  'test files (default checkTestFiles: false)': [
    { name: 'login test password', code: `export const user = { email: 'alice@example.com', password: 'hunter2-correct-horse' };\n`, filename: 'src/__tests__/login.test.ts' },
    { name: 'spec JWT secret', code: `export const JWT_SECRET = '${alnum(40)}';\n`, filename: 'src/auth/jwt.spec.ts' },
    { name: 'story args', code: `export const Filled = { args: { email: 'alice@example.com', password: 'correct-horse-battery' } };\n`, filename: 'src/components/LoginForm.stories.tsx' },
    { name: 'Cypress login', code: `declare const cy: any;\ncy.get('#password').type('S3cure-Passw0rd-For-E2E');\n`, filename: 'cypress/e2e/login.cy.ts' },
    { name: 'mock DB URL', code: `export const url = 'postgres://app:${alnum(16)}@db.internal:5432/app';\n`, filename: 'test/fixtures/db.ts' },
  ],
};

/** Translated UI labels under a `password` key: a label in any language is not a password. */
const TRANSLATED_LABELS: readonly Negative[] = [
    { name: 'German resource file', code: `export const de = { auth: { password: 'Passwort', confirmPassword: 'Passwort bestätigen' } };\n` },
    { name: 'Russian resource file', code: `export const ru = { auth: { password: 'Пароль' } };\n` },
    { name: 'French resource file', code: `export const fr = {\n  auth: {\n    password: 'Mot de passe',\n    newPassword: 'Nouveau mot de passe',\n  },\n};\n` },
    { name: 'Spanish resource file', code: `export const es = { auth: { password: 'Contraseña', forgotPassword: '¿Olvidaste tu contraseña?' } };\n` },
];

// Debatable cases, kept out of the tables above (the rule may reasonably go either way):
// - `apiKey: 'SK…'` (Twilio API key SID under the name Twilio itself uses): an identifier, but `apiKey` is a strong name.
// - `new Loader({ apiKey: 'AIza…' })` (Google Maps): browser keys must be referrer-restricted; scanners disagree.
// - `algoliasearch('APPID', '<32 hex>')`: a search-only key is public, an admin key has the same shape.
// - `connection: { user: 'postgres', password: 'postgres', host: '127.0.0.1' }` as an object: a default credential,
//   but without a URL the loopback host is a sibling the rule would have to read.

interface Positive {
  readonly name: string;
  /** Lines to report end with `// expect-secret`. */
  readonly code: string;
  /** The secret parts (with the public prefix a message may show) that no message may leak. */
  readonly secrets: readonly (readonly [secret: string, publicPrefix?: string])[];
  readonly filename?: string;
  /** Lines to report when a marker cannot be written on them (a multi-line literal). */
  readonly lines?: readonly number[];
}

const KNEX_PASSWORD = password(22);
const ENTRA_SECRET = PROVIDER_SAMPLES['azure-entra-client-secret']?.sample(rng) ?? '';
const BASIC_PASSWORD = password(18);
const BASIC = Buffer.from(`svc-reporting:${BASIC_PASSWORD}`).toString('base64');
const MONGO_PASSWORD = alnum(24);
const COOKIE_SECRET = alnum(40);
const SESSION_FALLBACK = b64url(48);
const SLACK_WEBHOOK = PROVIDER_SAMPLES['slack-webhook-url']?.sample(rng) ?? '';
const AWS_KEY_ID = `AKIA${alnum(16).toUpperCase().replace(/[^2-7A-Z]/gu, 'Q')}`;
const AWS_SECRET = b64(40);
const STRIPE_KEY = PROVIDER_SAMPLES['stripe-secret-key']?.sample(rng) ?? '';
const OPENAI_KEY = PROVIDER_SAMPLES['openai-project-key']?.sample(rng) ?? '';
const GITHUB_TOKEN = generateValid('github-personal-access-token', rng);
const SMTP_PASSWORD = password(16);
const DB_PASSWORD = password(20);
const SQL_PASSWORD = password(24);
const STORAGE_KEY = generateValid('azure-storage-account-key', rng);
const REDIS_PASSWORD = alnum(32);
const GOOGLE_SECRET = `GOCSPX-${b64url(28)}`;
const HMAC_KEY = hex(64);
const JWT_SECRET = b64(48);
const SENDGRID_KEY = PROVIDER_SAMPLES['sendgrid-api-key']?.sample(rng) ?? '';
const PARTNER_API_KEY = alnum(32);
const MYSQL_PASSWORD = password(20);
const RDS_PASSWORD = alnum(28);
const TWILIO_TOKEN = hex(32);
const PAYMENTS_FALLBACK = `pay_live_${alnum(32)}`;
const DISCORD_TOKEN = PROVIDER_SAMPLES['discord-bot-token']?.sample(rng) ?? '';
const BACKDOOR = password(16);
const AXIOS_PASSWORD = password(18);
const SLACK_BOT = PROVIDER_SAMPLES['slack-bot-token']?.sample(rng) ?? '';
const NPM_TOKEN = generateValid('npm-access-token', rng);
const SERVICE_JWT = jwt({ sub: 'svc-billing', iss: 'https://auth.acme.io', aud: 'orders-api', iat: 1_715_000_000, exp: 2_030_000_000, scope: 'orders:write' });
const ANTHROPIC_KEY = PROVIDER_SAMPLES['anthropic-api-key']?.sample(rng) ?? '';
const ENCRYPTION_KEY = hex(64);
const NESTED_PASSWORD = password(20);
const ENV_DEFAULT = b64url(43);
const BEARER_TOKEN = alnum(40);
const GITLAB_TOKEN = `glpat-${b64url(20)}`;
const FTP_PASSWORD = password(18);
const pemBody = (pem: string): string => pem.split('\n').slice(1, -1).join('');

const POSITIVES: readonly Positive[] = [
  {
    name: 'database password in a knex config',
    code: `import knex from 'knex';

export const db = knex({
  client: 'pg',
  connection: {
    host: 'orders-db.internal.acme.io',
    user: 'orders_svc',
    password: '${KNEX_PASSWORD}', // expect-secret
    database: 'orders',
  },
});
`,
    secrets: [[KNEX_PASSWORD]],
  },
  {
    name: 'Entra client secret in an MSAL config',
    code: `import { ConfidentialClientApplication } from '@azure/msal-node';

export const cca = new ConfidentialClientApplication({
  auth: {
    clientId: '${uuid()}',
    authority: 'https://login.microsoftonline.com/${uuid()}',
    clientSecret: '${ENTRA_SECRET}', // expect-secret
  },
});
`,
    secrets: [[ENTRA_SECRET]],
  },
  {
    name: 'Basic authorization header',
    code: `export async function fetchReport(id: string) {
  return fetch(\`https://reports.acme.io/api/reports/\${id}\`, {
    headers: { Authorization: 'Basic ${BASIC}' }, // expect-secret
  });
}
`,
    secrets: [[BASIC], [BASIC_PASSWORD]],
  },
  {
    name: 'MongoDB Atlas URI with a password',
    code: `import mongoose from 'mongoose';

await mongoose.connect('mongodb+srv://app:${MONGO_PASSWORD}@cluster0.x1b2c.mongodb.net/prod?retryWrites=true&w=majority'); // expect-secret
`,
    secrets: [[MONGO_PASSWORD]],
  },
  {
    name: 'RSA private key in a const',
    code: `import jwt from 'jsonwebtoken';

const PRIVATE_KEY = \`${RSA_PRIVATE_PEM}\`;
export const sign = (payload: object) => jwt.sign(payload, PRIVATE_KEY, { algorithm: 'RS256' });
`,
    // A multi-line literal is reported where it starts; a marker comment cannot go inside it.
    lines: [3],
    secrets: [[pemBody(RSA_PRIVATE_PEM)]],
  },
  {
    name: 'EC private key in an object',
    code: `export const signing = {
  kid: 'orders-2024',
  privateKey: '${EC_PRIVATE_PEM.replaceAll('\n', '\\n')}', // expect-secret
};
`,
    secrets: [[pemBody(EC_PRIVATE_PEM)]],
  },
  {
    name: "jwt.sign with 'keyboard cat'",
    code: `import jwt from 'jsonwebtoken';

export const issue = (userId: string) =>
  jwt.sign({ sub: userId }, 'keyboard cat', { expiresIn: '1h' }); // expect-secret
`,
    secrets: [['keyboard cat']],
  },
  {
    name: 'cookie-parser secret',
    code: `import express from 'express';
import cookieParser from 'cookie-parser';

const app = express();
app.use(cookieParser('${COOKIE_SECRET}')); // expect-secret
export default app;
`,
    secrets: [[COOKIE_SECRET]],
  },
  {
    name: 'express-session secret fallback',
    code: `import express from 'express';
import session from 'express-session';

const app = express();
app.use(
  session({
    secret: process.env.SESSION_SECRET || '${SESSION_FALLBACK}', // expect-secret
    resave: false,
    saveUninitialized: false,
  }),
);
export default app;
`,
    secrets: [[SESSION_FALLBACK]],
  },
  {
    name: 'Slack webhook',
    code: `import axios from 'axios';

export const notify = (text: string) =>
  axios.post('${SLACK_WEBHOOK}', { text }); // expect-secret
`,
    secrets: [[SLACK_WEBHOOK, 'https://hooks.slack.com/services/']],
  },
  {
    name: 'AWS key pair in an S3 client config',
    code: `import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: '${AWS_KEY_ID}', // expect-secret
    secretAccessKey: '${AWS_SECRET}', // expect-secret
  },
});
`,
    secrets: [
      [AWS_KEY_ID, 'AKIA'],
      [AWS_SECRET],
    ],
  },
  {
    name: 'Stripe secret key',
    code: `import Stripe from 'stripe';

export const stripe = new Stripe('${STRIPE_KEY}', { apiVersion: '2024-04-10' }); // expect-secret
`,
    secrets: [[STRIPE_KEY, 'sk_live_']],
  },
  {
    name: 'OpenAI key in the client options',
    code: `import OpenAI from 'openai';

export const openai = new OpenAI({
  apiKey: '${OPENAI_KEY}', // expect-secret
});
`,
    secrets: [[OPENAI_KEY.replace('T3BlbkFJ', '\0'.repeat(8)), 'sk-proj-']],
  },
  {
    name: 'GitHub token in Octokit',
    code: `import { Octokit } from '@octokit/rest';

export const octokit = new Octokit({ auth: '${GITHUB_TOKEN}' }); // expect-secret
`,
    secrets: [[GITHUB_TOKEN, 'ghp_']],
  },
  {
    name: 'nodemailer SMTP password',
    code: `import nodemailer from 'nodemailer';

export const transport = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  auth: { user: 'apikey', pass: '${SMTP_PASSWORD}' }, // expect-secret
});
`,
    secrets: [[SMTP_PASSWORD]],
  },
  {
    name: 'dbPassword const',
    code: `export const dbHost = 'orders-db.internal.acme.io';
export const dbPassword = '${DB_PASSWORD}'; // expect-secret
`,
    secrets: [[DB_PASSWORD]],
  },
  {
    name: 'ADO.NET connection string',
    code: `export const connectionString =
  'Server=tcp:acme-sql.database.windows.net,1433;Database=orders;User ID=orders_app;Password=${SQL_PASSWORD};Encrypt=true;'; // expect-secret
`,
    secrets: [[SQL_PASSWORD]],
  },
  {
    name: 'Azure storage connection string',
    code: `import { BlobServiceClient } from '@azure/storage-blob';

export const blobs = BlobServiceClient.fromConnectionString(
  'DefaultEndpointsProtocol=https;AccountName=acmeorders;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net', // expect-secret
);
`,
    secrets: [[STORAGE_KEY]],
  },
  {
    name: 'Redis URL with a password',
    code: `import { createClient } from 'redis';

export const redis = createClient({
  url: 'redis://default:${REDIS_PASSWORD}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345', // expect-secret
});
`,
    secrets: [[REDIS_PASSWORD]],
  },
  {
    name: 'Google OAuth client secret in passport',
    code: `import passport from 'passport';
import { Strategy as GoogleStrategy } from 'passport-google-oauth20';

passport.use(
  new GoogleStrategy(
    {
      clientID: '${digits(12)}-${lower(32)}.apps.googleusercontent.com',
      clientSecret: '${GOOGLE_SECRET}', // expect-secret
      callbackURL: 'https://app.acme.io/auth/google/callback',
    },
    (_accessToken, _refreshToken, profile, done) => done(null, profile),
  ),
);
`,
    secrets: [[GOOGLE_SECRET, 'GOCSPX-']],
  },
  {
    name: 'HMAC webhook key',
    code: `import { createHmac } from 'node:crypto';

export const sign = (body: string) =>
  createHmac('sha256', '${HMAC_KEY}').update(body).digest('hex'); // expect-secret
`,
    secrets: [[HMAC_KEY]],
  },
  {
    name: 'JWT_SECRET const',
    code: `import jwt from 'jsonwebtoken';

const JWT_SECRET = '${JWT_SECRET}'; // expect-secret
export const verify = (token: string) => jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
`,
    secrets: [[JWT_SECRET]],
  },
  {
    name: 'SendGrid key',
    code: `import sgMail from '@sendgrid/mail';

sgMail.setApiKey('${SENDGRID_KEY}'); // expect-secret
`,
    secrets: [[SENDGRID_KEY, 'SG.']],
  },
  {
    name: 'x-api-key header in fetch',
    code: `export const listPartners = () =>
  fetch('https://partners.acme.io/v2/list', {
    headers: { 'x-api-key': '${PARTNER_API_KEY}' }, // expect-secret
  });
`,
    secrets: [[PARTNER_API_KEY]],
  },
  {
    name: 'mysql2 pool password',
    code: `import mysql from 'mysql2/promise';

export const pool = mysql.createPool({
  host: 'mysql.internal.acme.io',
  user: 'billing',
  password: '${MYSQL_PASSWORD}', // expect-secret
  database: 'billing',
});
`,
    secrets: [[MYSQL_PASSWORD]],
  },
  {
    name: 'pg Pool connection string',
    code: `import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: 'postgresql://orders_app:${RDS_PASSWORD}@orders.cluster-c1x2y3.eu-west-1.rds.amazonaws.com:5432/orders', // expect-secret
});
`,
    secrets: [[RDS_PASSWORD]],
  },
  {
    name: 'Twilio auth token',
    code: `import twilio from 'twilio';

const accountSid = 'AC${hex(32)}';
const twilioAuthToken = '${TWILIO_TOKEN}'; // expect-secret
export const client = twilio(accountSid, twilioAuthToken);
`,
    secrets: [[TWILIO_TOKEN]],
  },
  {
    name: 'API key fallback with ??',
    code: `export const paymentsApiKey = process.env.PAYMENTS_API_KEY ?? '${PAYMENTS_FALLBACK}'; // expect-secret
`,
    secrets: [[PAYMENTS_FALLBACK, 'pay_live_']],
  },
  {
    name: 'Discord bot login',
    code: `import { Client, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds] });
await client.login('${DISCORD_TOKEN}'); // expect-secret
`,
    secrets: [[DISCORD_TOKEN]],
  },
  {
    name: 'backdoor password comparison',
    code: `export function isAdmin(req: { body: { password: string } }) {
  if (req.body.password === '${BACKDOOR}') return true; // expect-secret
  return false;
}
`,
    secrets: [[BACKDOOR]],
  },
  {
    name: 'axios basic auth password',
    code: `import axios from 'axios';

export const fetchInvoices = () =>
  axios.get('https://erp.acme.io/api/invoices', {
    auth: { username: 'integration', password: '${AXIOS_PASSWORD}' }, // expect-secret
  });
`,
    secrets: [[AXIOS_PASSWORD]],
  },
  {
    name: 'Slack bot token in WebClient',
    code: `import { WebClient } from '@slack/web-api';

export const slack = new WebClient('${SLACK_BOT}'); // expect-secret
`,
    secrets: [[SLACK_BOT, 'xoxb-']],
  },
  {
    name: 'npm token written to .npmrc',
    code: `import { writeFileSync } from 'node:fs';

writeFileSync('.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\\n'); // expect-secret
`,
    secrets: [[NPM_TOKEN, 'npm_']],
  },
  {
    name: 'long-lived service JWT as a bearer header',
    code: `export const billingClient = {
  baseUrl: 'https://billing.acme.io',
  headers: { Authorization: 'Bearer ${SERVICE_JWT}' }, // expect-secret
};
`,
    secrets: [[SERVICE_JWT.split('.')[2] ?? '']],
  },
  {
    name: 'Anthropic key in a config object',
    code: `export const llm = {
  provider: 'anthropic',
  model: 'claude-sonnet-4-5',
  apiKey: '${ANTHROPIC_KEY}', // expect-secret
};
`,
    secrets: [[ANTHROPIC_KEY, 'sk-ant-api03-']],
  },
  {
    name: 'encryption key as a hex const',
    code: `import { createCipheriv, randomBytes } from 'node:crypto';

const ENCRYPTION_KEY = '${ENCRYPTION_KEY}'; // expect-secret
export const encrypt = (data: string) => createCipheriv('aes-256-gcm', Buffer.from(ENCRYPTION_KEY, 'hex'), randomBytes(12)).update(data);
`,
    secrets: [[ENCRYPTION_KEY]],
  },
  {
    name: 'nested database password',
    code: `export const config = {
  port: 8080,
  database: {
    host: 'orders-db.internal.acme.io',
    password: '${NESTED_PASSWORD}', // expect-secret
  },
};
`,
    secrets: [[NESTED_PASSWORD]],
  },
  {
    name: 'env default assignment',
    code: `process.env.JWT_SECRET ??= '${ENV_DEFAULT}'; // expect-secret
`,
    secrets: [[ENV_DEFAULT]],
  },
  {
    name: 'Authorization header set on Headers',
    code: `const headers = new Headers();
headers.set('Authorization', 'Bearer ${BEARER_TOKEN}'); // expect-secret
export default headers;
`,
    secrets: [[BEARER_TOKEN]],
  },
  {
    name: 'GitLab token in a client',
    code: `import { Gitlab } from '@gitbeaker/rest';

export const gitlab = new Gitlab({ host: 'https://gitlab.acme.io', token: '${GITLAB_TOKEN}' }); // expect-secret
`,
    secrets: [[GITLAB_TOKEN, 'glpat-']],
  },
  {
    name: 'FTP deploy password',
    code: `import { Client } from 'basic-ftp';

export async function deploy(client: Client) {
  await client.access({ host: 'ftp.acme.io', user: 'deploy', password: '${FTP_PASSWORD}', secure: true }); // expect-secret
}
`,
    secrets: [[FTP_PASSWORD]],
  },
];

const MARKER = '// expect-secret';

function markedLines(code: string): number[] {
  return code
    .split('\n')
    .map((line, index) => (line.includes(MARKER) ? index + 1 : 0))
    .filter((line) => line > 0);
}

function show(messages: readonly { line: number; column: number; messageId?: string | undefined; message: string }[]): string[] {
  return messages.map((message) => `${message.line}:${message.column} ${message.messageId ?? ''} ${message.message}`);
}

const NEGATIVE_ROWS = Object.entries(NEGATIVES).map(([group, cases]) => [group, cases] as const);

describe('negative suite: realistic application code stays silent', () => {
  it('has at least 150 snippets', () => {
    expect(Object.values(NEGATIVES).flat().length).toBeGreaterThanOrEqual(150);
  });

  describe.each(NEGATIVE_ROWS)('%s', (_group, cases) => {
    it.each(cases)('$name', ({ code, filename }) => {
      const result = lintSecrets(code, filename);
      expect(result.fatal.map((message) => `${message.line}: ${message.message}`)).toEqual([]);
      expect(show(result.messages)).toEqual([]);
    });
  });
});

describe('translated password labels stay silent', () => {
  it.each(TRANSLATED_LABELS)('$name', ({ code, filename }) => {
    expect(show(lintSecrets(code, filename).messages)).toEqual([]);
  });
});

describe('positive suite: realistic hardcoded credentials are reported on exactly their line', () => {
  it('has at least 30 positives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(POSITIVES)('$name', ({ code, secrets, filename, lines }) => {
    const result = lintSecrets(code, filename);
    expect(result.fatal.map((message) => `${message.line}: ${message.message}`)).toEqual([]);
    const wanted = lines ?? markedLines(code);
    expect(wanted.length).toBeGreaterThan(0);
    expect(
      result.messages.map((message) => message.line),
      show(result.messages).join('\n'),
    ).toEqual(wanted);
    for (const [secret, publicPrefix] of secrets) {
      expect(secret.length).toBeGreaterThanOrEqual(6);
      expect(leaks(result, secret, publicPrefix)).toEqual([]);
    }
  });
});
