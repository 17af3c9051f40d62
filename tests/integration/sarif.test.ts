/**
 * The CI door: the example app linted by the real ESLint CLI with `@microsoft/eslint-formatter-sarif` (the
 * formatter GitHub's code scanning docs use for ESLint), written with `--output-file` as a CI job does. The file
 * must be SARIF 2.1.0 that code scanning accepts: our rule ids with help URIs to their docs, every expected finding
 * at its file and line, and no secret value anywhere in it, since the file is uploaded and kept.
 * Needs `npm run build` first (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const APP = path.join(ROOT, 'examples', 'vulnerable-app');
const requireFromHere = createRequire(__filename);
/** ESLint accepts a path to a formatter module for `--format`. */
const SARIF_FORMATTER = requireFromHere.resolve('@microsoft/eslint-formatter-sarif');
const DOCS_URL = 'https://github.com/eslint-plugin-zero-trust/eslint-plugin-zero-trust/blob/main/docs/rules/';
const PREFIX = 'zero-trust/';
const SECRETS_RULE = 'zero-trust/no-hardcoded-secrets';

/**
 * The secret values hardcoded in the example app, by file. The test checks that each one is still in its file
 * and that every secrets finding covers one of them, so a secret added to the app must be added here too.
 */
const SECRETS: Record<string, readonly string[]> = {
  'src/clients/secrets-in-code.ts': [
    'billing-worker-signing-key',
    'partner-dev-key-2024',
    'c00kie-s3cret-for-signing',
    'Rep0rting!2024',
    'Sm7p-Al3rts-Pa55',
    'Lq9vT4mX2pW7zK3n',
    '7c4e9a1f3b8d2e6a5f0c9b7d1e3a4f62',
    'hmac-key-for-audit-events',
  ],
  'appsettings.json': ['Ord3rs-Sql-2024!', 'e8b1f27c94d3a6058f1e2c7b9a4d3f60'],
};

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region: Region } }[];
}
interface SarifRule {
  id: string;
  helpUri: string;
  shortDescription?: { text: string };
}
interface SarifLog {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; informationUri: string; version?: string; rules: SarifRule[] } };
    artifacts: { location: { uri: string } }[];
    results: SarifResult[];
    invocations?: unknown[];
  }[];
}
interface Expected {
  file: string;
  line: number;
  rule: string;
}

/** A result's file, relative to the app, with forward slashes. */
function fileOf(result: SarifResult): string {
  const uri = result.locations[0]?.physicalLocation.artifactLocation.uri ?? '';
  return path.relative(APP, fileURLToPath(uri)).split(path.sep).join('/');
}

/** The source text a result's region covers (the rule reports the literal, or the credentials inside it). */
function regionText(result: SarifResult): string {
  const region = result.locations[0]?.physicalLocation.region;
  if (!region) return '';
  const line = readFileSync(path.join(APP, fileOf(result)), 'utf8').split(/\r?\n/u)[region.startLine - 1] ?? '';
  const end = region.endLine === region.startLine ? (region.endColumn ?? line.length + 1) - 1 : line.length;
  return line.slice(region.startColumn - 1, end);
}

/** The 1-based line of `file` (relative to the app) that holds `value`, or 0. */
function lineOf(file: string, value: string): number {
  return readFileSync(path.join(APP, file), 'utf8').split(/\r?\n/u).findIndex((text) => text.includes(value)) + 1;
}

