import { describe, expect, it } from 'vitest';
import {
  CREATE_HMAC,
  CRYPTO_VERIFY,
  JWT_CLAIMS,
  SIGNATURE_PRIMITIVE_APIS,
  SIGNATURE_PRIMITIVES,
  SUBTLE_DATA_INDEX,
  isAuthorizationHeaderName,
  isTokenCheckerName,
  isTokenName,
} from '../../src/models/jwt-signature';

describe('isTokenName', () => {
  it.each(['token', 'idToken', 'id_token', 'ACCESS_TOKEN', 'rawJwt', 'jwtString', 'bearer', 'bearerToken', 'idtoken', 'authToken', 'verifyJwt', 'session_token'])(
    '%s names a token',
    (name) => {
      expect(isTokenName(name)).toBe(true);
    },
  );

  it.each(['jws', 'signedDocument', 'tokenizer', 'isToken', 'hasToken', 'tokenLength', 'webhookToken', 'csrfToken', 'tokenType', 'manifest', 'payload'])(
    '%s does not name a JWT',
    (name) => {
      expect(isTokenName(name)).toBe(false);
    },
  );
});

describe('isTokenCheckerName', () => {
  it.each(['verifyJwt', 'validateToken', 'checkAccessToken', 'isValidToken', 'authenticateBearer'])('%s checks a token', (name) => {
    expect(isTokenCheckerName(name)).toBe(true);
  });

  it.each(['parseTokenVersion', 'verifySignature', 'getToken', 'check'])('%s does not', (name) => {
    expect(isTokenCheckerName(name)).toBe(false);
  });
});

describe('isAuthorizationHeaderName', () => {
  it('matches the header in any case', () => {
    expect(isAuthorizationHeaderName('authorization')).toBe(true);
    expect(isAuthorizationHeaderName('Authorization')).toBe(true);
    expect(isAuthorizationHeaderName('x-authorization-id')).toBe(false);
  });
});

describe('signature primitives', () => {
  it('feed createHmac through update and crypto.verify through its second argument', () => {
    expect(CREATE_HMAC.data).toBe('update');
    expect(CRYPTO_VERIFY.data).toBe(1);
    expect(SIGNATURE_PRIMITIVE_APIS).toEqual(SIGNATURE_PRIMITIVES.map((primitive) => primitive.spec));
  });

  it('knows where Web Crypto takes the data', () => {
    expect(SUBTLE_DATA_INDEX).toEqual({ verify: 3, sign: 2 });
  });

  it('lists the registered claims', () => {
    for (const claim of ['sub', 'exp', 'nbf', 'aud', 'iss', 'roles', 'scp']) expect(JWT_CLAIMS.has(claim)).toBe(true);
  });
});
