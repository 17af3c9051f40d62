import { describe, expect, it } from 'vitest';
import {
  isIdentityDecoratorName,
  isIdentityGetterKey,
  isIdentityHelperName,
  isIdentityPath,
  isMachineAuthName,
  isRequestParameterName,
  isRequestTypeName,
  isRouterName,
  isUserAuthNames,
  isUserTokenHeader,
} from '../../src/models/request-identity';

describe('request parameters', () => {
  it('knows request names and types', () => {
    expect(['req', 'request', 'ctx', '_req'].every(isRequestParameterName)).toBe(true);
    expect(['res', 'job', 'event', 'context', 'options'].some(isRequestParameterName)).toBe(false);
    expect(['Request', 'NextRequest', 'FastifyRequest', 'HttpRequest', 'Context', 'IncomingMessage'].every(isRequestTypeName)).toBe(true);
    expect(['Response', 'InvocationContext', 'Job', 'RequestInit'].some(isRequestTypeName)).toBe(false);
    // msal-node's token request types are not HTTP requests.
    expect(['ClientCredentialRequest', 'OnBehalfOfRequest', 'SilentFlowRequest', 'AuthorizationCodeRequest', 'RedirectRequest'].some(isRequestTypeName)).toBe(false);
    expect(['AuthenticatedRequest', 'ExpressRequest', 'NextApiRequest'].every(isRequestTypeName)).toBe(true);
  });
});

describe('user token headers and paths', () => {
  it('knows the headers that carry the user', () => {
    expect(isUserTokenHeader('Authorization')).toBe(true);
    expect(isUserTokenHeader('X-MS-CLIENT-PRINCIPAL')).toBe(true);
    expect(isUserTokenHeader('x-ms-token-aad-access-token')).toBe(true);
    expect(isUserTokenHeader('x-api-key')).toBe(false);
    expect(isUserTokenHeader('content-type')).toBe(false);
    expect(isIdentityGetterKey('jwtPayload')).toBe(true);
    expect(isIdentityGetterKey('user-agent')).toBe(false);
  });

  it.each([
    [['user']],
    [['user', 'oid']],
    [['auth', 'payload', 'sub']],
    [['authInfo']],
    [['state', 'user']],
    [['locals', 'claims', 'sub']],
    [['jwtVerify']],
    [['requestContext', 'authorizer', 'claims']],
  ])('%j reaches the user', (path) => {
    expect(isIdentityPath(path)).toBe(true);
  });

  it.each([[[]], [['body', 'user']], [['state']], [['locals', 'requestId']], [['params', 'userId']], [['userAgent']]])('%j does not', (path) => {
    expect(isIdentityPath(path)).toBe(false);
  });
});

describe('isUserAuthNames', () => {
  it.each([
    [['checkJwt']],
    [['requiresAuth']],
    [['auth']],
    [['expressjwt']],
    [['authenticate', 'passport', 'oauth-bearer']],
    [['JwtAuthGuard']],
    [['AuthGuard', 'jwt']],
    [['validateAccessToken']],
    [['requiredScopes']],
    [['scopeIncludesAny']],
    [['ensureLoggedIn']],
    [['isAuthenticated']],
    [['authenticate', 'fastify']],
  ])('%j authenticates the user', (names) => {
    expect(isUserAuthNames(names)).toBe(true);
  });

  it.each([
    [['apiKeyAuth']],
    [['authenticate', 'passport', 'headerapikey']],
    [['basicAuth']],
    [['verifyWebhookSignature']],
    [['csrfProtection']],
    [['verifyCsrfToken']],
    [['m2mAuth']],
    [['AuthGuard', 'api-key']],
    [['rateLimit']],
    [['cors']],
    [['scopePerRequest']],
    [['json', 'express']],
    [['initialize', 'passport']],
    [['author']],
  ])('%j does not', (names) => {
    expect(isUserAuthNames(names)).toBe(false);
  });

  it('tells machine authentication apart', () => {
    expect(isMachineAuthName('basic')).toBe(true);
    expect(isMachineAuthName('hmac-sha256')).toBe(true);
    expect(isMachineAuthName('azuread')).toBe(false);
  });

  it('tells routers apart from middleware', () => {
    expect(isRouterName('authRouter')).toBe(true);
    expect(isRouterName('AuthController')).toBe(true);
    expect(isRouterName('checkJwt')).toBe(false);
  });
});

describe('identity helpers and decorators', () => {
  it.each(['getToken', 'getServerSession', 'getAuth', 'getUserFromRequest', 'extractBearerToken', 'getClaims'])('%s pulls the user out of a request', (name) => {
    expect(isIdentityHelperName(name)).toBe(true);
  });

  it.each(['getUserAgent', 'parseBody', 'validateCsrfToken', 'logRequest', 'verifyWebhookToken', 'acquireTokenByClientCredential', 'getAppToken'])('%s does not', (name) => {
    expect(isIdentityHelperName(name)).toBe(false);
  });

  it('knows NestJS identity decorators', () => {
    expect(['User', 'CurrentUser', 'AuthUser', 'Claims', 'Principal'].every(isIdentityDecoratorName)).toBe(true);
    expect(['Body', 'Param', 'Query', 'Req', 'Session'].some(isIdentityDecoratorName)).toBe(false);
  });
});
