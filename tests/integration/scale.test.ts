/**
 * Scale: a corpus of a few hundred real JavaScript files (ESLint's own lib/, copied from node_modules) plus a few
 * seeded application files with findings, linted by the ESLint CLI with the `strict` preset (and the secrets rule's
 * high-entropy check on) four ways: plain, `--concurrency=2`, and `--cache` twice. The findings must be identical
 * every time, and identical for each copy of a seeded file wherever it falls in the run: rules hold no cross-file
 * state, their options survive the copy to worker threads, and the cache replays exactly what a run reported.
 *
 * A witness rule in the config appends `<thread id> <file>` to a log each time ESLint really lints a file, so the
 * test sees which thread linted what and that the second cached run linted nothing, without reading ESLint's debug
 * output. Needs `npm run build` first (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const requireFromHere = createRequire(__filename);

function packageDir(name: string): string {
  return path.dirname(requireFromHere.resolve(`${name}/package.json`));
}

const ESLINT_BIN = path.join(packageDir('eslint'), 'bin', 'eslint.js');
const ESLINT_V9_BIN = path.join(packageDir('eslint-v9'), 'bin', 'eslint.js');

/** Application files with findings, seeded at the start, middle and end of the corpus. */
const SEEDS: Record<string, string> = {
  'auth.js': [
    "const jwt = require('jsonwebtoken');",
    '',
    "exports.issue = (user) => jwt.sign({ sub: user.id }, 'orders-api-signing-key', { expiresIn: '5m' });",
    "exports.check = (token) => jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256', 'none'] });",
    "exports.lax = (token) => jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'], ignoreExpiration: true });",
    '',
  ].join('\n'),
  'http.js': [
    "const https = require('node:https');",
    '',
    "exports.agent = new https.Agent({ rejectUnauthorized: false, minVersion: 'TLSv1' });",
    "exports.partner = 'postgres://partner:Xk29fLq7Wm3Tz8Rb@partner-db.internal:5432/partner';",
    "exports.fingerprint = hash('kR8vX2mQ9tL4wZ7pN3cF6hJ1sD5gB0yE');",
    '',
  ].join('\n'),
  'server.js': [
    "const express = require('express');",
    "const cors = require('cors');",
    '',
    'const app = express();',
    "app.set('trust proxy', true);",
    'app.use(cors({ origin: true, credentials: true }));',
    'module.exports = app;',
    '',
  ].join('\n'),
};
const SEED_DIRS = ['a-app', 'm-app', 'z-app'];
/** Findings each copy of the seeds must hold (more may come as the rules learn more). */
const SEEDED: readonly string[] = [
  'auth.js:3 zero-trust/no-hardcoded-secrets',
  'auth.js:4 zero-trust/no-unsigned-jwt',
  'auth.js:5 zero-trust/no-skipped-token-lifetime',
  'http.js:3 zero-trust/no-disabled-tls-verification',
  'http.js:3 zero-trust/no-weak-tls-version',
  'http.js:4 zero-trust/no-hardcoded-secrets',
  'http.js:5 zero-trust/no-hardcoded-secrets', // an unnamed high-entropy string: checkUnnamedHighEntropy
  'server.js:5 zero-trust/no-permissive-trust-proxy',
  'server.js:6 zero-trust/no-permissive-cors',
];

const CONFIG = `import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import zeroTrust from 'eslint-plugin-zero-trust';

const log = path.join(import.meta.dirname, 'linted.log');

/** The witness: runs only when ESLint really lints a file (not when the cache serves it). */
const witness = {
  meta: { name: 'witness' },
  rules: {
    linted: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        appendFileSync(log, threadId + '\\t' + context.filename + '\\n');
        return {};
      },
    },
  },
};

export default [
  zeroTrust.configs.strict,
  {
    plugins: { witness },
    rules: {
      'zero-trust/no-hardcoded-secrets': ['error', { checkUnnamedHighEntropy: true }],
      'witness/linted': 'error',
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
];
`;

interface Message {
  ruleId: string | null;
  messageId?: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}
interface FileResult {
  filePath: string;
  messages: Message[];
  fatalErrorCount: number;
}
interface Run {
  /** Every finding, one line each: `file:line:column-endLine:endColumn severity ruleId messageId message`, sorted. */
  findings: string[];
  fileCount: number;
  fatal: number;
  /** The files the witness saw linted, with the thread that linted each. */
  linted: { thread: number; file: string }[];
}

