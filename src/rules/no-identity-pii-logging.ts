import type { TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, TSESLint } from '@typescript-eslint/utils';
import {
  ACCESS_TOKEN_VALUE_KEY,
  AZURE_CREDENTIAL_APIS,
  BARE_LOG_FUNCTIONS,
  BEARER_PREFIX_LENGTH,
  GET_TOKEN_METHOD,
  HEADER_GETTERS,
  KOA_JWT_APIS,
  KOA_JWT_DEBUG_KEY,
  LOGGED_HEADERS_KEY,
  LOGGER_NAMES,
  LOG_METHODS,
  PII_FLAGS,
  PREFIX_STRIP_METHODS,
  REQUEST_HEADER_KEYS,
  SERIALIZERS,
  STANDING_SECRET_KINDS,
  TOKEN_KIND_TEXT,
  TOKEN_PRESERVING_METHODS,
  TOKEN_RESPONSE_METHODS,
  isAuthorizationHeader,
  isCredentialName,
  isLogFunctionName,
  isLoggerName,
  isRequestName,
  credentialKindOfName,
  type PiiFlag,
  type TokenKind,
} from '../models/identity-logging';
import { isCredentialHeader } from '../models/identity-traffic';
import { AST_NODE_TYPES, isEnvironmentObject, messageLabel, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { developmentGuardOption, isUnderDevelopmentGuard } from '../utils/dev-guard';
import { removeListItem } from '../utils/fix';
import { getApiCalls, getApiReferences, mentionsApiModule, type ApiSet } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject } from '../utils/options-object';
import { getStatic, getStaticString, rootScope } from '../utils/static-value';
import { textHolds, textMayHoldEscape, textMayHoldInAnyCase, textMayHoldAnyInAnyCase } from '../utils/text-gate';

export type Options = [
  {
    /** Leave settings and log lines alone inside code that only runs in development or test (`if (isDev) { ... }`). */
    ignoreDevelopmentGuards?: boolean;
  },
];
export type MessageIds =
  | 'piiLoggingEnabled'
  | 'tokenLogged'
  | 'secretLogged'
  | 'requestHeadersLogged'
  | 'credentialHeaderLogged'
  | 'verboseAuthErrors'
  | 'removeSetting';

type Scope = TSESLint.Scope.Scope;

const MAX_DEPTH = 6;
const BEARER_SCHEME = 'bearer ';
const KOA_JWT_SET: ApiSet = KOA_JWT_APIS;
/** Methods that take the `Bearer ` scheme off an Authorization header. */
const STRIP_METHODS: ReadonlySet<string> = new Set(['replace', 'replaceAll', 'split']);
const AZURE_CREDENTIAL_SET: ApiSet = AZURE_CREDENTIAL_APIS;
/** The lengths of the logger names in `isLoggerName` that do not hold `log`: `pino` to `console`. */
const SHORTEST_PLAIN_LOGGER = 4;
const LONGEST_PLAIN_LOGGER = 7;
/** Set on an ASCII capital, it gives the small letter. */
const LOWER_CASE_BIT = 0x20;
const L_CODE = 0x6c;
const O_CODE = 0x6f;
const G_CODE = 0x67;
/** The one character outside ASCII that lower-cases to an ASCII letter (`k`). */
const KELVIN_SIGN = '\u212A';

// ----- file gates: what a file's text must hold for each family of findings (see `create`)

/**
 * Pieces looked for in place of whole names, where a name holds one: plain substrings that start with a capital or a
 * rare character, which a file's text is searched for fastest. `Logging` stands for three PII switches
 * (`piiLoggingEnabled`, `enableUnsafeSupportLogging`, `allowLoggingAccountIdentifiers`), `PII` for `loggingNoPII`,
 * `AllowedHeaderNames` for `additionalAllowedHeaderNames` and `-jwt` for the `koa-jwt` module.
 */
const NAME_PIECES: readonly string[] = ['Logging', 'PII', 'AllowedHeaderNames', '-jwt'];

/** The piece of `NAME_PIECES` that `name` holds, or the name itself. */
function needleOf(name: string): string {
  return NAME_PIECES.find((piece) => name.includes(piece)) ?? name;
}

