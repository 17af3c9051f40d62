import type { TSESTree } from '@typescript-eslint/utils';
import { getFlows, type Flow, type SinkKind } from '../flow';
import { isAuthorizationName, isIdentityTarget, isRoleClaimName } from '../models/request-authorization';
import { createRule } from '../utils/create-rule';
import {
  comparisonPartners,
  deniesPrivilegedValue,
  isCoKeyedWithCaller,
  isPresenceGuard,
  isVerifiedIdentityValue,
  picksPrivilegedBranch,
  registrationNames,
  shortName,
  testsCallerRole,
  verifiedClaimNodes,
  repeatsReportedDecision,
} from '../flow/flow-decisions';
import { isFunctionNode, type FunctionNode } from '../utils/functions';

export type Options = [];
export type MessageIds = 'clientControlsAccess' | 'clientControlsQueryKey';

const SINK_KINDS: ReadonlySet<SinkKind> = new Set<SinkKind>(['decision', 'guard-return', 'identity', 'query-key', 'branch']);

/** The functions around `node`, innermost first. */
function enclosingFunctions(node: TSESTree.Node): FunctionNode[] {
  const functions: FunctionNode[] = [];
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) functions.push(current);
  return functions;
}

/** A key that names one client value in one handler: the same field read twice gives the same key. */
function sourceKey(flow: Flow): string {
  return [flow.source.name, ...flow.source.path].join('.');
}

/** True when the handler of `node` is registered behind role or permission middleware, a role decorator, or on an admin router. */
function behindAuthorization(node: TSESTree.Node): boolean {
  return enclosingFunctions(node).some((fn) => registrationNames(fn).some(isAuthorizationName));
}

/** True for a claims flow that tests a role or permission of the verified caller (`if (req.user.role !== 'admin')`). */
function isRoleCheck(flow: Flow): boolean {
  if (flow.source.kind !== 'claims' || (flow.sink.kind !== 'decision' && flow.sink.kind !== 'guard-return')) return false;
  return flow.source.path.some(isRoleClaimName);
}

export default createRule<Options, MessageIds>({
  name: 'no-client-controlled-authorization',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow authorization decisions and data-access keys taken from fields the client sends (body, query, params, cookies)',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-807', 'CWE-639'],
    },
    messages: {
      clientControlsAccess:
        '`{{source}}` is sent by the client and {{sink}}; take roles and identity from the verified token or session (`req.user`) instead.',
      clientControlsQueryKey:
        '`{{source}}` is sent by the client and {{sink}}; scope the query to the verified caller (`req.user`) or check that the caller may access that record first.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const visitorKeys = sourceCode.visitorKeys;

    /** True when the client value is only compared with the verified caller: an ownership or membership check. */
    function isOwnershipCheck(flow: Flow, known: ReadonlySet<TSESTree.Node>): boolean {
      if (flow.sink.kind !== 'decision' && flow.sink.kind !== 'guard-return') return false;
      const scope = sourceCode.getScope(flow.sink.node);
      return comparisonPartners(flow.sink.node).some((partner) => isVerifiedIdentityValue(partner, scope, known));
    }

    return {
      'Program:exit'() {
        const { flows } = getFlows(context);
        const candidates = flows.filter((flow) => flow.source.kind === 'client-field' && SINK_KINDS.has(flow.sink.kind));
        if (candidates.length === 0) return;
        const known = verifiedClaimNodes(flows);

        // Client values the handler checks against the verified caller (a comparison, or a query that is also keyed
        // by the caller: a membership lookup), and handlers that test the caller's role: the value is then the
        // caller's own, or the caller is an administrator acting on someone else's record.
        const checked = new Set<string>();
        const ownershipChecks = new Set<Flow>();
        for (const flow of candidates) {
          const scope = sourceCode.getScope(flow.sink.node);
          const coKeyed = flow.sink.kind === 'query-key' && isCoKeyedWithCaller(flow.sink.node, scope, known);
          if (!coKeyed && !isOwnershipCheck(flow, known)) continue;
          ownershipChecks.add(flow);
          for (const fn of enclosingFunctions(flow.sink.node)) checked.add(`${String(fn.range[0])}:${sourceKey(flow)}`);
        }
        const roleGated = new Map<FunctionNode, boolean>();
        for (const flow of flows) if (isRoleCheck(flow)) for (const fn of enclosingFunctions(flow.sink.node)) roleGated.set(fn, true);
        const isRoleGated = (fn: FunctionNode): boolean => {
          let gated = roleGated.get(fn);
          if (gated === undefined) {
            gated = testsCallerRole(fn, visitorKeys, (node) => sourceCode.getScope(node));
            roleGated.set(fn, gated);
          }
          return gated;
        };

        const reported = new Set<TSESTree.Node>();
        const decisions = new Set<string>();
        for (const flow of candidates) {
          const { source, sink } = flow;
          if (reported.has(sink.node) || ownershipChecks.has(flow) || isPresenceGuard(flow, candidates)) continue;
          if (sink.kind === 'identity' && sink.target !== undefined && !isIdentityTarget(sink.target)) continue;
          if (sink.kind === 'decision') {
            const scope = sourceCode.getScope(sink.node);
            if (deniesPrivilegedValue(sink.node, sink.test, sink.comparedWith, scope, visitorKeys)) continue;
          }
          // A branch that answers the request counts only when a privileged value takes it.
          if (sink.kind === 'branch' && !picksPrivilegedBranch(sink.node, source.name.slice(source.name.lastIndexOf('.') + 1), sink.test, sink.comparedWith, sourceCode.getScope(sink.node))) {
            continue;
          }
          // Behind a role check (in the handler or its registration), the caller is a verified administrator acting on
          // someone else's record; a client value the handler checked against the caller is the caller's own.
          const functions = enclosingFunctions(sink.node);
          if (functions.some((fn) => checked.has(`${String(fn.range[0])}:${sourceKey(flow)}`) || isRoleGated(fn))) continue;
          if (behindAuthorization(sink.node) || repeatsReportedDecision(flow, decisions)) continue;
          reported.add(sink.node);
          context.report({
            node: sink.node,
            messageId: sink.kind === 'query-key' ? 'clientControlsQueryKey' : 'clientControlsAccess',
            data: { source: shortName(source.name), sink: sink.description },
          });
        }
      },
    };
  },
});
