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

export const createRule = ESLintUtils.RuleCreator<ZeroTrustRuleDocs>(ruleDocsUrl);
