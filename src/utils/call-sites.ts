/**
 * The places in a file that call a given function, for rules that follow a value or a context one call up
 * (a helper called from a request handler). Seen: calls by name of a function declaration or of a `const`
 * bound to a function expression; `this.name(...)` inside the class for a method or an arrow-function field;
 * `Class.name(...)` for a static one; `obj.name(...)` for a method of an object literal bound to a `const`.
 * Not seen: calls from other files, through other aliases, `call`/`apply`, or callbacks passed by reference.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { outermostTypeScriptWrapper } from './ast';
import { isFunctionNode, type FunctionNode } from './functions';
import { walk } from './traverse';

type SourceCode = Readonly<TSESLint.SourceCode>;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;
type MemberKey = TSESTree.Expression | TSESTree.PrivateIdentifier;

/** The name of a non-computed key, with `#` for a private one; `null` for a computed or literal-less key. */
function memberKeyName(key: MemberKey, computed: boolean): string | null {
  if (computed) return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : null;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : null;
}

/** The callee of `node`'s call when `node` is that callee (through TypeScript wrappers), else `null`. */
function callOfCallee(node: TSESTree.Node): TSESTree.CallExpression | null {
  const current = outermostTypeScriptWrapper(node);
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === current ? parent : null;
}

/** Calls `name(...)` through the references of the variable `declarator` declares under `name`. */
function callsOfVariable(declaring: TSESTree.Node, name: string, sourceCode: SourceCode): TSESTree.CallExpression[] {
  const variable = sourceCode.getDeclaredVariables(declaring).find((candidate) => candidate.name === name);
  if (!variable) return [];
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    const call = callOfCallee(reference.identifier);
    if (call) calls.push(call);
  }
  return calls;
}

/** Calls `<variable>.name(...)` through the references of the variable `declaring` declares under `variableName`. */
function memberCallsOfVariable(declaring: TSESTree.Node, variableName: string, member: string, sourceCode: SourceCode): TSESTree.CallExpression[] {
  const variable = sourceCode.getDeclaredVariables(declaring).find((candidate) => candidate.name === variableName);
  if (!variable) return [];
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    const parent = reference.identifier.parent;
    if (
      reference.isRead() &&
      parent.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === reference.identifier &&
      memberKeyName(parent.property, parent.computed) === member
    ) {
      const call = callOfCallee(parent);
      if (call) calls.push(call);
    }
  }
  return calls;
}

/** Calls `this.name(...)` in the instance code of `classNode` (nested classes and non-arrow functions have their own `this`). */
function thisCallsInClass(classNode: ClassNode, member: string, sourceCode: SourceCode): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  walk(classNode.body, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) return false;
    if (
      (node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration) &&
      node.parent.type !== AST_NODE_TYPES.MethodDefinition
    ) {
      return false;
    }
    if (
      node.type === AST_NODE_TYPES.MemberExpression &&
      node.object.type === AST_NODE_TYPES.ThisExpression &&
      memberKeyName(node.property, node.computed) === member
    ) {
      const call = callOfCallee(node);
      if (call) calls.push(call);
    }
    return true;
  });
  return calls;
}

function classCallSites(
  member: TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
  sourceCode: SourceCode,
): TSESTree.CallExpression[] {
  const name = memberKeyName(member.key, member.computed);
  const classNode = member.parent.parent;
  if (name === null) return [];
  if (!member.static) return thisCallsInClass(classNode, name, sourceCode);
  const className = classNode.id?.name;
  return className ? memberCallsOfVariable(classNode, className, name, sourceCode) : [];
}

/** The calls of `fn` found in its own file, in no particular order. */
export function findCallSites(fn: FunctionNode, sourceCode: SourceCode): TSESTree.CallExpression[] {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    return fn.id ? callsOfVariable(fn, fn.id.name, sourceCode) : [];
  }
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.parent.kind === 'const' ? callsOfVariable(parent, parent.id.name, sourceCode) : [];
  }
  if (parent.type === AST_NODE_TYPES.MethodDefinition && parent.kind === 'method') return classCallSites(parent, sourceCode);
  if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === fn) return classCallSites(parent, sourceCode);
  if (parent.type === AST_NODE_TYPES.Property && parent.value === fn && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const name = memberKeyName(parent.key, parent.computed);
    const declarator = parent.parent.parent;
    if (
      name !== null &&
      declarator.type === AST_NODE_TYPES.VariableDeclarator &&
      declarator.init === parent.parent &&
      declarator.id.type === AST_NODE_TYPES.Identifier &&
      declarator.parent.kind === 'const'
    ) {
      return memberCallsOfVariable(declarator, declarator.id.name, name, sourceCode);
    }
  }
  return [];
}

/** The functions enclosing `node`, innermost first. */
export function enclosingFunctions(node: TSESTree.Node): FunctionNode[] {
  const found: FunctionNode[] = [];
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) found.push(current);
  }
  return found;
}
