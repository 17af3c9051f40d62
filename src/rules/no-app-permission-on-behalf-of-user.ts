import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  APP_ONLY_CREDENTIAL_APIS,
  APP_ONLY_METHODS,
  CLIENT_CREDENTIALS_GRANT,
  DEFAULT_ALLOWED_RESOURCES,
  GRANT_TYPE_FIELD,
  OBO_CONSTRUCTORS,
  OBO_KEYS,
  OBO_METHODS,
  OBO_VALUES,
  RAW_SCOPE_KEYS,
  instanceScopeSource,
  isAllowedScope,
  isOboName,
  parseFormFields,
  scopesOf,
  type ScopeSource,
} from '../models/app-only-tokens';
import {
  GUARDS_DECORATOR,
  HANDLER_KEY,
  HEADER_CONTAINERS,
  HEADER_GETTERS,
  INTERCEPTORS_KEY,
  OUTGOING_HOOK_KEYS,
  ROUTE_AUTH_KEY,
  ROUTE_CONFIG_METHODS,
  ROUTE_DECORATORS,
  ROUTE_HANDLER_EXPORTS,
  ROUTE_HOOK_KEYS,
  ROUTE_METHODS,
  ROUTE_SETTINGS_KEYS,
  isIdentityDecoratorName,
  isIdentityGetterKey,
  isIdentityHelperName,
  isIdentityPath,
  isMachineAuthName,
  isRequestParameterName,
  isRequestTypeName,
  isRouterName,
  isUserAuthNames,
  isUserTokenHeader,
} from '../models/request-identity';
import { AST_NODE_TYPES, calleeName, decoratorsOf, isEqualityOperator, isRegExpLiteral, memberChainNames, outermostTypeScriptWrapper, staticMemberName, unwrapTypeScript } from '../utils/ast';
import { enclosingFunctions, findCallSites } from '../utils/call-sites';
import { createRule } from '../utils/create-rule';
import { isFunctionNode, resolveFunction, type FunctionNode } from '../utils/functions';
import { getApiReferences } from '../utils/module-tracker';
import { nameWords } from '../utils/name-words';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getStatic, getStaticString } from '../utils/static-value';
import { walk } from '../utils/traverse';
import { textHolds } from '../utils/text-gate';

export type Options = [
  {
    /** Resources (or scopes) the app may reach with its own identity from a user's request: Key Vault, Storage… */
    allowedResources?: string[];
  },
];
export type MessageIds = 'appOnlyToken' | 'clientCredentialsGrant';

const { DefinitionType } = TSESLint.Scope;

/** Text that every reported file contains; a file without any of it is skipped at once. */
const TRIGGERS: readonly string[] = ['acquireToken', 'getToken', 'clientCredentialsGrant', CLIENT_CREDENTIALS_GRANT];

/** How many helper calls to follow from an app-only call up to the request handler that runs it. */
const MAX_CALLER_DEPTH = 3;

/** How many wrapper calls may stand between a handler and its registration: `router.get(p, asyncHandler(withAuth(h)))`. */
const MAX_WRAPPERS = 3;

/** What a placeholder `${...}` of a template stands for when the template is read as form fields. */
const PLACEHOLDER = '\u0000';

const HEADER_SETTERS: ReadonlySet<string> = new Set(['set', 'append', 'setHeader']);

/** Words of functions that compare two values: `timingSafeEqual`, `safeCompare`, `tsscmp`, `isEqual`. */
const COMPARISON_WORDS: ReadonlySet<string> = new Set(['equal', 'equals', 'compare', 'tsscmp', 'cmp']);

interface Candidate {
  /** The node to report: the method name, or the `client_credentials` value. */
  readonly node: TSESTree.Node;
  readonly messageId: MessageIds;
  readonly method: string;
  /** The scopes requested, or `null` when they are not statically known. */
  readonly scopes: readonly string[] | null;
}

/** What a function does, over its whole body (nested functions included). */
interface Facts {
  /** It exchanges the user's token on behalf of the user (`acquireTokenOnBehalfOf`, `OnBehalfOfCredential`…). */
  readonly obo: boolean;
  /** It reads the user's token or identity from its request. */
  readonly readsUser: boolean;
  /** It sets an `Authorization` header on its own parameter: an outgoing-request hook, not a handler. */
  readonly writesParameterAuth: boolean;
}

/** How a function is registered as a request handler. */
interface HandlerInfo {
  readonly registered: boolean;
  /** Expressions registered with it that may authenticate the user: middleware, route hooks, guards, wrappers. */
  readonly guards: readonly TSESTree.Node[];
  /** The route registration calls (`app.get(...)`), to look for earlier `app.use(auth)` on the same receiver. */
  readonly routeCalls: readonly TSESTree.CallExpression[];
}

/** The node through which `node`'s value flows on: past TypeScript wrappers, `await` and `?.` chains. */
function valueParent(node: TSESTree.Node): { parent: TSESTree.Node | undefined; child: TSESTree.Node } {
  let child = outermostTypeScriptWrapper(node);
  while (child.parent?.type === AST_NODE_TYPES.ChainExpression || child.parent?.type === AST_NODE_TYPES.AwaitExpression) {
    child = outermostTypeScriptWrapper(child.parent);
  }
  return { parent: child.parent, child };
}

