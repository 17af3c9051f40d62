/**
 * Provider tokens recognised by their exact structure: a literal prefix (or a fixed marker), an exact length or a
 * tight length range, a charset, and where known a structural marker (OpenAI's `T3BlbkFJ`, Anthropic's trailing
 * `AA`, the Entra `Q~` at index 4, a Discord token's first segment that decodes to a numeric id). No checksum is
 * involved; formats whose checksum can be verified offline (GitHub classic, npm, Grafana `glsa_`, Atlassian,
 * Cloudflare `cf*_`, Azure identifiable keys, age) belong to `checksum-tokens.ts` and are never reported here, even
 * when their checksum fails.
 *
 * Facts come from the research note (/work/shared/research/secrets.md §4, §7), the vendors' token documentation
 * (GitHub, GitLab "token prefixes", Slack token types, Stripe API keys, HashiCorp Vault tokens, Tailscale key
 * prefixes, Notion and Doppler changelogs) and the rule tables of gitleaks (`config/gitleaks.toml`) and secretlint
 * (`@secretlint/secretlint-rule-*`), read for prefixes, lengths and charsets only.
 *
 * Deliberately not reported: publishable keys (Stripe `pk_`, Mapbox `pk.`, PostHog `phc_`, Clerk `pk_`, Sentry
 * DSN keys, Algolia search keys); identifiers (Twilio `AC`/`SK` SIDs); formats with no distinctive structure
 * (Twitch, Mailgun's new hex keys, Vault's legacy `s.` tokens); documented examples and placeholders.
 * AWS access key ids are identifiers, but they are reported so that a leaked key pair is found by its public half.
 *
 * Speed: one global regex alternation over every literal prefix (plus four structural triggers) finds candidates,
 * and each candidate is validated by a hand-written linear matcher. Nothing here backtracks; the scan is linear in
 * the input length and costs a single regex pass on strings that hold no prefix at all.
 */
import type { SecretConfidence, SecretMatch } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Character classes, as bit sets over ASCII.

const DIGIT = 1;
const UPPER = 2;
const LOWER = 4;
const UNDERSCORE = 8;
const DASH = 16;
const DOT = 32;
const PLUS = 64;
const SLASH = 128;
const TILDE = 256;
const EQUALS = 512;
const HEX_LOWER = 1024;
const HEX_UPPER = 2048;
const BASE32 = 4096;
const PERCENT = 8192;

const ALNUM = DIGIT | UPPER | LOWER;
const WORD = ALNUM | UNDERSCORE;
const WORD_DASH = WORD | DASH;
const HEX = DIGIT | HEX_LOWER;
const HEX_ANY = DIGIT | HEX_LOWER | HEX_UPPER;
const BASE64 = ALNUM | PLUS | SLASH;
const BASE64_ANY = BASE64 | UNDERSCORE | DASH;
const BASE36_LOWER = DIGIT | LOWER;

/** Class bits of each ASCII code; 0 for everything else. Built once, never written afterwards. */
const CLASS_OF: readonly number[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  let bits = 0;
  if (ch >= '0' && ch <= '9') bits |= DIGIT;
  if (ch >= 'A' && ch <= 'Z') bits |= UPPER;
  if (ch >= 'a' && ch <= 'z') bits |= LOWER;
  if (ch >= 'a' && ch <= 'f') bits |= HEX_LOWER;
  if (ch >= 'A' && ch <= 'F') bits |= HEX_UPPER;
  if ((ch >= 'A' && ch <= 'Z') || (ch >= '2' && ch <= '7')) bits |= BASE32;
  if (ch === '%') bits |= PERCENT;
  const punctuation: Readonly<Record<string, number>> = { _: UNDERSCORE, '-': DASH, '.': DOT, '+': PLUS, '/': SLASH, '~': TILDE, '=': EQUALS };
  return bits | (punctuation[ch] ?? 0);
});

function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (CLASS_OF[code] ?? 0) : 0;
}

function inSet(text: string, index: number, set: number): boolean {
  return index >= 0 && index < text.length && (classAt(text, index) & set) !== 0;
}

/** Length of the run of `set` characters starting at `from`, stopping after `max`. */
function runLength(text: string, from: number, set: number, max: number): number {
  let end = from;
  const limit = Math.min(text.length, from + max);
  while (end < limit && (classAt(text, end) & set) !== 0) end++;
  return end - from;
}

// ---------------------------------------------------------------------------------------------------------------
// Fakes and shapes.

const FAKE_WORDS: readonly string[] = ['example', 'sample', 'dummy', 'placeholder', 'redacted', 'your', 'replace', 'changeme', 'insert'];
const FILLER_RUNS: readonly string[] = ['xxxx', '0000', '****', '####', '....'];

/** Longest run of characters whose codes step by +1 (or by −1), e.g. `abcdef`, `0123456`, `987654`. */
function longestSequence(body: string): number {
  let best = 1;
  let up = 1;
  let down = 1;
  for (let index = 1; index < body.length; index++) {
    const step = body.charCodeAt(index) - body.charCodeAt(index - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    best = Math.max(best, up, down);
  }
  return best;
}

/**
 * Whether a token body is an obvious stand-in rather than a real secret: it says EXAMPLE (or sample, dummy, your…),
 * holds a filler run (`xxxx`, `0000`), is dominated by one character, uses very few distinct characters, or holds a
 * sequential run of six or more (`0123456789abcdef`, `abcdefgh`). Real random bodies almost never do: the chance that
 * a random 64-hex body holds `0000` is about 0.1%, and the other tests are far rarer.
 */
export function isObviousFake(body: string): boolean {
  if (body.length === 0) return true;
  const lower = body.toLowerCase();
  if (FAKE_WORDS.some((word) => lower.includes(word)) || FILLER_RUNS.some((run) => lower.includes(run))) return true;
  const counts = new Map<string, number>();
  let top = 0;
  for (const ch of lower) {
    const next = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, next);
    top = Math.max(top, next);
  }
  if (body.length >= 8 && top * 2 >= body.length) return true;
  if (body.length >= 16 && counts.size <= 4) return true;
  return longestSequence(body) >= 6;
}

/** How many of the classes upper, lower and digit occur in `body`. */
function classCount(body: string): number {
  let seen = 0;
  for (let index = 0; index < body.length; index++) seen |= classAt(body, index) & ALNUM;
  return (seen & DIGIT ? 1 : 0) + (seen & UPPER ? 1 : 0) + (seen & LOWER ? 1 : 0);
}

/**
 * Whether `value` has the shape of an AWS secret access key: exactly 40 characters of `[A-Za-z0-9/+]` with upper-
 * and lower-case letters and at least one digit or `/`/`+` (a random 40-character key lacks one of these with
 * probability below 0.03%, while hex digests, words and constants always do), and not an obvious fake such as AWS's
 * documented `…EXAMPLEKEY`. The value alone is not evidence: the caller needs an AWS-secret name or a sibling AKIA id.
 */
