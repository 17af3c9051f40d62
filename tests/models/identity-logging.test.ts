import { describe, expect, it } from 'vitest';
import { isCredentialName, isLogFunctionName, isLoggerName, nameWords, tokenKindOfName } from '../../src/models/identity-logging';

describe('nameWords', () => {
  it('splits camelCase, snake_case, SCREAMING_CASE, kebab-case and acronyms', () => {
    expect(nameWords('accessToken')).toEqual(['access', 'token']);
    expect(nameWords('access_token')).toEqual(['access', 'token']);
    expect(nameWords('ACCESS_TOKEN')).toEqual(['access', 'token']);
    expect(nameWords('x-access-token')).toEqual(['x', 'access', 'token']);
    expect(nameWords('IDToken')).toEqual(['id', 'token']);
    expect(nameWords('userIDToken')).toEqual(['user', 'id', 'token']);
    expect(nameWords('_logger')).toEqual(['logger']);
    expect(nameWords('')).toEqual([]);
  });
});

describe('tokenKindOfName', () => {
  it('recognizes tokens and Authorization headers by name', () => {
    expect(tokenKindOfName('accessToken')).toBe('access');
    expect(tokenKindOfName('access_token')).toBe('access');
    expect(tokenKindOfName('graphAccessToken')).toBe('access');
    expect(tokenKindOfName('idToken')).toBe('id');
    expect(tokenKindOfName('id_token')).toBe('id');
    expect(tokenKindOfName('REFRESH_TOKEN')).toBe('refresh');
    expect(tokenKindOfName('bearerToken')).toBe('bearer');
    expect(tokenKindOfName('authToken')).toBe('bearer');
    expect(tokenKindOfName('authorization')).toBe('authorization');
    expect(tokenKindOfName('Authorization')).toBe('authorization');
    expect(tokenKindOfName('authHeader')).toBe('authorization');
    expect(tokenKindOfName('authorizationHeader')).toBe('authorization');
    expect(tokenKindOfName('tokenResponse')).toBe('response');
    expect(tokenKindOfName('tokenSet')).toBe('response');
    expect(tokenKindOfName('authenticationResult')).toBe('response');
  });

  it('leaves details, flags, functions and other tokens alone', () => {
    for (const name of [
      'token',
      'tokens',
      'tokenType',
      'accessTokenExpiresOn',
      'idTokenClaims',
      'accessTokenLength',
      'hasAccessToken',
      'isIdTokenValid',
      'getAccessToken',
      'refreshAccessToken',
      'decodedIdToken',
      'csrfToken',
      'apiToken',
      'authorizationUrl',
      'authCodeUrlParameters',
      'id_token_hint',
    ]) {
      expect(tokenKindOfName(name)).toBeNull();
    }
  });
});

describe('logger names', () => {
  it('recognizes logger receivers', () => {
    for (const name of ['console', 'logger', 'log', 'Logger', 'LOGGER', 'authLogger', 'auditLog', '_logger', 'winston', 'pino', 'getLogger']) {
      expect(isLoggerName(name)).toBe(true);
    }
    for (const name of ['catalog', 'dialog', 'changelog', 'blog', 'cache', 'res']) {
      expect(isLoggerName(name)).toBe(false);
    }
  });

  it('recognizes bare logging functions', () => {
    for (const name of ['debug', 'log', 'logger', 'logError', 'log_info', 'logDebug']) expect(isLogFunctionName(name)).toBe(true);
    for (const name of ['logout', 'login', 'logToken', 'dialog', 'print']) expect(isLogFunctionName(name)).toBe(false);
  });

  it('recognizes credential objects', () => {
    expect(isCredentialName('credential')).toBe(true);
    expect(isCredentialName('azureCredential')).toBe(true);
    expect(isCredentialName('credentials')).toBe(false);
  });
});
