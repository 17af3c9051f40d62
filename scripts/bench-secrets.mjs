#!/usr/bin/env node
/**
 * Cost and real-world findings of `zero-trust/no-hardcoded-secrets`.
 *
 * 1. Corpus: every .js/.cjs/.mjs file under node_modules (below 1 MB) — code no one here wrote. Each file is
 *    linted twice with the same parser settings, once with a rule that only counts string literals (the baseline)
 *    and once with the secrets rule; the difference, divided by the number of string literals, is the rule's cost
 *    per literal. Runs are interleaved and repeated; the median is reported.
 * 2. Worst cases: one file holding a 2 MB data-URI literal, one with 50,000 short literals.
 * 3. Findings on the corpus, per 100k lines, with the location of each (values are never printed: the rule's own
 *    message masks them).
 *
 * Usage: npm run build && node scripts/bench-secrets.mjs [--root node_modules] [--repeat 3]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Linter } from 'eslint';
import plugin from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const root = option('root', 'node_modules');
const repeat = Number(option('repeat', '3'));

const files = [];
(function collect(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.cache') collect(full);
    }
    else if (/\.[cm]?js$/u.test(entry.name) && statSync(full).size < 1_000_000) files.push(full);
  }
})(root);

const sources = files.map((file) => ({ file, code: readFileSync(file, 'utf8') }));
const lines = sources.reduce((sum, { code }) => sum + code.split('\n').length, 0);

let literalCount = 0;
const counter = {
  meta: { type: 'problem', schema: [] },
  create: () => ({
    Literal(node) {
      if (typeof node.value === 'string') literalCount += 1;
    },
    TemplateLiteral() {
      literalCount += 1;
    },
  }),
};
const bench = { rules: { counter } };

const RECOMMENDED = plugin.configs.recommended.rules;
const WITHOUT_SECRETS = Object.fromEntries(Object.entries(RECOMMENDED).filter(([id]) => id !== 'zero-trust/no-hardcoded-secrets'));

function config(ruleId, file) {
  const rules = ruleId === 'recommended' ? RECOMMENDED : ruleId === 'recommended-without-secrets' ? WITHOUT_SECRETS : { [ruleId]: 'error' };
  return [
    {
      files: ['**/*'],
      plugins: { bench, 'zero-trust': plugin },
      linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
      languageOptions: { ecmaVersion: 'latest', sourceType: file.endsWith('.cjs') ? 'commonjs' : 'module' },
      rules,
    },
  ];
}

const linter = new Linter();
/**
 * Lints the whole corpus with one rule; returns the rule's own time as ESLint measures it (`stats: true`, the
 * figures behind `TIMING`), the wall time, and the rule's messages.
 */
function lintCorpus(ruleId) {
  const findings = [];
  let parseErrors = 0;
  let ruleMs = 0;
  const start = performance.now();
  for (const { file, code } of sources) {
    const { messages } = linter.verifyAndFix(code, config(ruleId, file), { filename: lintName(file), stats: true, fix: false });
    for (const pass of linter.getTimes().passes ?? []) {
      for (const [id, time] of Object.entries(pass.rules ?? {})) if (id === ruleId || ruleId.startsWith('recommended')) ruleMs += time.total;
    }
    for (const message of messages) {
      if (message.fatal) parseErrors += 1;
      else if (message.ruleId === ruleId || ruleId.startsWith('recommended')) findings.push({ file, line: message.line, column: message.column, message: message.message });
    }
  }
  return { ms: performance.now() - start, ruleMs, findings, parseErrors };
}

/**
 * The name a corpus file is linted under: its path below node_modules (ESLint ignores node_modules/ paths), so that
 * rules see real folder and file names (`test/`, `*.test.js`) as they would in the package's own repository.
 */
