import { stringItems } from '../utils/string-items';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  findMicrosoftPermission,
  findMicrosoftPermissionById,
  resourceOfAppId,
  type MicrosoftPermission,
  type PrivilegeLevel,
} from '../catalogues/graph-permissions';
import { SLACK_FULL_HISTORY_SET } from '../catalogues/slack-scopes';
import {
  NAMED_CALL_SINKS,
  NAMED_CONSTRUCT_SINKS,
  PASSPORT_AUTHENTICATE,
  PASSPORT_SCOPE_PATH,
  PLATFORM_MODULES,
  PLATFORM_MODULE_LIST,
  SCOPE_APIS,
  SCOPE_HOLDER_NAME,
  classifyScope,
  isDefaultScope,
  meetsLevel,
  microsoftLevel,
  oauthEndpointPlatform,
  passportStrategyPlatform,
  platformsOfName,
  queryScopeValues,
  scopeTokens,
  type Flow,
  type Platform,
  type ScopeApi,
  type ScopeContext,
  type ScopeFinding,
  type ScopePath,
  type ScopeSink,
} from '../models/oauth-scopes';
import { AST_NODE_TYPES, calleeName, staticMemberName, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { getModuleImports } from '../utils/module-imports';
import { getApiReferences, mentionsApiModule } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { constInitializer, getStaticString, rootScope } from '../utils/static-value';
import { fileMayHoldName, textHolds, textMayHoldEscape, textMayHoldAnyInAnyCase } from '../utils/text-gate';

/** Words of which every name `SCOPE_HOLDER_NAME` matches holds one, for the file's trigram test (`graphscopes` holds `scope`). */
const SCOPE_HOLDER_WORDS: readonly string[] = ['scope', 'loginrequest', 'permissions', 'tokenrequest'];

export type Options = [
  {
    /** Scopes or permissions (names, resource-prefixed scopes or permission ids) the team has decided it needs. */
    allow?: string[];
    /** The least privileged level reported. */
    minimumLevel?: PrivilegeLevel;
    /** Also report `<resource>/.default` in delegated (signed-in user) token requests. */
    checkDefaultScopeInDelegatedFlows?: boolean;
  },
];
export type MessageIds =
  | 'tierZeroPermission'
  | 'overbroadScope'
  | 'slackUserWriteScope'
  | 'slackFullHistory'
  | 'defaultScopeInDelegatedFlow'
  | 'useNarrowerScope'
  | 'useNarrowerPermissionId';

type Scope = TSESLint.Scope.Scope;

/** A string inside a scope value: the node to report, its text, and where the text starts in the source. */
interface ScopeElement {
  readonly node: TSESTree.Node;
  readonly text: string;
  /** Source offset of `text[0]`, when the node is a literal whose source text is exactly its value; else `null`. */
  readonly start: number | null;
}

const MAX_DEPTH = 6;
const REQUIRED_RESOURCE_ACCESS_KEYS: ReadonlySet<string> = new Set(['requiredResourceAccess', 'requiredResourceAccesses']);
const RESOURCE_ACCESS_KEYS: readonly string[] = ['resourceAccess', 'resourceAccesses'];
const USER_SCOPES_KEY = 'userScopes';
const REQUIRED_RESOURCE_ACCESS_NAMES: readonly string[] = [...REQUIRED_RESOURCE_ACCESS_KEYS];

/** What the options keys of the named sinks hold (`scopes`, `scope`). */
const SCOPE_KEY_PART = 'scope';
const SCOPE_KEY_NAMES: readonly string[] = [SCOPE_KEY_PART];

/** The names of the calls or constructions of `sinks`: those whose scopes sit only under a key holding `scope`, and the rest. */
interface SinkNames {
  readonly keyed: readonly string[];
  readonly bare: readonly string[];
}

function sinkNames(sinks: readonly (readonly [string, ScopeSink])[]): SinkNames {
  const keyed = (sink: ScopeSink): boolean => sink.paths.every((path) => path.keys.some((key) => key.includes(SCOPE_KEY_PART)));
  return {
    keyed: sinks.filter(([, sink]) => keyed(sink)).map(([name]) => name),
    bare: sinks.filter(([, sink]) => !keyed(sink)).map(([name]) => name),
  };
}

const CALL_SINK_NAMES = sinkNames([
  ...NAMED_CALL_SINKS,
  [PASSPORT_AUTHENTICATE, { platform: null, flow: 'delegated', paths: [PASSPORT_SCOPE_PATH] }],
]);
const CONSTRUCT_SINK_NAMES = sinkNames([...NAMED_CONSTRUCT_SINKS]);

/**
 * Parts that the modules of `SCOPE_APIS` hold (`@azure/identity`, `passport-github2`, `next-auth/providers/github`,
 * `@octokit/oauth-app`, `octokit`, `@slack/bolt`), and any module none of them covers: asked before the module
 * tracker's own look at the strings.
 */
const SCOPE_API_PARTS: readonly string[] = ['@azure/identity', 'passport-', 'providers/', 'octokit', '@slack/'];
const SCOPE_API_NEEDLES: readonly string[] = [
  ...SCOPE_API_PARTS,
  ...new Set(SCOPE_APIS.map((api) => api.module).filter((module) => !SCOPE_API_PARTS.some((part) => module.includes(part)))),
];

/** A top-level `const` that `checkConstants` reads. */
interface ConstantHolder {
  readonly name: string;
  readonly init: TSESTree.Node;
}

/** The text start of a plain string literal or a template without substitutions, or `null` when escapes shift offsets. */
function plainStart(node: TSESTree.Node): number | null {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    return node.raw.slice(1, -1) === node.value ? node.range[0] + 1 : null;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    const quasi = node.quasis[0];
    return quasi && quasi.value.raw === quasi.value.cooked ? node.range[0] + 1 : null;
  }
  return null;
}

