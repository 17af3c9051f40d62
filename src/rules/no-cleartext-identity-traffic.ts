import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  ALLOW_INSECURE_APIS,
  AXIOS_HEADER_GROUPS,
  AXIOS_SHARED_CONFIG_APIS,
  CLIENT_STYLES,
  GLOBAL_REQUESTS,
  IDENTITY_APIS,
  IDENTITY_SETTINGS,
  INSECURE_SWITCHES,
  REQUEST_APIS,
  SAML_MARKER_KEYS,
  SERVER_URL_ARGUMENT,
  formFieldNames,
  instanceMethodShape,
  isCredentialField,
  isCredentialHeader,
  isIdentifierOnlyIssuer,
  type ClientStyle,
  type IdentityApi,
  type IdentitySetting,
  type InsecureSwitch,
  type MethodShape,
  type RequestApi,
} from '../models/identity-traffic';
import {
  analyzeUrl,
  classifyHost,
  isCleartextRemote,
  isCredentialParameter,
  isMetadataOrKeySetEndpoint,
  isNamespaceKey,
  isTokenEndpoint,
  secureSchemeOf,
  type UrlInfo,
  type UrlPart,
} from '../models/urls';
import { GRPC_INSECURE_APIS, GRPC_METADATA_APIS, GRPC_METADATA_WRITERS, remoteGrpcHost } from '../models/grpc';
import { AST_NODE_TYPES, GLOBAL_OBJECT_NAMES, staticMemberName, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { developmentGuardOption, isUnderDevelopmentGuard } from '../utils/dev-guard';
import { removableStatementOf, removeListItem, removeStatement } from '../utils/fix';
import { getApiCalls, getApiReferences, mentionsApiModule, type ApiReference, type ApiSet } from '../utils/module-tracker';
import { resolveFunction } from '../utils/functions';
import { textHolds } from '../utils/text-gate';
import { walk } from '../utils/traverse';
import { getPropertyKey, readOptionsObject, type OptionsObject } from '../utils/options-object';
import { constInitializer, getStatic, getStaticString, rootScope } from '../utils/static-value';

export type Options = [
  {
    /** Leave URLs alone inside code that only runs in development or test (`if (isDev) { ... }`). */
    ignoreDevelopmentGuards?: boolean;
    /** Hosts whose plain-HTTP traffic is protected another way (service-mesh mTLS): exact names or `*.domain`. */
    allowedHosts?: string[];
  },
];
export type MessageIds =
  | 'cleartextIdentityEndpoint'
  | 'cleartextKeyFetch'
  | 'cleartextCredentialRequest'
  | 'insecureTransportAllowed'
  | 'insecureGrpcChannel'
  | 'useSecureScheme'
  | 'removeSetting';

type Scope = TSESLint.Scope.Scope;
type UrlLiteral = TSESTree.StringLiteral | TSESTree.TemplateLiteral;
type RequestNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** A literal that holds the start of a URL, and the whole URL as parts. */
interface UrlSource {
  readonly literal: UrlLiteral;
  readonly parts: readonly UrlPart[];
}

const MAX_DEPTH = 6;
const MAX_CHAIN = 30;
const IDENTITY_API_SET: ApiSet = IDENTITY_APIS;
const ALLOW_INSECURE_SET: ApiSet = ALLOW_INSECURE_APIS;
const REQUEST_API_SET: ApiSet = REQUEST_APIS;
const AXIOS_SHARED_CONFIG_API_SET: ApiSet = AXIOS_SHARED_CONFIG_APIS;
/** How deep below `defaults` an assignment is read: `defaults.headers.common.Authorization`. */
const MAX_DEFAULTS_PATH = 3;
/**
 * Settings and calls that report without a URL in the text: the OAuth clients' switches that allow `http`, and gRPC's
 * insecure channel (whose targets name no scheme).
 */
const SWITCH_WORDS: readonly string[] = ['allowInsecureRequests', 'allowHttpForRedirectUrl', 'requireHttps', 'createInsecure'];

/** Node's `http` module, whose `{ host, path }` options name a host without writing `://`. */
const NODE_HTTP_API_SET: ApiSet = REQUEST_APIS.filter((api) => api.module === 'http');

/** The longest host name the gate reads after `://` (a DNS name is at most 253 characters). */
const MAX_HOST_LENGTH = 256;

/** Characters of a host name as written in a URL: letters, digits, `.`, `-` and `_`. */
function isHostCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 45 || code === 95;
}

/** What may end a host as written: a port, a path, a query, a fragment, or the end of the string. */
const HOST_ENDS: ReadonlySet<string> = new Set([':', '/', '?', '#', "'", '"', '`']);

/**
 * True when the `://` at `index` cannot start a URL that goes in cleartext to another machine: its scheme ends in
 * `https` or `wss`, or the host written after it is loopback, link-local or a namespace host (`localhost:3000`,
 * `127.0.0.1/`, `www.w3.org/`), which `isCleartextRemote` never reports.
 */
function isSecureOrLocalUrlAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 5), index).toLowerCase();
  if (before.endsWith('https') || before.endsWith('wss')) return true;
  const start = index + 3;
  let end = start;
  if (text[start] === '[') {
    end = text.indexOf(']', start);
    if (end === -1 || end - start > MAX_HOST_LENGTH) return false;
    end += 1;
  } else {
    while (end < text.length && end - start <= MAX_HOST_LENGTH && isHostCharacter(text.charCodeAt(end))) end += 1;
  }
  const next = text[end];
  return end > start && next !== undefined && HOST_ENDS.has(next) && classifyHost(text.slice(start, end)) !== 'remote';
}

/**
 * Whether the text can hold a URL that goes in cleartext to another machine: a `://` that is neither after a secure
 * scheme nor before a local host. A URL put together from parts (`${scheme}://${host}`, `'http://' + host`) has
 * something else after its `://`, and is kept. Each `://` is looked at once, over a bounded stretch of text.
 */
function mayHoldCleartextUrl(text: string): boolean {
  for (let index = text.indexOf('://'); index !== -1; index = text.indexOf('://', index + 3)) {
    if (!isSecureOrLocalUrlAt(text, index)) return true;
  }
  return false;
}

