import { describe, expect, it } from 'vitest';
import { claimPatternHandling, isAnchoredPattern, topLevelAlternatives } from '../../src/models/token-claims';

describe('claimPatternHandling', () => {
  it('tells which libraries test a RegExp and which skip it', () => {
    expect(claimPatternHandling('jsonwebtoken', 'audience')).toBe('tested');
    expect(claimPatternHandling('express-jwt', 'issuer')).toBe('ignored');
    expect(claimPatternHandling('@nestjs/jwt', 'issuer')).toBe('ignored');
    expect(claimPatternHandling('fast-jwt', 'issuer')).toBe('tested');
    expect(claimPatternHandling('@hapi/jwt', 'audience')).toBe('tested');
    expect(claimPatternHandling('jose', 'audience')).toBeNull();
    expect(claimPatternHandling('google-auth-library', 'audience')).toBeNull();
  });
});

describe('topLevelAlternatives', () => {
  it('splits outside groups and classes only', () => {
    expect(topLevelAlternatives('a|(b|c)')).toEqual(['a', '(b|c)']);
    expect(topLevelAlternatives('[|]x')).toEqual(['[|]x']);
    expect(topLevelAlternatives(String.raw`a\|b`)).toEqual([String.raw`a\|b`]);
    expect(topLevelAlternatives('^a$|^b$')).toEqual(['^a$', '^b$']);
  });
});

describe('isAnchoredPattern', () => {
  it('accepts patterns anchored at both ends', () => {
    expect(isAnchoredPattern(String.raw`^api:\/\/orders$`)).toBe(true);
    expect(isAnchoredPattern('^(?:a|b)$')).toBe(true);
    expect(isAnchoredPattern('^a$|^b$')).toBe(true);
    expect(isAnchoredPattern(String.raw`^a\\$`)).toBe(true);
  });
  it('rejects partial or missing anchors', () => {
    expect(isAnchoredPattern('api')).toBe(false);
    expect(isAnchoredPattern('^api')).toBe(false);
    expect(isAnchoredPattern('api$')).toBe(false);
    expect(isAnchoredPattern('^a|b$')).toBe(false);
    expect(isAnchoredPattern(String.raw`^a\$`)).toBe(false);
    expect(isAnchoredPattern('^a$', 'm')).toBe(false);
  });
});
