/**
 * Knowledge about how server request handlers are registered (express and its routers, koa, fastify, hapi,
 * NestJS, Next.js route handlers, Azure Functions) and how a handler learns that it serves a signed-in user:
 * the headers that carry the user's token, the request properties authentication middleware fills in, and the
 * names that authentication middleware, guards and token helpers go by. No ESLint dependency.
 */
import { nameWords } from '../utils/name-words';

// ---------------------------------------------------------------------------------------------------------------
// Registration.

/** `app.get(path, ...handlers)`, `router.use(...)`, `fastify.post(path, opts, handler)`, koa-router, `app.route(p).get()`. */
export const ROUTE_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options', 'use']);

/** Methods that take a route configuration object with a `handler`: fastify/hapi `route`, Azure Functions `app.http`/`app.get`… */
export const ROUTE_CONFIG_METHODS: ReadonlySet<string> = new Set(['route', 'http', 'get', 'post', 'put', 'patch', 'delete', 'deleteRequest']);

/** The key of a route configuration object that holds the handler. */
export const HANDLER_KEY = 'handler';

/** Keys under which hapi nests the handler and its settings: `{ method, path, options: { auth, handler } }`. */
export const ROUTE_SETTINGS_KEYS: ReadonlySet<string> = new Set(['options', 'config']);

/** Route-level hooks that run before the handler: fastify `onRequest`/`preHandler`…, hapi `pre`. */
export const ROUTE_HOOK_KEYS: ReadonlySet<string> = new Set(['onRequest', 'preHandler', 'preValidation', 'preParsing', 'beforeHandler', 'pre']);

/** hapi's route setting that names the authentication strategy (`false` turns it off). */
export const ROUTE_AUTH_KEY = 'auth';

/** Hooks of HTTP clients (got, ky, axios) that see an *outgoing* request: a function there is never a handler. */
export const OUTGOING_HOOK_KEYS: ReadonlySet<string> = new Set([
  'beforeRequest',
  'beforeRetry',
  'beforeRedirect',
  'beforeError',
  'afterResponse',
  'transformRequest',
]);

/** The member of a client that holds its outgoing interceptors: `axios.interceptors.request.use(fn)`. */
export const INTERCEPTORS_KEY = 'interceptors';

/** NestJS (and routing-controllers) method decorators that make a method a route handler. */
export const ROUTE_DECORATORS: ReadonlySet<string> = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head', 'Search']);

/** NestJS's decorator that attaches guards to a controller or a handler. */
export const GUARDS_DECORATOR = 'UseGuards';

/** Next.js App Router route handlers are exported under the HTTP method's name. */
export const ROUTE_HANDLER_EXPORTS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Names a handler's request (or koa context) parameter goes by. */
const REQUEST_PARAMETER_NAMES: ReadonlySet<string> = new Set(['req', 'request', 'ctx', '_req', '_request', '_ctx']);

/** Type names of a request or context parameter, beyond any name that ends in `Request`. */
const REQUEST_TYPE_NAMES: ReadonlySet<string> = new Set([
  'Context',
  'ParameterizedContext',
  'RouterContext',
  'IncomingMessage',
  'APIGatewayProxyEvent',
  'APIGatewayProxyEventV2',
  'APIGatewayProxyEventV2WithJWTAuthorizer',
  'APIGatewayRequestAuthorizerEvent',
  'APIGatewayRequestAuthorizerEventV2',
  'ALBEvent',
  'LambdaFunctionURLEvent',
  'HandlerEvent',
]);

/** True for a parameter name that denotes the incoming request: `req`, `request`, `ctx`. */
export function isRequestParameterName(name: string): boolean {
  return REQUEST_PARAMETER_NAMES.has(name);
}

/**
 * Words of `…Request` types that describe a token request rather than an incoming HTTP request: msal-node's
 * `ClientCredentialRequest`, `OnBehalfOfRequest`, `SilentFlowRequest`, `AuthorizationCodeRequest`, `RedirectRequest`…
 */
const TOKEN_REQUEST_TYPE_WORDS: ReadonlySet<string> = new Set([
  'token',
  'client',
  'credential',
  'credentials',
  'behalf',
  'silent',
  'flow',
  'authorization',
  'code',
  'device',
  'password',
  'refresh',
  'redirect',
  'popup',
  'interactive',
  'session',
  'url',
  'sso',
]);

/**
 * True for the type of an OAuth token request object, not an HTTP request: MSAL's `SilentRequest`,
 * `AuthorizationUrlRequest`, `ClientCredentialRequest`, `RefreshTokenRequest`, `DeviceCodeRequest`. A parameter
 * named `request` with such a type carries the app's own token request.
 */