const BODY_SERIALIZERS: ReadonlySet<string> = new Set(['stringify', 'encode']);
const SEARCH_PARAM_WRITERS: ReadonlySet<string> = new Set(['append', 'set']);

/** The expression inside TypeScript wrappers and `await`: `(await x) as T` → `x`. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapTypeScript(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapTypeScript(current.argument);
  return current;
}

/** The name of a callee: `f` for `f()`, `m` for `a.b.m()`. */
function calleeName(callee: TSESTree.Node): string | null {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    return callee.property.name;
  }
  return null;
}

function staticPart(node: TSESTree.Node, scope: Scope): UrlPart {
  const value = getStatic(node, scope);
  if (!value) return null;
  return typeof value.value === 'string' || typeof value.value === 'number' ? String(value.value) : null;
}

function templateParts(node: TSESTree.TemplateLiteral, scope: Scope): UrlPart[] {
  const parts: UrlPart[] = [];
  node.quasis.forEach((quasi, index) => {
    parts.push(quasi.value.cooked);
    const expression = node.expressions[index];
    if (expression) parts.push(staticPart(expression, scope));
  });
  return parts;
}

/** The operands of `a + b + c`, left to right. */
function plusOperands(node: TSESTree.BinaryExpression): TSESTree.Node[] {
  const operands: TSESTree.Node[] = [];
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    operands.unshift(current.right);
    current = current.left;
  }
  operands.unshift(current);
  return operands;
}

function isGlobalUrl(callee: TSESTree.Node, scope: Scope): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'URL') return false;
  const variable = ASTUtils.findVariable(rootScope(scope), callee);
  // The global, or `import { URL } from 'node:url'`.
  return !variable || variable.defs.every((def) => def.type === TSESLint.Scope.DefinitionType.ImportBinding);
}

/**
 * The literals a URL expression can come from, each with the URL it makes: a string or template, a concatenation,
 * a `const`, a branch of `?:` / `||` / `??`, `new URL(…)`, or a property of a `const` object.
 */
function collectUrlSources(node: TSESTree.Node | null | undefined, scope: Scope, depth = 0, out: UrlSource[] = []): UrlSource[] {
  if (!node || depth > MAX_DEPTH) return out;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof target.value === 'string') out.push({ literal: target, parts: [target.value] });
      break;
    case AST_NODE_TYPES.TemplateLiteral: {
      const parts = templateParts(target, scope);
      // `${ISSUER}/oauth2/token`: the scheme is written where ISSUER is defined, so that literal is the one to report.
      const leading = target.quasis[0]?.value.cooked === '' ? collectUrlSources(target.expressions[0], scope, depth + 1) : [];
      if (leading.length > 0) {
        for (const source of leading) out.push({ literal: source.literal, parts: [...source.parts, ...parts.slice(2)] });
      } else {
        out.push({ literal: target, parts });
      }
      break;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (target.operator !== '+') break;
      const operands = plusOperands(target);
      // Skip leading `''`: the URL starts in the first operand that has text.
      let first = 0;
      while (first < operands.length - 1 && staticPart(operands[first] as TSESTree.Node, scope) === '') first += 1;
      const rest = operands.slice(first + 1).map((operand) => staticPart(operand, scope));
      for (const source of collectUrlSources(operands[first], scope, depth + 1)) {
        out.push({ literal: source.literal, parts: [...source.parts, ...rest] });
      }
      break;
    }
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(target, scope);
      if (init) collectUrlSources(init, scope, depth + 1, out);
      break;
    }
    case AST_NODE_TYPES.ConditionalExpression:
      collectUrlSources(target.consequent, scope, depth + 1, out);
      collectUrlSources(target.alternate, scope, depth + 1, out);
      break;
    case AST_NODE_TYPES.LogicalExpression:
      // `process.env.ISSUER ?? 'http://…'`: the fallback is what runs when the variable is missing.
      collectUrlSources(target.left, scope, depth + 1, out);
      collectUrlSources(target.right, scope, depth + 1, out);
      break;
    case AST_NODE_TYPES.NewExpression: {
      if (!isGlobalUrl(target.callee, scope)) break;
      const [input, base] = target.arguments;
      const inputText = input ? getStaticString(input, scope) : null;
      if (base && (inputText === null || analyzeUrl([inputText]) === null)) {
        // `new URL('/oauth2/token', issuer)`: the origin comes from the base.
        for (const source of collectUrlSources(base, scope, depth + 1)) {
          const resolved = resolveRelative(inputText, source.parts);
          out.push({ literal: source.literal, parts: resolved });
        }
      } else {
        collectUrlSources(input, scope, depth + 1, out);
      }
      break;
    }
    case AST_NODE_TYPES.MemberExpression: {
      if (target.object.type !== AST_NODE_TYPES.Identifier) break;
      const key = getPropertyKey(target, scope);
      const property = key === null ? undefined : readOptionsObject(target.object, scope)?.get(key);
      if (property) collectUrlSources(property.value, scope, depth + 1, out);
      break;
    }
    default:
      break;
  }
  return out;
}

/** The parts of `new URL(input, base)` when `input` is relative. */
function resolveRelative(input: string | null, baseParts: readonly UrlPart[]): UrlPart[] {
  if (input !== null && baseParts.every((part) => part !== null)) {
    try {
      return [new URL(input, baseParts.join('')).href];
    } catch {
      return [...baseParts, null];
    }
  }
  return [...baseParts, null];
}

/** Where the scheme sits in the literal's source, when it is written plainly at its start. */
function schemeRange(literal: UrlLiteral, scheme: string): [number, number] | null {
  const prefix = `${scheme}://`;
  if (literal.type === AST_NODE_TYPES.Literal) {
    if (literal.raw.slice(1, 1 + prefix.length).toLowerCase() !== prefix) return null;
    return [literal.range[0] + 1, literal.range[0] + 1 + scheme.length];
  }
  const quasi = literal.quasis[0];
  if (quasi?.value.raw.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  // A quasi's range starts at the backtick.
  return [quasi.range[0] + 1, quasi.range[0] + 1 + scheme.length];
}

/** The literal is the value of a namespace key (`xmlns`, `$schema`, `@context`): an identifier, never fetched. */
function isNamespaceValue(literal: UrlLiteral, scope: Scope): boolean {
  const parent = literal.parent;
  if (parent.type !== AST_NODE_TYPES.Property || parent.value !== literal) return false;
  const key = getPropertyKey(parent, scope);
  return key !== null && isNamespaceKey(key);
}

/** The `headers` object behind an expression: an object literal, a `const`, or `new Headers({...})`. */
function readHeaders(node: TSESTree.Node, scope: Scope): OptionsObject | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.NewExpression && calleeName(target.callee) === 'Headers') {
    return readOptionsObject(target.arguments[0], scope);
  }
  return readOptionsObject(target, scope);
}

