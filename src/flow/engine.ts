/**
 * The data-flow engine: one walk over a file, in source order, that follows untrusted values from their sources
 * (request headers and fields, decode-only token APIs, claims objects) through bindings to the places where they
 * decide something (sinks), and records each source→sink pair as a `Flow`.
 *
 * - Bindings are resolved through the scope manager, so closures, shadowing and destructuring behave as JavaScript
 *   does; one `Map<Variable, Taint[]>` holds what is known of each variable at the current point of the walk.
 * - Propagation is deliberately narrow: member reads, `?.`, `??`/`||`/`&&`, conditionals, templates and `+`, string
 *   methods, `await`, `JSON.parse`, base64 decoding, and a one-level summary of same-file helper functions. A value
 *   passed to any other call is not followed.
 * - Every expression is evaluated at most once (a per-walk memo), and expression recursion is capped, so the walk is
 *   linear in the size of the file.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES, AST_TOKEN_TYPES, TSESLint } from '@typescript-eslint/utils';
import {
  AUTHJS_CALLBACKS,
  CLAIMS_MEMBERS,
  CLAIMS_NAMES,
  CLAIMS_RESULT_METHODS,
  CLIENT_CONTAINERS,
  CLIENT_NESTING_FIELDS,
  IDP_CLAIMS_PARAMETERS,
  LIMITER_KEY_METHODS,
  QUERY_METHODS,
  RATE_LIMIT_KEY_OPTIONS,
  RATE_LIMIT_SKIP_OPTIONS,
  BYPASS_OPTIONS,
  TIMING_CLAIMS,
  VERIFY_METHOD_NAMES,
  classifyClientField,
  classifyHeader,
  isAuthRoute,
  isDenyErrorName,
  isDenyMessage,
  isSignInPath,
  isDenyStatus,
  isGrantCallName,
  isGuardName,
  isIdentityReturnName,
  isIdentityTarget,
  isPrivilegeTarget,
  isRateLimiterName,
  isScopeKey,
  isUserKey,
} from '../models/request-sources';
import { ROUTE_DECORATORS, ROUTE_HANDLER_EXPORTS, ROUTE_HOOK_KEYS, ROUTE_METHODS, isIdentityDecoratorName, isRequestParameterName, isRequestTypeName, isTokenRequestTypeName, isUserAuthNames } from '../models/request-identity';
import { decoratorsOf } from '../utils/ast';
import { textHolds } from '../utils/text-gate';
import { enclosingFunction, type FunctionNode } from '../utils/functions';
import { getStatic, getStaticString } from '../utils/static-value';
import { FINAL_KINDS, withTaint, type Predicate, type Taint } from './taint';
import type { Consequence, Flow, Sink, SinkKind, SourceKind } from './types';


/**
 * The node type names, read once. `AST_NODE_TYPES` reaches this module through two re-exporting getters, which the
 * walk would otherwise call on every comparison of every node.
 */
const NODE = AST_NODE_TYPES;
/** Read once for the same reason. */
const FUNCTION_SCOPE = TSESLint.Scope.ScopeType.function;
const { findVariable } = ASTUtils;
type Variable = TSESLint.Scope.Variable;
type Scope = TSESLint.Scope.Scope;
type Node = TSESTree.Node;

/** What the module tracker found in the file, handed in by the caller. */
export interface TrackedCalls {
  readonly decode: ReadonlySet<Node>;
  readonly headerDecode: ReadonlySet<Node>;
  readonly jwtSimpleDecode: ReadonlySet<Node>;
  readonly decoderFactories: ReadonlySet<Node>;
  readonly verify: ReadonlySet<Node>;
  readonly keyCallbackVerify: ReadonlySet<Node>;
  readonly clientIp: ReadonlySet<Node>;
  readonly nextHeaders: ReadonlyMap<Node, string>;
  readonly ipRange: ReadonlySet<Node>;
  readonly isServerFile: boolean;
}

export interface EngineInput {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly tracked: TrackedCalls;
  /** Worked out on first use: whether the file makes a proxy trust every hop. */
  readonly trustsEveryProxy: () => boolean;
}

/** The deepest expression nesting the evaluator follows; deeper parts are treated as untainted. */
const MAX_DEPTH = 150;
/** The most nodes scanned for the consequence of one guarded branch. */
const MAX_SCAN = 3000;
/** The most nodes all consequence scans of one file visit together. */
const FILE_SCAN_BUDGET = 200_000;
/** The empty taint list, shared. */
const NONE: readonly Taint[] = [];
/** The most taints one expression keeps. */
const MAX_TAINTS = 6;

/** Names of GraphQL / tRPC context factories, whose returned object is the request's identity. */
const CONTEXT_FACTORY_NAMES: ReadonlySet<string> = new Set(['createContext', 'buildContext', 'makeContext', 'createTRPCContext', 'createGraphQLContext']);
/** How strongly a consequence marks a decision as security-relevant. */
const RANK: Readonly<Record<Consequence, number>> = { next: 4, allow: 3, deny: 2, guard: 1 };
const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=', '<', '>', '<=', '>=']);
/** String methods through which a value stays what it was. */
const STRING_METHODS: ReadonlySet<string> = new Set([
  'trim',
  'trimStart',
  'trimEnd',
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'normalize',
  'replace',
  'replaceAll',
  'slice',
  'substring',
  'substr',
  'split',
  'toString',
  'valueOf',
  'shift',
  'at',
  'pop',
  'reverse',
  'filter',
  'map',
  'concat',
  'padStart',
  'padEnd',
  'join',
  'flat',
]);
/** Methods that test a value: on the tainted receiver or with the tainted argument. */
const MATCH_METHODS: ReadonlySet<string> = new Set([
  'includes',
  'has',
  'startsWith',
  'endsWith',
  'indexOf',
  'lastIndexOf',
  'match',
  'matchAll',
  'search',
  'test',
  'some',
  'every',
  'find',
  'findIndex',
  'localeCompare',
]);
/** Ways to base64-decode a token segment. */
const BASE64_DECODERS: ReadonlySet<string> = new Set(['atob', 'from', 'decode', 'toString', 'base64UrlDecode', 'base64Decode', 'base64urlDecode', 'decodeBase64', 'decodeBase64Url']);
/** The continuations of a function that names no other: `next`. */
const NEXT_ONLY: ReadonlySet<string> = new Set(['next']);
/** Callee names of the handler's continuation or of a passport/verify callback that accepts the caller. */
const CONTINUATIONS: ReadonlySet<string> = new Set(['next', 'done', 'cb', 'callback', 'verified']);
/** Direct-argument lookups of the caller's record: `User.findById(decoded.id)`. */
const LOOKUP_METHODS: ReadonlySet<string> = new Set(['findById', 'findByPk', 'findByIdAndUpdate', 'findUserById', 'getUserById', 'getUser', 'loadUser', 'findUser']);

/** `isFunctionNode` of the toolkit, as three comparisons: the walk asks it of every node it leaves. */
function isFunction(node: Node): node is FunctionNode {
  const type = node.type;
  return type === NODE.ArrowFunctionExpression || type === NODE.FunctionExpression || type === NODE.FunctionDeclaration;
}

/** `csrfOriginCheck`, `sameOriginGuard`, `corsOrigin`: a function about cross-site requests, where Origin is the right input. */
function isCrossSiteCheckName(name: string | null): boolean {
  if (name === null) return false;
  const lower = name.toLowerCase();
  return lower.includes('csrf') || lower.includes('xsrf') || lower.includes('cors') || lower.includes('sameorigin') || lower.includes('crosssite');
}

/** A display name of at most 40 characters. */
function clip(name: string): string {
  return name.length <= 40 ? name : `${name.slice(0, 39)}…`;
}

function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case NODE.TSAsExpression:
      case NODE.TSNonNullExpression:
      case NODE.TSSatisfiesExpression:
      case NODE.TSTypeAssertion:
      case NODE.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

function propertyName(node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition, scope: Scope | null): string | null {
  const key = node.type === NODE.MemberExpression ? node.property : node.key;
  if (!node.computed && key.type === NODE.Identifier) return key.name;
  if (key.type === NODE.Literal) return typeof key.value === 'string' || typeof key.value === 'number' ? String(key.value) : null;
  if (node.computed && scope) {
    const value = getStatic(key, scope);
    if (value && (typeof value.value === 'string' || typeof value.value === 'number')) return String(value.value);
  }
  return null;
}

function calleeNameOf(callee: Node): string | null {
  const inner = unwrap(callee);
  if (inner.type === NODE.Identifier) return inner.name;
  if (inner.type === NODE.MemberExpression && !inner.computed && inner.property.type === NODE.Identifier) return inner.property.name;
  return null;
}

/** The name a function goes by: its id, the variable, property or method it is bound to. */
function functionName(fn: FunctionNode): string | null {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent.type === NODE.VariableDeclarator && parent.id.type === NODE.Identifier) return parent.id.name;
  if ((parent.type === NODE.Property || parent.type === NODE.MethodDefinition || parent.type === NODE.PropertyDefinition) && parent.key.type === NODE.Identifier) {
    return parent.key.name;
  }
  if (parent.type === NODE.AssignmentExpression && parent.left.type === NODE.MemberExpression) {
    return calleeNameOf(parent.left);
  }
  return null;
}

/** The member names of a chain rooted at an identifier (`req.session.user` → req, session, user), or `null`. */
function chainNames(node: Node): string[] | null {
  const names: string[] = [];
  let current = unwrap(node);
  while (current.type === NODE.MemberExpression) {
    const name = propertyName(current, null);
    if (name === null) return null;
    names.unshift(name);
    current = unwrap(current.object);
  }
  if (current.type === NODE.ThisExpression) names.unshift('this');
  else if (current.type === NODE.Identifier) names.unshift(current.name);
  else return null;
  return names;
}

interface FunctionContext {
  readonly fn: FunctionNode;
  /** Variables of this function that got a taint: forgotten when the walk leaves it (nothing can read them later). */
  readonly owned: Variable[];
  readonly guard: boolean;
  /** The function returns the caller's identity (`getUser`, `verifyToken`, `authenticate`). */
  readonly identityReturn: boolean;
  /** Set for a rate limiter's key function or exemption callback, or a middleware bypass callback. */
  readonly role: 'rate-limit-key' | 'limiter-exemption' | 'bypass' | 'context' | 'verify-client' | null;
  readonly nextNames: ReadonlySet<string>;
  /** The route path the function is registered on, and its name: what `authRouteOf` reads. */
  readonly path: string | null;
  readonly name: string | null;
  /** Whether the function serves a login, token, reset or sign-up route: worked out by `authRouteOf` when a flow needs it. */
  authRoute?: boolean;
  readonly handler: boolean;
  /** A parameter of the function is a request (by registration, name or type): its result can decide access. */
  readonly takesRequest: boolean;
}

interface VerifyEvent {
  readonly keys: readonly unknown[];
  readonly node: Node;
  readonly fn: FunctionNode | null;
}

interface Summary {
  readonly taints: readonly Taint[];
}

