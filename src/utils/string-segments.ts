/**
 * A string built in code (`` `a=${b}` ``, `'a=' + b`) as a list of known text and run-time holes, left to right: for
 * rules that read a URL or a cookie string out of such an expression.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, unwrapExpression } from './ast';
import { getStaticString } from './static-value';

/** Known text, or a run-time value (the expression that gives it). */
export type Segment = { readonly text: string } | { readonly hole: TSESTree.Node };

/** The operands of a `+` chain, left to right. */
function concatOperands(node: TSESTree.Node, out: TSESTree.Node[]): void {
  const target = unwrapExpression(node);
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    concatOperands(target.left, out);
    concatOperands(target.right, out);
  } else out.push(target);
}

/** The segments of a template literal or a `+` chain; operands with a static value (in `scope`) are text. */
export function segmentsOf(node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression, scope: TSESLint.Scope.Scope): Segment[] {
  const segments: Segment[] = [];
  const add = (expression: TSESTree.Node): void => {
    const text = getStaticString(expression, scope);
    segments.push(text === null ? { hole: expression } : { text });
  };
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    node.quasis.forEach((quasi, index) => {
      segments.push({ text: quasi.value.cooked ?? quasi.value.raw });
      const expression = node.expressions[index];
      if (expression) add(expression);
    });
  } else {
    const operands: TSESTree.Node[] = [];
    concatOperands(node, operands);
    for (const operand of operands) {
      if (operand.type === AST_NODE_TYPES.TemplateLiteral) segments.push(...segmentsOf(operand, scope));
      else add(operand);
    }
  }
  return segments;
}
