import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  FILE_READ_CALLS,
  PATH_JOIN_CALLS,
  PUBLIC_KEY_CALLS,
  PUBLIC_KEY_PROPERTIES,
  SIGNING_KEY_LOOKUPS,
  algorithmFamily,
  isPem,
  isPublicKeyPath,
  isPublicKeyPem,
  keyKindOfName,
  proposedAlgorithm,
  type KeyKind,
} from '../models/jwt-algorithms';
import { missingBehaviour } from '../models/verifiers';
import { messageLabel, unwrapExpression } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { calleeName, memberKey, unwrapValue } from '../utils/expressions';
import { resolveFunction } from '../utils/functions';
import { insertProperty } from '../utils/object-edit';
import { getPropertyKey } from '../utils/options-object';
import { constInitializer, getStatic, getStaticString } from '../utils/static-value';
import { walk } from '../utils/traverse';
import { getVerifierSites, type VerifierSite } from '../utils/verifier-calls';

export type Options = [];
export type MessageIds =
  | 'missingAlgorithms'
  | 'requiredAlgorithmsMissing'
  | 'mixedAlgorithms'
  | 'algorithmFromToken'
  | 'hmacWithPublicKey'
  | 'addAlgorithms'
  | 'addAlgorithmsPlaceholder';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

const MAX_DEPTH = 5;
const PLACEHOLDER = `'RS256' /* the algorithm your issuer signs with */`;
/** Roles whose algorithms are an allow-list for incoming tokens (not `sign`'s single algorithm, not decoders). */
const CHECKING_ROLES: ReadonlySet<string> = new Set(['verify', 'middleware', 'strategy', 'register']);
/** Methods that pass key material through unchanged: `key.toString()`, `new TextEncoder().encode(secret)`. */
const PASS_THROUGH_METHODS: ReadonlySet<string> = new Set(['toString', 'trim', 'encode']);
const PASS_THROUGH_FUNCTIONS: ReadonlySet<string> = new Set(['String', 'from']);

interface Algorithms {
  readonly hmac: readonly string[];
  readonly asymmetric: readonly string[];
  /** Entries that are neither (unknown at lint time, `none`, unknown names). */
  readonly other: number;
}

function combineKinds(kinds: readonly KeyKind[]): KeyKind {
  const secret = kinds.includes('secret');
  const asymmetric = kinds.includes('asymmetric');
  if (secret === asymmetric) return 'unknown';
  return secret ? 'secret' : 'asymmetric';
}

/** What a file path expression names: `'keys/public.pem'`, `path.join(__dirname, 'jwt.pub')`, `` `${dir}/issuer.crt` ``. */
function pathKind(node: TSESTree.Node | undefined, scope: Scope, depth: number): KeyKind {
  if (!node || depth > MAX_DEPTH) return 'unknown';
  const target = unwrapValue(node);
  const text = getStaticString(target, scope);
  if (text !== null) return isPublicKeyPath(text) ? 'asymmetric' : 'unknown';
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    const last = target.quasis.at(-1)?.value.cooked ?? '';
    return last !== '' && isPublicKeyPath(last) ? 'asymmetric' : 'unknown';
  }
  if (target.type === AST_NODE_TYPES.CallExpression && PATH_JOIN_CALLS.has(calleeName(target.callee, scope) ?? '')) {
    const last = target.arguments.at(-1);
    return last && last.type !== AST_NODE_TYPES.SpreadElement ? pathKind(last, scope, depth + 1) : 'unknown';
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(target, scope);
    return init ? pathKind(init, scope, depth + 1) : 'unknown';
  }
  return 'unknown';
}

/** True for a call or member read that yields public key material or a JWKS lookup. */
function isPublicKeyNode(node: TSESTree.Node, scope: Scope): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const name = calleeName(node.callee, scope) ?? '';
    return SIGNING_KEY_LOOKUPS.has(name) || PUBLIC_KEY_CALLS.has(name);
  }
  // `.publicKey` / `.rsaPublicKey` of a jwks-rsa signing key; a bare `.public` is too common a name inside a callback.
  const name = node.type === AST_NODE_TYPES.MemberExpression ? memberKey(node, scope) : null;
  return name !== null && name !== 'public' && PUBLIC_KEY_PROPERTIES.has(name);
}

