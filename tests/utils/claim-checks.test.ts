import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import {
  checksTokenClaims,
  claimPatterns,
  claimPlacement,
  issuesOwnTokens,
  placementLabel,
  writesMultiTenantAuthority,
} from '../../src/utils/claim-checks';
import { getVerifierSites, type VerifierSite } from '../../src/utils/verifier-calls';

interface Probe {
  readonly sites: readonly VerifierSite[];
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly scopeOf: (site: VerifierSite) => TSESLint.Scope.Scope;
}

/** Lints `code` with a rule that hands the file's verifier sites to `check`. */
function withSites(code: string, check: (probe: Probe) => void): void {
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'Program:exit'() {
          const sourceCode = context.sourceCode;
          check({ sites: getVerifierSites(context), sourceCode, scopeOf: (site) => sourceCode.getScope(site.node) });
        },
      };
    },
  };
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, sourceType: 'module', ecmaVersion: 'latest' },
        plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } },
        rules: { 'test/probe': 'error' },
      },
    ],
    'fixture.ts',
  );
  expect(messages).toEqual([]);
}

describe('claimPlacement', () => {
  it('finds the top-level key or the nested group the library reads', () => {
    withSites(
      [
        `import jwt from 'jsonwebtoken';`,
        `import { createVerifier } from 'fast-jwt';`,
        `import { Strategy } from 'passport-jwt';`,
        `jwt.verify(t, k);`,
        `createVerifier({ key });`,
        `new Strategy({ secretOrKey: k, jwtFromRequest }, cb);`,
      ].join('\n'),
      ({ sites }) => {
        const labels = sites.map((site) => {
          const placement = claimPlacement(site.entry, 'audience');
          return placement ? placementLabel(placement) : null;
        });
        expect(labels).toEqual(['audience', 'allowedAud', 'audience']);
        expect(sites.every(checksTokenClaims)).toBe(true);
      },
    );
  });

  it('uses the verify group of a registration', () => {
    withSites(
      [`import { JwtModule } from '@nestjs/jwt';`, `JwtModule.register({ publicKey: k });`].join('\n'),
      ({ sites }) => {
        const [site] = sites;
        expect(site && claimPlacement(site.entry, 'issuer')).toEqual({ group: 'verifyOptions', key: 'issuer' });
      },
    );
  });
});

describe('claimPatterns', () => {
  it('reads literals, arrays, consts and RegExp constructions', () => {
    withSites(
      [
        `import jwt from 'jsonwebtoken';`,
        `const A = /a/i;`,
        `jwt.verify(t, k, { audience: [A, 'b', new RegExp('^c$'), dynamic] });`,
      ].join('\n'),
      ({ sites, scopeOf }) => {
        const [site] = sites;
        const option = site?.get('audience');
        expect(site && option ? claimPatterns(option.value, scopeOf(site)) : null).toEqual([
          { source: 'a', flags: 'i' },
          { source: '^c$', flags: '' },
        ]);
      },
    );
  });
});

describe('issuesOwnTokens', () => {
  it('is true when the same key expression signs in the file', () => {
    withSites(
      [
        `import jwt from 'jsonwebtoken';`,
        `jwt.sign(p, process.env.SECRET);`,
        `jwt.verify(t, process.env.SECRET);`,
        `jwt.verify(t, PUBLIC_KEY);`,
      ].join('\n'),
      ({ sites, sourceCode }) => {
        const verifies = sites.filter(checksTokenClaims);
        expect(verifies.map((site) => issuesOwnTokens(site, sites, sourceCode))).toEqual([true, false]);
      },
    );
  });

  it('treats registrations that can sign as issuing their own tokens', () => {
    withSites(
      [
        `import { JwtModule } from '@nestjs/jwt';`,
        `JwtModule.register({ secret: S, signOptions: { expiresIn: '1h' } });`,
        `JwtModule.register({ publicKey: P });`,
      ].join('\n'),
      ({ sites, sourceCode }) => {
        expect(sites.map((site) => issuesOwnTokens(site, sites, sourceCode))).toEqual([true, false]);
      },
    );
    withSites(
      [
        `import fastifyJwt from '@fastify/jwt';`,
        `app.register(fastifyJwt, { secret: 'supersecret' });`,
        `app.register(fastifyJwt, { secret: process.env.JWT_SECRET });`,
        `app.register(fastifyJwt, { secret: { private: PRIVATE, public: PUBLIC } });`,
        `app.register(fastifyJwt, { secret: PUBLIC, sign: { algorithm: 'RS256' } });`,
        `app.register(fastifyJwt, { secret: publicKey });`,
        `app.register(fastifyJwt, { secret: { public: PUBLIC } });`,
        `app.register(fastifyJwt, { secret: (request, token) => getKey(token) });`,
      ].join('\n'),
      ({ sites, sourceCode }) => {
        expect(sites.map((site) => issuesOwnTokens(site, sites, sourceCode))).toEqual([true, true, true, true, false, false, false]);
      },
    );
  });
});

describe('writesMultiTenantAuthority', () => {
  const check = (code: string): boolean => {
    let result = false;
    withSites(code, ({ sourceCode }) => (result = writesMultiTenantAuthority(sourceCode)));
    return result;
  };
  it('finds multi-tenant Entra authorities in strings and templates', () => {
    expect(check(`const a = 'https://login.microsoftonline.com/common/v2.0';`)).toBe(true);
    expect(check('const a = `https://login.microsoftonline.com/organizations/${path}`;')).toBe(true);
  });
  it('ignores single-tenant and other URLs', () => {
    expect(check(`const a = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0';`)).toBe(false);
    expect(check('const a = `https://login.microsoftonline.com/${tenant}/common`;')).toBe(false);
    expect(check(`const a = 'https://example.com/common/';`)).toBe(false);
  });
});
