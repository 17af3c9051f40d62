/**
 * Static values: what an expression evaluates to when that is knowable without running the code.
 * A thin, typed layer on `getStaticValue` from `@eslint-community/eslint-utils`, which already follows
 * literals, template literals, constant concatenation and `const` bindings.
 */
import { getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/**
 * The outermost scope above `scope`.
 *
 * eslint-utils resolves an identifier by descending from the scope it is given to the innermost scope that
 * contains the identifier, then looking the name up from there; it also reuses that starting scope for the
 * initializer of every `const` it follows. Starting from a caller's scope, a name in code outside it (the
 * initializer of a `const` declared in another function, the body of a function read from its call site)
 * would be looked up from the caller and could land on a variable of the same name that shadows the real one.
 * Starting from the root, every identifier is resolved in its own scope.
 */
export function rootScope(scope: Scope): Scope {
  let current = scope;
  while (current.upper) current = current.upper;
  return current;
}

/** `{ value }` when `node` has a statically known value, otherwise `null`. */
export function getStatic(node: TSESTree.Node | null | undefined, scope?: Scope | null): { value: unknown } | null {
  if (!node) return null;
  // eslint-utils is typed against estree; TSESTree nodes are the same objects.
  const result = getStaticValue(node as never, (scope ? rootScope(scope) : undefined) as never);
  return result && 'value' in result ? { value: result.value } : null;
}

/** The string `node` statically evaluates to, or `null`. */
export function getStaticString(node: TSESTree.Node | null | undefined, scope?: Scope | null): string | null {
  const result = getStatic(node, scope);
  return result && typeof result.value === 'string' ? result.value : null;
}

/** True when `node` statically evaluates to exactly `expected` (compared with `Object.is`). */
export function isStaticValue(node: TSESTree.Node | null | undefined, scope: Scope | null | undefined, expected: unknown): boolean {
  const result = getStatic(node, scope);
  return result !== null && Object.is(result.value, expected);
}

/**
 * The initializer of the single `const` an identifier is bound to (`null` for `let`, `var`, a destructured name, a
 * parameter or an import). The name is looked up in its own scope (see `rootScope`).
 */
export function constInitializer(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Expression | null {
  const variable = ASTUtils.findVariable(rootScope(scope), identifier);
  if (variable?.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  return def.node.init;
}