export function isTokenRequestTypeName(name: string): boolean {
  return name.endsWith('Request') && nameWords(name).some((word) => TOKEN_REQUEST_TYPE_WORDS.has(word));
}

/** True for a parameter type that denotes the incoming request: `Request`, `NextRequest`, `FastifyRequest`, koa `Context`. */
export function isRequestTypeName(name: string): boolean {
  if (REQUEST_TYPE_NAMES.has(name)) return true;
  return name.endsWith('Request') && !nameWords(name).some((word) => TOKEN_REQUEST_TYPE_WORDS.has(word));
}

// ---------------------------------------------------------------------------------------------------------------
// What the handler reads about the user.

/**
 * Request headers (lower case) that carry the signed-in user's token or identity: `Authorization`, and the
 * headers App Service authentication ("Easy Auth") injects.
 */
const USER_TOKEN_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'x-ms-token-aad-access-token',
  'x-ms-token-aad-id-token',
  'x-ms-client-principal',
  'x-ms-client-principal-id',
  'x-ms-client-principal-name',
]);

/** True for a header that carries the user's token or identity. */
export function isUserTokenHeader(name: string): boolean {
  return USER_TOKEN_HEADERS.has(name.toLowerCase());
}

/** Properties that hold the request headers: `req.headers`, `ctx.request.header`. */
export const HEADER_CONTAINERS: ReadonlySet<string> = new Set(['headers', 'header']);

/** Methods that read one request header: `req.get('authorization')`, `req.header(...)`, `request.headers.get(...)`. */
export const HEADER_GETTERS: ReadonlySet<string> = new Set(['get', 'header', 'getHeader']);

/** Context values that authentication middleware stores: hono's `c.get('jwtPayload')`. */
const IDENTITY_CONTEXT_KEYS: ReadonlySet<string> = new Set(['jwtPayload']);

/** True for a key read through a getter that yields the user's token or identity (a header or a context value). */
export function isIdentityGetterKey(key: string): boolean {
  return isUserTokenHeader(key) || IDENTITY_CONTEXT_KEYS.has(key);
}

/**
 * Property paths, from a handler parameter, that authentication middleware fills with the user's identity:
 * passport/express-jwt `req.user`, express-oauth2-jwt-bearer/express-jwt v7 `req.auth`, passport-azure-ad
 * `req.authInfo`, keycloak-connect `req.kauth`, express-openid-connect `req.oidc`, koa-jwt `ctx.state.user`,
 * `res.locals.user`, hapi `request.auth`, fastify-jwt `request.jwtVerify()`, API Gateway authorizers.
 */
const IDENTITY_PATHS: readonly (readonly string[])[] = [
  ['user'],
  ['auth'],
  ['authInfo'],
  ['kauth'],
  ['oidc'],
  ['claims'],
  ['principal'],
  ['identity'],
  ['jwtVerify'],
  ['jwtDecode'],
  ['state', 'user'],
  ['state', 'auth'],
  ['state', 'jwtdata'],
  ['state', 'claims'],
  ['request', 'user'],
  ['request', 'auth'],
  ['locals', 'user'],
  ['locals', 'auth'],
  ['locals', 'claims'],
  ['locals', 'jwt'],
  ['locals', 'principal'],
  ['locals', 'identity'],
  ['locals', 'token'],
  ['locals', 'accessToken'],
  ['requestContext', 'authorizer'],
];

/** True when `path` (property names from a handler parameter) starts with a property that holds the user's identity. */
export function isIdentityPath(path: readonly string[]): boolean {
  return IDENTITY_PATHS.some((prefix) => prefix.length <= path.length && prefix.every((key, index) => path[index] === key));
}

// ---------------------------------------------------------------------------------------------------------------
// Names of authentication middleware, guards, decorators and helpers.

/** Words that name user authentication: `checkJwt`, `requiresAuth`, `passport.authenticate`, `JwtAuthGuard`, `validateAccessToken`. */
const USER_AUTH_WORDS: ReadonlySet<string> = new Set([
  'auth',
  'authn',
  'authz',
  'authenticate',
  'authenticated',
  'authentication',
  'authenticator',
  'authorize',
  'authorized',
  'authorization',
  'authguard',
  'bearer',
  'token',
  'tokens',
  'oauth',
  'oauth2',
  'oidc',
  'openid',
  'openidconnect',
  'azuread',
  'entra',
  'msal',
  'scopes',
]);

/** Fragments that mark authentication as a user's whatever words surround them: `expressjwt`, `koaJwt`, `oauth-bearer`. */
const USER_AUTH_FRAGMENTS: readonly string[] = ['jwt', 'bearer', 'oauth', 'oidc'];

