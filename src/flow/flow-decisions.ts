/**
 * Reading a decision that the data-flow engine (`src/flow/`) found, for rules that must tell an authorization
 * bypass from a check that only adds safety:
 * - `comparisonPartners(sink)`: what the tainted value is compared with (`req.user.id` in `req.params.id !== req.user.id`,
 *   the list in `allowed.includes(x)`), through `String()`, `.trim()`, `.toLowerCase()` and TypeScript wrappers;
 * - `isVerifiedIdentityValue(node)`: whether an expression holds the verified caller — `req.user.*`, `req.auth.*`,
 *   `ctx.state.user.*`, `res.locals.user.*`, the server-side session, a `const` or destructured name bound to one, a
 *   NestJS `@User()` parameter, the result of a session / identity helper (`getServerSession()`, `auth()`), a record
 *   loaded by the verified id (`User.findById(req.user.id)`), the callback parameter of `req.user.tenants.some(t => …)`,
 *   or a node the caller already knows to be verified claims (the engine's `claims` flows, `verifiedClaimNodes`);
 * - `isCoKeyedWithCaller(sink)`: the value is one key of a query object also keyed by the verified caller;
 * - `decisionBranch(sink)` / `decisionRoot(sink)`: the `if`/`?:` the value decides and which way (`!x`, `x !== 'a'`
 *   point the other way), and the whole test it belongs to;
 * - `branchDenies(branch)`: the guarded code answers 401/403 or throws; `deniesPrivilegedValue(...)`: the check only
 *   turns away a client asking for privilege; `isPresenceGuard(flow, flows)`: a truthy test next to another use;
 * - `testsCallerRole(fn)`: the function tests a role or permission of the verified caller;
 * - `enclosingNames(node)`, `registrationNames(fn)`, `innermostFunction`, `outermostFunction`: the names of the
 *   enclosing function and class (`csrfProtection`, `RolesGuard`) and of a handler's registration
 *   (`adminRouter.get(path, requireRole('admin'), fn)`, `@Roles('admin')`).
 * No state; linear in the size of the expressions it is given.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';
import { isPrivilegedValue, isRoleClaimName, isVerifiedIdentityName, isVerifiedIdentityPath } from '../models/request-authorization';
import { isIdentityDecoratorName, isIdentityHelperName } from '../models/request-identity';
import { decoratorsOf } from '../utils/ast';
import { bindingSource, findBinding } from '../utils/bindings';
import { calleeName, memberKey, unwrapValue } from '../utils/expressions';
import { isFunctionNode, type FunctionNode } from '../utils/functions';
import { nameWords } from '../utils/name-words';
import { getStatic } from '../utils/static-value';
import { walk } from '../utils/traverse';

type Scope = TSESLint.Scope.Scope;

/** Methods that test a value against a string or a collection: `list.includes(x)`, `x.startsWith(p)`, `set.has(x)`. */
const MATCH_METHODS: ReadonlySet<string> = new Set([
  'includes',
  'has',
  'indexOf',
  'lastIndexOf',
  'startsWith',
  'endsWith',
  'some',
  'every',
  'find',
  'findIndex',
  'contains',
  'test',
  'match',
]);

/** Methods whose result is the same value for a comparison: `x.trim()`, `x.toLowerCase()`, `x.toString()`. */
const SAME_VALUE_METHODS: ReadonlySet<string> = new Set(['toString', 'trim', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'normalize', 'valueOf']);

/** Functions whose result is the same value for a comparison: `String(x)`, `Number(x)`, `parseInt(x, 10)`. */
const SAME_VALUE_FUNCTIONS: ReadonlySet<string> = new Set(['String', 'Number', 'parseInt', 'BigInt']);

/** Request members the client writes; an identity path through them is never verified (`req.body.user.id`). */
const CLIENT_MEMBERS: ReadonlySet<string> = new Set(['body', 'query', 'params', 'cookies', 'signedCookies', 'headers', 'header', 'payload', 'searchParams']);

const RELATIONAL_OPERATORS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=', '<', '>', '<=', '>=']);

const MAX_DEPTH = 4;

