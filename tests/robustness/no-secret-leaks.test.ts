/**
 * No secret leaks (issue 10, robustness): for every kind of secret the test suites use, linted with the whole `strict`
 * preset (every rule, not only `no-hardcoded-secrets`: another rule could echo a literal from a URL, a log line, a
 * cookie or a header), no message, no raw `data` of a report or of a suggestion, no suggestion description and no
 * SARIF output of `@microsoft/eslint-formatter-sarif` holds the secret (`leaksSecret`: any 6-character run of it
 * beyond the format's public prefix).
 *
 * The secrets are generated again here with the suites' own seeded generators, without touching those suites:
 * - the generated values of tests/rules/no-hardcoded-secrets.test.ts (same seed, same order);
 * - one sample of every checksum-verified format (tests/secrets/generate.ts) and of every provider format
 *   (tests/secrets/provider-samples.ts), as in tests/integration/secrets/provider-suite.test.ts;
 * - the kinds of tests/integration/secrets/negative-suite.test.ts's positives, with its values.ts generators:
 *   PEM private keys (RSA, EC, Ed25519, freshly generated), URL passwords, connection strings, JWTs, Basic
 *   authorization headers, passwords, hex and base64 keys.
 * Each is placed in two files: a server module (config objects, MSAL, jsonwebtoken, cookies, logging, redirects,
 * TLS, cleartext and password-grant requests, WebSockets, CORS) and a browser module (web storage, `document.cookie`,
 * `postMessage`, bearer headers, URL query parameters), so that most rules of the preset report on it.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Rule } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index';
import { leaksSecret } from '../../src/secrets/mask';
import { ALNUM, BASE64, breakChecksum, CHECKSUM_FORMATS, generateValid, HEX, randomString, seededRandom, type Rng } from '../secrets/generate';
import { PROVIDER_SAMPLES } from '../secrets/provider-samples';
import { alnum, b64, b64url, EC_PRIVATE_PEM, hex as valuesHex, jwt as valuesJwt, password as valuesPassword, RSA_PRIVATE_PEM } from '../integration/secrets/values';

const ROOT = path.resolve(__dirname, '..', '..');
const NAMESPACE = plugin.meta.namespace;
const requireFromHere = createRequire(__filename);
/**
 * What leaks is decided by our messages and descriptors, not by ESLint's version: the ESLint 9 pass of `npm test`
 * lints every fourth secret, enough to see ESLint 9 fill in the same messages and SARIF.
 */
const STRIDE = Number(ESLint.version.split('.')[0]) >= 10 ? 1 : 4;
const sarifFormatter = requireFromHere('@microsoft/eslint-formatter-sarif') as (results: ESLint.LintResult[], data: ESLint.LintResultData) => string;

// ---------------------------------------------------------------------------------------------------------------
// The secrets

interface Hidden {
  /** A secret part that must not appear. */
  readonly secret: string;
  /** Fixed leading text of its format that a message may name (`ghp_`). */
  readonly publicPrefix?: string;
  /** Fixed signatures inside the token that identify the format and hide nothing (CASK `JQQJ99`). */
  readonly markers?: readonly string[];
}

interface SecretCase {
  readonly name: string;
  /** The value written in the code. */
  readonly value: string;
  /** The parts of it that no output may hold. */
  readonly hidden: readonly Hidden[];
}

const PUBLIC_MARKERS: readonly string[] = ['JQQJ99', 'T3BlbkFJ', '.atlasv1.'];

/** As in the provider suite: a stable seed per format id, and the fixed prefix shared by a sixth of 48 probes. */
function seedOf(id: string): number {
  let hash = 2166136261;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  return hash >>> 0;
}

function fixedPrefix(sample: string, probes: readonly string[]): string {
  let length = 0;
  while (length < sample.length && probes.filter((probe) => probe.startsWith(sample.slice(0, length + 1))).length >= probes.length / 6) length++;
  return sample.slice(0, length);
}

function makerOf(id: string): (rng: Rng) => string {
  if (CHECKSUM_FORMATS.includes(id)) return (rng) => generateValid(id, rng);
  const format = PROVIDER_SAMPLES[id];
  if (format === undefined) throw new Error(`no generator for ${id}`);
  return format.sample;
}

