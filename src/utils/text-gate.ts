/**
 * File gates shared by the rules: cheap tests of a file's source text that tell a rule, in `create()`, that the file
 * cannot hold what it reports, so that it can return no listeners (or fewer). Many rules ask about the same words
 * (`token`, `jwt`, `Authorization`), so each answer is worked out once per file and kept in a `WeakMap` keyed by the
 * file's `Program` node, which ESLint drops with the file: nothing is kept between files.
 *
 * What a gate may assume: a name a rule reads (an identifier, a property key, a string's value, or a constant's value
 * that `getStatic` follows) is written in the file, verbatim or through an escape. A name assembled at run time from
 * pieces (`'reject' + 'Unauthorized'`) is not looked for: that is evasion, not the mistake a rule is for.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_TOKEN_TYPES } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Characters a backslash escape turns into something other than a name character (`\n`), or into the same symbol. */
function isInertEscape(char: string): boolean {
  // Control-character escapes, and escaped punctuation, spaces and quotes (an identity escape of a symbol is that
  // symbol). Any other escape may yield a name character: `\u0071`, `\x71`, legacy octal `\161`, an identity escape
  // such as `\q` (a string's `'\q'` is `'q'`), or a line continuation that joins two halves of a name.
  if (char === 'n' || char === 'r' || char === 't' || char === 'b' || char === 'f' || char === 'v') return true;
  const code = char.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return false; // digits: octal escapes, `\8`
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return false; // letters
  if (char === '_' || char === '$' || char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') return false;
  return code < 0x80; // ASCII punctuation and spaces; a non-ASCII character cannot help spell an ASCII name
}

/**
 * Whether the text holds an escape that could spell a name character. Linear: each backslash is looked at once, and
 * an escaped backslash (`\\`) is skipped whole. Regular expressions' `\d`, `\s` and `\w` count (in a string they are
 * identity escapes), so the answer errs towards yes, unless `counts` says that the escape at an index cannot be part
 * of a name or a string (it is in a regular expression or a comment).
 */
export function mayHoldNameEscape(text: string, counts: (index: number) => boolean = () => true): boolean {
  for (let index = text.indexOf('\\'); index !== -1; index = text.indexOf('\\', index + 2)) {
    const next = text[index + 1];
    if (next === undefined) return false;
    if (next !== '\\' && !isInertEscape(next) && counts(index)) return true;
  }
  return false;
}


interface FileAnswers {
  readonly words: Map<string, boolean>;
  escape: boolean | undefined;
}

/** Bits of the trigram set: 65,536 (8 KiB), so the few thousand trigrams of a file set a few per cent of them. */
const TRIGRAM_BITS = 0x10000;
const KELVIN_SIGN = 0x212a;
const LONG_S = 0x17f;

/**
 * Each character code as the trigram set keeps it: ASCII capitals as small letters, the two non-ASCII letters that a
 * case-insensitive regular expression matches to an ASCII one (the Kelvin sign `K` to `k`, the long `ſ` to `s`) as
 * that letter, and only the low eight bits of the rest. Characters that come out the same only let more needles through.
 * A table, so that the pass over the text costs one load per character (built once; never written to after).
 */
const FOLDED: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < table.length; code += 1) table[code] = code >= 65 && code <= 90 ? code | 32 : code & 0xff;
  table[KELVIN_SIGN] = 107;
  table[LONG_S] = 115;
  return table;
})();

/** The bit of a trigram: the three folded codes in one number, spread by a multiplicative hash (top 16 bits). */
function trigramBit(window: number): number {
  return Math.imul(window & 0xffffff, 0x9e3779b1) >>> 16;
}

/** `-` and `_`, which the trigram windows step over (see `fillTrigrams`). */
const DASH = 0x2d;
const UNDERSCORE = 0x5f;

/**
 * Sets `set` to every trigram (three consecutive characters) of the text, folded by `FOLDED`, as a bit: one pass over
 * the text per file, after which a needle one of whose trigrams is missing is ruled out without a search, in any case
 * or as written. A text search runs at the speed of its first character's rarity, so the common case, a needle that
 * is not in the file, is the slow one without this; with it, most needles cost a few bit tests. (The first two windows
 * hold fewer than three characters, which only sets bits no needle asks for.)
 *
 * The windows step over `-` and `_`, in the text as in the needles (`mayHoldTrigrams`): a needle in the text is still
 * found (its characters other than those are consecutive there too), and so is a word spelled with separators between
 * its letters (`access_token`, `ID-TOKEN` for `accesstoken`, `idtoken`), which a gate in any case can then ask about.
 */
function fillTrigrams(set: Uint32Array, text: string): void {
  set.fill(0);
  let window = 0;
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === DASH || code === UNDERSCORE) continue;
    window = (window << 8) | (FOLDED[code] as number);
    const bit = trigramBit(window);
    set[bit >> 5] = (set[bit >> 5] as number) | (1 << (bit & 31));
  }
}

