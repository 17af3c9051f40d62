/**
 * The pre-commit door, with the real clients: a temporary git repository with husky (installed by `husky init`,
 * as its docs say) and lint-staged running `eslint --max-warnings 0` on the staged files, and a config that uses
 * the `recommended` preset. A commit that adds hardcoded secrets must be refused, with the finding in the output
 * and the secret values nowhere in it; the same commit with the values read from the environment goes through.
 *
 * Offline: the temporary project's node_modules holds links to this repository's installed packages (and to the
 * repository itself for the plugin), never an install. Needs `npm run build` first (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const RULE = 'zero-trust/no-hardcoded-secrets';

/** The packages the temporary project "installs": each one a link into this repository's node_modules. */
const LINKED_PACKAGES = ['eslint', 'typescript-eslint', 'husky', 'lint-staged'];
/** The executables npm would put in node_modules/.bin for them. */
const BINARIES: Record<string, string> = {
  eslint: '../eslint/bin/eslint.js',
  husky: '../husky/bin.js',
  'lint-staged': '../lint-staged/bin/lint-staged.js',
};

/** The values hardcoded in the files below: none of them may appear in anything git, husky or ESLint print. */
const SECRETS = ['keyboard-cat-signing-key', 'Tr0ub4dor-and-3', 'Lq9vT4mX2pW7zK3n'];

const TOKENS_BAD = [
  "const jwt = require('jsonwebtoken');",
  '',
  `exports.issue = (payload) => jwt.sign(payload, '${SECRETS[0] ?? ''}', { expiresIn: '10m' });`,
  '',
].join('\n');
const TOKENS_GOOD = [
  "const jwt = require('jsonwebtoken');",
  '',
  "exports.issue = (payload) => jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: '10m' });",
  '',
].join('\n');
const DATABASE_BAD = [
  "import { Pool } from 'pg';",
  '',
  `export const pool = new Pool({ host: 'db.internal', user: 'orders', password: '${SECRETS[1] ?? ''}' });`,
  `export const ledgerUrl: string = 'postgres://ledger:${SECRETS[2] ?? ''}@ledger-db.internal:5432/ledger';`,
  '',
].join('\n');
const DATABASE_GOOD = [
  "import { Pool } from 'pg';",
  '',
  "export const pool = new Pool({ host: 'db.internal', user: 'orders', password: process.env.PGPASSWORD });",
  "export const ledgerUrl: string = process.env.LEDGER_URL ?? '';",
  '',
].join('\n');

/**
 * A pattern for one line of ESLint's stylish report: `line:column  error  <message start>…  <rule id>`, where the
 * column is where `start` begins on that line of `source`: the string literal, or the credentials inside a URL,
 * never the whole statement.
 */
function finding(source: string, line: number, start: string, message: string): string {
  const column = (source.split('\n')[line - 1] ?? '').indexOf(start) + 1;
  if (column <= 0) throw new Error(`line ${String(line)} holds no ${start}`);
  return String.raw`${String(line)}:${String(column)}\s+error\s+${message}[^\n]*${RULE}`;
}

interface Run {
  readonly status: number | null;
  readonly output: string;
}

