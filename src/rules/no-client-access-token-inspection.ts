import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  ACCESS_TOKEN_RETURNING_METHODS,
  DECODE_APIS,
  INCOMING_REQUEST_PARTS,
  KEYED_READERS,
  OAUTH_CLIENT_MODULES,
  REQUEST_NAMES,
  TOKEN_ACQUISITION_METHODS,
  isDecoderWords,
  isTokenCheckName,
  tokenKindOfGetter,
  tokenKindOfName,
} from '../models/oauth-tokens';
import { AST_NODE_TYPES, isTypeScriptWrapper, messageLabel } from '../utils/ast';
import { bindingSource, findBinding } from '../utils/bindings';
import { createRule } from '../utils/create-rule';
import { calleeName, calleeWords, memberKey, unwrapValue } from '../utils/expressions';
import { type FunctionNode } from '../utils/functions';
import { getApiCalls, getApiReferences, mentionsApiModule } from '../utils/module-tracker';
import { getStatic, getStaticString } from '../utils/static-value';
import { fileMayHoldName, textHolds, textMayHoldEscape, textMayHoldInAnyCase, textMayHoldAnyInAnyCase } from '../utils/text-gate';
import { walk } from '../utils/traverse';

export type Options = [
  {
    /** Also treat files that use browser globals (`window`, `document`, `localStorage`, `sessionStorage`) as client code. */
    browserGlobals?: boolean;
  },
];
export type MessageIds = 'accessTokenInspected';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** Where an access token came from, as far as the file shows. */
interface TokenOrigin {
  /** The access-token expression to report. */
  readonly node: TSESTree.Node;
  /** Read from the result of an OAuth client SDK's token call (`acquireTokenSilent`, `getAccessTokenSilently`). */
  readonly acquired: boolean;
  /** Read from an incoming request's headers or cookies: a server's own token, not a client's. */
  readonly fromRequest: boolean;
}

/** A call that decodes its argument `token` (`jwtDecode(token)`, `token.split('.')[1]`). */
interface DecodeSite {
  readonly token: TSESTree.Node;
  /** Sites found inside a helper are followed to the helper's callers only once. */
  readonly viaHelper: boolean;
}

const MAX_DEPTH = 5;

/** Globals that exist only in a browser page (not in Node, workers or React Native), so code that uses them is client code. */
const BROWSER_GLOBALS: readonly string[] = ['window', 'document', 'localStorage', 'sessionStorage'];
const JWT_SEPARATOR = '.';
const PAYLOAD_INDEX = 1;
/** Letters every check word of `isTokenCheckName` contains (`verify`, `validate`), in any case. */
const CHECK_HINT = /validate|verify/iu;
/** Letters every decode or expiry word of `isDecoderWords` contains (`decode`, `parsed`, `expires` …), in any case. */
const DECODER_HINT = /decode|expir|parse/iu;
/** The words of `DECODER_HINT`, for the file's trigram test. */
const DECODER_WORDS: readonly string[] = ['decode', 'expir', 'parse'];
/**
 * The words `access` and `token` next to each other in one name, as `tokenKindOfName` and `tokenKindOfGetter` find
 * them: `accessToken`, `ACCESS_TOKEN`, `access-token`, `getAccessToken`, in any case. Without the `u` flag, under
 * which `ſ` would count as an `s` rather than as the separator it is to `nameWords`.
 */
const ACCESS_TOKEN_HINT = /access[^0-9a-z]*token/i;
/** The calls that return an access token without these words in their name (`getTokenSilently`). */
const ACCESS_TOKEN_CALL_NAMES: readonly string[] = [...ACCESS_TOKEN_RETURNING_METHODS].filter((name) => !ACCESS_TOKEN_HINT.test(name));
const SPLIT_METHOD = 'split';

/** Text that identifies the same token expression wherever it is written: `result?.accessToken` = `result.accessToken`. */
function expressionKey(text: string): string {
  return text.replace(/\s+/gu, '').replaceAll('?.', '.').replaceAll('!', '');
}

