import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  CREDENTIAL_EXTRACTOR_KEYS,
  HEADER_EXTRACTOR_APIS,
  ID_TOKEN_CLAIMS_GETTERS,
  KEYED_READERS,
  PLATFORM_ID_TOKEN_GETTERS,
  PLATFORM_ID_TOKEN_MODULES,
  PRINCIPAL_PROPERTIES,
  RAW_ID_TOKEN_KEY,
  UNKNOWN_TEXT,
  endsWithBearerScheme,
  isIdTokenExchangeTarget,
  isIdTokenHeaderName,
  isIdTokenRelatedName,
  isVerifierName,
  tokenKindOfGetter,
  tokenKindOfName,
} from '../models/oauth-tokens';
import { AST_NODE_TYPES, isTypeScriptWrapper, messageLabel } from '../utils/ast';
import { bindingSource, findBinding } from '../utils/bindings';
import { createRule } from '../utils/create-rule';
import { calleeName, memberKey, rootIdentifier, unwrapValue } from '../utils/expressions';
import { isFunctionNode, type FunctionNode } from '../utils/functions';
import { getApiCalls, getApiReferences } from '../utils/module-tracker';
import { getPropertyKey } from '../utils/options-object';
import { getStaticString, rootScope } from '../utils/static-value';
import { fileMayHoldName, textHolds, textMayHoldEscape, textMayHoldInAnyCase } from '../utils/text-gate';
import { walk } from '../utils/traverse';

export type Options = [];
export type MessageIds = 'idTokenAsBearer' | 'idTokenAsApiCredential';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

const MAX_DEPTH = 5;
/** What `findIdToken` can find an ID token in, once unwrapped; for anything else it finds none. */
const ID_TOKEN_CAPABLE_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.MemberExpression,
]);
/** `bearer`, which a string must hold, with a white-space character after it, to end with the scheme. */
const BEARER_WORD_LENGTH = 6;
const SPACE_CODE = 0x20;
const NO_BREAK_SPACE_CODE = 0xa0;
/** `id-token`, the shortest name `isIdTokenHeaderName` accepts. */
const SHORTEST_ID_TOKEN_HEADER = 8;

/** Methods that set one request header: `headers.set(name, value)`, `xhr.setRequestHeader(name, value)`, superagent `.set()`. */
const HEADER_SETTERS: ReadonlySet<string> = new Set(['set', 'append', 'header', 'setHeader', 'setRequestHeader']);

/** Methods that read one request header: Express `req.get()` / `req.header()`, Fetch `headers.get()`, Hono `c.req.header()`. */
const HEADER_GETTERS: ReadonlySet<string> = new Set(['get', 'header', 'getHeader']);

/** Names of a request, or of its headers, that a header getter is called on. */
const REQUEST_RECEIVERS: ReadonlySet<string> = new Set(['req', 'request', 'ctx', 'context', 'c', 'event', 'headers']);

/** Where a verified ID token may be stored for later middleware: `res.locals.user`, Koa's `ctx.state.user`. */
const REQUEST_STATE_HOLDERS: ReadonlySet<string> = new Set(['locals', 'state']);

/** Methods that derive a header value from the raw header: `.split(' ')[1]`, `.replace('Bearer ', '')`, `.trim()`. */
const STRING_METHODS: ReadonlySet<string> = new Set(['split', 'replace', 'replaceAll', 'trim', 'slice', 'substring', 'substr', 'toString', 'at']);

/**
 * A call to Firebase's `user.getIdToken()` / `getIdToken(user)` or google-auth-library's `fetchIdToken(audience)`:
 * a method, or a function given an argument (a local `getIdToken()` wrapper with none is not Firebase's).
 */
