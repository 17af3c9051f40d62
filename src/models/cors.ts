/**
 * CORS: which libraries take a CORS policy, what their options mean, and which origin checks only match part of an origin.
 * Plain data and string functions: no ESLint here.
 *
 * Behaviour checked against the packages' own code: cors 2.8.6 (express, also used by socket.io 4 and NestJS on
 * express), @fastify/cors 11.4.3, @koa/cors 3.4.3/4.0.0/5.0.0, koa2-cors 2.0.6, @hapi/hapi 21.4.10,
 * aws-cdk-lib 2.276.0 (`aws_apigateway.CorsOptions`, `aws_lambda.FunctionUrlCorsOptions`).
 */
import type { ApiSpec } from '../utils/module-tracker';

/**
 * How a library reads its CORS options:
 * - `cors`: the express `cors` package (socket.io and NestJS hand their options to it). `origin` defaults to `'*'`;
 *   `true` echoes the request origin; an array is compared entry by entry (`'*'` inside an array only matches `*`).
 * - `fastify`: @fastify/cors. As `cors`, but an array that holds `'*'` means any origin.
 * - `koa`: @koa/cors. `origin` is a string or a function of `ctx`; unset or `'*'` with credentials on echoes the
 *   request origin (every version; before 5.0 an unset origin echoed it even without credentials).
 * - `koa2`: koa2-cors. Unset `origin` echoes the request origin; `'*'` drops the credentials header.
 * - `hapi`: @hapi/hapi route `cors`. `origin` is an array, default `['*']`, and `'*'` echoes the request origin.
 * - `generic`: an object that is shaped like CORS options but handed to no known library: only explicit values count.
 */
export type CorsFlavor = 'cors' | 'fastify' | 'koa' | 'koa2' | 'hapi' | 'generic';

/** What a CORS policy lets through when it does not restrict the origin. */
export type OriginEffect = 'wildcard' | 'reflect' | 'null';

export interface FlavorSemantics {
  /** What an unset `origin` does, with credentials off and on; `null` when it is not known. */
  readonly unsetOrigin: { readonly withoutCredentials: OriginEffect; readonly withCredentials: OriginEffect } | null;
  /** What `origin: '*'` does with credentials on: answers `*`, echoes the request origin, or drops the credentials. */
  readonly wildcardWithCredentials: OriginEffect | 'dropsCredentials' | null;
  /** What a `'*'` entry of an origin array does: nothing special (`literal`), or allow every origin. */
  readonly wildcardInArray: OriginEffect | 'literal';
  /** Whether `origin: true` means "echo the request origin". */
  readonly trueReflects: boolean;
  /** The shape of an origin function: `(origin, callback)` (or async `(origin)`), or `(ctx)` returning the origin. */
  readonly originFunction: 'callback' | 'context' | null;
}

export const FLAVORS: Readonly<Record<CorsFlavor, FlavorSemantics>> = {
  cors: {
    unsetOrigin: { withoutCredentials: 'wildcard', withCredentials: 'wildcard' },
    wildcardWithCredentials: 'wildcard',
    wildcardInArray: 'literal',
    trueReflects: true,
    originFunction: 'callback',
  },
  fastify: {
    unsetOrigin: { withoutCredentials: 'wildcard', withCredentials: 'wildcard' },
    wildcardWithCredentials: 'wildcard',
    wildcardInArray: 'wildcard',
    trueReflects: true,
    originFunction: 'callback',
  },
  koa: {
    unsetOrigin: { withoutCredentials: 'wildcard', withCredentials: 'reflect' },
    wildcardWithCredentials: 'reflect',
    wildcardInArray: 'literal',
    trueReflects: false,
    originFunction: 'context',
  },
  koa2: {
    unsetOrigin: { withoutCredentials: 'reflect', withCredentials: 'reflect' },
    wildcardWithCredentials: 'dropsCredentials',
    wildcardInArray: 'literal',
    trueReflects: false,
    originFunction: 'context',
  },
  hapi: {
    unsetOrigin: { withoutCredentials: 'reflect', withCredentials: 'reflect' },
    wildcardWithCredentials: null,
    wildcardInArray: 'reflect',
    trueReflects: false,
    originFunction: null,
  },
  generic: {
    unsetOrigin: null,
    wildcardWithCredentials: 'wildcard',
    wildcardInArray: 'literal',
    trueReflects: true,
    originFunction: 'callback',
  },
};

