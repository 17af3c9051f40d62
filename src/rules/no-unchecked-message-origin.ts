import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  CALLBACK_WRAPPERS,
  COLLECTION_LOOKUPS,
  DERIVING_METHODS,
  HOST_BRIDGE_GLOBALS,
  HOST_ENVELOPE,
  JQUERY_METHODS,
  JQUERY_NAMES,
  LISTENER_HOOKS,
  LOGGER_METHODS,
  LOGGER_OBJECTS,
  MESSAGE_EVENT,
  NAMED_GETTERS,
  OAUTH_CODE_NAME,
  ORIGIN_CONVERSIONS,
  PARAMETER_WINDOW_NAMES,
  SELF_POST_NAMES,
  SERIALIZERS,
  URL_PARTS,
  WINDOW_ALIAS_PROPERTIES,
  WINDOW_NAMES,
  WINDOW_PROPERTIES,
  WORKER_ONLY_EVENTS,
  WORKER_ONLY_GLOBALS,
  WORKER_ONLY_SELF_MEMBERS,
  isOAuthContextText,
  isQueryHolderName,
  isSensitiveName,
  isValidatorName,
  isWorkerPath,
} from '../models/message-origin';
import {
  ORIGIN_CHECK_METHODS,
  REGEX_ARGUMENT_METHODS,
  isVacuousComparand,
  judgeOriginLookup,
  judgeOriginRegex,
  judgeStringCheck,
  type OriginMatch,
} from '../models/origin-match';
import { AST_NODE_TYPES, calleeName, isEqualityOperator, isExpressionWrapper, isRegExpLiteral, messageLabel, outermostExpressionWrapper, staticMemberName, unwrapExpression } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { resolveFunction, type FunctionNode } from '../utils/functions';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getStatic, getStaticString, rootScope } from '../utils/static-value';
import { textHolds, textMayHoldEscape } from '../utils/text-gate';

export type Options = [
  {
    /** Also report `postMessage(message, '*')` when nothing marks the message as sensitive. */
    reportAnyWildcardTarget?: boolean;
  },
];
export type MessageIds = 'missingOriginCheck' | 'partialOriginCheck' | 'sensitiveWildcardTarget' | 'wildcardTarget';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** What a value in a handler stands for: the event, its `origin` (or a part of it), its `source`, or a `URL` of the origin. */
type Role = 'event' | 'origin' | 'source' | 'url';

/** How a `message` listener is registered: on a window for sure, or on `self`/the global scope, which may be a worker. */
type ReceiverKind = 'window' | 'global';

interface Check {
  /** The node to report for a partial check. */
  readonly node: TSESTree.Node;
  /** The boolean expression the check is, and whether it is true when the origin is accepted. */
  readonly test: TSESTree.Node;
  readonly accepts: boolean;
}

interface HandlerFacts {
  readsData: boolean;
  /** The event, its origin or its source went somewhere this rule cannot follow, which may check it. */
  unknown: boolean;
  /** The handler uses what only a worker's message event has (`event.ports` in a worker, `event.waitUntil`). */
  workerHint: boolean;
  /** The handler reads a host application's envelope (`event.data.pluginMessage` in a Figma plugin UI). */
  hostMessage: boolean;
  readonly exact: Check[];
  readonly partial: Check[];
  /** Bindings already followed, so aliases and recursive delegates are read once. */
  readonly followed: Set<Variable>;
}

const MAX_DEPTH = 4;

/** An origin check's verdict as this rule counts it: only an exact check proves where a message comes from. */
function checkKind(match: OriginMatch | null): 'exact' | 'partial' {
  return match?.kind === 'exact' ? 'exact' : 'partial';
}

/**
 * Pieces of the names of every call this rule reads: `addEventListener`, `attachEvent`, `useEventListener` and
 * `useWindowEvent` hold `Event`, `postMessage` holds `Messag`, `jQuery` holds `Query`. Short and starting with a capital,
 * so that looking for them in a file's text is cheap.
 */
const CALL_NAME_PIECES: readonly string[] = ['Event', 'Messag', 'Query'];
/** The method that posts a message: its calls are read whatever event names the file holds. */
const POST_MESSAGE = 'postMessage';
/**
 * The event name a listener's call gives, `message` (`onmessage` for `attachEvent`, `message.ns` for a jQuery
 * namespace): compared whole, so it is the whole text of a string or template, a constant's included, and a quote
 * opens it. A name made at run time from other text (`'mess' + 'age'`, `'MESSAGE'.toLowerCase()`) is not looked for.
 */
