import type { TSESTree } from '@typescript-eslint/utils';
import { TSESLint } from '@typescript-eslint/utils';
import {
  HAPI_AUTH_JWT2_URL_KEY,
  PASSPORT_QUERY_EXTRACTOR,
  QUERY_PROPERTIES,
  QUERY_SERIALIZERS,
  SEARCH_PARAMS_CLASS,
  SEARCH_PARAMS_PROPERTY,
  SEARCH_PARAMS_READERS,
  SEARCH_PARAMS_WRITERS,
  URL_ENCODERS,
  WEBSOCKET_OPENERS,
  WEBSOCKET_SCHEMES,
  WEBSOCKET_SERVER_EVENTS,
  WEBSOCKET_SERVER_OPTIONS,
  isBearerValueName,
  isOneTimeFunctionName,
  isOneTimeLinkText,
  isQualifiedCredentialName,
  mayHoldTokenParameterName,
  PARAMETER_WORDS,
  parameterKind,
} from '../models/token-in-url';
import { PASSPORT_JWT_EXTRACTOR_APIS, VERIFIER_APIS } from '../models/verifiers';
import { isRequestParameterName } from '../models/request-identity';
import { AST_NODE_TYPES, calleeName, outermostExpressionWrapper, staticMemberName, unwrapExpression } from '../utils/ast';
import { findBinding } from '../utils/bindings';
import { createRule } from '../utils/create-rule';
import { collectExits, isFunctionNode, resolveFunction, type FunctionNode } from '../utils/functions';
import { getApiCalls } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getStatic, getStaticString } from '../utils/static-value';
import { segmentsOf } from '../utils/string-segments';
import { fileMayHoldName, textHolds, textMayHoldEscape, textMayHoldAnyInAnyCase } from '../utils/text-gate';
import { getVerifierSites } from '../utils/verifier-calls';

export type Options = [
  {
    /** Also report tokens in WebSocket URLs and read by WebSocket upgrade handlers. */
    reportWebSocketUrls?: boolean;
  },
];
export type MessageIds = 'tokenReadFromUrl' | 'tokenPutInUrl' | 'extractorReadsUrl' | 'urlKeyEnabled';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Unknown text in a URL (a hole whose value is known only at run time). */
const HOLE = '\u0000';
const MAX_FLOW_DEPTH = 4;

/** A piece of a URL expression: its static text, or the expression of a hole. */
/** ASCII letters, digits, `_` and `$`: the characters that continue a name written without escapes. */
function isAsciiNameCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x24;
}

/**
 * Whether the file can hold one of `names` as a whole name (an identifier, or a whole string): written out with no
 * ASCII name character on either side (a non-ASCII neighbour may be a space, so it counts as a boundary), or spelled
 * through an escape (`textMayHoldEscape`). Unlike `fileMayHoldName`, `querySelector` does not count as holding
 * `query`. Linear: each occurrence is looked at once.
 */
function fileMayHoldWholeName(sourceCode: SourceCode, names: Iterable<string>): boolean {
  const text = sourceCode.text;
  for (const name of names) {
    if (!textHolds(sourceCode, name)) continue;
    for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + 1)) {
      if (!isAsciiNameCharacter(text.charCodeAt(index - 1)) && !isAsciiNameCharacter(text.charCodeAt(index + name.length))) return true;
    }
  }
  return textMayHoldEscape(sourceCode);
}

/** What every spelling of the `URLSearchParams` a parameter is read from or written to holds: `url.searchParams`, `new URLSearchParams()`, `useSearchParams()`. */
const SEARCH_PARAMS_PART = 'earchParams';

/** The option keys where a verifier takes the function that extracts its token (express-jwt `getToken`, passport-jwt `jwtFromRequest`). */
const EXTRACTOR_KEYS: readonly string[] = [
  ...new Set(
    VERIFIER_APIS.flatMap((entry) => [...(entry.options ?? []), ...(entry.nested ?? []).flatMap((group) => group.options)])
      .filter((option) => option.meaning === 'tokenExtractor')
      .map((option) => option.key),
  ),
];

