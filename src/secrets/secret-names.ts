/**
 * Secret names: does a variable, property or parameter name say that its value is a credential? The name is split
 * into words (`dbPassword`, `DB_PASSWORD`, `db-password`, `auth.pass` all give the same words), a strong term is
 * looked for as a word or a pair of adjacent words, and metadata words after it (`passwordMinLength`, `tokenUrl`,
 * `secretName`) or qualifiers before it (`isSecret`, `showPassword`, `publicKey`, `csrfToken`, `nextToken`)
 * cancel it.
 *
 * Facts come from the research note: the strong terms of §9.2 (L3), the negative name suffixes of §7
 * ("Name-only matches"), gitleaks' generic-rule name allowlist (`public_key`, `primary_key`, `secret_name`,
 * `csrf_token`, `public_token`, `token_url`, `api_endpoint`, `withCredentials`, §1), detect-secrets' id filter
 * (§3.1) and SonarJS S2068's password words (§3.4).
 *
 * CSRF / XSRF tokens are not secrets here: they are per-session anti-forgery nonces issued by the server, so a
 * literal one in source is a test fixture or a header/cookie name (`X-CSRF-Token`), never a credential that grants
 * access on its own; gitleaks allowlists `csrf_token` for the same reason.
 */

import { indexOfWords, nameWords } from '../utils/name-words';

export type SecretNameClass = 'password' | 'token';

export interface SecretNameOptions {
  /** More strong names, matched as whole words or word sequences (`['pin', 'otp seed']`). */
  readonly extraNames?: readonly string[];
  /** Names that are never secret names, matched as whole names or word sequences (`['session token']`). */
  readonly ignoreNames?: readonly string[];
}

/**
 * Words before a final `pass` that make it a password (`dbPass`, `smtp_pass`, `userPass`); without one, `pass` is a
 * verb or a result (`allPass`, `anyPass`, `onPass`). A lone `pass` key is left to the caller, who sees its parent.
 */
const PASS_HOLDERS: ReadonlySet<string> = new Set([
  'auth', 'credential', 'credentials', 'creds', 'login', 'smtp', 'mail', 'email', 'db', 'database', 'user', 'account',
  'basic', 'proxy', 'admin', 'root', 'ftp', 'ldap', 'redis', 'mysql', 'pg', 'postgres', 'mongo', 'sql', 'api', 'app',
]);

/** Single words that name a password. `pass` only counts as the last word (`auth.pass`, `dbPass`). */
const PASSWORD_WORDS: ReadonlySet<string> = new Set(['password', 'passwd', 'pwd', 'passphrase', 'passcode']);

/** Single words that name a key, token or other generated secret. */
const TOKEN_WORDS: ReadonlySet<string> = new Set([
  'secret', 'token', 'apikey', 'credential', 'credentials', 'bearer', 'sas', 'privatekey', 'secretkey',
  'accesskey', 'apisecret', 'apitoken', 'authtoken', 'clientsecret', 'connectionstring', 'connstr',
]);

/** Adjacent word pairs that name a key or secret. */
const TOKEN_PAIRS: readonly (readonly [string, string])[] = [
  ['api', 'key'], ['access', 'key'], ['private', 'key'], ['priv', 'key'], ['secret', 'key'], ['auth', 'key'],
  ['signing', 'key'], ['sign', 'key'], ['encryption', 'key'], ['encrypt', 'key'], ['hmac', 'key'], ['master', 'key'],
  ['account', 'key'], ['shared', 'key'], ['session', 'key'], ['connection', 'string'], ['conn', 'string'],
  ['conn', 'str'], ['client', 'key'], ['service', 'key'], ['app', 'secret'], ['cookie', 'secret'],
];

