/**
 * Where a local name gets its value: the one expression a `const` (or a never-reassigned `let`/`var`) is
 * initialised with, the object and key a destructured name is read from, or the function parameter it is.
 * Rules use it to follow a value one binding back (`const token = result.idToken; … token`) without a
 * general data-flow engine. A name assigned more than once, imported, or declared twice has no single source.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';
import { isFunctionNode, type FunctionNode } from './functions';
import { getPropertyKey } from './options-object';
import { rootScope } from './static-value';

type Scope = TSESLint.Scope.Scope;

export type BindingSource =
  /** `const name = value` (or `let`/`var` never assigned again). */
  | { readonly kind: 'value'; readonly value: TSESTree.Expression }
  /** `const { key: name } = object` or `const { key: name = fallback } = object`, one level deep. */
  | { readonly kind: 'property'; readonly key: string; readonly object: TSESTree.Expression }
  /** The parameter at `index` of `fn`, never reassigned in it. */
  | { readonly kind: 'parameter'; readonly fn: FunctionNode; readonly index: number };

/** The variable an identifier refers to, looked up in the identifier's own scope. */
export function findBinding(identifier: TSESTree.Identifier, scope: Scope): TSESLint.Scope.Variable | null {
  return ASTUtils.findVariable(rootScope(scope), identifier);
}

/** True when the variable is written anywhere but where it is declared (its initializer or default value). */
function isReassigned(variable: TSESLint.Scope.Variable, declared: TSESTree.Node): boolean {
  return variable.references.some((reference) => reference.isWrite() && reference.identifier !== declared);
}

/** The parameter position `name` occupies in `fn` (plain or with a default value), or -1. */
function parameterIndex(fn: FunctionNode, name: TSESTree.Identifier): number {
  return fn.params.findIndex((param) => {
    const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
    return target === name || (target.type === AST_NODE_TYPES.AssignmentPattern && target.left === name);
  });
}

/** The key of the `ObjectPattern` property that binds `name` directly under `pattern`, or `null`. */
function destructuredKey(name: TSESTree.Identifier, pattern: TSESTree.Node, scope: Scope): string | null {
  let node: TSESTree.Node = name;
  if (node.parent.type === AST_NODE_TYPES.AssignmentPattern && node.parent.left === node) node = node.parent;
  const property = node.parent;
  if (property.type !== AST_NODE_TYPES.Property || property.value !== node || property.parent !== pattern) return null;
  return getPropertyKey(property, scope);
}

/** Where the value of the local name `identifier` comes from, when it has a single source. */
export function bindingSource(identifier: TSESTree.Identifier, scope: Scope): BindingSource | null {
  const variable = findBinding(identifier, scope);
  if (variable?.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (!def) return null;
  const name = def.name as TSESTree.Identifier;
  if (def.type === TSESLint.Scope.DefinitionType.Parameter) {
    const fn = def.node;
    if (!isFunctionNode(fn) || isReassigned(variable, name)) return null;
    const index = parameterIndex(fn, name);
    return index < 0 ? null : { kind: 'parameter', fn, index };
  }
  if (def.type !== TSESLint.Scope.DefinitionType.Variable || !def.node.init || isReassigned(variable, name)) return null;
  const declarator = def.node;
  const init = declarator.init;
  if (!init) return null;
  if (declarator.id === name) return { kind: 'value', value: init };
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const key = destructuredKey(name, declarator.id, scope);
  return key === null ? null : { kind: 'property', key, object: init };
}
