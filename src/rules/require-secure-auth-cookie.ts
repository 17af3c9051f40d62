import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  AUTH_JS_COOKIE_KEYS,
  EXPRESS_SESSION_DEFAULTS,
  HAPI_KEYS,
  NO_DEFAULTS,
  SAFE_DEFAULTS,
  SESSION_COOKIE_NAMES,
  STANDARD_KEYS,
  UNKNOWN_PART,
  isAuthCookieName,
  isDeletionCookie,
  isFlagValue,
  isNonSecretName,
  isSameSiteNone,
  isTokenProducerName,
  isTokenValueName,
  parseSetCookie,
  type CookieDefaults,
  type CookieOptionKeys,
} from '../models/auth-cookie';
import { AST_NODE_TYPES, calledMethodName, messageLabel, unwrapExpression } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { developmentGuardOption, isUnderDevelopmentGuard } from '../utils/dev-guard';
import { removeListItem } from '../utils/fix';
import { getApiReferences, mentionsApiModule, type ApiSet, type ApiSpec } from '../utils/module-tracker';
import { insertProperty } from '../utils/object-edit';
import { getPropertyKey, readOptionsObject, type OptionProperty, type OptionsObject } from '../utils/options-object';
import { constInitializer, getStatic, getStaticString, rootScope } from '../utils/static-value';
import { textHolds, textMayHoldEscape, textMayHoldInAnyCase } from '../utils/text-gate';

export type Options = [
  {
    /** Leave cookies alone inside code that only runs in development or test (`if (isDev) { ... }`). */
    ignoreDevelopmentGuards?: boolean;
    /** Further cookie names (matched whole, case-insensitively) that carry a session or token. */
    authCookieNames?: string[];
  },
];
export type MessageIds =
  | 'missingSecure'
  | 'disabledSecure'
  | 'missingHttpOnly'
  | 'disabledHttpOnly'
  | 'sameSiteNoneWithoutSecure'
  | 'sessionCookieNotSecure'
  | 'secureCookiesDisabled'
  | 'addOption'
  | 'setOptionTrue'
  | 'addAttribute'
  | 'removeSetting';

type Scope = TSESLint.Scope.Scope;

/** How a cookie-setting function takes its arguments, and what it does when an attribute is left out. */
interface CookieSetter {
  readonly nameIndex: number;
  readonly valueIndex: number | null;
  readonly optionsIndex: number;
  readonly defaults: CookieDefaults;
  readonly keys: CookieOptionKeys;
  /** hono: `prefix: 'secure' | 'host'` forces the Secure attribute. */
  readonly prefixOption?: boolean;
  /** The first argument may be one object holding name, value and options (`cookies().set({ name, value })`). */
  readonly objectForm?: boolean;
  /** @fastify/cookie: the plugin's `parseOptions` are defaults for every call, so a missing key may be set there. */
  readonly pluginDefaults?: boolean;
}

const EXPRESS: CookieSetter = { nameIndex: 0, valueIndex: 1, optionsIndex: 2, defaults: NO_DEFAULTS, keys: STANDARD_KEYS };
const FASTIFY: CookieSetter = { ...EXPRESS, pluginDefaults: true };
const KOA: CookieSetter = { ...EXPRESS, defaults: SAFE_DEFAULTS };
const NEXT: CookieSetter = { ...EXPRESS, objectForm: true };
const SERIALIZE: CookieSetter = { ...EXPRESS, objectForm: true };
const HONO: CookieSetter = { nameIndex: 1, valueIndex: 2, optionsIndex: 3, defaults: NO_DEFAULTS, keys: STANDARD_KEYS, prefixOption: true };
const HONO_SIGNED: CookieSetter = { ...HONO, optionsIndex: 4 };
const H3: CookieSetter = { nameIndex: 1, valueIndex: 2, optionsIndex: 3, defaults: NO_DEFAULTS, keys: STANDARD_KEYS };
const HAPI_STATE: CookieSetter = { nameIndex: 0, valueIndex: 1, optionsIndex: 2, defaults: SAFE_DEFAULTS, keys: HAPI_KEYS };
const HAPI_SERVER_STATE: CookieSetter = { nameIndex: 0, valueIndex: null, optionsIndex: 1, defaults: SAFE_DEFAULTS, keys: HAPI_KEYS };

const EXPRESS_SESSION: ApiSpec = { module: 'express-session', path: [], kinds: ['call'] };
const COOKIE_SESSION: ApiSpec = { module: 'cookie-session', path: [], kinds: ['call'] };
const KOA_SESSION: ApiSpec = { module: 'koa-session', path: [], kinds: ['call'] };
const NEXT_COOKIES: ApiSpec = { module: 'next/headers', path: ['cookies'], kinds: ['call'] };
const COOKIES_PACKAGE: ApiSpec = { module: 'cookies', path: [], kinds: ['construct'], instanceMethods: ['set'] };

