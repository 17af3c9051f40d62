/**
 * Placeholder values: text that stands where a secret will go (`changeme`, `<your-api-key>`, `${API_KEY}`,
 * `xxxxxxxx`, `YOUR_TOKEN_HERE`, `dummy-token`) and values that merely repeat their name (`apiKey: 'apiKey'`).
 *
 * Facts come from the research note's false-positive catalogue (§7) and the placeholder filters it reviews:
 * gitleaks' global value allowlist (`${VAR}`, `{{ tmpl }}`, `%VAR%`, `$VAR`, `@VAR@`, one repeated letter),
 * secretlint's basic-auth / DB-URL placeholder list, detect-secrets' sequential-string and templated-secret filters
 * and trufflehog's default false-positive substrings (`example`, `xxxxxx`, `*****`).
 *
 * Precision of the other kind matters too: a real random key that merely contains `test`, `abc` or `fake` is not a
 * placeholder. Marker words count only when the whole value is made of words; only a few markers are explicit
 * enough to count anywhere (`xxxx`, `****`, `…`, upper-case `EXAMPLE`, template syntax).
 */

import { nameWords } from '../utils/name-words';

/** Whole values (lower case, separators removed) that are placeholders. */
const PLACEHOLDER_VALUES: ReadonlySet<string> = new Set([
  'changeme', 'changethis', 'changeit', 'replaceme', 'replacethis', 'setme', 'fillme', 'fillmein', 'todo', 'tbd',
  'fixme', 'redacted', 'removed', 'hidden', 'masked', 'censored', 'example', 'sample', 'dummy', 'fake', 'mock',
  'stub', 'test', 'testing', 'tests', 'tester', 'secret', 'secrets', 'password', 'passwd', 'passwort', 'pwd',
  'mypassword', 'mysecret', 'yourpassword', 'yoursecret', 'pass', 'passphrase', 'placeholder', 'none', 'null',
  'nil', 'undefined', 'empty', 'blank', 'foo', 'bar', 'baz', 'qux', 'foobar', 'foobarbaz', 'token', 'mytoken',
  'key', 'mykey', 'apikey', 'myapikey', 'secretkey', 'value', 'string', 'unknown', 'notset', 'unset', 'na',
  'notapplicable', 'insertkeyhere', 'inserttokenhere', 'lorem', 'loremipsum', 'xxx', 'asdf', 'qwerty', 'abc',
  'abcd', 'abcde', 'abcdef', 'sometoken', 'somesecret', 'somepassword', 'somekey',
]);

/** Placeholder words explicit enough to stay placeholders with digits after them (`changeme123`, `dummy1`). */
const EXPLICIT_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'changeme', 'changethis', 'replaceme', 'replacethis', 'todo', 'fixme', 'redacted', 'placeholder', 'dummy',
  'fake', 'mock', 'example', 'sample', 'foo', 'foobar', 'xxx', 'notset', 'insertkeyhere', 'inserttokenhere',
]);

/** Words that mark a value made of words as a placeholder (`test-secret`, `dummy_api_key`, `not-a-real-key`). */
const MARKER_WORDS: ReadonlySet<string> = new Set([
  'your', 'yours', 'here', 'changeme', 'change', 'replace', 'replaceme', 'insert', 'enter', 'paste', 'put', 'fill',
  'todo', 'tbd', 'fixme', 'example', 'examples', 'sample', 'samples', 'dummy', 'fake', 'placeholder', 'redacted',
  'mock', 'mocked', 'stub', 'test', 'testing', 'tests', 'demo', 'lorem', 'ipsum', 'foo', 'bar', 'baz', 'qux',
  'foobar', 'xxx', 'xxxx', 'whatever', 'something', 'blah', 'invalid', 'bogus', 'fixture', 'not', 'notreal',
]);

/**
 * Generic secret vocabulary. A value made only of these words and no digit names the secret instead of being one
 * (`my-secret-key`, `jwt_secret`, `supersecret`): a tutorial placeholder, or a name echo of a neighbouring name.
 */
