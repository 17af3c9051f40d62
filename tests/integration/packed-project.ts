/**
 * Helpers of packed-install.test.ts: pack the plugin as `npm publish` would, unpack the tarball into a temporary
 * project the way npm installs it, and make the project's third-party packages resolvable offline.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface PackedFile {
  readonly path: string;
  readonly data: Buffer;
}

export interface Packed {
  readonly tarball: string;
  /** The file list `npm pack --json` reports, package-relative. */
  readonly files: string[];
}

/**
 * `npm pack` of the repository into `destination`: offline, without lifecycle scripts (the caller has built dist/).
 * Runs the npm that runs this test (npm sets `npm_execpath`), else the `npm` on the PATH.
 */
export function packPlugin(root: string, destination: string): Packed {
  const args = ['pack', '--json', '--pack-destination', destination, '--ignore-scripts', '--offline', '--silent'];
  const npmCli = process.env.npm_execpath;
  const result = npmCli && /\.[cm]?js$/.test(npmCli)
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, encoding: 'utf8' })
    : spawnSync('npm', args, { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`npm pack failed (${String(result.status)}): ${result.stderr}`);
  const [report] = JSON.parse(result.stdout) as [{ filename: string; files: { path: string }[] }];
  return { tarball: path.join(destination, report.filename), files: report.files.map((file) => file.path) };
}

/** The regular files of a `.tgz` (ustar, as npm writes it), paths without npm's leading `package/`. */
export function readTarball(tarball: string): PackedFile[] {
  const archive = gunzipSync(readFileSync(tarball));
  const files: PackedFile[] = [];
  let longName: string | undefined;
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number): string => {
      const bytes = header.subarray(start, start + length);
      const end = bytes.indexOf(0);
      return bytes.subarray(0, end === -1 ? length : end).toString('utf8');
    };
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const body = archive.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      // A pax header: only its `path` record matters here.
      const record = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      longName = record?.[1];
      continue;
    }
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    if (type !== '0' && type !== '') continue;
    files.push({ path: name.replace(/^package\//, ''), data: Buffer.from(body) });
  }
  return files;
}

/** Writes the packed files into `directory` (e.g. `<project>/node_modules/<name>`), as `npm install` does. */
export function unpack(files: readonly PackedFile[], directory: string): void {
  for (const file of files) {
    const target = path.join(directory, ...file.path.split('/'));
    if (!target.startsWith(directory + path.sep)) throw new Error(`tarball entry escapes the package: ${file.path}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.data);
  }
}

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Node's lookup of package `name` from inside `fromDirectory`: the nearest `node_modules/<name>` above it. */
function findPackage(name: string, fromDirectory: string): string | undefined {
  for (let directory = fromDirectory; ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(directory) === directory) return undefined;
  }
}

/**
 * Links into `nodeModules` what an install of `wanted` would put there, taken from `source` (a `node_modules`
 * installed by `npm ci`): each wanted package under its link name, and every top-level package of `source` that
 * those need, through dependencies, optional dependencies and installed peers. Packages nested under another
 * package come along with it. A link name in `wanted` is final: it is not replaced by another version that some
 * package names as a peer (so `eslint` can stand for the `eslint-v9` alias).
 *
 * Node must run with `--preserve-symlinks`, so that a linked package finds its own dependencies, and its peers,
 * through this project's `node_modules` rather than through `source`: only then does `@typescript-eslint/utils`
 * load the project's `eslint`, as it does in a real install.
 */
export function linkPackages(nodeModules: string, source: string, wanted: Readonly<Record<string, string>>): string[] {
  const links = new Map<string, string>(Object.entries(wanted).map(([link, name]) => [link, path.join(source, name)]));
  const visited = new Set<string>();
  const queue = [...links.values()];
  for (let directory = queue.shift(); directory !== undefined; directory = queue.shift()) {
    if (visited.has(directory)) continue;
    visited.add(directory);
    const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as Manifest;
    const names = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    for (const name of names) {
      const found = findPackage(name, directory);
      if (found === undefined) continue; // an optional dependency or peer that is not installed
      if (found === path.join(source, name)) {
        if (links.has(name)) {
          queue.push(links.get(name) ?? found);
          continue;
        }
        links.set(name, found);
      }
      queue.push(found);
    }
  }
  for (const [link, target] of links) {
    const at = path.join(nodeModules, link);
    mkdirSync(path.dirname(at), { recursive: true });
    symlinkSync(target, at, 'junction');
  }
  return [...links.keys()].sort();
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node --preserve-symlinks <args>` in `cwd`; see linkPackages for why. */
export function nodeIn(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const result: SpawnSyncReturns<string> = spawnSync(
    process.execPath,
    ['--preserve-symlinks', '--preserve-symlinks-main', ...args],
    { cwd, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
