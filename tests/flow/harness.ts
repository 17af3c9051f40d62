/**
 * The flow engine's test harness: a probe rule that calls `getFlows(context)` at `Program:exit` and turns each flow
 * into a compact, comparable view, plus builders for the expected views and a table runner.
 *
 * A view is two strings (and `tokenVerified: true` when the engine says so):
 * - source: `<kind> <name>[ .<path>]`, e.g. `claims req.user .email`, `spoofable-ip X-Forwarded-For`;
 * - sink:   `<kind>(<details>): <source text of sink.node>`, e.g. `decision(next compare="10.0.0.1"): ip`,
 *           `identity(req.user): decoded`, `query-key(tenantId): req.headers['x-tenant-id']`,
 *           `call-argument(fetch#0): header.jku`, `rate-limit-key: ip`.
 * A view also carries `problems` when a flow breaks an invariant the contract states for every flow (a name longer
 * than 40 characters, a decision without consequence or test …), so a broken invariant fails exactly the cases that
 * show it.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { expect, it } from 'vitest';
import { getFlows } from '../../src/flow/index';
import type { FileFlows, Flow, SinkKind, SourceKind } from '../../src/flow/index';
import { languageOptions, type Mode } from '../utils/probe-rule';

export type { Mode };

export const ALL_MODES: readonly Mode[] = ['esm', 'cjs', 'ts'];
export const ESM_MODES: readonly Mode[] = ['esm', 'ts'];

export interface FlowView {
  readonly source: string;
  readonly sink: string;
  /**
   * Present (and `true`) only when the engine reports the token as verified. The contract defines the field as "true
   * when …", so `false` and `undefined` mean the same thing and both leave it out of the view.
   */
  readonly tokenVerified?: true;
  readonly problems?: readonly string[];
}

export interface Linted {
  readonly fileFlows: FileFlows;
  /** Views of every flow, sorted by the sink's position (then by text, for several flows at one sink). */
  readonly views: readonly FlowView[];
  /** The raw flows, in the engine's order. */
  readonly flows: readonly Flow[];
  /** Source text of a node of this file. */
  readonly text: (node: TSESTree.Node) => string;
  /** Whether a second `getFlows(context)` call returned the very same object. */
  readonly cached: boolean;
  /** Milliseconds spent in the first `getFlows(context)` call. */
  readonly ms: number;
}

export interface LintOptions {
  /** File name to lint as (Next.js route handlers and middleware live in `route.ts` / `middleware.ts`). */
  readonly filename?: string;
  /** Keep only flows whose sink has one of these kinds. */
  readonly only?: readonly SinkKind[];
}

const TOKEN_KINDS: ReadonlySet<SourceKind> = new Set(['decoded-token', 'token-header']);
const CONSEQUENCES: ReadonlySet<string> = new Set(['next', 'allow', 'deny', 'guard']);
const TESTS: ReadonlySet<string> = new Set(['compare', 'match', 'range', 'truthy']);

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function sinkDetails(flow: Flow, text: (node: TSESTree.Node) => string): string[] {
  const { sink } = flow;
  switch (sink.kind) {
    case 'decision': {
      const compared = sink.comparedWith === undefined ? '' : `=${JSON.stringify(sink.comparedWith)}`;
      return [String(sink.consequence), `${String(sink.test)}${compared}`];
    }
    case 'branch': {
      const compared = sink.comparedWith === undefined ? '' : `=${JSON.stringify(sink.comparedWith)}`;
      return [`${String(sink.test)}${compared}`];
    }
    case 'guard-return':
      return [String(sink.consequence)];
    case 'identity':
      return [String(sink.target)];
    case 'query-key':
      return [String(sink.key)];
    case 'call-argument': {
      const callee = sink.call ? `${sink.call.type === AST_NODE_TYPES.NewExpression ? 'new ' : ''}${text(sink.call.callee)}` : '?';
      const option = sink.optionPath && sink.optionPath.length > 0 ? `.${sink.optionPath.join('.')}` : '';
      return [`${callee}#${String(sink.argumentIndex)}${option}`];
    }
    case 'rate-limit-key':
    case 'limiter-exemption':
      return [];
  }
}