function methodOf(call: TSESTree.CallExpression): string | null {
  const callee = unwrapValue(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberKey(callee) : null;
}

/** The call a value converts through without changing what it is compared as, or `null`. */
function sameValueCall(node: TSESTree.Node): TSESTree.CallExpression | null {
  const parent = node.parent;
  if (!parent) return null;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === node) {
    const callee = unwrapValue(parent.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && SAME_VALUE_FUNCTIONS.has(callee.name)) return parent;
  }
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node && !parent.computed) {
    const call = parent.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.callee === parent) {
      const name = memberKey(parent);
      if (name !== null && SAME_VALUE_METHODS.has(name)) return call;
    }
  }
  return null;
}

/** `node` lifted through TypeScript wrappers, optional chains and same-value conversions: `String(x?.id).trim()` for `x`. */
export function liftValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    if (
      parent.type === AST_NODE_TYPES.ChainExpression ||
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSTypeAssertion
    ) {
      current = parent;
      continue;
    }
    const call = sameValueCall(current);
    if (!call) return current;
    current = call;
  }
}

/** `node` with wrappers and same-value conversions taken off: `String(req.user.id).trim()` → `req.user.id`. */
function lowerValue(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapValue(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) {
      current = unwrapValue(current.argument);
      continue;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression) return current;
    const callee = unwrapValue(current.callee);
    const first = current.arguments[0];
    if (callee.type === AST_NODE_TYPES.Identifier && SAME_VALUE_FUNCTIONS.has(callee.name) && first) current = unwrapValue(first);
    else if (callee.type === AST_NODE_TYPES.MemberExpression && SAME_VALUE_METHODS.has(memberKey(callee) ?? '')) current = unwrapValue(callee.object);
    else return current;
  }
}

/**
 * What the value at `sink` is compared or matched with: the other operand of `===`/`!==`/`<`…, the arguments of
 * `value.startsWith(…)`/`value.includes(…)`, the receiver of `list.includes(value)`, the `case` tests of a `switch`;
 * both operands when `sink` is itself a comparison (a guard's `return a === b`). Empty when it is only tested.
 */
export function comparisonPartners(sink: TSESTree.Node): TSESTree.Node[] {
  const bare = unwrapValue(sink);
  if (bare.type === AST_NODE_TYPES.BinaryExpression && RELATIONAL_OPERATORS.has(bare.operator)) return [bare.left, bare.right];
  const value = liftValue(sink);
  const parent = value.parent;
  if (!parent) return [];
  if (parent.type === AST_NODE_TYPES.BinaryExpression && RELATIONAL_OPERATORS.has(parent.operator)) {
    return [parent.left === value ? parent.right : parent.left];
  }
  if (parent.type === AST_NODE_TYPES.SwitchStatement && parent.discriminant === value) {
    return parent.cases.flatMap((switchCase) => (switchCase.test ? [switchCase.test] : []));
  }
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === value) {
    const call = parent.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.callee === parent && MATCH_METHODS.has(memberKey(parent) ?? '')) return [...call.arguments];
    return [];
  }
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(value as TSESTree.CallExpressionArgument)) {
    const callee = unwrapValue(parent.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && MATCH_METHODS.has(memberKey(callee) ?? '')) return [callee.object];
  }
  return [];
}

/** True for an expression that reads what the client sent: a member chain through `body`, `query`, `params`, `cookies`, `headers`. */
function readsClientInput(node: TSESTree.Node): boolean {
  let current = lowerValue(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (CLIENT_MEMBERS.has(memberKey(current) ?? '')) return true;
    current = lowerValue(current.object);
  }
  return false;
}

/** True for a helper whose name says it returns the verified caller or session (`getServerSession`, `auth`, `currentUser`). */
function isIdentityHelperCall(call: TSESTree.CallExpression, scope: Scope): boolean {
  const name = calleeName(call.callee, scope);
  if (name === null) return false;
  const words = nameWords(name);
  if (words.includes('decode') || words.includes('parse')) return false;
  return isIdentityHelperName(name) && !call.arguments.some(readsClientInput);
}

function hasIdentityDecorator(parameter: TSESTree.Parameter): boolean {
  const target = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  return decoratorsOf(target).some((decorator) => {
    const expression = decorator.expression;
    const name = calleeName(expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression);
    return name !== null && isIdentityDecoratorName(name);
  });
}

interface Walk {
  readonly scope: Scope;
  readonly known: ReadonlySet<TSESTree.Node>;
}