const SECRET_VOCABULARY: ReadonlySet<string> = new Set([
  'secret', 'secrets', 'key', 'keys', 'token', 'tokens', 'password', 'passwd', 'pwd', 'pass', 'passphrase',
  'api', 'apikey', 'jwt', 'session', 'cookie', 'auth', 'app', 'my', 'the', 'a', 'an', 'super', 'supersecret',
  'very', 'default', 'dev', 'development', 'local', 'some', 'value', 'private', 'access', 'client', 'signing',
  'encryption', 'hmac', 'master', 'admin', 'user', 'db', 'database', 'string', 'shared', 'sign', 'encrypt',
  'bearer', 'credential', 'credentials', 'of', 'for', 'to', 'is', 'this', 'that', 'and', 'or', 'no', 'new',
  'random', 'long', 'strong', 'generated', 'refresh', 'id', 'code', 'server', 'service', 'webhook', 'hash',
  'salt', 'account', 'connection', 'conn', 'str',
]);

/** Words of the vocabulary that name a secret; a vocabulary-only placeholder holds at least one. */
const CORE_SECRET_WORDS: ReadonlySet<string> = new Set([
  'secret', 'secrets', 'key', 'keys', 'token', 'tokens', 'password', 'passwd', 'pwd', 'pass', 'passphrase', 'apikey',
  'supersecret', 'credential', 'credentials', 'jwt', 'hmac',
]);

/**
 * Cheap pre-filter before splitting into words: a wordy placeholder holds a marker or a core secret word, so its
 * compacted letters contain one of these stems.
 */
const WORDY_HINT =
  /bar|baz|blah|bogus|chang|credential|demo|dummy|enter|exampl|fake|fill|fixme|fixture|foo|here|hmac|insert|invalid|ipsum|jwt|key|lorem|mock|not|pass|paste|placeholder|put|pwd|qux|redact|replac|sampl|secret|something|stub|tbd|test|todo|token|whatever|x{3}|your/u;

/** Keyboard rows and the digit row: placeholders typed by running a finger along the keyboard. */
const KEYBOARD_ROWS: readonly string[] = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** `${VAR}`, `{{ var }}`, `${{ secrets.X }}`, `#{var}` anywhere: a template, not a literal secret. */
const TEMPLATE_REFERENCE = /\$\{[^{}]*\}|\{\{[^{}]*\}\}|#\{[^{}]*\}/u;
/** Whole-value references: `%VAR%`, `$VAR`, `$(cmd)`, `@VAR@`, `__VAR__`, `<your-key>`, `[API_KEY]`. */
const WHOLE_REFERENCE =
  /^(?:%[\w\-.]+%|\$[A-Z_a-z]\w*|\$\([^()]*\)|@[\w\-.]+@|__[\dA-Z_]+__|<[^<>]+>|\[[\s\w\-.]+\]|\{[\s\w\-.]+\})$/u;
