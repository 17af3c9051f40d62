/**
 * Value tests for the named and anonymous secret layers: is this string random enough to be a generated key, could
 * it be a password, or is it obviously something else (a UUID, a hash, a path, a sentence, a class list)?
 *
 * Facts and where they come from:
 * - The randomness test is §9.3 of the research note (/work/shared/research/secrets.md): allowed charset, length,
 *   a length- and alphabet-calibrated Shannon entropy floor, character classes and a word-coverage test.
 * - The entropy floor is p5(length, alphabet) − 0.1 (§8). The p5 table below was re-derived with a seeded PRNG,
 *   20,000 uniformly random strings per cell (5,000 for lengths 256 and 512); tests/secrets/value-shape.test.ts
 *   re-simulates it. It matches §8 where the two overlap.
 * - The non-secret shapes are the false-positive catalogue of §7 (UUIDs, SRI, data URIs, i18n keys, class lists,
 *   paths, URLs) plus the password-hash formats of the PHC string format and crypt(3) (`$2b$`, `$argon2id$`…).
 * - Known public values: AWS documentation examples (AWS IAM docs), the Azurite / Azure Storage emulator account
 *   key and the Azure Cosmos DB emulator key (both published by Microsoft in the emulator docs), Stripe's
 *   documentation test keys (docs.stripe.com API reference) and jwt.io's default HS256 secret.
 */

import { isNameEcho, isPlaceholder } from './placeholders';
import { COMMON_WORDS, MAX_WORD_LENGTH, TWO_LETTER_WORDS } from './words';

export type Charset = 'hex' | 'base62' | 'base64' | 'base64url' | 'token' | 'other';

// ---------------------------------------------------------------------------------------------------------------
// Character classification

const CLASS_LOWER = 1;
const CLASS_UPPER = 2;
const CLASS_DIGIT = 4;
const CLASS_SYMBOL = 8;

/** Per character, what it is; one pass over the value fills a summary. */
interface CharSummary {
  readonly classes: number;
  /** Only `0-9a-f` or only `0-9A-F` (with at least one char). */
  readonly hex: boolean;
  readonly base62: boolean;
  /** Only base64 characters `+/`, with `=` padding at the end only. */
  readonly base64: boolean;
  readonly base64url: boolean;
  /** base62 plus `-_.~+/=`. */
  readonly token: boolean;
  readonly digits: number;
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function summarize(value: string): CharSummary {
  let classes = 0;
  let lowerHex = true;
  let upperHex = true;
  let base62 = true;
  let base64 = true;
  let base64url = true;
  let token = true;
  let digits = 0;
  let padding = 0;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (padding > 0 && code !== 61) {
      base64 = false;
      base64url = false;
    }
    if (isLower(code)) {
      classes |= CLASS_LOWER;
      upperHex = false;
      if (code > 102) lowerHex = false;
    } else if (isUpper(code)) {
      classes |= CLASS_UPPER;
      lowerHex = false;
      if (code > 70) upperHex = false;
    } else if (isDigit(code)) {
      classes |= CLASS_DIGIT;
      digits += 1;
    } else {
      classes |= CLASS_SYMBOL;
      lowerHex = false;
      upperHex = false;
      base62 = false;
      if (code === 61) {
        padding += 1;
      } else if (code === 43 || code === 47) {
        base64url = false;
      } else if (code === 45 || code === 95) {
        base64 = false;
      } else {
        base64 = false;
        base64url = false;
        if (code !== 46 && code !== 126) token = false;
      }
    }
  }
  if (padding > 2) {
    base64 = false;
    base64url = false;
  }
  return {
    classes,
    hex: value.length > 0 && (lowerHex || upperHex),
    base62: value.length > 0 && base62,
    base64: value.length > 0 && base64,
    base64url: value.length > 0 && base64url,
    token: value.length > 0 && token,
    digits,
  };
}

function charsetOfSummary(summary: CharSummary): Charset {
  if (summary.hex) return 'hex';
  if (summary.base62) return 'base62';
  if (summary.base64) return 'base64';
  if (summary.base64url) return 'base64url';
  if (summary.token) return 'token';
  return 'other';
}

/**
 * The narrowest charset that holds `value`: `hex` (`0-9a-f` or `0-9A-F`), `base62`, `base64` (`+/`, `=` padding),
 * `base64url` (`-_`, `=` padding), `token` (base62 plus `-_.~+/=` anywhere) or `other`.
 */
export function charsetOf(value: string): Charset {
  return charsetOfSummary(summarize(value));
}

