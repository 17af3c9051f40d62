/**
 * ESLint directive comments (`eslint-disable`, `eslint-disable-line`, `eslint-disable-next-line`, `eslint-enable`,
 * `eslint`, `global(s)`, `exported`, `eslint-env`), read the way ESLint reads them, for rules about suppressions
 * and inline configuration.
 *
 * ESLint's semantics, mirrored here:
 * - the description is everything after the first whitespace-dashes-whitespace run (`\s-{2,}\s`, usually ` -- `),
 *   trimmed; the directive is everything before it, trimmed, and must start with a label followed by whitespace or
 *   its end;
 * - a line comment (`//`) is a directive only for `eslint-disable-line` and `eslint-disable-next-line`;
 * - an `eslint-disable-line` block comment that spans lines is rejected by ESLint and is not returned here;
 * - a rule list is split at commas, each name trimmed and stripped of one pair of matching quotes; an empty list
 *   means every rule;
 * - an `eslint` comment holds `rule: severity` or `rule: [severity, ...options]` entries separated by commas.
 *
 * All scanning is linear in the comment's length; no regular expression can backtrack.
 */
import type { TSESTree } from '@typescript-eslint/utils';

export type DirectiveKind =
  | 'eslint'
  | 'eslint-disable'
  | 'eslint-disable-line'
  | 'eslint-disable-next-line'
  | 'eslint-enable'
  | 'eslint-env'
  | 'exported'
  | 'global'
  | 'globals';

/** The parts of a comment the parser reads: a parser's `Block`/`Line` comment, or a plain object in tests. */
export interface CommentLike {
  readonly type: string;
  readonly value: string;
  readonly range: TSESTree.Range;
}

export interface DirectiveComment {
  readonly kind: DirectiveKind;
  /** The text after the label, trimmed: a rule list, a rule configuration, or names of globals. */
  readonly value: string;
  /** The description after ` -- `, trimmed; `''` when there is none or it is blank. */
  readonly description: string;
  /** Source offsets of the directive text, from the label to the end of its value (the description left out). */
  readonly range: TSESTree.Range;
}

/** One `rule: setting` entry of an `eslint` configuration comment. */
export interface InlineRuleSetting {
  readonly ruleId: string;
  /** The severity as written (`off`, `0`, `"error"` …), without quotes or array brackets; `''` when unreadable. */
  readonly severity: string;
  /** The severity was written as a number (`0`), not as a string. */
  readonly numeric: boolean;
}

const LABELS: ReadonlySet<string> = new Set<DirectiveKind>([
  'eslint',
  'eslint-disable',
  'eslint-disable-line',
  'eslint-disable-next-line',
  'eslint-enable',
  'eslint-env',
  'exported',
  'global',
  'globals',
]);

/** Directives ESLint honours in a line comment. */
const LINE_COMMENT_LABELS: ReadonlySet<string> = new Set(['eslint-disable-line', 'eslint-disable-next-line']);

/** The opening delimiter of both `//` and `/*` comments. */
const OPENING_LENGTH = 2;

/** Severities that turn a rule off in an `eslint` comment. */
const OFF_SEVERITIES: ReadonlySet<string> = new Set(['off', '0']);

const WHITESPACE = /\s/u;

function isWhitespace(character: string | undefined): boolean {
  return character !== undefined && WHITESPACE.test(character);
}

function hasLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}

/** The first index at or after `from` that is not whitespace (or `end`). */
function skipWhitespace(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && isWhitespace(text[index])) index += 1;
  return index;
}

/** One past the last non-whitespace index before `end` (or `start`). */
function trimEnd(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && isWhitespace(text[index - 1])) index -= 1;
  return index;
}

/** The start and end of the first whitespace, two or more dashes, whitespace run in `text`; `null` when none. */
export function findDescriptionSeparator(text: string): { start: number; end: number } | null {
  for (let index = 0; index < text.length; index += 1) {
    if (!isWhitespace(text[index]) || text[index + 1] !== '-' || text[index + 2] !== '-') continue;
    let end = index + 3;
    while (text[end] === '-') end += 1;
    if (isWhitespace(text[end])) return { start: index, end: end + 1 };
    // The dashes just scanned hold no whitespace, so the search can resume after them.
    index = end - 1;
  }
  return null;
}

/**
 * Reads a comment as ESLint would: the directive it holds, or `null` when ESLint ignores it (an ordinary comment,
 * an unknown label, a line comment with a block-only directive, a multi-line `eslint-disable-line`).
 */
