import { describe, expect, it } from 'vitest';
import {
  UNKNOWN_PART,
  hasSecureNamePrefix,
  isAuthCookieName,
  isDeletionCookie,
  isNonSecretName,
  isSameSiteNone,
  isTokenProducerName,
  isTokenValueName,
  parseSetCookie,
} from '../../src/models/auth-cookie';

describe('isAuthCookieName', () => {
  it.each([
    'session',
    'sid',
    'connect.sid',
    'koa.sess',
    'token',
    'access_token',
    'refreshToken',
    'id_token',
    'idtoken',
    'jwt',
    'auth',
    'next-auth.session-token',
    'authjs.session-token',
    'remember_me',
    'rememberMe',
    'sso_session',
    'JSESSIONID',
    'PHPSESSID',
    'apptoken',
    '__Host-id',
    '__Secure-user',
    'pkce_verifier',
  ])('%s is a session or token cookie', (name) => {
    expect(isAuthCookieName(name)).toBe(true);
  });

  it.each([
    'theme',
    'locale',
    'lang',
    'cart',
    'cookie_consent',
    'sidebar_state',
    'author',
    'XSRF-TOKEN',
    'csrftoken',
    '_csrf',
    'next-auth.csrf-token',
    'next-auth.callback-url',
    'auth_redirect',
    'token_expiry',
    'session_expires_at',
    'login_hint',
    'logged_in',
    'tokenizer',
    'user',
    'uid',
  ])('%s is not', (name) => {
    expect(isAuthCookieName(name)).toBe(false);
  });

  it('accepts extra names, whole and case-insensitively', () => {
    expect(isAuthCookieName('UID', ['uid'])).toBe(true);
    expect(isAuthCookieName('uid_hint', ['uid'])).toBe(false);
  });
});

describe('isNonSecretName / hasSecureNamePrefix', () => {
  it('marks CSRF tokens, redirect targets and expiry times', () => {
    expect(isNonSecretName('XSRF-TOKEN')).toBe(true);
    expect(isNonSecretName('__Host-csrf')).toBe(true);
    expect(isNonSecretName('auth_callback_url')).toBe(true);
    expect(isNonSecretName('session')).toBe(false);
  });

  it('recognizes the cookie name prefixes that require Secure', () => {
    expect(hasSecureNamePrefix('__Host-session')).toBe(true);
    expect(hasSecureNamePrefix('__secure-token')).toBe(true);
    expect(hasSecureNamePrefix('_host-session')).toBe(false);
  });
});

describe('isTokenValueName / isTokenProducerName', () => {
  it('reads variable names that hold a credential', () => {
    for (const name of ['token', 'accessToken', 'refresh_token', 'sessionId', 'sessionID', 'jwt', 'idToken', 'sid']) {
      expect(isTokenValueName(name), name).toBe(true);
    }
    for (const name of ['theme', 'user', 'csrfToken', 'tokenExpiry', 'value', 'id']) {
      expect(isTokenValueName(name), name).toBe(false);
    }
  });

  it('reads function names that return a credential', () => {
    for (const name of ['sign', 'signToken', 'signJwt', 'createSession', 'generateAccessToken', 'issueJWT', 'createSessionId']) {
      expect(isTokenProducerName(name), name).toBe(true);
    }
    for (const name of ['signCookie', 'csrfToken', 'getTheme', 'tokenize', 'design']) {
      expect(isTokenProducerName(name), name).toBe(false);
    }
  });
});

describe('parseSetCookie', () => {
  it('reads the name, the value and the attributes', () => {
    expect(parseSetCookie('session=abc; Path=/; HttpOnly; Secure; SameSite=Lax')).toEqual({
      name: 'session',
      value: 'abc',
      unknownPartsBeforeValue: 0,
      attributes: [
        { name: 'path', value: '/' },
        { name: 'httponly', value: '' },
        { name: 'secure', value: '' },
        { name: 'samesite', value: 'Lax' },
      ],
      attributesUnknown: false,
    });
  });

  it('marks unknown attribute text and counts unknown parts before the value', () => {
    const parsed = parseSetCookie(`${UNKNOWN_PART}=${UNKNOWN_PART}; HttpOnly${UNKNOWN_PART}`);
    expect(parsed?.name).toBe(UNKNOWN_PART);
    expect(parsed?.value).toBe(UNKNOWN_PART);
    expect(parsed?.unknownPartsBeforeValue).toBe(1);
    expect(parsed?.attributesUnknown).toBe(true);
    expect(parsed?.attributes).toEqual([]);
  });

  it('keeps an attribute whose whole value is unknown, but not one with unknown text around it', () => {
    const ttl = parseSetCookie(`sid=${UNKNOWN_PART}; HttpOnly; Max-Age=${UNKNOWN_PART}`);
    expect(ttl?.attributesUnknown).toBe(false);
    expect(ttl?.attributes).toEqual([
      { name: 'httponly', value: '' },
      { name: 'max-age', value: UNKNOWN_PART },
    ]);
    expect(parseSetCookie(`sid=${UNKNOWN_PART}; Max-Age=3600${UNKNOWN_PART}`)?.attributesUnknown).toBe(true);
    expect(parseSetCookie(`sid=${UNKNOWN_PART}; Max-Age=${UNKNOWN_PART}${UNKNOWN_PART}`)?.attributesUnknown).toBe(true);
    expect(parseSetCookie(`sid=${UNKNOWN_PART}; ${UNKNOWN_PART}=1`)?.attributesUnknown).toBe(true);
  });

  it('ignores empty segments and rejects text that is not a cookie', () => {
    expect(parseSetCookie('token=x;; secure;')?.attributes).toEqual([{ name: 'secure', value: '' }]);
    expect(parseSetCookie('no cookie here')).toBeNull();
    expect(parseSetCookie('=value')).toBeNull();
  });
});

describe('isDeletionCookie', () => {
  it('recognizes an empty value, Max-Age=0 and an expiry in 1970', () => {
    const deletes = (text: string): boolean => {
      const parsed = parseSetCookie(text);
      expect(parsed).not.toBeNull();
      return parsed ? isDeletionCookie(parsed) : false;
    };
    expect(deletes('session=; Path=/')).toBe(true);
    expect(deletes('session=x; Max-Age=0')).toBe(true);
    expect(deletes('session=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT')).toBe(true);
    expect(deletes('session=x; Max-Age=3600')).toBe(false);
  });
});

describe('isSameSiteNone', () => {
  it('matches none in any case and nothing else', () => {
    expect(isSameSiteNone('none')).toBe(true);
    expect(isSameSiteNone(' None ')).toBe(true);
    expect(isSameSiteNone('lax')).toBe(false);
    expect(isSameSiteNone(false)).toBe(false);
  });
});
