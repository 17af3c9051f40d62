import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getStringParts, type StringPart } from '../../src/utils/string-parts';

/** `getStringParts` of the first argument of the single `probe(...)` call in `code`. */
function partsOf(code: string, { ts = false } = {}): StringPart[] | null {
  const found: (StringPart[] | null)[] = [];
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'CallExpression[callee.name="probe"]'(call: TSESTree.CallExpression) {
          found.push(getStringParts(call.arguments[0], context.sourceCode.getScope(call)));
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/probe': 'error' },
    },
  ];
  if (ts) config.push({ files: ['**/*.ts'], languageOptions: { parser: tsParser } });
  expect(new Linter().verify(code, config, ts ? 'fixture.ts' : 'fixture.js')).toEqual([]);
  expect(found).toHaveLength(1);
  return found[0] ?? null;
}

describe('getStringParts', () => {
  it('reads literals and fully static expressions as one part', () => {
    expect(partsOf(`probe('https://login.microsoftonline.com/common/oauth2/v2.0/token');`)).toEqual([
      'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    ]);
    expect(partsOf(`const HOST = 'https://a.example'; probe(HOST + '/x');`)).toEqual(['https://a.example/x']);
    expect(partsOf(`probe(8080);`)).toEqual(['8080']);
  });

  it('keeps run-time values as holes in templates and concatenations', () => {
    expect(partsOf('probe(`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`);')).toEqual([
      'https://login.microsoftonline.com/',
      null,
      '/oauth2/v2.0/token',
    ]);
    expect(partsOf(`probe('https://login.microsoftonline.com/' + tenant + '/oauth2/token');`)).toEqual([
      'https://login.microsoftonline.com/',
      null,
      '/oauth2/token',
    ]);
    expect(partsOf('probe(`${authority}/oauth2/v2.0/token`);')).toEqual([null, '/oauth2/v2.0/token']);
  });

  it('merges adjacent holes and adjacent texts', () => {
    expect(partsOf('probe(`${a}${b}/token`);')).toEqual([null, '/token']);
    expect(partsOf('const P = "/oauth2"; probe(`${host}` + P + "/token");')).toEqual([null, '/oauth2/token']);
  });

  it('follows const bindings, const object properties and TypeScript wrappers', () => {
    expect(partsOf('const BASE = `https://${tenant}.b2clogin.com`; const URL_ = `${BASE}/token`; probe(URL_);')).toEqual([
      'https://',
      null,
      '.b2clogin.com/token',
    ]);
    expect(partsOf('const ENDPOINTS = { token: `https://login.microsoftonline.com/${t}/oauth2/token` }; probe(ENDPOINTS.token);')).toEqual([
      'https://login.microsoftonline.com/',
      null,
      '/oauth2/token',
    ]);
    expect(partsOf('probe((`https://x.example/${p}` as string)!);', { ts: true })).toEqual(['https://x.example/', null]);
  });

  it('reads String(x), x.toString() and new URL(input, base)', () => {
    expect(partsOf('probe(String(`https://x.example/${p}`));')).toEqual(['https://x.example/', null]);
    expect(partsOf('const u = new URL(`https://login.microsoftonline.com/${t}/oauth2/v2.0/token`); probe(u.toString());')).toEqual([
      'https://login.microsoftonline.com/',
      null,
      '/oauth2/v2.0/token',
    ]);
    expect(partsOf("probe(new URL('/oauth2/v2.0/token', 'https://login.example'));")).toEqual(['https://login.example/oauth2/v2.0/token']);
    expect(partsOf('probe(new URL(`contoso.onmicrosoft.com/oauth2/token?v=${v}`, "https://login.microsoftonline.com/"));')).toEqual([
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token?v=',
      null,
    ]);
    expect(partsOf("probe(new URL('https://a.example/x', base));")).toEqual(['https://a.example/x']);
  });

  it('does not guess how an unusual base resolves, nor a local URL class', () => {
    expect(partsOf("probe(new URL('token', 'https://a.example/oauth2'));")).toBeNull();
    // An input that starts with a run-time value may itself be absolute.
    expect(partsOf('probe(new URL(`${tenant}/oauth2/token`, "https://login.microsoftonline.com/"));')).toBeNull();
    expect(partsOf("class URL { constructor(a) {} } probe(new URL('https://a.example'));")).toBeNull();
  });

  it('returns null when no text is known', () => {
    expect(partsOf('probe(tokenUrl);')).toBeNull();
    expect(partsOf('probe(config.tokenUrl);')).toBeNull();
    expect(partsOf('probe(`${a}`);')).toBeNull();
    expect(partsOf('probe(a + b);')).toBeNull();
    expect(partsOf('let url = "https://a.example"; url = load(); probe(url);')).toBeNull();
    expect(partsOf('probe(true);')).toBeNull();
    expect(partsOf('probe();')).toBeNull();
    expect(partsOf('probe(getUrl());')).toBeNull();
  });
});