/** True when the value `node` is indexed with the JWT payload position: `[1]` or `.at(1)`. */
function isPayloadIndex(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return false;
  if (parent.computed) return getStatic(parent.property)?.value === PAYLOAD_INDEX;
  const call = parent.parent;
  return (
    memberKey(parent) === 'at' &&
    call.type === AST_NODE_TYPES.CallExpression &&
    call.callee === parent &&
    getStatic(call.arguments[0])?.value === PAYLOAD_INDEX
  );
}

/** A callee inside TypeScript wrappers and optional chains; a plain name or member access, the usual callee, as it is. */
function unwrapCallee(callee: TSESTree.Node): TSESTree.Node {
  return callee.type === AST_NODE_TYPES.Identifier || callee.type === AST_NODE_TYPES.MemberExpression ? callee : unwrapValue(callee);
}

/** `calleeName` of an unwrapped callee, reading a written name (`f`, `a.f`) directly. */
function writtenCalleeName(callee: TSESTree.Node): string | null {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    return callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : null;
  }
  return calleeName(callee);
}

/** A receiver that is a name (inside any wrappers) with the letters of a decode or expiry word: `jwtDecode.x()`. */
function isDecoderHintName(object: TSESTree.Node): boolean {
  if (object.type === AST_NODE_TYPES.Identifier) return DECODER_HINT.test(object.name);
  // Cheapest test first: the usual other receivers (`a.b`, `f()`, `this`) are no wrappers, so no name either.
  if (object.type === AST_NODE_TYPES.MemberExpression || object.type === AST_NODE_TYPES.CallExpression || object.type === AST_NODE_TYPES.ThisExpression) return false;
  const receiver = unwrapValue(object);
  return receiver.type === AST_NODE_TYPES.Identifier && DECODER_HINT.test(receiver.name);
}

/** The expression outside TypeScript wrappers and optional chains around `node`. */
function outerValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && (isTypeScriptWrapper(current.parent) || current.parent.type === AST_NODE_TYPES.ChainExpression)) {
    current = current.parent;
  }
  return current;
}

