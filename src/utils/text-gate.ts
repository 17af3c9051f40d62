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

/** True when the file's text holds an escape that could spell a name character (see `textMayHoldName`). */
export function textMayHoldEscape(sourceCode: SourceCode): boolean {
  const found = answersOf(sourceCode);
  found.escape ??= mayHoldNameEscape(sourceCode.text);
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