/** The query-parameter name a URL's text ends with (`…?access_token=` → `access_token`), outside any fragment. */
function trailingParameter(text: string): string | null {
  if (!text.endsWith('=')) return null;
  const cut = Math.max(text.lastIndexOf('?'), text.lastIndexOf('&'));
  if (cut < 0 || text.lastIndexOf('#') > text.lastIndexOf('?')) return null;
  const name = text.slice(cut + 1, -1);
  return name !== '' && !name.includes('=') && !name.includes('/') && !name.includes(HOLE) ? name : null;
}

function mayHoldQuery(text: string): boolean {
  return text.includes('=') || text.includes('?') || text.includes('&');
}

/** The value inside URL encoders and TypeScript wrappers: `encodeURIComponent(token as string)` → `token`. */
function encodedValue(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression && current.arguments.length >= 1) {
      const name = calleeName(current.callee);
      const [argument] = current.arguments;
      if (name !== null && URL_ENCODERS.has(name) && argument && argument.type !== AST_NODE_TYPES.SpreadElement) {
        current = unwrapExpression(argument);
        continue;
      }
      // `token.toString()`, `String(token)`.
      if (name === 'toString' && current.callee.type === AST_NODE_TYPES.MemberExpression) {
        current = unwrapExpression(current.callee.object);
        continue;
      }
    }
    if (current.type === AST_NODE_TYPES.AwaitExpression) {
      current = unwrapExpression(current.argument);
      continue;
    }
    return current;
  }
}

/** The name a value goes by: `token`, `user.accessToken`, `session.getJwt()` → `getJwt`. */
function valueName(node: TSESTree.Node): string | null {
  const target = encodedValue(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) return staticMemberName(target);
  if (target.type === AST_NODE_TYPES.CallExpression) return calleeName(target.callee);
  return null;
}

/** The nearest enclosing function. */
function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}

/** The name of a function: its id, the variable or property holding it, or its method key. */
function functionName(fn: FunctionNode, scope: Scope): string | null {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent.type === AST_NODE_TYPES.Property) return getPropertyKey(parent, scope);
  if ((parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) && parent.key.type === AST_NODE_TYPES.Identifier) {
    return parent.key.name;
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression) return staticMemberName(parent.left);
  return null;
}

/** The call a function is an argument of (`app.get('/reset', (req, res) => …)`), when it is one. */
function callOfArgument(fn: FunctionNode): TSESTree.CallExpression | null {
  const outer = outermostExpressionWrapper(fn);
  const parent = outer.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(outer as TSESTree.CallExpressionArgument) ? parent : null;
}

