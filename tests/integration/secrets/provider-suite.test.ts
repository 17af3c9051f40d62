/**
 * The generated provider suite (research note §9.6, corpus 1), end to end through ESLint's `Linter`: for every
 * checksum-verified format (tests/secrets/generate.ts) and every structure-recognised provider format
 * (tests/secrets/provider-samples.ts), several freshly minted samples, each placed in seven syntactic positions
 * under neutral names, must be reported exactly once, at the literal, by `zero-trust/no-hardcoded-secrets` with
 * default options. Their failed-checksum twins and placeholder twins must stay silent, checksum-verified tokens must
 * still be reported in a test file while pattern-only ones are not, and no message may leak a secret character
 * beyond the format's public prefix.
 */
import { describe, expect, it } from 'vitest';
import { breakChecksum, CHECKSUM_FORMATS, generateValid, seededRandom, type Rng } from '../../secrets/generate';
import { PROVIDER_SAMPLES } from '../../secrets/provider-samples';
import { leaks, lintSecrets, positionOf, TEST_FILE, type LintResult } from './harness';

/** Valid samples per format. */
const SAMPLES_PER_FORMAT = 3;
/** Samples used only to find a format's fixed public prefix. */
const PREFIX_PROBES = 48;
/** A leading part shared by at least this share of the probes is the format's (or its variant's) fixed prefix. */
const PREFIX_SHARE = 1 / 6;
const MARK = '@@TOKEN@@';
/**
 * Fixed signatures inside a token (not at its start) that identify the format and hide nothing: the CASK `JQQJ99`,
 * OpenAI's `T3BlbkFJ`, Terraform's `.atlasv1.`. A message may name them.
 */
const PUBLIC_MARKERS: readonly string[] = ['JQQJ99', 'T3BlbkFJ', '.atlasv1.'];

interface Position {
  readonly name: string;
  /** The snippet, with {@link MARK} where the token goes. */
  readonly template: string;
  /** The token is the whole literal (quotes or backticks around it), not a word inside a longer string. */
  readonly whole: boolean;
}

/** The six positions of the issue (the template literal twice: with and without an interpolation), neutral names only. */
const POSITIONS: readonly Position[] = [
  { name: 'const', template: `const value = '${MARK}';\nexport default value;\n`, whole: true },
  { name: 'object property', template: `export const settings = {\n  region: 'eu-west-1',\n  endpointConfig: '${MARK}',\n};\n`, whole: true },
  { name: 'default parameter', template: `export function connect(host: string, value = '${MARK}'): string {\n  return host + value;\n}\n`, whole: true },
  { name: 'assignment', template: `const obj: Record<string, string> = {};\nobj.field = '${MARK}';\nexport default obj;\n`, whole: true },
  { name: 'template literal', template: `export const value = \`${MARK}\`;\n`, whole: true },
  { name: 'template literal with interpolation', template: `const base = 'primary';\nexport const line = \`\${base} ${MARK}\`;\n`, whole: false },
  { name: 'call argument', template: `declare const client: { init(value: string): void };\nclient.init('${MARK}');\n`, whole: true },
];

interface Placed {
  readonly code: string;
  /** Where the report must start and end (1-based columns, end exclusive as ESLint reports it). */
  readonly start: { line: number; column: number };
  readonly end: { line: number; column: number };
}

function place(position: Position, token: string): Placed {
  const at = position.template.indexOf(MARK);
  const code = position.template.replace(MARK, token);
  // Whole literals are reported at the literal node (opening to closing delimiter); embedded words at the word.
  const from = position.whole ? at - 1 : at;
  const to = position.whole ? at + token.length + 1 : at + token.length;
  return { code, start: positionOf(code, from), end: positionOf(code, to) };
}

/**
 * The fixed leading text of `sample`: its longest prefix that a good share of other samples of the same format also
 * start with. Formats with variants (`EAAA…` or `sq0atp-…`, `AKIA`/`ASIA`, `tskey-auth-`/`tskey-api-`) get the
 * prefix of their own variant; random characters are shared by too few probes to count.
 */
function fixedPrefix(sample: string, probes: readonly string[]): string {
  let length = 0;
  while (length < sample.length && probes.filter((probe) => probe.startsWith(sample.slice(0, length + 1))).length >= probes.length * PREFIX_SHARE) length++;
  return sample.slice(0, length);
}

interface Format {
  readonly id: string;
  readonly checksum: boolean;
  readonly samples: readonly Sample[];
}

interface Sample {
  readonly token: string;
  /** The fixed leading text of its format or variant (`ghp_`, `sk_live_`, `https://hooks.slack.com/services/T`, or empty). */
  readonly publicPrefix: string;
}

/** A stable seed per format id, so that adding a format does not change the others' samples. */
function seedOf(id: string): number {
  let hash = 2166136261;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  return hash >>> 0;
}

function buildFormat(id: string, checksum: boolean, make: (rng: Rng) => string): Format {
  const rng = seededRandom(seedOf(id));
  const tokens = Array.from({ length: SAMPLES_PER_FORMAT }, () => make(rng));
  const probes = Array.from({ length: PREFIX_PROBES }, () => make(rng));
  return { id, checksum, samples: tokens.map((token) => ({ token, publicPrefix: fixedPrefix(token, probes) })) };
}

