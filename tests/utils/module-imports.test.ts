import * as tsParser from '@typescript-eslint/parser';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getModuleImports, type ModuleList } from '../../src/utils/module-imports';

const ADAL: ModuleList = ['adal-node', 'adal-angular/lib/adal'];
const ADAL_COPY: ModuleList = [...ADAL];

interface Site {
  module: string;
  node: string;
  source: string;
}

type Mode = 'ts' | 'commonjs' | 'esm';

function sites(code: string, mode: Mode = 'ts', modules: ModuleList = ADAL): Site[] {
  const found: Site[] = [];
  const rule: Rule.RuleModule = {
    create(context) {
      return {
        'Program:exit'() {
          for (const site of getModuleImports(context as never, modules)) {
            found.push({ module: site.module, node: site.node.type, source: context.sourceCode.getText(site.source as never) });
          }
        },
      };
    },
  };
  const config: LinterTypes.Config = {
    plugins: { probe: { rules: { sites: rule } } },
    rules: { 'probe/sites': 'error' },
    languageOptions:
      mode === 'ts'
        ? { parser: tsParser }
        : mode === 'commonjs'
          ? { sourceType: 'commonjs', globals: { require: 'readonly' } }
          : { sourceType: 'module' },
  };
  const messages = new Linter({ configType: 'flat' }).verify(code, [{ files: ['**/*.ts', '**/*.js'], ...config }], mode === 'ts' ? 'x.ts' : 'x.js');
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return found;
}

describe('getModuleImports', () => {
  it.each([
    [`import 'adal-node';`, 'ImportDeclaration'],
    [`import adal from 'adal-node';`, 'ImportDeclaration'],
    [`import { AuthenticationContext } from 'adal-node';`, 'ImportDeclaration'],
    [`import * as adal from 'adal-node';`, 'ImportDeclaration'],
    [`import adal, { AuthenticationContext as Ctx } from 'adal-node';`, 'ImportDeclaration'],
    [`import { type TokenResponse, AuthenticationContext } from 'adal-node';`, 'ImportDeclaration'],
    [`export * from 'adal-node';`, 'ExportAllDeclaration'],
    [`export { AuthenticationContext } from 'adal-node';`, 'ExportNamedDeclaration'],
    [`const adal = require('adal-node');`, 'CallExpression'],
    [`require('adal-node');`, 'CallExpression'],
    [`const { AuthenticationContext } = require('adal-node');`, 'CallExpression'],
    [`const Ctx = require('adal-node').AuthenticationContext;`, 'CallExpression'],
    [`const adal = await import('adal-node');`, 'ImportExpression'],
    [`import('adal-node').then(({ AuthenticationContext }) => new AuthenticationContext(authority));`, 'ImportExpression'],
    [`async function load() { return import('adal-node'); }`, 'ImportExpression'],
    [`import adal = require('adal-node');`, 'TSImportEqualsDeclaration'],
    [`export import adal = require('adal-node');`, 'TSImportEqualsDeclaration'],
    [`import AuthenticationContext from 'adal-angular/lib/adal';`, 'ImportDeclaration'],
  ])('finds %s', (code, nodeType) => {
    const [site, ...rest] = sites(code);
    expect(rest).toEqual([]);
    expect(site?.node).toBe(nodeType);
    expect(site?.source).toMatch(/^["']adal-/u);
  });

  it('reports the expression that names the module when it is a constant', () => {
    expect(sites(`const NAME = 'adal-node'; const adal = require(NAME);`)).toEqual([
      { module: 'adal-node', node: 'CallExpression', source: 'NAME' },
    ]);
    expect(sites(`const NAME = 'adal-node'; const adal = await import(NAME);`)).toEqual([
      { module: 'adal-node', node: 'ImportExpression', source: 'NAME' },
    ]);
  });

  it('finds require in CommonJS files with a declared global and in plain ES modules', () => {
    expect(sites(`const adal = require('adal-node');`, 'commonjs')).toHaveLength(1);
    expect(sites(`import adal from 'adal-node'; const again = require('adal-node');`, 'esm')).toHaveLength(2);
  });

  it('returns sites in source order, one per import', () => {
    const code = `
      import { AuthenticationContext } from 'adal-node';
      import type { TokenResponse } from 'adal-node';
      const lazy = () => import('adal-node');
      const legacy = require('adal-angular/lib/adal');
    `;
    expect(sites(code).map((site) => [site.node, site.module])).toEqual([
      ['ImportDeclaration', 'adal-node'],
      ['ImportExpression', 'adal-node'],
      ['CallExpression', 'adal-angular/lib/adal'],
    ]);
  });

  it.each([
    `import type { TokenResponse } from 'adal-node';`,
    `import { type TokenResponse } from 'adal-node';`,
    `import { type TokenResponse, type ErrorResponse } from 'adal-node';`,
    `export type { TokenResponse } from 'adal-node';`,
    `export { type TokenResponse } from 'adal-node';`,
    `import type adal = require('adal-node');`,
    `type Adal = typeof import('adal-node');`,
    `let x: import('adal-node').TokenResponse;`,
    `declare module 'adal-node' { export const x: number; }`,
    `function load(require: (name: string) => unknown) { return require('adal-node'); }`,
    `import adal from '@azure/msal-node';`,
    `import adal from 'adal-node-extra';`,
    `import adal from 'adal-angular';`,
    `const name = 'adal-node'; console.log(name);`,
    `const other = require(moduleName);`,
    `const lazy = import(moduleName);`,
  ])('ignores %s', (code) => {
    expect(sites(code)).toEqual([]);
  });

  it('caches per list identity and per file', () => {
    const code = `import adal from 'adal-node'; const b = require('adal-node');`;
    expect(sites(code, 'ts', ADAL)).toEqual(sites(code, 'ts', ADAL_COPY));
  });
});
