/**
 * The package as users get it: `npm pack` of the built plugin, installed into fresh temporary projects with no link
 * to this repository's sources, then used the ways users configure ESLint, on ESLint 10 and on ESLint 9:
 * `eslint.config.mjs` (`import`), `eslint.config.cjs` (`require`), `eslint.config.ts` (ESLint's TypeScript config
 * support, through jiti), and on ESLint 9 a legacy `.eslintrc.json` with ESLINT_USE_FLAT_CONFIG=false. A
 * `defineConfig([...])` config using the presets must type-check against the tarball's `.d.ts` files, and the
 * tarball must be ready to publish: the right files and nothing else, an `exports` map that resolves for `require`
 * and `import`, and types that resolve for every module kind (`@arethetypeswrong/cli`).
 *
 * How the tarball is installed. `npm install --offline <tarball>` is what users run, but it cannot work here: npm
 * must read the registry metadata ("packuments") of the plugin's dependencies to place them, and `npm ci` on a fresh
 * machine fetches only the tarballs the lockfile names, never the metadata, so npm stops with ENOTCACHED (it also
 * wants to add the newest `typescript` as an auto-installed peer, which nobody downloaded). So the test does what npm
 * would do: it unpacks the tarball into `node_modules/eslint-plugin-zero-trust`, and links the plugin's runtime
 * dependencies, ESLint, jiti and TypeScript — third-party packages `npm ci` installed — from this repository's
 * `node_modules`. Node runs with `--preserve-symlinks`, so each linked package resolves its own dependencies and
 * peers through the temporary project: `@typescript-eslint/utils` loads the project's ESLint 9 in the ESLint 9
 * project, as in a real install. Needs `npm run build` first (npm test builds before vitest runs).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkPackages, nodeIn, packPlugin, readTarball, unpack, type PackedFile } from './packed-project';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE_MODULES = path.join(ROOT, 'node_modules');
const NAME = 'eslint-plugin-zero-trust';
const require = createRequire(__filename);

/** Application code with one TLS-off and one hardcoded-secret finding. */
const CLIENT = `const https = require('https');

const agent = new https.Agent({ rejectUnauthorized: false });
const db = { host: 'orders-db.internal', user: 'orders', password: 'Winter2024!Orders' };

module.exports = { agent, db };
`;
const EXPECTED: [string, number, number][] = [
  ['zero-trust/no-disabled-tls-verification', 3, 33],
  ['zero-trust/no-hardcoded-secrets', 4, 68],
];

const FLAT_CONFIGS: Record<string, string> = {
  'eslint.config.mjs': `import zeroTrust from '${NAME}';

export default [zeroTrust.configs.recommended];
`,
  'eslint.config.cjs': `const zeroTrust = require('${NAME}');

module.exports = [zeroTrust.configs.recommended];
`,
  'eslint.config.ts': `import { defineConfig } from 'eslint/config';
import zeroTrust from '${NAME}';

export default defineConfig([zeroTrust.configs.recommended]);
`,
};

const ESLINTRC = JSON.stringify({
  root: true,
  extends: ['plugin:zero-trust/legacy-recommended'],
  parserOptions: { ecmaVersion: 2022, sourceType: 'script' },
  env: { node: true },
});

/** Configs users write in TypeScript, checked with `tsc` against the tarball's types. */
const TYPED_CONFIGS: Record<string, string> = {
  'eslint.config.mts': `import { defineConfig } from 'eslint/config';
import zeroTrust from '${NAME}';

export default defineConfig([
  zeroTrust.configs.recommended,
  { files: ['src/**/*.ts'], extends: [zeroTrust.configs.strict] },
  { rules: { 'zero-trust/no-hardcoded-secrets': ['error', { checkTestFiles: true }] } },
]);

const namespace: string = zeroTrust.meta.namespace;
const ruleIds: string[] = Object.keys(zeroTrust.rules);
export { namespace, ruleIds };

// @ts-expect-error -- there is no such preset, and the types must know it (were they \`any\`, this would fail).
export const missing = zeroTrust.configs.lenient;
`,
  'eslint.config.cts': `import zeroTrust = require('${NAME}');
import { defineConfig } from 'eslint/config';

export = defineConfig([zeroTrust.configs.strict, { ignores: ['dist/'] }]);
`,
};

const TSCONFIG = JSON.stringify({
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    skipLibCheck: true,
    // As at run time (see the header): the project's own `eslint`, as linked.
    preserveSymlinks: true,
    types: [],
  },
  files: Object.keys(TYPED_CONFIGS),
});

/** The sub-directory that holds `configFile`: `eslint.config.mjs` → `eslint-config-mjs`. */
function configDirectory(configFile: string): string {
  return configFile.replace(/^\./, '').replaceAll('.', '-');
}

interface Project {
  readonly directory: string;
  readonly eslintBin: string;
}

/**
 * A project with the tarball installed and `eslint` standing for `eslintPackage` (`eslint` or `eslint-v9`), with
 * one sub-directory per config file, each holding that config and `src/client.js`.
 */