function verifiedParameter(fn: FunctionNode, index: number, name: string, state: Walk, depth: number): boolean {
  const parameter = fn.params[index];
  if (parameter && hasIdentityDecorator(parameter)) return true;
  // `req.user.tenants.some((tenant) => tenant.id === tenantId)`: the callback sees the verified collection's items.
  const call = fn.parent;
  if (call.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === fn) {
    const callee = unwrapValue(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && verifiedFrom(callee.object, [], state, depth + 1)) return true;
  }
  return isVerifiedIdentityName(name);
}

/** True when `node`, read further through `suffix`, holds the verified caller (see the file header). */
function verifiedFrom(node: TSESTree.Node, suffix: readonly string[], state: Walk, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  let current = lowerValue(node);
  const path = [...suffix];
  for (;;) {
    if (state.known.has(current)) return true;
    if (current.type !== AST_NODE_TYPES.MemberExpression) break;
    const key = memberKey(current, state.scope);
    if (key === null) return false;
    path.unshift(key);
    current = lowerValue(current.object);
  }
  if (path.some((key) => CLIENT_MEMBERS.has(key)) && !isVerifiedIdentityPath(path)) return false;
  if (isVerifiedIdentityPath(path)) return true;
  if (current.type === AST_NODE_TYPES.CallExpression) {
    if (isIdentityHelperCall(current, state.scope)) return true;
    return current.arguments.some((argument) => verifiedFrom(argument, [], state, depth + 1));
  }
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const source = bindingSource(current, state.scope);
  if (source?.kind === 'value') return verifiedFrom(source.value, path, state, depth + 1);
  if (source?.kind === 'property') return verifiedFrom(source.object, [source.key, ...path], state, depth + 1);
  if (source?.kind === 'parameter') return verifiedParameter(source.fn, source.index, current.name, state, depth);
  // A name destructured from a parameter (`({ user }) => …`, a GraphQL context): judge it by its name.
  const variable = findBinding(current, state.scope);
  return variable?.defs[0]?.type === TSESLint.Scope.DefinitionType.Parameter && isVerifiedIdentityName(current.name);
}

/**
 * True when `node` holds the verified caller or something read from it (see the file header). `known` holds nodes
 * the caller already knows to be verified claims, e.g. the source and sink nodes of the engine's `claims` flows.
 */
export function isVerifiedIdentityValue(node: TSESTree.Node, scope: Scope, known: ReadonlySet<TSESTree.Node> = new Set()): boolean {
  return verifiedFrom(node, [], { scope, known }, 0);
}

export interface DecisionBranch {
  /** The code that runs when the test holds (`if` consequent, `?:` consequent). */
  readonly whenTrue: TSESTree.Node;
  /** The code that runs otherwise, or `null`. */
  readonly whenFalse: TSESTree.Node | null;
  /** True when the test holds when the value is present / equal / matched (`x`, `x === 'a'`, `list.includes(x)`). */
  readonly holdsWhenMatched: boolean;
}

/**
 * The `if` or `?:` that the value at `sink` decides on its own (no `&&`/`||` in between), and which way: `!x` and
 * `x !== 'a'` hold when the value does not match. `null` for compound or indirect tests.
 */
export function decisionBranch(sink: TSESTree.Node): DecisionBranch | null {
  let current = liftValue(sink);
  let holdsWhenMatched = true;
  for (let step = 0; step < 8; step += 1) {
    const parent = current.parent;
    if (!parent) return null;
    if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') {
      holdsWhenMatched = !holdsWhenMatched;
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.BinaryExpression && (parent.operator === '===' || parent.operator === '==')) {
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.BinaryExpression && (parent.operator === '!==' || parent.operator === '!=')) {
      holdsWhenMatched = !holdsWhenMatched;
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
      const call = parent.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent || !isPlainMatch(call)) return null;
      current = call;
    } else if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
      if (!isPlainMatch(parent)) return null;
      current = parent;
    } else if (
      (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) &&
      parent.test === current
    ) {
      return { whenTrue: parent.consequent, whenFalse: parent.alternate ?? null, holdsWhenMatched };
    } else {
      return null;
    }
  }
  return null;
}

/** A match whose truth means "found" (`indexOf` returns a position, so it is left out). */
function isPlainMatch(call: TSESTree.CallExpression): boolean {
  const method = methodOf(call);
  return method !== null && MATCH_METHODS.has(method) && method !== 'indexOf' && method !== 'lastIndexOf' && method !== 'findIndex';
}