/** Words after the strong term that make the name about the secret, not the secret itself. */
const METADATA_AFTER: ReadonlySet<string> = new Set([
  'name', 'names', 'id', 'ids', 'type', 'types', 'kind', 'url', 'urls', 'uri', 'endpoint', 'endpoints', 'path',
  'paths', 'file', 'files', 'filename', 'dir', 'directory', 'field', 'fields', 'label', 'labels', 'header',
  'headers', 'param', 'params', 'parameter', 'length', 'len', 'min', 'max', 'size', 'count', 'limit', 'regex',
  'regexp', 'pattern', 'policy', 'policies', 'version', 'prefix', 'suffix', 'placeholder', 'hint', 'error',
  'errors', 'message', 'messages', 'msg', 'mode', 'strategy', 'expiry', 'expires', 'expiration', 'expire', 'exp',
  'ttl', 'lifetime', 'age', 'timeout', 'hash', 'hashed', 'digest', 'env', 'var', 'variable', 'key', 'keys',
  'storage', 'store', 'cache', 'cookie', 'format', 'status', 'state', 'text', 'title', 'description', 'desc',
  'input', 'button', 'btn', 'icon', 'link', 'route', 'page', 'form', 'modal', 'dialog', 'screen', 'view',
  'component', 'schema', 'rule', 'rules', 'validator', 'validation', 'strength', 'score', 'column', 'attribute',
  'selector', 'class', 'style', 'color', 'colour', 'option', 'options', 'enabled', 'required', 'visible', 'ref',
  'reference', 'location', 'provider', 'service', 'manager', 'handler', 'callback', 'listener', 'event',
  'request', 'response', 'generator', 'index', 'position', 'offset', 'start', 'end', 'usage', 'budget', 'salt',
  'rotation', 'source', 'arn', 'version', 'lookup', 'template', 'reset', 'forgot', 'changed', 'updated', 'at',
  'created', 'issued', 'set', 'is', 'valid', 'invalid', 'missing', 'present', 'exists', 'needed', 'config',
]);

/** Words before the strong term that make the name about something else. */
const QUALIFIER_BEFORE: ReadonlySet<string> = new Set([
  'public', 'pub', 'publishable', 'hashed', 'csrf', 'xsrf', 'next', 'prev', 'previous', 'page', 'continuation',
  'cursor', 'sync', 'cancel', 'cancellation', 'design', 'lexer', 'syntax', 'punctuation', 'keyword', 'eof', 'bos',
  'eos', 'pad', 'unk', 'mask', 'sep', 'cls', 'special', 'max', 'min', 'num', 'total', 'fake', 'mock', 'dummy',
  'example', 'sample', 'placeholder', 'no', 'without', 'masked', 'redacted',
]);

/** First words that make the whole name a flag, action or handler (`isSecret`, `showPassword`, `getToken`). */
const VERB_FIRST: ReadonlySet<string> = new Set([
  'is', 'has', 'have', 'show', 'hide', 'use', 'uses', 'enable', 'disable', 'require', 'requires', 'should', 'can',
  'allow', 'allows', 'toggle', 'validate', 'check', 'forgot', 'forget', 'get', 'set', 'fetch', 'load', 'generate',
  'create', 'handle', 'on', 'with', 'without', 'must', 'needs', 'supports', 'display', 'render', 'ask', 'prompt',
  'hash', 'compare', 'encrypt', 'decrypt', 'verify', 'parse', 'read', 'save', 'remove', 'delete', 'clear', 'revoke',
]);

/** Verbs that name an action only when they stand before a password word (`resetPassword`, not `resetToken`). */
const PASSWORD_ACTION_FIRST: ReadonlySet<string> = new Set(['reset', 'change', 'update', 'recover']);

const HASH_WORDS: ReadonlySet<string> = new Set([
  'hash', 'hashes', 'hashed', 'sha', 'sha1', 'sha256', 'sha384', 'sha512', 'md5', 'digest', 'checksum', 'etag',
  'commit', 'rev', 'revision', 'integrity', 'fingerprint', 'crc', 'crc32',
]);

const ID_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'uuid', 'guid', 'sid', 'kid', 'identifier']);

interface StrongMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: SecretNameClass;
}