const SWITCH_NEEDLES: readonly string[] = [...new Set([...PII_FLAGS.keys()].map(needleOf))];
const LOGGED_HEADERS_NEEDLE = needleOf(LOGGED_HEADERS_KEY);
const KOA_JWT_NEEDLES: readonly string[] = [...new Set(KOA_JWT_APIS.map((spec) => needleOf(spec.module)))];

/** The word every logger name below holds, in any case. */
const LOG_WORD = 'log';
/** The characters the model's `nameWords` splits names on. */
const NAME_SEPARATOR_CLASS = '[-_$# ]';
/** What follows `log` in the logger names that hold it: `ger` of `logger`, `4js` of `log4js` (nothing of `npmlog`). */
const LOG_NAME_ENDINGS: readonly string[] = [
  ...new Set(
    [...LOGGER_NAMES, ...BARE_LOG_FUNCTIONS]
      .filter((name) => name.includes(LOG_WORD))
      .map((name) => name.slice(name.indexOf(LOG_WORD) + LOG_WORD.length))
      .filter((ending) => ending !== ''),
  ),
];

/**
 * A name a logging call goes through that holds `log`: a receiver or function whose last word is `log` or `logger`
 * (`req.log`, `this.logger`, `getLogger()`, `myAppLOGGER`), a whole logger name (`logging`, `log4js`, `npmlog`), or a
 * bare `log` and method (`logError`, `LOG_INFO`, `_log_error`). Each is written in some case and ends the name: no ASCII
 * letter or digit follows, or the name would go on into another word. Built from the model's plain words; linear, as
 * after a `log` each alternative reads one bounded word, or one run of separators and a word.
 */
const LOG_NAME = new RegExp(
  `${LOG_WORD}(?:${[...LOG_NAME_ENDINGS, `${NAME_SEPARATOR_CLASS}*(?:${[...LOG_METHODS].join('|')})`].join('|')})?(?![\\da-z])`,
  'iu',
);
/** Logger names without `log` (`console`, `pino`, `winston`), compared whole but in any case. */
const PLAIN_LOGGER_WORDS: readonly string[] = [...LOGGER_NAMES].filter((name) => !name.includes(LOG_WORD));
const PLAIN_LOGGER_NAME = new RegExp(PLAIN_LOGGER_WORDS.join('|'), 'iu');
/** Bare logging functions without `log` (`debug`), compared as written. */
const PLAIN_LOG_FUNCTIONS: readonly string[] = [...BARE_LOG_FUNCTIONS].filter((name) => !name.includes(LOG_WORD));

/**
 * What a file needs to spell for a logged value to be a credential, besides `token` (see `TOKEN_PIECES`): a header
 * read or compared in any case (`authorization`, the `bearer` scheme), and the words of the names
 * `credentialKindOfName` gives a kind (`authHeader`, `authenticationResult`, `clientSecret`, `apiKey`, `dbPwd`,
 * `passwd`, `passphrase`, `passcode`), which are written in any of their cases (`API_KEY`, `ApiKey`), with only
 * separators between two words.
 */
const CREDENTIAL_WORD = /authorization|bearer|pass(?:c|ph|w)|pwd|secret|api[ #$\-_]*key|auth(?:[ #$\-_]*header|entication[ #$\-_]*result)/iu;
/** Words one of which each alternative of `CREDENTIAL_WORD` but `api…key` holds (`auth` those of `authorization`, `auth…header`). */
const CREDENTIAL_WORD_PIECES: readonly string[] = ['auth', 'bearer', 'pass', 'pwd', 'secret'];
/**
 * `pass` as the last word of a name (`pass`, `dbPass`, `SMTP_PASS`): written `pass`, `Pass` or `PASS`, and followed by
 * no ASCII letter or digit (the secret-name model splits names at any other character).
 */
const PASS_WORD = /(?:PASS|Pass|pass)(?![\dA-Za-z])/u;
/**
 * `token` as a word, in the only spellings that keep it one word (`token`, `Token`, `TOKEN`), and the Kelvin sign,
 * which lower-cases to `k` (the cheap name test of `kindOfName` takes the same pieces). Token names, the MSAL methods
 * that return one (`acquireTokenSilent`), Azure's `getToken` and its `token` all hold one.
 */
const TOKEN_PIECES: readonly string[] = [KELVIN_SIGN, 'OKEN', 'oken'];
/** Names of values that hold tokens without the word: MSAL's `handleRedirectPromise`, a request's `headers`. */
const TOKENLESS_NAMES: readonly string[] = [
  ...[...TOKEN_RESPONSE_METHODS].filter((name) => !TOKEN_PIECES.some((piece) => name.includes(piece))),
  ...REQUEST_HEADER_KEYS,
];

/** Characters `nameWords` splits names on, which a name may also start with. */
const NAME_SEPARATORS: ReadonlySet<string> = new Set(['_', '-', '$', '#', ' ']);

/** A logged value that is (or holds) a credential. */
interface Finding {
  readonly node: TSESTree.Node;
  readonly kind: TokenKind;
}

/** The expression inside TypeScript wrappers, `?.` chains and `await`. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapTypeScript(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression || current.type === AST_NODE_TYPES.ChainExpression) {
    current = unwrapTypeScript(current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression);
  }
  return current;
}

/** The last name of a receiver: `console`, `logger` in `this.logger`, `getLogger` in `getLogger('auth')`. */
function tailName(node: TSESTree.Node): string | null {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed) {
    return target.property.name;
  }
  if (target.type === AST_NODE_TYPES.CallExpression) return tailName(target.callee);
  return null;
}

