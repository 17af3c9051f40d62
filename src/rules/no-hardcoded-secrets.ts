import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCredentialSinkValues, type CredentialSink } from '../models/credential-sinks';
import {
  assessAnonymousValue,
  assessNamedValue,
  atLeast,
  classifySecretName,
  fingerprint,
  isAllowedFingerprint,
  isIdLikeName,
  isLocalDevelopmentDefault,
  scanText,
  type NameClass,
  type SecretConfidence,
  type SecretMatch,
} from '../secrets';
import { AST_NODE_TYPES, isTypeScriptWrapper } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { nameWords } from '../utils/name-words';
import { getPropertyKey } from '../utils/options-object';
import { getStaticString } from '../utils/static-value';

export type Options = [
  {
    /** SHA-256 prefixes (hex, 8–64 digits) of values the team has reviewed and accepts. */
    allowFingerprints?: string[];
    /** Extra names (words or word sequences) that mark a secret. */
    extraNames?: string[];
    /** Names (words or word sequences) whose values are never secrets. */
    ignoreNames?: string[];
    /** Also scan comments, with the provider and structured layers only. */
    checkComments?: boolean;
    /** Also report anonymous high-entropy strings that no name or sink marks as secrets. */
    checkUnnamedHighEntropy?: boolean;
    /** Run every layer in test, fixture, mock and story files, not only the checksum-verified one. */
    checkTestFiles?: boolean;
  },
];
export type MessageIds =
  | 'verifiedSecret'
  | 'hardcodedSecret'
  | 'likelySecret'
  | 'highEntropyString'
  | 'useEnvironmentVariable'
  | 'removeFallback';

/** Concatenations longer than this are not folded (a secret is never built from kilobytes of literals). */
const MAX_FOLDED_LENGTH = 4096;

/** Path segments and file-name parts that mark test code, fixtures, mocks and stories. */
const TEST_DIRECTORIES: ReadonlySet<string> = new Set([
  '__tests__',
  '__mocks__',
  '__fixtures__',
  'test',
  'tests',
  'spec',
  'specs',
  'fixtures',
  'fixture',
  'mocks',
  'e2e',
  'cypress',
  'playwright',
  'benchmark',
  'benchmarks',
  'bench',
]);
const TEST_FILE_MARKERS: readonly string[] = ['.test.', '.spec.', '.stories.', '.story.', '.mock.', '.fixture.', '.e2e.', '.cy.'];

/** Authorization schemes stripped from a header value before it is weighed as a token. */
const AUTH_SCHEME = /^(?:apikey|basic|bearer|bot|geniekey|key|splunk|ssws|token)\s+/iu;

/** Header names whose value is a credential. */
const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'api-key',
  'apikey',
  'x-auth-token',
  'private-token',
  'x-functions-key',
  'ocp-apim-subscription-key',
  'x-goog-api-key',
]);

/** Object keys of a Firebase web config: its `apiKey` is a public, browser-side identifier. */
const FIREBASE_CONFIG_KEYS: ReadonlySet<string> = new Set([
  'authDomain',
  'projectId',
  'storageBucket',
  'messagingSenderId',
  'appId',
  'measurementId',
  'databaseURL',
]);

/**
 * Publishable keys, public by design and shipped to browsers: Stripe and Clerk `pk_live_`/`pk_test_`, Mapbox `pk.`
 * access tokens, PostHog `phc_` project keys. The provider layer never reports them; neither may a name or a sink.
 */
const PUBLISHABLE_KEY = /^(?:pk_(?:live|test)_\w{16,}|pk\.eyJ[\w\-.]{20,}|phc_[\dA-Za-z]{32,})$/u;

/** Calls whose string argument is a key into something else (a translation table, an environment), not a value. */
const KEY_LOOKUP_CALLEES: ReadonlySet<string> = new Set(['t', '$t', 'i18n', 'translate', 'formatMessage', 'getenv', 'require']);

/** Setter-style calls whose first argument names the value in the second: `headers.set('x-api-key', '…')`. */
const NAMED_SETTERS: ReadonlySet<string> = new Set(['set', 'setItem', 'append', 'setHeader', 'header', 'put']);