/** A library call that takes CORS options. */
export interface CorsApi extends ApiSpec {
  readonly flavor: CorsFlavor;
  /** Argument positions that may hold the options object. */
  readonly optionArguments: readonly number[];
  /** Keys leading from that object to the CORS options: `[]` when the argument is the CORS options itself. */
  readonly optionPath: readonly string[];
}

export const CORS_APIS: readonly CorsApi[] = [
  // app.use(cors(options))
  { module: 'cors', path: [], kinds: ['call'], flavor: 'cors', optionArguments: [0], optionPath: [] },
  // app.use(cors(options)) on Koa
  { module: '@koa/cors', path: [], kinds: ['call'], flavor: 'koa', optionArguments: [0], optionPath: [] },
  { module: 'koa2-cors', path: [], kinds: ['call'], flavor: 'koa2', optionArguments: [0], optionPath: [] },
  // new Server(httpServer, { cors }), new Server({ cors }), require('socket.io')(httpServer, { cors })
  { module: 'socket.io', path: ['Server'], kinds: ['construct'], flavor: 'cors', optionArguments: [0, 1], optionPath: ['cors'] },
  { module: 'socket.io', path: [], kinds: ['call'], flavor: 'cors', optionArguments: [0, 1], optionPath: ['cors'] },
  // NestFactory.create(AppModule, { cors }) and NestFactory.create(AppModule, adapter, { cors })
  { module: '@nestjs/core', path: ['NestFactory', 'create'], kinds: ['call'], flavor: 'cors', optionArguments: [1, 2], optionPath: ['cors'] },
  // @WebSocketGateway({ cors }) and @WebSocketGateway(port, { cors }): socket.io options
  { module: '@nestjs/websockets', path: ['WebSocketGateway'], kinds: ['call'], flavor: 'cors', optionArguments: [0, 1], optionPath: ['cors'] },
  // Hapi.server({ routes: { cors } })
  { module: '@hapi/hapi', path: ['server'], kinds: ['call'], flavor: 'hapi', optionArguments: [0], optionPath: ['routes', 'cors'] },
  { module: '@hapi/hapi', path: ['Server'], kinds: ['construct'], flavor: 'hapi', optionArguments: [0], optionPath: ['routes', 'cors'] },
  { module: 'hapi', path: ['server'], kinds: ['call'], flavor: 'hapi', optionArguments: [0], optionPath: ['routes', 'cors'] },
  { module: 'hapi', path: ['Server'], kinds: ['construct'], flavor: 'hapi', optionArguments: [0], optionPath: ['routes', 'cors'] },
];

/** The fastify plugin modules, registered as `fastify.register(plugin, options)`. */
export const FASTIFY_CORS_MODULES: ReadonlySet<string> = new Set(['@fastify/cors', 'fastify-cors']);
/** Named exports of the fastify plugin that are the plugin itself. */
export const FASTIFY_CORS_EXPORTS: ReadonlySet<string> = new Set(['default', 'fastifyCors']);

/** NestJS `app.enableCors(options)`: a method name no other common server uses. */
export const ENABLE_CORS_METHOD = 'enableCors';

/**
 * TypeScript type names that declare an object to be CORS options, wherever it is used: `CorsOptions` of the `cors`
 * package (and NestJS's copy of it), `FastifyCorsOptions` of @fastify/cors.
 */
export const CORS_OPTION_TYPES: ReadonlyMap<string, CorsFlavor> = new Map<string, CorsFlavor>([
  ['CorsOptions', 'cors'],
  ['FastifyCorsOptions', 'fastify'],
]);

/**
 * Keys that, next to `origin`, make an object recognisably a set of CORS options (cors, @fastify/cors,
 * @koa/cors, socket.io, NestJS, hapi).
 */
export const CORS_SHAPE_KEYS: ReadonlySet<string> = new Set([
  'credentials',
  'methods',
  'allowedHeaders',
  'exposedHeaders',
  'allowMethods',
  'allowHeaders',
  'exposeHeaders',
  'preflightContinue',
  'optionsSuccessStatus',
  'strictPreflight',
]);

/** AWS CDK (and Serverless `httpApi.cors`) options: `allowOrigins`/`allowedOrigins` with `allowCredentials`. */
export const CDK_ORIGIN_KEYS: readonly string[] = ['allowOrigins', 'allowedOrigins'];
export const CDK_CREDENTIALS_KEY = 'allowCredentials';
/** `apigateway.Cors.ALL_ORIGINS`, which is `['*']`. */
export const CDK_ALL_ORIGINS = 'ALL_ORIGINS';

