/**
 * Small AST facts every rule needs and none should re-derive: TypeScript expression wrappers,
 * method names, and text for messages.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

export type TypeScriptWrapper =
  | TSESTree.TSAsExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSTypeAssertion
  | TSESTree.TSInstantiationExpression;

/** `x as T`, `x satisfies T`, `x!`, `<T>x`, `f<T>`: wrappers that leave the run-time value unchanged. */
export function isTypeScriptWrapper(node: TSESTree.Node): node is TypeScriptWrapper {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.TSInstantiationExpression
  );
}

/** The expression inside any TypeScript wrappers: `('TLSv1' as Version)!` → `'TLSv1'`. */
export function unwrapTypeScript(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTypeScriptWrapper(current)) current = current.expression;
  return current;
}

/** The outermost TypeScript wrapper around `node` (`(v as T)!`), or `node` itself. */
export function outermostTypeScriptWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && isTypeScriptWrapper(current.parent) && current.parent.expression === current) current = current.parent;
  return current;
}

/** The name of a method call's property: `res.cookie(...)` → `cookie`; `null` for computed or plain calls. */
export function calledMethodName(call: TSESTree.CallExpression): string | null {
  const callee = call.callee;
  return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier
    ? callee.property.name
    : null;
}

const MAX_LABEL_LENGTH = 60;

/**
 * Source text for a message, on one line and shortened, so a long expression cannot flood the editor.
 * Never pass it text that may hold a secret.
 */
export function messageLabel(text: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > MAX_LABEL_LENGTH ? `${flat.slice(0, MAX_LABEL_LENGTH - 1)}…` : flat;
}
