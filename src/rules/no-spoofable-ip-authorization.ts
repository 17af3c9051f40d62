import type { TSESTree } from '@typescript-eslint/utils';
import { getFlows, type Flow, type SinkKind } from '../flow';
import { repeatsReportedDecision } from '../flow/flow-decisions';
import {
  IP_VALIDATIONS,
  RATE_LIMIT_APIS,
  RATE_LIMIT_OPTIONS_ARGUMENT,
  VALIDATE_DEFAULT_KEY,
  VALIDATE_OPTION,
  isIpValidation,
} from '../models/rate-limit';
import { messageLabel } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { isBlocklistTest } from '../flow/decision-polarity';
import { isUnderDevelopmentGuard } from '../utils/dev-guard';
import { getApiCalls } from '../utils/module-tracker';
import { readOptionsObject, type OptionProperty } from '../utils/options-object';

export type Options = [];
export type MessageIds = 'spoofableIpDecides' | 'spoofableRateLimitKey' | 'spoofableAuthRateLimitKey' | 'spoofableLimiterExemption' | 'ipValidationDisabled';

/** The sinks this rule owns for `spoofable-ip` sources, with the message each one gets. */
const SINK_MESSAGES: ReadonlyMap<SinkKind, MessageIds> = new Map<SinkKind, MessageIds>([
  ['decision', 'spoofableIpDecides'],
  ['guard-return', 'spoofableIpDecides'],
  ['identity', 'spoofableIpDecides'],
  ['rate-limit-key', 'spoofableRateLimitKey'],
  ['limiter-exemption', 'spoofableLimiterExemption'],
]);

const MAX_NAME_LENGTH = 40;

/** A source name short enough for a message. */
function shortName(name: string): string {
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

export default createRule<Options, MessageIds>({
  name: 'no-spoofable-ip-authorization',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow client-supplied IP addresses in authorization decisions, identities and rate-limit keys',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-348', 'CWE-290'],
    },
    schema: [],
    messages: {
      spoofableIpDecides:
        '`{{source}}` is written by the client, so anyone can forge it, and it {{sink}}; authenticate the caller with a verified token instead of trusting an address.',
      spoofableRateLimitKey:
        '`{{source}}` is written by the client and it {{sink}}, so a client escapes the limit by sending a new address each time; key on the verified user, or on `req.ip` behind a `trust proxy` hop count.',
      spoofableAuthRateLimitKey:
        '`{{source}}` is written by the client and it {{sink}} on a sign-in, token or reset route, so an attacker can guess passwords or codes without limit by sending a new address each time; key on the account being tried, or on `req.ip` behind a `trust proxy` hop count.',
      spoofableLimiterExemption:
        '`{{source}}` is written by the client and it {{sink}}, so anyone can claim an exempt address; exempt verified callers instead.',
      ipValidationDisabled:
        '`{{setting}}` silences the rate limiter\'s check for a forgeable or proxy-blind client address; remove it and set `trust proxy` to the real number of proxies instead.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();
    const decisions = new Set<string>();

    function reportFlow(flow: Flow, messageId: MessageIds): void {
      const node = flow.sink.node;
      if (reported.has(node) || repeatsReportedDecision(flow, decisions)) return;
      reported.add(node);
      context.report({ node, messageId, data: { source: shortName(flow.source.name), sink: flow.sink.description } });
    }

    function reportSetting(property: OptionProperty): void {
      if (reported.has(property.node)) return;
      reported.add(property.node);
      context.report({
        node: property.node,
        messageId: 'ipValidationDisabled',
        data: { setting: messageLabel(sourceCode.getText(property.node)) },
      });
    }

    /** `validate: false`, `validate: { xForwardedForHeader: false }`, or `validate: { default: false }` without the IP checks back on. */
    function checkValidate(validate: OptionProperty): void {
      if (validate.staticValue?.value === false) {
        reportSetting(validate);
        return;
      }
      const checks = readOptionsObject(validate.value, sourceCode.getScope(validate.value));
      if (!checks) return;
      let restoresAll = true;
      for (const key of IP_VALIDATIONS) {
        const check = checks.get(key);
        if (check?.staticValue?.value !== true) restoresAll = false;
        if (check?.staticValue?.value === false && isIpValidation(check.key)) reportSetting(check);
      }
      const fallback = checks.get(VALIDATE_DEFAULT_KEY);
      if (fallback?.staticValue?.value === false && !restoresAll && IP_VALIDATIONS.every((key) => checks.get(key)?.staticValue?.value !== false)) {
        reportSetting(fallback);
      }
    }

    return {
      'Program:exit'() {
        for (const flow of getFlows(context).flows) {
          if (flow.source.kind !== 'spoofable-ip') continue;
          const messageId = SINK_MESSAGES.get(flow.sink.kind);
          // A blocklist (`if (banned.has(ip)) return deny()`) lets nobody in, so it authorizes nothing.
          if (flow.sink.kind === 'decision' && flow.sink.consequence === 'deny' && isBlocklistTest(flow.sink.node)) continue;
          // A local-development shortcut (`if (isDev && ip === '127.0.0.1')`) is a choice, not a production defect.
          if (isUnderDevelopmentGuard(flow.sink.node)) continue;
          if (messageId) reportFlow(flow, messageId === 'spoofableRateLimitKey' && flow.authRoute === true ? 'spoofableAuthRateLimitKey' : messageId);
        }
        for (const { node } of getApiCalls(context, RATE_LIMIT_APIS)) {
          const options = readOptionsObject(node.arguments[RATE_LIMIT_OPTIONS_ARGUMENT], sourceCode.getScope(node));
          const validate = options?.get(VALIDATE_OPTION);
          if (validate) checkValidate(validate);
        }
      },
    };
  },
});
