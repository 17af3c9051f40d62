import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule } from '../../src/utils/create-rule';

/** ESLint 10's types know only flat config; ESLint 9 (the other pass of the matrix) still takes `eslintrc`. */
const LEGACY_OPTIONS = { configType: 'eslintrc' } as unknown as ConstructorParameters<typeof Linter>[0];

interface Seen {
  options: unknown;
}

function probeRule(seen: Seen[]) {
  return createRule<[{ names?: string[]; depth?: number; nested?: { on?: boolean; level?: string } }], 'never'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'Probe', recommended: 'strict', principle: 'assume-breach', cwe: [] },
      messages: { never: 'Never reported.' },
      schema: [
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            names: { type: 'array', items: { type: 'string' } },
            depth: { type: 'integer' },
            nested: { type: 'object', additionalProperties: false, properties: { on: { type: 'boolean' }, level: { type: 'string' } } },
          },
        },
      ],
      defaultOptions: [{ names: ['a'], depth: 2, nested: { on: false, level: 'medium' } }],
    },
    create(_context, [options]) {
      seen.push({ options });
      return {};
    },
  });
}

function optionsSeen(ruleConfig: unknown[], configType: 'flat' | 'eslintrc' = 'flat'): unknown {
  const seen: Seen[] = [];
  const rule = probeRule(seen);
  if (configType === 'flat') {
    new Linter().verify('x;', [{ plugins: { p: { rules: { probe: rule as never } } }, rules: { 'p/probe': ruleConfig as Linter.RuleEntry } }]);
  } else {
    const linter = new Linter(LEGACY_OPTIONS);
    (linter as unknown as { defineRule(name: string, rule: unknown): void }).defineRule('p/probe', rule);
    linter.verify('x;', { rules: { 'p/probe': ruleConfig as Linter.RuleEntry } });
  }
  return seen[0]?.options;
}

describe('createRule', () => {
  it('hands the rule its defaults when no options are given', () => {
    expect(optionsSeen(['error'])).toEqual({ names: ['a'], depth: 2, nested: { on: false, level: 'medium' } });
  });

  it('lays the user options over the defaults, merging nested objects and replacing arrays', () => {
    expect(optionsSeen(['error', { names: ['b', 'c'], nested: { on: true } }])).toEqual({
      names: ['b', 'c'],
      depth: 2,
      nested: { on: true, level: 'medium' },
    });
  });

  it('applies the defaults under eslintrc too, where ESLint merges none (ESLint 9; ESLint 10 has no eslintrc)', () => {
    if (Number(Linter.version.split('.')[0]) >= 10) {
      expect(() => new Linter(LEGACY_OPTIONS)).toThrow(/configType/u);
      return;
    }
    expect(optionsSeen(['error', { depth: 5 }], 'eslintrc')).toEqual({ names: ['a'], depth: 5, nested: { on: false, level: 'medium' } });
  });

  it('hands on options that already hold every default key as they are, and merges those that miss one', () => {
    const given = [{ names: ['b'], depth: 3, nested: { on: true, level: 'high' }, extra: 1 }];
    const missingNested = [{ names: ['b'], depth: 3, nested: { on: true } }];
    const undefinedKey = [{ names: ['b'], depth: undefined, nested: { on: true, level: 'high' } }];
    const seen: unknown[] = [];
    const rule = createRule<[Record<string, unknown>], 'never'>({
      name: 'probe',
      meta: {
        type: 'problem',
        docs: { description: 'Probe', recommended: 'strict', principle: 'assume-breach', cwe: [] },
        messages: { never: 'Never reported.' },
        schema: [{ type: 'object' }],
        defaultOptions: [{ names: ['a'], depth: 2, nested: { on: false, level: 'medium' } }],
      },
      create(_context, [options]) {
        seen.push(options);
        return {};
      },
    });
    const create = (options: unknown[]) => rule.create({ options } as never);
    create(given);
    create(missingNested);
    create([]);
    create(undefinedKey);
    expect(seen[0]).toBe(given[0]);
    expect(seen[3]).toEqual({ names: ['b'], depth: 2, nested: { on: true, level: 'high' } });
    expect(seen[1]).toEqual({ names: ['b'], depth: 3, nested: { on: true, level: 'medium' } });
    expect(seen[2]).toEqual({ names: ['a'], depth: 2, nested: { on: false, level: 'medium' } });
  });

  it('never changes the declared defaults', () => {
    const seen: Seen[] = [];
    const rule = probeRule(seen);
    const before = structuredClone(rule.meta.defaultOptions);
    new Linter().verify('x;', [{ plugins: { p: { rules: { probe: rule as never } } }, rules: { 'p/probe': ['error', { nested: { level: 'low' } }] } }]);
    expect(rule.meta.defaultOptions).toEqual(before);
    expect(rule.meta.docs?.url).toBe('https://github.com/eslint-plugin-zero-trust/eslint-plugin-zero-trust/blob/main/docs/rules/probe.md');
  });
});