const MESSAGE_EVENT_STRING = /["'`](?:on)?message/u;
/** The handler properties and the decorator this rule reads, by name. */
const HANDLER_PROPERTY = `on${MESSAGE_EVENT}`;
const HOST_LISTENER = 'HostListener';

/**
 * Whether the text can call jQuery's `$`: it holds a `$` that does not open a template substitution. A `$` called as a
 * function is followed by `(`, `<`, `!`, `?.`, `)`, a quote, a space or a comment, never by `{`.
 */
function hasDollarName(text: string): boolean {
  for (let index = text.indexOf('$'); index !== -1; index = text.indexOf('$', index + 1)) {
    if (text.charAt(index + 1) !== '{') return true;
  }
  return false;
}

/** True when the identifier is the global of that name (not declared in the file), or a configured global. */
function isGlobalReference(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = ASTUtils.findVariable(scope, identifier);
  return !variable || isImplicitGlobal(variable);
}

function isImplicitGlobal(variable: Variable): boolean {
  return variable.scope.type === TSESLint.Scope.ScopeType.global && variable.defs.length === 0;
}

/** The only value a variable is ever given: its `const` (or never reassigned `let`/`var`) initializer. */
function singleInitializer(variable: Variable): TSESTree.Expression | null {
  if (variable.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return null;
  if (def.parent.kind !== 'const' && variable.references.filter((reference) => reference.isWrite()).length !== 1) return null;
  return def.node.init;
}

function initializerOf(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Expression | null {
  const variable = ASTUtils.findVariable(rootScope(scope), identifier);
  return variable ? singleInitializer(variable) : null;
}

/** `console.log(…)`, `logger.debug(…)`: a call that only records its arguments. */
function isLoggingCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrapExpression(callee.object);
  const method = staticMemberName(callee);
  return object.type === AST_NODE_TYPES.Identifier && LOGGER_OBJECTS.has(object.name) && method !== null && LOGGER_METHODS.has(method);
}

/** True when a value (`event.data`, `event.data.type`, a template around it) only goes to a logging call. */
function isOnlyLogged(value: TSESTree.Node): boolean {
  let current = outermostExpressionWrapper(value);
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    const passesThrough =
      (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) ||
      parent.type === AST_NODE_TYPES.TemplateLiteral ||
      (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') ||
      isExpressionWrapper(parent);
    if (!passesThrough) return parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== current && isLoggingCall(parent);
  }
  return false;
}

/** The regular expression behind `node`: a literal, a `const` bound to one, or `new RegExp('static')`. */
function staticRegexSource(node: TSESTree.Node, scope: Scope, depth = 0): string | null {
  const target = unwrapExpression(node);
  if (target.type === AST_NODE_TYPES.Literal) return isRegExpLiteral(target) ? target.regex.pattern : null;
  if ((target.type === AST_NODE_TYPES.NewExpression || target.type === AST_NODE_TYPES.CallExpression) && calleeName(target.callee) === 'RegExp') {
    return getStaticString(target.arguments[0], scope);
  }
  if (target.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
    const init = initializerOf(target, scope);
    return init ? staticRegexSource(init, scope, depth + 1) : null;
  }
  return null;
}

/**
 * Which way a check points at the nearest logical operator above it: the `LogicalExpression`s it sits in,
 * each with whether the check is "true when the origin is accepted" at that level (a `!` flips it).
 */
function logicalAncestors(check: Check): Map<TSESTree.LogicalExpression, boolean> {
  const found = new Map<TSESTree.LogicalExpression, boolean>();
  let accepts = check.accepts;
  let node: TSESTree.Node = check.test;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') accepts = !accepts;
    else if (parent.type === AST_NODE_TYPES.LogicalExpression) found.set(parent, accepts);
    else if (!isExpressionWrapper(parent)) break;
  }
  return found;
}

/**
 * True when a partial check is an alternative to an exact one, so it widens what is accepted:
 * `origin === A || origin.endsWith('b.com')`, or `origin !== A && !origin.endsWith('b.com')` before a `return`.
 */
function isAlternative(partial: Check, exact: Check): boolean {
  const exactLevels = logicalAncestors(exact);
  for (const [logical, accepts] of logicalAncestors(partial)) {
    const exactAccepts = exactLevels.get(logical);
    if (exactAccepts === undefined) continue;
    return logical.operator === '||' ? accepts && exactAccepts : logical.operator === '&&' && !accepts && !exactAccepts;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-unchecked-message-origin',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow acting on cross-window messages without an exact origin check, and posting secrets with target origin `'*'`",
      recommended: 'strict',
      principle: 'verify-explicitly',
      cwe: ['CWE-346', 'CWE-201'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportAnyWildcardTarget: {
            type: 'boolean',
            description:
              "Also report `postMessage(message, '*')` to another window when nothing marks the message as a credential or session secret.",
          },
        },
      },
    ],
    messages: {
      missingOriginCheck:
        'This `message` handler acts on `{{event}}.data` without checking `{{event}}.origin`, so any page that can frame or open this one can send it commands; compare the origin exactly against the expected origin (or an allowlist) first.',
      partialOriginCheck:
        '`{{check}}` matches only part of the sender origin, so a look-alike such as `https://example.com.attacker.net` passes; compare the whole origin with `===` or an allowlist lookup instead.',
      sensitiveWildcardTarget:
        "`{{name}}` is posted with target origin `'*'`, so whatever page is loaded in the receiving window at that moment can read it; pass the receiver's exact origin instead.",
      wildcardTarget:
        "This message is posted with target origin `'*'`, so whatever page is loaded in the receiving window at that moment can read it; pass the receiver's exact origin instead.",
    },
    defaultOptions: [{ reportAnyWildcardTarget: false }],
  },
  create(context, [{ reportAnyWildcardTarget }]) {
    const sourceCode = context.sourceCode;
    const analyzed = new Set<FunctionNode>();
    let workerFile: boolean | undefined;
    let hostBridge: boolean | undefined;
    let globals: TSESLint.Scope.Reference[] | undefined;

    // ---- File-level facts, computed once and only when a handler needs them ----

    /** Every reference to a global name (undeclared, or a configured global without a definition). */
    function globalReferences(): TSESLint.Scope.Reference[] {
      if (globals) return globals;
      const globalScope = sourceCode.scopeManager?.globalScope;
      globals = globalScope ? [...globalScope.through] : [];
      for (const variable of globalScope?.variables ?? []) if (variable.defs.length === 0) globals.push(...variable.references);
      return globals;
    }

    /** A `postMessage` call shaped as a worker's reply: one argument, or a transfer list where a window takes the target origin. */
    function isWorkerStylePost(call: TSESTree.CallExpression): boolean {
      return call.arguments.length === 1 || call.arguments[1]?.type === AST_NODE_TYPES.ArrayExpression;
    }

    function isWorkerOnlyListener(call: TSESTree.CallExpression): boolean {
      const event = getStaticString(call.arguments[0], sourceCode.getScope(call));
      return event !== null && WORKER_ONLY_EVENTS.has(event);
    }

    /** True when the global name's use at `identifier` only makes sense in a worker. */
    function isWorkerSign(identifier: TSESTree.Identifier): boolean {
      const name = identifier.name;
      if (WORKER_ONLY_GLOBALS.has(name)) return true;
      const parent = outermostExpressionWrapper(identifier).parent;
      if (name === 'postMessage' || name === 'addEventListener') {
        if (parent?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(parent.callee) !== identifier) return false;
        return name === 'postMessage' ? isWorkerStylePost(parent) : isWorkerOnlyListener(parent);
      }
      if ((name !== 'self' && name !== 'globalThis') || parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outermostExpressionWrapper(identifier)) {
        return false;
      }
      const property = staticMemberName(parent);
      if (property !== null && WORKER_ONLY_SELF_MEMBERS.has(property)) return true;
      const call = outermostExpressionWrapper(parent).parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== outermostExpressionWrapper(parent)) return false;
      if (property === 'postMessage') return isWorkerStylePost(call);
      return property === 'addEventListener' && isWorkerOnlyListener(call);
    }

    /** The file's path inside the project: a checkout under `/srv/workers/` says nothing about the file. */
    function projectPath(): string {
      const relative = path.relative(context.cwd, context.filename);
      return relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(context.filename) : relative;
    }

    /** True when the file is a worker script: its name, a `webworker` lib reference or a worker-only global says so. */
    function isWorkerFile(): boolean {
      workerFile ??=
        isWorkerPath(projectPath()) ||
        sourceCode.getAllComments().some((comment) => /<reference\s+lib=["']webworker["']/u.test(comment.value)) ||
        globalReferences().some((reference) => isWorkerSign(reference.identifier as TSESTree.Identifier));
      return workerFile;
    }

    /** True when the file runs in a host application's web view, whose messages come from the host. */
    function isHostBridge(): boolean {
      hostBridge ??= globalReferences().some((reference) => HOST_BRIDGE_GLOBALS.has(reference.identifier.name));
      return hostBridge;
    }

    // ---- Receivers and handlers ----

    /** Whether `node` is a window (`window`, `iframe.contentWindow`), the global scope (`self`), or neither. */
    function receiverKind(node: TSESTree.Node, depth = 0): ReceiverKind | null {
      const target = unwrapExpression(node);
      const scope = sourceCode.getScope(target);
      if (target.type === AST_NODE_TYPES.Identifier) {
        if (WINDOW_NAMES.has(target.name)) {
          const variable = ASTUtils.findVariable(scope, target);
          if (!variable || isImplicitGlobal(variable)) return target.name === 'window' ? 'window' : 'global';
          // A UMD wrapper's `function (window) {…}(window)`; its `global` may be a worker's `self`.
          if (PARAMETER_WINDOW_NAMES.has(target.name) && variable.defs.every((def) => def.type === TSESLint.Scope.DefinitionType.Parameter)) {
            return target.name === 'window' ? 'window' : 'global';
          }
        }
        const init = depth < MAX_DEPTH ? initializerOf(target, scope) : null;
        return init ? receiverKind(init, depth + 1) : null;
      }
      if (target.type === AST_NODE_TYPES.MemberExpression) {
        const property = staticMemberName(target);
        if (property !== null && WINDOW_PROPERTIES.has(property)) return 'window';
        if (property !== null && WINDOW_ALIAS_PROPERTIES.has(property) && depth < MAX_DEPTH && receiverKind(target.object, depth + 1)) return 'window';
      }
      if (target.type === AST_NODE_TYPES.LogicalExpression || target.type === AST_NODE_TYPES.ConditionalExpression) {
        // `typeof window !== 'undefined' ? window : global` and `root || window`.
        const [left, right] = target.type === AST_NODE_TYPES.LogicalExpression ? [target.left, target.right] : [target.consequent, target.alternate];
        if (depth < MAX_DEPTH) return receiverKind(left, depth + 1) ?? receiverKind(right, depth + 1);
      }
      return null;
    }

    /** The function `this.name` denotes inside a class or an object literal (including a Vue `methods` block). */
    function resolveThisMember(member: TSESTree.MemberExpression, depth: number): FunctionNode | null {
      const name = staticMemberName(member);
      if (name === null) return null;
      let owner: TSESTree.ClassBody | TSESTree.ObjectExpression | null = null;
      for (let current: TSESTree.Node | undefined = member.parent; current && !owner; current = current.parent) {
        if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
          const parent = current.parent;
          if (parent.type === AST_NODE_TYPES.MethodDefinition) owner = parent.parent;
          else if (parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectExpression) owner = parent.parent;
          else return null;
        } else if (current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.StaticBlock) {
          owner = current.parent;
        }
      }
      if (!owner) return null;
      return findMember(owner, name, depth);
    }

    function findMember(owner: TSESTree.ClassBody | TSESTree.ObjectExpression, name: string, depth: number): FunctionNode | null {
      const scope = sourceCode.getScope(owner);
      if (owner.type === AST_NODE_TYPES.ClassBody) {
        for (const element of owner.body) {
          if (element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) continue;
          if (element.computed || element.key.type !== AST_NODE_TYPES.Identifier || element.key.name !== name || !element.value) continue;
          return resolveHandler(element.value, depth + 1);
        }
        return null;
      }
      for (const property of owner.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const key = getPropertyKey(property, scope);
        if (key === name) return resolveHandler(property.value, depth + 1);
        if (key === 'methods' && property.value.type === AST_NODE_TYPES.ObjectExpression) {
          const found = findMember(property.value, name, depth + 1);
          if (found) return found;
        }
      }
      return null;
    }

    /** The function a handler expression denotes, through `const`s, `.bind()`, `useCallback()` and `this.method`. */
    function resolveHandler(node: TSESTree.Node, depth = 0): FunctionNode | null {
      if (depth > MAX_DEPTH) return null;
      const target = unwrapExpression(node);
      const scope = sourceCode.getScope(target);
      const direct = resolveFunction(target, scope);
      if (direct) return direct;
      switch (target.type) {
        case AST_NODE_TYPES.Identifier: {
          const init = initializerOf(target, scope);
          return init ? resolveHandler(init, depth + 1) : null;
        }
        case AST_NODE_TYPES.CallExpression: {
          const callee = unwrapExpression(target.callee);
          if (callee.type === AST_NODE_TYPES.MemberExpression && staticMemberName(callee) === 'bind') return resolveHandler(callee.object, depth + 1);
          const name = calleeName(callee);
          const first = target.arguments[0];
          return name !== null && CALLBACK_WRAPPERS.has(name) && first ? resolveHandler(first, depth + 1) : null;
        }
        case AST_NODE_TYPES.MemberExpression:
          return target.object.type === AST_NODE_TYPES.ThisExpression ? resolveThisMember(target, depth) : null;
        default:
          return null;
      }
    }

    // ---- Following the event, its origin and its source through a handler ----

    /** True when `value` is read as `value.key`, or destructured as `const { key } = value`. */
    function readsKey(value: TSESTree.Node, key: string): boolean {
      const outer = outermostExpressionWrapper(value);
      const parent = outer.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) return staticMemberName(parent) === key;
      return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && patternHasKey(parent.id, key);
    }

    function patternHasKey(pattern: TSESTree.Node, key: string): boolean {
      const target = pattern.type === AST_NODE_TYPES.AssignmentPattern ? pattern.left : pattern;
      if (target.type !== AST_NODE_TYPES.ObjectPattern) return false;
      return target.properties.some(
        (property) => property.type === AST_NODE_TYPES.Property && getPropertyKey(property, sourceCode.getScope(property)) === key,
      );
    }

    function addCheck(facts: HandlerFacts, kind: 'exact' | 'partial', node: TSESTree.Node, test: TSESTree.Node, accepts = true): void {
      facts[kind].push({ node, test, accepts });
    }

    /** True when `other`, compared with the origin or source, proves nothing: `''`, `'*'`, `null`, `undefined`, a `typeof`. */
    function isTrivialOperand(other: TSESTree.Node, scope: Scope): boolean {
      const target = unwrapExpression(other);
      if (target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined') return true;
      if (target.type === AST_NODE_TYPES.UnaryExpression) return true;
      const value = getStatic(target, scope);
      return value !== null && isVacuousComparand(value.value);
    }

    /** Follows every read of a binding (a parameter, a `const`, a destructured name) in the given role. */
    function followBinding(pattern: TSESTree.Node, role: Role, facts: HandlerFacts, depth: number): void {
      const target = pattern.type === AST_NODE_TYPES.AssignmentPattern ? pattern.left : pattern;
      if (target.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
        if (!variable || facts.followed.has(variable)) return;
        facts.followed.add(variable);
        for (const reference of variable.references) {
          if (reference.isRead()) followUse(reference.identifier, role, facts, depth);
        }
        return;
      }
      if (target.type === AST_NODE_TYPES.ObjectPattern && (role === 'event' || role === 'url')) {
        for (const property of target.properties) {
          if (property.type === AST_NODE_TYPES.RestElement) {
            if (role === 'event') followBinding(property.argument, 'event', facts, depth);
            continue;
          }
          const key = getPropertyKey(property, sourceCode.getScope(property));
          if (role === 'url') {
            if (key !== null && URL_PARTS.has(key)) followBinding(property.value, 'origin', facts, depth);
          } else if (key === 'data') {
            facts.readsData = true;
            if (patternHasKey(property.value, HOST_ENVELOPE)) facts.hostMessage = true;
          } else if (key === 'origin' || key === 'source') {
            followBinding(property.value, key, facts, depth);
          } else if (key === 'originalEvent') {
            followBinding(property.value, 'event', facts, depth);
          } else if (key === null) {
            facts.unknown = true;
          }
        }
      }
    }

    /** Follows a value passed to a function: into its parameter when the function is in the file, else records a check or an unknown. */
    function followArgument(call: TSESTree.CallExpression, index: number, role: Role, facts: HandlerFacts, depth: number): void {
      const callee = unwrapExpression(call.callee);
      // Logging, or replying to the sender (`event.source.postMessage(reply, event.origin)`), is not a check and cannot hide one.
      if (isLoggingCall(call) || (callee.type === AST_NODE_TYPES.MemberExpression && staticMemberName(callee) === 'postMessage')) return;
      const fn = depth < MAX_DEPTH ? resolveHandler(callee, depth) : null;
      if (fn) {
        const parameter = fn.params[index];
        if (parameter?.type === AST_NODE_TYPES.RestElement) facts.unknown = true;
        else if (parameter) followBinding(parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter, role, facts, depth + 1);
        return;
      }
      const name = calleeName(callee);
      if (name !== null && isValidatorName(name)) addCheck(facts, 'exact', call, outermostExpressionWrapper(call));
      else if (role !== 'source') facts.unknown = true;
    }

    function followUse(node: TSESTree.Node, role: Role, facts: HandlerFacts, depth: number): void {
      const value = outermostExpressionWrapper(node);
      const parent = value.parent;
      if (!parent) return;
      switch (role) {
        case 'event':
          followEvent(value, parent, facts, depth);
          return;
        case 'origin':
          followOrigin(value, parent, facts, depth);
          return;
        case 'source':
          followSource(value, parent, facts, depth);
          return;
        case 'url':
          if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === value) {
            const property = staticMemberName(parent);
            if (property !== null && URL_PARTS.has(property)) followUse(parent, 'origin', facts, depth);
          } else if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value) {
            followBinding(parent.id, 'url', facts, depth);
          }
          return;
      }
    }

    function followEvent(value: TSESTree.Node, parent: TSESTree.Node, facts: HandlerFacts, depth: number): void {
      switch (parent.type) {
        case AST_NODE_TYPES.MemberExpression: {
          if (parent.object !== value) return;
          const property = staticMemberName(parent);
          if (property === null) {
            if (parent.computed) facts.unknown = true;
          } else if (property === 'data') {
            if (!isOnlyLogged(parent)) facts.readsData = true;
            if (readsKey(parent, HOST_ENVELOPE)) facts.hostMessage = true;
          } else if (property === 'origin' || property === 'source') {
            followUse(parent, property, facts, depth);
          } else if (property === 'originalEvent') {
            followUse(parent, 'event', facts, depth);
          } else if (property === 'ports' || property === 'waitUntil') {
            facts.workerHint = true;
          }
          return;
        }
        case AST_NODE_TYPES.VariableDeclarator:
          if (parent.init === value) followBinding(parent.id, 'event', facts, depth);
          return;
        case AST_NODE_TYPES.CallExpression: {
          const index = parent.arguments.indexOf(value as TSESTree.CallExpressionArgument);
          if (index >= 0) followArgument(parent, index, 'event', facts, depth);
          return;
        }
        case AST_NODE_TYPES.AssignmentExpression:
        case AST_NODE_TYPES.NewExpression:
        case AST_NODE_TYPES.ReturnStatement:
        case AST_NODE_TYPES.ArrowFunctionExpression:
        case AST_NODE_TYPES.ArrayExpression:
        case AST_NODE_TYPES.Property:
        case AST_NODE_TYPES.SpreadElement:
        case AST_NODE_TYPES.YieldExpression:
          // Stored or handed on: whatever receives it may check the origin.
          facts.unknown = true;
          return;
        default:
      }
    }

    /** A method called on the origin: `origin.endsWith(...)`, `origin.indexOf(...) === 0`, `origin.toLowerCase()`. */
    function followOriginMethod(member: TSESTree.MemberExpression, call: TSESTree.CallExpression, facts: HandlerFacts, depth: number): void {
      const method = staticMemberName(member);
      if (method === null) return;
      if (!ORIGIN_CHECK_METHODS.has(method)) {
        if (DERIVING_METHODS.has(method)) followUse(call, 'origin', facts, depth);
        return;
      }
      const scope = sourceCode.getScope(call);
      const argument = call.arguments[0];
      const regex = argument && REGEX_ARGUMENT_METHODS.has(method) ? staticRegexSource(argument, scope) : null;
      const text = getStaticString(argument, scope);
      const test = outermostExpressionWrapper(call);
      const comparison = test.parent;
      const prefixTest =
        method === 'indexOf' &&
        comparison?.type === AST_NODE_TYPES.BinaryExpression &&
        isEqualityOperator(comparison.operator) &&
        getStatic(comparison.left === test ? comparison.right : comparison.left, scope)?.value === 0;
      // An argument this rule cannot read is given the benefit of the doubt, except by a substring search.
      const substringSearch = !prefixTest && (method === 'includes' || method === 'indexOf' || method === 'lastIndexOf');
      let kind: 'exact' | 'partial';
      if (regex !== null) kind = checkKind(judgeOriginRegex(regex));
      else if (text !== null) kind = checkKind(judgeStringCheck(prefixTest ? 'startsWith' : method, text));
      else kind = substringSearch ? 'partial' : 'exact';
      if (prefixTest) addCheck(facts, kind, call, comparison, comparison.operator === '===' || comparison.operator === '==');
      else if (method === 'indexOf' || method === 'lastIndexOf') addCheck(facts, kind, call, indexTest(test), indexAccepts(test));
      else addCheck(facts, kind, call, test);
    }

    /** The boolean test an `indexOf` result feeds: `x.indexOf(o) !== -1` rather than the call. */
    function indexTest(test: TSESTree.Node): TSESTree.Node {
      const parent = test.parent;
      return parent?.type === AST_NODE_TYPES.BinaryExpression ? parent : test;
    }

    /** Whether an `indexOf` test is true when the value is found: `!== -1`, `> -1`, `>= 0` are; `=== -1`, `< 0` are not. */
    function indexAccepts(test: TSESTree.Node): boolean {
      const parent = test.parent;
      if (parent?.type !== AST_NODE_TYPES.BinaryExpression) return true;
      const other = parent.left === test ? parent.right : parent.left;
      const value = getStatic(other, sourceCode.getScope(parent))?.value;
      const testOnLeft = parent.left === test;
      switch (parent.operator) {
        case '===':
        case '==':
          return value !== -1;
        case '<':
        case '<=':
          return !testOnLeft;
        case '>':
        case '>=':
          return testOnLeft;
        default:
          return true;
      }
    }

    function followOrigin(value: TSESTree.Node, parent: TSESTree.Node, facts: HandlerFacts, depth: number): void {
      const scope = sourceCode.getScope(parent);
      switch (parent.type) {
        case AST_NODE_TYPES.BinaryExpression: {
          if (isEqualityOperator(parent.operator)) {
            const other = parent.left === value ? parent.right : parent.left;
            if (!isTrivialOperand(other, scope)) addCheck(facts, 'exact', parent, parent, parent.operator === '===' || parent.operator === '==');
          } else if (parent.operator === 'in' && parent.left === value) {
            addCheck(facts, 'exact', parent, parent);
          }
          return;
        }
        case AST_NODE_TYPES.SwitchStatement:
          if (parent.discriminant === value && parent.cases.some((switchCase) => switchCase.test && !isTrivialOperand(switchCase.test, scope))) {
            addCheck(facts, 'exact', parent, parent);
          }
          return;
        case AST_NODE_TYPES.MemberExpression: {
          if (parent.computed && parent.property === value) {
            // `ALLOWED_ORIGINS[origin]`: a lookup by the whole origin, unless it is written to.
            const lookup = outermostExpressionWrapper(parent);
            const written = lookup.parent?.type === AST_NODE_TYPES.AssignmentExpression && lookup.parent.left === lookup;
            if (!written) addCheck(facts, 'exact', parent, lookup);
            return;
          }
          if (parent.object !== value) return;
          const call = outermostExpressionWrapper(parent).parent;
          if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === outermostExpressionWrapper(parent)) followOriginMethod(parent, call, facts, depth);
          // `origin.split('//')[1]`: a part of the origin, still compared later.
          else if (parent.computed && typeof getStatic(parent.property, scope)?.value === 'number') followUse(parent, 'origin', facts, depth);
          return;
        }
        case AST_NODE_TYPES.CallExpression: {
          const index = parent.arguments.indexOf(value as TSESTree.CallExpressionArgument);
          if (index < 0) return;
          followOriginArgument(parent, index, facts, depth);
          return;
        }
        case AST_NODE_TYPES.NewExpression:
          if (calleeName(parent.callee) === 'URL' && parent.arguments[0] === value) followUse(parent, 'url', facts, depth);
          return;
        case AST_NODE_TYPES.VariableDeclarator:
          if (parent.init === value) followBinding(parent.id, 'origin', facts, depth);
          return;
        case AST_NODE_TYPES.AssignmentExpression:
          if (parent.right === value && parent.left.type === AST_NODE_TYPES.Identifier) followBinding(parent.left, 'origin', facts, depth);
          return;
        case AST_NODE_TYPES.LogicalExpression:
          followUse(parent, 'origin', facts, depth);
          return;
        case AST_NODE_TYPES.ConditionalExpression:
          if (parent.test !== value) followUse(parent, 'origin', facts, depth);
          return;
        default:
      }
    }

    /** The origin passed to a function: `allowed.includes(origin)`, `/^…$/.test(origin)`, `isTrustedOrigin(origin)`. */
    function followOriginArgument(call: TSESTree.CallExpression, index: number, facts: HandlerFacts, depth: number): void {
      const scope = sourceCode.getScope(call);
      const callee = unwrapExpression(call.callee);
      const name = calleeName(callee);
      const test = outermostExpressionWrapper(call);
      if (callee.type === AST_NODE_TYPES.MemberExpression && name !== null) {
        if (name === 'test' || name === 'exec') {
          const regex = staticRegexSource(callee.object, scope);
          addCheck(facts, regex === null ? 'exact' : checkKind(judgeOriginRegex(regex)), call, test);
          return;
        }
        if (COLLECTION_LOOKUPS.has(name)) {
          // A string of origins (`'https://a.com https://b.com'.includes(origin)`) matches substrings; a list or a set does not.
          const kind = checkKind(judgeOriginLookup(getStatic(callee.object, scope)?.value));
          if (name === 'indexOf' || name === 'lastIndexOf') addCheck(facts, kind, call, indexTest(test), indexAccepts(test));
          else addCheck(facts, kind, call, test);
          return;
        }
      }
      if (name !== null && ORIGIN_CONVERSIONS.has(name) && index === 0) {
        followUse(call, 'origin', facts, depth);
        return;
      }
      followArgument(call, index, 'origin', facts, depth);
    }

    function followSource(value: TSESTree.Node, parent: TSESTree.Node, facts: HandlerFacts, depth: number): void {
      const scope = sourceCode.getScope(parent);
      switch (parent.type) {
        case AST_NODE_TYPES.BinaryExpression:
          if (isEqualityOperator(parent.operator)) {
            const other = parent.left === value ? parent.right : parent.left;
            if (!isTrivialOperand(other, scope)) addCheck(facts, 'exact', parent, parent, parent.operator === '===' || parent.operator === '==');
          }
          return;
        case AST_NODE_TYPES.SwitchStatement:
          if (parent.discriminant === value) addCheck(facts, 'exact', parent, parent);
          return;
        case AST_NODE_TYPES.CallExpression: {
          const index = parent.arguments.indexOf(value as TSESTree.CallExpressionArgument);
          if (index < 0) return;
          const name = calleeName(parent.callee);
          if (name !== null && COLLECTION_LOOKUPS.has(name)) addCheck(facts, 'exact', parent, outermostExpressionWrapper(parent));
          else followArgument(parent, index, 'source', facts, depth);
          return;
        }
        case AST_NODE_TYPES.VariableDeclarator:
          if (parent.init === value) followBinding(parent.id, 'source', facts, depth);
          return;
        case AST_NODE_TYPES.LogicalExpression:
          followUse(parent, 'source', facts, depth);
          return;
        default:
      }
    }

    // ---- Reporting handlers ----

    function reportLocation(parameter: TSESTree.Parameter): TSESTree.SourceLocation {
      // Squiggle `event`, not `event: MessageEvent<Payload>`.
      if (parameter.type === AST_NODE_TYPES.Identifier) {
        return { start: parameter.loc.start, end: sourceCode.getLocFromIndex(parameter.range[0] + parameter.name.length) };
      }
      return parameter.loc;
    }

    function checkHandler(handlerNode: TSESTree.Node | undefined, kind: ReceiverKind, eventIndex = 0): void {
      if (!handlerNode) return;
      const fn = resolveHandler(handlerNode);
      if (!fn || analyzed.has(fn)) return;
      analyzed.add(fn);
      const parameter = fn.params[eventIndex];
      if (!parameter || parameter.type === AST_NODE_TYPES.RestElement || parameter.type === AST_NODE_TYPES.TSParameterProperty) return;
      const facts: HandlerFacts = { readsData: false, unknown: false, workerHint: false, hostMessage: false, exact: [], partial: [], followed: new Set() };
      followBinding(parameter, 'event', facts, 0);
      if ((!facts.readsData && !facts.unknown) || facts.hostMessage) return;
      if (isHostBridge() || (kind === 'global' && (facts.workerHint || isWorkerFile()))) return;

      if (facts.exact.length === 0) {
        for (const check of facts.partial) reportPartial(check);
        if (facts.partial.length === 0 && facts.readsData && !facts.unknown) {
          const eventName = parameter.type === AST_NODE_TYPES.Identifier ? parameter.name : 'event';
          context.report({ loc: reportLocation(parameter), messageId: 'missingOriginCheck', data: { event: eventName } });
        }
        return;
      }
      for (const check of facts.partial) {
        if (facts.exact.some((exact) => isAlternative(check, exact))) reportPartial(check);
      }
    }

    function reportPartial(check: Check): void {
      context.report({ node: check.node, messageId: 'partialOriginCheck', data: { check: messageLabel(sourceCode.getText(check.node)) } });
    }

    // ---- postMessage(…, '*') ----

    /** True when a `code` in this object literal is an OAuth authorization code: `{ code, state }`, `{ type: 'oauth-callback', code }`. */
    function isOAuthObject(object: TSESTree.ObjectExpression, scope: Scope): boolean {
      return object.properties.some((property) => {
        if (property.type !== AST_NODE_TYPES.Property) return false;
        const key = getPropertyKey(property, scope);
        if (key !== null && key !== OAUTH_CODE_NAME && isOAuthContextText(key)) return true;
        const text = getStaticString(property.value, scope);
        return text !== null && isOAuthContextText(text);
      });
    }

    /** A value that is a flag or a constant, not a secret: `!!token`, `token !== null`, `'token'`, `42`. */
    function isFlagOrConstant(node: TSESTree.Node, scope: Scope): boolean {
      const target = unwrapExpression(node);
      if (target.type === AST_NODE_TYPES.UnaryExpression) return target.operator !== '-' && target.operator !== '+';
      if (target.type === AST_NODE_TYPES.BinaryExpression && (isEqualityOperator(target.operator) || target.operator === 'instanceof')) return true;
      return getStatic(target, scope) !== null;
    }

    /** The name that marks a posted value as a credential or session secret, or `null`. */
    function sensitiveName(node: TSESTree.Node, scope: Scope, depth = 0, oauth = false): string | null {
      if (depth > MAX_DEPTH) return null;
      const target = unwrapExpression(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node);
      switch (target.type) {
        case AST_NODE_TYPES.Identifier: {
          if (isSensitiveName(target.name)) return target.name;
          const init = initializerOf(target, scope);
          return init ? sensitiveName(init, scope, depth + 1) : null;
        }
        case AST_NODE_TYPES.MemberExpression: {
          const property = staticMemberName(target);
          if (property === null) return null;
          if (isSensitiveName(property)) return property;
          return property === OAUTH_CODE_NAME && isQueryHolderName(sourceCode.getText(target.object)) ? property : null;
        }
        case AST_NODE_TYPES.CallExpression:
          return sensitiveCall(target, scope, depth);
        case AST_NODE_TYPES.ObjectExpression:
          return sensitiveObject(target, scope, depth, oauth);
        case AST_NODE_TYPES.ArrayExpression:
          return firstSensitive(target.elements, scope, depth);
        case AST_NODE_TYPES.TemplateLiteral:
          return firstSensitive(target.expressions, scope, depth);
        case AST_NODE_TYPES.BinaryExpression:
          return target.operator === '+' ? firstSensitive([target.left, target.right], scope, depth) : null;
        case AST_NODE_TYPES.LogicalExpression:
          return firstSensitive([target.left, target.right], scope, depth);
        case AST_NODE_TYPES.ConditionalExpression:
          return firstSensitive([target.consequent, target.alternate], scope, depth);
        case AST_NODE_TYPES.SpreadElement:
          return sensitiveName(target.argument, scope, depth);
        default:
          return null;
      }
    }

    function firstSensitive(nodes: readonly (TSESTree.Node | null)[], scope: Scope, depth: number): string | null {
      for (const node of nodes) {
        const found = node ? sensitiveName(node, scope, depth + 1) : null;
        if (found !== null) return found;
      }
      return null;
    }

    function sensitiveCall(call: TSESTree.CallExpression, scope: Scope, depth: number): string | null {
      const callee = unwrapExpression(call.callee);
      const name = calleeName(callee);
      if (name === null) return null;
      if (isSensitiveName(name)) return `${name}()`;
      if (NAMED_GETTERS.has(name)) {
        const key = getStaticString(call.arguments[0], scope);
        if (key !== null && isSensitiveName(key)) return key;
        const holder = callee.type === AST_NODE_TYPES.MemberExpression ? sourceCode.getText(callee.object) : '';
        return key === OAUTH_CODE_NAME && isQueryHolderName(holder) ? key : null;
      }
      return SERIALIZERS.has(name) ? firstSensitive(call.arguments, scope, depth) : null;
    }

    function sensitiveObject(object: TSESTree.ObjectExpression, scope: Scope, depth: number, outerOAuth: boolean): string | null {
      // An object inside an OAuth message (`{ type: 'oauth-result', payload: { code } }`) is in the same context.
      const oauth = outerOAuth || isOAuthObject(object, scope);
      if (object.properties.some((property) => property.type === AST_NODE_TYPES.Property && getPropertyKey(property, scope) === HOST_ENVELOPE)) {
        return null;
      }
      for (const property of object.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          const found = sensitiveName(property.argument, scope, depth + 1);
          if (found !== null) return found;
          continue;
        }
        if (isFlagOrConstant(property.value, scope)) continue;
        const key = getPropertyKey(property, scope);
        // A literal value shows what it holds (`auth: { user }`); only an opaque value is judged by its key.
        const literal = property.value.type === AST_NODE_TYPES.ObjectExpression || property.value.type === AST_NODE_TYPES.ArrayExpression;
        if (key !== null && !literal && isSensitiveName(key)) return key;
        if (key === OAUTH_CODE_NAME && oauth) return key;
        const found = sensitiveName(property.value, scope, depth + 1, oauth);
        if (found !== null) return found;
      }
      return null;
    }

    /** True when a `postMessage` goes to the sender's own window, where `'*'` cannot reach another origin. */
    function isSelfPost(callee: TSESTree.Node): boolean {
      const target = unwrapExpression(callee);
      if (target.type === AST_NODE_TYPES.Identifier) return true;
      if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
      const receiver = unwrapExpression(target.object);
      if (receiver.type === AST_NODE_TYPES.MemberExpression && staticMemberName(receiver) === 'self') return isSelfPost(receiver);
      return receiver.type === AST_NODE_TYPES.Identifier && SELF_POST_NAMES.has(receiver.name) && isGlobalReference(receiver, sourceCode.getScope(receiver));
    }

    /** The `'*'` target origin of a `postMessage` call: the argument, or the `targetOrigin` of an options object. */
    function wildcardTarget(call: TSESTree.CallExpression, scope: Scope): TSESTree.Node | null {
      const target = call.arguments[1];
      if (!target) return null;
      if (getStaticString(target, scope) === '*') return target;
      const targetOrigin = readOptionsObject(target, scope)?.get('targetOrigin');
      return targetOrigin?.staticValue?.value === '*' ? targetOrigin.node.value : null;
    }

    function checkPostMessage(call: TSESTree.CallExpression): void {
      const message = call.arguments[0];
      if (!message || call.arguments.length < 2 || isSelfPost(call.callee)) return;
      const scope = sourceCode.getScope(call);
      const wildcard = wildcardTarget(call, scope);
      if (!wildcard) return;
      const name = sensitiveName(message, scope);
      if (name !== null) context.report({ node: wildcard, messageId: 'sensitiveWildcardTarget', data: { name: messageLabel(name) } });
      else if (reportAnyWildcardTarget) context.report({ node: wildcard, messageId: 'wildcardTarget' });
    }

    // ---- Registrations ----

    function isMessageEvent(node: TSESTree.Node | undefined, scope: Scope, name = MESSAGE_EVENT): boolean {
      return node !== undefined && getStaticString(node, scope) === name;
    }

    /** `addEventListener('message', h)` on a window or the global scope, and `attachEvent('onmessage', h)`. */
    function checkListenerCall(call: TSESTree.CallExpression, callee: TSESTree.Node, eventName: string): void {
      const scope = sourceCode.getScope(call);
      if (!isMessageEvent(call.arguments[0], scope, eventName)) return;
      let kind: ReceiverKind | null;
      if (callee.type === AST_NODE_TYPES.Identifier) kind = isGlobalReference(callee, scope) ? 'global' : null;
      else kind = callee.type === AST_NODE_TYPES.MemberExpression ? receiverKind(callee.object) : null;
      if (kind) checkHandler(call.arguments[1], kind);
    }

    /** `$(window).on('message', h)`: the handler reads `event.originalEvent`. */
    function checkJQueryCall(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
      const receiver = unwrapExpression(callee.object);
      if (receiver.type !== AST_NODE_TYPES.CallExpression || !JQUERY_NAMES.has(calleeName(receiver.callee) ?? '')) return;
      const element = receiver.arguments[0];
      if (!element || receiverKind(element) === null) return;
      const event = getStaticString(call.arguments[0], sourceCode.getScope(call));
      if (event !== MESSAGE_EVENT && !event?.startsWith(`${MESSAGE_EVENT}.`)) return;
      checkHandler(call.arguments.at(-1), 'window');
    }

    /** `useEventListener('message', h)`, `useEventListener(window, 'message', h)`, `useWindowEvent('message', h)`. */
    function checkListenerHook(call: TSESTree.CallExpression, name: string): void {
      const scope = sourceCode.getScope(call);
      const [first, second, third] = call.arguments;
      if (isMessageEvent(first, scope)) {
        // usehooks-ts takes the element third (the window when absent); ahooks takes `{ target }`.
        if (name === 'useEventListener' && third && !isWindowTarget(third, scope)) return;
        checkHandler(second, 'window');
      } else if (first && isMessageEvent(second, scope) && receiverKind(first) !== null) {
        checkHandler(third, 'window');
      }
    }

    function isWindowTarget(node: TSESTree.Node, scope: Scope): boolean {
      const options = readOptionsObject(node, scope);
      if (!options) return receiverKind(node) !== null;
      const target = options.get('target');
      return !target || receiverKind(target.value) !== null;
    }

    function onCall(node: TSESTree.CallExpression): void {
      // A plain name or member needs no unwrapping.
      const raw = node.callee;
      const callee = raw.type === AST_NODE_TYPES.Identifier || raw.type === AST_NODE_TYPES.MemberExpression ? raw : unwrapExpression(raw);
      const name = calleeName(callee);
      switch (name) {
        case 'addEventListener':
          checkListenerCall(node, callee, MESSAGE_EVENT);
          return;
        case 'attachEvent':
          checkListenerCall(node, callee, `on${MESSAGE_EVENT}`);
          return;
        case POST_MESSAGE:
          checkPostMessage(node);
          return;
        case null:
          return;
        default:
      }
      if (JQUERY_METHODS.has(name) && callee.type === AST_NODE_TYPES.MemberExpression) checkJQueryCall(node, callee);
      else if (LISTENER_HOOKS.has(name)) checkListenerHook(node, name);
    }

    const listeners: TSESLint.RuleListener = {
      AssignmentExpression(node) {
        if (node.operator !== '=') return;
        const left = node.left;
        if (left.type === AST_NODE_TYPES.Identifier) {
          if (left.name === HANDLER_PROPERTY && isGlobalReference(left, sourceCode.getScope(node))) checkHandler(node.right, 'global');
          return;
        }
        if (left.type !== AST_NODE_TYPES.MemberExpression || staticMemberName(left) !== HANDLER_PROPERTY) return;
        const kind = receiverKind(left.object);
        if (kind) checkHandler(node.right, kind);
      },

      Decorator(node) {
        // Angular: `@HostListener('window:message', ['$event']) onMessage(event: MessageEvent) {…}`.
        const expression = node.expression;
        if (expression.type !== AST_NODE_TYPES.CallExpression || calleeName(expression.callee) !== HOST_LISTENER) return;
        const scope = sourceCode.getScope(node);
        if (!isMessageEvent(expression.arguments[0], scope, `window:${MESSAGE_EVENT}`)) return;
        const method = node.parent;
        if (method.type !== AST_NODE_TYPES.MethodDefinition) return;
        const args = expression.arguments[1];
        const index = args?.type === AST_NODE_TYPES.ArrayExpression ? args.elements.findIndex((element) => element !== null && getStaticString(element, scope) === '$event') : -1;
        if (index >= 0) checkHandler(method.value, 'window', index);
      },
    };
    // File gates: every finding needs names the file spells (a constant's literal is in the text too), or an escape
    // that could spell one, with which a file keeps every listener. A handler is assigned to `onmessage`, bound by
    // `@HostListener`, or registered by a call.
    const text = sourceCode.text;
    const escapes = textMayHoldEscape(sourceCode);
    const message = escapes || textHolds(sourceCode, MESSAGE_EVENT);
    if (!(message && (escapes || textHolds(sourceCode, HANDLER_PROPERTY)))) delete listeners.AssignmentExpression;
    if (!(escapes || textHolds(sourceCode, HOST_LISTENER))) delete listeners.Decorator;
    // Every call this rule reads is named as written (`addEventListener`, `attachEvent`, `postMessage`, the listener
    // hooks, jQuery's `$(…)` or `jQuery(…)`), so a file that spells none of them has no such call. A listener's call
    // also needs the `message` event's name, and a post is found by its own name.
    if (
      (escapes || CALL_NAME_PIECES.some((piece) => textHolds(sourceCode, piece)) || hasDollarName(text)) &&
      (escapes || textHolds(sourceCode, POST_MESSAGE) || (message && MESSAGE_EVENT_STRING.test(text)))
    ) {
      listeners.CallExpression = onCall;
    }
    return listeners;
  },
});
