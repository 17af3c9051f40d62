import { describe, expect, it } from 'vitest';
import { levelRank } from '../../src/catalogues/graph-permissions';
import { GOOGLE_SCOPES, findGoogleScope, isGoogleScopeUrl, normalizeGoogleScope } from '../../src/catalogues/google-scopes';

describe('google-scopes catalogue', () => {
  it('has well-formed entries', () => {
    for (const entry of GOOGLE_SCOPES) {
      expect(isGoogleScopeUrl(entry.scope), entry.scope).toBe(true);
      expect(entry.grants, entry.scope).toMatch(/^lets this app /u);
      if (entry.level !== 'leaf') expect((entry.narrower?.length ?? 0) > 0 || entry.advice !== undefined, entry.scope).toBe(true);
    }
  });

  it('has no duplicates (case-insensitive)', () => {
    const keys = GOOGLE_SCOPES.map((entry) => normalizeGoogleScope(entry.scope));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('suggests only catalogued scopes at a lower level', () => {
    for (const entry of GOOGLE_SCOPES) {
      for (const scope of entry.narrower ?? []) {
        const narrower = findGoogleScope(scope);
        expect(narrower, `${entry.scope} → ${scope}`).toBeDefined();
        if (narrower) expect(levelRank(narrower.level)).toBeLessThan(levelRank(entry.level));
      }
    }
  });

  it('looks scopes up without case or trailing slash', () => {
    expect(findGoogleScope('https://mail.google.com')?.level).toBe('high');
    expect(findGoogleScope('https://www.googleapis.com/auth/DRIVE')?.narrower).toEqual(['https://www.googleapis.com/auth/drive.file']);
    expect(findGoogleScope('https://www.googleapis.com/auth/cloud-platform')?.userConsentOnly).toBe(true);
    expect(findGoogleScope('https://www.googleapis.com/auth/drive.file')?.level).toBe('leaf');
    expect(findGoogleScope('https://www.googleapis.com/auth/calendar')).toBeUndefined();
    expect(isGoogleScopeUrl('email')).toBe(false);
  });
});