const DENY_STATUSES: ReadonlySet<unknown> = new Set([401, 403]);
const DENY_WORDS: ReadonlySet<string> = new Set(['forbidden', 'unauthorized', 'unauthorised']);

/** True when `branch` answers 401/403 (`res.status(403)`, `ctx.throw(401)`, `reply.code(403)`), throws, or builds a Forbidden error. */
export function branchDenies(branch: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let denies = false;
  walk(branch, visitorKeys, (node) => {
    if (denies || isFunctionNode(node)) return false;
    if (node.type === AST_NODE_TYPES.ThrowStatement) denies = true;
    else if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) {
      const name = calleeName(node.callee);
      if (name !== null && nameWords(name).some((word) => DENY_WORDS.has(word))) denies = true;
      if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.Literal && DENY_STATUSES.has(argument.value))) denies = true;
    }
    return !denies;
  });
  return denies;
}

function functionName(fn: FunctionNode): string | null {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if ((parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.MethodDefinition) && !parent.computed) {
    return parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : null;
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression) return memberKey(parent.left);
  return null;
}

/** The names of the innermost function around `node` and of the class that holds it: `['canActivate', 'CsrfGuard']`. */
export function enclosingNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current: TSESTree.Node | undefined = node.parent;
  let inFunction = false;
  while (current) {
    if (!inFunction && isFunctionNode(current)) {
      const name = functionName(current);
      if (name !== null) names.push(name);
      inFunction = true;
    } else if ((current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) && current.id) {
      names.push(current.id.name);
      break;
    }
    current = current.parent;
  }
  return names;
}

/** The outermost function around `node`, or `null` at the top level. */
export function outermostFunction(node: TSESTree.Node): FunctionNode | null {
  let found: FunctionNode | null = null;
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) found = current;
  return found;
}

/**
 * True when the decision at `sink` only turns away a client that asks for privilege: the test holds when the value
 * is present or equals a privileged value (`req.body.isAdmin`, `role === 'admin'`, `['admin', 'owner'].includes(role)`)
 * and the code it guards answers 401/403 or throws. Forging the value cannot get a request further, so the check is
 * input validation, not an authorization decision.
 */
export function deniesPrivilegedValue(
  sink: TSESTree.Node,
  test: 'compare' | 'match' | 'range' | 'truthy' | undefined,
  comparedWith: string | number | undefined,
  scope: Scope,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
): boolean {
  const branch = decisionBranch(sink);
  if (!branch?.holdsWhenMatched || !branchDenies(branch.whenTrue, visitorKeys)) return false;
  if (test === 'truthy') return true;
  if (test === 'compare') return comparedWith !== undefined && isPrivilegedValue(comparedWith);
  if (test !== 'match') return false;
  const partners = comparisonPartners(sink);
  return (
    partners.length > 0 &&
    partners.every((partner) => {
      const value = getStatic(partner, scope)?.value;
      return Array.isArray(value) ? value.length > 0 && value.every(isPrivilegedValue) : isPrivilegedValue(value);
    })
  );
}

/** Field words that hold a role or a list of rights: tested for presence alone, they pick no privileged branch. */
const VALUE_FIELD_WORDS: ReadonlySet<string> = new Set(['role', 'roles', 'permission', 'permissions', 'privilege', 'privileges', 'entitlement', 'entitlements']);

/** What a flag is compared with when the test asks whether it is set: `=== true`, `=== 'true'`, `== 1`, `=== 'yes'`. */
function isSetFlagValue(value: unknown): boolean {
  return value === true || value === 1 || value === 'true' || value === '1' || value === 'yes' || value === 'on';
}

/**
 * For a `branch` flow: true when its `then` branch runs for a privileged client value — the field is compared with a
 * privileged value (`req.query.role === 'admin'`), or it is a privilege flag that is set (`req.body.isAdmin`,
 * `req.cookies.admin === 'true'`). A negated test, or a test combined with others, picks no privileged branch.
 */
