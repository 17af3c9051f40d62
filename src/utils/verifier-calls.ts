/**
 * Verifier sites: every call or construction in a file that verifies, signs or decodes a JWT, builds verifying
 * middleware or a strategy, or registers a plugin/module that will verify — with its token, key and options read
 * through the verifier model (`src/models/verifiers.ts`). Rules ask `site.get('audience')` instead of knowing that
 * fast-jwt calls it `allowedAud`, that passport-jwt ignores it inside `jsonWebTokenOptions`, or that
 * express-oauth2-jwt-bearer turns it off with `validators: { aud: false }`.
 *
 * Found through the module tracker (every import form, instances via `instanceMethods`), plus the shapes it cannot
 * follow: `fastify.register(fastifyJwt, opts)` (any binding of `@fastify/jwt` as the first argument of a `register`
 * call), the decorators it adds (`x.jwt.verify/sign/decode`, `request.jwtVerify`, `reply.jwtSign`, only in files that
 * load `@fastify/jwt`, `fastify` or `fastify-plugin`), `server.auth.strategy(name, 'jwt', opts)` in files that load
 * `@hapi/jwt` or `hapi-auth-jwt2`, and Nest's injected `JwtService` (a constructor parameter or class property typed
 * `JwtService` from `@nestjs/jwt`, called as `this.x.verify(...)` or through the parameter).
 *
 * Options are read with `readOptionsObject` (object literals, `const` bindings, spreads, TypeScript wrappers); nested
 * groups (`verifyOptions`, `jsonWebTokenOptions`, `verify`, `validators`) the same way; `JwtModule.registerAsync`
 * through a `useFactory` that returns an object literal. A "missing" option may be concluded only through
 * `site.missing(meaning)`, which is true only when every place the library reads that meaning is closed and the
 * library leaves it unchecked when absent. Values that are not static (`process.env.X`, calls, imports) count as
 * present. Computed once per file (WeakMap keyed by the `Program`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  VALUE_MEANINGS,
  VERIFIER_API_SET,
  acceptsMeaning,
  findVerifierApi,
  missingBehaviour,
  turnsCheckOff,
  verifierApisVia,
  type NestedOptions,
  type OptionMeaning,
  type OptionSpec,
  type VerifierApi,
  type VerifierLibrary,
  type VerifierRole,
} from '../models/verifiers';
import { outermostExpressionWrapper, staticMemberName, unwrapExpression } from './ast';
import { fileMayHoldName, textHolds } from './text-gate';
import { isFunctionNode } from './functions';
import { getModuleImports, type ModuleList } from './module-imports';
import { getApiReferences } from './module-tracker';
import { readOptionsObject, type OptionProperty, type OptionsObject } from './options-object';
import { getStatic, getStaticString } from './static-value';
import { walk } from './traverse';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;
export type VerifierCallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** An option as a site sees it: the property, what it means, and where it sits. */
export interface SiteOption extends OptionProperty {
  readonly spec: OptionSpec;
  /** The nested group key (`verifyOptions`, `jsonWebTokenOptions`, `verify`, `validators`), or `null` at the top level. */
  readonly group: string | null;
  /** True when the library never reads it: passport-jwt's top-level keys overwrite these inside `jsonWebTokenOptions`. */
  readonly shadowed: boolean;
  /** True when its static value turns the protection off (`ignoreExpiration: true`, `credentialsRequired: false`, `aud: false`). */
  readonly turnsCheckOff: boolean;
}

export interface NestedGroup {
  readonly spec: NestedOptions;
  /** The `Property` that holds the group. */
  readonly property: OptionProperty;
  /** The group's options, or `null` when its value cannot be read (a call result, a parameter). */
  readonly options: OptionsObject | null;
}