/** A token of format `id` as a secret case, with the prefix its format shows publicly. */
function formatCase(name: string, id: string, token: string): SecretCase {
  const make = makerOf(id);
  const rng = seededRandom(seedOf(id) ^ 0x1ea4);
  const probes = Array.from({ length: 48 }, () => make(rng));
  return { name, value: token, hidden: [{ secret: token, publicPrefix: fixedPrefix(token, probes), markers: PUBLIC_MARKERS }] };
}

const plain = (name: string, value: string, secret = value): SecretCase => ({ name, value, hidden: [{ secret }] });

/** The generated values of tests/rules/no-hardcoded-secrets.test.ts: the same seed and the same calls in the same order. */
function ruleSuiteSecrets(): SecretCase[] {
  const rng = seededRandom(0x5ec2e75);
  const sample = (id: string): string => makerOf(id)(rng);
  const token = (length: number): string => randomString(rng, ALNUM, length);
  const hex = (length: number): string => randomString(rng, HEX, length);
  const password = (): string => `${randomString(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${randomString(rng, `${ALNUM}!#%*+`, 13)}${randomString(rng, '!#%*', 1)}9`;
  const cases: SecretCase[] = [];
  const add = (name: string, id: string, value: string): void => {
    cases.push(formatCase(`rule suite: ${name}`, id, value));
  };
  add('GITHUB_PAT', 'github-personal-access-token', generateValid('github-personal-access-token', rng));
  add('GITHUB_PAT_BROKEN', 'github-personal-access-token', breakChecksum(generateValid('github-personal-access-token', rng)));
  add('NPM_TOKEN', 'npm-access-token', generateValid('npm-access-token', rng));
  add('STORAGE_KEY', 'azure-storage-account-key', generateValid('azure-storage-account-key', rng));
  add('GRAFANA_TOKEN', 'grafana-service-account-token', generateValid('grafana-service-account-token', rng));
  add('CLOUDFLARE_TOKEN', 'cloudflare-user-api-token', generateValid('cloudflare-user-api-token', rng));
  const awsKeyId = `AKIA${randomString(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 15)}${randomString(rng, '234567', 1)}`;
  cases.push({ name: 'rule suite: AWS_KEY_ID', value: awsKeyId, hidden: [{ secret: awsKeyId, publicPrefix: 'AKIA' }] });
  cases.push(plain('rule suite: AWS_SECRET', randomString(rng, BASE64, 40)));
  for (const [name, id] of [
    ['ENTRA_SECRET', 'azure-entra-client-secret'],
    ['SLACK_BOT', 'slack-bot-token'],
    ['SLACK_HOOK', 'slack-webhook-url'],
    ['GOOGLE_KEY', 'google-api-key'],
    ['STRIPE_LIVE', 'stripe-secret-key'],
    ['STRIPE_TEST', 'stripe-test-secret-key'],
    ['OPENAI_KEY', 'openai-project-key'],
    ['GITLAB_PAT', 'gitlab-pat'],
  ] as const) {
    add(name, id, sample(id));
  }
  const jwtHeader = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const jwtPayload = Buffer.from(JSON.stringify({ sub: 'svc-orders', iat: 1_760_000_000, scope: 'orders:write' })).toString('base64url');
  const jwt = [jwtHeader, jwtPayload, randomString(rng, `${ALNUM}-_`, 43)].join('.');
  cases.push({ name: 'rule suite: JWT', value: jwt, hidden: [{ secret: jwt, publicPrefix: `${jwtHeader}.` }] });
  const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
  cases.push(pemCase('rule suite: PRIVATE_KEY_PEM (EC, PKCS#8)', pem));
  generateKeyPairSync('ec', { namedCurve: 'P-256' }); // PUBLIC_KEY_PEM: public, not a secret.
  cases.push(plain('rule suite: API_KEY', token(32)), plain('rule suite: API_KEY_2', token(40)));
  cases.push(plain('rule suite: WEBHOOK_SECRET', hex(32)), plain('rule suite: CLIENT_SECRET', hex(40)), plain('rule suite: TWILIO_TOKEN', hex(32)));
  cases.push(plain('rule suite: VAPID_PRIVATE', randomString(rng, `${ALNUM}-_`, 43)));
  cases.push(plain('rule suite: DB_PASSWORD', password()), plain('rule suite: SMTP_PASSWORD', password()), plain('rule suite: ADMIN_PASSWORD', password()));
  const urlPassword = token(16);
  cases.push(plain('rule suite: URL_PASSWORD in a URL', `postgres://orders:${urlPassword}@db.acme.io:5432/orders`, urlPassword));
  const sqlPassword = password().replaceAll(';', '');
  cases.push(plain('rule suite: SQL_PASSWORD in a connection string', `Server=tcp:sql.acme.io,1433;Database=orders;User ID=app;Password=${sqlPassword};Encrypt=true;`, sqlPassword));
  cases.push(plain('rule suite: BEARER', token(40)));
  const basicPassword = password();
  const basic = Buffer.from(`orders:${basicPassword}`).toString('base64');
  cases.push({ name: 'rule suite: BASIC header', value: `Basic ${basic}`, hidden: [{ secret: basic }, { secret: basicPassword }] });
  cases.push(plain('rule suite: LICENSE', token(24)), plain('rule suite: UNNAMED', token(48)));
  return cases;
}

