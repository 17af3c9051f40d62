import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  CERTIFICATE_KEY_KEY,
  MSAL_AUTHORITY_KEYS,
  MSAL_AUTH_KEY,
  MSAL_CERTIFICATE_KEY,
  MSAL_CONFIDENTIAL_APIS,
  MSAL_CONFIGURATION_KEYS,
  MSAL_SECRET_KEY,
  MSAL_SIBLING_KEYS,
  PASSPORT_AZURE_AD_APIS,
  PASSPORT_AZURE_AD_MARKER,
  PASSPORT_SECRET_KEY,
  RAW_SECRET_FIELD,
  SECRET_CREDENTIAL_APIS,
  SHA1_THUMBPRINT_KEY,
  SHA256_THUMBPRINT_KEY,
  isEntraDefaultScope,
  isEntraTokenEndpoint,
  type SecretCredentialApi,
} from '../models/entra-credentials';
import { AST_NODE_TYPES, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { developmentGuardOption, isUnderDevelopmentGuard } from '../utils/dev-guard';
import { collectExits, isStaticFalsy, resolveFunction, type FunctionNode } from '../utils/functions';
import { getApiCalls, getApiReferences, mentionsApiModule, type ApiSet } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject, type OptionsObject } from '../utils/options-object';
import { getStaticString, rootScope } from '../utils/static-value';
import { getStringParts } from '../utils/string-parts';
import { textHolds, textMayHoldEscape } from '../utils/text-gate';

export type Options = [
  {
    /** Leave credentials alone inside code that only runs in development or test (`isDev ? secret : managedIdentity`). */
    ignoreDevelopmentGuards?: boolean;
  },
];
export type MessageIds =
  | 'secretCredential'
  | 'msalClientSecret'
  | 'passportClientSecret'
  | 'rawClientSecret'
  | 'sha1Thumbprint';

/**
 * The path segment every Entra token endpoint holds (see `isEntraTokenEndpoint`, which lower-cases the URL first, so
 * it is looked for in any case).
 */
const OAUTH2_SEGMENT = /oauth2/iu;
/** What the static scope of a client-credentials body ends with (see `isEntraDefaultScope`). */
const DEFAULT_SCOPE_PIECE = '.default';

type Scope = TSESLint.Scope.Scope;

const MAX_DEPTH = 5;
const MAX_CHAIN = 10;
const SECRET_CREDENTIAL_SET: ApiSet = SECRET_CREDENTIAL_APIS;
const MSAL_CONFIDENTIAL_SET: ApiSet = MSAL_CONFIDENTIAL_APIS;
const PASSPORT_AZURE_AD_SET: ApiSet = PASSPORT_AZURE_AD_APIS;
/** The three sets above: a file that names none of their modules has no reference to any (one look instead of three). */
const TRACKED_SET: ApiSet = [...SECRET_CREDENTIAL_APIS, ...MSAL_CONFIDENTIAL_APIS, ...PASSPORT_AZURE_AD_APIS];
/** `client_secret=` in form-encoded text. */
const FORM_SECRET = `${RAW_SECRET_FIELD}=`;
/** Option keys of HTTP clients that hold the request URL: axios / got / request `url`, request `uri`. */
const URL_OPTION_KEYS: readonly string[] = ['url', 'uri'];
/** Calls that serialize a body: `JSON.stringify`, `qs.stringify`, `querystring.encode`, `params.toString()`. */
const BODY_SERIALIZERS: ReadonlySet<string> = new Set(['stringify', 'encode', 'toString']);
/** Constructors of a form body. */
const FORM_CLASSES: ReadonlySet<string> = new Set(['URLSearchParams', 'FormData']);
/** Methods that write a field into a `URLSearchParams` / `FormData`. */
const FORM_WRITERS: ReadonlySet<string> = new Set(['append', 'set']);
const SCOPE_KEY = 'scope';

/** A `client_secret` field to report: a property, an `append('client_secret', …)` name, or a place in form text. */
type RawSecret = { readonly node: TSESTree.Node } | { readonly node: TSESTree.Node; readonly range: readonly [number, number] };

function calleeName(callee: TSESTree.Node): string | null {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    return callee.property.name;
  }
  return null;
}

