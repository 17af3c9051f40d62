import rule from '../../src/rules/no-identity-pii-logging';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const ACCESS = { what: 'an access token' };
const AUTHORIZATION = { what: 'the `Authorization` header' };
const RESPONSE = { what: 'a token response with its access and ID tokens' };
const PASSWORD = { what: 'a password' };
const CLIENT_SECRET = { what: 'a client secret' };
const API_KEY = { what: 'an API key' };

ruleTester.run('no-identity-pii-logging', rule, {
  valid: [
    // Names that are about a password or key, not the value: its hash, a UI switch, a flow step, a rule, its length, a
    // constant naming a field, a redacted placeholder, and keys that hold no secret.
    `const PASSWORD_FIELD = 'password';
console.log('hash', user.hashedPassword, user.passwordHash, showPassword, passwordPolicy, password.length);
console.log('Password must be at least 12 characters', PASSWORD_FIELD, resetPassword, isPasswordValid);
console.log({ password: '***' }, process.env.PWD, sortKey, primaryKey, publicKey);
logger.info({ hasPassword: Boolean(password), hasApiKey: !!apiKey });`,
    // An enum member or imported constant that names a method: MSAL's \`AuthenticationMethodTypeV2.PASSWORD\`.
    {
      code: `import { AuthMethod, PASSWORD } from './constants';
const channel = result.type === 'code' ? result.channel : AuthMethod.PASSWORD;
const message = \`Channel '\${channel}' is not supported for password reset.\`;
this.logger.error(message, correlationId);
console.log(PASSWORD);`,
      filename: 'flow.ts',
    },
    // A password handed to something other than a logger.
    `await db.users.update({ id }, { password: await bcrypt.hash(req.body.password, 12) });
res.json({ password: undefined });`,
    // MSAL, passport-azure-ad and @azure/identity with personal-data logging off or left at its default.
    `import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: { clientId, authority, clientCertificate },
  system: { loggerOptions: { loggerCallback: (level, message) => console.log(message), piiLoggingEnabled: false, logLevel: LogLevel.Warning } },
});`,
    `new BearerStrategy({ identityMetadata, clientID, audience, loggingNoPII: true }, verify);`,
    `new DefaultAzureCredential({ loggingOptions: { allowLoggingAccountIdentifiers: false, enableUnsafeSupportLogging: false } });`,
    // Values read at run time are the deployment's decision.
    `const msalConfig = { system: { loggerOptions: { piiLoggingEnabled: process.env.MSAL_PII === 'true' } } };`,
    `new OIDCStrategy({ identityMetadata, clientID, loggingNoPII: config.creds.loggingNoPII }, verify);`,
    // The same names in a pattern or a type.
    `const { piiLoggingEnabled = true } = loggerOptions;`,
    {
      code: `interface DebugLoggerOptions { piiLoggingEnabled: true; loggingNoPII: false }`,
      filename: 'types.ts',
    },
    // Development guards (ignored by default).
    `if (process.env.NODE_ENV === 'development') { msalConfig.system.loggerOptions.piiLoggingEnabled = true; }`,
    `if (isDev) { console.log('access token', result.accessToken); }`,
    // Logging what a token is about, never the token.
    `console.log('token expires at', result.expiresOn);`,
    `logger.info({ scopes: result.scopes, tokenType: result.tokenType, expiresOn: result.expiresOn });`,
    `logger.debug('access token length', accessToken.length);`,
    `console.log('has token:', !!accessToken, typeof idToken);`,
    `logger.info('token', mask(accessToken));`,
    `logger.info({ authorization: redact(req.headers.authorization) });`,
    `console.log(\`token prefix \${accessToken.slice(0, 8)}…\`);`,
    `console.log(accessToken ? 'signed in' : 'anonymous');`,
    `logger.info('Authorization header present:', Boolean(req.headers.authorization));`,
    `logger.debug('claims', jwt.decode(idToken));`,
    `console.log('expires in', result.idTokenClaims.exp - Date.now() / 1000);`,
    // User names are personal data, but who did what is what an audit log is for: out of scope.
    `logger.info('signed in', { user: result.account.username, oid: result.account.localAccountId });`,
    // A bare \`token\` may be anything (a lexer token, a CSRF or push-notification token).
    `const token = await getToken(messaging, { vapidKey }); console.log('FCM registration token', token);`,
    `for (const token of tokens) console.log(token.type, token.value);`,
    // A bare \`authorization\` bound to something other than a header (an EIP-7702 wallet authorization).
    `const authorization = await walletClient.signAuthorization({ contractAddress }); console.log(authorization);`,
    // A placeholder after the Bearer scheme.
    "console.log(`curl -H 'Authorization: Bearer ${'<token>'}' ${url}`);",
    // Names that hold a key, a flag or a function, not a token.
    `const ACCESS_TOKEN = 'msal.access_token'; console.log('cache key', ACCESS_TOKEN);`,
    `console.log(hasAccessToken, isIdTokenValid);`,
    `const STORAGE = { accessToken: 'app.at' }; console.log(STORAGE.accessToken);`,
    // Tokens handed to something that is not a logger.
    `res.json({ accessToken: result.accessToken, expiresOn: result.expiresOn });`,
    `headers.set('Authorization', \`Bearer \${accessToken}\`);`,
    `cache.info(accessToken);`,
    // Request metadata that carries no credential, response headers.
    `console.log(req.headers['x-request-id'], req.method, req.url);`,
    `const response = await fetch(url); console.log(response.status, response.headers);`,
    // koa-jwt without debug, and \`debug: true\` for another library.
    `import jwt from 'koa-jwt'; app.use(jwt({ secret: publicKey, algorithms: ['RS256'], debug: false }));`,
    `const jwt = require('koa-jwt'); app.use(jwt({ secret, debug: process.env.JWT_DEBUG === 'true' }));`,
    `app.use(session({ secret, debug: true }));`,
    // Azure SDK logging of headers that carry no credential.
    `new SecretClient(vaultUrl, credential, { loggingOptions: { additionalAllowedHeaderNames: ['x-ms-request-id', 'x-ms-client-request-id'] } });`,
    // Near misses of the cheap name tests: a `log` inside another word is no logger, and an object is no switch.
    `catalog.info(accessToken);`,
    `dialogLayer.error(accessToken);`,
    `const KEY = 'pii' + 'LoggingEnabled'; loggerOptions[KEY] = { enabled: true };`,
    // Near misses of the file gates: a logger with words that only start like a credential's, and credentials with no
    // logger (\`catalog\` and \`login\` are no logger's name).
    `console.log('boarding', passenger, compass, bypassed, tokenize(source));`,
    `const catalog = loadCatalog(); catalog.info(login.password, accessToken);`,
  ],
  invalid: [
    {
      // A login handler that logs what the user typed: destructured, then a member of the body in an object.
      code: `const logger = require('pino')();
app.post('/login', (req, res) => {
  const { username, password } = req.body;
  console.log('login attempt', username, password);
  logger.info({ user: username, password: req.body.password }, 'login');
});`,
      errors: [
        { messageId: 'secretLogged', data: PASSWORD, line: 4, column: 42, endColumn: 50 },
        { messageId: 'secretLogged', data: PASSWORD, line: 5, column: 43, endColumn: 60 },
      ],
    },
    {
      // Configuration secrets: a client secret from the environment, an API key in a config object (TypeScript).
      code: `const config = { clientSecret: process.env.AZURE_CLIENT_SECRET!, apiKey: process.env.STRIPE_KEY! };
export function start(): void {
  logger.debug(\`client secret is \${process.env.CLIENT_SECRET}\`);
  console.log('config', config.clientSecret, config.apiKey, config.dbPwd);
}`,
      filename: 'start.ts',
      errors: [
        { messageId: 'secretLogged', data: CLIENT_SECRET, line: 3, column: 36, endColumn: 61 },
        { messageId: 'secretLogged', data: CLIENT_SECRET, line: 4, column: 25, endColumn: 44 },
        { messageId: 'secretLogged', data: API_KEY, line: 4, column: 46, endColumn: 59 },
        { messageId: 'secretLogged', data: PASSWORD, line: 4, column: 61, endColumn: 73 },
      ],
    },
    {
      // msal-node, ESM, the switch inline.
      code: `import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: { clientId, authority, clientCertificate },
  system: { loggerOptions: { loggerCallback, piiLoggingEnabled: true, logLevel: LogLevel.Verbose } },
});`,
      output: `import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({
  auth: { clientId, authority, clientCertificate },
  system: { loggerOptions: { loggerCallback, piiLoggingEnabled: false, logLevel: LogLevel.Verbose } },
});`,
      errors: [
        {
          messageId: 'piiLoggingEnabled',
          data: { setting: 'piiLoggingEnabled: true', library: 'MSAL', detail: 'user names, account and tenant IDs', safe: 'false' },
          line: 4,
          column: 46,
          endColumn: 69,
        },
      ],
    },
    {
      // msal-browser configuration module, CommonJS export, a comment kept.
      code: `module.exports.msalConfig = {
  auth: { clientId: 'b2a1…', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
  system: {
    loggerOptions: {
      piiLoggingEnabled: /* debugging sign-in */ true,
    },
  },
};`,
      output: `module.exports.msalConfig = {
  auth: { clientId: 'b2a1…', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
  system: {
    loggerOptions: {
      piiLoggingEnabled: /* debugging sign-in */ false,
    },
  },
};`,
      errors: [{ messageId: 'piiLoggingEnabled', line: 5, column: 7 }],
    },
    {
      // msal-browser: a Logger given to setLogger, TypeScript.
      code: `import { Logger, LogLevel, type ILoggerCallback } from '@azure/msal-browser';
const callback: ILoggerCallback = (level, message) => console.info(message);
msalInstance.setLogger(new Logger({ loggerCallback: callback, piiLoggingEnabled: true, logLevel: LogLevel.Info }));`,
      output: `import { Logger, LogLevel, type ILoggerCallback } from '@azure/msal-browser';
const callback: ILoggerCallback = (level, message) => console.info(message);
msalInstance.setLogger(new Logger({ loggerCallback: callback, piiLoggingEnabled: false, logLevel: LogLevel.Info }));`,
      filename: 'auth/msal.ts',
      errors: [{ messageId: 'piiLoggingEnabled', line: 3, column: 63 }],
    },
    {
      // An assignment into the configuration.
      code: `msalConfig.system.loggerOptions.piiLoggingEnabled = true;`,
      output: `msalConfig.system.loggerOptions.piiLoggingEnabled = false;`,
      errors: [{ messageId: 'piiLoggingEnabled', line: 1, column: 1, endColumn: 57 }],
    },
    {
      // A constant: reported, but not rewritten.
      code: `const LOG_PII = true;
const loggerOptions = { piiLoggingEnabled: LOG_PII, logLevel: 3 };`,
      output: null,
      errors: [{ messageId: 'piiLoggingEnabled', line: 2, column: 25 }],
    },
    {
      // passport-azure-ad, CommonJS.
      code: `const { BearerStrategy } = require('passport-azure-ad');
passport.use(new BearerStrategy({ identityMetadata, clientID, audience, loggingLevel: 'info', loggingNoPII: false }, verify));`,
      output: `const { BearerStrategy } = require('passport-azure-ad');
passport.use(new BearerStrategy({ identityMetadata, clientID, audience, loggingLevel: 'info', loggingNoPII: true }, verify));`,
      errors: [
        {
          messageId: 'piiLoggingEnabled',
          data: { setting: 'loggingNoPII: false', library: 'passport-azure-ad', detail: 'tokens, claims and request parameters', safe: 'true' },
          line: 2,
          column: 95,
        },
      ],
    },
    {
      // passport-azure-ad configuration module.
      code: `exports.creds = {
  identityMetadata: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  'loggingNoPII': false,
};`,
      output: `exports.creds = {
  identityMetadata: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
  clientID: process.env.CLIENT_ID,
  'loggingNoPII': true,
};`,
      errors: [{ messageId: 'piiLoggingEnabled', line: 4, column: 3 }],
    },
    {
      // @azure/identity: both support-logging switches.
      code: `import { DefaultAzureCredential } from '@azure/identity';
const credential = new DefaultAzureCredential({
  loggingOptions: { allowLoggingAccountIdentifiers: true, enableUnsafeSupportLogging: true },
});`,
      output: `import { DefaultAzureCredential } from '@azure/identity';
const credential = new DefaultAzureCredential({
  loggingOptions: { allowLoggingAccountIdentifiers: false, enableUnsafeSupportLogging: false },
});`,
      errors: [
        { messageId: 'piiLoggingEnabled', data: { setting: 'allowLoggingAccountIdentifiers: true', library: '@azure/identity', detail: 'the user principal name, object ID and tenant ID of each account', safe: 'false' }, line: 3, column: 21 },
        { messageId: 'piiLoggingEnabled', line: 3, column: 59 },
      ],
    },
    {
      // The Azure SDK request log told to keep the Authorization header.
      code: `const client = new SecretClient(vaultUrl, credential, {
  loggingOptions: { additionalAllowedHeaderNames: ['x-ms-request-id', 'Authorization'] },
});`,
      output: `const client = new SecretClient(vaultUrl, credential, {
  loggingOptions: { additionalAllowedHeaderNames: ['x-ms-request-id'] },
});`,
      errors: [{ messageId: 'credentialHeaderLogged', data: { header: 'Authorization' }, line: 2, column: 71, endColumn: 86 }],
    },
    {
      code: `const LOGGED_HEADERS = ['authorization'];
const options = { loggingOptions: { additionalAllowedHeaderNames: LOGGED_HEADERS } };`,
      output: `const LOGGED_HEADERS = [];
const options = { loggingOptions: { additionalAllowedHeaderNames: LOGGED_HEADERS } };`,
      errors: [{ messageId: 'credentialHeaderLogged', line: 1, column: 25 }],
    },
    {
      // koa-jwt `debug: true`: a suggestion, not a fix.
      code: `import Koa from 'koa';
import jwt from 'koa-jwt';
const app = new Koa();
app.use(jwt({ secret: publicKey, algorithms: ['RS256'], debug: true }).unless({ path: [/^\\/public/] }));`,
      output: null,
      errors: [
        {
          messageId: 'verboseAuthErrors',
          line: 4,
          column: 57,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'removeSetting',
              data: { setting: 'debug: true' },
              output: `import Koa from 'koa';
import jwt from 'koa-jwt';
const app = new Koa();
app.use(jwt({ secret: publicKey, algorithms: ['RS256'] }).unless({ path: [/^\\/public/] }));`,
            },
          ],
        },
      ],
    },
    {
      // koa-jwt options held in a const, CommonJS.
      code: `const koaJwt = require('koa-jwt');
const jwtOptions = { secret: process.env.JWT_PUBLIC_KEY, debug: true };
router.use(koaJwt(jwtOptions));`,
      output: null,
      errors: [
        {
          messageId: 'verboseAuthErrors',
          line: 2,
          column: 58,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `const koaJwt = require('koa-jwt');
const jwtOptions = { secret: process.env.JWT_PUBLIC_KEY };
router.use(koaJwt(jwtOptions));`,
            },
          ],
        },
      ],
    },
    {
      // A token response's access token, straight to the console.
      code: `const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
console.log('Access token:', result.accessToken);`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: ACCESS, line: 2, column: 30, endColumn: 48 }],
    },
    {
      // The whole token response.
      code: `const response = await cca.acquireTokenByCode(tokenRequest);
console.log('\\nResponse: \\n:', response);`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: RESPONSE, line: 2, column: 32 }],
    },
    {
      code: `instance.acquireTokenSilent(request).then((tokenResult) => { console.log(tokenResult); });`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: RESPONSE, line: 1, column: 74 }],
    },
    {
      code: `pca.acquireTokenByDeviceCode(request).then((res) => console.log(JSON.stringify(res)));`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: RESPONSE, line: 1, column: 80 }],
    },
    {
      // A template literal: the embedded expression is reported.
      code: 'logger.info(`Calling Graph with Bearer ${accessToken}`);',
      output: null,
      errors: [{ messageId: 'tokenLogged', data: ACCESS, line: 1, column: 42, endColumn: 53 }],
    },
    {
      // Objects logged by pino / bunyan: the property value is reported.
      code: `this.logger.debug({ user: account.username, token: accessToken }, 'token acquired');`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: ACCESS, line: 1, column: 52 }],
    },
    {
      code: `const log = logger.child({ requestId, accessToken });`,
      output: null,
      errors: [{ messageId: 'tokenLogged', line: 1, column: 39 }],
    },
    {
      code: `console.error('refresh failed', { refreshToken, error });`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: { what: 'a refresh token' }, line: 1, column: 35 }],
    },
    {
      // Authorization headers, Express and Fastify.
      code: `app.use((req, res, next) => {
  req.log.info({ authorization: req.headers.authorization }, 'incoming request');
  next();
});`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: AUTHORIZATION, line: 2, column: 33, endColumn: 58 }],
    },
    {
      code: `fastify.addHook('onRequest', async (request) => { request.log.debug(request.headers['authorization']); });`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: AUTHORIZATION, line: 1, column: 69 }],
    },
    {
      code: `console.log('auth', req.get('Authorization'), req.header('authorization'));`,
      output: null,
      errors: [
        { messageId: 'tokenLogged', data: AUTHORIZATION, line: 1, column: 21 },
        { messageId: 'tokenLogged', data: AUTHORIZATION, line: 1, column: 47 },
      ],
    },
    {
      // Next.js route handler, TypeScript.
      code: `import { headers } from 'next/headers';
export async function GET(request: Request): Promise<Response> {
  const auth = request.headers.get('authorization') as string;
  console.debug('auth header', auth);
  return Response.json({ ok: true });
}`,
      filename: 'app/api/me/route.ts',
      output: null,
      errors: [{ messageId: 'tokenLogged', data: AUTHORIZATION, line: 4, column: 32 }],
    },
    {
      // The token cut out of the header, then logged.
      code: `const authHeader = req.headers.authorization ?? '';
const token = authHeader.split(' ')[1];
logger.warn('token rejected: ' + token);`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: { what: 'a bearer token' }, line: 3, column: 34 }],
    },
    {
      code: `const bearer = req.headers.authorization.replace(/^Bearer /u, '');
debug('verifying %s', bearer);`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: { what: 'a bearer token' }, line: 2, column: 23 }],
    },
    {
      // Whatever follows the Bearer scheme is a bearer token, whatever its name.
      code: 'const header = `Bearer ${token}`;\nlogger.debug(`calling ${url}`, header);',
      output: null,
      errors: [{ messageId: 'tokenLogged', data: { what: 'a bearer token' }, line: 2, column: 32 }],
    },
    {
      code: `console.log('Authorization: Bearer ' + jwt);`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: { what: 'a bearer token' }, line: 1, column: 40, endColumn: 43 }],
    },
    {
      code: `const authorization = req.headers['authorization'].split(' ');
console.log(authorization[1]);`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: { what: 'a bearer token' }, line: 2, column: 13 }],
    },
    {
      // A parameter or destructured header named \`authorization\`.
      code: `export function readClaims(authorization: string | undefined): void {
  console.log('authorization', authorization);
}`,
      filename: 'claims.ts',
      output: null,
      errors: [{ messageId: 'tokenLogged', data: AUTHORIZATION, line: 2, column: 32 }],
    },
    {
      // Every request header.
      code: `app.use((req, res, next) => { console.log('headers', req.headers); next(); });`,
      output: null,
      errors: [{ messageId: 'requestHeadersLogged', data: { what: 'every request header, `Authorization` and `Cookie` included' }, line: 1, column: 54 }],
    },
    {
      code: `router.use(async (ctx, next) => { ctx.logger.info(\`headers \${JSON.stringify(ctx.request.headers)}\`); await next(); });`,
      output: null,
      errors: [{ messageId: 'requestHeadersLogged', line: 1, column: 77 }],
    },
    {
      // @azure/identity access tokens.
      code: `import { DefaultAzureCredential } from '@azure/identity';
const credential = new DefaultAzureCredential();
const { token } = await credential.getToken('https://graph.microsoft.com/.default');
logger.debug('graph token', token);`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: ACCESS, line: 4, column: 29 }],
    },
    {
      code: `const identity = require('@azure/identity');
const mi = new identity.ManagedIdentityCredential({ clientId });
mi.getToken('https://vault.azure.net/.default').then((accessTokenResult) => console.log(accessTokenResult));`,
      output: null,
      errors: [{ messageId: 'tokenLogged', line: 3, column: 89 }],
    },
    {
      code: `async function probe(credential: TokenCredential): Promise<void> {
  console.log((await credential.getToken(scope))?.token);
}`,
      filename: 'probe.ts',
      output: null,
      errors: [{ messageId: 'tokenLogged', data: ACCESS, line: 2, column: 15 }],
    },
    {
      // winston, snake_case from a raw token response, and two tokens in one call.
      code: `const { data } = await axios.post(tokenUrl, body);
logger.log('info', 'tokens', data.access_token, data.id_token);`,
      output: null,
      errors: [
        { messageId: 'tokenLogged', data: ACCESS, line: 2, column: 30 },
        { messageId: 'tokenLogged', data: { what: 'an ID token' }, line: 2, column: 49 },
      ],
    },
    {
      // NestJS service, TypeScript.
      code: `import { Injectable, Logger } from '@nestjs/common';
@Injectable()
export class GraphService {
  private readonly logger = new Logger(GraphService.name);
  async call(tokenResponse: TokenResponse): Promise<void> {
    this.logger.log(\`Token: \${tokenResponse.access_token}\`);
  }
}`,
      filename: 'graph.service.ts',
      output: null,
      errors: [{ messageId: 'tokenLogged', data: ACCESS, line: 6, column: 31 }],
    },
    {
      // A fallback still logs the token when there is one.
      code: `console.log('id token', idToken || 'none', session.refreshToken ?? '');`,
      output: null,
      errors: [
        { messageId: 'tokenLogged', data: { what: 'an ID token' }, line: 1, column: 25 },
        { messageId: 'tokenLogged', data: { what: 'a refresh token' }, line: 1, column: 44 },
      ],
    },
    {
      // Development guards count only when the option says so.
      code: `if (process.env.NODE_ENV !== 'production') { console.log('token', accessToken); }`,
      options: [{ ignoreDevelopmentGuards: false }],
      output: null,
      errors: [{ messageId: 'tokenLogged', line: 1, column: 67 }],
    },
    {
      code: `const config = isLocal ? { system: { loggerOptions: { piiLoggingEnabled: true } } } : prodConfig;`,
      options: [{ ignoreDevelopmentGuards: false }],
      output: `const config = isLocal ? { system: { loggerOptions: { piiLoggingEnabled: false } } } : prodConfig;`,
      errors: [{ messageId: 'piiLoggingEnabled', line: 1, column: 55 }],
    },
    {
      // Logger names in any case, and names that only end in the word: the cheap tests before `isLoggerName` let them by.
      code: `CONSOLE.error(accessToken);
myAppLOGGER.info(accessToken);
_log_error(accessToken);
LOG_INFO(accessToken);`,
      output: null,
      errors: [
        { messageId: 'tokenLogged', data: ACCESS, line: 1, column: 15 },
        { messageId: 'tokenLogged', data: ACCESS, line: 2, column: 18 },
        { messageId: 'tokenLogged', data: ACCESS, line: 3, column: 12 },
        { messageId: 'tokenLogged', data: ACCESS, line: 4, column: 10 },
      ],
    },
    {
      // The Kelvin sign lower-cases to `k`: this name holds the word `token` without spelling `oken`.
      code: `console.log(accessTo\u212Aen);`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: ACCESS, line: 1, column: 13 }],
    },
    {
      // A computed key and a value that is a boolean only once worked out.
      code: `const KEY = 'pii' + 'LoggingEnabled'; loggerOptions[KEY] = !0;`,
      output: null,
      errors: [{ messageId: 'piiLoggingEnabled', line: 1, column: 39 }],
    },
    {
      // The file gates keep names reached through constants: a switch and the header list as computed keys, the Bearer
      // scheme and a header name held in constants.
      code: `const SUPPORT_LOGGING = 'enableUnsafeSupportLogging';
const credentialOptions = { loggingOptions: { [SUPPORT_LOGGING]: true } };`,
      output: `const SUPPORT_LOGGING = 'enableUnsafeSupportLogging';
const credentialOptions = { loggingOptions: { [SUPPORT_LOGGING]: false } };`,
      errors: [{ messageId: 'piiLoggingEnabled', data: { setting: '[SUPPORT_LOGGING]: true', library: '@azure/identity', detail: "MSAL's personal-data log lines", safe: 'false' }, line: 2, column: 47 }],
    },
    {
      code: `const HEADER_LIST = 'additionalAllowedHeaderNames';
const clientOptions = { loggingOptions: { [HEADER_LIST]: ['Cookie'] } };`,
      output: `const HEADER_LIST = 'additionalAllowedHeaderNames';
const clientOptions = { loggingOptions: { [HEADER_LIST]: [] } };`,
      errors: [{ messageId: 'credentialHeaderLogged', data: { header: 'Cookie' }, line: 2, column: 59 }],
    },
    {
      code: `const SCHEME = 'Bearer ';
logger.debug(SCHEME + credentials);`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: { what: 'a bearer token' }, line: 2, column: 23, endColumn: 34 }],
    },
    {
      code: `const HEADER = 'Proxy-Authorization';
console.warn(request.get(HEADER));`,
      output: null,
      errors: [{ messageId: 'tokenLogged', data: AUTHORIZATION, line: 2, column: 14 }],
    },
    {
      // \`pass\` ends a name before any character that is no ASCII letter or digit, the long s (\`ſ\`) included.
      code: `console.log(smtp_pass\u017F);`,
      output: null,
      errors: [{ messageId: 'secretLogged', data: PASSWORD, line: 1, column: 13 }],
    },
  ],
});
