/**
 * Facts about function bodies that rules ask for, computed without leaving the function
 * (nested functions are skipped: their returns are not this function's).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';
import { getStatic } from './static-value';
import { walk } from './traverse';

type Scope = TSESLint.Scope.Scope;
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.FunctionDeclaration,
]);

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return FUNCTION_TYPES.has(node.type);
}

/** The `return` and `throw` statements of `fn` itself, and the calls it makes (outside nested functions). */
export function collectExits(
  fn: FunctionNode,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
): { returns: TSESTree.ReturnStatement[]; throws: TSESTree.ThrowStatement[]; calls: TSESTree.CallExpression[] } {
  const returns: TSESTree.ReturnStatement[] = [];
  const throws: TSESTree.ThrowStatement[] = [];
  const calls: TSESTree.CallExpression[] = [];
  walk(fn.body, visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) returns.push(node);
    else if (node.type === AST_NODE_TYPES.ThrowStatement) throws.push(node);
    else if (node.type === AST_NODE_TYPES.CallExpression) calls.push(node);
    return !(isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody);
  });
  return { returns, throws, calls };
}

/** True when `node` is `undefined`, `void <literal>`, or a static falsy value. */
export function isStaticFalsy(node: TSESTree.Node | null | undefined, scope: Scope | null): boolean {
  if (!node) return true;
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return true;
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void' && node.argument.type === AST_NODE_TYPES.Literal) {
    return true;
  }
  const value = getStatic(node, scope);
  return value !== null && !value.value;
}

/**
 * True when every way out of `fn` yields a static falsy value and it never throws:
 * a callback like that can never signal a failure.
 */
export function alwaysReturnsFalsy(fn: FunctionNode, visitorKeys: TSESLint.SourceCode.VisitorKeys, scope: Scope | null): boolean {
  // An async function returns a promise and a generator an iterator: both truthy.
  if (fn.async || fn.generator) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isStaticFalsy(fn.body, scope);
  const { returns, throws } = collectExits(fn, visitorKeys);
  return throws.length === 0 && returns.every((statement) => isStaticFalsy(statement.argument, scope));
}

/**
 * The function an expression denotes: a function expression itself, a `const` bound to one,
 * or a function declaration. `null` for anything else (a parameter, a call result, an import).
 */
export function resolveFunction(node: TSESTree.Node, scope: Scope): FunctionNode | null {
  if (isFunctionNode(node)) return node;
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  let current: Scope | null = scope;
  while (current) {
    const variable = current.set.get(node.name);
    if (variable) {
      if (variable.defs.length !== 1) return null;
      const def = variable.defs[0];
      if (def?.type === TSESLint.Scope.DefinitionType.FunctionName && def.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
      if (def?.type === TSESLint.Scope.DefinitionType.Variable && def.parent.kind === 'const' && def.node.init && isFunctionNode(def.node.init)) {
        return def.node.init;
      }
      return null;
    }
    current = current.upper;
  }
  return null;
}

const BRANCHING_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.SwitchStatement,
  AST_NODE_TYPES.CatchClause,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

/**
 * True when `node` runs every time `fn` runs (up to an early `return` before it): no branch, loop or
 * `catch` stands between `node` and the body of `fn`. The test of an `if` counts as branching too.
 */
export function runsUnconditionally(node: TSESTree.Node, fn: FunctionNode): boolean {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current !== fn) {
    if (BRANCHING_TYPES.has(current.type) || isFunctionNode(current)) return false;
    current = current.parent;
  }
  return current === fn;
}

/** The innermost function that holds `node`, or `null` at module level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return null;
}

/** The parameter names of `fn` that are plain identifiers, by position (`null` for patterns). */
export function parameterNames(fn: FunctionNode): (string | null)[] {
  return fn.params.map((param) => (param.type === AST_NODE_TYPES.Identifier ? param.name : null));
}
