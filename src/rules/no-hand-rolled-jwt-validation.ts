import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  HEADER_PART,
  JWS_SEPARATOR,
  JWT_CLAIMS,
  NON_CONSTANT_TIME_METHODS,
  PAYLOAD_PART,
  SIGNATURE_PART,
  SIGNATURE_PRIMITIVES,
  SIGNATURE_PRIMITIVE_APIS,
  SUBTLE_DATA_INDEX,
  SUBTLE_PROPERTY,
  UPDATE_METHOD,
  isAuthorizationHeaderName,
  isTokenCheckerName,
  isTokenName,
  type SignaturePrimitive,
} from '../models/jwt-signature';
import { AST_NODE_TYPES, isEqualityOperator, isRegExpLiteral, outermostExpressionWrapper, unwrapExpression } from '../utils/ast';
import { bindingSource, findBinding } from '../utils/bindings';
import { createRule } from '../utils/create-rule';
import { memberKey } from '../utils/expressions';
import { isFunctionNode, type FunctionNode } from '../utils/functions';
import { getApiCalls } from '../utils/module-tracker';
import { getPropertyKey } from '../utils/options-object';
import { getStatic, getStaticString } from '../utils/static-value';
import { walk } from '../utils/traverse';
import { getVerifierSites } from '../utils/verifier-calls';
import { textHolds } from '../utils/text-gate';

export type Options = [];
export type MessageIds = 'signatureOnlyVerification' | 'handRolledSignatureCheck' | 'nonConstantTimeComparison';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** How many `const` hops a value is followed back. */
const MAX_DEPTH = 3;

/** Methods that take the signing input off a token without splitting it: `token.slice(0, token.lastIndexOf('.'))`. */
const PREFIX_METHODS: ReadonlySet<string> = new Set(['slice', 'substring', 'substr']);

/** Calls that turn a value into another form of the same bytes: `Buffer.from(sig, 'base64url')`, `sig.toString()`. */
const CONVERSION_METHODS: ReadonlySet<string> = new Set(['from', 'toString', 'String', 'decode', 'encode']);

/** A piece of a compact JWS: `index` of the parts of `source` (`token.split('.')`), or both header and payload. */
interface PartRef {
  /** The call that cuts the token: `token.split('.')` or `token.slice(0, token.lastIndexOf('.'))`. */
  readonly source: TSESTree.CallExpression;
  readonly indices: readonly number[];
}

/** The method name of a call `x.m(...)`, through wrappers; `null` otherwise. */
function methodOf(call: TSESTree.Node): { name: string; object: TSESTree.Node } | null {
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = memberKey(callee);
  return name === null ? null : { name, object: callee.object };
}

/** The outermost expression that stands for `node`'s value: through wrappers and `await`. */
function valueHolder(node: TSESTree.Node): TSESTree.Node {
  let current = outermostExpressionWrapper(node);
  while (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = outermostExpressionWrapper(current.parent);
  return current;
}

/** The variable declared by `const name = <holder>`, when `holder` initialises a plain name. */
function declaredVariable(holder: TSESTree.Node, scope: Scope): Variable | null {
  const parent = holder.parent;
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== holder || parent.id.type !== AST_NODE_TYPES.Identifier) return null;
  return findBinding(parent.id, scope);
}

/** The read references of a variable. */
function reads(variable: Variable): TSESTree.Identifier[] {
  return variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier as TSESTree.Identifier);
}

/** The name a function goes by: its own, or the variable, property or method that holds it. */
function functionName(fn: FunctionNode): string | null {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
    return parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : null;
  }
  return null;
}

/**
 * True when an expression denotes a JWT by its name: `token`, `req.body.id_token`, `req.headers.authorization`,
 * `authHeader.slice(7)` of a token-named value, `await getBearerToken(req)`, or the parameter of `verifyJwt(raw)`.
 */
