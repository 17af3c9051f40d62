/**
 * Adding a property to an object literal, in the literal's own layout: `{}` becomes `{ key: value }`,
 * `{ a }` becomes `{ a, key: value }`, and a multi-line literal gets a new line indented like its last property,
 * keeping (or not) a trailing comma as the literal already does. Comments are never touched.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The whitespace at the start of the line on which `index` sits. */
function lineIndent(text: string, index: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let end = lineStart;
  while (text[end] === ' ' || text[end] === '\t') end += 1;
  return text.slice(lineStart, end);
}

/**
 * Adds `propertyText` (such as `secure: true`) as the last property of `object`. In a multi-line literal the new
 * property goes on its own line, after any comment that ends the last property's line, so comments stay put.
 */
export function insertProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  propertyText: string,
): TSESLint.RuleFix[] {
  const opening = sourceCode.getFirstToken(object);
  const closing = sourceCode.getLastToken(object);
  const last = object.properties.at(-1);
  const lastToken = last ? sourceCode.getLastToken(last) : null;
  if (!opening || !closing || !last || !lastToken) {
    const inner: [number, number] = [opening ? opening.range[1] : object.range[0] + 1, closing ? closing.range[0] : object.range[1] - 1];
    // An empty literal may still hold a comment: keep it and put the property after it.
    const hasComment = sourceCode.getAllComments().some((comment) => comment.range[0] >= inner[0] && comment.range[1] <= inner[1]);
    return [hasComment ? fixer.insertTextBeforeRange([inner[1], inner[1]], ` ${propertyText} `) : fixer.replaceTextRange(inner, ` ${propertyText} `)];
  }
  const after = sourceCode.getTokenAfter(lastToken);
  const comma = after?.value === ',' ? after : null;
  const anchor = comma ?? lastToken;
  const multiLine = last.loc.start.line !== opening.loc.end.line && closing.loc.start.line !== anchor.loc.end.line;
  if (!multiLine) {
    return [comma ? fixer.insertTextAfter(comma, ` ${propertyText},`) : fixer.insertTextAfter(lastToken, `, ${propertyText}`)];
  }
  // The end of the anchor's line, past any comment that trails it there.
  let position = anchor.range[1];
  for (const comment of sourceCode.getCommentsAfter(anchor)) {
    if (comment.loc.start.line !== anchor.loc.end.line) break;
    position = comment.range[1];
  }
  const indent = lineIndent(sourceCode.text, last.range[0]);
  const line = `\n${indent}${propertyText}${comma ? ',' : ''}`;
  const fixes = [fixer.insertTextAfterRange([position, position], line)];
  if (!comma) fixes.unshift(fixer.insertTextAfter(lastToken, ','));
  return fixes;
}
