import { describe, expect, it } from 'vitest';
import { fileMayHoldName, mayHoldNameEscape, shortestPieces, textHolds, textMayHoldAnyInAnyCase, textMayHoldEscape, textMayHoldInAnyCase } from '../../src/utils/text-gate';
import { probeArgument } from './probe-arguments';

function sourceOf(code: string) {
  return probeArgument(`probe(0);\n${code}`).sourceCode;
}

describe('text gates', () => {
  it('finds a name written verbatim, and answers the same when asked again', () => {
    const sourceCode = sourceOf("https.request(url, { rejectUnauthorized: false });");
    expect(textHolds(sourceCode, 'rejectUnauthorized')).toBe(true);
    expect(textHolds(sourceCode, 'rejectUnauthorized')).toBe(true);
    expect(textHolds(sourceCode, 'strictSSL')).toBe(false);
    expect(fileMayHoldName(sourceCode, ['strictSSL', 'rejectUnauthorized'])).toBe(true);
  });

  it('says no when no name and no escape can spell it', () => {
    const sourceCode = sourceOf("const text = 'line\\n'; fetch(url);");
    expect(textMayHoldEscape(sourceCode)).toBe(false);
    expect(fileMayHoldName(sourceCode, ['rejectUnauthorized'])).toBe(false);
  });

  it('says maybe when an escape could spell a name character', () => {
    const sourceCode = sourceOf("const options = { '\\u0072ejectUnauthorized': false };");
    expect(textHolds(sourceCode, 'rejectUnauthorized')).toBe(false);
    expect(textMayHoldEscape(sourceCode)).toBe(true);
    expect(fileMayHoldName(sourceCode, ['rejectUnauthorized'])).toBe(true);
  });

  it('keeps the answers of one file apart from another', () => {
    expect(textHolds(sourceOf('const jwt = 1;'), 'jwt')).toBe(true);
    expect(textHolds(sourceOf('const other = 1;'), 'jwt')).toBe(false);
  });
});

describe('escapes that cannot spell a name', () => {
  it('leaves out an escape in a regular expression', () => {
    expect(textMayHoldEscape(sourceOf('const digits = /\\d+\\w*/u; const ok = digits.test(value);'))).toBe(false);
  });

  it('leaves out an escape in a comment', () => {
    expect(textMayHoldEscape(sourceOf('// matches \\u0041 and \\x41\nconst a = 1;\n/* \\q */'))).toBe(false);
  });

  it('keeps an escape in a template, an identifier or a string', () => {
    expect(textMayHoldEscape(sourceOf('const key = `\\u0074oken`;'))).toBe(true);
    expect(textMayHoldEscape(sourceOf('const \\u0074oken = 1;'))).toBe(true);
    expect(textMayHoldEscape(sourceOf("const key = 'a\\x41';"))).toBe(true);
  });

  it('keeps a string escape after a regular expression with escapes', () => {
    expect(textMayHoldEscape(sourceOf("const re = /\\d/; const key = '\\u0074oken';"))).toBe(true);
  });
});

