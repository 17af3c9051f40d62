import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  CIPHER_CLASS_DESCRIPTIONS,
  CIPHER_KEYS,
  DEFAULT_VERSION_KEYS,
  LEGACY_PROTOCOL_PIECES,
  LEGACY_SECURE_PROTOCOLS,
  SAFE_MIN_VERSION,
  SECURE_PROTOCOL_KEY,
  VERSION_OPTION_KEYS,
  WEAK_CIPHER_PIECES,
  WEAK_VERSIONS,
  WEAK_VERSION_PIECES,
  analyzeCipherList,
  type VersionBound,
  type WeakCipherEntry,
} from '../models/tls-protocol';
import { AST_NODE_TYPES, messageLabel, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { developmentGuardOption, isUnderDevelopmentGuard } from '../utils/dev-guard';
import { removableStatementOf, removeListItem, removeStatement } from '../utils/fix';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getStaticString } from '../utils/static-value';
import { fileMayHoldName } from '../utils/text-gate';

export type Options = [
  {
    /** Leave settings alone inside code that only runs in development or test (`if (isDev) { ... }`). */
    ignoreDevelopmentGuards?: boolean;
  },
];
export type MessageIds =
  | 'weakMinVersion'
  | 'weakDefaultMinVersion'
  | 'weakMaxVersion'
  | 'legacySecureProtocol'
  | 'weakCipher'
  | 'securityLevelZero'
  | 'useTls12'
  | 'useTls13'
  | 'removeMaxVersion'
  | 'replaceSecureProtocol'
  | 'removeSecureProtocol';

/**
 * Markers of the keys of each family of settings (the version bounds, `secureProtocol`, the cipher lists): a file that
 * holds none of a family's markers, and no escape, holds none of its keys.
 */
const VERSION_MARKERS: readonly string[] = ['Version', 'VERSION'];
const PROTOCOL_MARKERS: readonly string[] = [SECURE_PROTOCOL_KEY];
const CIPHER_MARKERS: readonly string[] = ['iphers', 'IPHERS'];

/** Every key this rule reads a value from. */
const SETTING_KEYS: ReadonlySet<string> = new Set([
  ...VERSION_OPTION_KEYS.keys(),
  ...DEFAULT_VERSION_KEYS.keys(),
  SECURE_PROTOCOL_KEY,
  ...CIPHER_KEYS,
]);

const MIN_VERSION_KEY = 'minVersion';
const MAX_VERSION_KEY = 'maxVersion';
const MAX_LISTED_CIPHERS = 3;

/** The quote a string written in the source uses, or `null` when the value is not written out as a string. */
function quoteOf(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.raw.charAt(0);
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return '`';
  return null;
}