/** Explicit masks anywhere: `xxxx`, `XXXX`, `****`, `....`, `…`, `••••`, `<redacted>`. */
const MASK = /x{4}|X{4}|\*{3}|\.{3}|…|•{3}|#{4}|_{4}/u;
/** A mask made entirely of mask characters (`***`, `xx-xx`, `...`, `---`). */
const ONLY_MASK = /^[\s#*\-.x_•…]+$/iu;

/** The lower-case letters and digits of `value`, with separators and punctuation removed. */
function compact(value: string): string {
  return value.toLowerCase().replace(/[^\da-z]+/gu, '');
}

/** `value` without the digits at its end (`changeme123` → `changeme`). */
function withoutTrailingDigits(value: string): string {
  let end = value.length;
  while (end > 0 && isDigitCode(value.charCodeAt(end - 1))) end -= 1;
  return value.slice(0, end);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether `value` is one character repeated, or a unit of up to 4 characters repeated 3+ times (`abcabcabc`). */
function isRepetition(value: string): boolean {
  const length = value.length;
  for (let period = 1; period <= 4; period += 1) {
    if (length < period * 3 && !(period === 1 && length >= 2)) continue;
    let repeats = true;
    for (let index = period; index < length; index += 1) {
      if (value.charCodeAt(index) !== value.charCodeAt(index - period)) {
        repeats = false;
        break;
      }
    }
    if (repeats) return true;
  }
  return false;
}

/** Whether a code-order run of 8+ characters occurs (`12345678`, `abcdefgh`), or steps make up most of the value. */
function isSequence(lower: string): boolean {
  let run = 1;
  let steps = 0;
  let longest = 1;
  for (let index = 1; index < lower.length; index += 1) {
    const difference = lower.charCodeAt(index) - lower.charCodeAt(index - 1);
    if (difference === 1 || difference === -1) {
      steps += 1;
      run += 1;
      if (run > longest) longest = run;
    } else {
      run = 1;
    }
  }
  if (longest >= 8) return true;
  return lower.length >= 4 && steps / (lower.length - 1) >= 0.75;
}

/** Whether the value is a walk along a keyboard row (`qwerty`, `asdfgh`, `1234567890`), at least 5 keys. */
function isKeyboardWalk(lower: string): boolean {
  return lower.length >= 5 && KEYBOARD_ROWS.some((row) => row.includes(lower));
}

function isWordyPlaceholder(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  let marker = false;
  let vocabularyOnly = true;
  let core = false;
  let digits = false;
  let yourIndex = -1;
  for (const [index, word] of words.entries()) {
    if (/^\d+$/u.test(word)) {
      digits = true;
      continue;
    }
    if (MARKER_WORDS.has(word)) marker = true;
    if (word === 'your' || word === 'my') yourIndex = index;
    if (!SECRET_VOCABULARY.has(word)) vocabularyOnly = false;
    if (CORE_SECRET_WORDS.has(word)) core = true;
  }
  // `your-api-key`, `YOUR_TOKEN_HERE`, `your-256-bit-secret`, `my_password`: a possessive before secret words.
  if (yourIndex >= 0 && words.slice(yourIndex + 1).some((word) => SECRET_VOCABULARY.has(word) || word === 'here')) {
    return true;
  }
  if (!words.every((word) => /^(?:\d+|[a-z]{2,})$/u.test(word) || word === 'a')) return false;
  if (marker) return words.every((word) => /^\d+$/u.test(word) || word.length >= 2 || word === 'a');
  return vocabularyOnly && core && !digits;
}

/** Whether the value reads as words: each word is digits, letters with a vowel, or known vocabulary (`jwt`). */
function readsAsWords(words: readonly string[]): boolean {
  return words.every(
    (word) =>
      /^\d+$/u.test(word) || /^[bcdfghj-np-tvwxz]*[aeiouy][a-z]*$/u.test(word) || SECRET_VOCABULARY.has(word) || MARKER_WORDS.has(word),
  );
}

/**
 * Whether `value` is a placeholder rather than a real secret: empty or blank; a template reference (`${X}`,
 * `{{x}}`, `%X%`, `$X`, `$(cmd)`, `<your-key>`); a mask (`xxxx`, `***`, `…`); one repeated character or unit;
 * a code-order sequence or keyboard walk (`abcdef`, `123456…`, `qwerty`); a known placeholder word (`changeme`,
 * `REPLACE_ME`, `redacted`, `dummy`, `none`); or a value made of words that holds a placeholder marker
 * (`your-api-key-here`, `test-secret`, `insert-key-here`) or only generic secret words (`my-secret-key`).
 */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (trimmed.length > 512) return TEMPLATE_REFERENCE.test(trimmed.slice(0, 512));
  if (TEMPLATE_REFERENCE.test(trimmed) || WHOLE_REFERENCE.test(trimmed)) return true;
  if (ONLY_MASK.test(trimmed) || MASK.test(trimmed)) return true;
  if (trimmed.includes('EXAMPLE')) return true;
  const letters = compact(trimmed);
  if (letters.length === 0) return true;
  if (PLACEHOLDER_VALUES.has(letters)) return true;
  if (EXPLICIT_PLACEHOLDERS.has(withoutTrailingDigits(letters))) return true;
  if (isRepetition(letters) || isSequence(letters) || isKeyboardWalk(letters)) return true;
  if (!WORDY_HINT.test(letters)) return false;
  const words = nameWords(trimmed);
  return readsAsWords(words) && isWordyPlaceholder(words);
}

/**
 * Whether `value` only repeats its name: `apiKey: 'apiKey'`, `password: 'PASSWORD'`, `DB_PASSWORD: 'db-password'`,
 * `clientSecret: 'secret'`: every word of the value is a word of the name, and the value has no digit.
 */
export function isNameEcho(value: string, name: string): boolean {
  if (/\d/u.test(value)) return false;
  const valueWords = nameWords(value);
  if (valueWords.length === 0) return false;
  const nameWordList = nameWords(name);
  const nameJoined = nameWordList.join('');
  if (compact(value) === nameJoined) return true;
  return valueWords.every((word) => nameWordList.includes(word) || nameJoined === word);
}
