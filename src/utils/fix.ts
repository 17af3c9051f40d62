/**
 * Edits shared by fixes and suggestions. Each keeps the comments that sat inside the code it removes.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The comments inside `range`, as text, so an edit can put them back. */
function commentsInside(sourceCode: SourceCode, range: readonly [number, number]): string {
  return sourceCode
    .getAllComments()
    .filter((comment) => comment.range[0] >= range[0] && comment.range[1] <= range[1])
    .map((comment) => sourceCode.text.slice(comment.range[0], comment.range[1]))
    .join(' ');
}

/**
 * Removes a property (or array element) from its object literal together with one adjoining comma,
 * keeping any comment that was inside the removed text.
 */
export function removeListItem(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  item: TSESTree.Node,
): TSESLint.RuleFix {
  const after = sourceCode.getTokenAfter(item);
  let range: [number, number];
  if (after && after.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    // Take the comma and the whitespace up to the next token, so `{ a, b }` becomes `{ b }`.
    range = [item.range[0], next ? next.range[0] : after.range[1]];
  } else {
    const before = sourceCode.getTokenBefore(item);
    range = before && before.value === ',' ? [before.range[0], item.range[1]] : [item.range[0], item.range[1]];
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
  return parent.parent && STATEMENT_LISTS.has(parent.parent.type) ? parent : null;
}

/** Removes a whole statement, keeping its comments. */
export function removeStatement(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  statement: TSESTree.Statement,
): TSESLint.RuleFix {
  return fixer.replaceTextRange(statement.range, commentsInside(sourceCode, statement.range));
}
