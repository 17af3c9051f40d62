/**
 * Deterministic generators for the secrets engine's tests: a seeded PRNG, random strings, and for every
 * checksum-verified token format a freshly minted valid token and its broken twin (the same shape with one
 * checksum character changed). Tokens are built at run time so that no test file holds a literal that looks like
 * a live credential; they are random and were never issued by any provider.
 *
 * The construction of each format follows the same sources as src/secrets/checksum-tokens.ts (research note
 * §3.3, §3.4, §4; microsoft/security-utilities `IdentifiableSecrets.cs` for the Azure key layouts).
 */
import { bech32Checksum, BECH32_ALPHABET, crc32Base62, crc32Hex, crc32HexLittleEndian, marvin32, seedFromName } from '../../src/secrets/checksums';
import { checksumFormatOf, findChecksumTokens } from '../../src/secrets/checksum-tokens';

export type Rng = () => number;

export const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';
export const BASE64 = `${ALNUM}+/`;
export const BASE64URL = `${ALNUM}-_`;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomString(rng: Rng, alphabet: string, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += alphabet.charAt(Math.floor(rng() * alphabet.length));
  return text;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

// ---------------------------------------------------------------------------------------------------------------
// Azure identifiable keys

interface AzureSpec {
  readonly signature: string;
  readonly bytes: number;
  readonly seeds: readonly string[];
  readonly urlSafe?: boolean;
}

/** Random bytes, the signature at its fixed encoded offset, and the LE Marvin32 checksum in the last 4 bytes. */
function azureKey(rng: Rng, spec: AzureSpec): string {
  const dataChars = Math.ceil((spec.bytes * 8) / 6);
  const signatureOffset = dataChars - 10;
  const alphabet = spec.urlSafe === true ? BASE64URL : BASE64;
  const draft = `${randomString(rng, alphabet, signatureOffset)}${spec.signature}${'A'.repeat(6)}`;
  const bytes = Buffer.from(draft, spec.urlSafe === true ? 'base64url' : 'base64').subarray(0, spec.bytes);
  const withChecksum = Buffer.alloc(spec.bytes);
  bytes.copy(withChecksum);
  withChecksum.writeUInt32LE(marvin32(withChecksum.subarray(0, spec.bytes - 4), seedFromName(pick(rng, spec.seeds))), spec.bytes - 4);
  if (spec.urlSafe === true) {
    const encoded = withChecksum.toString('base64url');
    return encoded + '='.repeat((4 - (encoded.length % 4)) % 4);
  }
  return withChecksum.toString('base64');
}

const MESSAGING_SEEDS = ['Send0000', 'Listen00', 'Manage00'];

const AZURE_SPECS: Readonly<Record<string, AzureSpec>> = {
  'azure-storage-account-key': { signature: '+ASt', bytes: 64, seeds: ['Default0'] },
  'azure-cosmos-db-key': { signature: 'ACDb', bytes: 64, seeds: ['MastRO00', 'MastRW00', 'SystRW00'] },
  'azure-api-management-key': { signature: 'APIM', bytes: 64, seeds: ['Tenant00', 'IoTHub00', 'Gatewy00', 'GitKey00'] },
  'azure-batch-key': { signature: '+ABa', bytes: 64, seeds: ['AbAcct00'] },
  'azure-function-key': { signature: 'AzFu', bytes: 40, seeds: ['Functi00', 'Master00', 'System00'], urlSafe: true },
  'azure-service-bus-key': { signature: '+ASb', bytes: 32, seeds: MESSAGING_SEEDS },
  'azure-event-hubs-key': { signature: '+AEh', bytes: 32, seeds: MESSAGING_SEEDS },
  'azure-relay-key': { signature: '+ARm', bytes: 32, seeds: MESSAGING_SEEDS },
  'azure-cache-for-redis-key': { signature: 'AzCa', bytes: 32, seeds: ['Access00'] },
  'azure-container-registry-key': { signature: '+ACR', bytes: 39, seeds: ['ACRDflt0'] },
  'azure-search-key': { signature: 'AzSe', bytes: 39, seeds: ['Query000', 'PAdmin00'] },
};

/**
 * A legacy common annotated key (CASK): 52 random alnum, `JQQJ99`, a year/month pair, 16 reserved characters, a
 * 4-letter provider signature, then the checksum: 4 base64 characters of its first 3 bytes (84-character form) or
 * the full 64-byte base64 (88-character form). Retried until the checksum renders without `+` or `/`.
 */
function caskKey(rng: Rng, long: boolean): string {
  for (;;) {
    const head = `${randomString(rng, ALNUM, 52)}JQQJ99${randomString(rng, 'ABCD', 1)}${randomString(rng, 'ABCDEFGHIJKL', 1)}${randomString(rng, ALNUM, 16)}${pick(rng, ['ACOG', 'AZEG', 'AWPS'])}`;
    const bytes = Buffer.alloc(64);
    Buffer.from(head, 'base64').copy(bytes);
    bytes.writeUInt32LE(marvin32(bytes.subarray(0, 60), seedFromName('Default0')), 60);
    const key = long ? bytes.toString('base64') : head + bytes.subarray(60, 63).toString('base64');
    if (/^[\dA-Za-z]+=*$/u.test(key)) return key;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The other formats

function base62Crc(rng: Rng, prefix: string): string {
  const body = randomString(rng, ALNUM, 30);
  return `${prefix}${body}${crc32Base62(body)}`;
}

function ageKey(rng: Rng): string {
  const bits: number[] = [];
  for (let index = 0; index < 256; index++) bits.push(rng() < 0.5 ? 0 : 1);
  while (bits.length % 5 !== 0) bits.push(0);
  const data: number[] = [];
  for (let index = 0; index < bits.length; index += 5) {
    data.push(bits.slice(index, index + 5).reduce((value, bit) => value * 2 + bit, 0));
  }
  const body = data.map((value) => BECH32_ALPHABET.charAt(value)).join('') + bech32Checksum('age-secret-key-', data);
  return `AGE-SECRET-KEY-1${body.toUpperCase()}`;
}

const GENERATORS: Readonly<Record<string, (rng: Rng) => string>> = {
  'github-personal-access-token': (rng) => base62Crc(rng, 'ghp_'),
  'github-oauth-token': (rng) => base62Crc(rng, 'gho_'),
  'github-user-to-server-token': (rng) => base62Crc(rng, 'ghu_'),
  'github-server-to-server-token': (rng) => base62Crc(rng, 'ghs_'),
  'github-refresh-token': (rng) => base62Crc(rng, 'ghr_'),
  'npm-access-token': (rng) => base62Crc(rng, 'npm_'),
  'grafana-service-account-token': (rng) => {
    const head = `glsa_${randomString(rng, ALNUM, 32)}`;
    return `${head}_${crc32HexLittleEndian(head)}`;
  },
  'atlassian-api-token': (rng) => {
    const head = `ATATT3xFfGF0${randomString(rng, BASE64URL, 171)}=`;
    return head + crc32Hex(head).toUpperCase();
  },
  'bitbucket-app-password': (rng) => {
    const head = `ATBB${randomString(rng, ALNUM, 24)}`;
    return head + crc32Hex(head).toUpperCase();
  },
  'cloudflare-api-key': (rng) => {
    const body = randomString(rng, ALNUM, 40);
    return `cfk_${body}${crc32Hex(body)}`;
  },
  'cloudflare-user-api-token': (rng) => {
    const body = randomString(rng, ALNUM, 40);
    return `cfut_${body}${crc32Hex(body)}`;
  },
  'cloudflare-account-api-token': (rng) => {
    const body = randomString(rng, ALNUM, 40);
    return `cfat_${body}${crc32Hex(body)}`;
  },
  'age-secret-key': ageKey,
  ...Object.fromEntries(Object.entries(AZURE_SPECS).map(([id, spec]) => [id, (rng: Rng) => azureKey(rng, spec)])),
  'azure-common-annotated-key': (rng) => caskKey(rng, rng() < 0.5),
};

/** Every checksum-verified format id that `generateValid` can mint. */
export const CHECKSUM_FORMATS: readonly string[] = Object.keys(GENERATORS);

/** A random token of `format` whose checksum verifies. */
export function generateValid(format: string, rng: Rng): string {
  const generator = GENERATORS[format];
  if (generator === undefined) throw new Error(`no generator for ${format}`);
  return generator(rng);
}

/** How many characters at the end (before `=` padding) hold the checksum, by format. */
function checksumChars(format: string, token: string): number {
  if (format.startsWith('github-') || format === 'npm-access-token' || format === 'age-secret-key') return 6;
  if (format === 'azure-common-annotated-key') return token.length === 84 ? 4 : 6;
  if (format.startsWith('azure-')) return 6;
  return 8;
}

const SWAPS = ['0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'];

/**
 * `token` with one character of its checksum changed so that the shape (prefix, length, character classes) still
 * holds but the checksum no longer verifies. Throws if `token` has no checksum format.
 */
export function breakChecksum(token: string): string {
  const format = checksumFormatOf(token);
  if (format === null) throw new Error('not a checksum-format token');
  let end = token.length;
  while (token.charAt(end - 1) === '=') end--;
  const width = checksumChars(format, token);
  for (let position = end - 1; position >= end - width; position--) {
    const char = token.charAt(position);
    const group = SWAPS.find((letters) => letters.includes(char)) ?? ALNUM;
    for (let step = 1; step < group.length; step++) {
      const replacement = group.charAt((group.indexOf(char) + step) % group.length);
      const twin = token.slice(0, position) + replacement + token.slice(position + 1);
      if (checksumFormatOf(twin) === format && findChecksumTokens(twin).length === 0) return twin;
    }
  }
  throw new Error(`could not break the checksum of a ${format} token`);
}