/** Library functions that set a cookie, with the way each takes its arguments. */
const SETTER_APIS: ReadonlyMap<ApiSpec, CookieSetter> = new Map<ApiSpec, CookieSetter>([
  [{ module: 'cookie', path: ['serialize'], kinds: ['call'] }, SERIALIZE],
  [{ module: 'cookie', path: ['stringifySetCookie'], kinds: ['call'] }, SERIALIZE],
  [{ module: 'hono/cookie', path: ['setCookie'], kinds: ['call'] }, HONO],
  [{ module: 'hono/cookie', path: ['setSignedCookie'], kinds: ['call'] }, HONO_SIGNED],
  [{ module: 'h3', path: ['setCookie'], kinds: ['call'] }, H3],
  [COOKIES_PACKAGE, KOA],
]);

const COOKIE_APIS: ApiSet = [EXPRESS_SESSION, COOKIE_SESSION, KOA_SESSION, NEXT_COOKIES, ...SETTER_APIS.keys()];

/** Receivers of `.cookie()` / `.setCookie()` that are browser-side or test-driver APIs, where HttpOnly cannot apply. */
const CLIENT_RECEIVERS: ReadonlySet<string> = new Set(['$', 'jQuery', 'cy', 'Cookies', 'page', 'browser', 'driver']);
/** The methods `setterByMethod` knows; it finds no setter for any other, so their calls need no receiver. */
const SETTER_METHODS: ReadonlySet<string> = new Set(['cookie', 'setCookie', 'set', 'state']);
/** Methods that set a response header by name. */
const HEADER_METHODS: ReadonlySet<string> = new Set(['setHeader', 'append', 'appendHeader', 'set', 'header']);
/** Receivers of `.cookies.set()` that are Next.js responses (`NextResponse.next()`, `response`). */
const RESPONSE_NAMES: ReadonlySet<string> = new Set(['res', 'response', 'resp', 'nextresponse', 'reply']);
/** Receivers of `.cookies.set()` that are requests: setting a request cookie sends no `Set-Cookie`. */
const REQUEST_NAMES: ReadonlySet<string> = new Set(['req', 'request']);
/** Property names that only identify: `session.id` is named by its object. */
const GENERIC_PROPERTY_NAMES: ReadonlySet<string> = new Set(['id', 'value', 'data', 'current']);
const SET_COOKIE = 'set-cookie';
/** Keys that hold a session library's cookie settings. */
const SESSION_COOKIE_KEYS: ReadonlySet<string> = new Set(['cookie', 'cookieOptions']);
/** Sibling keys that mark an object as a session library's configuration. */
const SESSION_CONFIG_KEYS: ReadonlySet<string> = new Set(['secret', 'secrets', 'password', 'cookieName', 'keys', 'store', 'saveUninitialized']);
const MAX_HEADER_DEPTH = 4;
/**
 * The word that every name this rule reads outside hapi and the session middlewares holds, in some case: the methods
 * `cookie`, `setCookie` and `cookies.set`, the keys `cookies`, `cookie`, `cookieOptions` and `useSecureCookies`, a
 * `Set-Cookie` header in any case, and the modules `cookie`, `cookies`, `hono/cookie` and `cookie-session`. With the
 * `u` flag, `i` also folds the Kelvin sign to `k`, as `toLowerCase` does for the header's name.
 */
const COOKIE_WORD = /cookie/iu;
/** The hapi method; its cookies are Secure and HttpOnly by default, so only one of these keys written off is reported. */
const HAPI_STATE_METHOD = 'state';
const HAPI_OFF_KEYS: readonly string[] = [HAPI_KEYS.secure, HAPI_KEYS.httpOnly];
/** What a header value that `checkHeaderValue` can read a cookie from is, once unwrapped: a string, or names and lists of them. */
const HEADER_VALUE_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
]);

/** Strips TypeScript wrappers, `await` and `?.` chains. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  return current;
}

/** The last name of an identifier or member chain: `res`, `ctx.cookies` → `cookies`, `NextResponse.next()` → `next`. */
function tailName(node: TSESTree.Node): string | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    return !target.computed && target.property.type === AST_NODE_TYPES.Identifier ? target.property.name : null;
  }
  if (target.type === AST_NODE_TYPES.CallExpression) return tailName(target.callee);
  return null;
}

/** True when an expression reads like a credential: `accessToken`, `req.sessionID`, `jwt.sign(...)`, `await new SignJWT(p).sign(k)`. */
function isTokenValue(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return isTokenValueName(target.name);
    case AST_NODE_TYPES.MemberExpression: {
      const name = tailName(target);
      if (name === null) return false;
      if (GENERIC_PROPERTY_NAMES.has(name.toLowerCase())) return isTokenValue(target.object);
      return isTokenValueName(name);
    }
    case AST_NODE_TYPES.CallExpression: {
      const name = tailName(target.callee);
      if (name === null) return false;
      if (name === 'toString' && target.callee.type === AST_NODE_TYPES.MemberExpression) return isTokenValue(target.callee.object);
      return isTokenProducerName(name);
    }
    default:
      return false;
  }
}