export interface VerifierSite {
  readonly library: VerifierLibrary;
  /** The entry's readable name: `verify`, `Strategy`, `CognitoJwtVerifier#verify`. */
  readonly api: string;
  readonly role: VerifierRole;
  readonly entry: VerifierApi;
  readonly node: VerifierCallNode;
  readonly tokenNode?: TSESTree.Node;
  readonly keyNode?: TSESTree.Node;
  /** The top-level options object, when it can be read. */
  readonly options: OptionsObject | null;
  /** The expression passed as options (for `registerAsync`, the factory's returned expression). */
  readonly optionsNode?: TSESTree.Node;
  readonly nested: readonly NestedGroup[];
  /**
   * True when every key the library reads here is known: the options (and each nested group present) are closed, no
   * options argument is hidden behind a spread, and nothing is inherited from a configuration elsewhere.
   */
  readonly closed: boolean;
  /**
   * The option the library acts on for `meaning` (for passport-jwt, never a shadowed one). `role` picks the nested
   * groups read (default: the site's own role; `'sign'` reads Nest's `signOptions` and @fastify/jwt's `sign`).
   */
  get(meaning: OptionMeaning, role?: VerifierRole): SiteOption | undefined;
  /** Every property carrying `meaning`, top level first, shadowed ones included. */
  getAll(meaning: OptionMeaning): readonly SiteOption[];
  /** A positional argument with a meaning (firebase's `checkRevoked`, jwt-simple's `noVerify`). */
  argument(meaning: OptionMeaning): TSESTree.Node | undefined;
  /** The builder call carrying `meaning` (jose `new SignJWT(p).setExpirationTime('2h')`). */
  chain(meaning: OptionMeaning): TSESTree.CallExpression | undefined;
  /**
   * True only when the library will not check `meaning` because nothing sets it: `meaning` is one of
   * `VALUE_MEANINGS` that this API accepts, the places it could be set are all closed, no property, argument or
   * builder call carries it, and the library leaves it unchecked when absent (never for `inherited` configurations).
   */
  missing(meaning: OptionMeaning, role?: VerifierRole): boolean;
}

const FASTIFY_MODULES: ModuleList = ['@fastify/jwt', 'fastify', 'fastify-plugin'];
const FASTIFY_JWT = '@fastify/jwt';
const FASTIFY_JWT_MODULE: ModuleList = [FASTIFY_JWT];
const HAPI_MODULES: ModuleList = ['@hapi/jwt', 'hapi-auth-jwt2'];

const fileSites = new WeakMap<TSESTree.Program, readonly VerifierSite[]>();

/** The entries found by shape rather than by the module tracker, picked out of the model once. */
const FASTIFY_REGISTER: VerifierApi | undefined = verifierApisVia('fastify-register')[0];
const FASTIFY_DECORATORS: readonly VerifierApi[] = verifierApisVia('fastify-decorator');
const NEST_INJECTION: readonly VerifierApi[] = verifierApisVia('nest-injection');

// ---------------------------------------------------------------------------------------------------------------------
// Reading a site
// ---------------------------------------------------------------------------------------------------------------------

/** The argument at `index`, or `undefined` when absent or when a spread comes at or before it. */
function argumentAt(node: VerifierCallNode, index: number): TSESTree.Node | undefined {
  for (let position = 0; position <= index; position += 1) {
    const argument = node.arguments[position];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  }
  return node.arguments[index];
}

function hasSpreadUpTo(node: VerifierCallNode, index: number): boolean {
  return node.arguments.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
}

/** The object a `useFactory` function returns, when it is a single literal return. */
function factoryResult(fn: TSESTree.Node): TSESTree.Node | null {
  const target = unwrapExpression(fn);
  if (!isFunctionNode(target)) return null;
  if (target.body.type !== AST_NODE_TYPES.BlockStatement) return target.body;
  const returns = target.body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === AST_NODE_TYPES.ReturnStatement);
  return returns.length === 1 && target.body.body.at(-1) === returns[0] ? (returns[0]?.argument ?? null) : null;
}

interface OptionsRead {
  readonly options: OptionsObject | null;
  readonly optionsNode?: TSESTree.Node;
  /** False when there is an options argument whose keys cannot all be known. */
  readonly closed: boolean;
}