export const ALLOW_ORIGIN_HEADER = 'access-control-allow-origin';
export const ALLOW_CREDENTIALS_HEADER = 'access-control-allow-credentials';

/** Which CORS response header a (case-insensitive) header name is, if either. */
export function corsHeaderOf(name: string): 'origin' | 'credentials' | null {
  const lower = name.toLowerCase();
  if (lower === ALLOW_ORIGIN_HEADER) return 'origin';
  if (lower === ALLOW_CREDENTIALS_HEADER) return 'credentials';
  return null;
}

/** True for the value of an `Access-Control-Allow-Credentials` header that turns credentials on. */
export function isCredentialsOn(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/** Methods that set one response header: `res.setHeader`, `res.set`, `res.header`, `reply.header`, `ctx.set`, `headers.set`. */
export const HEADER_SETTERS: ReadonlySet<string> = new Set(['setHeader', 'set', 'header', 'append', 'appendHeader']);

/** Methods that read a request header by name: `req.get('origin')`, `req.header('origin')`, `request.headers.get('origin')`. */
export const HEADER_GETTERS: ReadonlySet<string> = new Set(['get', 'header']);
/** Properties that hold the request headers: `req.headers`, `ctx.request.header`. */
export const HEADER_CONTAINERS: ReadonlySet<string> = new Set(['headers', 'header']);

/** Names a request object goes by, for `<name>.get('origin')` (a configuration object's `get` is not a request). */
export function isRequestName(name: string): boolean {
  const lower = name.toLowerCase();
  return REQUEST_NAMES.has(lower) || lower.endsWith('request') || lower.endsWith('req');
}
const REQUEST_NAMES: ReadonlySet<string> = new Set(['req', 'request', 'ctx', 'context', 'c', 'event', 'evt', 'headers', 'header', 'msg']);

/** How an origin check can match more than the origins it means to. */
export type OriginMatchFlaw =
  | 'unanchoredRegex'
  | 'unescapedDot'
  | 'wildcardHost'
  | 'substring'
  | 'suffixWithoutDot'
  | 'prefix';

// ---------------------------------------------------------------------------------------------------------------
// Regular expressions
// ---------------------------------------------------------------------------------------------------------------

type TokenKind = 'char' | 'any' | 'escape' | 'class' | 'start' | 'end' | 'open' | 'close' | 'alt' | 'quant';
interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const QUANTIFIER_BRACE = /^\{\d+(?:,\d*)?\}\??/u;

/** Splits a regular expression's source into tokens. Linear; good enough for origin patterns, not a full parser. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === '\\') {
      tokens.push({ kind: 'escape', text: source.slice(index, index + 2) });
      index += 2;
    } else if (char === '[') {
      let end = index + 1;
      if (source.charAt(end) === '^') end += 1;
      if (source.charAt(end) === ']') end += 1;
      while (end < source.length && source.charAt(end) !== ']') end += source.charAt(end) === '\\' ? 2 : 1;
      tokens.push({ kind: 'class', text: source.slice(index, end + 1) });
      index = end + 1;
    } else if (char === '(') {
      let end = index + 1;
      if (source.charAt(end) === '?') {
        end += 1;
        // (?: (?= (?! (?<= (?<! (?<name>
        if (source.charAt(end) === '<' && source.charAt(end + 1) !== '=' && source.charAt(end + 1) !== '!') {
          const close = source.indexOf('>', end);
          end = close === -1 ? end + 1 : close + 1;
        } else {
          end += source.charAt(end) === '<' ? 2 : 1;
        }
      }
      tokens.push({ kind: 'open', text: source.slice(index, end) });
      index = end;
    } else if (char === '*' || char === '+' || char === '?') {
      const lazy = source.charAt(index + 1) === '?' ? 2 : 1;
      tokens.push({ kind: 'quant', text: source.slice(index, index + lazy) });
      index += lazy;
    } else if (char === '{' && QUANTIFIER_BRACE.test(source.slice(index, index + 24))) {
      const match = QUANTIFIER_BRACE.exec(source.slice(index, index + 24));
      const text = match ? match[0] : char;
      tokens.push({ kind: 'quant', text });
      index += text.length;
    } else {
      const kind: TokenKind =
        char === ')' ? 'close' : char === '|' ? 'alt' : char === '^' ? 'start' : char === '$' ? 'end' : char === '.' ? 'any' : 'char';
      tokens.push({ kind, text: char });
      index += 1;
    }
  }
  return tokens;
}

/** The top-level alternatives of a token list. */
function alternatives(tokens: readonly Token[]): Token[][] {
  const result: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'open') depth += 1;
    else if (token.kind === 'close') depth = Math.max(0, depth - 1);
    if (token.kind === 'alt' && depth === 0) {
      result.push([]);
      continue;
    }
    result[result.length - 1]?.push(token);
  }
  return result;
}