/** `config.headers`, `headers`, or a header group below them (`config.headers.common`). */
function namesHeaders(node: TSESTree.Node): boolean {
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'headers';
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = staticMemberName(target);
  return name === 'headers' || (name !== null && AXIOS_HEADER_GROUPS.has(name) && namesHeaders(target.object));
}

function credentialHeaderIn(node: TSESTree.Node, scope: Scope): string | null {
  const headers = readHeaders(node, scope);
  const found = headers?.properties.find((property) => isCredentialHeader(property.key));
  return found ? `the \`${found.key}\` header` : null;
}

/** The credential field to name in a message: a secret in preference to `grant_type`, which only marks a token request. */
function pickField(names: readonly string[]): string | null {
  const fields = names.filter(isCredentialField);
  return fields.find((name) => name.toLowerCase() !== 'grant_type') ?? fields[0] ?? null;
}

function bodyField(names: readonly string[]): string | null {
  const field = pickField(names);
  return field === null ? null : `\`${field}\` in the body`;
}

function credentialFieldIn(object: OptionsObject | null): string | null {
  return object ? bodyField(object.properties.map((property) => property.key)) : null;
}

/** Field names written into a `URLSearchParams`/`FormData` held in a `const`: `params.append('client_secret', …)`. */
function appendedFields(identifier: TSESTree.Identifier, scope: Scope): string[] {
  const variable = ASTUtils.findVariable(rootScope(scope), identifier);
  const names: string[] = [];
  for (const reference of variable?.references ?? []) {
    const member = reference.identifier.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const call = member.parent;
    const method = calleeName(member);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || method === null || !SEARCH_PARAM_WRITERS.has(method)) continue;
    const name = getStaticString(call.arguments[0], scope);
    if (name !== null) names.push(name);
  }
  return names;
}

/** The credential a request body carries, described for the message, or `null`. */
function bodyCredential(node: TSESTree.Node | null | undefined, scope: Scope, depth = 0): string | null {
  if (!node || depth > MAX_DEPTH) return null;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return credentialFieldIn(readOptionsObject(target, scope));
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral: {
      const text =
        target.type === AST_NODE_TYPES.Literal
          ? typeof target.value === 'string'
            ? target.value
            : ''
          : target.quasis.map((quasi) => quasi.value.cooked ?? '').join('&');
      return bodyField(formFieldNames(text));
    }
    case AST_NODE_TYPES.CallExpression: {
      // JSON.stringify(body), qs.stringify(body), querystring.encode(body).
      const name = calleeName(target.callee);
      return name !== null && BODY_SERIALIZERS.has(name) ? bodyCredential(target.arguments[0], scope, depth + 1) : null;
    }
    case AST_NODE_TYPES.NewExpression: {
      const name = calleeName(target.callee);
      return name === 'URLSearchParams' ? bodyCredential(target.arguments[0], scope, depth + 1) : null;
    }
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(target, scope);
      if (!init) return null;
      const fromInit = bodyCredential(init, scope, depth + 1);
      if (fromInit !== null) return fromInit;
      const initTarget = unwrap(init);
      if (initTarget.type !== AST_NODE_TYPES.NewExpression) return null;
      return bodyField(appendedFields(target, scope));
    }
    default:
      return null;
  }
}

function queryCredential(node: TSESTree.Node, scope: Scope): string | null {
  const found = readOptionsObject(node, scope)?.properties.find((property) => isCredentialParameter(property.key));
  return found ? `\`${found.key}\` in the query string` : null;
}

/** The credential a URL itself carries: a password, a token parameter, or a token endpoint. */
function urlCredential(url: UrlInfo): string | null {
  if (url.hasPassword) return 'a password in the URL';
  const parameter = url.queryKeys.find(isCredentialParameter);
  if (parameter !== undefined) return `\`${parameter}\` in the query string`;
  if (isTokenEndpoint(url)) return 'an OAuth token exchange';
  return null;
}

/** A path written relative to a base URL: it starts with static text and has no scheme. */
function isRelativePath(parts: readonly UrlPart[]): boolean {
  const first = parts[0];
  return typeof first === 'string' && first.length > 0 && !first.includes(':') && analyzeUrl(parts) === null;
}

/** The key of a property that is not computed, as `getPropertyKey` reads it: no scope is needed. */
function writtenKey(property: TSESTree.Property & { computed: false }): string {
  return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String(property.key.value);
}

function hasAnyKey(object: OptionsObject | null, keys: readonly string[]): boolean {
  return object?.properties.some((property) => keys.includes(property.key)) ?? false;
}

/** A request's pieces, gathered from its arguments and, for instance calls, from the instance's configuration. */
interface RequestParts {
  readonly style: ClientStyle;
  readonly url: TSESTree.Node | null;
  readonly body: TSESTree.Node | null;
  readonly options: readonly OptionsObject[];
}

function argumentAt(node: RequestNode, index: number): TSESTree.Node | null {
  if (index < 0) return null;
  const argument = node.arguments[index];
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : null;
}

function requestParts(node: RequestNode, style: ClientStyle, shape: MethodShape, scope: Scope, defaultCall: boolean): RequestParts {
  let urlArgument = shape.urlArgument;
  let optionsArgument = shape.optionsArgument;
  // superagent('GET', url) or superagent(url).
  if (defaultCall && style === CLIENT_STYLES.superagent && node.arguments.length < 2) urlArgument = 0;
  // new WebSocket(url, options): the protocols argument may be left out.
  if (style === CLIENT_STYLES.ws && readOptionsObject(argumentAt(node, 1), scope)) optionsArgument = 1;
  const options: OptionsObject[] = [];
  let url = argumentAt(node, urlArgument);
  // axios(config), got(options), request(options), http.request(options): the options take the URL's place.
  const urlAsOptions = readOptionsObject(url, scope);
  if (urlAsOptions) {
    options.push(urlAsOptions);
    url = null;
  }
  const explicit = readOptionsObject(argumentAt(node, optionsArgument), scope);
  if (explicit) options.push(explicit);
  return { style, url, body: argumentAt(node, shape.bodyArgument), options };
}

