import { describe, expect, it } from 'vitest';
import { fastestMs } from '../timing';
import {
  crc32,
  crc32Base62,
  crc32Hex,
  crc32HexLittleEndian,
  decodeBase62,
  encodeBase62,
  isValidBech32,
  marvin32,
  marvin64,
  seedFromName,
} from '../../src/secrets/checksums';
import { CHECKSUM_FORMAT_IDS, checksumFormatOf, findChecksumTokens } from '../../src/secrets/checksum-tokens';
import { ALNUM, BASE64, breakChecksum, CHECKSUM_FORMATS, generateValid, randomString, seededRandom } from './generate';

/**
 * Published example tokens, kept as parts so that no single literal in this file looks like a live credential.
 * Sources: a GitHub token-format walkthrough (coolaj86's base62 token gist, example in its pseudocode) and the test
 * samples of Samsung CredSweeper (`tests/samples/cloudflare`, `atlassian_pat`, `bitbucket_app_password`,
 * `age-secret-key`).
 */
const PUBLISHED: readonly (readonly [format: string, parts: readonly string[]])[] = [
  ['github-personal-access-token', ['ghp_', 'zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ', '0mLq17']],
  ['cloudflare-account-api-token', ['cfat_', 'ldxiugEl907l4fW6ViLbhZled5GG95J90dRk9JaD', '06f546f9']],
  ['cloudflare-user-api-token', ['cfut_', 'WmHcE131Up3QBmRVvjfAyMBSik11OpgJpZikzYiu', '5bdbfa91']],
  ['cloudflare-api-key', ['cfk_', '7fqkxWi4TYQn4bPzsHyl0JuMV8UwHV2V1xpv54rj', 'b5043cbd']],
  ['bitbucket-app-password', ['ATBB', 'cCe6fczW96Vzwgvb4r8F2gZS', '54D591C4']],
  [
    'atlassian-api-token',
    [
      'ATATT3',
      'xFfGF0vNZ7oy6ON4KrWEzKEu96n-r2bCLOOcdOADizvJqPd89yKyP853uTZSflBi1Lk1zD460BqyMTa08VUEy8-oOzr1esg3j_',
      'mZKZwAELnRkCDTJZXhHsv5jaWHyAj4LRL-6h8LI-5MrYs4l7xXSaY8odQxDKJB4hDvdkmuh61xea2jE=',
      '00203E68',
    ],
  ],
  ['age-secret-key', ['AGE-SECRET-KEY-1', 'KZYHJJGJ5DEC3RXGPEUA97WG99HU4Z3Z9ZK69GHAFZWJ08SF', 'VF0QZ3WFSS']],
];

const SAMPLES_PER_FORMAT = 6;

function samples(format: string, seed: number): string[] {
  const rng = seededRandom(seed);
  return Array.from({ length: SAMPLES_PER_FORMAT }, () => generateValid(format, rng));
}