/** `{ maxAge: 0 }`, `{ expires: new Date(0) }`: the call deletes the cookie rather than setting it. */
function deletesCookie(options: OptionsObject | null): boolean {
  if (!options) return false;
  const maxAge = options.get('maxAge')?.staticValue?.value;
  if (typeof maxAge === 'number' && maxAge <= 0) return true;
  const expires = options.get('expires')?.value;
  if (expires?.type === AST_NODE_TYPES.NewExpression && expires.callee.type === AST_NODE_TYPES.Identifier && expires.callee.name === 'Date') {
    const first = expires.arguments[0];
    const time = first ? getStatic(first)?.value : undefined;
    return typeof time === 'number' && time < 86_400_000;
  }
  return false;
}

type AttributeState = 'missing' | 'on' | 'off' | 'unknown';

function attributeState(property: OptionProperty | undefined): AttributeState {
  if (!property) return 'missing';
  if (!property.staticValue) return 'unknown';
  const value = property.staticValue.value;
  if (value === undefined) return 'missing';
  return value ? 'on' : 'off';
}

/** True when a reference to `identifier` writes into the object through a member chain: `sess.cookie.secure = true`. */
function isWrittenThrough(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = ASTUtils.findVariable(rootScope(scope), identifier);
  if (!variable) return false;
  return variable.references.some((reference) => {
    let node: TSESTree.Node = reference.identifier;
    while (node.parent.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) node = node.parent;
    if (node === reference.identifier) return false;
    const parent = node.parent;
    if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === node;
    if (parent.type === AST_NODE_TYPES.UpdateExpression) return true;
    if (parent.type === AST_NODE_TYPES.UnaryExpression) return parent.operator === 'delete';
    return parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === node && tailName(parent.callee) === 'assign';
  });
}

/** One text-or-expression piece of a string built from literals, templates and `+`. */
type StringPart = { readonly text: string } | { readonly expression: TSESTree.Node };

function stringParts(node: TSESTree.Node, scope: Scope): StringPart[] | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal) return typeof target.value === 'string' ? [{ text: target.value }] : null;
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    const parts: StringPart[] = [];
    for (const [index, quasi] of target.quasis.entries()) {
      if (quasi.value.cooked === null) return null;
      parts.push({ text: quasi.value.cooked });
      const expression = target.expressions[index];
      if (expression) parts.push(expressionPart(expression, scope));
    }
    return parts;
  }
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    const left = stringParts(target.left, scope);
    const right = stringParts(target.right, scope);
    if (!left && !right) return null;
    return [
      ...(left ?? [expressionPart(target.left, scope)]),
      ...(right ?? [expressionPart(target.right, scope)]),
    ];
  }
  return null;
}

function expressionPart(expression: TSESTree.Node, scope: Scope): StringPart {
  const value = getStatic(expression, scope)?.value;
  return typeof value === 'string' || typeof value === 'number' ? { text: String(value) } : { expression };
}

/** The end of the last literal text of a string expression, where an attribute can be appended, or `null`. */
function appendPosition(node: TSESTree.Node): number | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string') return target.range[1] - 1;
  if (target.type === AST_NODE_TYPES.TemplateLiteral) return target.range[1] - 1;
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') return appendPosition(target.right);
  return null;
}

