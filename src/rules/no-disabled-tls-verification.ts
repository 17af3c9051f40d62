import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  CERTIFICATE_ERROR_EVENT,
  LISTENER_METHODS,
  TRUST_ANYWAY,
  VERIFY_PROC_ACCEPT,
  VERIFY_PROC_CALLBACK_INDEX,
  VERIFY_PROC_METHOD,
} from '../models/electron';
import { HTTP_PROXY_APIS, PER_REQUEST_OPTION_ARGUMENT, PROXY_VERIFY_OPTION, type ProxyApi } from '../models/http-proxy';
import {
  INSECURE_SETTINGS,
  TLS_OPTION_KEYS,
  findInsecureUrlParameter,
  INSECURE_PARAMETER_NAMES,
  mayHoldInsecureUrlParameterName,
  isInsecureValue,
  type InsecureSetting,
} from '../models/tls-verification';
import { AST_NODE_TYPES, messageLabel } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { developmentGuardOption, isUnderDevelopmentGuard } from '../utils/dev-guard';
import { removableStatementOf, removeListItem, removeStatement } from '../utils/fix';
import {
  alwaysReturnsFalsy,
  collectExits,
  parameterNames,
  resolveFunction,
  runsUnconditionally,
  type FunctionNode,
} from '../utils/functions';
import { getApiCalls, mentionsApiModule } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getStatic, getStaticString } from '../utils/static-value';
import { fileMayHoldName, textHolds, textMayHoldEscape, textMayHoldAnyInAnyCase } from '../utils/text-gate';

export type Options = [
  {
    /** Leave settings alone inside code that only runs in development or test (`if (isDev) { ... }`). */
    ignoreDevelopmentGuards?: boolean;
  },
];
export type MessageIds =
  | 'settingDisablesVerification'
  | 'hostnameCheckDisabled'
  | 'environmentDisablesVerification'
  | 'methodDisablesVerification'
  | 'connectionStringDisablesVerification'
  | 'electronTrustsRejectedCertificate'
  | 'electronVerifierAcceptsAll'
  | 'removeSetting'
  | 'useVerifyingParameter';

const ENV_SETTING = 'NODE_TLS_REJECT_UNAUTHORIZED';
const HOSTNAME_CALLBACK = 'checkServerIdentity';
const DISABLE_METHOD = 'disableTLSCerts';

/** The key of the property whose value holds `object`, e.g. `ssl` for `{ ssl: { ... } }`. */
function parentKey(object: TSESTree.ObjectExpression, scope: TSESLint.Scope.Scope): string | null {
  const parent = object.parent;
  return parent.type === AST_NODE_TYPES.Property && parent.value === object ? getPropertyKey(parent, scope) : null;
}

function settingApplies(setting: InsecureSetting, object: TSESTree.ObjectExpression, scope: TSESLint.Scope.Scope): boolean {
  if (setting.where === 'any') return true;
  const key = parentKey(object, scope);
  return key !== null && TLS_OPTION_KEYS.has(key);
}

/** The keys the object and assignment listeners report: the settings, and `checkServerIdentity`. */
const SETTING_KEYS: readonly string[] = [HOSTNAME_CALLBACK, ...INSECURE_SETTINGS.keys()];

/** The names a reported call needs: Electron's event and verifier method, and superagent's method. */
const CALL_NAMES: readonly string[] = [CERTIFICATE_ERROR_EVENT, VERIFY_PROC_METHOD, DISABLE_METHOD];

/** The modules whose options `checkProxyCalls` reads: a file that loads one names it in a string. */
const PROXY_MODULES: readonly string[] = [...new Set(HTTP_PROXY_APIS.map((api) => api.module))];

/** Methods that only log: calling them inside `checkServerIdentity` cannot reject a certificate. */
const LOGGING_METHODS: ReadonlySet<string> = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace']);

/** True for a call that can neither throw on purpose nor change the outcome: logging, or a check whose result is dropped. */
function cannotReject(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  return callee.property.name === HOSTNAME_CALLBACK || LOGGING_METHODS.has(callee.property.name);
}

