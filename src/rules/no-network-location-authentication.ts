import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getFlows, type Flow } from '../flow';
import { repeatsReportedDecision } from '../flow/flow-decisions';
import { DEFAULT_ALLOW_PATHS, IP_FILTER_APIS, isUnderAllowedPath, type IpFilterApi } from '../models/ip-filters';
import { isIdentityPath, isRequestParameterName } from '../models/request-identity';
import { isRegExpLiteral, messageLabel, staticMemberName, unwrapTypeScript } from '../utils/ast';
import { enclosingFunctions } from '../utils/call-sites';
import { createRule } from '../utils/create-rule';
import { isBlocklistTest } from '../flow/decision-polarity';
import { isUnderDevelopmentGuard } from '../utils/dev-guard';
import type { FunctionNode } from '../utils/functions';
import { getApiCalls, type ApiSet } from '../utils/module-tracker';
import { readOptionsObject } from '../utils/options-object';
import { isAuthenticatedRegistration, registrationsOf, type RouteRegistration } from '../flow/route-registrations';
import { getStatic } from '../utils/static-value';
import { walk } from '../utils/traverse';

export type Options = [
  {
    /** Paths (and the paths below them) of health, readiness and metrics endpoints that an address check may guard alone. */
    allowPaths?: string[];
  },
];
export type MessageIds = 'networkLocationDecides' | 'ipAllowlistOnlyGate';

const OWNED_SINKS: ReadonlySet<string> = new Set(['decision', 'guard-return', 'identity']);
const MAX_NAME_LENGTH = 40;
const FILTER_APIS: ApiSet = IP_FILTER_APIS;

function shortName(name: string): string {
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

/** True when `node` is written to rather than read: `req.user = ...`, `delete req.user`. */
function isWritten(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === node;
  return parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete';
}

/**
 * True when `fn` reads what authentication middleware stored on the request (`req.user`, `req.auth`,
 * `ctx.state.user`, `res.locals.user`), outside `test`: the handler works with a verified identity of its own.
 */
function readsVerifiedIdentity(fn: FunctionNode, test: TSESTree.Node | null, visitorKeys: Parameters<typeof walk>[1]): boolean {
  const roots = new Set<string>();
  for (const param of fn.params.slice(0, 2)) {
    const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
    if (target.type === AST_NODE_TYPES.Identifier) roots.add(target.name);
  }
  let found = false;
  walk(fn.body, visitorKeys, (node) => {
    if (found || node === test) return false;
    if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.Identifier) return;
    if (!roots.has(node.object.name) && !isRequestParameterName(node.object.name)) return;
    const path: string[] = [];
    let current: TSESTree.MemberExpression = node;
    for (;;) {
      const name = staticMemberName(current);
      if (name === null) break;
      path.push(name);
      const parent = current.parent;
      if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current) break;
      current = parent;
    }
    if (isIdentityPath(path) && !isWritten(current)) found = true;
    return;
  });
  return found;
}

/** The condition a decision sink sits in: the test of the nearest `if`, `?:`, loop or `switch`. */
function enclosingTest(node: TSESTree.Node): TSESTree.Node | null {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        return current.test === child ? child : null;
      case AST_NODE_TYPES.SwitchStatement:
        return current.discriminant === child ? child : null;
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.BlockStatement:
        return null;
      default:
        break;
    }
    child = current;
  }
  return null;
}