/** Invariants the contract states for every flow. */
function problemsOf(flow: Flow, programRange: readonly [number, number]): string[] {
  const { source, sink } = flow;
  const problems: string[] = [];
  if (source.name.length === 0 || source.name.length > 40) problems.push(`source.name has ${source.name.length} characters`);
  if (sink.description.trim().length === 0) problems.push('sink.description is empty');
  for (const [what, node] of [
    ['source.node', source.node],
    ['sink.node', sink.node],
  ] as const) {
    if (node.range[0] < programRange[0] || node.range[1] > programRange[1]) problems.push(`${what} lies outside the file`);
  }
  if (sink.kind === 'decision' || sink.kind === 'guard-return') {
    if (sink.consequence === undefined || !CONSEQUENCES.has(sink.consequence)) problems.push('no consequence');
  }
  if (sink.kind === 'decision' && (sink.test === undefined || !TESTS.has(sink.test))) problems.push('decision without test');
  if (sink.kind === 'call-argument') {
    if (!TOKEN_KINDS.has(source.kind)) problems.push('call-argument from a source that is not a token');
    if (sink.call === undefined || sink.argumentIndex === undefined) problems.push('call-argument without call or index');
    else if (sink.node.range[0] < sink.call.range[0] || sink.node.range[1] > sink.call.range[1]) {
      problems.push('call-argument node outside its call');
    }
  }
  return problems;
}

function viewOf(flow: Flow, text: (node: TSESTree.Node) => string, programRange: readonly [number, number]): FlowView {
  const { source, sink } = flow;
  const path = source.path.length > 0 ? ` .${source.path.join('.')}` : '';
  const details = sinkDetails(flow, text);
  const problems = problemsOf(flow, programRange);
  return {
    source: `${source.kind} ${source.name}${path}`,
    sink: `${sink.kind}${details.length > 0 ? `(${details.join(' ')})` : ''}: ${collapse(text(sink.node))}`,
    ...(flow.tokenVerified === true ? { tokenVerified: true as const } : {}),
    ...(problems.length > 0 ? { problems } : {}),
  };
}

function defaultFilename(mode: Mode): string {
  return mode === 'ts' ? 'src/server.ts' : 'src/server.js';
}

/** Lints `code` in `mode` with a probe rule that records `getFlows(context)`; fails on any lint message. */
export function lintFlows(code: string, mode: Mode, options: LintOptions = {}): Linted {
  let linted: Linted | undefined;
  const probe: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'Program:exit'(program: TSESTree.Program) {
          const started = performance.now();
          const fileFlows = getFlows(context);
          const ms = performance.now() - started;
          const text = (node: TSESTree.Node): string => context.sourceCode.getText(node);
          const kept = options.only ? fileFlows.flows.filter((flow) => options.only?.includes(flow.sink.kind)) : fileFlows.flows;
          const ordered = kept
            .map((flow) => ({ flow, view: viewOf(flow, text, program.range) }))
            .sort(
              (a, b) =>
                a.flow.sink.node.range[0] - b.flow.sink.node.range[0] ||
                a.flow.sink.node.range[1] - b.flow.sink.node.range[1] ||
                a.view.source.localeCompare(b.view.source) ||
                a.view.sink.localeCompare(b.view.sink),
            );
          linted = { fileFlows, flows: fileFlows.flows, views: ordered.map(({ view }) => view), text, cached: getFlows(context) === fileFlows, ms };
        },
      };
    },
  };
  let filename = options.filename ?? defaultFilename(mode);
  if (mode !== 'ts') filename = filename.replace(/\.ts$/u, '.js');
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      languageOptions: languageOptions(mode),
      plugins: { test: { rules: { probe: probe as unknown as Rule.RuleModule } } },
      rules: { 'test/probe': 'error' },
    },
  ];
  const messages = new Linter().verify(code, config, filename);
  expect(messages, `${mode} mode`).toEqual([]);
  if (!linted) throw new Error('the probe rule never reached Program:exit');
  return linted;
}

/** The sorted views of every flow in `code`. */
export function flowsIn(code: string, mode: Mode, options: LintOptions = {}): readonly FlowView[] {
  return lintFlows(code, mode, options).views;
}

// ---------------------------------------------------------------------------------------------------------------------
// Expected views. Strings compare exactly; builders that must tolerate what the contract leaves open return an
// asymmetric matcher (typed as the string it matches, so that a view literal can hold it).
// ---------------------------------------------------------------------------------------------------------------------

/** A string compares exactly; a RegExp is embedded as it is; `{ contains }` matches any text that holds it. */
export type Text = string | RegExp | Contains;

