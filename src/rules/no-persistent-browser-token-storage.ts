import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  ANGULAR_LOCAL_STORAGE_CLASSES,
  ANGULAR_STORAGE_TOKENS,
  CACHE_LOCATION_KEY,
  LOCAL_STORAGE,
  LOCAL_STORAGE_HOOKS,
  MSAL_BROWSER_MODULES,
  MSAL_CACHE_ENUM,
  MSAL_LOCAL_MEMBER,
  MSAL_SESSION_MEMBER,
  OIDC_MODULES,
  OIDC_STATE_STORE_CLASS,
  OIDC_STORE_OPTION,
  OIDC_USER_STORE_KEY,
  OKTA_STORAGE_MANAGER_KEY,
  OKTA_STORAGE_TYPE_KEY,
  OKTA_TOKEN_MANAGER_KEY,
  OKTA_TOKEN_MANAGER_STORAGE_KEY,
  OKTA_TOKEN_STORAGE_KEY,
  PERSISTENT_CACHE_LOCATIONS,
  SESSION_STORAGE,
  SET_STORAGE_METHOD,
  STORAGE_METHODS,
  STORAGE_WRITE_METHOD,
  isQualifiedTokenName,
  isSignInKey,
  isTokenMetadataName,
  isTokenName,
} from '../models/browser-token-storage';
import { AST_NODE_TYPES, GLOBAL_OBJECT_NAMES, messageLabel, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { collectExits, isFunctionNode, resolveFunction } from '../utils/functions';
import { getApiCalls, getApiReferences, type ApiSet } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getStatic, getStaticString, rootScope } from '../utils/static-value';
import { segmentsOf } from '../utils/string-segments';
import { fileMayHoldName, textHolds, textMayHoldEscape, textMayHoldInAnyCase } from '../utils/text-gate';

export type Options = [
  {
    /** Further storage keys or variable names (matched whole, case-insensitively) that hold a token. */
    extraTokenNames?: string[];
  },
];
export type MessageIds = 'persistentTokenCache' | 'persistentTokenStore' | 'tokenInLocalStorage' | 'tokenInScriptCookie' | 'useNonPersistentStorage';

type Scope = TSESLint.Scope.Scope;

/** A suggested edit: the node to replace and the text to put there. */
interface Replacement {
  readonly node: TSESTree.Node;
  readonly text: string;
}

/** One persistent `cacheLocation` value: the node to report, the edit (if any), and the message's library and alternative. */
interface CacheFinding {
  readonly node: TSESTree.Node;
  readonly replacement: Replacement | null;
  readonly library: string;
  readonly instead: string;
}

const MSAL_ENUM_APIS: ApiSet = MSAL_BROWSER_MODULES.map((module) => ({
  module,
  path: [MSAL_CACHE_ENUM, MSAL_LOCAL_MEMBER],
  kinds: ['read'],
}));
const OIDC_STORE_APIS: ApiSet = OIDC_MODULES.map((module) => ({ module, path: [OIDC_STATE_STORE_CLASS], kinds: ['construct'] }));

/** `document.cookie`, written by script: also `window.document.cookie` (`globalThis`, `self`). */
const DOCUMENT_GLOBAL = 'document';
const COOKIE_PROPERTY = 'cookie';
/** js-cookie, which runs in the browser only: `Cookies.set(name, value, attributes)`. */
const JS_COOKIE_APIS: ApiSet = [{ module: 'js-cookie', path: ['set'], kinds: ['call'] }];
/** zustand's `persist(initializer, options)` middleware, which writes the store's state to localStorage by default. */
const ZUSTAND_PERSIST_APIS: ApiSet = [{ module: 'zustand/middleware', path: ['persist'], kinds: ['call'] }];

/** True when the attributes of a cookie string (the text after its value) delete it: `max-age=0`, an expiry in 1970. */
function deletesCookie(attributes: string): boolean {
  return attributes.split(';').some((attribute) => {
    const [name = '', value = ''] = attribute.split('=').map((part) => part.trim().toLowerCase());
    return (name === 'max-age' && (value === '0' || value.startsWith('-'))) || (name === 'expires' && value.includes('1970'));
  });
}

/** Keys a `Property` listener cares about; everything else is skipped before any scope lookup. */
const WATCHED_KEYS: ReadonlySet<string> = new Set([
  CACHE_LOCATION_KEY,
  OIDC_USER_STORE_KEY,
  OKTA_TOKEN_MANAGER_STORAGE_KEY,
  OKTA_STORAGE_TYPE_KEY,
  'provide',
]);

