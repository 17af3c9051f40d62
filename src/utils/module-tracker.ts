/**
 * The module tracker: finds the calls, constructions and reads of library APIs in a file,
 * through every way JavaScript and TypeScript code can bind a module.
 *
 * A rule states the APIs it cares about once, as a module-level constant (an `ApiSet`), and asks
 * `getApiReferences(context, apis)` for the matching nodes. The per-file work (the reference tracker,
 * the list of `require` calls and dynamic imports) is done once and shared by every rule through a
 * `WeakMap` keyed by the `Program` node; results are cached per `ApiSet` for the same file.
 *
 * Path tracing (property accesses, calls, aliases, destructuring) is `ReferenceTracker#iteratePropertyReferences`
 * from `@eslint-community/eslint-utils`. The entry points are found here: `import` declarations (with the tracker's
 * `legacy` semantics, but skipping type-only imports), `require` whether or not it is a declared global, with the
 * module name resolved through `const`s in either case, `await import()`, TypeScript's `import x = require()` (also
 * exported), `node:`-prefixed built-in names, and methods called on the instances an API returns.
 */
import { builtinModules } from 'node:module';
import { CALL, CONSTRUCT, READ, ReferenceTracker, findVariable } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES, TSESLint } from '@typescript-eslint/utils';
import { getStaticString } from './static-value';
import { walk } from './traverse';

export type ApiKind = 'call' | 'construct' | 'read';

/** One library API a rule cares about. */
export interface ApiSpec {
  /** The module as it is imported: `jsonwebtoken`, `@azure/msal-node`, `https` (also matches `node:https`). */
  readonly module: string;
  /** The property path from the module's exports; `[]` is the module value itself. */
  readonly path: readonly string[];
  /** Which uses of that value to return. */
  readonly kinds: readonly ApiKind[];
  /** Methods whose calls to return on the value a matched call or construction produces. */
  readonly instanceMethods?: readonly string[];
}

/** A rule's list of APIs. Declare it once at module level: its identity is the cache key. */
export type ApiSet = readonly ApiSpec[];

export interface ApiReference {
  readonly api: ApiSpec;
  /** `call`/`construct`/`read` of the API itself, or `instance-call` of one of its `instanceMethods`. */
  readonly kind: ApiKind | 'instance-call';
  /** `CallExpression`, `NewExpression`, or the node that reads the value. */
  readonly node: TSESTree.Node;
  /** The instance method called, for `instance-call`. */
  readonly method?: string;
}

type TraceMap = Record<string, TraceNode>;
interface TraceNode {
  [key: string]: TraceNode;
  [READ]?: unknown;
  [CALL]?: unknown;
  [CONSTRUCT]?: unknown;
}

interface FoundReference {
  node: TSESTree.Node;
  path: string[];
  type: symbol;
  info: unknown;
}

/** The part of eslint-utils' tracker this module uses, typed for TSESTree. */
interface Tracker {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceNode): IterableIterator<FoundReference>;
}

interface LeafInfo {
  readonly spec: ApiSpec;
}

interface FileState {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly globalScope: TSESLint.Scope.Scope;
  /** Made when a file first names a module of an API set asked about. */
  tracker?: Tracker;
  /** `require('x')` calls whose `require` is the global one, declared or not, or one made by `createRequire`. */
  requires?: TSESTree.CallExpression[];
  dynamicImports?: TSESTree.ImportExpression[];
  /** Whether the text holds `import(` or `import (`. */
  mayImport?: boolean;
  /**
   * The module names of some API set that the file's string and plain template tokens spell (unquoted, with `node:`
   * dropped), and the size of `knownModules` they were taken against.
   */
  mentioned?: ReadonlySet<string>;
  mentionedAgainst?: number;
  readonly results: WeakMap<ApiSet, readonly ApiReference[]>;
}

const BUILTINS: ReadonlySet<string> = new Set(builtinModules.filter((name) => !name.startsWith('_')));

const fileStates = new WeakMap<TSESTree.Program, FileState>();

/** Strips `node:` from a built-in module name. */
export function normalizeModuleName(name: string): string {
  return name.startsWith('node:') ? name.slice(5) : name;
}

/** The spellings a module can be imported under: built-ins with and without `node:`. */
export function moduleSpellings(name: string): string[] {
  const bare = normalizeModuleName(name);
  return BUILTINS.has(bare) ? [bare, `node:${bare}`] : [name];
}