/** Runs ESLint (the CLI at `eslintBin`) on the app with the SARIF formatter; returns the file's text. */
function lintToSarif(eslintBin: string, outDir: string): { status: number | null; stdout: string; stderr: string; sarif: string } {
  const outputFile = path.join(outDir, `eslint-${path.basename(path.dirname(path.dirname(eslintBin)))}.sarif`);
  const result = spawnSync(process.execPath, [eslintBin, '--format', SARIF_FORMATTER, '--output-file', outputFile, '.'], {
    cwd: APP,
    encoding: 'utf8',
    // The formatter embeds every linted file in the log (secrets included) when SARIF_ESLINT_EMBED=true: never here.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'SARIF_ESLINT_EMBED')),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, sarif: existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : '' };
}

function eslintBinOf(packageName: string): string {
  return path.join(path.dirname(requireFromHere.resolve(`${packageName}/package.json`)), 'bin', 'eslint.js');
}

describe('SARIF for code scanning (ESLint CLI + @microsoft/eslint-formatter-sarif)', () => {
  let outDir = '';
  let text = '';
  let log: SarifLog;
  let expected: Expected[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    const demo = await import('../../scripts/demo.mjs');
    demo.linkPlugin();
    expected = demo.readExpected('recommended');
    outDir = mkdtempSync(path.join(os.tmpdir(), 'zero-trust-sarif-'));
    const run = lintToSarif(eslintBinOf('eslint'), outDir);
    // Exit 1: findings were reported (into the file, not to stdout); anything else is a crash.
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    text = run.sarif;
    log = JSON.parse(text) as SarifLog;
  });

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('is a SARIF 2.1.0 log with one ESLint run and no tool notifications', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/u);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    const eslintVersion = (requireFromHere('eslint/package.json') as { version: string }).version;
    expect(run?.tool.driver).toMatchObject({ name: 'ESLint', informationUri: 'https://eslint.org', version: eslintVersion });
    // A message without a rule id (a parse error, a crash) would become a notification here.
    expect(run?.invocations).toBeUndefined();
    expect(run?.results.length).toBeGreaterThan(0);
  });

  it('describes each reported rule with its docs page as help URI', () => {
    const run = log.runs[0];
    const reported = [...new Set(run?.results.map((result) => result.ruleId))].sort();
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id).sort()).toEqual(reported);
    for (const rule of rules) {
      expect(rule.id.startsWith(PREFIX)).toBe(true);
      const name = rule.id.slice(PREFIX.length);
      expect(rule.helpUri).toBe(`${DOCS_URL}${name}.md`);
      expect(existsSync(path.join(ROOT, 'docs', 'rules', `${name}.md`))).toBe(true);
      expect(rule.shortDescription?.text).toMatch(/^(Disallow|Enforce|Prefer|Require) /u);
    }
    for (const result of run?.results ?? []) expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
  });

  it('gives every result a rule id, a level, a message and a location in the app', () => {
    const run = log.runs[0];
    const artifacts = run?.artifacts.map((artifact) => artifact.location.uri) ?? [];
    for (const result of run?.results ?? []) {
      expect(result.ruleId.startsWith(PREFIX)).toBe(true);
      expect(result.level).toBe('error'); // the recommended preset reports errors
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(result.locations).toHaveLength(1);
      const location = result.locations[0]?.physicalLocation;
      expect(location?.artifactLocation.uri).toMatch(/^file:\/\//u);
      expect(artifacts[location?.artifactLocation.index ?? -1]).toBe(location?.artifactLocation.uri);
      expect(existsSync(path.join(APP, fileOf(result)))).toBe(true);
      expect(location?.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location?.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(location?.region.endLine).toBeGreaterThanOrEqual(location?.region.startLine ?? 1);
    }
  });

  it('holds every expected finding of the recommended preset at its file and line', () => {
    expect(expected.length).toBeGreaterThan(0);
    const located = new Set(log.runs[0]?.results.map((result) => `${fileOf(result)}:${String(result.locations[0]?.physicalLocation.region.startLine)} ${result.ruleId}`));
    const missing = expected.map((finding) => `${finding.file}:${String(finding.line)} ${finding.rule}`).filter((item) => !located.has(item));
    expect(missing).toEqual([]);
  });

  it('reports each hardcoded secret of the app, and the region covers the value', () => {
    const secretResults = log.runs[0]?.results.filter((result) => result.ruleId === SECRETS_RULE) ?? [];
    for (const [file, values] of Object.entries(SECRETS)) {
      for (const value of values) {
        const line = lineOf(file, value);
        expect(line, `${value} is no longer in ${file}: update SECRETS`).toBeGreaterThan(0);
        const hits = secretResults.filter((result) => fileOf(result) === file && result.locations[0]?.physicalLocation.region.startLine === line);
        expect(hits.map((result) => regionText(result)).some((covered) => covered.includes(value)), `${file}:${String(line)}`).toBe(true);
      }
    }
    // Conversely, every secrets finding is one of the listed values (a new secret in the app belongs in SECRETS).
    const listed = Object.values(SECRETS).flat();
    for (const result of secretResults) expect(listed.some((value) => regionText(result).includes(value)), `${fileOf(result)}: ${regionText(result)}`).toBe(true);
  });

  it('keeps the confidence of a secrets finding readable in its message text', () => {
    // SARIF has no message id; each of the rule's report message ids words its message differently.
    const confidence = (text: string): string => {
      if (/^Hardcoded .* passes its provider checksum/u.test(text)) return 'verifiedSecret';
      if (text.startsWith('Hardcoded ')) return 'hardcodedSecret';
      if (text.startsWith('Likely hardcoded ')) return 'likelySecret';
      if (text.startsWith('High-entropy string')) return 'highEntropyString';
      return `unknown: ${text}`;
    };
    const byLocation = Object.fromEntries(
      (log.runs[0]?.results ?? [])
        .filter((result) => result.ruleId === SECRETS_RULE)
        .map((result) => [`${fileOf(result)}:${String(result.locations[0]?.physicalLocation.region.startLine)}`, confidence(result.message.text)]),
    );
    // A password handed to a database client is certain; a value that is only named like a secret is likely.
    const at = (file: string, value: string): string => `${file}:${String(lineOf(file, value))}`;
    expect(byLocation).toMatchObject({
      [at('src/clients/secrets-in-code.ts', 'Rep0rting!2024')]: 'hardcodedSecret',
      [at('src/clients/secrets-in-code.ts', '7c4e9a1f3b8d2e6a5f0c9b7d1e3a4f62')]: 'likelySecret',
      [at('appsettings.json', 'Ord3rs-Sql-2024!')]: 'hardcodedSecret',
      [at('appsettings.json', 'e8b1f27c94d3a6058f1e2c7b9a4d3f60')]: 'likelySecret',
    });
    for (const value of Object.values(byLocation)) expect(value).not.toMatch(/^unknown/u);
  });

  it('contains no secret value anywhere in the file', () => {
    for (const value of Object.values(SECRETS).flat()) expect(text).not.toContain(value);
    // Nor the reported source text itself (a literal, a URL's credentials, a connection string's `Password=…`).
    for (const result of log.runs[0]?.results ?? []) {
      if (result.ruleId === SECRETS_RULE) expect(text).not.toContain(regionText(result).replace(/^["'`]|["'`]$/gu, ''));
    }
  });

  it('ESLint 9 writes the same results and rules', () => {
    const run = lintToSarif(eslintBinOf('eslint-v9'), outDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const v9 = JSON.parse(run.sarif) as SarifLog;
    expect(v9.runs[0]?.tool.driver.version).toMatch(/^9\./u);
    expect(v9.runs[0]?.results).toEqual(log.runs[0]?.results);
    expect(v9.runs[0]?.tool.driver.rules).toEqual(log.runs[0]?.tool.driver.rules);
  });
});
