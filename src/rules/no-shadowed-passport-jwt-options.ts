import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';
import { PASSPORT_JWT_SHADOWING_KEYS, type OptionMeaning } from '../models/verifiers';
import { unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { removeListItem } from '../utils/fix';
import { insertProperty } from '../utils/object-edit';
import { rootScope } from '../utils/static-value';
import { getVerifierSites, type SiteOption, type VerifierSite } from '../utils/verifier-calls';
import { textHolds } from '../utils/text-gate';

export type Options = [];
export type MessageIds = 'checkDropped' | 'overriddenByTopLevel' | 'nestedIgnored' | 'deadExpirationSkip' | 'removeNestedOption';

const LIBRARY = 'passport-jwt';
const EXPIRATION_KEY = 'ignoreExpiration';

/** The meanings of the keys passport-jwt copies over `jsonWebTokenOptions` (see `PASSPORT_JWT_SHADOWING_KEYS`). */
const SHADOWED_MEANINGS: readonly OptionMeaning[] = ['audience', 'issuer', 'algorithms', 'ignoreExpiration'];

/** True when a read of the variable bound to `object` is the only one: the options literal is not shared. */
function isUnsharedOptionsLiteral(object: TSESTree.ObjectExpression, optionsNode: TSESTree.Node, scope: TSESLint.Scope.Scope): boolean {
  const argument = unwrapTypeScript(optionsNode);
  if (argument === object) return true;
  if (argument.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(rootScope(scope), argument);
  if (!variable) return false;
  return variable.references.filter((reference) => reference.isRead()).length === 1;
}

export default createRule<Options, MessageIds>({
  name: 'no-shadowed-passport-jwt-options',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passport-jwt verification options inside `jsonWebTokenOptions` that the strategy silently overwrites',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-345'],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      checkDropped:
        'passport-jwt overwrites `jsonWebTokenOptions.{{key}}` with its top-level `{{key}}` (unset here), so this check is never made and tokens are accepted whatever their `{{claim}}`; move `{{key}}` to the top level of the strategy options.',
      overriddenByTopLevel:
        'passport-jwt ignores `jsonWebTokenOptions.{{key}}` in favour of the top-level `{{key}}`, so only that value is checked; remove the nested one and make sure the top-level one is the value you meant.',
      nestedIgnored:
        'passport-jwt reads `{{key}}` only from the top level of the strategy options and ignores `jsonWebTokenOptions.{{key}}`, so this check may never be made; set `{{key}}` at the top level instead.',
      deadExpirationSkip:
        'passport-jwt forces `ignoreExpiration` to the top-level value (false here), so this nested skip of the expiry check is dead code that would take effect if someone moved it; remove it.',
      removeNestedOption: 'Remove `jsonWebTokenOptions.{{key}}`.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();

    function removalSuggestion(option: SiteOption): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      return [{ messageId: 'removeNestedOption', data: { key: option.key }, fix: (fixer) => removeListItem(fixer, sourceCode, option.node) }];
    }

    /** The move to the top level, when it is a pure relocation inside one unshared literal tree. */
    function moveFix(site: VerifierSite, option: SiteOption): TSESLint.ReportFixFunction | null {
      const options = site.options;
      const group = site.nested.find((candidate) => candidate.spec.key === option.group);
      const top = options?.objects[0];
      if (!options?.closed || !group || !top || !site.optionsNode) return null;
      const groupProperty = group.property.node;
      if (groupProperty.parent !== top || unwrapTypeScript(groupProperty.value) !== option.node.parent) return null;
      if (!isUnsharedOptionsLiteral(top, site.optionsNode, sourceCode.getScope(site.node))) return null;
      const text = sourceCode.getText(option.node);
      return (fixer) => [removeListItem(fixer, sourceCode, option.node), ...insertProperty(fixer, sourceCode, top, text)];
    }

    function check(site: VerifierSite): void {
      for (const meaning of SHADOWED_MEANINGS) {
        for (const option of site.getAll(meaning)) {
          if (!option.shadowed || !PASSPORT_JWT_SHADOWING_KEYS.has(option.key) || reported.has(option.node)) continue;
          const value = option.staticValue;
          if (option.key === EXPIRATION_KEY) {
            // A falsy or unknown nested `ignoreExpiration` changes nothing: the library forces `false` anyway.
            if (!value?.value) continue;
            reported.add(option.node);
            context.report({ node: option.node, messageId: 'deadExpirationSkip', suggest: removalSuggestion(option) });
            continue;
          }
          // `audience: undefined` asks for nothing, so nothing is lost.
          if (value !== null && value.value == null) continue;
          reported.add(option.node);
          const data = { key: option.key, claim: meaning === 'algorithms' ? 'algorithm' : meaning };
          if (site.options?.get(option.key) !== undefined) {
            // The top-level value wins: moving would change which value is checked, and only the author knows which is right.
            context.report({ node: option.node, messageId: 'overriddenByTopLevel', data, suggest: removalSuggestion(option) });
            continue;
          }
          if (site.options?.closed !== true) {
            // A spread may or may not set it at the top level: the nested one is ignored either way, but a move could override it.
            context.report({ node: option.node, messageId: 'nestedIgnored', data });
            continue;
          }
          const fix = moveFix(site, option);
          context.report({ node: option.node, messageId: 'checkDropped', data, ...(fix ? { fix } : {}) });
        }
      }
    }

    // A verifier site of the library is a load of it, which names it verbatim.
    if (!textHolds(sourceCode, LIBRARY)) return {};
    return {
      'Program:exit'() {
        for (const site of getVerifierSites(context)) {
          if (site.library === LIBRARY && site.nested.length > 0) check(site);
        }
      },
    };
  },
});
