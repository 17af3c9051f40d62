import { describe, expect, it } from 'vitest';
import { indexOfWords, nameWords } from '../../src/utils/name-words';

describe('nameWords', () => {
  it.each([
    ['idToken', ['id', 'token']],
    ['id_token', ['id', 'token']],
    ['ID_TOKEN', ['id', 'token']],
    ['IdToken', ['id', 'token']],
    ['IDToken', ['id', 'token']],
    ['rawIdToken', ['raw', 'id', 'token']],
    ['x-id-token', ['x', 'id', 'token']],
    ['X-ID-TOKEN', ['x', 'id', 'token']],
    ['getAccessTokenSilently', ['get', 'access', 'token', 'silently']],
    ['oauth2Token', ['oauth2', 'token']],
    ['msal.idtoken', ['msal', 'idtoken']],
    ['__raw', ['raw']],
    // Identifiers and keys of the message-origin and auth-cookie models.
    ['accessToken', ['access', 'token']],
    ['API_KEY', ['api', 'key']],
    ['x-auth-token', ['x', 'auth', 'token']],
    ['JWTSecret', ['jwt', 'secret']],
    ['JWTToken', ['jwt', 'token']],
    ['id_token2', ['id', 'token2']],
    ['oauth2State', ['oauth2', 'state']],
    ['sessionID', ['session', 'id']],
    // Cookie names.
    ['XSRF-TOKEN', ['xsrf', 'token']],
    ['next-auth.session-token', ['next', 'auth', 'session', 'token']],
    ['__Host-id_token', ['host', 'id', 'token']],
    ['', []],
  ])('%s', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

describe('indexOfWords', () => {
  it('finds consecutive words', () => {
    expect(indexOfWords(['raw', 'id', 'token'], ['id', 'token'])).toBe(1);
    expect(indexOfWords(['id', 'raw', 'token'], ['id', 'token'])).toBe(-1);
    expect(indexOfWords(['id'], ['id', 'token'])).toBe(-1);
    expect(indexOfWords(['a'], [])).toBe(0);
  });
});
