/**
 * Structured secrets: credentials whose format can be parsed and confirmed offline, so that a match is a real
 * credential and not a look-alike.
 *
 * - PEM private keys (RFC 7468 labels; PKCS#1 RFC 8017, PKCS#8 RFC 5958, SEC1 RFC 5915): the body is parsed with
 *   `crypto.createPrivateKey`; encrypted PKCS#8 (`EncryptedPrivateKeyInfo`) and legacy RFC 1421 `Proc-Type: 4,ENCRYPTED`
 *   bodies are checked structurally. OpenSSH keys by the `openssh-key-v1\0` container (OpenSSH `PROTOCOL.key`);
 *   PGP blocks by their armor (RFC 4880 §6: CRC-24 line, Secret-Key packet, S2K usage octet).
 * - JWTs (RFC 7519): header JSON with `alg`, payload a JSON object; Supabase `anon` keys are public by design
 *   (research note §4, "Public by design").
 * - URLs with a password in the userinfo (WHATWG URL), credential query parameters, Azure SAS signatures
 *   (`sv=`/`skn=` with `sig=`, research note §4 row 22).
 * - Connection strings: ADO.NET `Password=`/`Pwd=`, Azure Storage `AccountKey=`, Service Bus/Event Hubs/IoT Hub
 *   `SharedAccessKey=`, SignalR `AccessKey=`.
 * - HTTP `Authorization` literals (RFC 7617 Basic, RFC 6750 Bearer, GitHub's `token`).
 *
 * Placeholders, user-equals-password, documentation hosts and well-known defaults on loopback hosts stay silent
 * (research note §7; secretlint's basic-auth and database-connection-string rules, §2). Every scan is linear: each
 * family is entered through an `indexOf` prefilter and every look-around is bounded.
 */
import { createPrivateKey } from 'node:crypto';
import { isPlaceholder } from './placeholders';
import type { SecretConfidence, SecretMatch } from './types';

/**
 * Keys that ship with local emulators and are published by Microsoft; they grant access only to the emulator.
 * Azurite / legacy Storage Emulator (`devstoreaccount1`, Microsoft Learn "Use the Azurite emulator", well-known
 * storage account and key) and the Azure Cosmos DB emulator (Microsoft Learn "Azure Cosmos DB emulator",
 * authentication section).
 */
export const WELL_KNOWN_DEVELOPMENT_KEYS: readonly string[] = [
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
];

const MIN_LENGTH = 8;

/** Collects matches for one scan; plain local state, never shared between calls. */
interface Sink {
  readonly out: SecretMatch[];
  /** How many more private-key bodies may go through `createPrivateKey` in this call. */
  keyParses: number;
  /** How many more `key=value` candidates may be examined in this call (bounds adversarial input). */
  keyValueChecks: number;
}

/** Every structured secret in `text`, ordered by start offset. */
export function findStructuredSecrets(text: string): SecretMatch[] {
  if (text.length < MIN_LENGTH) return [];
  const sink: Sink = { out: [], keyParses: MAX_KEY_PARSES, keyValueChecks: MAX_KEY_VALUE_CHECKS };
  if (text.includes(PEM_BEGIN)) findPemKeys(text, sink);
  if (text.includes('eyJ')) findJwts(text, sink);
  if (text.includes('://')) findUrlUserinfo(text, sink);
  if (text.includes(ORACLE_THIN)) findOracleThin(text, sink);
  if (text.includes('=')) findKeyValueCredentials(text, sink);
  if (text.includes(' ') || text.includes('\t')) findAuthorizationValues(text, sink);
  return sink.out.sort((a, b) => a.start - b.start);
}

function push(
  sink: Sink,
  id: string,
  kind: string,
  confidence: SecretConfidence,
  start: number,
  end: number,
  display: string,
): void {
  sink.out.push({ id, kind, layer: 'structured', confidence, start, end, display });
}

// ---------------------------------------------------------------------------------------------------------------
// Shared value tests
// ---------------------------------------------------------------------------------------------------------------

/** Whole values that only name the thing they stand for (secretlint's placeholder list, research note §7). */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'change_me', 'change-me', 'mypassword', 'mypass',
  'placeholder', 'redacted', 'hidden', 'masked', 'example', 'sample', 'dummy', 'fake', 'test', 'testing', 'todo',
  'token', 'apikey', 'api_key', 'accesskey', 'secretkey', 'null', 'undefined', 'none', 'empty', 'x-oauth-basic',
]);

/** Passwords that images, tutorials and vendor quick-starts use by default; silent on loopback hosts only. */
const DEFAULT_PASSWORDS: ReadonlySet<string> = new Set([
  'postgres', 'postgresql', 'root', 'toor', 'admin', 'administrator', 'guest', 'mysql', 'mariadb', 'redis', 'mongo',
  'mongodb', 'rabbitmq', 'user', 'sa', 'docker', 'dev', 'development', 'local', 'localdev', 'default', 'demo',
  'letmein', 'qwerty', '1234', '12345', '123456', '12345678', '123456789', 'password1', 'password123', 'pass1234',
  'admin123', 'root123', 'secret123', 'p@ssw0rd', 'p@ssword', 'passw0rd', 'pa55w0rd', 'pa55word', 'mysecretpassword',
  'yourstrong(!)password', 'yourstrong@passw0rd', 'your_password123',
]);

/** Passwords of published specification samples, silent everywhere (RFC 7617 §2: `Aladdin:open sesame`). */
const SAMPLE_PASSWORDS: ReadonlySet<string> = new Set(['open sesame', 'tiger']);

const TEMPLATE_MARKERS: readonly string[] = ['${', '{{', '$(', '#{', '***', '<%'];
const WRAPPED_PLACEHOLDER = /^(?:%\w+%|\$\w+|@\w+@|<[^<>]*>|\{\w*\}|\[\w*\])$/u;