export interface Contains {
  readonly contains: string;
  /** Compare the whole view case-insensitively (header names). */
  readonly caseless?: boolean;
}

/** Any name at all (where the contract leaves the display name open). */
export const ANY: Contains = { contains: '' };

export function containing(text: string, caseless = false): Contains {
  return { contains: text, caseless };
}

const escape = (text: string): string => text.replace(/[$()*+.?[\\\]^{|}]/gu, String.raw`\$&`);

function pattern(text: Text): string {
  if (typeof text === 'string') return escape(text);
  if (text instanceof RegExp) return `(?:${text.source})`;
  return text.contains === '' ? '.+' : `.*${escape(text.contains)}.*`;
}

function isCaseless(text: Text): boolean {
  return text instanceof RegExp ? text.flags.includes('i') : typeof text !== 'string' && text.caseless === true;
}

function matching(regex: RegExp): string {
  return expect.stringMatching(regex) as string;
}

/**
 * A source view. `path`: omitted = any path (the header and network sources, where no rule reads the path),
 * `''` = exactly none, a string or RegExp = that path (joined with dots). A caseless name (a RegExp with the `i`
 * flag, `containing(text, true)`) compares the whole view case-insensitively (header names).
 */
export function source(kind: SourceKind, name: Text, path?: Text): string {
  if (typeof name === 'string' && typeof path === 'string') return `${kind} ${name}${path === '' ? '' : ` .${path}`}`;
  const tail = path === undefined ? String.raw`(?: \..*)?` : path === '' ? '' : String.raw` \.${pattern(path)}`;
  return matching(new RegExp(`^${escape(kind)} ${pattern(name)}${tail}$`, isCaseless(name) ? 'iu' : 'u'));
}

/** A header-named source: the name compares case-insensitively (`X-Real-IP` or `X-Real-Ip`), any path. */
export function header(kind: SourceKind, name: string): string {
  return matching(new RegExp(String.raw`^${escape(kind)} ${escape(name)}(?: \..*)?$`, 'iu'));
}

/**
 * A request-field source (`req.body.role`) however the engine splits it between name and path: `req.body.role`,
 * `req.body .role` or `req .body.role` all match — no rule reads a request field's path, and the contract gives
 * `req.body.role` as a name and `['role']` as the path of `const { role } = req.body`.
 */
export function field(kind: SourceKind, dotted: string): string {
  const parts = dotted.split('.');
  const splits: string[] = [];
  for (let cut = 1; cut <= parts.length; cut += 1) {
    const name = parts.slice(0, cut).join('.');
    const rest = parts.slice(cut).join('.');
    splits.push(escape(`${name}${rest === '' ? '' : ` .${rest}`}`));
  }
  return matching(new RegExp(`^${escape(kind)} (?:${splits.join('|')})$`, 'u'));
}

export type ConsequenceText = 'next' | 'allow' | 'deny' | 'guard';
export type TestText = 'compare' | 'match' | 'range' | 'truthy';

/** A decision sink. `compared` is the static other operand of a `compare`. */
export function decision(consequence: ConsequenceText, test: TestText, node: string, compared?: string | number): string {
  return `decision(${consequence} ${test}${compared === undefined ? '' : `=${JSON.stringify(compared)}`}): ${node}`;
}

/** A decision sink whose details are a pattern (e.g. `switch`, where `comparedWith` is open). */
export function decisionLike(details: RegExp, node: string): string {
  return matching(new RegExp(String.raw`^decision\(${details.source}\): ${escape(node)}$`, 'u'));
}

export function guardReturn(node: string, consequence: ConsequenceText = 'guard'): string {
  return `guard-return(${consequence}): ${node}`;
}

export function identity(target: string | RegExp, node: string): string {
  return typeof target === 'string' ? `identity(${target}): ${node}` : matching(new RegExp(String.raw`^identity\(${target.source}\): ${escape(node)}$`, 'u'));
}

export function queryKey(key: string, node: string): string {
  return `query-key(${key}): ${node}`;
}

export function rateLimitKey(node: string): string {
  return `rate-limit-key: ${node}`;
}

export function limiterExemption(node: string): string {
  return `limiter-exemption: ${node}`;
}

/**
 * A call-argument sink. `optionPath` as a RegExp tolerates e.g. `algorithms` vs `algorithms.0` for an array element;
 * `node` as a RegExp tolerates the argument vs the tainted expression inside it.
 */
