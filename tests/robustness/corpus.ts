/**
 * The robustness corpus: real JavaScript and TypeScript that no one here wrote, taken from the installed dependency
 * tree (`node_modules`), chosen deterministically so every run on every machine lints the same files for the same
 * lockfile, and stays bounded in size as the tree grows.
 *
 * Selection:
 * - every regular file (symlinks are not followed) under `node_modules` whose name ends in `.js`, `.mjs`, `.cjs`,
 *   `.jsx`, `.ts`, `.mts`, `.cts` or `.tsx`, from 1 byte to {@link MAX_FILE_BYTES} (larger files are mostly bundles
 *   and generated tables, which cost the most time per file and belong to the benchmark's worst cases);
 * - the files are put in {@link CorpusKind kinds} (CommonJS `.js`, ES module `.js`, `.mjs`, `.cjs`, `.jsx`, `.ts`,
 *   `.d.ts`, `.mts`/`.cts`, `.tsx`), and from each kind the files with the lowest SHA-1 of their path relative to
 *   `node_modules` are taken, up to the kind's quota — a third of it from files that mention what the rules look at
 *   ({@link isRelevant}): a stable hash sample, which changes only a little when packages are added or updated (a new
 *   file enters only if its hash is among the lowest), and spreads over all packages;
 * - the result is sorted by path.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files above this size are left to the benchmark (`npm run bench`), which times the worst cases on their own. */
export const MAX_FILE_BYTES = 100 * 1024;

export type CorpusKind = 'js-commonjs' | 'js-module' | 'mjs' | 'cjs' | 'jsx' | 'ts' | 'd.ts' | 'mts-cts' | 'tsx';

export interface CorpusFile {
  /** Path relative to the corpus root, with `/` separators: stable across machines, used in every report. */
  readonly relative: string;
  readonly absolute: string;
  readonly kind: CorpusKind;
  /** How the file is meant to be parsed: from its extension, else from the nearest package.json `type`. */
  readonly sourceType: 'module' | 'commonjs' | 'script';
  readonly typescript: boolean;
  readonly jsx: boolean;
  readonly bytes: number;
}

const EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx)$/u;

/** The kind of a file, from its name and (for `.js`) the module format of its package. */
function kindOf(name: string, packageIsModule: () => boolean): CorpusKind {
  if (name.endsWith('.tsx')) return 'tsx';
  if (name.endsWith('.jsx')) return 'jsx';
  if (name.endsWith('.mjs')) return 'mjs';
  if (name.endsWith('.cjs')) return 'cjs';
  if (name.endsWith('.js')) return packageIsModule() ? 'js-module' : 'js-commonjs';
  if (/\.d\.[cm]?ts$/u.test(name)) return 'd.ts';
  if (name.endsWith('.mts') || name.endsWith('.cts')) return 'mts-cts';
  return 'ts';
}

/** TypeScript files are always modules to the parser (a `.cts` file writes `import x = require()`, `export =`). */
function sourceTypeOf(kind: CorpusKind): CorpusFile['sourceType'] {
  switch (kind) {
    case 'js-commonjs':
    case 'cjs':
      return 'commonjs';
    default:
      return 'module';
  }
}

/** Whether the nearest package.json above `directory` (and not above `root`) says `"type": "module"`. */
function makeModuleTypeLookup(root: string): (directory: string) => boolean {
  const cache = new Map<string, boolean>();
  const lookup = (directory: string): boolean => {
    const cached = cache.get(directory);
    if (cached !== undefined) return cached;
    let result = false;
    let found = false;
    try {
      const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { type?: unknown };
      result = manifest.type === 'module';
      found = true;
    } catch {
      // No package.json here (or an unreadable one): ask the parent directory.
    }
    if (!found) {
      const parent = path.dirname(directory);
      result = parent.length >= root.length && parent !== directory ? lookup(parent) : false;
    }
    cache.set(directory, result);
    return result;
  };
  return lookup;
}

/** Every candidate file under `root`, sorted by relative path. */
export function listCandidates(root: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  const isModule = makeModuleTypeLookup(root);
  const walk = (directory: string): void => {
    const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        // `.bin` holds symlinks, `.cache` / `.vite` / `.vitest` tool caches that vary from run to run.
        if (!entry.name.startsWith('.')) walk(absolute);
      } else if (entry.isFile() && EXTENSION.test(entry.name)) {
        const { size } = statSync(absolute);
        if (size === 0 || size > MAX_FILE_BYTES) continue;
        const kind = kindOf(entry.name, () => isModule(directory));
        files.push({
          relative: path.relative(root, absolute).split(path.sep).join('/'),
          absolute,
          kind,
          sourceType: sourceTypeOf(kind),
          typescript: kind === 'ts' || kind === 'd.ts' || kind === 'mts-cts' || kind === 'tsx',
          jsx: kind === 'jsx' || kind === 'tsx',
          bytes: size,
        });
      }
    }
  };
  walk(root);
  return files;
}

const hashOf = (relative: string): string => createHash('sha1').update(relative).digest('hex');

/**
 * Words of the code this plugin's rules look at: TLS options, token verification and lifetimes, cookies, browser
 * storage, OAuth scopes, credentials. A third of each kind's quota goes to files that mention one, so the sample
 * exercises the rules' deeper paths (and yields some fixes and suggestions to check) rather than mostly their first
 * cheap test; the rest is drawn from all files alike.
 */
const RELEVANT =
  /access_?token|algorithms|apikey|audience|expiresin|httponly|ignoreexpiration|issuer|jsonwebtokenoptions|localstorage|minversion|password|piiloggingenabled|rejectunauthorized|scopes?\b|secret|secureprotocol|sessionstorage|trust proxy/iu;

export function isRelevant(file: CorpusFile): boolean {
  return RELEVANT.test(readFileSync(file.absolute, 'utf8'));
}

const byHash = (a: { hash: string }, b: { hash: string }): number => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0);

/**
 * Up to `quota[kind]` files of each kind: the relevant ones ({@link isRelevant}) with the lowest path hash, up to a
 * third of the quota, then the others with the lowest path hash among the rest; sorted by path.
 */
export function sampleCorpus(candidates: readonly CorpusFile[], quota: Readonly<Record<CorpusKind, number>>, relevant: (file: CorpusFile) => boolean = isRelevant): CorpusFile[] {
  const byKind = new Map<CorpusKind, { file: CorpusFile; hash: string }[]>();
  for (const file of candidates) {
    const list = byKind.get(file.kind) ?? [];
    list.push({ file, hash: hashOf(file.relative) });
    byKind.set(file.kind, list);
  }
  const chosen: CorpusFile[] = [];
  for (const [kind, list] of byKind) {
    list.sort(byHash);
    const wanted = quota[kind];
    const first = list.filter(({ file }) => relevant(file)).slice(0, Math.ceil(wanted / 3));
    const taken = new Set(first.map(({ file }) => file.relative));
    const rest = list.filter(({ file }) => !taken.has(file.relative)).slice(0, wanted - first.length);
    chosen.push(...[...first, ...rest].map(({ file }) => file));
  }
  return chosen.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** `node_modules` of this repository (the installed dependency tree). */
export const NODE_MODULES = path.resolve(__dirname, '..', '..', 'node_modules');