/** The key of a property that is not computed, as `getPropertyKey` reads it: no scope is needed. */
function writtenKey(property: TSESTree.Property & { computed: false }): string {
  return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String(property.key.value);
}

/** A string literal whose source text is exactly its value, so offsets in the value map to the source. */
function isPlainString(node: TSESTree.StringLiteral): boolean {
  return node.raw.slice(1, -1) === node.value;
}

export default createRule<Options, MessageIds>({
  name: 'no-disabled-tls-verification',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow turning off TLS certificate or hostname verification',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-295', 'CWE-297'],
    },
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
      settingDisablesVerification:
        '`{{setting}}` turns off TLS {{kind}} verification, so anyone on the network path can impersonate the server; remove it and trust a private CA through `ca` or NODE_EXTRA_CA_CERTS instead.',
      hostnameCheckDisabled:
        'This `checkServerIdentity` accepts every certificate, so a certificate issued for any host is trusted; call `tls.checkServerIdentity(host, cert)` and return its result (after any pin check) instead.',
      environmentDisablesVerification:
        'Setting NODE_TLS_REJECT_UNAUTHORIZED to 0 turns off certificate verification for every TLS connection in the process; remove it and trust a private CA through NODE_EXTRA_CA_CERTS instead.',
      methodDisablesVerification:
        '`.disableTLSCerts()` turns off certificate verification for this request; remove it and pass the private CA with `.ca()` instead.',
      connectionStringDisablesVerification:
        '`{{parameter}}` in this connection string turns off TLS certificate verification; use `{{replacement}}` and trust a private CA instead.',
      electronTrustsRejectedCertificate:
        'This `certificate-error` handler trusts certificates Chromium rejected, so any server can impersonate the pages this app loads; let the error stand (`callback(false)`) and install the private CA in the system trust store instead.',
      electronVerifierAcceptsAll:
        'This certificate verifier accepts every certificate, so any server can impersonate the pages this app loads; return `-3` to keep Chromium\'s verification (after any pin check) instead.',
      removeSetting: 'Remove `{{setting}}` so the connection verifies certificates again.',
      useVerifyingParameter: 'Replace it with `{{replacement}}`.',
    },
    defaultOptions: [{ ignoreDevelopmentGuards: true }],
  },
  create(context, [{ ignoreDevelopmentGuards }]) {
    const sourceCode = context.sourceCode;
    // File gates. Every finding needs a name that the file spells, verbatim or through an escape (a constant's value
    // is written where the constant is declared): a setting key or `checkServerIdentity` for the object and
    // assignment listeners; the `certificate-error` event, `setCertificateVerifyProc` or `disableTLSCerts` for the
    // call listener; for the string listeners, a `://` (which a string's value holds only if the text holds it or a
    // backslash) and an insecure connection-string parameter in any case; an http-proxy module the file loads, and
    // the `secure` option, for the proxy check at the end. Each family of listeners is kept only where its names can be.
    const mayHoldSetting = fileMayHoldName(sourceCode, SETTING_KEYS);
    const mayHoldCall = fileMayHoldName(sourceCode, CALL_NAMES);
    const mayHoldUrlParameter =
      (textHolds(sourceCode, '://') || textHolds(sourceCode, '\\')) &&
      ((textMayHoldAnyInAnyCase(sourceCode, INSECURE_PARAMETER_NAMES) && mayHoldInsecureUrlParameterName(sourceCode.text)) ||
        textMayHoldEscape(sourceCode));
    const mayConfigureProxy =
      PROXY_MODULES.some((module) => textHolds(sourceCode, module)) &&
      fileMayHoldName(sourceCode, [PROXY_VERIFY_OPTION.key]) &&
      mentionsApiModule(context, HTTP_PROXY_APIS);
    if (!mayHoldSetting && !mayHoldCall && !mayHoldUrlParameter && !mayConfigureProxy) return {};

    const reported = new Set<TSESTree.Node>();

    /** Reports once per node, and not at all inside a development guard when the option says so. */
    function claim(node: TSESTree.Node): boolean {
      if (reported.has(node)) return false;
      reported.add(node);
      return !(ignoreDevelopmentGuards && isUnderDevelopmentGuard(node));
    }

    function rangeLoc(start: number, end: number): TSESTree.SourceLocation {
      return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
    }

    function reportProperty(property: TSESTree.Property, key: string, setting: InsecureSetting): void {
      if (!claim(property)) return;
      const settingText = messageLabel(`${key}: ${sourceCode.getText(property.value)}`);
      context.report({
        node: property,
        messageId: key === ENV_SETTING ? 'environmentDisablesVerification' : 'settingDisablesVerification',
        data: { setting: settingText, kind: setting.kind },
        suggest: [
          {
            messageId: 'removeSetting',
            data: { setting: settingText },
            fix: (fixer) => removeListItem(fixer, sourceCode, property),
          },
        ],
      });
    }

    function reportHostnameCallback(node: TSESTree.Node, removal: TSESTree.Node | null): void {
      if (!claim(node)) return;
      context.report({
        node,
        messageId: 'hostnameCheckDisabled',
        suggest: removal
          ? [
              {
                messageId: 'removeSetting',
                data: { setting: HOSTNAME_CALLBACK },
                fix: (fixer) =>
                  removal.type === AST_NODE_TYPES.ExpressionStatement
                    ? removeStatement(fixer, sourceCode, removal)
                    : removeListItem(fixer, sourceCode, removal),
              },
            ]
          : [],
      });
    }

    function acceptsEveryHost(value: TSESTree.Node, scope: TSESLint.Scope.Scope): boolean {
      const fn = resolveFunction(value, scope);
      if (!fn || !alwaysReturnsFalsy(fn, sourceCode.visitorKeys, scope)) return false;
      // A call may throw, and a throw rejects the certificate; only logging and a discarded check cannot.
      return collectExits(fn, sourceCode.visitorKeys).calls.every(cannotReject);
    }

    function checkConnectionString(node: TSESTree.Node, text: string, textStart: number | null): void {
      if (!text.includes('://')) return;
      const parameter = findInsecureUrlParameter(text);
      if (!parameter || !claim(node)) return;
      context.report({
        // Squiggle just the parameter when its place in the source is known.
        ...(textStart === null
          ? { node }
          : { loc: rangeLoc(textStart + parameter.start, textStart + parameter.end) }),
        messageId: 'connectionStringDisablesVerification',
        data: { parameter: parameter.text, replacement: parameter.replacement },
        suggest:
          textStart === null
            ? []
            : [
                {
                  messageId: 'useVerifyingParameter',
                  data: { replacement: parameter.replacement },
                  fix: (fixer) =>
                    fixer.replaceTextRange([textStart + parameter.start, textStart + parameter.end], parameter.replacement),
                },
              ],
      });
    }

    /** The argument of an unconditional `callback(value)` call, for a callback among `fn`'s parameters at `positions`. */
    function findUnconditionalCallback(fn: FunctionNode, positions: readonly number[], value: unknown): TSESTree.Node | null {
      const names = parameterNames(fn);
      const callbacks = new Set(positions.map((position) => names[position]).filter((name) => name != null));
      if (callbacks.size === 0) return null;
      const scope = sourceCode.getScope(fn);
      for (const call of collectExits(fn, sourceCode.visitorKeys).calls) {
        const [argument] = call.arguments;
        if (
          call.callee.type === AST_NODE_TYPES.Identifier &&
          callbacks.has(call.callee.name) &&
          argument &&
          getStatic(argument, scope)?.value === value &&
          runsUnconditionally(call, fn)
        ) {
          return argument;
        }
      }
      return null;
    }

    function checkProxyCalls(): void {
      for (const reference of getApiCalls(context, HTTP_PROXY_APIS)) {
        const api = reference.api as ProxyApi;
        const call = reference.node;
        const positions = reference.kind === 'instance-call' ? [PER_REQUEST_OPTION_ARGUMENT] : api.optionArguments;
        const scope = sourceCode.getScope(call);
        for (const position of positions) {
          const options = readOptionsObject(call.arguments[position], scope);
          const secure = options?.get(PROXY_VERIFY_OPTION.key);
          if (secure?.staticValue?.value === PROXY_VERIFY_OPTION.insecureValue) {
            reportProperty(secure.node, PROXY_VERIFY_OPTION.key, { insecureValue: false, kind: 'certificate', where: 'any' });
          }
        }
      }
    }

    /** Electron's `certificate-error` listeners and `setCertificateVerifyProc`. */
    function checkElectronMethod(node: TSESTree.CallExpression & { callee: TSESTree.MemberExpression }): void {
      if (node.callee.property.type !== AST_NODE_TYPES.Identifier) return;
      const method = node.callee.property.name;
      if (LISTENER_METHODS.has(method)) {
        const event = node.arguments[0];
        const handler = node.arguments[1];
        if (!handler) return;
        // Cheapest test first: most listeners name their event with a plain string, which needs no scope.
        const eventName = event?.type === AST_NODE_TYPES.Literal ? event.value : getStaticString(event, sourceCode.getScope(node));
        if (eventName !== CERTIFICATE_ERROR_EVENT) return;
        const fn = resolveFunction(handler, sourceCode.getScope(node));
        // The callback is the handler's last parameter on `app` and the next-to-last on `webContents`.
        const accepting = fn && findUnconditionalCallback(fn, [fn.params.length - 1, fn.params.length - 2], TRUST_ANYWAY);
        if (accepting && claim(accepting)) context.report({ node: accepting, messageId: 'electronTrustsRejectedCertificate' });
      } else if (method === VERIFY_PROC_METHOD) {
        const [proc] = node.arguments;
        const fn = proc ? resolveFunction(proc, sourceCode.getScope(node)) : null;
        const accepting = fn && findUnconditionalCallback(fn, [VERIFY_PROC_CALLBACK_INDEX], VERIFY_PROC_ACCEPT);
        if (accepting && claim(accepting)) context.report({ node: accepting, messageId: 'electronVerifierAcceptsAll' });
      }
    }

    /** `x.disableTLSCerts()`. */
    function checkDisableMethod(node: TSESTree.CallExpression & { callee: TSESTree.MemberExpression }): void {
      if (!claim(node)) return;
      const receiver = node.callee.object;
      context.report({
        node: node.callee.property,
        messageId: 'methodDisablesVerification',
        suggest: [
          {
            messageId: 'removeSetting',
            data: { setting: `.${DISABLE_METHOD}()` },
            fix: (fixer) => fixer.removeRange([receiver.range[1], node.range[1]]),
          },
        ],
      });
    }

    /** An object literal's property: a setting that turns verification off, or a `checkServerIdentity` that accepts all. */
    function checkProperty(property: TSESTree.Property, object: TSESTree.ObjectExpression): void {
      // Cheapest test first: only a computed key needs a scope.
      const key = property.computed ? getPropertyKey(property, sourceCode.getScope(property)) : writtenKey(property);
      if (key === null) return;
      if (key === HOSTNAME_CALLBACK) {
        if (acceptsEveryHost(property.value, sourceCode.getScope(property))) reportHostnameCallback(property, property);
        return;
      }
      const setting = INSECURE_SETTINGS.get(key);
      if (!setting) return;
      const scope = sourceCode.getScope(property);
      const value = getStatic(property.value, scope);
      if (value && isInsecureValue(setting, value.value) && settingApplies(setting, object, scope)) {
        reportProperty(property, key, setting);
      }
    }

    /** A key this rule reads when assigned: a setting, or `checkServerIdentity`. */
    function isSettingKey(key: string): boolean {
      return key === HOSTNAME_CALLBACK || INSECURE_SETTINGS.has(key);
    }

    const listeners: TSESLint.RuleListener = {
      // The properties of an object literal, read from the object: one listener call per object instead of one per
      // property. Each property is judged on its own and reports only itself, so the order of the checks is free.
      ObjectExpression(node) {
        for (const property of node.properties) if (property.type === AST_NODE_TYPES.Property) checkProperty(property, node);
      },

      AssignmentExpression(node) {
        if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const member = node.left;
        // Cheapest test first: a written member name needs no scope to be told apart from the settings.
        if (!member.computed && (member.property.type !== AST_NODE_TYPES.Identifier || !isSettingKey(member.property.name))) return;
        const scope = sourceCode.getScope(node);
        const key = getPropertyKey(member, scope);
        if (key === null) return;
        const statement = removableStatementOf(node);
        if (key === HOSTNAME_CALLBACK) {
          if (acceptsEveryHost(node.right, scope)) reportHostnameCallback(node, statement);
          return;
        }
        const setting = INSECURE_SETTINGS.get(key);
        if (setting?.where !== 'any') return;
        const value = getStatic(node.right, scope);
        if (!value || !isInsecureValue(setting, value.value) || !claim(node)) return;
        const settingText = messageLabel(sourceCode.getText(node));
        context.report({
          node,
          messageId: key === ENV_SETTING ? 'environmentDisablesVerification' : 'settingDisablesVerification',
          data: { setting: settingText, kind: setting.kind },
          suggest: statement
            ? [
                {
                  messageId: 'removeSetting',
                  data: { setting: settingText },
                  fix: (fixer) => removeStatement(fixer, sourceCode, statement),
                },
              ]
            : [],
        });
      },

      Literal(node) {
        // Cheapest test first: whether the string is written without escapes is asked only of a URL.
        if (typeof node.value !== 'string' || !node.value.includes('://')) return;
        checkConnectionString(node, node.value, isPlainString(node) ? node.range[0] + 1 : null);
      },

      TemplateLiteral(node) {
        const first = node.quasis[0]?.value.cooked;
        if (!first?.includes('://')) return;
        // Read the template as one string, each `${...}` standing for a placeholder that matches no insecure value.
        const starts: number[] = [];
        let text = '';
        for (const quasi of node.quasis) {
          if (quasi.value.cooked === null) return;
          if (starts.length > 0) text += 'x';
          starts.push(text.length);
          text += quasi.value.cooked;
        }
        const parameter = findInsecureUrlParameter(text);
        if (!parameter || !claim(node)) return;
        const index = starts.findLastIndex((start) => start <= parameter.start);
        const quasi = node.quasis[index];
        const quasiStart = starts[index];
        if (!quasi || quasiStart === undefined) return;
        // Offer the edit only when the quasi is written without escapes, so offsets map to the source.
        // A quasi's range starts at its opening delimiter: the backtick or the `}` of the previous `${}`.
        const inSource = quasi.value.raw === quasi.value.cooked && parameter.end <= quasiStart + quasi.value.cooked.length;
        const editStart = quasi.range[0] + 1 + parameter.start - quasiStart;
        context.report({
          ...(inSource ? { loc: rangeLoc(editStart, editStart + parameter.text.length) } : { node: quasi }),
          messageId: 'connectionStringDisablesVerification',
          data: { parameter: parameter.text, replacement: parameter.replacement },
          suggest: inSource
            ? [
                {
                  messageId: 'useVerifyingParameter',
                  data: { replacement: parameter.replacement },
                  fix: (fixer) => fixer.replaceTextRange([editStart, editStart + parameter.text.length], parameter.replacement),
                },
              ]
            : [],
        });
      },

      // One plain listener instead of attribute selectors, which ESLint matches with esquery on every call.
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return;
        const call = node as TSESTree.CallExpression & { callee: TSESTree.MemberExpression };
        // In the order ESLint ran the two selectors: the less specific one first.
        checkElectronMethod(call);
        if (callee.property.name === DISABLE_METHOD) checkDisableMethod(call);
      },

      'Program:exit'() {
        checkProxyCalls();
      },
    };
    if (!mayHoldSetting) {
      delete listeners.ObjectExpression;
      delete listeners.AssignmentExpression;
    }
    if (!mayHoldCall) delete listeners.CallExpression;
    if (!mayHoldUrlParameter) {
      delete listeners.Literal;
      delete listeners.TemplateLiteral;
    }
    if (!mayConfigureProxy) delete listeners['Program:exit'];
    return listeners;
  },
});