function getFileState(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileState {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  let state = fileStates.get(program);
  if (!state) {
    const globalScope = sourceCode.scopeManager?.globalScope;
    if (!globalScope) {
      throw new Error('eslint-plugin-zero-trust: the parser produced no scope manager');
    }
    state = { sourceCode, globalScope, results: new WeakMap() };
    fileStates.set(program, state);
  }
  return state;
}

function trackerOf(state: FileState): Tracker {
  // The eslint-utils types are written against estree; the objects are the same at run time.
  state.tracker ??= new ReferenceTracker(state.globalScope as never) as unknown as Tracker;
  return state.tracker;
}

const IMPORT_WORD = 'import';
const OPENING_PARENTHESIS = 0x28;

/** Spaces, tabs and line ends, which may stand between `import` and its `(`. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Whether the text can hold a dynamic import: `import` followed by `(`, blanks between them allowed (one look per
 * file, in one pass over the text: each `import` found is looked past, most of them at the top of the file).
 */
function mayImport(state: FileState): boolean {
  if (state.mayImport !== undefined) return state.mayImport;
  const text = state.sourceCode.text;
  let found = false;
  for (let index = text.indexOf(IMPORT_WORD); index !== -1 && !found; index = text.indexOf(IMPORT_WORD, index + IMPORT_WORD.length)) {
    let next = index + IMPORT_WORD.length;
    while (isBlank(text.charCodeAt(next))) next += 1;
    found = text.charCodeAt(next) === OPENING_PARENTHESIS;
  }
  state.mayImport = found;
  return found;
}

function setLeaf(node: TraceNode, kinds: readonly ApiKind[], info: LeafInfo): void {
  for (const kind of kinds) {
    const symbol = kind === 'call' ? CALL : kind === 'construct' ? CONSTRUCT : READ;
    // Two specs with the same module, path and kind are one API: the first wins.
    node[symbol] ??= info;
  }
}

function buildTraceMap(apis: ApiSet): TraceMap {
  const map: TraceMap = Object.create(null) as TraceMap;
  for (const spec of apis) {
    for (const spelling of moduleSpellings(spec.module)) {
      let node = (map[spelling] ??= Object.create(null) as TraceNode);
      for (const key of spec.path) {
        node = node[key] ??= Object.create(null) as TraceNode;
      }
      setLeaf(node, spec.kinds, { spec });
    }
  }
  return map;
}

function kindOf(type: symbol): ApiKind {
  return type === CALL ? 'call' : type === CONSTRUCT ? 'construct' : 'read';
}

/**
 * Every `require(...)` call whose `require` is the global one: a declared global (`sourceType: 'commonjs'`,
 * `globals.node`) or an undeclared name (ESM and TypeScript files), and the calls of a `require` made by
 * `createRequire()`. Another local `require` (a parameter, a function) shadows the global one; a file that assigns to
 * the global `require` is not trusted at all.
 */
function collectRequires(state: FileState): TSESTree.CallExpression[] {
  const globalRequires = collectGlobalRequires(state);
  const created = collectCreatedRequires(state, globalRequires);
  return created.length === 0 ? globalRequires : [...globalRequires, ...created];
}

/** What `module` exports that makes a `require`: `createRequire`, called. */
const CREATE_REQUIRE: TraceNode = { createRequire: { [CALL]: true } };
const CREATE_REQUIRE_MAP: TraceMap = { module: CREATE_REQUIRE, 'node:module': CREATE_REQUIRE };

/**
 * The calls of `require` functions made by `module`'s `createRequire` and kept in a variable, the way ES modules load
 * CommonJS ones: `const require = createRequire(import.meta.url); const jwt = require('jsonwebtoken')`. A variable
 * written again later may hold something else, and is left out.
 */
function collectCreatedRequires(state: FileState, globalRequires: readonly TSESTree.CallExpression[]): TSESTree.CallExpression[] {
  const scopeManager = state.sourceCode.scopeManager;
  if (!scopeManager || !state.sourceCode.text.includes('createRequire')) return [];
  const makers: TSESTree.Node[] = [];
  for (const found of iterateImports(state, CREATE_REQUIRE_MAP)) if (found.type === CALL) makers.push(found.node);
  for (const call of globalRequires) {
    const name = getStaticString(call.arguments[0], state.globalScope);
    if (name === null || !hasOwn(CREATE_REQUIRE_MAP, name)) continue;
    for (const found of fromEntryNode(state, call, name, CREATE_REQUIRE_MAP[name] as TraceNode)) if (found.type === CALL) makers.push(found.node);
  }
  const calls: TSESTree.CallExpression[] = [];
  for (const maker of makers) {
    const declarator = maker.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== maker || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
    for (const variable of scopeManager.getDeclaredVariables(declarator)) {
      if (variable.references.some((reference) => reference.isWrite() && reference.writeExpr !== maker)) continue;
      for (const reference of variable.references) {
        const parent = reference.identifier.parent;
        if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier && parent.arguments.length > 0) calls.push(parent);
      }
    }
  }
  return calls;
}

