/**
 * Origin checks: whether a test on a web origin (`scheme://host[:port]`) pins the whole origin, or lets a look-alike
 * origin through. Shared by every rule that judges an origin check (CORS origin functions, `message` handlers).
 * Plain string functions: no ESLint here.
 *
 * A check is one of:
 * - `exact`: it pins the host at a boundary: `origin === 'https://app.example.com'`, `/^https:\/\/app\.example\.com$/`,
 *   `origin.endsWith('.example.com')` (any subdomain of a domain the author owns), `origin.startsWith('http://localhost:')`.
 * - `partial`, with the flaw that lets an attacker's origin through: `origin.includes('example.com')` matches
 *   `https://example.com.attacker.io`, `origin.endsWith('example.com')` matches `https://attacker-example.com`.
 * - `loose`: it names no host at all (`origin.startsWith('https://')`, `origin.includes('://')`): not a look-alike
 *   hole in an allowlist, but no origin check either.
 */

/** How an origin check can match more than the origins it means to. */
export type OriginMatchFlaw =
  /** A regular expression that matches every origin: `/.*\/`, `/^https:\/\/.*$/`. */
  | 'matchesEverything'
  /** A regular expression without `^` or `$` (or an equivalent boundary) around the host. */
  | 'unanchoredRegex'
  /** `app.example.com` in a regular expression: the `.` matches any character. */
  | 'unescapedDot'
  /** A wildcard that runs straight into host letters: `.*example\.com`, `https://*example.com`. */
  | 'wildcardHost'
  /** `includes`/`indexOf`: the trusted name anywhere in the origin, or the origin anywhere in a string of origins. */
  | 'substring'
  /** `endsWith('example.com')`: no `.` before the domain. */
  | 'suffixWithoutDot'
  /** `startsWith('https://example.com')`: nothing ends the host. */
  | 'prefix';

export type OriginMatch =
  | { readonly kind: 'exact' }
  | { readonly kind: 'loose' }
  | { readonly kind: 'partial'; readonly flaw: OriginMatchFlaw };

/** What a check is applied to: the whole origin, or the host name of `new URL(origin)`. */
export type CheckedPart = 'origin' | 'host';

const EXACT: OriginMatch = { kind: 'exact' };
const LOOSE: OriginMatch = { kind: 'loose' };

function partial(flaw: OriginMatchFlaw): OriginMatch {
  return { kind: 'partial', flaw };
}

/** The flaw of a verdict, or `null` when it is exact or loose. */
export function flawOf(match: OriginMatch): OriginMatchFlaw | null {
  return match.kind === 'partial' ? match.flaw : null;
}

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

