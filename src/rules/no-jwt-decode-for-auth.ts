import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getFlows, type Flow, type SinkKind } from '../flow';
import { repeatsReportedDecision } from '../flow/flow-decisions';
import { OAUTH_CLIENT_MODULES, REQUEST_NAMES, tokenKindOfGetter, tokenKindOfName } from '../models/oauth-tokens';
import { createRule } from '../utils/create-rule';
import { calleeName, rootIdentifier, unwrapValue } from '../utils/expressions';
import { isFunctionNode, type FunctionNode } from '../utils/functions';
import { getApiReferences } from '../utils/module-tracker';
import { getStatic } from '../utils/static-value';
import { decodedTokenOf, isSameToken, signatureCheckingSites } from '../flow/token-identity';
import { getVerifierSites, type VerifierSite } from '../utils/verifier-calls';

export type Options = [];
export type MessageIds = 'unverifiedClaims' | 'unverifiedHeader';

/** Where decoded claims do harm: they decide access, become the caller's identity, or key the caller's data. */
const CLAIM_SINKS: ReadonlySet<SinkKind> = new Set<SinkKind>(['decision', 'guard-return', 'identity', 'query-key']);
/** Timing claims: a decode that only reads them usually decides when to refresh a token, not who the caller is. */
const TIME_CLAIMS: ReadonlySet<string> = new Set(['exp', 'iat', 'nbf']);
/** Consequences that can let a request through; a check that only rejects before the token is verified cannot. */
const GRANTING: ReadonlySet<string> = new Set(['next', 'allow']);
const MAX_PATH_LENGTH = 40;
const NUMERIC = /^\d+$/u;

/** The claim a path ends in, skipping array indexes: `['roles', '0']` → `roles`. */
function claimOf(path: readonly string[]): string | undefined {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const member = path[index];
    if (member !== undefined && !NUMERIC.test(member)) return member;
  }
  return undefined;
}

function pathLabel(path: readonly string[]): string {
  const text = path.join('.');
  return text.length > MAX_PATH_LENGTH ? `…${text.slice(text.length - MAX_PATH_LENGTH + 1)}` : text;
}

function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}

function contains(outer: TSESTree.Node | null, inner: TSESTree.Node): boolean {
  return outer === null || (outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1]);
}

/** jose `UnsecuredJWT.decode` and jwt-simple `decode(t, key, true)`: no-unsigned-jwt reports the call itself. */
function isReportedAsUnsigned(site: VerifierSite, scope: Parameters<typeof getStatic>[1]): boolean {
  if (site.library === 'jose' && site.api === 'UnsecuredJWT.decode') return true;
  if (site.library !== 'jwt-simple') return false;
  const skip = site.argument('skipVerification');
  return skip !== undefined && Boolean(getStatic(skip, scope)?.value);
}

export default createRule<Options, MessageIds>({
  name: 'no-jwt-decode-for-auth',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow deciding access or identity from a JWT that was decoded but never verified',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-345', 'CWE-347'],
    },
    schema: [],
    messages: {
      unverifiedClaims:
        '{{value}} is not verified (anyone can write a token that decodes) and {{sink}}; verify the token with a verify API (`jwt.verify`, jose `jwtVerify`) and use the claims it returns instead.',
      unverifiedHeader:
        '{{value}} is the header of a token nobody verified and {{sink}}; verify the token first and take the identity from its verified claims instead.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    return {
      'Program:exit'() {
        const flows = getFlows(context).flows.filter(
          (flow) =>
            !flow.tokenVerified &&
            (flow.source.kind === 'decoded-token'
              ? CLAIM_SINKS.has(flow.sink.kind)
              : flow.source.kind === 'token-header' && flow.sink.kind === 'identity'),
        );
        if (flows.length === 0) return;

        const sites = getVerifierSites(context);
        const checking = signatureCheckingSites(sites, sourceCode);
        let clientFile: boolean | undefined;

        /** The token the source decoded, when the source is a decode call on a token. */
        function tokenOf(flow: Flow): TSESTree.Node | null {
          return decodedTokenOf(flow.source.node, sites, sourceCode);
        }

        /** The same token is verified after the decode, inside the decode's function (the "peek at `kid`, then verify" pattern). */
        function verifiedAfterwards(flow: Flow, token: TSESTree.Node): boolean {
          const owner = enclosingFunction(flow.source.node);
          return checking.some(
            (site) =>
              site.tokenNode !== undefined &&
              site.node.range[0] >= flow.source.node.range[1] &&
              contains(owner, site.node) &&
              isSameToken(site.tokenNode, token, sourceCode),
          );
        }

        /** A token an OAuth client obtained from the identity provider: no-client-access-token-inspection's concern, not a forged credential. */
        function isClientObtained(token: TSESTree.Node): boolean {
          clientFile ??= getApiReferences(context, OAUTH_CLIENT_MODULES).length > 0;
          if (!clientFile) return false;
          let value = unwrapValue(token);
          if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrapValue(value.argument);
          if (value.type === AST_NODE_TYPES.CallExpression) {
            const name = calleeName(value.callee);
            return name !== null && tokenKindOfGetter(name) !== null;
          }
          const root = rootIdentifier(value);
          if (root && REQUEST_NAMES.has(root.name)) return false;
          const name =
            value.type === AST_NODE_TYPES.Identifier
              ? value.name
              : value.type === AST_NODE_TYPES.MemberExpression
                ? calleeName(value)
                : null;
          return name !== null && tokenKindOfName(name) !== null;
        }

        function isUnsignedSource(flow: Flow): boolean {
          let value = unwrapValue(flow.source.node);
          while (value.type === AST_NODE_TYPES.MemberExpression) value = unwrapValue(value.object);
          if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrapValue(value.argument);
          const call = value;
          const site = sites.find((candidate) => candidate.node === call);
          return site !== undefined && isReportedAsUnsigned(site, sourceCode.getScope(site.node));
        }

        const reported = new Set<TSESTree.Node>();
        const decisions = new Set<string>();
        for (const flow of flows) {
          const { source, sink } = flow;
          if (reported.has(sink.node)) continue;
          const claim = claimOf(source.path);
          if (sink.kind === 'decision' && claim !== undefined && TIME_CLAIMS.has(claim)) continue;
          // `if (!decoded) return res.sendStatus(401)`: a presence check that only rejects grants nothing by itself.
          if (sink.kind === 'decision' && sink.test === 'truthy' && sink.consequence === 'deny' && source.path.length === 0) continue;
          if (isUnsignedSource(flow)) continue;
          const token = tokenOf(flow);
          if (token) {
            if (isClientObtained(token)) continue;
            if (!GRANTING.has(sink.consequence ?? '') && verifiedAfterwards(flow, token)) continue;
          }
          if (repeatsReportedDecision(flow, decisions)) continue;
          reported.add(sink.node);
          const value = source.path.length > 0 ? `\`${pathLabel(source.path)}\` from \`${source.name}\`` : `The result of \`${source.name}\``;
          context.report({
            node: sink.node,
            messageId: source.kind === 'token-header' ? 'unverifiedHeader' : 'unverifiedClaims',
            data: { value: value.charAt(0).toUpperCase() + value.slice(1), sink: sink.description },
          });
        }
      },
    };
  },
});
