import { ESLintUtils } from '@typescript-eslint/utils';

/** The three Zero Trust principles a rule can enforce. */
export type Principle = 'verify-explicitly' | 'least-privilege' | 'assume-breach';

/** Extra `meta.docs` fields every rule of this plugin declares. */
export interface ZeroTrustRuleDocs {
  /**
   * The preset that first enables the rule: `recommended` rules are also in `strict`;
   * `strict` rules are only in `strict`.
   */
  recommended: 'recommended' | 'strict';
  /** The Zero Trust principle the rule enforces; splits the README rules table. */
  principle: Principle;
  /** CWE identifiers, such as `CWE-295`. */
  cwe: readonly string[];
  /** Set when the rule needs type information; no `recommended` rule may. */
  requiresTypeChecking?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-zero-trust/eslint-plugin-zero-trust';

export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

const creator = ESLintUtils.RuleCreator<ZeroTrustRuleDocs>(ruleDocsUrl);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `defaults` with `user` laid over it, objects merged key by key; neither input is changed. */
function mergeOption(defaults: unknown, user: unknown): unknown {
  // The same object: ESLint hands a rule configured without options its `meta.defaultOptions` themselves (flat config).
  if (user === undefined || user === defaults) return defaults;
  if (!isPlainObject(defaults) || !isPlainObject(user)) return user;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(user)) merged[key] = mergeOption(defaults[key], value);
  return merged;
}

/**
 * Whether `user` already holds a value for every key of `defaults`, at every depth where both are objects: then laying it over the
 * defaults gives a copy of it (each of its values wins, and the defaults add no key), so it can be used as it is. Under
 * flat config ESLint has merged the defaults in already and hands each file a fresh array of the result; this test
 * reads it without allocating, where merging again would copy it for every rule on every file.
 */
function coversDefaults(defaults: unknown, user: unknown): boolean {
  if (!isPlainObject(defaults) || !isPlainObject(user)) return true;
  for (const key in defaults) {
    if (!Object.hasOwn(defaults, key)) continue;
    // A key set to `undefined` gets its default from the merge, as a missing one does.
    if (user[key] === undefined || !coversDefaults(defaults[key], user[key])) return false;
  }
  return true;
}

/** Whether each of the user's options covers its default (see `coversDefaults`); a missing one does not. */
function coversAllDefaults(defaults: readonly unknown[], given: readonly unknown[]): boolean {
  if (given.length < defaults.length) return false;
  for (let index = 0; index < defaults.length; index += 1) if (!coversDefaults(defaults[index], given[index])) return false;
  return true;
}

/**
 * The rule factory: typescript-eslint's `RuleCreator` (docs URL, typed meta), with its per-file option handling
 * replaced. `RuleCreator` deep-clones the defaults with `structuredClone` every time a rule starts on a file, which
 * costs more than many rules' whole work on a small file, times every rule of a preset. Options are plain JSON the
 * rules never change, so laying the user's options over the shared `meta.defaultOptions` is enough (and still right
 * under eslintrc, where ESLint applies no defaults itself).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, ZeroTrustRuleDocs>>,
): ReturnType<typeof creator<Options, MessageIds>> {
  const created = creator(rule);
  const defaults: readonly unknown[] = rule.meta.defaultOptions ?? [];
  return {
    ...created,
    create(context) {
      // ESLint hands a rule configured without options its `meta.defaultOptions` themselves (flat config).
      const given = context.options;
      const options = given === defaults || defaults.length === 0 || coversAllDefaults(defaults, given)
        ? given
        : defaults.map((value, index) => mergeOption(value, given[index]));
      return rule.create(context, options as unknown as Options);
    },
  };
}
