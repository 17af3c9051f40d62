import { describe, expect, it } from 'vitest';
import {
  UNKNOWN_TEXT,
  endsWithBearerScheme,
  isDecoderWords,
  isIdTokenExchangeTarget,
  isIdTokenHeaderName,
  isIdTokenRelatedName,
  isTokenCheckName,
  isVerifierName,
  tokenKindOfGetter,
  tokenKindOfName,
} from '../../src/models/oauth-tokens';
import { nameWords } from '../../src/utils/name-words';

describe('tokenKindOfName', () => {
  it.each(['idToken', 'id_token', 'IdToken', 'ID_TOKEN', 'rawIdToken', 'idTokenRaw', 'idtoken', 'cachedIdToken', 'msal.idtoken'])(
    '%s is an ID token',
    (name) => {
      expect(tokenKindOfName(name)).toBe('id');
    },
  );

  it.each(['accessToken', 'access_token', 'AccessToken', 'graphAccessToken', 'accessTokenJwt', 'accesstoken'])('%s is an access token', (name) => {
    expect(tokenKindOfName(name)).toBe('access');
  });

  it.each([
    'idTokenClaims',
    'id_token_hint',
    'idTokenExpiresOn',
    'hasIdToken',
    'decodedIdToken',
    'getIdToken',
    'accessTokenExpiresOn',
    'accessTokenPayload',
    'isAccessToken',
    'refreshToken',
    'token',
    'idTokens',
  ])('%s is neither', (name) => {
    expect(tokenKindOfName(name)).toBeNull();
  });
});

describe('tokenKindOfGetter', () => {
  it('reads the kind a getter returns', () => {
    expect(tokenKindOfGetter('getIdToken')).toBe('id');
    expect(tokenKindOfGetter('getRawIdToken')).toBe('id');
    expect(tokenKindOfGetter('getAccessToken')).toBe('access');
    expect(tokenKindOfGetter('getAccessTokenSilently')).toBe('access');
    expect(tokenKindOfGetter('acquireAccessToken')).toBe('access');
  });

  it('ignores getters of claims, results and expiries, and non-getters', () => {
    expect(tokenKindOfGetter('getIdTokenClaims')).toBeNull();
    expect(tokenKindOfGetter('getIdTokenResult')).toBeNull();
    expect(tokenKindOfGetter('getAccessTokenExpiry')).toBeNull();
    expect(tokenKindOfGetter('acquireTokenSilent')).toBeNull();
    expect(tokenKindOfGetter('idToken')).toBeNull();
    expect(tokenKindOfGetter('setAccessToken')).toBeNull();
  });
});

describe('isIdTokenRelatedName', () => {
  it('accepts ID tokens and their claims objects', () => {
    expect(isIdTokenRelatedName('idTokenClaims')).toBe(true);
    expect(isIdTokenRelatedName('id_token')).toBe(true);
    expect(isIdTokenRelatedName('claims')).toBe(false);
  });
});

describe('endsWithBearerScheme', () => {
  it.each(['Bearer ', 'bearer ', 'Authorization: Bearer ', 'BEARER  '])('%j ends with the scheme', (text) => {
    expect(endsWithBearerScheme(text)).toBe(true);
  });

  it.each(['Bearer', 'NotBearer ', 'Token ', '', 'Bearer x '])('%j does not', (text) => {
    expect(endsWithBearerScheme(text)).toBe(false);
  });
});

describe('isIdTokenExchangeTarget', () => {
  it.each([
    '/auth/google',
    '/api/login',
    `${UNKNOWN_TEXT}/api/auth/login`,
    'https://api.example.com/v1/token-exchange',
    '/api/users/sign-in',
    '/session',
    'http://localhost:8080/token',
    'https://orders-abc-uc.a.run.app/orders',
    'https://us-central1-app.cloudfunctions.net/api',
  ])('%s is a sign-in or platform target', (url) => {
    expect(isIdTokenExchangeTarget(url)).toBe(true);
  });

  it.each([
    '/api/orders',
    '/api/powerbi/embed-token',
    `${UNKNOWN_TEXT}/reports`,
    'https://graph.microsoft.com/v1.0/me',
    `https://${UNKNOWN_TEXT}.run.app/orders`,
    `/api/${UNKNOWN_TEXT}login`,
    '',
  ])('%s is not', (url) => {
    expect(isIdTokenExchangeTarget(url)).toBe(false);
  });
});

describe('isIdTokenHeaderName', () => {
  it('accepts ID-token headers', () => {
    expect(isIdTokenHeaderName('x-id-token')).toBe(true);
    expect(isIdTokenHeaderName('X-ID-Token')).toBe(true);
    expect(isIdTokenHeaderName('id-token')).toBe(true);
  });

  it('rejects platform headers, other tokens and non-header names', () => {
    expect(isIdTokenHeaderName('x-ms-token-aad-id-token')).toBe(false);
    expect(isIdTokenHeaderName('x-amzn-oidc-id-token')).toBe(false);
    expect(isIdTokenHeaderName('x-access-token')).toBe(false);
    expect(isIdTokenHeaderName('id_token')).toBe(false);
    expect(isIdTokenHeaderName('x-id-token-hint')).toBe(false);
  });
});

describe('verifier and decoder names', () => {
  it('recognises verifiers, but not the platform ID-token verifier', () => {
    expect(isVerifierName('verify')).toBe(true);
    expect(isVerifierName('jwtVerify')).toBe(true);
    expect(isVerifierName('decodeToken')).toBe(true);
    expect(isVerifierName('verifyIdToken')).toBe(false);
    expect(isVerifierName('sign')).toBe(false);
  });

  it('recognises token checks', () => {
    expect(isTokenCheckName('verify')).toBe(true);
    expect(isTokenCheckName('validateAccessToken')).toBe(true);
    expect(isTokenCheckName('decode')).toBe(false);
  });

  it('recognises decoders by their words', () => {
    expect(isDecoderWords(nameWords('parseJwt'))).toBe(true);
    expect(isDecoderWords(nameWords('jwt_decode'))).toBe(true);
    expect(isDecoderWords(['jwt', 'decode'])).toBe(true);
    expect(isDecoderWords(nameWords('isTokenExpired'))).toBe(true);
    expect(isDecoderWords(['json', 'parse'])).toBe(false);
    expect(isDecoderWords(nameWords('decodeURIComponent'))).toBe(false);
  });
});