export default createRule<Options, MessageIds>({
  name: 'require-secure-auth-cookie',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require session and token cookies to be set with the Secure and HttpOnly attributes',
      recommended: 'recommended',
      principle: 'assume-breach',
      cwe: ['CWE-614', 'CWE-1004', 'CWE-1275'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignoreDevelopmentGuards: developmentGuardOption('cookies set'),
          authCookieNames: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Further cookie names, matched whole and case-insensitively, that carry a session or a token.',
          },
        },
      },
    ],
    messages: {
      missingSecure:
        'The session/token cookie `{{name}}` is set without the Secure attribute, so the browser also sends it over plain HTTP where anyone on the network path can steal it; {{remedy}}.',
      disabledSecure:
        '`{{setting}}` lets the session/token cookie `{{name}}` travel over plain HTTP where anyone on the network path can steal it; set it to `true`.',
      missingHttpOnly:
        'The session/token cookie `{{name}}` is set without the HttpOnly attribute, so any injected script can read and exfiltrate it; {{remedy}}.',
      disabledHttpOnly:
        '`{{setting}}` lets any injected script read the session/token cookie `{{name}}` and exfiltrate it; set it to `true`.',
      sameSiteNoneWithoutSecure:
        '`{{setting}}` without Secure sends the session/token cookie `{{name}}` on cross-site requests and over plain HTTP (and current browsers reject it); {{remedy}}.',
      sessionCookieNotSecure:
        'express-session sends its session cookie `{{name}}` without the Secure attribute unless `cookie.secure` is set, so it also travels over plain HTTP; set `cookie: { secure: true }` (with `app.set(\'trust proxy\', 1)` behind a TLS-terminating proxy) or `secure: \'auto\'`.',
      secureCookiesDisabled:
        '`{{setting}}` makes Auth.js issue its session, CSRF and PKCE cookies without the Secure attribute and the `__Secure-`/`__Host-` prefixes; remove it so that HTTPS deployments get secure cookies.',
      addOption: 'Add `{{option}}` to the cookie options.',
      setOptionTrue: 'Set `{{key}}` to `true`.',
      addAttribute: 'Add the `{{attribute}}` attribute to the cookie string.',
      removeSetting: 'Remove `{{setting}}`.',
    },
    defaultOptions: [{ ignoreDevelopmentGuards: true, authCookieNames: [] }],
  },
  create(context, [{ ignoreDevelopmentGuards = true, authCookieNames = [] }]) {
    const sourceCode = context.sourceCode;
    const reported = new Map<TSESTree.Node, Set<MessageIds>>();
    const handledCalls = new Set<TSESTree.Node>();
    const candidateCalls: { call: TSESTree.CallExpression; setter: CookieSetter }[] = [];
    const sessionCookieObjects: TSESTree.Property[] = [];
    let fastifyDefaults: boolean | undefined;
    let nextServer: boolean | undefined;
    let fileScope: Scope | null = null;

    /** @fastify/cookie `parseOptions` seen in this file: they may supply Secure and HttpOnly for every call. Read once, when first asked. */
    function fastifyDefaultsInFile(): boolean {
      fastifyDefaults ??= textHolds(sourceCode, 'parseOptions');
      return fastifyDefaults;
    }

    function nextServerInFile(): boolean {
      nextServer ??= textHolds(sourceCode, 'next/server');
      return nextServer;
    }

    /**
     * The file's root scope. Every helper this rule hands a scope to resolves names from the root (see `rootScope`), so
     * one scope serves every node, and no node climbs to its own.
     */
    function scopeOf(): Scope {
      fileScope ??= rootScope(sourceCode.getScope(sourceCode.ast));
      return fileScope;
    }

    function guarded(node: TSESTree.Node): boolean {
      return ignoreDevelopmentGuards && isUnderDevelopmentGuard(node);
    }

    /** Reports once per node and message, and not inside a development guard when the option says so. */
    function claim(node: TSESTree.Node, messageId: MessageIds): boolean {
      let ids = reported.get(node);
      if (!ids) {
        ids = new Set();
        reported.set(node, ids);
      }
      if (ids.has(messageId)) return false;
      ids.add(messageId);
      return !guarded(node);
    }

    function settingText(property: OptionProperty): string {
      return messageLabel(`${property.key}: ${sourceCode.getText(property.value)}`);
    }

    function isAuthCookie(name: string | null, value: TSESTree.Node | undefined): boolean {
      if (name !== null) {
        if (isAuthCookieName(name, authCookieNames)) return true;
        if (isNonSecretName(name)) return false;
      }
      return value !== undefined && isTokenValue(value);
    }

    type AddFix = ((fixer: TSESLint.RuleFixer, option: string) => TSESLint.RuleFix | TSESLint.RuleFix[]) | null;

    function setTrueSuggestion(property: OptionProperty): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      return [
        {
          messageId: 'setOptionTrue',
          data: { key: property.key },
          fix: (fixer) => fixer.replaceText(property.value, 'true'),
        },
      ];
    }

    function addSuggestion(addFix: AddFix, option: string): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      return addFix ? [{ messageId: 'addOption', data: { option }, fix: (fixer) => addFix(fixer, option) }] : [];
    }

    /** Where `key: true` goes: the outermost object literal of the options, or a new options argument. */
    function addFixFor(options: OptionsObject | null, call: TSESTree.CallExpression, optionsIndex: number): AddFix {
      const target = options?.objects[0];
      if (target) return (fixer, option) => insertProperty(fixer, sourceCode, target, option);
      const last = call.arguments.at(-1);
      if (options || !last || call.arguments.length !== optionsIndex) return null;
      return (fixer, option) => fixer.insertTextAfter(last, `, { ${option} }`);
    }

    interface AttributeCheck {
      /** `null` when no options were passed at all. */
      readonly options: OptionsObject | null;
      readonly defaults: CookieDefaults;
      readonly keys: CookieOptionKeys;
      readonly name: string;
      /** Where a missing attribute is reported. */
      readonly missingNode: TSESTree.Node;
      readonly addFix: AddFix;
      /** The state of Secure when something other than the key decides it (hono's `prefix`). */
      readonly secureOverride?: AttributeState | null;
      /** True when a missing key may be supplied elsewhere (a mutation, plugin defaults). */
      readonly missingUnknown?: boolean;
      /** express-session's own message for a missing `secure`. */
      readonly expressSession?: boolean;
    }

    function checkAttributes(check: AttributeCheck): void {
      const { options, keys, name } = check;
      const canReportMissing = !check.missingUnknown && (!options || options.closed);
      const secure = options?.get(keys.secure);
      const secureState = check.secureOverride ?? attributeState(secure);
      if (secureState === 'off' && secure && claim(secure.node, 'disabledSecure')) {
        context.report({
          node: secure.node,
          messageId: 'disabledSecure',
          data: { setting: settingText(secure), name },
          suggest: setTrueSuggestion(secure),
        });
      } else if (secureState === 'missing' && canReportMissing && check.defaults.secure === 'none') {
        const sameSite = options?.get(keys.sameSite);
        const option = `${keys.secure}: true`;
        if (sameSite && isSameSiteNone(sameSite.staticValue?.value)) {
          if (claim(sameSite.node, 'sameSiteNoneWithoutSecure')) {
            context.report({
              node: sameSite.node,
              messageId: 'sameSiteNoneWithoutSecure',
              data: { setting: settingText(sameSite), name, remedy: `set \`${option}\`` },
              suggest: addSuggestion(check.addFix, option),
            });
          }
        } else if (check.expressSession) {
          if (claim(check.missingNode, 'sessionCookieNotSecure')) {
            context.report({
              node: check.missingNode,
              messageId: 'sessionCookieNotSecure',
              data: { name },
              suggest: addSuggestion(check.addFix, option),
            });
          }
        } else if (claim(check.missingNode, 'missingSecure')) {
          context.report({
            node: check.missingNode,
            messageId: 'missingSecure',
            data: { name, remedy: `set \`${option}\`` },
            suggest: addSuggestion(check.addFix, option),
          });
        }
      }

      const httpOnly = options?.get(keys.httpOnly);
      const httpOnlyState = attributeState(httpOnly);
      if (httpOnlyState === 'off' && httpOnly && claim(httpOnly.node, 'disabledHttpOnly')) {
        context.report({
          node: httpOnly.node,
          messageId: 'disabledHttpOnly',
          data: { setting: settingText(httpOnly), name },
          suggest: setTrueSuggestion(httpOnly),
        });
      } else if (httpOnlyState === 'missing' && canReportMissing && check.defaults.httpOnly === 'none') {
        const option = `${keys.httpOnly}: true`;
        if (claim(check.missingNode, 'missingHttpOnly')) {
          context.report({
            node: check.missingNode,
            messageId: 'missingHttpOnly',
            data: { name, remedy: `set \`${option}\`` },
            suggest: addSuggestion(check.addFix, option),
          });
        }
      }
    }

    function checkSetterCall(call: TSESTree.CallExpression, setter: CookieSetter): void {
      if (handledCalls.has(call)) return;
      handledCalls.add(call);
      const args = call.arguments;
      if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement) || guarded(call)) return;
      const scope = scopeOf();
      const first = args[setter.nameIndex];
      if (!first) return;

      let nameNode: TSESTree.Node = first;
      let valueNode: TSESTree.Node | undefined = setter.valueIndex === null ? undefined : args[setter.valueIndex];
      let optionsNode: TSESTree.Node | undefined = args[setter.optionsIndex];
      let optionsIndex = setter.optionsIndex;
      const objectForm = setter.objectForm ? readOptionsObject(first, scope) : null;
      if (objectForm) {
        // `cookies().set({ name: 'session', value, httpOnly: true })`
        const nameProperty = objectForm.get('name');
        if (!nameProperty) return;
        nameNode = nameProperty.value;
        valueNode = objectForm.get('value')?.value;
        optionsNode = first;
        optionsIndex = setter.nameIndex;
      }

      const staticName = getStaticString(nameNode, scope);
      if (!isAuthCookie(staticName, valueNode)) return;
      // A flag (`'true'`, `1`) or an emptied value is not a credential.
      const staticValue = valueNode ? getStatic(valueNode, scope) : null;
      if (staticValue && isFlagValue(staticValue.value)) return;

      let options: OptionsObject | null = null;
      if (optionsNode) {
        options = readOptionsObject(optionsNode, scope);
        // Options built at run time (a call, a parameter, configuration): nothing is known.
        if (!options) return;
      }
      if (deletesCookie(options)) return;

      // hono: `prefix: 'secure' | 'host'` adds the Secure attribute whatever `secure` says.
      const prefix = setter.prefixOption ? options?.get('prefix') : undefined;
      let secureOverride: AttributeState | null = null;
      if (prefix) {
        const value = prefix.staticValue?.value;
        secureOverride = !prefix.staticValue ? 'unknown' : value === 'secure' || value === 'host' ? 'on' : null;
      }

      checkAttributes({
        options,
        defaults: setter.defaults,
        keys: setter.keys,
        name: staticName ?? messageLabel(sourceCode.getText(nameNode)),
        missingNode: nameNode,
        addFix: addFixFor(options, call, optionsIndex),
        secureOverride,
        missingUnknown: setter.pluginDefaults === true && fastifyDefaultsInFile(),
      });
    }

    /** The static string of a session middleware's cookie-name option, or its default. */
    function sessionName(options: OptionsObject, keys: readonly string[], fallback: string): string {
      for (const key of keys) {
        const property = options.get(key);
        if (property) {
          const value = property.staticValue?.value;
          return typeof value === 'string' ? value : messageLabel(sourceCode.getText(property.value));
        }
      }
      return fallback;
    }

    function checkExpressSession(call: TSESTree.CallExpression): void {
      if (guarded(call)) return;
      const argument = call.arguments[0];
      const name = SESSION_COOKIE_NAMES.expressSession;
      if (!argument) {
        if (claim(call.callee, 'sessionCookieNotSecure')) {
          const closing = sourceCode.getLastToken(call);
          context.report({
            node: call.callee,
            messageId: 'sessionCookieNotSecure',
            data: { name },
            suggest: closing
              ? [
                  {
                    messageId: 'addOption',
                    data: { option: 'cookie: { secure: true }' },
                    fix: (fixer) => fixer.insertTextBefore(closing, '{ cookie: { secure: true } }'),
                  },
                ]
              : [],
          });
        }
        return;
      }
      if (argument.type === AST_NODE_TYPES.SpreadElement) return;
      const scope = scopeOf();
      const options = readOptionsObject(argument, scope);
      if (!options) return;
      const target = unwrap(argument);
      const mutated = target.type === AST_NODE_TYPES.Identifier && isWrittenThrough(target, scope);
      const cookieName = sessionName(options, ['name', 'key'], name);
      const cookieProperty = options.get('cookie');
      if (cookieProperty) {
        const cookie = readOptionsObject(cookieProperty.value, scope);
        if (!cookie) return;
        const cookieTarget = cookie.objects[0];
        checkAttributes({
          options: cookie,
          defaults: EXPRESS_SESSION_DEFAULTS,
          keys: STANDARD_KEYS,
          name: cookieName,
          missingNode: cookieProperty.node.key,
          addFix: cookieTarget ? (fixer, option) => insertProperty(fixer, sourceCode, cookieTarget, option) : null,
          missingUnknown: mutated,
          expressSession: true,
        });
        return;
      }
      const optionsTarget = options.objects[0];
      if (!options.closed || mutated || !optionsTarget || !claim(call.callee, 'sessionCookieNotSecure')) return;
      context.report({
        node: call.callee,
        messageId: 'sessionCookieNotSecure',
        data: { name: cookieName },
        suggest: [
          {
            messageId: 'addOption',
            data: { option: 'cookie: { secure: true }' },
            fix: (fixer) => insertProperty(fixer, sourceCode, optionsTarget, 'cookie: { secure: true }'),
          },
        ],
      });
    }

    /** cookie-session and koa-session: Secure follows the request's protocol and HttpOnly is on, so only `false` is wrong. */
    function checkSafeSessionMiddleware(call: TSESTree.CallExpression, nameKey: string, fallback: string): void {
      if (guarded(call)) return;
      const scope = scopeOf();
      for (const argument of call.arguments) {
        if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
        const options = readOptionsObject(argument, scope);
        if (!options) continue;
        checkAttributes({
          options,
          defaults: SAFE_DEFAULTS,
          keys: STANDARD_KEYS,
          name: sessionName(options, [nameKey], fallback),
          missingNode: argument,
          addFix: null,
        });
        return;
      }
    }

    /** The `.set(...)` calls made on the cookie store a Next.js `cookies()` call returns. */
    function nextStoreSetCalls(call: TSESTree.CallExpression): TSESTree.CallExpression[] {
      const store: TSESTree.Node = call.parent.type === AST_NODE_TYPES.AwaitExpression ? call.parent : call;
      const found: TSESTree.CallExpression[] = [];
      const addIfSet = (object: TSESTree.Node): void => {
        const member = object.parent;
        if (
          member?.type === AST_NODE_TYPES.MemberExpression &&
          member.object === object &&
          member.parent.type === AST_NODE_TYPES.CallExpression &&
          member.parent.callee === member &&
          calledMethodName(member.parent) === 'set'
        ) {
          found.push(member.parent);
        }
      };
      const parent = store.parent;
      if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === store) {
        for (const variable of sourceCode.getDeclaredVariables(parent)) {
          for (const reference of variable.references) if (reference.isRead()) addIfSet(reference.identifier);
        }
      } else {
        addIfSet(store);
      }
      return found;
    }

    function checkHeaderValue(node: TSESTree.Node, scope: Scope, depth: number): void {
      if (depth > MAX_HEADER_DEPTH) return;
      const target = unwrap(node);
      if (target.type === AST_NODE_TYPES.ArrayExpression) {
        for (const element of target.elements) {
          if (element && element.type !== AST_NODE_TYPES.SpreadElement) checkHeaderValue(element, scope, depth + 1);
        }
        return;
      }
      if (target.type === AST_NODE_TYPES.Identifier) {
        const init = constInitializer(target, scope);
        if (init) checkHeaderValue(init, scope, depth + 1);
        return;
      }
      const parts = stringParts(target, scope);
      if (!parts) return;
      const expressions: TSESTree.Node[] = [];
      let text = '';
      for (const part of parts) {
        if ('text' in part) {
          text += part.text;
        } else {
          expressions.push(part.expression);
          text += UNKNOWN_PART;
        }
      }
      const cookie = parseSetCookie(text);
      if (!cookie || isDeletionCookie(cookie) || cookie.attributesUnknown) return;
      const name = cookie.name.includes(UNKNOWN_PART) ? null : cookie.name;
      // A flag (`has_session=1`) is not a credential.
      if (isFlagValue(cookie.value)) return;
      const value = cookie.value === UNKNOWN_PART ? expressions[cookie.unknownPartsBeforeValue] : undefined;
      if (!isAuthCookie(name, value) || guarded(target)) return;

      const has = (attribute: string): boolean => cookie.attributes.some((candidate) => candidate.name === attribute);
      const position = appendPosition(target);
      const trimmed = text.trimEnd();
      const separator = trimmed.endsWith(';') ? ' ' : '; ';
      const addAttribute = (attribute: string): TSESLint.SuggestionReportDescriptor<MessageIds>[] =>
        position === null || trimmed.length !== text.length
          ? []
          : [{ messageId: 'addAttribute', data: { attribute }, fix: (fixer) => fixer.insertTextBeforeRange([position, position], `${separator}${attribute}`) }];
      const displayName = name ?? messageLabel(sourceCode.getText(target));

      if (!has('secure')) {
        const sameSite = cookie.attributes.find((attribute) => attribute.name === 'samesite' && isSameSiteNone(attribute.value));
        const messageId = sameSite ? 'sameSiteNoneWithoutSecure' : 'missingSecure';
        if (claim(target, messageId)) {
          context.report({
            node: target,
            messageId,
            data: { name: displayName, setting: 'SameSite=None', remedy: 'add the `Secure` attribute' },
            suggest: addAttribute('Secure'),
          });
        }
      }
      if (!has('httponly') && claim(target, 'missingHttpOnly')) {
        context.report({
          node: target,
          messageId: 'missingHttpOnly',
          data: { name: displayName, remedy: 'add the `HttpOnly` attribute' },
          suggest: addAttribute('HttpOnly'),
        });
      }
    }

    /** Auth.js / next-auth `cookies: { sessionToken: { name, options: { ... } } }`: only settings written as `false` are wrong. */
    function checkAuthJsCookies(property: TSESTree.Property, scope: Scope): void {
      const cookies = readOptionsObject(property.value, scope);
      if (!cookies) return;
      for (const entry of cookies.properties) {
        if (!AUTH_JS_COOKIE_KEYS.has(entry.key)) continue;
        const definition = readOptionsObject(entry.value, scope);
        const optionsProperty = definition?.get('options');
        const options = optionsProperty ? readOptionsObject(optionsProperty.value, scope) : null;
        if (!definition || !options) continue;
        const nameValue = definition.get('name')?.staticValue?.value;
        checkAttributes({
          options,
          defaults: SAFE_DEFAULTS,
          keys: STANDARD_KEYS,
          name: typeof nameValue === 'string' ? nameValue : entry.key,
          missingNode: entry.node,
          addFix: null,
        });
      }
    }

    /**
     * The cookie object of any session library's configuration (`{ secret, cookie: { ... } }`, iron-session's
     * `{ password, cookieName, cookieOptions }`, @fastify/session, Remix's `cookie: { name: '__session', secrets }`):
     * their defaults differ, so only settings written as off are reported.
     */
    function checkSessionCookieObject(property: TSESTree.Property, scope: Scope): void {
      const options = readOptionsObject(property.value, scope);
      if (!options) return;
      const owner = readOptionsObject(property.parent, scope);
      const ownName = options.get('name')?.staticValue?.value;
      const isSessionConfig =
        owner?.properties.some((sibling) => SESSION_CONFIG_KEYS.has(sibling.key)) === true ||
        options.has('secrets') ||
        (typeof ownName === 'string' && isAuthCookie(ownName, undefined));
      if (!isSessionConfig) return;
      checkAttributes({
        options,
        defaults: SAFE_DEFAULTS,
        keys: STANDARD_KEYS,
        name:
          typeof ownName === 'string'
            ? ownName
            : owner
              ? sessionName(owner, ['cookieName', 'name', 'key'], SESSION_COOKIE_NAMES.cookieSession)
              : SESSION_COOKIE_NAMES.cookieSession,
        missingNode: property.key,
        addFix: null,
      });
    }

    function checkTrackedApis(): void {
      for (const reference of getApiReferences(context, COOKIE_APIS)) {
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.CallExpression) continue;
        if (reference.kind === 'instance-call') {
          const setter = SETTER_APIS.get(reference.api);
          if (setter) checkSetterCall(node, setter);
          continue;
        }
        if (reference.kind !== 'call') continue;
        if (reference.api === EXPRESS_SESSION) checkExpressSession(node);
        else if (reference.api === COOKIE_SESSION) checkSafeSessionMiddleware(node, 'name', SESSION_COOKIE_NAMES.cookieSession);
        else if (reference.api === KOA_SESSION) checkSafeSessionMiddleware(node, 'key', SESSION_COOKIE_NAMES.koaSession);
        else if (reference.api === NEXT_COOKIES) for (const call of nextStoreSetCalls(node)) checkSetterCall(call, NEXT);
        else {
          const setter = SETTER_APIS.get(reference.api);
          if (setter) checkSetterCall(node, setter);
        }
      }
    }

    /** The setter a `.cookies.set(...)` call stands for, by its receiver. */
    function cookieStoreSetter(store: TSESTree.Node): CookieSetter | null {
      const owner = store.type === AST_NODE_TYPES.MemberExpression ? store.object : null;
      const ownerName = owner ? tailName(owner)?.toLowerCase() : undefined;
      if (ownerName !== undefined && REQUEST_NAMES.has(ownerName)) return null;
      if (owner && nextServerInFile() && (unwrap(owner).type === AST_NODE_TYPES.CallExpression || (ownerName !== undefined && RESPONSE_NAMES.has(ownerName)))) {
        return NEXT;
      }
      // koa `ctx.cookies`, SvelteKit and Astro `cookies`: Secure and HttpOnly are on by default there.
      return KOA;
    }

    /** Cookie setters found by their method name: `res.cookie`, `reply.setCookie`, `ctx.cookies.set`, `h.state`. */
    function setterByMethod(call: TSESTree.CallExpression, method: string): CookieSetter | null {
      const callee = call.callee as TSESTree.MemberExpression;
      const receiver = tailName(callee.object);
      if (receiver !== null && CLIENT_RECEIVERS.has(receiver)) return null;
      switch (method) {
        case 'cookie':
          return receiver === 'reply' ? FASTIFY : EXPRESS;
        case 'setCookie':
          return FASTIFY;
        case 'set':
          return receiver === 'cookies' ? cookieStoreSetter(unwrap(callee.object)) : null;
        case 'state':
          if (receiver === 'server') return HAPI_SERVER_STATE;
          return receiver === 'h' || receiver === 'toolkit' || receiver === 'response' ? HAPI_STATE : null;
        default:
          return null;
      }
    }

    const listeners: TSESLint.RuleListener = {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.Identifier) {
          // Nuxt auto-imports h3's `setCookie(event, name, value, options)` without an import.
          if (
            callee.name === 'setCookie' &&
            node.arguments.length >= 3 &&
            node.arguments[0]?.type === AST_NODE_TYPES.Identifier &&
            !ASTUtils.findVariable(sourceCode.getScope(node), callee)
          ) {
            candidateCalls.push({ call: node, setter: H3 });
          }
          return;
        }
        const method = calledMethodName(node);
        if (method === null || node.arguments.length < 2) return;
        const value = node.arguments[1];
        // Cheapest test first: the header's name matters only when the value can hold a cookie string (see
        // `checkHeaderValue`), or for a `cookies.set(…)` call, which is otherwise read as a cookie setter below.
        if (
          HEADER_METHODS.has(method) &&
          value &&
          value.type !== AST_NODE_TYPES.SpreadElement &&
          (HEADER_VALUE_TYPES.has(unwrap(value).type) || (method === 'set' && tailName((node.callee as TSESTree.MemberExpression).object) === 'cookies'))
        ) {
          const scope = scopeOf();
          const header = getStaticString(node.arguments[0], scope);
          if (header?.toLowerCase() === SET_COOKIE) {
            checkHeaderValue(value, scope, 0);
            return;
          }
        }
        if (!SETTER_METHODS.has(method)) return;
        const setter = setterByMethod(node, method);
        if (setter) candidateCalls.push({ call: node, setter });
      },

      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        // Only a computed key needs a scope.
        const key = node.computed
          ? getPropertyKey(node, scopeOf())
          : node.key.type === AST_NODE_TYPES.Identifier
            ? node.key.name
            : getPropertyKey(node);
        if (key === null) return;
        if (key === 'useSecureCookies') {
          const value = getStatic(node.value, scopeOf());
          if (value?.value !== undefined && !value.value && claim(node, 'secureCookiesDisabled')) {
            const setting = messageLabel(sourceCode.getText(node));
            context.report({
              node,
              messageId: 'secureCookiesDisabled',
              data: { setting },
              suggest: [{ messageId: 'removeSetting', data: { setting }, fix: (fixer) => removeListItem(fixer, sourceCode, node) }],
            });
          }
        } else if (key === 'cookies') {
          checkAuthJsCookies(node, scopeOf());
        } else if (SESSION_COOKIE_KEYS.has(key)) {
          sessionCookieObjects.push(node);
        } else if (key.length === SET_COOKIE.length && key.toLowerCase() === SET_COOKIE) {
          checkHeaderValue(node.value, scopeOf(), 0);
        }
      },

      'Program:exit'() {
        // Library calls first: they know the exact API (a Next.js cookie store, hono's `setCookie`, express-session).
        checkTrackedApis();
        for (const { call, setter } of candidateCalls) checkSetterCall(call, setter);
        for (const property of sessionCookieObjects) checkSessionCookieObject(property, scopeOf());
      },
    };
    // File gate. Every name read here is written in the file, verbatim or through an escape. A file whose text holds
    // `cookie` in no case can only hold a hapi `h.state(name, value, { isSecure: false })`, or an express-session or
    // koa-session call, which the module tracker finds only through a string naming the module.
    if (textMayHoldEscape(sourceCode) || (textMayHoldInAnyCase(sourceCode, 'cookie') && COOKIE_WORD.test(sourceCode.text))) return listeners;
    delete listeners.Property;
    const hapi = HAPI_OFF_KEYS.some((key) => textHolds(sourceCode, key)) && textHolds(sourceCode, HAPI_STATE_METHOD);
    if (hapi) return listeners;
    delete listeners.CallExpression;
    return mentionsApiModule(context, COOKIE_APIS) ? listeners : {};
  },
});
