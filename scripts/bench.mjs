#!/usr/bin/env node
/**
 * The plugin's cost as users feel it, against ESLint itself and the peer security plugins, on real code no one here
 * wrote (issue 10). Not part of `npm test`.
 *
 * 1. Corpus: the sources of a web framework (fastify: lib/, test/, its entry point), a UI library (svelte: src/),
 *    a cloud SDK (@azure/msal-common, msal-browser and msal-node: their TypeScript src/) and rxjs (TypeScript src/),
 *    all pinned devDependencies, so the corpus is there offline and the same on every machine. JavaScript is parsed
 *    by espree, TypeScript by @typescript-eslint/parser, in every configuration alike.
 * 2. Configurations, linted in one run, interleaved (A B C … A B C …, the order rotated each round), median of
 *    `--repeat` rounds after one warm-up round: the parser and no rule (the baseline); one rule that does nothing
 *    (ESLint's floor, see FLOOR_RULE); this plugin's `recommended`; its `strict`; the peers' security presets. Wall times, measured without ESLint's statistics as users
 *    lint, are reported as ratios to the baseline; rule times come from as many further rounds with the statistics
 *    (`stats: true`, the figures behind `TIMING=all`), as shares of it.
 * 3. The `eslint` command on a copy of the corpus, a new process per run, with the baseline, the floor and strict
 *    (see benchCli), median of `--cli-repeat` rounds (default 7): what users wait for, which the in-process figures
 *    understate.
 *    Targets, printed PASS/FAIL: `strict` adds ≤ 10 % to the baseline, counted above ESLint's floor and judged on the
 *    command (the total and the floor are printed beside it); no rule of `strict` above 2 % of the baseline;
 *    `no-hardcoded-secrets` ≤ 3 µs per string literal. Differences are taken within each round, then their median.
 * 4. Worst cases, each linted with `strict` at size n and 2n to show the time is linear: a 5 MB minified bundle
 *    (the real minified bundles of msal-browser and the svelte compiler, concatenated), a 2 MB data-URI literal,
 *    50,000 string literals, deeply nested expressions (the deepest the parser survives, reported). Each figure is
 *    the fastest of its rounds (at least seven for small texts), each round after a garbage collection.
 * 5. Real-world findings of `strict` on the corpus: per 100k lines, by rule, each with its file:line (the rules mask
 *    secret values in their messages); the peers' counts by rule for comparison.
 * 6. Precision of the data-flow rules on the whole installed dependency tree (scripts/precision.mjs, about 20,000
 *    files): findings per rule per 100k lines, each listed, against the count that was last reviewed
 *    (REVIEWED_FLOW_FINDINGS): a new finding fails the target until someone has read it.
 *
 * Usage: npm run build && node --expose-gc scripts/bench.mjs [--repeat 3] [--cli-repeat 7] [--only-worst] [--skip-worst] [--skip-precision]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import sdl from '@microsoft/eslint-plugin-sdl';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import noSecrets from 'eslint-plugin-no-secrets';
import security from 'eslint-plugin-security';
import sonarjs from 'eslint-plugin-sonarjs';
import plugin from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const repeat = Math.max(1, Number(option('repeat', '3')));
/**
 * Rounds of the `eslint` command: a run there varies by several per cent from one to the next on a shared machine, as
 * much as the target's margin, so its median takes more rounds than the in-process figures (one round is three runs).
 */
const cliRepeat = Math.max(repeat, Number(option('cli-repeat', '7')));
const onlyWorst = args.includes('--only-worst');
const skipWorst = args.includes('--skip-worst');
const skipPrecision = args.includes('--skip-precision') || onlyWorst;

/**
 * Findings of the data-flow rules on the installed dependency tree, each read and judged: none so far (the one false
 * positive the first run found, MSAL's login-hint matcher, was fixed in the engine). Raise it only after review.
 */
const REVIEWED_FLOW_FINDINGS = 0;

const require = createRequire(import.meta.url);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));

// ---------------------------------------------------------------------------------------------------------------
// Corpus

/** Package, the folders of it to lint (relative to the package), and its module system for `.js` files. */
const CORPUS = [
  { name: 'fastify', kind: 'web framework', folders: ['fastify.js', 'lib', 'test'] },
  { name: 'svelte', kind: 'UI library', folders: ['src'] },
  { name: '@azure/msal-common', kind: 'cloud SDK', folders: ['src'] },
  { name: '@azure/msal-browser', kind: 'cloud SDK', folders: ['src'] },
  { name: '@azure/msal-node', kind: 'cloud SDK', folders: ['src'] },
  { name: 'rxjs', kind: 'reactive library', folders: ['src'] },
];
const JS = /\.[cm]?js$/u;
const TS = /\.[cm]?tsx?$/u;
const DECLARATION = /\.d\.[cm]?ts$/u;

