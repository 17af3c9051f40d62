import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getFlows, type Flow, type SinkKind, type SourceKind } from '../flow';
import {
  isAuthorizationName,
  isCrossSiteDefenceName,
  isIdentityTarget,
  isInternalHostValue,
  isSignedIdentityHeader,
  isSiteKey,
} from '../models/request-authorization';
import { createRule } from '../utils/create-rule';
import { calleeName } from '../utils/expressions';
import {
  branchDenies,
  comparisonPartners,
  decisionBranch,
  decisionRoot,
  deniesPrivilegedValue,
  picksPrivilegedBranch,
  enclosingNames,
  innermostFunction,
  isCoKeyedWithCaller,
  isPresenceGuard,
  isVerifiedIdentityValue,
  outermostFunction,
  registrationNames,
  shortName,
  testsCallerRole,
  verifiedClaimNodes,
  repeatsReportedDecision,
} from '../flow/flow-decisions';
import { isFunctionNode, type FunctionNode } from '../utils/functions';
import { nameWords } from '../utils/name-words';
import { getStatic, getStaticString } from '../utils/static-value';
import { walk } from '../utils/traverse';

export type Options = [];
export type MessageIds = 'spoofableHeaderDecides' | 'identityHeaderTrusted';

const SOURCE_KINDS: ReadonlySet<SourceKind> = new Set<SourceKind>(['spoofable-header', 'identity-header']);
const SINK_KINDS: ReadonlySet<SinkKind> = new Set<SinkKind>(['decision', 'guard-return', 'identity', 'query-key', 'branch']);

/** Words of a call that checks a signature: `verify`, `jwtVerify`, `verifySignedJwtWithCertsAsync`, `validateToken`. */
const VERIFY_WORDS: ReadonlySet<string> = new Set(['verify', 'verified', 'verifier', 'validate']);

type HeaderFamily = 'host' | 'cross-site' | 'other';

/** Which kind of request metadata a `spoofable-header` source is, from its display name (`Host`, `req.hostname`, `Origin`). */
function headerFamily(name: string): HeaderFamily {
  const words = nameWords(name);
  if (words.some((word) => word === 'host' || word === 'hostname')) return 'host';
  if (words.some((word) => word === 'origin' || word === 'referer' || word === 'referrer')) return 'cross-site';
  return 'other';
}

/** True when a static host the value is compared with (or a list of them) names `localhost` or an internal host. */
function comparesWithInternalHost(flow: Flow, scope: TSESLint.Scope.Scope): boolean {
  if (flow.sink.comparedWith !== undefined) return isInternalHostValue(flow.sink.comparedWith);
  return comparisonPartners(flow.sink.node).some((partner) => {
    const value = getStatic(partner, scope)?.value;
    return Array.isArray(value) ? value.some(isInternalHostValue) : isInternalHostValue(value);
  });
}

/** True when the check only turns requests away (`if (origin !== APP_ORIGIN) return res.status(403)`): CSRF and host validation. */
function onlyRejects(flow: Flow, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  if (flow.sink.kind !== 'decision') return false;
  if (flow.sink.consequence === 'deny') return true;
  const branch = decisionBranch(flow.sink.node);
  return branch !== null && branch.whenFalse === null && branchDenies(branch.whenTrue, visitorKeys);
}

/** Words in a function's text that mark it as cross-site request forgery defence: `csrf`, `cross-site`, `forgery`. */
const CROSS_SITE_TEXT = /csrf|xsrf|cross[\s-]?site|forgery/iu;

/** A test that reads the request method: CSRF checks exempt the safe methods (`req.method === 'GET' || …`). */
const METHOD_TEST = /\.method\b/u;

/** The `if` statement or `?:` whose test holds the decision at `sink`, or `null`. */
function decidingStatement(sink: TSESTree.Node): TSESTree.IfStatement | TSESTree.ConditionalExpression | null {
  const root = decisionRoot(sink);
  const parent = root?.parent;
  if (parent?.type === AST_NODE_TYPES.IfStatement || parent?.type === AST_NODE_TYPES.ConditionalExpression) return parent;
  return null;
}

/** True when `branch` writes a CORS response header (`res.setHeader('Access-Control-Allow-Origin', origin)`). */
function writesCorsHeader(branch: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let found = false;
  walk(branch, visitorKeys, (node) => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const name = getStaticString(node.arguments[0]);
      if (name?.toLowerCase().startsWith('access-control-')) found = true;
    }
    return !found;
  });
  return found;
}

/**
 * True when an Origin/Referer decision is cross-site request defence or CORS rather than authentication: the
 * function or class is named for it, the function mentions CSRF, the test exempts safe methods (`req.method`), or
 * the guarded code writes `Access-Control-*` headers.
 */
function isCrossSiteDefence(sink: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (enclosingNames(sink).some(isCrossSiteDefenceName)) return true;
  const fn = innermostFunction(sink);
  if (fn && CROSS_SITE_TEXT.test(sourceCode.getText(fn))) return true;
  const root = decisionRoot(sink);
  if (root && METHOD_TEST.test(sourceCode.getText(root))) return true;
  const statement = decidingStatement(sink);
  return statement !== null && writesCorsHeader(statement.consequent, sourceCode.visitorKeys);
}