/**
 * Substrings every secret name contains (`pass` in password, `key` in apiKey, `conn` in connectionString, `auth` in
 * Authorization): names without any of them skip the word-level classification.
 */
const NAME_STEMS: readonly string[] = ['pass', 'pwd', 'secret', 'token', 'key', 'cred', 'bearer', 'sas', 'conn', 'auth'];

/** Last keys too generic to classify alone; their parent key says what they hold. */
const GENERIC_KEYS: ReadonlySet<string> = new Set(['pass', 'pwd', 'key', 'value', 'secret', 'token']);

/** Parent keys that make a bare `pass` a password: `auth.pass` (nodemailer), `smtp.pass`, `db.pass`. */
const CREDENTIAL_HOLDERS: ReadonlySet<string> = new Set(['auth', 'credential', 'credentials', 'creds', 'login', 'smtp', 'mail', 'db', 'database', 'user', 'account', 'basic', 'proxy']);

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A node of the JSON language (`@eslint/json`, built on Momoa) as far as this rule reads it. */
interface JsonNode {
  readonly type: string;
  readonly value?: unknown;
  readonly name?: JsonNode;
  readonly members?: readonly JsonNode[];
  readonly range?: [number, number];
  readonly loc: TSESTree.SourceLocation;
}
interface JsonSourceCode {
  getParent(node: JsonNode): JsonNode | undefined;
}

/** What is known about where a string sits. */
interface Placement {
  /** The dotted name the value is held under (`db.password`, `apiKey`), or `null`. */
  readonly name: string | null;
  /** The credential sink the value reaches, if any. */
  readonly sink: CredentialSink | null;
  /** Sibling string values of the same object literal (AWS key pairs, Firebase configs, connection hosts), read on demand. */
  readonly siblings: () => ReadonlyMap<string, string>;
}

const EMPTY: ReadonlyMap<string, string> = new Map();
const NO_SIBLINGS = (): ReadonlyMap<string, string> => EMPTY;

/** Whether the file holds tests, fixtures, mocks or stories. Runs once per file, so it reads the path in place. */
function isTestFile(filename: string, cwd: string): boolean {
  const normalized = filename.replaceAll('\\', '/');
  // Only the part inside the project counts: a checkout under `/builds/test/…` does not make every file a test.
  let root = cwd.replaceAll('\\', '/');
  while (root.endsWith('/')) root = root.slice(0, -1);
  const start = root !== '' && normalized.startsWith(root) && normalized.charAt(root.length) === '/' ? root.length + 1 : 0;
  const lastSlash = normalized.lastIndexOf('/');
  const base = normalized.slice(lastSlash + 1);
  if (TEST_FILE_MARKERS.some((marker) => base.includes(marker))) return true;
  // The folders: each segment between `start` and the last slash.
  for (let index = start; index <= lastSlash; ) {
    const next = normalized.indexOf('/', index);
    if (TEST_DIRECTORIES.has(normalized.slice(index, next))) return true;
    index = next + 1;
  }
  return false;
}

/** Path segments that say where a value is held, not what it is. */
const HOLDER_SEGMENTS: ReadonlySet<string> = new Set(['env', 'process', 'this', 'module', 'exports', 'default']);

/**
 * `dbPassword` → `DB_PASSWORD`; `config.db.password` → `DB_PASSWORD` (the last two segments, a word repeated across
 * them once: `openai.apiKey` → `OPENAI_API_KEY`, `api.apiKey` → `API_KEY`); a header name → `API_KEY` / `API_TOKEN`.
 */
function environmentName(name: string): string | null {
  const segments = name.split('.').filter((segment) => !HOLDER_SEGMENTS.has(segment));
  const last = segments.at(-1) ?? '';
  if ((last.includes('-') || /^(?:proxy-)?authorization$/iu.test(last)) && CREDENTIAL_HEADERS.has(nameWords(last).join('-'))) {
    return nameWords(last).includes('key') ? 'API_KEY' : 'API_TOKEN';
  }
  const words = segments.slice(-2).flatMap((segment) => nameWords(segment));
  const result = words
    .filter((word, index) => word !== words[index - 1])
    .join('_')
    .toUpperCase();
  return /^[A-Z][\dA-Z_]*$/u.test(result) ? result : null;
}

