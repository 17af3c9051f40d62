import { describe, expect, it } from 'vitest';
import { FALSY_KEY_APIS, admitsNone, apiId, isNoneAlgorithm, isTestFileName } from '../../src/models/unsigned-jwt';
import { VERIFIER_APIS } from '../../src/models/verifiers';

describe('isNoneAlgorithm / admitsNone', () => {
  it('matches none in any letter case and nothing else', () => {
    for (const value of ['none', 'None', 'NONE', 'nOnE']) expect(isNoneAlgorithm(value), value).toBe(true);
    for (const value of ['HS256', 'none ', 'nonce', '', null, undefined, 0, ['none']]) expect(isNoneAlgorithm(value), String(value)).toBe(false);
  });

  it('finds none in a list or a lone string', () => {
    expect(admitsNone(['HS256', 'none'])).toBe(true);
    expect(admitsNone('None')).toBe(true);
    expect(admitsNone(['HS256', 'RS256'])).toBe(false);
    expect(admitsNone([])).toBe(false);
    expect(admitsNone({ none: true })).toBe(false);
  });
});

describe('FALSY_KEY_APIS', () => {
  it('names only APIs the verifier model knows, with the key as an argument', () => {
    for (const id of FALSY_KEY_APIS.keys()) {
      const entry = VERIFIER_APIS.find((candidate) => apiId(candidate.library, candidate.api) === id);
      expect(entry, id).toBeDefined();
      expect(entry?.key && 'index' in entry.key, id).toBe(true);
    }
  });
});

describe('isTestFileName', () => {
  it('recognises test and fixture files', () => {
    for (const name of ['src/auth.test.ts', 'auth.spec.js', 'src/__tests__/auth.ts', '/repo/test/auth.js', 'C:\\repo\\tests\\auth.ts', 'e2e/login.ts', 'auth.e2e.mts']) {
      expect(isTestFileName(name), name).toBe(true);
    }
  });

  it('leaves application files alone', () => {
    for (const name of ['src/auth.ts', 'src/latest/token.ts', 'src/contest.ts', 'src/testing-utils.ts', 'app/api/me/route.ts']) {
      expect(isTestFileName(name), name).toBe(false);
    }
  });
});