/** A token a literal-looking `.` can follow in a host name: a letter or digit, a group, or `\d`/`\w`. */
function endsHostLabel(token: Token | undefined): boolean {
  return isAlnumChar(token) || token?.kind === 'close' || (token?.kind === 'escape' && /^\\[\da-z]$/iu.test(token.text));
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
    // `app.example.com`: the `.` matches any character, so `appxexample.com` passes.
    if (
      token?.kind === 'any' &&
      next?.kind !== 'quant' &&
      endsHostLabel(tokens[index - 1]) &&
      (isAlnumChar(next) || next?.kind === 'close' || next?.kind === 'open')
    ) {
      return 'unescapedDot';
    }
    // `.*example\.com`, `\w+example`: the wildcard runs into the host name, so `attacker-example.com` passes.
    if (matchesHostLetters(token) && isOpenEndedQuantifier(next) && isAlnumChar(tokens[index + 2])) return 'wildcardHost';
  }

  const core = tokens.slice(first, last + 1);
  if (!anchoredStart) {
    // An origin holds `//` once, before its host; a leading `\.` starts at a label of the domain.
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

/**
 * Judges a regular expression an origin is tested against (its source, as in `/…/` or `new RegExp('…')`).
 * An origin is `scheme://host[:port]`, so a pattern must pin both ends of the host in every top-level alternative:
 * a `^` (or the scheme's `//`, or a leading `\.` for a subdomain suffix) before it and a `$` (or a port, or a path
 * `/`) after it, with every `.` of the domain escaped and no wildcard running into its letters. A pattern of which
 * one alternative matches every origin is `matchesEverything`.
 */
export function judgeOriginRegex(source: string): OriginMatch {
  const parts = alternatives(tokenize(source));
  if (parts.some(matchesEverything)) return partial('matchesEverything');
  for (const part of parts) {
    const flaw = alternativeFlaw(part);
    if (flaw) return partial(flaw);
  }
  return EXACT;
}

// ---------------------------------------------------------------------------------------------------------------
// String checks
// ---------------------------------------------------------------------------------------------------------------

/** String methods that test an origin against their argument. */
export const ORIGIN_CHECK_METHODS: ReadonlySet<string> = new Set([
  'includes',
  'indexOf',
  'lastIndexOf',
  'startsWith',
  'endsWith',
  'match',
  'matchAll',
  'search',
  'localeCompare',
]);

/** String methods that compile a string argument to a regular expression: `origin.match('^https://…$')`. */
export const REGEX_ARGUMENT_METHODS: ReadonlySet<string> = new Set(['match', 'matchAll', 'search']);

/** A letter or digit: the argument names (part of) a host, not only a scheme or a separator. */
const HOSTISH = /[\da-z]/iu;

function judgeSuffix(suffix: string): OriginMatch {
  // A leading `.` starts at a label of the domain; a `/` (the end of `//`) at the start of the host.
  if (suffix.startsWith('.') || suffix.startsWith('/') || suffix.includes('//')) return EXACT;
  return HOSTISH.test(suffix) ? partial('suffixWithoutDot') : LOOSE;
}

function judgePrefix(prefix: string, part: CheckedPart): OriginMatch {
  // On a host name, or without the scheme's `//`, a prefix is not an allowlist entry: `startsWith('https')`.
  const separator = prefix.indexOf('//');
  if (part === 'host' || separator === -1) return LOOSE;
  const rest = prefix.slice(separator + 2);
  const hostEnd = rest.search(/[/:]/u);
  const host = hostEnd === -1 ? rest : rest.slice(0, hostEnd);
  if (!HOSTISH.test(host)) return LOOSE;
  // `http://localhost:`, `https://app.example.com/`: the `:` or `/` after the host ends it.
  return hostEnd === -1 ? partial('prefix') : EXACT;
}

/**
 * Judges `origin.<method>(argument)` with a constant string `argument` (`part` is `host` for
 * `new URL(origin).hostname`). `null` when `method` is not one of {@link ORIGIN_CHECK_METHODS}.
 * - `includes`/`indexOf`/`lastIndexOf` of a host name: `substring` (`https://example.com.attacker.io`).
 * - `endsWith`: exact from a `.` (`.example.com`) or the `//` before the host; else `suffixWithoutDot`.
 * - `startsWith`: exact when a `:` or `/` ends the host (`http://localhost:`); `prefix` when nothing does.
 *   A scheme (`https://`) or a prefix of a host name is loose.
 * - `match`/`matchAll`/`search`: the string is compiled to a regular expression (see {@link judgeOriginRegex});
 *   on a host name, loose.
 * - `localeCompare`: compares the whole string, exact.
 * An `indexOf(argument) === 0` test is a `startsWith`: judge it as one.
 */
export function judgeStringCheck(method: string, argument: string, part: CheckedPart = 'origin'): OriginMatch | null {
  switch (method) {
    case 'includes':
    case 'indexOf':
    case 'lastIndexOf':
      return HOSTISH.test(argument) ? partial('substring') : LOOSE;
    case 'endsWith':
      return judgeSuffix(argument);
    case 'startsWith':
      return judgePrefix(argument, part);
    case 'match':
    case 'matchAll':
    case 'search':
      return part === 'origin' ? judgeOriginRegex(argument) : LOOSE;
    case 'localeCompare':
      return EXACT;
    default:
      return null;
  }
}

/**
 * True for a value that an origin compared with (`===`, `switch`) proves nothing: `''`, `'*'`, `null`, `undefined`.
 * Any other value pins the whole origin.
 */
export function isVacuousComparand(value: unknown): boolean {
  return value === '' || value === '*' || value === null || value === undefined;
}

/**
 * Judges looking the origin up in a collection (`ALLOWED.includes(origin)`, `allowed.has(origin)`), given the
 * collection's static value (`undefined` when unknown): a list or a set compares whole origins, but a string of
 * origins (`'https://a.com,https://b.com'.includes(origin)`) also holds `https://a.co`.
 */
export function judgeOriginLookup(collection: unknown): OriginMatch {
  return typeof collection === 'string' ? partial('substring') : EXACT;
}

/**
 * Judges an allowlist entry that may hold `*` wildcards (hapi: `https://*.example.com`). A `*` that runs straight
 * into host letters (`https://*example.com`) also matches `https://attacker-example.com`; `*` alone matches everything.
 */
export function judgeWildcardEntry(entry: string): OriginMatch {
  if (entry === '*') return partial('matchesEverything');
  return /\*[\da-z]/iu.test(entry) ? partial('wildcardHost') : EXACT;
}
