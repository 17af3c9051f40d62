import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getFlows, type Flow } from '../flow';
import { repeatsReportedDecision } from '../flow/flow-decisions';
import { calledMethodName, isExpressionWrapper, staticMemberName, unwrapExpression, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { enclosingFunction } from '../utils/functions';
import { getPropertyKey } from '../utils/options-object';
import { getStatic } from '../utils/static-value';
import { walk } from '../utils/traverse';
import { textHolds } from '../utils/text-gate';

export type Options = [];
export type MessageIds = 'mutableClaimDecision' | 'mutableClaimAccountKey' | 'dangerousEmailLinking' | 'useImmutableClaim';

/**
 * Claims that users or administrators can change, or that are not unique across tenants and identity providers:
 * Microsoft's claims-validation guidance says none of them may decide access or key an account.
 */
const MUTABLE_CLAIMS: ReadonlySet<string> = new Set([
  'email',
  'emails',
  'upn',
  'preferred_username',
  'unique_name',
  'name',
  'login_hint',
]);

/** passport profiles list addresses as `profile.emails[0].value`: any path through `emails` is an address. */
const EMAIL_LIST = 'emails';
const EMAIL_VALUE = 'value';

/** Claims a suggestion may replace with the immutable subject: single values (not the `emails` list). */
const REPLACEABLE_CLAIMS: ReadonlySet<string> = new Set(['email', 'upn', 'preferred_username', 'unique_name', 'name', 'login_hint']);

/** Query keys that link a sign-in to a local account by a mutable value (lower case, compared as substrings). */
const ACCOUNT_KEY_WORDS: readonly string[] = ['email', 'mail', 'upn', 'username', 'principalname', 'login'];
const ACCOUNT_KEYS: ReadonlySet<string> = new Set(['name', 'unique_name', 'uniquename']);

/** Keys under which a query holds the values it writes, not the ones it looks up: `upsert({ where, update, create })`. */
const WRITTEN_DATA_KEYS: ReadonlySet<string> = new Set(['data', 'update', 'create', 'defaults', '$set', '$setOnInsert', 'values']);

/** Claims that say the provider verified the address: an address checked with one is the IdP's documented pattern. */
const EMAIL_VERIFIED_LIST: readonly string[] = ['email_verified', 'emailVerified', 'verified_email'];
const EMAIL_VERIFIED_NAMES: ReadonlySet<string> = new Set(EMAIL_VERIFIED_LIST);

/** Methods that only normalise a claim before it is used: `claims.email.toLowerCase()`. */
const NORMALIZING_METHODS: ReadonlySet<string> = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'trim', 'normalize', 'toString']);

/** Words in a claims object's name that mark it as Entra-shaped (MSAL `idTokenClaims`, `account`, `claims`). */
const ENTRA_OBJECT_WORDS: readonly string[] = ['claims', 'account'];

/** Auth.js / next-auth provider option that links a sign-in to an existing account by email alone. */
const DANGEROUS_LINKING_OPTION = 'allowDangerousEmailAccountLinking';
/** The start of the option, which the text must hold for its listener to run. */
const DANGEROUS_LINKING_PREFIX = 'allowDangerous';

const MAX_CLAIM_LABEL = 40;
const INDEX = /^\d+$/u;

function isIndex(member: string): boolean {
  return INDEX.test(member);
}

/** The mutable claim a flow reads, as written for a message (`email`, `emails[0].value`); `null` when none. */
function mutableClaimOf(path: readonly string[]): string | null {
  const emailsAt = path.indexOf(EMAIL_LIST);
  if (emailsAt !== -1) {
    // `profile.emails`, `profile.emails[0]`, `profile.emails[0].value`; not `emails.length` or `emails[0].verified`.
    const [index, member, ...more] = path.slice(emailsAt + 1);
    if (index === undefined) return EMAIL_LIST;
    if (!isIndex(index) || more.length > 0 || (member !== undefined && member !== EMAIL_VALUE)) return null;
    return member === undefined ? `${EMAIL_LIST}[${index}]` : `${EMAIL_LIST}[${index}].${EMAIL_VALUE}`;
  }
  // `claims.email.split('@')[1]`: the last member that is not an index names the claim.
  const named = path.findLast((member) => !isIndex(member));
  return named !== undefined && MUTABLE_CLAIMS.has(named) ? named : null;
}