export default createRule<Options, MessageIds>({
  name: 'no-client-access-token-inspection',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow decoding or reading the claims of an access token in the client that requested it',
      recommended: 'strict',
      principle: 'verify-explicitly',
      cwe: ['CWE-345', 'CWE-602'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          browserGlobals: {
            type: 'boolean',
            description:
              'Treat a file that uses `window`, `document`, `localStorage` or `sessionStorage` as client code, in addition to files that load an OAuth client library or call its token methods.',
          },
        },
      },
    ],
    defaultOptions: [{ browserGlobals: true }],
    messages: {
      accessTokenInspected:
        '`{{token}}` is an access token issued for an API, which the client must treat as opaque because its format can change or be encrypted and its claims prove nothing to the client; read `scopes` and `expiresOn` from the token response and leave authorization decisions to the API.',
    },
  },
  create(context, [{ browserGlobals }]) {
    const sourceCode = context.sourceCode;
    // File gate. Every finding is an access token that a decode site reads, and the file names it as one: a name
    // (variable, property, storage key or getter) with the words `access` and `token`, or a call that returns one.
    // The site is a `split`, a call whose name (or receiver's) holds a decode or expiry word, or a decode API.
    // Each of these names is in the text, verbatim or through an escape.
    const text = sourceCode.text;
    const mayInspect =
      // The trigram tests rule out most files before the case-insensitive searches, which are slow on a long text.
      ((textMayHoldInAnyCase(sourceCode, 'access') && textMayHoldInAnyCase(sourceCode, 'token') && ACCESS_TOKEN_HINT.test(text)) ||
        fileMayHoldName(sourceCode, ACCESS_TOKEN_CALL_NAMES)) &&
      (textHolds(sourceCode, SPLIT_METHOD) ||
        (textMayHoldAnyInAnyCase(sourceCode, DECODER_WORDS) && DECODER_HINT.test(text)) ||
        textMayHoldEscape(sourceCode) ||
        mentionsApiModule(context, DECODE_APIS));
    if (!mayInspect) return {};
    const sites: DecodeSite[] = [];
    /** Tokens passed to a verify API in this file: their variables, and the text of member paths. */
    const verifiedVariables = new Set<Variable>();
    const verifiedTexts = new Set<string>();
    const reported = new Set<TSESTree.Node>();
    let clientFile: boolean | undefined;

    /** True when the file references one of `BROWSER_GLOBALS` as the global (declared by the config or not). */
    function usesBrowserGlobals(): boolean {
      const globalScope = sourceCode.scopeManager?.globalScope;
      if (!globalScope) return false;
      return BROWSER_GLOBALS.some((name) => {
        const declared = globalScope.set.get(name);
        if (declared) return declared.defs.length === 0 && declared.references.length > 0;
        return globalScope.through.some((reference) => reference.identifier.name === name);
      });
    }

    /** A file that loads an OAuth client library or, by default, runs in a browser page. */
    function isClientFile(): boolean {
      clientFile ??= getApiReferences(context, OAUTH_CLIENT_MODULES).length > 0 || (browserGlobals === true && usesBrowserGlobals());
      return clientFile;
    }

    // ---- Where a token comes from ----

    /** An expression that reads an incoming request's headers, cookies, body or query. */
    function readsIncomingRequest(node: TSESTree.Node, scope: Scope): boolean {
      let found = false;
      walk(node, sourceCode.visitorKeys, (child) => {
        if (child.type === AST_NODE_TYPES.MemberExpression) {
          const key = memberKey(child, scope);
          const object = unwrapValue(child.object);
          if (key !== null && INCOMING_REQUEST_PARTS.has(key)) found = true;
          else if ((key === 'body' || key === 'query') && object.type === AST_NODE_TYPES.Identifier && REQUEST_NAMES.has(object.name)) found = true;
        }
        return !found;
      });
      return found;
    }

    /** The result of an OAuth client SDK's token call: `await pca.acquireTokenSilent(…)`, or the parameter of its `.then`. */
    function isAcquisitionResult(node: TSESTree.Node, scope: Scope, depth: number): boolean {
      const target = unwrapValue(node);
      switch (target.type) {
        case AST_NODE_TYPES.AwaitExpression:
          return isAcquisitionResult(target.argument, scope, depth);
        case AST_NODE_TYPES.CallExpression: {
          const name = calleeName(target.callee, scope);
          return name !== null && TOKEN_ACQUISITION_METHODS.has(name);
        }
        case AST_NODE_TYPES.Identifier: {
          if (depth >= MAX_DEPTH) return false;
          const source = bindingSource(target, scope);
          if (source?.kind === 'value') return isAcquisitionResult(source.value, scope, depth + 1);
          if (source?.kind === 'parameter') return isThenParameterOfAcquisition(source.fn, source.index, scope, depth + 1);
          return false;
        }
        default:
          return false;
      }
    }

    function isThenParameterOfAcquisition(fn: FunctionNode, index: number, scope: Scope, depth: number): boolean {
      const call = fn.parent;
      if (index !== 0 || call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return false;
      const callee = unwrapValue(call.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && memberKey(callee, scope) === 'then' && isAcquisitionResult(callee.object, scope, depth);
    }

    /** The access token `node` denotes, and where it came from; `null` when nothing says it is an access token. */
    function accessTokenOrigin(node: TSESTree.Node, scope: Scope, depth: number): TokenOrigin | null {
      const target = unwrapValue(node);
      switch (target.type) {
        case AST_NODE_TYPES.AwaitExpression:
          return accessTokenOrigin(target.argument, scope, depth);
        case AST_NODE_TYPES.LogicalExpression:
          return accessTokenOrigin(target.left, scope, depth) ?? accessTokenOrigin(target.right, scope, depth);
        case AST_NODE_TYPES.ConditionalExpression:
          return accessTokenOrigin(target.consequent, scope, depth) ?? accessTokenOrigin(target.alternate, scope, depth);
        case AST_NODE_TYPES.CallExpression:
          return accessTokenCall(target, scope, depth);
        case AST_NODE_TYPES.MemberExpression: {
          const key = memberKey(target, scope);
          if (key === null || tokenKindOfName(key) !== 'access') return null;
          return {
            node: target,
            acquired: isAcquisitionResult(target.object, scope, depth),
            fromRequest: readsIncomingRequest(target.object, scope),
          };
        }
        case AST_NODE_TYPES.Identifier:
          return accessTokenIdentifier(target, scope, depth);
        default:
          return null;
      }
    }

    function accessTokenCall(call: TSESTree.CallExpression, scope: Scope, depth: number): TokenOrigin | null {
      const callee = unwrapValue(call.callee);
      const name = calleeName(callee, scope);
      if (name === null) return null;
      const [first] = call.arguments;
      if (callee.type === AST_NODE_TYPES.MemberExpression && name === 'toString') return accessTokenOrigin(callee.object, scope, depth);
      if (callee.type === AST_NODE_TYPES.Identifier && name === 'String') return first ? accessTokenOrigin(first, scope, depth) : null;
      if (tokenKindOfGetter(name) === 'access' || ACCESS_TOKEN_RETURNING_METHODS.has(name)) {
        return { node: call, acquired: TOKEN_ACQUISITION_METHODS.has(name), fromRequest: false };
      }
      if (KEYED_READERS.has(name) && callee.type === AST_NODE_TYPES.MemberExpression) {
        const key = getStaticString(first, scope);
        if (key !== null && tokenKindOfName(key) === 'access') {
          return { node: call, acquired: false, fromRequest: readsIncomingRequest(callee.object, scope) };
        }
      }
      return null;
    }

    function accessTokenIdentifier(identifier: TSESTree.Identifier, scope: Scope, depth: number): TokenOrigin | null {
      const source = depth < MAX_DEPTH ? bindingSource(identifier, scope) : null;
      const named = tokenKindOfName(identifier.name) === 'access';
      if (source?.kind === 'value') {
        const inner = accessTokenOrigin(source.value, scope, depth + 1);
        if (inner) return { ...inner, node: identifier };
        return named ? { node: identifier, acquired: false, fromRequest: readsIncomingRequest(source.value, scope) } : null;
      }
      if (source?.kind === 'property' && (named || tokenKindOfName(source.key) === 'access')) {
        return {
          node: identifier,
          acquired: isAcquisitionResult(source.object, scope, depth + 1),
          fromRequest: readsIncomingRequest(source.object, scope),
        };
      }
      return named ? { node: identifier, acquired: false, fromRequest: false } : null;
    }

    // ---- Verified tokens (resource-server code) ----

    function recordVerified(argument: TSESTree.Node, scope: Scope): void {
      const target = unwrapValue(argument);
      const variable = target.type === AST_NODE_TYPES.Identifier ? findBinding(target, scope) : null;
      if (variable) verifiedVariables.add(variable);
      else if (target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression) {
        verifiedTexts.add(expressionKey(sourceCode.getText(target)));
      }
    }

    function isVerified(node: TSESTree.Node, scope: Scope): boolean {
      const target = unwrapValue(node);
      const variable = target.type === AST_NODE_TYPES.Identifier ? findBinding(target, scope) : null;
      return variable ? verifiedVariables.has(variable) : verifiedTexts.has(expressionKey(sourceCode.getText(target)));
    }

    // ---- Decode sites ----

    /** `token.split('.')` whose payload part is used: `[1]`, `.at(1)`, `const [, payload] = …`, or `parts[1]` later. */
    function splitsPayload(call: TSESTree.CallExpression, scope: Scope): boolean {
      const value = outerValue(call);
      if (isPayloadIndex(value)) return true;
      const declarator = value.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== value) return false;
      if (declarator.id.type === AST_NODE_TYPES.ArrayPattern) return declarator.id.elements[PAYLOAD_INDEX] != null;
      if (declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = findBinding(declarator.id, scope);
      return (variable?.references ?? []).some((reference) => reference.isRead() && isPayloadIndex(outerValue(reference.identifier)));
    }

    /** The callers of the function whose parameter `fn`/`index` is decoded, with the argument each passes. */
    function helperArguments(fn: FunctionNode, index: number): TSESTree.Node[] {
      let variables: readonly Variable[] = [];
      if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
        variables = sourceCode.getDeclaredVariables(fn).filter((variable) => variable.name === fn.id?.name);
      } else if (fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn && fn.parent.id.type === AST_NODE_TYPES.Identifier) {
        variables = sourceCode.getDeclaredVariables(fn.parent);
      }
      const found: TSESTree.Node[] = [];
      for (const variable of variables) {
        for (const reference of variable.references) {
          const call = (reference.identifier as TSESTree.Node).parent;
          const argument = call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier ? call.arguments[index] : undefined;
          if (argument) found.push(argument);
        }
      }
      return found;
    }

    function checkSite(site: DecodeSite): void {
      const scope = sourceCode.getScope(site.token);
      const origin = accessTokenOrigin(site.token, scope, 0);
      if (!origin) {
        // A helper such as `function parseJwt(token) { … token.split('.')[1] … }`: judge what its callers pass.
        const target = unwrapValue(site.token);
        if (site.viaHelper || target.type !== AST_NODE_TYPES.Identifier) return;
        const source = bindingSource(target, scope);
        if (source?.kind !== 'parameter') return;
        for (const argument of helperArguments(source.fn, source.index)) checkSite({ token: argument, viaHelper: true });
        return;
      }
      if (reported.has(origin.node) || origin.fromRequest || !(origin.acquired || isClientFile())) return;
      if (isVerified(site.token, scope) || isVerified(origin.node, scope)) return;
      reported.add(origin.node);
      context.report({
        node: origin.node,
        messageId: 'accessTokenInspected',
        data: { token: messageLabel(sourceCode.getText(origin.node)) },
      });
    }

    return {
      CallExpression(node) {
        // Cheapest test first: the callee's name rules out most calls before their arguments are read.
        const callee = unwrapCallee(node.callee);
        const name = writtenCalleeName(callee);
        if (name === null) return;
        const isSplit = name === SPLIT_METHOD && callee.type === AST_NODE_TYPES.MemberExpression;
        const isCheck = !isSplit && CHECK_HINT.test(name);
        if (!isSplit && !isCheck && !DECODER_HINT.test(name) && !(callee.type === AST_NODE_TYPES.MemberExpression && isDecoderHintName(callee.object))) return;
        const first = node.arguments[0];
        if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
        if (isSplit) {
          // Cheapest test first: a literal separator other than `.` (most `split` calls) needs no scope.
          if (first.type === AST_NODE_TYPES.Literal && first.value !== JWT_SEPARATOR) return;
          const scope = sourceCode.getScope(node);
          if (getStaticString(first, scope) === JWT_SEPARATOR && splitsPayload(node, scope)) sites.push({ token: callee.object, viaHelper: false });
          return;
        }
        // The word tests below need these letters in the callee (or receiver) name, in any case.
        if (isCheck && isTokenCheckName(name)) {
          recordVerified(first, sourceCode.getScope(node));
          return;
        }
        if (!DECODER_HINT.test(name) && !(callee.type === AST_NODE_TYPES.MemberExpression && isDecoderHintName(callee.object))) return;
        if (isDecoderWords(calleeWords(callee))) sites.push({ token: first, viaHelper: false });
      },

      'Program:exit'() {
        for (const reference of getApiCalls(context, DECODE_APIS)) {
          const [first] = reference.node.arguments;
          if (first && first.type !== AST_NODE_TYPES.SpreadElement) sites.push({ token: first, viaHelper: false });
        }
        for (const site of sites) checkSite(site);
      },
    };
  },
});
