/**
 * The module tracker: finds the calls, constructions and reads of library APIs in a file,
 * through every way JavaScript and TypeScript code can bind a module.
 *
 * A rule states the APIs it cares about once, as a module-level constant (an `ApiSet`), and asks
 * `getApiReferences(context, apis)` for the matching nodes. The per-file work (the reference tracker,
 * the list of `require` calls and dynamic imports) is done once and shared by every rule through a
 * `WeakMap` keyed by the `Program` node; results are cached per `ApiSet` for the same file.
 *
 * Path tracing is `ReferenceTracker` from `@eslint-community/eslint-utils`. This module only adds the
 * entry points it does not know: `require` when it is not a declared global, `await import()`,
 * TypeScript's `import x = require()`, `node:`-prefixed built-in names, and methods called on the
 * instances an API returns.
 */
import { builtinModules } from 'node:module';
import { CALL, CONSTRUCT, READ, ReferenceTracker, findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getStaticString } from './static-value';

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
  iterateEsmReferences(traceMap: TraceMap): IterableIterator<FoundReference>;
  iterateCjsReferences(traceMap: TraceMap): IterableIterator<FoundReference>;
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceNode): IterableIterator<FoundReference>;
}

interface LeafInfo {
  readonly spec: ApiSpec;
}

interface FileState {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly globalScope: TSESLint.Scope.Scope;
  readonly tracker: Tracker;
  /** `require('x')` calls whose `require` is not a declared global (declared ones go through the tracker). */
  undeclaredRequires?: TSESTree.CallExpression[];
  dynamicImports?: TSESTree.ImportExpression[];
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
    // The eslint-utils types are written against estree; the objects are the same at run time.
    const tracker = new ReferenceTracker(globalScope as never, { mode: 'legacy' }) as unknown as Tracker;
    state = { sourceCode, globalScope, tracker, results: new WeakMap() };
    fileStates.set(program, state);
  }
  return state;
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

function isUndeclaredRequireCall(node: TSESTree.Node): node is TSESTree.CallExpression {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length > 0
  );
}

function collectUndeclaredRequires(state: FileState): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  for (const reference of state.globalScope.through) {
    const identifier = reference.identifier;
    if (identifier.name !== 'require' || reference.resolved) continue;
    const parent = identifier.parent;
    if (parent && parent.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier && isUndeclaredRequireCall(parent)) {
      found.push(parent);
    }
  }
  return found;
}

function collectDynamicImports(state: FileState): TSESTree.ImportExpression[] {
  const found: TSESTree.ImportExpression[] = [];
  if (!state.sourceCode.text.includes('import(') && !state.sourceCode.text.includes('import (')) return found;
  const visitorKeys = state.sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: TSESTree.Node[] = [state.sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (node.type === AST_NODE_TYPES.ImportExpression) found.push(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child as (TSESTree.Node | null)[]) if (item) stack.push(item);
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
  return found;
}

/** `{ default: m, ...m }`: what an ES namespace of a CommonJS module looks like. */
function asNamespace(node: TraceNode): TraceNode {
  return { ...node, default: node } as TraceNode;
}

function* fromEntryNode(state: FileState, entry: TSESTree.Node, moduleKey: string, traceNode: TraceNode): Generator<FoundReference> {
  for (const found of state.tracker.iteratePropertyReferences(entry, traceNode)) {
    yield { ...found, path: [moduleKey, ...found.path] };
  }
}

function* iterateAll(state: FileState, map: TraceMap): Generator<FoundReference> {
  yield* state.tracker.iterateEsmReferences(map);
  yield* state.tracker.iterateCjsReferences(map);

  state.undeclaredRequires ??= collectUndeclaredRequires(state);
  for (const call of state.undeclaredRequires) {
    const name = getStaticString(call.arguments[0], state.globalScope);
    const traceNode = name === null ? undefined : map[name];
    if (name !== null && traceNode) yield* fromEntryNode(state, call, name, traceNode);
  }

  state.dynamicImports ??= collectDynamicImports(state);
  for (const importNode of state.dynamicImports) {
    const name = getStaticString(importNode.source, state.globalScope);
    const traceNode = name === null ? undefined : map[name];
    const parent = importNode.parent;
    if (name !== null && traceNode && parent?.type === AST_NODE_TYPES.AwaitExpression) {
      yield* fromEntryNode(state, parent, name, asNamespace(traceNode));
    }
  }

  for (const statement of state.sourceCode.ast.body) {
    if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.importKind !== 'type' &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      const name = getStaticString(statement.moduleReference.expression, state.globalScope);
      const traceNode = name === null ? undefined : map[name];
      const variable = traceNode ? findVariable(state.globalScope as never, statement.id.name) : null;
      if (name === null || !traceNode || !variable) continue;
      for (const reference of variable.references) {
        if (reference.isRead()) {
          yield* fromEntryNode(state, reference.identifier as TSESTree.Node, name, traceNode);
        }
      }
    }
  }
}

function mentionsAnyModule(text: string, apis: ApiSet): boolean {
  return apis.some((spec) => text.includes(normalizeModuleName(spec.module)));
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
  if (mentionsAnyModule(state.sourceCode.text, apis)) {
    const seen = new Set<string>();
    for (const found of iterateAll(state, buildTraceMap(apis))) {
      const { spec } = found.info as LeafInfo;
      const kind = kindOf(found.type);
      const key = `${found.node.range[0]}:${found.node.range[1]}:${kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({ api: spec, kind, node: found.node });

      if (spec.instanceMethods && kind !== 'read') {
        const instanceMap = Object.create(null) as TraceNode;
        for (const method of spec.instanceMethods) instanceMap[method] = { [CALL]: method } as TraceNode;
        for (const call of state.tracker.iteratePropertyReferences(found.node, instanceMap)) {
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
