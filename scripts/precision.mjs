#!/usr/bin/env node
/**
 * Precision of rules on a large real corpus no one here wrote: every finding of the given rules across the project's
 * own node_modules, for review (issue 5: "every finding of these rules reviewed, and the count recorded in the bench
 * output; aim for zero false positives there").
 *
 * Corpus: every .js/.mjs/.cjs/.jsx/.ts/.mts/.cts/.tsx file under the root (symbolic links and `.cache` folders are
 * not followed), except declaration files (.d.ts, .d.mts, .d.cts) and files above 1 MB, which are counted as skipped.
 * Files are linted one at a time in this process with ESLint's `Linter` and the built plugin in dist/, so memory stays
 * bounded by the largest file plus the findings. Each file is linted under its path below the last `node_modules/`
 * (ESLint ignores node_modules paths), so rules see real folder and file names. Parsers: @typescript-eslint/parser
 * for TypeScript (JSX on for .tsx), espree for JavaScript (JSX on for .jsx); a .js file is a module or CommonJS as
 * its nearest package.json's `type` says, and is tried the other way (then with JSX) when that does not parse. A
 * file that no attempt parses is counted as a parse failure. Inline configuration comments are ignored, so no
 * `eslint-disable` in a package hides a finding.
 *
 * Output: the corpus (files, lines, bytes, skipped), parse failures, time (wall, parse, each rule), findings per rule
 * and per 100k lines, then every finding as `path:line:col rule message` with its source line (trimmed, at most 160
 * characters, centred on the column when the line is longer). Rules the built plugin does not have are listed as
 * missing; a rule that crashes on a file is listed with the file and switched off for that file only. Exits 0 whatever
 * it finds (2 on a bad command line, 1 when the plugin cannot be loaded or built).
 *
 * Usage: node scripts/precision.mjs [--rules a,b,c] [--json FILE] [--limit N] [--paths dir1,dir2] [--root DIR]
 *                                   [--no-build] [--unindexed] [--quiet]
 *   --rules   rule ids, with or without the `zero-trust/` prefix (default: the seven data-flow rules of issue 5)
 *   --json    also write the result, machine-readably, to FILE
 *   --limit   lint only the first N files of the corpus (in sorted path order)
 *   --paths   lint only these folders or files (relative to the working directory, or else to the root)
 *   --root    the corpus root (default: node_modules)
 *   --no-build  use dist/ as it is; by default `npm run build` runs first when dist/ is missing or older than src/
 *   --unindexed also lint a requested rule that is built (dist/rules/<id>.js) but not yet in the plugin's rule index
 *   --quiet   no progress lines on stderr
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Linter } from 'eslint';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAMESPACE = 'zero-trust';
const DEFAULT_RULES = [
  'no-spoofable-ip-authorization',
  'no-network-location-authentication',
  'no-spoofable-header-authorization',
  'no-client-controlled-authorization',
  'no-jwt-decode-for-auth',
  'no-token-controlled-verification',
  'no-mutable-claim-authorization',
];
const MAX_BYTES = 1_000_000;
const SOURCE_WIDTH = 160;
const SLOWEST = 10;
const LINTED = /\.(?:[cm]?[jt]s|[jt]sx)$/u;
const DECLARATION = /\.d\.[cm]?ts$/u;
const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/u;
const LINE_BREAK = /\r\n|[\n\r\u{2028}\u{2029}]/u;
const RULE_IN_ERROR = /Rule: "([^"]+)"/u;

// ---------------------------------------------------------------------------------------------------------------
// Command line

function usage(message) {
  process.stderr.write(`precision: ${message}\nUsage: node scripts/precision.mjs [--rules a,b] [--json FILE] [--limit N] [--paths a,b] [--root DIR] [--no-build] [--unindexed] [--quiet]\n`);
  process.exit(2);
}

function parseArguments(argv) {
  const options = { rules: DEFAULT_RULES, json: null, limit: Infinity, paths: [], root: 'node_modules', build: true, quiet: false, unindexed: false };
  const value = (index, name) => {
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) usage(`--${name} needs a value`);
    return next;
  };
  const list = (text) => text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const [flag, inline] = argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    const take = (name) => {
      if (inline !== undefined) return inline;
      const next = value(index, name);
      index += 1;
      return next;
    };
    switch (flag) {
      case '--rules': {
        options.rules = [...new Set(list(take('rules')).map((id) => (id.startsWith(`${NAMESPACE}/`) ? id.slice(NAMESPACE.length + 1) : id)))];
        break;
      }
      case '--json': {
        options.json = take('json');
        break;
      }
      case '--limit': {
        const limit = Number(take('limit'));
        if (!Number.isInteger(limit) || limit < 0) usage('--limit needs a whole number');
        options.limit = limit;
        break;
      }
      case '--paths': {
        options.paths = list(take('paths'));
        break;
      }
      case '--root': {
        options.root = take('root');
        break;
      }
      case '--no-build': {
        options.build = false;
        break;
      }
      case '--quiet': {
        options.quiet = true;
        break;
      }
      case '--unindexed': {
        options.unindexed = true;
        break;
      }
      default: {
        usage(`unknown argument ${argument}`);
      }
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------------------
// The built plugin

/** The newest modification time of any file under a folder, in ms (0 when there is none). */
function newestMtime(directory) {
  let newest = 0;
  if (!existsSync(directory)) return newest;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function distState() {
  const index = path.join(PROJECT, 'dist', 'index.js');
  if (!existsSync(index)) return 'missing';
  return newestMtime(path.join(PROJECT, 'src')) > statSync(index).mtimeMs ? 'stale' : 'fresh';
}

const sleep = (ms) => new Promise((resolve) => {
  setTimeout(resolve, ms);
});

async function loadPlugin(build, log) {
  let state = distState();
  if (state !== 'fresh' && build) {
    // The build's output goes to stderr, so stdout holds the report alone.
    log(`precision: dist/ is ${state}; running npm run build`);
    const result = spawnSync('npm', ['run', 'build'], { cwd: PROJECT, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
    if (result.status !== 0) log(`precision: npm run build exited with ${String(result.status)}; using whatever dist/ holds`);
    state = distState();
  }
  // Another engineer's build may be between removing dist/ and writing it again: wait for it, up to two minutes.
  for (let waited = 0; state === 'missing' && waited < 120; waited += 5) {
    await sleep(5000);
    state = distState();
  }
  if (state === 'missing') throw new Error('dist/index.js does not exist: run npm run build');
  if (state === 'stale') log('precision: warning: dist/ is older than src/ (run npm run build)');
  const module = await import(pathToFileURL(path.join(PROJECT, 'dist', 'index.js')).href);
  return module.default ?? module;
}

// ---------------------------------------------------------------------------------------------------------------
// Corpus

/** Every candidate file under `start` (a folder or a file), in sorted order; skipped files are counted. */
function collect(start, out, skipped) {
  let stats;
  try {
    stats = statSync(start);
  }
  catch {
    return;
  }
  if (stats.isFile()) {
    consider(start, stats.size, out, skipped);
    return;
  }
  const entries = readdirSync(start, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(start, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.cache') collect(full, out, skipped);
    }
    else if (entry.isFile() && LINTED.test(entry.name)) {
      consider(full, statSync(full).size, out, skipped);
    }
  }
}

function consider(file, size, out, skipped) {
  if (!LINTED.test(file)) return;
  if (DECLARATION.test(file)) skipped.declaration += 1;
  else if (size > MAX_BYTES) skipped.tooLarge += 1;
  else out.push(file);
}

/** The `type` of the nearest package.json above a folder (`commonjs` when none says `module`), cached per folder. */
const packageTypes = new Map();
function packageType(directory) {
  const cached = packageTypes.get(directory);
  if (cached !== undefined) return cached;
  let type = 'commonjs';
  const manifest = path.join(directory, 'package.json');
  let found = false;
  if (existsSync(manifest)) {
    try {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8'));
      found = true;
      if (parsed?.type === 'module') type = 'module';
    }
    catch {
      // Not JSON (a template or fixture): look further up.
    }
  }
  if (!found) {
    const parent = path.dirname(directory);
    if (parent !== directory) type = packageType(parent);
  }
  packageTypes.set(directory, type);
  return type;
}

/**
 * The name a corpus file is linted under: its path below the last node_modules (ESLint ignores node_modules/ paths),
 * so that rules see real folder and file names (`test/`, `*.test.js`) as they would in the package's own repository.
 */
function lintName(file) {
  const marker = `node_modules${path.sep}`;
  const index = file.lastIndexOf(marker);
  const name = index === -1 ? path.basename(file) : file.slice(index + marker.length);
  return name.split(path.sep).join('/');
}

/** The path shown in the output: relative to the working directory when below it, else absolute; `/` separators. */
function displayName(file) {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join('/');
}

function countLines(code) {
  let count = 1;
  for (let index = code.indexOf('\n'); index !== -1; index = code.indexOf('\n', index + 1)) count += 1;
  return count;
}

/** One line of the text, trimmed; a longer line is cut to SOURCE_WIDTH characters around the column (1-based). */
function sourceLine(lines, line, column) {
  const raw = lines[line - 1] ?? '';
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text.length <= SOURCE_WIDTH) return text;
  const at = Math.max(0, (column ?? 1) - 1 - leading);
  const start = Math.min(Math.max(0, at - 60), text.length - (SOURCE_WIDTH - 2));
  const head = start > 0 ? '…' : '';
  const body = text.slice(start, start + SOURCE_WIDTH - head.length - 1);
  return `${head}${body}${start + body.length < text.length ? '…' : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Linting

async function main() {
  const startedAt = performance.now();
  const options = parseArguments(process.argv.slice(2));
  const log = (line) => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };

  let plugin;
  try {
    plugin = await loadPlugin(options.build, (line) => process.stderr.write(`${line}\n`));
  }
  catch (error) {
    process.stderr.write(`precision: cannot load the plugin: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  const require = createRequire(path.join(PROJECT, 'package.json'));
  const tsParser = require('@typescript-eslint/parser');

  // With --unindexed, a rule that is built (dist/rules/<id>.js) but not yet in the plugin's rule index is loaded
  // from its own file, so a rule can be measured before it is wired in; the report names it.
  const rules = { ...plugin.rules };
  const unindexed = [];
  for (const id of options.rules) {
    const file = path.join(PROJECT, 'dist', 'rules', `${id}.js`);
    if (!Object.hasOwn(rules, id) && options.unindexed && existsSync(file)) {
      const module = require(file);
      const rule = module.default ?? module;
      if (typeof rule?.create === 'function') {
        rules[id] = rule;
        unindexed.push(id);
      }
    }
  }
  const present = options.rules.filter((id) => Object.hasOwn(rules, id));
  const missing = options.rules.filter((id) => !present.includes(id));

  const root = path.resolve(options.root);
  const starts = options.paths.length === 0
    ? [root]
    : options.paths.map((item) => (existsSync(item) ? path.resolve(item) : path.resolve(root, item)));
  const skipped = { declaration: 0, tooLarge: 0, limit: 0 };
  let files = [];
  for (const start of starts) {
    if (!existsSync(start)) log(`precision: warning: ${start} does not exist`);
    collect(start, files, skipped);
  }
  files = [...new Set(files)].sort();
  if (files.length > options.limit) {
    skipped.limit = files.length - options.limit;
    files = files.slice(0, options.limit);
  }

  const baseConfig = {
    // Extensions spelled out: a config whose only pattern is `**/*` matches no file that the default config does not
    // (ESLint answers "No matching configuration found" for .ts, .tsx and .jsx and lints nothing).
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'],
    plugins: { [NAMESPACE]: { meta: plugin.meta, rules } },
    linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
  };
  const languages = {
    'ts': { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: false } } },
    'tsx': { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    'module': { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: false } } },
    'commonjs': { ecmaVersion: 'latest', sourceType: 'commonjs', parserOptions: { ecmaFeatures: { jsx: false } } },
    'module-jsx': { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    'commonjs-jsx': { ecmaVersion: 'latest', sourceType: 'commonjs', parserOptions: { ecmaFeatures: { jsx: true } } },
  };
  /** The language settings to try for a file, in order. */
  const attempts = (file) => {
    if (file.endsWith('.tsx')) return ['tsx'];
    if (TYPESCRIPT.test(file)) return ['ts'];
    if (file.endsWith('.jsx')) return ['module-jsx', 'commonjs-jsx'];
    if (file.endsWith('.mjs')) return ['module'];
    if (file.endsWith('.cjs')) return ['commonjs'];
    return packageType(path.dirname(file)) === 'module' ? ['module', 'commonjs', 'module-jsx'] : ['commonjs', 'module', 'module-jsx'];
  };
  const allRules = Object.fromEntries(present.map((id) => [`${NAMESPACE}/${id}`, 'error']));
  // ESLint's own config array, normalised once per language as the CLI does, rather than once per file as `verify`
  // does with a plain array. The class is not exported, so it is loaded by its path; without it, plain arrays.
  let FlatConfigArray = null;
  try {
    ({ FlatConfigArray } = require(path.join(path.dirname(require.resolve('eslint/package.json')), 'lib', 'config', 'flat-config-array.js')));
  }
  catch {
    // Plain arrays: slower, same results.
  }
  const configArrays = new Map();
  const configFor = (language, rules) => {
    const config = [{ ...baseConfig, languageOptions: languages[language], rules }];
    if (FlatConfigArray === null || rules !== allRules) return config;
    let configArray = configArrays.get(language);
    if (configArray === undefined) {
      configArray = new FlatConfigArray(config, { basePath: PROJECT });
      configArray.normalizeSync();
      configArrays.set(language, configArray);
    }
    return configArray;
  };

  const linter = new Linter({ cwd: PROJECT });
  const ruleMs = Object.fromEntries(present.map((id) => [id, 0]));
  const findings = [];
  const crashes = [];
  const parseFailures = [];
  const byExtension = {};
  let parsedOnRetry = 0;
  /** The files on which the rules together spent the most time, slowest first. */
  const slowest = [];
  const noteSlow = (file, ms, size) => {
    if (slowest.length === SLOWEST && ms <= slowest.at(-1).ms) return;
    slowest.push({ path: displayName(file), ms, bytes: size });
    slowest.sort((a, b) => b.ms - a.ms);
    if (slowest.length > SLOWEST) slowest.pop();
  };
  let lines = 0;
  let bytes = 0;
  let parseMs = 0;
  const lintStart = performance.now();

  /** Lints one text with one language; on a rule crash, records it and lints again without that rule. */
  const lintWith = (code, file, filename, language) => {
    let rules = allRules;
    for (;;) {
      try {
        const { messages } = linter.verifyAndFix(code, configFor(language, rules), { filename, stats: true, fix: false });
        return messages;
      }
      catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const ruleId = RULE_IN_ERROR.exec(message)?.[1] ?? null;
        crashes.push({ path: displayName(file), rule: ruleId?.replace(`${NAMESPACE}/`, '') ?? null, message: message.split('\n').slice(0, 3).join(' ') });
        if (ruleId === null || !(ruleId in rules)) return [];
        rules = Object.fromEntries(Object.entries(rules).filter(([id]) => id !== ruleId));
      }
    }
  };

  for (const [index, file] of files.entries()) {
    if (index > 0 && index % 2000 === 0) {
      const { heapUsed, rss } = process.memoryUsage();
      log(`precision: ${index}/${files.length} files, ${findings.length} findings, ${((performance.now() - lintStart) / 1000).toFixed(0)} s, heap ${Math.round(heapUsed / 1e6)} MB, rss ${Math.round(rss / 1e6)} MB`);
    }
    let code;
    try {
      code = readFileSync(file, 'utf8');
    }
    catch (error) {
      parseFailures.push({ path: displayName(file), message: `unreadable: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const extension = path.extname(file);
    byExtension[extension] = (byExtension[extension] ?? 0) + 1;
    lines += countLines(code);
    bytes += Buffer.byteLength(code);
    const filename = lintName(file);

    let messages = null;
    let firstError = '';
    const tries = attempts(file);
    for (const [attempt, language] of tries.entries()) {
      const result = lintWith(code, file, filename, language);
      // A file no configuration matches is not linted at all: count it as a failure rather than as clean.
      const fatal = result.find((message) => message.fatal || (message.ruleId === null && message.message.startsWith('No matching configuration')));
      if (fatal === undefined) {
        messages = result;
        if (attempt > 0) parsedOnRetry += 1;
        break;
      }
      if (attempt === 0) firstError = `${fatal.line}:${fatal.column} ${fatal.message}`;
    }
    if (messages === null) {
      parseFailures.push({ path: displayName(file), message: firstError });
      continue;
    }
    let fileRulesMs = 0;
    for (const pass of linter.getTimes().passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [id, time] of Object.entries(pass.rules ?? {})) {
        const short = id.replace(`${NAMESPACE}/`, '');
        if (short in ruleMs) ruleMs[short] += time.total;
        fileRulesMs += time.total;
      }
    }
    noteSlow(file, fileRulesMs, code.length);
    const own = messages.filter((message) => message.ruleId?.startsWith(`${NAMESPACE}/`));
    if (own.length === 0) continue;
    const textLines = code.replace(/^\u{feff}/u, '').split(LINE_BREAK);
    for (const message of own) {
      findings.push({
        path: displayName(file),
        line: message.line,
        column: message.column,
        endLine: message.endLine ?? null,
        endColumn: message.endColumn ?? null,
        rule: message.ruleId.slice(NAMESPACE.length + 1),
        messageId: message.messageId ?? null,
        message: message.message,
        source: sourceLine(textLines, message.line, message.column),
      });
    }
  }
  const lintMs = performance.now() - lintStart;
  const wallMs = performance.now() - startedAt;

  // -------------------------------------------------------------------------------------------------------------
  // Report

  const per100k = (count) => (lines === 0 ? 0 : Number(((count * 100_000) / lines).toFixed(2)));
  const counts = Object.fromEntries(present.map((id) => [id, 0]));
  for (const finding of findings) counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
  const result = {
    schema: 1,
    plugin: { name: plugin.meta?.name ?? null, version: plugin.meta?.version ?? null },
    root: displayName(root),
    paths: options.paths,
    limit: Number.isFinite(options.limit) ? options.limit : null,
    rules: { requested: options.rules, linted: present, missing, unindexed },
    corpus: {
      files: files.length - parseFailures.length,
      lines,
      bytes,
      byExtension,
      candidates: files.length,
      skipped,
      parseFailures: parseFailures.length,
      parsedOnRetry,
    },
    time: {
      wallMs: Math.round(wallMs),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      lintMs: Math.round(lintMs),
      parseMs: Math.round(parseMs),
      rulesMs: Object.fromEntries(Object.entries(ruleMs).map(([id, ms]) => [id, Math.round(ms)])),
      slowestFiles: slowest.map((item) => ({ path: item.path, rulesMs: Math.round(item.ms), bytes: item.bytes })),
    },
    totals: { findings: findings.length, per100kLines: per100k(findings.length), crashes: crashes.length },
    byRule: Object.fromEntries(Object.entries(counts).map(([id, count]) => [id, { findings: count, per100kLines: per100k(count), crashes: crashes.filter((crash) => crash.rule === id).length }])),
    findings,
    crashes,
    parseFailures,
  };

  const out = [];
  out.push(`# Precision on ${result.root}${options.paths.length > 0 ? ` (paths: ${options.paths.join(', ')})` : ''}`);
  out.push(`plugin: ${String(result.plugin.name)}@${String(result.plugin.version)} (dist/)`);
  out.push(`rules: ${present.length > 0 ? present.join(', ') : '(none)'}`);
  if (unindexed.length > 0) out.push(`not in the plugin's rule index, loaded from dist/rules/ (--unindexed): ${unindexed.join(', ')}`);
  if (missing.length > 0) out.push(`missing from the built plugin (not linted): ${missing.join(', ')}`);
  const extensions = Object.entries(byExtension).sort((a, b) => b[1] - a[1]).map(([extension, count]) => `${extension} ${count}`).join(', ');
  out.push(`corpus: ${result.corpus.files.toLocaleString('en')} files linted, ${lines.toLocaleString('en')} lines, ${(bytes / 1e6).toFixed(1)} MB${extensions === '' ? '' : ` (${extensions})`}`);
  out.push(`skipped: ${skipped.declaration} declaration files, ${skipped.tooLarge} files over 1 MB${skipped.limit > 0 ? `, ${skipped.limit} beyond --limit` : ''}`);
  out.push(`parse failures: ${parseFailures.length} files (not linted)${parsedOnRetry > 0 ? `; ${parsedOnRetry} parsed only as the other module kind or with JSX` : ''}`);
  out.push(`time: ${(wallMs / 1000).toFixed(1)} s wall, ${(lintMs / 1000).toFixed(1)} s linting (parse ${(parseMs / 1000).toFixed(1)} s, rules ${(Object.values(ruleMs).reduce((sum, ms) => sum + ms, 0) / 1000).toFixed(2)} s); peak memory ${result.time.maxRssMb} MB`);
  out.push('');
  out.push(`## Findings: ${findings.length}, ${per100k(findings.length).toFixed(2)} per 100k lines (rule times: ESLint's own; a per-file analysis that several rules share is charged to the first that asks for it)`);
  for (const id of present) {
    const crashCount = result.byRule[id].crashes;
    out.push(`  ${String(counts[id]).padStart(5)}  ${per100k(counts[id]).toFixed(2).padStart(7)} per 100k  ${String(Math.round(ruleMs[id])).padStart(6)} ms  ${id}${crashCount > 0 ? `  (${crashCount} crashes)` : ''}`);
  }
  for (const id of missing) out.push(`      -        - per 100k       -     ${id} (missing)`);
  if (slowest.length > 0) {
    out.push(`  slowest files for these rules: ${slowest.slice(0, 5).map((item) => `${item.path} ${item.ms.toFixed(0)} ms (${(item.bytes / 1000).toFixed(0)} kB)`).join(', ')}`);
  }
  if (findings.length > 0) out.push('');
  for (const finding of findings) {
    out.push(`${finding.path}:${finding.line}:${finding.column} ${finding.rule} ${finding.message}`);
    out.push(`    ${finding.source}`);
  }
  if (crashes.length > 0) {
    out.push('', `## Crashes: ${crashes.length} (the rule was switched off for that file)`);
    for (const crash of crashes) out.push(`  ${crash.path} ${crash.rule ?? '?'}: ${crash.message}`);
  }
  if (parseFailures.length > 0) {
    out.push('', `## Parse failures: ${parseFailures.length}`);
    for (const failure of parseFailures) out.push(`  ${failure.path} ${failure.message}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);

  if (options.json !== null) {
    writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
    log(`precision: wrote ${options.json}`);
  }
}

await main();
