import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  EXPRESS_ENABLE_METHOD,
  EXPRESS_SET_METHOD,
  EXPRESS_TRUST_SETTING,
  FASTIFY_APIS,
  FASTIFY_MODULE,
  FASTIFY_OPTION_TYPES,
  FASTIFY_TRUST_OPTION,
  KOA_APIS,
  KOA_CLASS_NAME,
  KOA_IP_HEADER_OPTION,
  KOA_MAX_IPS_OPTION,
  KOA_PROXY_OPTION,
  SAILS_HTTP_CONFIG,
  SAILS_TRUST_OPTION,
  expressValueTrustsEveryHop,
  fastifyValueTrustsEveryHop,
  koaHeaderIsForwardedFor,
  koaMaxIpsLimits,
  koaProxyEnabled,
} from '../models/trust-proxy';
import { alwaysReturnsTruthy } from '../utils/always-truthy';
import { AST_NODE_TYPES, isNamedMember, outermostTypeScriptWrapper } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { isUnderDevelopmentGuard } from '../utils/dev-guard';
import { removableStatementOf } from '../utils/fix';
import { resolveFunction } from '../utils/functions';
import { getApiReferences, mentionsApiModule, type ApiSet } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject, type OptionProperty, type OptionsObject } from '../utils/options-object';
import { getStatic, getStaticString, rootScope } from '../utils/static-value';
import { textHolds, textMayHoldEscape } from '../utils/text-gate';

export type Options = [
  {
    /** The number of proxies in front of the app, offered as the hop count in suggestions. */
    hops?: number;
    /** The proxy addresses offered in the Fastify suggestion (Fastify 5.12.1+ ignores hop counts). */
    proxyAddresses?: string;
  },
];
export type MessageIds =
  | 'trustsEveryHop'
  | 'fastifyTrustsEveryHop'
  | 'koaTrustsEveryHop'
  | 'useHopCount'
  | 'useProxyAddresses'
  | 'limitIpsCount';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** Leading indentation of a line; a single character class, so it cannot backtrack. */
const INDENTATION = /^[\t ]*/u;

/** A JavaScript string literal for `text`, in single quotes. */
function quote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/** True when `identifier` is bound by an import from `module` (named, default or namespace; type-only imports too). */
function isImportedFrom(identifier: TSESTree.Identifier, scope: Scope, module: string): boolean {
  const variable = ASTUtils.findVariable(scope, identifier);
  const def = variable?.defs[0];
  return def?.type === TSESLint.Scope.DefinitionType.ImportBinding && def.parent.type === AST_NODE_TYPES.ImportDeclaration && def.parent.source.value === module;
}

/** True when a type annotation names one of Fastify's server option types, imported from `fastify`. */
/** Both libraries' API sets. */
const TRACKED_APIS: ApiSet = [...FASTIFY_APIS, ...KOA_APIS];
/** A piece of every name in `FASTIFY_OPTION_TYPES`, short and starting with a capital, so that looking for it is cheap. */
const FASTIFY_TYPE_PIECE = 'Fastif';

/** Whether a type names one of Fastify's option types, before asking where the name comes from. */
function namesFastifyOptionsType(type: TSESTree.TypeNode | undefined): boolean {
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return FASTIFY_OPTION_TYPES.has(name.name);
  return name.type === AST_NODE_TYPES.TSQualifiedName && FASTIFY_OPTION_TYPES.has(name.right.name);
}

function isFastifyOptionsType(type: TSESTree.TypeNode | undefined, scope: Scope): boolean {
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return FASTIFY_OPTION_TYPES.has(name.name) && isImportedFrom(name, scope, FASTIFY_MODULE);
  return (
    name.type === AST_NODE_TYPES.TSQualifiedName &&
    name.left.type === AST_NODE_TYPES.Identifier &&
    FASTIFY_OPTION_TYPES.has(name.right.name) &&
    isImportedFrom(name.left, scope, FASTIFY_MODULE)
  );
}

/** True for `module.exports.http` and `exports.http`. */
function isExportedHttpConfig(node: TSESTree.Node, scope: Scope): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression || getPropertyKey(node, scope) !== SAILS_HTTP_CONFIG) return false;
  const object = node.object;
  if (object.type === AST_NODE_TYPES.Identifier) return object.name === 'exports';
  return isNamedMember(object, 'module', 'exports');
}

