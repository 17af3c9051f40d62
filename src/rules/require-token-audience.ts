import type { TSESLint } from '@typescript-eslint/utils';
import { claimPatternHandling, isAnchoredPattern } from '../models/token-claims';
import {
  checksTokenClaims,
  claimPatterns,
  claimPlacement,
  claimSuggestion,
  issuesOwnTokens,
  missingClaimNode,
  offSetting,
  offSwitchEdit,
  placementLabel,
  siteLabel,
} from '../utils/claim-checks';
import { createRule } from '../utils/create-rule';
import { getVerifierSites, type SiteOption, type VerifierSite } from '../utils/verifier-calls';

export type Options = [];
export type MessageIds = 'missingAudience' | 'audienceCheckOff' | 'unanchoredAudience' | 'addAudience' | 'setAudience' | 'removeAudienceSwitch';

export default createRule<Options, MessageIds>({
  name: 'require-token-audience',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require token verification to check the audience the token was issued for',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-287', 'CWE-345'],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingAudience:
        'This {{api}} check accepts a token issued for any audience, so a token minted for another application is accepted here; set `{{key}}` to this API\'s identifier or client ID.',
      audienceCheckOff:
        '`{{setting}}` turns the audience check off, so a token minted for another application is accepted here; set the audience this API expects.',
      unanchoredAudience:
        'This audience pattern is not anchored with `^` and `$`, so any audience that merely contains a match is accepted; anchor it or list the exact audiences.',
      addAudience: 'Add `{{key}}` with a placeholder for this API\'s audience.',
      setAudience: 'Replace `{{setting}}` with a placeholder for this API\'s audience.',
      removeAudienceSwitch: 'Remove `{{setting}}` so the library checks the audience again.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    function checkOption(site: VerifierSite, option: SiteOption): void {
      const setting = offSetting(site, option, 'audience');
      if (setting !== null) {
        const edit = offSwitchEdit(site, option, 'audience', sourceCode);
        context.report({
          node: option.node,
          messageId: 'audienceCheckOff',
          data: { setting },
          suggest: [{ messageId: edit.kind === 'remove' ? 'removeAudienceSwitch' : 'setAudience', data: { setting }, fix: edit.fix }],
        });
        return;
      }
      if (claimPatternHandling(site.library, 'audience') !== 'tested') return;
      const scope = sourceCode.getScope(site.node);
      if (claimPatterns(option.value, scope).some((pattern) => !isAnchoredPattern(pattern.source, pattern.flags))) {
        context.report({ node: option.node, messageId: 'unanchoredAudience' });
      }
    }

    return {
      'Program:exit'() {
        const sites = getVerifierSites(context);
        for (const site of sites) {
          if (!checksTokenClaims(site)) continue;
          const option = site.get('audience');
          if (option) {
            checkOption(site, option);
            continue;
          }
          // An audience placed where passport-jwt drops it is `no-shadowed-passport-jwt-options`' finding.
          if (!site.missing('audience') || site.getAll('audience').some((candidate) => candidate.shadowed)) continue;
          if (issuesOwnTokens(site, sites, sourceCode)) continue;
          const placement = claimPlacement(site.entry, 'audience');
          if (!placement) continue;
          const key = placementLabel(placement);
          const fix = claimSuggestion(site, placement, 'audience', sourceCode);
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = fix ? [{ messageId: 'addAudience', data: { key }, fix }] : [];
          context.report({
            node: missingClaimNode(site, placement),
            messageId: 'missingAudience',
            data: { api: siteLabel(site), key },
            suggest,
          });
        }
      },
    };
  },
});
