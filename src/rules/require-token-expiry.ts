import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  DEFAULT_MAX_EXPIRES_IN_SECONDS,
  DEFAULT_MAX_REFRESH_EXPIRES_IN_SECONDS,
  EXPIRY_CLAIM,
  TOKEN_TYPE_CLAIMS,
  describeDuration,
  isRefreshName,
  isRefreshTypeValue,
  spanLiteral,
  suggestedLifetime,
} from '../models/token-expiry';
import { durationInSeconds, type DurationUnit } from '../models/verifiers';
import { AST_NODE_TYPES, outermostExpressionWrapper, staticMemberName, unwrapExpression } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { removeListItem } from '../utils/fix';
import { isFunctionNode } from '../utils/functions';
import { insertProperty } from '../utils/object-edit';
import { getPropertyKey, readOptionsObject, type OptionsObject } from '../utils/options-object';
import { getStatic } from '../utils/static-value';
import { getVerifierSites, type SiteOption, type VerifierSite } from '../utils/verifier-calls';
import { textHolds } from '../utils/text-gate';

export type Options = [
  {
    /** The longest lifetime, in seconds, an access (or other non-refresh) token may be issued with. */
    maxExpiresInSeconds?: number;
    /** The longest lifetime, in seconds, a refresh token may be issued with. */
    maxRefreshExpiresInSeconds?: number;
  },
];
export type MessageIds = 'missingExpiry' | 'noTimestamp' | 'lifetimeTooLong' | 'addExpiry' | 'removeNoTimestamp' | 'shortenLifetime';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Module markers: a file that names none of these cannot issue a token through a modelled library. */
const FILE_MARKERS: readonly string[] = ['jsonwebtoken', 'jose', 'fast-jwt', '@fastify/jwt', '@nestjs/jwt', 'fastify', 'jwt-simple'];

/** The unit jose's `setExpirationTime` reads a string in (a number there is an absolute time, never a lifetime). */
const JOSE_SPAN_UNIT: DurationUnit = 'seconds-or-jose-span';
const JOSE_EXPIRY_METHOD = 'setExpirationTime';
const JOSE_SIGN_METHOD = 'sign';

/** How an expiry is added at a site: an option, a builder call, or nothing we can write. */
type ExpiryEdit = ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[]) | null;

/** The name the value of `node` is given: the variable, property or assignment target it lands in. */
function receivingName(node: TSESTree.Node, scope: Scope): string | null {
  let current = outermostExpressionWrapper(node);
  while (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = outermostExpressionWrapper(current.parent);
  const parent = current.parent;
  if (!parent) return null;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === current) {
    const left = parent.left;
    if (left.type === AST_NODE_TYPES.Identifier) return left.name;
    if (left.type === AST_NODE_TYPES.MemberExpression) return staticMemberName(left);
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === current) return getPropertyKey(parent, scope);
  return null;
}

/** The name of the function `node` sits in: a declaration, a `const f = () => …`, a method or an object property. */
function enclosingFunctionName(node: TSESTree.Node, scope: Scope): string | null {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    if (current.id) return current.id.name;
    const parent = current.parent;
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
    if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.PropertyDefinition) {
      return parent.type === AST_NODE_TYPES.Property ? getPropertyKey(parent, scope) : parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : null;
    }
    return null;
  }
  return null;
}

/** The builder calls chained on `new SignJWT(p)`, up to and including `.sign(key)`; `null` when the chain does not reach `.sign`. */
function joseChain(node: TSESTree.Node): { methods: Map<string, TSESTree.CallExpression>; sign: TSESTree.CallExpression } | null {
  const methods = new Map<string, TSESTree.CallExpression>();
  let current: TSESTree.Node = outermostExpressionWrapper(node);
  for (;;) {
    const member = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return null;
    const call = member.parent;
    const name = staticMemberName(member);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || name === null) return null;
    if (name === JOSE_SIGN_METHOD) return { methods, sign: call };
    methods.set(name, call);
    current = outermostExpressionWrapper(call);
  }
}

