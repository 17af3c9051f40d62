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
import { mayHoldNameEscape } from './ast';

type SourceCode = Readonly<TSESLint.SourceCode>;

interface FileAnswers {
  readonly words: Map<string, boolean>;
  escape: boolean | undefined;
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

/** True when the file's text holds `needle` verbatim (a plain substring test, asked of the text once per file). */
export function textHolds(sourceCode: SourceCode, needle: string): boolean {
  const { words } = answersOf(sourceCode);
  let holds = words.get(needle);
  if (holds === undefined) {
    holds = sourceCode.text.includes(needle);
    words.set(needle, holds);
  }
  return holds;
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
 * True when the file's text holds an escape that could spell a name character (see `textMayHoldName`), in a token
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
 * True when a name, key or string of the file can spell one of `names`: the text holds one verbatim, or an escape
 * that could spell a name character. `textMayHoldName` of `./ast`, with the answers shared between rules.
 */
export function fileMayHoldName(sourceCode: SourceCode, names: Iterable<string>): boolean {
  for (const name of names) if (textHolds(sourceCode, name)) return true;
  return textMayHoldEscape(sourceCode);
}