/** Whether a password-like value is a placeholder, a template or a reference rather than a credential. */
function isPlaceholderValue(value: string): boolean {
  if (isPlaceholder(value)) return true;
  if (PLACEHOLDER_WORDS.has(value.toLowerCase())) return true;
  if (TEMPLATE_MARKERS.some((marker) => value.includes(marker))) return true;
  return WRAPPED_PLACEHOLDER.test(value);
}

/** Documentation hosts (RFC 2606 / RFC 6761) and placeholder host names: a credential there is a sample. */
function isDocumentationHost(host: string): boolean {
  if (host === 'host' || host === 'hostname' || host.includes('your')) return true;
  return (
    /^(?:.+\.)?example\.(?:com|net|org)$/u.test(host) || host.endsWith('.example') || host.endsWith('.invalid')
  );
}

/** Loopback and same-machine hosts, where a credential is usually a local development default. */
function isLoopbackHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.startsWith('127.') ||
    host === '::1' ||
    host === '[::1]' ||
    host === '0.0.0.0' ||
    host === 'host.docker.internal' ||
    host === '.' ||
    host === '(local)' ||
    host.startsWith('(localdb)')
  );
}

/**
 * Whether a password set beside a user and a host (a connection object such as knex's
 * `{ host: '127.0.0.1', user: 'postgres', password: 'postgres' }`) is a local development default: a well-known
 * default password, or one that repeats the user name, on a loopback host. The URL form stays silent on the same.
 */
export function isLocalDevelopmentDefault(user: string, password: string, host: string): boolean {
  const lower = password.toLowerCase();
  return isLoopbackHost(host.toLowerCase()) && (DEFAULT_PASSWORDS.has(lower) || (user !== '' && lower === user.toLowerCase()));
}

/**
 * How a password found next to a user and a host should be reported: `undefined` when it is not a credential
 * (too short, placeholder, echo of the user, emulator key, documentation host, or a default on a loopback host).
 */
function passwordConfidence(user: string, password: string, host: string): SecretConfidence | undefined {
  if (password.length < 4 || isPlaceholderValue(password)) return undefined;
  if (password.toLowerCase() === user.toLowerCase()) return undefined;
  if (WELL_KNOWN_DEVELOPMENT_KEYS.includes(password) || SAMPLE_PASSWORDS.has(password.toLowerCase())) return undefined;
  if (host !== '' && isDocumentationHost(host)) return undefined;
  const isDefault = DEFAULT_PASSWORDS.has(password.toLowerCase());
  if (isLoopbackHost(host)) return isDefault ? undefined : 'medium';
  return isDefault ? 'medium' : 'high';
}

/**
 * Whether a token-charset value looks machine-generated: letters and digits mixed, spread over enough distinct
 * characters, and not a run of dictionary-like words (`my-api-token-2024`). Hex values need a longer length.
 */
function looksRandom(value: string): boolean {
  if (value.length < 20 || isPlaceholderValue(value)) return false;
  if (!/\d/u.test(value) || !/[a-z]/iu.test(value)) return false;
  if (distinctCount(value) < 10) return false;
  if (/^[\da-f]+$/iu.test(value)) return value.length >= 32;
  let wordChars = 0;
  for (const segment of value.split(/[^\da-z]+/iu)) {
    if (segment.length >= 4 && /^[A-Z]?[a-z]+$/u.test(segment)) wordChars += segment.length;
  }
  return wordChars * 2 < value.length;
}

function distinctCount(value: string): number {
  return new Set(value).size;
}

const BASE64 = /^[\d+/A-Za-z]+={0,2}$/u;

/** Strict standard base64 (padded), or `undefined`. */
function decodeBase64(value: string): Buffer | undefined {
  if (value.length % 4 !== 0 || !BASE64.test(value)) return undefined;
  return Buffer.from(value, 'base64');
}

function isBase64UrlCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 95
  );
}

// ---------------------------------------------------------------------------------------------------------------
// PEM private keys
// ---------------------------------------------------------------------------------------------------------------

type PemFormat = 'pkcs8' | 'pkcs1' | 'sec1' | 'traditional' | 'encrypted-pkcs8' | 'openssh' | 'pgp';

interface PemLabel {
  readonly kind: string;
  readonly format: PemFormat;
}

const PEM_BEGIN = '-----BEGIN ';
const PEM_DASHES = '-----';
const MAX_PEM_LABEL = 40;
const MAX_PEM_BODY = 65_536;
/** Full OpenSSL parses per call; further keys in the same string are confirmed by their DER structure only. */
const MAX_KEY_PARSES = 16;

/** The private-key labels; `PUBLIC KEY`, `CERTIFICATE` and the rest are never reported. */
const PEM_LABELS: ReadonlyMap<string, PemLabel> = new Map([
  ['PRIVATE KEY', { kind: 'PKCS#8 private key', format: 'pkcs8' }],
  ['RSA PRIVATE KEY', { kind: 'RSA private key', format: 'pkcs1' }],
  ['EC PRIVATE KEY', { kind: 'EC private key', format: 'sec1' }],
  ['DSA PRIVATE KEY', { kind: 'DSA private key', format: 'traditional' }],
  ['ENCRYPTED PRIVATE KEY', { kind: 'encrypted PKCS#8 private key', format: 'encrypted-pkcs8' }],
  ['OPENSSH PRIVATE KEY', { kind: 'OpenSSH private key', format: 'openssh' }],
  ['PGP PRIVATE KEY BLOCK', { kind: 'PGP private key block', format: 'pgp' }],
  ['PGP PRIVATE KEY', { kind: 'PGP private key block', format: 'pgp' }],
] as const);

/** A newline written as an escape (`\n`, `\\n`, `\r\n`) inside JSON or a raw template. */
const ESCAPED_NEWLINE = /(?<!\\)\\+[nr]/gu;
const LINE_BREAK = /\r\n?|\n/u;

