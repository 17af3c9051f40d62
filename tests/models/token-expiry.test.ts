import { describe, expect, it } from 'vitest';
import { describeDuration, isRefreshName, isRefreshTypeValue, spanLiteral, suggestedLifetime } from '../../src/models/token-expiry';

describe('token-expiry model', () => {
  it('tells refresh names apart', () => {
    expect(isRefreshName('refreshToken')).toBe(true);
    expect(isRefreshName('process.env.REFRESH_TOKEN_SECRET')).toBe(true);
    expect(isRefreshName('accessToken')).toBe(false);
    expect(isRefreshName('refreshed')).toBe(false);
    expect(isRefreshTypeValue('refresh')).toBe(true);
    expect(isRefreshTypeValue('access')).toBe(false);
    expect(isRefreshTypeValue(1)).toBe(false);
  });
  it('writes spans both ms and jose read', () => {
    expect(spanLiteral(900)).toBe('15m');
    expect(spanLiteral(604_800)).toBe('7d');
    expect(spanLiteral(7_200)).toBe('2h');
    expect(spanLiteral(90)).toBe('90s');
  });
  it('describes durations', () => {
    expect(describeDuration(86_400)).toBe('1 day');
    expect(describeDuration(31_536_000)).toBe('365 days');
    expect(describeDuration(5_400)).toBe('90 minutes');
    expect(describeDuration(1)).toBe('1 second');
  });
  it('caps the suggestion at the limit', () => {
    expect(suggestedLifetime(false, 86_400)).toBe(900);
    expect(suggestedLifetime(true, 2_592_000)).toBe(604_800);
    expect(suggestedLifetime(false, 300)).toBe(300);
  });
});