/** The `require(...)` calls of the global `require` (see `collectRequires`). */
function collectGlobalRequires(state: FileState): TSESTree.CallExpression[] {
  const references: TSESLint.Scope.Reference[] = state.globalScope.through.filter(
    (reference) => reference.identifier.name === 'require' && !reference.resolved,
  );
  const declared = state.globalScope.set.get('require');
  if (declared) {
    if (declared.defs.length > 0) return [];
    references.push(...declared.references);
  }
  if (references.some((reference) => reference.isWrite())) return [];
  const found: TSESTree.CallExpression[] = [];
  for (const reference of references) {
    const identifier = reference.identifier;
    const parent = identifier.parent;
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier && parent.arguments.length > 0) {
      found.push(parent);
    }
  }
  return found;
}

function collectDynamicImports(state: FileState): TSESTree.ImportExpression[] {
  const found: TSESTree.ImportExpression[] = [];
  if (!mayImport(state)) return found;
  walk(state.sourceCode.ast, state.sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.ImportExpression) found.push(node);
    return true;
  });
  return found;
}

function hasOwn(node: TraceNode, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(node, key);
}

/**
 * What a default import of a module binds: `module.exports` under Node's interop, its `default` export under
 * Babel's or TypeScript's when the module sets `__esModule`. Both are traced, the `default` export winning a clash.
 */
function asDefault(node: TraceNode): TraceNode {
  return hasOwn(node, 'default') ? { ...node, ...(node.default as TraceNode) } : node;
}

/** `{ default, ...m }`: what an ES namespace of a CommonJS module looks like. */
function asNamespace(node: TraceNode): TraceNode {
  return { ...node, default: asDefault(node) };
}

function* fromEntryNode(state: FileState, entry: TSESTree.Node, moduleKey: string, traceNode: TraceNode): Generator<FoundReference> {
  for (const found of trackerOf(state).iteratePropertyReferences(entry, traceNode)) {
    yield { ...found, path: [moduleKey, ...found.path] };
  }
}

/**
 * `import('m').then((m) => m.verify(…))` and `.then(({ verify }) => verify(…))`: the first parameter of the callback
 * given to the import's own `then` is the module namespace. Other shapes (`then` of a variable holding the promise, a
 * callback passed by name) are not followed.
 */
function* fromThenCallback(state: FileState, importNode: TSESTree.ImportExpression, name: string, namespace: TraceNode): Generator<FoundReference> {
  const member = importNode.parent;
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== importNode || member.computed) return;
  if (member.property.type !== AST_NODE_TYPES.Identifier || member.property.name !== 'then') return;
  const call = member.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return;
  const callback = call.arguments[0];
  if (callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback?.type !== AST_NODE_TYPES.FunctionExpression) return;
  const param = callback.params[0];
  const scopeManager = state.sourceCode.scopeManager;
  if (!param || !scopeManager) return;
  for (const variable of scopeManager.getDeclaredVariables(callback)) {
    const id = variable.defs[0]?.name;
    if (variable.defs[0]?.type !== TSESLint.Scope.DefinitionType.Parameter || !id) continue;
    let traceNode: TraceNode | null = null;
    if (param === id) {
      traceNode = namespace;
    } else if (param.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of param.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        if (value !== id) continue;
        const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
        if (hasOwn(namespace, key)) traceNode = namespace[key] as TraceNode;
      }
    }
    if (!traceNode) continue;
    for (const reference of variable.references) {
      if (reference.isRead()) yield* fromEntryNode(state, reference.identifier, name, traceNode);
    }
  }
}

/** The read references of the variable `id` declares (an import binding), or none. */
function* iterateBindingReferences(state: FileState, id: TSESTree.Identifier, moduleKey: string, traceNode: TraceNode): Generator<FoundReference> {
  const variable = findVariable(state.globalScope as never, id);
  if (!variable) return;
  for (const reference of variable.references) {
    if (reference.isRead()) yield* fromEntryNode(state, reference.identifier as unknown as TSESTree.Node, moduleKey, traceNode);
  }
}

