import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { ROUTE_HOOK_KEYS } from '../models/request-identity';
import type { VerifierLibrary } from '../models/verifiers';
import { isRegExpLiteral, outermostExpressionWrapper, staticMemberName, unwrapExpression } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { isFunctionNode, type FunctionNode } from '../utils/functions';
import { nameWords } from '../utils/name-words';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getApiCalls, type ApiSet } from '../utils/module-tracker';
import { constInitializer, getStaticString } from '../utils/static-value';
import { walk } from '../utils/traverse';
import { getVerifierSites, type VerifierSite } from '../utils/verifier-calls';

export type Options = [];
export type MessageIds =
  | 'optionalCredentials'
  | 'passthrough'
  | 'authNotRequired'
  | 'catchAllExemption'
  | 'apiExemption'
  | 'methodExemption'
  | 'failOpenCatch'
  | 'failOpenCallback'
  | 'failOpenHookCatch'
  | 'failOpenNextMiddleware';

/** The message for each library's fail-open switch (the switch itself comes from the verifier model's `failOpen`). */
const FAIL_OPEN_MESSAGES: Readonly<Partial<Record<VerifierLibrary, MessageIds>>> = {
  'express-jwt': 'optionalCredentials',
  'koa-jwt': 'passthrough',
  'express-oauth2-jwt-bearer': 'authNotRequired',
};

/** Middleware that carries express-unless / koa-unless's `.unless()`. */
const UNLESS_LIBRARIES: ReadonlySet<VerifierLibrary> = new Set(['express-jwt', 'koa-jwt']);
const UNLESS_METHOD = 'unless';

/** Request paths of every kind: a pattern matching all of them exempts every route. */
const PROBE_PATHS: readonly string[] = ['/', '/admin', '/admin/users/42', '/api/users/42', '/v1/orders/7/refund', '/account/settings', '/graphql'];
/** Paths across an `/api` prefix: a pattern matching all of them exempts the whole API. */
const API_PROBE_PATHS: readonly string[] = ['/api/users/42', '/api/admin/users', '/api/v1/orders/7/refund', '/api/account'];
/** Exempting these methods skips verification on every read. */
const READ_METHODS: ReadonlySet<string> = new Set(['GET']);

/** Calls that only record the failure. */
const LOGGING_METHODS: ReadonlySet<string> = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'verbose', 'silly']);
const LOGGING_FUNCTIONS: ReadonlySet<string> = new Set(['debug', 'log']);

/** Words in a middleware's name that say missing or bad credentials are meant to pass (the handler checks later). */
const OPTIONAL_AUTH_WORDS: ReadonlySet<string> = new Set(['optional', 'maybe', 'soft', 'lenient', 'anonymous', 'try', 'attempt', 'public']);

/** True when a middleware's (or decorator's) name says bad credentials may pass: `optionalAuth`, `softAuthenticate`. */
function isOptionalAuthName(name: string | null): boolean {
  return name !== null && nameWords(name).some((word) => OPTIONAL_AUTH_WORDS.has(word));
}

/** The continuation of Next.js middleware, `NextResponse.next()`, as `isContinueStatement` names it. */
const NEXT_RESPONSE = 'NextResponse.next';
const NEXT_RESPONSE_APIS: ApiSet = [{ module: 'next/server', path: ['NextResponse', 'next'], kinds: ['call'] }];

/** Statements that may end the request or branch around the call that follows. */
const EXIT_OR_BRANCH: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.SwitchStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.TryStatement,
]);

type PathVerdict = 'all' | 'api' | null;

/** What a path pattern of `.unless({ path })` exempts, tried on `prefix` + probe paths (the mount path, for `app.use('/x', ...)`). */
function pathVerdict(pattern: RegExp, prefix: string): PathVerdict {
  const matches = (path: string): boolean => {
    pattern.lastIndex = 0;
    return pattern.test(prefix + (prefix && path === '/' ? '' : path));
  };
  if (PROBE_PATHS.every(matches)) return 'all';
  return prefix === '' && API_PROBE_PATHS.every(matches) ? 'api' : null;
}

/** A `RegExp` for a regular expression literal, or `null` when this runtime cannot compile it. */
function literalRegExp(node: TSESTree.Node): RegExp | null {
  if (!isRegExpLiteral(node)) return null;
  try {
    return new RegExp(node.regex.pattern, node.regex.flags);
  } catch {
    return null;
  }
}