const ASCII = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('checksum algorithms', () => {
  it('CRC32 is IEEE CRC-32', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32Hex('123456789')).toBe('cbf43926');
    expect(crc32HexLittleEndian('123456789')).toBe('2639f4cb');
  });

  it('base62 round-trips, big-endian and zero-padded', () => {
    expect(encodeBase62(0, 6)).toBe('000000');
    expect(encodeBase62(61, 6)).toBe('00000z');
    expect(encodeBase62(62, 6)).toBe('000010');
    expect(encodeBase62(0xffffffff, 6)).toBe('4gfFC3');
    expect(decodeBase62('4gfFC3')).toBe(0xffffffff);
    expect(decodeBase62('00-000')).toBe(-1);
    expect(crc32Base62('zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ')).toBe('0mLq17');
  });

  it('Grafana little-endian CRC matches the CredSweeper filter test value', () => {
    // tests/filters/test_value_grafana_service_check.py uses a dummy body with dashes; the algorithm is the same.
    expect(crc32HexLittleEndian(['glsa_', 'DuMmY-T0K3N-f0R-tHe-Te5t-CRC32Ok'].join(''))).toBe('770c8cda');
  });

  it('Marvin matches the SymCrypt test vectors used by microsoft/security-utilities', () => {
    expect(marvin64(ASCII('abc'), 0xd53cd9cecd0893b7n)).toBe(0x22c74339492769bfn);
    expect(marvin64(ASCII('abcdefghijklmnopqrstuvwxyz'), 0xddddeeeeffff000n)).toBe(0xa128eb7e7260aca2n);
  });

  it.each([
    [0x004fb61a001bdbccn, '', 0x30ed35c100cd3c7dn],
    [0x004fb61a001bdbccn, '\xaf', 0x48e73fc77d75ddc1n],
    [0x004fb61a001bdbccn, '\xe7\x0f', 0xb5f6e1fc485dbff8n],
    [0x004fb61a001bdbccn, '\x37\xf4\x95', 0xf0b07c789b8cf7e8n],
    [0x004fb61a001bdbccn, '\x86\x42\xdc\x59', 0x7008f2e87e9cf556n],
    [0x004fb61a001bdbccn, '\x15\x3f\xb7\x98\x26', 0xe6c08c6da2afa997n],
    [0x004fb61a001bdbccn, '\x09\x32\xe6\x24\x6c\x47', 0x6f04bf1a5ea24060n],
    [0x004fb61a001bdbccn, '\xab\x42\x7e\xa8\xd1\x0f\xc7', 0xe11847e4f0678c41n],
    [0x804fb61a001bdbccn, '', 0x10a9d5d3996fd65dn],
    [0x804fb61a001bdbccn, '\x86\x42\xdc\x59', 0x36289d9654fb49f6n],
    [0x804fb61a001bdbccn, '\xab\x42\x7e\xa8\xd1\x0f\xc7', 0xe203987dba252fb3n],
    [0x804fb61a801bdbccn, '\x00', 0xa37fb0da2ecae06cn],
    [0x804fb61a801bdbccn, '\xff\x00\xff', 0x9d8577c0fe0d30bfn],
    [0x804fb61a801bdbccn, '\x00\xff\x00\xff\x00\xff\x00', 0x71876f2efb1b0ee8n],
  ])('Marvin vector (seed %s, %j)', (seed, text, expected) => {
    expect(marvin64(ASCII(text), seed)).toBe(expected);
    const folded = Number((expected ^ (expected >> 32n)) & 0xffffffffn);
    expect(marvin32(ASCII(text), seed)).toBe(folded);
  });

  it.each([
    ['Default0', 0x44656661756c7430n],
    ['Send0000', 0x53656e6430303030n],
    ['Listen00', 0x4c697374656e3030n],
    ['Manage00', 0x4d616e6167653030n],
    ['AbAcct00', 0x4162416363743030n],
    ['Functi00', 0x46756e6374693030n],
    ['Master00', 0x4d61737465723030n],
    ['System00', 0x53797374656d3030n],
    ['MastRO00', 0x4d617374524f3030n],
    ['MastRW00', 0x4d61737452573030n],
    ['Encryp00', 0x456e637279703030n],
    ['Resour00', 0x5265736f75723030n],
    ['SysAll00', 0x537973416c6c3030n],
    ['SystRO00', 0x53797374524f3030n],
    ['SystRW00', 0x5379737452573030n],
    ['Access00', 0x4163636573733030n],
    ['Query000', 0x5175657279303030n],
    ['PAdmin00', 0x5041646d696e3030n],
    ['ACRDflt0', 0x41435244666c7430n],
    ['Tenant00', 0x54656e616e743030n],
    ['IoTHub00', 0x496f544875623030n],
    ['Gatewy00', 0x4761746577793030n],
    ['GitKey00', 0x4769744b65793030n],
  ])('seed name %s is the published constant', (name, value) => {
    expect(seedFromName(name)).toBe(value);
  });

  it('Bech32 accepts the BIP-173 valid vectors and rejects the invalid ones', () => {
    for (const valid of ['A12UEL5L', 'a12uel5l', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', '?1ezyfcl']) {
      expect(isValidBech32(valid)).toBe(true);
    }
    for (const invalid of ['A12UEl5L', 'a12uel5m', 'x1b4n0q5v', 'li1dgmt3', 'A1G7SGD8', 'pzry9x0s0muk']) {
      expect(isValidBech32(invalid)).toBe(false);
    }
  });
});

describe('the generators', () => {
  it('cover every format the detector knows', () => {
    expect([...CHECKSUM_FORMATS].sort()).toEqual([...CHECKSUM_FORMAT_IDS].sort());
  });

  it('are deterministic', () => {
    for (const format of CHECKSUM_FORMATS) expect(samples(format, 7)).toEqual(samples(format, 7));
  });
});