/** `GitHub personal access token` → `GITHUB_PERSONAL_ACCESS_TOKEN`. */
function environmentNameOfKind(kind: string): string {
  const result = kind
    .split(/[^\dA-Za-z]/u)
    .filter((word) => word !== '')
    .join('_')
    .toUpperCase();
  return /^[A-Z][\dA-Z_]*$/u.test(result) ? result : 'SECRET';
}

/** The public summary of a finding: prefix, length and fingerprint, never the value. */
function summarize(match: SecretMatch, secret: string): string {
  const parts = [`${secret.length} chars`, `fingerprint ${fingerprint(secret)}`];
  if (match.display) parts.unshift(match.display);
  return parts.join(', ');
}

const MESSAGE_OF: Readonly<Record<SecretConfidence, 'verifiedSecret' | 'hardcodedSecret' | 'likelySecret' | 'highEntropyString'>> = {
  certain: 'verifiedSecret',
  high: 'hardcodedSecret',
  medium: 'likelySecret',
  low: 'highEntropyString',
};

/** The dotted path of a member expression (`process.env.API_KEY`, `this.config.password`), or `null`. */
function memberPath(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const key = getPropertyKey(node);
    if (key === null) return null;
    const object = memberPath(node.object);
    return object === null ? key : `${object}.${key}`;
  }
  if (isTypeScriptWrapper(node)) return memberPath(node.expression);
  return null;
}

/** The key of a property-like node as a name. */
function keyName(node: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.TSEnumMember): string | null {
  if (node.type === AST_NODE_TYPES.TSEnumMember) {
    return node.id.type === AST_NODE_TYPES.Identifier ? node.id.name : typeof node.id.value === 'string' ? node.id.value : null;
  }
  if (node.key.type === AST_NODE_TYPES.Identifier && !node.computed) return node.key.name;
  if (node.key.type === AST_NODE_TYPES.Literal) return String(node.key.value);
  if (node.key.type === AST_NODE_TYPES.PrivateIdentifier) return node.key.name;
  return getStaticString(node.key);
}

/** String values of the other properties of an object literal, by key. */
function siblingValues(object: TSESTree.ObjectExpression): Map<string, string> {
  const values = new Map<string, string>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = keyName(property);
    if (key === null) continue;
    const value = property.value.type === AST_NODE_TYPES.Literal && typeof property.value.value === 'string' ? property.value.value : '';
    values.set(key, value);
  }
  return values;
}

/** Keys that name the host and the user of a connection object: knex, pg, mysql2, Sequelize, TypeORM, ioredis. */
const HOST_KEYS: readonly string[] = ['host', 'hostname', 'server'];
const USER_KEYS: readonly string[] = ['user', 'username', 'userName'];

/** A local development default (see `isLocalDevelopmentDefault`) in an object whose siblings name a loopback host. */
function isLocalDefaultBeside(password: string, siblings: () => ReadonlyMap<string, string>): boolean {
  const values = siblings();
  const host = HOST_KEYS.map((key) => values.get(key)).find((value) => value !== undefined && value !== '');
  if (host === undefined) return false;
  const user = USER_KEYS.map((key) => values.get(key)).find((value) => value !== undefined && value !== '') ?? '';
  return isLocalDevelopmentDefault(user, password, host);
}

/** Whether the literal is a key, a module name or a type, not a value. */
function isNonValuePosition(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return true;
  switch (parent.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.ImportAttribute:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSModuleDeclaration:
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.TSPropertySignature:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.TSAbstractMethodDefinition:
      return true;
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive !== undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.key === node;
    case AST_NODE_TYPES.TSEnumMember:
      return parent.id === node;
    case AST_NODE_TYPES.MemberExpression:
      return parent.property === node;
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === 'in' && parent.left === node;
    case AST_NODE_TYPES.CallExpression: {
      if (parent.callee === node) return true;
      const callee = parent.callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyKey(parent.callee) : parent.callee.type === AST_NODE_TYPES.Identifier ? parent.callee.name : null;
      return callee !== null && KEY_LOOKUP_CALLEES.has(callee);
    }
    default:
      return false;
  }
}