function isTokenExpression(node: TSESTree.Node, scope: Scope, depth = MAX_DEPTH): boolean {
  const target = unwrapExpression(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      if (isTokenName(target.name)) return true;
      if (depth === 0) return false;
      const source = bindingSource(target, scope);
      if (source?.kind === 'value') return isTokenExpression(source.value, scope, depth - 1);
      if (source?.kind === 'property') return isTokenName(source.key) || isAuthorizationHeaderName(source.key);
      if (source?.kind === 'parameter') {
        const name = functionName(source.fn);
        return name !== null && isTokenCheckerName(name);
      }
      return false;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const key = memberKey(target, scope);
      if (key === null) return false;
      if (isTokenName(key) || isAuthorizationHeaderName(key)) return true;
      // `parts[1]` of `authorization.split(' ')`: a piece of a token-named value.
      return /^\d+$/u.test(key) && isTokenExpression(target.object, scope, depth);
    }
    case AST_NODE_TYPES.AwaitExpression:
      return isTokenExpression(target.argument, scope, depth);
    case AST_NODE_TYPES.CallExpression: {
      // `toFlattened(idToken)`, `JSON.parse(jwtJson)`: a conversion of a token.
      const [first] = target.arguments;
      if (depth > 0 && first && first.type !== AST_NODE_TYPES.SpreadElement && isTokenExpression(first, scope, depth - 1)) return true;
      const callee = unwrapExpression(target.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) return isTokenName(callee.name);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const name = memberKey(callee, scope);
      // `getBearerToken(req)`, `auth.extractToken()`; or a string method on a token: `header.slice(7)`, `.trim()`.
      return (name !== null && isTokenName(name)) || isTokenExpression(callee.object, scope, depth);
    }
    default:
      return false;
  }
}

/** `x.split('.')` (or `x.split(/\./)`): the call, when `node` is one. */
function isDotSplit(node: TSESTree.Node, scope: Scope): node is TSESTree.CallExpression {
  const method = methodOf(node);
  if (method?.name !== 'split' || node.type !== AST_NODE_TYPES.CallExpression) return false;
  const [separator] = node.arguments;
  if (!separator) return false;
  if (isRegExpLiteral(separator)) return separator.regex.pattern === '\\.';
  return getStaticString(separator, scope) === JWS_SEPARATOR;
}

/**
 * Whether a `split`/`lastIndexOf` call may cut a token at its dots, as `isDotSplit` and `signingInputSlice` test it:
 * a written separator must be `'.'` (or `/\./` for `split`); any other expression may evaluate to one.
 */
function mayCutAtDot(call: TSESTree.CallExpression, method: string): boolean {
  const separator = call.arguments[0];
  if (!separator) return false;
  if (separator.type !== AST_NODE_TYPES.Literal) return true;
  if (isRegExpLiteral(separator)) return method === 'split' && separator.regex.pattern === '\\.';
  return separator.value === JWS_SEPARATOR;
}

/** The `x.split('.')` call an array expression comes from: itself, or a `const` bound to it. */
function splitOf(node: TSESTree.Node, scope: Scope, depth = MAX_DEPTH): TSESTree.CallExpression | null {
  const target = unwrapExpression(node);
  if (isDotSplit(target, scope)) return target;
  if (target.type !== AST_NODE_TYPES.Identifier || depth === 0) return null;
  const source = bindingSource(target, scope);
  return source?.kind === 'value' ? splitOf(source.value, scope, depth - 1) : null;
}

/** `token.slice(0, token.lastIndexOf('.'))`: the header and payload of a token cut off without splitting it. */
function signingInputSlice(node: TSESTree.Node, scope: Scope): TSESTree.CallExpression | null {
  const method = methodOf(node);
  if (!method || !PREFIX_METHODS.has(method.name) || node.type !== AST_NODE_TYPES.CallExpression) return null;
  const [start, end] = node.arguments;
  if (!start || !end || getStatic(start, scope)?.value !== 0) return null;
  const last = methodOf(unwrapExpression(end));
  if (last?.name !== 'lastIndexOf' || end.type !== AST_NODE_TYPES.CallExpression) return null;
  if (getStaticString(end.arguments[0], scope) !== JWS_SEPARATOR) return null;
  return isTokenExpression(method.object, scope) ? node : null;
}