function isWriteTarget(node: TSESTree.Node): boolean {
  const target = outermostTypeScriptWrapper(node);
  const parent = target.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === target;
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return true;
  return parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete';
}

/** `x.headers`, `x.header` or a variable named `headers`: the request headers. */
function isHeadersObject(node: TSESTree.Node): boolean {
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.Identifier) return HEADER_CONTAINERS.has(target.name);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticMemberName(target);
    return name !== null && HEADER_CONTAINERS.has(name);
  }
  return false;
}

/** The name of a decorator: `@Get()` → `Get`, `@UseGuards(...)` → `UseGuards`, `@nest.Get()` → `Get`. */
function decoratorName(decorator: TSESTree.Decorator): string | null {
  const expression = decorator.expression;
  return calleeName(expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression);
}

/** True for a static route path (`'/me'`, `/^\/api/`, `['/a', '/b']`), as `app.get(path, ...)` takes first. */
function isRoutePath(node: TSESTree.Node | undefined, path: string | null): boolean {
  if (!node) return false;
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.ArrayExpression) return true;
  if (isRegExpLiteral(target)) return true;
  if (target.type === AST_NODE_TYPES.TemplateLiteral) return target.quasis[0]?.value.cooked?.startsWith('/') === true;
  return path !== null && (path.startsWith('/') || path.startsWith('*'));
}

/** True when `path` is `prefix` or below it: `/api/me` under `/api`. */
function isUnderPath(path: string, prefix: string): boolean {
  if (prefix === '/' || prefix === '' || path === prefix) return true;
  return path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/** The key chain from a parameter's root to `id` inside a destructuring pattern: `({ auth: { payload } })` → `auth.payload`. */
function patternPath(id: TSESTree.Node, root: TSESTree.Node): string[] | null {
  const keys: string[] = [];
  let current: TSESTree.Node = id;
  while (current !== root) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return null;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === current) {
      if (parent.computed || parent.key.type !== AST_NODE_TYPES.Identifier) {
        if (parent.key.type !== AST_NODE_TYPES.Literal || typeof parent.key.value !== 'string') return null;
        keys.unshift(parent.key.value);
      } else {
        keys.unshift(parent.key.name);
      }
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern || parent.type === AST_NODE_TYPES.RestElement) {
      return null;
    }
    current = parent;
  }
  return keys;
}

/** The leaves of a destructuring pattern with their key paths: `{ state: { user } }` → `state.user`. */
function patternLeaves(pattern: TSESTree.ObjectPattern): string[][] {
  const leaves: string[][] = [];
  const visit = (node: TSESTree.Node, keys: string[]): void => {
    if (node.type === AST_NODE_TYPES.AssignmentPattern) {
      visit(node.left, keys);
      return;
    }
    if (node.type !== AST_NODE_TYPES.ObjectPattern) {
      leaves.push(keys);
      return;
    }
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = property.computed ? null : property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
      if (key !== null) visit(property.value, [...keys, key]);
    }
  };
  visit(pattern, []);
  return leaves;
}

