/**
 * Layer 1a of the secrets engine: provider tokens whose offline checksum verifies. A verified checksum means the
 * value came out of the provider's generator, so the match is `certain` — never a placeholder, a typo or a docs
 * stand-in. A token-shaped value whose checksum FAILS yields nothing here; the caller falls through to weaker
 * layers (`checksumFormatOf` tells it which format such a twin is shaped like).
 *
 * Formats and sources (research note /work/shared/research/secrets.md §3.3, §3.4, §4 rows 1, 2, 5, 14–20, 36–39):
 * - GitHub classic tokens `ghp_ gho_ ghu_ ghs_ ghr_` and npm `npm_`: 30 base62 + CRC32 of those 30 in 6 base62
 *   (GitHub blog, April 2021; npm changelog, September 2021; checked against published examples).
 * - Grafana service-account `glsa_` + 32 alnum + `_` + CRC32 of the first 37 characters, little-endian hex
 *   (CredSweeper `value_grafana_service_check.py`).
 * - Atlassian API token `ATATT3…` (192 chars) and Bitbucket app password `ATBB…` (36 chars): the last 8 hex are
 *   the CRC32 of everything before them, prefix included (CredSweeper `value_atlassian_token_check.py`).
 * - Cloudflare `cfk_` / `cfut_` / `cfat_` + 40 alnum + CRC32 of those 40 in hex (CredSweeper
 *   `value_cloudflare_check.py`).
 * - Azure identifiable keys: base64 whose last 4 bytes are the little-endian Marvin32 of the bytes before them,
 *   with a public per-service seed, and a 4-character service signature just before the 6 checksum characters
 *   (microsoft/security-utilities `IdentifiableMetadata.cs`, `IdentifiableSecrets.cs`, `SEC101_*` classes).
 *   Legacy common annotated keys (CASK, `JQQJ99` at offset 52): 88-character form as above with seed `Default0`;
 *   84-character form carries the first 3 checksum bytes in base64 (`CommonAnnotatedKey.TryCreate`).
 * - age secret keys `AGE-SECRET-KEY-1` + 58 Bech32 characters (age spec; BIP-173 checksum).
 * Not here (left to the pattern layer): GitLab routable tokens (trailer scheme not confirmed from GitLab's
 * source), GitHub fine-grained `github_pat_` (no public checksum), CASK derived keys `JQQJ9D` in the 84-character
 * form (base62 checksum rendering not confirmed), the Redis "special character" checksum variant.
 */
import type { SecretMatch } from './types';
import {
  crc32Base62,
  crc32Hex,
  crc32HexLittleEndian,
  hasMarvinChecksum,
  isValidBech32,
  marvin32,
  seedFromName,
} from './checksums';

/** One token format: where its fixed anchor sits, its exact shape and the check that proves it. */
interface ChecksumFormat {
  /** Stable detector id, also the format id of `checksumFormatOf`. */
  readonly id: string;
  readonly kind: string;
  /** The public part shown to users. */
  readonly display: string;
  /** Fixed texts found by the first scan (a prefix, or a signature inside the token). */
  readonly anchors: readonly string[];
  /** Offset of the anchor inside the token. */
  readonly anchorOffset: number;
  readonly length: number;
  /** The whole token's shape, anchored at both ends (the anchor itself is checked separately). */
  readonly shape: RegExp;
  /** A character that would continue the token on its left or right side. */
  readonly leftGlue: RegExp;
  readonly rightGlue: RegExp;
  readonly verify: (token: string) => boolean;
}

const WORD_CHAR = /\w/u;
const BASE64_CHAR = /[\d+/A-Za-z]/u;
const BASE64_OR_PAD = /[\d+/=A-Za-z]/u;
const BASE64URL_CHAR = /[\w-]/u;
const BASE64URL_OR_PAD = /[\w\-=]/u;
const ATLASSIAN_CHAR = /[\w\-=]/u;

/** The shortest token of any format: strings shorter than this are rejected before any scan. */
const MIN_TOKEN_LENGTH = 36;

// ---------------------------------------------------------------------------------------------------------------
// Verifiers

function verifyCrc32Base62(token: string, prefixLength: number): boolean {
  return crc32Base62(token.slice(prefixLength, -6)) === token.slice(-6);
}

function verifyGrafana(token: string): boolean {
  return crc32HexLittleEndian(token.slice(0, 37)) === token.slice(38).toLowerCase();
}

/** CRC32 hex of `token` from `from` up to its last 8 characters, which hold it. */
function verifyCrc32HexTail(token: string, from: number): boolean {
  return crc32Hex(token.slice(from, -8)) === token.slice(-8).toLowerCase();
}

