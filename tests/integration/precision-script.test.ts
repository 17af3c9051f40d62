/**
 * scripts/precision.mjs on a tiny node_modules tree in a temporary folder: which files it lints and skips, the
 * parser it picks per extension, the name a file is linted under, missing rules, `--json`, `--limit` and `--paths`,
 * and that it exits 0 with findings. It lints with rules that exist today (no-permissive-cors). Needs
 * `npm run build` first (npm test builds first); the script runs with `--no-build` so the test never builds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'precision.mjs');

const CORS = "app.use(cors({ origin: true, credentials: true }));";

/** Files of the fixture tree, relative to its node_modules folder. */
const TREE: Record<string, string> = {
  'server-pkg/package.json': JSON.stringify({ name: 'server-pkg', type: 'commonjs' }),
  // CommonJS, as the package says.
  'server-pkg/lib/server.js': ["const express = require('express');", "const cors = require('cors');", 'const app = express();', CORS, 'module.exports = app;', ''].join('\n'),
  // ES module syntax in a CommonJS package: parsed on the second try.
  'server-pkg/esm/server.js': ["import express from 'express';", "import cors from 'cors';", 'const app = express();', CORS, 'export default app;', ''].join('\n'),
  // JSX in a .js file: parsed on the third try.
  'server-pkg/esm/view.js': ['export const View = () => <div>hello</div>;', ''].join('\n'),
  // TypeScript with JSX, and a minified line longer than 160 characters with the finding far to the right.
  'server-pkg/src/app.tsx': [
    "import express from 'express';",
    "import cors from 'cors';",
    'const app = express();',
    `${'const a: number = 1;'.repeat(20)}${CORS}${'const b: string = "x";'.repeat(10)}`,
    'export const Page = (): JSX.Element => <main />;',
    '',
  ].join('\n'),
  'server-pkg/src/types.d.ts': 'export declare const x: number;\n',
  'server-pkg/src/broken.mjs': 'export const = ;\n',
  'server-pkg/README.md': '# not linted\n',
  'server-pkg/.cache/cached.js': `${CORS}\n`,
  // A nested package: linted under `inner-pkg/…`.
  'server-pkg/node_modules/inner-pkg/index.cjs': ["const cors = require('cors');", "const app = require('express')();", CORS, ''].join('\n'),
  'clean-pkg/index.mjs': "export const answer = 42;\n",
};

let dir = '';
let modules = '';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, '--root', modules, '--no-build', '--quiet', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zt-precision-'));
  modules = path.join(dir, 'node_modules');
  for (const [name, text] of Object.entries(TREE)) {
    const file = path.join(modules, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  // Above 1 MB: skipped, never read.
  writeFileSync(path.join(modules, 'clean-pkg', 'bundle.js'), `${CORS}\n${'// padding\n'.repeat(100_000)}`);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('scripts/precision.mjs', () => {
  it('lints every candidate file with the right parser, lists each finding with its line, and exits 0', () => {
    expect(existsSync(path.join(ROOT, 'dist', 'index.js')), 'run npm run build first').toBe(true);
    const json = path.join(dir, 'out.json');
    const { status, stdout, stderr } = run('--rules', 'zero-trust/no-permissive-cors,no-such-rule', '--json', json);
    expect(status, stderr).toBe(0);

    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result.rules).toEqual({ requested: ['no-permissive-cors', 'no-such-rule'], linted: ['no-permissive-cors'], missing: ['no-such-rule'], unindexed: [] });
    expect(result.corpus).toMatchObject({
      files: 6,
      candidates: 7,
      skipped: { declaration: 1, tooLarge: 1, limit: 0 },
      parseFailures: 1,
      parsedOnRetry: 2,
      byExtension: { '.js': 3, '.tsx': 1, '.mjs': 2, '.cjs': 1 },
    });
    expect(result.corpus.lines).toBeGreaterThan(20);
    expect(result.parseFailures).toEqual([{ path: 'node_modules/server-pkg/src/broken.mjs', message: expect.stringContaining('Parsing error') }]);

    const where = result.findings.map((finding: { path: string; line: number; rule: string }) => `${finding.path}:${finding.line} ${finding.rule}`);
    expect(where).toEqual([
      'node_modules/server-pkg/esm/server.js:4 no-permissive-cors',
      'node_modules/server-pkg/lib/server.js:4 no-permissive-cors',
      'node_modules/server-pkg/node_modules/inner-pkg/index.cjs:3 no-permissive-cors',
      'node_modules/server-pkg/src/app.tsx:4 no-permissive-cors',
    ]);
    expect(result.byRule['no-permissive-cors']).toMatchObject({ findings: 4, crashes: 0 });
    expect(result.crashes).toEqual([]);
    expect(result.totals.per100kLines).toBeGreaterThan(0);
    const [first] = result.findings;
    expect(first).toMatchObject({ column: expect.any(Number), endLine: expect.any(Number), message: expect.any(String), source: CORS });
    // The long line is cut to 160 characters around the finding.
    const long = result.findings[3];
    expect(long.source.length).toBeLessThanOrEqual(160);
    expect(long.source).toContain('cors(');

    // The text report says the same.
    expect(stdout).toContain('corpus: 6 files linted');
    expect(stdout).toContain('parse failures: 1 files');
    expect(stdout).toContain('missing from the built plugin (not linted): no-such-rule');
    const ruleLine = stdout.split('\n').find((line) => line.endsWith(' ms  no-permissive-cors'));
    expect(ruleLine?.trim().startsWith('4 ')).toBe(true);
    expect(ruleLine).toContain(' per 100k ');
    expect(stdout).toContain(`node_modules/server-pkg/lib/server.js:4:${String(first.column)} no-permissive-cors ${String(first.message)}\n    ${CORS}\n`);
  });

  it('narrows the corpus with --paths and --limit, and exits 0 when every rule is missing', () => {
    const narrowed = run('--rules', 'no-permissive-cors', '--paths', 'server-pkg/lib,server-pkg/esm', '--limit', '2');
    expect(narrowed.status).toBe(0);
    expect(narrowed.stdout).toContain('corpus: 2 files linted');
    expect(narrowed.stdout).toContain('1 beyond --limit');
    expect(narrowed.stdout).toContain('node_modules/server-pkg/esm/server.js:4:');
    expect(narrowed.stdout).not.toContain('lib/server.js');

    // `index` is a built file of dist/rules/ but not a rule: still missing with --unindexed.
    const none = run('--rules', 'no-such-rule,index', '--paths', 'clean-pkg', '--unindexed');
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('missing from the built plugin (not linted): no-such-rule, index');
    expect(none.stdout).toContain('## Findings: 0');
  });
});
