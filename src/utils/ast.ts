/**
 * Small AST facts every rule needs and none should re-derive: TypeScript expression wrappers and optional
 * chains, member and method names, and text for messages.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as NODE_TYPES } from '@typescript-eslint/utils';

/**
 * The node-type enum of `@typescript-eslint/utils`, read once. The package re-exports it through two getters, which
 * rules would otherwise call on every comparison of every node their listeners see; this module's export is a plain
 * property. Rules and helpers on hot paths import it from here.
 */
export const AST_NODE_TYPES = NODE_TYPES;

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

export type ExpressionWrapper = TypeScriptWrapper | TSESTree.ChainExpression;

/** A TypeScript wrapper or the `ChainExpression` around `a?.b`: wrappers that leave the value a rule follows unchanged. */
export function isExpressionWrapper(node: TSESTree.Node): node is ExpressionWrapper {
  return isTypeScriptWrapper(node) || node.type === AST_NODE_TYPES.ChainExpression;
}

type WrapperTest = (node: TSESTree.Node) => node is ExpressionWrapper;

function unwrapWith(node: TSESTree.Node, isWrapper: WrapperTest): TSESTree.Node {
  let current = node;
  while (isWrapper(current)) current = current.expression;
  return current;
}

function outermostWith(node: TSESTree.Node, isWrapper: WrapperTest): TSESTree.Node {
  let current = node;
  while (current.parent && isWrapper(current.parent) && current.parent.expression === current) current = current.parent;
  return current;
}

/** The expression inside any TypeScript wrappers: `('TLSv1' as Version)!` → `'TLSv1'`. */
export function unwrapTypeScript(node: TSESTree.Node): TSESTree.Node {
  return unwrapWith(node, isTypeScriptWrapper);
}

/** The outermost TypeScript wrapper around `node` (`(v as T)!`), or `node` itself. */
export function outermostTypeScriptWrapper(node: TSESTree.Node): TSESTree.Node {
  return outermostWith(node, isTypeScriptWrapper);
}

/**
 * The expression inside TypeScript wrappers and optional-chain `ChainExpression`s: `(value as T)!` → `value`;
 * for `a?.b` it is the `MemberExpression` itself (marked `optional`).
 */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  return unwrapWith(node, isExpressionWrapper);
}

/** The outermost TypeScript wrapper or optional chain around `node` (`(a?.b as T)!` for `a?.b`), or `node` itself. */
export function outermostExpressionWrapper(node: TSESTree.Node): TSESTree.Node {
  return outermostWith(node, isExpressionWrapper);
}

/** The static name of a member's property: `a.b` and `a['b']` give `b`; `null` for `a[b]`, `a[0]` and `a.#b`. */
export function staticMemberName(member: TSESTree.MemberExpression): string | null {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : null;
  return member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string' ? member.property.value : null;
}

/** The name a callee goes by, through wrappers: `f` for `f()`, `m` for `a.b.m()`, `a.b['m']()` and `(a?.m)()`. */
export function calleeName(callee: TSESTree.Node): string | null {
  const target = unwrapExpression(callee);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) return staticMemberName(target);
  return null;
}

/** A regular expression literal: `/^https:\/\/example\.com$/u`. */
export function isRegExpLiteral(node: TSESTree.Node): node is TSESTree.RegExpLiteral {
  return node.type === AST_NODE_TYPES.Literal && (node as Partial<TSESTree.RegExpLiteral>).regex !== undefined;
}

/** `===`, `==`, `!==` and `!=`. */
export function isEqualityOperator(operator: string): boolean {
  return operator === '===' || operator === '==' || operator === '!==' || operator === '!=';
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

/** The names under which browser and Node code reach the global object: `window.fetch`, `globalThis.document`. */
export const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set(['globalThis', 'window', 'self']);

/**
 * The identifiers and static property names along a member chain or a call's callee, innermost member first:
 * `passport.authenticate` → authenticate, passport; `router.route('/x').get` → get, route, router.
 */
export function memberChainNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current: TSESTree.Node = unwrapTypeScript(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = staticMemberName(current);
      if (name !== null) names.push(name);
      current = unwrapTypeScript(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrapTypeScript(current.callee);
    } else {
      if (current.type === AST_NODE_TYPES.Identifier) names.push(current.name);
      return names;
    }
  }
}

/**
 * The decorators of a class, method, property or parameter. typescript-eslint always gives these nodes an array;
 * espree, ESLint's default parser, leaves the field out, so reading it directly throws on plain JavaScript.
 */
export function decoratorsOf(node: TSESTree.Node): readonly TSESTree.Decorator[] {
  return (node as { decorators?: readonly TSESTree.Decorator[] }).decorators ?? NO_DECORATORS;
}

/** What `decoratorsOf` answers for a node without decorators (JavaScript parsers give none): shared, never written to. */
const NO_DECORATORS: readonly TSESTree.Decorator[] = Object.freeze([]);

/** `objectName.propertyName` written directly with two plain names: `process.env`, `module.exports`. */
export function isNamedMember(node: TSESTree.Node, objectName: string, propertyName: string): boolean {
  return (
    node.type === NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.object.type === NODE_TYPES.Identifier &&
    node.object.name === objectName &&
    node.property.type === NODE_TYPES.Identifier &&
    node.property.name === propertyName
  );
}

/** `process.env`, written directly (the object environment variables are read from). */
export function isProcessEnv(node: TSESTree.Node): boolean {
  return isNamedMember(node, 'process', 'env');
}

/** An object of environment variables: `process.env`, `import.meta.env`, `Bun.env`, or a binding named `env`. */
export function isEnvironmentObject(node: TSESTree.Node): boolean {
  if (node.type === NODE_TYPES.Identifier) return node.name === 'env';
  return node.type === NODE_TYPES.MemberExpression && !node.computed && node.property.type === NODE_TYPES.Identifier && node.property.name === 'env';
}