interface PemBody {
  /** Concatenated base64 lines. */
  readonly base64: string;
  /** RFC 1421 / armor headers (`Proc-Type`, `DEK-Info`, `Version`). */
  readonly headers: readonly string[];
  /** A PGP armor checksum (`=XXXX`), when present. */
  readonly checksum: string | undefined;
}

/** The key verdict: `undefined` when the body is not a real key. */
type KeyVerdict = 'plain' | 'encrypted' | undefined;

function findPemKeys(text: string, sink: Sink): void {
  const footers = new Map<string, number>();
  let from = 0;
  for (;;) {
    const at = text.indexOf(PEM_BEGIN, from);
    if (at === -1) return;
    const labelStart = at + PEM_BEGIN.length;
    const labelEnd = text.indexOf(PEM_DASHES, labelStart);
    if (labelEnd === -1) return;
    from = labelStart;
    if (labelEnd - labelStart > MAX_PEM_LABEL) continue;
    const label = text.slice(labelStart, labelEnd);
    const spec = PEM_LABELS.get(label);
    if (!spec) continue;
    const headerEnd = labelEnd + PEM_DASHES.length;
    const footer = `-----END ${label}-----`;
    // Footer positions only move forward, so a remembered position (or a remembered miss) is reused.
    let footerAt = footers.get(label);
    if (footerAt === undefined || (footerAt !== -1 && footerAt < headerEnd)) {
      footerAt = text.indexOf(footer, headerEnd);
      footers.set(label, footerAt);
    }
    if (footerAt === -1 || footerAt - headerEnd > MAX_PEM_BODY) continue;
    const body = readPemBody(text.slice(headerEnd, footerAt));
    const verdict = body && judgeKey(spec.format, body, sink);
    if (!verdict) continue;
    const encrypted = verdict === 'encrypted';
    push(
      sink,
      encrypted ? 'pem-encrypted-private-key' : 'pem-private-key',
      encrypted && spec.format !== 'encrypted-pkcs8' ? `encrypted ${spec.kind}` : spec.kind,
      encrypted ? 'medium' : 'high',
      at,
      footerAt + footer.length,
      `-----BEGIN ${label}-----`,
    );
    from = footerAt + footer.length;
  }
}

/** Splits a PEM body into headers, base64 and armor checksum; `undefined` when a line is not base64. */
function readPemBody(raw: string): PemBody | undefined {
  const headers: string[] = [];
  let base64 = '';
  let checksum: string | undefined;
  for (const line of raw.replace(ESCAPED_NEWLINE, '\n').split(LINE_BREAK)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.includes(':')) {
      if (base64 !== '') return undefined;
      headers.push(trimmed);
    } else if (trimmed.length === 5 && trimmed.startsWith('=')) {
      checksum = trimmed.slice(1);
    } else {
      if (checksum !== undefined) return undefined;
      base64 += trimmed;
    }
  }
  return base64.length >= 16 ? { base64, headers, checksum } : undefined;
}

function judgeKey(format: PemFormat, body: PemBody, sink: Sink): KeyVerdict {
  const bytes = decodeBase64(body.base64);
  if (!bytes) return undefined;
  switch (format) {
    case 'openssh':
      return judgeOpenSsh(bytes);
    case 'pgp':
      return judgePgp(bytes, body.checksum);
    case 'encrypted-pkcs8':
      return isEncryptedPrivateKeyInfo(bytes) ? 'encrypted' : undefined;
    default:
      if (body.headers.some((header) => /^proc-type:\s*4,\s*encrypted$/iu.test(header))) {
        return isLegacyEncryptedBody(body.headers, bytes) ? 'encrypted' : undefined;
      }
      return judgeDerKey(format, body.base64, bytes, sink);
  }
}

/** PKCS#1, PKCS#8, SEC1 and traditional DSA bodies: DER shape first, then OpenSSL's parser. */
function judgeDerKey(format: PemFormat, base64: string, der: Buffer, sink: Sink): KeyVerdict {
  if (derElementEnd(der, 0, 0x30) !== der.length) return undefined;
  if (sink.keyParses <= 0) return 'plain';
  sink.keyParses -= 1;
  try {
    if (format === 'pkcs8' || format === 'pkcs1' || format === 'sec1') {
      createPrivateKey({ key: der, format: 'der', type: format });
    } else {
      const lines = base64.match(/.{1,64}/gu) ?? [];
      createPrivateKey(`-----BEGIN DSA PRIVATE KEY-----\n${lines.join('\n')}\n-----END DSA PRIVATE KEY-----\n`);
    }
    return 'plain';
  } catch {
    return undefined;
  }
}

/**
 * End offset of the DER element with tag `tag` at `pos` (definite lengths only), or -1.
 */
function derElementEnd(der: Buffer, pos: number, tag: number): number {
  if (pos + 2 > der.length || der[pos] !== tag) return -1;
  const first = der[pos + 1] ?? 0;
  let length = first;
  let cursor = pos + 2;
  if (first >= 0x80) {
    const octets = first & 0x7f;
    if (octets === 0 || octets > 4 || cursor + octets > der.length) return -1;
    length = 0;
    for (let i = 0; i < octets; i += 1) length = length * 256 + (der[cursor + i] ?? 0);
    cursor += octets;
  }
  const end = cursor + length;
  return end <= der.length ? end : -1;
}

/** Start of the content of the DER element at `pos` (its header skipped). */
function derContentStart(der: Buffer, pos: number): number {
  const first = der[pos + 1] ?? 0;
  return pos + 2 + (first >= 0x80 ? first & 0x7f : 0);
}

