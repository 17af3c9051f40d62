import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { enclosingFunctions, findCallSites } from '../../src/utils/call-sites';
import { isFunctionNode, type FunctionNode } from '../../src/utils/functions';

/**
 * Lints `code` and, for the function that contains the `target()` call, returns the source text of each call of
 * that function that `findCallSites` finds, in source order.
 */
function callSitesOfTarget(code: string, { ts = false } = {}): string[] {
  const result: { found: string[] | null } = { found: null };
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'CallExpression[callee.name="target"]'(call: TSESTree.CallExpression) {
          const fn = enclosingFunctions(call)[0];
          if (!fn) throw new Error('target() is not inside a function');
          result.found = findCallSites(fn, context.sourceCode)
            .sort((a, b) => a.range[0] - b.range[0])
            .map((site) => context.sourceCode.getText(site));
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      languageOptions: { sourceType: 'module' },
      plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/probe': 'error' },
    },
  ];
  if (ts) config.push({ files: ['**/*.ts'], languageOptions: { parser: tsParser } });
  expect(new Linter().verify(code, config, ts ? 'fixture.ts' : 'fixture.js')).toEqual([]);
  if (result.found === null) throw new Error('no target() call');
  return result.found;
}

describe('findCallSites', () => {
  it('finds calls of a function declaration by name, also before it and through await', () => {
    const code = `
      run(1);
      function run(x) { return target(x); }
      async function main() { await run(2); const f = run; f(3); }
    `;
    expect(callSitesOfTarget(code)).toEqual(['run(1)', 'run(2)']);
  });

  it('finds calls of a const-bound arrow function, not of a let', () => {
    expect(callSitesOfTarget(`const helper = async () => target(); helper(); other(helper);`)).toEqual(['helper()']);
    expect(callSitesOfTarget(`let helper = () => target(); helper();`)).toEqual([]);
  });

  it('sees through TypeScript wrappers around the callee', () => {
    expect(callSitesOfTarget(`const helper = (): number => target(); (helper as () => number)(); helper!();`, { ts: true })).toEqual([
      '(helper as () => number)()',
      'helper!()',
    ]);
  });

  it('finds this.method() calls in the class, not in nested functions or classes', () => {
    const code = `
      class Service {
        token() { return target(); }
        async a() { return this.token(); }
        b = () => this.token();
        c() { return function () { return this.token(); }; }
        d() { return class { x() { return this.token(); } }; }
      }
      new Service().token();
    `;
    expect(callSitesOfTarget(code)).toEqual(['this.token()', 'this.token()']);
  });

  it('finds private methods and arrow-function fields', () => {
    const code = `
      class Service {
        #token = () => target();
        run() { return this.#token(); }
      }
    `;
    expect(callSitesOfTarget(code)).toEqual(['this.#token()']);
  });

  it('finds Class.method() calls of a static method', () => {
    const code = `
      class Tokens { static graph() { return target(); } }
      Tokens.graph();
      Tokens.other();
    `;
    expect(callSitesOfTarget(code)).toEqual(['Tokens.graph()']);
  });

  it('finds obj.method() calls of a method of a const object literal', () => {
    const code = `
      const tokens = { async graph() { return target(); }, vault: () => other() };
      await tokens.graph();
      tokens['graph']();
    `;
    expect(callSitesOfTarget(code)).toEqual(['tokens.graph()', "tokens['graph']()"]);
  });

  it('finds nothing for anonymous callbacks', () => {
    expect(callSitesOfTarget(`app.get('/x', (req, res) => target());`)).toEqual([]);
    expect(callSitesOfTarget(`export default function () { target(); }`)).toEqual([]);
  });
});

describe('enclosingFunctions', () => {
  it('lists the functions around a node, innermost first', () => {
    let names: string[] = [];
    const rule: TSESLint.RuleModule<never> = {
      meta: { type: 'problem', schema: [], messages: {} },
      create() {
        return {
          'CallExpression[callee.name="target"]'(call: TSESTree.CallExpression) {
            names = enclosingFunctions(call).map((fn: FunctionNode) => (isFunctionNode(fn) ? fn.type : 'none'));
          },
        };
      },
    };
    new Linter().verify(`function a() { return () => { target(); }; }`, {
      plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/probe': 'error' },
    });
    expect(names).toEqual(['ArrowFunctionExpression', 'FunctionDeclaration']);
  });
});