/** The strings of a scope value: array elements (through spreads and `const`s, reported where written) or the value itself. */
function collectElements(node: TSESTree.Node, scope: Scope, out: ScopeElement[]): void {
  for (const item of stringItems(node, scope, { followConstStrings: true })) {
    if (item.value !== null) out.push({ node: item.node, text: item.value, start: item.partOfValue ? null : plainStart(item.node) });
  }
}

/** The value at `keys` inside the options object `node` (through `const`s and spreads), or `null`. */
function valueAtPath(node: TSESTree.Node | undefined, keys: readonly string[], scope: Scope): TSESTree.Node | null {
  let current: TSESTree.Node | null = node ?? null;
  for (const key of keys) {
    const options = readOptionsObject(current, scope);
    const property = options?.get(key);
    if (!property) return null;
    current = property.value;
  }
  return current;
}

function remedyOf(finding: ScopeFinding): string {
  if (finding.narrower.length > 0) {
    const list = finding.narrower.map((name) => `\`${name}\``).join(' or ');
    return `request ${list} instead if that covers what the app does${finding.advice ? `, ${finding.advice}` : ''}`;
  }
  return finding.advice ?? 'remove it unless the app truly needs it';
}

export default createRule<Options, MessageIds>({
  name: 'no-overbroad-oauth-scopes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow requesting OAuth scopes and API permissions broader than an app needs',
      recommended: 'recommended',
      principle: 'least-privilege',
      cwe: ['CWE-250', 'CWE-269', 'CWE-732'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Scopes the team has decided it needs (compared without case): permission names such as `Files.ReadWrite.All`, resource-prefixed scopes, Google scope URLs, GitHub or Slack scope names, or permission ids.',
          },
          minimumLevel: {
            type: 'string',
            enum: ['critical', 'high', 'medium', 'low'],
            description:
              'The least privileged level reported: `critical` (paths to tenant or organization takeover), `high` (broad write access), `medium` (broad data access, the default) or `low` (read-only reach that can still be narrowed).',
          },
          checkDefaultScopeInDelegatedFlows: {
            type: 'boolean',
            description:
              'Also report `<resource>/.default` in token requests made for a signed-in user, where it asks for every configured permission at once instead of incremental consent.',
          },
        },
      },
    ],
    messages: {
      tierZeroPermission: '`{{scope}}` {{grants}}, a known path to Global Administrator; {{remedy}}.',
      overbroadScope: '`{{scope}}` {{grants}}; {{remedy}}.',
      slackUserWriteScope: '`{{scope}}` in `userScopes` {{grants}}; request it as a bot scope unless the app must act as the user.',
      slackFullHistory:
        'These user scopes together let this app read every channel, private channel and direct message the user can see; request the history scopes as bot scopes, which reach only the conversations the bot is in.',
      defaultScopeInDelegatedFlow:
        '`{{scope}}` asks the user to consent to every permission configured for the app at once; request only the scopes this call needs (incremental consent).',
      useNarrowerScope: 'Request `{{replacement}}` instead.',
      useNarrowerPermissionId: 'Use the id of `{{replacement}}` instead.',
    },
    defaultOptions: [{ allow: [], minimumLevel: 'medium', checkDefaultScopeInDelegatedFlows: false }],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const allowed: ReadonlySet<string> = new Set((options.allow ?? []).map((entry) => entry.trim().toLowerCase()));
    const minimumLevel = options.minimumLevel ?? 'medium';
    const checkDefaultScope = options.checkDefaultScopeInDelegatedFlows === true;
    /** Elements already judged in a token request: a constant holding them is not judged again. */
    const judged = new Set<string>();
    let filePlatforms: ReadonlySet<Platform> | null = null;
    let fileScope: Scope | null = null;

    /**
     * The file's root scope. Every helper this rule hands a scope to resolves names from the root (see `rootScope`), so
     * one scope serves every node, and no node climbs to its own.
     */
    function scopeOf(): Scope {
      fileScope ??= rootScope(sourceCode.getScope(sourceCode.ast));
      return fileScope;
    }

    function platformsOfFile(): ReadonlySet<Platform> {
      if (!filePlatforms) {
        const found = new Set<Platform>();
        for (const found_ of getModuleImports(context, PLATFORM_MODULE_LIST)) {
          const platform = PLATFORM_MODULES.get(found_.module);
          if (platform) found.add(platform);
        }
        filePlatforms = found;
      }
      return filePlatforms;
    }

    /** A property's static key; only a computed key needs a scope. */
    function propertyKey(property: TSESTree.Property): string | null {
      if (property.computed) return getPropertyKey(property, scopeOf());
      return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : getPropertyKey(property);
    }

    function elementKey(element: ScopeElement): string {
      return `${String(element.node.range[0])}:${String(element.node.range[1])}:${element.text}`;
    }

    function locOf(start: number, length: number): TSESTree.SourceLocation {
      return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(start + length) };
    }

    function reportFinding(element: ScopeElement, tokenStart: number, tokenText: string, single: boolean, finding: ScopeFinding): void {
      if (!meetsLevel(finding.level, minimumLevel) || finding.names.some((name) => allowed.has(name))) return;
      const sourceStart = element.start === null ? null : element.start + tokenStart;
      const where = sourceStart === null || single ? { node: element.node } : { loc: locOf(sourceStart, tokenText.length) };
      const messageId: MessageIds =
        finding.kind === 'tierZero' ? 'tierZeroPermission' : finding.kind === 'slackUserWrite' ? 'slackUserWriteScope' : 'overbroadScope';
      context.report({
        ...where,
        messageId,
        data: { scope: finding.label, grants: finding.grants, remedy: remedyOf(finding) },
        suggest:
          sourceStart === null
            ? []
            : finding.replacements.map((replacement) => ({
                messageId: 'useNarrowerScope' as const,
                data: { replacement },
                fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([sourceStart, sourceStart + tokenText.length], replacement),
              })),
      });
    }

    function checkElement(element: ScopeElement, scopeContext: ScopeContext): string[] {
      const tokens = scopeTokens(element.text);
      const single = tokens.length === 1;
      for (const token of tokens) {
        if (isDefaultScope(token.text)) {
          if (checkDefaultScope && scopeContext.flow === 'delegated' && !allowed.has(token.text.toLowerCase())) {
            const sourceStart = element.start === null ? null : element.start + token.start;
            context.report({
              ...(sourceStart === null || single ? { node: element.node } : { loc: locOf(sourceStart, token.text.length) }),
              messageId: 'defaultScopeInDelegatedFlow',
              data: { scope: token.text },
            });
          }
          continue;
        }
        const finding = classifyScope(token.text, scopeContext);
        if (finding) reportFinding(element, token.start, token.text, single, finding);
      }
      return tokens.map((token) => token.text);
    }

    /** Judges every scope in `value`; returns the scope names seen. */
    function checkValue(value: TSESTree.Node, scopeContext: ScopeContext, fromRequest: boolean): string[] {
      const elements: ScopeElement[] = [];
      collectElements(value, scopeOf(), elements);
      const names: string[] = [];
      for (const element of elements) {
        const key = elementKey(element);
        if (judged.has(key)) continue;
        if (fromRequest) judged.add(key);
        names.push(...checkElement(element, scopeContext));
      }
      return names;
    }

    function checkSlackHistory(value: TSESTree.Node, names: readonly string[]): void {
      if (!SLACK_FULL_HISTORY_SET.every((scope) => names.includes(scope))) return;
      if (SLACK_FULL_HISTORY_SET.some((scope) => allowed.has(scope)) || !meetsLevel('medium', minimumLevel)) return;
      context.report({ node: value, messageId: 'slackFullHistory' });
    }

    function applyPath(call: TSESTree.CallExpression | TSESTree.NewExpression, path: ScopePath, platform: Platform | null, flow: Flow): void {
      const scope = scopeOf();
      const argument = call.arguments[path.argument];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
      const value = path.keys.length === 0 ? argument : valueAtPath(argument, path.keys, scope);
      if (!value) return;
      const scopeContext: ScopeContext = platform
        ? { known: new Set([platform]), exclusive: true, flow, ...(path.slackUser ? { slackUser: true } : {}) }
        : { known: platformsOfFile(), exclusive: false, flow };
      const names = checkValue(value, scopeContext, true);
      if (path.slackUser && platform === 'slack') checkSlackHistory(value, names);
    }

    function applySink(call: TSESTree.CallExpression | TSESTree.NewExpression, sink: ScopeSink): void {
      for (const path of sink.paths) applyPath(call, path, sink.platform, sink.flow);
    }

    function checkPassport(call: TSESTree.CallExpression): void {
      const strategy = getStaticString(call.arguments[0], scopeOf());
      if (strategy === null) return;
      applyPath(call, PASSPORT_SCOPE_PATH, passportStrategyPlatform(strategy), 'delegated');
    }

    function checkModuleApis(): void {
      for (const reference of getApiReferences(context, SCOPE_APIS)) {
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
        const api = reference.api as ScopeApi;
        const sink = reference.kind === 'instance-call' ? (reference.method ? api.methodSinks?.[reference.method] : undefined) : api.sink;
        if (sink) applySink(node, sink);
      }
    }

    // -----------------------------------------------------------------------------------------------------------
    // Entra app registrations: requiredResourceAccess[].resourceAccess[] = { id, type }.

    function reportPermissionId(idValue: TSESTree.Node, permission: MicrosoftPermission, type: 'Role' | 'Scope', id: string): void {
      const level = microsoftLevel(permission, type === 'Role' ? 'application' : 'delegated');
      if (level === 'leaf' || !meetsLevel(level, minimumLevel)) return;
      if (allowed.has(id.toLowerCase()) || allowed.has(permission.name.toLowerCase())) return;
      const replacements = (permission.narrower ?? []).flatMap((name) => {
        const narrower = findMicrosoftPermission(permission.resource, name);
        const narrowerId = type === 'Role' ? narrower?.roleId : narrower?.scopeId;
        return narrowerId ? [{ name, id: narrowerId }] : [];
      });
      const target = unwrapTypeScript(idValue);
      const quote = target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string' ? target.raw.charAt(0) : null;
      const finding: ScopeFinding = {
        kind: level === 'critical' && permission.resource === 'graph' ? 'tierZero' : 'overbroad',
        platform: 'microsoft',
        label: permission.name,
        level,
        grants: type === 'Scope' ? permission.grants.replace('as an application permission ', '') : permission.grants,
        replacements: [],
        narrower: permission.narrower ?? [],
        ...(permission.advice ? { advice: permission.advice } : {}),
        nameStart: 0,
        names: [],
      };
      context.report({
        node: target,
        messageId: finding.kind === 'tierZero' ? 'tierZeroPermission' : 'overbroadScope',
        data: { scope: finding.label, grants: finding.grants, remedy: remedyOf(finding) },
        suggest:
          quote === null
            ? []
            : replacements.map((replacement) => ({
                messageId: 'useNarrowerPermissionId' as const,
                data: { replacement: replacement.name },
                fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(target, `${quote}${replacement.id}${quote}`),
              })),
      });
    }

    function arrayItems(node: TSESTree.Node, scope: Scope): TSESTree.Node[] {
      let target = unwrapTypeScript(node);
      if (target.type === AST_NODE_TYPES.Identifier) {
        const init = constInitializer(target, scope);
        if (init) target = unwrapTypeScript(init);
      }
      if (target.type !== AST_NODE_TYPES.ArrayExpression) return [];
      return target.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
    }

    function checkRequiredResourceAccess(value: TSESTree.Node): void {
      const scope = scopeOf();
      for (const entry of arrayItems(value, scope)) {
        const resourceEntry = readOptionsObject(entry, scope);
        const appId = resourceEntry?.get('resourceAppId')?.staticValue?.value;
        if (typeof appId !== 'string') continue;
        const resource = resourceOfAppId(appId);
        if (!resource) continue;
        const accessList = RESOURCE_ACCESS_KEYS.map((key) => resourceEntry?.get(key)).find((property) => property !== undefined);
        if (!accessList) continue;
        for (const access of arrayItems(accessList.value, scope)) {
          const accessObject = readOptionsObject(access, scope);
          const idProperty = accessObject?.get('id');
          const id = idProperty?.staticValue?.value;
          const type = accessObject?.get('type')?.staticValue?.value;
          if (!idProperty || typeof id !== 'string' || (type !== 'Role' && type !== 'Scope')) continue;
          const permission = findMicrosoftPermissionById(resource, type, id);
          if (permission) reportPermissionId(idProperty.value, permission, type, id);
        }
      }
    }

    // -----------------------------------------------------------------------------------------------------------
    // Constants that hold scopes.

    function holderContext(names: readonly string[], slackUser: boolean): ScopeContext {
      const known = new Set<Platform>(platformsOfFile());
      for (const name of names) for (const platform of platformsOfName(name)) known.add(platform);
      return { known, exclusive: false, flow: 'unknown', ...(slackUser ? { slackUser: true } : {}) };
    }

    function scanHolder(node: TSESTree.Node, names: readonly string[], slackUser: boolean, depth: number): void {
      if (depth > MAX_DEPTH) return;
      const target = unwrapTypeScript(node);
      if (target.type === AST_NODE_TYPES.ObjectExpression) {
        const properties = target.properties.filter((property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property);
        const keyed = properties.map((property) => ({ property, key: propertyKey(property) }));
        const holders = keyed.filter(({ key }) => key !== null && SCOPE_HOLDER_NAME.test(key));
        for (const { property, key } of holders.length > 0 ? holders : keyed) {
          scanHolder(property.value, key === null ? names : [...names, key], key === USER_SCOPES_KEY || slackUser, depth + 1);
        }
        return;
      }
      const scopeContext = holderContext(names, slackUser);
      const seen = checkValue(target, scopeContext, false);
      if (slackUser && scopeContext.known.has('slack')) checkSlackHistory(target, seen);
    }

    /** Finds keys that hold scopes inside a configuration object whose own name says nothing. */
    function scanConfigObject(node: TSESTree.ObjectExpression, names: readonly string[], depth: number): void {
      if (depth > MAX_DEPTH) return;
      for (const property of node.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const key = propertyKey(property);
        if (key === null) continue;
        const value = unwrapTypeScript(property.value);
        if (SCOPE_HOLDER_NAME.test(key)) {
          scanHolder(value, [...names, key], key === USER_SCOPES_KEY, depth + 1);
        } else if (value.type === AST_NODE_TYPES.ObjectExpression) {
          scanConfigObject(value, [...names, key], depth + 1);
        }
      }
    }

    /** The top-level `const`s named as holding scopes, or holding an object literal that may have keys that do. */
    function constantHolders(): ConstantHolder[] {
      const holders: ConstantHolder[] = [];
      for (const statement of sourceCode.ast.body) {
        const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
        if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== 'const') continue;
        for (const declarator of declaration.declarations) {
          if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) continue;
          const name = declarator.id.name;
          const init = unwrapTypeScript(declarator.init);
          if (SCOPE_HOLDER_NAME.test(name) || init.type === AST_NODE_TYPES.ObjectExpression) holders.push({ name, init });
        }
      }
      return holders;
    }

    function checkConstants(holders: readonly ConstantHolder[]): void {
      for (const { name, init } of holders) {
        if (SCOPE_HOLDER_NAME.test(name)) {
          scanHolder(init, [name], name.toLowerCase().includes('userscope'), 0);
        } else if (init.type === AST_NODE_TYPES.ObjectExpression) {
          scanConfigObject(init, [name], 0);
        }
      }
    }

    /**
     * The scopes in the query of a hand-written authorization URL (`https://github.com/login/oauth/authorize?…&scope=…`):
     * the URL's start names the platform, and the request is a user's consent. Reported on the string (the decoded
     * names have no place of their own in the source), without suggestions.
     */
    function checkUrl(node: TSESTree.StringLiteral | TSESTree.TemplateLiteral, start: string, pieces: readonly (readonly [text: string, open: boolean])[]): void {
      const platform = oauthEndpointPlatform(start);
      if (platform === null) return;
      const scopeContext: ScopeContext = { known: new Set([platform]), exclusive: true, flow: 'delegated' };
      for (const [text, open] of pieces) {
        for (const value of queryScopeValues(text, open)) checkElement({ node, text: value, start: null }, scopeContext);
      }
    }

    // File gates: each family of findings needs names the file's text holds, verbatim or through an escape (a call's
    // or class's name, an options key, a constant's name; a `const` that a key or value is read through writes it too).
    const text = sourceCode.text;
    const scopeKeys = (): boolean => fileMayHoldName(sourceCode, SCOPE_KEY_NAMES);
    // Named calls and constructions: the name, and unless the scopes may be an argument itself, a `scope(s)` key.
    const namedCalls = fileMayHoldName(sourceCode, CALL_SINK_NAMES.bare) || (scopeKeys() && fileMayHoldName(sourceCode, CALL_SINK_NAMES.keyed));
    const namedConstructions =
      fileMayHoldName(sourceCode, CONSTRUCT_SINK_NAMES.bare) || (scopeKeys() && fileMayHoldName(sourceCode, CONSTRUCT_SINK_NAMES.keyed));
    // Entra app registrations: a `requiredResourceAccess(es)` key.
    const registrations = fileMayHoldName(sourceCode, REQUIRED_RESOURCE_ACCESS_NAMES);
    // Module APIs: a string token naming one of their modules, which the module tracker needs.
    const moduleApis = SCOPE_API_NEEDLES.some((needle) => textHolds(sourceCode, needle)) && mentionsApiModule(context, SCOPE_APIS);
    // Constants: a top-level `const` (or a key inside its object) whose name `SCOPE_HOLDER_NAME` matches in any case.
    const holders =
      (textMayHoldAnyInAnyCase(sourceCode, SCOPE_HOLDER_WORDS) && SCOPE_HOLDER_NAME.test(text)) || textMayHoldEscape(sourceCode)
        ? constantHolders()
        : [];

    const listeners: TSESLint.RuleListener = {
      CallExpression(node) {
        // Cheapest test first: a plain name or member needs no unwrapping.
        const callee = node.callee;
        const name =
          callee.type === AST_NODE_TYPES.Identifier
            ? callee.name
            : callee.type === AST_NODE_TYPES.MemberExpression
              ? staticMemberName(callee)
              : calleeName(callee);
        if (name === null) return;
        if (name === PASSPORT_AUTHENTICATE) {
          checkPassport(node);
          return;
        }
        const sink = NAMED_CALL_SINKS.get(name);
        if (sink) applySink(node, sink);
      },

      NewExpression(node) {
        const name = calleeName(node.callee);
        const sink = name === null ? undefined : NAMED_CONSTRUCT_SINKS.get(name);
        if (sink) applySink(node, sink);
      },

      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        const key = propertyKey(node);
        if (key !== null && REQUIRED_RESOURCE_ACCESS_KEYS.has(key)) checkRequiredResourceAccess(node.value);
      },

      'Program:exit'() {
        checkModuleApis();
        checkConstants(holders);
      },
    };
    if (!namedCalls) delete listeners.CallExpression;
    if (!namedConstructions) delete listeners.NewExpression;
    if (!registrations) delete listeners.Property;
    if (!moduleApis && holders.length === 0) delete listeners['Program:exit'];
    // Authorization URLs: only a file that writes a `scope=` parameter has one (a value built by escapes is not read).
    if (textHolds(sourceCode, 'scope=')) {
      listeners.Literal = (node) => {
        if (typeof node.value === 'string' && node.value.includes('scope=')) checkUrl(node, node.value, [[node.value, false]]);
      };
      listeners.TemplateLiteral = (node) => {
        if (node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression) return;
        const first = node.quasis[0]?.value.cooked;
        if (typeof first !== 'string' || !node.quasis.some((quasi) => quasi.value.cooked?.includes('scope='))) return;
        checkUrl(
          node,
          first,
          node.quasis.map((quasi, index) => [quasi.value.cooked ?? '', index < node.expressions.length] as const),
        );
      };
    }
    return listeners;
  },
});
