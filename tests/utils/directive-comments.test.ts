import { describe, expect, it } from 'vitest';
import {
  directiveRuleIds,
  findDescriptionSeparator,
  inlineRuleSettings,
  parseDirectiveComment,
  turnsRuleOff,
  type CommentLike,
} from '../../src/utils/directive-comments';

/** A comment as a parser gives it, placed at `start` in the source. */
function comment(type: 'Block' | 'Line', value: string, start = 0): CommentLike {
  return { type, value, range: [start, start + value.length + (type === 'Block' ? 4 : 2)] };
}

describe('findDescriptionSeparator', () => {
  it('finds whitespace, two or more dashes, whitespace', () => {
    expect(findDescriptionSeparator('a -- b')).toEqual({ start: 1, end: 5 });
    expect(findDescriptionSeparator('a ---- b')).toEqual({ start: 1, end: 7 });
    expect(findDescriptionSeparator('a\t--\nb')).toEqual({ start: 1, end: 5 });
  });

  it('needs whitespace on both sides and at least two dashes', () => {
    expect(findDescriptionSeparator('a --b')).toBeNull();
    expect(findDescriptionSeparator('a-- b')).toBeNull();
    expect(findDescriptionSeparator('a - b')).toBeNull();
    expect(findDescriptionSeparator('a --')).toBeNull();
  });

  it('takes the first separator', () => {
    expect(findDescriptionSeparator('a --x -- b -- c')).toEqual({ start: 5, end: 9 });
  });

  it('stays linear on long runs of dashes', () => {
    const text = ` ${'-'.repeat(200_000)}x`.repeat(5);
    expect(findDescriptionSeparator(text)).toBeNull();
  });
});

describe('parseDirectiveComment', () => {
  it('reads a line directive with its description and the range of the directive text', () => {
    // `// eslint-disable-next-line a/b -- why` at offset 10: the value starts after `//`.
    expect(parseDirectiveComment(comment('Line', ' eslint-disable-next-line a/b -- why', 10))).toEqual({
      kind: 'eslint-disable-next-line',
      value: 'a/b',
      description: 'why',
      range: [13, 41],
    });
  });

  it('reads block directives, including ones spread over lines', () => {
    expect(parseDirectiveComment(comment('Block', ' eslint-disable a, b '))).toMatchObject({
      kind: 'eslint-disable',
      value: 'a, b',
      description: '',
      range: [3, 22],
    });
    expect(parseDirectiveComment(comment('Block', '\n  eslint-disable-next-line\n  a/b\n  -- reason here\n'))).toMatchObject({
      kind: 'eslint-disable-next-line',
      value: 'a/b',
      description: 'reason here',
    });
    expect(parseDirectiveComment(comment('Block', ' eslint a: off -- why '))).toMatchObject({ kind: 'eslint', value: 'a: off' });
    expect(parseDirectiveComment(comment('Block', ' eslint-enable '))).toMatchObject({ kind: 'eslint-enable', value: '' });
    expect(parseDirectiveComment(comment('Block', ' globals a, b '))).toMatchObject({ kind: 'globals', value: 'a, b' });
  });

  it('treats a blank description as none', () => {
    expect(parseDirectiveComment(comment('Line', ' eslint-disable-line a/b --   '))?.description).toBe('');
    expect(parseDirectiveComment(comment('Block', ' eslint-disable-next-line -- '))).toMatchObject({ value: '', description: '' });
  });

  it('keeps `--` without a following space in the value, as ESLint does', () => {
    expect(parseDirectiveComment(comment('Line', ' eslint-disable-line a/b --'))?.value).toBe('a/b --');
    expect(parseDirectiveComment(comment('Line', ' eslint-disable-line a/b --why'))?.value).toBe('a/b --why');
  });

  it('accepts only disable-line and disable-next-line in line comments', () => {
    expect(parseDirectiveComment(comment('Line', ' eslint-disable a/b'))).toBeNull();
    expect(parseDirectiveComment(comment('Line', ' eslint-enable a/b'))).toBeNull();
    expect(parseDirectiveComment(comment('Line', ' eslint a/b: off'))).toBeNull();
    expect(parseDirectiveComment(comment('Line', 'eslint-disable-line'))).toMatchObject({ kind: 'eslint-disable-line' });
  });

  it('rejects an eslint-disable-line block comment that spans lines', () => {
    expect(parseDirectiveComment(comment('Block', ' eslint-disable-line a/b\n'))).toBeNull();
    expect(parseDirectiveComment(comment('Block', ' eslint-disable-next-line a/b\n'))).not.toBeNull();
  });

  it('ignores ordinary comments, unknown labels and other comment types', () => {
    expect(parseDirectiveComment(comment('Line', ' do not add eslint-disable a/b here'))).toBeNull();
    expect(parseDirectiveComment(comment('Block', '* eslint-disable a/b '))).toBeNull();
    expect(parseDirectiveComment(comment('Block', ' eslint-disabled a/b '))).toBeNull();
    expect(parseDirectiveComment(comment('Block', ' eslint-disable-next-line: a/b '))).toBeNull();
    expect(parseDirectiveComment({ type: 'Shebang', value: 'eslint-disable-line', range: [0, 21] })).toBeNull();
  });

  it('requires the label to come before the separator', () => {
    expect(parseDirectiveComment(comment('Line', ' -- eslint-disable-line a/b'))).toBeNull();
  });
});