function collect(full, out) {
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  }
  catch {
    out.push(full);
    return;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules') continue;
    const child = path.join(full, entry.name);
    if (entry.isDirectory()) collect(child, out);
    else if ((JS.test(entry.name) || TS.test(entry.name)) && !DECLARATION.test(entry.name)) out.push(child);
  }
}

function loadCorpus() {
  const sources = [];
  const packages = [];
  for (const { name, kind, folders } of CORPUS) {
    const directory = packageDir(name);
    const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8'));
    const files = [];
    for (const folder of folders) collect(path.join(directory, folder), files);
    const before = sources.length;
    for (const file of files.sort()) {
      const code = readFileSync(file, 'utf8');
      const relative = path.relative(directory, file).split(path.sep).join('/');
      const isTs = TS.test(file);
      const sourceType = file.endsWith('.cjs') || (file.endsWith('.js') && manifest.type !== 'module') ? 'commonjs' : 'module';
      sources.push({
        display: `${name}@${manifest.version}/${relative}`,
        // A virtual name outside node_modules, which flat config ignores by default.
        filename: `corpus/${name}/${relative}`,
        code,
        isTs,
        sourceType,
        lines: code.split('\n').length,
      });
    }
    const own = sources.slice(before);
    packages.push({
      label: `${name}@${manifest.version} (${kind})`,
      files: own.length,
      js: own.filter((source) => !source.isTs).reduce((sum, source) => sum + source.lines, 0),
      ts: own.filter((source) => source.isTs).reduce((sum, source) => sum + source.lines, 0),
    });
  }
  return { sources, packages };
}

// ---------------------------------------------------------------------------------------------------------------
// Configurations: one object for the language, one for the rules under test, the same shape for all.

const LINTER_OPTIONS = { reportUnusedDisableDirectives: 'off', noInlineConfig: true };
// Named extensions, not `**/*`: flat config treats a bare `**/*` as matching no file with an extension other than
// `.js`, `.mjs` and `.cjs`, so the TypeScript half of the corpus would not be linted at all (only warned about).
const baseConfig = (source) => ({
  files: ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}'],
  linterOptions: LINTER_OPTIONS,
  languageOptions: source.isTs
    ? { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: source.filename.endsWith('x') } } }
    : { ecmaVersion: 'latest', sourceType: source.sourceType, parserOptions: { ecmaFeatures: { jsx: false } } },
});

/** Merges a flat preset (an object or an array of objects without `files`) into one object: plugins and rules. */
function merge(presets) {
  const merged = { plugins: {}, rules: {} };
  for (const preset of [presets].flat()) {
    Object.assign(merged.plugins, preset.plugins);
    Object.assign(merged.rules, preset.rules);
  }
  return merged;
}

/** SonarJS rules on this plugin's ground (secrets, TLS, JWT, CORS, cookies and sessions, clear text, IAM). */
const SONAR_SECURITY = [
  'no-hardcoded-passwords',
  'no-hardcoded-secrets',
  'hardcoded-secret-signatures',
  'insecure-jwt-token',
  'unverified-certificate',
  'unverified-hostname',
  'weak-ssl',
  'cors',
  'no-hardcoded-ip',
  'no-clear-text-protocols',
  'insecure-cookie',
  'cookie-no-httponly',
  'csrf',
  'session-regeneration',
  'aws-iam-all-privileges',
  'aws-iam-public-access',
  'aws-iam-privilege-escalation',
  'aws-restricted-ip-admin-access',
  'aws-apigateway-public-api',
];

/**
 * A rule that does nothing. With it, ESLint lints about 10 % slower than with no rule: for each file, the first rule
 * context it makes (`Object.create` of a fresh per-file context object) turns that object into a prototype, which
 * costs V8 far more than the rule's work (patching that one line to copy the properties instead takes the floor to
 * about 3 %). Every configuration with at least one rule pays it, the peers' as much as this plugin's, so a
 * configuration's own cost is its time above this floor.
 */
const FLOOR_RULE = { meta: { type: 'problem', schema: [] }, create: () => ({}) };

