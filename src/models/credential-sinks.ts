/**
 * The credential-sink model: which string literals in a file end up as a credential argument or option of a library
 * (a JWT signing secret, a session secret, a database password, an API key, an auth header). At such a sink any
 * literal that is not a placeholder IS the credential, however readable it looks — the part a line scanner cannot
 * see. The rule decides placeholders and shapes; this module only says where a literal goes.
 *
 * The catalogue (`SINKS`) is data: one row per library API and argument or option path. The walking code is generic:
 * it finds the API with the module tracker (every import form), reads the argument or the option path with
 * `readOptionsObject`, and follows the value back to its literals through TypeScript wrappers, `const` bindings (a
 * few hops, also `const { KEY = 'dev' } = process.env` defaults and reads of `const` config objects), `||`/`??`
 * fallbacks, conditional branches, arrays of keys, and the `Buffer.from(…)` / `new TextEncoder().encode(…)` /
 * `createSecretKey(…)` wrappers around a key. JWT libraries come from the shared verifier model
 * (`src/utils/verifier-calls.ts`: jsonwebtoken, jose, express-jwt, passport-jwt, koa-jwt, fast-jwt, @fastify/jwt,
 * @nestjs/jwt, @hapi/jwt, hapi-auth-jwt2, jwt-simple), so they are not re-listed here.
 *
 * Deliberately not sinks: `pbkdf2`/`scrypt`/`bcrypt` inputs (they hash user passwords), Algolia's `algoliasearch(appId,
 * key)` and Supabase's `createClient(url, key)` (their search-only / anon keys are public by design; a server-side
 * admin key still meets the name and format layers), Sentry DSNs and Firebase web `apiKey`s (public identifiers).
 * Public key material (`-----BEGIN PUBLIC KEY-----`, certificates) and blank strings are never mapped, and a
 * `connection-uri` literal is mapped only when it looks like one (`scheme://…` or `key=value`), so a database name
 * passed in the same position (`new Sequelize('shop', user, pass)`) is not.
 *
 * Facts: each library's README / type declarations (jws 4, express-session 1.18, cookie-session 2, cookie-parser 1.4,
 * @fastify/cookie 11, @fastify/session 11, iron-session 8, next-auth 4/5, openid-client 5 and 6, simple-oauth2 5,
 * stripe, openai, @anthropic-ai/sdk, @google/generative-ai, @sendgrid/mail, twilio, @octokit/*, @slack/web-api,
 * mailgun.js, web-push, firebase-admin, AWS SDK v2/v3, pg, mysql/mysql2, mongodb, mongoose, redis, ioredis, knex,
 * sequelize, typeorm, mssql, amqplib, nodemailer, ldapjs, @prisma/client, @azure/*), Node's `crypto` and WHATWG
 * `fetch`/`Headers`.
 */
import { CALL, CONSTRUCT, READ, ReferenceTracker } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';
import { calleeName, staticMemberName, unwrapExpression } from '../utils/ast';
import { findBinding } from '../utils/bindings';
import { getApiReferences, type ApiKind, type ApiSet, type ApiSpec } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject, type OptionsObject } from '../utils/options-object';
import { getStaticString } from '../utils/static-value';
import { textHolds } from '../utils/text-gate';
import { getVerifierSites } from '../utils/verifier-calls';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Scope = TSESLint.Scope.Scope;
type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

export type SinkExpectation = 'signing-key' | 'password' | 'api-key' | 'connection-uri' | 'auth-header' | 'private-key';

export interface CredentialSink {
  /** Where, for messages: `jsonwebtoken.sign secret`, `express-session secret`, `pg password`. */
  readonly label: string;
  readonly expects: SinkExpectation;
  /** A suggested environment variable name: `JWT_SECRET`, `SESSION_SECRET`, `PGPASSWORD`. */
  readonly envName: string;
}

// ---------------------------------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------------------------------

/** How one step of an API is used: called, constructed, either, or assigned to (`app.keys = [...]`). */
type StepKind = 'call' | 'construct' | 'either' | 'assign';

interface Step {
  /** Property path: from the module's exports for the first step, from the previous step's result after it. */
  readonly path: readonly string[];
  readonly kind: StepKind;
}

/** What the value at the location is. */
type ValueShape =
  /** A credential value (string, or array of strings). */
  | 'value'
  /** A headers collection (object, `[name, value]` pairs, `new Headers(...)`): auth headers in it are credentials. */
  | 'headers'
  /** A `(name, value)` argument pair: `headers.set('Authorization', value)`. */
  | 'header-pair';

export interface SinkEntry {
  /** The module as imported; `globalThis` for globals (`fetch`, `Headers`, `crypto`), `fastify-register` not here. */
  readonly module: string;
  /** The API (first step) and optional later steps on its result: an instance method, `Client` on an issuer, a chain. */
  readonly steps: readonly Step[];
  /** `chain`: the last step is a method of a builder chain on the first (`new SignJWT(p).setX().sign(key)`). */
  readonly chain?: boolean;
  /** `register`: the module is a Fastify plugin and the location is in `app.register(plugin, options)`. */
  readonly register?: boolean;
  /** The argument index, or -1 for the assigned value. */
  readonly argument: number;
  /** The option path inside that argument; empty for the argument itself. */
  readonly option: readonly string[];
  readonly shape: ValueShape;
  /** Only when another argument is one of these static strings (`subtle.importKey('raw', …)`). */
  readonly when?: { readonly argument: number; readonly oneOf: readonly string[] };
  readonly sink: CredentialSink;
}

/**
 * Compact notation, parsed once: `api` is steps separated by ` > ` (` >> ` for a builder chain), each `new a.b`
 * (construct), `a.b()` (call), `a.b(new)` (either), `a.b=` (assignment); `*` is the module value itself.
 * `at` is `#N` (argument N), `#N.a.b` (option path in argument N) or `=` (the assigned value).
 */
function parseStep(text: string): Step {
  let kind: StepKind;
  let name = text;
  if (name.startsWith('new ')) {
    kind = 'construct';
    name = name.slice(4);
  } else if (name.endsWith('(new)')) {
    kind = 'either';
    name = name.slice(0, -5);
  } else if (name.endsWith('()')) {
    kind = 'call';
    name = name.slice(0, -2);
  } else if (name.endsWith('=')) {
    kind = 'assign';
    name = name.slice(0, -1);
  } else {
    throw new Error(`credential-sinks: bad step ${text}`);
  }
  return { path: name === '*' ? [] : name.split('.'), kind };
}

function entry(module: string, api: string, at: string, expects: SinkExpectation, envName: string, label: string, shape: ValueShape = 'value'): SinkEntry {
  const chain = api.includes(' >> ');
  const register = api === 'register';
  const steps = register ? [] : api.split(chain ? ' >> ' : ' > ').map(parseStep);
  const [argumentText = '', ...option] = at === '=' ? ['-1'] : at.slice(1).split('.');
  return { module, steps, ...(chain ? { chain } : {}), ...(register ? { register } : {}), argument: Number(argumentText), option, shape, sink: { label, expects, envName } };
}

/** The same location on several modules or APIs. */
function each(modules: readonly string[], apis: readonly string[], at: string, expects: SinkExpectation, envName: string, label: (module: string, api: string) => string): SinkEntry[] {
  return modules.flatMap((module) => apis.map((api) => entry(module, api, at, expects, envName, label(module, api))));
}

function headers(module: string, api: string, at: string, label: string): SinkEntry {
  return entry(module, api, at, 'auth-header', 'API_TOKEN', label, 'headers');
}

/** Header names whose value is a credential (lower case): the rule strips `Bearer `/`Basic `/`token ` itself. */
const AUTH_HEADERS: ReadonlyMap<string, { readonly name: string; readonly expects: SinkExpectation; readonly envName: string }> = new Map([
  ['authorization', { name: 'Authorization', expects: 'auth-header', envName: 'API_TOKEN' }],
  ['proxy-authorization', { name: 'Proxy-Authorization', expects: 'auth-header', envName: 'PROXY_TOKEN' }],
  ['x-api-key', { name: 'x-api-key', expects: 'api-key', envName: 'API_KEY' }],
  ['api-key', { name: 'api-key', expects: 'api-key', envName: 'API_KEY' }],
  ['x-auth-token', { name: 'x-auth-token', expects: 'api-key', envName: 'API_TOKEN' }],
  ['private-token', { name: 'PRIVATE-TOKEN', expects: 'api-key', envName: 'GITLAB_TOKEN' }],
  ['x-functions-key', { name: 'x-functions-key', expects: 'api-key', envName: 'AZURE_FUNCTIONS_KEY' }],
  ['ocp-apim-subscription-key', { name: 'Ocp-Apim-Subscription-Key', expects: 'api-key', envName: 'APIM_SUBSCRIPTION_KEY' }],
] as const);

