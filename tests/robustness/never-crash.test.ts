/**
 * Never crash (issue 10, robustness): every rule of `strict`, at its defaults, over real code that no one here wrote —
 * a deterministic sample of the installed dependency tree (tests/robustness/corpus.ts) — with the parser a user's
 * config would give each file: espree for `.js` / `.mjs` / `.cjs` / `.jsx` (source type from the extension, else from
 * the package's `type`), typescript-eslint's parser for `.ts` / `.mts` / `.cts` / `.tsx`, JSX on for `.jsx` / `.tsx`.
 * A file that does not parse is skipped and counted; a rule that throws, or a fatal message from a rule, fails.
 *
 * The same pass then checks, for every report on the corpus that carries a fix or suggestions, that they are sound
 * (tests/robustness/soundness.ts): linting the corpus a second time for that alone would double the cost.
 *
 * Cost: linting every candidate file (about 26,000, up to 200 KB) takes about 200 s of CPU, far over the ~25 s this
 * test may spend, so it lints a stable hash sample of each kind of file (QUOTA: about 2,200 files up to 100 KB, about
 * 18 s of CPU). The ESLint 9 pass of `npm test` (vitest.eslint9.config.mts) runs a tenth of it: the same rules under
 * ESLint 9, where what can differ is ESLint's side (its parser defaults, scope manager and traversal), which a few
 * hundred files of every kind exercise.
 */
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMESPACE } from '../../src/configs';
import { listCandidates, NODE_MODULES, sampleCorpus, type CorpusFile, type CorpusKind } from './corpus';
import { languageOptionsFor, lintCorpusFile, STRICT_RULES } from './lint';
import { SoundnessChecker, describeViolations, type Violation } from './soundness';

const ESLINT_MAJOR = Number(Linter.version.split('.')[0]);
const SCALE = ESLINT_MAJOR >= 10 ? 1 : 0.1;

/** Files per kind. Kinds the tree does not hold today (`.jsx`, `.tsx`) are taken as soon as a package brings some. */
const QUOTA: Record<CorpusKind, number> = {
  'js-commonjs': 1000,
  'js-module': 250,
  mjs: 250,
  cjs: 40,
  jsx: 250,
  ts: 400,
  'd.ts': 250,
  'mts-cts': 50,
  tsx: 250,
};
/** Kinds the installed tree must supply, so the sample always covers CommonJS and ESM JavaScript and TypeScript. */
const REQUIRED_KINDS: readonly CorpusKind[] = ['js-commonjs', 'js-module', 'mjs', 'cjs', 'ts', 'd.ts'];

const scaledQuota = Object.fromEntries(Object.entries(QUOTA).map(([kind, count]) => [kind, Math.ceil(count * SCALE)])) as Record<CorpusKind, number>;

interface Pass {
  candidates: CorpusFile[];
  sample: CorpusFile[];
  linted: Map<CorpusKind, number>;
  unparsable: { file: string; message: string }[];
  crashes: { file: string; message: string }[];
  violations: Violation[];
  edits: number;
}

const pass: Pass = { candidates: [], sample: [], linted: new Map(), unparsable: [], crashes: [], violations: [], edits: 0 };