/** True when `object` is Sails's `http` config: the value of an `http` key, or assigned to `module.exports.http`. */
function isHttpConfig(object: TSESTree.ObjectExpression, scope: Scope): boolean {
  const holder = outermostTypeScriptWrapper(object);
  const parent = holder.parent;
  if (parent?.type === AST_NODE_TYPES.Property) return parent.value === holder && getPropertyKey(parent, scope) === SAILS_HTTP_CONFIG;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === holder && isExportedHttpConfig(parent.left, scope);
}

export default createRule<Options, MessageIds>({
  name: 'no-permissive-trust-proxy',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow trusting every proxy hop of X-Forwarded-For in Express, Fastify, Koa and Sails',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-348'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          hops: {
            type: 'integer',
            minimum: 1,
            description:
              'The number of proxies in front of the app: the hop count offered for Express `trust proxy`, Sails `trustProxy` and Koa `maxIpsCount`.',
          },
          proxyAddresses: {
            type: 'string',
            minLength: 1,
            description:
              "The proxy addresses, subnets or proxy-addr names offered for Fastify `trustProxy`, such as `'10.0.0.0/8'` or `'loopback, uniquelocal'`.",
          },
        },
      },
    ],
    messages: {
      trustsEveryHop:
        "This 'trust proxy' setting believes every X-Forwarded-For hop, so `req.ip` is the left-most entry, which any client can forge; set it to the number of proxies in front of the app (a hop count) or to their addresses.",
      fastifyTrustsEveryHop:
        'This `trustProxy` believes every X-Forwarded-For hop, so `request.ip` is the left-most entry, which any client can forge; set it to the addresses or subnets of the proxies in front of the app.',
      koaTrustsEveryHop:
        "Koa's `proxy` without a positive `maxIpsCount` believes every X-Forwarded-For hop, so `ctx.ip` is the left-most entry, which any client can forge; set `maxIpsCount` to the number of proxies in front of the app.",
      useHopCount: 'Trust only the {{hops}} nearest proxy hop(s) with `{{replacement}}`.',
      useProxyAddresses: 'Trust only proxies at {{addresses}}.',
      limitIpsCount: 'Believe only the {{hops}} nearest proxy hop(s) with `{{replacement}}`.',
    },
    defaultOptions: [{ hops: 1, proxyAddresses: 'loopback, uniquelocal' }],
  },
  create(context, [{ hops = 1, proxyAddresses = 'loopback, uniquelocal' }]) {
    const sourceCode = context.sourceCode;
    const hopText = String(hops);
    const reported = new Set<TSESTree.Node>();
    /** Koa-looking constructions not found through an import: `new Koa(...)`. */
    const namedKoaConstructs: TSESTree.NewExpression[] = [];
    /** `x.proxy = <truthy>` assignments, checked against the Koa instances at the end. */
    const proxyAssignments: (TSESTree.AssignmentExpression & { left: TSESTree.MemberExpression & { object: TSESTree.Identifier } })[] = [];
    /** Object literals typed as Fastify server options. */
    const fastifyTypedOptions: TSESTree.Node[] = [];
    /** Set when the file writes a limiting `maxIpsCount` or another `proxyIpHeader` on some Koa app. */
    let koaLimitedInFile = false;
    let fileScope: Scope | null = null;

    /**
     * The file's root scope, for helpers that resolve names from the root (see `rootScope`): one scope serves every
     * node, and no node climbs to its own.
     */
    function scopeOf(): Scope {
      fileScope ??= rootScope(sourceCode.getScope(sourceCode.ast));
      return fileScope;
    }

    /** Reports once per node, and not in code that only runs in development or test. */
    function claim(node: TSESTree.Node): boolean {
      if (reported.has(node)) return false;
      reported.add(node);
      return !isUnderDevelopmentGuard(node);
    }

    function hasComments(node: TSESTree.Node): boolean {
      return sourceCode.getCommentsInside(node).length > 0;
    }

    /** True for a trust function that says yes to every address and hop. */
    function trustsEveryAddress(node: TSESTree.Node): boolean {
      const scope = sourceCode.getScope(node);
      const fn = resolveFunction(node, scope);
      return fn !== null && alwaysReturnsTruthy(fn, sourceCode.visitorKeys, scope);
    }

    // Express ----------------------------------------------------------------------------------

    function checkExpressCall(call: TSESTree.CallExpression & { callee: TSESTree.MemberExpression }): void {
      const scope = scopeOf();
      // `app.set` and `app['set']` both give `set`.
      const method = getPropertyKey(call.callee, scope);
      if (method !== EXPRESS_SET_METHOD && method !== EXPRESS_ENABLE_METHOD) return;
      // Cheapest test first: `enable` takes the setting alone, `set` the setting and its value.
      if (call.arguments.length !== (method === EXPRESS_ENABLE_METHOD ? 1 : 2)) return;
      const [name, value] = call.arguments;
      if (!name || getStaticString(name, scope) !== EXPRESS_TRUST_SETTING) return;

      if (method === EXPRESS_ENABLE_METHOD) {
        if (call.arguments.length !== 1 || !claim(call)) return;
        const property = call.callee.property;
        const canEdit = !call.callee.computed && !hasComments(call);
        context.report({
          node: call,
          messageId: 'trustsEveryHop',
          suggest: canEdit
            ? [
                {
                  messageId: 'useHopCount',
                  data: { hops: hopText, replacement: `${EXPRESS_SET_METHOD}(${sourceCode.getText(name)}, ${hopText})` },
                  fix: (fixer) => [fixer.replaceText(property, EXPRESS_SET_METHOD), fixer.insertTextAfter(name, `, ${hopText}`)],
                },
              ]
            : [],
        });
        return;
      }

      if (!value || value.type === AST_NODE_TYPES.SpreadElement || call.arguments.length !== 2) return;
      const staticValue = getStatic(value, scope);
      const permissive = staticValue ? expressValueTrustsEveryHop(staticValue.value) : trustsEveryAddress(value);
      if (!permissive || !claim(value)) return;
      context.report({
        node: value,
        messageId: 'trustsEveryHop',
        suggest: hasComments(value)
          ? []
          : [
              {
                messageId: 'useHopCount',
                data: { hops: hopText, replacement: `${EXPRESS_SET_METHOD}(${sourceCode.getText(name)}, ${hopText})` },
                fix: (fixer) => fixer.replaceText(value, hopText),
              },
            ],
      });
    }

    /** Sails: `http: { trustProxy: true }`, handed to Express's `trust proxy` unchanged. */
    function checkSailsProperty(property: TSESTree.Property): void {
      if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
      const scope = scopeOf();
      if (getPropertyKey(property, scope) !== SAILS_TRUST_OPTION || !isHttpConfig(property.parent, scope)) return;
      const staticValue = getStatic(property.value, scope);
      const permissive = staticValue ? expressValueTrustsEveryHop(staticValue.value) : trustsEveryAddress(property.value);
      if (!permissive || !claim(property)) return;
      const editable = !hasComments(property.value) && !property.method && property.kind === 'init';
      context.report({
        node: property,
        messageId: 'trustsEveryHop',
        suggest: editable
          ? [
              {
                messageId: 'useHopCount',
                data: { hops: hopText, replacement: `${SAILS_TRUST_OPTION}: ${hopText}` },
                fix: (fixer) =>
                  property.shorthand
                    ? fixer.replaceText(property, `${SAILS_TRUST_OPTION}: ${hopText}`)
                    : fixer.replaceText(property.value, hopText),
              },
            ]
          : [],
      });
    }

    // Fastify ----------------------------------------------------------------------------------

    function checkFastifyOptions(options: OptionsObject | null): void {
      const property = options?.get(FASTIFY_TRUST_OPTION);
      if (!property) return;
      const permissive = property.staticValue
        ? fastifyValueTrustsEveryHop(property.staticValue.value)
        : trustsEveryAddress(property.value);
      if (!permissive || !claim(property.node)) return;
      const node = property.node;
      const replacement = quote(proxyAddresses);
      const editable = !hasComments(property.value) && !node.method && node.kind === 'init';
      context.report({
        node,
        messageId: 'fastifyTrustsEveryHop',
        suggest: editable
          ? [
              {
                messageId: 'useProxyAddresses',
                data: { addresses: replacement },
                fix: (fixer) =>
                  node.shorthand
                    ? fixer.replaceText(node, `${FASTIFY_TRUST_OPTION}: ${replacement}`)
                    : fixer.replaceText(property.value, replacement),
              },
            ]
          : [],
      });
    }

    // Koa --------------------------------------------------------------------------------------

    /** True when an options property (or the lack of one) leaves `ctx.ip` reading the whole X-Forwarded-For list. */
    function leavesMaxIpsUnlimited(property: OptionProperty | undefined): boolean {
      return !property || (property.staticValue !== null && !koaMaxIpsLimits(property.staticValue.value));
    }

    function readsForwardedFor(property: OptionProperty | undefined): boolean {
      return !property || (property.staticValue !== null && koaHeaderIsForwardedFor(property.staticValue.value));
    }

    /**
     * Whether the app built by `construct` keeps every X-Forwarded-For entry, as far as its options show:
     * `true` when they are absent or a closed object with no limiting `maxIpsCount` or other header.
     */
    function koaOptionsUnlimited(construct: TSESTree.NewExpression, options: OptionsObject | null): boolean {
      if (construct.arguments.length === 0) return true;
      if (!options?.closed) return false;
      return leavesMaxIpsUnlimited(options.get(KOA_MAX_IPS_OPTION)) && readsForwardedFor(options.get(KOA_IP_HEADER_OPTION));
    }

    function reportKoaOption(property: OptionProperty, options: OptionsObject): void {
      if (!claim(property.node)) return;
      const maxIps = options.get(KOA_MAX_IPS_OPTION);
      const replacement = `${KOA_MAX_IPS_OPTION}: ${hopText}`;
      const canEdit = maxIps ? !maxIps.node.shorthand && !hasComments(maxIps.value) : true;
      context.report({
        node: property.node,
        messageId: 'koaTrustsEveryHop',
        suggest: canEdit
          ? [
              {
                messageId: 'limitIpsCount',
                data: { hops: hopText, replacement },
                fix: (fixer) =>
                  maxIps ? fixer.replaceText(maxIps.value, hopText) : fixer.insertTextAfter(property.node, `, ${replacement}`),
              },
            ]
          : [],
      });
    }

    function reportKoaAssignment(assignment: (typeof proxyAssignments)[number]): void {
      if (!claim(assignment)) return;
      const statement = removableStatementOf(assignment);
      const receiver = assignment.left.object.name;
      const replacement = `${receiver}.${KOA_MAX_IPS_OPTION} = ${hopText}`;
      context.report({
        node: assignment,
        messageId: 'koaTrustsEveryHop',
        suggest: statement
          ? [
              {
                messageId: 'limitIpsCount',
                data: { hops: hopText, replacement },
                fix: (fixer) => {
                  const line = sourceCode.lines[statement.loc.start.line - 1] ?? '';
                  const indentation = INDENTATION.exec(line)?.[0] ?? '';
                  const semicolon = sourceCode.getText(statement).endsWith(';') ? ';' : '';
                  return fixer.insertTextAfter(statement, `\n${indentation}${replacement}${semicolon}`);
                },
              },
            ]
          : [],
      });
    }

    /** The variable a construction is stored in: `const app = new Koa()`. */
    function storedIn(construct: TSESTree.NewExpression): Variable | null {
      const outer = outermostTypeScriptWrapper(construct);
      const declarator = outer.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== outer) return null;
      if (declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
      return sourceCode.getDeclaredVariables(declarator)[0] ?? null;
    }

    function checkKoa(mentioned: boolean): void {
      if (!mentioned && namedKoaConstructs.length === 0) return;
      const constructs = new Set<TSESTree.NewExpression>(namedKoaConstructs);
      for (const reference of mentioned ? getApiReferences(context, KOA_APIS) : []) {
        if (reference.kind === 'construct' && reference.node.type === AST_NODE_TYPES.NewExpression) constructs.add(reference.node);
      }
      if (constructs.size === 0) return;
      /** Each Koa app stored in a variable, and whether its options leave X-Forwarded-For unlimited. */
      const apps = new Map<Variable, boolean>();
      for (const construct of constructs) {
        const options = readOptionsObject(construct.arguments[0], scopeOf());
        const unlimited = !koaLimitedInFile && koaOptionsUnlimited(construct, options);
        const variable = storedIn(construct);
        if (variable) apps.set(variable, unlimited);
        const proxy = options?.get(KOA_PROXY_OPTION);
        if (unlimited && options && proxy?.staticValue && koaProxyEnabled(proxy.staticValue.value)) reportKoaOption(proxy, options);
      }
      for (const assignment of proxyAssignments) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(assignment), assignment.left.object);
        if (variable && apps.get(variable) === true) reportKoaAssignment(assignment);
      }
    }

    // Listeners --------------------------------------------------------------------------------

    function onDeclarator(node: TSESTree.VariableDeclarator): void {
      const init = node.init;
      if (!init) return;
      // Cheapest test first: most declarators carry neither an annotation nor an assertion.
      const annotation = node.id.type === AST_NODE_TYPES.Identifier ? node.id.typeAnnotation?.typeAnnotation : undefined;
      const assertion =
        init.type === AST_NODE_TYPES.TSSatisfiesExpression || init.type === AST_NODE_TYPES.TSAsExpression ? init.typeAnnotation : undefined;
      if (!namesFastifyOptionsType(annotation) && !namesFastifyOptionsType(assertion)) return;
      const scope = sourceCode.getScope(node);
      if (isFastifyOptionsType(annotation, scope) || isFastifyOptionsType(assertion, scope)) fastifyTypedOptions.push(init);
    }

    function onProperty(node: TSESTree.Property): void {
      // `key.name` or `key.value` equal to the option, compared as text as esquery did.
      const key = node.key as { name?: unknown; value?: unknown };
      if (String(key.name) === SAILS_TRUST_OPTION || String(key.value) === SAILS_TRUST_OPTION) checkSailsProperty(node);
    }

    function onNew(node: TSESTree.NewExpression): void {
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === KOA_CLASS_NAME) namedKoaConstructs.push(node);
    }

    function onAssignment(node: TSESTree.AssignmentExpression): void {
      const left = node.left;
      if (node.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression) return;
      // Only a computed key needs a scope; `a.#b` has no key.
      const key = left.computed ? getPropertyKey(left, scopeOf()) : left.property.type === AST_NODE_TYPES.Identifier ? left.property.name : null;
      if (key !== KOA_PROXY_OPTION && key !== KOA_MAX_IPS_OPTION && key !== KOA_IP_HEADER_OPTION) return;
      const scope = scopeOf();
      if (key === KOA_PROXY_OPTION) {
        const value = getStatic(node.right, scope);
        if (value && koaProxyEnabled(value.value) && left.object.type === AST_NODE_TYPES.Identifier) {
          proxyAssignments.push(node as (typeof proxyAssignments)[number]);
        }
      } else if (key === KOA_MAX_IPS_OPTION) {
        const value = getStatic(node.right, scope);
        if (!value || koaMaxIpsLimits(value.value)) koaLimitedInFile = true;
      } else {
        const value = getStatic(node.right, scope);
        if (!value || !koaHeaderIsForwardedFor(value.value)) koaLimitedInFile = true;
      }
    }

    const listeners: TSESLint.RuleListener = {
      // Plain listeners with the selectors' tests in code: ESLint matches attribute selectors with esquery.
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        // Cheapest test first: a plain method name other than `set`/`enable` cannot be one.
        if (!callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name !== EXPRESS_SET_METHOD && callee.property.name !== EXPRESS_ENABLE_METHOD) return;
        checkExpressCall(node as TSESTree.CallExpression & { callee: TSESTree.MemberExpression });
      },

      'Program:exit'() {
        // One look at the file's module names for both libraries; without them there is no reference to either.
        const mentioned = mentionsApiModule(context, TRACKED_APIS);
        for (const reference of mentioned ? getApiReferences(context, FASTIFY_APIS) : []) {
          const node = reference.node;
          if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
          checkFastifyOptions(readOptionsObject(node.arguments[0], scopeOf()));
        }
        for (const options of fastifyTypedOptions) {
          checkFastifyOptions(readOptionsObject(options, scopeOf()));
        }
        checkKoa(mentioned);
      },
    };
    // File gate. Every name read here is written in the file, verbatim or through an escape (which keeps every
    // listener). Express's setting name is a string of this file (`app.set(TRUST, true)` reads a `const` of it).
    // Sails's and Fastify's findings are a `trustProxy` option; the Fastify ones also need the module named in a
    // string (for the tracker) or one of its option types. Koa's settings count only against a Koa app of the file,
    // built from a class named `Koa` as written or found by the module tracker, which needs the module's name written
    // in a string: without one, `checkKoa` has nothing to hold them against. The settings themselves are not looked
    // for, as `getPropertyKey` can compute a key (`app[['pro', 'x', 'y'].join('')] = true`).
    const escapes = textMayHoldEscape(sourceCode);
    const spells = (piece: string): boolean => escapes || textHolds(sourceCode, piece);
    if (!spells(EXPRESS_TRUST_SETTING)) delete listeners.CallExpression;
    if (spells(SAILS_TRUST_OPTION)) listeners.Property = onProperty;
    const fastifyOption = spells(FASTIFY_TRUST_OPTION);
    if (fastifyOption && spells(FASTIFY_TYPE_PIECE)) listeners.VariableDeclarator = onDeclarator;
    if (spells(KOA_CLASS_NAME) || KOA_APIS.some((api) => spells(api.module))) {
      listeners.NewExpression = onNew;
      listeners.AssignmentExpression = onAssignment;
    }
    // `Program:exit` reads the Fastify calls the tracker finds, the typed options and the Koa apps.
    if (!listeners.VariableDeclarator && !listeners.NewExpression && !(fastifyOption && mentionsApiModule(context, FASTIFY_APIS))) {
      delete listeners['Program:exit'];
    }
    return listeners;
  },
});