const AXIOS_METHODS_NO_BODY = ['get', 'delete', 'head', 'options'] as const;
const AXIOS_METHODS_BODY = ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'] as const;
const AXIOS_INSTANCE_METHODS = [...AXIOS_METHODS_NO_BODY, ...AXIOS_METHODS_BODY, 'request'] as const;

/** Axios: `axios(config)`, `axios(url, config)`, `axios.get(url, config)`, `axios.post(url, data, config)`, `axios.create(config)` and its instances. */
function axiosEntries(): SinkEntry[] {
  const found: SinkEntry[] = [];
  const add = (api: string, index: number, label: string): void => {
    found.push(headers('axios', api, `#${index}.headers`, label));
    found.push(entry('axios', api, `#${index}.auth.password`, 'password', 'API_PASSWORD', `${label} auth password`));
  };
  add('*()', 0, 'axios');
  add('*()', 1, 'axios');
  add('request()', 0, 'axios.request');
  add('create()', 0, 'axios.create');
  for (const method of AXIOS_METHODS_NO_BODY) add(`${method}()`, 1, `axios.${method}`);
  for (const method of AXIOS_METHODS_BODY) add(`${method}()`, 2, `axios.${method}`);
  for (const method of AXIOS_INSTANCE_METHODS) {
    const index = method === 'request' ? 0 : (AXIOS_METHODS_BODY as readonly string[]).includes(method) ? 2 : 1;
    add(`create() > ${method}()`, index, `axios instance ${method}`);
  }
  return found;
}

/** Passport OAuth strategies: `new Strategy({ clientID, clientSecret }, verify)`. */
const PASSPORT_MODULES = [
  'passport-oauth2',
  'passport-google-oauth20',
  'passport-google-oauth2',
  'passport-google-oauth',
  'passport-github',
  'passport-github2',
  'passport-gitlab2',
  'passport-facebook',
  'passport-twitter',
  'passport-linkedin-oauth2',
  'passport-microsoft',
  'passport-discord',
  'passport-slack-oauth2',
  'passport-spotify',
  'passport-bitbucket-oauth2',
  'passport-auth0',
  'passport-okta-oauth',
  'passport-openidconnect',
  'passport-azure-ad',
  'passport-azure-ad-oauth2',
  'passport-apple',
  'passport-atlassian-oauth2',
  'passport-salesforce-oauth2',
] as const;
const PASSPORT_STRATEGIES = ['new *', 'new Strategy', 'new OAuth2Strategy', 'new OIDCStrategy'] as const;

/** Auth.js / NextAuth OAuth providers: `GitHub({ clientId, clientSecret })`. */
const AUTHJS_PROVIDERS = ['github', 'google', 'azure-ad', 'microsoft-entra-id', 'auth0', 'okta', 'keycloak', 'cognito', 'discord', 'facebook', 'gitlab', 'twitter', 'apple', 'linkedin', 'slack'] as const;

/** AWS SDK v3 clients (`@aws-sdk/client-<name>` exports `<Base>Client` and the aggregated `<Base>`). */
const AWS_V3_CLIENTS: readonly (readonly [string, string])[] = [
  ['s3', 'S3'],
  ['dynamodb', 'DynamoDB'],
  ['sqs', 'SQS'],
  ['sns', 'SNS'],
  ['ses', 'SES'],
  ['sesv2', 'SESv2'],
  ['lambda', 'Lambda'],
  ['secrets-manager', 'SecretsManager'],
  ['ssm', 'SSM'],
  ['kms', 'KMS'],
  ['sts', 'STS'],
  ['cognito-identity-provider', 'CognitoIdentityProvider'],
  ['cloudwatch', 'CloudWatch'],
  ['cloudwatch-logs', 'CloudWatchLogs'],
  ['kinesis', 'Kinesis'],
  ['firehose', 'Firehose'],
  ['eventbridge', 'EventBridge'],
  ['sfn', 'SFN'],
  ['ec2', 'EC2'],
  ['ecs', 'ECS'],
  ['ecr', 'ECR'],
  ['iam', 'IAM'],
  ['athena', 'Athena'],
  ['glue', 'Glue'],
  ['bedrock-runtime', 'BedrockRuntime'],
  ['rekognition', 'Rekognition'],
  ['textract', 'Textract'],
  ['translate', 'Translate'],
  ['comprehend', 'Comprehend'],
  ['polly', 'Polly'],
  ['sagemaker-runtime', 'SageMakerRuntime'],
  ['cloudfront', 'CloudFront'],
  ['route-53', 'Route53'],
  ['organizations', 'Organizations'],
];
const AWS_V2_CLIENTS = ['S3', 'DynamoDB', 'DynamoDB.DocumentClient', 'SQS', 'SNS', 'SES', 'Lambda', 'SecretsManager', 'SSM', 'KMS', 'STS', 'CognitoIdentityServiceProvider', 'CloudWatch', 'CloudWatchLogs', 'Kinesis', 'Firehose', 'EC2', 'ECS', 'IAM', 'Athena', 'Rekognition'] as const;

function awsEntries(): SinkEntry[] {
  const found: SinkEntry[] = [];
  for (const [name, base] of AWS_V3_CLIENTS) {
    const module = `@aws-sdk/client-${name}`;
    for (const api of [`new ${base}Client`, `new ${base}`]) {
      found.push(entry(module, api, '#0.credentials.secretAccessKey', 'api-key', 'AWS_SECRET_ACCESS_KEY', `${module} secretAccessKey`));
      found.push(entry(module, api, '#0.credentials.sessionToken', 'api-key', 'AWS_SESSION_TOKEN', `${module} sessionToken`));
    }
  }
  for (const client of AWS_V2_CLIENTS) {
    for (const at of ['#0', '#0.credentials']) {
      found.push(entry('aws-sdk', `new ${client}`, `${at}.secretAccessKey`, 'api-key', 'AWS_SECRET_ACCESS_KEY', `aws-sdk ${client} secretAccessKey`));
      found.push(entry('aws-sdk', `new ${client}`, `${at}.sessionToken`, 'api-key', 'AWS_SESSION_TOKEN', `aws-sdk ${client} sessionToken`));
    }
  }
  for (const at of ['#0', '#0.credentials']) {
    found.push(entry('aws-sdk', 'config.update()', `${at}.secretAccessKey`, 'api-key', 'AWS_SECRET_ACCESS_KEY', 'aws-sdk config secretAccessKey'));
    found.push(entry('aws-sdk', 'config.update()', `${at}.sessionToken`, 'api-key', 'AWS_SESSION_TOKEN', 'aws-sdk config sessionToken'));
  }
  found.push(entry('aws-sdk', 'new Credentials', '#1', 'api-key', 'AWS_SECRET_ACCESS_KEY', 'aws-sdk Credentials secretAccessKey'));
  found.push(entry('aws-sdk', 'new Credentials', '#2', 'api-key', 'AWS_SESSION_TOKEN', 'aws-sdk Credentials sessionToken'));
  found.push(entry('aws-sdk', 'new Credentials', '#0.secretAccessKey', 'api-key', 'AWS_SECRET_ACCESS_KEY', 'aws-sdk Credentials secretAccessKey'));
  return found;
}

const CONNECTION_STRING_AZURE = ['@azure/storage-blob', '@azure/storage-queue', '@azure/storage-file-share', '@azure/data-tables'] as const;