/** True for a query key that links an account by a mutable value: `email`, `userPrincipalName`, `username`. */
function isAccountKey(key: string | undefined): boolean {
  if (key === undefined) return true;
  const lower = key.toLowerCase();
  return ACCOUNT_KEYS.has(lower) || ACCOUNT_KEY_WORDS.some((word) => lower.includes(word));
}

/** True when `node` is a value a query writes (`update: { email }`) rather than a key it looks up. */
function isWrittenData(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.Property) {
      const key = getPropertyKey(current);
      if (key !== null && WRITTEN_DATA_KEYS.has(key)) return true;
    } else if (current.type !== AST_NODE_TYPES.ObjectExpression && !isExpressionWrapper(current)) {
      return false;
    }
  }
  return false;
}

/** True for a flow this rule owns: a mutable claim that decides access or links an account. */
function isOwnedFlow(flow: Flow): boolean {
  if (flow.source.kind !== 'claims') return false;
  const sink = flow.sink;
  switch (sink.kind) {
    case 'decision':
      return sink.test === 'compare' || sink.test === 'match';
    case 'guard-return':
      return true;
    case 'query-key':
      return isAccountKey(sink.key) && !isWrittenData(sink.node);
    default:
      return false;
  }
}

/** The claims object and member a suggestion may rewrite: `req.auth.email` (through `.toLowerCase()` and TS wrappers). */
function replaceableMember(node: TSESTree.Node): TSESTree.MemberExpression | null {
  let target = unwrapExpression(node);
  while (target.type === AST_NODE_TYPES.CallExpression && target.arguments.length === 0) {
    const method = calledMethodName(target);
    if (method === null || !NORMALIZING_METHODS.has(method) || target.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    target = unwrapExpression(target.callee.object);
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed || target.property.type !== AST_NODE_TYPES.Identifier) return null;
  if (!REPLACEABLE_CLAIMS.has(target.property.name)) return null;
  return isPlainChain(target.object) ? target : null;
}

/** `claims`, `req.auth`, `this.account.idTokenClaims`, `req.user!`: an identifier or a chain of static members. */
function isPlainChain(node: TSESTree.Node): boolean {
  const target = unwrapExpression(node);
  if (target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.ThisExpression) return true;
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed) return false;
  return isPlainChain(target.object);
}

/** The names along a plain chain: `['req', 'auth']`. */
function chainNames(node: TSESTree.Node): string[] {
  const target = unwrapExpression(node);
  if (target.type === AST_NODE_TYPES.Identifier) return [target.name];
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticMemberName(target);
    return name === null ? chainNames(target.object) : [...chainNames(target.object), name];
  }
  return [];
}

/** True for Entra-shaped claims objects, keyed on `oid` + `tid`: MSAL `idTokenClaims`, `account`, names with `claims`. */
function isEntraShaped(object: TSESTree.Node): boolean {
  return chainNames(object).some((name) => {
    const lower = name.toLowerCase();
    return ENTRA_OBJECT_WORDS.some((word) => lower.includes(word));
  });
}


