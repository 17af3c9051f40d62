import { describe, expect, it } from 'vitest';
import { fastestMicrosPerCall, fastestMs } from '../timing';
import { findProviderTokens, isAwsSecretAccessKeyShape, isObviousFake, PROVIDER_FORMAT_IDS } from '../../src/secrets/provider-tokens';
import { ALNUM, BASE64, breakChecksum, CHECKSUM_FORMATS, generateValid, HEX, randomString, seededRandom } from './generate.js';
import { PROVIDER_SAMPLES } from './provider-samples.js';

const SAMPLES_PER_FORMAT = 4;

/** Contexts a token is found in: code, headers, URLs, JSON, shell. */
const CONTEXTS: readonly ((token: string) => string)[] = [
  (token) => `const apiKey = "${token}";`,
  (token) => `Authorization: Bearer ${token}\r\nAccept: application/json`,
  (token) => `curl -s 'https://api.example.test/v1/items?q=${token}&limit=10'`,
  (token) => `{"name":"prod","credentials":{"value":"${token}"},"enabled":true}`,
  (token) => `export SERVICE_TOKEN=${token}\n# rotate quarterly`,
];

function samplesOf(id: string, seed: number): string[] {
  const entry = PROVIDER_SAMPLES[id];
  if (entry === undefined) throw new Error(`no sample for ${id}`);
  const rng = seededRandom(seed);
  return Array.from({ length: SAMPLES_PER_FORMAT }, () => entry.sample(rng));
}

/** `token` with every alphanumeric after the public prefix replaced by `x`: the shape of a documentation placeholder. */
function placeholderTwin(token: string, display: string): string {
  const keep = token.startsWith(display) ? display.length : 0;
  return token.slice(0, keep) + token.slice(keep).replace(/[\dA-Za-z]/gu, 'x');
}

describe('findProviderTokens: every format', () => {
  it('knows at least 45 formats and has a sample for each', () => {
    expect(PROVIDER_FORMAT_IDS.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(PROVIDER_SAMPLES).sort()).toEqual([...PROVIDER_FORMAT_IDS].sort());
  });

  describe.each(PROVIDER_FORMAT_IDS.map((id, index) => ({ id, seed: 1000 + index })))('$id', ({ id, seed }) => {
    const samples = samplesOf(id, seed);

    it('finds bare samples, with only the public prefix in display', () => {
      for (const token of samples) {
        const matches = findProviderTokens(token);
        expect(matches, token).toHaveLength(1);
        const [match] = matches;
        expect(match).toMatchObject({ id, layer: 'provider', start: 0, end: token.length });
        expect(match?.kind.length).toBeGreaterThan(3);
        expect(['high', 'medium']).toContain(match?.confidence);
        expect(match?.display.length).toBeLessThanOrEqual(36);
      }
      // The display never holds secret characters: it is the token's literal prefix, or a fixed marker that is the
      // same for every random sample of the format.
      const displays = samples.map((token) => findProviderTokens(token)[0]?.display ?? '');
      for (const [index, display] of displays.entries()) {
        expect(samples[index]?.startsWith(display) === true || displays.every((other) => other === display), display).toBe(true);
      }
    });

    it('finds samples embedded in text, at the right offsets', () => {
      for (const [index, token] of samples.entries()) {
        const context = CONTEXTS[index % CONTEXTS.length];
        if (context === undefined) throw new Error('no context');
        const text = context(token);
        const matches = findProviderTokens(text);
        expect(matches, text).toHaveLength(1);
        expect(matches[0]).toMatchObject({ id, start: text.indexOf(token), end: text.indexOf(token) + token.length });
      }
    });

    it('stays silent on placeholder and truncated twins', () => {
      for (const token of samples) {
        const display = findProviderTokens(token)[0]?.display ?? '';
        const prefix = token.startsWith(display) ? display : '';
        const twins = [
          placeholderTwin(token, display),
          `${prefix}<your-key>`,
          `${prefix}\${API_KEY}`,
          PROVIDER_SAMPLES[id]?.openEnded === true ? token.slice(0, prefix.length + 10) : token.slice(0, Math.floor(token.length / 2)),
        ];
        for (const twin of twins) expect(findProviderTokens(twin), twin).toEqual([]);
      }
    });

    it('stays silent when the token is glued to more token characters', () => {
      for (const token of samples.slice(0, 2)) {
        expect(findProviderTokens(`a${token}`).filter((match) => match.id === id && match.start === 1 && match.end === token.length + 1), `a${token}`).toEqual([]);
        const glued = `${token}Zq9`;
        expect(findProviderTokens(glued).filter((match) => match.end === token.length)).toEqual([]);
      }
    });
  });
});

