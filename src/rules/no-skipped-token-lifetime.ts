import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  DEFAULT_MAX_CLOCK_TOLERANCE_SECONDS,
  EXP_SWITCH_ONLY_ALLOWS_MISSING,
  describeSeconds,
  durationLiteral,
} from '../models/token-lifetime';
import { durationInSeconds, type OptionMeaning } from '../models/verifiers';
import { messageLabel, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { removeListItem } from '../utils/fix';
import { getPropertyKey, resolveConstObject, type OptionsObject } from '../utils/options-object';
import { getVerifierSites, type SiteOption, type VerifierSite } from '../utils/verifier-calls';
import { textHolds } from '../utils/text-gate';

export type Options = [
  {
    /** The largest clock tolerance (clock skew, grace period) accepted, in seconds. */
    maxClockToleranceSeconds?: number;
  },
];
export type MessageIds =
  | 'expirationIgnored'
  | 'notBeforeIgnored'
  | 'expirationCheckDisabled'
  | 'notBeforeCheckDisabled'
  | 'expirationNotRequired'
  | 'clockToleranceTooLarge'
  | 'removeSkip'
  | 'lowerClockTolerance';

type Scope = TSESLint.Scope.Scope;

/** Every library whose options this rule reads loads a module named with one of these. */
const MODULE_HINTS: readonly string[] = ['jwt', 'jose', 'jsonwebtoken', 'passport-azure-ad'];

/** Roles that accept tokens: a lifetime setting on a signer or a decoder is not a skipped check. */
const ACCEPTING_ROLES: ReadonlySet<string> = new Set(['verify', 'middleware', 'strategy', 'register']);

const MAX_DEPTH = 8;

/**
 * True when something unreadable comes after `property` in the object behind `root` (a spread of a call result or
 * parameter, a computed key, or a later write to a `const` object), so the value the library sees may differ.
 */
function mayBeOverridden(root: TSESTree.Node, property: TSESTree.Property, scope: Scope): boolean {
  let seen = false;
  let overridden = false;
  const visiting = new Set<TSESTree.ObjectExpression>();

  function visit(expression: TSESTree.Node, depth: number): boolean {
    const target = unwrapTypeScript(expression);
    let object: TSESTree.ObjectExpression | null = null;
    let mutated = false;
    if (target.type === AST_NODE_TYPES.ObjectExpression) object = target;
    else if (target.type === AST_NODE_TYPES.Identifier) {
      const resolved = resolveConstObject(target, scope);
      object = resolved?.object ?? null;
      mutated = resolved?.mutated === true;
    }
    if (!object || visiting.has(object) || depth > MAX_DEPTH) return false;
    visiting.add(object);
    for (const element of object.properties) {
      if (element.type === AST_NODE_TYPES.SpreadElement) {
        if (!visit(element.argument, depth + 1) && seen) overridden = true;
      } else if (element === property) {
        seen = true;
      } else if (seen && getPropertyKey(element, scope) === null) {
        overridden = true;
      }
    }
    visiting.delete(object);
    if (mutated && seen) overridden = true;
    return true;
  }

  visit(root, 0);
  return overridden;
}

/** The options object that holds `option`: the site's own, or its nested group's. */
function holderOf(site: VerifierSite, option: SiteOption): OptionsObject | null {
  if (option.group === null) return site.options;
  return site.nested.find((group) => group.spec.key === option.group)?.options ?? null;
}

/** True when the library will see `option`'s value: nothing unreadable written after it, nor after its group. */
function isEffective(site: VerifierSite, option: SiteOption, scope: Scope): boolean {
  if (!site.optionsNode) return false;
  if (option.group === null) return !mayBeOverridden(site.optionsNode, option.node, scope);
  const group = site.nested.find((candidate) => candidate.spec.key === option.group);
  if (!group) return false;
  return !mayBeOverridden(site.optionsNode, group.property.node, scope) && !mayBeOverridden(group.property.value, option.node, scope);
}

function skipMessage(site: VerifierSite, option: SiteOption, meaning: OptionMeaning): MessageIds {
  const expiration = meaning === 'ignoreExpiration';
  // A switch that is on when true (`ignoreExpiration: true`) vs. a check turned off with false (`exp: false`).
  if (option.spec.offWhen === true) return expiration ? 'expirationIgnored' : 'notBeforeIgnored';
  if (expiration && EXP_SWITCH_ONLY_ALLOWS_MISSING.has(site.library)) return 'expirationNotRequired';
  return expiration ? 'expirationCheckDisabled' : 'notBeforeCheckDisabled';
}

export default createRule<Options, MessageIds>({
  name: 'no-skipped-token-lifetime',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow skipping or stretching the expiry and not-before checks of token verification',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-613', 'CWE-672'],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxClockToleranceSeconds: {
            type: 'number',
            minimum: 0,
            description: 'The largest clock tolerance (clockTolerance, clockSkew, graceSeconds, timeSkewSec) accepted, in seconds.',
          },
        },
      },
    ],
    messages: {
      expirationIgnored:
        '`{{setting}}` makes the verifier accept expired tokens, so a leaked token stays usable for ever; remove it so `exp` is enforced.',
      notBeforeIgnored:
        '`{{setting}}` makes the verifier accept tokens before their `nbf` time, so a token issued for later is honoured now; remove it so `nbf` is enforced.',
      expirationCheckDisabled:
        '`{{setting}}` turns off the `exp` check, so expired tokens are accepted for ever; remove it so the token lifetime is enforced.',
      notBeforeCheckDisabled:
        '`{{setting}}` turns off the `nbf` check, so tokens are accepted before they become valid; remove it so the token lifetime is enforced.',
      expirationNotRequired:
        '`{{setting}}` lets through access tokens that carry no `exp` claim, which never expire; remove it so every token must carry an expiry.',
      clockToleranceTooLarge:
        '`{{setting}}` accepts tokens {{tolerance}} past their expiry, more than the {{limit}} allowed for clock skew, which stretches every token lifetime; lower it to the real clock skew.',
      removeSkip: 'Remove `{{setting}}`.',
      lowerClockTolerance: 'Lower it to {{value}} ({{limit}}).',
    },
    defaultOptions: [{ maxClockToleranceSeconds: DEFAULT_MAX_CLOCK_TOLERANCE_SECONDS }],
  },
  create(context, [{ maxClockToleranceSeconds = DEFAULT_MAX_CLOCK_TOLERANCE_SECONDS }]) {
    const sourceCode = context.sourceCode;
    if (!MODULE_HINTS.some((hint) => textHolds(sourceCode, hint))) return {};
    const reported = new Set<TSESTree.Node>();
    const limit = describeSeconds(maxClockToleranceSeconds);

    function label(option: SiteOption): string {
      return messageLabel(`${option.group === null ? '' : `${option.group}.`}${option.key}: ${sourceCode.getText(option.value)}`);
    }

    /** Writes `text` as the property's value; a shorthand property `{ x }` becomes `{ x: text }`. */
    function replaceValue(fixer: TSESLint.RuleFixer, property: TSESTree.Property, replacement: string): TSESLint.RuleFix {
      return property.shorthand
        ? fixer.replaceText(property, `${sourceCode.getText(property.key)}: ${replacement}`)
        : fixer.replaceText(property.value, replacement);
    }

    function checkSkip(site: VerifierSite, meaning: OptionMeaning, scope: Scope): void {
      const option = site.get(meaning);
      if (!option?.turnsCheckOff || reported.has(option.node) || !isEffective(site, option, scope)) return;
      reported.add(option.node);
      const setting = label(option);
      const messageId = skipMessage(site, option, meaning);
      const property = option.node;
      if (option.spec.offWhen === true) {
        // Removing the switch restores the library default, which checks; when an earlier property (a spread source)
        // sets the same key, writing `false` is what restores the check.
        const shadowsEarlier = holderOf(site, option)?.properties.some((other) => other.key === option.key && other.node !== property) === true;
        context.report({
          node: property,
          messageId,
          data: { setting },
          fix: (fixer) => (shadowsEarlier ? replaceValue(fixer, property, 'false') : removeListItem(fixer, sourceCode, property)),
        });
        return;
      }
      context.report({
        node: property,
        messageId,
        data: { setting },
        suggest: [{ messageId: 'removeSkip', data: { setting }, fix: (fixer) => removeListItem(fixer, sourceCode, property) }],
      });
    }

    function checkClockTolerance(site: VerifierSite, scope: Scope): void {
      const option = site.get('clockTolerance');
      const unit = option?.spec.unit;
      if (!option || !unit || !option.staticValue || reported.has(option.node)) return;
      const seconds = durationInSeconds(unit, option.staticValue.value);
      if (seconds === null || seconds <= maxClockToleranceSeconds || !isEffective(site, option, scope)) return;
      reported.add(option.node);
      const value = String(durationLiteral(unit, maxClockToleranceSeconds));
      context.report({
        node: option.node,
        messageId: 'clockToleranceTooLarge',
        data: { setting: label(option), tolerance: describeSeconds(seconds), limit },
        suggest: [
          {
            messageId: 'lowerClockTolerance',
            data: { value, limit },
            fix: (fixer) => replaceValue(fixer, option.node, value),
          },
        ],
      });
    }

    return {
      'Program:exit'() {
        for (const site of getVerifierSites(context)) {
          if (!ACCEPTING_ROLES.has(site.role)) continue;
          const scope = sourceCode.getScope(site.node);
          checkSkip(site, 'ignoreExpiration', scope);
          checkSkip(site, 'ignoreNotBefore', scope);
          checkClockTolerance(site, scope);
        }
      },
    };
  },
});