function typeName(param: Node): string | null {
  const annotation = (param as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
  if (annotation?.type !== NODE.TSTypeReference) return null;
  const name = annotation.typeName;
  if (name.type === NODE.Identifier) return name.name;
  if (name.type === NODE.TSQualifiedName) return name.right.name;
  return null;
}

/** `request: SilentRequest`: a parameter named like a request whose declared type is an OAuth token request. */
function typedAsTokenRequest(param: Node): boolean {
  const type = typeName(param);
  return type !== null && isTokenRequestTypeName(type);
}

/** Expressions whose value is the outcome of a test: the only values of a privilege that can carry a decision. */
const TEST_SHAPES: ReadonlySet<string> = new Set([
  NODE.ConditionalExpression,
  NODE.BinaryExpression,
  NODE.CallExpression,
  NODE.UnaryExpression,
  NODE.LogicalExpression,
]);

/** The node types the walk handles on the way out. */
const LEAVE_TYPES: ReadonlySet<string> = new Set([
  NODE.VariableDeclarator,
  NODE.AssignmentExpression,
  NODE.IfStatement,
  NODE.ConditionalExpression,
  NODE.LogicalExpression,
  NODE.WhileStatement,
  NODE.DoWhileStatement,
  NODE.ForStatement,
  NODE.SwitchStatement,
  NODE.ReturnStatement,
  NODE.CallExpression,
  NODE.NewExpression,
  NODE.ArrowFunctionExpression,
  NODE.FunctionDeclaration,
  NODE.FunctionExpression,
  NODE.Property,
]);

/** The mark under which the walk pushes a node back to be left after its children. */
const LEAVE: unique symbol = Symbol('leave');

/** Keys of a node that hold only types or decorators: the walk does not enter them. */
const TYPE_KEYS: ReadonlySet<string> = new Set(['decorators', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments']);

/** What the walk does with a node type: skip it, enter a function, come back to leave it; and which keys to enter. */
interface WalkType {
  readonly typeOnly: boolean;
  readonly fn: boolean;
  readonly leave: boolean;
  readonly keys: readonly string[];
}

const FUNCTION_TYPES: ReadonlySet<string> = new Set([NODE.ArrowFunctionExpression, NODE.FunctionExpression, NODE.FunctionDeclaration]);

function walkTypeOf(type: string, visitorKeys: Record<string, readonly string[] | undefined>): WalkType {
  return {
    typeOnly: TYPE_ONLY.has(type),
    fn: FUNCTION_TYPES.has(type),
    leave: LEAVE_TYPES.has(type),
    keys: (visitorKeys[type] ?? []).filter((key) => !TYPE_KEYS.has(key)),
  };
}

/**
 * The walk types of each parser's visitor keys: a cache over the parser's own constant table (espree and
 * typescript-eslint each hand every file the same frozen object), which holds nothing about any file.
 */
const walkTypesByKeys = new WeakMap<object, Map<string, WalkType>>();

function walkTypesFor(visitorKeys: Record<string, readonly string[] | undefined>): Map<string, WalkType> {
  let types = walkTypesByKeys.get(visitorKeys);
  if (!types) {
    types = new Map();
    walkTypesByKeys.set(visitorKeys, types);
  }
  return types;
}

/**
 * False when `leave` can do nothing with the node whatever the walk has found by then, by what never changes: a
 * property whose value is not a test (only a test can make a privilege), a `&&`/`||` chain that is not a statement
 * of its own, a declarator without initialiser, a `for` without test, a bare `return`. Such nodes are not visited
 * twice.
 */
function leaveCanAct(node: Node): boolean {
  switch (node.type) {
    case NODE.Property:
      return node.parent.type === NODE.ObjectExpression && (TEST_SHAPES.has(unwrap(node.value).type) || propertyName(node, null) === 'policyDocument');
    case NODE.LogicalExpression:
      return node.parent.type === NODE.ExpressionStatement && node.operator !== '??';
    case NODE.VariableDeclarator:
      return node.init !== null;
    case NODE.ForStatement:
      return node.test !== null;
    case NODE.ReturnStatement:
      return node.argument !== null;
    default:
      return true;
  }
}

/** `jwtVerify(t, key).then(({ payload }) => …)`: `enterFunction` evaluates the promise, outside the function. */
function isThenCallback(fn: FunctionNode): boolean {
  const parent = fn.parent;
  return (
    parent.type === NODE.CallExpression &&
    parent.arguments[0] === fn &&
    parent.callee.type === NODE.MemberExpression &&
    propertyName(parent.callee, null) === 'then'
  );
}

/** A parameter with a default (`(a = 1) => …`), whose default the engine never evaluates. */
function isParameter(node: TSESTree.AssignmentPattern): boolean {
  const parent = node.parent;
  return isFunction(parent) && parent.params.includes(node);
}

/** The node types `compute` can find a taint in; for any other, `evaluate` answers none at once. */
const EVALUATED_TYPES: ReadonlySet<string> = new Set([
  NODE.Identifier,
  NODE.TSAsExpression,
  NODE.TSNonNullExpression,
  NODE.TSSatisfiesExpression,
  NODE.TSTypeAssertion,
  NODE.ChainExpression,
  NODE.AwaitExpression,
  NODE.MemberExpression,
  NODE.CallExpression,
  NODE.BinaryExpression,
  NODE.LogicalExpression,
  NODE.ConditionalExpression,
  NODE.TemplateLiteral,
  NODE.UnaryExpression,
  NODE.AssignmentExpression,
  NODE.SequenceExpression,
  NODE.ObjectExpression,
  NODE.ArrayExpression,
]);

/** TypeScript declarations that hold only types: nothing in them runs. */
const TYPE_ONLY: ReadonlySet<string> = new Set([
  NODE.TSInterfaceDeclaration,
  NODE.TSTypeAliasDeclaration,
  NODE.TSDeclareFunction,
  NODE.TSTypeAnnotation,
  NODE.TSTypeParameterDeclaration,
  NODE.TSTypeParameterInstantiation,
]);

/**
 * Text that marks a source the parameters do not show, so that the walk covers the whole file: NestJS requests
 * (`ctx.switchToHttp().getRequest()`), claims results (`jwtVerify()`, `getPayload()`), MSAL's `idTokenClaims`, a
 * passport strategy's verify callback, Auth.js `callbacks:` and ws's `verifyClient`. A name that only contains a
 * marker (`getRequestThumbprint`, `addConstraintStrategy(`) or a type's member (`idTokenClaims?: TokenClaims`) starts
 * no taint, so each occurrence is asked whether it can be the source (see `markerMaySource`).
 */
const METHOD_MARKERS: readonly string[] = ['getRequest', 'switchToHttp', ...CLAIMS_RESULT_METHODS];
/** `account.idTokenClaims` (`member`) and a variable named so (claims by name, see `CLAIMS_NAMES`). */
const CLAIMS_MARKER = 'idTokenClaims';
/** `new JwtStrategy(options, verify)`: the callee's name ends in `Strategy` (see `identityProviderCallback`). */
const STRATEGY_MARKER = 'Strategy(';
/** Markers taken as written. */
const TEXT_MARKERS: readonly string[] = ['callbacks:', 'verifyClient'];

/** Tokens before `idTokenClaims` that make it a member read or a declared variable's name (`const`, `a, b`). */
const CLAIMS_READ_BEFORE: ReadonlySet<string> = new Set(['.', '?.', 'const', 'let', 'var', ',']);
/** How many `a.b.` steps `markerMaySource` walks back from a strategy's name before it stops and counts it. */
const MAX_CALLEE_STEPS = 32;

type Token = TSESTree.Token;

/**
 * Whether `marker` at `index` names the method or member itself: a token of exactly that name starts there, or a
 * string of exactly it starts one character before (a computed member reads it: `ctx['getRequest']()`).
 */
function namesMarker(sourceCode: Readonly<TSESLint.SourceCode>, index: number, marker: string): Token | null {
  const token = sourceCode.getTokenByRangeStart(index);
  if (token) return token.value === marker ? token : null;
  const quoted = index > 0 ? sourceCode.getTokenByRangeStart(index - 1) : null;
  if (quoted && (quoted.type === AST_TOKEN_TYPES.String || quoted.type === AST_TOKEN_TYPES.Template) && quoted.value.length === marker.length + 2) return quoted;
  return null;
}

/**
 * True when `new` comes before the callee that ends at `name` (`new Strategy(`, `new passportJwt.Strategy(`), or the
 * chain of names before it is not plain (`new a!.Strategy(`, `new (x).Strategy(`, a chain too long to follow): those
 * are counted, to stay on the safe side.
 */
function constructs(sourceCode: Readonly<TSESLint.SourceCode>, name: Token): boolean {
  let first = name;
  for (let step = 0; step < MAX_CALLEE_STEPS; step += 1) {
    const dot = sourceCode.getTokenBefore(first);
    if (dot?.value !== '.') return dot !== null && (dot.value === 'new' || dot.value === ')' || dot.value === ']');
    const owner = sourceCode.getTokenBefore(dot);
    if (owner?.type !== AST_TOKEN_TYPES.Identifier) return true;
    first = owner;
  }
  return true;
}

/** Whether the occurrence of `marker` at `index` can start a taint (see `METHOD_MARKERS`). */
function markerMaySource(sourceCode: Readonly<TSESLint.SourceCode>, index: number, marker: string): boolean {
  if (marker === STRATEGY_MARKER) {
    // The `(` must be a token of its own, after a name that ends in `Strategy`.
    const open = sourceCode.getTokenByRangeStart(index + marker.length - 1);
    const name = open?.value === '(' ? sourceCode.getTokenBefore(open) : null;
    return name !== null && name.type === AST_TOKEN_TYPES.Identifier && name.value.endsWith('Strategy') && constructs(sourceCode, name);
  }
  const token = namesMarker(sourceCode, index, marker);
  if (token === null) return false;
  if (marker !== CLAIMS_MARKER || token.type !== AST_TOKEN_TYPES.Identifier) return true;
  const before = sourceCode.getTokenBefore(token);
  return before !== null && CLAIMS_READ_BEFORE.has(before.value);
}

/** True when the text holds `marker` at a place where it can start a taint. */
function holdsSourceMarker(sourceCode: Readonly<TSESLint.SourceCode>, marker: string): boolean {
  if (!textHolds(sourceCode, marker)) return false;
  const text = sourceCode.text;
  for (let index = text.indexOf(marker); index !== -1; index = text.indexOf(marker, index + 1)) {
    if (markerMaySource(sourceCode, index, marker)) return true;
  }
  return false;
}

/**
 * True when the text holds a source marker. Through the shared file gate first: each marker is looked for only when
 * the file's trigram set can hold it, which rules most of them out without a search. Exported for its tests.
 */
export function hasSourceMarker(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return (
    TEXT_MARKERS.some((marker) => textHolds(sourceCode, marker)) ||
    METHOD_MARKERS.some((marker) => holdsSourceMarker(sourceCode, marker)) ||
    holdsSourceMarker(sourceCode, CLAIMS_MARKER) ||
    holdsSourceMarker(sourceCode, STRATEGY_MARKER)
  );
}

/** The ways a token is split into its three parts by hand. */
const DOT_SPLITS: readonly string[] = [".split('.')", '.split(".")', '.split(`.`)'];

/** Words in the text before a `.split('.')` that make the split value a token: `token`, `jwt`, `bearer`, `authorization`. */
const TOKEN_TEXT_WORDS: readonly string[] = ['token', 'jwt', 'bearer', 'authorization', 'credential', 'assertion'];

/**
 * The ways a bearer token is cut out of an `Authorization` value, white space taken out: `.split(' ')[1]`,
 * `.slice(7)` (the length of `Bearer `), `.replace('Bearer ', '')`.
 */
const SCHEME_CUTS: readonly string[] = [".split('')[1]", '.split("")[1]', '.split(``)[1]', '.slice(7)', '.substring(7)', '.substr(7)', ".replace('Bearer','')", '.replace("Bearer","")'];

/** True when `text` ends by cutting the scheme off a header value (`auth.split(' ')[1]`), so what it gives is a token. */
function cutsBearerScheme(text: string): boolean {
  let compact = '';
  for (const char of text) if (char !== ' ' && char !== '\n' && char !== '\t' && char !== '\r') compact += char;
  while (compact.endsWith('!')) compact = compact.slice(0, -1);
  return SCHEME_CUTS.some((cut) => compact.endsWith(cut));
}

/** True when `text` (an expression, or what precedes a split) names a token, or cuts one out of a header value. */
function namesToken(text: string): boolean {
  const lower = text.toLowerCase();
  return TOKEN_TEXT_WORDS.some((word) => lower.includes(word)) || cutsBearerScheme(text);
}

/**
 * True when the file splits something named like a token on dots (`token.split('.')`, `jwt.split(".")`,
 * `req.headers.authorization.split(' ')[1].split('.')`): a hand-decoded token may follow. Looks at up to 60
 * characters before each split.
 */
function splitsTokenByHand(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const text = sourceCode.text;
  for (const marker of DOT_SPLITS) {
    if (!textHolds(sourceCode, marker)) continue;
    for (let index = text.indexOf(marker); index >= 0; index = text.indexOf(marker, index + marker.length)) {
      if (namesToken(text.slice(Math.max(0, index - 60), index))) return true;
    }
  }
  return false;
}

/** What the text of a file allows, each worked out once and only when asked. */
interface TextFacts {
  /** The file splits something named like a token on dots. */
  readonly splitsToken: () => boolean;
  /** The text holds a source marker. */
  readonly marker: () => boolean;
}

function textFacts(sourceCode: Readonly<TSESLint.SourceCode>): TextFacts {
  let split: boolean | undefined;
  let marker: boolean | undefined;
  return {
    splitsToken: () => (split ??= splitsTokenByHand(sourceCode)),
    marker: () => (marker ??= hasSourceMarker(sourceCode)),
  };
}

/** True when a tracked call can start a taint: a decoder, verifier, client-IP lookup or Next.js `headers()`. */
function tracksSourceCall(tracked: TrackedCalls): boolean {
  return tracked.decode.size + tracked.headerDecode.size + tracked.jwtSimpleDecode.size + tracked.decoderFactories.size + tracked.verify.size + tracked.clientIp.size + tracked.nextHeaders.size > 0;
}

/**
 * A cheap first look: can anything in the file be a source? Most files have no request parameter, no token API and
 * no claims object, and are done here without the walk.
 */
function findRoots(input: EngineInput, facts: TextFacts): 'file' | FunctionNode[] {
  if (sourcesNeedWholeFile(input, facts)) return 'file';
  const roots: FunctionNode[] = [];
  const mentionsHandler = handlerMention(input.sourceCode);
  const scopeManager = input.sourceCode.scopeManager;
  let last: FunctionNode | undefined;
  for (const scope of scopeManager?.scopes ?? []) {
    if (scope.type !== FUNCTION_SCOPE) continue;
    const fn = scope.block;
    if (!isFunction(fn)) continue;
    // A function inside a root is walked with it (`outermost` drops it), so it is not asked about.
    if (last && last.range[0] <= fn.range[0] && fn.range[1] <= last.range[1]) continue;
    if (isRootFunction(fn, mentionsHandler, scopeManager)) {
      roots.push(fn);
      last = fn;
    }
  }
  return roots;
}

/** True when a call or a shape in the text can start a taint anywhere, so that the walk covers the whole file. */
function sourcesNeedWholeFile(input: EngineInput, facts: TextFacts): boolean {
  return tracksSourceCall(input.tracked) || facts.marker() || facts.splitsToken();
}

/** Whether the text says `handler` (which makes an `event` parameter a Lambda event), asked of the shared file gate. */
function handlerMention(sourceCode: Readonly<TSESLint.SourceCode>): () => boolean {
  return () => textHolds(sourceCode, 'handler');
}

/** True when `fn` takes a source: by a parameter's name, type or decorator, or because it is registered as a handler. */
function isRootFunction(fn: FunctionNode, mentionsHandler: () => boolean, scopeManager: TSESLint.Scope.ScopeManager | null): boolean {
  const params = fn.params;
  if (params.length === 0) return false;
  return paramsTakeSource(fn, mentionsHandler) || looksRegistered(fn) || (params.length >= 3 && registeredByReference(fn, scopeManager).handler);
}

/** The node a parameter binds: the left side of a default, the parameter of a TypeScript parameter property. */
function parameterTarget(param: TSESTree.Parameter): TSESTree.Node {
  return param.type === NODE.AssignmentPattern ? param.left : param.type === NODE.TSParameterProperty ? param.parameter : param;
}

/** Response methods that take a header name first: `res.set('Allow', 'GET, POST')` names the HTTP `Allow` header. */
const HEADER_WRITERS: ReadonlySet<string> = new Set(['set', 'setHeader', 'header', 'append', 'appendHeader', 'writeHead']);

/** A call given the IAM effect `'Allow'` as an argument: `generatePolicy(principal, 'Allow', resource)`. */
function grantsPolicy(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (!call.arguments.some((argument) => argument.type === NODE.Literal && argument.value === 'Allow')) return false;
  const callee = call.callee;
  return !(callee.type === NODE.MemberExpression && !callee.computed && callee.property.type === NODE.Identifier && HEADER_WRITERS.has(callee.property.name));
}

/** `cond ? 'Allow' : 'Deny'` (either order): the effect of an IAM policy statement chosen by a test. */
function isPolicyEffectChoice(node: TSESTree.ConditionalExpression): boolean {
  const consequent = node.consequent.type === NODE.Literal ? node.consequent.value : null;
  const alternate = node.alternate.type === NODE.Literal ? node.alternate.value : null;
  return (consequent === 'Allow' && alternate === 'Deny') || (consequent === 'Deny' && alternate === 'Allow');
}

/** Second parameters of a serverless handler `(event, context)`; a DOM or emitter listener takes no such thing. */
const LAMBDA_CONTEXT_NAMES: ReadonlySet<string> = new Set(['context', '_context', 'lambdaContext']);

/**
 * True for `(event, context)` and `(event, context, callback)`: the AWS Lambda (and Netlify) handler signature,
 * whatever the export is called (`module.exports.getUser = async (event, context) => …`).
 */
function takesLambdaContext(fn: FunctionNode): boolean {
  const [first, second] = fn.params;
  return first?.type === NODE.Identifier && first.name === 'event' && second?.type === NODE.Identifier && LAMBDA_CONTEXT_NAMES.has(second.name);
}

/**
 * True when a parameter of `fn` is a source: by its name or destructured key (`req`, `profile`, `({ req })`), or by
 * its decorator (`@Req()`) or type (`Request`, `ExecutionContext`). One pass over the parameters, as most functions
 * of a file are asked.
 */
function paramsTakeSource(fn: FunctionNode, mentionsHandler: () => boolean): boolean {
  for (const param of fn.params) {
    const target = parameterTarget(param);
    if (target.type === NODE.Identifier) {
      const name = target.name;
      if (isRequestParameterName(name) && !typedAsTokenRequest(target)) return true;
      if (CLAIMS_NAMES.has(name) || name === 'socket' || name === 'profile') return true;
      if (name === 'event' && (mentionsHandler() || takesLambdaContext(fn))) return true;
      if (decoratorsOf(target).length > 0) return true;
      if (!target.typeAnnotation) continue;
      const type = typeName(target);
      if (type !== null && (isRequestTypeName(type) || type === 'ExecutionContext')) return true;
    } else if (target.type === NODE.ObjectPattern) {
      // `({ req }) => …`, `signIn({ profile })`.
      for (const property of target.properties) {
        if (property.type === NODE.Property && property.key.type === NODE.Identifier && (REQUEST_DESTRUCTURED.has(property.key.name) || property.key.name === 'profile')) {
          return true;
        }
      }
    }
  }
  return false;
}

/** The functions of `roots` not nested in another of them, in source order. */
function outermost(roots: readonly FunctionNode[]): FunctionNode[] {
  // The scope manager lists functions in source order, so the (stable) sort is nearly always left out.
  let inOrder = true;
  for (let index = 1; index < roots.length && inOrder; index += 1) inOrder = (roots[index - 1] as FunctionNode).range[0] <= (roots[index] as FunctionNode).range[0];
  const sorted = inOrder ? roots : [...roots].sort((a, b) => a.range[0] - b.range[0]);
  const kept: FunctionNode[] = [];
  for (const fn of sorted) {
    const last = kept.at(-1);
    if (last && last.range[0] <= fn.range[0] && fn.range[1] <= last.range[1]) continue;
    kept.push(fn);
  }
  return kept;
}

/** A function passed to a route method or hook, set as a route `handler`, or exported as a Next.js route handler. */
function looksRegistered(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent.type === NODE.CallExpression && parent.callee.type === NODE.MemberExpression && parent.callee.property.type === NODE.Identifier) {
    const method = parent.callee.property.name;
    return ROUTE_METHODS.has(method) || REGISTRATION_METHODS.has(method);
  }
  if (parent.type === NODE.Property && parent.key.type === NODE.Identifier) return parent.key.name === 'handler' || ROUTE_HOOK_KEYS.has(parent.key.name);
  return isRouteExport(fn);
}

/** Hono's context methods that answer with a status as their second argument: `c.json(body, 403)`. */
const HONO_RESPONSE_METHODS: ReadonlySet<string> = new Set(['text', 'json', 'body', 'html', 'newResponse']);

/** Methods beyond the route verbs that register a request handler: fastify `addHook`, `route`, hapi `ext`. */
const REGISTRATION_METHODS: ReadonlySet<string> = new Set(['addHook', 'route', 'ext']);

/** `export async function GET(request)`, `export const POST = async (request) => …`, `export function middleware(request)`. */
function isRouteExport(fn: FunctionNode): boolean {
  const name = fn.id?.name ?? (fn.parent.type === NODE.VariableDeclarator && fn.parent.id.type === NODE.Identifier ? fn.parent.id.name : null);
  return name !== null && (ROUTE_HANDLER_EXPORTS.has(name) || name === 'middleware');
}

/** What a function not registered as a handler gets, shared. */
const NOT_REGISTERED: Readonly<{ handler: boolean; path: string | null }> = Object.freeze({ handler: false, path: null });

/** `function officeOnly(req, res, next) {…}` registered elsewhere: `app.use('/admin', officeOnly)`, `app.get(p, [officeOnly], h)`. */
function registeredByReference(fn: FunctionNode, scopeManager: TSESLint.Scope.ScopeManager | null): { handler: boolean; path: string | null } {
  if (fn.params.length < 2 || !scopeManager) return NOT_REGISTERED;
  const declaration = fn.type === NODE.FunctionDeclaration ? fn : fn.parent.type === NODE.VariableDeclarator ? fn.parent : null;
  if (!declaration) return NOT_REGISTERED;
  for (const variable of scopeManager.getDeclaredVariables(declaration)) {
    for (const reference of variable.references) {
      let parent = reference.identifier.parent;
      if (parent.type === NODE.ArrayExpression) parent = parent.parent;
      if (parent.type !== NODE.CallExpression || parent.callee === reference.identifier) continue;
      const callee = unwrap(parent.callee);
      const method = callee.type === NODE.MemberExpression ? propertyName(callee, null) : null;
      if (method === null || !(ROUTE_METHODS.has(method) || REGISTRATION_METHODS.has(method))) continue;
      const first = parent.arguments[0];
      const path = first ? getStaticString(first, null) : null;
      if (path !== null || method === 'use') return { handler: true, path };
    }
  }
  return NOT_REGISTERED;
}

/** Names destructured from a parameter that hold the request: `({ req }) => …`. */
const REQUEST_DESTRUCTURED: ReadonlySet<string> = new Set(['req', 'request']);

/** Runs the engine over one file. */
export function analyse(input: EngineInput): Flow[] {
  // Where the walk starts: the whole file when a call can start a taint, otherwise only the functions that take a
  // source (a request, a claims object), outermost first; code outside them cannot see a tainted value.
  const facts = textFacts(input.sourceCode);
  const roots = findRoots(input, facts);
  if (roots !== 'file' && roots.length === 0) return [];
  return walkFile(input, facts, roots);
}

/** The walk itself, over the whole file or over `roots`. */
function walkFile(input: EngineInput, facts: TextFacts, roots: 'file' | FunctionNode[]): Flow[] {
  const session = startWalk(input, facts);
  if (roots === 'file') session.walk(input.sourceCode.ast, false);
  else for (const start of outermost(roots)) session.walk(start, true);
  return session.finish();
}

/** One file's walk: the starts are walked one after another, in source order, over one shared state. */
interface WalkSession {
  walk(start: Node, deferred: boolean): void;
  finish(): Flow[];
}

function startWalk(input: EngineInput, facts: TextFacts): WalkSession {
  const { sourceCode, tracked, trustsEveryProxy } = input;
  const visitorKeys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const scopeManager = sourceCode.scopeManager;

  /**
   * Identifier → variable, filled in two ways: every identifier of a variable that gets a taint (so reading an
   * untainted name costs one failed lookup), and identifiers looked up on demand.
   */
  const resolved = new Map<Node, Variable | null>();
  const globalScope = scopeManager?.globalScope ?? null;

  /** The variable an identifier denotes (declaration or reference), looked up through the scope chain once. */
  function variableOf(identifier: TSESTree.Identifier): Variable | null {
    const known = resolved.get(identifier);
    if (known !== undefined) return known;
    const found = globalScope ? findVariable(sourceCode.getScope(identifier), identifier) : null;
    resolved.set(identifier, found);
    return found;
  }

  /** Makes every use of a variable that now holds a taint resolvable without a lookup. */
  function remember(variable: Variable): void {
    if (remembered.has(variable)) return;
    remembered.add(variable);
    for (const identifier of variable.identifiers) resolved.set(identifier, variable);
    for (const reference of variable.references) resolved.set(reference.identifier, variable);
  }
  const remembered = new Set<Variable>();
  /** Whether any token source can exist in the file: a decode or verify API, a hand-split token, an express-jwt callback. */
  const tokenSplitPossible = facts.splitsToken();
  /** Whether an expression can start a taint without a tainted variable: a tracked call, a NestJS or MSAL shape, a split token. */
  const callSourcesPossible = tracksSourceCall(tracked) || tokenSplitPossible || facts.marker();
  const tokensPossible =
    tracked.decode.size + tracked.headerDecode.size + tracked.jwtSimpleDecode.size + tracked.decoderFactories.size + tracked.keyCallbackVerify.size > 0 ||
    tokenSplitPossible ||
    textHolds(sourceCode, 'jwt');

  const flows: Flow[] = [];
  const flowKeys = new Set<string>();
  const verifyEvents: VerifyEvent[] = [];
  const summaries = new Map<FunctionNode, Summary>();
  const contexts: FunctionContext[] = [];
  /** Functions that received parameter taints from a call elsewhere (key callbacks referenced by name). */
  const keyCallbacks = new Set<Node>();
  /** Variables holding a fast-jwt decoder. */
  let env = new Map<Variable, readonly Taint[]>();
  let memo = new Map<Node, readonly Taint[]>();
  let summarising: FunctionNode | null = null;
  /** What a function's name says (split into words once per name and file). */
  const namesSeen = new Map<string, { guard: boolean; identityReturn: boolean }>();
  function nameFacts(name: string): { guard: boolean; identityReturn: boolean } {
    let facts = namesSeen.get(name);
    if (!facts) {
      facts = { guard: name === 'canActivate' || isGuardName(name), identityReturn: isIdentityReturnName(name) };
      namesSeen.set(name, facts);
    }
    return facts;
  }

  /** Parameters tainted while entering a function, before its context exists. */
  let pendingOwned: Variable[] = [];
  /** The function whose parameters are being bound. */
  let entering: FunctionNode | null = null;
  /**
   * Nodes the consequence scans may visit in this file, in all. Nested guarded branches (10,000 chained ternaries)
   * would otherwise rescan the same code once per level; past the budget, a decision has no known consequence.
   */
  let fileScanBudget = FILE_SCAN_BUDGET;

  for (const call of tracked.keyCallbackVerify) {
    if (call.type !== NODE.CallExpression) continue;
    const key = call.arguments[1];
    if (key?.type === NODE.Identifier) {
      const fn = functionOfVariable(variableOf(key) ?? undefined);
      if (fn) keyCallbacks.add(fn);
    }
  }

  function functionOfVariable(variable: Variable | undefined): FunctionNode | null {
    if (variable?.defs.length !== 1) return null;
    const def = variable.defs[0];
    if (!def) return null;
    if (def.node.type === NODE.FunctionDeclaration) return def.node;
    if (def.node.type === NODE.VariableDeclarator && def.node.init && def.parent?.type === NODE.VariableDeclaration && def.parent.kind === 'const') {
      const init = unwrap(def.node.init);
      if (isFunction(init)) return init;
    }
    return null;
  }

  function scopeOf(node: Node): Scope | null {
    return globalScope ? sourceCode.getScope(node) : null;
  }

  // ---- Taint helpers ----------------------------------------------------------------------------------------

  function source(kind: Taint['kind'], origin: Node, name: string, extra: Partial<Taint> = {}): Taint {
    return { kind, origin, name, path: [], at: origin, ...extra };
  }

  function headerTaint(header: string, origin: Node): Taint | null {
    const found = classifyHeader(header);
    if (!found) return null;
    if (found.kind === 'spoofable-ip') return source('spoofable-ip', origin, found.name, { hopList: found.hopList, container: 'headers' });
    return source(found.kind, origin, found.name, { container: 'headers' });
  }

  function fieldTaint(container: Taint, field: string, origin: Node): Taint | null {
    const cookie = container.container === 'cookies';
    let kind = classifyClientField(field);
    if (kind === null && cookie && (field === 'user' || field === 'username' || field === 'email' || field === 'admin')) kind = field === 'admin' ? 'authorization' : 'identity';
    if (kind === null) {
      if (CLIENT_NESTING_FIELDS.has(field)) return withTaint(container, { name: `${container.name}.${field}`.slice(0, 40), origin, at: origin });
      return null;
    }
    if (container.container === 'params' && kind !== 'authorization') return null;
    return source('client-field', origin, clip(`${container.name}.${field}`), { field: kind, container: container.container });
  }

  /** `t.key`: what reading member `key` of a taint yields. `node` is the member expression. */
  function step(taint: Taint, key: string, node: Node): Taint | null {
    const at = node;
    switch (taint.kind) {
      case 'request':
        return stepRequest(taint, key, node);
      case 'headers':
        return headerTaint(key, node);
      case 'container':
        return fieldTaint(taint, key, node);
      case 'context':
        if (key === 'req' || key === 'request') return source('request', node, key);
        return null;
      case 'decoded-complete':
        if (key === 'header') return withTaint(taint, { kind: 'token-header', path: [], at, origin: node });
        if (key === 'payload') return withTaint(taint, { kind: 'decoded-token', path: [], at, origin: node });
        return null;
      case 'jwt-parts':
        if (key === '0' || key === '1') return withTaint(taint, { path: [key], at });
        return null;
      case 'decoder':
        return null;
      case 'param':
        return withTaint(taint, { path: [...taint.path, key], at });
      case 'claims':
      case 'decoded-token':
      case 'token-header':
        return withTaint(taint, { path: [...taint.path, key], at, predicate: undefined });
      default:
        // A string-like source: a header, an address, a field (whose parsed members are recorded: `JSON.parse(cookie).role`).
        if (key === 'length') return null;
        return withTaint(taint, { at, predicate: undefined, ...(taint.kind === 'client-field' ? { path: [...taint.path, key] } : {}) });
    }
  }

  function stepRequest(taint: Taint, key: string, node: Node): Taint | null {
    const path = taint.path;
    const root = taint.name;
    const display = (suffix: string): string => `${root}.${suffix}`.slice(0, 40);
    if (path.length === 0) {
      if (key === 'request' || key === 'raw' || key === 'req') return withTaint(taint, { at: node, name: display(key) });
      if (key === 'headers' || key === 'header') return source('headers', node, display(key));
      if (key === 'ip' || key === 'ips') return source(trustsEveryProxy() ? 'spoofable-ip' : 'network-location', node, display(key));
      if (key === 'clientIp') return source('spoofable-ip', node, display(key));
      if (key === 'hostname' || key === 'host') return source('spoofable-header', node, 'Host');
      if (key === 'origin') return source('spoofable-header', node, 'Origin');
      if (key === 'socket' || key === 'connection' || key === 'conn' || key === 'info' || key === 'handshake' || key === 'requestContext' || key === 'state' || key === 'nextUrl') {
        return withTaint(taint, { path: [key], at: node });
      }
      if (key === 'remoteAddress' || key === 'address') return source('network-location', node, display(key));
      if (CLIENT_CONTAINERS.has(key)) return source('container', node, display(key), { container: key });
      if (CLAIMS_MEMBERS.has(key)) return source('claims', node, display(key));
      return null;
    }
    const first = path[0];
    if (path.length === 1) {
      if ((first === 'socket' || first === 'connection' || first === 'conn' || first === 'info') && key === 'remoteAddress') {
        return source('network-location', node, display(`${first}.remoteAddress`));
      }
      if (first === 'handshake' && key === 'address') return source('network-location', node, display('handshake.address'));
      if (first === 'handshake' && key === 'headers') return source('headers', node, display('handshake.headers'));
      if (first === 'requestContext' && (key === 'identity' || key === 'http')) return withTaint(taint, { path: [first, key], at: node });
      if (first === 'requestContext' && key === 'authorizer') return source('claims', node, display('requestContext.authorizer'));
      if (first === 'state' && CLAIMS_MEMBERS.has(key)) return source('claims', node, display(`state.${key}`));
      if (first === 'nextUrl' && key === 'searchParams') return source('container', node, display('nextUrl.searchParams'), { container: 'query' });
      return null;
    }
    if (first === 'requestContext' && key === 'sourceIp') return source('network-location', node, display(`${path.join('.')}.sourceIp`));
    return null;
  }

  /** `t.method(args)`: what calling a method on a taint yields. */
  function callMethod(taint: Taint, method: string, call: TSESTree.CallExpression): Taint | null {
    const firstArgument = call.arguments[0];
    const literal = firstArgument ? getStaticString(firstArgument, scopeOf(call)) : null;
    switch (taint.kind) {
      case 'request':
        if (taint.path.length > 0) return null;
        if ((method === 'get' || method === 'header' || method === 'getHeader') && literal !== null) return headerTaint(literal, call);
        if (method === 'json' || method === 'formData' || method === 'parseBody') return source('container', call, `${taint.name}.${method}()`, { container: 'body' });
        // Hono's `c.req.query('role')` and `c.req.param('id')` read one field.
        if ((method === 'query' || method === 'param') && literal !== null) {
          const container = method === 'query' ? 'query' : 'params';
          const field = fieldTaint(source('container', call, `${taint.name}.${method}`, { container }), literal, call);
          // Named as written, `c.req.query('role')`, for messages.
          return field?.kind === 'client-field' ? withTaint(field, { name: clip(`${taint.name}.${method}('${literal}')`) }) : field;
        }
        if (method === 'jwtDecode') return source('decoded-token', call, `${taint.name}.jwtDecode()`.slice(0, 40));
        if (method === 'jwtVerify') return source('claims', call, `${taint.name}.jwtVerify()`.slice(0, 40));
        return null;
      case 'headers':
        if ((method === 'get' || method === 'getHeader') && literal !== null) return headerTaint(literal, call);
        return null;
      case 'container':
        if (method === 'get' && literal !== null) return fieldTaint(taint, literal, call);
        return null;
      case 'context':
        if (method === 'getRequest') return source('request', call, 'request');
        if (method === 'switchToHttp' || method === 'getContext') return withTaint(taint, { at: call });
        return null;
      case 'param':
        if (literal !== null && (method === 'get' || method === 'header' || method === 'getHeader')) return withTaint(taint, { path: [...taint.path, `()${method}:${literal}`], at: call });
        if (STRING_METHODS.has(method)) return stringMethod(taint, method, call);
        return null;
      case 'jwt-parts':
        if (taint.path.length === 1 && (BASE64_DECODERS.has(method) || STRING_METHODS.has(method))) return withTaint(taint, { at: call });
        return null;
      default:
        return stringMethod(taint, method, call);
    }
  }

  function stringMethod(taint: Taint, method: string, call: TSESTree.CallExpression): Taint | null {
    if (!STRING_METHODS.has(method)) return null;
    if (method === 'split') return withTaint(taint, { split: true, at: call });
    if (taint.split && (method === 'pop' || method === 'reverse' || (method === 'at' && isNegativeOne(call.arguments[0])) || (method === 'slice' && isNegativeOne(call.arguments[0])))) {
      return withTaint(taint, { sanitized: true, at: call });
    }
    if (method === 'shift' || (method === 'at' && call.arguments[0] && !isNegativeOne(call.arguments[0]))) return withTaint(taint, { split: false, at: call });
    return withTaint(taint, { at: call });
  }

  function isNegativeOne(node: Node | undefined): boolean {
    if (!node) return false;
    const value = getStatic(node, null);
    return value !== null && typeof value.value === 'number' && value.value < 0;
  }

  function predicateOf(taint: Taint, predicate: Predicate, at: Node): Taint {
    if (taint.predicate) return withTaint(taint, { at });
    return withTaint(taint, { predicate, at });
  }

  /** What the other operand of a comparison is. */
  function againstOf(node: Node): Predicate['against'] {
    const taints = evaluate(node, 0);
    if (taints.some((t) => t.kind === 'claims')) return 'verified';
    if (taints.some((t) => FINAL_KINDS.has(t.kind) || t.kind === 'container' || t.kind === 'headers')) return 'client';
    const names = chainNames(node);
    if (names && names.length > 1 && (names.includes('user') || names.includes('session') || names.includes('auth') || names.includes('locals'))) return 'verified';
    if (getStatic(node, scopeOf(node)) !== null) return 'static';
    return 'unknown';
  }

  function limit(taints: readonly Taint[]): readonly Taint[] {
    return taints.length > MAX_TAINTS ? taints.slice(0, MAX_TAINTS) : taints;
  }

  // ---- The evaluator --------------------------------------------------------------------------------------

  function evaluate(node: Node, depth: number): readonly Taint[] {
    // Nothing is tainted here and no call can start a taint: the common case outside request code.
    if (env.size === 0 && !callSourcesPossible) return NONE;
    // Literals, functions, `new` … never carry a taint: nothing to compute or remember.
    if (!EVALUATED_TYPES.has(node.type)) return NONE;
    const cached = memo.get(node);
    if (cached) return cached;
    const result = depth > MAX_DEPTH ? [] : limit(compute(node, depth + 1));
    memo.set(node, result);
    return result;
  }

  function union(nodes: readonly (Node | null | undefined)[], depth: number): Taint[] {
    const out: Taint[] = [];
    for (const node of nodes) if (node) out.push(...evaluate(node, depth));
    return out;
  }

  function compute(node: Node, depth: number): readonly Taint[] {
    switch (node.type) {
      case NODE.Identifier: {
        const variable = resolved.get(node);
        const known = variable ? env.get(variable) : undefined;
        return known ? known.map((t) => withTaint(t, { at: node })) : NONE;
      }
      case NODE.TSAsExpression:
      case NODE.TSNonNullExpression:
      case NODE.TSSatisfiesExpression:
      case NODE.TSTypeAssertion:
      case NODE.ChainExpression:
        // The report lands on the value itself, not on a type assertion or `!` around it.
        return evaluate(node.expression, depth);
      case NODE.AwaitExpression:
        return evaluate(node.argument, depth).map((t) => withTaint(t, { at: node }));
      case NODE.MemberExpression:
        return member(node, depth);
      case NODE.CallExpression:
        return call(node, depth);
      case NODE.BinaryExpression:
        return binary(node, depth);
      case NODE.LogicalExpression:
        return union([node.left, node.right], depth);
      case NODE.ConditionalExpression:
        return union([node.consequent, node.alternate], depth);
      case NODE.TemplateLiteral:
        return union(node.expressions, depth).map((t) => withTaint(t, { predicate: undefined }));
      case NODE.UnaryExpression:
        if (node.operator === '!') return evaluate(node.argument, depth).map((t) => (t.predicate ? t : predicateOf(t, { test: 'truthy', operand: t.at, against: 'none' }, node)));
        return NONE;
      case NODE.AssignmentExpression:
        return evaluate(node.right, depth);
      case NODE.SequenceExpression: {
        const last = node.expressions.at(-1);
        return last ? evaluate(last, depth) : NONE;
      }
      case NODE.ObjectExpression: {
        const out: Taint[] = [];
        for (const property of node.properties) {
          if (property.type === NODE.Property && !isFunction(property.value)) out.push(...evaluate(property.value, depth));
          else if (property.type === NODE.SpreadElement) out.push(...evaluate(property.argument, depth));
        }
        return out;
      }
      case NODE.ArrayExpression:
        return union(node.elements.map((element) => (element?.type === NODE.SpreadElement ? element.argument : element)), depth);
      default:
        return NONE;
    }
  }

  function member(node: TSESTree.MemberExpression, depth: number): readonly Taint[] {
    const base = evaluate(node.object, depth);
    if (base.length === 0) {
      // MSAL: `result.idTokenClaims`, `account.idTokenClaims` — the identity provider's claims, wherever they come from.
      if (!node.computed && node.property.type === NODE.Identifier && node.property.name === 'idTokenClaims') return [source('claims', node, 'idTokenClaims')];
      return NONE;
    }
    let key: string | null;
    if (node.computed) {
      key = propertyName(node, scopeOf(node));
      if (key === null && isLastIndex(node)) {
        return base.filter((t) => t.split).map((t) => withTaint(t, { sanitized: true, at: node }));
      }
      key ??= '*';
    } else {
      key = propertyName(node, null);
    }
    if (key === null) return NONE;
    const out: Taint[] = [];
    for (const taint of base) {
      if (/^\d+$/u.test(key) && taint.split) {
        out.push(withTaint(taint, { split: false, at: node }));
        continue;
      }
      const next = step(taint, key, node);
      if (next) out.push(next);
    }
    return out;
  }

  /** `parts[parts.length - 1]`. */
  function isLastIndex(node: TSESTree.MemberExpression): boolean {
    const property = node.property;
    return (
      property.type === NODE.BinaryExpression &&
      property.operator === '-' &&
      property.left.type === NODE.MemberExpression &&
      propertyName(property.left, null) === 'length'
    );
  }

  function binary(node: TSESTree.BinaryExpression, depth: number): readonly Taint[] {
    if (node.operator === '+') return union([node.left, node.right], depth).map((t) => withTaint(t, { predicate: undefined }));
    if (COMPARISON_OPERATORS.has(node.operator)) {
      const out: Taint[] = [];
      for (const [side, other] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        if (side.type === NODE.PrivateIdentifier || other.type === NODE.PrivateIdentifier) continue;
        const taints = evaluate(side, depth);
        if (taints.length === 0) continue;
        const value = getStatic(other, scopeOf(other));
        if (value && (value.value === null || value.value === undefined || value.value === '')) {
          // `x === undefined`, `x !== ''`: a presence check, not a comparison with anything.
          for (const taint of taints) out.push(predicateOf(taint, { test: 'truthy', operand: taint.at, against: 'none' }, node));
          continue;
        }
        const comparedWith = value && (typeof value.value === 'string' || typeof value.value === 'number') ? value.value : undefined;
        const against = againstOf(other);
        for (const taint of taints) {
          out.push(predicateOf(taint, { test: 'compare', operand: taint.at, against, ...(comparedWith === undefined ? {} : { comparedWith }) }, node));
        }
      }
      return out;
    }
    if (node.operator === 'in') {
      return evaluate(node.left as Node, depth).map((t) => predicateOf(t, { test: 'match', operand: t.at, against: 'unknown' }, node));
    }
    return [];
  }

  function call(node: TSESTree.CallExpression, depth: number): readonly Taint[] {
    const callee = unwrap(node.callee);
    const scope = () => scopeOf(node);

    if (tracked.decode.has(node)) return decodeResult(node);
    if (tracked.headerDecode.has(node)) {
      return [source('token-header', node, 'decodeProtectedHeader()', { tokenKeys: keysOf(node.arguments[0]) })];
    }
    if (tracked.jwtSimpleDecode.has(node)) {
      const noVerify = node.arguments[2];
      if (noVerify && getStatic(noVerify, scope())?.value) return [source('decoded-token', node, 'jwt.decode()', { tokenKeys: keysOf(node.arguments[0]) })];
      return [source('claims', node, 'jwt.decode()')];
    }
    if (tracked.decoderFactories.has(node)) return [source('decoder', node, 'createDecoder()')];
    if (tracked.clientIp.has(node)) return [source('spoofable-ip', node, 'getClientIp()')];
    const nextHeaders = tracked.nextHeaders.get(node);
    if (nextHeaders === 'getCookie') {
      // Hono: `getCookie(c, 'role')` is one cookie, `getCookie(c)` all of them.
      const cookies = source('container', node, 'getCookie()', { container: 'cookies' });
      const name = node.arguments[1] ? getStaticString(node.arguments[1], scope()) : null;
      if (!node.arguments[1]) return [cookies];
      const field = name === null ? null : fieldTaint(cookies, name, node);
      const context = node.arguments[0]?.type === NODE.Identifier ? node.arguments[0].name : 'c';
      return field ? [field.kind === 'client-field' ? withTaint(field, { name: clip(`getCookie(${context}, '${name}')`) }) : field] : [];
    }
    if (nextHeaders !== undefined) {
      return [nextHeaders === 'headers' ? source('headers', node, 'headers()') : source('container', node, 'cookies()', { container: 'cookies' })];
    }
    if (tracked.verify.has(node)) {
      // jose returns `{ payload, protectedHeader }`; jsonwebtoken the payload (when no callback is given).
      const name = calleeNameOf(callee) ?? 'verify';
      return [source('claims', node, `${name}()`)];
    }
    if (tracked.ipRange.has(node)) return rangePredicate(node, depth);

    if (callee.type === NODE.MemberExpression) {
      const method = propertyName(callee, null);
      if (method === null) return [];
      // `JSON.parse(x)`.
      if (method === 'parse' && callee.object.type === NODE.Identifier && callee.object.name === 'JSON') {
        return jsonParse(node, depth);
      }
      if (method === 'from' && callee.object.type === NODE.Identifier && callee.object.name === 'Buffer') {
        return node.arguments[0] ? evaluate(node.arguments[0], depth).filter((t) => t.kind === 'jwt-parts' || FINAL_KINDS.has(t.kind)).map((t) => withTaint(t, { at: node })) : [];
      }
      const receiver = evaluate(callee.object, depth);
      const out: Taint[] = [];
      for (const taint of receiver) {
        if (MATCH_METHODS.has(method) && taint.kind !== 'request' && taint.kind !== 'headers' && taint.kind !== 'container' && taint.kind !== 'context') {
          out.push(predicateOf(taint, { test: 'match', operand: taint.at, against: againstOfArguments(node) }, node));
          continue;
        }
        const next = callMethod(taint, method, node);
        if (next) out.push(next);
      }
      if (MATCH_METHODS.has(method)) {
        for (const argument of node.arguments) {
          if (argument.type === NODE.SpreadElement) continue;
          // `prefixes.some((prefix) => ip.startsWith(prefix))`: the callback's test is the test.
          if (argument.type === NODE.ArrowFunctionExpression && argument.body.type !== NODE.BlockStatement) {
            for (const taint of evaluate(argument.body, depth)) if (taint.predicate) out.push(withTaint(taint, { at: node }));
            continue;
          }
          for (const taint of evaluate(argument, depth)) {
            if (taint.kind === 'request' || taint.kind === 'headers' || taint.kind === 'container') continue;
            out.push(predicateOf(taint, { test: 'match', operand: taint.at, against: 'unknown' }, node));
          }
        }
      }
      if (out.length === 0 && (method === 'getRequest' || method === 'switchToHttp')) return [source(method === 'getRequest' ? 'request' : 'context', node, 'request')];
      if (out.length === 0 && CLAIMS_RESULT_METHODS.has(method)) return [source('claims', node, `${method}()`)];
      if (out.length === 0 && method === 'split' && isDotSplit(node) && tokenSplitPossible && namesToken(normalisedText(callee.object) ?? '')) {
        return [source('jwt-parts', node, 'token.split()', { tokenKeys: keysOf(callee.object) })];
      }
      return out;
    }

    if (callee.type === NODE.Identifier) {
      const name = callee.name;
      if (name === 'atob' || name === 'String' || BASE64_DECODERS.has(name)) {
        return node.arguments[0] ? evaluate(node.arguments[0], depth).map((t) => withTaint(t, { at: node })) : [];
      }
      const variable = resolved.get(callee);
      const held = variable ? env.get(variable) : undefined;
      if (held?.some((t) => t.kind === 'decoder')) {
        return [source('decoded-token', node, 'decoder()', { tokenKeys: keysOf(node.arguments[0]) })];
      }
      // A same-file helper is summarised only when it is handed something tainted (or takes nothing at all).
      if (summarising !== null) return [];
      const handed = node.arguments.length === 0 || node.arguments.some((argument) => argument.type !== NODE.SpreadElement && evaluate(argument, depth).length > 0);
      if (!handed) return [];
      const helper = functionOfVariable(variableOf(callee) ?? undefined);
      if (helper) return applySummary(helper, node, depth);
    }
    return [];
  }

  function againstOfArguments(node: TSESTree.CallExpression): Predicate['against'] {
    const first = node.arguments[0];
    if (!first || first.type === NODE.SpreadElement) return 'none';
    return againstOf(first);
  }

  function isDotSplit(node: TSESTree.CallExpression): boolean {
    const argument = node.arguments[0];
    return argument !== undefined && getStaticString(argument, null) === '.';
  }

  function decodeResult(node: TSESTree.CallExpression): Taint[] {
    const options = node.arguments[1];
    const keys = keysOf(node.arguments[0]);
    const chain = chainNames(node.callee);
    const name = chain && chain.join('.').length <= 38 ? `${chain.join('.')}()` : `${calleeNameOf(node.callee) ?? 'decode'}()`;
    if (options?.type === NODE.ObjectExpression) {
      for (const property of options.properties) {
        if (property.type === NODE.Property && propertyName(property, null) === 'complete' && getStatic(property.value, scopeOf(node))?.value === true) {
          return [source('decoded-complete', node, name, { tokenKeys: keys })];
        }
        if (property.type === NODE.Property && propertyName(property, null) === 'header' && getStatic(property.value, scopeOf(node))?.value === true) {
          return [source('token-header', node, name, { tokenKeys: keys })];
        }
      }
    }
    return [source('decoded-token', node, name, { tokenKeys: keys })];
  }

  function jsonParse(node: TSESTree.CallExpression, depth: number): Taint[] {
    const argument = node.arguments[0];
    if (!argument || argument.type === NODE.SpreadElement) return [];
    const out: Taint[] = [];
    for (const taint of evaluate(argument, depth)) {
      if (taint.kind === 'jwt-parts') {
        if (taint.path[0] === '1') out.push(source('decoded-token', node, 'JSON.parse(token payload)', { tokenKeys: taint.tokenKeys }));
        else if (taint.path[0] === '0') out.push(source('token-header', node, 'JSON.parse(token header)', { tokenKeys: taint.tokenKeys }));
      } else {
        out.push(withTaint(taint, { at: node }));
      }
    }
    return out;
  }

  function rangePredicate(node: TSESTree.CallExpression, depth: number): Taint[] {
    const out: Taint[] = [];
    for (const argument of node.arguments) {
      if (argument.type === NODE.SpreadElement) continue;
      for (const taint of evaluate(argument, depth)) out.push(predicateOf(taint, { test: 'range', operand: taint.at, against: 'unknown' }, node));
    }
    // `ipaddr.parse(ip).range()`: the tainted receiver chain.
    const callee = unwrap(node.callee);
    if (out.length === 0 && callee.type === NODE.MemberExpression) {
      const inner = unwrap(callee.object);
      if (inner.type === NODE.CallExpression) {
        for (const argument of inner.arguments) {
          if (argument.type === NODE.SpreadElement) continue;
          for (const taint of evaluate(argument, depth)) out.push(predicateOf(taint, { test: 'range', operand: taint.at, against: 'unknown' }, node));
        }
      }
    }
    return out;
  }

  /** The keys that identify a token expression: its variable, the normalised text of it and of its initialiser. */
  function keysOf(node: Node | undefined | null): unknown[] {
    if (!node || node.type === NODE.SpreadElement) return [];
    const inner = unwrap(node.type === NODE.AwaitExpression ? node.argument : node);
    const keys: unknown[] = [];
    if (inner.type === NODE.Identifier) {
      const variable = variableOf(inner);
      if (variable) {
        keys.push(variable);
        const def = variable.defs[0];
        if (variable.defs.length === 1 && def?.node.type === NODE.VariableDeclarator && def.node.init && def.node.id.type === NODE.Identifier) {
          const text = normalisedText(def.node.init);
          if (text) keys.push(text);
        }
      } else {
        keys.push(`#${inner.name}`);
      }
    } else {
      const text = normalisedText(inner);
      if (text) keys.push(text);
    }
    return keys;
  }

  function normalisedText(node: Node): string | null {
    if (node.range[1] - node.range[0] > 200) return null;
    let text = '';
    for (const char of sourceCode.getText(node)) if (char !== ' ' && char !== '\n' && char !== '\t' && char !== '\r') text += char;
    return text;
  }

  // ---- Helper summaries -----------------------------------------------------------------------------------

  function applySummary(helper: FunctionNode, node: TSESTree.CallExpression, depth: number): Taint[] {
    if (helper.range[0] <= node.range[0] && node.range[1] <= helper.range[1]) return [];
    let summary = summaries.get(helper);
    if (!summary) {
      summary = summarise(helper);
      summaries.set(helper, summary);
    }
    const out: Taint[] = [];
    for (const taint of summary.taints) {
      if (taint.kind !== 'param') {
        out.push(withTaint(taint, { at: node, origin: node, via: helper, predicate: taint.predicate ? { ...taint.predicate, operand: node } : undefined }));
        continue;
      }
      const argument = node.arguments[taint.param ?? 0];
      if (!argument || argument.type === NODE.SpreadElement) continue;
      for (const base of evaluate(argument, depth)) {
        const rebased = replay(base, taint.path, node);
        if (!rebased) continue;
        const carried: { -readonly [K in keyof Taint]?: Taint[K] } = { at: node, via: helper };
        if (taint.split !== undefined) carried.split = taint.split;
        if (taint.sanitized) carried.sanitized = true;
        if (taint.predicate) carried.predicate = rebased.predicate ?? { ...taint.predicate, operand: argument };
        out.push(withTaint(rebased, carried));
      }
    }
    return out;
  }

  function replay(base: Taint, path: readonly string[], node: TSESTree.CallExpression): Taint | null {
    let current: Taint | null = base;
    for (const key of path) {
      if (!current) return null;
      if (key.startsWith('()')) {
        const colon = key.indexOf(':');
        const method = key.slice(2, colon);
        const header = key.slice(colon + 1);
        if (current.kind === 'request' && current.path.length === 0 && (method === 'get' || method === 'header' || method === 'getHeader')) current = headerTaint(header, node);
        else if (current.kind === 'headers') current = headerTaint(header, node);
        else return null;
      } else {
        current = step(current, key, node);
        if (current) current = withTaint(current, { origin: FINAL_KINDS.has(current.kind) && !FINAL_KINDS.has(base.kind) ? node : current.origin });
      }
    }
    return current;
  }

  function summarise(helper: FunctionNode): Summary {
    const savedEnv = env;
    const savedMemo = memo;
    env = new Map(savedEnv);
    memo = new Map();
    summarising = helper;
    const returned: Taint[] = [];
    helper.params.forEach((param, index) => {
      const target = param.type === NODE.AssignmentPattern ? param.left : param;
      bindPattern(target, [{ kind: 'param', origin: target, name: 'param', path: [], at: target, param: index }]);
    });
    walkNodes(helper.body, (node) => {
      if (node.type === NODE.VariableDeclarator && node.init) bindPattern(node.id, evaluate(node.init, 0));
      else if (node.type === NODE.AssignmentExpression && node.left.type === NODE.Identifier) bindPattern(node.left, evaluate(node.right, 0), node.operator !== '=');
      else if (node.type === NODE.ReturnStatement && node.argument && enclosingFunction(node) === helper) returned.push(...evaluate(node.argument, 0));
      return !isFunction(node);
    });
    if (helper.body.type !== NODE.BlockStatement) returned.push(...evaluate(helper.body, 0));
    env = savedEnv;
    memo = savedMemo;
    summarising = null;
    return { taints: limit(returned) };
  }

  // ---- Bindings -------------------------------------------------------------------------------------------

  function bind(identifier: TSESTree.Identifier, taints: readonly Taint[], merge: boolean): void {
    if (taints.length === 0) {
      // Only a variable that holds a taint has anything to forget, and its identifiers are all remembered.
      const variable = resolved.get(identifier);
      if (variable && !merge) env.delete(variable);
      return;
    }
    const variable = variableOf(identifier);
    if (!variable) return;
    remember(variable);
    if (summarising === null) {
      // Parameters are bound while their function is being entered, before its context exists.
      const owner = variable.scope.variableScope.block;
      if (owner === entering) pendingOwned.push(variable);
      else {
        for (let index = contexts.length - 1; index >= 0; index -= 1) {
          const context = contexts[index];
          if (context?.fn === owner) {
            context.owned.push(variable);
            break;
          }
        }
      }
    }
    const kept = taints.map((t) => withTaint(t, { at: identifier }));
    env.set(variable, merge ? limit([...(env.get(variable) ?? []), ...kept]) : kept);
  }

  function bindPattern(pattern: Node, taints: readonly Taint[], merge = false): void {
    // Nothing to record and nothing to forget: the common case, kept cheap.
    if (taints.length === 0 && (merge || env.size === 0)) return;
    switch (pattern.type) {
      case NODE.Identifier:
        bind(pattern, taints, merge);
        return;
      case NODE.AssignmentPattern:
        bindPattern(pattern.left, [...taints, ...evaluate(pattern.right, 0)], merge);
        return;
      case NODE.ObjectPattern:
        for (const property of pattern.properties) {
          if (property.type === NODE.RestElement) {
            bindPattern(property.argument, taints, merge);
            continue;
          }
          const key = propertyName(property, scopeOf(property));
          const stepped: Taint[] = [];
          if (key !== null) {
            for (const taint of taints) {
              const next = step(taint, key, property.key);
              if (next) stepped.push(next);
            }
          }
          bindPattern(property.value, stepped, merge);
        }
        return;
      case NODE.ArrayPattern:
        pattern.elements.forEach((element, index) => {
          if (!element) return;
          if (element.type === NODE.RestElement) {
            bindPattern(element.argument, taints, merge);
            return;
          }
          const stepped: Taint[] = [];
          for (const taint of taints) {
            if (taint.split) stepped.push(withTaint(taint, { split: false }));
            else {
              const next = step(taint, String(index), element);
              if (next) stepped.push(next);
            }
          }
          bindPattern(element, stepped, merge);
        });
        return;
      default:
        return;
    }
  }

  // ---- Functions: parameters and roles ----------------------------------------------------------------------

  function decoratorNames(param: Node): { name: string; argument: string | null }[] {
    const decorators = decoratorsOf(param);
    const out: { name: string; argument: string | null }[] = [];
    for (const decorator of decorators) {
      const expression = decorator.expression;
      if (expression.type === NODE.CallExpression && expression.callee.type === NODE.Identifier) {
        const first = expression.arguments[0];
        out.push({ name: expression.callee.name, argument: first ? getStaticString(first, null) : null });
      }
    }
    return out;
  }

  /** Taints of one parameter from its NestJS decorators. */
  function decoratedTaint(param: Node): Taint | null {
    if (decoratorsOf(param).length === 0) return null;
    for (const { name, argument } of decoratorNames(param)) {
      if (name === 'Req' || name === 'Request') return source('request', param, 'req');
      if (name === 'Ip') return source('network-location', param, '@Ip()');
      if (name === 'Headers') return argument === null ? source('headers', param, '@Headers()') : headerTaint(argument, param);
      if (name === 'Body' || name === 'Query' || name === 'Param' || name === 'Cookies') {
        const container = name === 'Param' ? 'params' : name === 'Cookies' ? 'cookies' : name.toLowerCase();
        const base = source('container', param, `@${name}()`, { container });
        return argument === null ? base : fieldTaint(base, argument, param);
      }
      if (isIdentityDecoratorName(name)) return source('claims', param, `@${name}()`);
    }
    return null;
  }

  function isRouteRegistration(fn: FunctionNode): { handler: boolean; path: string | null } {
    const parent = fn.parent;
    if (parent.type === NODE.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
      const callee = unwrap(parent.callee);
      const method = callee.type === NODE.MemberExpression ? propertyName(callee, null) : null;
      if (method !== null && (ROUTE_METHODS.has(method) || REGISTRATION_METHODS.has(method))) {
        const chain = chainNames(callee);
        if (chain?.includes('interceptors')) return NOT_REGISTERED;
        const first = parent.arguments[0];
        const path = first && first !== fn ? getStaticString(first, null) : null;
        // `map.get(fn)` never registers a handler; a route method with a path, or `use`, does.
        if (path !== null || method === 'use' || method === 'addHook' || method === 'ext' || fn.params.length >= 2) return { handler: true, path };
      }
    }
    if (parent.type === NODE.Property && parent.value === fn) {
      const key = propertyName(parent, null);
      if (key === 'handler' || (key !== null && ROUTE_HOOK_KEYS.has(key))) {
        const object = parent.parent;
        let path: string | null = null;
        if (object.type === NODE.ObjectExpression) {
          for (const property of object.properties) {
            if (property.type === NODE.Property && propertyName(property, null) === 'path') path = getStaticString(property.value, null);
          }
        }
        return { handler: true, path };
      }
    }
    return registeredByReference(fn, scopeManager);
  }

  function roleOf(fn: FunctionNode, name: string | null): FunctionContext['role'] {
    if (name !== null && CONTEXT_FACTORY_NAMES.has(name)) return 'context';
    const parent = fn.parent;
    if (parent.type !== NODE.Property || parent.value !== fn) return null;
    const key = propertyName(parent, null);
    if (key === null) return null;
    if (key === 'context') return 'context';
    if (key === 'verifyClient') return 'verify-client';
    if (key === 'keyGenerator') return 'rate-limit-key';
    const keyOption = RATE_LIMIT_KEY_OPTIONS.has(key);
    const skipOption = RATE_LIMIT_SKIP_OPTIONS.has(key);
    // Whether the options belong to a rate limiter matters only for its key and skip options (`handler: …` is not one).
    if ((keyOption || skipOption) && isLimiterOptions(parent.parent.parent)) return keyOption ? 'rate-limit-key' : 'limiter-exemption';
    if (BYPASS_OPTIONS.has(key) || skipOption) return 'bypass';
    return null;
  }

  /** True when `owner` (what holds an options object) is a call of a rate limiter, or a call given one by name. */
  function isLimiterOptions(owner: Node): boolean {
    if (owner.type !== NODE.CallExpression && owner.type !== NODE.NewExpression) return false;
    const ownerName = calleeNameOf(owner.callee);
    return (ownerName !== null && isRateLimiterName(ownerName)) || owner.arguments.some((argument) => argument.type === NODE.Identifier && isRateLimiterName(argument.name));
  }

  /** A function under `callbacks: { signIn() {} }` (Auth.js) or passed to `new XStrategy(options, verify)` (passport). */
  function identityProviderCallback(fn: FunctionNode): 'authjs' | 'strategy' | null {
    const parent = fn.parent;
    if ((parent.type === NODE.Property || parent.type === NODE.MethodDefinition) && parent.value === fn) {
      const key = propertyName(parent, null);
      const grand = parent.parent.parent;
      if (key !== null && AUTHJS_CALLBACKS.has(key) && grand.type === NODE.Property && propertyName(grand, null) === 'callbacks') return 'authjs';
      // A provider's `profile(profile)` mapper: `Google({ profile(profile) { … } })`.
      if (key === 'profile' && (grand.type === NODE.CallExpression || grand.type === NODE.NewExpression)) return 'authjs';
    }
    if (parent.type === NODE.NewExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
      const name = calleeNameOf(parent.callee);
      if (name?.endsWith('Strategy')) return 'strategy';
    }
    return null;
  }

  /** `expressjwt({ secret: (req, token) => … })`: the key callback of express-jwt (any `…jwt…` factory). */
  function isTokenSecretCallback(fn: FunctionNode): boolean {
    const parent = fn.parent;
    if (parent.type !== NODE.Property || parent.value !== fn || propertyName(parent, null) !== 'secret') return false;
    const owner = parent.parent.parent;
    if (owner.type !== NODE.CallExpression) return false;
    return calleeNameOf(owner.callee)?.toLowerCase().includes('jwt') === true;
  }

  function enterFunction(fn: FunctionNode): void {
    entering = fn;
    const registration = isRouteRegistration(fn);
    const name = functionName(fn);
    const idp = identityProviderCallback(fn);
    const role = roleOf(fn, name);
    // Most functions have no continuation besides `next`: they share one set.
    let nextNames: Set<string> | null = null;
    const addNext = (nextName: string): void => {
      (nextNames ??= new Set(NEXT_ONLY)).add(nextName);
    };
    const nestRoute = fn.parent.type === NODE.MethodDefinition && decoratorsOf(fn.parent).some((decorator) => {
      const expression = decorator.expression;
      return expression.type === NODE.CallExpression && expression.callee.type === NODE.Identifier && ROUTE_DECORATORS.has(expression.callee.name);
    });
    let handler = registration.handler || nestRoute;
    let requestIndex = -1;
    if (registration.handler) requestIndex = fn.params.length === 4 ? 1 : 0;
    else if (isRouteExport(fn)) {
      requestIndex = 0;
      handler = true;
    }
    let takesRequest = false;
    const parentCall = fn.parent.type === NODE.CallExpression ? fn.parent : null;
    // `jwtVerify(t, key).then(({ payload }) => …)`: the callback receives what the promise holds.
    if (parentCall?.arguments[0] === fn && parentCall.callee.type === NODE.MemberExpression && propertyName(parentCall.callee, null) === 'then') {
      const held = evaluate(parentCall.callee.object, 0).filter((taint) => FINAL_KINDS.has(taint.kind));
      const first = fn.params[0];
      if (held.length > 0 && first) bindPattern(first, held);
    }
    const verifyCallback = parentCall !== null && tracked.keyCallbackVerify.has(parentCall);

    const params = fn.params;
    for (let index = 0; index < params.length; index += 1) {
      const target = parameterTarget(params[index] as TSESTree.Parameter);
      const decorated = decoratedTaint(target);
      if (decorated) {
        bindPattern(target, [decorated]);
        handler = true;
        continue;
      }
      const paramName = target.type === NODE.Identifier ? target.name : null;
      const type = typeName(target);
      if (parentCall !== null && verifyCallback) {
        const position = parentCall.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
        if (position === 1 && index === 0) {
          bindPattern(target, [source('token-header', target, 'key callback header', { tokenKeys: keysOf(parentCall.arguments[0]) })]);
          continue;
        }
        if (position >= 2 && index === 1) {
          bindPattern(target, [source('claims', target, 'verify()')]);
          continue;
        }
      }
      if (index === 1 && isTokenSecretCallback(fn)) {
        // express-jwt: `secret: (req, token) => …`, where `token` is the decoded `{ header, payload }`.
        bindPattern(target, [source('decoded-complete', target, paramName ?? 'token')]);
        continue;
      }
      if (keyCallbacks.has(fn) && index === 0) {
        bindPattern(target, [source('token-header', target, 'key callback header')]);
        continue;
      }
      if (idp !== null && (paramName === null || IDP_CLAIMS_PARAMETERS.has(paramName))) {
        if (paramName !== null) bindPattern(target, [source('claims', target, paramName)]);
        else if (target.type === NODE.ObjectPattern) {
          for (const property of target.properties) {
            if (property.type !== NODE.Property) continue;
            const key = propertyName(property, null);
            if (key !== null && IDP_CLAIMS_PARAMETERS.has(key)) bindPattern(property.value, [source('claims', property.value, key)]);
          }
        }
        continue;
      }
      const namedRequest = paramName !== null && isRequestParameterName(paramName) && (type === null || !isTokenRequestTypeName(type));
      if (index === requestIndex || namedRequest || (type !== null && isRequestTypeName(type))) {
        takesRequest = true;
        bindPattern(target, [source('request', target, paramName?.replace(/^_/u, '') ?? 'req')]);
        if (index === requestIndex) {
          const next = fn.params[index + 2];
          if (next?.type === NODE.Identifier) addNext(next.name);
        }
        continue;
      }
      if (paramName === 'socket' && index === 0) {
        bindPattern(target, [source('request', target, 'socket')]);
        continue;
      }
      if (paramName === 'event' && index === 0 && (name === 'handler' || takesLambdaContext(fn))) {
        bindPattern(target, [source('request', target, 'event')]);
        // A serverless function answers the request it is given.
        handler = true;
        continue;
      }
      if (role === 'verify-client' && index === 0) {
        // ws: `verifyClient: (info) => …` where `info.req` is the upgrade request.
        bindPattern(target, [source('context', target, paramName ?? 'info')]);
        continue;
      }
      if ((paramName === 'context' || paramName === 'ctx') && type === 'ExecutionContext') {
        bindPattern(target, [source('context', target, 'context')]);
        continue;
      }
      if (paramName !== null && CLAIMS_NAMES.has(paramName)) {
        bindPattern(target, [source('claims', target, paramName)]);
        continue;
      }
      if (target.type === NODE.ObjectPattern) {
        // `context: ({ req }) => …` (Apollo, tRPC), `handler({ request })`.
        for (const property of target.properties) {
          if (property.type !== NODE.Property) continue;
          const key = propertyName(property, null);
          if (key === 'req' || key === 'request') bindPattern(property.value, [source('request', property.value, key)]);
        }
      }
      if (index === 2 && registration.handler && paramName !== null) addNext(paramName);
    }

    const words = name === null ? null : nameFacts(name);
    const guard = (words?.guard ?? false) || idp !== null || role === 'bypass' || role === 'verify-client';
    const path = registration.path;
    contexts.push({
      fn,
      guard,
      identityReturn: words?.identityReturn ?? false,
      role,
      // Widened: TypeScript does not see that `addNext`, a closure, may have set it.
      nextNames: (nextNames as Set<string> | null) ?? NEXT_ONLY,
      path,
      name,
      handler,
      takesRequest,
      owned: pendingOwned,
    });
    pendingOwned = [];
    entering = null;
  }

  /** True when the function serves an authentication route, by the path it is registered on or by its name. */
  function authRouteOf(context: FunctionContext): boolean {
    context.authRoute ??= (context.path !== null && isAuthRoute(context.path)) || (context.name !== null && context.handler && isAuthRoute(context.name));
    return context.authRoute;
  }

  // ---- Sinks ----------------------------------------------------------------------------------------------

  function leaveFunction(): void {
    const context = contexts.pop();
    for (const variable of context?.owned ?? []) env.delete(variable);
  }

  function currentContext(): FunctionContext | undefined {
    return contexts.at(-1);
  }

  function emit(taint: Taint, sink: Sink): void {
    if (summarising !== null) return;
    if (!FINAL_KINDS.has(taint.kind)) return;
    if (taint.sanitized && taint.hopList) return;
    const kind = taint.kind as SourceKind;
    if (!admits(taint, sink)) return;
    const key = `${sink.node.range[0]}:${sink.node.range[1]}:${kind}:${sink.kind}`;
    if (flowKeys.has(key)) return;
    flowKeys.add(key);
    const flow: Flow = {
      source: { kind, node: taint.origin, name: taint.name, path: taint.path },
      sink,
      ...(kind === 'decoded-token' || kind === 'token-header' ? { tokenVerified: isVerified(taint, sink.node) } : {}),
      ...(contexts.some(authRouteOf) || ((sink.kind === 'rate-limit-key' || sink.kind === 'limiter-exemption') && limiterServesAuthRoute())
        ? { authRoute: true }
        : {}),
    };
    flows.push(flow);
    if (taint.via) viaFlows.set(flow, taint.via);
  }
  const viaFlows = new Map<Flow, Node>();

  /** The precision policy: which tests and sinks count for which source. */
  function admits(taint: Taint, sink: Sink): boolean {
    const test = sink.test;
    switch (taint.kind) {
      case 'spoofable-ip':
      case 'network-location':
        if (sink.kind === 'decision' || sink.kind === 'guard-return' || sink.kind === 'limiter-exemption') return test !== undefined && test !== 'truthy';
        if (sink.kind === 'identity') return (taint.predicate !== undefined && taint.predicate.test !== 'truthy') || (taint.predicate === undefined && isIdentityValueTarget(sink.target));
        return sink.kind === 'rate-limit-key';
      case 'spoofable-header':
        if (sink.kind === 'decision' || sink.kind === 'guard-return') {
          if (test === undefined || test === 'truthy') return false;
          // An exact Origin/Referer check that only refuses is CSRF defence in depth, not authentication.
          if ((taint.name === 'Origin' || taint.name === 'Referer') && sink.consequence === 'deny') return false;
          if ((taint.name === 'Origin' || taint.name === 'Referer') && contexts.some((context) => isCrossSiteCheckName(functionName(context.fn)))) return false;
          if (taint.name === 'User-Agent' && sink.consequence === 'deny') return false;
          return true;
        }
        return sink.kind === 'identity' && taint.predicate !== undefined;
      case 'identity-header':
        if (sink.kind === 'decision' || sink.kind === 'guard-return' || sink.kind === 'limiter-exemption') return taint.predicate?.against !== 'verified';
        if (sink.kind === 'branch') return taint.predicate?.against !== 'verified' && (test === 'compare' || test === 'truthy');
        return sink.kind === 'identity' || sink.kind === 'query-key';
      case 'client-field':
        if (taint.predicate?.against === 'verified') return false;
        // A branch counts only for a role or privilege field; the rule looks at what it is compared with.
        if (sink.kind === 'branch') return taint.field === 'authorization' && (test === 'compare' || test === 'truthy');
        if (sink.kind === 'decision' || sink.kind === 'guard-return') {
          if (taint.field === 'authorization') return true;
          return test === 'match' || test === 'compare';
        }
        if (sink.kind === 'identity') return taint.predicate === undefined || taint.field === 'authorization';
        if (sink.kind === 'query-key') return sink.key !== undefined && (isScopeKey(sink.key) || (isUserKey(sink.key) && (taint.container === 'cookies' || taint.container === 'headers')));
        return false;
      case 'decoded-token':
        if (sink.kind === 'decision' || sink.kind === 'guard-return') {
          if (taint.path.length > 0 && TIMING_CLAIMS.has(taint.path[0] ?? '')) return false;
          if (sink.kind === 'decision' && test === 'truthy' && taint.path.length === 0) return false;
          if (!tracked.isServerFile && !contexts.some((context) => context.handler) && sink.consequence !== 'next' && sink.consequence !== 'deny') return false;
          return true;
        }
        if (sink.kind === 'identity' || sink.kind === 'query-key') return true;
        return sink.kind === 'call-argument';
      case 'token-header':
        return sink.kind === 'call-argument' || sink.kind === 'identity';
      case 'claims':
        if (sink.kind === 'decision' || sink.kind === 'guard-return') return test === 'compare' || test === 'match';
        return sink.kind === 'query-key';
      default:
        return false;
    }
  }

  /**
   * For a limiter's key or exemption callback: whether the limiter guards sign-in, token, reset or OTP routes — by the
   * name it is bound to (`loginLimiter`) or the route it is registered on (`app.post('/login', limiter, …)`).
   */
  function limiterServesAuthRoute(): boolean {
    const fn = currentContext()?.fn;
    const owner = fn?.parent.type === NODE.Property ? fn.parent.parent.parent : undefined;
    if (owner?.type !== NODE.CallExpression && owner?.type !== NODE.NewExpression) return false;
    const holder = owner.parent;
    if (holder.type === NODE.CallExpression) return routePathOf(holder) !== null && isAuthRoute(routePathOf(holder) ?? '');
    if (holder.type !== NODE.VariableDeclarator || holder.id.type !== NODE.Identifier) return false;
    if (isAuthRoute(holder.id.name)) return true;
    const variable = variableOf(holder.id);
    return (variable?.references ?? []).some((reference) => {
      const use = reference.identifier.parent;
      const path = use.type === NODE.CallExpression ? routePathOf(use) : null;
      return path !== null && isAuthRoute(path);
    });
  }

  /** The static path of a route registration call: `app.post('/login', …)` → `/login`. */
  function routePathOf(call: TSESTree.CallExpression): string | null {
    const callee = unwrap(call.callee);
    const method = callee.type === NODE.MemberExpression ? propertyName(callee, null) : null;
    if (method === null || !ROUTE_METHODS.has(method)) return null;
    const first = call.arguments[0];
    return first ? getStaticString(first, null) : null;
  }

  /** `req.user`, `res.locals.userId`, `context.user.id`: a target that holds who the caller is (not a flag such as `isAdmin`). */
  function isIdentityValueTarget(target: string | undefined): boolean {
    if (target === undefined) return false;
    const parts = target.split('.');
    return parts.slice(1).some((part) => isIdentityTarget(part) && !isPrivilegeTarget(part));
  }

  function isVerified(taint: Taint, use: Node): boolean {
    const keys = taint.tokenKeys ?? [];
    if (keys.length === 0) return false;
    const fns = new Set<Node | null>(contexts.map((context) => context.fn));
    fns.add(null);
    for (const event of verifyEvents) {
      // The verify call must be over before the use, or the use must run in a callback the verify call is given.
      if (event.node.range[1] > use.range[0] && !inCallbackOf(use, event.node)) continue;
      if (!fns.has(event.fn)) continue;
      if (!event.keys.some((key) => keys.includes(key))) continue;
      if (inCatchOf(use, event.node)) continue;
      if (swallowed(event.node, use)) continue;
      return true;
    }
    return false;
  }

  /** True when `verify` runs in a `try` whose `catch` carries on (logs and falls through) and `use` is after that `try`. */
  function swallowed(verify: Node, use: Node): boolean {
    let current: Node | undefined = verify.parent;
    while (current && !isFunction(current)) {
      if (current.type === NODE.TryStatement && current.handler && contains(current.block, verify) && !contains(current.block, use)) {
        const exits = { found: false };
        walkNodes(current.handler.body, (node) => {
          if (node.type === NODE.ReturnStatement || node.type === NODE.ThrowStatement) exits.found = true;
          return !exits.found && !isFunction(node);
        });
        if (!exits.found) return true;
      }
      current = current.parent;
    }
    return false;
  }

  /** True when `use` is inside a function passed as an argument to `call`. */
  function inCallbackOf(use: Node, call: Node): boolean {
    if (call.type !== NODE.CallExpression) return false;
    return call.arguments.some((argument) => isFunction(argument) && argument.range[0] <= use.range[0] && use.range[1] <= argument.range[1]);
  }

  /** True when `use` is in the `catch` of a `try` whose block holds `verify`. */
  function inCatchOf(use: Node, verify: Node): boolean {
    let current: Node | undefined = use.parent;
    while (current) {
      if (current.type === NODE.CatchClause) {
        const block = current.parent.block;
        if (block.range[0] <= verify.range[0] && verify.range[1] <= block.range[1]) return true;
      }
      current = current.parent;
    }
    return false;
  }

  /** What the guarded code does: the strongest consequence found in `branches`. */
  function consequenceOf(branches: readonly (Node | null | undefined)[]): Consequence | null {
    const { found, exits } = scanBranches(branches);
    if (found === null && currentContext()?.guard && exits) return 'guard';
    return found;
  }

  /**
   * The consequence of an `if`: its branches, and — when the `then` branch leaves the function — the statements after
   * it, which run exactly when the test fails. `if (ok) return next(); next();` gates nothing; `if (ok) return data;
   * return res.status(403)` grants; `if (internal) return; await request.jwtVerify();` skips a check.
   */
  function ifConsequence(node: TSESTree.IfStatement): Consequence | 'branch' | null {
    const then = scanBranches([node.consequent]);
    let otherwise: readonly Node[] = node.alternate ? [node.alternate] : [];
    if (!node.alternate && then.exits && (node.parent.type === NODE.BlockStatement || node.parent.type === NODE.Program)) {
      const body: readonly Node[] = node.parent.body;
      otherwise = body.slice(body.indexOf(node) + 1);
    }
    const rest = scanBranches(otherwise);
    // Both ways lead to `next()` and the other way grants or checks nothing more: the test gates nothing.
    if (then.found === 'next' && rest.notes.has('next') && !rest.notes.has('allow') && !rest.notes.has('deny') && !otherwise.some((statement) => runsCheck(statement))) return null;
    if (then.found === null && then.exits && !node.alternate) {
      if (rest.found === 'deny') return 'allow';
      if (otherwise.some((statement) => runsCheck(statement))) return 'allow';
    }
    const ranked: (Consequence | null)[] = [then.found, node.alternate ? rest.found : rest.found === 'deny' ? null : null];
    const found = ranked.reduce<Consequence | null>((best, next) => (next !== null && (best === null || RANK[next] > RANK[best]) ? next : best), null);
    if (found !== null) return found;
    const context = currentContext();
    if (context?.guard && (then.exits || rest.exits)) return 'guard';
    // A request handler's `then` branch that leaves it with no consequence of its own
    // (`if (req.query.role === 'admin') return res.json(everything)`): the test picks what the request is given.
    return then.exits && (context?.handler || context?.takesRequest) ? 'branch' : null;
  }

  /** True when `statement` calls a verifier or an authentication helper: `await request.jwtVerify()`, `authenticate(req)`. */
  function runsCheck(statement: Node): boolean {
    let found = false;
    let budget = MAX_SCAN;
    walkNodes(statement, (node) => {
      budget -= 1;
      fileScanBudget -= 1;
      if (found || budget < 0 || fileScanBudget < 0) return false;
      if (node.type === NODE.CallExpression) {
        const name = calleeNameOf(node.callee);
        if (name !== null && (VERIFY_METHOD_NAMES.has(name) || isUserAuthNames([name]))) found = true;
      }
      return !isFunction(node);
    });
    return found;
  }

  function scanBranches(branches: readonly (Node | null | undefined)[]): { found: Consequence | null; exits: boolean; notes: Set<Consequence> } {
    const context = currentContext();
    const state: { found: Consequence | null; exits: boolean; notes: Set<Consequence> } = { found: null, exits: false, notes: new Set() };
    let budget = MAX_SCAN;
    const note = (consequence: Consequence): void => {
      state.notes.add(consequence);
      if (state.found === null || RANK[consequence] > RANK[state.found]) state.found = consequence;
    };
    for (const branch of branches) {
      if (!branch) continue;
      walkNodes(branch, (node) => {
        budget -= 1;
        fileScanBudget -= 1;
        if (budget < 0 || fileScanBudget < 0) return false;
        switch (node.type) {
          case NODE.ReturnStatement:
            state.exits = true;
            // `return true` grants only where the result decides access: a guard, a handler, an identity callback.
            if (node.argument && (context?.guard || context?.handler || context?.takesRequest) && getStatic(node.argument, null)?.value === true) note('allow');
            if (node.argument?.type === NODE.ObjectExpression && deniesByStatus(node.argument)) note('deny');
            break;
          case NODE.ThrowStatement: {
            state.exits = true;
            const argument = node.argument;
            if ((argument.type === NODE.NewExpression || argument.type === NODE.CallExpression) && denies(argument)) note('deny');
            break;
          }
          case NODE.CallExpression:
          case NODE.NewExpression: {
            const name = calleeNameOf(node.callee);
            if (name !== null && node.type === NODE.CallExpression && (context?.nextNames.has(name) || CONTINUATIONS.has(name)) && node.callee.type === NODE.Identifier) {
              state.exits = true;
              if (name === 'next' || context?.nextNames.has(name)) note(node.arguments.length === 0 ? 'next' : 'deny');
              else note(node.arguments.length >= 2 && !isStaticFalsyNode(node.arguments[1]) ? 'allow' : 'deny');
            } else if (name === 'next' && node.callee.type === NODE.MemberExpression && chainNames(node.callee)?.[0] === 'NextResponse') {
              state.exits = true;
              note('next');
            } else if (denies(node)) note('deny');
            else if (name !== null && node.type === NODE.CallExpression && isGrantCallName(name)) note('allow');
            break;
          }
          case NODE.AssignmentExpression: {
            const names = node.left.type === NODE.MemberExpression ? chainNames(node.left) : null;
            const last = names?.at(-1);
            if (names && last !== undefined && (isIdentityTargetChain(names) || isPrivilegeTarget(last))) note('allow');
            if (names && last === 'status' && isDenyStatus(getStatic(node.right, null)?.value)) note('deny');
            // In a guard, `allowed = true` (later returned) decides the guard's result.
            if (context?.guard && node.left.type === NODE.Identifier && getStatic(node.right, null)?.value === true) note('guard');
            break;
          }
          default:
            break;
        }
        return !isFunction(node) || node === branch;
      });
    }
    return state;
  }

  function isStaticFalsyNode(node: Node | undefined): boolean {
    if (!node) return true;
    const value = getStatic(node, null);
    return value !== null && !value.value;
  }

  /** `res.status(403)`, `res.sendStatus(401)`, `reply.code(403)`, `ctx.throw(401)`, `new ForbiddenException()`, `Boom.unauthorized()`, `NextResponse.json(x, { status: 403 })`. */
  function denies(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    const name = calleeNameOf(node.callee);
    if (name === null) return false;
    const first = node.arguments[0];
    if ((name === 'status' || name === 'sendStatus' || name === 'code' || name === 'throw' || name === 'writeHead' || name === 'createError' || name === 'HttpError' || name === 'HttpException') && first && isDenyStatus(getStatic(first, null)?.value)) {
      return true;
    }
    if (name === 'HttpException' && node.arguments[1] && isDenyStatus(getStatic(node.arguments[1], null)?.value)) return true;
    // Hono: `c.text('Forbidden', 403)`, `c.json({ error }, 401)`, `throw new HTTPException(403)`.
    if (name === 'HTTPException' && first && isDenyStatus(getStatic(first, null)?.value)) return true;
    if (HONO_RESPONSE_METHODS.has(name) && node.callee.type === NODE.MemberExpression && node.arguments[1] && isDenyStatus(getStatic(node.arguments[1], null)?.value)) return true;
    for (const argument of node.arguments) {
      if (argument.type === NODE.ObjectExpression && deniesByStatus(argument)) return true;
    }
    if (node.callee.type === NODE.MemberExpression && chainNames(node.callee)?.[0] === 'Boom') return name === 'unauthorized' || name === 'forbidden';
    // `throw new Error('Forbidden')`: a plain error whose message refuses the caller.
    if (first && (name === 'Error' || name.endsWith('Error'))) {
      const message = getStatic(first, null)?.value;
      if (typeof message === 'string' && isDenyMessage(message)) return true;
    }
    // `res.redirect('/login')`, `res.redirect(302, '/login')`, `NextResponse.redirect(new URL('/sign-in', request.url))`.
    if (name === 'redirect' && node.callee.type === NODE.MemberExpression) {
      const target = first && node.arguments.length >= 2 && typeof getStatic(first, null)?.value === 'number' ? node.arguments[1] : first;
      const path = target?.type === NODE.NewExpression && calleeNameOf(target.callee) === 'URL' ? target.arguments[0] : target;
      const value = path && path.type !== NODE.SpreadElement ? getStatic(path, null)?.value : undefined;
      if (typeof value === 'string' && isSignInPath(value)) return true;
    }
    return isDenyErrorName(name) && (node.type === NODE.NewExpression || /^[A-Z]/u.test(name) || name.startsWith('throw'));
  }

  /** `{ status: 403 }`, `{ statusCode: 401, body }` (a Lambda or fetch response). */
  function deniesByStatus(object: TSESTree.ObjectExpression): boolean {
    return object.properties.some((property) => {
      if (property.type !== NODE.Property) return false;
      const key = propertyName(property, null);
      return (key === 'status' || key === 'statusCode') && isDenyStatus(getStatic(property.value, null)?.value);
    });
  }

  function isIdentityTargetChain(names: readonly string[]): boolean {
    // req.user, req.auth, req.session.userId, ctx.state.user, res.locals.user, request.session.isAdmin.
    if (names.length < 2) return false;
    const rest = names.slice(1);
    if (rest[0] === 'session' && rest.length >= 2) return true;
    if ((rest[0] === 'state' || rest[0] === 'locals') && rest.length >= 2) return isIdentityTarget(rest[1] ?? '');
    const root = names[0] ?? '';
    if (!isRequestParameterName(root) && root !== 'this' && root !== 'res' && root !== 'session') return false;
    if (root === 'session') return true;
    return rest.length === 1 && isIdentityTarget(rest[0] ?? '');
  }

  /** Emits the flows of a tested expression; the consequence is only worked out when a final source is tested. */
  function decision(
    test: Node,
    branches: () => readonly (Node | null | undefined)[] | Consequence | 'branch' | null,
    sinkKind: SinkKind = 'decision',
  ): void {
    const found = conditionTaints(test);
    if (found.length === 0) return;
    const taints = found.filter((taint) => FINAL_KINDS.has(taint.kind));
    if (taints.length === 0) return;
    const given = branches();
    const consequence = given === null || typeof given === 'string' ? given : consequenceOf(given);
    if (consequence === null) return;
    for (const taint of taints) {
      const predicate = taint.predicate ?? { test: 'truthy' as const, operand: taint.at, against: 'none' as const };
      const tested = {
        node: predicate.operand,
        test: predicate.test,
        ...(predicate.comparedWith === undefined ? {} : { comparedWith: predicate.comparedWith }),
      };
      if (consequence === 'branch') emit(taint, { kind: 'branch', ...tested, description: 'decides what the handler answers' });
      else emit(taint, { kind: sinkKind, ...tested, consequence, description: describeDecision(consequence, sinkKind) });
    }
  }

  function conditionTaints(test: Node): readonly Taint[] {
    const inner = unwrap(test);
    if (inner.type === NODE.LogicalExpression) {
      const left = conditionTaints(inner.left);
      const right = conditionTaints(inner.right);
      return left.length === 0 ? right : right.length === 0 ? left : [...left, ...right];
    }
    if (inner.type === NODE.UnaryExpression && inner.operator === '!') return conditionTaints(inner.argument);
    return evaluate(inner, 0);
  }

  function describeDecision(consequence: Consequence, sinkKind: SinkKind): string {
    if (sinkKind === 'guard-return') return 'decides the result of an authorization guard';
    if (sinkKind === 'limiter-exemption') return 'decides which requests skip the rate limiter';
    switch (consequence) {
      case 'next':
        return 'decides whether `next()` lets the request through';
      case 'allow':
        return 'decides whether access is granted';
      case 'deny':
        return 'decides whether the request is refused';
      case 'guard':
        return 'decides the result of an authorization guard';
    }
  }

  function onReturn(argument: Node, statement: Node): void {
    const context = currentContext();
    if (!context) return;
    if (enclosingFunction(statement) !== context.fn) return;
    if (context.role === 'rate-limit-key') {
      for (const taint of evaluate(argument, 0)) emit(taint, { kind: 'rate-limit-key', node: taint.at, description: 'is the key of a rate limiter' });
      return;
    }
    if (context.role === 'limiter-exemption') {
      decision(argument, () => 'allow', 'limiter-exemption');
      return;
    }
    if (context.role === 'context') {
      identityObject(argument, 'context');
      return;
    }
    // `return generatePolicy(claims.sub, 'Allow', arn)` from an `authorize` guard: the principal is the finding.
    const builtPolicy = argument.type === NODE.CallExpression && grantsPolicy(argument);
    if (context.guard && !builtPolicy) decision(argument, () => 'guard', 'guard-return');
    if ((context.identityReturn || context.guard) && !builtPolicy) {
      for (const taint of evaluate(argument, 0)) {
        if ((taint.kind === 'decoded-token' || taint.kind === 'identity-header') && !taint.predicate) {
          emit(taint, { kind: 'identity', node: taint.at, target: `${functionName(context.fn) ?? 'function'}()`, description: `becomes the identity \`${functionName(context.fn) ?? 'function'}()\` returns` });
        }
      }
    }
  }

  function identityObject(node: Node, target: string): void {
    const inner = unwrap(node);
    if (inner.type !== NODE.ObjectExpression) return;
    for (const property of inner.properties) {
      if (property.type !== NODE.Property) continue;
      const key = propertyName(property, null);
      if (key === null || !isIdentityTarget(key)) continue;
      for (const taint of evaluate(property.value, 0)) {
        emit(taint, { kind: 'identity', node: taint.at, target: `${target}.${key}`, description: `becomes \`${target}.${key}\`` });
      }
    }
  }

  /**
   * `generatePolicy(decoded.sub, 'Allow', event.methodArn)`: a helper that builds an authorizer's `Allow` policy for a
   * principal. What else it is given becomes the identity the gateway passes on.
   */
  function policyPrincipal(call: TSESTree.CallExpression | TSESTree.NewExpression, name: string | null): void {
    const target = `authorizer.principalId`;
    const description = `becomes the principal of the \`Allow\` policy ${name === null ? 'a helper' : `\`${name}()\``} builds`;
    for (const argument of call.arguments) {
      if (argument.type === NODE.Literal) continue;
      for (const taint of evaluate(argument, 0)) emit(taint, { kind: 'identity', node: taint.at, target, description });
    }
  }

  /**
   * An API Gateway Lambda authorizer's answer, `{ principalId, policyDocument, context }`: its `principalId` and the
   * members of its `context` become the identity every backend behind the gateway trusts.
   */
  function authorizerResponse(object: TSESTree.ObjectExpression): void {
    identityObject(object, 'authorizer');
    for (const property of object.properties) {
      if (property.type === NODE.Property && propertyName(property, null) === 'context') identityObject(property.value, 'authorizer.context');
    }
  }

  /**
   * `isAdmin: claims.email === BOSS`, `role: profile.email === BOSS ? 'admin' : 'user'`: a test whose outcome becomes a
   * privilege is a decision that grants.
   */
  function privilegeValue(key: Node, value: Node): void {
    const inner = unwrap(value);
    if (!TEST_SHAPES.has(inner.type)) return;
    const name = key.type === NODE.Identifier ? key.name : key.type === NODE.Literal && typeof key.value === 'string' ? key.value : null;
    if (name === null || !isPrivilegeTarget(name)) return;
    if (inner.type === NODE.ConditionalExpression) {
      decision(inner.test, () => 'allow');
      return;
    }
    if (conditionTaints(inner).some((taint) => taint.predicate !== undefined)) decision(inner, () => 'allow');
  }

  function onAssignment(node: TSESTree.AssignmentExpression): void {
    if (node.left.type !== NODE.MemberExpression) return;
    const names = chainNames(node.left);
    if (!names) return;
    const last = names.at(-1) ?? '';
    if (!node.left.computed) privilegeValue(node.left.property, node.right);
    const identity = isIdentityTargetChain(names);
    if (!identity && !isPrivilegeTarget(last)) return;
    const target = names.join('.').slice(0, 40);
    for (const taint of evaluate(node.right, 0)) {
      emit(taint, { kind: 'identity', node: taint.at, target, description: `becomes \`${target}\`` });
    }
    if (identity) {
      const right = unwrap(node.right);
      if (right.type === NODE.ObjectExpression) identityObject(right, target);
    }
  }

  function onCall(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
    const callee = unwrap(node.callee);
    const name = calleeNameOf(callee);
    if (grantsPolicy(node)) policyPrincipal(node, name);
    // Verify events.
    const jwtSimpleVerify = node.type === NODE.CallExpression && tracked.jwtSimpleDecode.has(node) && !getStatic(node.arguments[2], null)?.value;
    if (node.type === NODE.CallExpression && (tracked.verify.has(node) || jwtSimpleVerify || (name !== null && VERIFY_METHOD_NAMES.has(name)))) {
      const first = node.arguments[0];
      let keys: unknown[] = [];
      if (first?.type === NODE.ObjectExpression) {
        for (const property of first.properties) {
          if (property.type === NODE.Property && (propertyName(property, null) === 'idToken' || propertyName(property, null) === 'token')) keys = keysOf(property.value);
        }
      } else {
        keys = keysOf(first);
      }
      if (keys.length > 0) verifyEvents.push({ keys, node, fn: currentContext()?.fn ?? null });
    }
    if (name === null) return;
    // Rate-limiter-flexible: `limiter.consume(key)`.
    if (node.type === NODE.CallExpression && LIMITER_KEY_METHODS.has(name) && callee.type === NODE.MemberExpression) {
      const receiver = chainNames(callee.object);
      if (receiver && isRateLimiterName(receiver.join(' '))) {
        const first = node.arguments[0];
        if (first) for (const taint of evaluate(first, 0)) emit(taint, { kind: 'rate-limit-key', node: taint.at, description: 'is the key of a rate limiter' });
      }
    }
    // Query keys.
    if (QUERY_METHODS.has(name) || LOOKUP_METHODS.has(name)) {
      node.arguments.forEach((argument) => {
        if (argument.type === NODE.ObjectExpression) queryKeys(argument, 0);
        else if (LOOKUP_METHODS.has(name) && argument.type !== NODE.SpreadElement) {
          for (const taint of evaluate(argument, 0)) {
            if (taint.kind === 'decoded-token') emit(taint, { kind: 'query-key', node: taint.at, key: 'id', description: `looks up the caller with \`${name}()\`` });
          }
        }
      });
    }
    // Token values passed to any call (only in files where a token value can exist at all).
    if (!tokensPossible) return;
    for (let index = 0; index < node.arguments.length; index += 1) {
      const argument = node.arguments[index] as TSESTree.CallExpressionArgument;
      if (argument.type !== NODE.SpreadElement) callArgument(node, argument, index, [], 0);
    }
  }

  function callArgument(node: TSESTree.CallExpression | TSESTree.NewExpression, argument: Node, index: number, optionPath: string[], level: number): void {
    let inner = unwrap(argument);
    if (inner.type === NODE.Identifier && level === 0) {
      // Options held in a `const`: follow them so the option path is known (only when they carry a token value).
      if (!evaluate(inner, 0).some((taint) => taint.kind === 'token-header' || taint.kind === 'decoded-token')) return;
      const init = constObject(inner);
      if (init) inner = init;
    }
    if (inner.type === NODE.ObjectExpression && level < 3) {
      for (const property of inner.properties) {
        if (property.type !== NODE.Property || isFunction(property.value)) continue;
        const key = propertyName(property, null);
        if (key !== null) callArgument(node, property.value, index, [...optionPath, key], level + 1);
      }
      return;
    }
    for (const taint of evaluate(inner, 0)) {
      if (taint.kind !== 'token-header' && taint.kind !== 'decoded-token') continue;
      emit(taint, {
        kind: 'call-argument',
        node: taint.at,
        call: node,
        argumentIndex: index,
        optionPath,
        description: `is passed to \`${calleeNameOf(node.callee) ?? 'a call'}()\``,
      });
    }
  }

  /** The object literal a `const` identifier is bound to. */
  function constObject(identifier: TSESTree.Identifier): TSESTree.ObjectExpression | null {
    const variable = variableOf(identifier);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.node.type !== NODE.VariableDeclarator || def.parent?.type !== NODE.VariableDeclaration || def.parent.kind !== 'const') return null;
    const init = def.node.init ? unwrap(def.node.init) : null;
    return init?.type === NODE.ObjectExpression ? init : null;
  }

  function queryKeys(object: TSESTree.ObjectExpression, level: number): void {
    for (const property of object.properties) {
      if (property.type !== NODE.Property) continue;
      const key = propertyName(property, null);
      if (key === null) continue;
      const value = unwrap(property.value);
      if (value.type === NODE.ObjectExpression) {
        if (level < 3) queryKeys(value, level + 1);
        continue;
      }
      for (const taint of evaluate(value, 0)) {
        if (taint.predicate) continue;
        emit(taint, { kind: 'query-key', node: taint.at, key, description: `selects records by \`${key}\`` });
      }
    }
  }

  // ---- The walk -------------------------------------------------------------------------------------------

  function walkNodes(root: Node, enter: (node: Node) => boolean): void {
    const stack: Node[] = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (!enter(node)) continue;
      const keys = visitorKeys[node.type] ?? [];
      for (let k = keys.length - 1; k >= 0; k -= 1) {
        const child = (node as unknown as Record<string, unknown>)[keys[k] as string];
        if (Array.isArray(child)) {
          for (let i = child.length - 1; i >= 0; i -= 1) {
            const item = child[i] as Node | null;
            if (item) stack.push(item);
          }
        } else if (child && typeof (child as Node).type === 'string') {
          stack.push(child as Node);
        }
      }
    }
  }

  function leave(node: Node): void {
    // Nothing tainted and nothing that could start a taint: only the bookkeeping of functions and claims names runs.
    if (env.size === 0 && !callSourcesPossible) {
      if (isFunction(node)) leaveFunction();
      else if (node.type === NODE.VariableDeclarator && node.id.type === NODE.Identifier && node.init && CLAIMS_NAMES.has(node.id.name)) {
        bindPattern(node.id, [source('claims', node.id, node.id.name)]);
      }
      return;
    }
    switch (node.type) {
      case NODE.VariableDeclarator:
        if (node.init) {
          const taints = evaluate(node.init, 0);
          if (taints.length === 0 && node.id.type === NODE.Identifier && CLAIMS_NAMES.has(node.id.name)) bindPattern(node.id, [source('claims', node.id, node.id.name)]);
          else bindPattern(node.id, taints);
        }
        break;
      case NODE.Property:
        if (node.parent.type === NODE.ObjectExpression) {
          privilegeValue(node.key, node.value);
          if (propertyName(node, null) === 'policyDocument') authorizerResponse(node.parent);
        }
        break;
      case NODE.AssignmentExpression:
        if (node.left.type === NODE.Identifier || node.left.type === NODE.ObjectPattern || node.left.type === NODE.ArrayPattern) {
          bindPattern(node.left, evaluate(node.right, 0), node.operator !== '=');
        } else {
          onAssignment(node);
        }
        break;
      case NODE.IfStatement:
        decision(node.test, () => ifConsequence(node));
        break;
      case NODE.ConditionalExpression:
        // `Effect: valid ? 'Allow' : 'Deny'` in an IAM policy (an API Gateway authorizer's answer) grants.
        if (isPolicyEffectChoice(node)) decision(node.test, () => 'allow');
        else decision(node.test, () => [node.consequent, node.alternate]);
        break;
      case NODE.LogicalExpression:
        if (node.parent.type === NODE.ExpressionStatement && node.operator !== '??') decision(node.left, () => [node.right]);
        break;
      case NODE.WhileStatement:
      case NODE.DoWhileStatement:
        decision(node.test, () => [node.body]);
        break;
      case NODE.ForStatement:
        if (node.test) decision(node.test, () => [node.body]);
        break;
      case NODE.SwitchStatement: {
        const taints = evaluate(node.discriminant, 0).filter((taint) => FINAL_KINDS.has(taint.kind));
        const consequence = taints.length > 0 ? consequenceOf(node.cases) : null;
        if (consequence !== null) {
          for (const taint of taints) {
            emit(taint, { kind: 'decision', node: taint.at, consequence, test: 'compare', description: describeDecision(consequence, 'decision') });
          }
        }
        break;
      }
      case NODE.ReturnStatement:
        if (node.argument) onReturn(node.argument, node);
        break;
      case NODE.CallExpression:
      case NODE.NewExpression:
        onCall(node);
        break;
      case NODE.ArrowFunctionExpression:
        if (node.body.type !== NODE.BlockStatement) onReturn(node.body, node.body);
        leaveFunction();
        break;
      case NODE.FunctionDeclaration:
      case NODE.FunctionExpression:
        leaveFunction();
        break;
      default:
        break;
    }
  }

  // Iterative enter/leave walk in source order. Only the node types `leave` handles get a second visit (the node is
  // pushed back under a `LEAVE` mark), and type-only subtrees are not entered.
  const walkTypes = walkTypesFor(visitorKeys);
  const walkTypeFor = (name: string): WalkType => {
    let type = walkTypes.get(name);
    if (type === undefined) {
      type = walkTypeOf(name, visitorKeys);
      walkTypes.set(name, type);
    }
    return type;
  };
  const isLeaf = (name: string): boolean => {
    const type = walkTypeFor(name);
    return !type.typeOnly && !type.fn && !type.leave && type.keys.length === 0;
  };
  // Identifiers and literals are most of the nodes, and the walk does nothing with them (as long as the parser gives
  // them no key the walk enters): they are not pushed at all.
  const leafIdentifier = isLeaf(NODE.Identifier);
  const leafLiteral = isLeaf(NODE.Literal);
  const pushed = (node: Node): boolean => {
    const type = node.type;
    return !((type === NODE.Identifier && leafIdentifier) || (type === NODE.Literal && leafLiteral));
  };
  const nodes: (Node | typeof LEAVE)[] = [];
  /** The functions entered and the nodes left while a root is walked, in order, when they are kept for later. */
  const events: (Node | typeof LEAVE)[] = [];
  /** The functions the deferred walk is in, innermost last. */
  const scanned: FunctionNode[] = [];

  /**
   * Walks `start`. With `deferred` (a root, in a file where only roots can start a taint), `enterFunction` and `leave`
   * are not called as the walk meets each node but kept, until a kept step could act: then the kept steps are replayed
   * in order and the rest of the root is walked as usual. A root where no step can act is left without calling them
   * at all, as they would find and change nothing. A step can act when it can report a flow (a decision, a return in
   * a function with a role, a guard or an identity to return, an identity or privilege assignment, a query, limiter,
   * verify or token call), evaluate a call of a same-file helper (whose summary is kept for later calls), bind a
   * variable that outlives the root (an assignment to a plain name, a declaration in a class static block, a default
   * inside a pattern), or evaluate code outside the root (a `then` callback's promise); everything else it does is
   * undone when the root is left.
   */
  function walk(start: Node, deferred: boolean): void {
    nodes.push(start);
    if (deferred) walkDeferred(0);
    else drain(0);
  }

  /** Pushes the children the walk enters, last first, so that they are entered in source order. */
  function pushChildren(node: Node, keys: readonly string[]): void {
    for (let k = keys.length - 1; k >= 0; k -= 1) {
      const child = (node as unknown as Record<string, unknown>)[keys[k] as string];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i -= 1) {
          const item = child[i] as Node | null;
          if (item && pushed(item)) nodes.push(item);
        }
      } else if (child && typeof (child as Node).type === 'string' && pushed(child as Node)) {
        nodes.push(child as Node);
      }
    }
  }

  /**
   * Walks what is on the stack above `base`, calling `enterFunction` and `leave` as it goes, except that each function
   * is walked as a root is (its steps kept, and left out when none can act: the same holds for any function).
   */
  function drain(base: number): void {
    while (nodes.length > base) {
      const entry = nodes.pop();
      if (entry === LEAVE) {
        leave(nodes.pop() as Node);
        continue;
      }
      const node = entry as Node;
      const type = walkTypeFor(node.type);
      if (type.typeOnly) continue;
      if (type.fn) {
        nodes.push(node);
        walkDeferred(nodes.length - 1);
        continue;
      }
      if (type.leave && leaveCanAct(node)) nodes.push(node, LEAVE);
      pushChildren(node, type.keys);
    }
  }

  /**
   * Walks the function on the stack at `base` keeping its steps (see `walk`); once one can act, replays them and walks
   * the rest of the function as usual.
   */
  function walkDeferred(base: number): void {
    let helperCalls = false;
    let initialisers = false;
    let acts = false;
    while (nodes.length > base && !acts) {
      const entry = nodes.pop();
      if (entry === LEAVE) {
        const left = nodes.pop() as Node;
        events.push(LEAVE, left);
        if (left === scanned.at(-1)) scanned.pop();
        continue;
      }
      const node = entry as Node;
      const type = walkTypeFor(node.type);
      if (type.typeOnly) continue;
      if (type.fn) {
        events.push(node);
        scanned.push(node as FunctionNode);
        if (isThenCallback(node as FunctionNode)) acts = true;
      }
      if (type.leave && leaveCanAct(node)) {
        nodes.push(node, LEAVE);
        if (node.type === NODE.VariableDeclarator) initialisers = true;
        else if (node.type === NODE.CallExpression && unwrap(node.callee).type === NODE.Identifier) helperCalls = true;
        // A helper call is only evaluated as (part of) an initialiser, when nothing else evaluates anything.
        if (stepMayAct(node) || (helperCalls && initialisers)) acts = true;
      } else if (node.type === NODE.StaticBlock || (node.type === NODE.AssignmentPattern && !isParameter(node))) {
        acts = true;
      }
      pushChildren(node, type.keys);
    }
    scanned.length = 0;
    if (!acts) {
      events.length = 0;
      return;
    }
    for (let index = 0; index < events.length; index += 1) {
      const event = events[index] as Node | typeof LEAVE;
      if (event === LEAVE) {
        index += 1;
        leave(events[index] as Node);
      } else {
        enterFunction(event as FunctionNode);
      }
    }
    // The rest of the function may hold functions that keep their steps in the same list.
    events.length = 0;
    drain(base);
  }

  /** True when `leave` of `node` (already known to be worth a visit) could act, in the sense of `walk`. */
  function stepMayAct(node: Node): boolean {
    switch (node.type) {
      case NODE.VariableDeclarator:
        return node.id.type !== NODE.Identifier;
      case NODE.CallExpression:
      case NODE.NewExpression:
        return callMayAct(node);
      case NODE.ReturnStatement: {
        // `onReturn` acts only in a function with a role, a guard or an identity to return.
        const owner = scanned.at(-1);
        return !owner || !returnsAreInert(owner);
      }
      case NODE.ArrowFunctionExpression:
        // An expression body is returned.
        return node.body.type !== NODE.BlockStatement && !returnsAreInert(node);
      case NODE.FunctionDeclaration:
      case NODE.FunctionExpression:
        return false;
      case NODE.AssignmentExpression: {
        if (node.left.type !== NODE.MemberExpression) return true;
        // `onAssignment` acts only on a privilege test or an identity or privilege target.
        const names = chainNames(node.left);
        if (!names) return false;
        if (!node.left.computed && TEST_SHAPES.has(unwrap(node.right).type)) return true;
        return isIdentityTargetChain(names) || isPrivilegeTarget(names.at(-1) ?? '');
      }
      default:
        return true;
    }
  }

  /** The context `enterFunction` makes for `fn` has no role, is no guard and returns no identity: `onReturn` does nothing there. */
  function returnsAreInert(fn: FunctionNode): boolean {
    // Asked at each return of a function in a root: worked out once per function.
    let inert = inertReturns.get(fn);
    if (inert === undefined) {
      inert = returnsAreInertOnce(fn);
      inertReturns.set(fn, inert);
    }
    return inert;
  }
  const inertReturns = new Map<FunctionNode, boolean>();

  function returnsAreInertOnce(fn: FunctionNode): boolean {
    const name = functionName(fn);
    if (roleOf(fn, name) !== null || identityProviderCallback(fn) !== null) return false;
    if (name === null) return true;
    const words = nameFacts(name);
    return !words.guard && !words.identityReturn;
  }

  /** `onCall` would record a verify event, report a limiter key, a query key or a token argument. */
  function callMayAct(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    if (grantsPolicy(node)) return true;
    const callee = unwrap(node.callee);
    const name = calleeNameOf(callee);
    if (node.type === NODE.CallExpression && (tracked.verify.has(node) || tracked.jwtSimpleDecode.has(node) || (name !== null && VERIFY_METHOD_NAMES.has(name)))) return true;
    if (name === null) return false;
    if (node.type === NODE.CallExpression && LIMITER_KEY_METHODS.has(name) && callee.type === NODE.MemberExpression) return true;
    if (QUERY_METHODS.has(name) || LOOKUP_METHODS.has(name)) return true;
    return tokensPossible;
  }



  function finish(): Flow[] {
    // A helper whose own body already reports its decision is not reported again at each call. Worked out once per
    // helper: a file with a thousand calls of one helper would otherwise scan every flow a thousand times.
    const inside = new Map<Node, boolean>();
    const reportedInside = (helper: Node): boolean => {
      let found = inside.get(helper);
      if (found === undefined) {
        found = flows.some((flow) => !viaFlows.has(flow) && helper.range[0] <= flow.sink.node.range[0] && flow.sink.node.range[1] <= helper.range[1]);
        inside.set(helper, found);
      }
      return found;
    };
    const kept = flows.filter((flow) => {
      const helper = viaFlows.get(flow);
      return helper === undefined || !reportedInside(helper);
    });
    kept.sort((a, b) => a.sink.node.range[0] - b.sink.node.range[0]);
    return kept;
  }

  return { walk, finish };
}