/** Shannon entropy of `value` in bits per character (0 for the empty string). */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  const counts = new Map<number, number>();
  for (let index = 0; index < length; index += 1) {
    const code = value.charCodeAt(index);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const probability = count / length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}

// ---------------------------------------------------------------------------------------------------------------
// Calibrated entropy floor (§8)

/** Lengths at which the p5 table was simulated. */
const FLOOR_LENGTHS: readonly number[] = [8, 12, 16, 20, 24, 32, 40, 48, 64, 96, 128, 256, 512];

/**
 * 5th percentile of the Shannon entropy of uniformly random strings, per alphabet and length (seeded simulation,
 * see the header). `base32` stands for any single-case letters-plus-digits alphabet (base32, base36).
 */
const P5_TABLE: Readonly<Record<'hex' | 'base32' | 'base62' | 'base64', readonly number[]>> = {
  hex: [2.16, 2.58, 2.85, 3.04, 3.19, 3.38, 3.5, 3.58, 3.7, 3.8, 3.85, 3.93, 3.96],
  base32: [2.41, 2.92, 3.25, 3.48, 3.67, 3.94, 4.13, 4.26, 4.44, 4.63, 4.73, 4.87, 4.94],
  base62: [2.5, 3.08, 3.5, 3.78, 4.0, 4.31, 4.55, 4.73, 4.98, 5.28, 5.45, 5.71, 5.84],
  base64: [2.5, 3.08, 3.5, 3.78, 4.0, 4.33, 4.57, 4.75, 5.0, 5.31, 5.48, 5.75, 5.88],
};

/** How far below the 5th percentile the floor sits (§8: rejects only ~1–2% of random values). */
const FLOOR_MARGIN = 0.1;

export type EntropyAlphabet = keyof typeof P5_TABLE;

function interpolate(row: readonly number[], length: number): number {
  const first = FLOOR_LENGTHS[0] ?? 8;
  if (length <= first) return row[0] ?? 0;
  for (let index = 1; index < FLOOR_LENGTHS.length; index += 1) {
    const upper = FLOOR_LENGTHS[index] ?? 0;
    if (length <= upper) {
      const lower = FLOOR_LENGTHS[index - 1] ?? 0;
      const from = row[index - 1] ?? 0;
      const to = row[index] ?? 0;
      return from + ((to - from) * (length - lower)) / (upper - lower);
    }
  }
  return row[row.length - 1] ?? 0;
}

/** The minimum entropy a random value of this length and alphabet has in 95% of cases, minus 0.1 (§8). */
export function entropyFloor(length: number, alphabet: EntropyAlphabet): number {
  return interpolate(P5_TABLE[alphabet], length) - FLOOR_MARGIN;
}

function alphabetOf(summary: CharSummary): EntropyAlphabet {
  if (summary.hex) return 'hex';
  if ((summary.classes & CLASS_SYMBOL) !== 0) return 'base64';
  const bothCases = (summary.classes & (CLASS_LOWER | CLASS_UPPER)) === (CLASS_LOWER | CLASS_UPPER);
  return bothCases ? 'base62' : 'base32';
}

// ---------------------------------------------------------------------------------------------------------------
// Word coverage

/** Whether a lower-case run of letters is a known word, allowing a plural `s`. */
function isWord(run: string): boolean {
  if (COMMON_WORDS.has(run)) return true;
  return run.length > 3 && run.endsWith('s') && COMMON_WORDS.has(run.slice(0, -1));
}

/** Longest run that is split into several words; longer runs count as not words (and keep this linear). */
const MAX_SEGMENTED_RUN = 48;

/** Whether a lower-case run of letters splits completely into known words of three letters or more. */
function segmentsIntoWords(run: string): boolean {
  const length = run.length;
  if (length < 6 || length > MAX_SEGMENTED_RUN) return false;
  const reachable: boolean[] = [true];
  for (let end = 3; end <= length; end += 1) {
    reachable[end] = false;
    const earliest = Math.max(0, end - MAX_WORD_LENGTH);
    for (let start = end - 3; start >= earliest; start -= 1) {
      if (reachable[start] === true && isWord(run.slice(start, end))) {
        reachable[end] = true;
        break;
      }
    }
  }
  return reachable[length] === true;
}

/** Letters of one piece (a camelCase hump or an all-lower / all-upper run) that count as words. */
function coveredLetters(piece: string): number {
  const length = piece.length;
  if (length < 2) return 0;
  const lower = piece.toLowerCase();
  if (length === 2) return TWO_LETTER_WORDS.has(lower) ? 2 : 0;
  return isWord(lower) || segmentsIntoWords(lower) ? length : 0;
}