describe('findProviderTokens: specific behaviour', () => {
  const rng = seededRandom(42);

  it('gives test-mode Stripe keys medium confidence and live keys high', () => {
    expect(findProviderTokens(`sk_test_${randomString(rng, ALNUM, 24)}`)[0]?.confidence).toBe('medium');
    expect(findProviderTokens(`rk_test_${randomString(rng, ALNUM, 24)}`)[0]?.confidence).toBe('medium');
    expect(findProviderTokens(`sk_live_${randomString(rng, ALNUM, 24)}`)[0]?.confidence).toBe('high');
  });

  it('reports the AWS prefix actually found and skips documented examples', () => {
    const id = `ASIA${randomString(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10)}Q2Z7KM`;
    expect(findProviderTokens(id)[0]).toMatchObject({ id: 'aws-access-key-id', kind: 'AWS access key ID', display: 'ASIA' });
    expect(findProviderTokens('AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(findProviderTokens('aws_access_key_id = AKIAI44QH8DHBEXAMPLE')).toEqual([]);
  });

  it('raises Mailgun keys to high confidence only when the text names Mailgun', () => {
    const key = `key-${randomString(rng, HEX, 32)}`;
    expect(findProviderTokens(key)[0]?.confidence).toBe('medium');
    expect(findProviderTokens(`https://api:${key}@api.mailgun.net/v3/example.test/messages`)[0]?.confidence).toBe('high');
  });

  it('finds a Telegram token in a Bot API URL', () => {
    const token = `7${randomString(rng, '0123456789', 9)}:AAF${randomString(rng, ALNUM, 32)}`;
    const url = `https://api.telegram.org/bot${token}/sendMessage`;
    expect(findProviderTokens(url)[0]).toMatchObject({ id: 'telegram-bot-token', start: url.indexOf(token), end: url.indexOf(token) + token.length });
  });

  it('finds tokens after a percent-escape and reports several tokens in one string in order', () => {
    const google = `AIzaSy${randomString(rng, ALNUM, 33)}`;
    const groq = `gsk_${randomString(rng, ALNUM, 52)}`;
    expect(findProviderTokens(`redirect=%3D${google}`)[0]?.id).toBe('google-api-key');
    const both = findProviderTokens(`GOOGLE=${google}\nGROQ=${groq}`);
    expect(both.map((match) => match.id)).toEqual(['google-api-key', 'groq-api-key']);
  });

  it('does not report checksum formats, valid or with a failed checksum', () => {
    const local = seededRandom(7);
    for (const format of CHECKSUM_FORMATS) {
      const valid = generateValid(format, local);
      expect(findProviderTokens(valid), `${format}: ${valid}`).toEqual([]);
      expect(findProviderTokens(breakChecksum(valid)), format).toEqual([]);
    }
  });

  it('does not report publishable keys or identifiers', () => {
    const publicValues = [
      `pk_live_${randomString(rng, ALNUM, 99)}`,
      `pk_test_${randomString(rng, ALNUM, 24)}`,
      `pk.${Buffer.from(JSON.stringify({ u: 'acme', a: randomString(rng, ALNUM, 25) })).toString('base64url')}.${randomString(rng, ALNUM, 22)}`,
      `phc_${randomString(rng, ALNUM, 43)}`,
      `AC${randomString(rng, HEX, 32)}`,
      `SK${randomString(rng, HEX, 32)}`,
      `https://${randomString(rng, HEX, 32)}@o${randomString(rng, '0123456789', 6)}.ingest.sentry.io/${randomString(rng, '0123456789', 7)}`,
      `NRJS-${randomString(rng, HEX, 19)}`,
    ];
    for (const value of publicValues) expect(findProviderTokens(value), value).toEqual([]);
  });

  it('stays silent on a Firebase-style config except for the apiKey (left to the rule layer)', () => {
    const config = `{ apiKey: "AIzaSy${randomString(rng, ALNUM, 33)}", authDomain: "demo-app.firebaseapp.com", projectId: "demo-app" }`;
    expect(findProviderTokens(config).map((match) => match.id)).toEqual(['google-api-key']);
  });
});

describe('findProviderTokens: near misses stay silent', () => {
  const rng = seededRandom(99);
  const md5 = randomString(rng, HEX, 32);
  const sha256 = randomString(rng, HEX, 64);
  const uuid = `${randomString(rng, HEX, 8)}-${randomString(rng, HEX, 4)}-4${randomString(rng, HEX, 3)}-a${randomString(rng, HEX, 3)}-${randomString(rng, HEX, 12)}`;
  const negatives: readonly string[] = [
    'The quick brown fox jumps over the lazy dog while the risk-averse team reviews the task-list.',
    'Supported locales: cs-CZ, sk-SK, sl-SI, hu-HU and en-US.',
    'sk-SK',
    'Our Asia-Pacific office handles ASIAPACIFICREGIONOFFICE escalations.',
    'ASIAPACIFICSINGAPORE',
    'mask-image: url(icons/arrow.svg); -webkit-mask-size: cover;',
    'flex items-center justify-between sk-spinner sk-circle gap-4',
    '.sk-fading-circle .sk-circle12:before { animation-delay: -0.1s; }',
    'key-value store with key-value-pair semantics and monkey-patching of hotkey-bindings',
    'ico-arrow-down ico-arrow-up btn-primary text-slate-500 hover:bg-slate-100',
    '/usr/local/lib/node_modules/eslint/bin/eslint.js',
    './src/components/AKIAHeader.tsx',
    'C:\\Users\\dev\\AppData\\Local\\Temp\\PROGRA~1\\build.log',
    'node_modules/@slack/web-api/dist/methods.js',
    'https://hooks.slack.com/services/',
    'https://api.slack.com/docs/token-types#bot',
    'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    'https://dashboard.stripe.com/test/apikeys',
    'https://console.groq.com/keys and https://huggingface.co/settings/tokens',
    'auth.login.passwordLabel',
    'settings.apiKey.placeholder',
    'errors.token.expired',
    uuid,
    '550e8400-e29b-41d4-a716-446655440000',
    md5,
    sha256,
    `sha256-${randomString(rng, BASE64, 43)}=`,
    `sha512-${randomString(rng, BASE64, 86)}==`,
    `XAKIA${randomString(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
    'AKIAIOSFODNN7EXAMPLE',
    'AKIA1234567890189018',
    'AKIAIOSFODNN7',
    'AIzaSyDOCUMENTATIONEXAMPLEKEY1234567890',
    'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
    'sk_test_0123456789abcdefghijklmn',
    'sk_live_<your-stripe-secret-key>',
    'sk_live_YOUR_STRIPE_SECRET_KEY_HERE',
    'xoxb-your-bot-token-here',
    'xoxb-123-456-abc',
    'xoxp-XXXXXXXXXXXX-XXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX',
    'hf_hub_download(repo_id, filename)',
    'const rapidapiHost = "dapi.example.test"; rapidapi-client',
    'secret_key_base_for_the_development_environment',
    'secret_ThisIsAVeryLongIdentifierNameWithoutNumbers',
    'Paper size A3-portrait, A3-LANDSCAPE and A4.',
    'SG.Mode = SG.Default;',
    'NEURAL network NRAL',
    `${md5}-user`,
    'en-us',
    'Backup is at 12:30, build 2024-01-01T10:00:00Z, ratio 1234567:A',
    `123456789:${'A'.repeat(35)}`,
    'MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef',
    'version v1.2.3-alpha.4 and node@20.20.0',
    'glpat-XXXXXXXXXXX-XXXXXXXX',
    'glpat-xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx',
    'GR1348941XXXXXXXXXXXXXXXXXXXX',
    'pypi-AgEIcHlwaS5vcmc',
    'sk-proj-abc123',
    'sk-ant-api03-<your-anthropic-key>',
    `EAAA${'A'.repeat(60)}`,
    `data:image/png;base64,${randomString(rng, BASE64, 4000)}==`,
    'Use .atlasv1. tokens from app.terraform.io',
    'ops_eyJ',
    'hvs.CAESIJ',
    'dop_v1_0000000000000000000000000000000000000000000000000000000000000000',
  ];

  it.each(negatives.map((text) => [text.length > 70 ? `${text.slice(0, 67)}…` : text, text]))('%s', (_label, text) => {
    expect(findProviderTokens(text)).toEqual([]);
  });

  it('has at least 60 near misses', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(60);
  });
});

describe('isObviousFake', () => {
  it.each([
    ['xxxxxxxxxxxxxxxxxxxxxxxx', true],
    ['0123456789abcdef0123456789abcdef', true],
    ['abcdefghijklmnopqrstuvwx', true],
    ['AKIAIOSFODNN7EXAMPLE', true],
    ['your_api_key_goes_here_12345', true],
    ['000000000000000000000000', true],
    ['abababababababababab', true],
    ['', true],
  ])('%s → %s', (body, expected) => {
    expect(isObviousFake(body)).toBe(expected);
  });

  it('accepts random bodies', () => {
    const rng = seededRandom(5);
    let fakes = 0;
    for (let index = 0; index < 2000; index++) if (isObviousFake(randomString(rng, ALNUM, 40))) fakes++;
    expect(fakes).toBeLessThanOrEqual(2);
  });
});

describe('isAwsSecretAccessKeyShape', () => {
  const rng = seededRandom(11);
  it('accepts random 40-character keys', () => {
    for (let index = 0; index < 50; index++) expect(isAwsSecretAccessKeyShape(randomString(rng, BASE64, 40))).toBe(true);
  });

  it.each([
    ['a documented example', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a 40-hex digest', randomString(rng, HEX, 40)],
    ['one class only', 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn'],
    ['39 characters', randomString(rng, BASE64, 39)],
    ['41 characters', randomString(rng, BASE64, 41)],
    ['a character outside the set', `${randomString(rng, BASE64, 39)}_`],
  ])('rejects %s', (_label, value) => {
    expect(isAwsSecretAccessKeyShape(value)).toBe(false);
  });
});

describe('findProviderTokens: speed', () => {
  const rng = seededRandom(3);
  const typical = [
    'Hello, world!',
    'flex items-center justify-between px-4 py-2',
    'https://api.example.com/v1/users?limit=20',
    'auth.login.passwordLabel',
    'Something went wrong, please try again later.',
    'SELECT id, name FROM users WHERE id = $1',
    './components/Button/Button.module.css',
    'application/json; charset=utf-8',
    'The operation completed successfully in 120 ms.',
    randomString(rng, HEX, 40),
    `sk_live_${randomString(rng, ALNUM, 24)}`,
    'Bearer token is missing from the request headers',
  ];

  it('is fast on typical strings and linear on 2 MB of base64', () => {
    for (let warm = 0; warm < 2000; warm++) for (const text of typical) findProviderTokens(text);
    const perCall = fastestMicrosPerCall(findProviderTokens, typical, 3000);

    const big = `data:application/octet-stream;base64,${randomString(rng, BASE64, 2 * 1024 * 1024)}`;
    expect(findProviderTokens(big)).toEqual([]);
    const bigMs = fastestMs(() => findProviderTokens(big));

    const words = 'lorem ipsum dolor sit amet consectetur '.repeat(60_000);
    const wordsMs = fastestMs(() => findProviderTokens(words), 1);

    console.log(`findProviderTokens: ${perCall.toFixed(3)} µs per typical string; 2 MB base64 ${bigMs.toFixed(1)} ms; 2.3 MB prose ${wordsMs.toFixed(1)} ms`);
    expect(perCall).toBeLessThan(10);
    expect(bigMs).toBeLessThan(500);
  });
});
