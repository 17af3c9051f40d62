/**
 * Bad options (issue 10, robustness): every rule's schema refuses what a user could mistype, with ESLint's own clear
 * error naming the rule. For each rule with options, wrong values are generated from its JSON schema — for every
 * property a value of each wrong type, an array item of the wrong type, a value that breaks the property's own
 * constraint (`enum`, `minimum`, `minLength`, `pattern`, `uniqueItems`, integer) — plus an unknown key, a non-object
 * option and a second positional option; `Linter#verify` must throw `Key "rules": Key "zero-trust/<id>": …` for each.
 * Each rule's `meta.defaultOptions` must be accepted as they are, and a rule without options must refuse any option.
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';
import { rules } from '../../src/rules';

interface PropertySchema {
  readonly type?: string;
  readonly items?: PropertySchema;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly uniqueItems?: boolean;
}

interface ObjectSchema {
  readonly type: 'object';
  readonly additionalProperties?: boolean;
  readonly properties: Readonly<Record<string, PropertySchema>>;
}

interface BadCase {
  readonly label: string;
  readonly options: readonly unknown[];
}

const NAMESPACE = plugin.meta.namespace;

/** One value of each JSON type, to pick the wrong ones from. */
const SAMPLE_BY_TYPE: Readonly<Record<string, unknown>> = {
  string: 'text',
  number: 1.5,
  boolean: true,
  array: ['text'],
  object: { key: 'text' },
  null: null,
};

/** Whether `value` satisfies the JSON schema `type` keyword (`integer` counts as a number). */
function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return typeof value === 'number' && Number.isInteger(value);
  if (type === 'number') return typeof value === 'number';
  if (type === 'array') return Array.isArray(value);
  if (type === 'null') return value === null;
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === type;
}

/** Values of every JSON type that `schema.type` does not allow. */
function wrongTypedValues(schema: PropertySchema): { label: string; value: unknown }[] {
  const { type } = schema;
  if (type === undefined) return [];
  return Object.entries(SAMPLE_BY_TYPE)
    .filter(([, value]) => !hasType(value, type))
    .map(([name, value]) => ({ label: `a ${name} for a ${type}`, value }));
}

/** Values of the right type that break one of the property's constraints. */
function constraintBreakers(schema: PropertySchema): { label: string; value: unknown }[] {
  const values: { label: string; value: unknown }[] = [];
  if (schema.type === 'integer') values.push({ label: 'a fraction for an integer', value: 2.5 });
  if (schema.minimum !== undefined) values.push({ label: `a number below the minimum ${schema.minimum}`, value: schema.minimum - 1 });
  if (schema.enum !== undefined) values.push({ label: 'a value outside the enum', value: 'not-in-the-enum' });
  if (schema.minLength !== undefined) values.push({ label: 'a string shorter than minLength', value: '' });
  if (schema.pattern !== undefined) values.push({ label: 'a string not matching the pattern', value: '!not matching!' });
  if (schema.type === 'array' && schema.items !== undefined) {
    for (const item of wrongTypedValues(schema.items)) values.push({ label: `an array holding ${item.label}`, value: [item.value] });
    for (const item of constraintBreakers(schema.items)) values.push({ label: `an array holding ${item.label}`, value: [item.value] });
  }
  if (schema.uniqueItems === true && schema.items?.type === 'string') {
    // A value that passes any `pattern` of the items, repeated.
    const valid = schema.items.pattern === undefined ? 'same' : 'abcdef12';
    values.push({ label: 'an array with a repeated item', value: [valid, valid] });
  }
  return values;
}

function objectSchemaOf(schema: unknown): ObjectSchema | undefined {
  if (!Array.isArray(schema) || schema.length === 0) return undefined;
  const [first] = schema as unknown[];
  return first as ObjectSchema;
}

