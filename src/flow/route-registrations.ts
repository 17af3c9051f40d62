/**
 * Route registrations of express-style servers (express and its routers, koa and koa-router): which
 * `x.use(...)` / `x.get(path, ...)` calls register which middleware and handlers, on which receiver and path, and
 * whether authentication runs in the same chain. Rules use it to ask "what gates this handler or this middleware?"
 * without re-reading the file: the calls are collected once per file and shared through a `WeakMap` keyed by the
 * `Program` node.
 *
 * What counts as "the same chain" (deliberately generous, so a rule that reports a missing authentication stays
 * quiet whenever authentication may run): another argument of the same registration call; a path-less `use` on
 * the same receiver, or one whose path covers the registration's path, anywhere in the file (order is ignored); and
 * the registrations that mount the receiver (`app.use('/admin', requireAuth, adminRouter)`), a few levels up. Chained
 * calls (`app.use(a).use(b)`, `router.route('/x').get(h)`) share their root receiver.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isMachineAuthName, isRouterName, isUserAuthNames, ROUTE_METHODS } from '../models/request-identity';
import { memberChainNames, staticMemberName, unwrapTypeScript } from '../utils/ast';
import { bindingSource } from '../utils/bindings';
import { isFunctionNode } from '../utils/functions';
import { nameWords } from '../utils/name-words';
import { getStaticString } from '../utils/static-value';
import { walk } from '../utils/traverse';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface RouteRegistration {
  /** The registration call: `app.use(...)`, `router.get('/x', ...)`. */
  readonly call: TSESTree.CallExpression;
  /** The method called: `use`, `get`, `post` … */
  readonly method: string;
  /** What identifies the receiver at the root of the call chain: its variable, else its source text. */
  readonly receiver: unknown;
  /** The static path the call (or the `route(path)` it hangs on) registers under; `null` when none or unknown. */
  readonly path: string | null;
  /** The middleware and handlers registered, arrays flattened and TypeScript wrappers removed. */
  readonly handlers: readonly TSESTree.Node[];
}

interface FileRegistrations {
  readonly all: readonly RouteRegistration[];
  /** Registrations by what a handler argument denotes: the node itself, or what the `const`/function it names holds. */
  readonly byTarget: ReadonlyMap<TSESTree.Node, RouteRegistration[]>;
}

const ROUTE_METHOD = 'route';
/** Methods that turn a router into middleware: koa-router `router.routes()`, `router.allowedMethods()`. */
const MOUNT_METHODS: ReadonlySet<string> = new Set(['routes', 'middleware', 'allowedMethods']);
const USE_METHOD = 'use';
const MAX_MOUNT_DEPTH = 3;

const files = new WeakMap<TSESTree.Program, FileRegistrations>();

/** Words that mark authentication of a machine or a message on their own: `apiKeyAuth`, `verifyHmac`, `mtls`. */
const MACHINE_AUTH_WORDS: ReadonlySet<string> = new Set(['apikey', 'hmac', 'mtls']);
/** Words of a machine credential that mark authentication next to a checking verb: `basicAuth`, `verifySignature`. */
const MACHINE_CREDENTIAL_WORDS: ReadonlySet<string> = new Set(['basic', 'signature', 'cert', 'certificate', 's2s', 'm2m', 'key']);
const CHECKING_WORDS: ReadonlySet<string> = new Set(['auth', 'authn', 'authenticate', 'verify', 'validate', 'check', 'require', 'guard']);

/** True when the names of a middleware expression name the authentication of a user, a machine or a message. */
export function isAuthenticationNames(names: readonly string[]): boolean {
  if (names.some(isRouterName)) return false;
  if (isUserAuthNames(names)) return true;
  if (!names.some(isMachineAuthName)) return false;
  const words = names.flatMap((name) => nameWords(name));
  return (
    words.some((word) => MACHINE_AUTH_WORDS.has(word)) ||
    (words.some((word) => MACHINE_CREDENTIAL_WORDS.has(word)) && words.some((word) => CHECKING_WORDS.has(word)))
  );
}