function trimPadding(text: string): string {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '=') end--;
  return text.slice(0, end);
}

/** Decodes base64 or base64url, insisting on the canonical encoding (no ignored trailing bits). */
function decodeCanonicalBase64(token: string, urlSafe: boolean): Buffer | undefined {
  const bytes = Buffer.from(token, urlSafe ? 'base64url' : 'base64');
  return trimPadding(bytes.toString(urlSafe ? 'base64url' : 'base64')) === trimPadding(token) ? bytes : undefined;
}

function azureVerifier(byteLength: number, seedNames: readonly string[], urlSafe: boolean): (token: string) => boolean {
  const seeds = seedNames.map(seedFromName);
  return (token) => {
    const bytes = decodeCanonicalBase64(token, urlSafe);
    return bytes?.length === byteLength && hasMarvinChecksum(bytes, seeds);
  };
}

const CASK_SEED = seedFromName('Default0');

/** The 84-character CASK form: the last 4 characters are base64 of the first 3 checksum bytes. */
function verifyShortCask(token: string): boolean {
  const bytes = decodeCanonicalBase64(token.slice(0, 80), false);
  if (bytes?.length !== 60) return false;
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32LE(marvin32(bytes, CASK_SEED));
  return checksum.subarray(0, 3).toString('base64') === token.slice(80);
}

// ---------------------------------------------------------------------------------------------------------------
// The format table

const GITHUB_SHAPE = /^gh[oprsu]_[\dA-Za-z]{36}$/u;
const GITHUB_TYPES: readonly (readonly [prefix: string, id: string, kind: string])[] = [
  ['ghp_', 'github-personal-access-token', 'GitHub personal access token'],
  ['gho_', 'github-oauth-token', 'GitHub OAuth access token'],
  ['ghu_', 'github-user-to-server-token', 'GitHub App user-to-server token'],
  ['ghs_', 'github-server-to-server-token', 'GitHub App server-to-server token'],
  ['ghr_', 'github-refresh-token', 'GitHub refresh token'],
];

function prefixed(
  id: string,
  kind: string,
  prefix: string,
  length: number,
  shape: RegExp,
  verify: (token: string) => boolean,
  rightGlue: RegExp = WORD_CHAR,
): ChecksumFormat {
  return { id, kind, display: prefix, anchors: [prefix], anchorOffset: 0, length, shape, leftGlue: WORD_CHAR, rightGlue, verify };
}

/** Azure identifiable-key layouts, by decoded size (`Azure64ByteIdentifiableKey`, `Azure32ByteIdentifiableKey` …). */
interface AzureLayout {
  readonly bytes: number;
  readonly length: number;
  readonly signatureOffset: number;
  readonly shape: RegExp;
  readonly urlSafe: boolean;
}

const AZURE_64: AzureLayout = {
  bytes: 64,
  length: 88,
  signatureOffset: 76,
  shape: /^[\d+/A-Za-z]{85}[AQgw]==$/u,
  urlSafe: false,
};
const AZURE_32: AzureLayout = {
  bytes: 32,
  length: 44,
  signatureOffset: 33,
  shape: /^[\d+/A-Za-z]{37}[A-P][\d+/A-Za-z]{5}=$/u,
  urlSafe: false,
};
const AZURE_39: AzureLayout = {
  bytes: 39,
  length: 52,
  signatureOffset: 42,
  shape: /^[\d+/A-Za-z]{46}[A-D][\d+/A-Za-z]{5}$/u,
  urlSafe: false,
};
const AZURE_40_URL: AzureLayout = {
  bytes: 40,
  length: 56,
  signatureOffset: 44,
  shape: /^[\w-]{53}[AQgw]==$/u,
  urlSafe: true,
};

function azure(id: string, kind: string, signature: string, layout: AzureLayout, seedNames: readonly string[]): ChecksumFormat {
  return {
    id,
    kind,
    display: `Azure identifiable key (…${signature}…)`,
    anchors: [signature],
    anchorOffset: layout.signatureOffset,
    length: layout.length,
    shape: layout.shape,
    leftGlue: layout.urlSafe ? BASE64URL_CHAR : BASE64_CHAR,
    rightGlue: layout.urlSafe ? BASE64URL_OR_PAD : BASE64_OR_PAD,
    verify: azureVerifier(layout.bytes, seedNames, layout.urlSafe),
  };
}

