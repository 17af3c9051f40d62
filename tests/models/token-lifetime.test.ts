import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_CLOCK_TOLERANCE_SECONDS,
  EXP_SWITCH_ONLY_ALLOWS_MISSING,
  describeSeconds,
  durationLiteral,
} from '../../src/models/token-lifetime';

describe('token lifetime model', () => {
  it('defaults the clock tolerance limit to passport-azure-ad’s default skew', () => {
    expect(DEFAULT_MAX_CLOCK_TOLERANCE_SECONDS).toBe(300);
  });

  it('knows which exp switch only allows tokens without exp', () => {
    expect(EXP_SWITCH_ONLY_ALLOWS_MISSING.has('express-oauth2-jwt-bearer')).toBe(true);
    expect(EXP_SWITCH_ONLY_ALLOWS_MISSING.has('@hapi/jwt')).toBe(false);
  });

  it('writes a duration in the option’s own unit', () => {
    expect(durationLiteral('milliseconds', 300)).toBe(300_000);
    expect(durationLiteral('seconds', 300)).toBe(300);
    expect(durationLiteral('seconds-or-jose-span', 300)).toBe(300);
    expect(durationLiteral('seconds-or-ms-span', 300)).toBe(300);
  });

  it('describes durations in the largest whole unit', () => {
    expect(describeSeconds(86_400)).toBe('1 day');
    expect(describeSeconds(172_800)).toBe('2 days');
    expect(describeSeconds(3_600)).toBe('1 hour');
    expect(describeSeconds(600)).toBe('10 minutes');
    expect(describeSeconds(90)).toBe('90 seconds');
    expect(describeSeconds(1)).toBe('1 second');
    expect(describeSeconds(300.5)).toBe('300.5 seconds');
  });
});
