/**
 * End to end: the real ESLint CLI, the built plugin, and the example app's own eslint.config.js
 * (the `recommended` preset, as a user writes it). The findings must be exactly the expected set.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { key, lintApp, readExpected, type Finding } from '../../scripts/demo.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('examples/vulnerable-app', () => {
  let findings: Finding[] = [];

  beforeAll(() => {
    findings = lintApp();
  });

  it('parses every file', () => {
    expect(findings.filter((finding) => finding.fatal)).toEqual([]);
  });

  it('reports exactly the expected (file, line, rule) findings', () => {
    const expected = readExpected().map(key).sort();
    expect(findings.map(key).sort()).toEqual(expected);
  });

  it('reports every rule of the recommended preset at least once, as errors', () => {
    // The built plugin, as ESLint loads it.
    const plugin = createRequire(import.meta.url)(ROOT) as { configs: { recommended: { rules: Record<string, unknown> } } };
    const reported = new Set(findings.map((finding) => finding.rule));
    for (const rule of Object.keys(plugin.configs.recommended.rules)) expect(reported).toContain(rule);
    expect(findings.every((finding) => finding.severity === 2)).toBe(true);
  });

  it('under the strict preset, reports the recommended findings plus exactly the strict-only ones', () => {
    const strict = lintApp('eslint.strict.config.js');
    expect(strict.filter((finding) => finding.fatal)).toEqual([]);
    expect(strict.map(key).sort()).toEqual(readExpected('strict').map(key).sort());
    const plugin = createRequire(import.meta.url)(ROOT) as { configs: { strict: { rules: Record<string, unknown> } } };
    const reported = new Set(strict.map((finding) => finding.rule));
    for (const rule of Object.keys(plugin.configs.strict.rules)) expect(reported).toContain(rule);
  });

  it('npm run demo exits 0 and prints the findings', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'demo.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('These are exactly the expected findings.');
    expect(result.stdout).toContain('zero-trust/no-disabled-tls-verification');
  });
});