/** The body of a PEM block (between the armour lines) is the secret. */
function pemCase(name: string, pem: string): SecretCase {
  const body = pem.split('\n').slice(1, -1).join('');
  const lines = pem.split('\n').slice(1, -1);
  return { name, value: pem, hidden: [{ secret: body }, ...lines.map((line) => ({ secret: line }))] };
}

/** One sample of every checksum-verified and every provider format. */
function formatSecrets(): SecretCase[] {
  const ids = [...CHECKSUM_FORMATS, ...Object.keys(PROVIDER_SAMPLES)];
  return ids.map((id) => formatCase(`format: ${id}`, id, makerOf(id)(seededRandom(seedOf(id)))));
}

/** The kinds of the negative suite's positives, with its values.ts generators. */
function positiveKindSecrets(): SecretCase[] {
  const ed25519 = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
  const rsaPkcs1 = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim();
  const mongo = alnum(24);
  const redis = alnum(32);
  const rds = alnum(28);
  const amqp = valuesPassword(18);
  const mssql = valuesPassword(24);
  const basicPassword = valuesPassword(18);
  const basic = Buffer.from(`svc-reporting:${basicPassword}`).toString('base64');
  const serviceJwt = valuesJwt({ sub: 'svc-billing', iss: 'https://auth.acme.io', aud: 'orders-api', iat: 1_715_000_000, exp: 2_030_000_000 });
  const [jwtHeader = '', jwtPayload = '', jwtSignature = ''] = serviceJwt.split('.');
  const storageKey = generateValid('azure-storage-account-key', seededRandom(7));
  const sessionSecret = b64url(48);
  return [
    pemCase('positives: RSA private key (PKCS#8)', RSA_PRIVATE_PEM),
    pemCase('positives: EC private key (SEC1)', EC_PRIVATE_PEM),
    pemCase('positives: Ed25519 private key (PKCS#8)', ed25519),
    pemCase('positives: RSA private key (PKCS#1)', rsaPkcs1),
    plain('positives: MongoDB URI password', `mongodb+srv://app:${mongo}@cluster0.x1b2c.mongodb.net/prod?retryWrites=true`, mongo),
    plain('positives: Redis URL password', `redis://default:${redis}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345`, redis),
    plain('positives: Postgres URL password', `postgresql://orders_app:${rds}@orders.cluster-c1x2y3.eu-west-1.rds.amazonaws.com:5432/orders`, rds),
    plain('positives: AMQP URL password', `amqps://orders:${encodeURIComponent(amqp)}@mq.acme.io/vhost`, encodeURIComponent(amqp)),
    plain('positives: ADO.NET connection string', `Server=tcp:acme-sql.database.windows.net,1433;Database=orders;User ID=orders_app;Password=${mssql};Encrypt=true;`, mssql),
    { name: 'positives: Azure storage connection string', value: `DefaultEndpointsProtocol=https;AccountName=acmeorders;AccountKey=${storageKey};EndpointSuffix=core.windows.net`, hidden: [{ secret: storageKey }] },
    { name: 'positives: Basic authorization header', value: `Basic ${basic}`, hidden: [{ secret: basic }, { secret: basicPassword }] },
    { name: 'positives: service JWT as a bearer header', value: `Bearer ${serviceJwt}`, hidden: [{ secret: `${jwtPayload}.${jwtSignature}` }, { secret: jwtSignature }] },
    { name: 'positives: bare service JWT', value: serviceJwt, hidden: [{ secret: serviceJwt, publicPrefix: `${jwtHeader}.` }] },
    plain('positives: HMAC key (hex)', valuesHex(64)),
    plain('positives: JWT secret (base64)', b64(48)),
    plain('positives: session secret (base64url)', sessionSecret),
    plain('positives: password', valuesPassword(20)),
    { name: 'positives: npmrc line', value: `//registry.npmjs.org/:_authToken=${generateValid('npm-access-token', seededRandom(11))}`, hidden: [] },
  ].map((item) => (item.name === 'positives: npmrc line' ? { ...item, hidden: [{ secret: item.value.slice(item.value.indexOf('npm_') + 4) }] } : item));
}

