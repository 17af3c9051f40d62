/**
 * Which TLS protocol versions, protocol methods and OpenSSL cipher-list entries are too weak, across Node's TLS stack
 * and every client that hands its options to it. Plain data and string functions: no ESLint here.
 *
 * Sources: Node's `tls` docs (`minVersion`, `maxVersion`, `secureProtocol`, `tls.DEFAULT_MIN_VERSION`, `ciphers`),
 * Node's `SecureContext::Init` (src/crypto/crypto_context.cc) for the accepted `secureProtocol` method names, and
 * OpenSSL's ciphers(1) manual for the cipher-string syntax (`:`/`,`/space separators, `!`/`-`/`+` prefixes, `+`
 * combinations, `@STRENGTH` / `@SECLEVEL=n` commands) and aliases.
 */
import { shortestPieces } from '../utils/text-gate';

/** The version a weak minimum is raised to: the lowest protocol without known practical attacks. */
export const SAFE_MIN_VERSION = 'TLSv1.2';
/** The highest version Node speaks; what a weak maximum is raised to. */
export const SAFE_MAX_VERSION = 'TLSv1.3';

/** A protocol version below TLS 1.2, as some API spells it, with the spellings of the safe bounds in the same API. */
export interface WeakVersion {
  /** Readable name, e.g. `TLS 1.0`. */
  readonly protocol: string;
  /** The same API's spelling of TLS 1.2, what a weak minimum is raised to. */
  readonly safeMin: string;
  /** The same API's spelling of TLS 1.3, what a weak maximum is raised to. */
  readonly safeMax: string;
}

const NODE_SAFE = { safeMin: SAFE_MIN_VERSION, safeMax: SAFE_MAX_VERSION } as const;
const ELECTRON_SAFE = { safeMin: 'tls1.2', safeMax: 'tls1.3' } as const;

/**
 * Version strings below TLS 1.2. Node's `minVersion`/`maxVersion` accept `TLSv1` and `TLSv1.1` (`TLSv1.0` and `SSLv3`
 * throw at run time but say what the author meant); Electron's `session.setSSLConfig` spells them `tls1` and `tls1.1`.
 */
export const WEAK_VERSIONS: ReadonlyMap<string, WeakVersion> = new Map<string, WeakVersion>([
  ['SSLv3', { protocol: 'SSL 3.0', ...NODE_SAFE }],
  ['TLSv1', { protocol: 'TLS 1.0', ...NODE_SAFE }],
  ['TLSv1.0', { protocol: 'TLS 1.0', ...NODE_SAFE }],
  ['TLSv1.1', { protocol: 'TLS 1.1', ...NODE_SAFE }],
  ['tls1', { protocol: 'TLS 1.0', ...ELECTRON_SAFE }],
  ['tls1.1', { protocol: 'TLS 1.1', ...ELECTRON_SAFE }],
]);

export type VersionBound = 'min' | 'max';

/** Option keys that set a protocol bound for one connection or server. */
export const VERSION_OPTION_KEYS: ReadonlyMap<string, VersionBound> = new Map([
  ['minVersion', 'min'],
  ['maxVersion', 'max'],
]);

/** `tls` module properties that set a bound for every connection of the process. */
export const DEFAULT_VERSION_KEYS: ReadonlyMap<string, VersionBound> = new Map([
  ['DEFAULT_MIN_VERSION', 'min'],
  ['DEFAULT_MAX_VERSION', 'max'],
]);

/** The option that picks an OpenSSL protocol method by name (legacy; conflicts with `minVersion`/`maxVersion`). */
export const SECURE_PROTOCOL_KEY = 'secureProtocol';
/** The options holding an OpenSSL cipher list (TLS 1.2 and below). */
export const CIPHER_KEYS: ReadonlySet<string> = new Set(['ciphers', 'DEFAULT_CIPHERS']);

/** What a legacy `secureProtocol` method does, phrased to follow the setting in a sentence. */
const METHOD_FAMILIES: readonly (readonly [string, string])[] = [
  ['SSLv2', 'selects SSL 2.0, a broken protocol that current Node refuses'],
  ['SSLv3', 'selects SSL 3.0, broken by POODLE, which current Node refuses'],
  ['SSLv23', 'is the legacy any-version method: it blocks TLS 1.3 and leaves the lowest version to the process default'],
  ['TLSv1', 'restricts connections to TLS 1.0, which has known attacks and is deprecated by RFC 8996'],
  ['TLSv1_1', 'restricts connections to TLS 1.1, which is deprecated by RFC 8996'],
];