export function parseDirectiveComment(comment: CommentLike): DirectiveComment | null {
  if (comment.type !== 'Block' && comment.type !== 'Line') return null;
  const text = comment.value;
  const separator = findDescriptionSeparator(text);
  const directiveEnd = trimEnd(text, 0, separator ? separator.start : text.length);
  const labelStart = skipWhitespace(text, 0, directiveEnd);
  let labelEnd = labelStart;
  while (labelEnd < directiveEnd && !isWhitespace(text[labelEnd])) labelEnd += 1;
  const label = text.slice(labelStart, labelEnd);
  if (!LABELS.has(label)) return null;
  if (comment.type === 'Line' && !LINE_COMMENT_LABELS.has(label)) return null;
  if (label === 'eslint-disable-line' && hasLineBreak(text)) return null;
  const description = separator ? text.slice(separator.end).trim() : '';
  const offset = comment.range[0] + OPENING_LENGTH;
  return {
    kind: label as DirectiveKind,
    value: text.slice(skipWhitespace(text, labelEnd, directiveEnd), directiveEnd),
    description,
    range: [offset + labelStart, offset + directiveEnd],
  };
}

/** A name without one pair of matching surrounding quotes: `'a'` → `a`, `"a` stays. */
function unquote(name: string): string {
  const first = name.charAt(0);
  if (name.length >= 2 && (first === '"' || first === "'") && name.endsWith(first)) return name.slice(1, -1);
  return name;
}

/**
 * The rule ids of an `eslint-disable*` / `eslint-enable` value, in order, without duplicates;
 * an empty array means the directive applies to every rule.
 */
export function directiveRuleIds(value: string): string[] {
  const ids = new Set<string>();
  for (const part of value.split(',')) {
    const id = unquote(part.trim());
    if (id) ids.add(id);
  }
  return [...ids];
}

/** `text` split at commas outside brackets, braces and quotes, with the start offset of each piece. */
function splitTopLevel(text: string): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (quote) {
      if (character === '\\') index += 1;
      else if (character === quote) quote = '';
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '[' || character === '{') {
      depth += 1;
    } else if (character === ']' || character === '}') {
      depth = Math.max(0, depth - 1);
    } else if (character === ',' && depth === 0) {
      pieces.push({ text: text.slice(start, index), start });
      start = index + 1;
    }
  }
  pieces.push({ text: text.slice(start), start });
  return pieces;
}

/** The index of the first `:` outside quotes, or -1. */
function keySeparator(entry: string): number {
  let quote = '';
  for (let index = 0; index < entry.length; index += 1) {
    const character = entry.charAt(index);
    if (quote) {
      if (character === '\\') index += 1;
      else if (character === quote) quote = '';
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === ':') {
      return index;
    }
  }
  return -1;
}

/** The severity of a rule setting: `off`, `"off"`, `0`, `[0]`, `["off", { ... }]` … */
function readSeverity(setting: string): { severity: string; numeric: boolean } {
  let text = setting.trim();
  if (text.startsWith('[')) {
    const [first] = splitTopLevel(text.slice(1));
    text = (first?.text ?? '').trim();
    if (text.endsWith(']')) text = text.slice(0, -1).trim();
  }
  const severity = unquote(text);
  return { severity, numeric: severity === text && severity !== '' && !Number.isNaN(Number(severity)) };
}

/** The rule settings of an `eslint` configuration comment (`rule: off, other: [error, { ... }]`), in order. */
export function inlineRuleSettings(value: string): InlineRuleSetting[] {
  let text = value.trim();
  if (text.startsWith('{') && text.endsWith('}')) text = text.slice(1, -1);
  const settings: InlineRuleSetting[] = [];
  for (const piece of splitTopLevel(text)) {
    const colon = keySeparator(piece.text);
    if (colon === -1) continue;
    const ruleId = unquote(piece.text.slice(0, colon).trim());
    if (!ruleId) continue;
    settings.push({ ruleId, ...readSeverity(piece.text.slice(colon + 1)) });
  }
  return settings;
}

/** True when an `eslint` comment's setting turns the rule off (`off` in any quoting, or the number `0`). */
export function turnsRuleOff(setting: InlineRuleSetting): boolean {
  return OFF_SEVERITIES.has(setting.severity) && (setting.severity === 'off' || setting.numeric);
}