function isAlnumChar(token: Token | undefined): boolean {
  return token?.kind === 'char' && /^[\da-z]$/iu.test(token.text);
}

function isSlash(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '/' || token.text === '\\/');
}

function isLiteralDot(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '\\.' || token.text === '[.]');
}

/** `.`, `\w`, `\S`, `[^/]`, `[a-z0-9-]`: a token that can stand for the letters of a host name. */
function matchesHostLetters(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'any') return true;
  if (token.kind === 'escape') return token.text === '\\w' || token.text === '\\S' || token.text === '\\D' || token.text === '\\W';
  if (token.kind === 'class') return token.text.startsWith('[^') || /[a-z]/iu.test(token.text);
  return false;
}

function isOpenEndedQuantifier(token: Token | undefined): boolean {
  return token?.kind === 'quant' && (token.text.startsWith('*') || token.text.startsWith('+') || /^\{\d+,\}/u.test(token.text));
}

/** True for a port at the end: `:` then only digits (`\d+`, `[0-9]{4}`, `3000`), none of it optional. */
function endsWithPort(tokens: readonly Token[]): boolean {
  let index = tokens.length - 1;
  let sawDigit = false;
  while (index >= 0) {
    const token = tokens[index];
    if (!token) return false;
    if (token.kind === 'char' && token.text === ':') return sawDigit;
    const digit =
      (token.kind === 'char' && /^\d$/u.test(token.text)) ||
      token.text === '\\d' ||
      (token.kind === 'class' && /^\[0-9\]$/u.test(token.text)) ||
      (token.kind === 'quant' && (token.text.startsWith('+') || token.text.startsWith('{')));
    if (!digit) return false;
    if (token.kind !== 'quant') sawDigit = true;
    index -= 1;
  }
  return false;
}

/** The tokens of an alternative without group parentheses and anchors: what it actually matches. */
function meaningful(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.kind !== 'open' && token.kind !== 'close' && token.kind !== 'start' && token.kind !== 'end');
}

/** `.*`, `^.+$`, `https?:\/\/.*`: an alternative that matches every origin (of a scheme). */
function matchesEverything(tokens: readonly Token[]): boolean {
  const core = meaningful(tokens);
  if (core.length === 0) return true;
  const last = core[core.length - 1];
  const wildcard = core[core.length - 2];
  if (!isOpenEndedQuantifier(last) || !matchesHostLetters(wildcard)) return false;
  const prefix = core.slice(0, -2);
  if (prefix.length === 0) return true;
  // A scheme and its `//`, nothing of a host.
  const text = prefix.map((token) => token.text).join('');
  return /^(?:[a-z]+\??:)?(?:\\\/|\/){2}$/iu.test(text);
}

