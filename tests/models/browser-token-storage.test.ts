import { describe, expect, it } from 'vitest';
import {
  PERSISTENT_CACHE_LOCATIONS,
  isQualifiedTokenName,
  isSignInKey,
  isTokenMetadataName,
  isTokenName,
} from '../../src/models/browser-token-storage';

describe('isTokenName', () => {
  it.each([
    'token',
    'access_token',
    'accessToken',
    'id_token',
    'idToken',
    'refresh_token',
    'REFRESH_TOKEN',
    'auth-token',
    'authToken',
    'AUTH_TOKEN_KEY',
    'jwt',
    'JWT',
    'userJwt',
    'myjwt',
    'bearer',
    'usertoken',
    'tokens',
    'msal.idtoken',
    'getAccessTokenSilently',
  ])('%s names a token', (name) => {
    expect(isTokenName(name)).toBe(true);
  });

  it.each([
    'theme',
    'user',
    'session',
    'auth',
    'locale',
    'token_expiry',
    'tokenExpiresAt',
    'expiresOn',
    'tokenType',
    'lastTokenRefresh',
    'isTokenValid',
    'maxTokens',
    'tokenCount',
    'tokenUsage',
    'designTokens',
    'csrfToken',
    'XSRF-TOKEN',
    'fcmToken',
    'pushToken',
    'deviceToken',
    'tokenizer',
    'tokenId',
    'token_id',
    'tokenList',
    'selectedToken',
    'tokenRefreshInterval',
    'idTokenClaims',
    'decodedToken',
    '',
  ])('%s does not', (name) => {
    expect(isTokenName(name)).toBe(false);
  });

  it('accepts extra names whole and case-insensitively', () => {
    expect(isTokenName('SID', ['sid'])).toBe(true);
    expect(isTokenName('sidebar', ['sid'])).toBe(false);
  });
});

describe('isQualifiedTokenName', () => {
  it('needs a word that says which credential', () => {
    expect(isQualifiedTokenName('accessToken')).toBe(true);
    expect(isQualifiedTokenName('id_token')).toBe(true);
    expect(isQualifiedTokenName('AUTH_TOKEN')).toBe(true);
    expect(isQualifiedTokenName('jwt')).toBe(true);
    expect(isQualifiedTokenName('userJwt')).toBe(true);
    expect(isQualifiedTokenName('token')).toBe(false);
    expect(isQualifiedTokenName('tokens')).toBe(false);
    expect(isQualifiedTokenName('accessTokenExpiry')).toBe(false);
    expect(isQualifiedTokenName('sid', ['sid'])).toBe(true);
  });
});

describe('isSignInKey', () => {
  it('recognises keys that hold the signed-in state', () => {
    expect(isSignInKey('auth')).toBe(true);
    expect(isSignInKey('currentUser')).toBe(true);
    expect(isSignInKey('app.session')).toBe(true);
    expect(isSignInKey('selected')).toBe(false);
    expect(isSignInKey('theme')).toBe(false);
  });
});

describe('isTokenMetadataName', () => {
  it('marks names about a token, not the token', () => {
    expect(isTokenMetadataName('token_expiry')).toBe(true);
    expect(isTokenMetadataName('TOKEN_EXPIRY_KEY')).toBe(true);
    expect(isTokenMetadataName('csrfToken')).toBe(true);
    expect(isTokenMetadataName('tokenId')).toBe(true);
    expect(isTokenMetadataName('access_token')).toBe(false);
    expect(isTokenMetadataName('expiry')).toBe(false);
  });
});

describe('PERSISTENT_CACHE_LOCATIONS', () => {
  it('matches each library spelling exactly', () => {
    expect(PERSISTENT_CACHE_LOCATIONS.get('localStorage')?.replacement).toBe('sessionStorage');
    expect(PERSISTENT_CACHE_LOCATIONS.get('localstorage')?.replacement).toBe('memory');
    expect(PERSISTENT_CACHE_LOCATIONS.has('LocalStorage')).toBe(false);
    expect(PERSISTENT_CACHE_LOCATIONS.has('sessionStorage')).toBe(false);
  });
});
