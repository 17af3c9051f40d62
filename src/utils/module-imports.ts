/**
 * Import sites: where a file loads one of a list of modules, whatever it does with the module afterwards.
 * For rules about the dependency itself (a retired library, a banned package), not about one of its APIs.
 *
 * `import` declarations, re-exports and `require()` calls come from the module tracker (a `read` of the module
 * value, path `[]`), so `require` is recognised exactly as it is there: declared or not, shadowed by nothing,
 * its argument resolved through `const`s; type-only imports and re-exports are skipped, including a declaration
 * whose every specifier is `type`. Added here: TypeScript's `import x = require('m')` (also exported; not
 * `import type`), and `import('m')` in any position, awaited or not. Type positions (`typeof import('m')`) are not
 * imports and are not returned.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getApiReferences, getDynamicImports, mayHoldDynamicImport, mentionsApiModule, runtimeImportEquals, type ApiSet } from './module-tracker';
import { getStaticString } from './static-value';

/** A rule's list of module names. Declare it once at module level: its identity is the cache key. */
export type ModuleList = readonly string[];

export interface ModuleImport {
  /** The module as the list spells it. */
  readonly module: string;
  /**
   * The loading node: an `ImportDeclaration`, an `ExportNamedDeclaration`/`ExportAllDeclaration` with a source,
   * the `require(...)` `CallExpression`, an `ImportExpression`, or a `TSImportEqualsDeclaration`.
   */
  readonly node: TSESTree.Node;
  /** The expression that names the module (usually its string literal): the node to report. */
  readonly source: TSESTree.Node;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const apiSets = new WeakMap<ModuleList, ApiSet>();
const nameSets = new WeakMap<ModuleList, ReadonlySet<string>>();
const fileResults = new WeakMap<TSESTree.Program, WeakMap<ModuleList, readonly ModuleImport[]>>();

function apiSetOf(modules: ModuleList): ApiSet {
  let apis = apiSets.get(modules);
  if (!apis) {
    apis = modules.map((module) => ({ module, path: [], kinds: ['read'] }));
    apiSets.set(modules, apis);
  }
  return apis;
}

/** The list as a set, built once per list (a cache over module-level constants, like `apiSetOf`). */
function namesOf(modules: ModuleList): ReadonlySet<string> {
  let names = nameSets.get(modules);
  if (!names) {
    names = new Set(modules);
    nameSets.set(modules, names);
  }
  return names;
}

type Specifier = TSESTree.ImportClause | TSESTree.ExportSpecifier;

/** `import { type A, type B } from 'm'`: every binding is a type, so nothing is loaded at run time. */
function onlyTypeSpecifiers(specifiers: readonly Specifier[]): boolean {
  return (
    specifiers.length > 0 &&
    specifiers.every(
      (specifier) =>
        (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type') ||
        (specifier.type === AST_NODE_TYPES.ExportSpecifier && specifier.exportKind === 'type'),
    )
  );
}

/** The module-naming node of a tracker entry point, or `null` for a type-only one. */
function sourceOf(node: TSESTree.Node): TSESTree.Node | null {
  switch (node.type) {
    case AST_NODE_TYPES.ImportDeclaration:
      return node.importKind === 'type' || onlyTypeSpecifiers(node.specifiers) ? null : node.source;
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return node.source && node.exportKind !== 'type' && !onlyTypeSpecifiers(node.specifiers) ? node.source : null;
    case AST_NODE_TYPES.ExportAllDeclaration:
      return node.exportKind === 'type' ? null : node.source;
    case AST_NODE_TYPES.CallExpression:
      return node.arguments[0] ?? null;
    default:
      return null;
  }
}

function mentionsAny(text: string, modules: ModuleList): boolean {
  return modules.some((module) => text.includes(module));
}

/**
 * Whether the current file's string tokens name one of `modules` (see `mentionsApiModule`): a cheap file gate for a
 * rule that reads the loads of `modules`, asked before `getModuleImports`.
 */
export function mentionsModule(context: Context, modules: ModuleList): boolean {
  return mentionsApiModule(context, apiSetOf(modules));
}

/**
 * Every place the current file loads one of `modules` (exact names; list sub-paths such as `lib/x` separately),
 * in source order. Files whose text names none of them return at once.
 */
export function getModuleImports(context: Context, modules: ModuleList): readonly ModuleImport[] {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  let perFile = fileResults.get(program);
  if (!perFile) {
    perFile = new WeakMap();
    fileResults.set(program, perFile);
  }
  const cached = perFile.get(modules);
  if (cached) return cached;

  const found: ModuleImport[] = [];
  const text = sourceCode.text;
  // Every part below applies only when the text names one of the modules. That test costs a pass over the text per
  // module, so it is made last and at most once: each part first needs something most files do not have (a tracker
  // reference, which needs a string token naming a module; an `import x = require()`; an `import()`).
  let mentioned: boolean | undefined;
  const mentions = (): boolean => (mentioned ??= mentionsAny(text, modules));
  const names = namesOf(modules);

  const references = getApiReferences(context, apiSetOf(modules));
  if (references.length > 0 && mentions()) {
    for (const reference of references) {
      const source = sourceOf(reference.node);
      if (source) found.push({ module: reference.api.module, node: reference.node, source });
    }
  }

  for (const declaration of runtimeImportEquals(program)) {
    const expression = declaration.moduleReference.expression;
    const name = getStaticString(expression, sourceCode.getScope(declaration));
    if (name !== null && names.has(name) && mentions()) found.push({ module: name, node: declaration, source: expression });
  }

  if (mayHoldDynamicImport(context) && mentions()) {
    for (const node of getDynamicImports(context)) {
      const name = getStaticString(node.source, sourceCode.getScope(node));
      if (name !== null && names.has(name)) found.push({ module: name, node, source: node.source });
    }
  }

  found.sort((a, b) => a.source.range[0] - b.source.range[0]);
  perFile.set(modules, found);
  return found;
}