/** Legacy `secureProtocol` method names (`TLSv1_method`, `TLSv1_client_method`, …) and what each does. */
export const LEGACY_SECURE_PROTOCOLS: ReadonlyMap<string, string> = new Map(
  METHOD_FAMILIES.flatMap(([family, effect]) =>
    ['method', 'client_method', 'server_method'].map((suffix): [string, string] => [`${family}_${suffix}`, effect]),
  ),
);

/** An entry of a cipher list that turns on something weak. */
export interface WeakCipherEntry {
  /** The entry as written, without a prefix, e.g. `RC4-SHA` or `ECDHE+RC4`. */
  readonly text: string;
  /** The weaknesses it turns on, e.g. `RC4`. */
  readonly classes: readonly WeakCipherClass[];
}

export type WeakCipherClass = 'NULL' | 'anonymous' | 'EXPORT' | 'RC4' | 'DES' | '3DES' | 'MD5' | 'LOW' | 'legacy-suites';

export interface CipherListAnalysis {
  /** Entries that turn on weak suites and are not turned off again later in the list, in order. */
  readonly weak: readonly WeakCipherEntry[];
  /** True when the list lowers OpenSSL's security level to 0 (`@SECLEVEL=0`). */
  readonly securityLevelZero: boolean;
}

/** Aliases that name a weak class outright (OpenSSL names are case-sensitive). */
const WEAK_ALIASES: ReadonlyMap<string, WeakCipherClass> = new Map<string, WeakCipherClass>([
  ['NULL', 'NULL'],
  ['eNULL', 'NULL'],
  ['COMPLEMENTOFALL', 'NULL'],
  ['aNULL', 'anonymous'],
  ['ADH', 'anonymous'],
  ['AECDH', 'anonymous'],
  ['EXPORT', 'EXPORT'],
  ['EXPORT40', 'EXPORT'],
  ['EXPORT56', 'EXPORT'],
  ['EXP', 'EXPORT'],
  ['RC4', 'RC4'],
  ['DES', 'DES'],
  ['3DES', '3DES'],
  ['MD5', 'MD5'],
  ['LOW', 'LOW'],
  // Not protocol settings: each selects the suites defined for that old protocol (CBC with SHA-1, 3DES,
  // anonymous Diffie-Hellman) and leaves out every AEAD suite of TLS 1.2.
  ['SSLv3', 'legacy-suites'],
  ['TLSv1', 'legacy-suites'],
  ['TLSv1.0', 'legacy-suites'],
]);

/** The weak classes a single cipher name (OpenSSL `RC4-SHA` or IANA `TLS_RSA_WITH_RC4_128_SHA`) belongs to. */
function classesOfName(name: string): WeakCipherClass[] {
  const alias = WEAK_ALIASES.get(name);
  if (alias) return [alias];
  const classes: WeakCipherClass[] = [];
  if (name.startsWith('TLS_') || name.startsWith('SSL_')) {
    // IANA names: TLS_<kx>_WITH_<cipher>_<mac>.
    const parts = name.split('_');
    if (parts.includes('NULL')) classes.push('NULL');
    if (parts.includes('anon')) classes.push('anonymous');
    if (parts.some((part) => part.startsWith('EXPORT'))) classes.push('EXPORT');
    if (parts.includes('RC4')) classes.push('RC4');
    if (parts.includes('3DES')) classes.push('3DES');
    else if (parts.includes('DES') || parts.includes('DES40')) classes.push('DES');
    if (parts.at(-1) === 'MD5') classes.push('MD5');
    return classes;
  }
  // OpenSSL names: dash-separated, e.g. EXP-RC4-MD5, ADH-AES128-SHA, ECDHE-RSA-DES-CBC3-SHA, NULL-SHA.
  const parts = name.split('-');
  if (parts.length < 2) return classes;
  const first = parts[0] ?? '';
  if (parts.includes('NULL')) classes.push('NULL');
  if (first === 'ADH' || first === 'AECDH') classes.push('anonymous');
  if (first === 'EXP' || first === 'EXP1024') classes.push('EXPORT');
  if (parts.includes('RC4')) classes.push('RC4');
  // DES-CBC3-SHA and EDH-RSA-DES-CBC3-SHA are triple DES; DES-CBC-SHA is single DES.
  if (parts.includes('CBC3')) classes.push('3DES');
  else if (parts.includes('DES') || parts.includes('DES40')) classes.push('DES');
  if (parts.at(-1) === 'MD5') classes.push('MD5');
  return classes;
}

