import type { TSESLint } from '@typescript-eslint/utils';
import { entraAuthorityOf, issuerPatternTenancy } from '../models/entra-tenant';
import { claimPatternHandling, isAnchoredPattern } from '../models/token-claims';
import type { VerifierLibrary } from '../models/verifiers';
import {
  checksTokenClaims,
  claimPatterns,
  claimPlacement,
  claimSuggestion,
  isFunctionValue,
  issuesOwnTokens,
  missingClaimNode,
  offSetting,
  offSwitchEdit,
  placementLabel,
  siteLabel,
  singlePattern,
  writesMultiTenantAuthority,
} from '../utils/claim-checks';
import { createRule } from '../utils/create-rule';
import { getVerifierSites, type SiteOption, type VerifierSite } from '../utils/verifier-calls';

export type Options = [];
export type MessageIds =
  | 'missingIssuer'
  | 'issuerCheckOff'
  | 'issuerPatternIgnored'
  | 'anyTenantIssuer'
  | 'unanchoredIssuer'
  | 'addIssuer'
  | 'setIssuer'
  | 'removeIssuerSwitch';

/**
 * Libraries whose issuer findings `require-tenant-restriction` reports, with a more precise message, when the keys
 * come from a multi-tenant Microsoft Entra authority: this rule leaves those files to it.
 */
const TENANT_RULE_LIBRARIES: ReadonlySet<VerifierLibrary> = new Set<VerifierLibrary>([
  'jsonwebtoken',
  'jose',
  'express-jwt',
  'koa-jwt',
  'passport-jwt',
  'passport-azure-ad',
  'express-oauth2-jwt-bearer',
]);

export default createRule<Options, MessageIds>({
  name: 'require-token-issuer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require token verification to check that the token comes from the issuer you trust',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-287', 'CWE-345'],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingIssuer:
        'This {{api}} check never looks at the token\'s issuer, so a token minted by another issuer that shares the trusted keys is accepted; set `{{key}}` to the issuer you trust.',
      issuerCheckOff:
        '`{{setting}}` turns the issuer check off, so a token minted by another issuer that shares the trusted keys is accepted; check the issuer you trust.',
      issuerPatternIgnored:
        '{{library}} compares `issuer` only as a string or an array of strings and silently skips this {{kind}}, so no issuer is checked; list the exact issuers you trust.',
      anyTenantIssuer:
        'This issuer pattern accepts every Microsoft Entra tenant, so a token from any organisation\'s tenant is accepted; list the issuers of the tenants you serve.',
      unanchoredIssuer:
        'This issuer pattern is not anchored with `^` and `$`, so any issuer that merely contains a match is accepted; anchor it or list the exact issuers.',
      addIssuer: 'Add `{{key}}` with a placeholder for the issuer you trust.',
      setIssuer: 'Replace `{{setting}}` with a placeholder for the issuer you trust.',
      removeIssuerSwitch: 'Remove `{{setting}}` so the library checks the issuer again.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    let fileIsMultiTenant: boolean | undefined;

    /** True when `require-tenant-restriction` owns this site's issuer findings (see `TENANT_RULE_LIBRARIES`). */
    function ownedByTenantRule(site: VerifierSite): boolean {
      if (!TENANT_RULE_LIBRARIES.has(site.library)) return false;
      // An Entra metadata or issuer URL in the site's own options decides; otherwise any such URL in the file does.
      for (const property of site.options?.properties ?? []) {
        const value = property.staticValue?.value;
        const authority = typeof value === 'string' ? entraAuthorityOf([value]) : null;
        if (authority) return authority.multiTenant;
      }
      fileIsMultiTenant ??= writesMultiTenantAuthority(sourceCode);
      return fileIsMultiTenant;
    }

    function reportOff(site: VerifierSite, option: SiteOption, setting: string): void {
      if (ownedByTenantRule(site)) return;
      const edit = offSwitchEdit(site, option, 'issuer', sourceCode);
      context.report({
        node: option.node,
        messageId: 'issuerCheckOff',
        data: { setting },
        suggest: [{ messageId: edit.kind === 'remove' ? 'removeIssuerSwitch' : 'setIssuer', data: { setting }, fix: edit.fix }],
      });
    }

    function checkOption(site: VerifierSite, option: SiteOption): void {
      const setting = offSetting(site, option, 'issuer');
      if (setting !== null) {
        reportOff(site, option, setting);
        return;
      }
      const handling = claimPatternHandling(site.library, 'issuer');
      const scope = sourceCode.getScope(site.node);
      if (handling === 'ignored') {
        const kind = singlePattern(option.value, scope) ? 'regular expression' : isFunctionValue(option.value, scope) ? 'function' : null;
        if (kind !== null && !ownedByTenantRule(site)) {
          context.report({ node: option.node, messageId: 'issuerPatternIgnored', data: { library: site.library, kind } });
        }
        return;
      }
      if (handling !== 'tested') return;
      const patterns = claimPatterns(option.value, scope);
      if (patterns.some((pattern) => issuerPatternTenancy(pattern.source) === 'any-tenant')) {
        context.report({ node: option.node, messageId: 'anyTenantIssuer' });
      } else if (patterns.some((pattern) => !isAnchoredPattern(pattern.source, pattern.flags))) {
        context.report({ node: option.node, messageId: 'unanchoredIssuer' });
      }
    }

    return {
      'Program:exit'() {
        const sites = getVerifierSites(context);
        for (const site of sites) {
          if (!checksTokenClaims(site)) continue;
          // passport-azure-ad: `validateIssuer: false` skips the issuer check, an `issuer` list included.
          const validateIssuer = site.get('validateIssuer');
          if (validateIssuer?.turnsCheckOff === true) {
            reportOff(site, validateIssuer, 'validateIssuer: false');
            continue;
          }
          const option = site.get('issuer');
          if (option) {
            checkOption(site, option);
            continue;
          }
          // An issuer placed where passport-jwt drops it is `no-shadowed-passport-jwt-options`' finding.
          if (!site.missing('issuer') || site.getAll('issuer').some((candidate) => candidate.shadowed)) continue;
          if (issuesOwnTokens(site, sites, sourceCode) || ownedByTenantRule(site)) continue;
          const placement = claimPlacement(site.entry, 'issuer');
          if (!placement) continue;
          const key = placementLabel(placement);
          const fix = claimSuggestion(site, placement, 'issuer', sourceCode);
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = fix ? [{ messageId: 'addIssuer', data: { key }, fix }] : [];
          context.report({
            node: missingClaimNode(site, placement),
            messageId: 'missingIssuer',
            data: { api: siteLabel(site), key },
            suggest,
          });
        }
      },
    };
  },
});