/** The elements of a one-or-many value (`x` or `[x, y]`), following a `const` binding. */
function oneOrMany(node: TSESTree.Node, scope: TSESLint.Scope.Scope): TSESTree.Node[] {
  let value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(value, scope);
    if (init) value = unwrapExpression(init);
  }
  if (value.type !== AST_NODE_TYPES.ArrayExpression) return [value];
  return value.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
}

/** The name a function goes by: its own, or that of the variable, property or method holding it. */
function functionName(fn: FunctionNode): string | null {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.id) return fn.id.name;
  const holder = outermostExpressionWrapper(fn).parent;
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) return holder.id.name;
  if (
    (holder?.type === AST_NODE_TYPES.Property || holder?.type === AST_NODE_TYPES.MethodDefinition || holder?.type === AST_NODE_TYPES.PropertyDefinition) &&
    !holder.computed &&
    holder.key.type === AST_NODE_TYPES.Identifier
  ) {
    return holder.key.name;
  }
  return null;
}

function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}

/** The nearest `try` whose protected block holds `node`, without crossing a function boundary. */
function enclosingTry(node: TSESTree.Node): TSESTree.TryStatement | null {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return null;
    if (current.type === AST_NODE_TYPES.TryStatement) {
      if (current.block === child) return current;
      return null;
    }
    child = current;
  }
  return null;
}

