/**
 * Meta tests: keep rules, docs, tests and presets in step, and check every doc's examples against its rule.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';
import { presetRules } from '../src/configs';
import { rules } from '../src/rules';
import { ruleDocsUrl } from '../src/utils/create-rule';

const ROOT = path.resolve(__dirname, '..');
const ruleIds = Object.keys(rules) as (keyof typeof rules)[];
type Rule = (typeof rules)[keyof typeof rules];
const ruleEntries = Object.entries<Rule>(rules);

function docsOf(rule: Rule): NonNullable<Rule['meta']['docs']> {
  const docs = rule.meta.docs;
  if (!docs) throw new Error('rule without meta.docs');
  return docs;
}
const PRINCIPLES = ['verify-explicitly', 'least-privilege', 'assume-breach'];

function readDoc(id: string): string {
  return readFileSync(path.join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
}

/** The fenced code blocks under a `### ❌` or `### ✅` heading of a rule doc. */
function exampleBlocks(doc: string, marker: '❌' | '✅'): string[] {
  const blocks: string[] = [];
  let inSection = false;
  let inBlock = false;
  let current: string[] = [];
  for (const line of doc.split('\n')) {
    if (inBlock) {
      if (line.startsWith('```')) {
        blocks.push(current.join('\n'));
        inBlock = false;
      } else {
        current.push(line);
      }
      continue;
    }
    if (line.startsWith('#')) {
      inSection = line.startsWith('###') && line.includes(marker);
      continue;
    }
    if (inSection && line.startsWith('```')) {
      inBlock = true;
      current = [];
    }
  }
  return blocks;
}

function lint(id: string, code: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      { files: ['**/*.ts'], plugins: { 'zero-trust': plugin as never }, rules: { [`zero-trust/${id}`]: 'error' } },
    ],
    'example.ts',
  );
}

describe('rule index', () => {
  it('is sorted by rule id', () => {
    expect(ruleIds).toEqual([...ruleIds].sort());
  });

  it('lists every rule file in src/rules', () => {
    const files = readdirSync(path.join(ROOT, 'src', 'rules'))
      .filter((file) => file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/u, ''));
    expect(files.sort()).toEqual([...ruleIds].sort());
  });

  it('is what the plugin exports', () => {
    expect(Object.keys(plugin.rules)).toEqual(ruleIds);
  });
});

describe('plugin object', () => {
  it('takes name and version from package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'zero-trust' });
  });
});

describe('presets', () => {
  it('strict enables every rule as an error', () => {
    expect(plugin.configs.strict.rules).toEqual(Object.fromEntries(ruleIds.map((id) => [`zero-trust/${id}`, 'error'])));
  });

  it('recommended enables exactly the rules whose docs say recommended', () => {
    const expected = ruleEntries.filter(([, rule]) => docsOf(rule).recommended === 'recommended').map(([id]) => `zero-trust/${id}`);
    expect(Object.keys(plugin.configs.recommended.rules).sort()).toEqual(expected.sort());
    expect(Object.values(plugin.configs.recommended.rules).every((level) => level === 'error')).toBe(true);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('flat presets are named, register only this plugin and set no parser', () => {
    for (const name of ['recommended', 'strict'] as const) {
      const preset = plugin.configs[name];
      expect(Object.keys(preset).sort()).toEqual(['name', 'plugins', 'rules']);
      expect(preset.name).toBe(`zero-trust/${name}`);
      expect(preset.plugins).toEqual({ 'zero-trust': plugin });
    }
  });

  it('legacy presets mirror the flat ones', () => {
    expect(plugin.configs['legacy-recommended']).toEqual({ plugins: ['zero-trust'], rules: presetRules('recommended') });
    expect(plugin.configs['legacy-strict']).toEqual({ plugins: ['zero-trust'], rules: presetRules('strict') });
  });

  it('recommended needs no type information', () => {
    for (const [, rule] of ruleEntries) {
      if (docsOf(rule).recommended === 'recommended') expect(docsOf(rule).requiresTypeChecking ?? false).toBe(false);
    }
  });
});

describe.each(ruleEntries)('rule %s', (id, rule) => {
  const meta = rule.meta;
  const docs = docsOf(rule);

  it('has a doc page and a test file', () => {
    expect(existsSync(path.join(ROOT, 'docs', 'rules', `${id}.md`))).toBe(true);
    expect(existsSync(path.join(ROOT, 'tests', 'rules', `${id}.test.ts`))).toBe(true);
  });

  it('points docs.url at its doc page', () => {
    expect(docs.url).toBe(ruleDocsUrl(id));
    expect(docs.url?.endsWith(`/docs/rules/${id}.md`)).toBe(true);
  });

  it('names its Zero Trust principle, its CWE ids and a preset', () => {
    expect(PRINCIPLES).toContain(docs.principle);
    expect(docs.cwe.length).toBeGreaterThan(0);
    for (const cwe of docs.cwe) expect(cwe).toMatch(/^CWE-\d+$/u);
    expect(['recommended', 'strict']).toContain(docs.recommended);
  });

  it('has one-sentence messages that end with a period', () => {
    for (const message of Object.values(meta.messages)) {
      expect(message.trim()).toMatch(/\.$/u);
      // A second sentence would start after ". " with a capital letter.
      expect(message).not.toMatch(/\.\s+[A-Z]/u);
    }
  });

  it('accepts its default options', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify('const a = 1;', [
      { plugins: { 'zero-trust': plugin as never }, rules: { [`zero-trust/${id}`]: ['error', ...(meta.defaultOptions ?? [])] } },
    ]);
    expect(messages).toEqual([]);
  });

  it('declares fixable/hasSuggestions consistently with its docs', () => {
    const doc = readDoc(id);
    if (meta.hasSuggestions) expect(doc).toMatch(/suggestion/iu);
    if (meta.fixable) expect(doc).toMatch(/fix/iu);
  });

  it('has a doc in the house format', () => {
    const doc = readDoc(id);
    for (const heading of ['## Examples', '### ❌ Incorrect', '### ✅ Correct', '## Options', '## When Not To Use It', '## Further Reading']) {
      expect(doc).toContain(heading);
    }
    for (const cwe of docs.cwe) expect(doc).toContain(cwe);
  });

  it('documents every option it takes', () => {
    const doc = readDoc(id);
    const schema = Array.isArray(meta.schema) ? meta.schema : [meta.schema];
    for (const entry of schema as { properties?: Record<string, unknown> }[]) {
      for (const option of Object.keys(entry.properties ?? {})) expect(doc).toContain(`\`${option}\``);
    }
  });

  const doc = readDoc(id);
  const incorrect = exampleBlocks(doc, '❌');
  const correct = exampleBlocks(doc, '✅');

  it('has examples of both kinds', () => {
    expect(incorrect.length).toBeGreaterThan(0);
    expect(correct.length).toBeGreaterThan(0);
  });

  it.each(incorrect.map((code, index) => [index, code]))('reports ❌ example %i', (_index, code) => {
    const messages = lint(id, code);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.filter((message) => message.ruleId === `zero-trust/${id}`).length).toBeGreaterThan(0);
  });

  it.each(correct.map((code, index) => [index, code]))('does not report ✅ example %i', (_index, code) => {
    expect(lint(id, code)).toEqual([]);
  });
});