/** The expression inside TypeScript wrappers and `await`. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapTypeScript(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapTypeScript(current.argument);
  return current;
}

/** The key of the property whose value is `object`: `auth` for `{ auth: { … } }`. */
function parentKey(object: TSESTree.ObjectExpression, scope: Scope): string | null {
  const parent = object.parent;
  return parent.type === AST_NODE_TYPES.Property && parent.value === object ? getPropertyKey(parent, scope) : null;
}

function hasAnyKey(object: OptionsObject | null, keys: readonly string[]): boolean {
  return object?.properties.some((property) => keys.includes(property.key)) ?? false;
}

/** True when a property sets a value that may be a credential: anything but a static falsy value (`''`, `undefined`). */
function setsValue(property: TSESTree.Property, scope: Scope): boolean {
  return !isStaticFalsy(property.value, scope);
}

export default createRule<Options, MessageIds>({
  name: 'prefer-secretless-credentials',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Prefer managed identities, federated credentials or certificates to client secrets for Microsoft Entra applications',
      recommended: 'strict',
      principle: 'assume-breach',
      cwe: ['CWE-522', 'CWE-260', 'CWE-328'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignoreDevelopmentGuards: developmentGuardOption('credentials'),
        },
      },
    ],
    messages: {
      secretCredential:
        '`{{api}}` signs the app in to Microsoft Entra ID with a client secret, a password that anyone who copies it can replay from anywhere until it expires; prefer `ManagedIdentityCredential`, `WorkloadIdentityCredential` or `ClientAssertionCredential` (no secret to steal), or at least `ClientCertificateCredential`.',
      msalClientSecret:
        '`clientSecret` makes this MSAL app sign in with a password that anyone who copies it can replay from anywhere until it expires; prefer `ManagedIdentityApplication`, a federated `clientAssertion`, or at least `clientCertificate` with `thumbprintSha256`.',
      passportClientSecret:
        '`clientSecret` makes passport-azure-ad redeem codes with a password that anyone who copies it can replay from anywhere until it expires; prefer a certificate (`thumbprint` and `privatePEMKey`) or move to MSAL with a managed identity or a federated credential.',
      rawClientSecret:
        'This token request sends `client_secret` to Microsoft Entra ID, a password that anyone who copies it can replay from anywhere until it expires; prefer a managed identity or a `client_assertion` signed by a certificate or issued by a federated identity provider.',
      sha1Thumbprint:
        '`thumbprint` names the certificate by its SHA-1 hash, which MSAL has deprecated; give the SHA-256 hash of the same certificate as `thumbprintSha256` instead.',
    },
    defaultOptions: [{ ignoreDevelopmentGuards: true }],
  },
  create(context, [{ ignoreDevelopmentGuards }]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const mentionsRawSecret = textHolds(sourceCode, RAW_SECRET_FIELD);
    const reported = new Set<TSESTree.Node>();
    const reportedRanges = new Set<string>();

    /** Reports once per node, and not at all inside a development guard when the option says so. */
    function claim(node: TSESTree.Node): boolean {
      if (reported.has(node)) return false;
      reported.add(node);
      return !(ignoreDevelopmentGuards && isUnderDevelopmentGuard(node));
    }

    // ----- MSAL configuration

    /** The SHA-1 `thumbprint` of an MSAL `clientCertificate`, unless a SHA-256 one is given too (MSAL then uses it). */
    function checkCertificate(certificate: OptionsObject): void {
      const thumbprint = certificate.get(SHA1_THUMBPRINT_KEY);
      if (!thumbprint || certificate.has(SHA256_THUMBPRINT_KEY) || !certificate.closed) return;
      if (!setsValue(thumbprint.node, sourceCode.getScope(thumbprint.node)) || !claim(thumbprint.node)) return;
      context.report({ node: thumbprint.node, messageId: 'sha1Thumbprint' });
    }

    function checkMsalAuth(auth: OptionsObject, scope: Scope): void {
      const secret = auth.get(MSAL_SECRET_KEY);
      if (secret && setsValue(secret.node, scope) && claim(secret.node)) {
        context.report({ node: secret.node, messageId: 'msalClientSecret' });
      }
      const certificate = auth.get(MSAL_CERTIFICATE_KEY);
      const certificateOptions = certificate ? readOptionsObject(certificate.value, scope) : null;
      if (certificateOptions) checkCertificate(certificateOptions);
    }

    function checkMsalConstructions(): void {
      for (const { node } of getApiCalls(context, MSAL_CONFIDENTIAL_SET)) {
        const scope = sourceCode.getScope(node);
        const auth = readOptionsObject(node.arguments[0], scope)?.get(MSAL_AUTH_KEY);
        const authOptions = auth ? readOptionsObject(auth.value, scope) : null;
        if (authOptions) checkMsalAuth(authOptions, scope);
      }
    }

    /**
     * An MSAL configuration that is not constructed in this file (a config module): an object whose keys are all
     * MSAL's, with an `auth` object that names a client ID and either an authority or a sibling `system`/`cache`.
     */
    function checkMsalShape(auth: TSESTree.ObjectExpression, scope: Scope): void {
      const configuration = auth.parent.parent;
      if (configuration?.type !== AST_NODE_TYPES.ObjectExpression) return;
      const outer = readOptionsObject(configuration, scope);
      if (!outer?.closed || !outer.properties.every((property) => MSAL_CONFIGURATION_KEYS.has(property.key))) return;
      const authOptions = readOptionsObject(auth, scope);
      if (!authOptions?.has('clientId')) return;
      if (!hasAnyKey(authOptions, MSAL_AUTHORITY_KEYS) && !hasAnyKey(outer, MSAL_SIBLING_KEYS)) return;
      checkMsalAuth(authOptions, scope);
    }

    // ----- passport-azure-ad

    function checkPassportOptions(options: OptionsObject, scope: Scope): void {
      const secret = options.get(PASSPORT_SECRET_KEY);
      if (secret && setsValue(secret.node, scope) && claim(secret.node)) {
        context.report({ node: secret.node, messageId: 'passportClientSecret' });
      }
    }

    function checkPassportStrategies(): void {
      for (const { node } of getApiCalls(context, PASSPORT_AZURE_AD_SET)) {
        const scope = sourceCode.getScope(node);
        const options = readOptionsObject(node.arguments[0], scope);
        if (options) checkPassportOptions(options, scope);
      }
    }

    // ----- credential classes and logins that take a secret

    function checkSecretCredentials(): void {
      for (const reference of getApiReferences(context, SECRET_CREDENTIAL_SET)) {
        const api = reference.api as SecretCredentialApi;
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.NewExpression && node.type !== AST_NODE_TYPES.CallExpression) continue;
        // adal-node: the context itself is harmless, only its client-credentials call takes the secret.
        if (api.instanceMethods && reference.kind !== 'instance-call') continue;
        if (!claim(node.callee)) continue;
        context.report({ node: node.callee, messageId: 'secretCredential', data: { api: reference.method ?? api.label } });
      }
    }

    // ----- raw token requests

    function reportRaw(secret: RawSecret): void {
      if ('range' in secret) {
        const key = `${secret.range[0]}:${secret.range[1]}`;
        if (reportedRanges.has(key)) return;
        reportedRanges.add(key);
        if (ignoreDevelopmentGuards && isUnderDevelopmentGuard(secret.node)) return;
        context.report({
          loc: { start: sourceCode.getLocFromIndex(secret.range[0]), end: sourceCode.getLocFromIndex(secret.range[1]) },
          messageId: 'rawClientSecret',
        });
        return;
      }
      if (claim(secret.node)) context.report({ node: secret.node, messageId: 'rawClientSecret' });
    }

    /** `client_secret=` in a string literal or template: where the field name sits in the source, when it can be told. */
    function formTextSecrets(node: TSESTree.StringLiteral | TSESTree.TemplateLiteral, out: RawSecret[]): void {
      const pieces: { value: string; raw: string; start: number }[] =
        node.type === AST_NODE_TYPES.Literal
          ? [{ value: node.value, raw: node.raw.slice(1, -1), start: node.range[0] + 1 }]
          : node.quasis.map((quasi) => ({ value: quasi.value.cooked ?? '', raw: quasi.value.raw, start: quasi.range[0] + 1 }));
      for (const piece of pieces) {
        const index = piece.value.indexOf(FORM_SECRET);
        if (index === -1 || (index > 0 && piece.value.charAt(index - 1) !== '&')) continue;
        if (piece.raw === piece.value) {
          const start = piece.start + index;
          out.push({ node, range: [start, start + RAW_SECRET_FIELD.length] });
        } else {
          out.push({ node });
        }
      }
    }

    /** `params.append('client_secret', secret)` on a `const params = new URLSearchParams()`. */
    function appendedSecrets(identifier: TSESTree.Identifier, scope: Scope, out: RawSecret[]): void {
      const variable = ASTUtils.findVariable(rootScope(scope), identifier);
      for (const reference of variable?.references ?? []) {
        const member = reference.identifier.parent;
        if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
        const call = member.parent;
        const method = calleeName(member);
        if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || method === null || !FORM_WRITERS.has(method)) continue;
        const [name] = call.arguments;
        if (name && getStaticString(name, scope) === RAW_SECRET_FIELD && !isStaticFalsy(call.arguments[1], scope)) out.push({ node: name });
      }
    }

    /** The `client_secret` fields a request argument carries: in a body object, form text, `URLSearchParams`, or options. */
    /** The `return` statements of a local helper, collected once per file: a helper called from many requests (a bundle's) is walked once. */
    const helperReturns = new Map<FunctionNode, readonly TSESTree.ReturnStatement[]>();
    function returnsOf(fn: FunctionNode): readonly TSESTree.ReturnStatement[] {
      let returns = helperReturns.get(fn);
      if (!returns) {
        returns = collectExits(fn, sourceCode.visitorKeys).returns;
        helperReturns.set(fn, returns);
      }
      return returns;
    }

    function findRawSecrets(node: TSESTree.Node | null | undefined, scope: Scope, depth: number, out: RawSecret[]): void {
      if (!node || depth > MAX_DEPTH) return;
      const target = unwrap(node);
      switch (target.type) {
        case AST_NODE_TYPES.ObjectExpression: {
          const object = readOptionsObject(target, scope);
          for (const property of object?.properties ?? []) {
            if (property.key === RAW_SECRET_FIELD) {
              if (setsValue(property.node, scope)) out.push({ node: property.node });
            } else {
              // `{ body: new URLSearchParams({ … }) }`, `{ form: { … } }`, `{ data: qs.stringify({ … }) }`.
              findRawSecrets(property.value, scope, depth + 1, out);
            }
          }
          return;
        }
        case AST_NODE_TYPES.Literal:
          if (typeof target.value === 'string') formTextSecrets(target, out);
          return;
        case AST_NODE_TYPES.TemplateLiteral:
          formTextSecrets(target, out);
          return;
        case AST_NODE_TYPES.BinaryExpression:
          if (target.operator === '+') {
            findRawSecrets(target.left, scope, depth + 1, out);
            findRawSecrets(target.right, scope, depth + 1, out);
          }
          return;
        case AST_NODE_TYPES.NewExpression:
          if (target.callee.type === AST_NODE_TYPES.Identifier && FORM_CLASSES.has(target.callee.name)) {
            findRawSecrets(target.arguments[0], scope, depth + 1, out);
          }
          return;
        case AST_NODE_TYPES.CallExpression: {
          const name = calleeName(target.callee);
          if (name === 'toString' && target.callee.type === AST_NODE_TYPES.MemberExpression) {
            findRawSecrets(target.callee.object, scope, depth + 1, out);
          } else if (name !== null && BODY_SERIALIZERS.has(name)) {
            findRawSecrets(target.arguments[0], scope, depth + 1, out);
          } else {
            // A local helper that builds the body: `body: tokenRequestBody(scope)`.
            const fn = resolveFunction(target.callee, scope);
            if (!fn) return;
            if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
              findRawSecrets(fn.body, scope, depth + 1, out);
              return;
            }
            for (const exit of returnsOf(fn)) findRawSecrets(exit.argument, scope, depth + 1, out);
          }
          return;
        }
        case AST_NODE_TYPES.Identifier: {
          const variable = ASTUtils.findVariable(rootScope(scope), target);
          const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
          if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return;
          findRawSecrets(def.node.init, scope, depth + 1, out);
          const init = unwrap(def.node.init);
          if (init.type === AST_NODE_TYPES.NewExpression) appendedSecrets(target, scope, out);
          return;
        }
        default:
          return;
      }
    }

    /** True when a request argument is (or, as options, holds) the URL of an Entra token endpoint. */
    function isEntraUrlArgument(node: TSESTree.Node, scope: Scope): boolean {
      const parts = getStringParts(node, scope);
      if (parts) return isEntraTokenEndpoint(parts);
      const options = readOptionsObject(node, scope);
      if (!options) return false;
      return URL_OPTION_KEYS.some((key) => {
        const url = options.get(key);
        const urlParts = url ? getStringParts(url.value, scope) : null;
        return urlParts !== null && isEntraTokenEndpoint(urlParts);
      });
    }

    /** The request goes to Entra: an argument of this call, or of a call earlier in its chain (superagent's `.send`). */
    function targetsEntra(call: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): boolean {
      let current: TSESTree.Node = call;
      for (let step = 0; step < MAX_CHAIN; step += 1) {
        if (current.type !== AST_NODE_TYPES.CallExpression && current.type !== AST_NODE_TYPES.NewExpression) return false;
        if (current.arguments.some((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && isEntraUrlArgument(argument, scope))) {
          return true;
        }
        const callee: TSESTree.Node = current.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        current = unwrap(callee.object);
      }
      return false;
    }

    function checkRequest(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
      if (call.arguments.length === 0) return;
      const scope = sourceCode.getScope(call);
      // Cheapest test first: a request with no raw secret in its arguments (almost every call) needs no evaluation of
      // where it goes, which reads every argument (and each call earlier in its chain) as a URL.
      const secrets: RawSecret[] = [];
      for (const argument of call.arguments) findRawSecrets(argument, scope, 0, secrets);
      if (secrets.length === 0 || !targetsEntra(call, scope)) return;
      secrets.forEach(reportRaw);
    }

    /** A body object with a `.default` scope is a client-credentials request to Entra wherever it is sent. */
    function checkScopedBody(property: TSESTree.Property, object: TSESTree.ObjectExpression, scope: Scope): void {
      if (!setsValue(property, scope)) return;
      const scopeValue = readOptionsObject(object, scope)?.get(SCOPE_KEY)?.value;
      const scopeText = scopeValue ? getStaticString(scopeValue, scope) : null;
      if (scopeText !== null && isEntraDefaultScope(scopeText)) reportRaw({ node: property });
    }

    const listeners: TSESLint.RuleListener = {
      Property(node) {
        const object = node.parent;
        if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
        // Cheapest test first: plain identifier keys are the common case.
        const key = node.computed
          ? getPropertyKey(node, sourceCode.getScope(node))
          : node.key.type === AST_NODE_TYPES.Identifier
            ? node.key.name
            : getPropertyKey(node);
        if (key === MSAL_SECRET_KEY) {
          const scope = sourceCode.getScope(node);
          if (parentKey(object, scope) === MSAL_AUTH_KEY) checkMsalShape(object, scope);
          // passport-azure-ad options or the `creds` object its samples keep them in.
          const options = readOptionsObject(object, scope);
          if (options?.has(PASSPORT_AZURE_AD_MARKER)) checkPassportOptions(options, scope);
        } else if (key === SHA1_THUMBPRINT_KEY) {
          const scope = sourceCode.getScope(node);
          if (parentKey(object, scope) !== MSAL_CERTIFICATE_KEY) return;
          const certificate = readOptionsObject(object, scope);
          if (certificate?.has(CERTIFICATE_KEY_KEY)) checkCertificate(certificate);
        } else if (key === RAW_SECRET_FIELD) {
          checkScopedBody(node, object, sourceCode.getScope(node));
        }
      },

      'Program:exit'() {
        if (!mentionsApiModule(context, TRACKED_SET)) return;
        checkSecretCredentials();
        checkMsalConstructions();
        checkPassportStrategies();
      },
    };
    // File gates. Every finding needs names the file spells (a constant's literal is in the text too; an escape could
    // spell a key, so a file with one keeps the key listener). A key is looked for as written: `clientSecret`, a
    // `thumbprint` inside a `clientCertificate`, or `client_secret` beside a `.default` scope.
    const escapes = textMayHoldEscape(sourceCode);
    if (
      !escapes &&
      !textHolds(sourceCode, MSAL_SECRET_KEY) &&
      !(textHolds(sourceCode, MSAL_CERTIFICATE_KEY) && textHolds(sourceCode, SHA1_THUMBPRINT_KEY)) &&
      !(mentionsRawSecret && textHolds(sourceCode, DEFAULT_SCOPE_PIECE))
    ) {
      delete listeners.Property;
    }
    // The credential classes, MSAL and passport-azure-ad need their module.
    if (!mentionsApiModule(context, TRACKED_SET)) delete listeners['Program:exit'];
    // Requests are read only in files that name the raw secret field and can spell an Entra token endpoint's path.
    if (mentionsRawSecret && (escapes || OAUTH2_SEGMENT.test(text))) {
      listeners.CallExpression = checkRequest;
      listeners.NewExpression = checkRequest;
    }
    return listeners;
  },
});