/**
 * The share of the letters of `value` that belong to known English or programming words, after splitting at
 * camelCase humps, digits and punctuation (`paddingBottom` → padding, bottom; `auth.login.title`; `my-blog-post`).
 * Runs of one case are also split into words when they can be (`passwordlabel` → password, label). Random tokens
 * score near 0, identifiers and prose near 1.
 */
export function wordCoverage(value: string): number {
  let letters = 0;
  let covered = 0;
  let pieceStart = -1;
  const flush = (end: number): void => {
    if (pieceStart >= 0) {
      covered += coveredLetters(value.slice(pieceStart, end));
      pieceStart = -1;
    }
  };
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    const upper = isUpper(code);
    if (!upper && !isLower(code)) {
      flush(index);
      continue;
    }
    letters += 1;
    if (pieceStart < 0) {
      pieceStart = index;
      continue;
    }
    if (upper) {
      const previous = value.charCodeAt(index - 1);
      const next = index + 1 < value.length ? value.charCodeAt(index + 1) : 0;
      // `paddingBottom` splits before `B`; `XMLHttp` splits before the `H` that starts a lower-case word.
      if (isLower(previous) || (isUpper(previous) && isLower(next))) {
        flush(index);
        pieceStart = index;
      }
    }
  }
  flush(value.length);
  return letters === 0 ? 0 : covered / letters;
}

// ---------------------------------------------------------------------------------------------------------------
// The random-token test (§9.3)

/** Shortest generated key accepted: 16 characters, or 12 for hex (short HMAC keys, 48-bit hex secrets). */
const MIN_TOKEN_LENGTH = 16;
const MIN_HEX_TOKEN_LENGTH = 12;
const MAX_TOKEN_LENGTH = 512;
/** Share of word letters from which a value reads as words rather than random characters. */
const MAX_RANDOM_WORD_COVERAGE = 0.5;
/**
 * Without a digit, a value must look even less like words. A digit cannot simply be required: random base62
 * lacks one in 6% of 16-character and 3% of 20-character values.
 */
const MAX_DIGITLESS_WORD_COVERAGE = 0.25;