export function isAwsSecretAccessKeyShape(value: string): boolean {
  if (value.length !== 40 || runLength(value, 0, BASE64, 40) !== 40) return false;
  let seen = 0;
  for (let index = 0; index < value.length; index++) seen |= classAt(value, index);
  const hasBoth = (seen & UPPER) !== 0 && (seen & LOWER) !== 0;
  return hasBoth && (seen & (DIGIT | PLUS | SLASH)) !== 0 && !isObviousFake(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Detector model.

/** A found span, before it becomes a `SecretMatch`. */
interface Span {
  readonly start: number;
  readonly end: number;
  /** Overrides the detector's display (e.g. the AWS prefix actually found). */
  readonly display?: string;
  readonly confidence?: SecretConfidence;
}

interface Detector {
  readonly id: string;
  readonly kind: string;
  readonly display: string;
  readonly confidence: SecretConfidence;
  /** Literal prefixes (or, for structural detectors, a trigger key) that put this detector to work. */
  readonly triggers: readonly string[];
  /** Validates the candidate whose trigger starts at `at`. */
  readonly match: (text: string, at: number) => Span | null;
}

type Part = { readonly lit: string } | { readonly set: number; readonly min: number; readonly max: number };

const lit = (text: string): Part => ({ lit: text });
const run = (set: number, min: number, max = min): Part => ({ set, min, max });

/** Matches `parts` from `from`; returns the end offset, or -1. Runs are greedy, so a run's set must exclude what follows. */
function matchParts(text: string, from: number, parts: readonly Part[]): number {
  let pos = from;
  for (const part of parts) {
    if ('lit' in part) {
      if (!text.startsWith(part.lit, pos)) return -1;
      pos += part.lit.length;
    } else {
      const length = runLength(text, pos, part.set, part.max);
      if (length < part.min) return -1;
      pos += length;
    }
  }
  return pos;
}

/**
 * Whether the character before `start` lets a token begin there. A percent-escape (`%3D`) or a backslash escape
 * (`\n`) right before the token counts as a separator, as found in URLs and raw comment text.
 */
function leftClear(text: string, start: number, forbidden: number): boolean {
  if (start === 0 || !inSet(text, start - 1, forbidden)) return true;
  if (start >= 3 && text[start - 3] === '%' && inSet(text, start - 2, HEX_ANY) && inSet(text, start - 1, HEX_ANY)) return true;
  return start >= 2 && text[start - 2] === '\\' && inSet(text, start - 1, LOWER);
}

/**
 * Whether the span sits inside a longer base64 blob, e.g. `…/AKIA…+…` in a data URI: the token is glued to a
 * `+`/`/` on the left and to base64 text on the right.
 */
function gluedInBase64(text: string, start: number, end: number): boolean {
  return inSet(text, start - 1, PLUS | SLASH) && inSet(text, start - 2, ALNUM) && inSet(text, end, BASE64 | EQUALS);
}

interface PrefixedOptions {
  readonly id: string;
  readonly kind: string;
  readonly prefix: string;
  readonly parts: readonly Part[];
  readonly confidence?: SecretConfidence;
  readonly display?: string;
  /** Characters that must not precede the prefix; default letters, digits, `_` and `-`. */
  readonly left?: number;
  /** Characters that must not follow the token; default letters, digits, `_` and `-`. */
  readonly right?: number;
  /** Require at least two of upper/lower/digit in the body (default true). */
  readonly variety?: boolean;
  readonly check?: (body: string, text: string) => boolean;
}

/** A detector for `prefix` followed by `parts`, with boundaries, a fake test and an optional extra check. */
function prefixed(options: PrefixedOptions): Detector {
  const left = options.left ?? WORD_DASH;
  const right = options.right ?? WORD_DASH;
  const variety = options.variety ?? true;
  const { prefix, parts, check } = options;
  return {
    id: options.id,
    kind: options.kind,
    display: options.display ?? prefix,
    confidence: options.confidence ?? 'high',
    triggers: [prefix],
    match(text, at) {
      if (!text.startsWith(prefix, at) || !leftClear(text, at, left)) return null;
      const bodyStart = at + prefix.length;
      const end = matchParts(text, bodyStart, parts);
      if (end < 0 || inSet(text, end, right) || gluedInBase64(text, at, end)) return null;
      const body = text.slice(bodyStart, end);
      if (isObviousFake(body) || (variety && classCount(body) < 2)) return null;
      if (check && !check(body, text)) return null;
      return { start: at, end };
    },
  };
}

/** Several detectors that share id and kind, one per prefix. */
function prefixedEach(prefixes: readonly string[], options: Omit<PrefixedOptions, 'prefix'>): Detector[] {
  return prefixes.map((prefix) => prefixed({ ...options, prefix }));
}

// ---------------------------------------------------------------------------------------------------------------
// Validators for formats that need more than a part list.

/** The `A`s a Twitter (X) app-only bearer token starts with: 15 zero bytes of its header, in base64 (21 or more `A`s). */
const TWITTER_BEARER_PREFIX = 'A'.repeat(20);
/** More `A`s at the start of the body belong to the same header: the fake test looks past them. */
const LEADING_AS = /^A+/u;

/** The escapes that URL-encoding base64 leaves: `%2B` (`+`), `%2F` (`/`), `%3D` (`=`). */
function hasUrlEncodedBase64(body: string): boolean {
  return body.includes('%2B') || body.includes('%2F') || body.includes('%3D');
}

/** Base64url text decodes to something for which `accept` holds. */
function decodesTo(segment: string, accept: (decoded: string) => boolean): boolean {
  try {
    return accept(Buffer.from(segment, 'base64url').toString('latin1'));
  } catch {
    return false;
  }
}

/** A three-segment base64url JWT starting at `from`, whose header decodes to JSON naming `alg`; returns its end or -1. */
function jwtEnd(text: string, from: number): number {
  const headerLength = runLength(text, from, WORD_DASH, 2048);
  if (headerLength < 16 || !text.startsWith('eyJ', from) || text[from + headerLength] !== '.') return -1;
  const payloadStart = from + headerLength + 1;
  const payloadLength = runLength(text, payloadStart, WORD_DASH, 8192);
  if (payloadLength < 16 || text[payloadStart + payloadLength] !== '.') return -1;
  const signatureStart = payloadStart + payloadLength + 1;
  const signatureLength = runLength(text, signatureStart, WORD_DASH, 2048);
  if (signatureLength < 32) return -1;
  const header = text.slice(from, from + headerLength);
  return decodesTo(header, (json) => json.includes('"alg"')) ? signatureStart + signatureLength : -1;
}

/** GitHub App installation token, 2026 format: `ghs_<app id>_<JWT>`. */
const githubInstallationToken: Detector = {
  id: 'github-app-installation-token',
  kind: 'GitHub App installation token',
  display: 'ghs_',
  confidence: 'high',
  triggers: ['ghs_'],
  match(text, at) {
    if (!leftClear(text, at, WORD_DASH)) return null;
    const idStart = at + 4;
    const idLength = runLength(text, idStart, DIGIT, 20);
    if (idLength === 0 || text[idStart + idLength] !== '_') return null;
    const end = jwtEnd(text, idStart + idLength + 1);
    return end < 0 || inSet(text, end, WORD_DASH | DOT | EQUALS) ? null : { start: at, end };
  },
};

/**
 * GitLab tokens: the legacy form is the prefix plus a fixed-length body; the routable form (GitLab 17+) is the prefix,
 * 27–300 base64url characters, a dot, then a 2-character version and a 7-character base-36 CRC (optionally dot-joined).
 */
function gitlab(id: string, kind: string, prefix: string, legacy: readonly Part[]): Detector {
  const routable: readonly Part[] = [run(WORD_DASH, 27, 300), lit('.'), run(BASE36_LOWER, 2, 9)];
  return {
    id,
    kind,
    display: prefix,
    confidence: 'high',
    triggers: [prefix],
    match(text, at) {
      if (!leftClear(text, at, WORD_DASH)) return null;
      const bodyStart = at + prefix.length;
      for (const parts of [routable, legacy]) {
        let end = matchParts(text, bodyStart, parts);
        if (end < 0) continue;
        // Routable trailer: `.vv` + 7 base-36, or `.vv.` + 7 base-36.
        if (parts === routable) {
          const trailer = end - (text.lastIndexOf('.', end - 1) + 1);
          if (trailer === 2 && text[end] === '.' && runLength(text, end + 1, BASE36_LOWER, 8) === 7) end += 8;
          else if (trailer !== 9) continue;
        }
        if (inSet(text, end, WORD_DASH)) continue;
        const body = text.slice(bodyStart, end);
        if (!isObviousFake(body) && classCount(body) >= 2) return { start: at, end };
      }
      return null;
    },
  };
}

const AWS_PREFIXES: readonly string[] = ['AKIA', 'ASIA', 'ABIA', 'ACCA'];

/** AWS access key id: `AKIA`/`ASIA`/`ABIA`/`ACCA` or `A3T` + one more, then base32, 20 characters in all. */
const awsAccessKeyId: Detector = {
  id: 'aws-access-key-id',
  kind: 'AWS access key ID',
  display: 'AKIA',
  confidence: 'high',
  triggers: [...AWS_PREFIXES, 'A3T'],
  match(text, at) {
    if (!leftClear(text, at, WORD)) return null;
    const legacy = text.startsWith('A3T', at);
    if (legacy && !inSet(text, at + 3, UPPER | DIGIT)) return null;
    const bodyStart = at + 4;
    if (runLength(text, bodyStart, BASE32, 16) !== 16 || inSet(text, at + 20, WORD) || gluedInBase64(text, at, at + 20)) return null;
    const id = text.slice(at, at + 20);
    const body = id.slice(4);
    if (id.endsWith('EXAMPLE') || isObviousFake(body)) return null;
    // `ASIA` starts English words (ASIAPACIFIC…): an STS id in the wild nearly always holds a digit.
    if (text.startsWith('ASIA', at) && !/\d/u.test(body)) return null;
    return { start: at, end: at + 20, display: legacy ? 'A3T' : id.slice(0, 4) };
  },
};

/**
 * Slack tokens: `xox?-`, then one to four dash-terminated digit groups, then a final alphanumeric group
 * (e.g. `xoxb-<team>-<bot>-<24>`, `xoxp-<a>-<b>-<c>-<32>`, `xoxe.xoxp-1-<163>`).
 */
function slack(id: string, kind: string, prefixes: readonly string[], minGroups: number, finalMin: number, finalMax: number): Detector {
  return {
    id,
    kind,
    display: prefixes[0] ?? '',
    confidence: 'high',
    triggers: prefixes,
    match(text, at) {
      const prefix = prefixes.find((candidate) => text.startsWith(candidate, at));
      if (prefix === undefined || !leftClear(text, at, WORD_DASH)) return null;
      let pos = at + prefix.length;
      let groups = 0;
      for (;;) {
        const digits = runLength(text, pos, DIGIT, 20);
        if (digits === 0 || text[pos + digits] !== '-' || groups === 4) break;
        pos += digits + 1;
        groups++;
      }
      const finalLength = runLength(text, pos, ALNUM, finalMax + 1);
      const end = pos + finalLength;
      if (groups < minGroups || finalLength < finalMin || finalLength > finalMax || inSet(text, end, WORD_DASH)) return null;
      const final = text.slice(pos, end);
      return isObviousFake(final) || classCount(final) < 2 ? null : { start: at, end, display: prefix };
    },
  };
}

/** Slack app-level token: `xapp-<digit>-<app id>-<digits>-<hex>`. */
const slackAppToken = prefixed({
  id: 'slack-app-token',
  kind: 'Slack app-level token',
  prefix: 'xapp-',
  parts: [run(DIGIT, 1, 2), lit('-'), run(UPPER | DIGIT, 8, 14), lit('-'), run(DIGIT, 8, 16), lit('-'), run(ALNUM, 32, 80)],
});

/** Slack webhook URLs: services (`T…/B…/<24>`), workflows and triggers. Starts at `https://` when present. */
function slackWebhook(id: string, kind: string, path: string, check: (segments: readonly string[]) => boolean): Detector {
  const marker = `hooks.slack.com/${path}/`;
  return {
    id,
    kind,
    display: `https://${marker}`,
    confidence: 'high',
    triggers: [marker],
    match(text, at) {
      if (!text.startsWith(marker, at)) return null;
      let start = at;
      if (at >= 8 && text.startsWith('https://', at - 8)) start = at - 8;
      else if (at >= 7 && text.startsWith('http://', at - 7)) start = at - 7;
      if (!leftClear(text, start, WORD_DASH | DOT)) return null;
      const segments: string[] = [];
      let pos = at + marker.length;
      for (;;) {
        const length = runLength(text, pos, ALNUM, 80);
        if (length === 0) break;
        segments.push(text.slice(pos, pos + length));
        pos += length;
        if (text[pos] !== '/' || !inSet(text, pos + 1, ALNUM)) break;
        pos++;
      }
      const secret = segments.at(-1) ?? '';
      if (!check(segments) || inSet(text, pos, WORD_DASH) || isObviousFake(secret) || classCount(secret) < 2) return null;
      return { start, end: pos };
    },
  };
}

const isWorkspaceId = (segment: string | undefined): boolean => segment !== undefined && /^T[\dA-Z]{6,14}$/u.test(segment);

/**
 * Discord webhook URL: `https://discord.com/api/webhooks/<17–20-digit id>/<60–80 base64url token>` (also
 * `discordapp.com` and the `ptb.` / `canary.` hosts). Anyone holding it can post as the webhook. Starts at the scheme
 * when present.
 */
function discordWebhook(host: string): Detector {
  const marker = `${host}/api/webhooks/`;
  return {
    id: 'discord-webhook-url',
    kind: 'Discord webhook URL',
    display: 'https://discord.com/api/webhooks/',
    confidence: 'high',
    triggers: [marker],
    match(text, at) {
      if (!text.startsWith(marker, at)) return null;
      let start = at;
      for (const subdomain of ['ptb.', 'canary.']) if (start >= subdomain.length && text.startsWith(subdomain, start - subdomain.length)) start -= subdomain.length;
      if (start >= 8 && text.startsWith('https://', start - 8)) start -= 8;
      if (!leftClear(text, start, WORD_DASH | DOT)) return null;
      const idStart = at + marker.length;
      const idLength = runLength(text, idStart, DIGIT, 21);
      if (idLength < 17 || idLength > 20 || text[idStart + idLength] !== '/') return null;
      const tokenStart = idStart + idLength + 1;
      const tokenLength = runLength(text, tokenStart, WORD_DASH, 81);
      const end = tokenStart + tokenLength;
      if (tokenLength < 60 || tokenLength > 80 || inSet(text, end, WORD_DASH)) return null;
      const token = text.slice(tokenStart, end);
      return isObviousFake(token) || classCount(token) < 2 ? null : { start, end };
    },
  };
}

/** OpenAI keys carry `T3BlbkFJ` (base64 of "OpenAI") inside the body. */
function openAi(id: string, kind: string, prefix: string): Detector {
  return prefixed({
    id,
    kind,
    prefix,
    parts: [run(WORD_DASH, 40, 400)],
    check: (body) => {
      const marker = body.indexOf('T3BlbkFJ');
      return marker >= 20 && body.length - marker - 8 >= 20;
    },
  });
}

/** Azure Entra client secret: 3 characters, a digit, `Q~`, then 31–34 more; `[\w~.-]`, 37–40 characters in all. */
const azureEntraSecret: Detector = {
  id: 'azure-entra-client-secret',
  kind: 'Azure Entra ID client secret',
  display: '…Q~',
  confidence: 'high',
  triggers: ['Q~'],
  match(text, at) {
    const start = at - 4;
    const charset = WORD_DASH | DOT | TILDE;
    if (start < 0 || !inSet(text, at - 1, DIGIT) || runLength(text, start, charset & ~DASH, 3) !== 3) return null;
    if (!leftClear(text, start, charset)) return null;
    const tail = runLength(text, at + 2, charset, 35);
    const end = at + 2 + tail;
    if (tail < 31 || tail > 34 || inSet(text, end, charset)) return null;
    const body = text.slice(at + 2, end);
    return isObviousFake(body) || classCount(body) < 2 ? null : { start, end };
  },
};

/** Telegram bot token: `<bot id>:A<34 more>`; the id is 6–12 digits, optionally behind `bot` in an API URL. */
const telegramBotToken: Detector = {
  id: 'telegram-bot-token',
  kind: 'Telegram bot token',
  display: '<bot-id>:',
  confidence: 'high',
  triggers: [':A'],
  match(text, at) {
    let start = at;
    while (start > 0 && inSet(text, start - 1, DIGIT) && at - start < 13) start--;
    const digits = at - start;
    if (digits < 6 || digits > 12) return null;
    const afterBot = start >= 3 && text.startsWith('bot', start - 3);
    if (!afterBot && !leftClear(text, start, WORD_DASH)) return null;
    const tail = runLength(text, at + 1, WORD_DASH, 36);
    const end = at + 1 + tail;
    if (tail !== 35 || inSet(text, end, WORD_DASH)) return null;
    const body = text.slice(at + 1, end);
    return isObviousFake(body) || classCount(body) < 3 ? null : { start, end };
  },
};

/** Discord tokens have no literal prefix; the scan finds them by their first character instead. */
const DISCORD_TRIGGER = '#discord';

/**
 * Discord bot token: base64url of the bot's numeric id (17–20 digits, so it starts `M`/`N`/`O`), a dot, a 6-character
 * timestamp, a dot, then a 27–38 character HMAC.
 */
const discordBotToken: Detector = {
  id: 'discord-bot-token',
  kind: 'Discord bot token',
  display: '<bot-id>.',
  confidence: 'high',
  triggers: [DISCORD_TRIGGER],
  match(text, at) {
    if (!leftClear(text, at, WORD_DASH | DOT)) return null;
    const idLength = runLength(text, at, WORD_DASH, 28);
    const stampStart = at + idLength + 1;
    if (idLength < 23 || text[at + idLength] !== '.' || runLength(text, stampStart, WORD_DASH, 7) !== 6 || text[stampStart + 6] !== '.') return null;
    const hmacLength = runLength(text, stampStart + 7, WORD_DASH, 39);
    const end = stampStart + 7 + hmacLength;
    if (hmacLength < 27 || hmacLength > 38 || inSet(text, end, WORD_DASH | DOT)) return null;
    const hmac = text.slice(stampStart + 7, end);
    if (isObviousFake(hmac) || classCount(hmac) < 2) return null;
    return decodesTo(text.slice(at, at + idLength), (id) => /^\d{17,20}$/u.test(id)) ? { start: at, end } : null;
  },
};

/** Terraform Cloud / Enterprise API token: 14 alphanumerics, `.atlasv1.`, 60–70 base64url characters. */
const terraformToken: Detector = {
  id: 'terraform-cloud-token',
  kind: 'Terraform Cloud API token',
  display: '.atlasv1.',
  confidence: 'high',
  triggers: ['.atlasv1.'],
  match(text, at) {
    const start = at - 14;
    if (start < 0 || runLength(text, start, ALNUM, 14) !== 14 || !leftClear(text, start, WORD_DASH | DOT)) return null;
    const tail = runLength(text, at + 9, WORD_DASH | EQUALS, 71);
    const end = at + 9 + tail;
    if (tail < 60 || tail > 70 || inSet(text, end, WORD_DASH)) return null;
    const body = text.slice(at + 9, end);
    return isObviousFake(body) || classCount(body) < 2 ? null : { start, end };
  },
};

/** Mailchimp API key: 32 lowercase hex, `-us`, the data-centre number. */
const mailchimpKey: Detector = {
  id: 'mailchimp-api-key',
  kind: 'Mailchimp API key',
  display: '…-us',
  confidence: 'high',
  triggers: ['-us'],
  match(text, at) {
    const start = at - 32;
    if (start < 0 || runLength(text, start, HEX, 32) !== 32 || !leftClear(text, start, WORD_DASH)) return null;
    const dc = runLength(text, at + 3, DIGIT, 3);
    const end = at + 3 + dc;
    if (dc < 1 || dc > 2 || inSet(text, end, WORD_DASH)) return null;
    const body = text.slice(start, at);
    return isObviousFake(body) || classCount(body) < 2 ? null : { start, end };
  },
};

/** New Relic license (ingest) key: 36 hex then `NRAL`. */
const newRelicLicenseKey: Detector = {
  id: 'newrelic-license-key',
  kind: 'New Relic license key',
  display: '…NRAL',
  confidence: 'high',
  triggers: ['NRAL'],
  match(text, at) {
    const start = at - 36;
    if (start < 0 || runLength(text, start, HEX_ANY, 36) !== 36 || !leftClear(text, start, WORD_DASH) || inSet(text, at + 4, WORD_DASH)) return null;
    const body = text.slice(start, at);
    return isObviousFake(body) || classCount(body) < 2 ? null : { start, end: at + 4 };
  },
};

const mailgunBase = prefixed({ id: 'mailgun-api-key', kind: 'Mailgun API key', prefix: 'key-', parts: [run(HEX, 32)], confidence: 'medium' });

/** Mailgun private API key `key-` + 32 hex: the same shape as `key-<md5>`, so high only when the text names Mailgun. */
const mailgunKey: Detector = {
  ...mailgunBase,
  match(text, at) {
    const span = mailgunBase.match(text, at);
    return span && /mailgun/iu.test(text) ? { ...span, confidence: 'high' } : span;
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The table.

const STRIPE_BODY: readonly Part[] = [run(ALNUM, 20, 247)];
const LETTERS = UPPER | LOWER;
const mixedCase = (body: string): boolean => /[A-Z][^A-Z]*[A-Z]/u.test(body) && /[a-z][^a-z]*[a-z]/u.test(body);

const DETECTORS: readonly Detector[] = [
  // GitHub (classic ghp_/gho_/ghu_/ghs_/ghr_ tokens are checksum-verified elsewhere).
  prefixed({ id: 'github-fine-grained-pat', kind: 'GitHub fine-grained personal access token', prefix: 'github_pat_', parts: [run(ALNUM, 22), lit('_'), run(ALNUM, 59)] }),
  githubInstallationToken,

  // GitLab.
  gitlab('gitlab-pat', 'GitLab personal access token', 'glpat-', [run(WORD_DASH, 20)]),
  gitlab('gitlab-runner-token', 'GitLab runner authentication token', 'glrt-', [run(WORD_DASH, 20)]),
  gitlab('gitlab-cicd-job-token', 'GitLab CI/CD job token', 'glcbt-', [run(ALNUM, 1, 5), lit('_'), run(WORD_DASH, 20)]),
  gitlab('gitlab-deploy-token', 'GitLab deploy token', 'gldt-', [run(WORD_DASH, 20)]),
  gitlab('gitlab-feed-token', 'GitLab feed token', 'glft-', [run(WORD_DASH, 20)]),
  gitlab('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'glimt-', [run(WORD_DASH, 25)]),
  gitlab('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'glptt-', [run(HEX, 40)]),
  gitlab('gitlab-agent-token', 'GitLab Kubernetes agent token', 'glagent-', [run(WORD_DASH, 50)]),
  gitlab('gitlab-scim-token', 'GitLab SCIM token', 'glsoat-', [run(WORD_DASH, 20)]),
  gitlab('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gloas-', [run(WORD_DASH, 64)]),
  gitlab('gitlab-feature-flag-token', 'GitLab feature flag client token', 'glffct-', [run(WORD_DASH, 20)]),
  prefixed({ id: 'gitlab-runner-registration-token', kind: 'GitLab runner registration token', prefix: 'GR1348941', parts: [run(WORD_DASH, 20)], left: WORD }),

  // Cloud providers.
  awsAccessKeyId,
  prefixed({ id: 'google-api-key', kind: 'Google API key', prefix: 'AIza', parts: [run(WORD_DASH, 35)] }),
  // Medium: Google treats the client secret of an installed (desktop, CLI) app as public; a web app's is confidential.
  prefixed({ id: 'google-oauth-client-secret', kind: 'Google OAuth client secret', prefix: 'GOCSPX-', parts: [run(WORD_DASH, 28)], confidence: 'medium' }),
  azureEntraSecret,
  ...prefixedEach(['dop_v1_'], { id: 'digitalocean-pat', kind: 'DigitalOcean personal access token', parts: [run(HEX, 64)] }),
  ...prefixedEach(['doo_v1_'], { id: 'digitalocean-oauth-token', kind: 'DigitalOcean OAuth token', parts: [run(HEX, 64)] }),
  ...prefixedEach(['dor_v1_'], { id: 'digitalocean-refresh-token', kind: 'DigitalOcean refresh token', parts: [run(HEX, 64)] }),
  prefixed({ id: 'databricks-token', kind: 'Databricks access token', prefix: 'dapi', parts: [run(HEX, 32), lit('-'), run(DIGIT, 1, 2)] }),
  prefixed({ id: 'databricks-token', kind: 'Databricks access token', prefix: 'dapi', parts: [run(HEX, 32)] }),
  prefixed({ id: 'heroku-api-key', kind: 'Heroku API key', prefix: 'HRKU-AA', parts: [run(WORD_DASH, 58)] }),
  prefixed({ id: 'flyio-token', kind: 'Fly.io access token', prefix: 'fo1_', parts: [run(WORD_DASH, 43)] }),
  ...prefixedEach(['fm2_', 'fm1a_', 'fm1r_'], { id: 'flyio-macaroon-token', kind: 'Fly.io macaroon token', parts: [run(BASE64, 100, 4000), run(EQUALS, 0, 3)], right: BASE64_ANY | EQUALS }),
  prefixed({ id: 'openshift-token', kind: 'OpenShift user token', prefix: 'sha256~', parts: [run(WORD_DASH, 43)] }),
  prefixed({ id: 'dynatrace-token', kind: 'Dynatrace API token', prefix: 'dt0c01.', parts: [run(ALNUM, 24), lit('.'), run(ALNUM, 64)], right: WORD_DASH | DOT }),
  terraformToken,
  prefixed({ id: 'vault-service-token', kind: 'HashiCorp Vault service token', prefix: 'hvs.', parts: [run(WORD_DASH, 90, 120)] }),
  prefixed({ id: 'vault-batch-token', kind: 'HashiCorp Vault batch token', prefix: 'hvb.', parts: [run(WORD_DASH, 138, 300)] }),
  prefixed({ id: 'vault-recovery-token', kind: 'HashiCorp Vault recovery token', prefix: 'hvr.', parts: [run(WORD_DASH, 90, 120)] }),
  prefixed({ id: 'pulumi-token', kind: 'Pulumi access token', prefix: 'pul-', parts: [run(HEX, 40)] }),
  prefixed({ id: 'tailscale-key', kind: 'Tailscale key', prefix: 'tskey-', parts: [run(LOWER, 3, 10), lit('-'), run(WORD, 8, 40), lit('-'), run(WORD, 16, 60)] }),
  prefixed({ id: 'vercel-personal-token', kind: 'Vercel personal access token', prefix: 'vcp_', parts: [run(ALNUM, 24, 60)] }),
  prefixed({ id: 'vercel-integration-token', kind: 'Vercel integration token', prefix: 'vci_', parts: [run(ALNUM, 24, 60)] }),
  prefixed({ id: 'vercel-app-access-token', kind: 'Vercel app access token', prefix: 'vca_', parts: [run(ALNUM, 24, 60)] }),
  prefixed({ id: 'vercel-app-refresh-token', kind: 'Vercel app refresh token', prefix: 'vcr_', parts: [run(ALNUM, 24, 60)] }),
  prefixed({ id: 'vercel-ai-gateway-key', kind: 'Vercel AI Gateway key', prefix: 'vck_', parts: [run(ALNUM, 24, 60)] }),
  prefixed({ id: 'supabase-management-token', kind: 'Supabase management API token', prefix: 'sbp_', parts: [run(HEX, 40)] }),
  prefixed({ id: 'supabase-secret-key', kind: 'Supabase secret API key', prefix: 'sb_secret_', parts: [run(WORD_DASH, 24, 80)] }),
  prefixed({ id: 'doppler-personal-token', kind: 'Doppler personal token', prefix: 'dp.pt.', parts: [run(ALNUM, 40, 44)] }),
  prefixed({ id: 'doppler-service-token', kind: 'Doppler service token', prefix: 'dp.st.', parts: [run(ALNUM, 40, 44)] }),
  prefixed({ id: 'doppler-service-token', kind: 'Doppler service token', prefix: 'dp.st.', parts: [run(LOWER | DIGIT | UNDERSCORE | DASH, 1, 40), lit('.'), run(ALNUM, 40, 44)] }),
  prefixed({ id: 'doppler-cli-token', kind: 'Doppler CLI token', prefix: 'dp.ct.', parts: [run(ALNUM, 40, 44)] }),
  prefixed({ id: 'doppler-service-account-token', kind: 'Doppler service account token', prefix: 'dp.sa.', parts: [run(ALNUM, 40, 44)] }),
  prefixed({ id: 'doppler-scim-token', kind: 'Doppler SCIM token', prefix: 'dp.scim.', parts: [run(ALNUM, 40, 44)] }),
  prefixed({ id: 'doppler-audit-token', kind: 'Doppler audit token', prefix: 'dp.audit.', parts: [run(ALNUM, 40, 44)] }),
  prefixed({ id: 'onepassword-service-account-token', kind: '1Password service account token', prefix: 'ops_eyJ', display: 'ops_', parts: [run(BASE64_ANY, 100, 5000), run(EQUALS, 0, 3)], right: BASE64_ANY | EQUALS }),
  prefixed({ id: 'onepassword-secret-key', kind: '1Password account secret key', prefix: 'A3-', parts: [run(UPPER | DIGIT, 6), lit('-'), run(UPPER | DIGIT, 11), lit('-'), run(UPPER | DIGIT, 5), lit('-'), run(UPPER | DIGIT, 5), lit('-'), run(UPPER | DIGIT, 5)] }),
  prefixed({ id: 'onepassword-secret-key', kind: '1Password account secret key', prefix: 'A3-', parts: [run(UPPER | DIGIT, 6), lit('-'), run(UPPER | DIGIT, 6), lit('-'), run(UPPER | DIGIT, 5), lit('-'), run(UPPER | DIGIT, 5), lit('-'), run(UPPER | DIGIT, 5), lit('-'), run(UPPER | DIGIT, 5)] }),

  // Developer platforms and registries.
  prefixed({ id: 'pypi-upload-token', kind: 'PyPI upload token', prefix: 'pypi-AgEIcHlwaS5vcmc', display: 'pypi-', parts: [run(WORD_DASH, 50, 1000)] }),
  prefixed({ id: 'pypi-test-upload-token', kind: 'TestPyPI upload token', prefix: 'pypi-AgENdGVzdC5weXBpLm9yZw', display: 'pypi-', parts: [run(WORD_DASH, 50, 1000)], confidence: 'medium' }),
  prefixed({ id: 'rubygems-api-key', kind: 'RubyGems API key', prefix: 'rubygems_', parts: [run(HEX, 48)] }),
  prefixed({ id: 'dockerhub-pat', kind: 'Docker Hub personal access token', prefix: 'dckr_pat_', parts: [run(WORD_DASH, 27)] }),
  prefixed({ id: 'dockerhub-org-token', kind: 'Docker Hub organization access token', prefix: 'dckr_oat_', parts: [run(WORD_DASH, 32)] }),
  prefixed({ id: 'buildkite-token', kind: 'Buildkite API access token', prefix: 'bkua_', parts: [run(HEX, 40)] }),
  prefixed({ id: 'postman-api-key', kind: 'Postman API key', prefix: 'PMAK-', parts: [run(HEX, 24), lit('-'), run(HEX, 34)] }),
  prefixed({ id: 'figma-token', kind: 'Figma personal access token', prefix: 'figd_', parts: [run(WORD_DASH, 40, 200)] }),
  prefixed({ id: 'linear-api-key', kind: 'Linear API key', prefix: 'lin_api_', parts: [run(ALNUM, 40)] }),
  prefixed({ id: 'notion-token', kind: 'Notion integration token', prefix: 'ntn_', parts: [run(DIGIT, 11), run(ALNUM, 35)], variety: false, check: (body) => classCount(body.slice(11)) >= 2 }),
  prefixed({ id: 'notion-legacy-token', kind: 'Notion integration token (legacy)', prefix: 'secret_', parts: [run(ALNUM, 43)], confidence: 'medium', check: (body) => classCount(body) === 3 && mixedCase(body) }),
  prefixed({ id: 'prefect-api-key', kind: 'Prefect API key', prefix: 'pnu_', parts: [run(ALNUM, 36)] }),
  prefixed({ id: 'readme-api-key', kind: 'ReadMe API key', prefix: 'rdme_', parts: [run(BASE36_LOWER, 70)] }),
  prefixed({ id: 'sentry-user-token', kind: 'Sentry user auth token', prefix: 'sntryu_', parts: [run(HEX, 64)] }),
  prefixed({ id: 'sentry-org-token', kind: 'Sentry organization auth token', prefix: 'sntrys_eyJpYXQiO', display: 'sntrys_', parts: [run(BASE64, 10, 800), run(EQUALS, 0, 2), lit('_'), run(BASE64, 43)], right: BASE64_ANY | EQUALS }),
  prefixed({ id: 'grafana-cloud-token', kind: 'Grafana Cloud access token', prefix: 'glc_eyJ', display: 'glc_', parts: [run(BASE64, 32, 800), run(EQUALS, 0, 3)], right: BASE64_ANY | EQUALS }),
  prefixed({ id: 'grafana-api-key', kind: 'Grafana API key', prefix: 'eyJrIjoi', parts: [run(BASE64, 60, 400), run(EQUALS, 0, 3)], right: BASE64_ANY | EQUALS | DOT }),
  prefixed({ id: 'newrelic-user-api-key', kind: 'New Relic user API key', prefix: 'NRAK-', parts: [run(UPPER | DIGIT, 27)] }),
  prefixed({ id: 'newrelic-insert-key', kind: 'New Relic insert key', prefix: 'NRII-', parts: [run(WORD_DASH, 32)] }),
  newRelicLicenseKey,
  prefixed({ id: 'posthog-personal-key', kind: 'PostHog personal API key', prefix: 'phx_', parts: [run(ALNUM, 30, 70)] }),
  prefixed({ id: 'langsmith-api-key', kind: 'LangSmith API key', prefix: 'lsv2_pt_', parts: [run(HEX, 32), lit('_'), run(HEX, 10)] }),
  prefixed({ id: 'langsmith-api-key', kind: 'LangSmith API key', prefix: 'lsv2_sk_', parts: [run(HEX, 32), lit('_'), run(HEX, 10)] }),

  // Messaging.
  slack('slack-bot-token', 'Slack bot token', ['xoxb-'], 1, 18, 48),
  slack('slack-user-token', 'Slack user token', ['xoxp-'], 2, 24, 48),
  slack('slack-workspace-token', 'Slack workspace access token', ['xoxa-'], 1, 20, 80),
  slack('slack-refresh-token', 'Slack workspace refresh token', ['xoxr-'], 1, 20, 80),
  slack('slack-config-token', 'Slack configuration access token', ['xoxe.xoxp-', 'xoxe.xoxb-'], 1, 150, 200),
  slack('slack-config-refresh-token', 'Slack configuration refresh token', ['xoxe-'], 1, 140, 160),
  slack('slack-legacy-token', 'Slack legacy token', ['xoxs-', 'xoxo-'], 3, 20, 80),
  slackAppToken,
  discordWebhook('discord.com'),
  discordWebhook('discordapp.com'),
  slackWebhook('slack-webhook-url', 'Slack incoming webhook URL', 'services', (s) => s.length === 3 && isWorkspaceId(s[0]) && /^B[\dA-Z]{6,14}$/u.test(s[1] ?? '') && (s[2]?.length ?? 0) >= 20),
  slackWebhook('slack-workflow-webhook-url', 'Slack workflow webhook URL', 'workflows', (s) => s.length === 4 && isWorkspaceId(s[0]) && (s[3]?.length ?? 0) >= 20),
  slackWebhook('slack-workflow-webhook-url', 'Slack workflow webhook URL', 'triggers', (s) => s.length === 3 && isWorkspaceId(s[0]) && (s[2]?.length ?? 0) >= 20),
  telegramBotToken,
  discordBotToken,
  prefixed({ id: 'sendgrid-api-key', kind: 'SendGrid API key', prefix: 'SG.', parts: [run(WORD_DASH, 22), lit('.'), run(WORD_DASH, 43)], left: WORD_DASH | DOT, right: WORD_DASH | DOT }),
  prefixed({ id: 'sendinblue-api-key', kind: 'Brevo (Sendinblue) API key', prefix: 'xkeysib-', parts: [run(HEX, 64), lit('-'), run(ALNUM, 16)] }),
  mailchimpKey,
  mailgunKey,

  // Payments and commerce.
  prefixed({ id: 'stripe-secret-key', kind: 'Stripe secret key', prefix: 'sk_live_', parts: STRIPE_BODY }),
  prefixed({ id: 'stripe-restricted-key', kind: 'Stripe restricted key', prefix: 'rk_live_', parts: STRIPE_BODY }),
  prefixed({ id: 'stripe-test-secret-key', kind: 'Stripe test-mode secret key', prefix: 'sk_test_', parts: STRIPE_BODY, confidence: 'medium' }),
  prefixed({ id: 'stripe-test-restricted-key', kind: 'Stripe test-mode restricted key', prefix: 'rk_test_', parts: STRIPE_BODY, confidence: 'medium' }),
  prefixed({ id: 'webhook-signing-secret', kind: 'Webhook signing secret (Stripe/Svix)', prefix: 'whsec_', parts: [run(BASE64, 24, 100), run(EQUALS, 0, 2)], right: BASE64_ANY | EQUALS }),
  prefixed({ id: 'shopify-access-token', kind: 'Shopify access token', prefix: 'shpat_', parts: [run(HEX_ANY, 32)] }),
  prefixed({ id: 'shopify-custom-app-token', kind: 'Shopify custom app access token', prefix: 'shpca_', parts: [run(HEX_ANY, 32)] }),
  prefixed({ id: 'shopify-private-app-token', kind: 'Shopify private app access token', prefix: 'shppa_', parts: [run(HEX_ANY, 32)] }),
  prefixed({ id: 'shopify-shared-secret', kind: 'Shopify app shared secret', prefix: 'shpss_', parts: [run(HEX_ANY, 32)] }),
  prefixed({ id: 'square-access-token', kind: 'Square access token', prefix: 'EAAA', parts: [run(WORD_DASH, 60)], left: BASE64_ANY }),
  prefixed({ id: 'square-access-token', kind: 'Square access token', prefix: 'sq0atp-', parts: [run(WORD_DASH, 22)] }),
  prefixed({ id: 'square-oauth-secret', kind: 'Square OAuth application secret', prefix: 'sq0csp-', parts: [run(WORD_DASH, 43)] }),
  prefixed({ id: 'facebook-access-token', kind: 'Facebook access token', prefix: 'EAA', parts: [run(ALNUM, 100, 500)], left: BASE64_ANY, right: BASE64_ANY | EQUALS }),
  prefixed({ id: 'shippo-live-token', kind: 'Shippo live API token', prefix: 'shippo_live_', parts: [run(HEX, 40)] }),
  prefixed({ id: 'mapbox-secret-token', kind: 'Mapbox secret access token', prefix: 'sk.eyJ1Ijoi', display: 'sk.', parts: [run(WORD_DASH, 16, 300), lit('.'), run(WORD_DASH, 20, 32)], left: WORD_DASH | DOT, right: WORD_DASH | DOT }),

  // AI providers.
  openAi('openai-project-key', 'OpenAI project API key', 'sk-proj-'),
  openAi('openai-service-account-key', 'OpenAI service account key', 'sk-svcacct-'),
  openAi('openai-admin-key', 'OpenAI admin key', 'sk-admin-'),
  prefixed({ id: 'openai-legacy-key', kind: 'OpenAI API key', prefix: 'sk-', parts: [run(ALNUM, 20), lit('T3BlbkFJ'), run(ALNUM, 20)] }),
  prefixed({ id: 'anthropic-api-key', kind: 'Anthropic API key', prefix: 'sk-ant-api03-', parts: [run(WORD_DASH, 95)], check: (body) => body.endsWith('AA') }),
  prefixed({ id: 'anthropic-admin-key', kind: 'Anthropic admin API key', prefix: 'sk-ant-admin01-', parts: [run(WORD_DASH, 95)], check: (body) => body.endsWith('AA') }),
  prefixed({ id: 'huggingface-token', kind: 'Hugging Face access token', prefix: 'hf_', parts: [run(LETTERS, 34)], check: mixedCase }),
  prefixed({ id: 'huggingface-org-token', kind: 'Hugging Face organization API token', prefix: 'api_org_', parts: [run(LETTERS, 34)], check: mixedCase }),
  prefixed({ id: 'perplexity-api-key', kind: 'Perplexity API key', prefix: 'pplx-', parts: [run(ALNUM, 48)] }),
  prefixed({ id: 'groq-api-key', kind: 'Groq API key', prefix: 'gsk_', parts: [run(ALNUM, 52)] }),
  prefixed({ id: 'xai-api-key', kind: 'xAI API key', prefix: 'xai-', parts: [run(ALNUM, 80)] }),
  // Twitter (X) app-only bearer token: a run of `A`s, then URL-encoded base64 whose `%2B` / `%2F` / `%3D` escapes set it
  // apart from a base64 blob of zero bytes.
  prefixed({
    id: 'twitter-bearer-token',
    kind: 'Twitter (X) app-only bearer token',
    prefix: TWITTER_BEARER_PREFIX,
    display: 'AAAA…',
    parts: [run(ALNUM | PERCENT, 70, 140)],
    right: WORD_DASH | PERCENT,
    check: (body) => hasUrlEncodedBase64(body) && !isObviousFake(body.replace(LEADING_AS, '')),
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// The combined scan.

/** Length of the longest trigger of `detector` that `literal` starts with (0 if none). */
function triggerLength(detector: Detector, literal: string): number {
  return Math.max(0, ...detector.triggers.filter((trigger) => literal.startsWith(trigger)).map((trigger) => trigger.length));
}

interface Trigger {
  readonly literal: string;
  /** Every detector whose prefix the literal starts with, longest prefix first (`EAAA` Square before `EAA` Facebook). */
  readonly detectors: readonly Detector[];
}

/**
 * Literal triggers bucketed by their first two ASCII characters (index `c0 * 128 + c1`), longest literal first. Every
 * trigger is at least two characters long, so one array lookup per position rejects almost every position of any
 * text; built once and never written afterwards.
 */
const BY_PAIR: readonly (readonly Trigger[] | undefined)[] = (() => {
  const buckets: Trigger[][] = [];
  const literals = [...new Set(DETECTORS.flatMap((detector) => detector.triggers))].filter((literal) => literal !== DISCORD_TRIGGER);
  for (const literal of literals.sort((a, b) => b.length - a.length)) {
    const detectors = DETECTORS.filter((detector) => triggerLength(detector, literal) > 0).sort((a, b) => triggerLength(b, literal) - triggerLength(a, literal));
    const key = literal.charCodeAt(0) * 128 + literal.charCodeAt(1);
    (buckets[key] ??= []).push({ literal, detectors });
  }
  return Array.from({ length: 128 * 128 }, (_, key) => buckets[key]);
})();

/** The detectors of the longest literal trigger at `at`, whose first two characters make `key`. */
function triggerAt(text: string, at: number, key: number): readonly Detector[] | undefined {
  for (const trigger of BY_PAIR[key] ?? []) if (text.startsWith(trigger.literal, at)) return trigger.detectors;
  return undefined;
}

const DISCORD_ONLY: readonly Detector[] = [discordBotToken];

/** 1 where `BY_PAIR` has a bucket: the hot loop reads this small typed array first. */
const HAS_PAIR: Uint8Array = Uint8Array.from(BY_PAIR, (bucket) => (bucket === undefined ? 0 : 1));

function toMatch(detector: Detector, span: Span): SecretMatch {
  return {
    id: detector.id,
    kind: detector.kind,
    layer: 'provider',
    confidence: span.confidence ?? detector.confidence,
    start: span.start,
    end: span.end,
    display: span.display ?? detector.display,
  };
}

/** The ids of every format this module knows (for tests and docs). */
export const PROVIDER_FORMAT_IDS: readonly string[] = [...new Set(DETECTORS.map((detector) => detector.id))];

/**
 * Provider tokens recognised by exact structure in `text` (layer `provider`), in text order. Tokens glued to more
 * token characters, placeholders, documented examples and truncated tokens are not reported.
 */
export function findProviderTokens(text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  if (text.length < 8) return found;
  let lastEnd = 0;
  let second = text.charCodeAt(0);
  for (let at = 0; at < text.length - 1; at++) {
    const first = second;
    second = text.charCodeAt(at + 1);
    if (first >= 128 || second >= 128) continue;
    const key = (first << 7) | second;
    let detectors: readonly Detector[] | undefined;
    if (HAS_PAIR[key] === 1) detectors = triggerAt(text, at, key);
    else if (first >= 77 && first <= 79 && !inSet(text, at - 1, WORD_DASH | DOT)) detectors = DISCORD_ONLY;
    if (detectors === undefined) continue;
    for (const detector of detectors) {
      const span = detector.match(text, at);
      if (span !== null && span.start >= lastEnd) {
        found.push(toMatch(detector, span));
        lastEnd = span.end;
        if (lastEnd - 1 > at) {
          at = lastEnd - 1;
          second = text.charCodeAt(at + 1);
        }
        break;
      }
    }
  }
  return found;
}