/** The payload object when every key of it is known. */
function closedPayload(node: TSESTree.Node | undefined, scope: Scope): OptionsObject | null {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return null;
  const payload = readOptionsObject(node, scope);
  return payload?.closed ? payload : null;
}

function payloadSaysRefresh(payload: OptionsObject | null): boolean {
  return payload?.properties.some((property) => TOKEN_TYPE_CLAIMS.has(property.key) && isRefreshTypeValue(property.staticValue?.value)) === true;
}

export default createRule<Options, MessageIds>({
  name: 'require-token-expiry',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require issued tokens to expire, and within a bounded lifetime',
      recommended: 'strict',
      principle: 'assume-breach',
      cwe: ['CWE-613'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxExpiresInSeconds: {
            type: 'number',
            minimum: 1,
            description: 'The longest lifetime, in seconds, an access (or other non-refresh) token may be issued with.',
          },
          maxRefreshExpiresInSeconds: {
            type: 'number',
            minimum: 1,
            description: 'The longest lifetime, in seconds, a refresh token may be issued with.',
          },
        },
      },
    ],
    messages: {
      missingExpiry:
        'This {{api}} issues a token that never expires, so a stolen copy stays valid until the signing key changes; give it a short lifetime with {{how}}.',
      noTimestamp:
        '`noTimestamp: true` leaves `iat` out of the token, so verifiers cannot bound its age or reject tokens issued before a revocation; remove it.',
      lifetimeTooLong:
        'This {{kind}} token lives {{lifetime}}, longer than the {{limit}} allowed, so a stolen copy stays useful that long; shorten it and renew through a refresh flow instead.',
      addExpiry: 'Add {{how}}.',
      removeNoTimestamp: 'Remove `noTimestamp: true` so the token carries `iat`.',
      shortenLifetime: 'Shorten the lifetime to {{value}}.',
    },
    defaultOptions: [{ maxExpiresInSeconds: DEFAULT_MAX_EXPIRES_IN_SECONDS, maxRefreshExpiresInSeconds: DEFAULT_MAX_REFRESH_EXPIRES_IN_SECONDS }],
  },
  create(context, [options]) {
    const sourceCode: SourceCode = context.sourceCode;
    if (!FILE_MARKERS.some((marker) => textHolds(sourceCode, marker))) return {};
    const accessLimit = options.maxExpiresInSeconds ?? DEFAULT_MAX_EXPIRES_IN_SECONDS;
    const refreshLimit = options.maxRefreshExpiresInSeconds ?? DEFAULT_MAX_REFRESH_EXPIRES_IN_SECONDS;

    /** True when the names around the sign site say it issues a refresh token. */
    function isRefreshSite(site: VerifierSite, issued: TSESTree.Node, payload: OptionsObject | null): boolean {
      const scope = sourceCode.getScope(site.node);
      if (payloadSaysRefresh(payload)) return true;
      if (site.keyNode && isRefreshName(sourceCode.getText(site.keyNode))) return true;
      const receiver = receivingName(issued, scope);
      if (receiver !== null) return isRefreshName(receiver);
      const fn = enclosingFunctionName(site.node, scope);
      return fn !== null && isRefreshName(fn);
    }

    function checkLifetime(value: TSESTree.Node, unit: DurationUnit, refresh: boolean, quote: (span: string) => string): void {
      const known = getStatic(value, sourceCode.getScope(value));
      if (!known) return;
      const seconds = durationInSeconds(unit, known.value);
      const limit = refresh ? refreshLimit : accessLimit;
      if (seconds === null || seconds <= limit) return;
      const replacement = quote(spanLiteral(suggestedLifetime(refresh, limit)));
      context.report({
        node: value,
        messageId: 'lifetimeTooLong',
        data: { kind: refresh ? 'refresh' : 'access', lifetime: describeDuration(seconds), limit: describeDuration(limit) },
        suggest: [{ messageId: 'shortenLifetime', data: { value: replacement }, fix: (fixer) => fixer.replaceText(value, replacement) }],
      });
    }

    function checkOption(option: SiteOption | undefined, refresh: boolean): void {
      if (!option?.spec.unit) return;
      checkLifetime(option.value, option.spec.unit, refresh, (span) => `'${span}'`);
    }

    function checkNoTimestamp(option: SiteOption | undefined): void {
      if (!option?.turnsCheckOff) return;
      context.report({
        node: option.node,
        messageId: 'noTimestamp',
        suggest: [{ messageId: 'removeNoTimestamp', fix: (fixer) => removeListItem(fixer, sourceCode, option.node) }],
      });
    }

    function reportMissing(node: TSESTree.Node, api: string, how: string, edit: ExpiryEdit): void {
      context.report({
        node,
        messageId: 'missingExpiry',
        data: { api, how },
        suggest: edit ? [{ messageId: 'addExpiry', data: { how }, fix: edit }] : [],
      });
    }

    /** How to add `expiresIn` to the options argument at `index` of `call`: into its literal, or as a new argument. */
    function optionEdit(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number, property: string): ExpiryEdit {
      const argument = call.arguments[index];
      if (!argument) {
        const previous = call.arguments[index - 1];
        if (!previous || call.arguments.length !== index) return null;
        return (fixer) => fixer.insertTextAfter(previous, `, { ${property} }`);
      }
      const target = unwrapExpression(argument);
      if (isFunctionNode(target)) return (fixer) => fixer.insertTextBefore(argument, `{ ${property} }, `);
      if (target.type === AST_NODE_TYPES.ObjectExpression) return (fixer) => insertProperty(fixer, sourceCode, target, property);
      return null;
    }

    function checkJsonwebtoken(site: VerifierSite): void {
      const scope = sourceCode.getScope(site.node);
      const payload = closedPayload(site.node.arguments[0], scope);
      const refresh = isRefreshSite(site, site.node, payload);
      checkOption(site.get('expiresIn'), refresh);
      checkNoTimestamp(site.get('noTimestamp'));
      if (!payload || payload.has(EXPIRY_CLAIM) || !site.missing('expiresIn')) return;
      const property = `expiresIn: '${spanLiteral(suggestedLifetime(refresh, refresh ? refreshLimit : accessLimit))}'`;
      const node = site.node;
      reportMissing(node.callee, '`sign` call', `\`${property}\``, node.type === AST_NODE_TYPES.CallExpression ? optionEdit(node, 2, property) : null);
    }

    function checkJose(site: VerifierSite): void {
      if (site.api !== 'SignJWT') return;
      const chain = joseChain(site.node);
      if (!chain) return;
      const scope = sourceCode.getScope(site.node);
      const payload = closedPayload(site.node.arguments[0], scope);
      const refresh = isRefreshSite(site, chain.sign, payload);
      const expiry = chain.methods.get(JOSE_EXPIRY_METHOD);
      if (expiry) {
        const [value] = expiry.arguments;
        const known = value ? getStatic(value, scope) : null;
        // A number is an absolute `exp`; only a span string is a lifetime.
        if (value && typeof known?.value === 'string') checkLifetime(value, JOSE_SPAN_UNIT, refresh, (span) => `'${span}'`);
        return;
      }
      if (!payload || payload.has(EXPIRY_CLAIM)) return;
      const call = `.${JOSE_EXPIRY_METHOD}('${spanLiteral(suggestedLifetime(refresh, refresh ? refreshLimit : accessLimit))}')`;
      const signMember = chain.sign.callee;
      reportMissing(site.node, '`SignJWT` chain', `\`${call}\``, signMember.type === AST_NODE_TYPES.MemberExpression ? (fixer) => fixer.insertTextAfter(signMember.object, call) : null);
    }

    /** fast-jwt: a `createSigner` without `expiresIn`, unless a visible call of the signer passes `exp` itself. */
    function signerPassesExp(site: VerifierSite): boolean {
      const parent = outermostExpressionWrapper(site.node).parent;
      if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.id.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = sourceCode.getDeclaredVariables(parent).find((candidate) => candidate.name === (parent.id as TSESTree.Identifier).name);
      return (
        variable?.references.some((reference) => {
          const call = outermostExpressionWrapper(reference.identifier).parent;
          if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== outermostExpressionWrapper(reference.identifier)) return false;
          const [argument] = call.arguments;
          const payload = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? readOptionsObject(argument, sourceCode.getScope(call)) : null;
          return payload !== null && (payload.has(EXPIRY_CLAIM) || !payload.closed);
        }) === true
      );
    }

    function checkFastJwt(site: VerifierSite): void {
      const refresh = isRefreshSite(site, site.node, null);
      checkOption(site.get('expiresIn'), refresh);
      checkNoTimestamp(site.get('noTimestamp'));
      if (site.api !== 'createSigner' || !site.missing('expiresIn') || signerPassesExp(site)) return;
      const property = `expiresIn: '${spanLiteral(suggestedLifetime(refresh, refresh ? refreshLimit : accessLimit))}'`;
      const node = site.node;
      reportMissing(node.callee, '`createSigner` call', `\`${property}\``, node.type === AST_NODE_TYPES.CallExpression ? optionEdit(node, 0, property) : null);
    }

    /** Nest `JwtModule.register({ signOptions })`, @fastify/jwt `register(plugin, { sign })`: the signing defaults. */
    function checkRegistration(site: VerifierSite): void {
      const group = site.nested.find((candidate) => candidate.spec.role === 'sign');
      if (!group) return;
      const refresh = site.keyNode !== undefined && isRefreshName(sourceCode.getText(site.keyNode));
      checkOption(site.get('expiresIn', 'sign'), refresh);
      checkNoTimestamp(site.get('noTimestamp', 'sign'));
      // Only an explicit signing group that leaves expiry out: without one, each call may set its own lifetime.
      if (!group.options?.closed || !site.missing('expiresIn', 'sign')) return;
      const property = `expiresIn: '${spanLiteral(suggestedLifetime(refresh, refresh ? refreshLimit : accessLimit))}'`;
      const literal = unwrapExpression(group.property.value);
      reportMissing(
        group.property.node.key,
        `\`${group.property.key}\` group`,
        `\`${property}\``,
        literal.type === AST_NODE_TYPES.ObjectExpression ? (fixer) => insertProperty(fixer, sourceCode, literal, property) : null,
      );
    }

    /** Per-call options that inherit their defaults (Nest `JwtService#sign`, @fastify/jwt `reply.jwtSign`): explicit values only. */
    function checkInheriting(site: VerifierSite): void {
      const refresh = isRefreshSite(site, site.node, null);
      checkOption(site.get('expiresIn'), refresh);
      checkNoTimestamp(site.get('noTimestamp'));
    }

    /** jwt-simple has no lifetime option: the payload must carry `exp` itself. */
    function checkJwtSimple(site: VerifierSite): void {
      const payload = closedPayload(site.node.arguments[0], sourceCode.getScope(site.node));
      if (payload && !payload.has(EXPIRY_CLAIM)) reportMissing(site.node.callee, '`encode` call', 'an `exp` claim in the payload', null);
    }

    return {
      'Program:exit'() {
        for (const site of getVerifierSites(context)) {
          if (site.role === 'register') checkRegistration(site);
          if (site.role !== 'sign') continue;
          if (site.library === 'jsonwebtoken') checkJsonwebtoken(site);
          else if (site.library === 'jose') checkJose(site);
          else if (site.library === 'fast-jwt') checkFastJwt(site);
          else if (site.library === '@nestjs/jwt' || site.library === '@fastify/jwt') checkInheriting(site);
          else if (site.library === 'jwt-simple') checkJwtSimple(site);
        }
      },
    };
  },
});
