/**
 * The text of a string-valued expression as parts: known text, or `null` for a value known only at run time.
 * `` `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token` `` gives
 * `['https://login.microsoftonline.com/', null, '/oauth2/v2.0/token']`, so a rule can judge the host and path of a
 * URL whose tenant is a variable.
 *
 * It follows literals, template literals, `+` concatenation, `const` bindings, properties of `const` objects,
 * TypeScript wrappers, `String(x)` / `x.toString()`, and the global `new URL(input, base?)`. Nothing is guessed:
 * an expression it cannot see into is a single `null` part, and an expression with no known text at all gives `null`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';
import { unwrapTypeScript } from './ast';
import { getPropertyKey, readOptionsObject } from './options-object';
import { getStatic, rootScope } from './static-value';

type Scope = TSESLint.Scope.Scope;

/** A piece of a string: known text, or `null` for a value known only at run time. */
export type StringPart = string | null;

const MAX_DEPTH = 8;

/** The initializer of the single `const` an identifier is bound to. */
function constInitializer(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Expression | null {
  const variable = ASTUtils.findVariable(rootScope(scope), identifier);
  if (variable?.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  return def.node.init;
}

/** True when `callee` is the global `URL` (or `URL` imported from `node:url`), not a local class of that name. */
function isGlobalUrl(callee: TSESTree.Node, scope: Scope): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'URL') return false;
  const variable = ASTUtils.findVariable(rootScope(scope), callee);
  return !variable || variable.defs.every((def) => def.type === TSESLint.Scope.DefinitionType.ImportBinding);
}

/** Appends parts, merging adjacent known texts and adjacent unknowns, and dropping empty texts. */
function append(target: StringPart[], parts: readonly StringPart[]): void {
  for (const part of parts) {
    if (part === '') continue;
    const last = target.length > 0 ? target[target.length - 1] : undefined;
    if (part === null) {
      if (last !== null) target.push(null);
    } else if (typeof last === 'string') {
      target[target.length - 1] = last + part;
    } else {
      target.push(part);
    }
  }
}

function partsOf(node: TSESTree.Node, scope: Scope, depth: number): StringPart[] | null {
  if (depth > MAX_DEPTH) return null;
  const target = unwrapTypeScript(node);
  const value = getStatic(target, scope);
  if (value !== null) {
    return typeof value.value === 'string' || typeof value.value === 'number' ? [String(value.value)] : null;
  }
  switch (target.type) {
    case AST_NODE_TYPES.TemplateLiteral: {
      const parts: StringPart[] = [];
      target.quasis.forEach((quasi, index) => {
        append(parts, [quasi.value.cooked]);
        const expression = target.expressions[index];
        if (expression) append(parts, partsOf(expression, scope, depth + 1) ?? [null]);
      });
      return parts;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (target.operator !== '+') return null;
      const left = partsOf(target.left, scope, depth + 1);
      const right = partsOf(target.right, scope, depth + 1);
      if (left === null && right === null) return null;
      const parts: StringPart[] = [];
      append(parts, left ?? [null]);
      append(parts, right ?? [null]);
      return parts;
    }
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(target, scope);
      return init ? partsOf(init, scope, depth + 1) : null;
    }
    case AST_NODE_TYPES.MemberExpression: {
      // `ENDPOINTS.token` where `const ENDPOINTS = { token: '…' }`.
      if (target.object.type !== AST_NODE_TYPES.Identifier) return null;
      const key = getPropertyKey(target, scope);
      const property = key === null ? undefined : readOptionsObject(target.object, scope)?.get(key);
      return property ? partsOf(property.value, scope, depth + 1) : null;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = target.callee;
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && target.arguments[0]) {
        return partsOf(target.arguments[0], scope, depth + 1);
      }
      if (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        !callee.computed &&
        callee.property.type === AST_NODE_TYPES.Identifier &&
        (callee.property.name === 'toString' || callee.property.name === 'valueOf') &&
        target.arguments.length === 0
      ) {
        return partsOf(callee.object, scope, depth + 1);
      }
      return null;
    }
    case AST_NODE_TYPES.NewExpression: {
      if (!isGlobalUrl(target.callee, scope)) return null;
      const [input, base] = target.arguments;
      if (!input) return null;
      const inputParts = partsOf(input, scope, depth + 1);
      if (!base) return inputParts;
      const first = inputParts?.[0];
      // An absolute input ignores the base.
      if (typeof first === 'string' && first.includes('://')) return inputParts;
      const baseParts = partsOf(base, scope, depth + 1);
      if (baseParts === null || inputParts === null) return null;
      // Only the plain case is modelled: a base that ends with `/` and a relative input, or a bare origin and an
      // input that starts with `/`. Anything else resolves in ways a concatenation does not describe.
      const baseLast = baseParts[baseParts.length - 1];
      if (typeof baseLast !== 'string' || typeof first !== 'string') return null;
      const bareOrigin = baseParts.length === 1 && !baseLast.slice(baseLast.indexOf('://') + 3).includes('/');
      const parts: StringPart[] = [];
      if (first.startsWith('/') && bareOrigin) {
        append(parts, baseParts);
      } else if (!first.startsWith('/') && baseLast.endsWith('/')) {
        append(parts, baseParts);
      } else {
        return null;
      }
      append(parts, inputParts);
      return parts;
    }
    default:
      return null;
  }
}

/**
 * The parts of the string `node` evaluates to, or `null` when nothing about its text is known statically
 * (a parameter, a call result, a non-string value).
 */
export function getStringParts(node: TSESTree.Node | null | undefined, scope: Scope): StringPart[] | null {
  if (!node) return null;
  const parts = partsOf(node, scope, 0);
  return parts?.some((part) => part !== null) ? parts : null;
}
