/**
 * Static values: what an expression evaluates to when that is knowable without running the code.
 * A thin, typed layer on `getStaticValue` from `@eslint-community/eslint-utils`, which already follows
 * literals, template literals, constant concatenation and `const` bindings.
 */
import { getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/** `{ value }` when `node` has a statically known value, otherwise `null`. */
export function getStatic(node: TSESTree.Node | null | undefined, scope?: Scope | null): { value: unknown } | null {
  if (!node) return null;
  // eslint-utils is typed against estree; TSESTree nodes are the same objects.
  const result = getStaticValue(node as never, (scope ?? undefined) as never);
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