/** The last strong term of `words`: a pair, a single word, or `pass` as the last word. */
function lastStrongTerm(words: readonly string[]): StrongMatch | null {
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index] ?? '';
    const previous = index > 0 ? (words[index - 1] ?? '') : '';
    if (TOKEN_PAIRS.some(([first, second]) => first === previous && second === word)) {
      return { start: index - 1, end: index + 1, kind: 'token' };
    }
    if (PASSWORD_WORDS.has(word)) return { start: index, end: index + 1, kind: 'password' };
    if (word === 'pass' && index === words.length - 1 && (index === 0 || PASS_HOLDERS.has(words[index - 1] ?? ''))) {
      return { start: index, end: index + 1, kind: 'password' };
    }
    if (TOKEN_WORDS.has(word)) return { start: index, end: index + 1, kind: 'token' };
  }
  return null;
}

function matchesAny(words: readonly string[], names: readonly string[] | undefined): number {
  if (!names) return -1;
  for (const entry of names) {
    const entryWords = nameWords(entry);
    if (entryWords.length === 0) continue;
    const at = indexOfWords(words, entryWords);
    if (at >= 0) return at + entryWords.length;
  }
  return -1;
}

/** Words that make an extra name password-class (`pin`, `pass code`, `admin passwort`). */
const EXTRA_PASSWORD_WORDS: ReadonlySet<string> = new Set([...PASSWORD_WORDS, 'pass', 'pin', 'passwort', 'passcode']);

/** Whether the extra name that matched (ending at `end`) is a password-class name. */
function extraIsPassword(words: readonly string[], end: number, names: readonly string[] | undefined): boolean {
  for (const entry of names ?? []) {
    const entryWords = nameWords(entry);
    const at = indexOfWords(words, entryWords);
    if (entryWords.length > 0 && at >= 0 && at + entryWords.length === end) {
      return entryWords.some((word) => EXTRA_PASSWORD_WORDS.has(word));
    }
  }
  return false;
}

function isCancelled(words: readonly string[], match: StrongMatch): boolean {
  const first = words[0] ?? '';
  if (match.start > 0 && VERB_FIRST.has(first)) return true;
  if (match.kind === 'password' && match.start > 0 && PASSWORD_ACTION_FIRST.has(first) && match.end === words.length) {
    return true;
  }
  for (let index = match.end; index < words.length; index += 1) {
    if (METADATA_AFTER.has(words[index] ?? '')) return true;
  }
  const before = words[match.start - 1];
  return before !== undefined && QUALIFIER_BEFORE.has(before);
}

/**
 * Whether `name` names a secret, and which kind: `'password'` (password, passwd, pwd, passphrase, a final `pass`)
 * or `'token'` (secret, token, API key, access/private/signing/encryption/HMAC/master/account key, credentials,
 * bearer, SAS, connection string…); `null` for names about a secret rather than holding one (`passwordMinLength`,
 * `tokenUrl`, `secretName`, `isSecret`, `showPassword`, `publicKey`, `csrfToken`, `nextToken`, `hashedPassword`).
 * `ignoreNames` silence matching names; `extraNames` add strong names (classed as password when they contain a
 * password word, `pass` or `pin`).
 */
export function classifySecretName(name: string, options?: SecretNameOptions): SecretNameClass | null {
  const words = nameWords(name);
  if (words.length === 0) return null;
  if (matchesAny(words, options?.ignoreNames) >= 0) return null;
  const strong = lastStrongTerm(words);
  const extraEnd = matchesAny(words, options?.extraNames);
  if (extraEnd >= 0 && (strong === null || extraEnd > strong.end)) {
    const kind = extraIsPassword(words, extraEnd, options?.extraNames) ? 'password' : 'token';
    const extraMatch: StrongMatch = { start: extraEnd - 1, end: extraEnd, kind };
    return isCancelled(words, extraMatch) ? null : kind;
  }
  if (strong === null || isCancelled(words, strong)) return null;
  return strong.kind;
}

/** Whether `name` marks a hash or digest (hash, sha, md5, digest, checksum, etag, commit, rev, integrity…). */
export function isHashLikeName(name: string): boolean {
  const words = nameWords(name);
  // `ETag` splits into `e`, `tag`: also try each word joined to the next.
  return words.some((word, index) => HASH_WORDS.has(word) || HASH_WORDS.has(word + (words[index + 1] ?? '')));
}

/** Whether `name` names an identifier (its last word is id, uuid, guid, sid, kid: `clientId`, `accountSid`). */
export function isIdLikeName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last !== undefined && ID_WORDS.has(last);
}