describe('directiveRuleIds', () => {
  it('splits at commas, trims, and drops one pair of matching quotes', () => {
    expect(directiveRuleIds('a/b, c ,"d/e", \'f\'')).toEqual(['a/b', 'c', 'd/e', 'f']);
    expect(directiveRuleIds('"a/b')).toEqual(['"a/b']);
  });

  it('returns no ids for a directive that applies to every rule', () => {
    expect(directiveRuleIds('')).toEqual([]);
    expect(directiveRuleIds(' , ')).toEqual([]);
  });

  it('keeps whitespace inside a name and drops duplicates', () => {
    expect(directiveRuleIds('a/b --why, a/b, a/b')).toEqual(['a/b --why', 'a/b']);
  });
});

describe('inlineRuleSettings', () => {
  it('reads unquoted, quoted and array severities', () => {
    expect(inlineRuleSettings('a/b: off, c: 0, "d/e": "error", \'f\': [2, { "x": [1, 2] }], g: ["off"]')).toEqual([
      { ruleId: 'a/b', severity: 'off', numeric: false },
      { ruleId: 'c', severity: '0', numeric: true },
      { ruleId: 'd/e', severity: 'error', numeric: false },
      { ruleId: 'f', severity: '2', numeric: true },
      { ruleId: 'g', severity: 'off', numeric: false },
    ]);
  });

  it('reads a braced object and skips pieces without a key', () => {
    expect(inlineRuleSettings('{"a/b": "off"}')).toEqual([{ ruleId: 'a/b', severity: 'off', numeric: false }]);
    expect(inlineRuleSettings('garbage, : off')).toEqual([]);
  });

  it('does not split at commas or colons inside quotes', () => {
    expect(inlineRuleSettings('a: [error, { "m": "x, y: z" }], b: off')).toEqual([
      { ruleId: 'a', severity: 'error', numeric: false },
      { ruleId: 'b', severity: 'off', numeric: false },
    ]);
  });
});

describe('turnsRuleOff', () => {
  it('accepts off in any quoting and the number 0 only', () => {
    const [off, zero, quotedOff, quotedZero, warn, arrayZero] = inlineRuleSettings('a: off, b: 0, c: "off", d: "0", e: warn, f: [0]');
    expect([off, zero, quotedOff, arrayZero].every((setting) => setting && turnsRuleOff(setting))).toBe(true);
    expect([quotedZero, warn].some((setting) => setting && turnsRuleOff(setting))).toBe(false);
  });
});