function readSiteOptions(entry: VerifierApi, node: VerifierCallNode, scope: Scope): OptionsRead {
  const index = entry.optionsIndex;
  if (index === undefined) return { options: null, closed: true };
  if (hasSpreadUpTo(node, index)) return { options: null, closed: false };
  let argument = argumentAt(node, index);
  if (!argument) return { options: null, closed: true };
  // `jwt.verify(token, key, callback)`: a function in the options slot is the callback, not options.
  if (isFunctionNode(unwrapExpression(argument))) return { options: null, closed: true };
  if (entry.api === 'JwtModule.registerAsync') {
    const outer = readOptionsObject(argument, scope);
    const factory = outer?.get('useFactory');
    const result = factory ? factoryResult(factory.value) : null;
    if (!result) return { options: null, closed: false };
    argument = result;
  }
  const options = readOptionsObject(argument, scope);
  return { options, optionsNode: argument, closed: options?.closed ?? false };
}

function toSiteOption(property: OptionProperty, spec: OptionSpec, group: string | null, shadowed: boolean): SiteOption {
  const value = property.staticValue;
  return { ...property, spec, group, shadowed, turnsCheckOff: value !== null && turnsCheckOff(spec, value.value) };
}

function collectOptions(options: OptionsObject | null, specs: readonly OptionSpec[] | undefined, group: string | null, shadowing?: ReadonlySet<string>): SiteOption[] {
  if (!options || !specs) return [];
  const found: SiteOption[] = [];
  for (const spec of specs) {
    const property = options.get(spec.key);
    if (property) found.push(toSiteOption(property, spec, group, shadowing?.has(spec.key) === true));
  }
  return found;
}

/** The builder calls chained on a construction: `new SignJWT(p).setProtectedHeader(h).setExpirationTime('2h').sign(k)`. */
function chainedCalls(node: VerifierCallNode): Map<string, TSESTree.CallExpression> {
  const calls = new Map<string, TSESTree.CallExpression>();
  let current: TSESTree.Node = outermostExpressionWrapper(node);
  for (;;) {
    const member = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) break;
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) break;
    const name = staticMemberName(member);
    if (name !== null && !calls.has(name)) calls.set(name, call);
    current = outermostExpressionWrapper(call);
  }
  return calls;
}