describe('trigram prefilter', () => {
  it('answers for each file from its own text when files ask in turn', () => {
    // One trigram array serves every file: a file that asks after another must not be answered from the other's text.
    const first = sourceOf('const alphaBetaGamma = 1;');
    const second = sourceOf('const deltaEpsilon = 2;');
    expect(textHolds(first, 'alphaBeta')).toBe(true);
    expect(textHolds(second, 'deltaEps')).toBe(true);
    expect(textHolds(first, 'Gamma')).toBe(true);
    expect(textMayHoldInAnyCase(second, 'EPSILON')).toBe(true);
    expect(textMayHoldInAnyCase(first, 'epsilon')).toBe(false);
    expect(textHolds(second, 'alpha')).toBe(false);
    expect(textHolds(first, 'delta')).toBe(false);
  });

  it('answers a needle whose trigrams are all in the file by searching for it', () => {
    const sourceCode = sourceOf("const options = { ca, rejectUnauthorized: true }; const order = 'jectUn';");
    // Every trigram of the needle is in the text, in two places, but the needle is not.
    expect(textHolds(sourceCode, 'rejectUnauthorized: false')).toBe(false);
    expect(textHolds(sourceCode, 'rejectUnauthorized: true')).toBe(true);
    expect(textHolds(sourceCode, 'setIamPolicy')).toBe(false);
  });

  it('finds short needles and needles at both ends of the text', () => {
    const sourceCode = sourceOf('jwt.verify(token, key); // ends with jwt');
    expect(textHolds(sourceCode, 'pr')).toBe(true);
    expect(textHolds(sourceCode, 'ends with jwt')).toBe(true);
    expect(textHolds(sourceCode, 'probe(0)')).toBe(true);
    expect(textHolds(sourceCode, 'zq')).toBe(false);
  });

  it('rules a word out in any case only when no spelling of it can be there', () => {
    expect(textMayHoldInAnyCase(sourceOf("res.setHeader('SET-COOKIE', value);"), 'cookie')).toBe(true);
    expect(textMayHoldInAnyCase(sourceOf("res.setHeader('Set-Cookie', value);"), 'set-cookie')).toBe(true);
    expect(textMayHoldInAnyCase(sourceOf("res.setHeader('Content-Type', value);"), 'cookie')).toBe(false);
    // The Kelvin sign matches `k` in a case-insensitive regular expression, and the long s matches `s`.
    expect(textMayHoldInAnyCase(sourceOf("const name = 'COO\u212AIE';"), 'cookie')).toBe(true);
    expect(textMayHoldInAnyCase(sourceOf("const name = 'CORſ';"), 'cors')).toBe(true);
  });

  it('steps over - and _ between the letters of a word, in the text and in the needle', () => {
    // The spellings a separator-tolerant expression accepts (`access_token`, `ID-TOKEN`) pass the gate.
    expect(textMayHoldInAnyCase(sourceOf("const url = `${base}?access_token=${t}`;"), 'accesstoken')).toBe(true);
    expect(textMayHoldInAnyCase(sourceOf("params.set('ID-TOKEN', t);"), 'idtoken')).toBe(true);
    expect(textMayHoldInAnyCase(sourceOf("params.set('id_t_o_k_e_n', t);"), 'idtoken')).toBe(true);
    expect(textMayHoldInAnyCase(sourceOf("params.set('id token', t);"), 'idtoken')).toBe(false);
    expect(textMayHoldInAnyCase(sourceOf("params.set('access_key', t);"), 'accesstoken')).toBe(false);
    // A needle that holds separators is still answered exactly: the trigram set only rules out.
    const sourceCode = sourceOf("const ip = req.headers['x-forwarded-for'];");
    expect(textHolds(sourceCode, 'x-forwarded-for')).toBe(true);
    expect(textHolds(sourceCode, 'xforwardedfor')).toBe(false);
    expect(textHolds(sourceCode, 'x_forwarded_for')).toBe(false);
    expect(textHolds(sourceCode, 'x-real-ip')).toBe(false);
  });

  it('asks a list of words: true when one of them may be there', () => {
    const sourceCode = sourceOf("const url = 'mongodb://db/app?TLSInsecure=true';");
    expect(textMayHoldAnyInAnyCase(sourceCode, ['sslmode', 'tlsinsecure'])).toBe(true);
    expect(textMayHoldAnyInAnyCase(sourceCode, ['sslmode', 'sslvalidate'])).toBe(false);
    expect(textMayHoldAnyInAnyCase(sourceCode, [])).toBe(false);
  });
});

describe('fileMayHoldName', () => {
  const names = ['response_type', 'query'];

  it('is true when a name is in the text verbatim', () => {
    expect(fileMayHoldName(sourceOf("url.searchParams.set('response_type', 'token');"), names)).toBe(true);
    expect(fileMayHoldName(sourceOf('const { query } = req;'), names)).toBe(true);
  });

  it('is false when no name is there and no escape could spell one', () => {
    expect(fileMayHoldName(sourceOf("const a = 'b';"), names)).toBe(false);
    expect(fileMayHoldName(sourceOf(String.raw`const lines = text.split('\n'); const tab = '\t'; const path = 'C:\\dir'; const q = '\'' + "\"";`), names)).toBe(false);
    expect(fileMayHoldName(sourceOf(String.raw`const key = req['respo\nse_type'];`), names)).toBe(false); // a newline is not an n
  });

  it('is true when an escape in a name or a string could spell a name character', () => {
    expect(fileMayHoldName(sourceOf(String.raw`const value = req.\u0071uery;`), names)).toBe(true);
    expect(fileMayHoldName(sourceOf(String.raw`const value = req['\x71uery'];`), names)).toBe(true);
  });
});

describe('shortestPieces', () => {
  it('keeps the names that hold no other, once each, in order', () => {
    expect(shortestPieces(['TLSv1.1', 'TLSv1', 'SSLv3', 'TLSv1', 'id_token', 'token'])).toEqual(['TLSv1', 'SSLv3', 'token']);
  });
});

describe('mayHoldNameEscape', () => {
  it('counts every escape that could spell a name character', () => {
    // Each of these strings or identifiers is `query` or `response_type` at run time.
    for (const code of [
      String.raw`req.\u0071uery`,
      String.raw`req['\x71uery']`,
      String.raw`req['\161uery']`,
      String.raw`req['\query']`,
      String.raw`req['response\_type']`,
      'req[\'que\\\nry\']', // a line continuation joins `que` and `ry`
      'req[\'que\\\r\nry\']',
    ]) {
      expect(mayHoldNameEscape(code), code).toBe(true);
    }
  });

  it('leaves out control-character escapes and escaped punctuation', () => {
    expect(mayHoldNameEscape(String.raw`const lines = text.split('\n'); const path = 'C:\\dir'; const q = '\'';`)).toBe(false);
  });

  it('skips an escaped backslash whole, but not an escape after it', () => {
    expect(mayHoldNameEscape(String.raw`const p = 'a\\q'`)).toBe(false);
    expect(mayHoldNameEscape(String.raw`const p = 'a\\\q'`)).toBe(true);
    expect(mayHoldNameEscape(String.raw`const p = 'end\\`)).toBe(false);
  });

  it('asks whether an escape counts where it is', () => {
    expect(mayHoldNameEscape(String.raw`const re = /\d+/`)).toBe(true);
    expect(mayHoldNameEscape(String.raw`const re = /\d+/`, () => false)).toBe(false);
  });
});