function badCases(schema: ObjectSchema, positional: number): BadCase[] {
  const cases: BadCase[] = [];
  for (const [key, property] of Object.entries(schema.properties)) {
    for (const { label, value } of [...wrongTypedValues(property), ...constraintBreakers(property)]) {
      cases.push({ label: `${key}: ${label}`, options: [{ [key]: value }] });
    }
  }
  cases.push({ label: 'an unknown key', options: [{ unknownKey: true }] });
  const [firstKey] = Object.keys(schema.properties);
  if (firstKey !== undefined) cases.push({ label: `a misspelt key (${firstKey}s)`, options: [{ [`${firstKey}s`]: true }] });
  cases.push({ label: 'a string instead of the options object', options: ['strict'] });
  cases.push({ label: 'an array instead of the options object', options: [[]] });
  cases.push({ label: 'a number instead of the options object', options: [1] });
  if (positional === 1) cases.push({ label: 'a second positional option', options: [{}, {}] });
  return cases;
}

/** Configures `zero-trust/<id>` with `options` and lints an empty file; returns the error ESLint threw, if any. */
function configure(id: string, options: readonly unknown[]): Error | undefined {
  const linter = new Linter({ configType: 'flat' });
  try {
    linter.verify('', [{ files: ['**/*.js'], plugins: { [NAMESPACE]: plugin as never }, rules: { [`${NAMESPACE}/${id}`]: ['error', ...options] as Linter.RuleEntry } }], 'file.js');
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

const entries = Object.entries(rules).map(([id, rule]) => ({ id, schema: rule.meta.schema, defaults: (rule.meta as { defaultOptions?: unknown[] }).defaultOptions }));
const withOptions = entries.filter((entry) => objectSchemaOf(entry.schema) !== undefined);
const withoutOptions = entries.filter((entry) => objectSchemaOf(entry.schema) === undefined);

/** ESLint's config error for a rule: `Key "rules": Key "zero-trust/<id>":` followed by the schema violation. */
function expectRefused(id: string, options: readonly unknown[]): void {
  const error = configure(id, options);
  expect(error, `${id} accepted ${JSON.stringify(options)}`).toBeInstanceOf(Error);
  expect(error?.message).toContain(`Key "rules": Key "${NAMESPACE}/${id}":`);
  expect(error?.message).toMatch(/Unexpected property|must|should/u);
}

describe('rules with options', () => {
  it('every rule is covered, and every option schema is one closed object', () => {
    expect(withOptions.length + withoutOptions.length).toBe(Object.keys(rules).length);
    expect(withOptions.length).toBeGreaterThan(0);
    for (const { id, schema } of withOptions) {
      expect({ id, length: (schema as unknown[]).length }).toEqual({ id, length: 1 });
      const object = objectSchemaOf(schema);
      expect({ id, type: object?.type, additionalProperties: object?.additionalProperties }).toEqual({ id, type: 'object', additionalProperties: false });
      expect(Object.keys(object?.properties ?? {}).length).toBeGreaterThan(0);
    }
  });

  describe.each(withOptions.map((entry) => [entry.id, entry] as const))('%s', (id, { schema, defaults }) => {
    const object = objectSchemaOf(schema) as ObjectSchema;
    const cases = badCases(object, (schema as unknown[]).length);

    it('accepts its meta.defaultOptions, no options and an empty object', () => {
      expect(defaults).toBeDefined();
      expect(configure(id, defaults ?? [])).toBeUndefined();
      expect(configure(id, [])).toBeUndefined();
      expect(configure(id, [{}])).toBeUndefined();
    });

    it.each(cases.map((item) => [item.label, item] as const))('refuses %s', (_label, { options }) => {
      expectRefused(id, options);
    });

    it('names the unknown key and the expected ones', () => {
      const message = configure(id, [{ unknownKey: true }])?.message ?? '';
      expect(message).toContain('unknownKey');
      for (const key of Object.keys(object.properties)) expect(message).toContain(key);
    });
  });
});

describe('rules without options', () => {
  it.each(withoutOptions.map((entry) => [entry.id, entry] as const))('%s refuses any option', (id, { schema, defaults }) => {
    expect(schema).toEqual([]);
    expect(defaults ?? []).toEqual([]);
    expect(configure(id, [])).toBeUndefined();
    for (const options of [[{}], [{ unknownKey: true }], [true], ['strict'], [1], [{}, {}]]) expectRefused(id, options);
  });
});