function lintName(file) {
  const marker = `node_modules${path.sep}`;
  const index = file.lastIndexOf(marker);
  return index === -1 ? file : file.slice(index + marker.length);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const wall = { baseline: [], secrets: [] };
const ruleTimes = [];
let result = null;
let literals = 0;
for (let round = 0; round < repeat; round += 1) {
  literalCount = 0;
  wall.baseline.push(lintCorpus('bench/counter').ms);
  literals = literalCount;
  result = lintCorpus('zero-trust/no-hardcoded-secrets');
  wall.secrets.push(result.ms);
  ruleTimes.push(result.ruleMs);
}
const perLiteralMicros = (median(ruleTimes) * 1000) / Math.max(literals, 1);

// What the rule adds to the recommended preset, whose other rules already pay for the shared per-file analysis
// (module tracker, verifier sites): rule time of the preset with it minus the preset without it.
const withSecrets = [];
const withoutSecrets = [];
for (let round = 0; round < repeat; round += 1) {
  withoutSecrets.push(lintCorpus('recommended-without-secrets').ruleMs);
  withSecrets.push(lintCorpus('recommended').ruleMs);
}
const marginalMicros = ((median(withSecrets) - median(withoutSecrets)) * 1000) / Math.max(literals, 1);

// Worst cases.
function timeOne(code, label) {
  const times = [];
  let count = 0;
  for (let round = 0; round < repeat; round += 1) {
    count = linter.verifyAndFix(code, config('zero-trust/no-hardcoded-secrets', 'x.js'), { filename: 'x.js', stats: true, fix: false }).messages.length;
    times.push(linter.getTimes().passes.reduce((sum, pass) => sum + (pass.rules?.['zero-trust/no-hardcoded-secrets']?.total ?? 0), 0));
  }
  return { label, ms: median(times), findings: count };
}
const dataUri = `const logo = "data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg'.repeat(20_000).slice(0, 2_000_000)}";\n`;
const manyLiterals = Array.from({ length: 50_000 }, (_, index) => `const v${index} = "value-${index.toString(36)}-label";`).join('\n');
const namedBase64 = `const apiKey = "${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(60_000).slice(0, 2_000_000)}";\n`;
const worst = [timeOne(dataUri, '2 MB data-URI literal'), timeOne(namedBase64, '2 MB base64 literal under a secret name'), timeOne(manyLiterals, '50,000 short literals')];

const perHundredK = (result.findings.length * 100_000) / lines;
const targets = [
  { name: 'the corpus was linted (string literals counted)', holds: literals > 0 },
  { name: 'cost per string literal added to the recommended preset ≤ 3 µs', holds: marginalMicros <= 3 },
  { name: '2 MB data-URI literal < 20 ms', holds: worst[0].ms < 20 },
];

console.log(`corpus: ${files.length} files, ${lines.toLocaleString('en')} lines, ${literals.toLocaleString('en')} string literals (${result.parseErrors} files did not parse)`);
console.log(`wall time, median of ${repeat}: ${median(wall.baseline).toFixed(0)} ms with a literal-counting rule, ${median(wall.secrets).toFixed(0)} ms with no-hardcoded-secrets`);
console.log(`rule time (ESLint stats): ${median(ruleTimes).toFixed(0)} ms, ${perLiteralMicros.toFixed(2)} µs per string literal (per-file set-up included)`);
console.log(`recommended preset rule time: ${median(withoutSecrets).toFixed(0)} ms without the rule, ${median(withSecrets).toFixed(0)} ms with it: ${marginalMicros.toFixed(2)} µs per string literal added`);
for (const item of worst) console.log(`${item.label}: ${item.ms.toFixed(1)} ms of rule time, ${item.findings} finding(s)`);
console.log(`findings on the corpus: ${result.findings.length} (${perHundredK.toFixed(2)} per 100k lines)`);
for (const finding of result.findings) console.log(`  ${finding.file}:${finding.line}:${finding.column} ${finding.message}`);
for (const target of targets) console.log(`${target.holds ? 'PASS' : 'FAIL'} ${target.name}`);
process.exitCode = targets.every((target) => target.holds) ? 0 : 1;
