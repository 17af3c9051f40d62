import { describe, expect, it } from 'vitest';
import {
  isExactPrefix,
  isExactSuffix,
  isOAuthContextText,
  isQueryHolderName,
  isSensitiveName,
  isValidatorName,
  isWorkerPath,
  nameWords,
  regexOriginMatch,
} from '../../src/models/message-origin';

describe('nameWords', () => {
  it.each([
    ['accessToken', ['access', 'token']],
    ['API_KEY', ['api', 'key']],
    ['x-auth-token', ['x', 'auth', 'token']],
    ['JWTSecret', ['jwt', 'secret']],
    ['id_token2', ['id', 'token2']],
    ['sessionID', ['session', 'id']],
    ['', []],
  ])('%s', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

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

describe('regexOriginMatch', () => {
  it.each([
    String.raw`^https:\/\/app\.example\.com$`,
    String.raw`^https:\/\/(app|admin)\.example\.com$`,
    String.raw`^https:\/\/([a-z\d-]+\.)?example\.com$`,
    String.raw`^https:\/\/a\.com$|^https:\/\/b\.com$`,
    String.raw`^https:\/\/[a.]+\.example\.com$`,
  ])('%s is exact', (source) => {
    expect(regexOriginMatch(source)).toBe('exact');
  });

  it.each([
    String.raw`app\.example\.com`,
    String.raw`^https:\/\/app\.example\.com`,
    String.raw`https:\/\/app\.example\.com$`,
    String.raw`^https:\/\/a\.com|b\.com$`,
    String.raw`^https:\/\/app.example.com$`,
    String.raw`^https:\/\/app\.example\.com\$`,
  ])('%s is partial', (source) => {
    expect(regexOriginMatch(source)).toBe('partial');
  });
});

describe('isExactPrefix and isExactSuffix', () => {
  it('accepts a prefix that ends at the host', () => {
    expect(isExactPrefix('https://app.example.com/')).toBe(true);
    expect(isExactPrefix('http://localhost:')).toBe(true);
    expect(isExactPrefix('https://app.example.com')).toBe(false);
    expect(isExactPrefix('https://')).toBe(false);
    expect(isExactPrefix('app.example.com/')).toBe(false);
  });

  it('accepts a suffix that starts at a label boundary', () => {
    expect(isExactSuffix('.example.com')).toBe(true);
    expect(isExactSuffix('//example.com')).toBe(true);
    expect(isExactSuffix('example.com')).toBe(false);
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
