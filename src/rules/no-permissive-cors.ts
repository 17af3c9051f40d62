import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  CDK_ALL_ORIGINS,
  CDK_CREDENTIALS_KEY,
  CDK_ORIGIN_KEYS,
  CORS_APIS,
  CORS_OPTION_TYPES,
  CORS_SHAPE_KEYS,
  ENABLE_CORS_METHOD,
  FASTIFY_CORS_EXPORTS,
  FASTIFY_CORS_MODULES,
  FLAVORS,
  HEADER_CONTAINERS,
  HEADER_GETTERS,
  HEADER_SETTERS,
  corsHeaderOf,
  isCredentialsOn,
  isRequestName,
  type CorsApi,
  type CorsFlavor,
  type OriginEffect,
} from '../models/cors';
import {
  ORIGIN_CHECK_METHODS,
  REGEX_ARGUMENT_METHODS,
  flawOf,
  isVacuousComparand,
  judgeOriginRegex,
  judgeStringCheck,
  judgeWildcardEntry,
  type CheckedPart,
  type OriginMatch,
  type OriginMatchFlaw,
} from '../models/origin-match';
import { AST_NODE_TYPES, calleeName, isEqualityOperator, isRegExpLiteral, staticMemberName, unwrapExpression } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { developmentGuardOption, isUnderDevelopmentGuard } from '../utils/dev-guard';
import { collectExits, isFunctionNode, resolveFunction, type FunctionNode } from '../utils/functions';
import { getApiCalls } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject, type OptionProperty, type OptionsObject } from '../utils/options-object';
import { getStatic, getStaticString } from '../utils/static-value';
import { textHolds, textMayHoldEscape, textMayHoldInAnyCase } from '../utils/text-gate';
import { walk } from '../utils/traverse';

export type Options = [
  {
    /** Also report policies that allow every origin without credentials. */
    reportWildcardWithoutCredentials?: boolean;
    /** Leave policies alone inside code that only runs in development or test. */
    ignoreDevelopmentGuards?: boolean;
  },
];
export type MessageIds = 'credentialedAnyOrigin' | 'anyOrigin' | 'partialOriginMatch';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type Credentials = 'on' | 'off' | 'unknown';

/** Why a policy lets every origin in: the `{{how}}` of the messages. */
const HOW = {
  reflectTrue: '`origin: true` echoes back whatever origin the request sends',
  wildcard: 'allows every origin (`*`)',
  unsetWildcard: 'leaves `origin` unset, which allows every origin (`*`)',
  unsetReflect: 'leaves `origin` unset, which echoes back whatever origin the request sends',
  wildcardReflect: "turns `'*'` into an echo of whatever origin the request sends",
  callback: 'has an origin function that accepts every origin',
  matchAll: 'uses a regular expression that matches every origin',
  nullOrigin: 'trusts the `null` origin, which any sandboxed iframe or local file can send',
  reflectHeader: 'copies the request `Origin` header into `Access-Control-Allow-Origin` without checking it',
  wildcardHeader: 'sets `Access-Control-Allow-Origin: *`',
} as const;

const FLAW_HOW: Readonly<Record<OriginMatchFlaw, string>> = {
  matchesEverything: 'is a regular expression that matches every origin, so it lets any website in',
  unanchoredRegex: 'is a regular expression without a `^` or `$` anchor, so it also matches origins that merely contain the trusted name',
  unescapedDot: 'is a regular expression with an unescaped `.`, which matches any character, so look-alike domains match',
  wildcardHost: 'lets a wildcard run into the host name, so any domain that ends in the same letters matches',
  substring: 'matches a substring (`includes`/`indexOf`), so `https://trusted.com.attacker.io` style origins match',
  suffixWithoutDot: 'uses `endsWith` without a leading dot, so any domain that ends in the same letters matches',
  prefix: 'uses `startsWith`, so `https://trusted.com.attacker.io` style origins match',
};

/** Array methods whose callback receives each entry: `ALLOWED.some((suffix) => origin.endsWith(suffix))`. */
const ITERATING_METHODS: ReadonlySet<string> = new Set(['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter']);
/** Regex methods that take the origin: `/re/.test(origin)`. */
const REGEX_METHODS: ReadonlySet<string> = new Set(['test', 'exec']);
/** String methods that hand back the same origin: `origin.toLowerCase()`. */
const SAME_STRING_METHODS: ReadonlySet<string> = new Set(['toLowerCase', 'toLocaleLowerCase', 'trim', 'toString']);
/** Calls that take the origin without deciding anything about it. */
const NON_CHECK_CALLS: ReadonlySet<string> = new Set([
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
  'String',
  'Boolean',
  'stringify',
  'encodeURIComponent',
  'decodeURIComponent',
  'vary',
  'next',
  'send',
  'json',
  'end',
  'write',
  'writeHead',
  ...HEADER_SETTERS,
]);
/** Helpers that, by their name, decide on the origin whatever they are given: `isAllowedOrigin(req)`, `checkCors(ctx)`. */
const ORIGIN_CHECK_NAME = /allow|cors|origin|permit|trust|whitelist/iu;
const MAX_DEPTH = 6;
/** The lengths of `access-control-allow-origin` and `access-control-allow-credentials`. */
const CORS_HEADER_LENGTHS: ReadonlySet<number> = new Set([27, 32]);

/**
 * File gate: every finding needs `cors` or `origin` written in some case. The libraries' findings need `cors` (their
 * modules, the `cors` option of socket.io, NestJS and hapi, @fastify/cors); `enableCors` and the `CorsOptions` types
 * hold `Cors`; a hand-set header needs `Access-Control-Allow-Origin`, in any case; the CDK keys hold `Origins`; options
 * found by their shape need an `origin` key. Header names are compared in any case, so both expressions ignore case.
 */
const CORS_OR_ORIGIN = /cors|origin/iu;
const ALLOW_ORIGIN_WORD = /access-control-allow-origin/iu;
/** The lower-case word of every module of `CORS_APIS` or `FASTIFY_CORS_MODULES`, or else of the option key they read. */
const CORS_WORD = 'cors';
/** A piece of every name in `CORS_OPTION_TYPES`. */
const CORS_TYPE_PIECE = 'CorsOptions';
/** A piece of both `CDK_ORIGIN_KEYS`, without which `evaluateCdkOptions` reports nothing. */
const CDK_ORIGINS_PIECE = 'Origins';
const ORIGIN_KEY = 'origin';
const SHAPE_KEY_LIST: readonly string[] = [...CORS_SHAPE_KEYS];

/**
 * Whether `corsHeaderOf(name)` can be non-null, tested without lower-casing a copy: a name that lower-cases to one of
 * the two (ASCII) header names has its length, as only `İ` grows when lower-cased, and into a non-ASCII pair.
 */
function mayBeCorsHeader(name: string): boolean {
  return CORS_HEADER_LENGTHS.has(name.length);
}

