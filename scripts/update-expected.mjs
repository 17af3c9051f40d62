#!/usr/bin/env node
/**
 * Rewrites examples/vulnerable-app/expected-findings.json from what the plugin reports now.
 * Run it only after reviewing every new or missing finding that `npm run demo` lists.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { appDir, lintApp } from './demo.mjs';

const key = ({ file, line, rule }) => `${file}:${line} ${rule}`;
const recommended = lintApp().map(({ file, line, rule }) => ({ file, line, rule }));
const inRecommended = new Set(recommended.map(key));
const strictOnly = lintApp('eslint.strict.config.js')
  .filter((finding) => !inRecommended.has(key(finding)))
  .map(({ file, line, rule }) => ({ file, line, rule, preset: 'strict' }));
const findings = [...recommended, ...strictOnly].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
writeFileSync(path.join(appDir, 'expected-findings.json'), `${JSON.stringify(findings, null, 2)}\n`);
console.log(`${findings.length} expected finding(s) written.`);