export default createRule<Options, MessageIds>({
  name: 'no-network-location-authentication',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow granting access because of the network address a request comes from',
      recommended: 'strict',
      principle: 'assume-breach',
      cwe: ['CWE-290'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowPaths: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Paths of health, readiness and metrics endpoints (and the paths below them) that an address check may guard on its own.',
          },
        },
      },
    ],
    messages: {
      networkLocationDecides:
        '`{{source}}` tells where the request came from, not who sent it, and it {{sink}}; require a verified identity (a token, a session or an mTLS client certificate) as well.',
      ipAllowlistOnlyGate:
        'This {{library}} allowlist is the only gate on {{where}}, and an address says where a request came from, not who sent it; add authentication middleware to the same chain.',
    },
    defaultOptions: [{ allowPaths: [...DEFAULT_ALLOW_PATHS] }],
  },
  create(context, [{ allowPaths = [] }]) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();

    /** The registrations of the innermost enclosing function that is registered as a handler or middleware. */
    function handlerOf(node: TSESTree.Node): { fn: FunctionNode; registrations: readonly RouteRegistration[] } | null {
      for (const fn of enclosingFunctions(node)) {
        const registrations = registrationsOf(sourceCode, fn);
        if (registrations.length > 0) return { fn, registrations };
      }
      return null;
    }

    function isAllowedPath(registration: RouteRegistration): boolean {
      return registration.path !== null && isUnderAllowedPath(registration.path, allowPaths);
    }

    /** True when the flow's handler is protected elsewhere, or serves a health endpoint. */
    function isExcusedFlow(flow: Flow): boolean {
      // A blocklist (`if (banned.has(ip)) return deny()`) lets nobody in, so it authenticates nothing.
      if (flow.sink.kind === 'decision' && flow.sink.consequence === 'deny' && isBlocklistTest(flow.sink.node)) return true;
      // A local-development shortcut (`if (isDev && ip === '127.0.0.1')`) is a choice, not a production defect.
      if (isUnderDevelopmentGuard(flow.sink.node)) return true;
      const handler = handlerOf(flow.sink.node);
      if (handler) {
        const { fn, registrations } = handler;
        const excused = registrations.every(
          (registration) => isAllowedPath(registration) || isAuthenticatedRegistration(sourceCode, registration, (node) => node === fn),
        );
        if (excused) return true;
      }
      // An address check that only turns requests away adds to an identity check the handler makes itself.
      if (flow.sink.kind === 'decision' && flow.sink.consequence === 'deny') {
        const fn = handler?.fn ?? enclosingFunctions(flow.sink.node)[0];
        if (fn && readsVerifiedIdentity(fn, enclosingTest(flow.sink.node), sourceCode.visitorKeys)) return true;
      }
      return false;
    }

    /** True when the filter call lets a request through because of its address (allow mode, or a koa-ip whitelist). */
    function isAllowList(call: TSESTree.CallExpression | TSESTree.NewExpression, api: IpFilterApi): boolean {
      const argument = call.arguments[api.optionsArgument];
      if (!argument) return false;
      const scope = sourceCode.getScope(call);
      const value = unwrapTypeScript(argument);
      if (api.listIsAllowList) {
        if (value.type === AST_NODE_TYPES.ArrayExpression) return value.elements.length > 0;
        if (isRegExpLiteral(value) || typeof getStatic(value, scope)?.value === 'string') return true;
        const list = getStatic(value, scope)?.value;
        if (Array.isArray(list)) return list.length > 0;
      }
      const options = readOptionsObject(argument, scope);
      if (!options) return false;
      if (api.mode) {
        const mode = options.get(api.mode.key);
        if (mode?.staticValue?.value === api.mode.allowValue) return true;
      }
      return api.allowListKeys.some((key) => {
        const list = options.get(key);
        if (!list) return false;
        const listValue = unwrapTypeScript(list.value);
        if (listValue.type === AST_NODE_TYPES.ArrayExpression) return listValue.elements.length > 0;
        if (!list.staticValue) return true;
        const known = list.staticValue.value;
        return Array.isArray(known) ? known.length > 0 : typeof known === 'string' && known.length > 0;
      });
    }

    function checkFilters(): void {
      for (const reference of getApiCalls(context, FILTER_APIS)) {
        const api = reference.api as IpFilterApi;
        const call = reference.node;
        if (!isAllowList(call, api)) continue;
        const isFilter = (node: TSESTree.Node): boolean => node === call;
        const registrations = registrationsOf(sourceCode, call).filter((registration) => !isAllowedPath(registration));
        const unprotected = registrations.find((registration) => !isAuthenticatedRegistration(sourceCode, registration, isFilter));
        if (!unprotected || reported.has(call)) continue;
        reported.add(call);
        const where = unprotected.path === null ? 'these routes' : `\`${messageLabel(unprotected.path).slice(0, MAX_NAME_LENGTH)}\``;
        context.report({ node: call, messageId: 'ipAllowlistOnlyGate', data: { library: api.library, where } });
      }
    }

    return {
      'Program:exit'() {
        const { flows } = getFlows(context);
        // A value that may also come from a forgeable header is the spoofable-IP rule's finding, reported once there.
        const spoofable = new Set(flows.filter((flow) => flow.source.kind === 'spoofable-ip').map((flow) => flow.sink.node));
        const decisions = new Set<string>();
        for (const flow of flows) {
          if (flow.source.kind !== 'network-location' || !OWNED_SINKS.has(flow.sink.kind)) continue;
          const node = flow.sink.node;
          if (reported.has(node) || spoofable.has(node) || isExcusedFlow(flow) || repeatsReportedDecision(flow, decisions)) continue;
          reported.add(node);
          context.report({
            node,
            messageId: 'networkLocationDecides',
            data: { source: shortName(flow.source.name), sink: flow.sink.description },
          });
        }
        checkFilters();
      },
    };
  },
});