/**
 * Words that mark authentication of a machine or a message, not of a user (`apiKeyAuth`, `verifyWebhookSignature`,
 * `m2mAuth`, `basicAuth`, `csrfProtection`; also the pairs `api key`, `client credentials`, `service auth|token`): such middleware says nothing about a signed-in user.
 */
const NON_USER_WORDS: ReadonlySet<string> = new Set([
  'apikey',
  'hmac',
  'webhook',
  'webhooks',
  'signature',
  's2s',
  'm2m',
  'machine',
  'daemon',
  'basic',
  'csrf',
  'xsrf',
  'cert',
  'certificate',
  'mtls',
  'anonymous',
  'public',
]);

const NON_USER_FRAGMENTS: readonly string[] = ['apikey', 'hmac', 'webhook', 'csrf'];

function hasSequence(words: readonly string[], sequence: readonly string[]): boolean {
  for (let index = 0; index + sequence.length <= words.length; index += 1) {
    if (sequence.every((word, offset) => words[index + offset] === word)) return true;
  }
  return false;
}

function isNonUserWords(words: readonly string[]): boolean {
  return (
    words.some((word) => NON_USER_WORDS.has(word) || NON_USER_FRAGMENTS.some((fragment) => word.includes(fragment))) ||
    hasSequence(words, ['api', 'key']) ||
    hasSequence(words, ['client', 'credentials']) ||
    hasSequence(words, ['service', 'auth']) ||
    hasSequence(words, ['service', 'token'])
  );
}

function isUserAuthWords(words: readonly string[]): boolean {
  return (
    words.some((word) => USER_AUTH_WORDS.has(word) || USER_AUTH_FRAGMENTS.some((fragment) => word.includes(fragment))) ||
    hasSequence(words, ['logged', 'in']) ||
    hasSequence(words, ['signed', 'in']) ||
    hasSequence(words, ['scope', 'includes'])
  );
}

/** True for a name of machine or message authentication (`basic`, `apiKey`, `hmac`, `webhook`), never a user's. */
export function isMachineAuthName(name: string): boolean {
  return isNonUserWords(nameWords(name));
}

/**
 * True when the names that make up a middleware, guard or wrapper expression (`passport`, `authenticate`,
 * `oauth-bearer`; `checkJwt`; `requiredScopes`; `AuthGuard`, `jwt`) name user authentication and none of them
 * names machine or message authentication.
 */
export function isUserAuthNames(names: readonly string[]): boolean {
  const words = names.flatMap((name) => nameWords(name));
  return !isNonUserWords(words) && isUserAuthWords(words);
}

/** Last words of a name that denotes a router or a set of routes, not a middleware: `authRouter`, `authRoutes`, `AuthController`. */
const ROUTER_WORDS: ReadonlySet<string> = new Set(['router', 'routers', 'routes', 'route', 'controller', 'controllers', 'handlers', 'module', 'app', 'api']);

/** True for a name that denotes a router or a module of routes (`app.use(authRouter)` mounts the login routes, it guards nothing). */
export function isRouterName(name: string): boolean {
  const last = nameWords(name).at(-1);
  return last !== undefined && ROUTER_WORDS.has(last);
}

/** Words of a helper that pulls the user's token or identity out of a request: `getToken({ req })`, `getAuth(req)`, `getUserFromRequest(req)`. */
const IDENTITY_HELPER_WORDS: ReadonlySet<string> = new Set([...USER_AUTH_WORDS, 'user', 'claims', 'principal', 'identity', 'session']);

/** Words of helpers that fetch the app's own token, whatever they are given: `acquireTokenByClientCredential`, `getAppToken`. */
const APP_TOKEN_HELPER_WORDS: ReadonlySet<string> = new Set(['acquire', 'app', 'application', 'client', 'credential', 'credentials']);

/** True for the name of a function that, given the request, returns the user's token, session or claims. */
export function isIdentityHelperName(name: string): boolean {
  const words = nameWords(name);
  if (isNonUserWords(words) || hasSequence(words, ['user', 'agent'])) return false;
  if (words.some((word) => APP_TOKEN_HELPER_WORDS.has(word))) return false;
  return words.some((word) => IDENTITY_HELPER_WORDS.has(word) || USER_AUTH_FRAGMENTS.some((fragment) => word.includes(fragment)));
}

/** True for a NestJS parameter decorator that injects the user or their token: `@User()`, `@CurrentUser()`, `@AuthUser()`, `@Claims()`. */
export function isIdentityDecoratorName(name: string): boolean {
  const words = nameWords(name);
  return !isNonUserWords(words) && words.some((word) => IDENTITY_HELPER_WORDS.has(word) && word !== 'session');
}