describe('a few hundred files: plain, --concurrency=2 and --cache give the same findings', () => {
  let project = '';
  let corpus = '';
  let cacheFile = '';
  let corpusFiles = 0;
  const runs: Record<string, Run> = {};

  function lint(name: string, eslintBin: string, args: string[], target = 'corpus'): Run {
    const log = path.join(project, 'linted.log');
    rmSync(log, { force: true });
    const output = path.join(project, `${name}.json`);
    const result = spawnSync(process.execPath, [eslintBin, ...args, '--format', 'json', '--output-file', output, target], {
      cwd: project,
      encoding: 'utf8',
      timeout: 120_000,
    });
    // ESLint warns that 2 threads may not pay off for this corpus on this machine; anything else on stderr is wrong.
    const stderr = result.stderr
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.includes('ESLintPoorConcurrencyWarning') && !line.includes('--trace-warnings'))
      .join('\n');
    if (stderr !== '' || result.status !== 1) throw new Error(`eslint ${args.join(' ')}: exit ${String(result.status)}\n${result.stderr}${result.stdout}`);
    const results = JSON.parse(readFileSync(output, 'utf8')) as FileResult[];
    const findings: string[] = [];
    for (const file of results) {
      const relative = path.relative(corpus, file.filePath).split(path.sep).join('/');
      for (const m of file.messages) {
        findings.push(
          `${relative}:${String(m.line)}:${String(m.column)}-${String(m.endLine)}:${String(m.endColumn)} ${String(m.severity)} ${String(m.ruleId)} ${String(m.messageId)} ${m.message}`,
        );
      }
    }
    const linted = existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [thread = '', file = ''] = line.split('\t');
            return { thread: Number(thread), file: path.relative(corpus, file).split(path.sep).join('/') };
          })
      : [];
    return {
      findings: findings.sort(),
      fileCount: results.length,
      fatal: results.reduce((sum, file) => sum + file.fatalErrorCount, 0),
      linted,
    };
  }

  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    project = mkdtempSync(path.join(os.tmpdir(), 'zero-trust-scale-'));
    corpus = path.join(project, 'corpus');
    mkdirSync(path.join(project, 'node_modules'));
    symlinkSync(ROOT, path.join(project, 'node_modules', 'eslint-plugin-zero-trust'), 'dir');
    writeFileSync(path.join(project, 'eslint.config.mjs'), CONFIG);
    cpSync(path.join(packageDir('eslint'), 'lib'), path.join(corpus, 'eslint-lib'), { recursive: true });
    for (const dir of SEED_DIRS) {
      mkdirSync(path.join(corpus, dir));
      for (const [file, text] of Object.entries(SEEDS)) writeFileSync(path.join(corpus, dir, file), text);
    }
    cacheFile = path.join(project, 'cache', '.eslintcache');

    runs.plain = lint('plain', ESLINT_BIN, []);
    corpusFiles = runs.plain.fileCount;
    runs.concurrent = lint('concurrent', ESLINT_BIN, ['--concurrency=2']);
    runs.cacheCold = lint('cache-cold', ESLINT_BIN, ['--cache', '--cache-location', cacheFile]);
    runs.cacheWarm = lint('cache-warm', ESLINT_BIN, ['--cache', '--cache-location', cacheFile]);
  }, 180_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('lints a few hundred files, all of them parsed', () => {
    expect(corpusFiles).toBeGreaterThan(300);
    expect(runs.plain?.fatal).toBe(0);
    expect(runs.plain?.findings.length).toBeGreaterThan(0);
    for (const run of Object.values(runs)) expect(run.fileCount).toBe(corpusFiles);
  });

  it('reports the seeded findings in every copy of the seeds, identically', () => {
    const findings = runs.plain?.findings ?? [];
    const byCopy = SEED_DIRS.map((dir) =>
      findings.filter((finding) => finding.startsWith(`${dir}/`)).map((finding) => finding.slice(dir.length + 1)),
    );
    const [first = [], ...others] = byCopy;
    for (const copy of others) expect(copy).toEqual(first);
    const located = new Set(first.map((finding) => finding.replace(/^([^:]+:\d+):\S+ \d+ (\S+) .*$/u, '$1 $2')));
    for (const expected of SEEDED) expect(located).toContain(expected);
  });

  it('--concurrency=2 lints every file once, on two worker threads, with the same findings', () => {
    const run = runs.concurrent;
    expect(run?.findings).toEqual(runs.plain?.findings);
    expect(run?.linted).toHaveLength(corpusFiles);
    expect(new Set(run?.linted.map((entry) => entry.file)).size).toBe(corpusFiles);
    const threads = new Set(run?.linted.map((entry) => entry.thread));
    expect(threads.has(0)).toBe(false); // 0 is the main thread
    expect(threads.size).toBe(2);
    // The plain run, for contrast, lints everything on the main thread.
    expect(new Set(runs.plain?.linted.map((entry) => entry.thread))).toEqual(new Set([0]));
  });

  it('--cache: the first run lints and writes the cache, the second is served from it, with the same findings', () => {
    expect(runs.cacheCold?.findings).toEqual(runs.plain?.findings);
    expect(runs.cacheCold?.linted).toHaveLength(corpusFiles);
    expect(statSync(cacheFile).size).toBeGreaterThan(0);
    const cache = readFileSync(cacheFile, 'utf8');
    for (const dir of SEED_DIRS) expect(cache).toContain(`${dir}/auth.js`);

    expect(runs.cacheWarm?.findings).toEqual(runs.plain?.findings);
    expect(runs.cacheWarm?.linted).toEqual([]); // nothing re-linted
  });

  it('ESLint 9 (9.34 and later) has --concurrency too, with the same findings on the seeds', () => {
    const version = (requireFromHere('eslint-v9/package.json') as { version: string }).version;
    const [major = 0, minor = 0] = version.split('.').map(Number);
    expect(major).toBe(9);
    expect(minor).toBeGreaterThanOrEqual(34);
    const v9 = lint('eslint-9', ESLINT_V9_BIN, ['--concurrency=2'], 'corpus/m-app');
    const v10 = (runs.plain?.findings ?? []).filter((finding) => finding.startsWith('m-app/'));
    expect(v9.findings).toEqual(v10);
    expect(v9.linted.every((entry) => entry.thread !== 0)).toBe(true);
  });
});