/** `EncryptedPrivateKeyInfo ::= SEQUENCE { SEQUENCE { OID, params }, OCTET STRING }` (RFC 5958 §3). */
function isEncryptedPrivateKeyInfo(der: Buffer): boolean {
  if (derElementEnd(der, 0, 0x30) !== der.length) return false;
  const algorithm = derContentStart(der, 0);
  const algorithmEnd = derElementEnd(der, algorithm, 0x30);
  if (algorithmEnd === -1 || der[derContentStart(der, algorithm)] !== 0x06) return false;
  const data = derElementEnd(der, algorithmEnd, 0x04);
  return data === der.length && data - derContentStart(der, algorithmEnd) >= 16;
}

/** RFC 1421 body: a `DEK-Info: <cipher>,<hex IV>` header and whole cipher blocks. */
function isLegacyEncryptedBody(headers: readonly string[], bytes: Buffer): boolean {
  const dekInfo = headers.some((header) => /^dek-info:\s*[\w-]+,[\da-f]{16,32}$/iu.test(header));
  return dekInfo && bytes.length >= 32 && bytes.length % 8 === 0;
}

const OPENSSH_MAGIC = 'openssh-key-v1\0';

/** OpenSSH `PROTOCOL.key`: magic, cipher, kdf, kdf options, key count, public keys, private section. */
function judgeOpenSsh(bytes: Buffer): KeyVerdict {
  if (bytes.toString('latin1', 0, OPENSSH_MAGIC.length) !== OPENSSH_MAGIC) return undefined;
  const reader = { bytes, pos: OPENSSH_MAGIC.length };
  const cipher = readSshString(reader);
  const kdf = readSshString(reader);
  const kdfOptions = readSshString(reader);
  const count = readUint32(reader);
  if (cipher === undefined || kdf === undefined || kdfOptions === undefined || count === undefined) return undefined;
  if (count < 1 || count > 16) return undefined;
  for (let i = 0; i < count; i += 1) {
    const publicKey = readSshString(reader);
    if (publicKey === undefined || publicKey.length === 0) return undefined;
  }
  const privateStart = reader.pos + 4;
  const privateSection = readSshString(reader);
  if (privateSection === undefined || privateSection.length < 8 || privateSection.length % 8 !== 0) return undefined;
  const cipherName = cipher.toString('latin1');
  if (cipherName !== 'none') return 'encrypted';
  // Unencrypted: the two check integers that open the private section are equal.
  return bytes.readUInt32BE(privateStart) === bytes.readUInt32BE(privateStart + 4) ? 'plain' : undefined;
}

interface Reader {
  readonly bytes: Buffer;
  pos: number;
}

function readUint32(reader: Reader): number | undefined {
  if (reader.pos + 4 > reader.bytes.length) return undefined;
  const value = reader.bytes.readUInt32BE(reader.pos);
  reader.pos += 4;
  return value;
}

function readSshString(reader: Reader): Buffer | undefined {
  const length = readUint32(reader);
  if (length === undefined || reader.pos + length > reader.bytes.length) return undefined;
  const value = reader.bytes.subarray(reader.pos, reader.pos + length);
  reader.pos += length;
  return value;
}

/** OpenPGP armored private key (RFC 4880 §6.1 CRC-24, §5.5.3 Secret-Key packet; RFC 9580 v6 keys). */
function judgePgp(bytes: Buffer, checksum: string | undefined): KeyVerdict {
  if (checksum !== undefined) {
    const expected = decodeBase64(checksum);
    const crc = crc24(bytes);
    if (expected?.length !== 3 || expected.readUIntBE(0, 3) !== crc) return undefined;
  }
  const packet = readPgpPacketHeader(bytes);
  if (packet?.tag !== 5) return undefined;
  const usage = pgpS2kUsage(bytes, packet.bodyStart, packet.bodyEnd);
  if (usage === undefined) return undefined;
  return usage === 0 ? 'plain' : 'encrypted';
}

function crc24(bytes: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let bit = 0; bit < 8; bit += 1) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function readPgpPacketHeader(bytes: Buffer): { tag: number; bodyStart: number; bodyEnd: number } | undefined {
  const first = bytes[0] ?? 0;
  if ((first & 0x80) === 0) return undefined;
  let tag: number;
  let length: number;
  let bodyStart: number;
  if (first & 0x40) {
    tag = first & 0x3f;
    const octet = bytes[1] ?? 0;
    if (octet < 192) {
      length = octet;
      bodyStart = 2;
    } else if (octet < 224) {
      length = ((octet - 192) << 8) + (bytes[2] ?? 0) + 192;
      bodyStart = 3;
    } else if (octet === 255 && bytes.length >= 6) {
      length = bytes.readUInt32BE(2);
      bodyStart = 6;
    } else {
      return undefined;
    }
  } else {
    tag = (first >> 2) & 0x0f;
    const lengthType = first & 0x03;
    if (lengthType === 3) return undefined;
    const octets = 1 << lengthType;
    if (bytes.length < 1 + octets) return undefined;
    length = bytes.readUIntBE(1, octets);
    bodyStart = 1 + octets;
  }
  const bodyEnd = bodyStart + length;
  return bodyEnd <= bytes.length ? { tag, bodyStart, bodyEnd } : undefined;
}

/** Public-key material of a v4 key, by algorithm: MPI count or a fixed layout (RFC 4880 §5.5.2, RFC 9580). */
const PGP_MPI_COUNT: ReadonlyMap<number, number> = new Map([
  [1, 2],
  [2, 2],
  [3, 2],
  [16, 3],
  [17, 4],
]);
const PGP_FIXED_LENGTH: ReadonlyMap<number, number> = new Map([
  [25, 32],
  [26, 56],
  [27, 32],
  [28, 57],
]);

