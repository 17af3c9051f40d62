/**
 * The built plugin loads the ways users write configs: `require()`, a default `import`, and the ESLint CLI
 * reading `eslint.config.mjs`, `eslint.config.cjs` and `eslint.config.ts` that name the package.
 * Needs `npm run build` first (npm test builds before it runs vitest).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const ESLINT_BIN = path.join(path.dirname(createRequire(__filename).resolve('eslint/package.json')), 'bin', 'eslint.js');
const BAD_CODE = "const https = require('https');\nnew https.Agent({ rejectUnauthorized: false });\n";

function node(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built package', () => {
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  });

  it('require() returns the plugin object itself', () => {
    const result = node(['-e', "const p = require('eslint-plugin-zero-trust'); console.log(JSON.stringify([p.meta, Object.keys(p.configs)]))"], ROOT);
    expect(result.stderr).toBe('');
    const [meta, configs] = JSON.parse(result.stdout) as [unknown, string[]];
    expect(meta).toEqual({ name: 'eslint-plugin-zero-trust', version: expect.any(String) as string, namespace: 'zero-trust' });
    expect(configs).toEqual(['recommended', 'strict', 'legacy-recommended', 'legacy-strict']);
  });

  it('a default import receives the same object', () => {
    const result = node(
      ['--input-type=module', '-e', "import p from 'eslint-plugin-zero-trust'; console.log(p.meta.namespace, p.configs.recommended.plugins['zero-trust'] === p)"],
      ROOT,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('zero-trust true');
  });
});

describe('ESLint CLI with a config that names the package', () => {
  let project = '';

  beforeAll(() => {
    project = mkdtempSync(path.join(os.tmpdir(), 'zero-trust-config-'));
    mkdirSync(path.join(project, 'node_modules'));
    symlinkSync(ROOT, path.join(project, 'node_modules', 'eslint-plugin-zero-trust'), 'dir');
    writeFileSync(path.join(project, 'agent.js'), BAD_CODE);
  });

  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
  });

  const configs: [string, string][] = [
    ['eslint.config.mjs', "import zeroTrust from 'eslint-plugin-zero-trust';\nexport default [zeroTrust.configs.recommended];\n"],
    ['eslint.config.cjs', "const zeroTrust = require('eslint-plugin-zero-trust');\nmodule.exports = [zeroTrust.configs.strict];\n"],
    [
      'eslint.config.ts',
      "import zeroTrust from 'eslint-plugin-zero-trust';\nimport type { Linter } from 'eslint';\nconst config: Linter.Config[] = [zeroTrust.configs.recommended];\nexport default config;\n",
    ],
  ];

  it.each(configs)('%s reports the rule', (file, text) => {
    for (const [other] of configs) rmSync(path.join(project, other), { force: true });
    writeFileSync(path.join(project, file), text);
    const result = node([ESLINT_BIN, '--format', 'json', 'agent.js'], project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(report?.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['zero-trust/no-disabled-tls-verification', 2, 19],
    ]);
  });
});