const CONFIGS = [
  { id: 'baseline', label: 'baseline: parser, no rule', rules: { plugins: {}, rules: {} } },
  {
    // ESLint's own fixed cost of running any rule at all (see FLOOR_RULE), which every real configuration pays.
    id: 'floor',
    label: "ESLint's floor: one rule that does nothing",
    rules: { plugins: { bench: { rules: { nothing: FLOOR_RULE } } }, rules: { 'bench/nothing': 'error' } },
  },
  { id: 'recommended', label: 'zero-trust recommended', rules: merge(plugin.configs.recommended) },
  { id: 'strict', label: 'zero-trust strict', rules: merge(plugin.configs.strict) },
  {
    // What no-hardcoded-secrets adds: strict's rule time minus this configuration's (the shared per-file analysis
    // is then paid by the other rules, as it is in a real run).
    id: 'strict-without-secrets',
    label: 'zero-trust strict without no-hardcoded-secrets',
    rules: merge({ ...plugin.configs.strict, rules: { ...plugin.configs.strict.rules, 'zero-trust/no-hardcoded-secrets': 'off' } }),
  },
  { id: 'sdl', label: '@microsoft/eslint-plugin-sdl recommended', rules: merge(sdl.configs.recommended) },
  { id: 'security', label: 'eslint-plugin-security recommended', rules: merge(security.configs.recommended) },
  {
    id: 'no-secrets',
    label: 'eslint-plugin-no-secrets no-secrets/no-secrets',
    rules: { plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } },
  },
  {
    id: 'sonarjs',
    label: `eslint-plugin-sonarjs security rules (${SONAR_SECURITY.length})`,
    rules: {
      plugins: { sonarjs },
      rules: Object.fromEntries(SONAR_SECURITY.map((id) => [`sonarjs/${id}`, 'error'])),
    },
  },
];
for (const id of SONAR_SECURITY) if (!(id in sonarjs.rules)) throw new Error(`eslint-plugin-sonarjs has no rule ${id}`);

// ---------------------------------------------------------------------------------------------------------------
// Linting

const linter = new Linter();
const RULE_IN_ERROR = /Rule: "([^"]+)"/u;

/**
 * ESLint's own config array, so that each configuration is normalised and its rule options validated once per
 * language variant, as the CLI does (it caches the config of each file pattern), not once per file as `verify` does
 * with a plain array; that per-file validation is a cost users never pay and grows with the number of rules. The
 * class is not exported, so it is loaded by its path; without it, plain arrays are used.
 */
let FlatConfigArray = null;
try {
  ({ FlatConfigArray } = require(path.join(packageDir('eslint'), 'lib', 'config', 'flat-config-array.js')));
}
catch {
  // Plain arrays: slower for every configuration alike.
}
const configArrays = new Map();
function configOf(config, source) {
  if (!FlatConfigArray) return [baseConfig(source), config.rules];
  const key = `${config.id}|${source.isTs}|${source.filename.endsWith('x')}|${source.sourceType}`;
  let configArray = configArrays.get(key);
  if (!configArray) {
    configArray = new FlatConfigArray([baseConfig(source), config.rules], { basePath: process.cwd() });
    configArray.normalizeSync();
    configArrays.set(key, configArray);
  }
  return configArray;
}

/**
 * Lints one text; returns the wall time, the time of each rule from ESLint's statistics (when `stats` is on: they
 * wrap every listener call in a timer, which adds to the wall time), the messages, and the rule that crashed (which
 * is then switched off for that configuration and reported).
 */
function lintOne(config, source, crashes, stats = true) {
  const start = performance.now();
  let messages;
  try {
    ({ messages } = linter.verifyAndFix(source.code, configOf(config, source), { filename: source.filename, stats, fix: false }));
  }
  catch (error) {
    const ruleId = RULE_IN_ERROR.exec(String(error?.message))?.[1];
    crashes.push({ config: config.id, file: source.display, ruleId, message: String(error?.message).split('\n')[0] });
    if (ruleId === undefined || !(ruleId in config.rules.rules)) throw error;
    config.rules.rules[ruleId] = 'off';
    for (const key of configArrays.keys()) if (key.startsWith(`${config.id}|`)) configArrays.delete(key);
    return lintOne(config, source, crashes, stats);
  }
  const ms = performance.now() - start;
  const rules = {};
  if (!stats) return { ms, rules, messages };
  for (const pass of linter.getTimes().passes ?? []) {
    for (const [id, time] of Object.entries(pass.rules ?? {})) rules[id] = (rules[id] ?? 0) + time.total;
  }
  return { ms, rules, messages };
}

/**
 * Collects the garbage the last configuration left (with `--expose-gc`, as `npm run bench` runs), so that no
 * configuration pays for a collection of the one before it: without it, the order of the rounds moves the figures by
 * several per cent.
 */
const collectGarbage = () => globalThis.gc?.();