/** The static string of a header-name argument: a plain string literal read directly, anything else evaluated. */
function headerName(node: TSESTree.Node | undefined, scope: Scope): string | null {
  if (node?.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : null;
  return getStaticString(node, scope);
}

/** The nearest function around `node`, or the program. */
function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let current = node.parent;
  while (current) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.Program) return current;
    current = current.parent;
  }
  return node;
}

/** A branch that always leaves the function: `return`, `throw`, or a block ending in one. */
function exits(node: TSESTree.Statement | null | undefined): boolean {
  if (!node) return false;
  if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (node.type === AST_NODE_TYPES.BlockStatement) return exits(node.body[node.body.length - 1]);
  return false;
}

function branchOf(statement: TSESTree.IfStatement, child: TSESTree.Node): TSESTree.Statement | null {
  if (child === statement.consequent) return statement.consequent;
  if (child === statement.alternate) return statement.alternate;
  return null;
}

/** True when `inner` sits in a branch of an `if` that leaves the function, and `other` comes after that `if`. */
function leavesBefore(inner: TSESTree.Node, other: TSESTree.Node): boolean {
  let child: TSESTree.Node = inner;
  for (let parent = inner.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.IfStatement && exits(branchOf(parent, child)) && other.range[0] >= parent.range[1]) return true;
  }
  return false;
}

/** True when `a` and `b` can never both run: different branches of one `if`, `?:` or `switch`, or one returns first. */
function mutuallyExclusive(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const pathOfA = new Map<TSESTree.Node, TSESTree.Node>();
  for (let child: TSESTree.Node = a, parent = a.parent; parent; child = parent, parent = parent.parent) pathOfA.set(parent, child);
  for (let child: TSESTree.Node = b, parent = b.parent; parent; child = parent, parent = parent.parent) {
    const childOfA = pathOfA.get(parent);
    if (childOfA === undefined) continue;
    if (childOfA !== child) {
      if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) {
        const branches = [parent.consequent, parent.alternate];
        if (branches.includes(childOfA as never) && branches.includes(child as never)) return true;
      }
      if (parent.type === AST_NODE_TYPES.SwitchStatement && childOfA.type === AST_NODE_TYPES.SwitchCase && child.type === AST_NODE_TYPES.SwitchCase) {
        return true;
      }
    }
    break;
  }
  return leavesBefore(a, b) || leavesBefore(b, a);
}

/** A raw finding: an origin value that lets every origin in, before the library's semantics are applied. */
interface RawFinding {
  readonly kind: 'true' | 'star' | 'arrayStar' | 'null' | 'callback' | 'matchAll';
  readonly node: TSESTree.Node;
}

/** What the origin is in a piece of code: an origin callback's parameter, or the request's `Origin` header. */
interface OriginSubject {
  readonly parameter: Variable | null;
  readonly requestReads: boolean;
  readonly originVariables: Map<Variable, boolean>;
  readonly derivedVariables: Map<Variable, boolean>;
}

function subjectOf(parameter: Variable | null, requestReads: boolean): OriginSubject {
  return { parameter, requestReads, originVariables: new Map(), derivedVariables: new Map() };
}

interface HeaderWrite {
  readonly header: 'origin' | 'credentials';
  /** The call, property or `{ key, value }` object that sets the header. */
  readonly site: TSESTree.Node;
  readonly value: TSESTree.Node;
  /** Writes that answer the same response: a function, one object literal, or one `headers()` array. */
  readonly group: TSESTree.Node;
}