export const SINKS: readonly SinkEntry[] = [
  // ----- JWT (the verifier model covers jsonwebtoken, jose's jwtVerify, express-jwt, passport-jwt, koa-jwt, fast-jwt,
  // @fastify/jwt, @nestjs/jwt, @hapi/jwt, hapi-auth-jwt2, jwt-simple; these are the key places it does not hold)
  entry('jose', 'new SignJWT >> sign()', '#0', 'signing-key', 'JWT_SECRET', 'jose SignJWT.sign key'),
  entry('jose', 'new CompactSign >> sign()', '#0', 'signing-key', 'JWT_SECRET', 'jose CompactSign.sign key'),
  entry('jose', 'new EncryptJWT >> encrypt()', '#0', 'signing-key', 'JWT_ENCRYPTION_KEY', 'jose EncryptJWT.encrypt key'),
  entry('jose', 'jwtDecrypt()', '#1', 'signing-key', 'JWT_ENCRYPTION_KEY', 'jose jwtDecrypt key'),
  entry('jose', 'importPKCS8()', '#0', 'private-key', 'JWT_PRIVATE_KEY', 'jose importPKCS8 private key'),
  entry('jws', 'sign()', '#0.secret', 'signing-key', 'JWT_SECRET', 'jws.sign secret'),
  entry('jws', 'sign()', '#0.privateKey', 'private-key', 'JWT_PRIVATE_KEY', 'jws.sign privateKey'),
  entry('jws', 'createSign()', '#0.secret', 'signing-key', 'JWT_SECRET', 'jws.createSign secret'),
  entry('jws', 'createSign()', '#0.privateKey', 'private-key', 'JWT_PRIVATE_KEY', 'jws.createSign privateKey'),
  entry('jws', 'verify()', '#2', 'signing-key', 'JWT_SECRET', 'jws.verify secret'),
  entry('hono/jwt', 'jwt()', '#0.secret', 'signing-key', 'JWT_SECRET', 'hono/jwt middleware secret'),
  entry('hono/jwt', 'sign()', '#1', 'signing-key', 'JWT_SECRET', 'hono/jwt sign secret'),
  entry('hono/jwt', 'verify()', '#1', 'signing-key', 'JWT_SECRET', 'hono/jwt verify secret'),

  // ----- Node crypto
  entry('crypto', 'createHmac()', '#1', 'signing-key', 'HMAC_SECRET', 'crypto.createHmac key'),
  entry('crypto', 'createCipheriv()', '#1', 'signing-key', 'ENCRYPTION_KEY', 'crypto.createCipheriv key'),
  entry('crypto', 'createDecipheriv()', '#1', 'signing-key', 'ENCRYPTION_KEY', 'crypto.createDecipheriv key'),
  entry('crypto', 'createSecretKey()', '#0', 'signing-key', 'SECRET_KEY', 'crypto.createSecretKey key'),
  entry('crypto', 'createPrivateKey()', '#0', 'private-key', 'PRIVATE_KEY', 'crypto.createPrivateKey key'),
  entry('crypto', 'createPrivateKey()', '#0.key', 'private-key', 'PRIVATE_KEY', 'crypto.createPrivateKey key'),
  entry('crypto', 'createPrivateKey()', '#0.passphrase', 'password', 'PRIVATE_KEY_PASSPHRASE', 'crypto.createPrivateKey passphrase'),
  entry('crypto', 'sign()', '#2', 'private-key', 'PRIVATE_KEY', 'crypto.sign key'),
  entry('crypto', 'createSign() > sign()', '#0', 'private-key', 'PRIVATE_KEY', 'crypto Sign.sign key'),
  { ...entry('crypto', 'webcrypto.subtle.importKey()', '#1', 'signing-key', 'SECRET_KEY', 'crypto.subtle.importKey key'), when: { argument: 0, oneOf: ['raw', 'pkcs8'] } },
  { ...entry('crypto', 'subtle.importKey()', '#1', 'signing-key', 'SECRET_KEY', 'crypto.subtle.importKey key'), when: { argument: 0, oneOf: ['raw', 'pkcs8'] } },
  { ...entry('globalThis', 'crypto.subtle.importKey()', '#1', 'signing-key', 'SECRET_KEY', 'crypto.subtle.importKey key'), when: { argument: 0, oneOf: ['raw', 'pkcs8'] } },

  // ----- Sessions and cookies
  entry('express-session', '*()', '#0.secret', 'signing-key', 'SESSION_SECRET', 'express-session secret'),
  entry('cookie-session', '*()', '#0.secret', 'signing-key', 'SESSION_SECRET', 'cookie-session secret'),
  entry('cookie-session', '*()', '#0.keys', 'signing-key', 'SESSION_KEYS', 'cookie-session keys'),
  entry('cookie-parser', '*()', '#0', 'signing-key', 'COOKIE_SECRET', 'cookie-parser secret'),
  entry('@fastify/cookie', 'register', '#1.secret', 'signing-key', 'COOKIE_SECRET', '@fastify/cookie secret'),
  entry('@fastify/session', 'register', '#1.secret', 'signing-key', 'SESSION_SECRET', '@fastify/session secret'),
  entry('@fastify/secure-session', 'register', '#1.secret', 'signing-key', 'SESSION_SECRET', '@fastify/secure-session secret'),
  entry('@fastify/secure-session', 'register', '#1.key', 'signing-key', 'SESSION_KEY', '@fastify/secure-session key'),
  entry('koa', 'new * > keys=', '=', 'signing-key', 'COOKIE_KEYS', 'koa app.keys'),
  entry('koa', 'new *', '#0.keys', 'signing-key', 'COOKIE_KEYS', 'koa keys'),
  entry('koa-session', '*()', '#0.secret', 'signing-key', 'SESSION_SECRET', 'koa-session secret'),
  ...each(['iron-session'], ['getIronSession()', 'withIronSessionApiRoute()', 'withIronSessionSsr()', 'sealData()', 'unsealData()'], '#1.password', 'signing-key', 'SESSION_PASSWORD', (_, api) => `iron-session ${api.slice(0, -2)} password`),
  entry('iron-session', 'getIronSession()', '#2.password', 'signing-key', 'SESSION_PASSWORD', 'iron-session getIronSession password'),
  entry('next-auth', '*()', '#0.secret', 'signing-key', 'NEXTAUTH_SECRET', 'next-auth secret'),
  entry('next-auth', '*()', '#2.secret', 'signing-key', 'NEXTAUTH_SECRET', 'next-auth secret'),
  ...each(['next-auth/jwt'], ['getToken()', 'encode()', 'decode()'], '#0.secret', 'signing-key', 'NEXTAUTH_SECRET', (_, api) => `next-auth/jwt ${api.slice(0, -2)} secret`),
  entry('@auth/core', 'Auth()', '#1.secret', 'signing-key', 'AUTH_SECRET', '@auth/core secret'),
  entry('@auth/express', 'ExpressAuth()', '#0.secret', 'signing-key', 'AUTH_SECRET', '@auth/express secret'),
  entry('@auth/sveltekit', 'SvelteKitAuth()', '#0.secret', 'signing-key', 'AUTH_SECRET', '@auth/sveltekit secret'),
  ...AUTHJS_PROVIDERS.flatMap((provider) =>
    [`next-auth/providers/${provider}`, `@auth/core/providers/${provider}`].map((module) =>
      entry(module, '*()', '#0.clientSecret', 'api-key', `AUTH_${provider.toUpperCase().replace(/-/gu, '_')}_SECRET`, `${module} clientSecret`),
    ),
  ),

  // ----- OAuth / OIDC clients
  ...each(PASSPORT_MODULES, PASSPORT_STRATEGIES, '#0.clientSecret', 'api-key', 'OAUTH_CLIENT_SECRET', (module) => `${module} clientSecret`),
  ...each(['passport-twitter', 'passport-oauth1'], ['new *', 'new Strategy'], '#0.consumerSecret', 'api-key', 'OAUTH_CONSUMER_SECRET', (module) => `${module} consumerSecret`),
  ...each(['openid-client'], ['Issuer.discover() > new Client', 'new Issuer > new Client'], '#0.client_secret', 'api-key', 'OIDC_CLIENT_SECRET', () => 'openid-client client_secret'),
  ...each(['openid-client'], ['discovery()', 'new Configuration'], '#2', 'api-key', 'OIDC_CLIENT_SECRET', () => 'openid-client client secret'),
  ...each(['openid-client'], ['discovery()', 'new Configuration'], '#2.client_secret', 'api-key', 'OIDC_CLIENT_SECRET', () => 'openid-client client_secret'),
  ...each(['openid-client'], ['ClientSecretPost()', 'ClientSecretBasic()', 'ClientSecretJwt()'], '#0', 'api-key', 'OIDC_CLIENT_SECRET', (_, api) => `openid-client ${api.slice(0, -2)} secret`),
  ...each(['simple-oauth2'], ['new AuthorizationCode', 'new ClientCredentials', 'new ResourceOwnerPassword'], '#0.client.secret', 'api-key', 'OAUTH_CLIENT_SECRET', () => 'simple-oauth2 client.secret'),
  entry('google-auth-library', 'new OAuth2Client', '#1', 'api-key', 'GOOGLE_CLIENT_SECRET', 'google-auth-library OAuth2Client clientSecret'),
  entry('google-auth-library', 'new OAuth2Client', '#0.clientSecret', 'api-key', 'GOOGLE_CLIENT_SECRET', 'google-auth-library OAuth2Client clientSecret'),
  entry('googleapis', 'new google.auth.OAuth2', '#1', 'api-key', 'GOOGLE_CLIENT_SECRET', 'googleapis OAuth2 clientSecret'),
  entry('googleapis', 'new google.auth.OAuth2', '#0.clientSecret', 'api-key', 'GOOGLE_CLIENT_SECRET', 'googleapis OAuth2 clientSecret'),

  // ----- SaaS API clients
  entry('stripe', '*(new)', '#0', 'api-key', 'STRIPE_SECRET_KEY', 'Stripe secret key'),
  entry('stripe', 'Stripe(new)', '#0', 'api-key', 'STRIPE_SECRET_KEY', 'Stripe secret key'),
  ...each(['openai'], ['new *', 'new OpenAI', 'new AzureOpenAI'], '#0.apiKey', 'api-key', 'OPENAI_API_KEY', () => 'OpenAI apiKey'),
  ...each(['@anthropic-ai/sdk'], ['new *', 'new Anthropic'], '#0.apiKey', 'api-key', 'ANTHROPIC_API_KEY', () => 'Anthropic apiKey'),
  ...each(['@anthropic-ai/sdk'], ['new *', 'new Anthropic'], '#0.authToken', 'api-key', 'ANTHROPIC_AUTH_TOKEN', () => 'Anthropic authToken'),
  entry('@google/generative-ai', 'new GoogleGenerativeAI', '#0', 'api-key', 'GEMINI_API_KEY', 'GoogleGenerativeAI API key'),
  entry('@google/genai', 'new GoogleGenAI', '#0.apiKey', 'api-key', 'GEMINI_API_KEY', 'GoogleGenAI apiKey'),
  entry('@sendgrid/mail', 'setApiKey()', '#0', 'api-key', 'SENDGRID_API_KEY', 'SendGrid API key'),
  entry('@sendgrid/client', 'setApiKey()', '#0', 'api-key', 'SENDGRID_API_KEY', 'SendGrid API key'),
  entry('twilio', '*(new)', '#1', 'api-key', 'TWILIO_AUTH_TOKEN', 'Twilio auth token'),
  entry('twilio', 'Twilio(new)', '#1', 'api-key', 'TWILIO_AUTH_TOKEN', 'Twilio auth token'),
  ...each(['@octokit/rest', '@octokit/core', 'octokit'], ['new Octokit'], '#0.auth', 'api-key', 'GITHUB_TOKEN', (module) => `${module} Octokit auth`),
  entry('octokit', 'new App', '#0.privateKey', 'private-key', 'GITHUB_APP_PRIVATE_KEY', 'octokit App privateKey'),
  entry('octokit', 'new App', '#0.webhooks.secret', 'signing-key', 'GITHUB_WEBHOOK_SECRET', 'octokit App webhooks.secret'),
  entry('@slack/web-api', 'new WebClient', '#0', 'api-key', 'SLACK_BOT_TOKEN', 'Slack WebClient token'),
  entry('@slack/bolt', 'new App', '#0.token', 'api-key', 'SLACK_BOT_TOKEN', 'Slack Bolt token'),
  entry('@slack/bolt', 'new App', '#0.signingSecret', 'signing-key', 'SLACK_SIGNING_SECRET', 'Slack Bolt signingSecret'),
  entry('@slack/bolt', 'new App', '#0.clientSecret', 'api-key', 'SLACK_CLIENT_SECRET', 'Slack Bolt clientSecret'),
  entry('@mailchimp/mailchimp_marketing', 'setConfig()', '#0.apiKey', 'api-key', 'MAILCHIMP_API_KEY', 'Mailchimp apiKey'),
  entry('mailgun.js', 'new * > client()', '#0.key', 'api-key', 'MAILGUN_API_KEY', 'Mailgun key'),
  entry('web-push', 'setVapidDetails()', '#2', 'private-key', 'VAPID_PRIVATE_KEY', 'web-push VAPID private key'),
  entry('web-push', 'setGCMAPIKey()', '#0', 'api-key', 'GCM_API_KEY', 'web-push GCM API key'),
  ...each(['firebase-admin'], ['credential.cert()'], '#0.private_key', 'private-key', 'FIREBASE_PRIVATE_KEY', () => 'firebase-admin credential private_key'),
  ...each(['firebase-admin'], ['credential.cert()'], '#0.privateKey', 'private-key', 'FIREBASE_PRIVATE_KEY', () => 'firebase-admin credential privateKey'),
  entry('firebase-admin/app', 'cert()', '#0.privateKey', 'private-key', 'FIREBASE_PRIVATE_KEY', 'firebase-admin credential privateKey'),
  entry('firebase-admin/app', 'cert()', '#0.private_key', 'private-key', 'FIREBASE_PRIVATE_KEY', 'firebase-admin credential private_key'),
  entry('discord.js', 'new Client > login()', '#0', 'api-key', 'DISCORD_TOKEN', 'discord.js login token'),
  entry('telegraf', 'new Telegraf', '#0', 'api-key', 'TELEGRAM_BOT_TOKEN', 'Telegraf bot token'),
  entry('node-telegram-bot-api', 'new *', '#0', 'api-key', 'TELEGRAM_BOT_TOKEN', 'Telegram bot token'),
  entry('@notionhq/client', 'new Client', '#0.auth', 'api-key', 'NOTION_TOKEN', 'Notion auth token'),
  entry('pusher', 'new *', '#0.secret', 'api-key', 'PUSHER_SECRET', 'Pusher secret'),
  ...each(['cloudinary'], ['config()', 'v2.config()'], '#0.api_secret', 'api-key', 'CLOUDINARY_API_SECRET', () => 'Cloudinary api_secret'),
  entry('postmark', 'new ServerClient', '#0', 'api-key', 'POSTMARK_SERVER_TOKEN', 'Postmark server token'),

  // ----- AWS
  ...awsEntries(),

  // ----- Databases, queues, mail, directories
  ...each(['pg'], ['new Pool', 'new Client'], '#0.password', 'password', 'PGPASSWORD', () => 'pg password'),
  ...each(['pg'], ['new Pool', 'new Client'], '#0.connectionString', 'connection-uri', 'DATABASE_URL', () => 'pg connectionString'),
  ...each(['pg'], ['new Pool', 'new Client'], '#0', 'connection-uri', 'DATABASE_URL', () => 'pg connection string'),
  ...each(['postgres'], ['*()'], '#0', 'connection-uri', 'DATABASE_URL', () => 'postgres connection URL'),
  ...each(['postgres'], ['*()'], '#0.password', 'password', 'PGPASSWORD', () => 'postgres password'),
  ...each(['postgres'], ['*()'], '#1.password', 'password', 'PGPASSWORD', () => 'postgres password'),
  ...each(['@neondatabase/serverless'], ['neon()'], '#0', 'connection-uri', 'DATABASE_URL', () => 'neon connection URL'),
  ...each(['mysql', 'mysql2', 'mysql2/promise'], ['createConnection()', 'createPool()', 'createPoolCluster()'], '#0', 'connection-uri', 'DATABASE_URL', (module) => `${module} connection URI`),
  ...each(['mysql', 'mysql2', 'mysql2/promise'], ['createConnection()', 'createPool()'], '#0.password', 'password', 'MYSQL_PASSWORD', (module) => `${module} password`),
  ...each(['mysql', 'mysql2', 'mysql2/promise'], ['createConnection()', 'createPool()'], '#0.uri', 'connection-uri', 'DATABASE_URL', (module) => `${module} uri`),
  ...each(['mongoose'], ['connect()', 'createConnection()'], '#0', 'connection-uri', 'MONGODB_URI', () => 'mongoose connection URI'),
  ...each(['mongoose'], ['connect()', 'createConnection()'], '#1.pass', 'password', 'MONGODB_PASSWORD', () => 'mongoose pass'),
  ...each(['mongodb'], ['new MongoClient', 'MongoClient.connect()'], '#0', 'connection-uri', 'MONGODB_URI', () => 'MongoClient connection URI'),
  ...each(['mongodb'], ['new MongoClient', 'MongoClient.connect()'], '#1.auth.password', 'password', 'MONGODB_PASSWORD', () => 'MongoClient auth.password'),
  ...each(['redis'], ['createClient()', 'createCluster()'], '#0.password', 'password', 'REDIS_PASSWORD', () => 'redis password'),
  ...each(['redis'], ['createClient()'], '#0.url', 'connection-uri', 'REDIS_URL', () => 'redis url'),
  ...each(['redis'], ['createClient()'], '#0', 'connection-uri', 'REDIS_URL', () => 'redis URL'),
  ...each(['redis'], ['createClient()'], '#2.password', 'password', 'REDIS_PASSWORD', () => 'redis password'),
  ...each(['ioredis'], ['*(new)', 'Redis(new)', 'default(new)'], '#0', 'connection-uri', 'REDIS_URL', () => 'ioredis URL'),
  ...each(['ioredis'], ['*(new)', 'Redis(new)', 'default(new)'], '#0.password', 'password', 'REDIS_PASSWORD', () => 'ioredis password'),
  ...each(['ioredis'], ['*(new)', 'Redis(new)', 'default(new)'], '#1.password', 'password', 'REDIS_PASSWORD', () => 'ioredis password'),
  ...each(['ioredis'], ['*(new)', 'Redis(new)', 'default(new)'], '#2.password', 'password', 'REDIS_PASSWORD', () => 'ioredis password'),
  ...each(['ioredis'], ['new Cluster', 'new Redis.Cluster'], '#1.redisOptions.password', 'password', 'REDIS_PASSWORD', () => 'ioredis Cluster password'),
  ...each(['@upstash/redis'], ['new Redis'], '#0.token', 'api-key', 'UPSTASH_REDIS_REST_TOKEN', () => '@upstash/redis token'),
  ...each(['knex'], ['*()', 'knex()'], '#0.connection', 'connection-uri', 'DATABASE_URL', () => 'knex connection'),
  ...each(['knex'], ['*()', 'knex()'], '#0.connection.password', 'password', 'DB_PASSWORD', () => 'knex connection password'),
  ...each(['knex'], ['*()', 'knex()'], '#0.connection.connectionString', 'connection-uri', 'DATABASE_URL', () => 'knex connectionString'),
  ...each(['sequelize'], ['new *', 'new Sequelize'], '#0', 'connection-uri', 'DATABASE_URL', () => 'Sequelize connection URI'),
  ...each(['sequelize'], ['new *', 'new Sequelize'], '#2', 'password', 'DB_PASSWORD', () => 'Sequelize password'),
  ...each(['sequelize'], ['new *', 'new Sequelize'], '#0.password', 'password', 'DB_PASSWORD', () => 'Sequelize password'),
  ...each(['sequelize-typescript'], ['new Sequelize'], '#0.password', 'password', 'DB_PASSWORD', () => 'Sequelize password'),
  ...each(['sequelize-typescript'], ['new Sequelize'], '#2', 'password', 'DB_PASSWORD', () => 'Sequelize password'),
  ...each(['typeorm'], ['new DataSource', 'createConnection()'], '#0.password', 'password', 'DB_PASSWORD', () => 'typeorm password'),
  ...each(['typeorm'], ['new DataSource', 'createConnection()'], '#0.url', 'connection-uri', 'DATABASE_URL', () => 'typeorm url'),
  ...each(['mssql'], ['connect()', 'new ConnectionPool'], '#0', 'connection-uri', 'MSSQL_CONNECTION_STRING', () => 'mssql connection string'),
  ...each(['mssql'], ['connect()', 'new ConnectionPool'], '#0.password', 'password', 'MSSQL_PASSWORD', () => 'mssql password'),
  ...each(['mssql'], ['connect()', 'new ConnectionPool'], '#0.authentication.options.password', 'password', 'MSSQL_PASSWORD', () => 'mssql password'),
  entry('tedious', 'new Connection', '#0.authentication.options.password', 'password', 'MSSQL_PASSWORD', 'tedious password'),
  ...each(['amqplib', 'amqplib/callback_api'], ['connect()'], '#0', 'connection-uri', 'AMQP_URL', () => 'amqplib URL'),
  ...each(['amqplib', 'amqplib/callback_api'], ['connect()'], '#0.password', 'password', 'AMQP_PASSWORD', () => 'amqplib password'),
  entry('nodemailer', 'createTransport()', '#0', 'connection-uri', 'SMTP_URL', 'nodemailer SMTP URL'),
  entry('nodemailer', 'createTransport()', '#0.auth.pass', 'password', 'SMTP_PASSWORD', 'nodemailer auth.pass'),
  entry('nodemailer', 'createTransport()', '#0.auth.clientSecret', 'api-key', 'SMTP_CLIENT_SECRET', 'nodemailer auth.clientSecret'),
  entry('nodemailer', 'createTransport()', '#0.auth.refreshToken', 'api-key', 'SMTP_REFRESH_TOKEN', 'nodemailer auth.refreshToken'),
  entry('nodemailer', 'createTransport()', '#0.auth.privateKey', 'private-key', 'SMTP_PRIVATE_KEY', 'nodemailer auth.privateKey'),
  entry('ldapjs', 'createClient() > bind()', '#1', 'password', 'LDAP_BIND_PASSWORD', 'ldapjs bind password'),
  entry('@prisma/client', 'new PrismaClient', '#0.datasources.db.url', 'connection-uri', 'DATABASE_URL', 'PrismaClient datasource url'),
  entry('@prisma/client', 'new PrismaClient', '#0.datasourceUrl', 'connection-uri', 'DATABASE_URL', 'PrismaClient datasourceUrl'),
  entry('@elastic/elasticsearch', 'new Client', '#0.auth.password', 'password', 'ELASTIC_PASSWORD', 'Elasticsearch auth.password'),
  entry('@elastic/elasticsearch', 'new Client', '#0.auth.apiKey', 'api-key', 'ELASTIC_API_KEY', 'Elasticsearch auth.apiKey'),
  entry('minio', 'new Client', '#0.secretKey', 'api-key', 'MINIO_SECRET_KEY', 'MinIO secretKey'),
  entry('kafkajs', 'new Kafka', '#0.sasl.password', 'password', 'KAFKA_PASSWORD', 'kafkajs sasl.password'),
  entry('ssh2', 'new Client > connect()', '#0.password', 'password', 'SSH_PASSWORD', 'ssh2 password'),
  entry('ssh2', 'new Client > connect()', '#0.privateKey', 'private-key', 'SSH_PRIVATE_KEY', 'ssh2 privateKey'),
  entry('ssh2', 'new Client > connect()', '#0.passphrase', 'password', 'SSH_KEY_PASSPHRASE', 'ssh2 passphrase'),
  entry('basic-ftp', 'new Client > access()', '#0.password', 'password', 'FTP_PASSWORD', 'basic-ftp password'),
  entry('@google-cloud/storage', 'new Storage', '#0.credentials.private_key', 'private-key', 'GOOGLE_PRIVATE_KEY', '@google-cloud/storage private_key'),

  // ----- Microsoft
  entry('@azure/msal-node', 'new ConfidentialClientApplication', '#0.auth.clientSecret', 'api-key', 'AZURE_CLIENT_SECRET', 'msal-node clientSecret'),
  entry('@azure/msal-node', 'new ConfidentialClientApplication', '#0.auth.clientCertificate.privateKey', 'private-key', 'AZURE_CLIENT_CERTIFICATE_KEY', 'msal-node clientCertificate.privateKey'),
  entry('@azure/identity', 'new ClientSecretCredential', '#2', 'api-key', 'AZURE_CLIENT_SECRET', 'ClientSecretCredential secret'),
  entry('@azure/identity', 'new UsernamePasswordCredential', '#3', 'password', 'AZURE_PASSWORD', 'UsernamePasswordCredential password'),
  entry('@azure/identity', 'new ClientCertificateCredential', '#2.certificate', 'private-key', 'AZURE_CLIENT_CERTIFICATE', 'ClientCertificateCredential certificate'),
  ...each(['@azure/storage-blob', '@azure/storage-queue', '@azure/storage-file-share'], ['new StorageSharedKeyCredential'], '#1', 'api-key', 'AZURE_STORAGE_ACCOUNT_KEY', () => 'StorageSharedKeyCredential account key'),
  ...each(CONNECTION_STRING_AZURE, ['BlobServiceClient.fromConnectionString()', 'ContainerClient.fromConnectionString()', 'QueueServiceClient.fromConnectionString()', 'ShareServiceClient.fromConnectionString()', 'TableServiceClient.fromConnectionString()', 'TableClient.fromConnectionString()'], '#0', 'connection-uri', 'AZURE_STORAGE_CONNECTION_STRING', (_, api) => `${api.split('.')[0] ?? ''} connection string`),
  ...each(['@azure/storage-blob'], ['new ContainerClient', 'new BlobClient'], '#0', 'connection-uri', 'AZURE_STORAGE_CONNECTION_STRING', (_, api) => `${api.slice(4)} connection string`),
  entry('@azure/storage-queue', 'new QueueClient', '#0', 'connection-uri', 'AZURE_STORAGE_CONNECTION_STRING', 'QueueClient connection string'),
  entry('@azure/cosmos', 'new CosmosClient', '#0', 'connection-uri', 'COSMOS_CONNECTION_STRING', 'CosmosClient connection string'),
  entry('@azure/cosmos', 'new CosmosClient', '#0.key', 'api-key', 'COSMOS_KEY', 'CosmosClient key'),
  entry('@azure/service-bus', 'new ServiceBusClient', '#0', 'connection-uri', 'SERVICEBUS_CONNECTION_STRING', 'ServiceBusClient connection string'),
  entry('@azure/event-hubs', 'new EventHubProducerClient', '#0', 'connection-uri', 'EVENTHUB_CONNECTION_STRING', 'EventHubProducerClient connection string'),
  entry('@azure/event-hubs', 'new EventHubConsumerClient', '#1', 'connection-uri', 'EVENTHUB_CONNECTION_STRING', 'EventHubConsumerClient connection string'),
  ...each(['@azure/core-auth', '@azure/openai', '@azure/search-documents', '@azure/ai-text-analytics', '@azure/ai-form-recognizer', '@azure/maps-search'], ['new AzureKeyCredential'], '#0', 'api-key', 'AZURE_API_KEY', () => 'AzureKeyCredential key'),
  ...each(['@azure/core-auth', '@azure/data-tables'], ['new AzureNamedKeyCredential'], '#1', 'api-key', 'AZURE_STORAGE_ACCOUNT_KEY', () => 'AzureNamedKeyCredential key'),
  ...each(['@azure/core-auth', '@azure/data-tables'], ['new AzureSASCredential'], '#0', 'api-key', 'AZURE_SAS_TOKEN', () => 'AzureSASCredential token'),

  // ----- HTTP clients: auth headers and basic-auth passwords
  headers('globalThis', 'fetch()', '#1.headers', 'fetch'),
  headers('globalThis', 'new Headers', '#0', 'Headers'),
  entry('globalThis', 'new Headers > set()', '#0', 'auth-header', 'API_TOKEN', 'Headers.set', 'header-pair'),
  entry('globalThis', 'new Headers > append()', '#0', 'auth-header', 'API_TOKEN', 'Headers.append', 'header-pair'),
  headers('globalThis', 'new Request', '#1.headers', 'Request'),
  headers('node-fetch', '*()', '#1.headers', 'node-fetch'),
  headers('node-fetch', 'new Headers', '#0', 'node-fetch Headers'),
  headers('undici', 'fetch()', '#1.headers', 'undici fetch'),
  headers('undici', 'request()', '#1.headers', 'undici request'),
  headers('got', '*()', '#1.headers', 'got'),
  headers('got', '*()', '#0.headers', 'got'),
  headers('got', 'extend()', '#0.headers', 'got.extend'),
  ...['get', 'post', 'put', 'patch', 'delete'].map((method) => headers('got', `${method}()`, '#1.headers', `got.${method}`)),
  entry('got', '*()', '#1.password', 'password', 'API_PASSWORD', 'got password'),
  headers('superagent', '*() > set()', '#0', 'superagent'),
  ...['http', 'https'].flatMap((module) =>
    ['request()', 'get()'].flatMap((api) => [headers(module, api, '#0.headers', `${module}.${api.slice(0, -2)}`), headers(module, api, '#1.headers', `${module}.${api.slice(0, -2)}`)]),
  ),
  ...axiosEntries(),
];