/** Seeds of `IdentifiableMetadata.cs`, by their public 8-character names. */
const MESSAGING_SEEDS = ['Send0000', 'Listen00', 'Manage00'] as const;

const FORMATS: readonly ChecksumFormat[] = [
  ...GITHUB_TYPES.map(([prefix, id, kind]) =>
    prefixed(id, kind, prefix, 40, GITHUB_SHAPE, (token) => verifyCrc32Base62(token, 4)),
  ),
  prefixed('npm-access-token', 'npm access token', 'npm_', 40, /^npm_[\dA-Za-z]{36}$/u, (token) =>
    verifyCrc32Base62(token, 4),
  ),
  prefixed(
    'grafana-service-account-token',
    'Grafana service account token',
    'glsa_',
    46,
    /^glsa_[\dA-Za-z]{32}_[\dA-Fa-f]{8}$/u,
    verifyGrafana,
  ),
  prefixed(
    'atlassian-api-token',
    'Atlassian API token',
    'ATATT3',
    192,
    /^ATATT3[\w\-=]{178}[\dA-Fa-f]{8}$/u,
    (token) => verifyCrc32HexTail(token, 0),
    ATLASSIAN_CHAR,
  ),
  prefixed('bitbucket-app-password', 'Bitbucket app password', 'ATBB', 36, /^ATBB[\dA-Za-z]{24}[\dA-Fa-f]{8}$/u, (token) =>
    verifyCrc32HexTail(token, 0),
  ),
  prefixed('cloudflare-api-key', 'Cloudflare API key', 'cfk_', 52, /^cfk_[\dA-Za-z]{40}[\dA-Fa-f]{8}$/u, (token) =>
    verifyCrc32HexTail(token, 4),
  ),
  prefixed(
    'cloudflare-user-api-token',
    'Cloudflare user API token',
    'cfut_',
    53,
    /^cfut_[\dA-Za-z]{40}[\dA-Fa-f]{8}$/u,
    (token) => verifyCrc32HexTail(token, 5),
  ),
  prefixed(
    'cloudflare-account-api-token',
    'Cloudflare account API token',
    'cfat_',
    53,
    /^cfat_[\dA-Za-z]{40}[\dA-Fa-f]{8}$/u,
    (token) => verifyCrc32HexTail(token, 5),
  ),
  {
    id: 'age-secret-key',
    kind: 'age secret key',
    display: 'AGE-SECRET-KEY-1',
    anchors: ['AGE-SECRET-KEY-1', 'age-secret-key-1'],
    anchorOffset: 0,
    length: 74,
    shape: /^(?:AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}|age-secret-key-1[02-9ac-hj-np-z]{58})$/u,
    leftGlue: WORD_CHAR,
    rightGlue: WORD_CHAR,
    verify: isValidBech32,
  },
  azure('azure-storage-account-key', 'Azure Storage account key', '+ASt', AZURE_64, ['Default0']),
  azure('azure-cosmos-db-key', 'Azure Cosmos DB key', 'ACDb', AZURE_64, [
    'Encryp00',
    'MastRO00',
    'MastRW00',
    'Resour00',
    'SysAll00',
    'SystRO00',
    'SystRW00',
  ]),
  azure('azure-api-management-key', 'Azure API Management key', 'APIM', AZURE_64, [
    'Tenant00',
    'IoTHub00',
    'Gatewy00',
    'GitKey00',
  ]),
  azure('azure-batch-key', 'Azure Batch account key', '+ABa', AZURE_64, ['AbAcct00']),
  azure('azure-function-key', 'Azure Functions key', 'AzFu', AZURE_40_URL, ['Functi00', 'Master00', 'System00']),
  azure('azure-service-bus-key', 'Azure Service Bus key', '+ASb', AZURE_32, MESSAGING_SEEDS),
  azure('azure-event-hubs-key', 'Azure Event Hubs key', '+AEh', AZURE_32, MESSAGING_SEEDS),
  azure('azure-relay-key', 'Azure Relay key', '+ARm', AZURE_32, MESSAGING_SEEDS),
  azure('azure-cache-for-redis-key', 'Azure Cache for Redis key', 'AzCa', AZURE_32, ['Access00']),
  azure('azure-container-registry-key', 'Azure Container Registry key', '+ACR', AZURE_39, ['ACRDflt0']),
  azure('azure-search-key', 'Azure AI Search key', 'AzSe', AZURE_39, ['Query000', 'PAdmin00']),
  {
    id: 'azure-common-annotated-key',
    kind: 'Azure common annotated security key',
    display: 'Azure common annotated key (…JQQJ99…)',
    anchors: ['JQQJ99', 'JQQJ9D'],
    anchorOffset: 52,
    length: 88,
    shape: /^[\dA-Za-z]{52}JQQJ9[9D][\dA-Za-z][A-L][\dA-Za-z]{16}[A-Za-z][\dA-Za-z]{8}[AQgw]==$/u,
    leftGlue: BASE64_CHAR,
    rightGlue: BASE64_OR_PAD,
    verify: azureVerifier(64, ['Default0'], false),
  },
  {
    id: 'azure-common-annotated-key',
    kind: 'Azure common annotated security key',
    display: 'Azure common annotated key (…JQQJ99…)',
    anchors: ['JQQJ99'],
    anchorOffset: 52,
    length: 84,
    shape: /^[\dA-Za-z]{52}JQQJ99[\dA-Za-z][A-L][\dA-Za-z]{16}[A-Za-z][\dA-Za-z]{7}$/u,
    leftGlue: BASE64_CHAR,
    rightGlue: BASE64_OR_PAD,
    verify: verifyShortCask,
  },
];