function lintCorpus(config, sources, crashes, keepMessages, stats = true) {
  collectGarbage();
  let ms = 0;
  const rules = {};
  const findings = [];
  let parseErrors = 0;
  let unmatched = 0;
  for (const source of sources) {
    const result = lintOne(config, source, crashes, stats);
    ms += result.ms;
    for (const [id, time] of Object.entries(result.rules)) rules[id] = (rules[id] ?? 0) + time;
    for (const message of result.messages) {
      if (message.fatal) parseErrors += 1;
      else if (message.ruleId === null && message.message.startsWith('No matching configuration')) unmatched += 1;
      else if (keepMessages && message.ruleId) findings.push({ file: source.display, line: message.line, column: message.column, ruleId: message.ruleId, message: message.message });
    }
  }
  return { ms, rules, findings, parseErrors, unmatched };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percent = (value) => `${(value * 100).toFixed(1)} %`;
const verdicts = [];
const verdict = (holds, text) => {
  verdicts.push({ holds, text });
  console.log(`${holds ? 'PASS' : 'FAIL'} ${text}`);
};

/** Counts string literals and template literals, the unit of the secrets target. */
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

/**
 * The corpus linted the way users run ESLint: its files written to a temporary project, and the `eslint` command run
 * there with the baseline, the floor and strict, interleaved, `cliRepeat` rounds after a warm-up. Each run is a new
 * process, so it pays for loading ESLint, the parser and the plugin as users do. Returns the median of each round's
 * differences, as shares of that round's baseline.
 */
function benchCli(sources) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zt-cli-'));
  try {
    for (const source of sources) {
      const file = path.join(dir, source.filename);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, source.code);
    }
    const parserUrl = pathToFileURL(require.resolve('@typescript-eslint/parser')).href;
    const pluginUrl = new URL('../dist/index.js', import.meta.url).href;
    const commonjs = sources.filter((source) => !source.isTs && source.sourceType === 'commonjs').map((source) => source.filename);
    const base = `import * as tsParser from ${JSON.stringify(parserUrl)};
export const base = [
  { files: ['**/*.{js,cjs,mjs}'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  { files: ${JSON.stringify(commonjs)}, languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.{ts,cts,mts,tsx}'], languageOptions: { parser: tsParser } },
  { linterOptions: ${JSON.stringify(LINTER_OPTIONS)} },
];
`;
    writeFileSync(path.join(dir, 'base.mjs'), base);
    const configs = {
      baseline: `import { base } from './base.mjs';\nexport default base;\n`,
      floor: `import { base } from './base.mjs';\nconst nothing = { meta: { type: 'problem', schema: [] }, create: () => ({}) };\nexport default [...base, { plugins: { bench: { rules: { nothing } } }, rules: { 'bench/nothing': 'error' } }];\n`,
      strict: `import { base } from './base.mjs';\nimport plugin from ${JSON.stringify(pluginUrl)};\nexport default [...base, plugin.configs.strict];\n`,
    };
    for (const [id, text] of Object.entries(configs)) writeFileSync(path.join(dir, `${id}.config.mjs`), text);
    const eslintBin = path.join(packageDir('eslint'), 'bin', 'eslint.js');
    const run = (id) => {
      const start = performance.now();
      const result = spawnSync(process.execPath, [eslintBin, '--config', `${id}.config.mjs`, '--format', 'json', '--output-file', `${id}.json`, 'corpus'], { cwd: dir, encoding: 'utf8' });
      const ms = performance.now() - start;
      if (result.status !== 0 && result.status !== 1) throw new Error(`eslint (${id}) exited with ${result.status}: ${result.stderr}`);
      return ms;
    };
    const ids = Object.keys(configs);
    const times = Object.fromEntries(ids.map((id) => [id, []]));
    for (const id of ids) run(id);
    for (let round = 0; round < cliRepeat; round += 1) {
      for (let index = 0; index < ids.length; index += 1) {
        const id = ids[(index + round) % ids.length];
        times[id].push(run(id));
      }
    }
    const share = (id) => median(times[id].map((time, round) => time / times.baseline[round] - 1));
    const aboveFloor = median(times.strict.map((time, round) => (time - times.floor[round]) / times.baseline[round]));
    return { baseline: median(times.baseline), floor: share('floor'), strict: share('strict'), aboveFloor };
  }
  finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchCorpus() {
  const { sources, packages } = loadCorpus();
  const crashes = [];
  lintCorpus({ id: 'count', rules: { plugins: { bench: { rules: { counter } } }, rules: { 'bench/counter': 'error' } } }, sources, crashes, false);
  const literals = literalCount;
  const jsLines = packages.reduce((sum, item) => sum + item.js, 0);
  const tsLines = packages.reduce((sum, item) => sum + item.ts, 0);
  const lines = jsLines + tsLines;

  console.log('## Corpus');
  for (const item of packages) console.log(`  ${item.label}: ${item.files} files, ${item.js.toLocaleString('en')} JS lines, ${item.ts.toLocaleString('en')} TS lines`);
  console.log(
    `  total: ${sources.length} files (${sources.filter((source) => !source.isTs).length} JS, ${sources.filter((source) => source.isTs).length} TS), `
    + `${lines.toLocaleString('en')} lines (${jsLines.toLocaleString('en')} JS, ${tsLines.toLocaleString('en')} TS), ${literals.toLocaleString('en')} string literals`,
  );

  // Warm-up round: every configuration once, keeping the findings (they do not depend on timing).
  const findings = {};
  let parseErrors = 0;
  let unmatched = 0;
  for (const config of CONFIGS) {
    const result = lintCorpus(config, sources, crashes, true);
    findings[config.id] = result.findings;
    if (config.id === 'baseline') ({ parseErrors, unmatched } = result);
  }
  console.log(`  files that did not parse: ${parseErrors}`);
  verdict(unmatched === 0, `every corpus file was linted (${unmatched} matched no configuration)`);

  // Wall times without ESLint's statistics (users lint without them: their per-listener timers cost more than some
  // rules), then the same number of rounds with them for the rule times.
  const wall = Object.fromEntries(CONFIGS.map((config) => [config.id, []]));
  const ruleRounds = Object.fromEntries(CONFIGS.map((config) => [config.id, []]));
  for (const stats of [false, true]) {
    for (let round = 0; round < repeat; round += 1) {
      for (let index = 0; index < CONFIGS.length; index += 1) {
        const config = CONFIGS[(index + round) % CONFIGS.length];
        const result = lintCorpus(config, sources, crashes, false, stats);
        if (stats) ruleRounds[config.id].push(result.rules);
        else wall[config.id].push(result.ms);
      }
    }
  }
  const baseline = median(wall.baseline);
  const ruleMedian = (configId, ruleId) => median(ruleRounds[configId].map((rules) => rules[ruleId] ?? 0));

  console.log(`\n## Cost on the corpus (median of ${repeat} interleaved rounds; wall without ESLint's statistics; ratios to the baseline)`);
  console.log(`  baseline wall time: ${(baseline / 1000).toFixed(2)} s (${((baseline * 1000) / lines).toFixed(1)} µs per line; for scale only)`);
  const ruleTotals = {};
  for (const config of CONFIGS) {
    const ruleIds = Object.keys(config.rules.rules).filter((id) => config.rules.rules[id] !== 'off');
    const rulesMs = ruleIds.reduce((sum, id) => sum + ruleMedian(config.id, id), 0);
    ruleTotals[config.id] = rulesMs;
    console.log(
      `  ${config.label.padEnd(52)} wall ×${(median(wall[config.id]) / baseline).toFixed(3)}`
      + `  rule time ${percent(rulesMs / baseline).padStart(8)} of the baseline  (${ruleIds.length} rules)`,
    );
  }

  for (const configId of ['recommended', 'strict', 'sdl', 'security', 'no-secrets', 'sonarjs']) {
    const config = CONFIGS.find((item) => item.id === configId);
    const ranked = Object.keys(config.rules.rules)
      .map((id) => ({ id, ms: ruleMedian(configId, id) }))
      .filter((item) => item.ms > 0)
      .sort((a, b) => b.ms - a.ms);
    const shown = configId === 'strict' ? ranked : ranked.slice(0, 5);
    console.log(`\n  per-rule time, ${config.label}${configId === 'strict' ? '' : ' (top 5)'}: share of the baseline, ms`);
    for (const item of shown) console.log(`    ${percent(item.ms / baseline).padStart(8)}  ${item.ms.toFixed(0).padStart(6)} ms  ${item.id}`);
  }

  const ownPerLiteral = (ruleMedian('strict', 'zero-trust/no-hardcoded-secrets') * 1000) / Math.max(literals, 1);
  const rulesPerRound = (configId) => ruleRounds[configId].map((rules) => Object.values(rules).reduce((sum, time) => sum + time, 0));
  // Differences are taken within a round and then the median across rounds: the configurations of one round ran
  // minutes apart at most, so a slow spell of the machine moves both sides of a difference alike.
  const strictRulesRounds = rulesPerRound('strict');
  const withoutSecretsRounds = rulesPerRound('strict-without-secrets');
  const perLiteral = (median(strictRulesRounds.map((time, round) => time - withoutSecretsRounds[round])) * 1000) / Math.max(literals, 1);
  const strictAdded = median(wall.strict.map((time, round) => time / wall.baseline[round] - 1));
  const floorAdded = median(wall.floor.map((time, round) => time / wall.baseline[round] - 1));
  const aboveFloor = median(wall.strict.map((time, round) => (time - wall.floor[round]) / wall.baseline[round]));
  const strictRules = Object.keys(plugin.configs.strict.rules).map((id) => ({ id, share: ruleMedian('strict', id) / baseline }));
  const slowest = strictRules.reduce((worst, item) => (item.share > worst.share ? item : worst));

  console.log(`\n## The eslint command on the corpus (a new process per run; median of ${cliRepeat} interleaved rounds)`);
  const cli = benchCli(sources);
  console.log(`  baseline: ${(cli.baseline / 1000).toFixed(2)} s; ESLint's floor ${percent(cli.floor)}; strict ${percent(cli.strict)} (${percent(cli.aboveFloor)} above the floor)`);
  console.log(`  in this process (above): strict ${percent(strictAdded)}, floor ${percent(floorAdded)}, ${percent(aboveFloor)} above the floor`);

  console.log('\n## Targets');
  // Judged on the command users run: the in-process figures leave out what a run costs around the lint calls.
  verdict(
    cli.aboveFloor <= 0.1,
    `strict adds ${percent(cli.aboveFloor)} to the eslint command's time above ESLint's floor (≤ 10 %; median of the rounds' differences; `
    + `${percent(cli.strict)} in all, of which ${percent(cli.floor)} is the floor any rule costs; in this process ${percent(aboveFloor)} above the floor; `
    + `its rules' own time: ${percent(ruleTotals.strict / baseline)})`,
  );
  verdict(slowest.share <= 0.02, `slowest rule of strict: ${slowest.id} at ${percent(slowest.share)} of the baseline (≤ 2 % each)`);
  verdict(
    perLiteral <= 3,
    `no-hardcoded-secrets adds ${perLiteral.toFixed(2)} µs per string literal to strict (≤ 3 µs; its own listener time: ${ownPerLiteral.toFixed(2)} µs; ${literals.toLocaleString('en')} literals)`,
  );

  console.log('\n## Findings on the corpus (strict)');
  const per100k = (count) => ((count * 100_000) / lines).toFixed(2);
  const byRule = (list) => {
    const counts = {};
    for (const finding of list) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
    return Object.entries(counts).sort((a, b) => b[1] - a[1]);
  };
  console.log(`  ${findings.strict.length} findings, ${per100k(findings.strict.length)} per 100k lines`);
  for (const [ruleId, count] of byRule(findings.strict)) console.log(`    ${String(count).padStart(5)}  ${per100k(count).padStart(7)} per 100k  ${ruleId}`);
  for (const finding of findings.strict) console.log(`  ${finding.file}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`);

  console.log('\n## Peers\' findings on the same corpus, by rule (per 100k lines)');
  for (const configId of ['sdl', 'security', 'no-secrets', 'sonarjs']) {
    const list = findings[configId];
    console.log(`  ${CONFIGS.find((item) => item.id === configId).label}: ${list.length} findings, ${per100k(list.length)} per 100k lines`);
    for (const [ruleId, count] of byRule(list)) console.log(`    ${String(count).padStart(5)}  ${per100k(count).padStart(7)}  ${ruleId}`);
  }

  if (crashes.length > 0) {
    console.log('\n## Crashes (the rule was switched off for the rest of that configuration)');
    for (const crash of crashes) console.log(`  ${crash.config} ${crash.ruleId ?? '?'} on ${crash.file}: ${crash.message}`);
  }
  const ourCrashes = crashes.filter((crash) => crash.ruleId?.startsWith('zero-trust/'));
  verdict(ourCrashes.length === 0, `no zero-trust rule crashed on the corpus (${ourCrashes.length})`);
}