/** The position of `name` in an array pattern (`const [header, payload, signature] = ...`), or -1. */
function arrayPatternIndex(pattern: TSESTree.ArrayPattern, name: TSESTree.Identifier): number {
  return pattern.elements.findIndex(
    (element) => element === name || (element?.type === AST_NODE_TYPES.AssignmentPattern && element.left === name),
  );
}

/** Which parts of a split token an expression is: `parts[0]`, `header` of `const [header] = token.split('.')`, … */
function partOf(node: TSESTree.Node, scope: Scope, depth = MAX_DEPTH): PartRef | null {
  const target = unwrapExpression(node);
  if (target.type === AST_NODE_TYPES.MemberExpression && target.computed) {
    const index = getStatic(target.property, scope)?.value;
    if (typeof index !== 'number') return null;
    const source = splitOf(target.object, scope);
    return source ? { source, indices: [index] } : null;
  }
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const slice = signingInputSlice(target, scope);
    if (slice) return { source: slice, indices: [HEADER_PART, PAYLOAD_PART] };
    const method = methodOf(target);
    // `parts.slice(0, 2)` of a split token (usually followed by `.join('.')`).
    if (method?.name === 'slice' && getStatic(target.arguments[0], scope)?.value === 0) {
      const source = splitOf(method.object, scope);
      const end = getStatic(target.arguments[1], scope)?.value;
      if (source && (end === SIGNATURE_PART || end === -1)) return { source, indices: [HEADER_PART, PAYLOAD_PART] };
    }
    return null;
  }
  if (target.type !== AST_NODE_TYPES.Identifier || depth === 0) return null;
  const variable = findBinding(target, scope);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return null;
  const declarator = def.node;
  const init = def.node.init;
  if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== def.name)) return null;
  if (declarator.id.type === AST_NODE_TYPES.ArrayPattern) {
    const index = arrayPatternIndex(declarator.id, def.name as TSESTree.Identifier);
    const source = index < 0 ? null : splitOf(init, scope);
    return source ? { source, indices: [index] } : null;
  }
  return declarator.id === def.name ? partOf(init, scope, depth - 1) : null;
}

/** True for `JSON.parse(...)`. */
function isJsonParse(node: TSESTree.Node): node is TSESTree.CallExpression {
  const method = methodOf(node);
  const object = method ? unwrapExpression(method.object) : null;
  return method?.name === 'parse' && object?.type === AST_NODE_TYPES.Identifier && object.name === 'JSON';
}

/** True when a statement or function boundary ends the search for what an expression flows into. */
function isBoundary(node: TSESTree.Node): boolean {
  return isFunctionNode(node) || node.type.endsWith('Statement') || node.type === AST_NODE_TYPES.Program;
}

