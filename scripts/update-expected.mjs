#!/usr/bin/env node
/**
 * Rewrites examples/vulnerable-app/expected-findings.json from what the plugin reports now.
 * Run it only after reviewing every new or missing finding that `npm run demo` lists.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { appDir, lintApp } from './demo.mjs';

const findings = lintApp().map(({ file, line, rule }) => ({ file, line, rule }));
writeFileSync(path.join(appDir, 'expected-findings.json'), `${JSON.stringify(findings, null, 2)}\n`);
console.log(`${findings.length} expected finding(s) written.`);