/** Formats by anchor, in table order (so the 88-character CASK form is tried before the 84-character one). */
const FORMATS_BY_ANCHOR: ReadonlyMap<string, readonly ChecksumFormat[]> = new Map(
  [...new Set(FORMATS.flatMap((format) => format.anchors))].map((anchor) => [
    anchor,
    FORMATS.filter((format) => format.anchors.includes(anchor)),
  ]),
);

function escapeRegExp(text: string): string {
  return text.replace(/[$()*+.?[\\\]^{|}]/gu, '\\$&');
}

/** Source of the first scan: every anchor as a literal alternative (linear, no backtracking). */
const ANCHOR_SOURCE = [...FORMATS_BY_ANCHOR.keys()].map(escapeRegExp).join('|');
/** Finds the first anchor. Not global, so it keeps no `lastIndex` state between calls. */
const FIRST_ANCHOR = new RegExp(ANCHOR_SOURCE, 'u');

// ---------------------------------------------------------------------------------------------------------------
// Scanning

/** The format whose token starts at `start` in `text`, if its shape, boundaries and checksum all hold. */
function matchAt(text: string, start: number, format: ChecksumFormat): boolean {
  const end = start + format.length;
  if (start < 0 || end > text.length) return false;
  if (start > 0 && format.leftGlue.test(text.charAt(start - 1))) return false;
  if (end < text.length && format.rightGlue.test(text.charAt(end))) return false;
  const token = text.slice(start, end);
  return format.shape.test(token) && format.verify(token);
}

/**
 * Every provider token in `text` whose offline checksum verifies, in order of position. Tokens may sit inside
 * longer text (a header, a URL, an `.npmrc` line); a token glued to more token characters on either side is not
 * that token.
 */
export function findChecksumTokens(text: string): SecretMatch[] {
  const matches: SecretMatch[] = [];
  if (text.length < MIN_TOKEN_LENGTH) return matches;
  const first = FIRST_ANCHOR.exec(text);
  if (first === null) return matches;
  // Only a string that holds an anchor pays for a scanner of its own.
  const scanner = new RegExp(ANCHOR_SOURCE, 'gu');
  scanner.lastIndex = first.index;
  let consumed = 0;
  for (let hit = scanner.exec(text); hit !== null; hit = scanner.exec(text)) {
    for (const format of FORMATS_BY_ANCHOR.get(hit[0]) ?? []) {
      const start = hit.index - format.anchorOffset;
      if (start < consumed || !matchAt(text, start, format)) continue;
      const end = start + format.length;
      matches.push({ id: format.id, kind: format.kind, layer: 'checksum', confidence: 'certain', start, end, display: format.display });
      consumed = end;
      scanner.lastIndex = end;
      break;
    }
  }
  return matches;
}

/**
 * The id of the checksum format that the WHOLE of `text` is shaped like (prefix or signature, length, character
 * set), whether or not its checksum verifies; `null` when it has no such shape. Lets the caller recognise a
 * failed-checksum twin (a docs example, a typo, a hand-made fake) of a real token format.
 */
export function checksumFormatOf(text: string): string | null {
  for (const format of FORMATS) {
    if (
      text.length === format.length &&
      format.anchors.some((anchor) => text.startsWith(anchor, format.anchorOffset)) &&
      format.shape.test(text)
    ) {
      return format.id;
    }
  }
  return null;
}

/** The ids of every format this layer verifies. */
export const CHECKSUM_FORMAT_IDS: readonly string[] = [...new Set(FORMATS.map((format) => format.id))];
