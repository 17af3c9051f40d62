/**
 * The checksum algorithms that let a provider token be verified offline, with no network call and no secret
 * material: a token whose checksum verifies was minted by the provider's generator (or by a tool that copies it),
 * never typed by hand as a placeholder. Pure functions over strings and bytes; no ESLint, no state.
 *
 * Facts and their sources (research note /work/shared/research/secrets.md §3.3, §3.4, §4):
 * - CRC32: IEEE CRC-32 as in zlib (Node's `zlib.crc32`), used by GitHub classic tokens and npm tokens (base62
 *   rendering, GitHub blog "Behind GitHub's new authentication token formats", 2021), Grafana service-account
 *   tokens, Atlassian/Bitbucket and Cloudflare tokens (hex rendering; Samsung CredSweeper's value filters).
 * - Base62 with alphabet `0-9A-Za-z`, big-endian, left-padded with `0` (as GitHub renders the CRC32).
 * - Marvin32: the seeded hash of .NET and SymCrypt, as microsoft/security-utilities uses it to checksum Azure
 *   "identifiable keys" (`Marvin.cs`; the 64-bit state is folded to 32 bits as `p0 ^ p1`). Checksum seeds are the
 *   8 ASCII bytes of a public name read big-endian (`IdentifiableMetadata.cs`, e.g. `Default0`).
 * - Bech32: the BIP-173 checksum (polymod constant 1), used by age for `AGE-SECRET-KEY-1…` identities.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';

/** Base62 digits in value order, as GitHub and npm render their checksums. */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** IEEE CRC-32 of an ASCII string (callers only pass strings that their shape check has restricted to ASCII). */
export function crc32(text: string): number {
  return zlibCrc32(text);
}

/** `value` (a non-negative integer below 2^53) in base62, left-padded with `0` to `width` characters. */
export function encodeBase62(value: number, width: number): string {
  let digits = '';
  let rest = value;
  do {
    digits = BASE62_ALPHABET.charAt(rest % 62) + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return digits.padStart(width, '0');
}

/** The value of a base62 string, or -1 when it holds a character outside the alphabet. */
export function decodeBase62(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = BASE62_ALPHABET.indexOf(char);
    if (digit < 0) return -1;
    value = value * 62 + digit;
  }
  return value;
}

/** CRC-32 of `text` as 6 base62 characters: the GitHub classic / npm token checksum. */
export function crc32Base62(text: string): string {
  return encodeBase62(crc32(text), 6);
}

/** CRC-32 of `text` as 8 lower-case hex digits, most significant byte first (Atlassian, Cloudflare). */
export function crc32Hex(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}

/** CRC-32 of `text` as 8 lower-case hex digits of its little-endian bytes (Grafana service-account tokens). */
export function crc32HexLittleEndian(text: string): string {
  const value = crc32(text);
  let hex = '';
  for (let byte = 0; byte < 4; byte++) hex += ((value >>> (8 * byte)) & 0xff).toString(16).padStart(2, '0');
  return hex;
}

// ---------------------------------------------------------------------------------------------------------------
// Marvin32

function rotateLeft(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}

/** Reads 4 bytes little-endian as an unsigned 32-bit integer. */
function readUint32LE(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8) | ((bytes[offset + 2] ?? 0) << 16) | ((bytes[offset + 3] ?? 0) << 24)) >>> 0;
}

/**
 * The Marvin state after hashing `bytes`: `[p0, p1]`, each an unsigned 32-bit integer. The seed's low half
 * starts `p0`, its high half `p1`. Each 4-byte little-endian word is added to `p0` and mixed by one block round;
 * the 0–3 leftover bytes are closed by a `0x80` byte, added, and mixed by two final rounds.
 */