function alternativeFlaw(tokens: readonly Token[]): OriginMatchFlaw | null {
  let first = 0;
  while (tokens[first]?.kind === 'open') first += 1;
  let last = tokens.length - 1;
  while (tokens[last]?.kind === 'close') last -= 1;
  const anchoredStart = tokens[first]?.kind === 'start';
  const anchoredEnd = tokens[last]?.kind === 'end';

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    // `app.example.com`: the `.` matches any character, so `appxexample.com` passes.
    if (
      token?.kind === 'any' &&
      next?.kind !== 'quant' &&
      (isAlnumChar(previous) || previous?.kind === 'close') &&
      (isAlnumChar(next) || next?.kind === 'close' || next?.kind === 'open')
    ) {
      return 'unescapedDot';
    }
    // `.*example\.com`, `\w+example`: the wildcard runs into the host name, so `attacker-example.com` passes.
    if (matchesHostLetters(token) && isOpenEndedQuantifier(next) && isAlnumChar(tokens[index + 2])) return 'wildcardHost';
  }

  const core = tokens.slice(first, last + 1);
  if (!anchoredStart) {
    const hasSchemeSeparator = core.some((token, index) => isSlash(token) && isSlash(core[index + 1]));
    const startsAtLabel = isLiteralDot(meaningful(core)[0]);
    if (!hasSchemeSeparator && !startsAtLabel) return 'unanchoredRegex';
  }
  if (!anchoredEnd) {
    const matched = meaningful(tokens);
    // A host followed by a path slash never matches an origin, which has no path: not a bypass.
    const endsWithPathSlash = isSlash(matched[matched.length - 1]) && !isSlash(matched[matched.length - 2]);
    const port = endsWithPort(tokens.slice(0, last + 1).filter((token) => token.kind !== 'close'));
    if (!port && !endsWithPathSlash) return 'unanchoredRegex';
  }
  return null;
}

export interface RegexVerdict {
  /** The pattern matches every origin (`/.*\/`, `/^https:\/\/.*$/`). */
  readonly matchesAny: boolean;
  readonly flaw: OriginMatchFlaw | null;
}

/**
 * Judges a regular expression used to allow origins. An origin is `scheme://host[:port]`, so a pattern must pin
 * both ends of the host: a `^` (or the scheme's `//`, or a leading `\.` for a subdomain suffix) before it and a `$`
 * (or a port) after it, with every `.` of the domain escaped.
 */
export function judgeOriginRegex(source: string): RegexVerdict {
  const parts = alternatives(tokenize(source));
  if (parts.some(matchesEverything)) return { matchesAny: true, flaw: null };
  for (const part of parts) {
    const flaw = alternativeFlaw(part);
    if (flaw) return { matchesAny: false, flaw };
  }
  return { matchesAny: false, flaw: null };
}

// ---------------------------------------------------------------------------------------------------------------
// String checks
// ---------------------------------------------------------------------------------------------------------------

/** String methods that compare an origin with part of a string. */
export const STRING_CHECK_METHODS: ReadonlySet<string> = new Set([
  'includes',
  'indexOf',
  'lastIndexOf',
  'startsWith',
  'endsWith',
  'match',
  'search',
]);

const HOSTISH = /[\da-z]/iu;

/**
 * The flaw of `origin.<method>(argument)` with a constant string `argument`, when the check lets an attacker's origin
 * through: `includes('example.com')` (`https://example.com.evil.io`), `endsWith('example.com')`
 * (`https://evilexample.com`), `startsWith('https://example.com')` (`https://example.com.evil.io`).
 * `endsWith('.example.com')`, `endsWith('://example.com')`, `startsWith('https://')` and
 * `startsWith('http://localhost:')` are sound. `subject` is `host` for `new URL(origin).hostname`.
 */
export function stringCheckFlaw(method: string, argument: string, subject: 'origin' | 'host' = 'origin'): OriginMatchFlaw | null {
  switch (method) {
    case 'includes':
    case 'indexOf':
    case 'lastIndexOf':
      return HOSTISH.test(argument) ? 'substring' : null;
    case 'endsWith':
      if (!HOSTISH.test(argument) || argument.startsWith('.') || argument.includes('//')) return null;
      return 'suffixWithoutDot';
    case 'startsWith': {
      // Only a prefix that names a host is an allowlist entry (`startsWith('http')` checks the scheme); one that
      // ends the host with a port's `:` is sound.
      const separator = argument.indexOf('//');
      if (subject === 'host' || separator === -1) return null;
      const host = argument.slice(separator + 2);
      if (!HOSTISH.test(host) || argument.endsWith(':') || argument.endsWith('/')) return null;
      return 'prefix';
    }
    case 'match':
    case 'search':
      // A string argument is compiled to a regular expression.
      return subject === 'origin' ? judgeOriginRegex(argument).flaw : null;
    default:
      return null;
  }
}

/**
 * hapi origin entries may hold `*` wildcards (`https://*.example.com`); one that runs straight into host letters
 * (`https://*example.com`) also matches `https://attacker-example.com`.
 */
export function hapiWildcardFlaw(entry: string): OriginMatchFlaw | null {
  if (entry === '*' || !entry.includes('*')) return null;
  return /\*[\da-z]/iu.test(entry) ? 'wildcardHost' : null;
}