export function callArgument(callee: string, index: number, node: Text, optionPath?: Text): string {
  const option = optionPath === undefined ? '' : String.raw`\.${pattern(optionPath)}`;
  return matching(new RegExp(String.raw`^call-argument\(${escape(callee)}#${index}${option}\): ${pattern(node)}$`, 'u'));
}

export function flow(sourceView: string, sinkView: string, tokenVerified?: true): FlowView {
  return tokenVerified ? { source: sourceView, sink: sinkView, tokenVerified } : { source: sourceView, sink: sinkView };
}

// ---------------------------------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------------------------------

export interface FlowCase {
  readonly name: string;
  readonly code: string | ((mode: Mode) => string);
  /** Default: every mode. */
  readonly modes?: readonly Mode[];
  /** The expected flows, in sink order; `[]` for a negative case. */
  readonly flows: readonly FlowView[];
  readonly only?: readonly SinkKind[];
  readonly filename?: string;
}

/** One `it` per case and mode. */
export function runCases(cases: readonly FlowCase[]): void {
  for (const testCase of cases) {
    for (const mode of testCase.modes ?? ALL_MODES) {
      it(`${testCase.name} [${mode}]`, () => {
        const code = typeof testCase.code === 'string' ? testCase.code : testCase.code(mode);
        const options: LintOptions = {
          ...(testCase.only ? { only: testCase.only } : {}),
          ...(testCase.filename ? { filename: testCase.filename } : {}),
        };
        expect(flowsIn(code, mode, options)).toEqual(testCase.flows);
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Snippet builders: the same program in ESM, CommonJS and TypeScript.
// ---------------------------------------------------------------------------------------------------------------------

export interface Import {
  readonly from: string;
  /** Default import (`import jwt from 'm'`; `const jwt = require('m')` in CommonJS). */
  readonly default?: string;
  /** Named imports, `'a'` or `'a as b'`. */
  readonly named?: readonly string[];
  /** Namespace import (`import * as ns from 'm'`; `const ns = require('m')` in CommonJS). */
  readonly namespace?: string;
}

export function imports(mode: Mode, list: readonly Import[]): string {
  const lines: string[] = [];
  for (const spec of list) {
    if (mode === 'cjs') {
      const local = spec.default ?? spec.namespace;
      if (local) lines.push(`const ${local} = require('${spec.from}');`);
      if (spec.named && spec.named.length > 0) {
        const names = spec.named.map((name) => name.replace(' as ', ': '));
        lines.push(`const { ${names.join(', ')} } = require('${spec.from}');`);
      }
      continue;
    }
    if (spec.namespace) lines.push(`import * as ${spec.namespace} from '${spec.from}';`);
    const parts = [spec.default, spec.named && spec.named.length > 0 ? `{ ${spec.named.join(', ')} }` : undefined].filter(
      (part): part is string => part !== undefined,
    );
    if (parts.length > 0) lines.push(`import ${parts.join(', ')} from '${spec.from}';`);
  }
  return lines.join('\n');
}

export interface ExpressOptions {
  readonly imports?: readonly Import[];
  /** Code between `const app = express();` and the handler (settings, helpers, limiters). */
  readonly before?: string;
  /** Code after the handler. */
  readonly after?: string;
  /** How the handler is registered; default `app.use(`. */
  readonly register?: string;
}

/** An express app with one middleware `(req, res, next) => { body }`, typed in TypeScript. */
export function express(mode: Mode, body: string, options: ExpressOptions = {}): string {
  const head =
    mode === 'ts'
      ? `import express from 'express';\nimport type { NextFunction, Request, Response } from 'express';`
      : imports(mode, [{ from: 'express', default: 'express' }]);
  const params = mode === 'ts' ? '(req: Request, res: Response, next: NextFunction)' : '(req, res, next)';
  return [
    head,
    imports(mode, options.imports ?? []),
    'const app = express();',
    options.before ?? '',
    `${options.register ?? 'app.use('}${params} => {`,
    body,
    '});',
    options.after ?? '',
  ].join('\n');
}

/** `if (<expr> === '10.0.0.1') return next();` in an express middleware: a `next` decision on `<expr>`. */
export function expressGate(mode: Mode, expr: string, options: ExpressOptions = {}): string {
  return express(mode, `  if (${expr} === '10.0.0.1') return next();\n  return res.sendStatus(403);`, options);
}