/** A key callback that looks its key up in a JWKS or hands back a public key. */
function functionKind(fn: TSESTree.Node, sourceCode: SourceCode, scope: Scope): KeyKind {
  const state = { found: false };
  walk(fn, sourceCode.visitorKeys, (node) => {
    if (state.found) return false;
    if (isPublicKeyNode(node, scope)) state.found = true;
    return !state.found;
  });
  return state.found ? 'asymmetric' : 'unknown';
}

/** What kind of key material an expression holds, when its spelling makes that clear. */
function keyKind(node: TSESTree.Node, sourceCode: SourceCode, scope: Scope, depth = 0): KeyKind {
  if (depth > MAX_DEPTH) return 'unknown';
  const target = unwrapValue(node);
  const text = getStaticString(target, scope);
  if (text !== null) {
    if (isPublicKeyPem(text)) return 'asymmetric';
    return isPem(text) || text === '' ? 'unknown' : 'secret';
  }
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(target, scope);
      const fromInit = init ? keyKind(init, sourceCode, scope, depth + 1) : 'unknown';
      if (fromInit !== 'unknown') return fromInit;
      const fn = resolveFunction(target, scope);
      if (fn && functionKind(fn, sourceCode, scope) === 'asymmetric') return 'asymmetric';
      return keyKindOfName(target.name);
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberKey(target, scope);
      if (name === null) return 'unknown';
      return PUBLIC_KEY_PROPERTIES.has(name) ? 'asymmetric' : keyKindOfName(name);
    }
    case AST_NODE_TYPES.AwaitExpression:
      return keyKind(target.argument, sourceCode, scope, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      const name = calleeName(target.callee, scope);
      if (name === null) return 'unknown';
      if (PUBLIC_KEY_CALLS.has(name)) return 'asymmetric';
      const [first] = target.arguments;
      if (FILE_READ_CALLS.has(name)) return pathKind(first, scope, depth + 1);
      const callee = unwrapValue(target.callee);
      if (PASS_THROUGH_METHODS.has(name) && callee.type === AST_NODE_TYPES.MemberExpression) {
        if (name !== 'encode') return keyKind(callee.object, sourceCode, scope, depth + 1);
        return first && first.type !== AST_NODE_TYPES.SpreadElement ? keyKind(first, sourceCode, scope, depth + 1) : 'unknown';
      }
      if (PASS_THROUGH_FUNCTIONS.has(name)) {
        return first && first.type !== AST_NODE_TYPES.SpreadElement ? keyKind(first, sourceCode, scope, depth + 1) : 'unknown';
      }
      return keyKindOfName(name);
    }
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return functionKind(target, sourceCode, scope);
    case AST_NODE_TYPES.ObjectExpression: {
      // @fastify/jwt `secret: { public, private }`.
      const keys = target.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? getPropertyKey(property, scope) : null));
      return keys.some((key) => key !== null && PUBLIC_KEY_PROPERTIES.has(key)) ? 'asymmetric' : 'unknown';
    }
    case AST_NODE_TYPES.LogicalExpression:
      return combineKinds([keyKind(target.left, sourceCode, scope, depth + 1), keyKind(target.right, sourceCode, scope, depth + 1)]);
    case AST_NODE_TYPES.ConditionalExpression: {
      const kinds = [keyKind(target.consequent, sourceCode, scope, depth + 1), keyKind(target.alternate, sourceCode, scope, depth + 1)];
      return kinds[0] === kinds[1] ? (kinds[0] ?? 'unknown') : 'unknown';
    }
    default:
      return 'unknown';
  }
}

/** The kind of key a site verifies with: its key argument or option, or its key provider (`secretOrKeyProvider`). */
function siteKeyKind(site: VerifierSite, sourceCode: SourceCode): KeyKind {
  const scope = sourceCode.getScope(site.node);
  const kinds: KeyKind[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const option of [...site.getAll('key'), ...site.getAll('keyProvider')]) {
    if (seen.has(option.value)) continue;
    seen.add(option.value);
    const kind = keyKind(option.value, sourceCode, scope);
    // An option named for public material (Nest's `publicKey`) says what it holds even when its value does not.
    kinds.push(kind === 'unknown' && keyKindOfName(option.key) === 'asymmetric' ? 'asymmetric' : kind);
  }
  if (site.keyNode && !seen.has(site.keyNode)) kinds.push(keyKind(site.keyNode, sourceCode, scope));
  return combineKinds(kinds);
}