const FORMATS: readonly Format[] = [
  ...CHECKSUM_FORMATS.map((id) => buildFormat(id, true, (rng) => generateValid(id, rng))),
  ...Object.entries(PROVIDER_SAMPLES).map(([id, { sample }]) => buildFormat(id, false, sample)),
];

/** Placeholders of the same format: the public prefix followed by x's of the real length, and a `<your-…>` marker. */
function placeholders({ token, publicPrefix }: Sample): string[] {
  // A placeholder keeps the provider prefix, not a fixed encoded payload (`ops_eyJzaWdu…`, `glc_eyJv…`).
  const payload = publicPrefix.indexOf('eyJ');
  const prefix = payload === -1 ? publicPrefix : publicPrefix.slice(0, payload);
  const fill = 'x'.repeat(Math.max(8, token.length - prefix.length));
  return [`${prefix}${fill}`, `${prefix}<your-token>`];
}

function describeMessages(result: LintResult): string[] {
  return result.messages.map((message) => `${message.line}:${message.column} ${message.messageId ?? ''} ${message.message}`);
}

interface Case {
  readonly label: string;
  readonly position: Position;
  readonly sample: Sample;
}

function cases(format: Format): Case[] {
  return format.samples.flatMap((sample, index) => POSITIONS.map((position) => ({ label: `sample ${index + 1} in ${position.name}`, position, sample })));
}

describe('generated provider suite', () => {
  it('covers every checksum format and every provider format', () => {
    expect(FORMATS.filter((format) => format.checksum).map((format) => format.id)).toEqual([...CHECKSUM_FORMATS]);
    expect(FORMATS.filter((format) => !format.checksum).map((format) => format.id)).toEqual(Object.keys(PROVIDER_SAMPLES));
    expect(FORMATS.length).toBeGreaterThan(100);
  });

  describe.each(FORMATS.map((format) => [format.id, format] as const))('%s', (_id, format) => {
    it.each(cases(format).map((item) => [item.label, item] as const))('reports %s exactly once, at the literal', (_label, { position, sample }) => {
      const placed = place(position, sample.token);
      const result = lintSecrets(placed.code);
      expect(result.fatal).toEqual([]);
      expect(describeMessages(result)).toHaveLength(1);
      const [message] = result.messages;
      expect({ line: message?.line, column: message?.column, endLine: message?.endLine, endColumn: message?.endColumn }).toEqual({
        line: placed.start.line,
        column: placed.start.column,
        endLine: placed.end.line,
        endColumn: placed.end.column,
      });
      if (format.checksum) expect(message?.messageId).toBe('verifiedSecret');
      // Pattern-only formats: `hardcodedSecret`, or `likelySecret` for the weaker shapes (test-mode keys, `key-…`).
      else expect(['hardcodedSecret', 'likelySecret']).toContain(message?.messageId);
      expect(leaks(result, sample.token, sample.publicPrefix, PUBLIC_MARKERS)).toEqual([]);
    });

    if (format.checksum) {
      it.each(cases(format).map((item) => [item.label, item] as const))('keeps the failed-checksum twin of %s silent', (_label, { position, sample }) => {
        const twin = breakChecksum(sample.token);
        expect(twin).not.toBe(sample.token);
        expect(twin).toHaveLength(sample.token.length);
        const result = lintSecrets(place(position, twin).code);
        expect(result.fatal).toEqual([]);
        expect(result.messages.filter((message) => message.messageId === 'verifiedSecret')).toEqual([]);
        expect(describeMessages(result)).toEqual([]);
      });
    }

    it.each(cases(format).map((item) => [item.label, item] as const))('keeps the placeholder twins of %s silent', (_label, { position, sample }) => {
      for (const placeholder of placeholders(sample)) {
        const result = lintSecrets(place(position, placeholder).code);
        expect(result.fatal).toEqual([]);
        expect({ placeholder, messages: describeMessages(result) }).toEqual({ placeholder, messages: [] });
      }
    });

    it.each(format.samples.map((sample, index) => [index + 1, sample] as const))('keeps the placeholder twins of sample %i silent under a secret name', (_index, sample) => {
      for (const placeholder of placeholders(sample)) {
        const result = lintSecrets(`export const apiToken = '${placeholder}';\n`);
        expect({ placeholder, messages: describeMessages(result) }).toEqual({ placeholder, messages: [] });
      }
    });

    it.each(format.samples.map((sample, index) => [index + 1, sample] as const))(
      format.checksum ? 'still reports sample %i in a test file (checksum-verified)' : 'does not report sample %i in a test file (pattern layer only)',
      (_index, sample) => {
        const placed = place(POSITIONS[0] as Position, sample.token);
        const result = lintSecrets(placed.code, TEST_FILE);
        expect(result.fatal).toEqual([]);
        if (format.checksum) {
          expect(result.messages.map((message) => [message.line, message.column, message.messageId])).toEqual([[placed.start.line, placed.start.column, 'verifiedSecret']]);
          expect(leaks(result, sample.token, sample.publicPrefix, PUBLIC_MARKERS)).toEqual([]);
        } else {
          expect(describeMessages(result)).toEqual([]);
        }
      },
    );
  });
});