export default createRule<Options, MessageIds>({
  name: 'no-cleartext-identity-traffic',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow identity endpoints and credential-bearing requests over cleartext `http://` or `ws://`',
      recommended: 'recommended',
      principle: 'assume-breach',
      cwe: ['CWE-319', 'CWE-523'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignoreDevelopmentGuards: developmentGuardOption('URLs and switches'),
          allowedHosts: {
            type: 'array',
            description:
              'Hosts whose plain-HTTP traffic is protected another way, such as a service mesh with mutual TLS: exact names (`auth-proxy`) or subdomain wildcards (`*.svc.cluster.local`).',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
        },
      },
    ],
    messages: {
      cleartextIdentityEndpoint:
        '`{{setting}}` points at `{{origin}}` over cleartext {{scheme}}, so anyone on the network path can read the codes and tokens or swap the metadata and signing keys; use {{secure}}.',
      cleartextKeyFetch:
        'This request fetches identity metadata or signing keys from `{{origin}}` over cleartext {{scheme}}, so anyone on the network path can substitute keys that make forged tokens verify; use {{secure}}.',
      cleartextCredentialRequest:
        'This request carries {{credential}} to `{{origin}}` over cleartext {{scheme}}, where anyone on the network path can read and replay it; use {{secure}}.',
      insecureTransportAllowed:
        '`{{setting}}` lets the client reach the identity provider over plain HTTP, so anyone on the network path can swap its metadata, keys or tokens; remove it and serve the provider over HTTPS.',
      insecureGrpcChannel:
        'This gRPC channel to `{{target}}` uses `credentials.createInsecure()` while the file sends {{credential}} in call metadata, so anyone on the network path can read and replay it; use `credentials.createSsl()` instead.',
      useSecureScheme: 'Switch this URL from `{{scheme}}://` to `{{secure}}://`.',
      removeSetting: 'Remove `{{setting}}`.',
    },
    defaultOptions: [{ ignoreDevelopmentGuards: true, allowedHosts: [] }],
  },
  create(context, [{ ignoreDevelopmentGuards = true, allowedHosts = [] }]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    // File gate: every finding needs a URL that may go in cleartext to another machine, a switch that allows one, or
    // Node's `http` module with a `host` option.
    if (
      !SWITCH_WORDS.some((word) => textHolds(sourceCode, word)) &&
      !mayHoldCleartextUrl(text) &&
      !(textHolds(sourceCode, 'host') && mentionsApiModule(context, NODE_HTTP_API_SET))
    ) {
      return {};
    }
    const reported = new Set<TSESTree.Node>();

    function guarded(...nodes: TSESTree.Node[]): boolean {
      return ignoreDevelopmentGuards && nodes.some((node) => isUnderDevelopmentGuard(node));
    }

    /** The sources of a URL expression that are known to go in cleartext to another machine. */
    function cleartextSources(node: TSESTree.Node | null | undefined, scope: Scope): { source: UrlSource; url: UrlInfo }[] {
      const found: { source: UrlSource; url: UrlInfo }[] = [];
      for (const source of collectUrlSources(node, scope)) {
        const url = analyzeUrl(source.parts);
        if (url && isCleartextRemote(url, allowedHosts) && !isNamespaceValue(source.literal, scope)) found.push({ source, url });
      }
      return found;
    }

    /** True when every URL the expression can be is statically loopback or link-local. */
    function isLocalOnly(node: TSESTree.Node | null | undefined, scope: Scope): boolean {
      const sources = collectUrlSources(node, scope);
      return (
        sources.length > 0 &&
        sources.every((source) => {
          const url = analyzeUrl(source.parts);
          return url !== null && (url.hostClass === 'loopback' || url.hostClass === 'metadata');
        })
      );
    }

    function reportUrl(
      source: UrlSource,
      url: UrlInfo,
      usage: TSESTree.Node,
      messageId: 'cleartextIdentityEndpoint' | 'cleartextKeyFetch' | 'cleartextCredentialRequest',
      data: Record<string, string>,
      suggest = true,
    ): void {
      const literal = source.literal;
      if (reported.has(literal) || guarded(literal, usage)) return;
      reported.add(literal);
      const secure = secureSchemeOf(url.scheme) ?? 'https';
      const range = suggest ? schemeRange(literal, url.scheme) : null;
      context.report({
        node: literal,
        messageId,
        data: { ...data, origin: url.origin, scheme: url.scheme, secure },
        suggest: range
          ? [{ messageId: 'useSecureScheme', data: { scheme: url.scheme, secure }, fix: (fixer) => fixer.replaceTextRange(range, secure) }]
          : [],
      });
    }

    function reportSwitch(node: TSESTree.Node, setting: string, removal: TSESTree.Node | null): void {
      if (reported.has(node) || guarded(node)) return;
      reported.add(node);
      context.report({
        node,
        messageId: 'insecureTransportAllowed',
        data: { setting },
        suggest: removal
          ? [
              {
                messageId: 'removeSetting',
                data: { setting },
                fix: (fixer) =>
                  removal.type === AST_NODE_TYPES.ExpressionStatement
                    ? removeStatement(fixer, sourceCode, removal)
                    : removeListItem(fixer, sourceCode, removal),
              },
            ]
          : [],
      });
    }

    // ----- identity settings in object literals and assignments

    /** The URL expressions an identity setting's value holds: itself, each array entry, or `{ url }`. */
    function settingValues(value: TSESTree.Node, setting: IdentitySetting, scope: Scope): TSESTree.Node[] {
      const target = unwrap(value);
      if (target.type === AST_NODE_TYPES.ArrayExpression) {
        return target.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
      }
      if (setting.urlObject) {
        const object = readOptionsObject(target, scope);
        if (object) {
          const url = object.get('url');
          return url ? [url.value] : [];
        }
      }
      return [value];
    }

    function isSignOptions(object: TSESTree.ObjectExpression): boolean {
      const parent = object.parent;
      return parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(object) && calleeName(parent.callee) === 'sign';
    }

    function checkSetting(key: string, setting: IdentitySetting, value: TSESTree.Node, usage: TSESTree.Node, object: TSESTree.ObjectExpression | null): void {
      const scope = sourceCode.getScope(usage);
      const siblings = object && (setting.context ?? setting.issuer) ? readOptionsObject(object, scope) : null;
      if (setting.context && !hasAnyKey(siblings, setting.context)) return;
      // A SAML entity ID or the `iss` a self-issued token is signed with names the issuer; nothing connects to it.
      if (setting.issuer && (hasAnyKey(siblings, SAML_MARKER_KEYS) || (object !== null && isSignOptions(object)))) return;
      for (const expression of settingValues(value, setting, scope)) {
        for (const { source, url } of cleartextSources(expression, scope)) {
          if (setting.issuer && isIdentifierOnlyIssuer(url.path)) continue;
          reportUrl(source, url, usage, 'cleartextIdentityEndpoint', { setting: key });
        }
      }
    }

    function checkSwitch(property: TSESTree.Property, key: string, insecure: InsecureSwitch): void {
      const scope = sourceCode.getScope(property);
      const value = getStatic(property.value, scope);
      if (value?.value !== insecure.value) return;
      const siblings = readOptionsObject(property.parent, scope);
      if (insecure.context && !hasAnyKey(siblings, insecure.context)) return;
      // http://localhost during development is what the switch is for.
      const url = siblings?.get(insecure.urlKey);
      if (url && isLocalOnly(url.value, scope)) return;
      reportSwitch(property, `${key}: ${sourceCode.getText(property.value)}`, property);
    }

    // ----- library calls

    function checkIdentityApis(): void {
      for (const reference of getApiCalls(context, IDENTITY_API_SET)) {
        const api = reference.api as IdentityApi;
        const call = reference.node;
        const scope = sourceCode.getScope(call);
        for (const { source, url } of cleartextSources(argumentAt(call, api.urlArgument), scope)) {
          if (api.traffic === 'bearer') {
            reportUrl(source, url, call, 'cleartextCredentialRequest', { credential: 'an access token' });
          } else {
            reportUrl(source, url, call, 'cleartextIdentityEndpoint', { setting: api.label });
          }
        }
      }
    }

    /** The URL of the openid-client call an `execute: [allowInsecureRequests]` or `allowInsecureRequests(config)` belongs to. */
    function serverUrlOf(node: TSESTree.Node, scope: Scope): TSESTree.Node | null {
      let call: TSESTree.Node | null = unwrap(node);
      if (call.type === AST_NODE_TYPES.Identifier) {
        const init = constInitializer(call, scope);
        call = init ? unwrap(init) : null;
      }
      if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
      const name = calleeName(call.callee);
      const position = name === null ? undefined : SERVER_URL_ARGUMENT.get(name);
      return position === undefined ? null : argumentAt(call, position);
    }

    /** Where a binding is read: `import { allowInsecureRequests }` and `const { allowInsecureRequests } = …` give the binding. */
    function usesOf(node: TSESTree.Node): TSESTree.Node[] {
      let local: TSESTree.Node | null = null;
      if (node.type === AST_NODE_TYPES.ImportSpecifier) local = node.local;
      else if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) local = node.value;
      if (local === null) return [node];
      if (local.type !== AST_NODE_TYPES.Identifier) return [];
      const variable = ASTUtils.findVariable(sourceCode.getScope(local), local);
      return (variable?.references ?? []).filter((reference) => reference.isRead()).map((reference) => reference.identifier as TSESTree.Node);
    }

    function checkAllowInsecure(): void {
      for (const node of getApiReferences(context, ALLOW_INSECURE_SET).flatMap((reference) => usesOf(reference.node))) {
        const parent = node.parent;
        if (!parent) continue;
        const scope = sourceCode.getScope(node);
        const setting = sourceCode.getText(node);
        if (parent.type === AST_NODE_TYPES.ArrayExpression) {
          // discovery(server, id, secret, auth, { execute: [allowInsecureRequests] })
          const property = parent.parent;
          const call = property.type === AST_NODE_TYPES.Property ? property.parent.parent : null;
          const server = call?.type === AST_NODE_TYPES.CallExpression ? serverUrlOf(call, scope) : null;
          if (server && isLocalOnly(server, scope)) continue;
          reportSwitch(node, setting, node);
        } else if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === node) {
          // allowInsecureRequests(config)
          const server = parent.arguments[0] ? serverUrlOf(parent.arguments[0], scope) : null;
          if (server && isLocalOnly(server, scope)) continue;
          reportSwitch(node, setting, removableStatementOf(parent));
        } else if (parent.type === AST_NODE_TYPES.Property && parent.computed && parent.key === node) {
          // oauth4webapi: { [allowInsecureRequests]: true }
          if (getStatic(parent.value, scope)?.value === true) reportSwitch(parent, `[${setting}]: true`, parent);
        } else if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(node as TSESTree.Expression)) {
          // options.execute.push(allowInsecureRequests)
          if (calleeName(parent.callee) === 'push') reportSwitch(node, setting, null);
        }
      }
    }

    // ----- gRPC channels without TLS

    /**
     * The credential header the file writes into a gRPC `Metadata` it builds (`const md = new grpc.Metadata();
     * md.add('authorization', `Bearer ${token}`)`), or `null`.
     */
    function metadataCredential(): string | null {
      for (const reference of getApiReferences(context, GRPC_METADATA_APIS)) {
        const declarator = reference.node.parent;
        if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
        const variable = ASTUtils.findVariable(sourceCode.getScope(declarator), declarator.id);
        for (const use of variable?.references ?? []) {
          const member = use.identifier.parent;
          if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== use.identifier) continue;
          const call = member.parent;
          if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
          const method = staticMemberName(member);
          const key = call.arguments[0] ? getStaticString(call.arguments[0], sourceCode.getScope(call)) : null;
          if (method !== null && GRPC_METADATA_WRITERS.has(method) && key !== null && isCredentialHeader(key)) return key;
        }
      }
      return null;
    }

    /** The target a channel credential is given with: `new Client(target, credentials)`, directly or through a `const`. */
    function grpcTargetsOf(credentials: TSESTree.Node): TSESTree.Node[] {
      const uses: TSESTree.Node[] = [credentials];
      const declarator = credentials.parent;
      if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(declarator), declarator.id);
        for (const use of variable?.references ?? []) if (!use.init) uses.push(use.identifier);
      }
      const targets: TSESTree.Node[] = [];
      for (const use of uses) {
        const call = use.parent;
        if ((call?.type === AST_NODE_TYPES.NewExpression || call?.type === AST_NODE_TYPES.CallExpression) && call.arguments[1] === use && call.arguments[0]) {
          targets.push(call.arguments[0]);
        }
      }
      return targets;
    }

    function checkGrpcChannels(): void {
      const insecure = getApiCalls(context, GRPC_INSECURE_APIS);
      if (insecure.length === 0) return;
      const credential = metadataCredential();
      if (credential === null) return;
      for (const { node } of insecure) {
        if (reported.has(node) || guarded(node)) continue;
        const target = grpcTargetsOf(node)
          .map((argument) => getStaticString(argument, sourceCode.getScope(argument)))
          .find((text): text is string => text !== null && remoteGrpcHost(text, allowedHosts) !== null);
        if (target === undefined) continue;
        reported.add(node);
        context.report({ node, messageId: 'insecureGrpcChannel', data: { target, credential: `the \`${credential}\` header` } });
      }
    }

    // ----- requests that carry credentials

    function evidenceOf(parts: RequestParts, scope: Scope): string | null {
      const { style } = parts;
      for (const options of parts.options) {
        for (const property of options.properties) {
          if (style.headerKeys.includes(property.key)) {
            const header = credentialHeaderIn(property.value, scope);
            if (header !== null) return header;
          } else if (style.credentialKeys.includes(property.key)) {
            return `credentials (\`${property.key}\`)`;
          } else if (style.bodyKeys.includes(property.key)) {
            const body = bodyCredential(property.value, scope);
            if (body !== null) return body;
          } else if (style.queryKeys.includes(property.key)) {
            const query = queryCredential(property.value, scope);
            if (query !== null) return query;
          } else if (style === CLIENT_STYLES.fetch && property.key === 'credentials' && property.staticValue?.value === 'include') {
            return 'cookies';
          }
        }
      }
      return bodyCredential(parts.body, scope);
    }

    /** The URL expressions of a request: the argument, or the URL option, resolved against any base URL option. */
    function checkRequest(parts: RequestParts, usage: TSESTree.Node, scope: Scope, extraEvidence: string | null = null): void {
      const { style } = parts;
      let url = parts.url;
      let base: TSESTree.Node | null = null;
      for (const options of parts.options) {
        for (const property of options.properties) {
          if (url === null && style.urlKeys.includes(property.key)) url = property.value;
          if (style.baseKeys.includes(property.key)) base = property.value;
        }
      }
      const candidates: { source: UrlSource; url: UrlInfo }[] = [];
      if (style.nodeHttp) {
        collectNodeHttp(parts, url, scope, candidates);
      } else {
        const sources = url === null ? [] : collectUrlSources(url, scope);
        if (base === null || sources.some((source) => analyzeUrl(source.parts) !== null)) {
          candidates.push(...cleartextSources(url, scope));
        } else {
          // axios `baseURL` / got `prefixUrl` plus a relative path. A URL whose start is unknown may be absolute.
          if (url !== null && !sources.some((source) => isRelativePath(source.parts))) return;
          const paths = url === null ? [['']] : sources.filter((source) => isRelativePath(source.parts)).map((source) => source.parts);
          for (const baseSource of collectUrlSources(base, scope)) {
            for (const path of paths) {
              const combined = analyzeUrl([...baseSource.parts, '/', ...path]);
              if (combined && isCleartextRemote(combined, allowedHosts)) candidates.push({ source: baseSource, url: combined });
            }
          }
        }
      }
      // Most requests go to no cleartext remote URL: the credentials they carry are read only for one that does.
      if (candidates.length === 0) return;
      const evidence = extraEvidence ?? evidenceOf(parts, scope);
      for (const { source, url: info } of candidates) {
        const credential = evidence ?? urlCredential(info);
        if (credential !== null) {
          reportUrl(source, info, usage, 'cleartextCredentialRequest', { credential }, !style.nodeHttp);
        } else if (isMetadataOrKeySetEndpoint(info)) {
          reportUrl(source, info, usage, 'cleartextKeyFetch', {}, !style.nodeHttp);
        }
      }
    }

    /** Node's http module: a URL string, or `{ host | hostname, path }` options; the module itself is cleartext. */
    function collectNodeHttp(parts: RequestParts, url: TSESTree.Node | null, scope: Scope, out: { source: UrlSource; url: UrlInfo }[]): void {
      if (url) {
        out.push(...cleartextSources(url, scope).filter(({ url: info }) => info.scheme === 'http'));
        return;
      }
      for (const options of parts.options) {
        const host = options.get('hostname') ?? options.get('host');
        if (!host) continue;
        const path = options.get('path');
        const pathPart = path ? staticPart(path.value, scope) : '/';
        for (const source of collectUrlSources(host.value, scope)) {
          const info = analyzeUrl(['http://', ...source.parts, pathPart]);
          if (info && isCleartextRemote(info, allowedHosts)) out.push({ source, url: info });
        }
      }
    }

    /** superagent: the headers, credentials and body set along the chain after the call. */
    function superagentEvidence(call: RequestNode, scope: Scope): string | null {
      let current: TSESTree.Node = call;
      for (let hops = 0; hops < MAX_CHAIN; hops += 1) {
        const member: TSESTree.Node = current.parent;
        if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return null;
        const next: TSESTree.Node = member.parent;
        if (next.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) return null;
        const method = calleeName(member);
        const first = next.arguments[0];
        if (method === 'auth') return 'credentials (`.auth()`)';
        if (method === 'set' && first) {
          const name = getStaticString(first, scope);
          if (name !== null && isCredentialHeader(name)) return `the \`${name}\` header`;
          const header = name === null ? credentialHeaderIn(first, scope) : null;
          if (header !== null) return header;
        }
        if (method === 'send') {
          const body = bodyCredential(first, scope);
          if (body !== null) return body;
        }
        if (method === 'query' && first) {
          const query = queryCredential(first, scope);
          if (query !== null) return query;
        }
        current = next;
      }
      return null;
    }

    /** The create/extend call an instance method is called on: `const api = axios.create({...}); api.post(...)`. */
    function instanceConfig(call: TSESTree.CallExpression, creators: ReadonlyMap<TSESTree.Node, OptionsObject | null>, scope: Scope): OptionsObject | null {
      const callee = call.callee;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return null;
      const init = constInitializer(callee.object, scope);
      return init ? (creators.get(unwrap(init)) ?? null) : null;
    }

    function checkRequestApis(): void {
      const references = getApiReferences(context, REQUEST_API_SET);
      const creators = new Map<TSESTree.Node, OptionsObject | null>();
      for (const reference of references) {
        const api = reference.api as RequestApi;
        if (api.instance && reference.kind === 'call') {
          creators.set(reference.node, readOptionsObject(argumentAt(reference.node as RequestNode, 0), sourceCode.getScope(reference.node)));
        }
      }
      for (const reference of references) {
        const api = reference.api as RequestApi;
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
        const scope = sourceCode.getScope(node);
        const style = CLIENT_STYLES[api.style];
        if (reference.kind === 'instance-call' && api.instance && reference.method !== undefined && node.type === AST_NODE_TYPES.CallExpression) {
          const shape = instanceMethodShape(api.instance, reference.method);
          if (!shape) continue;
          const parts = requestParts(node, style, shape, scope, false);
          const config = instanceConfig(node, creators, scope);
          checkRequest({ ...parts, options: config ? [config, ...parts.options] : parts.options }, node, scope);
          continue;
        }
        const parts = requestParts(node, style, api, scope, api.path.length === 0);
        const extra = style === CLIENT_STYLES.superagent ? superagentEvidence(node, scope) : null;
        checkRequest(parts, node, scope, extra);
      }
      checkClientConfigs(references, creators);
    }

    // ----- clients configured once for every request: a cleartext base URL with credentials attached to all calls

    /** What a client's configuration gives every request it sends. */
    interface ClientConfig {
      readonly bases: { node: TSESTree.Node; scope: Scope }[];
      evidence: string | null;
    }

    /**
     * Instances from `axios.create` / `got.extend` / `ky.create` (their own options, then `api.defaults…` and
     * `api.interceptors.request.use(…)` on the `const` that holds an axios instance) and axios's default client
     * (`axios.defaults…`, `axios.interceptors.request.use(…)`). A client whose base URL is a cleartext remote origin
     * and which attaches credentials to every request is reported on the base URL, even when no request is made in
     * this file.
     */
    function checkClientConfigs(references: readonly ApiReference[], creators: ReadonlyMap<TSESTree.Node, OptionsObject | null>): void {
      for (const reference of references) {
        const api = reference.api as RequestApi;
        const creator = reference.node;
        if (!creators.has(creator)) continue;
        const options = creators.get(creator) ?? null;
        const scope = sourceCode.getScope(creator);
        const style = CLIENT_STYLES[api.style];
        const config: ClientConfig = { bases: [], evidence: null };
        if (options) {
          for (const property of options.properties) {
            if (style.baseKeys.includes(property.key)) config.bases.push({ node: property.value, scope });
          }
          config.evidence = evidenceOf({ style, url: null, body: null, options: [options] }, scope);
        }
        if (api.instance === 'axios') {
          for (const identifier of instanceReads(creator, scope)) readAxiosMember(identifier, config);
        }
        reportClientConfig(config, creator);
      }
      const shared: ClientConfig = { bases: [], evidence: null };
      let usage: TSESTree.Node | null = null;
      for (const reference of getApiReferences(context, AXIOS_SHARED_CONFIG_API_SET)) {
        usage ??= reference.node;
        if (reference.kind === 'read') readAxiosDefaults(reference.node, shared);
        else if (reference.node.type === AST_NODE_TYPES.CallExpression) readInterceptor(reference.node, shared);
      }
      if (usage) reportClientConfig(shared, usage);
    }

    function reportClientConfig(config: ClientConfig, usage: TSESTree.Node): void {
      const credential = config.evidence;
      if (credential === null) return;
      for (const { node, scope } of config.bases) {
        for (const source of collectUrlSources(node, scope)) {
          const info = analyzeUrl([...source.parts, '/']);
          if (info && isCleartextRemote(info, allowedHosts)) reportUrl(source, info, usage, 'cleartextCredentialRequest', { credential });
        }
      }
    }

    /** The reads of the `const`/`let` an axios instance is stored in: `const api = axios.create(…)`. */
    function instanceReads(creator: TSESTree.Node, scope: Scope): TSESTree.Identifier[] {
      const parent = creator.parent;
      let name: TSESTree.Node | null = null;
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === creator) name = parent.id;
      else if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === creator) name = parent.left;
      if (name?.type !== AST_NODE_TYPES.Identifier) return [];
      const variable = ASTUtils.findVariable(scope, name);
      const reads: TSESTree.Identifier[] = [];
      for (const reference of variable?.references ?? []) {
        if (reference.isRead()) reads.push(reference.identifier as TSESTree.Identifier);
      }
      return reads;
    }

    /** `api.defaults…` or `api.interceptors.request.use(…)` on an axios instance. */
    function readAxiosMember(target: TSESTree.Node, config: ClientConfig): void {
      const member = target.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== target) return;
      const name = staticMemberName(member);
      if (name === 'defaults') {
        readAxiosDefaults(member, config);
        return;
      }
      if (name !== 'interceptors') return;
      const request = member.parent;
      if (request.type !== AST_NODE_TYPES.MemberExpression || request.object !== member || staticMemberName(request) !== 'request') return;
      const use = request.parent;
      if (use.type !== AST_NODE_TYPES.MemberExpression || use.object !== request || staticMemberName(use) !== 'use') return;
      if (use.parent.type === AST_NODE_TYPES.CallExpression && use.parent.callee === use) readInterceptor(use.parent, config);
    }

    /**
     * An assignment below `defaults`: `defaults.baseURL = …`, `defaults.auth = …`, `defaults.headers.common.Authorization
     * = …`, `defaults.headers.common['X-API-Key'] = …`, `defaults.headers.post = { Authorization: … }`.
     */
    function readAxiosDefaults(defaults: TSESTree.Node, config: ClientConfig): void {
      const names: string[] = [];
      let node: TSESTree.Node = defaults;
      while (node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node && names.length < MAX_DEFAULTS_PATH) {
        const name = staticMemberName(node.parent);
        if (name === null) return;
        names.push(name);
        node = node.parent;
      }
      const assignment = node.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== node || assignment.operator !== '=') return;
      const scope = sourceCode.getScope(assignment);
      const [first, second, third] = names;
      if (first === 'baseURL' && second === undefined) {
        config.bases.push({ node: assignment.right, scope });
      } else if (first === 'auth' && second === undefined) {
        config.evidence ??= 'credentials (`auth`)';
      } else if (first === 'headers') {
        const groupHeader = second !== undefined && AXIOS_HEADER_GROUPS.has(second) ? third : second;
        if (groupHeader !== undefined && isCredentialHeader(groupHeader)) config.evidence ??= `the \`${groupHeader}\` header`;
        else if (third === undefined && (second === undefined || AXIOS_HEADER_GROUPS.has(second))) config.evidence ??= credentialHeaderIn(assignment.right, scope);
      }
    }

    /** `interceptors.request.use(fn)` whose `fn` writes a credential header into the request's `headers`. */
    function readInterceptor(call: TSESTree.CallExpression, config: ClientConfig): void {
      const [first] = call.arguments;
      if (!first || config.evidence !== null) return;
      const scope = sourceCode.getScope(call);
      const fn = resolveFunction(first, scope);
      if (fn) config.evidence = writtenCredentialHeader(fn);
    }

    /**
     * The credential header a request interceptor writes: `config.headers.Authorization = …`,
     * `config.headers['X-API-Key'] = …`, `config.headers.set('Authorization', …)`, `config.headers.setAuthorization(…)`,
     * or `headers: { Authorization: … }` / `config.headers = { …, Authorization: … }`.
     */
    function writtenCredentialHeader(fn: TSESTree.Node): string | null {
      let found: string | null = null;
      walk(fn, sourceCode.visitorKeys, (node) => {
        if (found !== null) return false;
        if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=' && node.left.type === AST_NODE_TYPES.MemberExpression) {
          const name = staticMemberName(node.left);
          if (name !== null && isCredentialHeader(name) && namesHeaders(node.left.object)) found = `the \`${name}\` header`;
          else if (name === 'headers') found = credentialHeaderIn(node.right, sourceCode.getScope(node));
        } else if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && namesHeaders(node.callee.object)) {
          const method = staticMemberName(node.callee);
          const [header] = node.arguments;
          if (method === 'setAuthorization') found = 'the `Authorization` header';
          else if (method === 'set' && header) {
            const name = getStaticString(header, sourceCode.getScope(node));
            if (name !== null && isCredentialHeader(name)) found = `the \`${name}\` header`;
          }
        } else if (node.type === AST_NODE_TYPES.Property && getPropertyKey(node) === 'headers') {
          found = credentialHeaderIn(node.value, sourceCode.getScope(node));
        }
        return found === null;
      });
      return found;
    }

    /** `fetch(…)`, `window.fetch(…)` and `new WebSocket(…)` where the name is the global one. */
    function checkGlobalRequests(): void {
      const globalScope = sourceCode.scopeManager?.globalScope;
      if (!globalScope) return;
      // Only the names below can start a request; the file's other unresolved names are skipped before any work.
      const identifiers: TSESTree.Identifier[] = [];
      for (const reference of globalScope.through) {
        const name = reference.identifier.name;
        if (GLOBAL_OBJECT_NAMES.has(name) || GLOBAL_REQUESTS.has(name)) identifiers.push(reference.identifier as TSESTree.Identifier);
      }
      for (const name of [...GLOBAL_REQUESTS.keys(), ...GLOBAL_OBJECT_NAMES]) {
        const variable = globalScope.set.get(name);
        if (variable?.defs.length === 0) identifiers.push(...variable.references.map((reference) => reference.identifier as TSESTree.Identifier));
      }
      for (const identifier of identifiers) {
        let callee: TSESTree.Node = identifier;
        let name = identifier.name;
        if (GLOBAL_OBJECT_NAMES.has(name)) {
          const member = identifier.parent;
          const property = member.type === AST_NODE_TYPES.MemberExpression && member.object === identifier ? calleeName(member) : null;
          if (property === null) continue;
          callee = member;
          name = property;
        }
        const shape = GLOBAL_REQUESTS.get(name);
        const call = callee.parent;
        if (
          !shape ||
          (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) ||
          call.callee !== callee
        ) {
          continue;
        }
        const scope = sourceCode.getScope(call);
        checkRequest(requestParts(call, CLIENT_STYLES[shape.style], shape, scope, false), call, scope);
      }
    }

    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        // Cheapest test first: only a computed key needs a scope.
        const key = node.computed ? getPropertyKey(node, sourceCode.getScope(node)) : writtenKey(node);
        if (key === null) return;
        const setting = IDENTITY_SETTINGS.get(key);
        if (setting) {
          checkSetting(key, setting, node.value, node, node.parent);
          return;
        }
        const insecure = INSECURE_SWITCHES.get(key);
        if (insecure) checkSwitch(node, key, insecure);
      },

      PropertyDefinition(node) {
        // class OidcConfig { readonly issuer = 'http://…' }
        if (node.computed || node.key.type !== AST_NODE_TYPES.Identifier || !node.value) return;
        const setting = IDENTITY_SETTINGS.get(node.key.name);
        if (!setting || setting.context) return;
        checkSetting(node.key.name, setting, node.value, node, null);
      },

      AssignmentExpression(node) {
        // msalConfig.auth.authority = 'http://…'
        if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const property = node.left.property;
        const key =
          !node.left.computed && property.type === AST_NODE_TYPES.Identifier ? property.name : getPropertyKey(node.left, sourceCode.getScope(node));
        const setting = key === null ? undefined : IDENTITY_SETTINGS.get(key);
        if (key === null || !setting || setting.context) return;
        checkSetting(key, setting, node.right, node, null);
      },

      'Program:exit'() {
        checkIdentityApis();
        checkAllowInsecure();
        checkGrpcChannels();
        checkRequestApis();
        checkGlobalRequests();
      },
    };
  },
});
