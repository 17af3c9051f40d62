/**
 * The request and token data-flow engine (entry point). `getFlows(context)` analyses the current file once and
 * shares the result with every rule through a `WeakMap` keyed by the `Program` node; nothing else is kept between
 * files.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  CLIENT_IP_APIS,
  DECODE_APIS,
  HEADER_DECODE_APIS,
  IP_RANGE_APIS,
  JWT_SIMPLE_DECODE,
  KEY_CALLBACK_APIS,
  KEY_CALLBACK_LIBRARIES,
  NEXT_REQUEST_APIS,
  SERVER_MODULES,
  isFactoryApi,
} from '../models/request-sources';
import { EXPRESS_TRUST_SETTING, expressValueTrustsEveryHop } from '../models/trust-proxy';
import { getModuleImports } from '../utils/module-imports';
import { getApiReferences, type ApiSet } from '../utils/module-tracker';
import { getVerifierSites } from '../utils/verifier-calls';
import { getStatic, getStaticString } from '../utils/static-value';
import { walk } from '../utils/traverse';
import { textHolds } from '../utils/text-gate';
import { analyse, type TrackedCalls } from './engine';
import type { FileFlows, Flow } from './types';

export type { Consequence, FileFlows, Flow, Sink, SinkKind, Source, SourceKind } from './types';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const cache = new WeakMap<TSESTree.Program, FileFlows>();

/** Words one of which each trust setting below is written with. */
const TRUST_PROXY_NEEDLES: readonly string[] = [EXPRESS_TRUST_SETTING, 'trustProxy', 'proxy:', '.proxy'];

/** True when the file makes a proxy trust every hop: express `trust proxy` true, fastify `trustProxy: true`, koa `proxy: true`. */
function trustsEveryProxy(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!TRUST_PROXY_NEEDLES.some((needle) => textHolds(sourceCode, needle))) return false;
  let found = false;
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && node.callee.property.type === AST_NODE_TYPES.Identifier) {
      const method = node.callee.property.name;
      const [first, second] = node.arguments;
      if ((method === 'set' || method === 'enable') && first && getStaticString(first, null) === EXPRESS_TRUST_SETTING) {
        if (method === 'enable') found = true;
        else if (second) {
          const value = getStatic(second, sourceCode.getScope(node));
          if (value && expressValueTrustsEveryHop(value.value)) found = true;
        }
      }
    } else if (node.type === AST_NODE_TYPES.Property && node.key.type === AST_NODE_TYPES.Identifier && (node.key.name === 'trustProxy' || node.key.name === 'proxy')) {
      if (node.value.type === AST_NODE_TYPES.Literal && node.value.value === true) found = true;
    } else if (
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      node.left.property.type === AST_NODE_TYPES.Identifier &&
      node.left.property.name === 'proxy' &&
      node.right.type === AST_NODE_TYPES.Literal &&
      node.right.value === true
    ) {
      found = true;
    }
    return true;
  });
  return found;
}

/** Every API the engine follows, in one set, so the module tracker looks at the file once. */
const ENGINE_APIS: ApiSet = [
  ...new Set([
    ...DECODE_APIS,
    ...HEADER_DECODE_APIS,
    ...JWT_SIMPLE_DECODE,
    ...CLIENT_IP_APIS,
    ...NEXT_REQUEST_APIS,
    ...IP_RANGE_APIS,
  ]),
];

/** The API groups of `ENGINE_APIS` that sort its calls (immutable sets over the module constants). */
const API_GROUPS: readonly (readonly [group: 'decode' | 'headerDecode' | 'jwtSimpleDecode' | 'clientIp' | 'ipRange', apis: ReadonlySet<unknown>])[] = [
  ['decode', new Set(DECODE_APIS)],
  ['headerDecode', new Set(HEADER_DECODE_APIS)],
  ['jwtSimpleDecode', new Set(JWT_SIMPLE_DECODE)],
  ['clientIp', new Set(CLIENT_IP_APIS)],
  ['ipRange', new Set(IP_RANGE_APIS)],
];
const IP_RANGE_SET: ReadonlySet<unknown> = new Set(IP_RANGE_APIS);

/** The empty set every group of a file without tracked calls shares; never written to. */
const NO_NODES: ReadonlySet<TSESTree.Node> = new Set();
const NO_HEADERS: ReadonlyMap<TSESTree.Node, string> = new Map();

type Groups = 'decode' | 'headerDecode' | 'jwtSimpleDecode' | 'decoderFactories' | 'verify' | 'keyCallbackVerify' | 'clientIp' | 'ipRange';