describe('findChecksumTokens', () => {
  describe.each(CHECKSUM_FORMATS.map((format, index) => [format, index] as const))('%s', (format, index) => {
    const tokens = samples(format, 1000 + index);

    it('verifies generated tokens, as the whole string', () => {
      for (const token of tokens) {
        const found = findChecksumTokens(token);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ id: format, layer: 'checksum', confidence: 'certain', start: 0, end: token.length });
        expect(checksumFormatOf(token)).toBe(format);
      }
    });

    it('shows only the public prefix or signature', () => {
      for (const token of tokens) {
        const [match] = findChecksumTokens(token);
        const display = match?.display ?? '';
        expect(display.length).toBeGreaterThan(0);
        // No run of 6 token characters outside the fixed prefix/signature may reach the display.
        const fixed = /^(?:AGE-SECRET-KEY-1|ATATT3|ATBB|cf(?:at|k|ut)_|gh[oprsu]_|glsa_|npm_)/u.exec(token)?.[0] ?? '';
        for (let offset = fixed.length; offset + 6 <= token.length; offset++) {
          const run = token.slice(offset, offset + 6);
          if (!run.includes('JQQJ9')) expect(display.includes(run)).toBe(false);
        }
      }
    });

    it('rejects the broken-checksum twins, which keep the shape', () => {
      for (const token of tokens) {
        const twin = breakChecksum(token);
        expect(twin).not.toBe(token);
        expect(twin).toHaveLength(token.length);
        expect(findChecksumTokens(twin)).toEqual([]);
        expect(checksumFormatOf(twin)).toBe(format);
      }
    });

    it('finds the token embedded in text, with exact offsets', () => {
      for (const token of tokens) {
        for (const [before, after] of [
          ['Authorization: token ', ''],
          ['//registry.npmjs.org/:_authToken=', '\n'],
          ['https://api.example.com/v1?code=', '&user=1'],
          ['{"key": "', '"}'],
          ['AccountKey=', ';EndpointSuffix=core.windows.net'],
          ['export SECRET="', '" # rotate me'],
          ['Bearer ', ' '],
        ] as const) {
          const found = findChecksumTokens(before + token + after);
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({ id: format, start: before.length, end: before.length + token.length });
        }
      }
    });

    it('ignores a token glued to more token characters', () => {
      for (const token of tokens) {
        expect(findChecksumTokens(`a${token}`)).toEqual([]);
        expect(findChecksumTokens(`9${token}`)).toEqual([]);
        expect(findChecksumTokens(`${token}a`)).toEqual([]);
        expect(findChecksumTokens(`${token}0`)).toEqual([]);
      }
    });

    it('ignores a token one character short or long', () => {
      for (const token of tokens) {
        const cut = token.length - (token.endsWith('==') ? 3 : token.endsWith('=') ? 2 : 1);
        expect(findChecksumTokens(token.slice(0, cut) + token.slice(cut + 1))).toEqual([]);
        expect(findChecksumTokens(token.slice(0, cut) + 'A' + token.slice(cut))).toEqual([]);
        expect(checksumFormatOf(token.slice(1))).toBeNull();
      }
    });
  });

  it.each(PUBLISHED)('verifies the published %s example', (format, parts) => {
    const token = parts.join('');
    expect(findChecksumTokens(token)).toMatchObject([{ id: format, start: 0, end: token.length }]);
  });

  it('rejects the published false-positive twins (zeroed checksum)', () => {
    for (const [, parts] of PUBLISHED) {
      const token = parts.join('');
      const zeroed = token.slice(0, -8) + '00000000';
      if (checksumFormatOf(zeroed) !== null) expect(findChecksumTokens(zeroed)).toEqual([]);
    }
  });

  it('finds several tokens in one string, in order', () => {
    const rng = seededRandom(42);
    const first = generateValid('github-personal-access-token', rng);
    const second = generateValid('azure-storage-account-key', rng);
    const third = generateValid('npm-access-token', rng);
    const text = `GITHUB_TOKEN=${first}\nAZURE_KEY=${second}\nNPM=${third}`;
    expect(findChecksumTokens(text).map((match) => [match.id, text.slice(match.start, match.end)])).toEqual([
      ['github-personal-access-token', first],
      ['azure-storage-account-key', second],
      ['npm-access-token', third],
    ]);
  });

  it('finds adjacent tokens separated by a single delimiter', () => {
    const rng = seededRandom(43);
    const tokens = [0, 1, 2].map(() => generateValid('cloudflare-user-api-token', rng));
    expect(findChecksumTokens(tokens.join(','))).toHaveLength(3);
    expect(findChecksumTokens(tokens.join(''))).toEqual([]);
  });

  describe('near misses stay silent', () => {
    const rng = seededRandom(99);
    const body36 = (): string => randomString(rng, ALNUM, 36);

    it.each([
      ['placeholder x', `ghp_${'x'.repeat(36)}`],
      ['placeholder X', `ghp_${'X'.repeat(36)}`],
      ['placeholder zeros', `ghp_${'0'.repeat(36)}`],
      ['placeholder words', 'ghp_yourPersonalAccessTokenGoesHere1234'],
      ['npm placeholder', `npm_${'x'.repeat(36)}`],
      ['CredSweeper 41-char classic sample', `ghp_${'0'.repeat(31)}4WZ4EQ`],
      ['repeated pattern cf token', `cfut_${'a1B2c3D4e5'.repeat(4)}0123abcd`],
      ['age placeholder', `AGE-SECRET-KEY-1${'Q'.repeat(58)}`],
      ['glsa placeholder', `glsa_${'x'.repeat(32)}_00000000`],
      ['Azure-shaped zeros', `${'A'.repeat(76)}+AStAAAAAA==`],
    ])('%s', (_label, text) => {
      expect(findChecksumTokens(text)).toEqual([]);
      expect(findChecksumTokens(`token = "${text}"`)).toEqual([]);
    });

    it('random bodies after real prefixes (no valid checksum)', () => {
      for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_']) {
        for (let index = 0; index < 20; index++) expect(findChecksumTokens(prefix + body36())).toEqual([]);
      }
    });

    it('prefix variants that are not real', () => {
      const valid = generateValid('github-personal-access-token', rng);
      const npm = generateValid('npm-access-token', rng);
      for (const variant of [
        `GHP_${valid.slice(4)}`,
        `Ghp_${valid.slice(4)}`,
        `gha_${valid.slice(4)}`,
        `ghx_${valid.slice(4)}`,
        `gh_${valid.slice(4)}`,
        `NPM_${npm.slice(4)}`,
        `npm-${npm.slice(4)}`,
      ]) {
        expect(findChecksumTokens(variant)).toEqual([]);
        expect(checksumFormatOf(variant)).toBeNull();
      }
      const age = generateValid('age-secret-key', rng);
      expect(findChecksumTokens(age.toLowerCase())).toHaveLength(1);
      expect(findChecksumTokens(`Age-Secret-Key-1${age.slice(16)}`)).toEqual([]);
      expect(findChecksumTokens(age.slice(0, 20) + age.slice(20).toLowerCase())).toEqual([]);
    });

    it('an Azure key with its signature in the wrong place', () => {
      const key = generateValid('azure-storage-account-key', rng);
      const shifted = `${key.slice(1, 76)}+ASt${key.charAt(0)}${key.slice(80)}`;
      expect(findChecksumTokens(shifted)).toEqual([]);
    });

    it('short and ordinary strings', () => {
      for (const text of ['', 'ghp_', 'npm_abc', 'AGE-SECRET-KEY-1', 'hello world', 'APIM gateway +ASt signature']) {
        expect(findChecksumTokens(text)).toEqual([]);
        expect(checksumFormatOf(text)).toBeNull();
      }
    });

    it('random base64 of key length', () => {
      for (let index = 0; index < 50; index++) {
        expect(findChecksumTokens(`${randomString(rng, BASE64, 86)}==`)).toEqual([]);
        expect(findChecksumTokens(`${randomString(rng, BASE64, 43)}=`)).toEqual([]);
      }
    });
  });
});