/**
 * `import` declarations and re-exports, read as imports of CommonJS modules (eslint-utils' `legacy` mode): a
 * default import is the module value and its `default` export (`asDefault`), a namespace has the module's
 * properties and that `default`. Unlike `ReferenceTracker#iterateEsmReferences`, type-only imports
 * (`import type`, `import { type x }`, `export type { x } from`) bind nothing.
 */
function* iterateImports(state: FileState, map: TraceMap): Generator<FoundReference> {
  for (const statement of state.sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const name = statement.source.value;
      if (statement.importKind === 'type' || !hasOwn(map, name)) continue;
      const moduleNode = map[name] as TraceNode;
      if (moduleNode[READ]) yield { node: statement, path: [name], type: READ, info: moduleNode[READ] };
      for (const specifier of statement.specifiers) {
        let bound: TraceNode;
        if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) {
          bound = asDefault(moduleNode);
        } else if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
          bound = asNamespace(moduleNode);
        } else {
          if (specifier.importKind === 'type') continue;
          const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
          if (imported === 'default') {
            bound = asDefault(moduleNode);
          } else {
            if (!hasOwn(moduleNode, imported)) continue;
            bound = moduleNode[imported] as TraceNode;
            if (bound[READ]) yield { node: specifier, path: [name, imported], type: READ, info: bound[READ] };
          }
        }
        yield* iterateBindingReferences(state, specifier.local, name, bound);
      }
    } else if (
      (statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportAllDeclaration) &&
      statement.source &&
      statement.exportKind !== 'type' &&
      hasOwn(map, statement.source.value)
    ) {
      // Re-exports are reads of what they re-export.
      const name = statement.source.value;
      const moduleNode = map[name] as TraceNode;
      if (moduleNode[READ]) yield { node: statement, path: [name], type: READ, info: moduleNode[READ] };
      if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
        for (const key of Object.keys(moduleNode)) {
          const info = (moduleNode[key] as TraceNode)[READ];
          if (info) yield { node: statement, path: [name, key], type: READ, info };
        }
        continue;
      }
      for (const specifier of statement.specifiers) {
        const local = specifier.local.type === AST_NODE_TYPES.Identifier ? specifier.local.name : specifier.local.value;
        if (specifier.exportKind === 'type' || !hasOwn(moduleNode, local)) continue;
        const info = (moduleNode[local] as TraceNode)[READ];
        if (info) yield { node: specifier, path: [name, local], type: READ, info };
      }
    }
  }
}

/** A TypeScript `import x = require('m')` that loads a module at run time. */
export type RequireImportEquals = TSESTree.TSImportEqualsDeclaration & { moduleReference: TSESTree.TSExternalModuleReference };

/**
 * The program's TypeScript `import x = require('m')` declarations, also as `export import x = require('m')`, leaving
 * out `import type x = require('m')` and aliases of namespaces (`import x = A.B`), which load nothing.
 */
export function* runtimeImportEquals(program: TSESTree.Program): Generator<RequireImportEquals> {
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (
      declaration?.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      declaration.importKind !== 'type' &&
      declaration.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      yield declaration as RequireImportEquals;
    }
  }
}

/** TypeScript's `import x = require('m')`, also as `export import x = require('m')`. */
function* iterateImportEquals(state: FileState, map: TraceMap): Generator<FoundReference> {
  for (const declaration of runtimeImportEquals(state.sourceCode.ast)) {
    const name = getStaticString(declaration.moduleReference.expression, state.globalScope);
    if (name === null || !hasOwn(map, name)) continue;
    yield* iterateBindingReferences(state, declaration.id, name, map[name] as TraceNode);
  }
}

function* iterateAll(state: FileState, map: TraceMap): Generator<FoundReference> {
  yield* iterateImports(state, map);

  state.requires ??= collectRequires(state);
  for (const call of state.requires) {
    const name = getStaticString(call.arguments[0], state.globalScope);
    if (name === null || !hasOwn(map, name)) continue;
    const traceNode = map[name] as TraceNode;
    if (traceNode[READ]) yield { node: call, path: [name], type: READ, info: traceNode[READ] };
    yield* fromEntryNode(state, call, name, traceNode);
  }

  state.dynamicImports ??= collectDynamicImports(state);
  for (const importNode of state.dynamicImports) {
    const name = getStaticString(importNode.source, state.globalScope);
    if (name === null || !hasOwn(map, name)) continue;
    const namespace = asNamespace(map[name] as TraceNode);
    if (importNode.parent.type === AST_NODE_TYPES.AwaitExpression) yield* fromEntryNode(state, importNode.parent, name, namespace);
    else yield* fromThenCallback(state, importNode, name, namespace);
  }

  yield* iterateImportEquals(state, map);
}