export default createRule<Options, MessageIds>({
  name: 'no-mutable-claim-authorization',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow authorizing or linking accounts on mutable identity claims such as `email`, `upn` or `preferred_username`',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-639', 'CWE-287'],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      mutableClaimDecision:
        '`{{claim}}` of {{source}} is a mutable, non-unique claim that users or admins can change, yet it {{sink}}; authorize on the immutable `oid` + `tid` (Entra) or `sub` + `iss` claims, or on app roles, instead.',
      mutableClaimAccountKey:
        '`{{claim}}` of {{source}} is a mutable claim that whoever holds that value at an identity provider can assert, yet it {{sink}}; key accounts and records on the immutable `oid` + `tid` (Entra) or `sub` + `iss` claims instead.',
      dangerousEmailLinking:
        '`allowDangerousEmailAccountLinking: true` links a sign-in to an existing account by email alone, so whoever holds that address at this provider takes the account over; link accounts by the provider account id (`sub`) instead.',
      useImmutableClaim: 'Key on the immutable `{{claim}}` (with `{{pair}}`) claim instead.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    /**
     * The first `email_verified` read in each function, by function (module level under `null`): worked out on the
     * first address flow, by one walk of a file whose text spells one of the names (a read names it as written).
     */
    let verifiedReads: Map<TSESTree.Node | null, number> | undefined;

    function readsOfVerified(): Map<TSESTree.Node | null, number> {
      if (verifiedReads) return verifiedReads;
      const reads = new Map<TSESTree.Node | null, number>();
      const note = (node: TSESTree.Node): void => {
        const owner = enclosingFunction(node);
        const seen = reads.get(owner);
        if (seen === undefined || node.range[0] < seen) reads.set(owner, node.range[0]);
      };
      if (EMAIL_VERIFIED_LIST.some((name) => textHolds(sourceCode, name))) {
        walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
          if (node.type === AST_NODE_TYPES.MemberExpression) {
            const name = staticMemberName(node);
            if (name !== null && EMAIL_VERIFIED_NAMES.has(name)) note(node);
          } else if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) {
            const key = getPropertyKey(node);
            if (key !== null && EMAIL_VERIFIED_NAMES.has(key)) note(node);
          }
          return true;
        });
      }
      verifiedReads = reads;
      return reads;
    }

    /** True when an `email_verified` claim is read before `node` in its function or an enclosing one. */
    function followsVerifiedCheck(node: TSESTree.Node): boolean {
      const reads = readsOfVerified();
      if (reads.size === 0) return false;
      for (let owner = enclosingFunction(node); ; owner = enclosingFunction(owner)) {
        const at = reads.get(owner);
        if (at !== undefined && at < node.range[0]) return true;
        if (owner === null) return false;
      }
    }

    function suggestionFor(flow: Flow): TSESLint.ReportSuggestionArray<MessageIds> {
      const member = replaceableMember(flow.sink.node);
      if (!member) return [];
      const entra = isEntraShaped(member.object);
      const claim = entra ? 'oid' : 'sub';
      const property = member.property;
      return [
        {
          messageId: 'useImmutableClaim',
          data: { claim, pair: entra ? 'tid' : 'iss' },
          fix: (fixer) => fixer.replaceText(property, claim),
        },
      ];
    }

    function reportFlows(): void {
      const reported = new Set<TSESTree.Node>();
      const decisions = new Set<string>();
      for (const flow of getFlows(context).flows) {
        if (!isOwnedFlow(flow) || reported.has(flow.sink.node)) continue;
        const claim = mutableClaimOf(flow.source.path);
        if (claim === null) continue;
        // Google and most OIDC providers: an address the provider marks as verified is theirs to vouch for.
        const isAddress = claim === 'email' || claim.startsWith(EMAIL_LIST);
        if ((isAddress && followsVerifiedCheck(flow.sink.node)) || repeatsReportedDecision(flow, decisions)) continue;
        reported.add(flow.sink.node);
        const label = claim.length > MAX_CLAIM_LABEL ? `${claim.slice(0, MAX_CLAIM_LABEL - 1)}…` : claim;
        context.report({
          node: flow.sink.node,
          messageId: flow.sink.kind === 'query-key' ? 'mutableClaimAccountKey' : 'mutableClaimDecision',
          data: { claim: label, source: `\`${flow.source.name}\``, sink: flow.sink.description },
          suggest: suggestionFor(flow),
        });
      }
    }

    const listeners: TSESLint.RuleListener = {};
    // The listener runs on every property; files that never spell the option's start do not register it.
    if (textHolds(sourceCode, DANGEROUS_LINKING_PREFIX)) {
      listeners.Property = (node) => {
        if (!node.computed && node.key.type === AST_NODE_TYPES.Identifier && node.key.name !== DANGEROUS_LINKING_OPTION) return;
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        if (getPropertyKey(node, sourceCode.getScope(node)) !== DANGEROUS_LINKING_OPTION) return;
        const value = getStatic(unwrapTypeScript(node.value), sourceCode.getScope(node));
        if (value?.value === true) context.report({ node, messageId: 'dangerousEmailLinking' });
      };
    }

    return {
      ...listeners,
      'Program:exit'() {
        reportFlows();
      },
    };
  },
});