export default createRule<Options, MessageIds>({
  name: 'no-permissive-cors',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow CORS policies that let any origin make credentialed requests, and origin checks that match only part of an origin',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-942', 'CWE-346', 'CWE-183', 'CWE-20'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportWildcardWithoutCredentials: {
            type: 'boolean',
            description:
              'Also report policies that allow every origin without credentials (`cors()`, `origin: \'*\'`, `Access-Control-Allow-Origin: *`), for code bases that serve no public API.',
          },
          ignoreDevelopmentGuards: developmentGuardOption('policies'),
        },
      },
    ],
    messages: {
      credentialedAnyOrigin:
        "This CORS policy {{how}} while allowing credentials, so any website can send requests that carry the user's cookies or Authorization header and read the responses; allow only an explicit list of trusted origins.",
      anyOrigin:
        'This CORS policy {{how}}, so any website can read these responses; unless the API is meant to be public, allow only an explicit list of trusted origins.',
      partialOriginMatch:
        'This origin check {{how}}; compare the whole origin with an exact list, or anchor the regular expression with `^` and `$` and escape its dots.',
    },
    defaultOptions: [{ reportWildcardWithoutCredentials: false, ignoreDevelopmentGuards: true }],
  },
  create(context, [{ reportWildcardWithoutCredentials, ignoreDevelopmentGuards }]) {
    const sourceCode = context.sourceCode;
    const globalScope: Scope = sourceCode.getScope(sourceCode.ast);
    const reported = new Set<TSESTree.Node>();
    const evaluated = new Set<TSESTree.ObjectExpression>();
    const checkedFunctions = new Map<TSESTree.Node, boolean>();

    const registerCalls: TSESTree.CallExpression[] = [];
    const enableCorsCalls: TSESTree.CallExpression[] = [];
    const typedOptions: { object: TSESTree.ObjectExpression; flavor: CorsFlavor }[] = [];
    const shapedOptions: TSESTree.ObjectExpression[] = [];
    const hapiRoutes: TSESTree.ObjectExpression[] = [];
    const cdkOptions: TSESTree.ObjectExpression[] = [];
    const headerWrites: HeaderWrite[] = [];

    function guarded(...nodes: TSESTree.Node[]): boolean {
      return ignoreDevelopmentGuards === true && nodes.some((node) => isUnderDevelopmentGuard(node));
    }

    function report(node: TSESTree.Node, messageId: MessageIds, how: string, ...sites: TSESTree.Node[]): void {
      if (reported.has(node) || guarded(node, ...sites)) return;
      reported.add(node);
      context.report({ node, messageId, data: { how } });
    }

    function reportMatch(node: TSESTree.Node, match: OriginMatch): void {
      const flaw = flawOf(match);
      if (flaw) report(node, 'partialOriginMatch', FLAW_HOW[flaw]);
    }

    function staticOf(node: TSESTree.Node | null | undefined): { value: unknown } | null {
      return getStatic(node, globalScope);
    }

    function isNullish(node: TSESTree.Node | undefined): boolean {
      if (!node) return true;
      const target = unwrapExpression(node);
      if (target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined') return true;
      if (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === 'void') return true;
      const value = staticOf(target);
      return value !== null && (value.value === null || value.value === undefined || value.value === '');
    }

    function variableOf(identifier: TSESTree.Identifier): Variable | null {
      return ASTUtils.findVariable(globalScope, identifier);
    }

    /** The declarator that gives `variable` its only value, if it is never assigned again. */
    function soleDeclarator(variable: Variable): TSESTree.VariableDeclarator | null {
      if (variable.defs.length !== 1) return null;
      const def = variable.defs[0];
      if (def?.type !== TSESLint.Scope.DefinitionType.Variable) return null;
      if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return null;
      return def.node;
    }

    /** The expression a `const`-like identifier holds, followed through a few identifiers. */
    function resolveValue(node: TSESTree.Node, depth = 0): TSESTree.Node {
      const target = unwrapExpression(node);
      if (target.type !== AST_NODE_TYPES.Identifier || depth > MAX_DEPTH) return target;
      const variable = variableOf(target);
      const declarator = variable ? soleDeclarator(variable) : null;
      if (declarator?.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return target;
      return resolveValue(declarator.init, depth + 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the request origin is
    // ---------------------------------------------------------------------------------------------------------

    /** `req.headers.origin`, `ctx.request.header.origin`, `req.get('origin')`, `request.headers.get('origin')`. */
    function isRequestOriginRead(node: TSESTree.Node): boolean {
      const target = unwrapExpression(node);
      if (target.type === AST_NODE_TYPES.MemberExpression) {
        if (staticMemberName(target)?.toLowerCase() !== 'origin') return false;
        const container = unwrapExpression(target.object);
        return container.type === AST_NODE_TYPES.MemberExpression && HEADER_CONTAINERS.has(staticMemberName(container) ?? '');
      }
      if (target.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrapExpression(target.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !HEADER_GETTERS.has(staticMemberName(callee) ?? '')) return false;
      if (getStaticString(target.arguments[0], globalScope)?.toLowerCase() !== 'origin') return false;
      const receiver = unwrapExpression(callee.object);
      const name =
        receiver.type === AST_NODE_TYPES.Identifier
          ? receiver.name
          : receiver.type === AST_NODE_TYPES.MemberExpression
            ? staticMemberName(receiver)
            : null;
      return name !== null && isRequestName(name);
    }

    /** `const { origin } = req.headers`. */
    function isDestructuredOrigin(variable: Variable, declarator: TSESTree.VariableDeclarator): boolean {
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return false;
      const init = unwrapExpression(declarator.init);
      if (init.type !== AST_NODE_TYPES.MemberExpression || !HEADER_CONTAINERS.has(staticMemberName(init) ?? '')) return false;
      return declarator.id.properties.some((property) => {
        if (property.type !== AST_NODE_TYPES.Property) return false;
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        return (
          value.type === AST_NODE_TYPES.Identifier &&
          value.name === variable.name &&
          getPropertyKey(property, globalScope)?.toLowerCase() === 'origin'
        );
      });
    }

    /** True when `node` is the origin itself (possibly lower-cased, or with a fallback). */
    function isOrigin(node: TSESTree.Node, subject: OriginSubject, depth = 0): boolean {
      const target = unwrapExpression(node);
      switch (target.type) {
        case AST_NODE_TYPES.CallExpression: {
          const callee = unwrapExpression(target.callee);
          if (callee.type === AST_NODE_TYPES.MemberExpression && target.arguments.length === 0 && SAME_STRING_METHODS.has(staticMemberName(callee) ?? '')) {
            return isOrigin(callee.object, subject, depth);
          }
          if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && target.arguments[0]) {
            return isOrigin(target.arguments[0], subject, depth);
          }
          return subject.requestReads && isRequestOriginRead(target);
        }
        case AST_NODE_TYPES.MemberExpression:
          return subject.requestReads && isRequestOriginRead(target);
        case AST_NODE_TYPES.LogicalExpression:
          return target.operator !== '&&' && (isOrigin(target.left, subject, depth) || isOrigin(target.right, subject, depth));
        case AST_NODE_TYPES.Identifier: {
          const variable = variableOf(target);
          if (!variable) return false;
          if (variable === subject.parameter) return true;
          const known = subject.originVariables.get(variable);
          if (known !== undefined) return known;
          subject.originVariables.set(variable, false);
          const declarator = soleDeclarator(variable);
          let result = false;
          if (declarator && depth < MAX_DEPTH) {
            if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init) result = isOrigin(declarator.init, subject, depth + 1);
            else if (subject.requestReads) result = isDestructuredOrigin(variable, declarator);
          }
          subject.originVariables.set(variable, result);
          return result;
        }
        default:
          return false;
      }
    }

    /** True when `node` mentions the origin, directly or through a variable computed from it. */
    function mentionsOrigin(node: TSESTree.Node, subject: OriginSubject, depth = 0): boolean {
      let found = false;
      walk(node, sourceCode.visitorKeys, (child) => {
        if (found) return false;
        if (isOrigin(child, subject)) {
          found = true;
          return false;
        }
        if (child.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
          const variable = variableOf(child);
          if (variable && variable !== subject.parameter) {
            let derived = subject.derivedVariables.get(variable);
            if (derived === undefined) {
              subject.derivedVariables.set(variable, false);
              const declarator = soleDeclarator(variable);
              derived = declarator?.init ? mentionsOrigin(declarator.init, subject, depth + 1) : false;
              subject.derivedVariables.set(variable, derived);
            }
            if (derived) found = true;
          }
        }
        return !found;
      });
      return found;
    }

    /** `new URL(origin).hostname` (or `.host`), directly or through a variable. */
    function isHostOfOrigin(node: TSESTree.Node, subject: OriginSubject): boolean {
      const target = resolveValue(node);
      if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
      const name = staticMemberName(target);
      if (name !== 'hostname' && name !== 'host') return false;
      const url = resolveValue(target.object);
      return (
        url.type === AST_NODE_TYPES.NewExpression &&
        url.callee.type === AST_NODE_TYPES.Identifier &&
        url.callee.name === 'URL' &&
        url.arguments[0] !== undefined &&
        isOrigin(url.arguments[0], subject)
      );
    }

    // ---------------------------------------------------------------------------------------------------------
    // Partial matches
    // ---------------------------------------------------------------------------------------------------------

    /**
     * The literals an argument stands for: itself, the literal a `const` holds, or each entry of a constant array
     * when the argument is the parameter of `ARRAY.some((entry) => ...)`.
     */
    function candidateLiterals(node: TSESTree.Node, depth = 0): TSESTree.Node[] {
      const target = unwrapExpression(node);
      if (depth > MAX_DEPTH) return [];
      if (target.type === AST_NODE_TYPES.ConditionalExpression) {
        return [...candidateLiterals(target.consequent, depth + 1), ...candidateLiterals(target.alternate, depth + 1)];
      }
      if (target.type === AST_NODE_TYPES.LogicalExpression) {
        return [...candidateLiterals(target.left, depth + 1), ...candidateLiterals(target.right, depth + 1)];
      }
      if (target.type !== AST_NODE_TYPES.Identifier) return [target];
      const resolved = resolveValue(target);
      if (resolved !== target) return candidateLiterals(resolved, depth + 1);
      const variable = variableOf(target);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (def?.type !== TSESLint.Scope.DefinitionType.Parameter) return [];
      const fn = def.node;
      if (!isFunctionNode(fn) || fn.params[0] !== def.name) return [];
      const call = fn.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return [];
      const callee = unwrapExpression(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !ITERATING_METHODS.has(staticMemberName(callee) ?? '')) return [];
      const array = resolveValue(callee.object);
      if (array.type !== AST_NODE_TYPES.ArrayExpression) return [];
      return array.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
    }

    /** The pattern of a regex literal or of `new RegExp('...')`, with the node to report. */
    function regexSource(node: TSESTree.Node): { source: string; node: TSESTree.Node } | null {
      if (isRegExpLiteral(node)) return { source: node.regex.pattern, node };
      if (
        node.type === AST_NODE_TYPES.NewExpression &&
        node.callee.type === AST_NODE_TYPES.Identifier &&
        node.callee.name === 'RegExp' &&
        node.arguments[0] !== undefined
      ) {
        const source = getStaticString(node.arguments[0], globalScope);
        return source === null ? null : { source, node: node.arguments[0] };
      }
      return null;
    }

    /** A regular expression an origin is tested against; one that matches everything checks nothing. */
    function judgeRegexNode(node: TSESTree.Node): void {
      const regex = regexSource(node);
      if (!regex) return;
      reportMatch(regex.node, judgeOriginRegex(regex.source));
    }

    /** `origin.endsWith('example.com')`, `origin.match(/example.com/)`: reports the flawed literals. */
    function judgeStringCheckNode(method: string, argument: TSESTree.Node | undefined, part: CheckedPart): void {
      if (!argument) return;
      for (const literal of candidateLiterals(argument)) {
        if (REGEX_ARGUMENT_METHODS.has(method) && regexSource(literal)) {
          if (part === 'origin') judgeRegexNode(literal);
          continue;
        }
        const text = getStaticString(literal, globalScope);
        const match = text === null ? null : judgeStringCheck(method, text, part);
        if (match) reportMatch(literal, match);
      }
    }

    function isExcludedCall(call: TSESTree.CallExpression, callback: Variable | null): boolean {
      const callee = unwrapExpression(call.callee);
      if (callback && callee.type === AST_NODE_TYPES.Identifier && variableOf(callee) === callback) return true;
      const name = calleeName(callee);
      return name !== null && NON_CHECK_CALLS.has(name);
    }

    /** True when a call decides something about the origin; reports the partial matches it finds. */
    function isCheckCall(call: TSESTree.CallExpression, subject: OriginSubject, callback: Variable | null): boolean {
      const callee = unwrapExpression(call.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = staticMemberName(callee);
        if (method !== null && ORIGIN_CHECK_METHODS.has(method)) {
          const on = isOrigin(callee.object, subject) ? 'origin' : isHostOfOrigin(callee.object, subject) ? 'host' : null;
          if (on) {
            judgeStringCheckNode(method, call.arguments[0], on);
            return true;
          }
        }
        if (method !== null && REGEX_METHODS.has(method) && call.arguments[0] !== undefined && isOrigin(call.arguments[0], subject)) {
          for (const literal of candidateLiterals(callee.object)) judgeRegexNode(literal);
          return true;
        }
      }
      if (isExcludedCall(call, callback)) return false;
      const name = calleeName(callee);
      if (name !== null && call.arguments.length > 0 && ORIGIN_CHECK_NAME.test(name)) return true;
      return call.arguments.some((argument) => isOriginArgument(argument, subject));
    }

    /**
     * An argument that hands the origin itself to a call (`isAllowed(origin)`, `list.includes(new URL(origin).host)`);
     * an object, array or function that merely contains it (`res.writeHead(200, { ... })`) decides nothing.
     */
    function isOriginArgument(argument: TSESTree.Node, subject: OriginSubject): boolean {
      const target = unwrapExpression(argument);
      if (target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.ArrayExpression || isFunctionNode(target)) {
        return false;
      }
      return mentionsOrigin(target, subject);
    }

    function isComparison(side: TSESTree.Node, other: TSESTree.Node, subject: OriginSubject): boolean {
      const target = unwrapExpression(side);
      if (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === 'typeof') return false;
      if (isNullish(other)) return false;
      // `origin === '*'` proves nothing: no browser sends that origin.
      const value = staticOf(unwrapExpression(other));
      return (value === null || !isVacuousComparand(value.value)) && mentionsOrigin(target, subject);
    }

    /**
     * True when `root` checks the origin against something: a list, a set, a function, a comparison, a string method.
     * Flawed partial matches found on the way are reported.
     */
    function checksOrigin(root: TSESTree.Node, subject: OriginSubject, callback: Variable | null): boolean {
      let checked = false;
      walk(root, sourceCode.visitorKeys, (node) => {
        if (node.type === AST_NODE_TYPES.CallExpression) {
          if (isCheckCall(node, subject, callback)) checked = true;
        } else if (node.type === AST_NODE_TYPES.BinaryExpression && isEqualityOperator(node.operator)) {
          if (isComparison(node.left, node.right, subject) || isComparison(node.right, node.left, subject)) checked = true;
        } else if (node.type === AST_NODE_TYPES.SwitchStatement) {
          if (mentionsOrigin(node.discriminant, subject)) checked = true;
        }
        return true;
      });
      return checked;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Origin functions
    // ---------------------------------------------------------------------------------------------------------

    function parameterVariable(fn: FunctionNode, index: number): Variable | null {
      const param = fn.params[index];
      if (param?.type !== AST_NODE_TYPES.Identifier) return null;
      return sourceCode.scopeManager?.getDeclaredVariables(fn).find((variable) => variable.name === param.name) ?? null;
    }

    /** A value that lets every origin through: `true`, `'*'`, the origin itself, `!!origin`. */
    function isAllowing(node: TSESTree.Node, subject: OriginSubject): boolean {
      const target = unwrapExpression(node);
      const value = staticOf(target);
      if (value) return value.value === true || value.value === '*';
      if (isOrigin(target, subject)) return true;
      if (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === '!' && target.argument.type === AST_NODE_TYPES.UnaryExpression) {
        return target.argument.operator === '!' && isOrigin(target.argument.argument, subject);
      }
      if (target.type === AST_NODE_TYPES.LogicalExpression && target.operator !== '&&') {
        return isAllowing(target.left, subject) && isAllowing(target.right, subject);
      }
      if (target.type === AST_NODE_TYPES.ConditionalExpression) {
        return isAllowing(target.consequent, subject) && isAllowing(target.alternate, subject);
      }
      return false;
    }

    /** True when every path through `node` ends in an exit that `isExit` accepts (no path falls off the end). */
    function alwaysReaches(node: TSESTree.Node, isExit: (expression: TSESTree.Node) => boolean, returnsOnly: boolean): boolean {
      switch (node.type) {
        case AST_NODE_TYPES.BlockStatement:
          return node.body.some((statement) => alwaysReaches(statement, isExit, returnsOnly));
        case AST_NODE_TYPES.ExpressionStatement:
          return !returnsOnly && isExit(node.expression);
        case AST_NODE_TYPES.ReturnStatement:
          return node.argument !== null && isExit(node.argument);
        case AST_NODE_TYPES.IfStatement:
          return (
            node.alternate !== null && alwaysReaches(node.consequent, isExit, returnsOnly) && alwaysReaches(node.alternate, isExit, returnsOnly)
          );
        case AST_NODE_TYPES.TryStatement:
          return alwaysReaches(node.block, isExit, returnsOnly) && (!node.handler || alwaysReaches(node.handler.body, isExit, returnsOnly));
        default:
          return false;
      }
    }

    /**
     * The first allowing value of an origin function that lets every origin through on every path, whatever it
     * checks on the way: `(origin, cb) => cb(null, true)`, `if (list.includes(origin)) cb(null, true); else cb(null, true)`,
     * `async () => true`, koa's `(ctx) => ctx.get('Origin')`. `null` when some path can reject, throw or never answer.
     */
    function alwaysAllowingValue(
      fn: FunctionNode,
      subject: OriginSubject,
      callback: Variable | null,
      answersByReturn: boolean,
    ): TSESTree.Node | null {
      const { returns, throws } = collectExits(fn, sourceCode.visitorKeys);
      if (throws.length > 0) return null;
      if (callback) {
        const allowing: TSESTree.Node[] = [];
        const calls = new Set<TSESTree.Node>();
        for (const reference of callback.references) {
          const identifier = reference.identifier;
          const call = identifier.parent;
          if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) return null;
          const [error, allowed] = call.arguments;
          if (!isNullish(error) || !allowed || !isAllowing(allowed, subject)) return null;
          allowing.push(allowed);
          calls.add(call);
        }
        if (allowing.length > 0) {
          const isCall = (expression: TSESTree.Node): boolean => calls.has(unwrapExpression(expression));
          const body = fn.body;
          const everyPath = body.type === AST_NODE_TYPES.BlockStatement ? alwaysReaches(body, isCall, false) : isCall(body);
          // Every `return` must answer too: a bare `return` leaves the request waiting, which rejects it.
          const answersOnReturn = returns.every((statement) => statement.argument !== null && isCall(statement.argument));
          return everyPath && answersOnReturn ? (allowing[0] ?? null) : null;
        }
      }
      if (!answersByReturn) return null;
      const isAllowed = (expression: TSESTree.Node): boolean => isAllowing(expression, subject);
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isAllowed(fn.body) ? fn.body : null;
      if (!alwaysReaches(fn.body, isAllowed, true) || !returns.every((statement) => statement.argument !== null && isAllowed(statement.argument))) {
        return null;
      }
      return returns[0]?.argument ?? null;
    }

    /** The value by which an origin function lets every origin through, if it does; partial matches are reported. */
    function alwaysAllows(fn: FunctionNode, style: 'callback' | 'context'): TSESTree.Node | null {
      const subject = style === 'context' ? subjectOf(null, true) : subjectOf(parameterVariable(fn, 0), false);
      const callback = style === 'context' ? null : parameterVariable(fn, 1);
      // The `cors` family waits for the callback; fastify also takes a promise. Koa takes the returned origin.
      const allowing = alwaysAllowingValue(fn, subject, callback, style === 'context' || fn.async);
      if (!allowing) checksOrigin(fn.body, subject, callback);
      return allowing;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Option objects
    // ---------------------------------------------------------------------------------------------------------

    function credentialsOf(property: OptionProperty | undefined, options: OptionsObject): Credentials {
      if (!property) return options.closed ? 'off' : 'unknown';
      const value = property.staticValue;
      if (!value) return 'unknown';
      if (value.value === true) return 'on';
      return value.value ? 'unknown' : 'off';
    }

    /** The findings of one entry of an origin array. */
    function arrayEntryFindings(entry: TSESTree.Node, flavor: CorsFlavor): RawFinding[] {
      const target = resolveValue(entry);
      if (regexSource(target)) return regexFindings(target);
      const text = getStaticString(target, globalScope);
      if (text === '*') return [{ kind: 'arrayStar', node: entry }];
      if (text === 'null') return [{ kind: 'null', node: entry }];
      if (text !== null && flavor === 'hapi') reportMatch(entry, judgeWildcardEntry(text));
      return [];
    }

    function regexFindings(node: TSESTree.Node): RawFinding[] {
      const regex = regexSource(node);
      if (!regex) return [];
      const match = judgeOriginRegex(regex.source);
      if (flawOf(match) === 'matchesEverything') return [{ kind: 'matchAll', node: regex.node }];
      reportMatch(regex.node, match);
      return [];
    }

    /** Every way an `origin` option value lets any origin in; partial matches are reported on the way. */
    function originFindings(value: TSESTree.Node, flavor: CorsFlavor, depth = 0): RawFinding[] {
      const target = unwrapExpression(value);
      if (depth > MAX_DEPTH) return [];
      switch (target.type) {
        case AST_NODE_TYPES.ArrayExpression:
          return target.elements.flatMap((element) =>
            element && element.type !== AST_NODE_TYPES.SpreadElement ? arrayEntryFindings(element, flavor) : [],
          );
        case AST_NODE_TYPES.ConditionalExpression:
          return [...originFindings(target.consequent, flavor, depth + 1), ...originFindings(target.alternate, flavor, depth + 1)];
        case AST_NODE_TYPES.LogicalExpression:
          return target.operator === '&&'
            ? originFindings(target.right, flavor, depth + 1)
            : [...originFindings(target.left, flavor, depth + 1), ...originFindings(target.right, flavor, depth + 1)];
        default:
          break;
      }
      if (regexSource(target)) return regexFindings(target);
      const fn = resolveFunction(target, sourceCode.getScope(target));
      if (fn) {
        const style = FLAVORS[flavor].originFunction;
        const allowing = style ? alwaysAllows(fn, style) : null;
        return allowing ? [{ kind: 'callback', node: allowing }] : [];
      }
      const resolved = resolveValue(target);
      if (resolved !== target && (resolved.type === AST_NODE_TYPES.ArrayExpression || regexSource(resolved))) {
        return originFindings(resolved, flavor, depth + 1);
      }
      const constant = staticOf(target);
      if (!constant) return [];
      if (constant.value === true) return [{ kind: 'true', node: target }];
      if (constant.value === '*') return [{ kind: 'star', node: target }];
      if (constant.value === 'null') return [{ kind: 'null', node: target }];
      return [];
    }

    /** The effect of a raw finding under a library's semantics, and how to say it; `null` when it allows nothing. */
    function effectOf(
      finding: RawFinding,
      flavor: CorsFlavor,
      credentials: Credentials,
    ): { effect: OriginEffect; how: string; dropsCredentials?: boolean } | null {
      const semantics = FLAVORS[flavor];
      switch (finding.kind) {
        case 'true':
          return semantics.trueReflects ? { effect: 'reflect', how: HOW.reflectTrue } : null;
        case 'star': {
          if (credentials !== 'on') return semantics.wildcardWithCredentials === null ? null : { effect: 'wildcard', how: HOW.wildcard };
          const withCredentials = semantics.wildcardWithCredentials;
          if (withCredentials === null) return null;
          if (withCredentials === 'dropsCredentials') return { effect: 'wildcard', how: HOW.wildcard, dropsCredentials: true };
          return withCredentials === 'reflect' ? { effect: 'reflect', how: HOW.wildcardReflect } : { effect: 'wildcard', how: HOW.wildcard };
        }
        case 'arrayStar':
          if (semantics.wildcardInArray === 'literal') return null;
          return semantics.wildcardInArray === 'reflect' ? { effect: 'reflect', how: HOW.wildcardReflect } : { effect: 'wildcard', how: HOW.wildcard };
        case 'null':
          return { effect: 'null', how: HOW.nullOrigin };
        case 'callback':
          return { effect: 'reflect', how: HOW.callback };
        case 'matchAll':
          return { effect: 'reflect', how: HOW.matchAll };
      }
    }

    function reportPolicy(node: TSESTree.Node, effect: OriginEffect, how: string, credentials: Credentials, ...sites: TSESTree.Node[]): void {
      if (credentials === 'on') report(node, 'credentialedAnyOrigin', how, ...sites);
      else if (credentials === 'off' && reportWildcardWithoutCredentials && effect !== 'null') report(node, 'anyOrigin', how, ...sites);
    }

    /** A policy with the library's defaults only: `cors()`, `cors: true`, `fastify.register(cors)`. */
    function evaluateDefaults(flavor: CorsFlavor, node: TSESTree.Node, site: TSESTree.Node): void {
      const unset = FLAVORS[flavor].unsetOrigin;
      if (!unset) return;
      const effect = unset.withoutCredentials;
      reportPolicy(node, effect, effect === 'reflect' ? HOW.unsetReflect : HOW.unsetWildcard, 'off', site);
    }

    /** Reports what a CORS options object (`{ origin, credentials }`) lets through. */
    function evaluateOptions(options: OptionsObject, flavor: CorsFlavor, site: TSESTree.Node): void {
      const first = options.objects[0];
      if (!first || evaluated.has(first)) return;
      evaluated.add(first);
      const credentialsProperty = options.get('credentials');
      const credentials = credentialsOf(credentialsProperty, options);
      const origin = options.get('origin');
      if (!origin) {
        const unset = FLAVORS[flavor].unsetOrigin;
        if (!unset || !options.closed) return;
        const effect = credentials === 'on' ? unset.withCredentials : unset.withoutCredentials;
        const node = credentials === 'on' && credentialsProperty ? credentialsProperty.node : site;
        reportPolicy(node, effect, effect === 'reflect' ? HOW.unsetReflect : HOW.unsetWildcard, credentials, site);
        return;
      }
      const direct = unwrapExpression(origin.value);
      for (const finding of originFindings(origin.value, flavor)) {
        const outcome = effectOf(finding, flavor, credentials);
        if (!outcome) continue;
        // `origin: true` or `origin: ALLOW_ALL`: the whole setting reads best.
        const node = finding.node === direct ? origin.node : finding.node;
        reportPolicy(node, outcome.effect, outcome.how, outcome.dropsCredentials ? 'off' : credentials, site);
      }
    }

    /** Follows `optionPath` from an options object to the CORS options and evaluates them. */
    function evaluateAt(argument: TSESTree.Node | undefined, path: readonly string[], flavor: CorsFlavor, site: TSESTree.Node): void {
      if (!argument) return;
      let options = readOptionsObject(argument, globalScope);
      for (const [index, key] of path.entries()) {
        const property = options?.get(key);
        if (!property) return;
        if (index === path.length - 1 && property.staticValue?.value === true) {
          evaluateDefaults(flavor, property.node, site);
          return;
        }
        options = readOptionsObject(property.value, globalScope);
      }
      if (options) evaluateOptions(options, flavor, site);
    }

    function evaluateTrackedCalls(): void {
      for (const reference of getApiCalls(context, CORS_APIS)) {
        const api = reference.api as CorsApi;
        const call = reference.node;
        if (api.optionPath.length === 0 && call.arguments.length === 0) {
          evaluateDefaults(api.flavor, call, call);
          continue;
        }
        for (const position of api.optionArguments) evaluateAt(call.arguments[position], api.optionPath, api.flavor, call);
      }
    }

    /** True when `node` is the @fastify/cors plugin: its import, its `require`, or a variable holding one. */
    function isFastifyCorsPlugin(node: TSESTree.Node, depth = 0): boolean {
      const target = unwrapExpression(node);
      if (depth > MAX_DEPTH) return false;
      switch (target.type) {
        case AST_NODE_TYPES.AwaitExpression:
          return isFastifyCorsPlugin(target.argument, depth + 1);
        case AST_NODE_TYPES.ImportExpression:
          return FASTIFY_CORS_MODULES.has(getStaticString(target.source, globalScope) ?? '');
        case AST_NODE_TYPES.CallExpression:
          return (
            target.callee.type === AST_NODE_TYPES.Identifier &&
            target.callee.name === 'require' &&
            FASTIFY_CORS_MODULES.has(getStaticString(target.arguments[0], globalScope) ?? '')
          );
        case AST_NODE_TYPES.MemberExpression:
          return FASTIFY_CORS_EXPORTS.has(staticMemberName(target) ?? '') && isFastifyCorsPlugin(target.object, depth + 1);
        case AST_NODE_TYPES.Identifier:
          break;
        default:
          return false;
      }
      const variable = variableOf(target);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (!def) return false;
      if (def.type === TSESLint.Scope.DefinitionType.ImportBinding) {
        const declaration = def.parent;
        if (declaration.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
          const reference = declaration.moduleReference;
          return reference.type === AST_NODE_TYPES.TSExternalModuleReference && FASTIFY_CORS_MODULES.has(reference.expression.value);
        }
        if (!FASTIFY_CORS_MODULES.has(declaration.source.value)) return false;
        const specifier = def.node;
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return true;
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        return FASTIFY_CORS_EXPORTS.has(imported);
      }
      if (def.type !== TSESLint.Scope.DefinitionType.Variable || !def.node.init) return false;
      if (def.node.id.type === AST_NODE_TYPES.Identifier) return isFastifyCorsPlugin(def.node.init, depth + 1);
      if (def.node.id.type !== AST_NODE_TYPES.ObjectPattern) return false;
      const property = def.node.id.properties.find(
        (candidate): candidate is TSESTree.Property =>
          candidate.type === AST_NODE_TYPES.Property && candidate.value.type === AST_NODE_TYPES.Identifier && candidate.value.name === target.name,
      );
      return property !== undefined && FASTIFY_CORS_EXPORTS.has(getPropertyKey(property, globalScope) ?? '') && isFastifyCorsPlugin(def.node.init, depth + 1);
    }

    function evaluateRegisterCalls(): void {
      for (const call of registerCalls) {
        const [plugin, options] = call.arguments;
        if (!plugin || !isFastifyCorsPlugin(plugin)) continue;
        if (options) evaluateAt(options, [], 'fastify', call);
        else evaluateDefaults('fastify', call, call);
      }
    }

    function evaluateEnableCorsCalls(): void {
      for (const call of enableCorsCalls) {
        if (call.arguments.length === 0) evaluateDefaults('cors', call, call);
        else evaluateAt(call.arguments[0], [], 'cors', call);
      }
    }

    function evaluateObjects(objects: readonly TSESTree.ObjectExpression[], flavor: CorsFlavor): void {
      for (const object of objects) {
        const options = readOptionsObject(object, globalScope);
        if (options) evaluateOptions(options, flavor, object);
      }
    }

    /** hapi: `{ method, path, options: { cors } }` route definitions. */
    function evaluateHapiRoutes(): void {
      for (const route of hapiRoutes) {
        const routeOptions = readOptionsObject(route, globalScope);
        const settings = routeOptions?.get('options') ?? routeOptions?.get('config');
        if (settings) evaluateAt(settings.value, ['cors'], 'hapi', route);
      }
    }

    /** AWS CDK `defaultCorsPreflightOptions` / `corsPreflight` / function URL `cors`: `allowOrigins` + `allowCredentials`. */
    function evaluateCdkOptions(): void {
      for (const object of cdkOptions) {
        const options = readOptionsObject(object, globalScope);
        const first = options?.objects[0];
        if (!options || !first || evaluated.has(first)) continue;
        evaluated.add(first);
        const origins = CDK_ORIGIN_KEYS.map((key) => options.get(key)).find((property) => property !== undefined);
        if (!origins) continue;
        const credentials = credentialsOf(options.get(CDK_CREDENTIALS_KEY), options);
        const value = unwrapExpression(origins.value);
        if (value.type === AST_NODE_TYPES.MemberExpression && staticMemberName(value) === CDK_ALL_ORIGINS) {
          reportPolicy(origins.node, 'wildcard', HOW.wildcard, credentials, object);
          continue;
        }
        const list = resolveValue(value);
        if (list.type !== AST_NODE_TYPES.ArrayExpression) continue;
        for (const element of list.elements) {
          if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
          const text = getStaticString(element, globalScope);
          if (text === '*') reportPolicy(element, 'wildcard', HOW.wildcard, credentials, object);
        }
      }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hand-set headers
    // ---------------------------------------------------------------------------------------------------------

    /** What an `Access-Control-Allow-Origin` value is: `*`, `null`, the request origin echoed, or something else. */
    function headerValueKind(node: TSESTree.Node, subject: OriginSubject, depth = 0): 'wildcard' | 'null' | 'reflect' | 'guarded' | null {
      const target = unwrapExpression(node);
      if (depth > MAX_DEPTH) return null;
      if (target.type === AST_NODE_TYPES.ConditionalExpression) {
        if (mentionsOrigin(target.test, subject)) {
          checksOrigin(target.test, subject, null);
          return 'guarded';
        }
        const consequent = headerValueKind(target.consequent, subject, depth + 1);
        const alternate = headerValueKind(target.alternate, subject, depth + 1);
        if (consequent === 'guarded' || alternate === 'guarded') return 'guarded';
        if (consequent === null || alternate === null) return null;
        return consequent === 'reflect' || alternate === 'reflect' ? 'reflect' : consequent;
      }
      if (isOrigin(target, subject)) return 'reflect';
      // `process.env.CORS_ORIGIN || '*'`: the configured value is unknown, the fallback is not.
      if (target.type === AST_NODE_TYPES.LogicalExpression && target.operator !== '&&') {
        const fallback = headerValueKind(target.right, subject, depth + 1);
        return fallback === 'wildcard' || fallback === 'null' ? fallback : null;
      }
      if (target.type === AST_NODE_TYPES.TemplateLiteral && target.quasis.every((quasi) => quasi.value.cooked === '') && target.expressions.length === 1) {
        const [expression] = target.expressions;
        return expression ? headerValueKind(expression, subject, depth + 1) : null;
      }
      if (target.type === AST_NODE_TYPES.Identifier) {
        const resolved = resolveValue(target);
        if (resolved !== target) return headerValueKind(resolved, subject, depth + 1);
      }
      const text = getStaticString(target, globalScope);
      if (text === '*') return 'wildcard';
      if (text === 'null') return 'null';
      return null;
    }

    /** True when the function around an echo of the request origin checks that origin (reporting partial matches). */
    function functionChecksOrigin(site: TSESTree.Node, subject: OriginSubject): boolean {
      const fn = enclosingFunction(site);
      if (!isFunctionNode(fn)) return false;
      let checked = checkedFunctions.get(fn);
      if (checked === undefined) {
        checked = checksOrigin(fn.body, subject, null);
        checkedFunctions.set(fn, checked);
      }
      return checked;
    }

    function evaluateHeaderWrites(): void {
      if (headerWrites.length === 0) return;
      const groups = new Map<TSESTree.Node, HeaderWrite[]>();
      for (const write of headerWrites) {
        const group = groups.get(write.group);
        if (group) group.push(write);
        else groups.set(write.group, [write]);
      }
      const subject = subjectOf(null, true);
      for (const writes of groups.values()) {
        const credentialWrites = writes.filter((write) => write.header === 'credentials' && isCredentialsOn(staticOf(write.value)?.value));
        const originWrites = writes.filter((write) => write.header === 'origin');
        const kinds = new Map(
          originWrites.map((write) => {
            const kind = headerValueKind(write.value, subject);
            return [write, kind === 'reflect' && functionChecksOrigin(write.site, subject) ? 'guarded' : kind] as const;
          }),
        );
        for (const write of originWrites) {
          const kind = kinds.get(write) ?? null;
          if (kind === null || kind === 'guarded') continue;
          const how = kind === 'reflect' ? HOW.reflectHeader : kind === 'wildcard' ? HOW.wildcardHeader : HOW.nullOrigin;
          const effect: OriginEffect = kind;
          // Credentials count when they can be sent with this header, and no narrower origin is set beside them.
          const withCredentials = credentialWrites.some(
            (credential) =>
              !mutuallyExclusive(write.site, credential.site) &&
              originWrites.every((other) => {
                if (other === write) return true;
                const otherKind = kinds.get(other);
                const permissive = otherKind === 'wildcard' || otherKind === 'null' || otherKind === 'reflect';
                return permissive || mutuallyExclusive(other.site, credential.site);
              }),
          );
          reportPolicy(write.value, effect, how, withCredentials ? 'on' : 'off', write.site);
        }
      }
    }

    function recordHeader(name: string | null, site: TSESTree.Node, value: TSESTree.Node, group: TSESTree.Node): void {
      const header = name === null ? null : corsHeaderOf(name);
      if (header) headerWrites.push({ header, site, value, group });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Collection
    // ---------------------------------------------------------------------------------------------------------

    /** The flavor a `CorsOptions`-style type annotation declares, if any. */
    function declaredFlavor(annotation: TSESTree.TypeNode | undefined): CorsFlavor | null {
      if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return null;
      const name = annotation.typeName;
      const last = name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : name.type === AST_NODE_TYPES.Identifier ? name.name : null;
      return last === null ? null : (CORS_OPTION_TYPES.get(last) ?? null);
    }

    /** `const options: CorsOptions = {...}`, `{...} satisfies CorsOptions`, `{...} as CorsOptions`. */
    function typedFlavor(object: TSESTree.ObjectExpression): CorsFlavor | null {
      const parent = object.parent;
      if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === object) {
        return declaredFlavor(parent.id.typeAnnotation?.typeAnnotation);
      }
      if (parent.type === AST_NODE_TYPES.TSSatisfiesExpression || parent.type === AST_NODE_TYPES.TSAsExpression) {
        return declaredFlavor(parent.typeAnnotation);
      }
      return null;
    }

    /** Header objects inside a function answer its response; module-level ones are separate constants. */
    function objectGroup(object: TSESTree.ObjectExpression): TSESTree.Node {
      const fn = enclosingFunction(object);
      return fn.type === AST_NODE_TYPES.Program ? object : fn;
    }

    function plainKey(property: TSESTree.ObjectLiteralElement): string | null {
      if (property.type !== AST_NODE_TYPES.Property) return null;
      if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
      if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') return property.key.value;
      return property.computed ? getPropertyKey(property, globalScope) : null;
    }

    const listeners: TSESLint.RuleListener = {
      ObjectExpression(node) {
        // What the keys show, noted in one pass without collecting them (most objects hold none of these).
        let origin = false;
        let corsShape = false;
        let method = false;
        let path = false;
        let routeOptions = false;
        let cdk = false;
        let keyEntry = false;
        let valueEntry = false;
        for (const property of node.properties) {
          const key = plainKey(property);
          if (key === null || property.type !== AST_NODE_TYPES.Property) continue;
          // `{ 'Access-Control-Allow-Origin': origin }` for writeHead, res.set, a Lambda response, new Headers().
          // The group (a climb to the enclosing function) only for a CORS header: climbing for every key of every
          // object would be quadratic in the nesting depth.
          if (mayBeCorsHeader(key) && corsHeaderOf(key)) recordHeader(key, property, property.value, objectGroup(node));
          if (key === 'origin') origin = true;
          else if (key === 'method') method = true;
          else if (key === 'path') path = true;
          else if (key === 'options' || key === 'config') routeOptions = true;
          else if (key === 'key') keyEntry = true;
          else if (key === 'value') valueEntry = true;
          if (key === CDK_CREDENTIALS_KEY || CDK_ORIGIN_KEYS.includes(key)) cdk = true;
          if (CORS_SHAPE_KEYS.has(key)) corsShape = true;
        }
        const flavor = typedFlavor(node);
        if (flavor) typedOptions.push({ object: node, flavor });
        else if (origin && corsShape) shapedOptions.push(node);
        if (method && path && routeOptions) hapiRoutes.push(node);
        if (cdk) cdkOptions.push(node);
        if (keyEntry && valueEntry && node.parent.type === AST_NODE_TYPES.ArrayExpression) {
          // Next.js `headers()`: `{ key: 'Access-Control-Allow-Origin', value: '*' }` entries of one array.
          const options = readOptionsObject(node, globalScope);
          const value = options?.get('value');
          if (value) recordHeader(getStaticString(options?.get('key')?.value, globalScope), node, value.value, node.parent);
        }
      },

      CallExpression(node) {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.Identifier) {
          // NestJS `@Header('Access-Control-Allow-Origin', '*')`: grouped by the decorated method.
          if (callee.name === 'Header' && node.parent.type === AST_NODE_TYPES.Decorator && node.arguments[1]) {
            recordHeader(getStaticString(node.arguments[0], globalScope), node, node.arguments[1], node.parent.parent);
          }
          return;
        }
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = staticMemberName(callee);
        if (method === null) return;
        if (method === 'register' && node.arguments.length > 0) registerCalls.push(node);
        else if (method === ENABLE_CORS_METHOD) enableCorsCalls.push(node);
        else if (HEADER_SETTERS.has(method) && node.arguments.length >= 2 && node.arguments[1]) {
          const name = headerName(node.arguments[0], globalScope);
          // The climb to the enclosing function only for a CORS header (`map.set(k, v)` calls are common).
          if (name !== null && corsHeaderOf(name)) recordHeader(name, node, node.arguments[1], enclosingFunction(node));
        }
      },

      'Program:exit'() {
        evaluateTrackedCalls();
        evaluateRegisterCalls();
        evaluateEnableCorsCalls();
        for (const { object, flavor } of typedOptions) evaluateObjects([object], flavor);
        evaluateHapiRoutes();
        evaluateObjects(shapedOptions, 'generic');
        evaluateCdkOptions();
        evaluateHeaderWrites();
      },
    };
    // File gate. Every name read here is written in the file, verbatim or through an escape (see `CORS_OR_ORIGIN`).
    // Of the two headers only `Access-Control-Allow-Origin` is reported; `Access-Control-Allow-Credentials` only decides how.
    if (textMayHoldEscape(sourceCode)) return listeners;
    const text = sourceCode.text;
    if (!(textMayHoldInAnyCase(sourceCode, 'cors') || textMayHoldInAnyCase(sourceCode, 'origin')) || !CORS_OR_ORIGIN.test(text)) return {};
    const holds = (needle: string): boolean => textHolds(sourceCode, needle);
    // The library calls (tracked, `register(@fastify/cors)`) and hapi routes need `cors`; they keep both listeners.
    const corsNames = holds(CORS_WORD);
    const originHeader = textMayHoldInAnyCase(sourceCode, ALLOW_ORIGIN_WORD.source) && ALLOW_ORIGIN_WORD.test(text);
    if (!corsNames && !originHeader && !holds(ENABLE_CORS_METHOD)) delete listeners.CallExpression;
    const objects =
      corsNames ||
      originHeader ||
      holds(CORS_TYPE_PIECE) ||
      holds(CDK_ORIGINS_PIECE) ||
      (holds(ORIGIN_KEY) && SHAPE_KEY_LIST.some(holds));
    if (!objects) delete listeners.ObjectExpression;
    return listeners.CallExpression || listeners.ObjectExpression ? listeners : {};
  },
});
