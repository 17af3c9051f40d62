/**
 * Reading an expression for what it denotes rather than how it is written: the value inside TypeScript
 * wrappers and optional chains, the static key of a member access, the name a callee goes by, and the words
 * of that name together with its receiver's (`jwt.decode` → jwt, decode).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isTypeScriptWrapper } from './ast';
import { nameWords } from './name-words';
import { getPropertyKey } from './options-object';

type Scope = TSESLint.Scope.Scope;

/** The expression inside TypeScript wrappers and optional-chain nodes: `(result?.idToken as string)!` → `result?.idToken`'s member. */
export function unwrapValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    if (isTypeScriptWrapper(current)) current = current.expression;
    else if (current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
    else return current;
  }
}

/** The static key of a member access: `a.b`, `a['b']`, `a[KEY]` with a `const` key; `null` when dynamic or private. */
export function memberKey(member: TSESTree.MemberExpression, scope?: Scope | null): string | null {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : null;
  return getPropertyKey(member, scope);
}

/** The name a callee goes by: `f` for `f()`, `m` for `a.b.m()` and `a['m']()`; `null` otherwise. */
export function calleeName(callee: TSESTree.Node, scope?: Scope | null): string | null {
  const target = unwrapValue(callee);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) return memberKey(target, scope);
  return null;
}

/** The words of a callee's name, preceded by its receiver's when that is a plain name: `jwt.decode` → jwt, decode. */
export function calleeWords(callee: TSESTree.Node, scope?: Scope | null): string[] {
  const target = unwrapValue(callee);
  const name = calleeName(target, scope);
  if (name === null) return [];
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const receiver = unwrapValue(target.object);
    if (receiver.type === AST_NODE_TYPES.Identifier) return [...nameWords(receiver.name), ...nameWords(name)];
  }
  return nameWords(name);
}

/** The identifier a member chain or method-call chain starts from: `req` for `req.headers['x'].trim()`; `null` for `this` and others. */
export function rootIdentifier(node: TSESTree.Node): TSESTree.Identifier | null {
  let current = unwrapValue(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) return current;
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapValue(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrapValue(current.callee);
    else return null;
  }
}