/** The distinct module names of each API set, normalised once (a cache over immutable module-level constants). */
const moduleNamesOf = new WeakMap<ApiSet, ReadonlySet<string>>();

/**
 * The module names of every API set asked about so far, normalised: a cache over the same constants, which only
 * grows while the rules first run. A file's string tokens are matched against it once, so that each API set is then
 * compared with the few module names the file holds rather than with all its strings.
 */
const knownModules = new Set<string>();

/**
 * The same names as string tokens spell them, each mapped to its name: quoted with `'`, `"` or `` ` `` (a template
 * without substitutions), with and without `node:`. A token's text is looked up as it is, without cutting the quotes
 * off first. Grows with `knownModules`.
 */
const knownSpellings = new Map<string, string>();

const QUOTES: readonly string[] = ["'", '"', '`'];

/** The lengths of the shortest and the longest of `knownSpellings` (grow with it). */
let shortestSpelling = Number.POSITIVE_INFINITY;
let longestSpelling = 0;

/**
 * The character codes (below 128) that follow the opening quote in `knownSpellings`, and the lengths they have: a
 * string whose first character or length no spelling has is passed over without being cut out of the text.
 */
const spellingStarts = new Uint8Array(128);
let spellingStartsBeyondAscii = false;
const spellingLengths: boolean[] = [];

function learnSpelling(spelling: string, name: string): void {
  knownSpellings.set(spelling, name);
  shortestSpelling = Math.min(shortestSpelling, spelling.length);
  longestSpelling = Math.max(longestSpelling, spelling.length);
  const first = spelling.charCodeAt(1);
  if (first < 128) spellingStarts[first] = 1;
  else spellingStartsBeyondAscii = true;
  spellingLengths[spelling.length] = true;
}

function learnModule(name: string): void {
  if (knownModules.has(name)) return;
  knownModules.add(name);
  for (const quote of QUOTES) {
    // A name that itself starts with `node:` is only reached with a second `node:` (one is dropped, as above).
    if (!name.startsWith('node:')) learnSpelling(`${quote}${name}${quote}`, name);
    learnSpelling(`${quote}node:${name}${quote}`, name);
  }
}

/**
 * The module names of `knownModules` that the file's string tokens (and templates without substitutions) spell.
 * Every way of naming a module — `import`, `require`, `import()`, a `const` holding the name — writes it as one of
 * these, so a file whose tokens name none of an API set's modules holds none of its references. Worked out once per
 * file (again only if `knownModules` has grown since) from the text rather than the token list: a token that spells
 * a module starts with a quote, and the next quote of the same kind closes it (a name holds no quote), so each quote
 * is tried as an opening one, and the rare text that spells a module is confirmed by the token that starts there
 * (which a comment, a regular expression or a longer string does not have).
 */
function mentionedModules(state: FileState): ReadonlySet<string> {
  if (state.mentioned && state.mentionedAgainst === knownModules.size) return state.mentioned;
  const mentioned = new Set<string>();
  const sourceCode = state.sourceCode;
  const text = sourceCode.text;
  // The enum members are read through re-export getters; read them once, not once per token.
  const stringType = AST_TOKEN_TYPES.String;
  const templateType = AST_TOKEN_TYPES.Template;
  for (const quote of QUOTES) {
    for (let start = text.indexOf(quote); start !== -1; start = text.indexOf(quote, start + 1)) {
      const end = text.indexOf(quote, start + 1);
      if (end === -1) break;
      const length = end + 1 - start;
      if (length < shortestSpelling || length > longestSpelling || spellingLengths[length] !== true) continue;
      const first = text.charCodeAt(start + 1);
      if (first < 128 ? spellingStarts[first] !== 1 : !spellingStartsBeyondAscii) continue;
      const spelling = text.slice(start, end + 1);
      const name = knownSpellings.get(spelling);
      if (name === undefined || mentioned.has(name)) continue;
      const token = sourceCode.getTokenByRangeStart(start);
      if (token && (token.type === stringType || token.type === templateType) && token.value === spelling) mentioned.add(name);
    }
  }
  state.mentioned = mentioned;
  state.mentionedAgainst = knownModules.size;
  return mentioned;
}