export function picksPrivilegedBranch(
  sink: TSESTree.Node,
  field: string,
  test: 'compare' | 'match' | 'range' | 'truthy' | undefined,
  comparedWith: string | number | undefined,
  scope: Scope,
): boolean {
  if (decisionBranch(sink)?.holdsWhenMatched !== true) return false;
  const words = nameWords(field);
  const flag = words.length > 0 && !words.some((word) => VALUE_FIELD_WORDS.has(word));
  if (test === 'truthy') return flag;
  if (test !== 'compare') return false;
  if (comparedWith !== undefined && isPrivilegedValue(comparedWith)) return true;
  return flag && comparisonPartners(sink).some((partner) => partner !== sink && isSetFlagValue(getStatic(partner, scope)?.value));
}

/** The shape of an engine flow this file reads (structural, so the toolkit does not depend on the engine). */
interface FlowLike {
  readonly source: { readonly kind: string; readonly node: TSESTree.Node };
  readonly sink: { readonly node: TSESTree.Node };
}

/** Nodes that hold verified claims according to the engine: the source and sink nodes of its `claims` flows. */
export function verifiedClaimNodes(flows: readonly FlowLike[]): Set<TSESTree.Node> {
  const nodes = new Set<TSESTree.Node>();
  for (const flow of flows) {
    if (flow.source.kind !== 'claims') continue;
    nodes.add(flow.source.node);
    nodes.add(flow.sink.node);
  }
  return nodes;
}

const MAX_NAME_LENGTH = 40;

/** A display name cut to 40 characters for a message. */
export function shortName(name: string): string {
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

/** Names in an expression handed to a route registration or decorator: `requireRole('admin')` → requireRole; `passport.authenticate` → passport, authenticate. */
function expressionNames(node: TSESTree.Node): string[] {
  const target = unwrapValue(node);
  if (target.type === AST_NODE_TYPES.Identifier) return [target.name];
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const key = memberKey(target);
    return [...expressionNames(target.object), ...(key === null ? [] : [key])];
  }
  if (target.type === AST_NODE_TYPES.CallExpression) return [...expressionNames(target.callee), ...target.arguments.flatMap(expressionNames)];
  if (target.type === AST_NODE_TYPES.ArrayExpression) return target.elements.flatMap((element) => (element ? expressionNames(element) : []));
  return [];
}

/**
 * The names around the registration of handler `fn`: the other arguments and the receiver of the call it is passed
 * to (`adminRouter.get('/x', requireRole('admin'), fn)` → adminRouter, get, requireRole), and the decorators of the
 * class method that holds it and of that class (`@UseGuards(RolesGuard)`, `@Roles('admin')`).
 */
export function registrationNames(fn: FunctionNode): string[] {
  const names: string[] = [];
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== fn) {
    names.push(...expressionNames(parent.callee));
    for (const argument of parent.arguments) if (argument !== fn && !isFunctionNode(argument)) names.push(...expressionNames(argument));
  }
  if (parent.type === AST_NODE_TYPES.MethodDefinition) {
    for (const decorator of decoratorsOf(parent)) names.push(...expressionNames(decorator.expression));
    for (const decorator of decoratorsOf(parent.parent.parent)) names.push(...expressionNames(decorator.expression));
  }
  return names;
}

/**
 * The whole test an operand belongs to: from `host` in `if (host && host.endsWith('.x'))`, up through `&&`, `||`,
 * `!` and parentheses to the `if`/`?:`/loop test or the returned expression. `null` when it is not in such a test.
 */
