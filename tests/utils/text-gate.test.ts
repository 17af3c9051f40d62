import { describe, expect, it } from 'vitest';
import { fileMayHoldName, textHolds, textMayHoldEscape } from '../../src/utils/text-gate';
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