// ---------------------------------------------------------------------------------------------------------------
// Worst cases, linted with strict at n and 2n.

const STRICT = CONFIGS.find((config) => config.id === 'strict');
const BASELINE = CONFIGS.find((config) => config.id === 'baseline');

/** Median wall and rule time of `strict` on a text, and the baseline's wall time; `null` if the parser gave up. */
function timeText(code, filename) {
  const source = { code, filename, display: filename, isTs: TS.test(filename), sourceType: 'module' };
  const strict = [];
  const rules = [];
  const perRule = [];
  const base = [];
  let messages = [];
  // A warm-up round for small texts; large ones are slow enough that the JIT is warm after the first file.
  const warmUp = code.length < 1_000_000 ? 1 : 0;
  // Small texts take milliseconds, where one collection or a busy neighbour doubles a figure: they get more rounds.
  const rounds = code.length < 1_000_000 ? Math.max(repeat, 7) : repeat;
  for (let round = 0; round < rounds + warmUp; round += 1) {
    collectGarbage();
    const baseResult = lintOne(BASELINE, source, []);
    collectGarbage();
    if (baseResult.messages.some((message) => message.fatal)) return { fatal: baseResult.messages.find((message) => message.fatal).message };
    const result = lintOne(STRICT, source, []);
    if (round === 0) messages = result.messages;
    if (round < warmUp) continue;
    base.push(baseResult.ms);
    strict.push(result.ms);
    rules.push(Object.values(result.rules).reduce((sum, time) => sum + time, 0));
    perRule.push(result.rules);
  }
  const fatal = messages.find((message) => message.fatal);
  // The fastest round: noise only ever adds time, and these figures judge growth, not typical cost.
  const least = (values) => Math.min(...values);
  const ruleTimes = Object.keys(perRule[0] ?? {}).map((id) => ({ id, ms: least(perRule.map((item) => item[id] ?? 0)) }));
  const slowest = ruleTimes.reduce((worst, item) => (item.ms > worst.ms ? item : worst), { id: '-', ms: 0 });
  return { base: least(base), strict: least(strict), rules: least(rules), slowest, size: code.length, findings: messages.length, fatal: fatal?.message };
}

