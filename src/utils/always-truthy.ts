/**
 * The counterpart of `alwaysReturnsFalsy` (see `functions.ts`): does every call of a function hand back
 * a truthy value? Callbacks that answer a yes/no question (a trust predicate, a filter, an authorizer)
 * and can only say "yes" check nothing.
 *
 * The answer is about the value a call returns, not what it resolves to: an async function returns a
 * promise and a generator an iterator, both truthy whatever their body says. A caller that tests the
 * result without awaiting it (as proxy-addr does with a trust function) therefore always sees "yes".
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, type TSESLint } from '@typescript-eslint/utils';
import { collectExits, type FunctionNode } from './functions';
import { getStatic } from './static-value';

type Scope = TSESLint.Scope.Scope;

/** Expressions whose value is an object, hence truthy, whatever they contain. */
const OBJECT_VALUED: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.ClassExpression,
  AST_NODE_TYPES.NewExpression,
]);

/** True when `node` is known to be truthy: a static truthy value or an expression that always builds an object. */
export function isStaticTruthy(node: TSESTree.Node | null | undefined, scope: Scope | null): boolean {
  if (!node) return false;
  if (OBJECT_VALUED.has(node.type)) return true;
  const value = getStatic(node, scope);
  return value !== null && Boolean(value.value);
}

/**
 * True when every call of `fn` returns a truthy value: an async function or a generator; an arrow whose
 * expression body is truthy; or a block body that ends in a `return`, whose every `return` (outside nested
 * functions) has a truthy argument, and that has no `throw`. A block that may fall off its end returns
 * `undefined` on that path, so it never counts.
 */
export function alwaysReturnsTruthy(fn: FunctionNode, visitorKeys: TSESLint.SourceCode.VisitorKeys, scope: Scope | null): boolean {
  if (fn.async || fn.generator) return true;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isStaticTruthy(fn.body, scope);
  const last = fn.body.body.at(-1);
  if (last?.type !== AST_NODE_TYPES.ReturnStatement) return false;
  const { returns, throws } = collectExits(fn, visitorKeys);
  return throws.length === 0 && returns.every((statement) => isStaticTruthy(statement.argument, scope));
}