function countBits(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/**
 * Whether `value` holds a code-order run (`abcdef`, `123456`, `fedcba`) of 6+ characters, or is mostly made of
 * code-order steps. Random strings almost never do: even hex, where a step has a 2-in-16 chance, has a 6-run in
 * about 1 of 20,000 positions.
 */
function hasSequence(value: string): boolean {
  let run = 1;
  let steps = 0;
  for (let index = 1; index < value.length; index += 1) {
    const difference = value.charCodeAt(index) - value.charCodeAt(index - 1);
    if (difference === 1 || difference === -1) {
      steps += 1;
      run += 1;
      if (run >= 6) return true;
    } else {
      run = 1;
    }
  }
  return steps * 2 > value.length;
}

/**
 * Whether `value` looks like a generated key or token: 16–512 characters (12+ for hex) of hex, base62, base64,
 * base64url or token characters; Shannon entropy at least the calibrated floor for its length and alphabet;
 * at least two character classes (hex: digits and letters); a digit, or else both letter cases and an even lower
 * word coverage; no long code-order sequences; and less than half of its letters
 * in dictionary words, so identifiers, slugs and i18n keys fail.
 */
export function looksLikeRandomToken(value: string): boolean {
  const length = value.length;
  if (length < MIN_HEX_TOKEN_LENGTH || length > MAX_TOKEN_LENGTH) return false;
  const summary = summarize(value);
  if (!summary.token) return false;
  if (summary.hex) {
    if (summary.digits === 0 || summary.digits === length) return false;
  } else {
    if (length < MIN_TOKEN_LENGTH) return false;
    if (countBits(summary.classes) < 2) return false;
    // Without a digit, both letter cases are needed: a single-case run of letters is a word or a slug.
    const bothCases = (summary.classes & (CLASS_LOWER | CLASS_UPPER)) === (CLASS_LOWER | CLASS_UPPER);
    if (summary.digits === 0 && !bothCases) return false;
  }
  if (shannonEntropy(value) < entropyFloor(length, alphabetOf(summary))) return false;
  if (hasSequence(value)) return false;
  const coverage = wordCoverage(value);
  return coverage < (summary.digits === 0 ? MAX_DIGITLESS_WORD_COVERAGE : MAX_RANDOM_WORD_COVERAGE);
}

// ---------------------------------------------------------------------------------------------------------------
// Passwords

/** Shortest value reported as a password. Callers may ask for 8 before reporting at error level (§9.3). */
export const MIN_PASSWORD_LENGTH = 6;

/**
 * The most common passwords of public breach-frequency lists (the top of the "10k most common" lists) and the
 * demo passwords of tutorials. Still hardcoded credentials: callers report them, perhaps worded as weak.
 */
const WEAK_PASSWORDS: ReadonlySet<string> = new Set([
  '123456', '1234567', '12345678', '123456789', '1234567890', '111111', '000000', '123123', '654321', '666666',
  '121212', '112233', '987654321', '123321', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx', 'qwerty', 'qwerty1',
  'qwerty12', 'qwerty123', 'qwertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'abc123', 'abcd1234', 'password1',
  'password12', 'password123', 'password1!', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pa$$w0rd', 'pa$$word',
  'admin123', 'admin1234', 'admin@123', 'administrator', 'root123', 'toor', 'letmein', 'letmein1', 'welcome',
  'welcome1', 'welcome123', 'welcome@123', 'monkey', 'dragon', 'master', 'shadow', 'sunshine', 'princess',
  'football', 'baseball', 'superman', 'batman', 'iloveyou', 'trustno1', 'hunter2', 'hunter22', 'starwars',
  'whatever', 'freedom', 'michael', 'jennifer', 'charlie', 'secret123', 'secret1', 'test123', 'test1234',
  'testing123', 'user123', 'guest', 'guest123', 'changeit', 'default', 'login', 'pass123', 'pass1234',
  'mypass', 'mypass123', 'qazwsx', 'zaq12wsx', 'access', 'access14', 'mustang', 'killer', 'soccer',
]);

/** Whether `value` is one of the most common passwords (case-insensitive): `hunter2`, `P@ssw0rd`, `admin123`. */
export function isWeakCommonPassword(value: string): boolean {
  return value.length <= 24 && WEAK_PASSWORDS.has(value.toLowerCase());
}

/**
 * Whether `value` can be a hardcoded password under a password name: at least 6 characters, not a placeholder,
 * not the name repeated (`password: 'PASSWORD'`), no line breaks, and not an obvious non-secret shape. No entropy
 * requirement: real passwords are low-entropy (§9.3).
 */
export function looksLikePassword(value: string, name?: string): boolean {
  if (value.length < MIN_PASSWORD_LENGTH || value.length > 256) return false;
  if (value.includes('\n')) return false;
  if (value.trim() !== value) return false;
  if (isPlaceholder(value)) return false;
  if (name !== undefined && isNameEcho(value, name)) return false;
  if (isInterfaceLabel(value) || ATTRIBUTE_SELECTOR.test(value)) return false;
  return nonSecretShape(value) === null;
}

/** A CSS attribute selector such as `[type=password]` or `input[name="pwd"]`. */
const ATTRIBUTE_SELECTOR = /^[\w-]*\[[\w-]+(?:[$*^|~]?=[^\]]*)?\]$/u;