function createProject(directory: string, files: readonly PackedFile[], eslintPackage: string, configs: Record<string, string>): Project {
  const nodeModules = path.join(directory, 'node_modules');
  mkdirSync(directory);
  writeFileSync(path.join(directory, 'package.json'), JSON.stringify({ name: 'packed-install-check', private: true }));
  unpack(files, path.join(nodeModules, NAME));
  const manifest = JSON.parse(readFileSync(path.join(nodeModules, NAME, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const wanted: Record<string, string> = { eslint: eslintPackage, jiti: 'jiti', typescript: 'typescript' };
  for (const dependency of Object.keys(manifest.dependencies)) wanted[dependency] = dependency;
  linkPackages(nodeModules, SOURCE_MODULES, wanted);
  for (const [file, text] of Object.entries(configs)) {
    const sub = path.join(directory, configDirectory(file));
    mkdirSync(path.join(sub, 'src'), { recursive: true });
    writeFileSync(path.join(sub, file), text);
    writeFileSync(path.join(sub, 'src', 'client.js'), CLIENT);
  }
  return { directory, eslintBin: path.join(nodeModules, 'eslint', 'bin', 'eslint.js') };
}

interface LintResult {
  readonly status: number | null;
  readonly findings: [string | null, number, number][];
  readonly stderr: string;
}

function lint(project: Project, configFile: string, env: NodeJS.ProcessEnv = {}): LintResult {
  const result = nodeIn(path.join(project.directory, configDirectory(configFile)), [project.eslintBin, '--format', 'json', 'src/client.js'], env);
  const reports = JSON.parse(result.stdout || '[]') as { messages: { ruleId: string | null; line: number; column: number }[] }[];
  return {
    status: result.status,
    stderr: result.stderr,
    findings: reports.flatMap((report) => report.messages.map((message): [string | null, number, number] => [message.ruleId, message.line, message.column])),
  };
}

/** The versions of every ESLint package a process loads along with the plugin, as `require()` finds them. */
function eslintVersionsLoadedWithPlugin(project: Project): string[] {
  const script = `
    require('${NAME}');
    const versions = new Set();
    for (const file of Object.keys(require.cache)) {
      const match = /^(.*[\\\\/]node_modules[\\\\/]eslint)[\\\\/]lib[\\\\/]/.exec(file);
      if (match) versions.add(require(match[1] + '/package.json').version);
    }
    console.log(JSON.stringify([...versions]));`;
  const result = nodeIn(project.directory, ['-e', script]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as string[];
}

function typeCheck(project: Project): { status: number | null; output: string } {
  const tsc = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  const directory = path.join(project.directory, 'typed');
  const result = nodeIn(directory, [tsc, '-p', 'tsconfig.json', '--pretty', 'false']);
  return { status: result.status, output: result.stdout + result.stderr };
}

let temp = '';
let packed: { tarball: string; files: string[] } = { tarball: '', files: [] };
let contents: PackedFile[] = [];
const projects: Record<'eslint10' | 'eslint9', Project> = {
  eslint10: { directory: '', eslintBin: '' },
  eslint9: { directory: '', eslintBin: '' },
};

beforeAll(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'zero-trust-packed-'));
  packed = packPlugin(ROOT, temp);
  contents = readTarball(packed.tarball);
  const typed = { ...TYPED_CONFIGS, 'tsconfig.json': TSCONFIG };
  for (const [key, eslintPackage] of [['eslint10', 'eslint'], ['eslint9', 'eslint-v9']] as const) {
    const directory = path.join(temp, key);
    const configs = { ...FLAT_CONFIGS, ...(key === 'eslint9' ? { '.eslintrc.json': ESLINTRC } : {}) };
    projects[key] = createProject(directory, contents, eslintPackage, configs);
    mkdirSync(path.join(directory, 'typed'));
    for (const [file, text] of Object.entries(typed)) writeFileSync(path.join(directory, 'typed', file), text);
  }
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('holds the built code with its types, the rule docs, README, LICENSE and package.json, and nothing else', () => {
    const allowed = /^(?:dist\/.+\.(?:js|d\.ts)|docs\/rules\/[-a-z]+\.md|README\.md|LICENSE|package\.json)$/;
    expect(packed.files.filter((file) => !allowed.test(file))).toEqual([]);
    expect(packed.files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']));
    for (const forbidden of [/^src\//, /^tests\//, /^\.scratch\//, /^examples\//, /^\.ci\//, /\.map$/, /^scripts\//, /tsconfig/]) {
      expect(packed.files.filter((file) => forbidden.test(file))).toEqual([]);
    }
    // The tarball holds exactly what npm reported.
    expect(contents.map((file) => file.path).sort()).toEqual([...packed.files].sort());
  });

  it('ships types next to every module, and a doc for every rule', () => {
    const js = packed.files.filter((file) => file.endsWith('.js'));
    expect(js.length).toBeGreaterThan(10);
    expect(js.filter((file) => !packed.files.includes(file.replace(/\.js$/, '.d.ts')))).toEqual([]);
    const ruleModules = js
      .filter((file) => /^dist\/rules\/[-a-z]+\.js$/.test(file) && file !== 'dist/rules/index.js')
      .map((file) => path.posix.basename(file, '.js'));
    const docs = packed.files.filter((file) => file.startsWith('docs/rules/')).map((file) => path.posix.basename(file, '.md'));
    expect(ruleModules.length).toBeGreaterThan(0);
    expect(docs.sort()).toEqual(ruleModules.sort());
  });

  it('has types that import only its dependencies and peers, which users have installed', () => {
    const manifest = JSON.parse(readFileSync(path.join(projects.eslint10.directory, 'node_modules', NAME, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
    };
    const installed = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]);
    const imported = new Set<string>();
    for (const file of contents.filter((entry) => entry.path.endsWith('.d.ts'))) {
      for (const line of file.data.toString('utf8').split('\n')) {
        if (/^\s*(?:\*|\/\/)/.test(line)) continue; // doc comments quote code
        for (const match of line.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*)["']([^"']+)["']/g)) {
          const specifier = match[1] ?? '';
          if (specifier.startsWith('.')) continue;
          imported.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
        }
      }
    }
    expect(imported.size).toBeGreaterThan(0);
    expect([...imported].filter((name) => !installed.has(name))).toEqual([]);
  });

  it('resolves through the exports map for require and import, to one plugin object', () => {
    const script = `
      import { createRequire } from 'node:module';
      import * as namespace from '${NAME}';
      const required = createRequire(process.cwd() + '/')('${NAME}');
      let deep = 'resolved';
      try { await import('${NAME}/dist/rules/index.js'); } catch (error) { deep = error.code; }
      console.log(JSON.stringify({
        main: import.meta.resolve('${NAME}').slice(-'node_modules/${NAME}/dist/index.js'.length),
        manifest: createRequire(process.cwd() + '/')('${NAME}/package.json').name,
        defaultImport: namespace.default === required,
        namedImports: ['meta', 'rules', 'configs'].filter((name) => namespace[name] !== required[name]),
        presetsNameThePlugin: required.configs.recommended.plugins['zero-trust'] === required,
        deep,
      }));`;
    const result = nodeIn(projects.eslint10.directory, ['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      main: `node_modules/${NAME}/dist/index.js`,
      manifest: NAME,
      defaultImport: true,
      // The types declare these (`export =` of an object), so `import { configs } from '…'` must work at run time too.
      namedImports: [],
      presetsNameThePlugin: true,
      // Internal modules stay private: only `.` and `./package.json` are exported.
      deep: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    });
  });

  it('has types that resolve under node10, node16 (CommonJS and ESM) and bundler resolution (arethetypeswrong)', () => {
    const cliPackage = path.dirname(require.resolve('@arethetypeswrong/cli/package.json'));
    const manifest = JSON.parse(readFileSync(path.join(cliPackage, 'package.json'), 'utf8')) as { bin: { attw: string } };
    // --no-definitely-typed: never look up @types packages on the registry (the package ships its own types).
    const result = nodeIn(temp, [path.join(cliPackage, manifest.bin.attw), packed.tarball, '--format', 'json', '--no-definitely-typed']);
    const analysis = (JSON.parse(result.stdout) as {
      analysis: {
        types: { kind: string };
        problems: unknown[];
        entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string; isTypeScript: boolean } }> }>;
      };
    }).analysis;
    expect(analysis.types.kind).toBe('included');
    expect(analysis.problems).toEqual([]);
    const main = analysis.entrypoints['.'];
    for (const kind of ['node10', 'node16-cjs', 'node16-esm', 'bundler']) {
      expect(main?.resolutions[kind]?.resolution, kind).toMatchObject({ fileName: `/node_modules/${NAME}/dist/index.d.ts`, isTypeScript: true });
    }
    expect(result.status).toBe(0);
  });
});