const SECRETS: readonly SecretCase[] = [...ruleSuiteSecrets(), ...formatSecrets(), ...positiveKindSecrets()];

// ---------------------------------------------------------------------------------------------------------------
// Where they are placed

const lit = (text: string): string => JSON.stringify(text);

/** A server module where the value sits in every context a rule of the preset looks at. */
function serverModule(value: string): string {
  const v = lit(value);
  // eslint-disable-next-line zero-trust/no-token-in-url -- the fixture puts the secret in a redirect URL on purpose
  const redirect = lit(`https://app.acme.io/callback?access_token=${value}`);
  return `import express from 'express';
import cors from 'cors';
import jwt from 'jsonwebtoken';
import https from 'node:https';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { expressjwt } from 'express-jwt';

const app = express();
app.set('trust proxy', true);
export const value = ${v};
export const apiToken = ${v};
export const settings = { clientSecret: ${v}, password: ${v}, connectionString: ${v}, privateKey: ${v} };
export const cca = new ConfidentialClientApplication({
  auth: { clientId: '0c4b6c1e-5f0e-4b8e-9a57-2d1f3c4b5a6d', authority: 'https://login.microsoftonline.com/common', clientSecret: ${v} },
});
export const signed = jwt.sign({ sub: 'svc' }, ${v});
export const verify = (token: string) => jwt.verify(token, ${v});
export const decoded = jwt.decode(${v});
app.use(cors({ origin: ${v}, credentials: true }));
app.get('/reports/:id', (req, res) => {
  res.send(jwt.verify(req.query.token as string, ${v}, { algorithms: ['HS256'] }));
});
app.get('/login', (req, res) => {
  res.cookie('session', ${v});
  res.cookie('access_token', ${v}, { httpOnly: false, secure: false });
  console.log('issued access token', ${v});
  console.info(\`refresh token \${${v}}\`);
  res.redirect(${redirect});
});
https.request({ host: 'api.acme.io', rejectUnauthorized: false, minVersion: 'TLSv1', headers: { Authorization: ${lit(`Bearer ${value}`)} } });
await fetch(${lit(`http://auth.acme.io/oauth/token?client_secret=${value}`)}, {
  method: 'POST',
  headers: { Authorization: ${lit(`Basic ${value}`)}, 'x-api-key': ${v} },
  body: new URLSearchParams({ grant_type: 'password', username: 'svc', password: ${v}, client_secret: ${v} }),
});
await fetch(${lit(`http://svc:${value}@api.acme.io/v1/orders`)});
await fetch(${lit(value)});
export const socket = new WebSocket(${lit(`wss://stream.acme.io/?token=${value}`)});
export const checkToken = expressjwt({ secret: ${v}, algorithms: ['HS256'], credentialsRequired: false });
export const lax = (token: string) => jwt.verify(token, ${v}, { algorithms: ['none', 'HS256'], ignoreExpiration: true });
const accessToken = ${v};
await fetch(\`https://api.acme.io/items?access_token=\${accessToken}\`);
console.log('access token', accessToken);
const acquired = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
console.log(\`Calling Graph with Bearer \${acquired?.accessToken} for \${${v}}\`, ${v});
logger.info({ accessToken, authorization: ${lit(`Bearer ${value}`)} });
export default app;
`;
}