/** The weak classes an entry body turns on; `A+B` selects suites that are both, so any weak part makes it weak. */
function classesOfBody(body: string): WeakCipherClass[] {
  const classes = new Set<WeakCipherClass>();
  for (const part of body.split('+')) for (const found of classesOfName(part)) classes.add(found);
  return [...classes];
}

function intersects(classes: readonly WeakCipherClass[], set: ReadonlySet<WeakCipherClass>): boolean {
  return classes.some((weakClass) => set.has(weakClass));
}

/**
 * Reads an OpenSSL cipher list in order, as OpenSSL does: a plain entry adds suites, `-` removes them (a later entry
 * may add them back), `!` removes them for good, `+` only reorders. Returns the weak entries still in effect at the end.
 * A removal takes out every weak entry that shares a class with it (`!MD5` takes out `RC4-MD5`), which can only
 * under-report: precision over recall.
 */
export function analyzeCipherList(list: string): CipherListAnalysis {
  // Prose that happens to sit under a `ciphers` key (a description, a message) is not a cipher list.
  const items = list.split(/[\s,:]+/u);
  if (!CIPHER_LIST_SHAPE.test(list) || !items.every(isCipherItem)) return { weak: [], securityLevelZero: false };
  let enabled: WeakCipherEntry[] = [];
  const killed = new Set<WeakCipherClass>();
  let securityLevelZero = false;
  for (const item of items) {
    // Commands ride on an entry (`DEFAULT@SECLEVEL=0`) or stand alone (`@STRENGTH`).
    const [entry = '', ...commands] = item.split('@');
    for (const command of commands) {
      if (command.startsWith('SECLEVEL=')) securityLevelZero = command === 'SECLEVEL=0';
    }
    const prefix = entry.charAt(0);
    const body = prefix === '!' || prefix === '-' || prefix === '+' ? entry.slice(1) : entry;
    if (body === '' || prefix === '+') continue;
    const classes = classesOfBody(body);
    if (classes.length === 0) continue;
    if (prefix === '!' || prefix === '-') {
      const removed = new Set(classes);
      if (prefix === '!') for (const weakClass of classes) killed.add(weakClass);
      enabled = enabled.filter((found) => !intersects(found.classes, removed));
    } else if (!intersects(classes, killed)) {
      enabled.push({ text: body, classes });
    }
  }
  return { weak: enabled, securityLevelZero };
}

/** The characters an OpenSSL cipher string is made of: names, `!-+` prefixes, `@` commands, separators. */
const CIPHER_LIST_SHAPE = /^[\s\w!+,\-.:=@]*$/u;

/** Every OpenSSL cipher name, alias and command has a capital letter or a digit (`HIGH`, `aNULL`, `@SECLEVEL=1`); English words do not. */
function isCipherItem(item: string): boolean {
  return item === '' || /[\dA-Z]/u.test(item);
}

/** Pieces of the weak version strings (`TLSv1` for `TLSv1.1`): a value that holds none of them is no weak version. */
export const WEAK_VERSION_PIECES: readonly string[] = shortestPieces(WEAK_VERSIONS.keys());

/** The protocol families of the legacy `secureProtocol` methods (`SSLv2` for `SSLv23_method`): each method holds one. */
export const LEGACY_PROTOCOL_PIECES: readonly string[] = shortestPieces(METHOD_FAMILIES.map(([family]) => family));

/**
 * Pieces every weak cipher-list entry, and the `@SECLEVEL=0` command, holds one of (case-sensitive, as OpenSSL names
 * are): the aliases of `WEAK_ALIASES` and the name parts `classesOfName` reads (`anon`, `EXPORT…`, `EXP1024`,
 * `DES40`, `CBC3`). A list that holds none of them is reported for nothing. Keep in step with `classesOfName`.
 */
export const WEAK_CIPHER_PIECES: readonly string[] = shortestPieces([
  ...WEAK_ALIASES.keys(),
  'anon',
  'EXPORT',
  'EXP1024',
  'DES40',
  'CBC3',
  'SECLEVEL=0',
]);

/** How each weak class reads in a message, after the entry that enables it. */
export const CIPHER_CLASS_DESCRIPTIONS: ReadonlyMap<WeakCipherClass, string> = new Map<WeakCipherClass, string>([
  ['NULL', 'no encryption'],
  ['anonymous', 'no server authentication'],
  ['EXPORT', 'export-grade keys'],
  ['RC4', 'RC4'],
  ['DES', 'single DES'],
  ['3DES', '3DES, open to Sweet32'],
  ['MD5', 'MD5 MACs'],
  ['LOW', 'low-strength ciphers'],
  ['legacy-suites', 'every legacy suite of that protocol: a cipher alias, not a protocol switch'],
]);