function marvinState(bytes: Uint8Array, seed: bigint): readonly [number, number] {
  let p0 = Number(seed & 0xffffffffn);
  let p1 = Number((seed >> 32n) & 0xffffffffn);
  const mix = (): void => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotateLeft(p0, 20);
    p0 = (p0 + p1) >>> 0;
    p1 = rotateLeft(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotateLeft(p0, 27);
    p0 = (p0 + p1) >>> 0;
    p1 = rotateLeft(p1, 19);
  };
  const whole = bytes.length - (bytes.length % 4);
  for (let offset = 0; offset < whole; offset += 4) {
    p0 = (p0 + readUint32LE(bytes, offset)) >>> 0;
    mix();
  }
  let last = 0x80;
  for (let index = bytes.length - 1; index >= whole; index--) last = ((last << 8) | (bytes[index] ?? 0)) >>> 0;
  p0 = (p0 + last) >>> 0;
  mix();
  mix();
  return [p0, p1];
}

/** The 64-bit Marvin hash of `bytes` under `seed` (`p1` in the high half), as SymCrypt and .NET define it. */
export function marvin64(bytes: Uint8Array, seed: bigint): bigint {
  const [p0, p1] = marvinState(bytes, seed);
  return (BigInt(p1) << 32n) | BigInt(p0);
}

/** Marvin folded to 32 bits (`p0 ^ p1`), unsigned: the checksum of Azure identifiable keys. */
export function marvin32(bytes: Uint8Array, seed: bigint): number {
  const [p0, p1] = marvinState(bytes, seed);
  return (p0 ^ p1) >>> 0;
}

/** A Marvin checksum seed from its 8-character public name, e.g. `Default0` → 0x44656661756c7430. */
export function seedFromName(name: string): bigint {
  let seed = 0n;
  for (let index = 0; index < 8; index++) seed = (seed << 8n) | BigInt(name.charCodeAt(index) & 0xff);
  return seed;
}

/**
 * Whether base64 `bytes` end with the little-endian Marvin32 checksum of everything before them, under one of
 * `seeds` (the Azure identifiable-key rule of `IdentifiableSecrets.ValidateChecksum`).
 */
export function hasMarvinChecksum(bytes: Uint8Array, seeds: readonly bigint[]): boolean {
  if (bytes.length < 8) return false;
  const body = bytes.subarray(0, bytes.length - 4);
  const stored = readUint32LE(bytes, bytes.length - 4);
  return seeds.some((seed) => marvin32(body, seed) === stored);
}

// ---------------------------------------------------------------------------------------------------------------
// Bech32 (BIP-173)

/** Bech32 data characters in value order. */
export const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATORS: readonly number[] = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = (((checksum & 0x1ffffff) << 5) ^ value) >>> 0;
    for (let bit = 0; bit < 5; bit++) {
      if ((top >>> bit) & 1) checksum = (checksum ^ (BECH32_GENERATORS[bit] ?? 0)) >>> 0;
    }
  }
  return checksum;
}

function bech32HrpExpand(hrp: string): number[] {
  const high: number[] = [];
  const low: number[] = [];
  for (let index = 0; index < hrp.length; index++) {
    const code = hrp.charCodeAt(index);
    high.push(code >>> 5);
    low.push(code & 31);
  }
  return [...high, 0, ...low];
}

/**
 * Whether `text` is a Bech32 string with a valid checksum: one case throughout, a human-readable part, the
 * separator `1` (the last one), and at least 6 data characters of which the last 6 are the checksum.
 */
export function isValidBech32(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower !== text && text.toUpperCase() !== text) return false;
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || lower.length - separator - 1 < 6) return false;
  const data: number[] = [];
  for (const char of lower.slice(separator + 1)) {
    const value = BECH32_ALPHABET.indexOf(char);
    if (value < 0) return false;
    data.push(value);
  }
  return bech32Polymod([...bech32HrpExpand(lower.slice(0, separator)), ...data]) === 1;
}

/** The 6 checksum characters that make `hrp` + `1` + data a valid Bech32 string (data as 5-bit values). */
export function bech32Checksum(hrp: string, data: readonly number[]): string {
  const polymod = bech32Polymod([...bech32HrpExpand(hrp.toLowerCase()), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  let checksum = '';
  for (let index = 0; index < 6; index++) checksum += BECH32_ALPHABET.charAt((polymod >>> (5 * (5 - index))) & 31);
  return checksum;
}
