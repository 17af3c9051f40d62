import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getFlows, type Flow } from '../flow';
import { outermostExpressionWrapper, unwrapExpression } from '../utils/ast';
import { findBinding } from '../utils/bindings';
import { createRule } from '../utils/create-rule';
import { calleeName } from '../utils/expressions';
import { getApiCalls, getApiReferences, type ApiSet, type ApiSpec } from '../utils/module-tracker';
import { nameWords } from '../utils/name-words';
import { getStatic } from '../utils/static-value';
import { decodedTokenOf, isSameToken, signatureCheckingSites } from '../flow/token-identity';
import { isCheckedBeforeUse } from '../flow/value-checks';
import { getVerifierSites, type VerifierSite } from '../utils/verifier-calls';

export type Options = [];
export type MessageIds = 'algorithmFromToken' | 'keyUrlFromToken' | 'embeddedKeyFromToken' | 'kidInFileOrQuery' | 'issuerChoosesKeys' | 'embeddedJwk';

type Category = 'algorithm' | 'key-url' | 'embedded-key' | 'kid' | 'issuer';

/** Header parameters and claims, by what the token would control if the code trusted them. */
const CATEGORY_OF: ReadonlyMap<string, Category> = new Map<string, Category>([
  ['alg', 'algorithm'],
  ['jku', 'key-url'],
  ['x5u', 'key-url'],
  ['jwk', 'embedded-key'],
  ['x5c', 'embedded-key'],
  ['kid', 'kid'],
  ['iss', 'issuer'],
  ['tid', 'issuer'],
]);

const MESSAGE_OF: Readonly<Record<Category, MessageIds>> = {
  algorithm: 'algorithmFromToken',
  'key-url': 'keyUrlFromToken',
  'embedded-key': 'embeddedKeyFromToken',
  kid: 'kidInFileOrQuery',
  issuer: 'issuerChoosesKeys',
};

/** Verifier roles whose `algorithms` is an allow-list for incoming tokens. */
const CHECKING_ROLES: ReadonlySet<string> = new Set(['verify', 'middleware', 'strategy', 'register']);

/** Calls that fetch or resolve a key or a key set from a URL. */
const KEY_FETCH_NAMES: ReadonlySet<string> = new Set([
  'fetch',
  'got',
  'axios',
  'ky',
  'needle',
  'superagent',
  'createRemoteJWKSet',
  'jwksClient',
  'JwksClient',
  'expressJwtSecret',
  'passportJwtSecret',
  'koaJwtSecret',
  'hapiJwt2Key',
  'hapiJwt2KeyAsync',
  'discovery',
  'discover',
]);
/** Receivers whose `get`/`post`/`request` is an HTTP request: `axios.get(url)`, `https.get(url)`, `got.get(url)`. */
const HTTP_RECEIVER_WORDS: ReadonlySet<string> = new Set(['axios', 'got', 'http', 'https', 'superagent', 'request', 'ky', 'needle', 'undici', 'client', 'fetch', 'fetcher']);
const HTTP_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'request', 'json']);
/** A local helper named for loading key material: `fetchJwks`, `loadKey`, `getKeyFromUrl`, `downloadCertificate`. */
const LOAD_WORDS: ReadonlySet<string> = new Set(['fetch', 'load', 'download', 'retrieve', 'get', 'resolve']);
const KEY_WORDS: ReadonlySet<string> = new Set(['jwk', 'jwks', 'key', 'keys', 'keyset', 'cert', 'certs', 'certificate', 'certificates', 'x5u', 'jku']);
/** Options that hold a JWKS URL. */
const JWKS_URI_KEYS: ReadonlySet<string> = new Set(['jwksUri', 'jwks_uri', 'jwksUrl', 'uri', 'url']);

/** Calls that turn key material into a verification key. */
const KEY_IMPORT_NAMES: ReadonlySet<string> = new Set([
  'importJWK',
  'importX509',
  'importSPKI',
  'createPublicKey',
  'createSecretKey',
  'createLocalJWKSet',
  'jwkToPem',
  'jwkToPEM',
  'X509Certificate',
  'importKey',
]);