/** `` `RC4-SHA` (RC4), `DES-CBC3-SHA` (3DES, open to Sweet32) ``, at most a few entries. */
function describeCiphers(entries: readonly WeakCipherEntry[]): string {
  const listed = entries.slice(0, MAX_LISTED_CIPHERS).map((entry) => {
    const why = entry.classes.map((weakClass) => CIPHER_CLASS_DESCRIPTIONS.get(weakClass) ?? weakClass).join(', ');
    return `\`${messageLabel(entry.text)}\` (${why})`;
  });
  const more = entries.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${more} more` : listed.join(', ');
}

type MemberAssignment = TSESTree.AssignmentExpression & { left: TSESTree.MemberExpression };

function isMemberAssignment(node: TSESTree.AssignmentExpression): node is MemberAssignment {
  return node.left.type === AST_NODE_TYPES.MemberExpression;
}

/** Where a setting is written: a property of an object literal, or an assignment to a member. */
type Site =
  | { readonly kind: 'property'; readonly node: TSESTree.Property }
  | { readonly kind: 'assignment'; readonly node: MemberAssignment };

export default createRule<Options, MessageIds>({
  name: 'no-weak-tls-version',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow TLS settings that allow TLS 1.0/1.1, SSL, or broken cipher suites',
      recommended: 'recommended',
      principle: 'assume-breach',
      cwe: ['CWE-326', 'CWE-327'],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignoreDevelopmentGuards: developmentGuardOption('settings'),
        },
      },
    ],
    messages: {
      weakMinVersion:
        '`{{setting}}` lets connections fall back to {{protocol}}, which is deprecated and open to downgrade and cipher attacks; require TLS 1.2 or later.',
      weakDefaultMinVersion:
        '`{{setting}}` lets every TLS connection of the process fall back to {{protocol}}, which is deprecated and open to downgrade and cipher attacks; set it to \'TLSv1.2\' or remove it.',
      weakMaxVersion:
        '`{{setting}}` caps connections at {{protocol}}, which is deprecated and open to downgrade and cipher attacks; remove it or allow TLS 1.3.',
      legacySecureProtocol:
        '`{{setting}}` {{effect}}; remove it and set `minVersion: \'TLSv1.2\'` instead.',
      weakCipher:
        'This cipher list enables {{ciphers}}, which an attacker on the network path can break or exploit; remove them from the list or leave `ciphers` at Node\'s default.',
      securityLevelZero:
        '`@SECLEVEL=0` makes OpenSSL accept TLS 1.0/1.1, SHA-1 signatures and short keys that it refuses by default; remove it and upgrade the peer instead.',
      useTls12: 'Set it to {{version}}.',
      useTls13: 'Set it to {{version}}.',
      removeMaxVersion: 'Remove `{{setting}}` so that the default maximum, TLS 1.3, applies.',
      replaceSecureProtocol: 'Replace it with `minVersion: \'TLSv1.2\'`.',
      removeSecureProtocol: 'Remove `{{setting}}` so that Node\'s default protocol range applies.',
    },
    defaultOptions: [{ ignoreDevelopmentGuards: true }],
  },
  create(context, [{ ignoreDevelopmentGuards }]) {
    const sourceCode = context.sourceCode;
    // File gates. A finding needs a key of one family (a version bound, `secureProtocol`, a cipher list) and, as its
    // value, a weak version, a legacy method or a weak cipher entry: both are written in the file (a constant's value
    // where the constant is declared), verbatim or through an escape.
    const mayWeakenVersion = fileMayHoldName(sourceCode, VERSION_MARKERS) && fileMayHoldName(sourceCode, WEAK_VERSION_PIECES);
    const mayPickLegacyProtocol = fileMayHoldName(sourceCode, PROTOCOL_MARKERS) && fileMayHoldName(sourceCode, LEGACY_PROTOCOL_PIECES);
    const mayWeakenCiphers = fileMayHoldName(sourceCode, CIPHER_MARKERS) && fileMayHoldName(sourceCode, WEAK_CIPHER_PIECES);
    if (!mayWeakenVersion && !mayPickLegacyProtocol && !mayWeakenCiphers) return {};
    const reported = new Set<string>();

    /** Reports once per node and message, and not at all inside a development guard when the option says so. */
    function claim(node: TSESTree.Node, messageId: MessageIds): boolean {
      const id = `${node.range[0]}:${node.range[1]}:${messageId}`;
      if (reported.has(id)) return false;
      reported.add(id);
      return !(ignoreDevelopmentGuards && isUnderDevelopmentGuard(node));
    }

    function valueOf(site: Site): TSESTree.Node {
      return site.kind === 'property' ? site.node.value : site.node.right;
    }

    function settingLabel(site: Site, key: string): string {
      return messageLabel(site.kind === 'property' ? `${key}: ${sourceCode.getText(site.node.value)}` : sourceCode.getText(site.node));
    }

    /** Replaces the value of a setting; a shorthand property `{ minVersion }` is written out in full. */
    function replaceValue(fixer: TSESLint.RuleFixer, site: Site, key: string, text: string): TSESLint.RuleFix {
      if (site.kind === 'property' && site.node.shorthand) return fixer.replaceText(site.node, `${key}: ${text}`);
      return fixer.replaceText(unwrapTypeScript(valueOf(site)), text);
    }

    /** Removes the setting: its property, or the statement that assigns it. `null` when that cannot be done cleanly. */
    function removal(site: Site): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | null {
      if (site.kind === 'property') return (fixer) => removeListItem(fixer, sourceCode, site.node);
      const statement = removableStatementOf(site.node);
      return statement ? (fixer) => removeStatement(fixer, sourceCode, statement) : null;
    }

    /** True when the object holding a weak minimum also caps the maximum below TLS 1.2: raising the minimum alone would leave no version. */
    function capsMaximumTooLow(site: Site): boolean {
      if (site.kind !== 'property' || site.node.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
      const options = readOptionsObject(site.node.parent, sourceCode.getScope(site.node));
      const max = options?.get(MAX_VERSION_KEY)?.staticValue?.value;
      return typeof max === 'string' && WEAK_VERSIONS.has(max);
    }

    function checkVersion(site: Site, key: string, bound: VersionBound, isDefault: boolean, version: string): void {
      const weak = WEAK_VERSIONS.get(version);
      if (weak === undefined) return;
      const { protocol } = weak;
      const value = valueOf(site);
      const setting = settingLabel(site, key);
      const quote = site.kind === 'property' && site.node.shorthand ? null : quoteOf(unwrapTypeScript(value));
      const quoted = (text: string): string => `${quote ?? "'"}${text}${quote ?? "'"}`;
      if (bound === 'min') {
        const messageId = isDefault ? 'weakDefaultMinVersion' : 'weakMinVersion';
        if (!claim(site.node, messageId)) return;
        const replacement = quoted(weak.safeMin);
        // Rewriting the literal in place strictly tightens; anything else (a shared const, a maximum that would
        // leave no version) needs the author's eye.
        if (quote !== null && !capsMaximumTooLow(site)) {
          context.report({
            node: site.node,
            messageId,
            data: { setting, protocol },
            fix: (fixer) => fixer.replaceText(unwrapTypeScript(value), replacement),
          });
          return;
        }
        context.report({
          node: site.node,
          messageId,
          data: { setting, protocol },
          suggest: [{ messageId: 'useTls12', data: { version: replacement }, fix: (fixer) => replaceValue(fixer, site, key, replacement) }],
        });
        return;
      }
      if (!claim(site.node, 'weakMaxVersion')) return;
      const replacement = quoted(weak.safeMax);
      const remove = removal(site);
      context.report({
        node: site.node,
        messageId: 'weakMaxVersion',
        data: { setting, protocol },
        suggest: [
          ...(remove ? [{ messageId: 'removeMaxVersion' as const, data: { setting }, fix: remove }] : []),
          { messageId: 'useTls13', data: { version: replacement }, fix: (fixer) => replaceValue(fixer, site, key, replacement) },
        ],
      });
    }

    /** The edit that swaps `secureProtocol` for `minVersion: 'TLSv1.2'`, when it can be written without losing anything. */
    function minVersionInstead(site: Site): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | null {
      const value = unwrapTypeScript(valueOf(site));
      const quote = quoteOf(value) ?? "'";
      const newValue = `${quote}${SAFE_MIN_VERSION}${quote}`;
      if (sourceCode.getCommentsInside(value).length > 0) return null;
      if (site.kind === 'property') {
        const property = site.node;
        if (property.shorthand) return (fixer) => [fixer.replaceText(property, `${MIN_VERSION_KEY}: ${newValue}`)];
        if (property.computed) return null;
        return (fixer) => [fixer.replaceText(property.key, MIN_VERSION_KEY), fixer.replaceText(value, newValue)];
      }
      const member = site.node.left;
      if (member.computed) return null;
      return (fixer) => [fixer.replaceText(member.property, MIN_VERSION_KEY), fixer.replaceText(value, newValue)];
    }

    function hasMinVersion(site: Site): boolean {
      if (site.kind !== 'property' || site.node.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
      return readOptionsObject(site.node.parent, sourceCode.getScope(site.node))?.has(MIN_VERSION_KEY) === true;
    }

    function checkSecureProtocol(site: Site, method: string): void {
      const effect = LEGACY_SECURE_PROTOCOLS.get(method);
      if (effect === undefined || !claim(site.node, 'legacySecureProtocol')) return;
      const setting = settingLabel(site, SECURE_PROTOCOL_KEY);
      const replace = hasMinVersion(site) ? null : minVersionInstead(site);
      const remove = removal(site);
      context.report({
        node: site.node,
        messageId: 'legacySecureProtocol',
        data: { setting, effect },
        suggest: replace
          ? [{ messageId: 'replaceSecureProtocol', fix: replace }]
          : remove
            ? [{ messageId: 'removeSecureProtocol', data: { setting }, fix: remove }]
            : [],
      });
    }

    function checkCiphers(site: Site, list: string): void {
      const analysis = analyzeCipherList(list);
      // The list is reported where it is used: the literal itself, or the expression that names it.
      const node = valueOf(site);
      if (analysis.weak.length > 0 && claim(node, 'weakCipher')) {
        context.report({ node, messageId: 'weakCipher', data: { ciphers: describeCiphers(analysis.weak) } });
      }
      if (analysis.securityLevelZero && claim(node, 'securityLevelZero')) {
        context.report({ node, messageId: 'securityLevelZero' });
      }
    }

    function check(site: Site, key: string, scope: TSESLint.Scope.Scope): void {
      const value = getStaticString(valueOf(site), scope);
      if (value === null) return;
      const bound = VERSION_OPTION_KEYS.get(key);
      const defaultBound = DEFAULT_VERSION_KEYS.get(key);
      if (bound !== undefined) checkVersion(site, key, bound, false, value);
      else if (defaultBound !== undefined) checkVersion(site, key, defaultBound, true, value);
      else if (key === SECURE_PROTOCOL_KEY) checkSecureProtocol(site, value);
      else checkCiphers(site, value);
    }

    return {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        // Cheapest test first: a plain key that names none of the settings needs no scope lookup.
        if (!node.computed && node.key.type === AST_NODE_TYPES.Identifier && !SETTING_KEYS.has(node.key.name)) return;
        const scope = sourceCode.getScope(node);
        const key = getPropertyKey(node, scope);
        if (key !== null && SETTING_KEYS.has(key)) check({ kind: 'property', node }, key, scope);
      },

      AssignmentExpression(node) {
        if (node.operator !== '=' || !isMemberAssignment(node)) return;
        const member = node.left;
        if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier && !SETTING_KEYS.has(member.property.name)) return;
        const scope = sourceCode.getScope(node);
        const key = getPropertyKey(member, scope);
        if (key !== null && SETTING_KEYS.has(key)) check({ kind: 'assignment', node }, key, scope);
      },
    };
  },
});