function isPlatformGetterCall(node: TSESTree.Node): boolean {
  const target = unwrapValue(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapValue(target.callee);
  const name = calleeName(callee);
  return name !== null && PLATFORM_ID_TOKEN_GETTERS.has(name) && (callee.type === AST_NODE_TYPES.MemberExpression || target.arguments.length > 0);
}

/** `await user.getIdToken()` or `user.getIdToken().then(...)`: an asynchronous platform ID token. */
function isAsyncPlatformIdToken(node: TSESTree.Node): boolean {
  const target = unwrapValue(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) return isPlatformGetterCall(target.argument);
  if (target.type === AST_NODE_TYPES.CallExpression && target.callee.type === AST_NODE_TYPES.MemberExpression) {
    return calleeName(target.callee) === 'then' && isPlatformGetterCall(target.callee.object);
  }
  return false;
}

/** The parameter of `user.getIdToken().then((idToken) => ...)`. */
function isPlatformThenParameter(fn: FunctionNode, index: number): boolean {
  const call = fn.parent;
  if (index !== 0 || call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return false;
  const callee = unwrapValue(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberKey(callee) === 'then' && isPlatformGetterCall(callee.object);
}

/** The function that contains `node`, or `null` at module level. */
function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return null;
}

/** True when `inner` is `outer` or lies inside it. */
function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/**
 * Whether `text` can end with the `Bearer ` scheme: it ends with white space (anything printable in ASCII but a space
 * cannot be trimmed) and has room for the word. A cheap test before `endsWithBearerScheme` trims and lower-cases.
 */
function mayEndWithBearerScheme(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return text.length > BEARER_WORD_LENGTH && !(last > SPACE_CODE && last < NO_BREAK_SPACE_CODE);
}

/**
 * Whether a string can name an ID-token header (`x-id-token`): at least `id-token` long, with a `-`, ending in `n` or
 * `N`. A cheap test before `isIdTokenHeaderName` lower-cases and splits it.
 */
function mayBeIdTokenHeaderName(value: string): boolean {
  const last = value.charAt(value.length - 1);
  return value.length >= SHORTEST_ID_TOKEN_HEADER && (last === 'n' || last === 'N') && value.includes('-');
}

/** The bearer scheme, in any case (`endsWithBearerScheme` lower-cases). */
const BEARER_WORD = /bearer/iu;

/**
 * An ID token's name as `nameWords` splits it: `id` then `token`, in any case, joined (`idtoken` counts as the two) or
 * split by anything but an ASCII letter or digit (`idToken`, `ID_TOKEN`, `msal.idtoken`, `x-id-token`); `K` is also
 * the Kelvin sign, which `toLowerCase` turns into `k` in a header name. Every ID token the rule finds, its claims
 * object and every ID-token header is named so. Linear: a run of separators is only walked from the `id` before it.
 */
const ID_TOKEN_WORDS = /[Ii][Dd][^0-9A-Za-z]*[Tt][Oo][Kk\u{212a}][Ee][Nn]/u;

/** The same, split, at the end of a string as written: the header-name literals that `isIdTokenHeaderName` accepts. */
const ID_TOKEN_HEADER_STRING = /[Ii][Dd][^0-9A-Za-z]+[Tt][Oo][Kk\u{212a}][Ee][Nn]["']/u;

/** The modules and the method of passport-jwt's header extractor. */
const HEADER_EXTRACTOR_MODULES: readonly string[] = [...new Set(HEADER_EXTRACTOR_APIS.map((api) => api.module))];
const HEADER_EXTRACTOR_METHODS: readonly string[] = HEADER_EXTRACTOR_APIS.flatMap((api) => api.path.slice(-1));

/** How much of the end of a concatenated string is kept: far more than `Bearer ` and the character before it. */
const CONCATENATION_TAIL = 256;
export default createRule<Options, MessageIds>({
  name: 'no-id-token-as-bearer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending an ID token as a bearer credential, and APIs that accept one',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-287', 'CWE-863'],
    },
    schema: [],
    messages: {
      idTokenAsBearer:
        '`{{token}}` is an ID token: it proves a sign-in to this app, not permission to call an API, and an API that accepts it trusts a token whose audience is the client; send an access token acquired for the API instead, such as `acquireTokenSilent({ scopes: [\'api://<api-id>/<scope>\'] })`.',
      idTokenAsApiCredential:
        'This API authenticates callers with the ID token in the `{{header}}` header, but an ID token is issued to the client app, carries no scopes and proves no permission to call the API; require an access token issued for this API in `Authorization: Bearer` and validate its audience and scopes instead.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    // File gates. Every finding is an ID token or an ID-token header, named in this file (a constant's value is written
    // where the constant is declared), verbatim or through an escape. A Bearer prefix is a string of this file too, and
    // a header literal is read where it is written; the header extractor needs passport-jwt and its method's name.
    const text = sourceCode.text;
    // The trigram test rules most files out before the regular expression reads the whole text: `token` is written in
    // one piece in every name the expression matches.
    if (!(textMayHoldInAnyCase(sourceCode, 'token') && ID_TOKEN_WORDS.test(text)) && !textMayHoldEscape(sourceCode)) return {};
    const mayPrefixBearer = BEARER_WORD.test(text) || textMayHoldEscape(sourceCode);
    const mayNameHeader = ID_TOKEN_HEADER_STRING.test(text) || textMayHoldEscape(sourceCode);
    const mayExtractFromHeader =
      HEADER_EXTRACTOR_MODULES.some((module) => textHolds(sourceCode, module)) && fileMayHoldName(sourceCode, HEADER_EXTRACTOR_METHODS);
    if (!mayPrefixBearer && !mayNameHeader && !mayExtractFromHeader) return {};

    const reported = new Set<TSESTree.Node>();
    let platformFile: boolean | undefined;
    let fileScope: Scope | null = null;

    /**
     * The file's root scope. Every helper this rule hands a scope to resolves names from the root (see `rootScope`), so
     * one scope serves every node, and no node climbs to its own.
     */
    function scopeOf(): Scope {
      fileScope ??= rootScope(sourceCode.getScope(sourceCode.ast));
      return fileScope;
    }

    /** Files of Firebase, Google Cloud and Amazon Cognito apps, whose ID tokens are meant as API credentials. */
    function isPlatformFile(): boolean {
      platformFile ??= getApiReferences(context, PLATFORM_ID_TOKEN_MODULES).length > 0;
      return platformFile;
    }

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data });
    }

    // ---- What is an ID token ----

    /** `claims` in `claims.__raw`: Auth0's ID token claims object, from its name or from `getIdTokenClaims()`. */
    function isIdTokenClaimsSource(node: TSESTree.Node, scope: Scope, depth: number): boolean {
      const target = unwrapValue(node);
      switch (target.type) {
        case AST_NODE_TYPES.AwaitExpression:
          return isIdTokenClaimsSource(target.argument, scope, depth);
        case AST_NODE_TYPES.CallExpression: {
          const name = calleeName(target.callee, scope);
          return name !== null && ID_TOKEN_CLAIMS_GETTERS.has(name);
        }
        case AST_NODE_TYPES.MemberExpression: {
          const key = memberKey(target, scope);
          return key !== null && isIdTokenRelatedName(key);
        }
        case AST_NODE_TYPES.Identifier: {
          if (isIdTokenRelatedName(target.name)) return true;
          const source = depth < MAX_DEPTH ? bindingSource(target, scope) : null;
          return source?.kind === 'value' && isIdTokenClaimsSource(source.value, scope, depth + 1);
        }
        default:
          return false;
      }
    }

    /** The node inside `node` that is an OpenID Connect client's ID token, or `null`. */
    function findIdToken(node: TSESTree.Node, scope: Scope, depth: number): TSESTree.Node | null {
      const target = unwrapValue(node);
      switch (target.type) {
        case AST_NODE_TYPES.AwaitExpression:
          return isPlatformGetterCall(target.argument) ? null : findIdToken(target.argument, scope, depth);
        case AST_NODE_TYPES.LogicalExpression:
          return findIdToken(target.left, scope, depth) ?? findIdToken(target.right, scope, depth);
        case AST_NODE_TYPES.ConditionalExpression:
          return findIdToken(target.consequent, scope, depth) ?? findIdToken(target.alternate, scope, depth);
        case AST_NODE_TYPES.CallExpression:
          return idTokenCall(target, scope, depth);
        case AST_NODE_TYPES.MemberExpression: {
          const key = memberKey(target, scope);
          if (key === null) return null;
          if (tokenKindOfName(key) === 'id') return target;
          return key === RAW_ID_TOKEN_KEY && isIdTokenClaimsSource(target.object, scope, depth) ? target : null;
        }
        case AST_NODE_TYPES.Identifier:
          return idTokenIdentifier(target, scope, depth);
        default:
          return null;
      }
    }

    function idTokenCall(call: TSESTree.CallExpression, scope: Scope, depth: number): TSESTree.Node | null {
      const callee = unwrapValue(call.callee);
      const name = calleeName(callee, scope);
      if (name === null) return null;
      const [first] = call.arguments;
      if (callee.type === AST_NODE_TYPES.MemberExpression && name === 'toString') return findIdToken(callee.object, scope, depth);
      if (callee.type === AST_NODE_TYPES.Identifier && name === 'String') return first ? findIdToken(first, scope, depth) : null;
      // angular-oauth2-oidc's and Okta's synchronous `getIdToken()`; an awaited platform getter was excluded above.
      if (tokenKindOfGetter(name) === 'id' && !isAsyncPlatformIdToken(call.parent)) return call;
      if (KEYED_READERS.has(name)) {
        const key = getStaticString(first, scope);
        if (key !== null && tokenKindOfName(key) === 'id') return call;
      }
      return null;
    }

    function idTokenIdentifier(identifier: TSESTree.Identifier, scope: Scope, depth: number): TSESTree.Node | null {
      const source = bindingSource(identifier, scope);
      if (source?.kind === 'parameter' && isPlatformThenParameter(source.fn, source.index)) return null;
      if (tokenKindOfName(identifier.name) === 'id') {
        if (source?.kind === 'value' && isAsyncPlatformIdToken(source.value)) return null;
        return identifier;
      }
      if (!source || depth >= MAX_DEPTH) return null;
      if (source.kind === 'value') return findIdToken(source.value, scope, depth + 1) ? identifier : null;
      if (source.kind === 'property') {
        if (tokenKindOfName(source.key) === 'id') return identifier;
        if (source.key === RAW_ID_TOKEN_KEY && isIdTokenClaimsSource(source.object, scope, depth + 1)) return identifier;
      }
      return null;
    }

    // ---- Where the header goes ----

    /** The text of a URL expression, with `UNKNOWN_TEXT` for the parts known only at run time. */
    function urlText(node: TSESTree.Node, scope: Scope, depth: number): string {
      const known = getStaticString(node, scope);
      if (known !== null) return known;
      const target = unwrapValue(node);
      if (depth >= MAX_DEPTH) return UNKNOWN_TEXT;
      if (target.type === AST_NODE_TYPES.TemplateLiteral) {
        let text = '';
        target.quasis.forEach((quasi, index) => {
          text += quasi.value.cooked ?? UNKNOWN_TEXT;
          const expression = target.expressions[index];
          if (expression) text += urlText(expression, scope, depth + 1);
        });
        return text;
      }
      if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
        return urlText(target.left, scope, depth + 1) + urlText(target.right, scope, depth + 1);
      }
      if (target.type === AST_NODE_TYPES.Identifier) {
        const source = bindingSource(target, scope);
        if (source?.kind === 'value') return urlText(source.value, scope, depth + 1);
      }
      return UNKNOWN_TEXT;
    }

    /** The URL a request call goes to: its first argument, or the `url` of a config object (`axios({ url, headers })`). */
    function requestUrl(call: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): string | null {
      const [first] = call.arguments;
      if (!first) return null;
      const target = unwrapValue(first);
      if (target.type === AST_NODE_TYPES.ObjectExpression) {
        for (const property of target.properties) {
          if (property.type === AST_NODE_TYPES.Property && ['url', 'uri'].includes(getPropertyKey(property, scope) ?? '')) {
            return urlText(property.value, scope, 0);
          }
        }
        return null;
      }
      return urlText(first, scope, 0);
    }

    /**
     * The URLs of the requests that carry the header value `start`: up through the headers object to the
     * request call (`fetch(url, { headers })`, `axios.post(url, body, { headers })`, `agent.post(url).set(...)`),
     * and through the `const` that holds the value or the headers.
     */
    function requestUrls(start: TSESTree.Node, scope: Scope, depth: number): string[] {
      let current = start;
      for (;;) {
        const parent = current.parent;
        if (!parent) return [];
        switch (parent.type) {
          case AST_NODE_TYPES.ChainExpression:
          case AST_NODE_TYPES.AwaitExpression:
          case AST_NODE_TYPES.LogicalExpression:
          case AST_NODE_TYPES.BinaryExpression:
          case AST_NODE_TYPES.TemplateLiteral:
          case AST_NODE_TYPES.ArrayExpression:
            current = parent;
            continue;
          case AST_NODE_TYPES.ConditionalExpression:
            if (parent.test === current) return [];
            current = parent;
            continue;
          case AST_NODE_TYPES.Property:
            if (parent.value !== current) return [];
            current = parent.parent;
            continue;
          case AST_NODE_TYPES.SpreadElement:
            current = parent.parent;
            continue;
          case AST_NODE_TYPES.VariableDeclarator: {
            if (parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier || depth >= MAX_DEPTH) return [];
            const variable = findBinding(parent.id, scope);
            return (variable?.references ?? [])
              .filter((reference) => reference.isRead())
              .flatMap((reference) => requestUrls(reference.identifier as TSESTree.Node, scope, depth + 1));
          }
          case AST_NODE_TYPES.CallExpression:
          case AST_NODE_TYPES.NewExpression: {
            if (parent.callee === current) return [];
            const callee = unwrapValue(parent.callee);
            if (parent.type === AST_NODE_TYPES.NewExpression && callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Headers') {
              current = parent;
              continue;
            }
            const name = calleeName(callee, scope);
            if (name !== null && HEADER_SETTERS.has(name) && callee.type === AST_NODE_TYPES.MemberExpression) {
              const request = unwrapValue(callee.object);
              if (request.type !== AST_NODE_TYPES.CallExpression) return [];
              const url = requestUrl(request, scope);
              return url === null ? [] : [url];
            }
            const url = requestUrl(parent, scope);
            return url === null ? [] : [url];
          }
          default:
            if (isTypeScriptWrapper(parent)) {
              current = parent;
              continue;
            }
            return [];
        }
      }
    }

    /** Checks the credential after a `Bearer ` scheme in the header value `value`. */
    function checkBearerCredential(credential: TSESTree.Node, value: TSESTree.Node): void {
      const scope = scopeOf();
      const token = findIdToken(credential, scope, 0);
      if (!token || reported.has(token) || isPlatformFile()) return;
      if (requestUrls(value, scope, 0).some(isIdTokenExchangeTarget)) return;
      report(token, 'idTokenAsBearer', { token: messageLabel(sourceCode.getText(token)) });
    }

    // ---- Servers that take an ID token as the credential ----

    /** `req.headers`, `ctx.request.headers`, `event.headers`, or a parameter named `headers`. */
    function isHeadersObject(node: TSESTree.Node, scope: Scope): boolean {
      const target = unwrapValue(node);
      if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'headers';
      return target.type === AST_NODE_TYPES.MemberExpression && memberKey(target, scope) === 'headers';
    }

    /** The receiver of a header getter: a request (`req`, `c.req`), its headers, or Next.js `headers()`. */
    function isRequestReceiver(node: TSESTree.Node, scope: Scope): boolean {
      const target = unwrapValue(node);
      if (target.type === AST_NODE_TYPES.Identifier) return REQUEST_RECEIVERS.has(target.name);
      if (target.type === AST_NODE_TYPES.MemberExpression) {
        const key = memberKey(target, scope);
        return key !== null && REQUEST_RECEIVERS.has(key) && key !== 'c';
      }
      return target.type === AST_NODE_TYPES.CallExpression && calleeName(target.callee, scope) === 'headers';
    }

    /** The expression that derives a value from `read` without changing what it is: `(read ?? '').split(' ')[1]`. */
    function derivedValue(read: TSESTree.Node): TSESTree.Node {
      let current = read;
      for (;;) {
        const parent = current.parent;
        if (!parent) return current;
        if (
          isTypeScriptWrapper(parent) ||
          parent.type === AST_NODE_TYPES.ChainExpression ||
          parent.type === AST_NODE_TYPES.AwaitExpression ||
          parent.type === AST_NODE_TYPES.LogicalExpression ||
          (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) ||
          (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current)
        ) {
          current = parent;
          continue;
        }
        if (parent.type === AST_NODE_TYPES.CallExpression) {
          const name = calleeName(parent.callee);
          const ownMethod = parent.callee === current && current.type === AST_NODE_TYPES.MemberExpression && name !== null && STRING_METHODS.has(name);
          const stringCall = name === 'String' && parent.arguments[0] === current;
          if (ownMethod || stringCall) {
            current = parent;
            continue;
          }
        }
        return current;
      }
    }

    /** True when `node` mentions `variable` by name. */
    function mentions(node: TSESTree.Node, variable: Variable, scope: Scope): boolean {
      let found = false;
      walk(node, sourceCode.visitorKeys, (child) => {
        if (child.type === AST_NODE_TYPES.Identifier && findBinding(child, scope) === variable) found = true;
        return !found;
      });
      return found;
    }

    /**
     * True when `argument` carries the token: it contains the derived read itself, or a name bound to it
     * (`verify(idToken ?? '')`, `verify({ token: idToken })`), or a name whose value is computed from it
     * (`const raw = Array.isArray(idToken) ? idToken[0] : idToken; verify(raw)`).
     */
    function isTokenArgument(argument: TSESTree.Node, value: TSESTree.Node, variable: Variable | null, scope: Scope): boolean {
      if (contains(argument, value) || unwrapValue(argument) === unwrapValue(value)) return true;
      if (!variable) return false;
      let found = false;
      walk(argument, sourceCode.visitorKeys, (node) => {
        if (node.type === AST_NODE_TYPES.Identifier) {
          if (findBinding(node, scope) === variable) found = true;
          else {
            const source = bindingSource(node, scope);
            found = source?.kind === 'value' && mentions(source.value, variable, scope);
          }
        }
        return !found;
      });
      return found;
    }

    /** True when `node` stores the caller's identity on the request: `req.user = …`, `res.locals.user = …`, `ctx.state.user = …`. */
    function isPrincipalAssignment(node: TSESTree.AssignmentExpression, requestName: string | null, scope: Scope): boolean {
      const left = node.left;
      if (left.type !== AST_NODE_TYPES.MemberExpression) return false;
      const key = memberKey(left, scope);
      if (key === null || !PRINCIPAL_PROPERTIES.has(key)) return false;
      const holder = unwrapValue(left.object);
      if (holder.type === AST_NODE_TYPES.Identifier) return holder.name === requestName;
      if (holder.type !== AST_NODE_TYPES.MemberExpression) return false;
      const holderKey = memberKey(holder, scope);
      return holderKey !== null && REQUEST_STATE_HOLDERS.has(holderKey);
    }

    /** True when the function that reads the header verifies the token and makes it the request's principal. */
    function usedAsCredential(read: TSESTree.Node, boundName: TSESTree.Identifier | null, scope: Scope): boolean {
      const fn = enclosingFunction(read);
      // express-jwt `getToken: (req) => req.headers['x-id-token']`, passport-jwt `jwtFromRequest`.
      if (fn?.parent.type === AST_NODE_TYPES.Property && fn.parent.value === fn) {
        const key = getPropertyKey(fn.parent, scope);
        if (key !== null && CREDENTIAL_EXTRACTOR_KEYS.has(key)) return true;
      }
      const value = derivedValue(read);
      let variable: Variable | null = boundName ? findBinding(boundName, scope) : null;
      const holder = value.parent;
      if (!variable && holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === value && holder.id.type === AST_NODE_TYPES.Identifier) {
        variable = findBinding(holder.id, scope);
      }
      const requestName = rootIdentifier(read)?.name ?? null;
      const found = { verified: false, principal: false };
      walk(fn ?? sourceCode.ast, sourceCode.visitorKeys, (node) => {
        if (node.type === AST_NODE_TYPES.CallExpression && !found.verified) {
          const name = calleeName(node.callee, scope);
          const [first] = node.arguments;
          found.verified = name !== null && first !== undefined && isVerifierName(name) && isTokenArgument(first, value, variable, scope);
        } else if (node.type === AST_NODE_TYPES.AssignmentExpression && !found.principal) {
          found.principal = isPrincipalAssignment(node, requestName, scope);
        }
        return !(found.verified && found.principal);
      });
      return found.verified && found.principal;
    }

    function checkHeaderLiteral(literal: TSESTree.StringLiteral): void {
      const parent = literal.parent;
      const scope = scopeOf();
      let read: TSESTree.Node | null = null;
      let boundName: TSESTree.Identifier | null = null;
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.computed && parent.property === literal) {
        if (isHeadersObject(parent.object, scope)) read = parent;
      } else if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.length === 1 && parent.arguments[0] === literal) {
        const callee = unwrapValue(parent.callee);
        const name = calleeName(callee, scope);
        if (name !== null && HEADER_GETTERS.has(name) && callee.type === AST_NODE_TYPES.MemberExpression && isRequestReceiver(callee.object, scope)) {
          read = parent;
        }
      } else if (parent.type === AST_NODE_TYPES.Property && parent.key === literal && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
        const declarator = parent.parent.parent;
        const value = parent.value.type === AST_NODE_TYPES.AssignmentPattern ? parent.value.left : parent.value;
        if (declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.init && isHeadersObject(declarator.init, scope) && value.type === AST_NODE_TYPES.Identifier) {
          read = declarator.init;
          boundName = value;
        }
      }
      if (!read || isPlatformFile() || !usedAsCredential(read, boundName, scope)) return;
      report(boundName ? literal : read, 'idTokenAsApiCredential', { header: literal.value });
    }

    /**
     * The end of the static value of an operand of a `+` chain (its last CONCATENATION_TAIL characters: all the
     * bearer-scheme test reads). The listener runs on every `+` of a long chain, outermost first, so the values of inner
     * chains are kept, and keeping only their ends stops a chain of n parts from building strings of n² characters.
     */
    const concatenations = new Map<TSESTree.Node, string | null>();
    function concatenatedString(node: TSESTree.Node, scope?: Scope): string | null {
      if (node.type !== AST_NODE_TYPES.BinaryExpression || node.operator !== '+') {
        return getStaticString(node, scope ?? scopeOf());
      }
      const known = concatenations.get(node);
      if (known !== undefined) return known;
      const chainScope = scope ?? scopeOf();
      const left = concatenatedString(node.left, chainScope);
      const right = left === null ? null : getStaticString(node.right, chainScope);
      // A non-string operand (`'v' + 2`) is left to the general evaluator.
      const joined = left === null ? null : right === null ? getStaticString(node, chainScope) : left + right;
      const value = joined !== null && joined.length > CONCATENATION_TAIL ? joined.slice(-CONCATENATION_TAIL) : joined;
      concatenations.set(node, value);
      return value;
    }

    const listeners: TSESLint.RuleListener = {
      TemplateLiteral(node) {
        for (let index = 0; index < node.expressions.length; index += 1) {
          const cooked = node.quasis[index]?.value.cooked;
          const expression = node.expressions[index];
          if (cooked && expression && mayEndWithBearerScheme(cooked) && endsWithBearerScheme(cooked)) checkBearerCredential(expression, node);
        }
      },

      BinaryExpression(node) {
        if (node.left.type === AST_NODE_TYPES.PrivateIdentifier || node.operator !== '+') return;
        // Cheapest test first: only a name, a member, a call or a choice between them can be an ID token (see
        // `findIdToken`), so the text before anything else (`x + 'px'`, `n + 1`) is not worked out.
        if (!ID_TOKEN_CAPABLE_TYPES.has(unwrapValue(node.right).type)) return;
        const prefix = concatenatedString(node.left);
        if (prefix !== null && endsWithBearerScheme(prefix)) checkBearerCredential(node.right, node);
      },

      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        // `[callee.property.name="concat"]`, as the selector read it: a plain or private name, also in brackets.
        const property = callee.property;
        if ((property.type !== AST_NODE_TYPES.Identifier && property.type !== AST_NODE_TYPES.PrivateIdentifier) || property.name !== 'concat') return;
        const [first] = node.arguments;
        if (!first) return;
        const prefix = getStaticString(callee.object, scopeOf());
        if (prefix !== null && endsWithBearerScheme(prefix)) checkBearerCredential(first, node);
      },

      Literal(node) {
        const value = node.value;
        if (typeof value !== 'string' || value.length > 64 || !mayBeIdTokenHeaderName(value) || !isIdTokenHeaderName(value)) return;
        checkHeaderLiteral(node);
      },

      'Program:exit'() {
        // passport-jwt: `jwtFromRequest: ExtractJwt.fromHeader('x-id-token')`.
        for (const { node } of getApiCalls(context, HEADER_EXTRACTOR_APIS)) {
          const header = node.arguments[0];
          const name = getStaticString(header, scopeOf());
          if (header && name !== null && isIdTokenHeaderName(name) && !isPlatformFile()) {
            report(header, 'idTokenAsApiCredential', { header: name });
          }
        }
      },
    };
    if (!mayPrefixBearer) {
      delete listeners.TemplateLiteral;
      delete listeners.BinaryExpression;
      delete listeners.CallExpression;
    }
    if (!mayNameHeader) delete listeners.Literal;
    if (!mayExtractFromHeader) delete listeners['Program:exit'];
    return listeners;
  },
});