/** Methods of SQL clients that run raw SQL text (`query`, knex `raw`/`whereRaw`, Prisma's unsafe variants, postgres.js `unsafe`). */
const RAW_SQL_METHODS: ReadonlySet<string> = new Set([
  'query',
  'raw',
  'execute',
  'whereRaw',
  'orWhereRaw',
  'havingRaw',
  '$queryRawUnsafe',
  '$executeRawUnsafe',
  'unsafe',
]);
/** Generic names that run SQL only when the text is SQL (sqlite's `get`/`all`/`run`/`prepare`/`exec`). */
const SQL_TEXT_METHODS: ReadonlySet<string> = new Set(['get', 'all', 'run', 'prepare', 'exec']);
const SQL_KEYWORD = /\b(?:delete|insert|select|update)\b/iu;

function fsSpecs(): ApiSpec[] {
  const methods = ['readFile', 'readFileSync', 'createReadStream', 'open', 'openSync', 'existsSync', 'stat', 'statSync', 'access', 'accessSync', 'lstat', 'lstatSync', 'readdir', 'readdirSync'];
  const specs: ApiSpec[] = [];
  for (const method of methods) {
    specs.push({ module: 'fs', path: [method], kinds: ['call'] });
    specs.push({ module: 'fs', path: ['promises', method], kinds: ['call'] });
    specs.push({ module: 'fs/promises', path: [method], kinds: ['call'] });
    specs.push({ module: 'fs-extra', path: [method], kinds: ['call'] });
  }
  for (const method of ['join', 'resolve', 'normalize']) specs.push({ module: 'path', path: [method], kinds: ['call'] });
  return specs;
}
const FILE_APIS: ApiSet = fsSpecs();
const EMBEDDED_JWK: ApiSet = [{ module: 'jose', path: ['EmbeddedJWK'], kinds: ['read'] }];
const THUMBPRINT_APIS: ApiSet = [
  { module: 'jose', path: ['calculateJwkThumbprint'], kinds: ['call'] },
  { module: 'jose', path: ['calculateJwkThumbprintUri'], kinds: ['call'] },
];
/** Certificate-chain validation of an `x5c` chain against a trust anchor (Apple, Google attestation and similar). */
const CHAIN_CHECK = /\bcheckIssued\s*\(|\b(?:validate|verify)\w*Chain\b/u;

const NUMERIC = /^\d+$/u;
const MAX_PATH_LENGTH = 40;

function claimOf(path: readonly string[]): string | undefined {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const member = path[index];
    if (member !== undefined && !NUMERIC.test(member)) return member;
  }
  return undefined;
}

function pathLabel(path: readonly string[]): string {
  const text = path.join('.');
  return text.length > MAX_PATH_LENGTH ? `…${text.slice(text.length - MAX_PATH_LENGTH + 1)}` : text;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function calleeOf(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Node {
  return unwrapExpression(call.callee);
}

/** The name of the receiver of a method call: `axios` in `axios.get(url)`. */
function receiverName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const callee = calleeOf(call);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = unwrapExpression(callee.object);
  if (object.type === AST_NODE_TYPES.Identifier) return object.name;
  if (object.type === AST_NODE_TYPES.MemberExpression) return calleeName(object);
  if (object.type === AST_NODE_TYPES.ThisExpression) return null;
  return null;
}

/** True for a call that fetches something from a URL, or resolves a key set or an issuer's metadata from one. */
function isKeyFetch(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const name = calleeName(call.callee);
  if (name === null) return false;
  if (KEY_FETCH_NAMES.has(name)) return true;
  if (HTTP_METHODS.has(name)) {
    const receiver = receiverName(call);
    if (receiver !== null && nameWords(receiver).some((word) => HTTP_RECEIVER_WORDS.has(word))) return true;
  }
  const words = nameWords(name);
  return words.some((word) => LOAD_WORDS.has(word)) && words.some((word) => KEY_WORDS.has(word));
}

function isUrlConstruction(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return call.type === AST_NODE_TYPES.NewExpression && calleeName(call.callee) === 'URL';
}

/** `new URL(...)` handed straight to a key fetch: `createRemoteJWKSet(new URL(...))`, `discovery(new URL(...), …)`. */
function isUrlForKeyFetch(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (!isUrlConstruction(call)) return false;
  const outer = outermostExpressionWrapper(call);
  const parent = outer.parent;
  return (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    parent.arguments.includes(outer as TSESTree.CallExpressionArgument) &&
    isKeyFetch(parent)
  );
}

/** True when `node` sits in the value of an option named like a JWKS URL (`jwksClient({ jwksUri })`). */
function inJwksUriOption(node: TSESTree.Node, call: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== call; current = current.parent) {
    if (current.type === AST_NODE_TYPES.Property && current.key.type === AST_NODE_TYPES.Identifier && JWKS_URI_KEYS.has(current.key.name)) return true;
  }
  return false;
}

