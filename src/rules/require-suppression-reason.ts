import { createRule } from '../utils/create-rule';
import { messageLabel } from '../utils/ast';
import {
  directiveRuleIds,
  inlineRuleSettings,
  parseDirectiveComment,
  turnsRuleOff,
  type DirectiveComment,
} from '../utils/directive-comments';

export type Options = [
  {
    /** The fewest characters a description after ` -- ` must have to count as a reason. */
    minReasonLength?: number;
    /** Plugin namespaces whose rules may only be turned off with a reason, besides the one this rule runs under. */
    namespaces?: string[];
  },
];
export type MessageIds = 'missingReason' | 'missingReasonForAll' | 'reasonTooShort';

const DEFAULT_MIN_REASON_LENGTH = 10;
const DEFAULT_NAMESPACES = ['zero-trust'];

/** At most this many rule ids are named in a message; the rest are counted. */
const MAX_NAMED_RULES = 3;

const SPACE = /\s/u;
const DIRECTIVE_START = 'eslint';

/** Whether a comment's text starts, after white space, with `eslint`: every directive's label does. */
function opensWithEslint(text: string): boolean {
  let index = 0;
  for (;;) {
    const char = text.charAt(index);
    // Cheapest test first: most comments open with a space, a `*` or a letter.
    if (char === 'e') return text.startsWith(DIRECTIVE_START, index);
    if (char === '' || char === '*' || (char !== ' ' && !SPACE.test(char))) return false;
    index += 1;
  }
}

/** The namespace of a rule id (`zero-trust` for `zero-trust/x`, `@scope/plugin` for `@scope/plugin/x`), or `null`. */
function namespaceOf(ruleId: string): string | null {
  const slash = ruleId.lastIndexOf('/');
  return slash > 0 ? ruleId.slice(0, slash) : null;
}

/** A rule id ESLint could resolve: no whitespace inside (`zero-trust/x --reason` names no rule). */
function isRuleIdShape(ruleId: string): boolean {
  return !/\s/u.test(ruleId);
}

/** `` `a` ``, `` `a` and `b` ``, `` `a`, `b` and `c` ``, `` `a`, `b`, `c` and 2 more ``. */
function listRules(ruleIds: readonly string[]): string {
  const named = ruleIds.slice(0, MAX_NAMED_RULES).map((id) => `\`${messageLabel(id)}\``);
  const rest = ruleIds.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more`;
  const last = named.pop() ?? '';
  return named.length > 0 ? `${named.join(', ')} and ${last}` : last;
}

/** Length in code points, so a reason in any script counts by what a reader sees. */
function characterCount(text: string): number {
  return Array.from(text).length;
}

export default createRule<Options, MessageIds>({
  name: 'require-suppression-reason',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a written reason on every comment that turns off a zero-trust rule',
      recommended: 'recommended',
      principle: 'assume-breach',
      cwe: ['CWE-1078', 'CWE-1059'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          minReasonLength: {
            type: 'integer',
            minimum: 1,
            description: 'The fewest characters the description after ` -- ` must have to count as a reason.',
          },
          namespaces: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Plugin namespaces (such as `zero-trust`) whose rules may only be turned off with a reason; the namespace this rule runs under is always included.',
          },
        },
      },
    ],
    messages: {
      missingReason:
        'This comment turns off {{rules}} without a reason, so reviewers cannot see which risk was accepted; add one after ` -- ` saying why, and until when.',
      missingReasonForAll:
        'This comment turns off every rule, the zero-trust checks included, without a reason, so reviewers cannot see which risk was accepted; name the rules and add a reason after ` -- `.',
      reasonTooShort:
        'The reason for turning off {{rules}} is shorter than {{minimum}} characters, too short to tell reviewers which risk was accepted; say why, and until when, after ` -- `.',
    },
    defaultOptions: [{ minReasonLength: DEFAULT_MIN_REASON_LENGTH, namespaces: DEFAULT_NAMESPACES }],
  },
  create(context, [{ minReasonLength = DEFAULT_MIN_REASON_LENGTH, namespaces = DEFAULT_NAMESPACES }]) {
    const sourceCode = context.sourceCode;
    const ownId = context.id;
    const prefixes = new Set(namespaces.map((namespace) => `${namespace.endsWith('/') ? namespace.slice(0, -1) : namespace}/`));
    const ownNamespace = namespaceOf(ownId);
    if (ownNamespace !== null) prefixes.add(`${ownNamespace}/`);

    function isProtected(ruleId: string): boolean {
      if (!isRuleIdShape(ruleId)) return false;
      for (const prefix of prefixes) if (ruleId.length > prefix.length && ruleId.startsWith(prefix)) return true;
      return false;
    }

    /** Reports `directive` unless its description is a reason; `ruleIds` is `null` for a directive that turns off every rule. */
    function check(directive: DirectiveComment, ruleIds: readonly string[] | null): void {
      const length = characterCount(directive.description);
      if (length >= minReasonLength) return;
      const loc = { start: sourceCode.getLocFromIndex(directive.range[0]), end: sourceCode.getLocFromIndex(directive.range[1]) };
      const rules = ruleIds ? listRules(ruleIds) : 'every rule';
      if (length > 0) {
        context.report({ loc, messageId: 'reasonTooShort', data: { rules, minimum: minReasonLength } });
      } else if (ruleIds) {
        context.report({ loc, messageId: 'missingReason', data: { rules } });
      } else {
        context.report({ loc, messageId: 'missingReasonForAll' });
      }
    }

    return {
      Program() {
        for (const comment of sourceCode.getAllComments()) {
          // Cheapest test first: a directive's label opens the comment, after white space, and starts with `eslint`.
          if (!opensWithEslint(comment.value)) continue;
          const directive = parseDirectiveComment(comment);
          if (!directive) continue;
          if (directive.kind === 'eslint') {
            const off = inlineRuleSettings(directive.value)
              .filter((setting) => turnsRuleOff(setting) && isProtected(setting.ruleId))
              .map((setting) => setting.ruleId);
            if (off.length > 0) check(directive, [...new Set(off)]);
            continue;
          }
          if (directive.kind !== 'eslint-disable' && directive.kind !== 'eslint-disable-line' && directive.kind !== 'eslint-disable-next-line') {
            continue;
          }
          const ruleIds = directiveRuleIds(directive.value);
          // ESLint applies `eslint-disable` and `eslint-disable-line` to their own comment: when one also covers this
          // rule, the report would be dropped and would only mark the directive as used, hiding it from
          // `reportUnusedDisableDirectives`. Leave those alone.
          const coversOwnComment = directive.kind !== 'eslint-disable-next-line';
          if (ruleIds.length === 0) {
            if (!coversOwnComment) check(directive, null);
            continue;
          }
          if (coversOwnComment && ruleIds.includes(ownId)) continue;
          const protectedIds = ruleIds.filter(isProtected);
          if (protectedIds.length > 0) check(directive, protectedIds);
        }
      },
    };
  },
});