// ---------------------------------------------------------------------------------------------------------------------
// Tracker specs, built once from the catalogue
// ---------------------------------------------------------------------------------------------------------------------

const GLOBAL = 'globalThis';

function apiKinds(kind: StepKind): ApiKind[] {
  return kind === 'either' ? ['call', 'construct'] : kind === 'assign' ? ['read'] : [kind];
}

interface Catalogue {
  readonly apis: ApiSet;
  readonly entriesBySpec: ReadonlyMap<ApiSpec, readonly SinkEntry[]>;
  readonly globals: readonly SinkEntry[];
  readonly registered: readonly SinkEntry[];
}

function buildCatalogue(): Catalogue {
  const specs = new Map<string, { module: string; path: readonly string[]; kinds: Set<ApiKind>; entries: SinkEntry[] }>();
  const globals: SinkEntry[] = [];
  const registered: SinkEntry[] = [];
  for (const sink of SINKS) {
    if (sink.register === true) {
      registered.push(sink);
      continue;
    }
    if (sink.module === GLOBAL) {
      globals.push(sink);
      continue;
    }
    const [first] = sink.steps;
    if (!first) continue;
    const key = `${sink.module}\0${first.path.join('.')}`;
    let spec = specs.get(key);
    if (!spec) {
      spec = { module: sink.module, path: first.path, kinds: new Set(), entries: [] };
      specs.set(key, spec);
    }
    for (const kind of apiKinds(first.kind)) spec.kinds.add(kind);
    spec.entries.push(sink);
  }
  const entriesBySpec = new Map<ApiSpec, readonly SinkEntry[]>();
  const apis: ApiSpec[] = [];
  for (const { module, path, kinds, entries } of specs.values()) {
    const spec: ApiSpec = { module, path, kinds: [...kinds] };
    apis.push(spec);
    entriesBySpec.set(spec, entries);
  }
  return { apis, entriesBySpec, globals, registered };
}