function mentionsAnyModule(state: FileState, apis: ApiSet): boolean {
  let names = moduleNamesOf.get(apis);
  if (!names) {
    names = new Set(apis.map((spec) => normalizeModuleName(spec.module)));
    moduleNamesOf.set(apis, names);
    for (const name of names) learnModule(name);
  }
  // `names` is part of `knownModules`, so the file's strings among `names` are its mentioned modules among `names`.
  const mentioned = mentionedModules(state);
  if (mentioned.size === 0) return false;
  // Walk the smaller of the two sets.
  if (mentioned.size < names.size) {
    for (const name of mentioned) if (names.has(name)) return true;
  } else {
    for (const name of names) if (mentioned.has(name)) return true;
  }
  return false;
}

/** Every `import()` of the current file, in source order: one walk per file, shared with the tracker's own use. */
export function getDynamicImports(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): readonly TSESTree.ImportExpression[] {
  const state = getFileState(context);
  state.dynamicImports ??= collectDynamicImports(state);
  return state.dynamicImports;
}

/** Whether the current file's text holds `import(` or `import (`, where a dynamic import can be: one look per file. */
export function mayHoldDynamicImport(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  return mayImport(getFileState(context));
}

/**
 * Whether the current file's string tokens name one of the modules of `apis`. When they do not,
 * `getApiReferences(context, apis)` is empty, so a rule can leave out the listeners that only feed its analysis of
 * those references (a rule's `create` may call this: the token pass is done once per file and shared).
 */
export function mentionsApiModule(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, apis: ApiSet): boolean {
  return mentionsAnyModule(getFileState(context), apis);
}

/** Each API set's trace map, built once (a cache over immutable module-level constants; the tracker only reads it). */
const traceMaps = new WeakMap<ApiSet, TraceMap>();

function traceMapOf(apis: ApiSet): TraceMap {
  let map = traceMaps.get(apis);
  if (!map) {
    map = buildTraceMap(apis);
    traceMaps.set(apis, map);
  }
  return map;
}

/**
 * All references in the current file to the APIs of `apis`, in source order.
 * Files that never name one of the modules return at once.
 */
export function getApiReferences(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  apis: ApiSet,
): readonly ApiReference[] {
  const state = getFileState(context);
  const cached = state.results.get(apis);
  if (cached) return cached;

  const results: ApiReference[] = [];
  if (mentionsAnyModule(state, apis)) {
    const seen = new Set<string>();
    for (const found of iterateAll(state, traceMapOf(apis))) {
      const { spec } = found.info as LeafInfo;
      const kind = kindOf(found.type);
      const key = `${found.node.range[0]}:${found.node.range[1]}:${kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({ api: spec, kind, node: found.node });

      if (spec.instanceMethods && kind !== 'read') {
        const instanceMap = Object.create(null) as TraceNode;
        for (const method of spec.instanceMethods) instanceMap[method] = { [CALL]: method };
        // An async factory's instance is the awaited value: `const c = await Sdk.create(); c.method()`.
        const instance = found.node.parent?.type === AST_NODE_TYPES.AwaitExpression ? found.node.parent : found.node;
        for (const call of trackerOf(state).iteratePropertyReferences(instance, instanceMap)) {
          const callKey = `${call.node.range[0]}:${call.node.range[1]}:instance-call`;
          if (seen.has(callKey)) continue;
          seen.add(callKey);
          results.push({ api: spec, kind: 'instance-call', node: call.node, method: call.info as string });
        }
      }
    }
    results.sort((a, b) => a.node.range[0] - b.node.range[0]);
  }
  state.results.set(apis, results);
  return results;
}

/** Convenience: the `CallExpression`/`NewExpression` nodes of `apis` in the current file. */
export function getApiCalls(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  apis: ApiSet,
): (ApiReference & { node: TSESTree.CallExpression | TSESTree.NewExpression })[] {
  return getApiReferences(context, apis).filter(
    (ref): ref is ApiReference & { node: TSESTree.CallExpression | TSESTree.NewExpression } =>
      ref.node.type === AST_NODE_TYPES.CallExpression || ref.node.type === AST_NODE_TYPES.NewExpression,
  );
}