/** Climbs from a value through wrappers that do not change what it is: `as`, `!`, `||`/`??` fallbacks, `? :` branches, arrays. */
function valueRoot(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    if (isTypeScriptWrapper(parent)) current = parent;
    else if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') current = parent;
    else if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) current = parent;
    else if (parent.type === AST_NODE_TYPES.ArrayExpression) current = parent;
    else return current;
  }
}

/** The dotted name of the object-literal property path ending at `property`, with the variable it is bound to. */
function propertyPath(property: TSESTree.Property): string | null {
  const segments: string[] = [];
  let current: TSESTree.Property = property;
  for (;;) {
    const key = keyName(current);
    if (key === null) return segments.length > 0 ? segments.reverse().join('.') : null;
    segments.push(key);
    const object = current.parent;
    if (object.type !== AST_NODE_TYPES.ObjectExpression) break;
    const holder = valueRoot(object);
    const next = holder.parent;
    if (next?.type === AST_NODE_TYPES.Property && next.value === holder) current = next;
    else {
      if (next?.type === AST_NODE_TYPES.VariableDeclarator && next.id.type === AST_NODE_TYPES.Identifier) segments.push(next.id.name);
      else if (next?.type === AST_NODE_TYPES.AssignmentExpression && next.right === holder) {
        const target = memberPath(next.left);
        if (target !== null) segments.push(target);
      }
      break;
    }
  }
  return segments.reverse().join('.');
}

/** The name a JS value is held under, the credential sink it reaches, and its siblings in an object literal. */
function jsPlacement(node: TSESTree.Node, sinks: ReadonlyMap<TSESTree.Node, CredentialSink>): Placement {
  return { ...jsNaming(node), sink: sinks.get(node) ?? null };
}

/** The name a JS value is held under, and its sibling values when it is an object-literal property. */
function jsNaming(node: TSESTree.Node): Pick<Placement, 'name' | 'siblings'> {
  const root = valueRoot(node);
  const parent = root.parent;
  let name: string | null = null;
  let siblings = NO_SIBLINGS;
  if (parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init === root && parent.id.type === AST_NODE_TYPES.Identifier) name = parent.id.name;
        break;
      case AST_NODE_TYPES.Property:
        if (parent.value === root) {
          name = propertyPath(parent);
          const object = parent.parent;
          if (object.type === AST_NODE_TYPES.ObjectExpression) siblings = () => siblingValues(object);
          else if (parent.parent.type === AST_NODE_TYPES.ObjectPattern) name = keyName(parent);
        }
        break;
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.TSEnumMember:
        name = keyName(parent);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right === root) name = memberPath(parent.left);
        break;
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.right === root) {
          if (parent.left.type === AST_NODE_TYPES.Identifier) name = parent.left.name;
          if (parent.parent.type === AST_NODE_TYPES.Property) name = keyName(parent.parent);
        }
        break;
      case AST_NODE_TYPES.JSXAttribute:
        name = parent.name.type === AST_NODE_TYPES.JSXIdentifier ? parent.name.name : parent.name.name.name;
        break;
      case AST_NODE_TYPES.BinaryExpression:
        // `password === 'hunter2'`: a credential compared against a constant is a hardcoded credential.
        if (['===', '!==', '==', '!='].includes(parent.operator)) name = memberPath(parent.left === root ? parent.right : parent.left);
        break;
      case AST_NODE_TYPES.CallExpression:
        name = callArgumentName(parent, root);
        break;
      default:
        break;
    }
  }
  return { name, siblings };
}

