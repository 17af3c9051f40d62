import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOW_PATHS, IP_FILTER_APIS, isUnderAllowedPath } from '../../src/models/ip-filters';

describe('isUnderAllowedPath', () => {
  it('matches a listed path and the paths below it, ignoring trailing slashes', () => {
    expect(isUnderAllowedPath('/health', DEFAULT_ALLOW_PATHS)).toBe(true);
    expect(isUnderAllowedPath('/metrics/', DEFAULT_ALLOW_PATHS)).toBe(true);
    expect(isUnderAllowedPath('/metrics/prometheus', DEFAULT_ALLOW_PATHS)).toBe(true);
    expect(isUnderAllowedPath('/internal/status', ['/internal/status/'])).toBe(true);
  });

  it('does not match a path that only starts with the same letters, or another path', () => {
    expect(isUnderAllowedPath('/healthcheck-admin', DEFAULT_ALLOW_PATHS)).toBe(false);
    expect(isUnderAllowedPath('/admin', DEFAULT_ALLOW_PATHS)).toBe(false);
    expect(isUnderAllowedPath('/', DEFAULT_ALLOW_PATHS)).toBe(false);
    expect(isUnderAllowedPath('/admin', [])).toBe(false);
  });
});

describe('IP_FILTER_APIS', () => {
  it('describes allow mode for every filter', () => {
    for (const api of IP_FILTER_APIS) {
      expect(api.mode !== undefined || api.allowListKeys.length > 0 || api.listIsAllowList, api.module).toBe(true);
    }
  });
});
