import { describe, expect, it } from 'vitest';
import { levelRank } from '../../src/catalogues/graph-permissions';
import { SLACK_FULL_HISTORY_SET, SLACK_SCOPES, findSlackScope } from '../../src/catalogues/slack-scopes';

describe('slack-scopes catalogue', () => {
  it('has well-formed entries', () => {
    for (const entry of SLACK_SCOPES) {
      expect(entry.scope, entry.scope).toMatch(/^[.:a-z]+$/u);
      expect(entry.grants, entry.scope).toMatch(/^lets this app /u);
      if (entry.level !== 'leaf') expect((entry.narrower?.length ?? 0) > 0 || entry.advice !== undefined, entry.scope).toBe(true);
      if (entry.prefix) expect(entry.scope.endsWith('.')).toBe(true);
    }
    expect(SLACK_FULL_HISTORY_SET).toHaveLength(4);
  });

  it('has no duplicates', () => {
    const keys = SLACK_SCOPES.map((entry) => entry.scope);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('suggests only catalogued scopes at a lower level', () => {
    for (const entry of SLACK_SCOPES) {
      for (const scope of entry.narrower ?? []) {
        const narrower = findSlackScope(scope);
        expect(narrower, `${entry.scope} → ${scope}`).toBeDefined();
        if (narrower) expect(levelRank(narrower.level)).toBeLessThan(levelRank(entry.level));
      }
    }
  });

  it('looks scopes up exactly and by prefix', () => {
    expect(findSlackScope('admin.users:write')?.scope).toBe('admin.');
    expect(findSlackScope('admin.')).toBeUndefined();
    expect(findSlackScope('admin')?.commonWord).toBe(true);
    expect(findSlackScope('chat:write:user')?.narrower).toEqual(['chat:write']);
    expect(findSlackScope('channels:read')).toBeUndefined();
  });
});
