/**
 * The engine on hostile input: 10,000-deep expressions finish in bounded time, and the work grows linearly with the
 * number of handlers in a file.
 *
 * Parsing a 10,000-deep expression needs more stack than a test worker has (espree reports "Not enough stack space"
 * at about 3,000 levels, ESLint's scope analysis overflows soon after), so the deep cases lint in a worker thread with
 * a 256 MB stack, loading the engine from source through jiti. What is measured there is the engine's own time.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { decision, flow, header, lintFlows } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const DEPTH = 10_000;
/** Generous: a linear engine needs a fraction of a second here; a quadratic one needs far longer. */
const DEEP_BUDGET_MS = 5_000;

interface DeepResult {
  readonly messages: readonly string[];
  readonly flows: readonly string[];
  readonly ms: number;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createJiti } = require(workerData.root + '/node_modules/jiti/lib/jiti.cjs');
const jiti = createJiti(workerData.root + '/package.json');
const { getFlows } = jiti(workerData.root + '/src/flow/index.ts');
const { Linter } = require(workerData.root + '/node_modules/eslint');
let result = { flows: [], ms: -1 };
const probe = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    return {
      'Program:exit'() {
        const started = performance.now();
        const fileFlows = getFlows(context);
        const ms = performance.now() - started;
        const flows = fileFlows.flows.map(
          (flow) => flow.source.kind + ' -> ' + flow.sink.kind + ': ' + context.sourceCode.getText(flow.sink.node),
        );
        result = { flows, ms };
      },
    };
  },
};
const messages = new Linter().verify(
  workerData.code,
  [{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, plugins: { t: { rules: { probe } } }, rules: { 't/probe': 'error' } }],
  'deep.js',
);
parentPort.postMessage({ messages: messages.map((message) => message.message), flows: result.flows, ms: result.ms });
`;

function lintDeep(code: string): Promise<DeepResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { code, root: ROOT }, resourceLimits: { stackSizeMb: 256 } });
    worker.once('message', (result: DeepResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

function handler(body: string): string {
  return [
    `const express = require('express');`,
    'const app = express();',
    'app.use((req, res, next) => {',
    `  const ip = req.headers['x-forwarded-for'];`,
    body,
    '});',
  ].join('\n');
}

describe('robustness', () => {
  it(`a ${DEPTH}-deep a + a + … finishes in bounded time and keeps the flow`, { timeout: 120_000 }, async () => {
    const sum = Array.from({ length: DEPTH }, () => 'ip').join(' + ');
    const result = await lintDeep(handler(`  const key = ${sum};\n  if (OFFICE.has(key)) return next();\n  return res.sendStatus(403);`));
    expect(result.messages).toEqual([]);
    expect(result.flows).toEqual(['spoofable-ip -> decision: key']);
    expect(result.ms).toBeLessThan(DEEP_BUDGET_MS);
  });

  it(`${DEPTH} nested ternaries finish in bounded time`, { timeout: 120_000 }, async () => {
    const chain = Array.from({ length: DEPTH }, (_, index) => `ip === '10.0.${index}' ? next() : `).join('');
    const result = await lintDeep(handler(`  return ${chain}res.sendStatus(403);`));
    expect(result.messages).toEqual([]);
    // Each level's branch holds every deeper level; the consequence scans share one budget per file, so the outer
    // decisions are found and the walk stays linear instead of visiting 10,000 × 10,000 nodes.
    expect(result.flows.length).toBeGreaterThan(100);
    expect(result.flows.length).toBeLessThanOrEqual(DEPTH);
    expect(new Set(result.flows)).toEqual(new Set(['spoofable-ip -> decision: ip']));
    expect(result.ms).toBeLessThan(DEEP_BUDGET_MS);
  });

  it(`${DEPTH} nested ternaries in the test position finish in bounded time`, { timeout: 120_000 }, async () => {
    // ((ip === 'a' ? x : y) ? … : …) — each level's test is the previous conditional; none guards a consequence
    // except the outermost, whose consequent calls next().
    let expression = `ip === '10.0.0.1'`;
    for (let level = 0; level < DEPTH; level += 1) expression = `(${expression} ? a${level % 7} : b)`;
    const result = await lintDeep(handler(`  if (${expression}) return next();\n  return res.sendStatus(403);`));
    expect(result.messages).toEqual([]);
    expect(result.ms).toBeLessThan(DEEP_BUDGET_MS);
  });

  it('4,000 handlers in one file take linear time (4k within 8x of 1k)', { timeout: 120_000 }, () => {
    const file = (count: number): string =>
      [
        `const express = require('express');`,
        'const app = express();',
        `function clientIp(req) {\n  return req.headers['x-forwarded-for'];\n}`,
        ...Array.from({ length: count }, (_, index) =>
          [
            `app.get('/r${index}', (req, res, next) => {`,
            index % 2 === 0 ? `  const ip = req.headers['x-forwarded-for'];` : '  const ip = clientIp(req);',
            `  if (ip === '10.0.${index % 250}.1') return next();`,
            '  return res.sendStatus(403);',
            '});',
          ].join('\n'),
        ),
      ].join('\n');
    // Sizes large enough that each run takes tens of milliseconds: timer and scheduling noise stays small beside it.
    const small = file(1_000);
    const large = file(4_000);
    const timed = (code: string, count: number): number => {
      const linted = lintFlows(code, 'cjs');
      expect(linted.flows).toHaveLength(count);
      return linted.ms;
    };
    timed(small, 1_000); // warm-up: JIT, module caches
    // Interleaved, fastest of three each: other test files share the machine, and a pause then hits both sizes alike.
    let smallMs = Number.POSITIVE_INFINITY;
    let largeMs = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run += 1) {
      smallMs = Math.min(smallMs, timed(small, 1_000));
      largeMs = Math.min(largeMs, timed(large, 4_000));
    }
    // Four times the handlers: linear work takes about 4x, quadratic work up to 16x. The bound sits between them,
    // far enough from the linear figure that timer and scheduling noise cannot cross it.
    expect(largeMs, `1k: ${smallMs.toFixed(1)} ms, 4k: ${largeMs.toFixed(1)} ms`).toBeLessThan(8 * Math.max(smallMs, 5));
  });

  it('one deep file does not change what the next file finds', () => {
    const views = lintFlows(handler(`  if (ip === '10.0.0.1') return next();\n  return res.sendStatus(403);`), 'cjs').views;
    expect(views).toEqual([flow(header('spoofable-ip', 'X-Forwarded-For'), decision('next', 'compare', 'ip', '10.0.0.1'))]);
  });
});