function buildSite(entry: VerifierApi, node: VerifierCallNode, sourceCode: SourceCode, libraryOverride?: VerifierLibrary): VerifierSite {
  const scope = sourceCode.getScope(node);
  const read = readSiteOptions(entry, node, scope);
  const { options } = read;

  const nested: NestedGroup[] = [];
  for (const spec of entry.nested ?? []) {
    const property = options?.get(spec.key);
    if (!property) continue;
    const value = getStatic(property.value, scope);
    // `verify: false` (@hapi/jwt) is a switch, not a group.
    if (value !== null && typeof value.value !== 'object') continue;
    nested.push({ spec, property, options: readOptionsObject(property.value, scope) });
  }

  // A key that is both a switch and a group (@hapi/jwt `verify: false` / `verify: {...}`) is a group when it holds one.
  const top = collectOptions(options, entry.options, null).filter((option) => !nested.some((group) => group.property.node === option.node));
  const inner = nested.flatMap((group) => collectOptions(group.options, group.spec.options, group.spec.key, group.spec.shadowedBy));
  const all = [...top, ...inner];

  const inherits = entry.via === 'nest-injection' || entry.via === 'fastify-decorator' || entry.method !== undefined && entry.library === 'aws-jwt-verify';
  const closed = read.closed && nested.every((group) => group.options?.closed === true) && !inherits;

  const getAll = (meaning: OptionMeaning): SiteOption[] => all.filter((option) => option.spec.meaning === meaning);
  const groupRole = (group: string | null): VerifierRole =>
    (group === null ? undefined : entry.nested?.find((spec) => spec.key === group)?.role) ?? entry.role;
  const get = (meaning: OptionMeaning, role: VerifierRole = entry.role): SiteOption | undefined => {
    const candidates = getAll(meaning).filter((option) => !option.shadowed && groupRole(option.group) === role);
    const nestedFirst = candidates.filter((option) => option.group !== null && entry.nested?.find((group) => group.key === option.group)?.precedence !== 'top');
    return nestedFirst.at(-1) ?? candidates.find((option) => option.group === null) ?? candidates.at(-1);
  };
  const argument = (meaning: OptionMeaning): TSESTree.Node | undefined => {
    const positional = entry.positional?.find((spec) => spec.meaning === meaning);
    return positional ? argumentAt(node, positional.index) : undefined;
  };
  const chains = entry.chainMethods ? chainedCalls(node) : new Map<string, TSESTree.CallExpression>();
  const chain = (meaning: OptionMeaning): TSESTree.CallExpression | undefined => {
    for (const [method, call] of chains) if (entry.chainMethods?.[method] === meaning) return call;
    return undefined;
  };
  const missing = (meaning: OptionMeaning, role: VerifierRole = entry.role): boolean => {
    if (!VALUE_MEANINGS.has(meaning) || !acceptsMeaning(entry, meaning, role)) return false;
    if (missingBehaviour(entry, meaning) !== 'unchecked' || inherits) return false;
    if (get(meaning, role) || argument(meaning) || chain(meaning)) return false;
    if (!read.closed) return false;
    // A nested group that could set it must be readable; passport-jwt's shadowed keys never count.
    return nested.every(
      (group) =>
        group.options?.closed === true ||
        (group.spec.role ?? entry.role) !== role ||
        !group.spec.options.some((spec) => spec.meaning === meaning && group.spec.shadowedBy?.has(spec.key) !== true),
    );
  };

  const locate = (location: VerifierApi['token']): TSESTree.Node | undefined => {
    if (!location) return undefined;
    if ('index' in location) return argumentAt(node, location.index);
    return get(location.option)?.value;
  };
  const tokenNode = locate(entry.token);
  const keyNode = locate(entry.key);

  return {
    library: libraryOverride ?? entry.library,
    api: entry.api,
    role: entry.role,
    entry,
    node,
    ...(tokenNode ? { tokenNode } : {}),
    ...(keyNode ? { keyNode } : {}),
    options,
    ...(read.optionsNode ? { optionsNode: read.optionsNode } : {}),
    nested,
    closed,
    get,
    getAll,
    argument,
    chain,
    missing,
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Finding sites the module tracker cannot
// ---------------------------------------------------------------------------------------------------------------------

function isCallOrNew(node: TSESTree.Node): node is VerifierCallNode {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
}

/** Expressions that denote the `@fastify/jwt` plugin: its bindings, `require('@fastify/jwt')`, `import('@fastify/jwt')`. */
function fastifyPluginValues(context: Context): TSESTree.Node[] {
  const sourceCode = context.sourceCode;
  const values: TSESTree.Node[] = [];
  const addVariables = (declaring: TSESTree.Node, names?: ReadonlySet<string>): void => {
    for (const variable of sourceCode.getDeclaredVariables(declaring)) {
      if (names && !names.has(variable.name)) continue;
      for (const reference of variable.references) if (reference.isRead()) values.push(reference.identifier);
    }
  };
  for (const load of getModuleImports(context, FASTIFY_JWT_MODULE)) {
    const node = load.node;
    if (node.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of node.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
          const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
          if (imported !== 'fastifyJwt' && imported !== 'default') continue;
        }
        addVariables(specifier);
      }
    } else if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      addVariables(node);
    } else if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.ImportExpression) {
      const outer = outermostExpressionWrapper(node);
      const parent = outer.parent;
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer) {
        if (parent.id.type === AST_NODE_TYPES.Identifier) addVariables(parent);
        else if (parent.id.type === AST_NODE_TYPES.ObjectPattern) {
          const locals = new Set<string>();
          for (const property of parent.id.properties) {
            if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
            if (property.key.name !== 'fastifyJwt' && property.key.name !== 'default') continue;
            const local = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
            if (local.type === AST_NODE_TYPES.Identifier) locals.add(local.name);
          }
          addVariables(parent, locals);
        }
      } else {
        values.push(node);
      }
    }
  }
  return values;
}

