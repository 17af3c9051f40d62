#!/usr/bin/env node
/**
 * Lints the bundled example app with the real ESLint CLI and the built plugin, prints the findings,
 * and exits 0 only when they are exactly the expected ones (examples/vulnerable-app/expected-findings.json).
 *
 * The app declares the plugin as `"eslint-plugin-zero-trust": "file:../.."`; its dependencies are never
 * installed, so this script makes the one link npm would make for that entry, and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const appDir = path.join(root, 'examples', 'vulnerable-app');

/** Links examples/vulnerable-app/node_modules/eslint-plugin-zero-trust to the package root. */
export function linkPlugin() {
  const modules = path.join(appDir, 'node_modules');
  const link = path.join(modules, 'eslint-plugin-zero-trust');
  mkdirSync(modules, { recursive: true });
  let present = false;
  try {
    present = lstatSync(link).isSymbolicLink() || existsSync(link);
  } catch {
    present = false;
  }
  if (!present) symlinkSync(path.relative(modules, root), link, 'dir');
}

/**
 * Runs the ESLint CLI on the app and returns its findings, sorted. `configFile` picks another config of the
 * app (the default is its own eslint.config.js, the `recommended` preset).
 */
export function lintApp(configFile) {
  linkPlugin();
  const eslintBin = path.join(path.dirname(createRequire(import.meta.url).resolve('eslint/package.json')), 'bin', 'eslint.js');
  const configArgs = configFile ? ['--config', configFile] : [];
  const result = spawnSync(process.execPath, [eslintBin, ...configArgs, '--format', 'json', '--no-warn-ignored', '.'], {
    cwd: appDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`ESLint failed (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  }
  const files = JSON.parse(result.stdout);
  const findings = [];
  for (const file of files) {
    for (const message of file.messages) {
      findings.push({
        file: path.relative(appDir, file.filePath).split(path.sep).join('/'),
        line: message.line,
        column: message.column,
        rule: message.ruleId,
        severity: message.severity,
        message: message.message,
        fatal: message.fatal === true,
      });
    }
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return findings;
}

/**
 * The expected findings for a preset. Entries marked `"preset": "strict"` come from rules that only the
 * `strict` preset enables; the rest are expected from both presets.
 */
export function readExpected(preset = 'recommended') {
  const all = JSON.parse(readFileSync(path.join(appDir, 'expected-findings.json'), 'utf8'));
  return preset === 'strict' ? all : all.filter((finding) => finding.preset !== 'strict');
}

export function key(finding) {
  return `${finding.file}:${finding.line} ${finding.rule}`;
}

function main() {
  const findings = lintApp();
  for (const finding of findings) {
    const level = finding.severity === 2 ? 'error' : 'warning';
    console.log(`${finding.file}:${finding.line}:${finding.column}  ${level}  ${finding.message}  ${finding.rule ?? ''}`);
  }
  const expected = new Set(readExpected().map(key));
  const actual = new Set(findings.map(key));
  const missing = [...expected].filter((item) => !actual.has(item));
  const unexpected = [...actual].filter((item) => !expected.has(item));
  console.log(`\n${findings.length} finding(s) in examples/vulnerable-app.`);
  if (missing.length === 0 && unexpected.length === 0) {
    console.log('These are exactly the expected findings.');
    return 0;
  }
  for (const item of missing) console.log(`missing:    ${item}`);
  for (const item of unexpected) console.log(`unexpected: ${item}`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