describe('the strict preset over the installed dependency tree', () => {
  beforeAll(() => {
    pass.candidates = listCandidates(NODE_MODULES);
    pass.sample = sampleCorpus(pass.candidates, scaledQuota);
    const linter = new Linter({ configType: 'flat' });
    const checker = new SoundnessChecker(new Linter({ configType: 'flat' }));
    for (const file of pass.sample) {
      const code = readFileSync(file.absolute, 'utf8');
      const outcome = lintCorpusFile(linter, file, code);
      if (outcome.kind === 'crash') {
        pass.crashes.push({ file: file.relative, message: outcome.message });
        continue;
      }
      if (outcome.kind === 'unparsable') {
        pass.unparsable.push({ file: file.relative, message: outcome.message });
        continue;
      }
      pass.linted.set(file.kind, (pass.linted.get(file.kind) ?? 0) + 1);
      const withEdits = outcome.messages.filter((message) => message.fix !== undefined || (message.suggestions?.length ?? 0) > 0);
      for (const ruleId of new Set(withEdits.flatMap((message) => (message.ruleId?.startsWith(`${NAMESPACE}/`) ? [message.ruleId] : [])))) {
        pass.edits += withEdits.filter((message) => message.ruleId === ruleId).length;
        const subject = {
          code,
          filename: file.relative,
          languageOptions: languageOptionsFor(file, outcome.sourceType),
          ruleId,
          ruleEntry: STRICT_RULES[ruleId] ?? 'error',
        };
        pass.violations.push(...checker.check(subject));
      }
    }
  }, 180_000);

  // ROBUSTNESS_REPORT=1 prints the figures of the pass (silent otherwise, as a passing test should be).
  if (process.env.ROBUSTNESS_REPORT === '1') {
    afterAll(() => {
      const linted = Object.fromEntries([...pass.linted].sort(([a], [b]) => (a < b ? -1 : 1)));
      process.stdout.write(
        `${JSON.stringify({ eslint: Linter.version, candidates: pass.candidates.length, sampled: pass.sample.length, linted, unparsable: pass.unparsable, crashes: pass.crashes.length, reportsWithEdits: pass.edits, violations: pass.violations.length }, null, 2)}\n`,
      );
    });
  }

  it('samples thousands of files of every kind, deterministically', () => {
    expect(pass.sample.length).toBeGreaterThanOrEqual(2000 * SCALE);
    const sampledKinds = new Set(pass.sample.map((file) => file.kind));
    for (const kind of REQUIRED_KINDS) expect(sampledKinds, `no ${kind} file in the sample`).toContain(kind);
    // Any kind the tree holds is in the sample, up to its quota.
    for (const kind of new Set(pass.candidates.map((file) => file.kind))) expect(sampledKinds).toContain(kind);
    const paths = pass.sample.map((file) => file.relative);
    expect(paths).toEqual([...paths].sort());
  });

  it('never crashes', () => {
    expect(pass.crashes, pass.crashes.map(({ file, message }) => `${file}\n${message}`).join('\n\n')).toEqual([]);
    const linted = [...pass.linted.values()].reduce((sum, count) => sum + count, 0);
    expect(linted + pass.unparsable.length).toBe(pass.sample.length);
    expect(linted).toBeGreaterThanOrEqual(2000 * SCALE);
    // Files that do not parse are skipped, and counted: a handful of deliberately broken fixtures and odd typings.
    // Many more would mean the parser settings are wrong, and the rules are not being exercised.
    expect(pass.unparsable.length, pass.unparsable.map(({ file, message }) => `${file}: ${message}`).join('\n')).toBeLessThanOrEqual(pass.sample.length / 100);
  });

  it('offers only sound fixes and suggestions', () => {
    expect(pass.violations, describeViolations(pass.violations)).toEqual([]);
  });
});

describe('the crash detector', () => {
  const file: CorpusFile = { relative: 'pkg/index.js', absolute: '/pkg/index.js', kind: 'js-commonjs', sourceType: 'commonjs', typescript: false, jsx: false, bytes: 0 };
  const throwing = {
    rules: {
      throws: {
        create: () => ({
          Literal() {
            throw new TypeError('boom');
          },
        }),
      },
    },
  };
  const lint = (code: string): string => lintCorpusFile(new Linter({ configType: 'flat' }), file, code, { [`${NAMESPACE}/throws`]: 'error' }, throwing).kind;

  it('tells a rule that throws from a file that does not parse', () => {
    expect(lint('f(1);')).toBe('crash');
    expect(lint('f(;')).toBe('unparsable');
    expect(lint('f();')).toBe('ok');
    // An ES module in a CommonJS package, and an ESLint 10 inline-config error, are not crashes either.
    expect(lint('export default g;')).toBe('ok');
    expect(lint('/* eslint-env node */ g();')).toBe('ok');
  });
});