/** `x.register(plugin, opts)` for each expression denoting the plugin. */
function fastifyRegisterCalls(context: Context): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const value of fastifyPluginValues(context)) {
    const outer = outermostExpressionWrapper(value);
    const call = outer.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== outer) continue;
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && staticMemberName(callee) === 'register') calls.push(call);
  }
  return calls;
}

/** The decorator entry a call matches: `x.jwt.verify(...)`, `request.jwtVerify(...)`, `reply.jwtSign(...)`. */
function fastifyDecoratorEntry(call: TSESTree.CallExpression, entries: readonly VerifierApi[]): VerifierApi | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = staticMemberName(callee);
  if (name === 'jwtVerify' || name === 'jwtSign') return entries.find((entry) => entry.spec.path[0] === name);
  const object = unwrapExpression(callee.object);
  if (object.type !== AST_NODE_TYPES.MemberExpression || staticMemberName(object) !== 'jwt') return undefined;
  return entries.find((entry) => entry.spec.path[0] === 'jwt' && entry.spec.path[1] === name);
}

/** `server.auth.strategy(name, 'jwt', options)`. */
function isJwtStrategyCall(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticMemberName(callee) !== 'strategy') return false;
  const object = unwrapExpression(callee.object);
  if (object.type !== AST_NODE_TYPES.MemberExpression || staticMemberName(object) !== 'auth') return false;
  return getStaticString(call.arguments[1], sourceCode.getScope(call)) === 'jwt';
}

/** Which hapi plugin a `'jwt'` strategy belongs to: the one the file loads, told apart by option keys when it loads both. */
function hapiEntry(call: TSESTree.CallExpression, loaded: ReadonlySet<string>, scope: Scope): VerifierApi | undefined {
  const [hapiJwt, authJwt2] = verifierApisVia('hapi-strategy');
  let library: string | undefined;
  if (loaded.size === 1) library = [...loaded][0];
  else {
    const options = readOptionsObject(call.arguments[2], scope);
    if (options?.has('keys')) library = '@hapi/jwt';
    else if (options?.has('key') || options?.has('verifyOptions')) library = 'hapi-auth-jwt2';
  }
  return library === '@hapi/jwt' ? hapiJwt : library === 'hapi-auth-jwt2' ? authJwt2 : undefined;
}

/** `this.jwt.verify(...)` / `jwt.verify(...)` for each class member or parameter typed `JwtService` from `@nestjs/jwt`. */
function nestInjectedCalls(sourceCode: SourceCode): { call: TSESTree.CallExpression; method: string }[] {
  const found: { call: TSESTree.CallExpression; method: string }[] = [];
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== '@nestjs/jwt') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      if (imported !== 'JwtService') continue;
      for (const variable of sourceCode.getDeclaredVariables(specifier)) {
        for (const reference of variable.references) collectInjected(reference.identifier, sourceCode, found);
      }
    }
  }
  return found;
}

function methodCallOn(object: TSESTree.Node): { call: TSESTree.CallExpression; method: string } | null {
  const outer = outermostExpressionWrapper(object);
  const member = outer.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== outer) return null;
  const call = member.parent;
  const method = staticMemberName(member);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || method === null) return null;
  return { call, method };
}