describe('pre-commit hook: husky + lint-staged + eslint', () => {
  let project = '';
  let env: NodeJS.ProcessEnv = {};

  function run(command: string, args: string[]): Run {
    const result = spawnSync(command, args, { cwd: project, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    if (result.error) throw result.error;
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  function git(...args: string[]): Run {
    return run('git', args);
  }

  function gitOk(...args: string[]): string {
    const result = git(...args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${String(result.status)}):\n${result.output}`);
    return result.output.trim();
  }

  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    project = mkdtempSync(path.join(os.tmpdir(), 'zero-trust-pre-commit-'));
    const home = path.join(project, '.home');
    mkdirSync(home);
    // A clean environment: no inherited git repository or index (as when the tests run inside a hook), no user or
    // system git config, husky not switched off, no prompt from npm, `node`/`npx` on the PATH of the hook, and not
    // vitest's NODE_ENV=test (lint-staged would print its test renderer's JSON events instead of what users see).
    const inherited = Object.entries(process.env).filter(
      ([name]) => !name.startsWith('GIT_') && !name.startsWith('VITEST') && name !== 'HUSKY' && name !== 'NODE_ENV',
    );
    env = Object.fromEntries(inherited);
    Object.assign(env, {
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      PATH: [path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter),
      npm_config_yes: 'false',
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      CI: 'true',
    });

    const modules = path.join(project, 'node_modules');
    mkdirSync(path.join(modules, '.bin'), { recursive: true });
    symlinkSync(ROOT, path.join(modules, 'eslint-plugin-zero-trust'), 'dir');
    for (const name of LINKED_PACKAGES) symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name), 'dir');
    for (const [name, target] of Object.entries(BINARIES)) symlinkSync(target, path.join(modules, '.bin', name));

    writeFileSync(
      path.join(project, 'package.json'),
      `${JSON.stringify(
        {
          name: 'pre-commit-demo',
          version: '1.0.0',
          private: true,
          type: 'commonjs',
          'lint-staged': { '*.{js,ts}': 'eslint --max-warnings 0' },
        },
        null,
        2,
      )}\n`,
    );
    writeFileSync(
      path.join(project, 'eslint.config.mjs'),
      [
        "import tseslint from 'typescript-eslint';",
        "import zeroTrust from 'eslint-plugin-zero-trust';",
        '',
        'export default [',
        "  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },",
        '  zeroTrust.configs.recommended,',
        '];',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(project, '.gitignore'), 'node_modules/\n.home/\n');

    gitOk('-c', 'init.defaultBranch=main', 'init', '--quiet');
    gitOk('config', 'user.name', 'Zero Trust Tests');
    gitOk('config', 'user.email', 'tests@example.invalid');
    gitOk('config', 'commit.gpgsign', 'false');
    gitOk('config', 'core.autocrlf', 'false');

    // `npx husky init`, as husky's docs say, then the hook lint-staged's docs give.
    const init = run(process.execPath, [path.join(modules, 'husky', 'bin.js'), 'init']);
    if (init.status !== 0) throw new Error(`husky init failed:\n${init.output}`);
    writeFileSync(path.join(project, '.husky', 'pre-commit'), 'npx lint-staged\n');

    gitOk('add', '.');
    gitOk('commit', '--quiet', '-m', 'chore: lint staged files on commit');
  });

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('husky init installed the hook where git looks for it', () => {
    expect(gitOk('config', 'core.hooksPath')).toBe('.husky/_');
    expect(existsSync(path.join(project, '.husky', '_', 'pre-commit'))).toBe(true);
    expect(readFileSync(path.join(project, '.husky', 'pre-commit'), 'utf8')).toBe('npx lint-staged\n');
    const manifest = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    expect(manifest.scripts?.prepare).toBe('husky');
  });

  it('refuses a commit that adds hardcoded secrets, naming the rule and masking the values', () => {
    mkdirSync(path.join(project, 'src'), { recursive: true });
    writeFileSync(path.join(project, 'src', 'tokens.js'), TOKENS_BAD);
    writeFileSync(path.join(project, 'src', 'database.ts'), DATABASE_BAD);
    gitOk('add', 'src');
    const before = gitOk('rev-parse', 'HEAD');

    const commit = git('commit', '-m', 'feat: sign tokens and connect to the database');

    expect(commit.status).not.toBe(0);
    expect(gitOk('rev-parse', 'HEAD')).toBe(before);
    // ESLint's stylish report, through lint-staged: each file, the position of the literal and the rule id.
    expect(commit.output).toContain('husky - pre-commit script failed');
    expect(commit.output).toContain('eslint --max-warnings 0');
    const tokens = String.raw`src[\\/]tokens\.js\s+` + finding(TOKENS_BAD, 3, `'${SECRETS[0] ?? ''}'`, 'Hardcoded signing secret');
    const database = String.raw`src[\\/]database\.ts\s+` + finding(DATABASE_BAD, 3, `'${SECRETS[1] ?? ''}'`, 'Hardcoded password');
    const url = finding(DATABASE_BAD, 4, 'postgres://ledger:', 'Hardcoded PostgreSQL URL password');
    expect(commit.output).toMatch(new RegExp(tokens, 'u'));
    expect(commit.output).toMatch(new RegExp(`${database}\\s+${url}`, 'u'));
    expect(commit.output).toMatch(/3 problems \(3 errors, 0 warnings\)/u);
    for (const secret of SECRETS) expect(commit.output).not.toContain(secret);
    // lint-staged puts back what was staged: the refused change is still there to fix.
    expect(gitOk('diff', '--cached', '--name-only').split('\n').sort()).toEqual(['src/database.ts', 'src/tokens.js']);
  });

  it('lets the commit through once the values come from the environment', () => {
    writeFileSync(path.join(project, 'src', 'tokens.js'), TOKENS_GOOD);
    writeFileSync(path.join(project, 'src', 'database.ts'), DATABASE_GOOD);
    gitOk('add', 'src');
    const before = gitOk('rev-parse', 'HEAD');

    const commit = git('commit', '-m', 'feat: sign tokens and connect to the database');

    expect(commit.output).not.toContain('pre-commit script failed');
    expect(commit.status).toBe(0);
    expect(gitOk('rev-parse', 'HEAD^')).toBe(before);
    expect(gitOk('log', '-1', '--format=%s')).toBe('feat: sign tokens and connect to the database');
    expect(gitOk('show', 'HEAD:src/tokens.js')).toContain('process.env.JWT_SECRET');
    expect(gitOk('show', 'HEAD:src/database.ts')).toContain('process.env.PGPASSWORD');
    expect(gitOk('status', '--porcelain')).toBe('');
  });
});