const CATALOGUE: Catalogue = buildCatalogue();
const GLOBAL_NAMES: readonly string[] = [...new Set(CATALOGUE.globals.map((sink) => sink.steps[0]?.path[0] ?? ''))];
const REGISTERED_MODULES: readonly string[] = [...new Set(CATALOGUE.registered.map((sink) => sink.module))];

// ---------------------------------------------------------------------------------------------------------------------
// Following a value back to its literals
// ---------------------------------------------------------------------------------------------------------------------

/** `const` hops followed from a sink back to a literal. */
const MAX_HOPS = 3;
const MAX_DEPTH = 12;
/** Option keys that hold the secret inside a key object (`{ key, passphrase }`, @fastify/jwt `{ private, public }`). */
const KEY_CONTAINER_KEYS: readonly string[] = ['key', 'private', 'secret', 'passphrase'];
const PUBLIC_PEM = /^-{5}BEGIN (?:[0-9A-Z]+ )*(?:CERTIFICATE|PUBLIC KEY)-{5}/u;
const URI_LIKE = /^[a-z][\w+\-.]*:\/\/|=/iu;

function literalString(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : null;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

function isCredentialText(text: string, expects: SinkExpectation): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || PUBLIC_PEM.test(trimmed)) return false;
  return expects !== 'connection-uri' || URI_LIKE.test(trimmed);
}