/** Method names whose calls the rule looks at. */
const CALLED_METHODS: ReadonlySet<string> = new Set([STORAGE_WRITE_METHOD, SET_STORAGE_METHOD, ...LOCAL_STORAGE_HOOKS]);
/** Pieces of `CALLED_METHODS` (`setItem`; `setStorage` and the hooks), short and starting with a capital. */
const CALLED_NAME_PIECES: readonly string[] = ['Item', 'Storag'];
const SPACE = /\s/u;

/**
 * Whether the text may close a computed key or member: a `]` followed, after white space (and closing parentheses,
 * with `parenthesized`), by one of `followers` (`:` for a key, `{ [key]: value }`; `=` for a member assigned to,
 * `(o[key]) = value`; `(`, `?` or `<` for a member called, `o[key](…)`, `o[key]?.(…)`, `o[key]<T>(…)`), or by a
 * comment, which is not looked into. `==`, `===` and `=>` are not assignments. A file without one names every key and
 * member as written. Linear: a `]` never lies in the white space after another.
 */
function hasBracketBefore(text: string, followers: string, parenthesized: boolean): boolean {
  for (let index = text.indexOf(']'); index !== -1; index = text.indexOf(']', index + 1)) {
    let at = index + 1;
    for (let char = text.charAt(at); SPACE.test(char) || (parenthesized && char === ')'); char = text.charAt(at)) at += 1;
    const next = text.charAt(at);
    const after = text.charAt(at + 1);
    if (next === '/' && (after === '/' || after === '*')) return true;
    if (next !== '' && followers.includes(next) && !(next === '=' && (after === '=' || after === '>'))) return true;
  }
  return false;
}

const MAX_ALIAS_DEPTH = 4;
const OAUTH_RECEIVER = /oauth/iu;

/**
 * The pieces every token word holds (see `isTokenName`), in each case a word can be written in once a name is split
 * into words: `token`, `Token` or `TOKEN` (`ACCESS_TOKEN`, `idToken`, `usertoken`), the same for `jwt` and `bearer`.
 * Capitals first: a file's text is searched for them fastest.
 */
const TOKEN_PIECES: readonly string[] = ['OKEN', 'JWT', 'Jwt', 'BEARER', 'Bearer', 'jwt', 'bearer', 'oken'];
/** The keys of library settings that can keep tokens in localStorage (`cacheLocation`, `userStore`). */
const SETTING_KEYS: readonly string[] = [CACHE_LOCATION_KEY, OIDC_USER_STORE_KEY];
/** The Angular DI tokens of a storage provider, and Okta's enclosing options (`tokenManager`, `storageManager`). */
const PROVIDER_TOKENS: readonly string[] = [...ANGULAR_STORAGE_TOKENS];
const OKTA_OPTIONS: readonly string[] = [OKTA_TOKEN_MANAGER_KEY, OKTA_STORAGE_MANAGER_KEY];
/** The modules of the libraries read at the end of the file. */
const TRACKED_MODULES: readonly string[] = [...new Set([...ZUSTAND_PERSIST_APIS, ...JS_COOKIE_APIS].map((spec) => spec.module))];

/** The name an expression is known by: `token`, `res.accessToken` → `accessToken`, `this.TOKEN_KEY` → `TOKEN_KEY`. */
function expressionName(node: TSESTree.Node): string | null {
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    if (!target.computed && target.property.type === AST_NODE_TYPES.Identifier) return target.property.name;
    if (target.property.type === AST_NODE_TYPES.Literal && typeof target.property.value === 'string') return target.property.value;
  }
  if (target.type === AST_NODE_TYPES.ChainExpression) return expressionName(target.expression);
  return null;
}

function isIdentifier(node: TSESTree.Node): boolean {
  return unwrapTypeScript(node).type === AST_NODE_TYPES.Identifier;
}

/** The static name of a member access: `a.b` → `b`, `a['b']` → `b`, `a[KEY]` with a constant `KEY` → its value. */
function memberName(member: TSESTree.MemberExpression, scope: Scope): string | null {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : null;
  return getStaticString(member.property, scope);
}

/** Text of a string literal with the same quotes, or of a template literal without substitutions. */
function replacementText(node: TSESTree.Node, value: string): string | null {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    const quote = node.raw.charAt(0);
    return `${quote}${value}${quote}`;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return `\`${value}\``;
  return null;
}

/** The key an object property sits under in its parent object: `{ tokenManager: { storage } }` → `tokenManager`. */
function enclosingKey(object: TSESTree.Node, scope: Scope): string | null {
  const parent = object.parent;
  return parent?.type === AST_NODE_TYPES.Property && parent.value === object ? getPropertyKey(parent, scope) : null;
}