/** Letters of any script, spaces and label punctuation only: `Mot de passe`, `Contraseña`, `¿Olvidaste tu contraseña?`. */
const LABEL_TEXT = /^[\s\p{L}\p{M}!'\-.:?¡¿’]+$/u;
/** A letter outside ASCII. */
const NON_ASCII_LETTER = /\P{ASCII}/u;

/**
 * Whether a value held under a password name reads as the field's label in some language rather than a password:
 * letters and spaces only, and either several words starting with a capital (`Mot de passe`, `Confirm password`) or
 * a word with letters outside ASCII (`Contraseña`, `Пароль`). Translation files hold these under `password` keys.
 */
function isInterfaceLabel(value: string): boolean {
  if (!LABEL_TEXT.test(value)) return false;
  if (NON_ASCII_LETTER.test(value)) return true;
  const first = value.charAt(0);
  return value.includes(' ') && first !== first.toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Shapes that are never secrets

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu;

/** Whether `value` is a canonical UUID / GUID (`8-4-4-4-12` hex). A UUID can be a secret under a strong name. */
export function isUuid(value: string): boolean {
  return value.length === 36 && UUID.test(value);
}

/** Lengths of hex digests: git short SHAs (7–12), MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512. */
const DIGEST_LENGTHS: ReadonlySet<number> = new Set([7, 8, 9, 10, 11, 12, 32, 40, 56, 64, 96, 128]);

/**
 * Whether `value` has the shape of a hex digest or git SHA (single-case hex of a digest length). Only meaningful
 * with a hash-like name: a 64-hex value under `apiKey` is a key.
 */
export function isHexDigest(value: string): boolean {
  if (!DIGEST_LENGTHS.has(value.length)) return false;
  const summary = summarize(value);
  return summary.hex;
}

/** Longer values are not examined shape by shape. */
const MAX_SHAPED_LENGTH = 4096;

const DATA_URI = /^data:[\w+\-.]*(?:\/[\w+\-.]*)?[,;]/iu;
const SRI = /^sha(?:256|384|512)-[\d+/A-Za-z]{40,}={0,2}(?:\s+sha(?:256|384|512)-[\d+/A-Za-z]{40,}={0,2})*$/u;
const BCRYPT = /^\$2[abxy]?\$\d{2}\$[\d./A-Za-z]{53}$/u;
const PHC_HASH = /^\$(?:argon2(?:d|i|id)|scrypt|pbkdf2(?:-sha\d+)?|sha\d+|bcrypt(?:-sha\d+)?|[156])\$[\w$+,\-./=]+$/u;
/** Django's and Werkzeug's stored-hash formats: `pbkdf2_sha256$600000$salt$hash`, `scrypt:32768:8:1$salt$hash`. */
const FRAMEWORK_HASH = /^(?:pbkdf2_sha\d+|argon2|bcrypt_sha256|scrypt|pbkdf2:sha\d+(?::\d+)?|scrypt:\d+:\d+:\d+)\$[\w$+,\-./:=]+$/u;
const URL_WITHOUT_USERINFO = /^[a-z][\d+\-.a-z]*:\/\/[^\s#/:?@]+(?::\d+)?(?:[#/?]\S*)?$/iu;
const URL_SECRET_PARAMETER = /[&?][\w-]*(?:key|token|secret|sig|signature|password|passwd|pwd|auth)[\w-]*=/iu;
const EMAIL = /^[\w+\-.]+@[\d\-A-Za-z]+(?:\.[\d\-A-Za-z]+)+$/u;
const RELATIVE_PATH = /^(?:\.{1,2}[/\\]|~\/|node:|file:|[A-Za-z]:\\|\\\\)/u;
const ABSOLUTE_PATH = /^\/[\w\-.@]+(?:\/[\w\-.@]*)+$/u;
const SCOPED_PACKAGE = /^@[\da-z][\w\-.]*\/[\w\-.]+(?:\/[\w\-.]+)*$/u;
const PACKAGE_SUBPATH = /^[a-z][\d\-._a-z]*(?:\/[\d\-._a-z]+)+$/u;
const ENV_NAME = /^[A-Z][\dA-Z]*(?:_[\dA-Z]+)+$/u;
const HEADER_NAME = /^(?:[Xx]-[\dA-Za-z]+(?:-[\dA-Za-z]+)*|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)$/u;
const DOTTED_KEY = /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+$/u;
const MARKUP = /^<[!/?A-Za-z][\s\S]*>$/u;
const DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/iu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;
const SEMVER = /^[=^v~]?\d+\.\d+\.\d+(?:-[\w\-.]+)?(?:\+[\w\-.]+)?$/u;
const MIME = /^(?:application|audio|font|image|message|model|multipart|text|video)\/[\w+\-.]+(?:;\s*[\w-]+=[\w\-.]+)*$/iu;
const FORMAT_DIRECTIVE = /%[ #+\-0]?\d*(?:\.\d+)?[dfijosx]|\{\d+\}/u;
const CSS_CLASS = /^!?-?[a-z][\w#%()\-./:[\]]*$/u;
const IP_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/u;
const HEX_COLOR = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/iu;
const WHITESPACE = /\s+/u;

function isCssClassList(tokens: readonly string[]): boolean {
  if (tokens.length < 2) return false;
  let styled = 0;
  for (const token of tokens) {
    if (!CSS_CLASS.test(token)) return false;
    if (token.includes('-') || token.includes(':') || wordCoverage(token) >= 0.99) styled += 1;
  }
  return styled * 2 >= tokens.length;
}

function isProse(tokens: readonly string[], value: string): boolean {
  if (tokens.length < 3) return false;
  const punctuated = /[!,.:;?…]\s|[!.?…]$/u.test(value);
  if (tokens.length < 5 && !punctuated) return false;
  return wordCoverage(value) >= 0.6;
}

function spacedShape(value: string): string | null {
  const tokens = value.trim().split(WHITESPACE);
  if (tokens.some((token) => looksLikeRandomToken(token))) return null;
  if (isCssClassList(tokens)) return 'CSS class list';
  if (isProse(tokens, value)) return 'English text';
  return null;
}

/**
 * A short reason when `value` is obviously not a secret whatever name it sits under, else `null`: data URIs,
 * SRI hashes, password-hash strings (bcrypt, argon2, scrypt, PBKDF2, crypt), URLs without credentials or secret
 * query parameters, emails, file paths and module specifiers, CSS class lists, prose, i18n keys, environment
 * variable and header names, markup, JSON, numbers, dates, versions, MIME types, IP addresses, colours and format
 * strings; and anything over 4 KiB. UUIDs and hex digests are deliberately not here ({@link isUuid}, {@link isHexDigest}): they are secrets
 * under some names.
 */
export function nonSecretShape(value: string): string | null {
  const first = value.charAt(0);
  if (first === 'd' && DATA_URI.test(value.slice(0, 256))) return 'data URI';
  // No secret the named layer reports is this long (tokens stop at 512, passwords at 256); PEM is structured.
  if (value.length > MAX_SHAPED_LENGTH) return 'long text';
  if (first === 's' && value.startsWith('sha') && SRI.test(value)) return 'subresource integrity hash';
  if (first === '$' && (BCRYPT.test(value) || PHC_HASH.test(value))) return 'password hash';
  if ((first === 'p' || first === 'a' || first === 'b' || first === 's') && FRAMEWORK_HASH.test(value)) return 'password hash';
  if (value.includes('://') && URL_WITHOUT_USERINFO.test(value) && !URL_SECRET_PARAMETER.test(value)) return 'URL';
  if (value.includes('@') && EMAIL.test(value)) return 'email address';
  if (RELATIVE_PATH.test(value)) return 'file path or module specifier';
  if (first === '/' && ABSOLUTE_PATH.test(value) && wordCoverage(value) >= 0.5) return 'file path';
  if (first === '@' && SCOPED_PACKAGE.test(value)) return 'module specifier';
  if (MIME.test(value)) return 'MIME type';
  if (PACKAGE_SUBPATH.test(value) && wordCoverage(value) >= 0.6) return 'module specifier';
  if (first === '<' && MARKUP.test(value)) return 'markup';
  if (((first === '{' && value.endsWith('}')) || (first === '[' && value.endsWith(']'))) && /["':]/u.test(value)) {
    return 'JSON or object text';
  }
  if (/\s/u.test(value)) return spacedShape(value);
  if (ENV_NAME.test(value) && wordCoverage(value) >= 0.5) return 'environment variable name';
  if (HEADER_NAME.test(value) && wordCoverage(value) >= 0.5) return 'header name';
  if (DOTTED_KEY.test(value) && !value.includes('..') && wordCoverage(value) >= 0.8) return 'i18n or property key';
  if (/[,.e]/iu.test(value) && value.length > 0 && DECIMAL.test(value) && /\d/u.test(value)) return 'number';
  if (ISO_DATE.test(value)) return 'date';
  if (SEMVER.test(value)) return 'version';
  if (IP_ADDRESS.test(value)) return 'IP address';
  if (first === '#' && HEX_COLOR.test(value)) return 'colour';
  if (FORMAT_DIRECTIVE.test(value)) return 'format string';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Published values

/**
 * Values published by vendors for documentation or local emulators. Each is public and grants nothing:
 * - AWS IAM docs: the example access key ID and secret access key.
 * - Azurite / Azure Storage emulator account key for `devstoreaccount1` (Microsoft Learn, "Use Azurite").
 * - Azure Cosmos DB emulator key (Microsoft Learn, "Azure Cosmos DB emulator").
 * - Stripe API reference sample test keys (docs.stripe.com/api/authentication; the older and the current one).
 * - jwt.io's default HS256 secret.
 */
const KNOWN_PUBLIC_VALUES: ReadonlySet<string> = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
]);

/**
 * Whether `value` is a published documentation or emulator value (see {@link KNOWN_PUBLIC_VALUES}) or follows the
 * AWS documentation convention of ending in `EXAMPLE` / `EXAMPLEKEY`.
 */
export function isKnownPublicValue(value: string): boolean {
  if (KNOWN_PUBLIC_VALUES.has(value)) return true;
  return value.length >= 12 && (value.endsWith('EXAMPLE') || value.endsWith('EXAMPLEKEY'));
}