function trackedCalls(context: Context): TrackedCalls {
  // Most files have none of these calls: a group gets its own set only when something is added to it.
  const found: Partial<Record<Groups, Set<TSESTree.Node>>> = {};
  const add = (group: Groups, node: TSESTree.Node): void => {
    (found[group] ??= new Set()).add(node);
  };
  let nextHeaders: Map<TSESTree.Node, string> | undefined;
  for (const reference of getApiReferences(context, ENGINE_APIS)) {
    if (reference.kind === 'read') continue;
    // A construction (`new CidrMatcher(ranges)`, `new BlockList()`) is not itself a test; its instance calls are.
    if (reference.node.type === AST_NODE_TYPES.NewExpression && IP_RANGE_SET.has(reference.api)) continue;
    if (NEXT_REQUEST_APIS.includes(reference.api)) {
      if (reference.kind === 'call') (nextHeaders ??= new Map()).set(reference.node, reference.api.path[0] ?? 'headers');
      continue;
    }
    for (const [group, apis] of API_GROUPS) {
      if (apis.has(reference.api)) add(group, reference.node);
    }
  }
  // Token decoders and verifiers come from the verifier model: every import form, @fastify/jwt decorators, NestJS
  // `JwtService` injection, instance methods of aws-jwt-verify, google-auth-library and firebase-admin.
  for (const site of getVerifierSites(context)) {
    if (site.node.type !== AST_NODE_TYPES.CallExpression) continue;
    if (site.role === 'decode') {
      add(isFactoryApi(site.api) ? 'decoderFactories' : 'decode', site.node);
    } else if (site.role === 'verify' && site.library !== 'jwt-simple' && !isFactoryApi(site.api)) {
      add('verify', site.node);
      if (KEY_CALLBACK_LIBRARIES.has(site.library) && KEY_CALLBACK_APIS.has(site.api)) add('keyCallbackVerify', site.node);
    }
  }
  return new FileCalls(context, found, nextHeaders ?? NO_HEADERS);
}

/**
 * The tracked calls of one file. A class, so that `isServerFile` is worked out when first read without an accessor
 * defined anew on each file's object.
 */
class FileCalls implements TrackedCalls {
  readonly decode: ReadonlySet<TSESTree.Node>;
  readonly headerDecode: ReadonlySet<TSESTree.Node>;
  readonly jwtSimpleDecode: ReadonlySet<TSESTree.Node>;
  readonly decoderFactories: ReadonlySet<TSESTree.Node>;
  readonly verify: ReadonlySet<TSESTree.Node>;
  readonly keyCallbackVerify: ReadonlySet<TSESTree.Node>;
  readonly clientIp: ReadonlySet<TSESTree.Node>;
  readonly ipRange: ReadonlySet<TSESTree.Node>;
  private server: boolean | undefined;

  constructor(
    private readonly context: Context,
    found: Partial<Record<Groups, Set<TSESTree.Node>>>,
    readonly nextHeaders: ReadonlyMap<TSESTree.Node, string>,
  ) {
    this.decode = found.decode ?? NO_NODES;
    this.headerDecode = found.headerDecode ?? NO_NODES;
    this.jwtSimpleDecode = found.jwtSimpleDecode ?? NO_NODES;
    this.decoderFactories = found.decoderFactories ?? NO_NODES;
    this.verify = found.verify ?? NO_NODES;
    this.keyCallbackVerify = found.keyCallbackVerify ?? NO_NODES;
    this.clientIp = found.clientIp ?? NO_NODES;
    this.ipRange = found.ipRange ?? NO_NODES;
  }

  get isServerFile(): boolean {
    this.server ??= getModuleImports(this.context, SERVER_MODULES).length > 0;
    return this.server;
  }
}

/** The result for one file; `trustsEveryProxy` is worked out when first read. */
class Result implements FileFlows {
  constructor(
    readonly flows: readonly Flow[],
    private readonly trustsEvery: () => boolean,
  ) {}

  get trustsEveryProxy(): boolean {
    return this.trustsEvery();
  }
}

/** Every flow from an untrusted source to a sink in the current file, in source order of the sink. */
export function getFlows(context: Context): FileFlows {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const cached = cache.get(program);
  if (cached) return cached;
  let trusts: boolean | undefined;
  const trustsEvery = (): boolean => (trusts ??= trustsEveryProxy(sourceCode));
  const result = new Result(analyse({ sourceCode, tracked: trackedCalls(context), trustsEveryProxy: trustsEvery }), trustsEvery);
  cache.set(program, result);
  return result;
}