export default createRule<Options, MessageIds>({
  name: 'no-persistent-browser-token-storage',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow keeping access, ID and refresh tokens in the browser\'s localStorage or in cookies written by script',
      recommended: 'strict',
      principle: 'assume-breach',
      cwe: ['CWE-922', 'CWE-1004'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          extraTokenNames: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Further storage keys or variable names, matched whole and case-insensitively, whose value is a token (for example `sid`).',
          },
        },
      },
    ],
    messages: {
      persistentTokenCache:
        '`{{setting}}` makes the {{library}} token cache live in localStorage, where tokens outlast the browser session and any script injected into the origin can read them; use {{replacement}} instead.',
      persistentTokenStore:
        'This keeps the signed-in user\'s tokens in localStorage, where they outlast the browser session and any script injected into the origin can read them; use {{replacement}} instead.',
      tokenInLocalStorage:
        'This stores `{{name}}` in localStorage, where a token outlasts the browser session and any script injected into the origin can read it; keep tokens in memory, or let the server hold them in an HttpOnly cookie.',
      tokenInScriptCookie:
        'This writes `{{name}}` into a cookie from script, which cannot be HttpOnly, so any script injected into the origin can read it; keep tokens in memory, or let the server set them in an HttpOnly cookie.',
      useNonPersistentStorage: 'Use `{{replacement}}` instead.',
    },
    defaultOptions: [{ extraTokenNames: [] }],
  },
  create(context, [{ extraTokenNames = [] }]) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();
    let msalEnumReads: ReadonlySet<TSESTree.Node> | null = null;
    let oidcStoreConstructions: ReadonlySet<TSESTree.Node> | null = null;
    let fileScope: Scope | null = null;

    /**
     * The file's root scope, for the helpers that resolve names from the root (see `rootScope`): one scope serves every
     * node, and no node climbs to its own.
     */
    function scopeOf(): Scope {
      fileScope ??= rootScope(sourceCode.getScope(sourceCode.ast));
      return fileScope;
    }

    function tracked(apis: ApiSet): ReadonlySet<TSESTree.Node> {
      return new Set(getApiReferences(context, apis).map((reference) => reference.node));
    }

    function isTokenLike(name: string): boolean {
      return isTokenName(name, extraTokenNames);
    }

    function claim(node: TSESTree.Node): boolean {
      if (reported.has(node)) return false;
      reported.add(node);
      return true;
    }

    function suggestions(replacement: Replacement | null): TSESLint.ReportSuggestionArray<MessageIds> {
      if (!replacement) return [];
      return [
        {
          messageId: 'useNonPersistentStorage',
          data: { replacement: replacement.text },
          fix: (fixer) => fixer.replaceText(replacement.node, replacement.text),
        },
      ];
    }

    /**
     * The `localStorage` object behind an expression, and the identifier to rename for a suggestion:
     * the global itself, `window.localStorage` (or any `x.localStorage`), or a `const` bound to one of those.
     */
    function localStorageIn(node: TSESTree.Node, scope: Scope, depth = 0): { rename: TSESTree.Node | null } | null {
      const target = unwrapTypeScript(node);
      if (target.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(rootScope(scope), target);
        if (!variable || variable.defs.length === 0) {
          return target.name === LOCAL_STORAGE ? { rename: target } : null;
        }
        // A local binding: follow `const storage = window.localStorage` (no edit then: the alias may serve other code).
        const def = variable.defs[0];
        if (
          depth >= MAX_ALIAS_DEPTH ||
          variable.defs.length !== 1 ||
          def?.type !== TSESLint.Scope.DefinitionType.Variable ||
          def.parent.kind !== 'const' ||
          def.node.id.type !== AST_NODE_TYPES.Identifier ||
          !def.node.init
        ) {
          return null;
        }
        return localStorageIn(def.node.init, scope, depth + 1) ? { rename: null } : null;
      }
      if (target.type === AST_NODE_TYPES.MemberExpression && memberName(target, scope) === LOCAL_STORAGE) {
        return { rename: target.computed ? null : target.property };
      }
      return null;
    }

    function sessionStorageEdit(found: { rename: TSESTree.Node | null }): Replacement | null {
      return found.rename ? { node: found.rename, text: SESSION_STORAGE } : null;
    }

    // ---- library settings ----------------------------------------------------------------------------------------

    function isMsalLocalStorageMember(member: TSESTree.MemberExpression, scope: Scope): boolean {
      if (memberName(member, scope) !== MSAL_LOCAL_MEMBER) return false;
      const object = unwrapTypeScript(member.object);
      if (expressionName(object) === MSAL_CACHE_ENUM) return true;
      msalEnumReads ??= tracked(MSAL_ENUM_APIS);
      return msalEnumReads.has(member);
    }

    /** `cacheLocation` values that persist, looking into `cond ? a : b` and `a || b` for a literal branch. */
    function persistentCacheLocations(value: TSESTree.Node, scope: Scope, findings: CacheFinding[]): void {
      const target = unwrapTypeScript(value);
      if (target.type === AST_NODE_TYPES.ConditionalExpression) {
        persistentCacheLocations(target.consequent, scope, findings);
        persistentCacheLocations(target.alternate, scope, findings);
        return;
      }
      if (target.type === AST_NODE_TYPES.LogicalExpression) {
        persistentCacheLocations(target.left, scope, findings);
        persistentCacheLocations(target.right, scope, findings);
        return;
      }
      if (target.type === AST_NODE_TYPES.MemberExpression && isMsalLocalStorageMember(target, scope)) {
        const replacement = target.computed ? null : { node: target.property, text: MSAL_SESSION_MEMBER };
        findings.push({ node: target, replacement, library: 'MSAL.js', instead: `${MSAL_CACHE_ENUM}.${MSAL_SESSION_MEMBER}` });
        return;
      }
      const text = getStaticString(target, scope);
      const location = text === null ? undefined : PERSISTENT_CACHE_LOCATIONS.get(text);
      if (!location) return;
      const edit = replacementText(target, location.replacement);
      findings.push({
        node: target,
        replacement: edit === null ? null : { node: target, text: edit },
        library: location.library,
        instead: `'${location.replacement}'`,
      });
    }

    function checkCacheLocation(key: string, value: TSESTree.Node, scope: Scope): void {
      const findings: CacheFinding[] = [];
      persistentCacheLocations(value, scope, findings);
      for (const finding of findings) {
        if (!claim(finding.node)) continue;
        context.report({
          node: finding.node,
          messageId: 'persistentTokenCache',
          data: {
            setting: messageLabel(`${key}: ${sourceCode.getText(finding.node)}`),
            library: finding.library,
            replacement: `\`${finding.instead}\``,
          },
          suggest: suggestions(finding.replacement),
        });
      }
    }

    /** Okta's `'localStorage'` under `tokenManager.storage` or `storageManager.token.storageType`. */
    function checkOktaStorage(property: TSESTree.Property, key: string, scope: Scope): void {
      const object = property.parent;
      const outer = enclosingKey(object, scope);
      const isTokenManager = key === OKTA_TOKEN_MANAGER_STORAGE_KEY && outer === OKTA_TOKEN_MANAGER_KEY;
      const isStorageManager =
        key === OKTA_STORAGE_TYPE_KEY &&
        outer === OKTA_TOKEN_STORAGE_KEY &&
        object.parent.type === AST_NODE_TYPES.Property &&
        enclosingKey(object.parent.parent, scope) === OKTA_STORAGE_MANAGER_KEY;
      if (!isTokenManager && !isStorageManager) return;
      const value = unwrapTypeScript(property.value);
      if (getStaticString(value, scope) !== LOCAL_STORAGE || !claim(value)) return;
      const edit = replacementText(value, SESSION_STORAGE);
      context.report({
        node: value,
        messageId: 'persistentTokenCache',
        data: {
          setting: messageLabel(`${key}: ${sourceCode.getText(value)}`),
          library: 'Okta',
          replacement: `\`'${SESSION_STORAGE}'\``,
        },
        suggest: suggestions(edit === null ? null : { node: value, text: edit }),
      });
    }

    function isWebStorageStateStore(node: TSESTree.NewExpression): boolean {
      if (expressionName(node.callee) === OIDC_STATE_STORE_CLASS) return true;
      oidcStoreConstructions ??= tracked(OIDC_STORE_APIS);
      return oidcStoreConstructions.has(node);
    }

    /** The `new WebStorageStateStore(...)` behind a `userStore` value: inline or held in a `const`. */
    function stateStoreConstruction(value: TSESTree.Node, scope: Scope): TSESTree.NewExpression | null {
      let target = unwrapTypeScript(value);
      if (target.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(rootScope(scope), target);
        const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
        if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.parent.kind !== 'const' || !def.node.init) return null;
        target = unwrapTypeScript(def.node.init);
      }
      return target.type === AST_NODE_TYPES.NewExpression && isWebStorageStateStore(target) ? target : null;
    }

    function reportStore(node: TSESTree.Node, replacement: Replacement | null, instead: string): void {
      if (!claim(node)) return;
      context.report({
        node,
        messageId: 'persistentTokenStore',
        data: { replacement: instead },
        suggest: suggestions(replacement),
      });
    }

    /** oidc-client(-ts) `userStore: new WebStorageStateStore({ store: localStorage })`, or with no `store` at all. */
    function checkUserStore(value: TSESTree.Node, scope: Scope): void {
      const construction = stateStoreConstruction(value, scope);
      if (!construction) return;
      const instead = '`sessionStorage` (the default) or an `InMemoryWebStorage`';
      const [argument] = construction.arguments;
      if (!argument) {
        reportStore(construction, null, instead);
        return;
      }
      const options = readOptionsObject(argument, scope);
      if (!options) return;
      const store = options.get(OIDC_STORE_OPTION);
      if (!store) {
        // `store` defaults to localStorage; only a closed object proves it is missing.
        if (options.closed) reportStore(construction, null, instead);
        return;
      }
      const found = localStorageIn(store.value, scope);
      if (found) reportStore(unwrapTypeScript(store.value), sessionStorageEdit(found), instead);
    }

    /** The expressions a function returns (a provider factory, a zustand initializer): the arrow body or every `return` argument. */
    function factoryResults(value: TSESTree.Node, scope: Scope): TSESTree.Node[] {
      const fn = resolveFunction(unwrapTypeScript(value), scope);
      if (!fn) return [];
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
      return collectExits(fn, sourceCode.visitorKeys)
        .returns.map((statement) => statement.argument)
        .filter((argument): argument is TSESTree.Expression => argument !== null);
    }

    /** Angular: `{ provide: OAuthStorage, useValue: localStorage }`, `useFactory: () => localStorage`, `useClass: DefaultLocalStorageService`. */
    function checkAngularProvider(property: TSESTree.Property, scope: Scope): void {
      const token = unwrapTypeScript(property.value);
      if (token.type !== AST_NODE_TYPES.Identifier || !ANGULAR_STORAGE_TOKENS.has(token.name)) return;
      const provider = readOptionsObject(property.parent, scope);
      if (!provider) return;
      const instead = '`sessionStorage` (the library default)';
      const useValue = provider.get('useValue');
      if (useValue) {
        const found = localStorageIn(useValue.value, scope);
        if (found) reportStore(unwrapTypeScript(useValue.value), sessionStorageEdit(found), instead);
      }
      const useFactory = provider.get('useFactory');
      if (useFactory) {
        const results = factoryResults(useFactory.value, scope);
        for (const result of results) {
          const found = localStorageIn(result, sourceCode.getScope(result));
          if (found) reportStore(unwrapTypeScript(result), sessionStorageEdit(found), instead);
        }
      }
      const useClass = provider.get('useClass');
      if (useClass) {
        const name = expressionName(useClass.value);
        if (name !== null && ANGULAR_LOCAL_STORAGE_CLASSES.has(name)) reportStore(unwrapTypeScript(useClass.value), null, '`DefaultSessionStorageService` (the library default)');
      }
    }

    // ---- direct writes -------------------------------------------------------------------------------------------

    /** The part of a stored value whose name says it is a token (by `isToken`), or `null`. */
    function tokenPartOf(value: TSESTree.Node, scope: Scope, isToken: (name: string) => boolean, depth = 0): TSESTree.Node | null {
      const target = unwrapTypeScript(value);
      if (depth > MAX_ALIAS_DEPTH) return null;
      switch (target.type) {
        case AST_NODE_TYPES.AwaitExpression:
          return tokenPartOf(target.argument, scope, isToken, depth + 1);
        case AST_NODE_TYPES.TemplateLiteral: {
          for (const expression of target.expressions) {
            const part = tokenPartOf(expression, scope, isToken, depth + 1);
            if (part) return part;
          }
          return null;
        }
        case AST_NODE_TYPES.ObjectExpression: {
          for (const property of target.properties) {
            if (property.type !== AST_NODE_TYPES.Property) continue;
            const key = getPropertyKey(property, scope);
            if (key !== null && isToken(key)) return property.key;
          }
          return null;
        }
        case AST_NODE_TYPES.CallExpression: {
          // `JSON.stringify(tokens)`, `String(token)`: the argument is what is stored.
          const name = expressionName(target.callee);
          const [first] = target.arguments;
          if ((name === 'stringify' || name === 'String') && first) return tokenPartOf(first, scope, isToken, depth + 1);
          // `getAccessToken()`: a function named for the token it returns.
          return name !== null && isToken(name) ? target : null;
        }
        default: {
          const name = expressionName(target);
          return name !== null && isToken(name) ? target : null;
        }
      }
    }

    function reportTokenWrite(node: TSESTree.Node, name: string, messageId: MessageIds): void {
      if (!claim(node)) return;
      context.report({ node, messageId, data: { name: messageLabel(name) }, suggest: [] });
    }

    /**
     * A write of `value` under `keyNode` (or the static key `staticKey`): reported at the key when the key names a
     * token, otherwise at the part of the value that does. Constant values (`''`, `'true'`) are never tokens. Under a
     * known key that does not speak of sign-in (`'selected'`), a bare `token` value may be a wallet's coin, so only
     * a qualified name (`accessToken`, `jwt`) counts there.
     */
    function checkTokenWrite(
      keyNode: TSESTree.Node,
      staticKey: string | null,
      value: TSESTree.Node | undefined,
      scope: Scope,
      messageId: MessageIds = 'tokenInLocalStorage',
    ): void {
      if (value && getStatic(value, scope) !== null) return;
      const keyName = staticKey ?? expressionName(keyNode);
      if (keyName !== null) {
        if (isTokenLike(keyName)) {
          reportTokenWrite(keyNode, keyName, messageId);
          return;
        }
        if (isTokenMetadataName(keyName)) return;
      }
      const isToken =
        staticKey === null || isSignInKey(staticKey) ? isTokenLike : (name: string) => isQualifiedTokenName(name, extraTokenNames);
      const part = value ? tokenPartOf(value, scope, isToken) : null;
      if (part) reportTokenWrite(part, sourceCode.getText(part), messageId);
    }

    /**
     * zustand `persist(initializer, { name, storage, partialize })`: the state is written to localStorage unless
     * `storage` says otherwise. What is written is the state the initializer returns, or the object `partialize`
     * returns; a property named for a token there (not an action) is reported at its key. A storage or `partialize`
     * that cannot be read statically leaves the call alone.
     */
    function checkZustandPersist(call: TSESTree.CallExpression): void {
      const [initializer, optionsArgument] = call.arguments;
      if (!initializer || initializer.type === AST_NODE_TYPES.SpreadElement) return;
      const scope = sourceCode.getScope(call);
      const options = optionsArgument && optionsArgument.type !== AST_NODE_TYPES.SpreadElement ? readOptionsObject(optionsArgument, scope) : null;
      if (optionsArgument && !options?.closed) return;
      const storage = options?.get('storage');
      if (storage && !writesLocalStorage(storage.value, scope)) return;
      const partialize = options?.get('partialize');
      for (const result of factoryResults(partialize ? partialize.value : initializer, scope)) {
        const state = unwrapTypeScript(result);
        if (state.type !== AST_NODE_TYPES.ObjectExpression) continue;
        for (const property of state.properties) {
          if (property.type !== AST_NODE_TYPES.Property || isFunctionNode(property.value)) continue;
          const key = getPropertyKey(property, scope);
          if (key !== null && isTokenLike(key)) reportTokenWrite(property.key, key, 'tokenInLocalStorage');
        }
      }
    }

    /** zustand's `createJSONStorage(() => localStorage)` (or `window.localStorage`); session storage and custom ones are not. */
    function writesLocalStorage(node: TSESTree.Node, scope: Scope): boolean {
      const call = unwrapTypeScript(node);
      if (call.type !== AST_NODE_TYPES.CallExpression) return false;
      const getter = call.arguments[0];
      if (!getter || getter.type === AST_NODE_TYPES.SpreadElement || !isFunctionNode(getter) || getter.body.type === AST_NODE_TYPES.BlockStatement) return false;
      return localStorageIn(getter.body, scope) !== null;
    }

    /** `document` as the page's global (not a local of that name), or `window.document`. */
    function isDocumentGlobal(node: TSESTree.Node, scope: Scope): boolean {
      const target = unwrapTypeScript(node);
      if (target.type === AST_NODE_TYPES.Identifier) {
        if (target.name !== DOCUMENT_GLOBAL) return false;
        const variable = ASTUtils.findVariable(scope, target);
        return !variable || variable.defs.length === 0;
      }
      if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target, scope) !== DOCUMENT_GLOBAL) return false;
      const owner = unwrapTypeScript(target.object);
      return owner.type === AST_NODE_TYPES.Identifier && GLOBAL_OBJECT_NAMES.has(owner.name);
    }

    /**
     * `document.cookie = `access_token=${token}; path=/``: the cookie's name is the text before the first `=`, and its
     * value the run-time part right after it (a constant value, a name computed at run time or a deletion is passed
     * over). Reported at that value, under the same tests as a storage key and value.
     */
    function checkScriptCookie(value: TSESTree.Node, scope: Scope): void {
      const target = unwrapTypeScript(value);
      if (target.type !== AST_NODE_TYPES.TemplateLiteral && !(target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+')) return;
      const segments = segmentsOf(target, scope);
      let text = '';
      let index = 0;
      while (index < segments.length && !text.includes('=')) {
        const segment = segments[index] as (typeof segments)[number];
        if (!('text' in segment)) return;
        text += segment.text;
        index += 1;
      }
      const equals = text.indexOf('=');
      if (equals < 0) return;
      const name = text.slice(0, equals).trim();
      let cookieValue = text.slice(equals + 1);
      let hole: TSESTree.Node | null = null;
      for (; index < segments.length && !cookieValue.includes(';'); index += 1) {
        const segment = segments[index] as (typeof segments)[number];
        if ('text' in segment) cookieValue += segment.text;
        else hole ??= segment.hole;
      }
      if (name === '' || hole === null) return;
      let attributes = cookieValue.includes(';') ? cookieValue.slice(cookieValue.indexOf(';')) : '';
      for (; index < segments.length; index += 1) {
        const segment = segments[index] as (typeof segments)[number];
        attributes += 'text' in segment ? segment.text : '';
      }
      if (deletesCookie(attributes)) return;
      checkTokenWrite(hole, name, hole, scope, 'tokenInScriptCookie');
    }

    function checkSetItem(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, scope: Scope): void {
      if (memberName(callee, scope) !== STORAGE_WRITE_METHOD || !localStorageIn(callee.object, scope)) return;
      const [key, value] = call.arguments;
      if (!key || key.type === AST_NODE_TYPES.SpreadElement || value?.type === AST_NODE_TYPES.SpreadElement) return;
      checkTokenWrite(key, getStaticString(key, scope), value, scope);
    }

    function checkHook(call: TSESTree.CallExpression, scope: Scope): void {
      const [first] = call.arguments;
      if (!first) return;
      let keyNode: TSESTree.Node = first;
      const options = readOptionsObject(first, scope);
      if (options) {
        // Mantine: `useLocalStorage({ key: 'token', defaultValue: '' })`.
        const key = options.get('key');
        if (!key) return;
        keyNode = key.value;
      }
      const key = getStaticString(keyNode, scope);
      if (key !== null && isTokenLike(key)) reportTokenWrite(keyNode, key, 'tokenInLocalStorage');
    }

    function checkSetStorage(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, scope: Scope): void {
      const receiver = expressionName(callee.object); // `this.oauthService.setStorage()` → `oauthService`
      const [argument] = call.arguments;
      if (receiver === null || !OAUTH_RECEIVER.test(receiver) || !argument) return;
      const found = localStorageIn(argument, scope);
      if (found) reportStore(unwrapTypeScript(argument), sessionStorageEdit(found), '`sessionStorage` (the library default)');
    }

    function propertyKeyOf(node: TSESTree.Property): string | null {
      if (!node.computed && node.key.type === AST_NODE_TYPES.Identifier) return node.key.name;
      if (!node.computed && node.key.type === AST_NODE_TYPES.Literal) return typeof node.key.value === 'string' ? node.key.value : null;
      return getPropertyKey(node, scopeOf());
    }

    function checkSetting(key: string, value: TSESTree.Node, scope: Scope): void {
      if (key === CACHE_LOCATION_KEY) checkCacheLocation(key, value, scope);
      else if (key === OIDC_USER_STORE_KEY) checkUserStore(value, scope);
    }

    function onCall(node: TSESTree.CallExpression): void {
      const callee = node.callee;
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        if (!callee.computed && (callee.property.type !== AST_NODE_TYPES.Identifier || !CALLED_METHODS.has(callee.property.name))) return;
        const scope = scopeOf();
        const method = memberName(callee, scope);
        if (method === STORAGE_WRITE_METHOD) checkSetItem(node, callee, scope);
        else if (method === SET_STORAGE_METHOD) checkSetStorage(node, callee, scope);
        else if (method !== null && LOCAL_STORAGE_HOOKS.has(method)) checkHook(node, scope);
      } else if (callee.type === AST_NODE_TYPES.Identifier && LOCAL_STORAGE_HOOKS.has(callee.name)) {
        checkHook(node, scopeOf());
      }
    }

    const listeners: TSESLint.RuleListener = {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        const key = propertyKeyOf(node);
        if (key === null || !WATCHED_KEYS.has(key)) return;
        // A provider factory is resolved by name from where it is used.
        if (key === 'provide') checkAngularProvider(node, sourceCode.getScope(node));
        else if (key === OKTA_TOKEN_MANAGER_STORAGE_KEY || key === OKTA_STORAGE_TYPE_KEY) checkOktaStorage(node, key, scopeOf());
        else checkSetting(key, node.value, scopeOf());
      },

      AssignmentExpression(node) {
        if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const left = node.left;
        // Cheapest test first: `this.x = …`, `a.b.c = …` neither set a watched key nor write to localStorage.
        if (
          !left.computed &&
          left.property.type === AST_NODE_TYPES.Identifier &&
          left.property.name !== CACHE_LOCATION_KEY &&
          left.property.name !== OIDC_USER_STORE_KEY &&
          left.property.name !== COOKIE_PROPERTY &&
          !isIdentifier(left.object) &&
          !sourceCode.getText(left.object).includes(LOCAL_STORAGE)
        ) {
          return;
        }
        const scope = scopeOf();
        const key = memberName(left, scope);
        if (key === CACHE_LOCATION_KEY || key === OIDC_USER_STORE_KEY) {
          checkSetting(key, node.right, scope);
          return;
        }
        if (key === COOKIE_PROPERTY) {
          if (isDocumentGlobal(left.object, sourceCode.getScope(node))) checkScriptCookie(node.right, scope);
          return;
        }
        // `localStorage.token = t`, `localStorage['id_token'] = t`, `localStorage[TOKEN_KEY] = t`.
        if ((key !== null && STORAGE_METHODS.has(key)) || !localStorageIn(left.object, scope)) return;
        checkTokenWrite(left.property, key, node.right, scope);
      },

      'Program:exit'() {
        for (const { node } of getApiCalls(context, ZUSTAND_PERSIST_APIS)) {
          if (node.type === AST_NODE_TYPES.CallExpression) checkZustandPersist(node);
        }
        // js-cookie: `Cookies.set('access_token', token)`; script-set cookies cannot be HttpOnly.
        for (const { node } of getApiCalls(context, JS_COOKIE_APIS)) {
          if (node.type !== AST_NODE_TYPES.CallExpression) continue;
          const [key, value] = node.arguments;
          if (!key || key.type === AST_NODE_TYPES.SpreadElement || value?.type === AST_NODE_TYPES.SpreadElement) continue;
          const scope = sourceCode.getScope(node);
          checkTokenWrite(key, getStaticString(key, scope), value, scope, 'tokenInScriptCookie');
        }
      },

      JSXAttribute(node) {
        if (node.name.type !== AST_NODE_TYPES.JSXIdentifier) return;
        const key = node.name.name;
        if (key !== CACHE_LOCATION_KEY && key !== OIDC_USER_STORE_KEY) return;
        const value = node.value;
        if (!value) return;
        const expression = value.type === AST_NODE_TYPES.JSXExpressionContainer ? value.expression : value;
        if (expression.type === AST_NODE_TYPES.JSXEmptyExpression) return;
        checkSetting(key, expression, scopeOf());
      },
    };
    // File gates. Each family of findings needs names the file spells (a constant's literal is in the text too), or an
    // escape that could spell one, with which a file keeps every listener.
    const text = sourceCode.text;
    const escapes = textMayHoldEscape(sourceCode);
    let tokenNames: boolean | undefined;
    /** Whether the file can name a token: a token word, or one of `extraTokenNames`, compared in any case. */
    function mayNameToken(): boolean {
      if (tokenNames === undefined) {
        const lowerText = extraTokenNames.length > 0 ? text.toLowerCase() : '';
        tokenNames =
          escapes ||
          TOKEN_PIECES.some((piece) => textHolds(sourceCode, piece)) ||
          extraTokenNames.some((name) => lowerText.includes(name.toLowerCase()));
      }
      return tokenNames;
    }
    // A library setting is found by its key (`cacheLocation`, `userStore`); an Okta setting by its enclosing option and
    // its `'localStorage'` value, an Angular provider by its DI token.
    const settings = escapes || SETTING_KEYS.some((key) => textHolds(sourceCode, key));
    if (!settings) delete listeners.JSXAttribute;
    if (
      !settings &&
      !PROVIDER_TOKENS.some((name) => textHolds(sourceCode, name)) &&
      !(OKTA_OPTIONS.some((name) => textHolds(sourceCode, name)) && textHolds(sourceCode, LOCAL_STORAGE))
    ) {
      delete listeners.Property;
    }
    // An assignment writes a token into `document.cookie` or localStorage, under a token's name or from one.
    const writes = textHolds(sourceCode, COOKIE_PROPERTY) || textHolds(sourceCode, LOCAL_STORAGE);
    if (!settings && !(writes && mayNameToken())) delete listeners.AssignmentExpression;
    // zustand and js-cookie need their module, spelled as written, and store under a token's name.
    if (!(TRACKED_MODULES.some((module) => textHolds(sourceCode, module)) && mayNameToken())) delete listeners['Program:exit'];
    // The methods and hooks called are named as written (`setItem`, `setStorage`, `useLocalStorage…`), or computed inside
    // brackets: a file that can spell none of them and calls no computed member has no such call. `setItem` and the hooks
    // store under a token's name; `setStorage` counts only on an OAuth service (`oauthService.setStorage(localStorage)`).
    if (
      (fileMayHoldName(sourceCode, CALLED_NAME_PIECES) || hasBracketBefore(text, '(?<', true)) &&
      (mayNameToken() || (textMayHoldInAnyCase(sourceCode, OAUTH_RECEIVER.source) && OAUTH_RECEIVER.test(text)))
    ) {
      listeners.CallExpression = onCall;
    }
    return listeners;
  },
});