/**
 * True when a middleware expression authenticates the caller, judged by its names: `requireAuth`, `checkJwt`,
 * `passport.authenticate('jwt')`, `expressjwt({...})`, `apiKeyAuth`, or a `const` holding such a call.
 */
export function isAuthenticationMiddleware(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const target = unwrapTypeScript(node);
  const names = memberChainNames(target);
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const strategy = getStaticString(target.arguments[0], sourceCode.getScope(target));
    if (strategy !== null) names.push(strategy);
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const source = bindingSource(target, sourceCode.getScope(target));
    if (source?.kind === 'value') {
      const init = unwrapTypeScript(source.value);
      if (init.type === AST_NODE_TYPES.CallExpression || init.type === AST_NODE_TYPES.MemberExpression) names.push(...memberChainNames(init));
    }
  }
  return names.length > 0 && isAuthenticationNames(names);
}

/** The root of a chain of registration calls: `app` for `app.use(a).use(b)` and `app.route('/x').get(h)`; also the `route` path. */
function chainRoot(node: TSESTree.Node, sourceCode: SourceCode): { root: TSESTree.Node; routePath: string | null } {
  let current = unwrapTypeScript(node);
  let routePath: string | null = null;
  while (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticMemberName(current.callee);
    if (method === null || (method !== ROUTE_METHOD && !ROUTE_METHODS.has(method))) break;
    if (method === ROUTE_METHOD) routePath ??= getStaticString(current.arguments[0], sourceCode.getScope(current));
    current = unwrapTypeScript(current.callee.object);
  }
  return { root: current, routePath };
}

/** What identifies a receiver: the variable an identifier resolves to, else its source text (`this.app`). */
function receiverKey(node: TSESTree.Node, sourceCode: SourceCode): unknown {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    if (variable && variable.defs.length > 0) return variable;
  }
  return sourceCode.getText(node);
}

/** The registered arguments, arrays (`app.use([a, b])`) flattened. */
function flattenHandlers(nodes: readonly TSESTree.Node[], out: TSESTree.Node[]): void {
  for (const node of nodes) {
    const target = unwrapTypeScript(node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node);
    if (target.type === AST_NODE_TYPES.ArrayExpression) {
      flattenHandlers(target.elements.filter((element) => element !== null), out);
    } else {
      out.push(target);
    }
  }
}