/** The entries of an algorithm allow-list (an array, or jwt-simple's single name); `null` when it cannot be read. */
function readAlgorithms(node: TSESTree.Node, scope: Scope, depth = 0): Algorithms | null {
  if (depth > MAX_DEPTH) return null;
  const target = unwrapValue(node);
  const known = getStatic(target, scope);
  const names: (string | null)[] = [];
  if (known !== null) {
    const values: unknown[] = Array.isArray(known.value) ? known.value : [known.value];
    for (const value of values) names.push(typeof value === 'string' ? value : null);
  } else if (target.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of target.elements) {
      if (element === null) continue;
      names.push(element.type === AST_NODE_TYPES.SpreadElement ? null : getStaticString(element, scope));
    }
  } else if (target.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(target, scope);
    return init ? readAlgorithms(init, scope, depth + 1) : null;
  } else {
    return null;
  }
  const hmac: string[] = [];
  const asymmetric: string[] = [];
  let other = 0;
  for (const name of names) {
    const family = name === null ? 'unknown' : algorithmFamily(name);
    if (name !== null && family === 'hmac') hmac.push(name);
    else if (name !== null && family === 'asymmetric') asymmetric.push(name);
    else other += 1;
  }
  return { hmac, asymmetric, other };
}

function listLabel(names: readonly string[]): string {
  return [...new Set(names)].join(', ');
}

/** The node a missing allow-list is reported on: the options argument, or the callee when there is none. */
function missingReportNode(site: VerifierSite): TSESTree.Node {
  const index = site.entry.optionsIndex;
  const argument = index === undefined ? undefined : site.node.arguments[index];
  return argument ?? site.node.callee;
}

/**
 * The element of an allow-list read from a token's own header: `[decoded.header.alg]`, `[header?.alg]`.
 * Nothing but a JOSE header has an `alg` member, so the shape alone is precise.
 */
function algorithmFromTokenHeader(list: TSESTree.Node): TSESTree.Node | null {
  const elements = list.type === AST_NODE_TYPES.ArrayExpression ? list.elements : [list];
  for (const element of elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
    const value = unwrapExpression(element);
    if (value.type === AST_NODE_TYPES.MemberExpression && !value.computed && value.property.type === AST_NODE_TYPES.Identifier && value.property.name === 'alg') {
      return element;
    }
  }
  return null;
}