describe.each(['eslint10', 'eslint9'] as const)('installed from the tarball, with %s', (key) => {
  it('loads exactly one ESLint, the project’s', () => {
    const major = key === 'eslint9' ? '9' : '10';
    const versions = eslintVersionsLoadedWithPlugin(projects[key]);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.split('.')[0]).toBe(major);
  });

  it.each(Object.keys(FLAT_CONFIGS))('%s reports the TLS and secret findings', (configFile) => {
    const result = lint(projects[key], configFile);
    expect(result.stderr).toBe('');
    expect(result.findings).toEqual(EXPECTED);
    expect(result.status).toBe(1);
  });

  it('a defineConfig([...]) config using the presets type-checks, in ESM and in CommonJS', () => {
    const result = typeCheck(projects[key]);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('installed from the tarball, with ESLint 9 and a legacy .eslintrc.json', () => {
  it('extends plugin:zero-trust/legacy-recommended and reports the findings', () => {
    const result = lint(projects.eslint9, '.eslintrc.json', { ESLINT_USE_FLAT_CONFIG: 'false' });
    expect(result.findings).toEqual(EXPECTED);
    expect(result.status).toBe(1);
    // ESLint 9 warns that eslintrc is deprecated, and nothing else.
    expect(result.stderr.replace(/\(node:\d+\) ESLintRCWarning: .*\n(?:\(Use .*\n)?/g, '')).toBe('');
  });
});