/** A browser module: storage, cookies, messages, headers and URLs. */
function browserModule(value: string): string {
  const v = lit(value);
  return `import { jwtDecode } from 'jwt-decode';
import { UserManager } from 'oidc-client-ts';

export const manager = new UserManager({ authority: 'https://login.acme.io', client_id: ${v}, client_secret: ${v}, response_type: 'id_token token', redirect_uri: 'https://app.acme.io/cb' });
export function inspect() {
  const accessToken = ${v};
  window.location.assign(\`https://app.acme.io/#access_token=\${accessToken}\`);
  return [jwtDecode(accessToken), jwtDecode(${v}), JSON.parse(atob(accessToken.split('.')[1] ?? ''))];
}
export function keep() {
  localStorage.setItem('access_token', ${v});
  sessionStorage.setItem('id_token', ${v});
  document.cookie = ${lit(`token=${value}; path=/`)};
  window.opener.postMessage({ accessToken: ${v} }, '*');
  window.addEventListener('message', (event) => {
    localStorage.setItem('token', event.data);
  });
  const url = new URL('https://api.acme.io/items');
  url.searchParams.set('access_token', ${v});
  location.href = ${lit(`https://app.acme.io/#access_token=${value}&token_type=bearer`)};
  return fetch(url, { headers: { Authorization: ${lit(`Bearer ${value}`)} } });
}
`;
}

const FILES = [
  { name: 'server', filename: 'src/server/app.ts', make: serverModule },
  { name: 'browser', filename: 'src/web/session.ts', make: browserModule },
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Linting with every rule observed

type Descriptor = Record<string, unknown>;

/** Every rule of the plugin, with `context.report` recorded (by rule id); everything else is the rule's own behaviour. */
function observedPlugin(sink: Map<string, Descriptor[]>): ESLint.Plugin {
  const observed: Record<string, Rule.RuleModule> = {};
  for (const [id, real] of Object.entries(plugin.rules as unknown as Record<string, Rule.RuleModule>)) {
    observed[id] = {
      meta: real.meta,
      create(context) {
        const view = Object.create(context, {
          report: {
            value(descriptor: Descriptor): void {
              const list = sink.get(id) ?? [];
              list.push(descriptor);
              sink.set(id, list);
              context.report(descriptor as unknown as Rule.ReportDescriptor);
            },
          },
        }) as Rule.RuleContext;
        return real.create(view);
      },
    };
  }
  return { meta: plugin.meta, rules: observed };
}

/** `data` of a descriptor and of its suggestions, with the code-carrying parts left out. */
function descriptorText(descriptor: Descriptor): string {
  return JSON.stringify(descriptor, (key, value: unknown) => (key === 'fix' || key === 'node' || key === 'loc' ? undefined : value));
}

interface Leak {
  readonly secret: string;
  readonly file: string;
  readonly where: string;
  readonly rule: string;
  readonly text: string;
}

function leaksIn(text: string, hidden: Hidden): boolean {
  const prefix = hidden.publicPrefix !== undefined && hidden.secret.startsWith(hidden.publicPrefix) ? hidden.publicPrefix : '';
  let rest = hidden.secret.slice(prefix.length);
  for (const marker of hidden.markers ?? []) rest = rest.replaceAll(marker, '\0'.repeat(marker.length));
  return leaksSecret(text, prefix + rest, prefix);
}

const sink = new Map<string, Descriptor[]>();
const strictRules = plugin.configs.strict.rules;
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      plugins: { [NAMESPACE]: observedPlugin(sink) },
      languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
      rules: strictRules,
    },
  ],
});

interface Outcome {
  readonly leaks: Leak[];
  /** Rule ids that reported, per file kind. */
  readonly reporting: Map<string, Set<string>>;
  readonly fatal: string[];
  readonly sarifResults: number;
}

async function run(): Promise<Outcome> {
  const leaks: Leak[] = [];
  const reporting = new Map<string, Set<string>>(FILES.map((file) => [file.name, new Set<string>()]));
  const fatal: string[] = [];
  let sarifResults = 0;
  for (const [index, secretCase] of SECRETS.entries()) {
    if (index % STRIDE !== 0) continue;
    const results: ESLint.LintResult[] = [];
    for (const file of FILES) {
      sink.clear();
      const [result] = await eslint.lintText(file.make(secretCase.value), { filePath: path.join(ROOT, file.filename) });
      if (result === undefined) throw new Error('no lint result');
      results.push(result);
      const texts: { where: string; rule: string; text: string }[] = [];
      for (const message of result.messages) {
        if (message.fatal === true) fatal.push(`${secretCase.name} in ${file.name}: ${message.message}`);
        reporting.get(file.name)?.add(message.ruleId ?? '');
        texts.push({ where: 'message', rule: message.ruleId ?? '', text: message.message });
        for (const suggestion of message.suggestions ?? []) texts.push({ where: 'suggestion desc', rule: message.ruleId ?? '', text: suggestion.desc });
      }
      for (const [rule, descriptors] of sink) {
        for (const descriptor of descriptors) texts.push({ where: 'report descriptor (data, suggestion data)', rule: `${NAMESPACE}/${rule}`, text: descriptorText(descriptor) });
      }
      for (const hidden of secretCase.hidden) {
        for (const item of texts) if (leaksIn(item.text, hidden)) leaks.push({ secret: secretCase.name, file: file.name, ...item });
      }
    }
    const sarif = sarifFormatter(results, { cwd: ROOT, rulesMeta: eslint.getRulesMetaForResults(results) });
    sarifResults += (JSON.parse(sarif) as { runs: { results: unknown[] }[] }).runs[0]?.results.length ?? 0;
    for (const hidden of secretCase.hidden) if (leaksIn(sarif, hidden)) leaks.push({ secret: secretCase.name, file: 'both', where: 'SARIF', rule: '', text: sarif });
  }
  return { leaks, reporting, fatal, sarifResults };
}

describe('no output of the strict preset leaks a secret', () => {
  let outcome: Outcome;
  beforeAll(async () => {
    outcome = await run();
  });

  it('covers the suites\' secrets: every format, the rule suite\'s values, PEM keys, URL passwords, connection strings, JWTs, Basic headers', () => {
    expect(SECRETS.length).toBeGreaterThan(150);
    for (const secretCase of SECRETS) {
      expect({ name: secretCase.name, hidden: secretCase.hidden.length > 0 }).toEqual({ name: secretCase.name, hidden: true });
      for (const hidden of secretCase.hidden) expect(hidden.secret.length, secretCase.name).toBeGreaterThanOrEqual(6);
      // The first hidden part is written out in the value (later ones may be encoded in it, as a Basic password).
      expect(secretCase.value.replaceAll('\n', ''), secretCase.name).toContain(secretCase.hidden[0]?.secret);
    }
  });

  it('the check sees a secret echoed in a message, past its public prefix and around its markers', () => {
    const github = SECRETS.find((item) => item.name === 'format: github-personal-access-token')?.hidden[0];
    expect(github?.publicPrefix).toBe('ghp_');
    if (github === undefined) return;
    expect(leaksIn('GitHub token ghp_… (sha256 0123abcd)', github)).toBe(false);
    expect(leaksIn(`value ${github.secret.slice(10, 16)} shown`, github)).toBe(true);
  });

  it('every snippet parses, and most rules of the preset report on them', () => {
    expect(outcome.fatal).toEqual([]);
    const reported = new Set([...outcome.reporting.values()].flatMap((ids) => [...ids]));
    expect(reported.size).toBeGreaterThanOrEqual(18);
    for (const id of [
      'no-hardcoded-secrets',
      'no-token-in-url',
      'no-cleartext-identity-traffic',
      'no-identity-pii-logging',
      'no-persistent-browser-token-storage',
      'require-secure-auth-cookie',
      'prefer-secretless-credentials',
      'no-disabled-tls-verification',
      'no-password-grant',
      'no-client-access-token-inspection',
      'no-implicit-flow',
      'no-unchecked-message-origin',
      'no-fail-open-auth-middleware',
      'no-unsigned-jwt',
      'no-token-in-url',
    ]) {
      expect(reported).toContain(`${NAMESPACE}/${id}`);
    }
    expect(outcome.sarifResults).toBeGreaterThan((SECRETS.length / STRIDE) * 10);
  });

  it('no message, report data, suggestion description or SARIF output holds a secret', () => {
    expect(outcome.leaks.map((leak) => `${leak.secret} (${leak.file}) leaks through ${leak.where} of ${leak.rule || 'the SARIF log'}: ${leak.text.slice(0, 300)}`)).toEqual([]);
  });
});