export default createRule<Options, MessageIds>({
  name: 'no-hand-rolled-jwt-validation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow validating JWTs by hand or with signature-only JWS verification',
      recommended: 'strict',
      principle: 'verify-explicitly',
      cwe: ['CWE-347', 'CWE-345', 'CWE-208'],
    },
    schema: [],
    messages: {
      signatureOnlyVerification:
        '`{{api}}` checks only the signature of this JWT, never `exp`, `nbf`, `aud` or `iss`, so expired tokens and tokens minted for other services pass; use jose `jwtVerify` with `issuer` and `audience` instead.',
      handRolledSignatureCheck:
        'This `{{api}}` checks a JWT signature by hand over the `split(\'.\')` parts, with none of the algorithm, expiry, audience and issuer checks of a maintained library; verify the token with jose `jwtVerify`, jsonwebtoken `verify` or MSAL instead.',
      nonConstantTimeComparison:
        'Comparing a JWT signature with `{{operator}}` stops at the first differing byte, so response timing reveals how much of a forged signature is right; verify the token with a maintained JWT library, or at minimum compare with `crypto.timingSafeEqual`.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();
    const subtleCalls: TSESTree.CallExpression[] = [];
    const comparisons: (TSESTree.BinaryExpression | TSESTree.CallExpression)[] = [];

    function scopeOf(node: TSESTree.Node): Scope {
      return sourceCode.getScope(node);
    }

    // -----------------------------------------------------------------------------------------------------------------
    // jose: signature-only verification of something that is a JWT
    // -----------------------------------------------------------------------------------------------------------------

    /** True when a parsed payload (`JSON.parse(...)`) has a JWT claim read: `.sub`, `const { exp } = ...`. */
    function claimsRead(holder: TSESTree.Node, scope: Scope, depth = 1): boolean {
      const parent = holder.parent;
      if (!parent) return false;
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === holder) {
        const key = memberKey(parent, scope);
        return key !== null && JWT_CLAIMS.has(key);
      }
      if (parent.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== holder) return false;
      if (parent.id.type === AST_NODE_TYPES.ObjectPattern) {
        return parent.id.properties.some((property) => {
          if (property.type !== AST_NODE_TYPES.Property) return false;
          const key = getPropertyKey(property, scope);
          return key !== null && JWT_CLAIMS.has(key);
        });
      }
      const variable = declaredVariable(holder, scope);
      return variable !== null && depth > 0 && reads(variable).some((read) => claimsRead(outermostExpressionWrapper(read), scope, depth - 1));
    }

    /** True when bytes that hold a verified payload are JSON-parsed and a JWT claim is read from the result. */
    function parsedForClaims(payload: TSESTree.Node, scope: Scope, depth = 2): boolean {
      for (let node: TSESTree.Node = payload; node.parent && !isBoundary(node.parent); node = node.parent) {
        const parent = node.parent;
        if (isJsonParse(parent)) return claimsRead(valueHolder(parent), scope);
        if (parent.type === AST_NODE_TYPES.VariableDeclarator) {
          // `const text = new TextDecoder().decode(payload); JSON.parse(text)`.
          const variable = parent.init === node ? declaredVariable(node, scope) : null;
          return variable !== null && depth > 0 && reads(variable).some((read) => parsedForClaims(read, scope, depth - 1));
        }
      }
      return false;
    }

    /** The nodes that hold the `payload` a JWS verifier returns: `result.payload`, `const { payload } = await ...`. */
    function payloadNodes(call: TSESTree.Node, scope: Scope): TSESTree.Node[] {
      const holder = valueHolder(call);
      const parent = holder.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === holder) {
        return memberKey(parent, scope) === 'payload' ? [parent] : [];
      }
      if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== holder) return [];
      if (parent.id.type === AST_NODE_TYPES.Identifier) {
        const variable = findBinding(parent.id, scope);
        return variable
          ? reads(variable)
              .map((read) => read.parent)
              .filter((node): node is TSESTree.MemberExpression => node.type === AST_NODE_TYPES.MemberExpression && memberKey(node, scope) === 'payload')
          : [];
      }
      if (parent.id.type !== AST_NODE_TYPES.ObjectPattern) return [];
      const nodes: TSESTree.Node[] = [];
      for (const property of parent.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property || getPropertyKey(property, scope) !== 'payload') continue;
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        const variable = value.type === AST_NODE_TYPES.Identifier ? findBinding(value, scope) : null;
        if (variable) nodes.push(...reads(variable));
      }
      return nodes;
    }

    function checkJwsVerifiers(): void {
      for (const site of getVerifierSites(context)) {
        if (site.role !== 'verify' || !site.entry.checksSignature || site.entry.checksClaims) continue;
        const scope = scopeOf(site.node);
        const isJwt =
          (site.tokenNode !== undefined && isTokenExpression(site.tokenNode, scope)) ||
          payloadNodes(site.node, scope).some((payload) => parsedForClaims(payload, scope));
        if (!isJwt || reported.has(site.node)) continue;
        reported.add(site.node);
        context.report({ node: site.node.callee, messageId: 'signatureOnlyVerification', data: { api: site.api } });
      }
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Hand-rolled signature checks over the parts of a split token
    // -----------------------------------------------------------------------------------------------------------------

    /**
     * The sources (`token.split('.')`) whose header AND payload the data covers between them (`update(h).update('.')
     * .update(p)` feeds one signing input in three pieces), following `const`s back.
     */
    function signingInputSources(data: readonly TSESTree.Node[], scope: Scope): TSESTree.CallExpression[] {
      const covered = new Map<TSESTree.CallExpression, Set<number>>();
      const add = (part: PartRef): void => {
        const indices = covered.get(part.source) ?? new Set<number>();
        for (const index of part.indices) indices.add(index);
        covered.set(part.source, indices);
      };
      const visit = (root: TSESTree.Node, depth: number): void => {
        walk(root, sourceCode.visitorKeys, (node) => {
          if (isFunctionNode(node)) return false;
          if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression && node.type !== AST_NODE_TYPES.CallExpression) {
            return true;
          }
          const part = partOf(node, scope);
          if (part) {
            add(part);
            return false;
          }
          if (node.type === AST_NODE_TYPES.MemberExpression) {
            visit(node.object, depth);
            if (node.computed) visit(node.property, depth);
            return false;
          }
          if (node.type === AST_NODE_TYPES.Identifier && depth > 0) {
            // `const signingInput = `${header}.${payload}`; ... update(signingInput)`.
            const source = bindingSource(node, scope);
            if (source?.kind === 'value') visit(source.value, depth - 1);
          }
          return true;
        });
      };
      for (const argument of data) visit(argument, MAX_DEPTH);
      return [...covered].filter(([, indices]) => indices.has(HEADER_PART) && indices.has(PAYLOAD_PART)).map(([source]) => source);
    }

    /** The arguments of every `.update(data)` fed to the object a `createHmac`/`createVerify` call returns. */
    function updateArguments(call: TSESTree.CallExpression, scope: Scope): TSESTree.Node[] {
      const found: TSESTree.Node[] = [];
      const followChain = (start: TSESTree.Node): TSESTree.Node => {
        let current = outermostExpressionWrapper(start);
        for (;;) {
          const member = current.parent;
          const next = member?.parent;
          if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current || next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) {
            return current;
          }
          if (memberKey(member, scope) !== UPDATE_METHOD) return current;
          const [argument] = next.arguments;
          if (argument) found.push(argument);
          current = outermostExpressionWrapper(next);
        }
      };
      const end = followChain(call);
      const variable = declaredVariable(end, scope);
      if (variable) for (const read of reads(variable)) followChain(read);
      return found;
    }

    /** The data a primitive signs or checks. */
    function dataArguments(primitive: SignaturePrimitive, call: TSESTree.CallExpression, scope: Scope): TSESTree.Node[] {
      if (primitive.data === 'update') return updateArguments(call, scope);
      const argument = call.arguments[primitive.data];
      return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? [argument] : [];
    }

    /** Reports a primitive whose data is the header and payload of a split token; returns the sources it covers. */
    function checkPrimitive(call: TSESTree.CallExpression, api: string, data: readonly TSESTree.Node[], jwtSources: Set<TSESTree.CallExpression>): boolean {
      const scope = scopeOf(call);
      const sources = signingInputSources(data, scope);
      if (sources.length === 0) return false;
      for (const source of sources) jwtSources.add(source);
      if (!reported.has(call)) {
        reported.add(call);
        context.report({ node: call.callee, messageId: 'handRolledSignatureCheck', data: { api } });
      }
      return true;
    }

    // -----------------------------------------------------------------------------------------------------------------
    // Signature comparisons that are not constant-time
    // -----------------------------------------------------------------------------------------------------------------

    /** The signature part of a JWT that an operand holds: `parts[2]`, `signature`, `Buffer.from(signature, 'base64url')`. */
    function signaturePart(operand: TSESTree.Node, scope: Scope, jwtSources: ReadonlySet<TSESTree.CallExpression>, depth = 2): boolean {
      const target = unwrapExpression(operand);
      const part = partOf(target, scope);
      if (part) {
        if (!part.indices.includes(SIGNATURE_PART) || part.indices.length !== 1) return false;
        const method = methodOf(part.source);
        return jwtSources.has(part.source) || (method !== null && isTokenExpression(method.object, scope));
      }
      if (target.type !== AST_NODE_TYPES.CallExpression || depth === 0) return false;
      const callee = unwrapExpression(target.callee);
      const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberKey(callee, scope) : null;
      if (name === null || !CONVERSION_METHODS.has(name)) return false;
      const [first] = target.arguments;
      if (first && first.type !== AST_NODE_TYPES.SpreadElement && signaturePart(first, scope, jwtSources, depth - 1)) return true;
      return callee.type === AST_NODE_TYPES.MemberExpression && signaturePart(callee.object, scope, jwtSources, depth - 1);
    }

    /** True when an operand holds what a reported primitive computed (`expected` of `const expected = createHmac(...)...digest()`). */
    function computedSignature(operand: TSESTree.Node, scope: Scope, primitives: readonly TSESTree.Node[], depth = MAX_DEPTH): boolean {
      const target = unwrapExpression(operand);
      if (primitives.some((call) => call.range[0] >= target.range[0] && call.range[1] <= target.range[1])) return true;
      if (target.type !== AST_NODE_TYPES.Identifier || depth === 0) return false;
      const source = bindingSource(target, scope);
      return source?.kind === 'value' && computedSignature(source.value, scope, primitives, depth - 1);
    }

    /** True for an operand that cannot be a signature: a constant, `x.length`, `typeof x`. */
    function isNotASignature(operand: TSESTree.Node, scope: Scope): boolean {
      const target = unwrapExpression(operand);
      if (getStatic(target, scope) !== null) return true;
      if (target.type === AST_NODE_TYPES.UnaryExpression) return true;
      return target.type === AST_NODE_TYPES.MemberExpression && memberKey(target, scope) === 'length';
    }

    function comparedOperands(node: TSESTree.BinaryExpression | TSESTree.CallExpression): [TSESTree.Node, TSESTree.Node] | null {
      if (node.type === AST_NODE_TYPES.BinaryExpression) return [node.left, node.right];
      const method = methodOf(node);
      const [first, second] = node.arguments;
      if (method?.name === 'equals') return first && first.type !== AST_NODE_TYPES.SpreadElement ? [method.object, first] : null;
      return first && second && first.type !== AST_NODE_TYPES.SpreadElement && second.type !== AST_NODE_TYPES.SpreadElement ? [first, second] : null;
    }

    function reportComparison(node: TSESTree.BinaryExpression | TSESTree.CallExpression): void {
      if (reported.has(node)) return;
      reported.add(node);
      if (node.type === AST_NODE_TYPES.BinaryExpression) {
        const operator = sourceCode.getFirstTokenBetween(node.left, node.right, (token) => token.value === node.operator);
        context.report({ ...(operator ? { loc: operator.loc } : { node }), messageId: 'nonConstantTimeComparison', data: { operator: node.operator } });
        return;
      }
      const callee = unwrapExpression(node.callee) as TSESTree.MemberExpression;
      const name = memberKey(callee) ?? 'equals';
      context.report({ node: callee.property, messageId: 'nonConstantTimeComparison', data: { operator: name === 'compare' ? 'Buffer.compare' : `.${name}()` } });
    }

    function checkComparisons(jwtSources: ReadonlySet<TSESTree.CallExpression>, primitives: readonly TSESTree.Node[]): void {
      for (const node of comparisons) {
        const operands = comparedOperands(node);
        if (!operands) continue;
        const scope = scopeOf(node);
        const [left, right] = operands;
        if (isNotASignature(left, scope) || isNotASignature(right, scope)) continue;
        const signature = signaturePart(left, scope, jwtSources) || signaturePart(right, scope, jwtSources);
        if (signature || computedSignature(left, scope, primitives) || computedSignature(right, scope, primitives)) reportComparison(node);
      }
    }

    function checkHandRolled(): void {
      const jwtSources = new Set<TSESTree.CallExpression>();
      const primitives: TSESTree.Node[] = [];
      for (const reference of getApiCalls(context, SIGNATURE_PRIMITIVE_APIS)) {
        const primitive = SIGNATURE_PRIMITIVES.find((candidate) => candidate.spec === reference.api);
        if (!primitive || reference.kind !== 'call' || reference.node.type !== AST_NODE_TYPES.CallExpression) continue;
        const call = reference.node;
        if (checkPrimitive(call, primitive.api, dataArguments(primitive, call, scopeOf(call)), jwtSources)) primitives.push(call);
      }
      for (const call of subtleCalls) {
        const method = methodOf(call);
        const index = method ? SUBTLE_DATA_INDEX[method.name] : undefined;
        const data = index === undefined ? undefined : call.arguments[index];
        if (method && data && data.type !== AST_NODE_TYPES.SpreadElement && checkPrimitive(call, `subtle.${method.name}`, [data], jwtSources)) {
          primitives.push(call);
        }
      }
      checkComparisons(jwtSources, primitives);
    }

    /** `crypto.subtle.verify(...)`, `globalThis.crypto.subtle.sign(...)`, `subtle.verify(...)`. */
    function isSubtleCall(node: TSESTree.CallExpression): boolean {
      const method = methodOf(node);
      if (!method || !Object.hasOwn(SUBTLE_DATA_INDEX, method.name)) return false;
      const object = unwrapExpression(method.object);
      if (object.type === AST_NODE_TYPES.Identifier) return object.name === SUBTLE_PROPERTY;
      return object.type === AST_NODE_TYPES.MemberExpression && memberKey(object) === SUBTLE_PROPERTY;
    }

    // JWS verifiers are looked for only in a file that says `Verify`, hand-rolled checks only in one that cuts a
    // token with `split` or `lastIndexOf`. The listeners below only collect for the hand-rolled checks, so a file
    // without those words needs none of them.
    const mayVerify = textHolds(sourceCode, 'Verify');
    const mayHandRoll = textHolds(sourceCode, 'split') || textHolds(sourceCode, 'lastIndexOf');
    if (!mayHandRoll) return mayVerify ? { 'Program:exit': checkJwsVerifiers } : {};
    /**
     * Set once the file calls `x.split(…)` or `x.lastIndexOf(…)` with a separator that may be `.`. Every hand-rolled
     * finding needs the parts of a token cut by such a call (`partOf`), so without one the checks are skipped.
     */
    let cutsToken = false;

    return {
      CallExpression(node) {
        if (node.callee.type === AST_NODE_TYPES.Identifier) return;
        const method = methodOf(node);
        if (!method) return;
        if (!cutsToken && (method.name === 'split' || method.name === 'lastIndexOf')) cutsToken = mayCutAtDot(node, method.name);
        if (node.callee.type !== AST_NODE_TYPES.MemberExpression && node.callee.type !== AST_NODE_TYPES.ChainExpression) return;
        if (NON_CONSTANT_TIME_METHODS.has(method.name)) {
          const object = unwrapExpression(method.object);
          // `a.equals(b)`, or `Buffer.compare(a, b)` (not `a.compare(b)`, a locale or version comparison).
          if (method.name === 'equals' || (object.type === AST_NODE_TYPES.Identifier && object.name === 'Buffer')) comparisons.push(node);
        } else if (isSubtleCall(node)) {
          subtleCalls.push(node);
        }
      },
      BinaryExpression(node) {
        if (isEqualityOperator(node.operator)) comparisons.push(node);
      },
      'Program:exit'() {
        if (mayVerify) checkJwsVerifiers();
        if (cutsToken) checkHandRolled();
      },
    };
  },
});