/** The S2K usage octet after the public part of a Secret-Key packet: 0 means the secret is stored in the clear. */
function pgpS2kUsage(bytes: Buffer, start: number, end: number): number | undefined {
  const version = bytes[start];
  if (version === 5 || version === 6) {
    if (start + 10 > end) return undefined;
    const materialLength = bytes.readUInt32BE(start + 6);
    const usageAt = start + 10 + materialLength;
    return usageAt < end ? bytes[usageAt] : undefined;
  }
  if (version !== 4 || start + 6 > end) return undefined;
  const algorithm = bytes[start + 5] ?? 0;
  let pos = start + 6;
  const mpis = PGP_MPI_COUNT.get(algorithm);
  const fixed = PGP_FIXED_LENGTH.get(algorithm);
  if (mpis !== undefined) {
    for (let i = 0; i < mpis && pos !== -1; i += 1) pos = skipMpi(bytes, pos, end);
  } else if (fixed !== undefined) {
    pos += fixed;
  } else if (algorithm === 18 || algorithm === 19 || algorithm === 22) {
    pos = skipMpi(bytes, pos + 1 + (bytes[pos] ?? 0), end);
    if (algorithm === 18 && pos !== -1) pos += 1 + (bytes[pos] ?? 0);
  } else {
    return undefined;
  }
  return pos !== -1 && pos < end ? bytes[pos] : undefined;
}

function skipMpi(bytes: Buffer, pos: number, end: number): number {
  if (pos + 2 > end) return -1;
  const next = pos + 2 + Math.ceil(bytes.readUInt16BE(pos) / 8);
  return next <= end ? next : -1;
}

// ---------------------------------------------------------------------------------------------------------------
// JWTs
// ---------------------------------------------------------------------------------------------------------------

const MAX_JWT_HEADER = 4096;
const MAX_JWT_PAYLOAD = 65_536;

function runEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isBase64UrlCode(text.charCodeAt(end))) end += 1;
  return end;
}

function findJwts(text: string, sink: Sink): void {
  let from = 0;
  for (;;) {
    const at = text.indexOf('eyJ', from);
    if (at === -1) return;
    const headerEnd = runEnd(text, at);
    from = headerEnd;
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    // Glued to more token text (`ghs_123_eyJ…`, `ops_eyJ…`, `a.eyJ…`): that is someone else's format.
    if (isBase64UrlCode(before) || before === 46) continue;
    const jwt = readJwt(text, at, headerEnd);
    if (!jwt) continue;
    from = jwt.end;
    const verdict = judgeJwt(jwt);
    if (verdict) push(sink, 'jwt', 'JSON Web Token', verdict.confidence, at, jwt.end, verdict.display);
  }
}

interface JwtParts {
  readonly header: string;
  readonly payload: string;
  readonly signature: string;
  readonly end: number;
}

function readJwt(text: string, at: number, headerEnd: number): JwtParts | undefined {
  if (text.charCodeAt(headerEnd) !== 46) return undefined;
  const payloadEnd = runEnd(text, headerEnd + 1);
  if (text.charCodeAt(payloadEnd) !== 46) return undefined;
  const end = runEnd(text, payloadEnd + 1);
  // A fourth segment is a JWE or something else, not a JWS.
  if (text.charCodeAt(end) === 46 && isBase64UrlCode(text.charCodeAt(end + 1))) return undefined;
  return {
    header: text.slice(at, headerEnd),
    payload: text.slice(headerEnd + 1, payloadEnd),
    signature: text.slice(payloadEnd + 1, end),
    end,
  };
}

/** Decodes one base64url segment as a JSON object, or `undefined`. */
function decodeJsonSegment(segment: string, max: number): Record<string, unknown> | undefined {
  if (segment.length < 4 || segment.length > max || segment.length % 4 === 1) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function judgeJwt(jwt: JwtParts): { confidence: SecretConfidence; display: string } | undefined {
  const header = decodeJsonSegment(jwt.header, MAX_JWT_HEADER);
  const alg = header?.alg;
  if (typeof alg !== 'string') return undefined;
  const payload = decodeJsonSegment(jwt.payload, MAX_JWT_PAYLOAD);
  if (!payload) return undefined;
  // Supabase's anon key is shipped to browsers by design; the service_role key is a secret.
  if (payload.role === 'anon') return undefined;
  // The jwt.io debugger sample (signed with the documented "your-256-bit-secret").
  if (payload.sub === '1234567890' && payload.name === 'John Doe') return undefined;
  const unsigned = alg.toLowerCase() === 'none';
  if (!unsigned && jwt.signature.length < 16) return undefined;
  const shownAlg = /^[\w+-]{1,20}$/u.test(alg) ? alg : '?';
  return { confidence: unsigned ? 'medium' : 'high', display: `eyJ… (JWT, alg ${shownAlg})` };
}

/** Whether `value` is exactly a JWT that the JWT scan would report (used to defer `Bearer eyJ…`). */
function isJwtShaped(value: string): boolean {
  if (!value.startsWith('eyJ')) return false;
  const headerEnd = runEnd(value, 0);
  return readJwt(value, 0, headerEnd)?.end === value.length;
}

// ---------------------------------------------------------------------------------------------------------------
// URLs with credentials
// ---------------------------------------------------------------------------------------------------------------

const SCHEME_LABELS: ReadonlyMap<string, string> = new Map([
  ['postgres', 'PostgreSQL'],
  ['postgresql', 'PostgreSQL'],
  ['mysql', 'MySQL'],
  ['mysqlx', 'MySQL'],
  ['mariadb', 'MariaDB'],
  ['mongodb', 'MongoDB'],
  ['mongodb+srv', 'MongoDB'],
  ['redis', 'Redis'],
  ['rediss', 'Redis'],
  ['amqp', 'AMQP'],
  ['amqps', 'AMQP'],
  ['mssql', 'SQL Server'],
  ['sqlserver', 'SQL Server'],
  ['ftp', 'FTP'],
  ['ftps', 'FTP'],
  ['sftp', 'SFTP'],
  ['smtp', 'SMTP'],
  ['smtps', 'SMTP'],
  ['ldap', 'LDAP'],
  ['ldaps', 'LDAP'],
  ['http', 'HTTP'],
  ['https', 'HTTPS'],
]);

const MAX_SCHEME = 32;
const MAX_AUTHORITY = 512;

function isSchemeCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 45 ||
    code === 46
  );
}

