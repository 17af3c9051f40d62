import { describe, expect, it } from 'vitest';
import { levelRank } from '../../src/catalogues/graph-permissions';
import { GITHUB_SCOPES, findGitHubScope } from '../../src/catalogues/github-scopes';

describe('github-scopes catalogue', () => {
  it('has well-formed entries', () => {
    for (const entry of GITHUB_SCOPES) {
      expect(entry.scope, entry.scope).toMatch(/^[_a-z]+(?::[_a-z]+)?$/u);
      expect(entry.grants, entry.scope).toMatch(/^lets this app /u);
      if (entry.level !== 'leaf') expect((entry.narrower?.length ?? 0) > 0 || entry.advice !== undefined, entry.scope).toBe(true);
      if (entry.commonWord) expect(entry.scope).not.toContain(':');
    }
  });

  it('has no duplicates', () => {
    const keys = GITHUB_SCOPES.map((entry) => entry.scope);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('suggests only catalogued scopes at a lower level', () => {
    for (const entry of GITHUB_SCOPES) {
      for (const scope of entry.narrower ?? []) {
        const narrower = findGitHubScope(scope);
        expect(narrower, `${entry.scope} → ${scope}`).toBeDefined();
        if (narrower) expect(levelRank(narrower.level)).toBeLessThan(levelRank(entry.level));
      }
    }
  });

  it('looks scopes up exactly', () => {
    expect(findGitHubScope('repo')?.narrower).toEqual(['public_repo', 'repo:status']);
    expect(findGitHubScope('admin:enterprise')?.level).toBe('critical');
    expect(findGitHubScope('read:user')?.level).toBe('leaf');
    expect(findGitHubScope('REPO')).toBeUndefined();
  });
});