function bundle(bytes) {
  const parts = [
    readFileSync(path.join(packageDir('@azure/msal-browser'), 'lib', 'msal-browser.min.js'), 'utf8'),
    readFileSync(path.join(packageDir('svelte'), 'compiler', 'index.js'), 'utf8'),
  ];
  // Whole bundles only, each on its own line (a bundle may end in a line comment).
  let code = '';
  for (let index = 0; code.length < bytes; index += 1) code += `${parts[index % parts.length]}\n;`;
  return code;
}

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg';
const dataUri = (bytes) => `export const logo = "data:image/png;base64,${PNG.repeat(Math.ceil(bytes / PNG.length)).slice(0, bytes)}";\n`;

/** Deterministic pseudo-random strings (a linear congruential generator), so every run lints the same text. */
function literals(count) {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const token = (length) => Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
  const lines = [];
  for (let index = 0; index < count; index += 1) {
    const form = index % 5;
    if (form === 0) lines.push(`export const label${index} = 'value-${index.toString(36)}-label';`);
    else if (form === 1) lines.push(`config.url${index} = \`https://api${index % 7}.example.com/v1/items/${index}\`;`);
    else if (form === 2) lines.push(`headers['x-request-${index}'] = "${token(24)}";`);
    else if (form === 3) lines.push(`settings.apiKey${index} = '${token(32)}';`);
    else lines.push(`log('message number ${index} of the batch', { id: "${index}" });`);
  }
  return `${lines.join('\n')}\n`;
}

