/**
 * Edits shared by fixes and suggestions. Each keeps the comments that sat inside the code it removes.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

function isOpening(token: TSESTree.Token | null): boolean {
  return token?.value === '{' || token?.value === '[';
}

function isClosing(token: TSESTree.Token | null): boolean {
  return token?.value === '}' || token?.value === ']';
}

/** Whitespace that does not end a line. */
function isBlank(character: string | undefined): boolean {
  return character === ' ' || character === '\t';
}

/**
 * The comments inside `range`, as text to put in its place, so an edit that removes the range keeps them.
 * A line comment is followed by a line break (indented like the line the range starts on) whenever code follows
 * on the same line, so it cannot comment that code out; a block comment is kept apart from adjoining code by a space.
 */
function commentsInside(sourceCode: SourceCode, range: readonly [number, number]): string {
  const comments = sourceCode
    .getAllComments()
    .filter((comment) => comment.range[0] >= range[0] && comment.range[1] <= range[1]);
  const last = comments.at(-1);
  if (!last) return '';
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  let indentEnd = lineStart;
  while (isBlank(text[indentEnd])) indentEnd += 1;
  const lineBreak = `\n${text.slice(lineStart, Math.min(indentEnd, range[0]))}`;

  let result = '';
  comments.forEach((comment, index) => {
    if (index > 0) result += comments[index - 1]?.type === AST_TOKEN_TYPES.Line ? lineBreak : ' ';
    result += text.slice(comment.range[0], comment.range[1]);
  });
  const previous = text[range[0] - 1];
  if (previous !== undefined && previous !== '\n' && !isBlank(previous)) result = ` ${result}`;
  const lineEnd = text.indexOf('\n', range[1]);
  const restOfLine = text.slice(range[1], lineEnd === -1 ? text.length : lineEnd);
  if (last.type === AST_TOKEN_TYPES.Line) {
    if (restOfLine.trim() !== '') result += lineBreak;
  } else {
    const next = text[range[1]];
    if (next !== undefined && next !== '\n' && next !== '\r' && !isBlank(next)) result += ' ';
  }
  return result;
}

/**
 * Removes a property (or array element) from its object literal together with one adjoining comma,
 * keeping any comment that was inside the removed text. Parentheses around an array element go with it.
 */
export function removeListItem(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  item: TSESTree.Node,
): TSESLint.RuleFix {
  let first = sourceCode.getFirstToken(item);
  let last = sourceCode.getLastToken(item);
  if (!first || !last) return fixer.removeRange(item.range);
  let before = sourceCode.getTokenBefore(first);
  let after = sourceCode.getTokenAfter(last);
  // Parentheses right around an array element can only be grouping parentheses (around a call argument they may be the call's).
  while (item.parent?.type === AST_NODE_TYPES.ArrayExpression && before?.value === '(' && after?.value === ')') {
    first = before;
    last = after;
    before = sourceCode.getTokenBefore(first);
    after = sourceCode.getTokenAfter(last);
  }
  let range: [number, number];
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    if (before && isClosing(next)) {
      // The last item, with a trailing comma: cut from the end of what precedes it, so the closing
      // bracket keeps its own line and indentation (`a,\n  b,\n}` becomes `a,\n}`).
      range = [before.range[1], after.range[1]];
    } else {
      // Take the comma and the whitespace up to the next token, so `{ a, b }` becomes `{ b }`.
      range = [first.range[0], next ? next.range[0] : after.range[1]];
    }
  } else if (before?.value === ',') {
    range = [before.range[0], last.range[1]];
  } else if (before && after && isOpening(before) && isClosing(after)) {
    // The only item: `{ a }` becomes `{}`.
    range = [before.range[1], after.range[0]];
  } else {
    range = [first.range[0], last.range[1]];
  }
  return fixer.replaceTextRange(range, commentsInside(sourceCode, range));
}

const STATEMENT_LISTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.TSModuleBlock,
]);

/** The statement that consists of `expression` alone and sits in a statement list, so it can be deleted. */
export function removableStatementOf(expression: TSESTree.Node): TSESTree.ExpressionStatement | null {
  const parent = expression.parent;
  if (parent?.type !== AST_NODE_TYPES.ExpressionStatement || parent.expression !== expression) return null;
  return STATEMENT_LISTS.has(parent.parent.type) ? parent : null;
}

/** Removes a whole statement, keeping its comments. */
export function removeStatement(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  statement: TSESTree.Statement,
): TSESLint.RuleFix {
  return fixer.replaceTextRange(statement.range, commentsInside(sourceCode, statement.range));
}
