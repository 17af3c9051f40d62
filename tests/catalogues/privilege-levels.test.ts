import { describe, expect, it } from 'vitest';
import { isAtLeast, lowerLevel, MINIMUM_LEVEL_SCHEMA, PRIVILEGE_LEVELS, privilegeRank } from '../../src/catalogues/privilege-levels';

describe('privilege levels', () => {
  it('orders the levels from most to least severe', () => {
    expect(PRIVILEGE_LEVELS).toEqual(['critical', 'high', 'medium', 'low']);
    expect(PRIVILEGE_LEVELS.map(privilegeRank)).toEqual([4, 3, 2, 1]);
  });

  it.each([
    ['critical', 'medium', true],
    ['medium', 'medium', true],
    ['low', 'medium', false],
    ['high', 'critical', false],
    ['low', 'low', true],
  ] as const)('%s is at least %s: %s', (level, minimum, expected) => {
    expect(isAtLeast(level, minimum)).toBe(expected);
  });

  it('lowers one level at a time and stops at low', () => {
    expect(lowerLevel('critical')).toBe('high');
    expect(lowerLevel('medium')).toBe('low');
    expect(lowerLevel('low')).toBe('low');
  });

  it('offers every level, and only those, in the option schema', () => {
    expect(MINIMUM_LEVEL_SCHEMA.enum).toEqual([...PRIVILEGE_LEVELS]);
  });
});