/** `Buffer.from(x)`, `new TextEncoder().encode(x)`, `createSecretKey(x)`, `crypto.createSecretKey(x)`: the wrapped key. */
function wrappedKey(call: TSESTree.CallExpression): TSESTree.Node | null {
  const [first] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  const callee = unwrapExpression(call.callee);
  const name = calleeName(callee);
  if (name === 'createSecretKey') return first;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const receiver = unwrapExpression(callee.object);
  if (name === 'from' && receiver.type === AST_NODE_TYPES.Identifier && receiver.name === 'Buffer') return first;
  if (
    name === 'encode' &&
    receiver.type === AST_NODE_TYPES.NewExpression &&
    receiver.callee.type === AST_NODE_TYPES.Identifier &&
    receiver.callee.name === 'TextEncoder'
  ) {
    return first;
  }
  return null;
}

class ValueReader {
  constructor(private readonly scope: Scope) {}

  /** The options object an expression denotes: a literal, a `const`, or a property of one (`config.db`). */
  objectOf(node: TSESTree.Node | undefined, hops = 0): OptionsObject | null {
    if (!node || hops > MAX_HOPS) return null;
    const target = unwrapExpression(node);
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const value = this.memberValue(target, hops);
      return value ? this.objectOf(value, hops + 1) : null;
    }
    return readOptionsObject(target, this.scope);
  }

  /** The expression a `config.jwt.secret` read denotes, when `config` is a `const` object literal. */
  memberValue(member: TSESTree.MemberExpression, hops: number): TSESTree.Node | null {
    const key = member.computed ? getPropertyKey(member, this.scope) : staticMemberName(member);
    if (key === null) return null;
    return this.objectOf(member.object, hops + 1)?.get(key)?.value ?? null;
  }

  /** The value at an option path inside `node`, or `node` itself for an empty path. */
  at(node: TSESTree.Node | undefined, path: readonly string[]): TSESTree.Node | null {
    if (!node) return null;
    let current: TSESTree.Node = node;
    for (const key of path) {
      const value = this.objectOf(current)?.get(key)?.value;
      if (!value) return null;
      current = value;
    }
    return current;
  }

  /** Every string literal `node` may evaluate to. */
  literals(node: TSESTree.Node | null | undefined, keyContainer: boolean): TSESTree.Node[] {
    const found: TSESTree.Node[] = [];
    if (node) this.visit(node, keyContainer, 0, 0, found);
    return found;
  }

  private visit(node: TSESTree.Node, keyContainer: boolean, hops: number, depth: number, found: TSESTree.Node[]): void {
    if (depth > MAX_DEPTH) return;
    const target = unwrapExpression(node);
    const next = (child: TSESTree.Node | null | undefined, extraHops = 0): void => {
      if (child && hops + extraHops <= MAX_HOPS) this.visit(child, keyContainer, hops + extraHops, depth + 1, found);
    };
    switch (target.type) {
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
        if (literalString(target) !== null) found.push(target);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        // `a && 'x'`: the left side is a condition; `a || 'x'`, `a ?? 'x'`: either side may be the value.
        if (target.operator !== '&&') next(target.left);
        next(target.right);
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        next(target.consequent);
        next(target.alternate);
        return;
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of target.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) next(element);
        return;
      case AST_NODE_TYPES.CallExpression:
        next(wrappedKey(target));
        return;
      case AST_NODE_TYPES.Identifier:
        this.visitIdentifier(target, next);
        return;
      case AST_NODE_TYPES.MemberExpression:
        next(this.memberValue(target, hops), 1);
        return;
      case AST_NODE_TYPES.ObjectExpression:
        if (keyContainer) {
          const options = readOptionsObject(target, this.scope);
          for (const key of KEY_CONTAINER_KEYS) next(options?.get(key)?.value);
        }
        return;
      default:
        return;
    }
  }

  /** `const KEY = …`, `let` never reassigned, `const { KEY = 'dev' } = process.env`, `const { secret } = config`. */
  private visitIdentifier(identifier: TSESTree.Identifier, next: (child: TSESTree.Node | null | undefined, extraHops?: number) => void): void {
    const variable = findBinding(identifier, this.scope);
    if (variable?.defs.length !== 1) return;
    const def = variable.defs[0];
    if (def?.type !== TSESLint.Scope.DefinitionType.Variable || variable.references.some((reference) => reference.isWrite() && reference.identifier !== def.name)) return;
    const declarator = def.node;
    if (declarator.id === def.name) {
      next(declarator.init, 1);
      return;
    }
    // Destructured: the default value, and the property of a `const` object it is read from.
    let binding: TSESTree.Node = def.name;
    if (binding.parent.type === AST_NODE_TYPES.AssignmentPattern && binding.parent.left === binding) {
      next(binding.parent.right, 1);
      binding = binding.parent;
    }
    const property = binding.parent;
    if (property.type === AST_NODE_TYPES.Property && property.parent === declarator.id && declarator.init) {
      const key = getPropertyKey(property, this.scope);
      if (key !== null) next(this.objectOf(declarator.init)?.get(key)?.value, 1);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Reading the sinks of a file
// ---------------------------------------------------------------------------------------------------------------------

interface FileState {
  readonly result: Map<TSESTree.Node, CredentialSink>;
}

const fileStates = new WeakMap<TSESTree.Program, FileState>();

/** The argument at `index`, or `undefined` when absent or behind a spread. */
function argumentAt(node: CallNode, index: number): TSESTree.Node | undefined {
  for (let position = 0; position <= index; position += 1) {
    const argument = node.arguments[position];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  }
  return node.arguments[index];
}

function isCallOrNew(node: TSESTree.Node): node is CallNode {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
}

function matchesKind(node: TSESTree.Node, kind: StepKind): boolean {
  if (kind === 'assign') {
    const parent = node.parent;
    return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node && parent.operator === '=';
  }
  if (node.type === AST_NODE_TYPES.CallExpression) return kind === 'call' || kind === 'either';
  if (node.type === AST_NODE_TYPES.NewExpression) return kind === 'construct' || kind === 'either';
  return false;
}

/** The trace map for one step on an instance (eslint-utils format). */
function stepTraceMap(step: Step): Record<string, unknown> {
  const leaf: Record<string | symbol, unknown> = {};
  for (const kind of apiKinds(step.kind)) leaf[kind === 'call' ? CALL : kind === 'construct' ? CONSTRUCT : READ] = true;
  let map: Record<string | symbol, unknown> = leaf;
  for (let index = step.path.length - 1; index >= 0; index -= 1) map = { [step.path[index] ?? '']: map };
  return map;
}

/** `new SignJWT(p).setProtectedHeader(h).sign(key)`: the call of `method` in the builder chain on `node`. */
function chainedCall(node: TSESTree.Node, method: string): TSESTree.CallExpression | null {
  let current: TSESTree.Node = node;
  for (;;) {
    const member = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return null;
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return null;
    if (staticMemberName(member) === method) return call;
    current = call;
  }
}

class SinkCollector {
  private readonly sourceCode: Readonly<TSESLint.SourceCode>;
  private tracker: ReferenceTracker | null = null;

  constructor(
    private readonly context: Context,
    private readonly result: Map<TSESTree.Node, CredentialSink>,
  ) {
    this.sourceCode = context.sourceCode;
  }

  private getTracker(): ReferenceTracker {
    this.tracker ??= new ReferenceTracker(this.sourceCode.scopeManager?.globalScope as never);
    return this.tracker;
  }

  add(node: TSESTree.Node | null | undefined, scopeNode: TSESTree.Node, sink: CredentialSink, keyContainer = sink.expects === 'signing-key' || sink.expects === 'private-key'): void {
    if (!node) return;
    const reader = new ValueReader(this.sourceCode.getScope(scopeNode));
    for (const literal of reader.literals(node, keyContainer)) {
      const text = literalString(literal);
      if (text !== null && isCredentialText(text, sink.expects) && !this.result.has(literal)) this.result.set(literal, sink);
    }
  }

  /** The nodes the later steps of `sink` reach from `node` (the first step's call, construction or read). */
  private follow(node: TSESTree.Node, sink: SinkEntry): TSESTree.Node[] {
    let current: TSESTree.Node[] = [node];
    for (const [index, step] of sink.steps.entries()) {
      if (index === 0) continue;
      const nextNodes: TSESTree.Node[] = [];
      for (const from of current) {
        if (sink.chain === true) {
          const call = chainedCall(from, step.path.at(-1) ?? '');
          if (call) nextNodes.push(call);
          continue;
        }
        const instance = from.parent?.type === AST_NODE_TYPES.AwaitExpression ? from.parent : from;
        for (const found of this.getTracker().iteratePropertyReferences(instance as never, stepTraceMap(step) as never)) {
          nextNodes.push(found.node as unknown as TSESTree.Node);
        }
      }
      current = nextNodes.filter((candidate) => matchesKind(candidate, step.kind));
    }
    return current;
  }

  /** Reads the location of `sink` at the final node of its steps. */
  private readAt(node: TSESTree.Node, sink: SinkEntry): void {
    if (sink.argument < 0) {
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression) this.add(parent.right, parent, sink.sink);
      return;
    }
    if (!isCallOrNew(node)) return;
    if (sink.when) {
      const value = getStaticString(argumentAt(node, sink.when.argument), this.sourceCode.getScope(node));
      if (value === null || !sink.when.oneOf.includes(value)) return;
    }
    const reader = new ValueReader(this.sourceCode.getScope(node));
    if (sink.shape === 'header-pair') {
      this.headerPair(node, argumentAt(node, sink.argument), argumentAt(node, sink.argument + 1), sink.sink);
      return;
    }
    const value = reader.at(argumentAt(node, sink.argument), sink.option);
    if (sink.shape === 'headers') this.headers(value, node, sink.sink);
    else this.add(value, node, sink.sink);
  }

  private headerSink(name: string, base: CredentialSink): CredentialSink | null {
    const header = AUTH_HEADERS.get(name.toLowerCase());
    return header ? { label: `${base.label} ${header.name} header`, expects: header.expects, envName: header.envName } : null;
  }

  private headerPair(scopeNode: TSESTree.Node, name: TSESTree.Node | undefined, value: TSESTree.Node | undefined, base: CredentialSink): void {
    const headerName = getStaticString(name, this.sourceCode.getScope(scopeNode));
    const sink = headerName === null ? null : this.headerSink(headerName, base);
    if (sink) this.add(value, scopeNode, sink);
  }

  /** A headers collection: an object (literal, `const`, spread), `[name, value]` pairs, or `new Headers(init)`. */
  private headers(node: TSESTree.Node | null, scopeNode: TSESTree.Node, base: CredentialSink, depth = 0): void {
    if (!node || depth > 2) return;
    const target = unwrapExpression(node);
    const scope = this.sourceCode.getScope(scopeNode);
    if (target.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of target.elements) {
        const pair = element ? unwrapExpression(element) : null;
        if (pair?.type === AST_NODE_TYPES.ArrayExpression) this.headerPair(scopeNode, pair.elements[0] ?? undefined, pair.elements[1] ?? undefined, base);
      }
      return;
    }
    if (target.type === AST_NODE_TYPES.NewExpression && calleeName(target.callee) === 'Headers') {
      this.headers(target.arguments[0] ?? null, scopeNode, base, depth + 1);
      return;
    }
    const options = new ValueReader(scope).objectOf(target);
    for (const property of options?.properties ?? []) {
      const sink = this.headerSink(property.key, base);
      if (sink && options?.get(property.key) === property) this.add(property.value, scopeNode, sink);
    }
  }

  collectModules(): void {
    for (const reference of getApiReferences(this.context, CATALOGUE.apis)) {
      const entries = CATALOGUE.entriesBySpec.get(reference.api);
      if (!entries) continue;
      for (const sink of entries) {
        const [first] = sink.steps;
        if (!first || !matchesKind(reference.node, first.kind)) continue;
        for (const node of this.follow(reference.node, sink)) this.readAt(node, sink);
      }
    }
  }

  /** Global references (`fetch`, `Headers`, `crypto`) that no declaration in the file shadows. */
  collectGlobals(): void {
    const globalScope = this.sourceCode.scopeManager?.globalScope;
    if (!globalScope) return;
    // A global is used by its name, so a name the text does not hold has no reference; the rest are sorted out of the
    // global scope's unresolved references in one pass.
    const names = GLOBAL_NAMES.filter((name) => textHolds(this.sourceCode, name));
    if (names.length === 0) return;
    const unresolved = new Map<string, TSESLint.Scope.Reference[]>(names.map((name) => [name, []]));
    for (const reference of globalScope.through) {
      if (!reference.resolved) unresolved.get(reference.identifier.name)?.push(reference);
    }
    for (const name of names) {
      const declared = globalScope.set.get(name);
      if (declared && declared.defs.length > 0) continue;
      const references = [...(unresolved.get(name) ?? []), ...(declared?.references ?? [])];
      if (references.some((reference) => reference.isWrite())) continue;
      const sinks = CATALOGUE.globals.filter((sink) => sink.steps[0]?.path[0] === name);
      for (const reference of references) {
        for (const sink of sinks) {
          const [first] = sink.steps;
          if (!first) continue;
          const map = stepTraceMap({ path: first.path.slice(1), kind: first.kind });
          const starts: TSESTree.Node[] = [];
          if (first.path.length === 1) {
            if (matchesKind(reference.identifier.parent, first.kind) && (reference.identifier.parent as CallNode).callee === reference.identifier) starts.push(reference.identifier.parent);
          } else {
            for (const found of this.getTracker().iteratePropertyReferences(reference.identifier as never, map as never)) starts.push(found.node as unknown as TSESTree.Node);
          }
          for (const start of starts) for (const node of this.follow(start, sink)) this.readAt(node, sink);
        }
      }
    }
  }

  /** `app.register(plugin, options)` where `plugin` is a binding of a registered module or `require('m')` inline. */
  collectRegistered(): void {
    if (!textHolds(this.sourceCode, 'register') || !REGISTERED_MODULES.some((module) => textHolds(this.sourceCode, module))) return;
    for (const reference of getApiReferences(this.context, REGISTERED_APIS)) {
      const loaded = reference.node;
      const sinks = CATALOGUE.registered.filter((sink) => sink.module === reference.api.module);
      for (const value of this.pluginValues(loaded)) {
        const parent = value.parent;
        if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.arguments[0] !== value || calleeName(parent.callee) !== 'register') continue;
        for (const sink of sinks) this.readAt(parent, sink);
      }
    }
  }

  /** The expressions that hold a loaded plugin: the `require()`/`await import()` itself, or the bindings' reads. */
  private pluginValues(loaded: TSESTree.Node): TSESTree.Node[] {
    const values: TSESTree.Node[] = [];
    const bound: TSESTree.Identifier[] = [];
    if (loaded.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of loaded.specifiers) if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || staticMemberNameOf(specifier) === 'default') bound.push(specifier.local);
    } else {
      const holder = loaded.parent?.type === AST_NODE_TYPES.AwaitExpression ? loaded.parent : loaded;
      values.push(holder);
      const declarator = holder.parent;
      if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === holder && declarator.id.type === AST_NODE_TYPES.Identifier) bound.push(declarator.id);
    }
    for (const identifier of bound) {
      const variable = findBinding(identifier, this.sourceCode.getScope(identifier));
      for (const reference of variable?.references ?? []) if (reference.isRead()) values.push(reference.identifier);
    }
    return values;
  }

  collectVerifiers(): void {
    for (const site of getVerifierSites(this.context)) {
      if (site.role === 'decode') continue;
      const label = site.library === site.api ? `${site.library} secret` : `${site.library}.${site.api} secret`;
      const sink: CredentialSink = { label, expects: 'signing-key', envName: 'JWT_SECRET' };
      if (site.keyNode && !isPublicKeyOption(site.keyNode)) this.add(site.keyNode, site.node, sink);
      for (const option of site.getAll('key')) if (!PUBLIC_KEY_OPTIONS.has(option.key)) this.add(option.value, site.node, sink);
    }
  }
}

const PUBLIC_KEY_OPTIONS: ReadonlySet<string> = new Set(['publicKey', 'public']);

/** True when the key node is the value of a `publicKey`/`public` property. */
function isPublicKeyOption(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.Property && parent.value === node && PUBLIC_KEY_OPTIONS.has(getPropertyKey(parent) ?? '');
}

function staticMemberNameOf(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

/** Reads of the registered plugin modules themselves. */
const REGISTERED_APIS: ApiSet = REGISTERED_MODULES.map((module) => ({ module, path: [], kinds: ['read'] }));

/**
 * The string literals in the current file that reach a credential argument or option, with the sink each reaches
 * (the first sink found when several share one literal). Computed once per file.
 */
export function getCredentialSinkValues(context: Context): ReadonlyMap<TSESTree.Node, CredentialSink> {
  const program = context.sourceCode.ast;
  const cached = fileStates.get(program);
  if (cached) return cached.result;
  const result = new Map<TSESTree.Node, CredentialSink>();
  fileStates.set(program, { result });
  const collector = new SinkCollector(context, result);
  collector.collectVerifiers();
  collector.collectModules();
  collector.collectGlobals();
  collector.collectRegistered();
  return result;
}