/** `headers.set('x-api-key', '…')` names its second argument; `stripe.setApiKey('…')` names its only one. */
function callArgumentName(call: TSESTree.CallExpression, argument: TSESTree.Node): string | null {
  if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyKey(call.callee);
  if (method === null) return null;
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (NAMED_SETTERS.has(method) && index === 1) return getStaticString(call.arguments[0]);
  if (index === 0 && call.arguments.length === 1 && /^set[A-Z]/u.test(method)) return method.slice(3);
  return null;
}

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-secrets',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow hardcoded secrets: provider tokens, private keys, passwords, connection strings and signing keys',
      recommended: 'recommended',
      principle: 'assume-breach',
      cwe: ['CWE-798', 'CWE-259', 'CWE-321'],
    },
    hasSuggestions: true,
    messages: {
      verifiedSecret:
        'Hardcoded {{kind}}{{where}} ({{summary}}) passes its provider checksum, so treat it as leaked: revoke it and load the credential from a secret store or the environment.',
      hardcodedSecret: 'Hardcoded {{kind}}{{where}} ({{summary}}): rotate it and load it from a secret store or the environment instead.',
      likelySecret: 'Likely hardcoded {{kind}}{{where}} ({{summary}}): load it from a secret store or the environment instead.',
      highEntropyString:
        'High-entropy string{{where}} ({{summary}}) may be a hardcoded secret: load it from a secret store or the environment, or allow its fingerprint.',
      useEnvironmentVariable: 'Replace the literal with `process.env.{{envName}}` and keep the value in a secret store.',
      removeFallback: 'Remove the hardcoded fallback so that `{{expression}}` must be configured.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowFingerprints: {
            type: 'array',
            description: 'SHA-256 prefixes (8 to 64 hex digits, as printed in the message) of values the team has reviewed and accepts.',
            items: { type: 'string', pattern: '^[0-9a-fA-F]{8,64}$' },
            uniqueItems: true,
          },
          extraNames: {
            type: 'array',
            description: 'Extra names (a word or a camelCase/snake_case word sequence) that mark the value they hold as a secret.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          ignoreNames: {
            type: 'array',
            description: 'Names (a word or a word sequence) whose values are never reported by the named layer.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          checkComments: {
            type: 'boolean',
            description: 'Also scan comments, with the provider-token and structured-secret layers only (never entropy).',
          },
          checkUnnamedHighEntropy: {
            type: 'boolean',
            description: 'Also report anonymous high-entropy strings that no name or credential sink marks as secrets.',
          },
          checkTestFiles: {
            type: 'boolean',
            description: 'Run every layer in test, fixture, mock and story files instead of only the checksum-verified provider tokens.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        allowFingerprints: [],
        extraNames: [],
        ignoreNames: [],
        checkComments: false,
        checkUnnamedHighEntropy: false,
        checkTestFiles: false,
      },
    ],
  },
  create(context, [options]) {
    const sourceCode: SourceCode = context.sourceCode;
    const allowFingerprints = options.allowFingerprints ?? [];
    const nameOptions = { extraNames: options.extraNames ?? [], ignoreNames: options.ignoreNames ?? [] };
    const checksumOnly = !options.checkTestFiles && isTestFile(context.filename, context.cwd);
    const scanOptions = { checksumOnly };
    const isJs = 'scopeManager' in sourceCode && (sourceCode as { scopeManager: unknown }).scopeManager != null;
    let sinks: ReadonlyMap<TSESTree.Node, CredentialSink> | null = null;
    /** Ranges already reported, so a folded concatenation is not reported again for a part. */
    const reported: [number, number][] = [];

    function sinkValues(): ReadonlyMap<TSESTree.Node, CredentialSink> {
      sinks ??= getCredentialSinkValues(context);
      return sinks;
    }

    const classified = new Map<string, NameClass | null>();
    const stems =
      nameOptions.extraNames.length === 0 ? NAME_STEMS : [...NAME_STEMS, ...nameOptions.extraNames.map((extra) => extra.toLowerCase().replace(/[^\da-z]+/gu, ''))];

    function classify(name: string | null): NameClass | null {
      if (name === null) return null;
      let result = classified.get(name);
      if (result === undefined) {
        const lower = name.toLowerCase();
        result = stems.some((stem) => lower.includes(stem)) ? classifyName(name) : null;
        classified.set(name, result);
      }
      return result;
    }

    function classifyName(name: string): NameClass | null {
      const words = nameWords(name.split('.').pop() ?? name);
      if (CREDENTIAL_HEADERS.has(words.join('-')) || CREDENTIAL_HEADERS.has(name.toLowerCase())) return 'token';
      // A lone `pass` key is a password only inside credentials (`auth.pass`), not in `StatusMap.pass`.
      const own = words.length === 1 && words[0] === 'pass' ? null : classifySecretName(name.split('.').pop() ?? name, nameOptions);
      if (own !== null) return own;
      // A generic last key is read with its parent: `auth.pass`, `smtp.pass`, `stripe.key`.
      const segments = name.split('.');
      const last = segments.at(-1)?.toLowerCase() ?? '';
      if (segments.length < 2 || !GENERIC_KEYS.has(last)) return null;
      const parentWords = nameWords(segments.at(-2) ?? '');
      if (last === 'pass' || last === 'pwd') return parentWords.some((word) => CREDENTIAL_HOLDERS.has(word)) ? 'password' : null;
      return classifySecretName(`${segments.at(-2) ?? ''}_${last}`, nameOptions);
    }

    interface Finding {
      readonly match: SecretMatch;
      readonly secret: string;
    }

    /** The findings for one string value at one place; `found` is the value's scan. */
    function findingsFor(value: string, placement: Placement, allowNamed: boolean, found: SecretMatch[]): Finding[] {
      const matches = found.filter((match) => !isPublicByPlacement(match, placement));
      // A value the scan recognised and its place shows to be public (a Firebase web `apiKey`) is not weighed again by name.
      if (matches.length < found.length) return matches.map((match) => ({ match, secret: value.slice(match.start, match.end) }));
      if (matches.length > 0 || checksumOnly || !allowNamed) return matches.map((match) => ({ match, secret: value.slice(match.start, match.end) }));
      if (PUBLISHABLE_KEY.test(value)) return [];
      const { sink, name } = placement;
      if (sink) {
        if (sink.expects === 'connection-uri') return [];
        const bare = sink.expects === 'auth-header' ? value.replace(AUTH_SCHEME, '') : value;
        if (sink.expects === 'private-key' && bare.includes('-----BEGIN')) return [];
        const expects = sink.expects === 'auth-header' ? 'api-key' : sink.expects;
        const match = assessNamedValue(bare, { via: 'sink', expects });
        return match ? [{ match, secret: bare }] : [];
      }
      const nameClass = classify(name);
      if (nameClass !== null && name !== null) {
        const bare = value.replace(AUTH_SCHEME, '');
        if (isLocalDefaultBeside(bare, placement.siblings)) return [];
        const words = nameWords(name);
        const awsSecret =
          (words.includes('aws') && words.includes('secret')) ||
          (words.includes('secret') && words.includes('access')) ||
          [...placement.siblings().values()].some((sibling) => /^A(?:KIA|SIA)[2-7A-Z]{16}$/u.test(sibling));
        const match = assessNamedValue(bare, { via: 'name', nameClass, name, idLike: isIdLikeName(name), awsSecret });
        return match ? [{ match, secret: bare }] : [];
      }
      if (options.checkUnnamedHighEntropy) {
        const match = assessAnonymousValue(value);
        return match ? [{ match, secret: value }] : [];
      }
      return [];
    }

    /** Public-by-design keys recognised only by where they sit: a Firebase web config's `apiKey`. */
    function isPublicByPlacement(match: SecretMatch, placement: Placement): boolean {
      if (!match.id.startsWith('google-api-key')) return false;
      let configKeys = 0;
      for (const key of placement.siblings().keys()) if (FIREBASE_CONFIG_KEYS.has(key)) configKeys += 1;
      if (configKeys >= 2) return true;
      const words = placement.name === null ? [] : nameWords(placement.name);
      return words.includes('firebase') || words.includes('maps') || words.includes('public');
    }

    function describeWhere(placement: Placement): string {
      if (placement.sink) return ` passed as the ${placement.sink.label}`;
      if (placement.name !== null) return ` in "${placement.name}"`;
      return '';
    }

    function suggestionsFor(node: TSESTree.Node, placement: Placement, match: SecretMatch): TSESLint.ReportSuggestionArray<MessageIds> {
      if (!isJs) return [];
      const parent = node.parent;
      // An enum member must stay constant, and a comparison against a literal is a backdoor to remove, not to configure.
      if (parent?.type === AST_NODE_TYPES.TSEnumMember || parent?.type === AST_NODE_TYPES.BinaryExpression) return [];
      // `process.env.X = '…'` sets the variable the suggestion would read: nothing to offer.
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && /^(?:process|import\.meta)\.env\./u.test(memberPath(parent.left) ?? '')) return [];
      if (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.right === node && parent.operator !== '&&') {
        const left = memberPath(parent.left);
        if (left !== null && /^(?:process|import\.meta)\.env\./u.test(left)) {
          const expression = sourceCode.getText(parent.left);
          return [{ messageId: 'removeFallback', data: { expression }, fix: (fixer) => fixer.replaceText(parent, expression) }];
        }
      }
      const envName = placement.sink?.envName ?? (placement.name !== null ? environmentName(placement.name) : null) ?? environmentNameOfKind(match.kind);
      const replacement = `process.env.${envName}`;
      return [
        {
          messageId: 'useEnvironmentVariable',
          data: { envName },
          fix: (fixer) => fixer.replaceText(node, parent?.type === AST_NODE_TYPES.JSXAttribute ? `{${replacement}}` : replacement),
        },
      ];
    }

    /**
     * The location of `start…end` inside a single-line literal (or template part) written without escapes; otherwise
     * the node's own. A template part's range includes its `` ` ``/`}` and `${` delimiters, so it is always narrowed.
     */
    function spanLocation(node: TSESTree.Node, value: string, match: SecretMatch): TSESTree.SourceLocation {
      const templatePart = node.type === AST_NODE_TYPES.TemplateElement;
      if (!templatePart && match.start === 0 && match.end === value.length) return node.loc;
      const base = node.range[0] + 1;
      if (node.loc.start.line !== node.loc.end.line || sourceCode.text.slice(base, base + value.length) !== value) return node.loc;
      return { start: sourceCode.getLocFromIndex(base + match.start), end: sourceCode.getLocFromIndex(base + match.end) };
    }

    function report(node: TSESTree.Node, value: string, placement: Placement, allowNamed: boolean, suggest: boolean, found = scanText(value, scanOptions)): void {
      const findings = findingsFor(value, placement, allowNamed, found);
      for (const { match, secret } of findings) {
        if (isAllowedFingerprint(secret, allowFingerprints)) continue;
        if (!atLeast(match.confidence, options.checkUnnamedHighEntropy ? 'low' : 'medium')) continue;
        reported.push(node.range);
        context.report({
          loc: spanLocation(node, value, match),
          messageId: MESSAGE_OF[match.confidence],
          data: { kind: match.kind, where: describeWhere(placement), summary: summarize(match, secret) },
          suggest: suggest ? suggestionsFor(node, placement, match) : [],
        });
      }
    }

    /**
     * Whether a value the scan found nothing in can still be reported, by the layers `findingsFor` runs after the scan:
     * never in a test file or for a publishable key, otherwise only at a credential sink, under a secret name, or as
     * an anonymous high-entropy string when that layer is on. The full placement (and its object) is then built only
     * for a value with a finding.
     */
    function namedLayersMayReport(node: TSESTree.Node, value: string): boolean {
      if (checksumOnly || PUBLISHABLE_KEY.test(value)) return false;
      return options.checkUnnamedHighEntropy === true || sinkValues().has(node) || classify(jsNaming(node).name) !== null;
    }

    /** Reports a JS string value (a literal, or a folded concatenation) wherever a layer finds a secret in it. */
    function checkValue(node: TSESTree.Node, value: string): void {
      const found = scanText(value, scanOptions);
      if (found.length === 0 && !namedLayersMayReport(node, value)) return;
      report(node, value, jsPlacement(node, sinkValues()), true, true, found);
    }

    function checkString(node: TSESTree.Literal | TSESTree.TemplateLiteral, value: string): void {
      if (value.length < 6 || isNonValuePosition(node)) return;
      checkValue(node, value);
    }

    function checkComment(text: string, start: number): void {
      for (const match of scanText(text, scanOptions)) {
        const secret = text.slice(match.start, match.end);
        if (isAllowedFingerprint(secret, allowFingerprints)) continue;
        context.report({
          loc: { start: sourceCode.getLocFromIndex(start + match.start), end: sourceCode.getLocFromIndex(start + match.end) },
          messageId: MESSAGE_OF[match.confidence],
          data: { kind: match.kind, where: ' in a comment', summary: summarize(match, secret) },
        });
      }
    }

    function jsonPlacement(node: JsonNode): Placement {
      const json = sourceCode as unknown as JsonSourceCode;
      const segments: string[] = [];
      let current: JsonNode | undefined = node;
      let siblings: ReadonlyMap<string, string> = EMPTY;
      while (current) {
        const parent: JsonNode | undefined = json.getParent(current);
        if (parent?.type === 'Member' && parent.name) {
          const identifier = (parent.name as { name?: unknown }).name;
          const key = parent.name.type === 'String' ? String(parent.name.value) : typeof identifier === 'string' ? identifier : '';
          segments.push(key);
          if (segments.length === 1) {
            const object = json.getParent(parent);
            if (object?.members) {
              const values = new Map<string, string>();
              for (const member of object.members) {
                const memberKey = member.name?.type === 'String' ? String(member.name.value) : null;
                if (memberKey !== null) values.set(memberKey, typeof member.value === 'object' && (member.value as JsonNode).type === 'String' ? String((member.value as JsonNode).value) : '');
              }
              siblings = values;
            }
          }
        }
        current = parent;
      }
      return { name: segments.length > 0 ? segments.reverse().join('.') : null, sink: null, siblings: () => siblings };
    }

    return {
      Literal(node): void {
        if (typeof node.value === 'string') checkString(node, node.value);
      },
      TemplateLiteral(node): void {
        if (node.expressions.length === 0) {
          const cooked = node.quasis[0]?.value.cooked;
          if (typeof cooked === 'string') checkString(node, cooked);
          return;
        }
        if (isNonValuePosition(node)) return;
        // With interpolations, only the layers that need no name run, on each static part.
        for (const quasi of node.quasis) {
          const cooked = quasi.value.cooked;
          if (typeof cooked !== 'string' || cooked.length < 8) continue;
          // Without the named layers, a part the scan finds nothing in has nothing to report.
          const found = scanText(cooked, scanOptions);
          if (found.length > 0) report(quasi, cooked, { name: null, sink: null, siblings: NO_SIBLINGS }, false, false, found);
        }
      },
      'BinaryExpression:exit'(node: TSESTree.BinaryExpression): void {
        if (node.operator !== '+' || (node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.operator === '+')) return;
        if (reported.some(([start, end]) => start >= node.range[0] && end <= node.range[1])) return;
        if (node.range[1] - node.range[0] > MAX_FOLDED_LENGTH) return;
        const value = getStaticString(node);
        if (value === null || value.length < 8) return;
        checkValue(node, value);
      },
      // `@eslint/json`: string values of JSON, JSONC and JSON5 documents.
      String(node: unknown): void {
        const jsonNode = node as JsonNode;
        if (typeof jsonNode.value !== 'string' || jsonNode.value.length < 6) return;
        const parent = (sourceCode as unknown as JsonSourceCode).getParent(jsonNode);
        if (parent?.type === 'Member' && parent.name === jsonNode) return;
        report(jsonNode as unknown as TSESTree.Node, jsonNode.value, jsonPlacement(jsonNode), true, false);
      },
      'Program:exit'(): void {
        if (!options.checkComments) return;
        const comments = 'getAllComments' in sourceCode ? sourceCode.getAllComments() : ((sourceCode as unknown as { comments?: TSESTree.Comment[] }).comments ?? []);
        for (const comment of comments) checkComment(sourceCode.text.slice(comment.range[0], comment.range[1]), comment.range[0]);
      },
    };
  },
});