/** Nested shapes of depth n; each is one expression statement. */
const NESTED = {
  'parentheses': (depth) => `export const value = ${'('.repeat(depth)}1${')'.repeat(depth)};\n`,
  'arrays': (depth) => `export const value = ${'['.repeat(depth)}1${']'.repeat(depth)};\n`,
  'calls': (depth) => `export const value = ${'wrap('.repeat(depth)}1${')'.repeat(depth)};\n`,
  'objects': (depth) => `export const value = ${'{ secret: '.repeat(depth)}'x'${' }'.repeat(depth)};\n`,
  'conditional chain': (depth) => `export const value = ${Array.from({ length: depth }, (_, index) => `flag${index} ? ${index} : `).join('')}0;\n`,
  'string concatenation': (depth) => `export const password = ${Array.from({ length: depth }, (_, index) => `'part${index}'`).join(' + ')};\n`,
  'logical chain': (depth) => `export const allowed = ${Array.from({ length: depth }, (_, index) => `origin === 'https://a${index}.example'`).join(' || ')};\n`,
  'member chain': (depth) => `export const value = root${'.next'.repeat(depth)};\n`,
};

function linearity(label, make, small, large, unit) {
  const a = timeText(make(small), 'worst.js');
  const b = timeText(make(large), 'worst.js');
  if (a.fatal || b.fatal) {
    console.log(`  ${label}: did not parse (${a.fatal ?? b.fatal})`);
    return;
  }
  // Growth of the rules' time per unit of input from n to 2n: 1 is linear, 2 would be quadratic.
  const growth = (b.rules / b.size) / Math.max(a.rules / a.size, 1e-9);
  const show = (result) => `${(result.size / 1e6).toFixed(2)} MB: ${result.strict.toFixed(0)} ms (parse-only ${result.base.toFixed(0)} ms, rules ${result.rules.toFixed(0)} ms, slowest ${result.slowest.id} ${result.slowest.ms.toFixed(0)} ms)`;
  console.log(`  ${label}\n    n = ${small.toLocaleString('en')} ${unit}, ${show(a)}\n    2n = ${large.toLocaleString('en')} ${unit}, ${show(b)}; ${b.findings} finding(s)`);
  // Linear: the rules' time per byte does not grow with the input (allowing for noise and garbage collection, not
  // for a quadratic's doubling; below 20 ms the ratio is noise); bounded: the rules cost at most as much as ESLint's
  // own parse and traversal of the same text (or 50 ms, for a text that is one literal).
  verdict(
    (growth <= 1.4 || b.rules < 20) && b.rules <= Math.max(b.base, 50),
    `${label}: rules ${(b.rules / b.size * 1e6).toFixed(1)} ms/MB at 2n, ×${growth.toFixed(2)} per byte from n (linear ≤ ×1.4), ${(b.rules / b.base * 100).toFixed(0)} % of the parse (≤ 100 % or 50 ms)`,
  );
}