export function decisionRoot(node: TSESTree.Node): TSESTree.Node | null {
  let current = liftValue(node);
  for (;;) {
    const parent = current.parent;
    if (!parent) return null;
    if (
      parent.type === AST_NODE_TYPES.LogicalExpression ||
      (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') ||
      (parent.type === AST_NODE_TYPES.BinaryExpression && RELATIONAL_OPERATORS.has(parent.operator))
    ) {
      current = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current && parent.parent.type === AST_NODE_TYPES.CallExpression) {
      current = parent.parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
      current = parent;
      continue;
    }
    const isTest =
      ((parent.type === AST_NODE_TYPES.IfStatement ||
        parent.type === AST_NODE_TYPES.ConditionalExpression ||
        parent.type === AST_NODE_TYPES.WhileStatement ||
        parent.type === AST_NODE_TYPES.DoWhileStatement) &&
        parent.test === current) ||
      parent.type === AST_NODE_TYPES.ReturnStatement ||
      parent.type === AST_NODE_TYPES.ArrowFunctionExpression;
    return isTest ? current : null;
  }
}

/** The parts of a flow that tell two findings of one decision apart. */
interface ReportedFlowLike {
  readonly source: { readonly node: TSESTree.Node; readonly path: readonly string[] };
  readonly sink: { readonly kind: string; readonly node: TSESTree.Node };
}

/**
 * True when `flow` repeats a decision already reported, and records it otherwise: the same source read in the same
 * whole test (see `decisionRoot`). `ip.startsWith('10.') || ip === '127.0.0.1'` tests one `ip` twice, which is one
 * finding, on its first test. Call it last, just before reporting: `seen` holds what was reported.
 */
export function repeatsReportedDecision(flow: ReportedFlowLike, seen: Set<string>): boolean {
  if (flow.sink.kind !== 'decision' && flow.sink.kind !== 'guard-return') return false;
  const root = decisionRoot(flow.sink.node);
  if (!root) return false;
  const key = `${String(root.range[0])}:${String(root.range[1])}:${String(flow.source.node.range[0])}:${String(flow.source.node.range[1])}:${flow.source.path.join('.')}`;
  if (seen.has(key)) return true;
  seen.add(key);
  return false;
}

/** The shape of a decision flow this file reads. */
interface DecisionLike {
  readonly source: { readonly name: string };
  readonly sink: { readonly kind: string; readonly node: TSESTree.Node; readonly test?: string };
}

/**
 * True when `flow` only tests that a value is present (`host &&`, `if (req.cookies.user) { … }`) in a test or
 * statement where the same source reaches another sink (`host && host.endsWith('.internal')`,
 * `req.user = JSON.parse(req.cookies.user)` inside the `if`): the other use carries the report.
 */
export function isPresenceGuard(flow: DecisionLike, flows: readonly DecisionLike[]): boolean {
  if (flow.sink.kind !== 'decision' || flow.sink.test !== 'truthy') return false;
  const root = decisionRoot(flow.sink.node);
  if (!root?.parent) return false;
  const [start, end] = root.parent.range;
  return flows.some(
    (other) =>
      other !== flow &&
      other.source.name === flow.source.name &&
      other.sink.node !== flow.sink.node &&
      !(other.sink.kind === 'decision' && other.sink.test === 'truthy') &&
      other.sink.node.range[0] >= start &&
      other.sink.node.range[1] <= end,
  );
}

/**
 * True when the value at `sink` is one key of a query object whose other keys hold the verified caller:
 * `findOne({ where: { userId: req.user.id, tenantId: req.body.tenantId } })` looks up the caller's own membership.
 */
export function isCoKeyedWithCaller(sink: TSESTree.Node, scope: Scope, known: ReadonlySet<TSESTree.Node> = new Set()): boolean {
  const value = liftValue(sink);
  const property = value.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== value) return false;
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return object.properties.some(
    (other) => other !== property && other.type === AST_NODE_TYPES.Property && isVerifiedIdentityValue(other.value, scope, known),
  );
}

/** The tests of `if`, `?:` and loops in `fn` (nested functions included). */
function conditionTests(fn: FunctionNode, visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.Expression[] {
  const tests: TSESTree.Expression[] = [];
  walk(fn.body, visitorKeys, (node) => {
    if (
      (node.type === AST_NODE_TYPES.IfStatement || node.type === AST_NODE_TYPES.ConditionalExpression || node.type === AST_NODE_TYPES.WhileStatement) &&
      !(node.test.type === AST_NODE_TYPES.Literal)
    ) {
      tests.push(node.test);
    }
    return undefined;
  });
  return tests;
}

/**
 * True when `fn` tests a right of the verified caller in a condition: `if (!req.user.isAdmin)`,
 * `if (req.auth.payload.permissions.includes('orders:read'))`, `ctx.state.user.role === 'support' ? … : …`.
 */
export function testsCallerRole(
  fn: FunctionNode,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  scopeOf: (node: TSESTree.Node) => Scope,
): boolean {
  return conditionTests(fn, visitorKeys).some((test) => {
    let found = false;
    walk(test, visitorKeys, (node) => {
      if (found || isFunctionNode(node)) return false;
      if (node.type === AST_NODE_TYPES.MemberExpression) {
        const key = memberKey(node);
        if (key !== null && isRoleClaimName(key) && isVerifiedIdentityValue(node.object, scopeOf(node))) found = true;
      }
      return !found;
    });
    return found;
  });
}

/** The innermost function around `node`, or `null` at the top level. */
export function innermostFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}
