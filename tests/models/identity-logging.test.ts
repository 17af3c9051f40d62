import { describe, expect, it } from 'vitest';
import { isCredentialName, isLogFunctionName, isLoggerName, nameWords, credentialKindOfName } from '../../src/models/identity-logging';

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

describe('credentialKindOfName', () => {
  it('recognizes tokens and Authorization headers by name', () => {
    expect(credentialKindOfName('accessToken')).toBe('access');
    expect(credentialKindOfName('access_token')).toBe('access');
    expect(credentialKindOfName('graphAccessToken')).toBe('access');
    expect(credentialKindOfName('idToken')).toBe('id');
    expect(credentialKindOfName('id_token')).toBe('id');
    expect(credentialKindOfName('REFRESH_TOKEN')).toBe('refresh');
    expect(credentialKindOfName('bearerToken')).toBe('bearer');
    expect(credentialKindOfName('authToken')).toBe('bearer');
    expect(credentialKindOfName('authorization')).toBe('authorization');
    expect(credentialKindOfName('Authorization')).toBe('authorization');
    expect(credentialKindOfName('authHeader')).toBe('authorization');
    expect(credentialKindOfName('authorizationHeader')).toBe('authorization');
    expect(credentialKindOfName('tokenResponse')).toBe('response');
    expect(credentialKindOfName('tokenSet')).toBe('response');
    expect(credentialKindOfName('authenticationResult')).toBe('response');
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
      expect(credentialKindOfName(name)).toBeNull();
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