/** The static text of a template or concatenation (the parts written in the code). */
function staticParts(node: TSESTree.Node): string {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis.map((quasi) => quasi.value.cooked).join(' ');
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    return `${staticParts(node.left)} ${staticParts(node.right)}`;
  }
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  return '';
}

function isBuiltText(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.TemplateLiteral || (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+');
}

/** `db.query(`… WHERE kid = '${kid}'`)`: a raw SQL call whose text is built around the value. */
function isRawSql(call: TSESTree.CallExpression | TSESTree.NewExpression, use: TSESTree.Node): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = calleeName(call.callee);
  if (name === null || calleeOf(call).type !== AST_NODE_TYPES.MemberExpression) return false;
  const text = call.arguments.find((argument) => contains(argument, use));
  if (!text) return false;
  const value = unwrapExpression(text);
  if (!isBuiltText(value)) return false;
  if (RAW_SQL_METHODS.has(name)) return true;
  return SQL_TEXT_METHODS.has(name) && SQL_KEYWORD.test(staticParts(value));
}

function isRequireCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = calleeOf(call);
  return call.type === AST_NODE_TYPES.CallExpression && callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require';
}

export default createRule<Options, MessageIds>({
  name: 'no-token-controlled-verification',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow letting an unverified token choose how it is verified: its algorithm, its key, or where its key comes from',
      recommended: 'recommended',
      principle: 'verify-explicitly',
      cwe: ['CWE-347', 'CWE-345', 'CWE-73'],
    },
    schema: [],
    messages: {
      algorithmFromToken:
        '{{value}} comes from the token being verified and {{sink}}, so the attacker picks how its signature is checked; pin `algorithms` to the fixed list your issuer signs with.',
      keyUrlFromToken:
        '{{value}} is a key URL the unverified token names for itself and {{sink}}, so an attacker can point verification at keys they control; fetch keys only from a JWKS URL you configure.',
      embeddedKeyFromToken:
        '{{value}} is a key the unverified token carries for itself and {{sink}}, so any self-signed token passes; verify with a key from your own configuration or JWKS.',
      kidInFileOrQuery:
        '{{value}} is unverified and {{sink}}, where it can {{risk}}; look the key up by `kid` in a fixed key set instead.',
      issuerChoosesKeys:
        '{{value}} is unverified and {{sink}}, so the token chooses whose keys verify it; check the issuer against an allow-list of trusted issuers before fetching its keys.',
      embeddedJwk:
        '`EmbeddedJWK` verifies the token with the key in its own header, so anyone can mint a token that passes; verify against your JWKS, or pin the key with `calculateJwkThumbprint`.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    /**
     * The expressions that read an imported value: the tracker reports a named import or a destructured `require` by
     * its binding (`import { EmbeddedJWK }`, `const { EmbeddedJWK: E } = require('jose')`); a member read is its own use.
     */
    function readsOf(node: TSESTree.Node): TSESTree.Node[] {
      let binding: TSESTree.Node | null = null;
      if (node.type === AST_NODE_TYPES.ImportSpecifier) binding = node.local;
      else if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) {
        binding = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
      }
      if (!binding) return [node];
      if (binding.type !== AST_NODE_TYPES.Identifier) return [];
      const variable = findBinding(binding, sourceCode.getScope(binding));
      return variable ? variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier) : [];
    }

    /** jose `jwtVerify(token, EmbeddedJWK)` (or another JWS verify) in a file that never pins the key's thumbprint. */
    function checkEmbeddedJwk(): void {
      const references = getApiReferences(context, EMBEDDED_JWK);
      if (references.length === 0 || getApiCalls(context, THUMBPRINT_APIS).length > 0) return;
      for (const reference of references) {
        for (const use of readsOf(reference.node)) {
          const read = outermostExpressionWrapper(use);
          const call = read.parent;
          if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== read) continue;
          context.report({ node: read, messageId: 'embeddedJwk' });
        }
      }
    }

    return {
      'Program:exit'() {
        checkEmbeddedJwk();
        const flows = getFlows(context).flows.filter(
          (flow) => (flow.source.kind === 'token-header' || flow.source.kind === 'decoded-token') && flow.sink.kind === 'call-argument',
        );
        if (flows.length === 0) return;

        const sites = getVerifierSites(context);
        let fileCalls: Set<TSESTree.Node> | undefined;
        let pinsThumbprint: boolean | undefined;
        let checkedChain: boolean | undefined;

        function siteOf(call: TSESTree.Node): VerifierSite | undefined {
          return sites.find((site) => site.node === call);
        }

        function isFileCall(call: TSESTree.Node): boolean {
          fileCalls ??= new Set(getApiCalls(context, FILE_APIS).map((reference) => reference.node));
          return fileCalls.has(call);
        }

        /**
         * (a) Where the value lands in the `algorithms` allow-list of a verify call: the node to report, or `null`.
         * The engine stops at an options object held in a `const` (`jwt.verify(t, key, options)`): then the list the
         * object gives (when it is not a constant) is reported. An element written as a `.alg` member is left to
         * require-jwt-algorithms.
         */
        function algorithmSink(flow: Flow, call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Node | null {
          const site = siteOf(call);
          if (!site || !CHECKING_ROLES.has(site.role)) return null;
          const node = flow.sink.node;
          const lists = [...site.getAll('algorithms').map((option) => option.value), site.argument('algorithms')].filter(
            (candidate): candidate is TSESTree.Node => candidate !== undefined,
          );
          if (lists.some((candidate) => contains(candidate, node))) return isReportedByAlgorithmsRule(site, node) ? null : node;
          if (flow.sink.optionPath?.includes('algorithms') === true) return node;
          const own = site.get('algorithms')?.value;
          if (!own || !site.optionsNode || unwrapExpression(site.optionsNode) !== unwrapExpression(node)) return null;
          if (getStatic(own, sourceCode.getScope(own)) !== null || isReportedByAlgorithmsRule(site, own)) return null;
          return own;
        }

        /** require-jwt-algorithms reports `[decoded.header.alg]` and `algorithms: header.alg` itself: a `.alg` member written in the list. */
        function isReportedByAlgorithmsRule(site: VerifierSite, node: TSESTree.Node): boolean {
          const list = site.get('algorithms')?.value ?? site.argument('algorithms');
          if (!list) return false;
          const elements = list.type === AST_NODE_TYPES.ArrayExpression ? list.elements : [list];
          return elements.some((element) => {
            if (!element || element.type === AST_NODE_TYPES.SpreadElement || !(contains(element, node) || contains(node, element))) return false;
            const value = unwrapExpression(element);
            return value.type === AST_NODE_TYPES.MemberExpression && !value.computed && value.property.type === AST_NODE_TYPES.Identifier && value.property.name === 'alg';
          });
        }

        /** (c) The value becomes the verification key: a key import, or the key argument of a verify call. */
        function isKeyImport(flow: Flow, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
          const name = calleeName(call.callee);
          if (name !== null && KEY_IMPORT_NAMES.has(name)) return true;
          const site = siteOf(call);
          return site?.keyNode !== undefined && CHECKING_ROLES.has(site.role) && contains(site.keyNode, flow.sink.node);
        }

        /** (e) The same token is verified with a fixed issuer, so keys fetched for another issuer cannot make it pass. */
        function issuerPinnedLater(flow: Flow): boolean {
          const token = decodedTokenOf(flow.source.node, sites, sourceCode);
          if (!token) return false;
          return signatureCheckingSites(sites, sourceCode).some((site) => {
            if (!site.tokenNode || !isSameToken(site.tokenNode, token, sourceCode)) return false;
            const issuer = site.get('issuer');
            return issuer !== undefined && getStatic(issuer.value, sourceCode.getScope(issuer.value)) !== null;
          });
        }

        /** What a `kid` can do in `call`: name a file, load a module, or inject SQL; `null` for other calls. */
        function kidRisk(call: TSESTree.CallExpression | TSESTree.NewExpression, node: TSESTree.Node): string | null {
          if (isFileCall(call)) return 'name any file on the server';
          if (isRequireCall(call)) return 'load any module';
          return isRawSql(call, node) ? 'inject SQL' : null;
        }

        /** The node to report for a flow of `category`, or `null` when the call is not one that lets the value steer verification. */
        function reportNode(flow: Flow, category: Category, claim: string): TSESTree.Node | null {
          const call = flow.sink.call;
          const node = flow.sink.node;
          if (!call) return null;
          switch (category) {
            case 'algorithm':
              return algorithmSink(flow, call);
            case 'key-url':
              return (isKeyFetch(call) || isUrlConstruction(call)) && !isCheckedBeforeUse(node, sourceCode) ? node : null;
            case 'embedded-key':
              if (!isKeyImport(flow, call)) return null;
              if (claim === 'jwk') {
                pinsThumbprint ??= getApiCalls(context, THUMBPRINT_APIS).length > 0;
                return pinsThumbprint ? null : node;
              }
              checkedChain ??= CHAIN_CHECK.test(sourceCode.text);
              return checkedChain ? null : node;
            case 'kid':
              return kidRisk(call, node) !== null && !isCheckedBeforeUse(node, sourceCode) ? node : null;
            case 'issuer': {
              const fetches = isKeyFetch(call) || isUrlForKeyFetch(call) || inJwksUriOption(node, call);
              return fetches && !isCheckedBeforeUse(node, sourceCode) && !issuerPinnedLater(flow) ? node : null;
            }
          }
        }

        // Tightest sinks first, so a value reaching both `new URL(...)` and the call it is passed to is reported once.
        const ordered = [...flows].sort((a, b) => a.sink.node.range[1] - a.sink.node.range[0] - (b.sink.node.range[1] - b.sink.node.range[0]));
        const reported: TSESTree.Node[] = [];
        for (const flow of ordered) {
          const claim = claimOf(flow.source.path);
          const category = claim === undefined ? undefined : CATEGORY_OF.get(claim);
          if (claim === undefined || category === undefined) continue;
          // A `kid` or `iss` read after the token was verified was vouched for by its signer; the other values are
          // only ever used to verify, so "verified" cannot apply to them.
          if (flow.tokenVerified && (category === 'kid' || category === 'issuer')) continue;
          const node = flow.sink.node;
          if (reported.some((other) => contains(other, node) || contains(node, other))) continue;
          const target = reportNode(flow, category, claim);
          if (!target || reported.some((other) => contains(other, target) || contains(target, other))) continue;
          reported.push(target);
          context.report({
            node: target,
            messageId: MESSAGE_OF[category],
            data: {
              value: `\`${pathLabel(flow.source.path)}\` from \`${flow.source.name}\``,
              sink: flow.sink.description,
              risk: category === 'kid' && flow.sink.call ? (kidRisk(flow.sink.call, node) ?? '') : '',
            },
          });
        }
      },
    };
  },
});