/** True when `fn` reads a proxy's signed identity assertion and calls a verifier: the plain identity headers are vouched for. */
function verifiesSignedAssertion(fn: FunctionNode, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const seen = { assertion: false, verifier: false };
  walk(fn, visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && isSignedIdentityHeader(node.value)) seen.assertion = true;
    else if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) {
      const name = calleeName(node.callee);
      if (name !== null && nameWords(name).some((word) => VERIFY_WORDS.has(word))) seen.verifier = true;
    }
    return !(seen.assertion && seen.verifier);
  });
  return seen.assertion && seen.verifier;
}

export default createRule<Options, MessageIds>({
  name: 'no-spoofable-header-authorization',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow authorization decisions based on request headers the client can forge (Host, Origin, Referer, identity headers)',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-290', 'CWE-345', 'CWE-293'],
    },
    messages: {
      spoofableHeaderDecides:
        '`{{source}}` is written by the client and {{sink}}; authenticate the caller with a verified token or session instead of request metadata.',
      identityHeaderTrusted:
        '`{{source}}` is an identity header any client can send and {{sink}}; verify a signed token (the proxy\'s signed assertion or a bearer token) instead.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const visitorKeys = sourceCode.visitorKeys;

    /** True when the header is compared with the verified caller, or keys a query together with the caller's id. */
    function isMembershipCheck(flow: Flow, known: ReadonlySet<TSESTree.Node>): boolean {
      const scope = sourceCode.getScope(flow.sink.node);
      if (flow.sink.kind === 'query-key') return isCoKeyedWithCaller(flow.sink.node, scope, known);
      if (flow.sink.kind !== 'decision' && flow.sink.kind !== 'guard-return') return false;
      return comparisonPartners(flow.sink.node).some((partner) => isVerifiedIdentityValue(partner, scope, known));
    }

    function reportsSpoofable(flow: Flow): boolean {
      const { sink } = flow;
      if (sink.kind === 'identity') return sink.target === undefined || isIdentityTarget(sink.target);
      if (sink.kind === 'query-key') return sink.key === undefined || !isSiteKey(sink.key);
      const family = headerFamily(flow.source.name);
      if (family === 'cross-site' && isCrossSiteDefence(sink.node, sourceCode)) return false;
      if (!onlyRejects(flow, visitorKeys)) return true;
      // A check that only turns requests away is CSRF or host validation, unless it is "local hosts only".
      return family === 'host' && comparesWithInternalHost(flow, sourceCode.getScope(sink.node));
    }

    /** True when a handler around `node` is registered behind role middleware or tests the verified caller's role. */
    function inAdministratorHandler(node: TSESTree.Node): boolean {
      for (let current = node.parent; current; current = current.parent) {
        if (!isFunctionNode(current)) continue;
        if (registrationNames(current).some(isAuthorizationName)) return true;
        if (testsCallerRole(current, visitorKeys, (inner) => sourceCode.getScope(inner))) return true;
      }
      return false;
    }

    function reportsIdentityHeader(flow: Flow, signed: Map<FunctionNode, boolean>): boolean {
      const { sink } = flow;
      // An administrator may pick the tenant or user whose records they look at.
      if (sink.kind === 'query-key' && inAdministratorHandler(sink.node)) return false;
      if (sink.kind === 'decision') {
        const scope = sourceCode.getScope(sink.node);
        if (deniesPrivilegedValue(sink.node, sink.test, sink.comparedWith, scope, visitorKeys)) return false;
      }
      // A branch that answers the request counts only when a privileged value takes it (`X-User-Role: admin`).
      if (sink.kind === 'branch' && !picksPrivilegedBranch(sink.node, flow.source.name, sink.test, sink.comparedWith, sourceCode.getScope(sink.node))) {
        return false;
      }
      const fn = outermostFunction(sink.node);
      if (!fn) return true;
      let verified = signed.get(fn);
      if (verified === undefined) {
        verified = verifiesSignedAssertion(fn, visitorKeys);
        signed.set(fn, verified);
      }
      return !verified;
    }

    return {
      'Program:exit'() {
        const { flows } = getFlows(context);
        if (!flows.some((flow) => SOURCE_KINDS.has(flow.source.kind))) return;
        const known = verifiedClaimNodes(flows);
        const signed = new Map<FunctionNode, boolean>();
        const reported = new Set<TSESTree.Node>();
        const decisions = new Set<string>();
        for (const flow of flows) {
          const { source, sink } = flow;
          if (!SOURCE_KINDS.has(source.kind) || !SINK_KINDS.has(sink.kind) || reported.has(sink.node)) continue;
          if (isMembershipCheck(flow, known) || isPresenceGuard(flow, flows)) continue;
          const identity = source.kind === 'identity-header';
          if (identity ? !reportsIdentityHeader(flow, signed) : !reportsSpoofable(flow)) continue;
          if (repeatsReportedDecision(flow, decisions)) continue;
          reported.add(sink.node);
          context.report({
            node: sink.node,
            messageId: identity ? 'identityHeaderTrusted' : 'spoofableHeaderDecides',
            data: { source: shortName(source.name), sink: sink.description },
          });
        }
      },
    };
  },
});