/** The method name of a call: `info` in `logger.info(...)`, or the function name of `debug(...)`. */
function calleeName(callee: TSESTree.Node): string | null {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    return callee.property.name;
  }
  return null;
}

/** Node types whose static value (as `getStatic` works it out) can be `true` or `false`. */
const BOOLEAN_CAPABLE_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.SequenceExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSInstantiationExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.UnaryExpression,
]);

/** Whether `node` can statically be a boolean: an object, an array, a template or a function never is. */
function mayBeStaticBoolean(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal ? typeof node.value === 'boolean' : BOOLEAN_CAPABLE_TYPES.has(node.type);
}

/**
 * Whether a bare function name can be a logging function: `log`, `logger` and `log…` words start with `l` or `L` once
 * leading `_`, `-`, `$` and `#` are skipped, `debug` with `d`. A cheap test before `isLogFunctionName` splits the name.
 */
function mayBeLogFunctionName(name: string): boolean {
  let index = 0;
  while (index < name.length && NAME_SEPARATORS.has(name.charAt(index))) index += 1;
  const first = name.charAt(index);
  return first === 'l' || first === 'L' || first === 'd';
}

/** `PASSWORD`, `CLIENT_SECRET`: written in constant case, with no lower-case letter. */
function isConstantCase(name: string): boolean {
  return name.toUpperCase() === name && name.toLowerCase() !== name;
}

/**
 * `credentialKindOfName`, after a cheap test: every name it gives a kind holds the word `token` (written `token`, `Token` or
 * `TOKEN`; or with the Kelvin sign, which lower-cases to `k`), or `auth` in one of those three spellings
 * (`authorization`, `authHeader`, `authenticationResult`), or `pass` / `wd` (`password`, `passphrase`, `dbPwd`), `secret`
 * (`clientSecret`) or `key` (`apiKey`) in the same spellings.
 */
function kindOfName(name: string): TokenKind | null {
  const mayName =
    name.includes('oken') ||
    name.includes('OKEN') ||
    name.includes('uth') ||
    name.includes('UTH') ||
    name.includes(KELVIN_SIGN) ||
    name.includes('ass') ||
    name.includes('ASS') ||
    name.includes('wd') ||
    name.includes('WD') ||
    name.includes('ecret') ||
    name.includes('ECRET') ||
    name.includes('ey') ||
    name.includes('EY');
  return mayName ? credentialKindOfName(name) : null;
}

/**
 * Whether a receiver can be a logger's name, before `isLoggerName` lower-cases and splits it: a name ending in the word
 * `log` or `logger` holds `log` in some case, and the logger names without it (`console`, `winston`, `pino`, `bunyan`,
 * `signale`, `consola`) are four to seven letters long.
 */
function mayBeLoggerName(name: string): boolean {
  if (name.length >= SHORTEST_PLAIN_LOGGER && name.length <= LONGEST_PLAIN_LOGGER) return true;
  for (let index = 0; index + 2 < name.length; index += 1) {
    const l = name.charCodeAt(index) | LOWER_CASE_BIT;
    const o = name.charCodeAt(index + 1) | LOWER_CASE_BIT;
    const g = name.charCodeAt(index + 2) | LOWER_CASE_BIT;
    if (l === L_CODE && o === O_CODE && g === G_CODE) return true;
  }
  return false;
}

