/**
 * The strings a list-valued option holds, each with the node it is written at: `actions: ['s3:*', ...shared]`,
 * `scopes: SCOPES` with `const SCOPES = ['User.Read']`, or a single string. Rules that judge each entry of a list
 * (an IAM action, an OAuth scope) report the entry itself, so they need the nodes, not only the values.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrapTypeScript } from './ast';
import { constInitializer, getStatic } from './static-value';

type Scope = TSESLint.Scope.Scope;

export interface StringItem {
  /** Where the entry is written: its literal, or the expression whose static value held it. */
  readonly node: TSESTree.Node;
  /** The entry, or `null` when it is not statically known. */
  readonly value: string | null;
  /** Set when `node` is an expression whose value is a whole array of entries (so it is not this entry's own text). */
  readonly partOfValue: boolean;
}

export interface StringItemsOptions {
  /** Follow an identifier to its `const` string as well as to its `const` array, reporting at the `const`'s literal. */
  readonly followConstStrings?: boolean;
}

/** Arrays and `const`s followed before giving up: deep enough for real option lists, bounded on cycles. */
const MAX_DEPTH = 6;

function collect(node: TSESTree.Node, scope: Scope, options: StringItemsOptions, out: StringItem[], depth: number): void {
  const target = unwrapTypeScript(node);
  if (depth > MAX_DEPTH) {
    out.push({ node: target, value: null, partOfValue: false });
    return;
  }
  if (target.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of target.elements) {
      if (element) collect(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, scope, options, out, depth + 1);
    }
    return;
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(target, scope);
    const inner = init ? unwrapTypeScript(init) : null;
    if (
      inner &&
      (inner.type === AST_NODE_TYPES.ArrayExpression ||
        (options.followConstStrings === true &&
          (inner.type === AST_NODE_TYPES.Literal || inner.type === AST_NODE_TYPES.TemplateLiteral || inner.type === AST_NODE_TYPES.Identifier)))
    ) {
      collect(inner, scope, options, out, depth + 1);
      return;
    }
  }
  const value = getStatic(target, scope)?.value;
  if (typeof value === 'string') out.push({ node: target, value, partOfValue: false });
  else if (Array.isArray(value)) for (const entry of value as unknown[]) out.push({ node: target, value: typeof entry === 'string' ? entry : null, partOfValue: true });
  else out.push({ node: target, value: null, partOfValue: false });
}

/** The entries of the list (or single string) `node` holds, in order, unknown ones as `null`. */
export function stringItems(node: TSESTree.Node, scope: Scope, options: StringItemsOptions = {}): StringItem[] {
  const out: StringItem[] = [];
  collect(node, scope, options, out, 0);
  return out;
}