/** False when a trigram of `needle` (its `-` and `_` stepped over) is missing from the file's set: then the text holds it in no case. */
function mayHoldTrigrams(set: Uint32Array, needle: string): boolean {
  let window = 0;
  let seen = 0;
  for (let index = 0; index < needle.length; index += 1) {
    const code = needle.charCodeAt(index);
    if (code === DASH || code === UNDERSCORE) continue;
    window = (window << 8) | (FOLDED[code] as number);
    seen += 1;
    if (seen < 3) continue;
    const bit = trigramBit(window);
    if (((set[bit >> 5] as number) & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/**
 * One trigram set, reused: a new typed array per file costs more than filling it (its memory is allocated and freed
 * outside the JavaScript heap). It holds the trigrams of the file whose answers `trigramOwner` is; a file that asks
 * while it holds another's (files linted in turn, as ESLint does, never do) has it filled again. The set is only read
 * within one call, and says nothing about a file but its own text.
 */
const trigramSet = new Uint32Array(TRIGRAM_BITS >> 5);
let trigramOwner: FileAnswers | null = null;

function trigramSetOf(found: FileAnswers, text: string): Uint32Array {
  if (trigramOwner !== found) {
    fillTrigrams(trigramSet, text);
    trigramOwner = found;
  }
  return trigramSet;
}

const answers = new WeakMap<TSESTree.Program, FileAnswers>();

function answersOf(sourceCode: SourceCode): FileAnswers {
  let found = answers.get(sourceCode.ast);
  if (!found) {
    found = { words: new Map(), escape: undefined };
    answers.set(sourceCode.ast, found);
  }
  return found;
}

/**
 * True when the file's text holds `needle` verbatim: a substring test, made only when every trigram of the needle is
 * in the file, and then kept for the file. A needle ruled out by its trigrams is not kept: the gates ask over a hundred
 * needles per file, nearly all of them ruled out, and testing the bits again costs less than keeping each answer.
 */
export function textHolds(sourceCode: SourceCode, needle: string): boolean {
  const found = answersOf(sourceCode);
  const text = sourceCode.text;
  if (needle.length >= 3 && !mayHoldTrigrams(trigramSetOf(found, text), needle)) return false;
  let holds = found.words.get(needle);
  if (holds === undefined) {
    holds = text.includes(needle);
    found.words.set(needle, holds);
  }
  return holds;
}

/**
 * False when the file's text cannot hold `word` in any mix of ASCII cases (`cookie`, `Set-Cookie`, `COOKIE`), even
 * with `-` or `_` between its letters (`access_token` for `accesstoken`): a trigram of it, folded, is missing. True
 * means "maybe": a rule then runs its own test, which this one only spares the files that cannot match. `word` is
 * ASCII; the Kelvin sign and the long `ſ` in the text count as `k` and `s`, as they do for a case-insensitive regular
 * expression.
 */
export function textMayHoldInAnyCase(sourceCode: SourceCode, word: string): boolean {
  return word.length < 3 || mayHoldTrigrams(trigramSetOf(answersOf(sourceCode), sourceCode.text), word);
}

/** True when the file's text may hold one of `words` in some case (see `textMayHoldInAnyCase`): a gate's list of words. */
export function textMayHoldAnyInAnyCase(sourceCode: SourceCode, words: Iterable<string>): boolean {
  for (const word of words) if (textMayHoldInAnyCase(sourceCode, word)) return true;
  return false;
}

/** The token whose range holds `index`, by binary search over the file's tokens (in source order), or `null`. */
function tokenAt(tokens: readonly TSESTree.Token[], index: number): TSESTree.Token | null {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle] as TSESTree.Token;
    if (token.range[1] <= index) low = middle + 1;
    else if (token.range[0] > index) high = middle - 1;
    else return token;
  }
  return null;
}

/** A token an escape in which can spell part of a name or a string: any but a regular expression (or none: a comment). */
function canSpellName(token: TSESTree.Token | null): boolean {
  return token !== null && token.type !== AST_TOKEN_TYPES.RegularExpression;
}

/**
 * True when the file's text holds an escape that could spell a name character (see `mayHoldNameEscape`), in a token
 * that can hold a name or a string. An escape in a regular expression (`/\d+/`) or in a comment (no token holds it)
 * cannot: the pattern of a regular expression is no name and no string value a rule reads. A parser that gives no
 * tokens gets the answer for the whole text.
 */
export function textMayHoldEscape(sourceCode: SourceCode): boolean {
  const found = answersOf(sourceCode);
  if (found.escape === undefined) {
    const tokens = (sourceCode.ast as { tokens?: readonly TSESTree.Token[] }).tokens;
    found.escape = mayHoldNameEscape(
      sourceCode.text,
      tokens ? (index) => canSpellName(tokenAt(tokens, index)) : undefined,
    );
  }
  return found.escape;
}

/**
 * The names of `names` that hold no other one (`TLSv1` of `TLSv1` and `TLSv1.1`): a text that holds none of these
 * holds none of `names`, so a gate asks about fewer needles.
 */
export function shortestPieces(names: Iterable<string>): string[] {
  const all = [...new Set(names)];
  return all.filter((name) => !all.some((other) => other !== name && name.includes(other)));
}

/**
 * True when a name, key or string of the file can spell one of `names`: the text holds one verbatim, or an escape
 * that could spell a name character. An exact prefilter for listeners that act on names read as written or through a
 * constant (whose literal is in the text too): when it is false, none of them can match in the file.
 */
export function fileMayHoldName(sourceCode: SourceCode, names: Iterable<string>): boolean {
  for (const name of names) if (textHolds(sourceCode, name)) return true;
  return textMayHoldEscape(sourceCode);
}