/** True for `console.log(...)`, `logger.info(...)`, `this.logger.warn(...)`, `req.log.error(...)`, `debug(...)`. */
function isLoggingCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return mayBeLogFunctionName(callee.name) && isLogFunctionName(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  const method = callee.property.name;
  if (!LOG_METHODS.has(method)) return false;
  // `.log(...)` logs whatever the receiver (`this.log`, `program.log`); other methods need a logger-like receiver.
  if (method === 'log') return true;
  const receiver = tailName(callee.object);
  return receiver !== null && mayBeLoggerName(receiver) && isLoggerName(receiver);
}

/** True when text written just before a value makes it a bearer token: `` `Bearer ${token}` ``, `'Bearer ' + token`. */
function endsWithBearerScheme(text: string | null | undefined): boolean {
  return typeof text === 'string' && text.toLowerCase().endsWith(BEARER_SCHEME);
}

/** The property of an object pattern that binds `identifier`: `token` in `const { token } = …`. */
function patternPropertyOf(pattern: TSESTree.ObjectPattern, identifier: TSESTree.Identifier): TSESTree.Property | null {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value === identifier) return property;
  }
  return null;
}

function isFunctionExpression(node: TSESTree.Node): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}

export default createRule<Options, MessageIds>({
  name: 'no-identity-pii-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow logging tokens, Authorization headers and identity libraries\' personal data',
      recommended: 'recommended',
      principle: 'assume-breach',
      cwe: ['CWE-532', 'CWE-359', 'CWE-209'],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignoreDevelopmentGuards: developmentGuardOption('settings and log lines'),
        },
      },
    ],
    messages: {
      piiLoggingEnabled:
        '`{{setting}}` makes {{library}} write {{detail}} into its logs, where anyone who can read them can collect it; set it to `{{safe}}`.',
      tokenLogged:
        'This logs {{what}}, and anyone who can read the logs can replay it to act as the user or the app; log a non-secret detail such as its expiry, its scopes or a hash instead.',
      secretLogged:
        'This logs {{what}}, and anyone who can read the logs can use it to act as the user or the app; leave it out of the log entry.',
      requestHeadersLogged:
        'This logs {{what}}, so anyone who can read the logs can replay the caller\'s credentials; log only the headers you need, or redact those two.',
      credentialHeaderLogged:
        '`{{header}}` in `additionalAllowedHeaderNames` makes the Azure SDK log that header unredacted, so anyone who can read the logs can replay the credential it carries; remove it from the list.',
      verboseAuthErrors:
        '`debug: true` makes koa-jwt send the reason a token failed verification to the client, telling an attacker which check a forged token tripped; remove it and log the error on the server instead.',
      removeSetting: 'Remove `{{setting}}`.',
    },
    defaultOptions: [{ ignoreDevelopmentGuards: true }],
  },
  create(context, [{ ignoreDevelopmentGuards }]) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();
    let azureTokenCalls: ReadonlySet<TSESTree.Node> | null = null;
    let fileScope: Scope | null = null;

    /** The file's root scope: every helper here resolves names from the root (see `rootScope`), so it serves any node. */
    function scopeOf(): Scope {
      fileScope ??= rootScope(sourceCode.getScope(sourceCode.ast));
      return fileScope;
    }

    /** Reports once per node, and not at all inside a development guard when the option says so. */
    function claim(node: TSESTree.Node): boolean {
      if (reported.has(node)) return false;
      reported.add(node);
      return !(ignoreDevelopmentGuards && isUnderDevelopmentGuard(node));
    }

    /** `getToken` calls on @azure/identity credentials built in this file, found once. */
    function isAzureGetToken(call: TSESTree.CallExpression): boolean {
      azureTokenCalls ??= new Set(
        getApiReferences(context, AZURE_CREDENTIAL_SET)
          .filter((reference) => reference.kind === 'instance-call')
          .map((reference) => reference.node),
      );
      return azureTokenCalls.has(call);
    }

    // ----- switches that make identity libraries log personal data

    function checkFlag(reportNode: TSESTree.Node, value: TSESTree.Node, flag: PiiFlag, setting: string): void {
      if (getStatic(value, scopeOf())?.value !== flag.unsafe || !claim(reportNode)) return;
      // Only a literal is replaced: a constant may be shared with code this setting does not own.
      const literal = value.type === AST_NODE_TYPES.Literal && value.value === flag.unsafe;
      context.report({
        node: reportNode,
        messageId: 'piiLoggingEnabled',
        data: { setting: messageLabel(setting), library: flag.library, detail: flag.detail, safe: String(flag.safe) },
        fix: literal ? (fixer) => fixer.replaceText(value, String(flag.safe)) : null,
      });
    }

    function checkLoggedHeaders(value: TSESTree.Node, scope: Scope): void {
      let list = unwrapTypeScript(value);
      if (list.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(rootScope(scope), list);
        const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
        if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.parent.kind !== 'const' || !def.node.init) return;
        list = unwrapTypeScript(def.node.init);
      }
      if (list.type !== AST_NODE_TYPES.ArrayExpression) return;
      for (const element of list.elements) {
        if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
        const header = getStatic(element, scope)?.value;
        if (typeof header !== 'string' || !isCredentialHeader(header) || !claim(element)) continue;
        context.report({
          node: element,
          messageId: 'credentialHeaderLogged',
          data: { header: messageLabel(header) },
          fix: (fixer) => removeListItem(fixer, sourceCode, element),
        });
      }
    }

    function checkKoaJwt(): void {
      for (const { node } of getApiCalls(context, KOA_JWT_SET)) {
        const options = readOptionsObject(node.arguments[0], scopeOf());
        const debug = options?.get(KOA_JWT_DEBUG_KEY);
        if (debug?.staticValue?.value !== true || !claim(debug.node)) continue;
        const property = debug.node;
        const setting = messageLabel(sourceCode.getText(property));
        context.report({
          node: property,
          messageId: 'verboseAuthErrors',
          suggest: [{ messageId: 'removeSetting', data: { setting }, fix: (fixer) => removeListItem(fixer, sourceCode, property) }],
        });
      }
    }

    // ----- tokens and headers passed to loggers

    /** What a variable holds: a token by its name, or by the value it was bound to. */
    function identifierKind(identifier: TSESTree.Identifier, scope: Scope, depth: number): TokenKind | null {
      const named = kindOfName(identifier.name);
      // An imported or global `PASSWORD` is a constant naming something, not a password typed at run time.
      const byName = named !== null && STANDING_SECRET_KINDS.has(named) && isConstantCase(identifier.name) ? null : named;
      const variable = ASTUtils.findVariable(rootScope(scope), identifier);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (byName) {
        // A name bound to a constant (`const ACCESS_TOKEN = 'access_token'`, a storage key) is not a token at run time.
        if (getStatic(identifier, scope) !== null) return null;
        // A bare `authorization` is also a payment or wallet authorization: when it is bound to a value, the value decides.
        const boundTo =
          def?.type === TSESLint.Scope.DefinitionType.Variable && def.node.id.type === AST_NODE_TYPES.Identifier ? def.node.init : null;
        if (byName === 'authorization' && boundTo) return valueKind(boundTo, scope, depth + 1);
        return byName;
      }
      if (!variable || !def) return null;
      if (def.type === TSESLint.Scope.DefinitionType.Variable) {
        const declarator = def.node;
        const init = declarator.init;
        if (!init || variable.references.filter((reference) => reference.isWrite()).length > 1) return null;
        if (declarator.id.type === AST_NODE_TYPES.Identifier) return valueKind(init, scope, depth + 1);
        if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
          // `const { accessToken: bearer } = result`, `const { token } = await credential.getToken(scope)`.
          const property = patternPropertyOf(declarator.id, def.name);
          const key = property ? getPropertyKey(property, scope) : null;
          if (key === null) return null;
          const byKey = kindOfName(key);
          if (byKey) return byKey;
          return key === ACCESS_TOKEN_VALUE_KEY && valueKind(init, scope, depth + 1) === 'access' ? 'access' : null;
        }
        return null;
      }
      if (def.type === TSESLint.Scope.DefinitionType.Parameter) {
        // `cca.acquireTokenSilent(request).then((response) => …)`.
        const fn = def.node;
        if (!isFunctionExpression(fn) || fn.params[0] !== def.name) return null;
        const call = fn.parent;
        if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return null;
        const callee = call.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || calleeName(callee) !== 'then') return null;
        const kind = valueKind(callee.object, scope, depth + 1);
        return kind === 'response' || kind === 'access' ? kind : null;
      }
      return null;
    }

    function memberKind(member: TSESTree.MemberExpression, scope: Scope, depth: number): TokenKind | null {
      const key = getPropertyKey(member, scope);
      if (key === null) return null;
      if (member.computed && /^\d+$/u.test(key)) {
        // `header.split(' ')[1]`, or `parts[1]` where `const parts = authorization.split(' ')`.
        const kind = valueKind(member.object, scope, depth + 1);
        if (kind === 'response' || kind === 'headers') return null;
        return kind === 'authorization' ? 'bearer' : kind;
      }
      const byName = kindOfName(key);
      if (byName) {
        // `AuthMethod.PASSWORD` is an enum member naming a method; `process.env.DB_PASSWORD` holds one.
        if (STANDING_SECRET_KINDS.has(byName) && isConstantCase(key) && !isEnvironmentObject(unwrap(member.object))) return null;
        return getStatic(member, scope) === null ? byName : null;
      }
      if (REQUEST_HEADER_KEYS.has(key)) {
        const receiver = tailName(member.object);
        return receiver !== null && isRequestName(receiver) ? 'headers' : null;
      }
      if (key === ACCESS_TOKEN_VALUE_KEY) {
        // `(await credential.getToken(scope)).token`
        return valueKind(member.object, scope, depth + 1) === 'access' ? 'access' : null;
      }
      return null;
    }

    function firstKind(nodes: readonly (TSESTree.Node | null)[], scope: Scope, depth: number): TokenKind | null {
      for (const node of nodes) {
        if (!node) continue;
        const kind = valueKind(node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node, scope, depth + 1);
        if (kind) return kind;
      }
      return null;
    }

    function callKind(call: TSESTree.CallExpression, scope: Scope, depth: number): TokenKind | null {
      const callee = unwrap(call.callee);
      const name = calleeName(callee);
      if (name === null) return null;
      if (callee.type === AST_NODE_TYPES.Identifier) return SERIALIZERS.has(name) ? firstKind(call.arguments, scope, depth) : null;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
      if (HEADER_GETTERS.has(name)) {
        const header = getStatic(call.arguments[0], scope)?.value;
        return typeof header === 'string' && isAuthorizationHeader(header) ? 'authorization' : null;
      }
      if (TOKEN_RESPONSE_METHODS.has(name)) return 'response';
      if (name === GET_TOKEN_METHOD) {
        const receiver = tailName(callee.object);
        return isAzureGetToken(call) || (receiver !== null && isCredentialName(receiver)) ? 'access' : null;
      }
      if (SERIALIZERS.has(name)) return firstKind(call.arguments, scope, depth);
      const stripsPrefix =
        PREFIX_STRIP_METHODS.has(name) && call.arguments.length === 1 && getStatic(call.arguments[0], scope)?.value === BEARER_PREFIX_LENGTH;
      if (!stripsPrefix && !TOKEN_PRESERVING_METHODS.has(name)) return null;
      const kind = valueKind(callee.object, scope, depth + 1);
      // `String(response)` and `headers.toString()` print `[object Object]`.
      if (kind === 'response' || kind === 'headers') return null;
      // `authorization.replace('Bearer ', '')`, `.split(' ')`, `.slice(7)`: the token without its scheme.
      return kind === 'authorization' && (stripsPrefix || STRIP_METHODS.has(name)) ? 'bearer' : kind;
    }

    /** A run-time value written after the `Bearer ` scheme; a value known statically is a placeholder, not a token. */
    function isBearerValue(node: TSESTree.Node, before: string | null | undefined, scope: Scope): boolean {
      return endsWithBearerScheme(before) && getStatic(node, scope) === null;
    }

    /** What a value is, when it is (or holds) a credential. */
    function valueKind(node: TSESTree.Node, scope: Scope, depth: number): TokenKind | null {
      if (depth > MAX_DEPTH) return null;
      const target = unwrap(node);
      switch (target.type) {
        case AST_NODE_TYPES.Identifier:
          return identifierKind(target, scope, depth);
        case AST_NODE_TYPES.MemberExpression:
          return memberKind(target, scope, depth);
        case AST_NODE_TYPES.CallExpression:
          return callKind(target, scope, depth);
        case AST_NODE_TYPES.TemplateLiteral:
          return (
            firstKind(target.expressions, scope, depth) ??
            (target.expressions.some((expression, index) => isBearerValue(expression, target.quasis[index]?.value.cooked, scope)) ? 'bearer' : null)
          );
        case AST_NODE_TYPES.BinaryExpression:
          if (target.operator !== '+') return null;
          return (
            firstKind([target.left, target.right], scope, depth) ??
            (isBearerValue(target.right, getStaticString(target.left, scope), scope) ? 'bearer' : null)
          );
        case AST_NODE_TYPES.LogicalExpression:
          return firstKind(target.operator === '&&' ? [target.right] : [target.left, target.right], scope, depth);
        case AST_NODE_TYPES.ConditionalExpression:
          return firstKind([target.consequent, target.alternate], scope, depth);
        case AST_NODE_TYPES.ObjectExpression:
          return firstKind(
            target.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : property)),
            scope,
            depth,
          );
        case AST_NODE_TYPES.ArrayExpression:
          return firstKind(target.elements, scope, depth);
        default:
          return null;
      }
    }

    /** The credentials a logged argument carries, at the tightest node: a template's `${…}`, an object's value. */
    function findTokens(node: TSESTree.Node, scope: Scope, depth: number, out: Finding[]): void {
      if (depth > MAX_DEPTH) return;
      const target = unwrap(node);
      const inner = (child: TSESTree.Node | null): void => {
        if (child) findTokens(child.type === AST_NODE_TYPES.SpreadElement ? child.argument : child, scope, depth + 1, out);
      };
      // A value written after the Bearer scheme: its own name may say more (`an access token`).
      const bearer = (child: TSESTree.Node): void => {
        out.push({ node: unwrap(child), kind: valueKind(child, scope, depth + 1) ?? 'bearer' });
      };
      switch (target.type) {
        case AST_NODE_TYPES.TemplateLiteral:
          target.expressions.forEach((expression, index) => {
            if (isBearerValue(expression, target.quasis[index]?.value.cooked, scope)) bearer(expression);
            else inner(expression);
          });
          return;
        case AST_NODE_TYPES.BinaryExpression:
          if (target.operator === '+') {
            inner(target.left);
            if (isBearerValue(target.right, getStaticString(target.left, scope), scope)) bearer(target.right);
            else inner(target.right);
          }
          return;
        case AST_NODE_TYPES.LogicalExpression:
          if (target.operator !== '&&') inner(target.left);
          inner(target.right);
          return;
        case AST_NODE_TYPES.ConditionalExpression:
          inner(target.consequent);
          inner(target.alternate);
          return;
        case AST_NODE_TYPES.SequenceExpression:
          inner(target.expressions.at(-1) ?? null);
          return;
        case AST_NODE_TYPES.ObjectExpression:
          for (const property of target.properties) inner(property.type === AST_NODE_TYPES.Property ? property.value : property);
          return;
        case AST_NODE_TYPES.ArrayExpression:
          target.elements.forEach(inner);
          return;
        case AST_NODE_TYPES.CallExpression: {
          const name = calleeName(unwrap(target.callee));
          if (name !== null && SERIALIZERS.has(name)) {
            target.arguments.forEach(inner);
            return;
          }
          break;
        }
        default:
          break;
      }
      const kind = valueKind(target, scope, depth);
      if (kind) out.push({ node: target, kind });
    }

    function checkLoggingCall(call: TSESTree.CallExpression): void {
      const scope = scopeOf();
      const findings: Finding[] = [];
      for (const argument of call.arguments) findTokens(argument, scope, 0, findings);
      for (const { node, kind } of findings) {
        if (!claim(node)) continue;
        context.report({
          node,
          messageId: kind === 'headers' ? 'requestHeadersLogged' : STANDING_SECRET_KINDS.has(kind) ? 'secretLogged' : 'tokenLogged',
          data: { what: TOKEN_KIND_TEXT[kind] },
        });
      }
    }

    /** Whether the file can name a logger (see `LOG_NAME`). */
    function mayNameLogger(text: string): boolean {
      // The trigram tests rule most files out before the case-insensitive expressions read the whole text.
      return (
        (textMayHoldInAnyCase(sourceCode, LOG_WORD) && LOG_NAME.test(text)) ||
        PLAIN_LOG_FUNCTIONS.some((name) => textHolds(sourceCode, name)) ||
        (textMayHoldAnyInAnyCase(sourceCode, PLAIN_LOGGER_WORDS) && PLAIN_LOGGER_NAME.test(text))
      );
    }

    /**
     * False when the trigram set rules out every word of `CREDENTIAL_WORD` (in any case; `api` and `key` apart, as
     * spaces, `#` or `$` may stand between them), so that the expression need not read the text.
     */
    function mayHoldCredentialWord(): boolean {
      return textMayHoldAnyInAnyCase(sourceCode, CREDENTIAL_WORD_PIECES) || (textMayHoldInAnyCase(sourceCode, 'api') && textMayHoldInAnyCase(sourceCode, 'key'));
    }

    /** Whether the file can name a credential a logging call could be given (see `CREDENTIAL_WORD`); asked after a logger. */
    function mayNameCredential(text: string): boolean {
      return (
        TOKEN_PIECES.some((piece) => textHolds(sourceCode, piece)) ||
        TOKENLESS_NAMES.some((name) => textHolds(sourceCode, name)) ||
        (mayHoldCredentialWord() && CREDENTIAL_WORD.test(text)) ||
        (textMayHoldInAnyCase(sourceCode, 'pass') && PASS_WORD.test(text))
      );
    }

    const listeners: TSESLint.RuleListener = {
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        // Cheapest test first: plain identifier keys are the common case; only a computed key needs a scope.
        const key = node.computed
          ? getPropertyKey(node, scopeOf())
          : node.key.type === AST_NODE_TYPES.Identifier
            ? node.key.name
            : getPropertyKey(node);
        if (key === null) return;
        const flag = PII_FLAGS.get(key);
        if (flag) {
          checkFlag(node, node.value, flag, sourceCode.getText(node));
        } else if (key === LOGGED_HEADERS_KEY) {
          checkLoggedHeaders(node.value, scopeOf());
        }
      },

      AssignmentExpression(node) {
        const left = node.left;
        if (node.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression) return;
        // Only a computed key needs a scope (`a.#b` has no key), and every switch is a boolean: a computed key is worked
        // out only when the value can be one.
        let key: string | null;
        if (!left.computed) key = left.property.type === AST_NODE_TYPES.Identifier ? left.property.name : null;
        else key = mayBeStaticBoolean(node.right) ? getPropertyKey(left, scopeOf()) : null;
        const flag = key === null ? undefined : PII_FLAGS.get(key);
        if (flag) checkFlag(node, node.right, flag, sourceCode.getText(node));
      },

      CallExpression(node) {
        if (node.arguments.length > 0 && isLoggingCall(node)) checkLoggingCall(node);
      },

      'Program:exit'() {
        checkKoaJwt();
      },
    };

    // File gates. Every finding needs names the file spells: a switch's key, the header list's key, koa-jwt's module, or
    // both a logger and a credential. A key or name read from a constant has its literal in the text too; an escape
    // (`piiLogging\u0045nabled`) could spell any of them, so a file with one keeps every listener.
    const text = sourceCode.text;
    const escapes = textMayHoldEscape(sourceCode);
    const switches = escapes || SWITCH_NEEDLES.some((needle) => textHolds(sourceCode, needle));
    if (!switches) delete listeners.AssignmentExpression;
    if (!switches && !textHolds(sourceCode, LOGGED_HEADERS_NEEDLE)) delete listeners.Property;
    // Cheapest first: a logger's name fails in most files, and the credential words are looked for only after it.
    if (!escapes && !(mayNameLogger(text) && mayNameCredential(text))) delete listeners.CallExpression;
    // The module is spelled verbatim in an import or `require` (the tracker reads no escapes in module names).
    if (!(KOA_JWT_NEEDLES.some((needle) => textHolds(sourceCode, needle)) && mentionsApiModule(context, KOA_JWT_SET))) {
      delete listeners['Program:exit'];
    }
    return listeners;
  },
});
