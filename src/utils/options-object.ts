/**
 * The options-object reader: given the expression passed as a library's options, find the object
 * literal behind it and tell which property node sets which key to which static value.
 *
 * It follows `const` bindings (`const opts = {...}; lib(opts)`), TypeScript wrappers (`as`, `satisfies`, `!`),
 * spreads of such objects (`{ ...base, audience }`), string-literal keys and computed-constant keys.
 * Anything it cannot see through (a spread of a call result, a computed key, a later `opts.x = ...`)
 * makes the object "open": a rule may then still report an explicit bad value it can see, but must not
 * report a missing key.
 */
import { getPropertyName } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';
import { outermostTypeScriptWrapper, unwrapTypeScript } from './ast';
import { getStatic, rootScope } from './static-value';

type Scope = TSESLint.Scope.Scope;

export interface OptionProperty {
  readonly key: string;
  /** The `Property` node: report on it (or on its `value`) so the squiggle lands on the setting. */
  readonly node: TSESTree.Property;
  readonly value: TSESTree.Node;
  /** The statically known value, when there is one. */
  readonly staticValue: { value: unknown } | null;
}

export interface OptionsObject {
  /** The object literals read, outermost first (the argument's own literal, then spread sources). */
  readonly objects: readonly TSESTree.ObjectExpression[];
  /** Every property seen, in evaluation order; a later one overrides an earlier one with the same key. */
  readonly properties: readonly OptionProperty[];
  /**
   * True when every key of the object is known: no unresolved spread, no dynamic key, and the
   * `const` holding it is not mutated later. Only a closed object may be reported for a missing key.
   */
  readonly closed: boolean;
  /** The effective property for `key` (the last one written), if any. */
  get(key: string): OptionProperty | undefined;
  has(key: string): boolean;
}

const MAX_DEPTH = 8;

/** True when `node` is written to: the target of an assignment, an update, a `delete`, or a destructuring/for-of target. */
function isWriteTarget(node: TSESTree.Node): boolean {
  const target = outermostTypeScriptWrapper(node);
  const parent = target.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === target;
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.Property:
      return parent.value === target && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    default:
      return false;
  }
}

/** Built-ins that write into their first argument. */
const MUTATING_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Object', new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf'])],
  ['Reflect', new Set(['set', 'defineProperty', 'deleteProperty', 'setPrototypeOf'])],
]);

/**
 * True when a reference writes into the object: `v.x = 1`, `v[k] = 1`, `v.x++`, `delete v.x`, `[v.x] = list`,
 * `Object.assign(v, ...)`, also through TypeScript wrappers (`(v as T).x = 1`).
 */
function isMutatingReference(identifier: TSESTree.Node): boolean {
  const reference = outermostTypeScriptWrapper(identifier);
  const parent = reference.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === reference) return isWriteTarget(parent);
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === reference) {
    const callee = parent.callee;
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      !callee.computed &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.property.type === AST_NODE_TYPES.Identifier &&
      MUTATING_CALLS.get(callee.object.name)?.has(callee.property.name) === true
    );
  }
  return false;
}

/**
 * The object literal a `const` identifier is bound to, and whether it is left unmutated.
 * `let`/`var` bindings and destructured bindings are not followed.
 */
export function resolveConstObject(
  identifier: TSESTree.Identifier,
  scope: Scope,
): { object: TSESTree.ObjectExpression; mutated: boolean } | null {
  // Looked up from the root so the name resolves in the identifier's own scope, not the caller's (see `rootScope`).
  const variable = ASTUtils.findVariable(rootScope(scope), identifier);
  if (variable?.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (
    def?.type !== TSESLint.Scope.DefinitionType.Variable ||
    def.parent.kind !== 'const' ||
    def.node.id.type !== AST_NODE_TYPES.Identifier ||
    !def.node.init
  ) {
    return null;
  }
  const init = unwrapTypeScript(def.node.init);
  if (init.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const mutated = variable.references.some((reference) => isMutatingReference(reference.identifier));
  return { object: init, mutated };
}

/** The object literal behind an expression: the literal itself, or a `const` bound to one. */
export function resolveObjectExpression(node: TSESTree.Node | null | undefined, scope: Scope): TSESTree.ObjectExpression | null {
  if (!node) return null;
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.ObjectExpression) return target;
  if (target.type === AST_NODE_TYPES.Identifier) return resolveConstObject(target, scope)?.object ?? null;
  return null;
}

/** The static key of a property, or `null` for a dynamic one. */
export function getPropertyKey(property: TSESTree.Property | TSESTree.MemberExpression, scope?: Scope | null): string | null {
  return getPropertyName(property as never, (scope ? rootScope(scope) : undefined) as never) ?? null;
}

/**
 * Reads the options object behind `node`. Returns `null` when `node` is not (a `const` bound to) an
 * object literal — for example a call result or a parameter — so the caller knows nothing about it.
 */
export function readOptionsObject(node: TSESTree.Node | null | undefined, scope: Scope): OptionsObject | null {
  if (!node) return null;
  const objects: TSESTree.ObjectExpression[] = [];
  const properties: OptionProperty[] = [];
  let closed = true;
  const visiting = new Set<TSESTree.ObjectExpression>();

  function visit(expression: TSESTree.Node, depth: number): boolean {
    const target = unwrapTypeScript(expression);
    let object: TSESTree.ObjectExpression | null = null;
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      object = target;
    } else if (target.type === AST_NODE_TYPES.Identifier) {
      const resolved = resolveConstObject(target, scope);
      if (resolved) {
        object = resolved.object;
        if (resolved.mutated) closed = false;
      }
    }
    if (!object || visiting.has(object) || depth > MAX_DEPTH) return false;
    visiting.add(object);
    objects.push(object);
    for (const element of object.properties) {
      if (element.type === AST_NODE_TYPES.SpreadElement) {
        if (!visit(element.argument, depth + 1)) closed = false;
        continue;
      }
      const key = getPropertyKey(element, scope);
      if (key === null) {
        closed = false;
        continue;
      }
      properties.push({ key, node: element, value: element.value, staticValue: getStatic(element.value, scope) });
    }
    visiting.delete(object);
    return true;
  }

  if (!visit(node, 0)) return null;

  return {
    objects,
    properties,
    closed,
    get(key: string) {
      for (let index = properties.length - 1; index >= 0; index -= 1) {
        const property = properties[index];
        if (property?.key === key) return property;
      }
      return undefined;
    },
    has(key: string) {
      return properties.some((property) => property.key === key);
    },
  };
}