export default createRule<Options, MessageIds>({
  name: 'no-app-permission-on-behalf-of-user',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow app-only token acquisition in request handlers that act for a signed-in user',
      recommended: 'strict',
      principle: 'least-privilege',
      cwe: ['CWE-441', 'CWE-269'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowedResources: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Resources (`https://vault.azure.net`) or scopes (`https://vault.azure.net/.default`) of the platform\'s own infrastructure that the app may reach with its own identity while serving a user; subdomains of an `https` entry match too. Replaces the default list.',
          },
        },
      },
    ],
    messages: {
      appOnlyToken:
        '`{{method}}` gets an app-only token in a handler that acts for a signed-in user, so the downstream API grants the app\'s own permissions whoever the user is (a confused deputy); exchange the incoming token with `acquireTokenOnBehalfOf({ oboAssertion, scopes })` or an `OnBehalfOfCredential` instead.',
      clientCredentialsGrant:
        'This `client_credentials` token request runs in a handler that acts for a signed-in user, so the downstream API grants the app\'s own permissions whoever the user is (a confused deputy); use the on-behalf-of grant with the incoming token instead.',
    },
    defaultOptions: [{ allowedResources: [...DEFAULT_ALLOWED_RESOURCES] }],
  },
  create(context, [{ allowedResources = DEFAULT_ALLOWED_RESOURCES }]) {
    const sourceCode = context.sourceCode;
    if (!TRIGGERS.some((trigger) => textHolds(sourceCode, trigger))) return {};

    const candidates: Candidate[] = [];
    const useCalls: TSESTree.CallExpression[] = [];
    const factsCache = new Map<FunctionNode, Facts>();
    const handlerCache = new Map<FunctionNode, HandlerInfo | null>();
    const callSitesCache = new Map<FunctionNode, TSESTree.CallExpression[]>();
    const guardCache = new Map<TSESTree.Node, boolean>();

    // ---- Scopes ----

    function scopesOfValue(node: TSESTree.Node | undefined): string[] | null {
      if (!node) return null;
      const value = getStatic(node, sourceCode.getScope(node));
      return value ? scopesOf(value.value) : null;
    }

    /** The scopes an options object asks for under `keys`, or `null` when some are unknown or none is set. */
    function scopesOfOptions(node: TSESTree.Node | undefined, keys: readonly string[]): string[] | null {
      if (!node) return null;
      const options = readOptionsObject(node, sourceCode.getScope(node));
      if (!options) return null;
      const scopes: string[] = [];
      let found = false;
      for (const key of keys) {
        const property = options.get(key);
        if (!property) continue;
        const values = property.staticValue ? scopesOf(property.staticValue.value) : null;
        if (values === null) return null;
        scopes.push(...values);
        found = true;
      }
      return found ? scopes : null;
    }

    function readScopes(call: TSESTree.CallExpression, source: ScopeSource): string[] | null {
      const keys = source.keys;
      if (source.argument === 'any') {
        if (!keys) return null;
        const scopes: string[] = [];
        for (const argument of call.arguments) {
          const found = scopesOfOptions(argument, keys);
          if (found) scopes.push(...found);
        }
        return scopes.length > 0 ? scopes : null;
      }
      const argument = call.arguments[source.argument];
      return keys ? scopesOfOptions(argument, keys) : scopesOfValue(argument);
    }

    function addCall(call: TSESTree.CallExpression, method: string, source: ScopeSource): void {
      const callee = unwrapTypeScript(call.callee);
      const node = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
      candidates.push({ node, messageId: 'appOnlyToken', method, scopes: readScopes(call, source) });
    }

    // ---- What a function does ----

    /** The reference identifiers of `fn`'s parameters, with the key path each stands for inside its parameter. */
    function parameterReferences(fn: FunctionNode): Map<TSESTree.Node, string[]> {
      const found = new Map<TSESTree.Node, string[]>();
      for (const variable of sourceCode.getDeclaredVariables(fn)) {
        const definition = variable.defs[0];
        if (definition?.type !== DefinitionType.Parameter) continue;
        const root = fn.params.find((param) => param.range[0] <= definition.name.range[0] && definition.name.range[1] <= param.range[1]);
        const base = root ? patternPath(definition.name, root) : null;
        if (!base) continue;
        found.set(definition.name, base);
        for (const reference of variable.references) found.set(reference.identifier, base);
      }
      return found;
    }

    /** True when a read through `id` (a parameter or part of one, at `base`) reaches the user's identity. */
    function readsIdentity(id: TSESTree.Node, base: readonly string[]): boolean {
      const path = [...base];
      if (isIdentityPath(path)) return true;
      let current = outermostTypeScriptWrapper(id);
      for (;;) {
        const parent: TSESTree.Node | undefined = current.parent;
        if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
          const name = parent.computed ? getPropertyKey(parent, sourceCode.getScope(parent)) : staticMemberName(parent);
          if (name === null) return false;
          path.push(name);
          if (isIdentityPath(path)) return !isWriteTarget(parent);
          current = outermostTypeScriptWrapper(parent);
        } else if (parent?.type === AST_NODE_TYPES.ChainExpression) {
          current = outermostTypeScriptWrapper(parent);
        } else {
          break;
        }
      }
      // `const { user } = req;`, `const { state: { user } } = ctx;`
      const { parent } = valueParent(current);
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
        return patternLeaves(parent.id).some((keys) => isIdentityPath([...path, ...keys]));
      }
      return false;
    }

    /** True when the `{ authorization }` key of an object pattern destructures request headers. */
    function destructuresTokenHeader(property: TSESTree.Property): boolean {
      const pattern = property.parent;
      if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return false;
      const holder = pattern.parent;
      if (holder.type === AST_NODE_TYPES.VariableDeclarator) return holder.init !== null && isHeadersObject(holder.init);
      if (holder.type === AST_NODE_TYPES.AssignmentExpression) return isHeadersObject(holder.right);
      if (holder.type === AST_NODE_TYPES.Property && holder.value === pattern && holder.parent.type === AST_NODE_TYPES.ObjectPattern) {
        const key = holder.computed ? null : holder.key.type === AST_NODE_TYPES.Identifier ? holder.key.name : null;
        return key !== null && HEADER_CONTAINERS.has(key);
      }
      return false;
    }

    /** True when a value is compared for equality: `v === x`, `timingSafeEqual(Buffer.from(v), x)`, `safeCompare(v, x)`. */
    function isCompared(node: TSESTree.Node): boolean {
      let { parent, child } = valueParent(node);
      if (parent?.type === AST_NODE_TYPES.BinaryExpression) return isEqualityOperator(parent.operator);
      // `Buffer.from(v)` on its way to a constant-time comparison.
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== child && calleeName(parent.callee) === 'from') {
        ({ parent, child } = valueParent(parent));
      }
      if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee === child) return false;
      const name = calleeName(parent.callee);
      return name !== null && nameWords(name).some((word) => COMPARISON_WORDS.has(word));
    }

    /** True when a value is only tested for presence: `!v`, `if (v)`, `v && …`. */
    function isPresenceTest(node: TSESTree.Node): boolean {
      const { parent, child } = valueParent(node);
      if (parent?.type === AST_NODE_TYPES.UnaryExpression) return parent.operator === '!';
      if (parent?.type === AST_NODE_TYPES.IfStatement || parent?.type === AST_NODE_TYPES.ConditionalExpression) return parent.test === child;
      return parent?.type === AST_NODE_TYPES.LogicalExpression && parent.left === child;
    }

    /**
     * True when a header value is only ever compared with something (`auth !== \`Bearer ${process.env.CRON_SECRET}\``,
     * `timingSafeEqual(...)`) and otherwise only tested for presence: a shared secret checked for a scheduler or a
     * webhook, never a user's token, which is verified, not compared.
     */
    function isComparedOnly(read: TSESTree.Node): boolean {
      if (isCompared(read)) return true;
      const { parent, child } = valueParent(read);
      if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== child || parent.id.type !== AST_NODE_TYPES.Identifier) return false;
      const references = sourceCode.getDeclaredVariables(parent)[0]?.references.filter((reference) => reference.isRead()) ?? [];
      return (
        references.some((reference) => isCompared(reference.identifier)) &&
        references.every((reference) => isCompared(reference.identifier) || isPresenceTest(reference.identifier))
      );
    }

    function factsOf(fn: FunctionNode): Facts {
      const cached = factsCache.get(fn);
      if (cached) return cached;
      let obo = false;
      let readsUser = false;
      let writesParameterAuth = false;
      const parameters = parameterReferences(fn);
      const rootedAtParameter = (node: TSESTree.Node): boolean => {
        let current = unwrapTypeScript(node);
        while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapTypeScript(current.object);
        return current.type === AST_NODE_TYPES.Identifier && parameters.has(current);
      };

      for (const [id, base] of parameters) {
        if (readsIdentity(id, base)) {
          readsUser = true;
          break;
        }
      }
      // NestJS parameter decorators: `@User() user`, `@Headers('authorization') auth`.
      for (const param of fn.params) {
        const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
        for (const decorator of decoratorsOf(target)) {
          const name = decoratorName(decorator);
          const expression = decorator.expression;
          const argument = expression.type === AST_NODE_TYPES.CallExpression ? expression.arguments[0] : undefined;
          const header = getStaticString(argument, sourceCode.getScope(decorator));
          if ((name !== null && isIdentityDecoratorName(name)) || (name === 'Headers' && header !== null && isUserTokenHeader(header))) {
            readsUser = true;
          }
        }
      }

      walk(fn, sourceCode.visitorKeys, (node) => {
        switch (node.type) {
          case AST_NODE_TYPES.CallExpression: {
            const name = calleeName(node.callee);
            if (name === null) break;
            if (OBO_METHODS.has(name) || isOboName(name)) obo = true;
            const callee = unwrapTypeScript(node.callee);
            const first = node.arguments[0];
            if (callee.type === AST_NODE_TYPES.MemberExpression && first && (HEADER_GETTERS.has(name) || HEADER_SETTERS.has(name))) {
              const key = getStaticString(first, sourceCode.getScope(node));
              if (key !== null && HEADER_GETTERS.has(name) && isIdentityGetterKey(key) && !isComparedOnly(node)) readsUser = true;
              if (key !== null && HEADER_SETTERS.has(name) && isUserTokenHeader(key) && rootedAtParameter(callee.object)) {
                writesParameterAuth = true;
              }
            }
            // `getToken({ req })`, `getAuth(req)`, `extractBearer(request)`.
            if (
              isIdentityHelperName(name) &&
              node.arguments.some((argument) => {
                const value = unwrapTypeScript(argument);
                if (value.type === AST_NODE_TYPES.Identifier) return parameters.get(value)?.length === 0;
                return (
                  value.type === AST_NODE_TYPES.ObjectExpression &&
                  value.properties.some(
                    (property) =>
                      property.type === AST_NODE_TYPES.Property &&
                      property.value.type === AST_NODE_TYPES.Identifier &&
                      parameters.get(property.value)?.length === 0,
                  )
                );
              })
            ) {
              readsUser = true;
            }
            break;
          }
          case AST_NODE_TYPES.NewExpression: {
            const name = calleeName(node.callee);
            if (name !== null && OBO_CONSTRUCTORS.has(name)) obo = true;
            break;
          }
          case AST_NODE_TYPES.Property: {
            const key = node.computed ? null : node.key.type === AST_NODE_TYPES.Identifier ? node.key.name : typeof node.key.value === 'string' ? node.key.value : null;
            if (key === null) break;
            if (node.parent.type === AST_NODE_TYPES.ObjectExpression && OBO_KEYS.has(key)) obo = true;
            if (node.parent.type === AST_NODE_TYPES.ObjectPattern && isUserTokenHeader(key) && destructuresTokenHeader(node)) readsUser = true;
            break;
          }
          case AST_NODE_TYPES.Literal: {
            if (typeof node.value === 'string' && OBO_VALUES.has(node.value)) obo = true;
            break;
          }
          case AST_NODE_TYPES.MemberExpression: {
            const name = staticMemberName(node);
            if (name === null || !isUserTokenHeader(name) || !isHeadersObject(node.object)) break;
            if (isWriteTarget(node)) {
              if (rootedAtParameter(node.object)) writesParameterAuth = true;
            } else if (!isComparedOnly(node)) {
              readsUser = true;
            }
            break;
          }
          default:
            break;
        }
        return true;
      });

      const facts: Facts = { obo, readsUser, writesParameterAuth };
      factsCache.set(fn, facts);
      return facts;
    }

    // ---- Handlers ----

    function isRouteCall(call: TSESTree.CallExpression): boolean {
      const callee = unwrapTypeScript(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const name = staticMemberName(callee);
      if (name === null || !ROUTE_METHODS.has(name) || memberChainNames(callee.object).includes(INTERCEPTORS_KEY)) return false;
      if (name === 'use' || name === 'all') return true;
      const first = call.arguments[0];
      return call.arguments.length >= 2 && isRoutePath(first, getStaticString(first, sourceCode.getScope(call)));
    }

    /** True for a call that takes a route configuration object: `fastify.route({...})`, `app.http('name', {...})`. */
    function isRouteConfigCall(call: TSESTree.CallExpression): boolean {
      const callee = unwrapTypeScript(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const name = staticMemberName(callee);
      return name !== null && ROUTE_CONFIG_METHODS.has(name);
    }

    /** True when `fn` sits where an HTTP client expects an outgoing-request hook: axios interceptors, got/ky hooks. */
    function isOutgoingHook(fn: FunctionNode): boolean {
      const { parent, child } = valueParent(fn);
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(child as TSESTree.CallExpressionArgument)) {
        return memberChainNames(parent.callee).includes(INTERCEPTORS_KEY);
      }
      const holder = parent?.type === AST_NODE_TYPES.ArrayExpression ? parent.parent : parent;
      if (holder?.type !== AST_NODE_TYPES.Property) return false;
      const key = getPropertyKey(holder, sourceCode.getScope(holder));
      return key !== null && OUTGOING_HOOK_KEYS.has(key);
    }

    function hasRequestShape(fn: FunctionNode): boolean {
      return fn.params.slice(0, 2).some((param) => {
        const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
        if (target.type !== AST_NODE_TYPES.Identifier) return false;
        if (isRequestParameterName(target.name)) return true;
        const type = target.typeAnnotation?.typeAnnotation;
        if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
        const typeName = type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right.name : type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName.name : null;
        return typeName !== null && isRequestTypeName(typeName);
      });
    }

    /** The route configuration a `{ handler }` object belongs to: the object (and hapi's outer one), when registered. */
    function routeConfigsOf(object: TSESTree.ObjectExpression): TSESTree.ObjectExpression[] | null {
      const { parent, child } = valueParent(object);
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(child as TSESTree.CallExpressionArgument)) {
        return isRouteConfigCall(parent) ? [object] : null;
      }
      if (parent?.type === AST_NODE_TYPES.ArrayExpression) {
        const call = valueParent(parent).parent;
        return call?.type === AST_NODE_TYPES.CallExpression && isRouteConfigCall(call) ? [object] : null;
      }
      if (parent?.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
        const key = getPropertyKey(parent, sourceCode.getScope(parent));
        if (key === null || !ROUTE_SETTINGS_KEYS.has(key)) return null;
        const outer = routeConfigsOf(parent.parent);
        return outer ? [object, ...outer] : null;
      }
      return null;
    }

    /** Follows one expression that denotes `fn` up through wrapper calls to a registration, filling `guards`/`routeCalls`. */
    function registrationOf(fn: FunctionNode, site: TSESTree.Node, guards: TSESTree.Node[], routeCalls: TSESTree.CallExpression[]): boolean {
      const wrappers: TSESTree.Node[] = [];
      let current = site;
      for (let depth = 0; depth <= MAX_WRAPPERS; depth += 1) {
        const { parent, child } = valueParent(current);
        if (!parent) return false;
        if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(child as TSESTree.CallExpressionArgument)) {
          if (isRouteCall(parent)) {
            const index = parent.arguments.indexOf(child as TSESTree.CallExpressionArgument);
            guards.push(...parent.arguments.slice(0, index), ...wrappers);
            routeCalls.push(parent);
            return true;
          }
          if (parent.callee === child) return false;
          wrappers.push(parent.callee);
          current = parent;
          continue;
        }
        if (parent.type === AST_NODE_TYPES.Property && parent.value === child && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
          if (getPropertyKey(parent, sourceCode.getScope(parent)) !== HANDLER_KEY) return false;
          const configs = routeConfigsOf(parent.parent);
          if (!configs) return false;
          guards.push(...configs, ...wrappers);
          return true;
        }
        // `export default async function handler(req, res)` (Next.js pages API) or `export default withAuth(handler)`;
        // a default-exported `function (app) { ... }` that registers routes is not itself a handler.
        if (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
          if (wrappers.length === 0 && !hasRequestShape(fn)) return false;
          guards.push(...wrappers);
          return true;
        }
        if (
          parent.type === AST_NODE_TYPES.VariableDeclarator &&
          parent.id.type === AST_NODE_TYPES.Identifier &&
          ROUTE_HANDLER_EXPORTS.has(parent.id.name) &&
          parent.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration
        ) {
          guards.push(...wrappers);
          return true;
        }
        return false;
      }
      return false;
    }

    /** The expressions that denote `fn`: the function itself and the references to the name it is bound to. */
    function sitesOf(fn: FunctionNode): TSESTree.Node[] {
      const sites: TSESTree.Node[] = [fn];
      let declaring: TSESTree.Node | null = null;
      let name: string | null = null;
      if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
        declaring = fn;
        name = fn.id.name;
      } else if (fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.id.type === AST_NODE_TYPES.Identifier) {
        declaring = fn.parent;
        name = fn.parent.id.name;
      }
      if (declaring && name !== null) {
        const variable = sourceCode.getDeclaredVariables(declaring).find((candidate) => candidate.name === name);
        for (const reference of variable?.references ?? []) if (reference.isRead()) sites.push(reference.identifier);
      }
      return sites;
    }

    function handlerInfo(fn: FunctionNode): HandlerInfo | null {
      if (handlerCache.has(fn)) return handlerCache.get(fn) ?? null;
      let info: HandlerInfo | null = null;
      if (!isOutgoingHook(fn)) {
        const guards: TSESTree.Node[] = [];
        const routeCalls: TSESTree.CallExpression[] = [];
        let registered = false;
        for (const site of sitesOf(fn)) if (registrationOf(fn, site, guards, routeCalls)) registered = true;
        // Next.js route handlers: `export async function GET(request) {...}`.
        if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id && ROUTE_HANDLER_EXPORTS.has(fn.id.name) && fn.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) {
          registered = true;
        }
        // NestJS and routing-controllers: `@Get() method(...)` in a controller class.
        const method = fn.parent;
        if (method.type === AST_NODE_TYPES.MethodDefinition && method.value === fn) {
          const names = decoratorsOf(method).map(decoratorName);
          if (names.some((name) => name !== null && ROUTE_DECORATORS.has(name))) {
            registered = true;
            guards.push(...decoratorsOf(method), ...decoratorsOf(method.parent.parent));
          }
        }
        if (registered || hasRequestShape(fn)) info = { registered, guards, routeCalls };
      }
      handlerCache.set(fn, info);
      return info;
    }

    /** True when an expression registered with a handler authenticates the user. */
    function isAuthGuard(node: TSESTree.Node, depth = 0): boolean {
      const cached = guardCache.get(node);
      if (cached !== undefined) return cached;
      let result = false;
      const target = node.type === AST_NODE_TYPES.Decorator ? node.expression : unwrapTypeScript(node);
      if (depth > 4) return false;
      if (node.type === AST_NODE_TYPES.Decorator && decoratorName(node) === GUARDS_DECORATOR && target.type === AST_NODE_TYPES.CallExpression) {
        result = target.arguments.some((argument) => isAuthGuard(argument, depth + 1));
      } else if (node.type === AST_NODE_TYPES.Decorator) {
        const name = decoratorName(node);
        result = name !== null && !ROUTE_DECORATORS.has(name) && isUserAuthNames([name]);
      } else if (target.type === AST_NODE_TYPES.ArrayExpression) {
        result = target.elements.some((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isAuthGuard(element, depth + 1));
      } else if (target.type === AST_NODE_TYPES.ObjectExpression) {
        result = isAuthRouteConfig(target, depth);
      } else if (isFunctionNode(target)) {
        result = factsOf(target).readsUser;
      } else if (
        target.type === AST_NODE_TYPES.Identifier ||
        target.type === AST_NODE_TYPES.MemberExpression ||
        target.type === AST_NODE_TYPES.CallExpression
      ) {
        const names = memberChainNames(target);
        if (target.type === AST_NODE_TYPES.CallExpression) {
          const strategy = getStaticString(target.arguments[0], sourceCode.getScope(target));
          if (strategy !== null) names.push(strategy);
        }
        result = !names.some(isRouterName) && isUserAuthNames(names);
        if (!result && target.type === AST_NODE_TYPES.Identifier) {
          const fn = resolveFunction(target, sourceCode.getScope(target));
          result = fn !== null && factsOf(fn).readsUser;
        }
      }
      guardCache.set(node, result);
      return result;
    }

    /** Route settings that authenticate: fastify `onRequest`/`preHandler` hooks, hapi `auth` (unless `false`). */
    function isAuthRouteConfig(object: TSESTree.ObjectExpression, depth: number): boolean {
      const options = readOptionsObject(object, sourceCode.getScope(object));
      if (!options) return false;
      return options.properties.some(({ key, value, staticValue }) => {
        if (ROUTE_HOOK_KEYS.has(key)) return isAuthGuard(value, depth + 1);
        if (key === ROUTE_AUTH_KEY) {
          if (!staticValue) return true;
          return typeof staticValue.value === 'string' && !isMachineAuthName(staticValue.value);
        }
        return ROUTE_SETTINGS_KEYS.has(key) && value.type === AST_NODE_TYPES.ObjectExpression && isAuthRouteConfig(value, depth + 1);
      });
    }

    /** What identifies a receiver: the variable an identifier resolves to, else the source text (`this.app`). */
    function receiverKey(node: TSESTree.Node): unknown {
      const target = unwrapTypeScript(node);
      if (target.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
        if (variable && variable.defs.length > 0) return variable;
      }
      return sourceCode.getText(target);
    }

    /** What an `x.use(...)` call registers, read once per file. */
    interface UseRegistration {
      readonly position: number;
      readonly receiver: unknown;
      readonly path: string | null;
      readonly middleware: readonly TSESTree.CallExpressionArgument[];
      /** The receivers of routers it mounts (`router`, `router.routes()`), by argument position in `middleware`. */
      readonly mounts: readonly unknown[];
    }
    let registrations: UseRegistration[] | null = null;

    function useRegistrations(): UseRegistration[] {
      registrations ??= useCalls.map((use) => {
        const callee = unwrapTypeScript(use.callee) as TSESTree.MemberExpression;
        const path = getStaticString(use.arguments[0], sourceCode.getScope(use));
        const middleware = path === null ? use.arguments : use.arguments.slice(1);
        const mounts = middleware.map((argument) => {
          let target = unwrapTypeScript(argument);
          if (target.type === AST_NODE_TYPES.CallExpression && target.callee.type === AST_NODE_TYPES.MemberExpression) target = unwrapTypeScript(target.callee.object);
          return target.type === AST_NODE_TYPES.Identifier ? receiverKey(target) : null;
        });
        return { position: use.range[0], receiver: receiverKey(callee.object), path, middleware, mounts };
      });
      return registrations;
    }

    /**
     * True when user authentication runs before code registered on `receiver` at `position` for `path`: an earlier
     * `receiver.use([prefix,] auth)`, or a mount of `receiver` behind authentication (`app.use('/api', auth, router)`,
     * or `app.use(auth)` before `app.use(router)`), following mounts a few levels up.
     */
    function isProtectedByUse(receiver: unknown, position: number, path: string | null, depth: number): boolean {
      return useRegistrations().some((use) => {
        if (use.position === position) return false;
        if (use.receiver === receiver) {
          if (use.position > position) return false;
          if (use.path !== null && (path === null || !isUnderPath(path, use.path))) return false;
          return use.middleware.some((argument) => isAuthGuard(argument));
        }
        if (depth >= MAX_CALLER_DEPTH) return false;
        const mount = use.mounts.indexOf(receiver);
        if (mount < 0) return false;
        if (use.middleware.slice(0, mount).some((argument) => isAuthGuard(argument))) return true;
        const mountedPath = use.path === null ? path : path === null ? use.path : `${use.path.replace(/\/$/u, '')}${path}`;
        return isProtectedByUse(use.receiver, use.position, mountedPath, depth + 1);
      });
    }

    function isRouteProtected(route: TSESTree.CallExpression): boolean {
      const callee = unwrapTypeScript(route.callee) as TSESTree.MemberExpression;
      const routePath = staticMemberName(callee) === 'use' ? null : getStaticString(route.arguments[0], sourceCode.getScope(route));
      return isProtectedByUse(receiverKey(callee.object), route.range[0], routePath, 0);
    }

    function servesUser(fn: FunctionNode, info: HandlerInfo): boolean {
      const facts = factsOf(fn);
      if (!info.registered && facts.writesParameterAuth) return false;
      return facts.readsUser || info.guards.some((guard) => isAuthGuard(guard)) || info.routeCalls.some(isRouteProtected);
    }

    function callSitesOf(fn: FunctionNode): TSESTree.CallExpression[] {
      let sites = callSitesCache.get(fn);
      if (!sites) {
        sites = findCallSites(fn, sourceCode);
        callSitesCache.set(fn, sites);
      }
      return sites;
    }

    /**
     * True when `node` runs in a request handler that serves a signed-in user and does no on-behalf-of exchange.
     * Walks out through the enclosing functions; a function called by name in this file is followed to its call
     * sites instead of to the function that merely defines it (a few calls deep).
     */
    function actsForUser(node: TSESTree.Node, depth: number): boolean {
      for (const fn of enclosingFunctions(node)) {
        if (factsOf(fn).obo) return false;
        const info = handlerInfo(fn);
        if (info && servesUser(fn, info)) return true;
        const sites = depth < MAX_CALLER_DEPTH ? callSitesOf(fn) : [];
        if (sites.length > 0) return sites.some((site) => actsForUser(site, depth + 1));
      }
      return false;
    }

    // ---- Raw client-credentials requests ----

    function checkFormText(node: TSESTree.Node, formText: string): void {
      if (!formText.includes(CLIENT_CREDENTIALS_GRANT)) return;
      const fields = parseFormFields(formText);
      if (fields?.get(GRANT_TYPE_FIELD) !== CLIENT_CREDENTIALS_GRANT) return;
      let scopes: string[] | null = [];
      for (const key of RAW_SCOPE_KEYS) {
        const value = fields.get(key);
        if (value === undefined) continue;
        const parts = value.includes(PLACEHOLDER) ? null : scopesOf(value);
        if (!parts) {
          scopes = null;
          break;
        }
        scopes.push(...parts);
      }
      candidates.push({
        node,
        messageId: 'clientCredentialsGrant',
        method: CLIENT_CREDENTIALS_GRANT,
        scopes: scopes && scopes.length > 0 ? scopes : null,
      });
    }

    /** `this.credential = new ClientSecretCredential(...)` in a class: the class's `this.credential.getToken(...)` calls. */
    function addClassFieldCalls(construction: TSESTree.Node, module: string, methods: readonly string[]): void {
      const { parent, child } = valueParent(construction);
      let field: string | null = null;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === child) {
        const left = parent.left;
        if (left.type === AST_NODE_TYPES.MemberExpression && left.object.type === AST_NODE_TYPES.ThisExpression) field = staticMemberName(left);
      } else if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === child && !parent.static && !parent.computed) {
        field = parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : null;
      }
      if (field === null) return;
      let classBody: TSESTree.Node | undefined = parent;
      while (classBody && classBody.type !== AST_NODE_TYPES.ClassBody) classBody = classBody.parent;
      if (!classBody) return;
      walk(classBody, sourceCode.visitorKeys, (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression) return true;
        const callee = unwrapTypeScript(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return true;
        const method = staticMemberName(callee);
        const receiver = unwrapTypeScript(callee.object);
        if (
          method !== null &&
          methods.includes(method) &&
          receiver.type === AST_NODE_TYPES.MemberExpression &&
          receiver.object.type === AST_NODE_TYPES.ThisExpression &&
          staticMemberName(receiver) === field
        ) {
          addCall(node, method, instanceScopeSource(module, method));
        }
        return true;
      });
    }

    return {
      CallExpression(node) {
        const name = calleeName(node.callee);
        if (name === null) return;
        if (name === 'use') {
          if (unwrapTypeScript(node.callee).type === AST_NODE_TYPES.MemberExpression) useCalls.push(node);
          return;
        }
        const source = APP_ONLY_METHODS.get(name);
        if (source) {
          addCall(node, name, source);
          return;
        }
        // `params.append('grant_type', 'client_credentials')`
        if ((name === 'append' || name === 'set') && node.arguments.length === 2) {
          const scope = sourceCode.getScope(node);
          const [field, value] = node.arguments;
          if (getStaticString(field, scope) === GRANT_TYPE_FIELD && value && getStaticString(value, scope) === CLIENT_CREDENTIALS_GRANT) {
            candidates.push({ node: value, messageId: 'clientCredentialsGrant', method: CLIENT_CREDENTIALS_GRANT, scopes: null });
          }
        }
      },

      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        const key = node.computed ? getPropertyKey(node, sourceCode.getScope(node)) : node.key.type === AST_NODE_TYPES.Identifier ? node.key.name : typeof node.key.value === 'string' ? node.key.value : null;
        if (key !== GRANT_TYPE_FIELD) return;
        const scope = sourceCode.getScope(node);
        if (getStaticString(node.value, scope) !== CLIENT_CREDENTIALS_GRANT) return;
        candidates.push({
          node: node.value,
          messageId: 'clientCredentialsGrant',
          method: CLIENT_CREDENTIALS_GRANT,
          scopes: scopesOfOptions(node.parent, RAW_SCOPE_KEYS),
        });
      },

      Literal(node) {
        if (typeof node.value === 'string' && node.value.includes('=')) checkFormText(node, node.value);
      },

      TemplateLiteral(node) {
        if (node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression) return;
        if (!node.quasis.some((quasi) => quasi.value.raw.includes(CLIENT_CREDENTIALS_GRANT))) return;
        const parts: string[] = [];
        for (const quasi of node.quasis) {
          if (quasi.value.cooked === null) return;
          parts.push(quasi.value.cooked);
        }
        checkFormText(node, parts.join(PLACEHOLDER));
      },

      'Program:exit'() {
        for (const reference of getApiReferences(context, APP_ONLY_CREDENTIAL_APIS)) {
          if (reference.node.type !== AST_NODE_TYPES.CallExpression) {
            if (reference.kind === 'construct') addClassFieldCalls(reference.node, reference.api.module, reference.api.instanceMethods ?? []);
            continue;
          }
          if (reference.kind === 'instance-call' && reference.method) {
            addCall(reference.node, reference.method, instanceScopeSource(reference.api.module, reference.method));
          } else if (reference.kind === 'call') {
            const method = reference.api.path.at(-1) ?? '';
            const source = APP_ONLY_METHODS.get(method);
            if (source && calleeName(reference.node.callee) !== method) addCall(reference.node, method, source);
          }
        }

        const seen = new Set<TSESTree.Node>();
        for (const candidate of candidates) {
          if (seen.has(candidate.node)) continue;
          seen.add(candidate.node);
          if (candidate.scopes?.length && candidate.scopes.every((scope) => isAllowedScope(scope, allowedResources))) continue;
          if (!actsForUser(candidate.node, 0)) continue;
          context.report({ node: candidate.node, messageId: candidate.messageId, data: { method: candidate.method } });
        }
      },
    };
  },
});