/** What a handler argument denotes: a function or a call behind a `const` or a function declaration, else itself. */
function denotedNode(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  if (node.type !== AST_NODE_TYPES.Identifier) return node;
  const scope = sourceCode.getScope(node);
  const variable = ASTUtils.findVariable(scope, node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
  const source = bindingSource(node, scope);
  return source?.kind === 'value' ? unwrapTypeScript(source.value) : node;
}

function readRegistration(call: TSESTree.CallExpression, sourceCode: SourceCode): RouteRegistration | null {
  const callee = unwrapTypeScript(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = staticMemberName(callee);
  if (method === null || !ROUTE_METHODS.has(method) || call.arguments.length === 0) return null;
  const scope = sourceCode.getScope(call);
  const first = call.arguments[0];
  const firstPath = first ? getStaticString(first, scope) : null;
  // A path argument is a string (or a list of them); everything after it is middleware.
  const hasPath = firstPath !== null || first?.type === AST_NODE_TYPES.TemplateLiteral;
  const rest = hasPath ? call.arguments.slice(1) : call.arguments;
  if (rest.length === 0) return null;
  const handlers: TSESTree.Node[] = [];
  flattenHandlers(rest, handlers);
  const { root, routePath } = chainRoot(callee.object, sourceCode);
  return { call, method, receiver: receiverKey(root, sourceCode), path: firstPath ?? routePath, handlers };
}

function collect(sourceCode: SourceCode): FileRegistrations {
  const program = sourceCode.ast;
  const cached = files.get(program);
  if (cached) return cached;
  const all: RouteRegistration[] = [];
  const byTarget = new Map<TSESTree.Node, RouteRegistration[]>();
  walk(program, sourceCode.visitorKeys, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const registration = readRegistration(node, sourceCode);
    if (!registration) return undefined;
    all.push(registration);
    for (const handler of registration.handlers) {
      for (const target of new Set([handler, denotedNode(handler, sourceCode)])) {
        const list = byTarget.get(target);
        if (list) list.push(registration);
        else byTarget.set(target, [registration]);
      }
    }
    return undefined;
  });
  const result = { all, byTarget };
  files.set(program, result);
  return result;
}

/** Every registration call in the file, in source order of discovery. */
export function getRouteRegistrations(sourceCode: SourceCode): readonly RouteRegistration[] {
  return collect(sourceCode).all;
}

/**
 * The registrations that register `target` — a handler function, a middleware call such as `IpFilter(...)` —
 * directly, or through the `const` or function declaration that holds it.
 */
export function registrationsOf(sourceCode: SourceCode, target: TSESTree.Node): readonly RouteRegistration[] {
  return collect(sourceCode).byTarget.get(isFunctionNode(target) ? target : unwrapTypeScript(target)) ?? [];
}

/** The router a mounted argument stands for: `router` for `router.routes()`, else the argument itself. */
function mountedRouter(node: TSESTree.Node): TSESTree.Node {
  const target = unwrapTypeScript(node);
  if (target.type !== AST_NODE_TYPES.CallExpression || target.callee.type !== AST_NODE_TYPES.MemberExpression) return target;
  const method = staticMemberName(target.callee);
  return method !== null && MOUNT_METHODS.has(method) ? unwrapTypeScript(target.callee.object) : target;
}

function isUnderPath(path: string, prefix: string): boolean {
  if (prefix === '/' || prefix === '' || prefix === '*') return true;
  return path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/**
 * True when authentication may run in the chain of `registration`: another of its arguments authenticates, or a
 * `use` on the same receiver (with no path or a covering one) does, or a registration that mounts the receiver is
 * authenticated. `exclude` leaves out the arguments that are the thing being judged (the filter itself).
 */
export function isAuthenticatedRegistration(
  sourceCode: SourceCode,
  registration: RouteRegistration,
  exclude: (node: TSESTree.Node) => boolean,
  depth = 0,
): boolean {
  const authenticates = (node: TSESTree.Node): boolean =>
    !exclude(node) && !exclude(denotedNode(node, sourceCode)) && isAuthenticationMiddleware(node, sourceCode);
  if (registration.handlers.some(authenticates)) return true;
  const { all } = collect(sourceCode);
  for (const other of all) {
    if (other === registration || other.method !== USE_METHOD) continue;
    if (other.receiver === registration.receiver) {
      const covers = other.path === null || (registration.path !== null && isUnderPath(registration.path, other.path));
      if (covers && other.handlers.some(authenticates)) return true;
      continue;
    }
    if (depth >= MAX_MOUNT_DEPTH) continue;
    // `app.use('/admin', requireAuth, adminRouter)` or `app.use(adminRouter.routes())` mounting this receiver.
    const mount = other.handlers.findIndex((handler) => {
      const { root } = chainRoot(mountedRouter(handler), sourceCode);
      return root.type === AST_NODE_TYPES.Identifier && receiverKey(root, sourceCode) === registration.receiver;
    });
    if (mount < 0) continue;
    if (other.handlers.some((handler, index) => index !== mount && authenticates(handler))) return true;
    const mounted: RouteRegistration = {
      ...other,
      path: other.path === null ? registration.path : registration.path === null ? other.path : `${other.path.replace(/\/$/u, '')}${registration.path}`,
      handlers: [],
    };
    if (isAuthenticatedRegistration(sourceCode, mounted, exclude, depth + 1)) return true;
  }
  return false;
}