/** Characters that end a URL authority here: whitespace, quotes, `/ ? # \ ; < >`. */
function endsAuthority(code: number): boolean {
  return (
    code <= 32 ||
    code === 34 ||
    code === 39 ||
    code === 96 ||
    code === 47 ||
    code === 63 ||
    code === 35 ||
    code === 92 ||
    code === 59 ||
    code === 60 ||
    code === 62
  );
}

/** A user name that may be echoed in a message: short and name-like, never a token. */
function displayUser(user: string): string {
  if (user === '') return '';
  return /^[A-Za-z][\w\-.]{0,23}$/u.test(user) && !/\d{4}/u.test(user) ? user : '***';
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function findUrlUserinfo(text: string, sink: Sink): void {
  let from = 0;
  for (;;) {
    const sep = text.indexOf('://', from);
    if (sep === -1) return;
    from = sep + 3;
    let start = sep;
    while (start > 0 && sep - start < MAX_SCHEME && isSchemeCode(text.charCodeAt(start - 1))) start -= 1;
    const scheme = text.slice(start, sep).toLowerCase();
    if (!/^[a-z]/u.test(scheme)) continue;
    const displayStart = text.slice(Math.max(0, start - 5), start).toLowerCase() === 'jdbc:' ? start - 5 : start;
    let end = from;
    let atSign = -1;
    while (end < text.length && end - from < MAX_AUTHORITY && !endsAuthority(text.charCodeAt(end))) {
      if (text.charCodeAt(end) === 64) atSign = end;
      end += 1;
    }
    if (atSign === -1) continue;
    const userinfo = text.slice(from, atSign);
    if (!userinfo.includes(':')) continue;
    const host = hostOf(text.slice(atSign + 1, end));
    let parsed: URL;
    try {
      parsed = new URL(`${scheme}://${userinfo}@h`);
    } catch {
      continue;
    }
    const user = safeDecode(parsed.username);
    const password = safeDecode(parsed.password);
    const confidence = passwordConfidence(user, password, host);
    if (!confidence) continue;
    const label = SCHEME_LABELS.get(scheme) ?? scheme.toUpperCase();
    const prefix = text.slice(displayStart, sep + 3);
    push(
      sink,
      'url-password',
      `${label} URL password`,
      confidence,
      displayStart,
      atSign + 1,
      `${prefix}${displayUser(user)}:***@`,
    );
  }
}

/** Host name of an authority's host part (`db:5432`, `[::1]:6379`, `h1:27017,h2:27017`), lower-cased. */
function hostOf(hostPart: string): string {
  const lower = hostPart.toLowerCase();
  if (lower.startsWith('[')) {
    const close = lower.indexOf(']');
    return close === -1 ? lower : lower.slice(0, close + 1);
  }
  const stop = lower.search(/[,:]/u);
  return stop === -1 ? lower : lower.slice(0, stop);
}

const ORACLE_THIN = 'jdbc:oracle:thin:';

/** Whitespace, quotes and `;` end the `user/password` part of an Oracle thin URL. */
function endsCredentials(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 96 || code === 59;
}

/** Oracle thin JDBC URLs: `jdbc:oracle:thin:user/password@host:1521:sid`. */
function findOracleThin(text: string, sink: Sink): void {
  let from = 0;
  for (;;) {
    const at = text.indexOf(ORACLE_THIN, from);
    if (at === -1) return;
    const credsStart = at + ORACLE_THIN.length;
    from = credsStart;
    let end = credsStart;
    while (end < text.length && end - credsStart < 256 && text[end] !== '@' && !endsCredentials(text.charCodeAt(end))) {
      end += 1;
    }
    if (text[end] !== '@') continue;
    const creds = text.slice(credsStart, end);
    const slash = creds.indexOf('/');
    if (slash <= 0) continue;
    const user = creds.slice(0, slash);
    let hostEnd = end + 1;
    while (hostEnd < text.length && hostEnd - end < 256 && !endsAuthority(text.charCodeAt(hostEnd))) hostEnd += 1;
    const confidence = passwordConfidence(user, creds.slice(slash + 1), hostOf(text.slice(end + 1, hostEnd)));
    if (!confidence) continue;
    push(sink, 'url-password', 'Oracle JDBC URL password', confidence, at, end + 1, `${ORACLE_THIN}${displayUser(user)}/***@`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// key=value credentials: URL query parameters and connection strings
// ---------------------------------------------------------------------------------------------------------------

type KeyRole = 'password' | 'sas-signature' | 'query-token' | 'account-key' | 'shared-access-key' | 'access-key';

/** Query parameter names (after `?` or `&`), lower-case. */
const QUERY_KEYS: ReadonlyMap<string, KeyRole> = new Map([
  ['password', 'password'],
  ['passwd', 'password'],
  ['pwd', 'password'],
  ['sig', 'sas-signature'],
  ['access_token', 'query-token'],
  ['api_key', 'query-token'],
  ['apikey', 'query-token'],
  ['key', 'query-token'],
  ['client_secret', 'query-token'],
]);

/** Connection-string keys (after `;`, a quote or the start), lower-case. */
const CONNECTION_KEYS: ReadonlyMap<string, KeyRole> = new Map([
  ['password', 'password'],
  ['pwd', 'password'],
  ['accountkey', 'account-key'],
  ['sharedaccesskey', 'shared-access-key'],
  ['accesskey', 'access-key'],
]);

const MAX_KEY_NAME = 16;
const MAX_KEY_VALUE_CHECKS = 256;
const MAX_VALUE = 2048;
const CONTEXT_RADIUS = 512;

function isKeyNameCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** Every `=` in the text: read the key name before it and dispatch on the separator in front of the key. */
function findKeyValueCredentials(text: string, sink: Sink): void {
  let eq = text.indexOf('=');
  while (eq !== -1) {
    let keyEnd = eq;
    while (keyEnd > 0 && eq - keyEnd < 4 && (text[keyEnd - 1] === ' ' || text[keyEnd - 1] === '\t')) keyEnd -= 1;
    let keyStart = keyEnd;
    while (keyStart > 0 && keyEnd - keyStart <= MAX_KEY_NAME && isKeyNameCode(text.charCodeAt(keyStart - 1))) {
      keyStart -= 1;
    }
    const length = keyEnd - keyStart;
    if (length >= 3 && length <= MAX_KEY_NAME) {
      if (sink.keyValueChecks <= 0) return;
      const key = text.slice(keyStart, keyEnd);
      const separator = keyStart > 0 ? text[keyStart - 1] : '';
      if ((separator === '?' || separator === '&') && keyEnd === eq) {
        checkQueryParameter(text, sink, key, keyStart, eq);
      } else if (startsConnectionKey(text, keyStart)) {
        checkConnectionKey(text, sink, key, keyStart, eq);
      }
    }
    eq = text.indexOf('=', eq + 1);
  }
}

/** A connection-string key starts the text, a line, a quoted string, or follows `;` (spaces allowed). */
function startsConnectionKey(text: string, keyStart: number): boolean {
  let pos = keyStart;
  while (pos > 0 && keyStart - pos < 8 && (text[pos - 1] === ' ' || text[pos - 1] === '\t')) pos -= 1;
  if (pos === 0) return true;
  const before = text[pos - 1];
  return before === ';' || before === '"' || before === "'" || before === '`' || before === '\n' || before === '\r';
}

/** The raw query value after `=`: up to `&`, `#`, whitespace or a quote. */
function queryValueEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < MAX_VALUE) {
    const code = text.charCodeAt(end);
    if (code <= 32 || code === 38 || code === 35 || code === 34 || code === 39 || code === 96 || code === 60) break;
    end += 1;
  }
  return end;
}

/** The URL (or query string) that a parameter at `pos` belongs to: from the last space or quote before it. */
function enclosingUrl(text: string, pos: number): string {
  let start = pos;
  while (start > 0 && pos - start < MAX_VALUE) {
    const code = text.charCodeAt(start - 1);
    if (code <= 32 || code === 34 || code === 39 || code === 96) break;
    start -= 1;
  }
  let end = pos;
  while (end < text.length && end - pos < MAX_VALUE) {
    const code = text.charCodeAt(end);
    if (code <= 32 || code === 34 || code === 39 || code === 96) break;
    end += 1;
  }
  return text.slice(start, end);
}

function checkQueryParameter(text: string, sink: Sink, key: string, keyStart: number, eq: number): void {
  const lower = key.toLowerCase();
  const role = QUERY_KEYS.get(lower);
  if (!role) return;
  sink.keyValueChecks -= 1;
  const valueEnd = queryValueEnd(text, eq + 1);
  const value = safeDecode(text.slice(eq + 1, valueEnd));
  if (value === '') return;
  const display = `${lower}=***`;
  if (role === 'password') {
    const url = enclosingUrl(text, keyStart);
    const user = /[&?](?:uid|user|username)=([^#&]*)/iu.exec(url)?.[1] ?? '';
    const sep = url.indexOf('://');
    const host = sep === -1 ? '' : hostOf(url.slice(sep + 3).split(/[/;?@]/u)[0] ?? '');
    const confidence = passwordConfidence(safeDecode(user), value, host);
    if (confidence) push(sink, 'url-query-password', 'password in a URL query', confidence, keyStart, valueEnd, display);
    return;
  }
  if (role === 'sas-signature') {
    const url = enclosingUrl(text, keyStart);
    const isSas = /(?:^|[&=?])sv=\d{4}-\d{2}-\d{2}(?:&|$)/iu.test(url) || /[\s&?]skn=/iu.test(url);
    if (isSas && /^[\d+/A-Za-z]{40,}={0,2}$/u.test(value) && !isPlaceholderValue(value) && distinctCount(value) >= 16) {
      push(sink, 'azure-sas-signature', 'Azure SAS token signature', 'high', keyStart, valueEnd, display);
    }
    return;
  }
  // access_token / api_key / key: only machine-looking values; JWTs and Google browser keys belong to other scans.
  if (!/^[\w+\-./=~]+$/u.test(value) || isJwtShaped(value) || value.startsWith('AIza')) return;
  if (looksRandom(value)) push(sink, 'url-query-credential', `${lower} in a URL query`, 'medium', keyStart, valueEnd, display);
}

/** Value of a connection-string pair: quoted (`"…"`, `'…'`, doubled quotes escape) or up to `;`. */
function connectionValue(text: string, start: number): { value: string; end: number } {
  let pos = start;
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos += 1;
  const quote = text[pos];
  if (quote === '"' || quote === "'") {
    let value = '';
    let cursor = pos + 1;
    while (cursor < text.length && cursor - pos < MAX_VALUE) {
      if (text[cursor] === quote) {
        if (text[cursor + 1] !== quote) return { value, end: cursor + 1 };
        cursor += 1;
      }
      value += text.charAt(cursor);
      cursor += 1;
    }
    return { value: '', end: cursor };
  }
  let end = pos;
  while (end < text.length && end - pos < MAX_VALUE) {
    const ch = text[end];
    if (ch === ';' || ch === '"' || ch === "'" || ch === '`' || ch === '\n' || ch === '\r') break;
    end += 1;
  }
  return { value: text.slice(pos, end).trim(), end };
}

/** Another ADO.NET / JDBC / Azure key in the same string, so that `Password=` sits in a connection string. */
const CONNECTION_CONTEXT =
  /(?:^|[\s"';])(?:server|data source|datasource|host|hostname|address|addr|network address|user id|userid|uid|user|username|database|initial catalog|dsn|driver|provider|port|endpoint|accountname|accountendpoint)[\t ]*=/iu;
const CONNECTION_USER = /(?:^|[\s"';])(?:user id|userid|uid|user|username)[\t ]*=([^\n"';]*)/iu;
const CONNECTION_HOST = /(?:^|[\s"';])(?:addr|address|data source|datasource|host|hostname|server)[\t ]*=([^\n"';]*)/iu;

function contextWindow(text: string, keyStart: number, end: number): string {
  return text.slice(Math.max(0, keyStart - CONTEXT_RADIUS), Math.min(text.length, end + CONTEXT_RADIUS));
}

/** Host of an ADO.NET `Server=` value: `tcp:host,1433`, `host\instance`, `(localdb)\MSSQLLocalDB`. */
function connectionHost(value: string): string {
  const lower = value.trim().toLowerCase().replace(/^(?:lpc|np|tcp):/u, '');
  if (lower.startsWith('(localdb)')) return '(localdb)';
  const stop = lower.search(/[,:\\]/u);
  return stop === -1 ? lower : lower.slice(0, stop);
}

function checkConnectionKey(text: string, sink: Sink, key: string, keyStart: number, eq: number): void {
  const role = CONNECTION_KEYS.get(key.toLowerCase());
  if (!role) return;
  sink.keyValueChecks -= 1;
  const { value, end } = connectionValue(text, eq + 1);
  if (value === '') return;
  const window = contextWindow(text, keyStart, end);
  const display = `${key}=***`;
  if (role === 'password') {
    if (!window.includes(';') || !CONNECTION_CONTEXT.test(window)) return;
    const user = CONNECTION_USER.exec(window)?.[1]?.trim() ?? '';
    const host = connectionHost(CONNECTION_HOST.exec(window)?.[1] ?? '');
    const confidence = passwordConfidence(user, value, host);
    if (confidence) push(sink, 'connection-string-password', 'connection string password', confidence, keyStart, end, display);
    return;
  }
  const minimum = role === 'account-key' ? 40 : 32;
  if (value.length < minimum || !decodeBase64(value) || distinctCount(value) < 16) return;
  if (isPlaceholderValue(value) || WELL_KNOWN_DEVELOPMENT_KEYS.includes(value)) return;
  if (/usedevelopmentstorage\s*=\s*true/iu.test(window)) return;
  if (role === 'account-key') {
    const cosmos = /accountendpoint\s*=/iu.test(window);
    push(
      sink,
      cosmos ? 'azure-cosmos-account-key' : 'azure-storage-account-key',
      cosmos ? 'Azure Cosmos DB account key' : 'Azure Storage account key',
      'high',
      keyStart,
      end,
      display,
    );
  } else if (role === 'shared-access-key') {
    push(sink, 'azure-shared-access-key', 'Azure shared access key', 'high', keyStart, end, display);
  } else {
    push(sink, 'connection-string-access-key', 'connection string access key', 'high', keyStart, end, display);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP Authorization values
// ---------------------------------------------------------------------------------------------------------------

const AUTH_SCHEME = /\b(basic|bearer|token)[\t ]+/gi;
const MAX_CREDENTIAL = 4096;

function isToken68Code(code: number): boolean {
  return isBase64UrlCode(code) || code === 46 || code === 126 || code === 43 || code === 47;
}

function findAuthorizationValues(text: string, sink: Sink): void {
  AUTH_SCHEME.lastIndex = 0;
  for (let match = AUTH_SCHEME.exec(text); match; match = AUTH_SCHEME.exec(text)) {
    const scheme = (match[1] ?? '').toLowerCase();
    const valueStart = AUTH_SCHEME.lastIndex;
    let end = valueStart;
    while (end < text.length && end - valueStart < MAX_CREDENTIAL && isToken68Code(text.charCodeAt(end))) end += 1;
    while (end < text.length && end - valueStart < MAX_CREDENTIAL && text[end] === '=') end += 1;
    if (end === valueStart || (end < text.length && isToken68Code(text.charCodeAt(end)))) continue;
    const value = text.slice(valueStart, end);
    const schemeText = match[1] ?? '';
    if (scheme === 'basic') {
      const confidence = basicCredentialConfidence(value);
      if (confidence) push(sink, 'http-basic-auth', 'HTTP Basic credentials', confidence, match.index, end, `${schemeText} ***`);
    } else if (scheme === 'bearer' || followsAuthorization(text, match.index)) {
      if (!isJwtShaped(value) && looksRandom(value)) {
        push(sink, 'http-bearer-token', 'HTTP bearer token', 'high', match.index, end, `${schemeText} ***`);
      }
    }
  }
}

/** `token <value>` counts only as a whole value or right after an `Authorization` header name. */
function followsAuthorization(text: string, at: number): boolean {
  let pos = at;
  while (pos > 0 && at - pos < 8 && /[\s"',:=`]/u.test(text[pos - 1] ?? '')) pos -= 1;
  return pos === 0 || text.slice(Math.max(0, pos - 13), pos).toLowerCase() === 'authorization';
}

/** A Basic credential decodes to printable `user:password` with a real password. */
function basicCredentialConfidence(value: string): SecretConfidence | undefined {
  if (value.length < 8) return undefined;
  const bytes = decodeBase64(value);
  if (!bytes) return undefined;
  const decoded = bytes.toString('utf8');
  if (!/^[\x20-\x7e\xa0-\u{ffff}]+$/u.test(decoded) || decoded.includes('\ufffd')) return undefined;
  const colon = decoded.indexOf(':');
  if (colon === -1) return undefined;
  return passwordConfidence(decoded.slice(0, colon), decoded.slice(colon + 1), '');
}