export default createRule<Options, MessageIds>({
  name: 'no-token-in-url',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow taking bearer tokens from, or putting them into, URL query strings',
      recommended: 'strict',
      principle: 'assume-breach',
      cwe: ['CWE-598'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportWebSocketUrls: {
            type: 'boolean',
            description: 'Also report tokens in WebSocket URLs and read by WebSocket upgrade handlers, where browsers cannot send an Authorization header.',
          },
        },
      },
    ],
    messages: {
      tokenReadFromUrl:
        'The `{{name}}` query parameter carries a bearer token, which ends up in access logs, proxy logs and browser history; accept tokens only from the `Authorization` header (or an HttpOnly cookie) instead.',
      tokenPutInUrl:
        'Putting a token in the `{{name}}` query parameter leaks it into access logs, proxy logs, browser history and `Referer` headers; send it in an `Authorization: Bearer` header instead.',
      extractorReadsUrl:
        '`ExtractJwt.fromUrlQueryParameter` accepts the token from the query string, where it leaks into logs and browser history; use `ExtractJwt.fromAuthHeaderAsBearerToken()` instead.',
      urlKeyEnabled:
        '`urlKey` makes hapi-auth-jwt2 accept tokens from the `{{name}}` query parameter, where they leak into logs and browser history; set `urlKey: false` and send tokens in the `Authorization` header instead.',
    },
    defaultOptions: [{ reportWebSocketUrls: false }],
  },
  create(context, [{ reportWebSocketUrls }]) {
    const sourceCode: SourceCode = context.sourceCode;
    // File gates. The listeners report only under a query-parameter name that `parameterKind` accepts, and the file
    // spells that name, verbatim or through an escape (a constant's value is written where the constant is declared).
    // Reads also need a request's `query` as a whole name, or a `URLSearchParams`. The checks at the end need
    // passport-jwt's `fromUrlQueryParameter`, hapi-auth-jwt2's `urlKey`, the reads above, or a verifier's token
    // extractor (under one of its option keys) returning a `query` member of any name.
    const mayNameParameter =
      (textMayHoldAnyInAnyCase(sourceCode, PARAMETER_WORDS) && mayHoldTokenParameterName(sourceCode.text)) || textMayHoldEscape(sourceCode);
    const mayReadQuery = fileMayHoldWholeName(sourceCode, QUERY_PROPERTIES);
    const mayReadFromQuery = mayNameParameter && mayReadQuery;
    const mayUseSearchParams = mayNameParameter && fileMayHoldName(sourceCode, [SEARCH_PARAMS_PART]);
    const mayCheckAtEnd =
      mayReadFromQuery ||
      mayUseSearchParams ||
      fileMayHoldName(sourceCode, [PASSPORT_QUERY_EXTRACTOR, HAPI_AUTH_JWT2_URL_KEY]) ||
      (mayReadQuery && fileMayHoldName(sourceCode, EXTRACTOR_KEYS));
    if (!mayNameParameter && !mayCheckAtEnd) return {};

    const reported = new Set<TSESTree.Node>();
    /** Reads of a bare `?token=` that are reported only when they turn out to be a bearer credential. */
    const bareReads = new Map<TSESTree.Node, string>();

    function report(node: TSESTree.Node, messageId: MessageIds, name: string): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data: { name } });
    }

    /** `req.query`, `ctx.query`, `ctx.request.query`, `request.query`. */
    function isQueryObject(node: TSESTree.Node): boolean {
      // Cheapest test first: a plain name (`foo.bar`), the usual object, is no member access and needs no unwrapping.
      if (node.type === AST_NODE_TYPES.Identifier) return false;
      const target = unwrapExpression(node);
      if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
      const key = staticMemberName(target);
      if (key === null || !QUERY_PROPERTIES.has(key)) return false;
      const owner = unwrapExpression(target.object);
      if (owner.type === AST_NODE_TYPES.Identifier) return isRequestParameterName(owner.name);
      return owner.type === AST_NODE_TYPES.MemberExpression && (staticMemberName(owner) === 'request' || staticMemberName(owner) === 'req');
    }

    /** `url.searchParams`, `new URLSearchParams(…)`, or a name bound to one of them (or to `useSearchParams()`). */
    function isSearchParams(node: TSESTree.Node, depth = 0): boolean {
      const target = unwrapExpression(node);
      if (target.type === AST_NODE_TYPES.MemberExpression) return staticMemberName(target) === SEARCH_PARAMS_PROPERTY;
      if (target.type === AST_NODE_TYPES.NewExpression) return calleeName(target.callee) === SEARCH_PARAMS_CLASS;
      if (target.type === AST_NODE_TYPES.CallExpression) return calleeName(target.callee) === 'useSearchParams';
      if (target.type !== AST_NODE_TYPES.Identifier || depth > 2) return false;
      const init = constInit(target);
      if (init) return isSearchParams(init, depth + 1);
      // `const [searchParams] = useSearchParams()` (react-router); `const { searchParams } = new URL(request.url)`.
      const def = definitionOf(target);
      const declarator = def?.parent;
      if (declarator?.type === AST_NODE_TYPES.Property && declarator.parent.type === AST_NODE_TYPES.ObjectPattern) {
        return getPropertyKey(declarator, sourceCode.getScope(declarator)) === SEARCH_PARAMS_PROPERTY;
      }
      return (
        declarator?.type === AST_NODE_TYPES.ArrayPattern &&
        declarator.parent.type === AST_NODE_TYPES.VariableDeclarator &&
        declarator.parent.init !== null &&
        isSearchParams(declarator.parent.init, depth + 1)
      );
    }

    function definitionOf(identifier: TSESTree.Identifier): TSESTree.Identifier | null {
      const variable = findVariable(identifier);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      return def?.name.type === AST_NODE_TYPES.Identifier ? def.name : null;
    }

    function findVariable(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
      return findBinding(identifier, sourceCode.getScope(identifier));
    }

    /** The initializer of a name declared once and never reassigned. */
    function constInit(identifier: TSESTree.Identifier): TSESTree.Expression | null {
      const variable = findVariable(identifier);
      if (variable?.defs.length !== 1) return null;
      const def = variable.defs[0];
      if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.id !== def.name || !def.node.init) return null;
      if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== def.name)) return null;
      return def.node.init;
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Context: WebSocket connections and one-time links.

    function isWebSocketOpener(call: TSESTree.Node | undefined): boolean {
      if (call?.type !== AST_NODE_TYPES.NewExpression && call?.type !== AST_NODE_TYPES.CallExpression) return false;
      const name = calleeName(call.callee);
      return name !== null && WEBSOCKET_OPENERS.has(name);
    }

    /** True when the URL `node` evaluates to opens a WebSocket: a `ws:`/`wss:` URL, or one handed to `new WebSocket(…)`. */
    function opensWebSocket(node: TSESTree.Node, firstText: string | null): boolean {
      if (firstText !== null && WEBSOCKET_SCHEMES.some((scheme) => firstText.toLowerCase().startsWith(scheme))) return true;
      let outer = outermostExpressionWrapper(node);
      // `new URL(template)` and `url.toString()` keep the URL.
      const parent = outer.parent;
      if (parent?.type === AST_NODE_TYPES.NewExpression && calleeName(parent.callee) === 'URL' && parent.arguments[0] === outer) outer = outermostExpressionWrapper(parent);
      const user = outer.parent;
      if (isWebSocketOpener(user) && (user as TSESTree.CallExpression).arguments[0] === outer) return true;
      if (user?.type === AST_NODE_TYPES.VariableDeclarator && user.init === outer) {
        return sourceCode.getDeclaredVariables(user).some((variable) =>
          variable.references.some((reference) => {
            const use = outermostExpressionWrapper(reference.identifier);
            const call = use.parent;
            return isWebSocketOpener(call) && (call as TSESTree.CallExpression).arguments[0] === use;
          }),
        );
      }
      return false;
    }

    /** True inside a WebSocket server's upgrade handler: `wss.on('connection', (ws, req) => …)`, `verifyClient`. */
    function inWebSocketHandler(node: TSESTree.Node): boolean {
      for (let current = node.parent; current; current = current.parent) {
        if (!isFunctionNode(current)) continue;
        const parent = outermostExpressionWrapper(current).parent;
        if (parent?.type === AST_NODE_TYPES.Property && WEBSOCKET_SERVER_OPTIONS.has(getPropertyKey(parent, sourceCode.getScope(parent)) ?? '')) return true;
        const call = callOfArgument(current);
        if (call && calleeName(call.callee) === 'on') {
          const event = getStaticString(call.arguments[0], sourceCode.getScope(call));
          if (event !== null && WEBSOCKET_SERVER_EVENTS.has(event)) return true;
        }
      }
      return false;
    }

    /** True when the enclosing functions, or the route they serve, speak of a one-time link (`/reset-password`, `confirmEmail`). */
    function inOneTimeContext(node: TSESTree.Node): boolean {
      for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
        const scope = sourceCode.getScope(fn);
        const name = functionName(fn, scope);
        if (name !== null && isOneTimeFunctionName(name)) return true;
        const call = callOfArgument(fn);
        const path = call ? getStaticString(call.arguments[0], scope) : null;
        if (path !== null && isOneTimeLinkText(path)) return true;
      }
      return false;
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Reading tokens from the query.

    function readParameter(node: TSESTree.Node, name: string): void {
      const kind = parameterKind(name);
      if (kind === null) return;
      if (!reportWebSocketUrls && inWebSocketHandler(node)) return;
      if (kind === 'credential' || fallsBackFromHeader(node)) report(node, 'tokenReadFromUrl', name);
      else bareReads.set(node, name);
    }

    /** `req.headers.authorization?.split(' ')[1] || req.query.token`: the query as a fallback for the header. */
    function fallsBackFromHeader(node: TSESTree.Node): boolean {
      let current: TSESTree.Node = outermostExpressionWrapper(node);
      for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
        if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') {
          const other = parent.left === current ? parent.right : parent.left;
          const text = sourceCode.getText(other).toLowerCase();
          if (text.includes('authorization') || text.includes('headers') || text.includes('cookies')) return true;
        } else if (parent.type !== AST_NODE_TYPES.ConditionalExpression && !(parent.type === AST_NODE_TYPES.LogicalExpression) && unwrapExpression(parent) === parent) {
          return false;
        }
      }
      return false;
    }

    /** Query reads a token expression comes from: through `const` bindings, destructuring, `||`, `??` and `?:`. */
    function queryReadsOf(node: TSESTree.Node, depth: number, out: TSESTree.Node[], anyName = false): void {
      if (depth > MAX_FLOW_DEPTH) return;
      const target = encodedValue(node);
      if (bareReads.has(target) || reported.has(target) || (anyName && target.type === AST_NODE_TYPES.MemberExpression && isQueryObject(target.object))) {
        out.push(target);
        return;
      }
      if (target.type === AST_NODE_TYPES.LogicalExpression) {
        queryReadsOf(target.left, depth + 1, out, anyName);
        queryReadsOf(target.right, depth + 1, out, anyName);
      } else if (target.type === AST_NODE_TYPES.ConditionalExpression) {
        queryReadsOf(target.consequent, depth + 1, out, anyName);
        queryReadsOf(target.alternate, depth + 1, out, anyName);
      } else if (target.type === AST_NODE_TYPES.Identifier) {
        const init = constInit(target);
        if (init) {
          queryReadsOf(init, depth + 1, out, anyName);
          return;
        }
        // `const { token } = req.query`: the pattern's property is the read.
        const def = definitionOf(target);
        const holder = def?.parent.type === AST_NODE_TYPES.AssignmentPattern ? def.parent.parent : def?.parent;
        if (holder?.type === AST_NODE_TYPES.Property && bareReads.has(holder)) out.push(holder);
      }
    }

    function queryName(read: TSESTree.Node): string {
      return read.type === AST_NODE_TYPES.MemberExpression ? (staticMemberName(read) ?? 'token') : 'token';
    }

    /** A bare `?token=` read is a credential when the handler verifies it as a JWT, outside one-time-link handlers. */
    function reportVerifiedBareReads(): void {
      if (bareReads.size === 0) return;
      for (const site of getVerifierSites(context)) {
        if ((site.role !== 'verify' && site.role !== 'decode') || !site.tokenNode) continue;
        const reads: TSESTree.Node[] = [];
        queryReadsOf(site.tokenNode, 0, reads);
        for (const read of reads) {
          const name = bareReads.get(read);
          if (name !== undefined && !inOneTimeContext(read)) report(read, 'tokenReadFromUrl', name);
        }
      }
    }

    /** express-jwt / koa-jwt `getToken`, passport-jwt `jwtFromRequest`: a function returning a query read, whatever its name. */
    function reportExtractors(): void {
      for (const site of getVerifierSites(context)) {
        const extractor = site.get('tokenExtractor');
        if (!extractor || site.library === 'google-auth-library') continue;
        const fn = resolveFunction(extractor.value, sourceCode.getScope(extractor.value));
        if (!fn) continue;
        const returned = fn.body.type === AST_NODE_TYPES.BlockStatement
          ? collectExits(fn, sourceCode.visitorKeys).returns.flatMap((statement) => (statement.argument ? [statement.argument] : []))
          : [fn.body];
        for (const expression of returned) {
          const reads: TSESTree.Node[] = [];
          queryReadsOf(expression, 0, reads, true);
          for (const read of reads) report(read, 'tokenReadFromUrl', bareReads.get(read) ?? queryName(read));
        }
      }
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Putting tokens into URLs.

    /** Whether a value put in parameter `name` is a bearer token worth a report. */
    function isTokenValue(name: string, value: TSESTree.Node, pathText: string): boolean {
      if (getStatic(value, sourceCode.getScope(value)) !== null) return false;
      const kind = parameterKind(name);
      if (kind === null) return false;
      const valueLabel = valueName(value);
      if (valueLabel !== null && isOneTimeLinkText(valueLabel) && !isQualifiedCredentialName(valueLabel)) return false;
      if (kind === 'credential') return true;
      // A bare `?token=`: only a value named like a bearer token, outside one-time links.
      if (valueLabel === null || !isBearerValueName(valueLabel)) return false;
      if (isOneTimeLinkText(pathText)) return false;
      return isQualifiedCredentialName(valueLabel) || !inOneTimeContext(value);
    }

    /** `?${new URLSearchParams({ access_token: token })}`, `'?' + qs.stringify({ access_token })`. */
    function checkQueryObject(hole: TSESTree.Node, pathText: string): void {
      let target = encodedValue(hole);
      if (target.type === AST_NODE_TYPES.Identifier) target = constInit(target) ?? target;
      target = unwrapExpression(target);
      if (target.type !== AST_NODE_TYPES.NewExpression && target.type !== AST_NODE_TYPES.CallExpression) return;
      const name = calleeName(target.callee);
      if (name === null || (name !== SEARCH_PARAMS_CLASS && !QUERY_SERIALIZERS.has(name))) return;
      const options = readOptionsObject(target.arguments[0], sourceCode.getScope(target));
      for (const property of options?.properties ?? []) {
        if (isTokenValue(property.key, property.value, pathText)) report(property.node, 'tokenPutInUrl', property.key);
      }
    }

    function checkUrlExpression(node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void {
      const segments = segmentsOf(node, sourceCode.getScope(node));
      const first = segments[0];
      const firstText = first && 'text' in first ? first.text : null;
      let text = '';
      let webSocket: boolean | null = null;
      for (const segment of segments) {
        if ('text' in segment) {
          text += segment.text;
          continue;
        }
        const name = trailingParameter(text);
        const query = text.lastIndexOf('?');
        const pathText = query >= 0 ? text.slice(0, query) : text;
        if (name !== null && isTokenValue(name, segment.hole, pathText)) {
          webSocket ??= opensWebSocket(node, firstText);
          if (reportWebSocketUrls || !webSocket) report(segment.hole, 'tokenPutInUrl', name);
        } else if (query >= 0 && (text.endsWith('?') || text.endsWith('&'))) {
          webSocket ??= opensWebSocket(node, firstText);
          if (reportWebSocketUrls || !webSocket) checkQueryObject(segment.hole, pathText);
        }
        text += HOLE;
      }
    }

    /** `url.searchParams.set('access_token', token)`: only on a URL's own query, never a stand-alone (form body) `URLSearchParams`. */
    function checkSearchParamsWrite(call: TSESTree.CallExpression, receiver: TSESTree.Node): void {
      const target = unwrapExpression(receiver);
      if (target.type !== AST_NODE_TYPES.MemberExpression || staticMemberName(target) !== SEARCH_PARAMS_PROPERTY) return;
      const [nameNode, value] = call.arguments;
      const name = getStaticString(nameNode, sourceCode.getScope(call));
      if (name === null || !value || value.type === AST_NODE_TYPES.SpreadElement) return;
      const url = unwrapExpression(target.object);
      const urlText = url.type === AST_NODE_TYPES.Identifier ? constInit(url) : url;
      let pathText = '';
      let webSocket = false;
      if (urlText && unwrapExpression(urlText).type === AST_NODE_TYPES.NewExpression) {
        const created = unwrapExpression(urlText) as TSESTree.NewExpression;
        const input = created.arguments[0];
        pathText = getStaticString(input, sourceCode.getScope(call)) ?? '';
        webSocket = WEBSOCKET_SCHEMES.some((scheme) => pathText.toLowerCase().startsWith(scheme));
      }
      if (url.type === AST_NODE_TYPES.Identifier && !webSocket) {
        const variable = findVariable(url);
        webSocket = variable?.references.some((reference) => {
          const use = outermostExpressionWrapper(reference.identifier);
          const opener = use.parent;
          return isWebSocketOpener(opener) && (opener as TSESTree.CallExpression).arguments[0] === use;
        }) === true;
      }
      if (!reportWebSocketUrls && webSocket) return;
      if (isTokenValue(name, value, pathText)) report(call.arguments[1] ?? call, 'tokenPutInUrl', name);
    }

    const listeners: TSESLint.RuleListener = {
      MemberExpression(node) {
        if (!isQueryObject(node.object)) return;
        const name = staticMemberName(node) ?? getStaticString(node.property, sourceCode.getScope(node));
        if (name !== null && !(node.parent.type === AST_NODE_TYPES.AssignmentExpression && node.parent.left === node)) readParameter(node, name);
      },
      VariableDeclarator(node) {
        if (node.id.type !== AST_NODE_TYPES.ObjectPattern || !node.init || !isQueryObject(node.init)) return;
        const scope = sourceCode.getScope(node);
        for (const property of node.id.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue;
          const name = getPropertyKey(property, scope);
          if (name !== null) readParameter(property, name);
        }
      },
      CallExpression(node) {
        const callee = node.callee.type === AST_NODE_TYPES.MemberExpression ? node.callee : unwrapExpression(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = staticMemberName(callee);
        if (method === null) return;
        if (SEARCH_PARAMS_READERS.has(method)) {
          // Cheapest test first: a plain string names the parameter without a scope, and most names are no token.
          const argument = node.arguments[0];
          if (argument?.type === AST_NODE_TYPES.Literal && (typeof argument.value !== 'string' || parameterKind(argument.value) === null)) return;
          if (!isSearchParams(callee.object)) return;
          const name = getStaticString(node.arguments[0], sourceCode.getScope(node));
          if (name !== null) readParameter(node, name);
        } else if (SEARCH_PARAMS_WRITERS.has(method)) {
          checkSearchParamsWrite(node, callee.object);
        }
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0 || node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression) return;
        // Cheapest test first: a query parameter needs a `?`, `&` or `=` in the static text.
        if (!node.quasis.some((quasi) => mayHoldQuery(quasi.value.raw))) return;
        checkUrlExpression(node);
      },
      BinaryExpression(node) {
        if (node.operator !== '+') return;
        const parent = outermostExpressionWrapper(node).parent;
        if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') return;
        checkUrlExpression(node);
      },
      'Program:exit'() {
        for (const reference of getApiCalls(context, PASSPORT_JWT_EXTRACTOR_APIS)) {
          if (reference.api.path.at(-1) === PASSPORT_QUERY_EXTRACTOR) report(reference.node, 'extractorReadsUrl', 'token');
        }
        reportExtractors();
        reportVerifiedBareReads();
        for (const site of getVerifierSites(context)) {
          if (site.library !== 'hapi-auth-jwt2') continue;
          const urlKey = site.options?.get(HAPI_AUTH_JWT2_URL_KEY);
          const value = urlKey?.staticValue?.value;
          if (urlKey && typeof value === 'string' && value !== '') report(urlKey.node, 'urlKeyEnabled', value);
        }
      },
    };
    if (!mayReadFromQuery) {
      delete listeners.MemberExpression;
      delete listeners.VariableDeclarator;
    }
    if (!mayUseSearchParams) delete listeners.CallExpression;
    if (!mayNameParameter) {
      delete listeners.TemplateLiteral;
      delete listeners.BinaryExpression;
    }
    if (!mayCheckAtEnd) delete listeners['Program:exit'];
    return listeners;
  },
});
