import { describe, expect, it } from 'vitest';
import { isOAuthContextText, isQueryHolderName, isSensitiveName, isValidatorName, isWorkerPath } from '../../src/models/message-origin';

describe('isSensitiveName', () => {
  it.each([
    'token',
    'accessToken',
    'refresh_token',
    'idToken',
    'csrfToken',
    'authToken',
    'auth',
    'authData',
    'authCode',
    'jwt',
    'password',
    'clientSecret',
    'credentials',
    'apiKey',
    'API_KEY',
    'apikey',
    'privateKey',
    'sessionId',
    'session',
    'cookie',
    'tokenResponse',
    'getAccessToken',
    'bearer',
  ])('%s is a secret', (name) => {
    expect(isSensitiveName(name)).toBe(true);
  });

  it.each([
    'tokenUrl',
    'tokenEndpoint',
    'sessionStorage',
    'authProvider',
    'authenticated',
    'isAuthenticated',
    'hasToken',
    'showPassword',
    'passwordStrength',
    'setToken',
    'onToken',
    'key',
    'code',
    'keyCode',
    'statusCode',
    'tokenizer',
    'user',
  ])('%s is not', (name) => {
    expect(isSensitiveName(name)).toBe(false);
  });
});

describe('isOAuthContextText and isQueryHolderName', () => {
  it('recognizes the words around an OAuth code', () => {
    expect(isOAuthContextText('oauth-callback')).toBe(true);
    expect(isOAuthContextText('THREADS_OAUTH_RESULT')).toBe(true);
    expect(isOAuthContextText('state')).toBe(true);
    expect(isOAuthContextText('redirect_uri')).toBe(true);
    expect(isOAuthContextText('error')).toBe(false);
    expect(isOAuthContextText('resize')).toBe(false);
  });

  it('recognizes a query string holder', () => {
    expect(isQueryHolderName('params')).toBe(true);
    expect(isQueryHolderName('url.searchParams')).toBe(true);
    expect(isQueryHolderName('req.query')).toBe(true);
    expect(isQueryHolderName('error')).toBe(false);
  });
});

describe('isValidatorName', () => {
  it.each(['isTrustedOrigin', 'validateOrigin', 'checkOrigin', 'originAllowed', 'isSameOrigin', 'assertKnownSender', 'matchesOrigin'])(
    '%s validates',
    (name) => {
      expect(isValidatorName(name)).toBe(true);
    },
  );

  it.each(['normalizeOrigin', 'getOrigin', 'handle', 'dispatch', 'log'])('%s does not', (name) => {
    expect(isValidatorName(name)).toBe(false);
  });
});

describe('isWorkerPath', () => {
  it.each(['src/workers/parse.ts', 'image.worker.js', 'public/sw.js', 'service-worker.ts', 'app-sw.mjs'])('%s is a worker', (path) => {
    expect(isWorkerPath(path)).toBe(true);
  });

  it.each(['src/app.ts', 'swagger.js', 'src/answer.ts', 'C:\\app\\main.js'])('%s is not', (path) => {
    expect(isWorkerPath(path)).toBe(false);
  });
});