export default createRule<Options, MessageIds>({
  name: 'no-fail-open-auth-middleware',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow authentication middleware that lets requests without a valid token through',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-636', 'CWE-287'],
    },
    schema: [],
    messages: {
      optionalCredentials:
        '`{{setting}}` lets requests without a token through this middleware with no `req.auth`, so every route behind it is public unless its handler checks `req.auth` itself; remove it, or mount the optional-auth middleware only on routes that check.',
      passthrough:
        '`{{setting}}` lets requests with a missing, invalid or expired token continue (the error is parked in `ctx.state.jwtOriginalError`), so every route behind it is open; remove it, or mount it only on routes that check `ctx.state.user` themselves.',
      authNotRequired:
        '`{{setting}}` calls `next()` for requests with a missing or invalid token, so every route behind this middleware is open; remove it, or mount it only on routes that check `req.auth` themselves.',
      catchAllExemption:
        'This `.unless()` pattern matches every request path, so the token check never runs; list the public paths explicitly (anchored, such as `/^\\/health$/`) instead.',
      apiExemption:
        'This `.unless()` pattern matches every path under `/api`, so no API route has its token checked; list the public paths explicitly (anchored) instead.',
      methodExemption:
        'Exempting `{{method}}` from this middleware skips the token check on every read, so any data a GET returns is public; exempt specific public paths instead.',
      failOpenCatch:
        'This `catch` swallows a failed token verification and then calls `{{next}}()`, so a request with an invalid or expired token reaches the protected handler; respond with 401 or call `{{next}}(error)` instead.',
      failOpenCallback:
        'This verification callback only logs the error and then calls `{{next}}()`, so a request with an invalid or expired token reaches the protected handler; respond with 401 or call `{{next}}(error)` instead.',
      failOpenHookCatch:
        'This `catch` swallows a failed token verification and lets the hook return, so Fastify runs the route handler for a request with an invalid or expired token; send a 401 reply or rethrow the error instead.',
      failOpenNextMiddleware:
        'This `catch` swallows a failed token verification and the middleware still returns `NextResponse.next()`, so a request with an invalid or expired token reaches the page or route; redirect to sign-in or answer 401 instead.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();

    function claim(node: TSESTree.Node): boolean {
      if (reported.has(node)) return false;
      reported.add(node);
      return true;
    }

    function checkFailOpenOption(site: VerifierSite): void {
      const messageId = FAIL_OPEN_MESSAGES[site.library];
      const option = site.get('failOpen');
      if (!messageId || !option?.turnsCheckOff || !claim(option.node)) return;
      context.report({ node: option.node, messageId, data: { setting: `${option.key}: ${sourceCode.getText(option.value)}` } });
    }

    /** `x.unless(...)` calls on the middleware a site builds, directly or through the `const` holding it. */
    function unlessCalls(site: VerifierSite): TSESTree.CallExpression[] {
      const calls: TSESTree.CallExpression[] = [];
      const collect = (object: TSESTree.Node): void => {
        const outer = outermostExpressionWrapper(object);
        const member = outer.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== outer || staticMemberName(member) !== UNLESS_METHOD) return;
        const call = member.parent;
        if (call.type === AST_NODE_TYPES.CallExpression && call.callee === member) calls.push(call);
      };
      collect(site.node);
      const holder = outermostExpressionWrapper(site.node).parent;
      if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier && holder.parent.kind === 'const') {
        for (const variable of sourceCode.getDeclaredVariables(holder)) {
          for (const reference of variable.references) if (reference.isRead()) collect(reference.identifier);
        }
      }
      return calls;
    }

    /** The mount path of `app.use('/x', mw.unless(...))` / `router.use(...)`, or `''`. */
    function mountPath(call: TSESTree.CallExpression): string {
      const outer = outermostExpressionWrapper(call);
      const use = outer.parent;
      if (use?.type !== AST_NODE_TYPES.CallExpression || use.arguments[0] === outer || !use.arguments.includes(outer as TSESTree.Expression)) return '';
      const callee = unwrapExpression(use.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || staticMemberName(callee) !== 'use') return '';
      const mount = getStaticString(use.arguments[0], sourceCode.getScope(use));
      return mount?.startsWith('/') === true ? mount.replace(/\/$/u, '') : '';
    }

    function reportMethods(node: TSESTree.Node, scope: TSESLint.Scope.Scope): void {
      for (const element of oneOrMany(node, scope)) {
        const method = getStaticString(element, scope);
        if (method !== null && READ_METHODS.has(method) && claim(element)) {
          context.report({ node: element, messageId: 'methodExemption', data: { method } });
        }
      }
    }

    function checkUnless(call: TSESTree.CallExpression): void {
      const scope = sourceCode.getScope(call);
      const options = readOptionsObject(call.arguments[0], scope);
      if (!options) return;
      const prefix = mountPath(call);
      const path = options.get('path');
      for (const element of path ? oneOrMany(path.value, scope) : []) {
        let pattern = element;
        let methods: TSESTree.Node | null = null;
        if (element.type === AST_NODE_TYPES.ObjectExpression) {
          const entry = readOptionsObject(element, scope);
          const url = entry?.get('url');
          if (!url) continue;
          pattern = unwrapExpression(url.value);
          methods = entry?.get('methods')?.value ?? entry?.get('method')?.value ?? null;
        }
        const regExp = literalRegExp(pattern);
        const verdict = regExp ? pathVerdict(regExp, prefix) : null;
        if (!verdict) continue;
        if (methods) {
          // `{ url: /.*/, methods: ['GET'] }` is a blanket method exemption.
          if (verdict === 'all') reportMethods(methods, scope);
        } else if (claim(pattern)) {
          context.report({ node: pattern, messageId: verdict === 'all' ? 'catchAllExemption' : 'apiExemption' });
        }
      }
      const method = options.get('method');
      if (method) reportMethods(method.value, scope);
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Fail-open catch blocks
    // -----------------------------------------------------------------------------------------------------------------

    let nextResponses: ReadonlySet<TSESTree.Node> | undefined;
    /** The file's `NextResponse.next()` calls (`next/server`), found by the module tracker once. */
    function nextResponseCalls(): ReadonlySet<TSESTree.Node> {
      nextResponses ??= new Set(getApiCalls(context, NEXT_RESPONSE_APIS).map((reference) => reference.node));
      return nextResponses;
    }

    /**
     * A statement that is just a continuation: `next()`, `await next()`, `return next()`, `return await next()` for
     * the middleware's `next` (given by name), or `return NextResponse.next(…)` in Next.js middleware (`NEXT_RESPONSE`).
     */
    function isContinueStatement(statement: TSESTree.Statement, next: string): boolean {
      let expression: TSESTree.Node | null | undefined;
      if (statement.type === AST_NODE_TYPES.ExpressionStatement) expression = statement.expression;
      else if (statement.type === AST_NODE_TYPES.ReturnStatement) expression = statement.argument;
      if (!expression) return false;
      let value = unwrapExpression(expression);
      if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrapExpression(value.argument);
      if (value.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrapExpression(value.callee);
      if (next === NEXT_RESPONSE) return nextResponseCalls().has(value);
      return value.arguments.length === 0 && callee.type === AST_NODE_TYPES.Identifier && callee.name === next;
    }

    function isLoggingStatement(statement: TSESTree.Statement): boolean {
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      let value = unwrapExpression(statement.expression);
      if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrapExpression(value.argument);
      if (value.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrapExpression(value.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) return LOGGING_FUNCTIONS.has(callee.name);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const name = staticMemberName(callee);
      return name !== null && LOGGING_METHODS.has(name);
    }

    /** True when `node` contains a statement or expression that can end the request or branch. */
    function exitsOrBranches(node: TSESTree.Node): boolean {
      let found = false;
      walk(node, sourceCode.visitorKeys, (child) => {
        if (found) return false;
        if (EXIT_OR_BRANCH.has(child.type)) {
          found = true;
          return false;
        }
        return !isFunctionNode(child);
      });
      return found;
    }

    /** True when `next()` runs after `statement` with nothing between that can stop it, climbing out of plain blocks. */
    function continuesAfter(statement: TSESTree.Statement, next: string, fn: FunctionNode): boolean {
      let current: TSESTree.Statement = statement;
      for (;;) {
        const list: TSESTree.Node = current.parent;
        if (list.type !== AST_NODE_TYPES.BlockStatement) return false;
        const body = list.body;
        for (const following of body.slice(body.indexOf(current) + 1)) {
          if (isContinueStatement(following, next)) return true;
          if (exitsOrBranches(following)) return false;
        }
        if (list === fn.body) return false;
        // Climb out of `if (token) { ... }` and bare blocks; anything else (loops, nested try) stops the search.
        const owner: TSESTree.Node = list.parent;
        if (owner.type === AST_NODE_TYPES.IfStatement) current = owner;
        else if (owner.type === AST_NODE_TYPES.BlockStatement) current = list;
        else return false;
      }
    }

    /** `err`, `err != null`, `err !== undefined`: a test that holds when the callback got an error. */
    function testsError(test: TSESTree.Expression, error: string): boolean {
      const value = unwrapExpression(test);
      if (value.type === AST_NODE_TYPES.Identifier) return value.name === error;
      if (value.type !== AST_NODE_TYPES.BinaryExpression || (value.operator !== '!=' && value.operator !== '!==')) return false;
      const [named, other] = value.left.type === AST_NODE_TYPES.Identifier && value.left.name === error ? [value.left, value.right] : [value.right, value.left];
      if (named.type !== AST_NODE_TYPES.Identifier || named.name !== error) return false;
      const empty = unwrapExpression(other);
      return (empty.type === AST_NODE_TYPES.Literal && empty.value === null) || (empty.type === AST_NODE_TYPES.Identifier && empty.name === 'undefined');
    }

    /**
     * Callback-style verification inside a middleware: `jwt.verify(token, key, (err, claims) => { if (err) {
     * console.error(err); return next(); } … })`. The error branch only logs and continues, in itself or after it.
     */
    function checkVerifyCallback(callback: FunctionNode, next: string): void {
      const error = callback.params[0];
      if (error?.type !== AST_NODE_TYPES.Identifier || callback.body.type !== AST_NODE_TYPES.BlockStatement) return;
      for (const statement of callback.body.body) {
        if (statement.type !== AST_NODE_TYPES.IfStatement || !testsError(statement.test, error.name)) continue;
        const branch = statement.consequent.type === AST_NODE_TYPES.BlockStatement ? statement.consequent.body : [statement.consequent];
        if (!branch.every((inner) => isLoggingStatement(inner) || isContinueStatement(inner, next))) return;
        const continues = branch.some((inner) => isContinueStatement(inner, next)) || continuesAfter(statement, next, callback);
        if (continues && claim(statement.test)) context.report({ node: statement.test, messageId: 'failOpenCallback', data: { next } });
        return;
      }
    }

    /**
     * An async Fastify hook, where returning lets the request through: `fastify.addHook('onRequest', async (request,
     * reply) => …)`, a route's `preHandler: async (…) => …`, or `fastify.decorate('authenticate', async (…) => …)`, the
     * shape @fastify/jwt documents for a hook used by routes.
     */
    function isFastifyHook(fn: FunctionNode): boolean {
      if (!fn.async || fn.params.length === 0) return false;
      const parent = fn.parent;
      if (parent.type === AST_NODE_TYPES.Property) return parent.value === fn && ROUTE_HOOK_KEYS.has(getPropertyKey(parent) ?? '');
      if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee.type !== AST_NODE_TYPES.MemberExpression || parent.arguments[1] !== fn) return false;
      const method = staticMemberName(parent.callee);
      const first = parent.arguments[0] ? getStaticString(parent.arguments[0], sourceCode.getScope(parent)) : null;
      if (first === null) return false;
      if (method === 'addHook') return ROUTE_HOOK_KEYS.has(first);
      return method === 'decorate' && !isOptionalAuthName(first);
    }

    /** `try { await request.jwtVerify(); } catch (err) { request.log.warn(err); }` as the end of an async Fastify hook. */
    function checkHookCatch(tryStatement: TSESTree.TryStatement, handler: TSESTree.CatchClause, fn: FunctionNode): void {
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement || tryStatement.parent !== fn.body) return;
      if (!handler.body.body.every(isLoggingStatement) || tryStatement.finalizer) return;
      const after = fn.body.body.slice(fn.body.body.indexOf(tryStatement) + 1);
      if (!after.every(isLoggingStatement)) return;
      const catchToken = sourceCode.getFirstToken(handler);
      if (!catchToken || !claim(handler)) return;
      context.report({ ...(handler.param ? { node: handler.param } : { loc: catchToken.loc }), messageId: 'failOpenHookCatch' });
    }

    function checkVerifyCatch(site: VerifierSite): void {
      if (!site.entry.checksSignature) return;
      // A callback receives the error instead of the `catch`.
      const callback = site.node.arguments.map((argument) => unwrapExpression(argument)).find(isFunctionNode);
      if (callback) {
        const fn = enclosingFunction(site.node);
        const last = fn?.params.at(-1);
        const name = fn ? functionName(fn) : null;
        if (!fn || fn.params.length < 2 || last?.type !== AST_NODE_TYPES.Identifier) return;
        if (isOptionalAuthName(name)) return;
        checkVerifyCallback(callback, last.name);
        return;
      }
      const tryStatement = enclosingTry(site.node);
      const handler = tryStatement?.handler;
      if (!tryStatement || !handler) return;
      const fn = enclosingFunction(tryStatement);
      if (fn && isFastifyHook(fn)) {
        if (!isOptionalAuthName(functionName(fn))) checkHookCatch(tryStatement, handler, fn);
        return;
      }
      const last = fn?.params.at(-1);
      if (!fn) return;
      // Express-style middleware continues with its last parameter; Next.js middleware (one request parameter)
      // with `NextResponse.next()`.
      const nextMiddleware = fn.params.length === 1 && [...nextResponseCalls()].some((call) => fn.range[0] <= call.range[0] && call.range[1] <= fn.range[1]);
      if (!nextMiddleware && (fn.params.length < 2 || last?.type !== AST_NODE_TYPES.Identifier)) return;
      const next = nextMiddleware ? NEXT_RESPONSE : (last as TSESTree.Identifier).name;
      if (isOptionalAuthName(functionName(fn))) return;
      // The catch only records the failure (or continues): anything else may reject, or mark the request as anonymous.
      if (!handler.body.body.every((statement) => isLoggingStatement(statement) || isContinueStatement(statement, next))) return;
      const continues =
        handler.body.body.some((statement) => isContinueStatement(statement, next)) ||
        tryStatement.finalizer?.body.some((statement) => isContinueStatement(statement, next)) === true ||
        continuesAfter(tryStatement, next, fn);
      if (!continues) return;
      const catchToken = sourceCode.getFirstToken(handler);
      if (!catchToken || !claim(handler)) return;
      context.report({
        ...(handler.param ? { node: handler.param } : { loc: catchToken.loc }),
        ...(nextMiddleware ? { messageId: 'failOpenNextMiddleware' as const } : { messageId: 'failOpenCatch' as const, data: { next } }),
      });
    }

    return {
      'Program:exit'() {
        for (const site of getVerifierSites(context)) {
          if (site.role === 'middleware') {
            checkFailOpenOption(site);
            if (UNLESS_LIBRARIES.has(site.library)) for (const call of unlessCalls(site)) checkUnless(call);
          } else if (site.role === 'verify') {
            checkVerifyCatch(site);
          }
        }
      },
    };
  },
});
