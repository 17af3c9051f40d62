/**
 * Token identity: which token a decode call was applied to, and whether two expressions name the same token. For the
 * token rules that must tell "peek at the token, then verify it" (harmless) from "decode it and trust it" (a bypass):
 * `jwt.decode(token)` followed by `jwt.verify(token, key)` in the same function is the usual JWKS pattern.
 *
 * A token is recognised through the shapes decoders take it in: the first argument of a decode call
 * (`jwt.decode(token, { complete: true })`, `jwtDecode(req.headers.authorization.split(' ')[1])`), the receiver of the
 * `split('.')` in a hand-written decode (`JSON.parse(atob(token.split('.')[1]))`), through member reads of the result
 * (`jwt.decode(t, { complete: true }).header`), `await` and TypeScript wrappers. Two expressions name the same token
 * when they resolve to the same variable, or when their source text (or that of the `const` they are bound to) is the
 * same member path once optional chaining, non-null assertions and blanks are removed.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrapExpression } from '../utils/ast';
import { findBinding } from '../utils/bindings';
import { isFunctionNode } from '../utils/functions';
import { constInitializer, getStatic, getStaticString } from '../utils/static-value';
import { walk } from '../utils/traverse';
import type { VerifierSite } from '../utils/verifier-calls';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

const MAX_DEPTH = 6;

/** The `x.split('.')` call inside `node`, if any: the hand-written JWT decode splits the token on its dots. */
function findDotSplit(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | null {
  let found: TSESTree.Node | null = null;
  walk(node, sourceCode.visitorKeys, (current) => {
    if (found) return false;
    if (isFunctionNode(current)) return false;
    if (current.type !== AST_NODE_TYPES.CallExpression) return true;
    const callee = unwrapExpression(current.callee);
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      !callee.computed &&
      callee.property.type === AST_NODE_TYPES.Identifier &&
      callee.property.name === 'split' &&
      getStaticString(current.arguments[0], sourceCode.getScope(current)) === '.'
    ) {
      found = callee.object;
      return false;
    }
    return true;
  });
  return found;
}

/**
 * The token a decode-like expression reads: `token` for `jwt.decode(token)`, `jwtDecode(token).sub`,
 * `(await decodeJwt(token))`, `JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())`;
 * `null` when the expression is not a call on a token (a key callback's `header` parameter).
 */
export function decodedTokenOf(node: TSESTree.Node, sites: readonly VerifierSite[], sourceCode: SourceCode): TSESTree.Node | null {
  let current = unwrapExpression(node);
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
    else if (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
    else break;
  }
  if (current.type !== AST_NODE_TYPES.CallExpression) return null;
  const call = current;
  const site = sites.find((candidate) => candidate.node === call);
  if (site?.tokenNode) return site.tokenNode;
  const split = findDotSplit(call, sourceCode);
  if (split) return split;
  const first = call.arguments[0];
  return first && first.type !== AST_NODE_TYPES.SpreadElement ? first : null;
}

/** Source text with optional chaining, non-null assertions and blanks removed: `req?.headers!.authorization` → `req.headers.authorization`. */
function normalizedText(node: TSESTree.Node, sourceCode: SourceCode): string {
  return sourceCode.getText(unwrapExpression(node)).replace(/\s+/gu, '').replaceAll('?.', '.').replaceAll('!', '');
}

/** The identities of a token expression: its variable (when a plain name), its text, and the text of the `const` it is bound to. */
function identities(node: TSESTree.Node, sourceCode: SourceCode): Set<unknown> {
  const keys = new Set<unknown>();
  const target = unwrapExpression(node);
  keys.add(normalizedText(target, sourceCode));
  if (target.type === AST_NODE_TYPES.Identifier) {
    const scope: Scope = sourceCode.getScope(target);
    const variable = findBinding(target, scope);
    if (variable) keys.add(variable);
    const init = constInitializer(target, scope);
    if (init) keys.add(normalizedText(init, sourceCode));
  }
  return keys;
}

/** True when `a` and `b` name the same token (same variable, same member path, or a `const` bound to that path). */
export function isSameToken(a: TSESTree.Node, b: TSESTree.Node, sourceCode: SourceCode): boolean {
  const left = identities(a, sourceCode);
  for (const key of identities(b, sourceCode)) if (left.has(key)) return true;
  return false;
}

/** The sites that check a token's signature: verify calls with a token argument, not jwt-simple's `noVerify` form. */
export function signatureCheckingSites(sites: readonly VerifierSite[], sourceCode: SourceCode): VerifierSite[] {
  return sites.filter((site) => {
    if (site.role !== 'verify' || !site.entry.checksSignature || !site.tokenNode) return false;
    const skip = site.argument('skipVerification');
    return !skip || !getStatic(skip, sourceCode.getScope(site.node))?.value;
  });
}
