/**
 * Token validation, end to end: one small, realistic auth module per JWT / ID-token library
 * (tests/fixtures/token-libraries/<library>.ts, written like the library's README, done wrong and done right),
 * linted with the `strict` preset from source. Every line that must be reported carries a trailing
 * `// expect: zero-trust/<rule-id>[, zero-trust/<rule-id>…]` marker; the findings must be exactly those
 * `line rule` pairs, both ways: a missing finding is a false negative, an extra one a false positive.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'token-libraries');
/**
 * Where the modules are linted as if they lived: they stand for application code, and some rules (rightly) stay
 * quiet in test and fixture paths.
 */
const APP_DIR = path.join(ROOT, 'src', 'auth');
const PREFIX = `${plugin.meta.namespace}/`;

/** The libraries the fixtures cover; a fixture added or removed must be listed here too. */
const LIBRARIES = [
  'aws-jwt-verify',
  'express-jwt',
  'express-oauth2-jwt-bearer',
  'fast-jwt',
  'fastify-jwt',
  'firebase-admin',
  'google-auth-library',
  'hapi-jwt',
  'jose',
  'jsonwebtoken',
  'jwt-simple',
  'koa-jwt',
  'nestjs-jwt',
  'passport-jwt',
];

const MARKER = /\/\/\s*expect:(.*)$/;

interface Expectation {
  readonly line: number;
  readonly rule: string;
}

/** The `line rule` pairs the `// expect:` markers of `text` name. */
function readMarkers(text: string): Expectation[] {
  const expected: Expectation[] = [];
  text.split(/\r?\n/).forEach((source, index) => {
    const match = MARKER.exec(source);
    if (!match) return;
    const ids = (match[1] ?? '').split(',').map((id) => id.trim());
    for (const rule of ids) {
      if (!rule.startsWith(PREFIX)) throw new Error(`line ${index + 1}: malformed expect marker entry "${rule}" (want ${PREFIX}<rule-id>)`);
      expected.push({ line: index + 1, rule });
    }
  });
  return expected;
}

function lint(library: string, text: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat', cwd: ROOT });
  const config: Linter.Config[] = [
    {
      ...plugin.configs.strict,
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    },
  ];
  return linter.verify(text, config, { filename: path.join(APP_DIR, `${library}.ts`) });
}

/** `12 zero-trust/rule-id  | the source line`, so a failing diff shows the code. */
function describePair(lines: readonly string[], line: number, rule: string): string {
  return `${String(line).padStart(3)} ${rule.padEnd(48)} | ${(lines[line - 1] ?? '').trim()}`;
}

describe('token libraries: realistic auth modules', () => {
  it('has exactly one fixture per listed library', () => {
    const files = readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.slice(0, -'.ts'.length))
      .sort();
    expect(files).toEqual(LIBRARIES);
  });

  describe.each(LIBRARIES)('%s', (library) => {
    const file = path.join(FIXTURES, `${library}.ts`);
    const text = readFileSync(file, 'utf8');
    const lines = text.split(/\r?\n/);
    const expected = readMarkers(text);

    it('names only rules the plugin has, and at least one', () => {
      expect(expected.length).toBeGreaterThan(0);
      const known = new Set(Object.keys(plugin.rules).map((id) => `${PREFIX}${id}`));
      const unknown = [...new Set(expected.map((item) => item.rule))].filter((rule) => !known.has(rule));
      if (unknown.length > 0) {
        throw new Error(
          `${library}.ts expects findings from rules the plugin does not have: ${unknown.join(', ')}. ` +
            'Register them in src/rules/index.ts (or fix the marker): otherwise this test could pass without running them.',
        );
      }
      // The strict preset enables every rule the markers name.
      for (const rule of new Set(expected.map((item) => item.rule))) expect(plugin.configs.strict.rules).toHaveProperty([rule]);
    });

    it('parses, and reports exactly the marked lines', () => {
      const messages = lint(library, text);
      expect(messages.filter((message) => message.fatal === true).map((message) => `${message.line}: ${message.message}`)).toEqual([]);

      const actual = new Set(
        messages
          .filter((message) => message.ruleId?.startsWith(PREFIX) === true)
          .map((message) => describePair(lines, message.line, message.ruleId ?? '')),
      );
      const wanted = new Set(expected.map((item) => describePair(lines, item.line, item.rule)));
      const byLine = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
      expect({
        missing: [...wanted].filter((pair) => !actual.has(pair)).sort(byLine),
        unexpected: [...actual].filter((pair) => !wanted.has(pair)).sort(byLine),
      }).toEqual({ missing: [], unexpected: [] });
    });
  });
});