function collectInjected(typeName: TSESTree.Node, sourceCode: SourceCode, found: { call: TSESTree.CallExpression; method: string }[]): void {
  const reference = typeName.parent;
  if (reference?.type !== AST_NODE_TYPES.TSTypeReference) return;
  const annotation = reference.parent;
  if (annotation.type !== AST_NODE_TYPES.TSTypeAnnotation) return;
  const holder = annotation.parent;
  let memberName: string | null = null;
  let classBody: TSESTree.Node | null = null;
  if (holder.type === AST_NODE_TYPES.Identifier) {
    // A parameter: `jwt.verify(...)` through its references; a parameter property also as `this.jwt`.
    const isProperty = holder.parent.type === AST_NODE_TYPES.TSParameterProperty;
    const fn = isProperty ? holder.parent.parent : holder.parent;
    if (isProperty) memberName = holder.name;
    if (fn && isFunctionNode(fn)) {
      for (const variable of sourceCode.getDeclaredVariables(fn)) {
        if (variable.name !== holder.name) continue;
        for (const use of variable.references) {
          if (use.identifier === holder) continue;
          const hit = methodCallOn(use.identifier);
          if (hit) found.push(hit);
        }
      }
    }
    const method = fn?.parent;
    if (isProperty && method?.parent?.type === AST_NODE_TYPES.ClassBody) classBody = method.parent;
  } else if (holder.type === AST_NODE_TYPES.PropertyDefinition && !holder.computed && holder.key.type === AST_NODE_TYPES.Identifier) {
    memberName = holder.key.name;
    classBody = holder.parent;
  }
  if (memberName === null || !classBody) return;
  walk(classBody, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(node.object).type === AST_NODE_TYPES.ThisExpression && staticMemberName(node) === memberName) {
      const hit = methodCallOn(node);
      if (hit) found.push(hit);
    }
    return node.type !== AST_NODE_TYPES.ClassBody || node === classBody;
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------------------------

/** Every verifier site in the current file, in source order. */
export function getVerifierSites(context: Context): readonly VerifierSite[] {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const cached = fileSites.get(program);
  if (cached) return cached;

  const sites: VerifierSite[] = [];
  const seen = new Set<TSESTree.Node>();
  const add = (entry: VerifierApi, node: VerifierCallNode, library?: VerifierLibrary): void => {
    if (seen.has(node)) return;
    seen.add(node);
    sites.push(buildSite(entry, node, sourceCode, library));
  };

  for (const reference of getApiReferences(context, VERIFIER_API_SET)) {
    if (reference.kind === 'read' || !isCallOrNew(reference.node)) continue;
    const entry = findVerifierApi(reference.api, reference.kind === 'instance-call' ? reference.method : undefined);
    if (entry) add(entry, reference.node);
  }

  // The plugin is only ever a binding of a load of `@fastify/jwt`, and a load names it in the text.
  if (FASTIFY_REGISTER && textHolds(sourceCode, FASTIFY_JWT)) {
    for (const call of fastifyRegisterCalls(context)) add(FASTIFY_REGISTER, call);
  }
  // A decorator call names `jwt`, `jwtVerify` or `jwtSign` as written (or through an escape): without one in the
  // text, no call can match, and the walk over the whole file is left out. (A load of a fastify module names
  // `fastify` in the text; the `jwt` test is the cheaper one, so it comes first.)
  const mayCallDecorators = fileMayHoldName(sourceCode, ['jwt']) && textHolds(sourceCode, 'fastify') && getModuleImports(context, FASTIFY_MODULES).length > 0;
  const hapiLoaded = new Set(textHolds(sourceCode, 'jwt') ? getModuleImports(context, HAPI_MODULES).map((load) => load.module) : []);
  if (mayCallDecorators || hapiLoaded.size > 0) {
    const decorators = FASTIFY_DECORATORS;
    walk(program, sourceCode.visitorKeys, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return true;
      if (mayCallDecorators) {
        const entry = fastifyDecoratorEntry(node, decorators);
        if (entry) add(entry, node);
      }
      if (hapiLoaded.size > 0) {
        if (isJwtStrategyCall(node, sourceCode)) {
          const entry = hapiEntry(node, hapiLoaded, sourceCode.getScope(node));
          if (entry) add(entry, node);
        }
      }
      return true;
    });
  }
  if (textHolds(sourceCode, '@nestjs/jwt')) {
    for (const { call, method } of nestInjectedCalls(sourceCode)) {
      const entry = NEST_INJECTION.find((candidate) => candidate.method === method);
      if (entry) add(entry, call);
    }
  }

  sites.sort((a, b) => a.node.range[0] - b.node.range[0]);
  fileSites.set(program, sites);
  return sites;
}