describe('checksumFormatOf', () => {
  it('recognises the whole string only', () => {
    const token = generateValid('github-personal-access-token', seededRandom(5));
    expect(checksumFormatOf(token)).toBe('github-personal-access-token');
    expect(checksumFormatOf(` ${token}`)).toBeNull();
    expect(checksumFormatOf(`${token} `)).toBeNull();
  });

  it('names the format of a placeholder-shaped value', () => {
    expect(checksumFormatOf(`ghp_${'x'.repeat(36)}`)).toBe('github-personal-access-token');
    expect(checksumFormatOf(`npm_${'0'.repeat(36)}`)).toBe('npm-access-token');
    expect(checksumFormatOf(`ghp_${'x'.repeat(35)}-`)).toBeNull();
  });
});

describe('speed', () => {
  it('stays linear on large inputs', () => {
    const rng = seededRandom(2024);
    const base64 = randomString(rng, BASE64, 2 * 1024 * 1024);
    const anchors = 'ghp_ATATT3+AStJQQJ99AzFuAGE-SECRET-KEY-1'.repeat(50_000);
    for (const text of [base64, anchors, 'ATATT3'.repeat(300_000), 'A'.repeat(2_000_000)]) {
      expect(findChecksumTokens(text)).toEqual([]);
      expect(fastestMs(() => findChecksumTokens(text), 2)).toBeLessThan(1500);
    }
  });
});