/** The deepest nesting of DEPTHS (up to 10,000) that the parser and ESLint's traversal survive. */
const DEPTHS = [10_000, 7500, 5000, 4000, 3000, 2000, 1500, 1000, 500];
function deepestParsed(make) {
  for (const depth of DEPTHS) {
    try {
      const result = lintOne(BASELINE, { code: make(depth), filename: 'deep.js', display: 'deep.js', isTs: false, sourceType: 'module' }, []);
      if (!result.messages.some((message) => message.fatal)) return depth;
    }
    catch {
      // The traversal ran out of stack: try shallower.
    }
  }
  return 0;
}

function benchWorst() {
  console.log('\n## Worst cases (zero-trust strict; fastest of the rounds, at least 7 for small texts; wall ms, parse-only is the baseline on the same text)');
  linearity('minified bundle (msal-browser + svelte compiler, concatenated)', bundle, 2_500_000, 5_000_000, 'bytes');
  linearity('data-URI literal', dataUri, 1_000_000, 2_000_000, 'bytes');
  linearity('string literals', literals, 25_000, 50_000, 'literals');
  for (const [shape, make] of Object.entries(NESTED)) {
    const depth = deepestParsed(make);
    if (depth === 0) {
      console.log(`  nested ${shape}: the parser does not survive even 500 levels`);
      continue;
    }
    let strictCrash;
    try {
      lintOne(STRICT, { code: make(depth), filename: 'deep.js', display: 'deep.js', isTs: false, sourceType: 'module' }, []);
    }
    catch (error) {
      strictCrash = String(error?.message).split('\n').slice(0, 2).join(' ');
    }
    if (strictCrash !== undefined) {
      verdict(false, `nested ${shape} at depth ${depth} (the parser survives it): strict crashed: ${strictCrash}`);
      continue;
    }
    // Timed at half the depth that survived once: how deep ESLint's own recursion gets depends on how far the JIT has
    // compiled it, so the deepest text can run out of stack in ESLint (no rule involved) on a later round.
    linearity(`nested ${shape} (the parser survives depth ${depth.toLocaleString('en')}; timed at ${(depth / 4).toLocaleString('en')} and ${(depth / 2).toLocaleString('en')})`, make, depth / 4, depth / 2, 'levels');
  }
}

/** Runs scripts/precision.mjs over node_modules and reports its findings against the reviewed count. */
function benchPrecision() {
  console.log('\n## Precision of the data-flow rules on the installed dependency tree (scripts/precision.mjs)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zt-precision-'));
  const out = path.join(dir, 'precision.json');
  try {
    const script = path.join(path.dirname(new URL(import.meta.url).pathname), 'precision.mjs');
    const run = spawnSync(process.execPath, [script, '--no-build', '--quiet', '--json', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) {
      verdict(false, `precision run failed: ${(run.stderr || '').trim().split('\n').at(-1) ?? ''}`);
      return;
    }
    const result = JSON.parse(readFileSync(out, 'utf8'));
    const { corpus, totals, byRule, findings, time } = result;
    console.log(
      `corpus: ${corpus.files.toLocaleString('en')} files, ${corpus.lines.toLocaleString('en')} lines; ${(time.wallMs / 1000).toFixed(0)} s; parse failures ${corpus.parseFailures}`,
    );
    for (const [rule, figures] of Object.entries(byRule)) {
      console.log(`${String(figures.findings).padStart(5)}  ${figures.per100kLines.toFixed(2).padStart(6)} per 100k lines  ${rule}`);
    }
    for (const finding of findings) console.log(`  ${finding.path}:${finding.line}:${finding.column} ${finding.rule}`);
    verdict(
      totals.findings <= REVIEWED_FLOW_FINDINGS && totals.crashes === 0,
      `data-flow rules on ${corpus.lines.toLocaleString('en')} lines of dependencies: ${totals.findings} finding(s), ${REVIEWED_FLOW_FINDINGS} reviewed; ${totals.crashes} crash(es)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!onlyWorst) benchCorpus();
if (!skipWorst) benchWorst();
if (!skipPrecision) benchPrecision();
const failed = verdicts.filter((item) => !item.holds);
console.log(`\n${verdicts.length - failed.length} targets met, ${failed.length} missed`);
process.exitCode = failed.length === 0 ? 0 : 1;