export default createRule<Options, MessageIds>({
  name: 'require-jwt-algorithms',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require JWT verification to pin its signature algorithms to the family of its key',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-347', 'CWE-327'],
    },
    hasSuggestions: true,
    messages: {
      missingAlgorithms:
        "`{{api}}` is given no algorithm, so the token's own `alg` header decides how its signature is checked (key confusion); pass the algorithm your tokens are signed with.",
      requiredAlgorithmsMissing:
        "express-jwt is given no `algorithms` allow-list: version 6 and later throw at startup, and older versions let the token's `alg` header decide how it is checked (CVE-2020-15084); list the algorithms your issuer signs with.",
      algorithmFromToken:
        "The allow-list takes `{{expression}}` from the token being verified, so the attacker picks the algorithm (including `none` or HMAC with the public key); list the algorithms your issuer signs with instead.",
      mixedAlgorithms:
        'This allow-list mixes HMAC ({{hmac}}) with public-key algorithms ({{asymmetric}}), so a token signed with the public key used as an HMAC secret can pass (key confusion); keep only the family of your verification key.',
      hmacWithPublicKey:
        'Only HMAC algorithms ({{hmac}}) are allowed while the key is public key material, so anyone holding the public key can sign tokens that pass; allow the public-key algorithm your issuer signs with, such as RS256.',
      addAlgorithms: 'Allow only {{algorithm}}, the algorithm family of this key.',
      addAlgorithmsPlaceholder: 'Add an algorithm allow-list and fill in the algorithm your issuer signs with.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;

    function suggestionFor(site: VerifierSite, kind: KeyKind): TSESLint.ReportSuggestionArray<MessageIds> {
      const algorithm = proposedAlgorithm(kind);
      const quoted = algorithm === null ? PLACEHOLDER : `'${algorithm}'`;
      const messageId: MessageIds = algorithm === null ? 'addAlgorithmsPlaceholder' : 'addAlgorithms';
      const data = { algorithm: algorithm ?? '' };
      const args = site.node.arguments;

      // jwt-simple `decode(token, key[, noVerify])`: the algorithm is the fourth argument.
      const position = site.entry.positional?.find((spec) => spec.meaning === 'algorithms')?.index;
      if (position !== undefined) {
        const last = args.at(-1);
        if (!last || args.length < 2 || args.length > position) return [];
        const text = args.length === position ? `, ${quoted}` : `, false, ${quoted}`;
        return [{ messageId, data, fix: (fixer) => fixer.insertTextAfter(last, text) }];
      }

      const property = `algorithms: [${quoted}]`;
      const object = site.options?.objects[0];
      if (object) return [{ messageId, data, fix: (fixer) => insertProperty(fixer, sourceCode, object, property) }];
      const index = site.entry.optionsIndex;
      const closing = sourceCode.getLastToken(site.node);
      if (index === undefined || args.length !== index || closing?.value !== ')') return [];
      const before = sourceCode.getTokenBefore(closing);
      const prefix = args.length === 0 ? '' : before?.value === ',' ? ' ' : ', ';
      return [{ messageId, data, fix: (fixer) => fixer.insertTextBefore(closing, `${prefix}{ ${property} }`) }];
    }

    function isMissing(site: VerifierSite): boolean {
      if (site.node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
      // jwt-simple with `noVerify` set checks no signature at all: the algorithm is moot (another rule's finding).
      const skip = site.argument('skipVerification');
      if (skip && getStatic(skip, sourceCode.getScope(site.node))?.value) return false;
      if (site.missing('algorithms')) return true;
      // express-jwt requires the list: report it under the same closed-options condition `missing` applies.
      return (
        missingBehaviour(site.entry, 'algorithms') === 'required' &&
        site.closed &&
        site.getAll('algorithms').length === 0 &&
        !site.argument('algorithms')
      );
    }

    return {
      'Program:exit'() {
        const reported = new Set<TSESTree.Node>();
        for (const site of getVerifierSites(context)) {
          if (!CHECKING_ROLES.has(site.role)) continue;
          const scope = sourceCode.getScope(site.node);
          const list = site.get('algorithms')?.value ?? site.argument('algorithms');

          if (!list) {
            if (!isMissing(site)) continue;
            const required = missingBehaviour(site.entry, 'algorithms') === 'required';
            context.report({
              node: missingReportNode(site),
              messageId: required ? 'requiredAlgorithmsMissing' : 'missingAlgorithms',
              data: { api: site.api },
              suggest: suggestionFor(site, siteKeyKind(site, sourceCode)),
            });
            continue;
          }

          if (reported.has(list)) continue;
          const fromToken = algorithmFromTokenHeader(list);
          if (fromToken) {
            reported.add(list);
            context.report({ node: fromToken, messageId: 'algorithmFromToken', data: { expression: messageLabel(sourceCode.getText(fromToken)) } });
            continue;
          }
          const algorithms = readAlgorithms(list, scope);
          if (!algorithms) continue;
          // jose binds each algorithm to its key type, so a mixed list cannot be confused there.
          if (algorithms.hmac.length > 0 && algorithms.asymmetric.length > 0 && site.library !== 'jose') {
            reported.add(list);
            context.report({
              node: list,
              messageId: 'mixedAlgorithms',
              data: { hmac: listLabel(algorithms.hmac), asymmetric: listLabel(algorithms.asymmetric) },
            });
            continue;
          }
          if (algorithms.hmac.length === 0 || algorithms.asymmetric.length > 0 || algorithms.other > 0) continue;
          if (siteKeyKind(site, sourceCode) !== 'asymmetric') continue;
          reported.add(list);
          context.report({ node: list, messageId: 'hmacWithPublicKey', data: { hmac: listLabel(algorithms.hmac) } });
        }
      },
    };
  },
});
