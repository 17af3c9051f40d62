import { ReferenceTracker } from '@eslint-community/eslint-utils';
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiReference, ApiSet } from '../../src/utils/module-tracker';
import { getApiCalls, getApiReferences, moduleSpellings, normalizeModuleName } from '../../src/utils/module-tracker';

// ---------------------------------------------------------------------------------------------------------------------
// API sets. Module-level constants, as the tracker expects: their identity is the cache key.
// ---------------------------------------------------------------------------------------------------------------------

const JWT: ApiSet = [
  { module: 'jsonwebtoken', path: ['verify'], kinds: ['call'] },
  { module: 'jsonwebtoken', path: ['decode'], kinds: ['call'] },
];

/** Same contents as `JWT`, another identity. */
const JWT_COPY: ApiSet = JWT.map((spec) => ({ ...spec }));

const JWT_READ: ApiSet = [{ module: 'jsonwebtoken', path: ['verify'], kinds: ['read'] }];

const JWT_READ_AND_CALL: ApiSet = [{ module: 'jsonwebtoken', path: ['verify'], kinds: ['read', 'call'] }];

/** One spec in each spelling: `https` must match `node:https` imports and the other way round. */
const HTTPS: ApiSet = [
  { module: 'https', path: ['Agent'], kinds: ['construct'] },
  { module: 'node:https', path: ['request'], kinds: ['call'] },
];

const HTTP: ApiSet = [{ module: 'http', path: ['request'], kinds: ['call'] }];

const MSAL: ApiSet = [
  {
    module: '@azure/msal-node',
    path: ['ConfidentialClientApplication'],
    kinds: ['construct'],
    instanceMethods: ['acquireTokenByUsernamePassword'],
  },
];

const SUPERAGENT: ApiSet = [{ module: 'superagent', path: [], kinds: ['call'] }];

/** Koa-style: the class is `module.exports` and also its `default` export. */
const KOA_DEFAULT_ONLY: ApiSet = [{ module: 'koa', path: ['default'], kinds: ['construct'] }];
const KOA_BOTH: ApiSet = [
  { module: 'koa', path: [], kinds: ['construct'] },
  { module: 'koa', path: ['default'], kinds: ['construct'] },
];

const JWT_MODULE_READ: ApiSet = [{ module: 'jsonwebtoken', path: [], kinds: ['read'] }];

// ---------------------------------------------------------------------------------------------------------------------
// Harness: a tiny plugin whose rule reports every reference the tracker returns, linted with ESLint's `Linter`.
// ---------------------------------------------------------------------------------------------------------------------

/**
 * - `esm`: default parser, `sourceType: 'module'`, no globals: `require` is undeclared.
 * - `esm+require`: the same with `require` declared as a global (what `globals.node` gives an ESM file).
 * - `cjs`: default parser, `sourceType: 'commonjs'`: `require` is a declared global.
 * - `ts`: `@typescript-eslint/parser` on a `.ts` file, `sourceType: 'module'`: `require` is undeclared.
 */
type Mode = 'esm' | 'esm+require' | 'cjs' | 'ts';

const ALL_MODES: readonly Mode[] = ['esm', 'esm+require', 'cjs', 'ts'];
/** Where `import` declarations and top-level `await` parse. */
const ESM_MODES: readonly Mode[] = ['esm', 'esm+require', 'ts'];
const TS_ONLY: readonly Mode[] = ['ts'];

type Found = [message: string, line: number, column: number];

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Query = (context: RuleContext, apis: ApiSet) => readonly ApiReference[];

/** The message the test rule reports for a reference. */
function describeRef(ref: ApiReference): string {
  return `${ref.kind}:${ref.api.module}.${ref.api.path.join('.')}${ref.method ? '#' + ref.method : ''}`;
}

/** A rule that reports each reference `query` returns for `apis`, and hands the returned arrays to `sink`. */
function referenceRule(apis: ApiSet, sink?: (refs: readonly ApiReference[], second: readonly ApiReference[]) => void, query: Query = getApiReferences): Rule.RuleModule {
  const rule: TSESLint.RuleModule<'ref'> = {
    meta: { type: 'problem', schema: [], messages: { ref: '{{text}}' } },
    create(context) {
      return {
        'Program:exit'() {
          const refs = query(context, apis);
          sink?.(refs, query(context, apis));
          for (const ref of refs) context.report({ node: ref.node, messageId: 'ref', data: { text: describeRef(ref) } });
        },
      };
    },
  };
  return rule as unknown as Rule.RuleModule;
}

function languageOptions(mode: Mode): LinterTypes.LanguageOptions {
  switch (mode) {
    case 'esm':
      return { sourceType: 'module', ecmaVersion: 'latest', globals: {} };
    case 'esm+require':
      return { sourceType: 'module', ecmaVersion: 'latest', globals: { require: 'readonly' } };
    case 'cjs':
      return { sourceType: 'commonjs', ecmaVersion: 'latest', globals: {} };
    case 'ts':
      return { sourceType: 'module', ecmaVersion: 'latest', parser: tsParser, globals: {} };
  }
}

function filenameFor(mode: Mode): string {
  return mode === 'ts' ? 'fixture.ts' : 'fixture.js';
}

/** Lints `code` with the given rules (name to rule) and returns every message as `[ruleId, message, line, column]`. */
function lintWith(linter: Linter, code: string, mode: Mode, rules: Record<string, Rule.RuleModule>, filename = filenameFor(mode)) {
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      languageOptions: languageOptions(mode),
      plugins: { test: { rules } },
      rules: Object.fromEntries(Object.keys(rules).map((name) => [`test/${name}`, 'error' as const])),
    },
  ];
  const messages = linter.verify(code, config, filename);
  const fatal = messages.filter((message) => message.fatal === true || message.ruleId === null);
  expect(fatal, `parse errors in ${mode} mode`).toEqual([]);
  return messages.map((message) => [message.ruleId, message.message, message.line, message.column] as const);
}

/** The references the tracker finds for `apis` in `code`, as `[message, line, column]`, in report order. */
function find(code: string, mode: Mode, apis: ApiSet = JWT, query: Query = getApiReferences): Found[] {
  return lintWith(new Linter(), code, mode, { refs: referenceRule(apis, undefined, query) }).map(([, message, line, column]) => [message, line, column]);
}

/** Asserts the exact references in `code` under every mode of `modes`. */
function expectFound(code: string, expected: readonly Found[], { modes = ALL_MODES, apis = JWT }: { modes?: readonly Mode[]; apis?: ApiSet } = {}): void {
  for (const mode of modes) {
    expect(find(code, mode, apis), `${mode} mode`).toEqual(expected);
  }
}

/** Asserts that the tracker finds nothing for `apis` in `code` under every mode of `modes`. */
function expectNone(code: string, { modes = ALL_MODES, apis = JWT }: { modes?: readonly Mode[]; apis?: ApiSet } = {}): void {
  expectFound(code, [], { modes, apis });
}

const lines = (...source: string[]): string => source.join('\n');

const VERIFY = 'call:jsonwebtoken.verify';
const DECODE = 'call:jsonwebtoken.decode';

afterEach(() => {
  vi.restoreAllMocks();
});

// ---------------------------------------------------------------------------------------------------------------------

describe('module names', () => {
  it('normalizes node: prefixes and spells built-ins both ways, other modules one way', () => {
    expect(normalizeModuleName('node:https')).toBe('https');
    expect(normalizeModuleName('https')).toBe('https');
    expect(moduleSpellings('https')).toEqual(['https', 'node:https']);
    expect(moduleSpellings('node:https')).toEqual(['https', 'node:https']);
    expect(moduleSpellings('fs/promises')).toEqual(['fs/promises', 'node:fs/promises']);
    expect(moduleSpellings('jsonwebtoken')).toEqual(['jsonwebtoken']);
    expect(moduleSpellings('@azure/msal-node')).toEqual(['@azure/msal-node']);
  });
});

describe('require()', () => {
  it('finds a method called on a required module, with require declared (cjs) and undeclared (esm, ts)', () => {
    expectFound(lines(`const jwt = require('jsonwebtoken');`, `jwt.verify(t, k);`), [[VERIFY, 2, 1]]);
  });

  it('finds a destructured binding', () => {
    expectFound(lines(`const { verify } = require('jsonwebtoken');`, `verify(t);`), [[VERIFY, 2, 1]]);
  });

  it('finds a renamed destructured binding', () => {
    expectFound(lines(`const { verify: v, decode: d = fallback } = require('jsonwebtoken');`, `v(t);`, `  d(t);`), [
      [VERIFY, 2, 1],
      [DECODE, 3, 3],
    ]);
  });

  it('finds a method called directly on the require() call', () => {
    expectFound(lines(`require('jsonwebtoken').verify(t);`, `const payload = require('jsonwebtoken').decode(t);`), [
      [VERIFY, 1, 1],
      [DECODE, 2, 17],
    ]);
  });

  it('finds require() calls inside functions', () => {
    expectFound(lines(`function check(t) {`, `  const jwt = require('jsonwebtoken');`, `  return jwt.verify(t, k);`, `}`), [[VERIFY, 3, 10]]);
  });

  it('follows a module name held in a const', () => {
    expectFound(lines(`const name = 'jsonwebtoken';`, `const jwt = require(name);`, `jwt.verify(t);`), [[VERIFY, 3, 1]]);
  });

  it('finds calls of a require made by createRequire, imported or required, under any name', () => {
    const esm: readonly Mode[] = ['esm', 'ts'];
    expectFound(
      lines(`import { createRequire } from 'node:module';`, `const require = createRequire(import.meta.url);`, `const jwt = require('jsonwebtoken');`, `jwt.verify(t);`),
      [[VERIFY, 4, 1]],
      { modes: esm },
    );
    expectFound(
      lines(`import * as mod from 'module';`, `const load = mod.createRequire(import.meta.url);`, `const { decode } = load('jsonwebtoken');`, `decode(t);`),
      [[DECODE, 4, 1]],
      { modes: esm },
    );
    expectFound(
      lines(`const { createRequire: make } = require('module');`, `const load = make(__filename);`, `load('jsonwebtoken').verify(t);`),
      [[VERIFY, 3, 1]],
      { modes: ['cjs'] },
    );
  });

  it('leaves out a require made by createRequire and then replaced, and a createRequire of another module', () => {
    expectNone(
      lines(`import { createRequire } from 'node:module';`, `let load = createRequire(import.meta.url);`, `load = (name) => stubs[name];`, `load('jsonwebtoken').verify(t);`),
      { modes: ['esm', 'ts'] },
    );
    expectNone(lines(`import { createRequire } from './loader';`, `const load = createRequire(import.meta.url);`, `load('jsonwebtoken').verify(t);`), {
      modes: ['esm', 'ts'],
    });
  });
});

describe('ES imports', () => {
  it('finds a default import', () => {
    expectFound(lines(`import jwt from 'jsonwebtoken';`, `jwt.verify(t);`), [[VERIFY, 2, 1]], { modes: ESM_MODES });
  });

  it('finds a namespace import, with and without .default', () => {
    expectFound(lines(`import * as jwt from 'jsonwebtoken';`, `jwt.verify(t);`, `jwt.default.decode(t);`), [
      [VERIFY, 2, 1],
      [DECODE, 3, 1],
    ], { modes: ESM_MODES });
  });

  it('finds a named import', () => {
    expectFound(lines(`import { verify } from 'jsonwebtoken';`, `verify(t);`), [[VERIFY, 2, 1]], { modes: ESM_MODES });
  });

  it('finds a renamed named import, next to a default import', () => {
    expectFound(lines(`import jwt, { verify as v } from 'jsonwebtoken';`, `v(t);`, `jwt.decode(t);`), [
      [VERIFY, 2, 1],
      [DECODE, 3, 1],
    ], { modes: ESM_MODES });
  });
});

describe('built-in modules with and without node:', () => {
  it('a spec on `https` finds `new https.Agent()` imported from node:https', () => {
    expectFound(lines(`import https from 'node:https';`, `new https.Agent({});`), [['construct:https.Agent', 2, 1]], {
      modes: ESM_MODES,
      apis: HTTPS,
    });
  });

  it('a spec on `node:https` finds `require("https").request()`', () => {
    expectFound(`require('https').request(url);`, [['call:node:https.request', 1, 1]], { apis: HTTPS });
  });

  it('each spec finds both spellings', () => {
    expectFound(
      lines(
        `import { Agent } from 'https';`,
        `import { request } from 'node:https';`,
        `const https = require('node:https');`,
        `new Agent({});`,
        `request(u);`,
        `new https.Agent({ rejectUnauthorized: false });`,
        `require('https').request(u);`,
      ),
      [
        ['construct:https.Agent', 4, 1],
        ['call:node:https.request', 5, 1],
        ['construct:https.Agent', 6, 1],
        ['call:node:https.request', 7, 1],
      ],
      { modes: ESM_MODES, apis: HTTPS },
    );
  });

  it('does not add node: to packages that are not built-ins, nor confuse http with https', () => {
    expectNone(lines(`require('node:jsonwebtoken').verify(t);`));
    expectNone(lines(`require('https').request(u);`, `require('node:https').request(u);`), { apis: HTTP });
    expectFound(lines(`require('https').request(u);`, `require('node:http').request(u);`), [['call:http.request', 2, 1]], { apis: HTTP });
  });
});

describe('aliases', () => {
  it('follows `const j = jwt`', () => {
    expectFound(lines(`const jwt = require('jsonwebtoken');`, `const j = jwt;`, `j.verify(t);`), [[VERIFY, 3, 1]]);
    expectFound(lines(`import jwt from 'jsonwebtoken';`, `const j = jwt;`, `j.verify(t);`), [[VERIFY, 3, 1]], { modes: ESM_MODES });
  });

  it('follows `const v = jwt.verify`', () => {
    expectFound(lines(`const jwt = require('jsonwebtoken');`, `const v = jwt.verify;`, `v(t);`), [[VERIFY, 3, 1]]);
    expectFound(lines(`import * as jwt from 'jsonwebtoken';`, `const v = jwt.verify;`, `v(t);`), [[VERIFY, 3, 1]], { modes: ESM_MODES });
  });

  it('follows computed access with a literal key', () => {
    expectFound(lines(`const jwt = require('jsonwebtoken');`, `jwt['verify'](t);`, `jwt[\`decode\`](t);`, `jwt[name](t);`), [
      [VERIFY, 2, 1],
      [DECODE, 3, 1],
    ]);
  });

  it('follows assignments, chains of aliases and default parameter values', () => {
    expectFound(
      lines(
        `const a = require('jsonwebtoken');`,
        `let j;`,
        `j = a;`,
        `j.verify(t);`,
        `const b = a;`,
        `const { decode } = b;`,
        `decode(t);`,
        `function f(lib = a) { return lib.verify(t); }`,
      ),
      [
        [VERIFY, 4, 1],
        [DECODE, 7, 1],
        [VERIFY, 8, 30],
      ],
    );
  });
});

describe('TypeScript', () => {
  it('finds `import jwt = require()`', () => {
    expectFound(lines(`import jwt = require('jsonwebtoken');`, `jwt.verify(t);`, `const j = jwt;`, `j.decode(t);`), [
      [VERIFY, 2, 1],
      [DECODE, 4, 1],
    ], { modes: TS_ONLY });
  });

  it('finds `export import jwt = require()`', () => {
    expectFound(lines(`export import jwt = require('jsonwebtoken');`, `jwt.verify(t);`), [[VERIFY, 2, 1]], { modes: TS_ONLY });
  });

  it('does not find type-only imports', () => {
    const snippets = [
      lines(`import type jwt from 'jsonwebtoken';`, `jwt.verify(t);`),
      lines(`import type * as jwt from 'jsonwebtoken';`, `jwt.verify(t);`),
      lines(`import type { verify } from 'jsonwebtoken';`, `verify(t);`, `type V = typeof verify;`),
      lines(`import { type decode } from 'jsonwebtoken';`, `decode(t);`),
      lines(`import type jwt = require('jsonwebtoken');`, `jwt.verify(t);`),
      lines(`type Lib = typeof import('jsonwebtoken');`, `declare const lib: Lib;`, `lib.verify(t);`),
    ];
    for (const code of snippets) expect(find(code, 'ts'), code).toEqual([]);
  });

  it('sees through `as`, `!`, `<T>`, `satisfies` and optional chaining', () => {
    expectFound(
      lines(
        `import jwt from 'jsonwebtoken';`,
        `(jwt as any).verify(t);`,
        `jwt!.verify(t);`,
        `(<any>jwt).decode(t);`,
        `(jwt satisfies object).decode(t);`,
        `(jwt.verify as Function)(t);`,
        `jwt.verify!(t);`,
        `jwt?.decode(t);`,
      ),
      [
        [VERIFY, 2, 1],
        [VERIFY, 3, 1],
        [DECODE, 4, 1],
        [DECODE, 5, 1],
        [VERIFY, 6, 1],
        [VERIFY, 7, 1],
        [DECODE, 8, 1],
      ],
      { modes: TS_ONLY },
    );
  });

  it('finds calls in typed code', () => {
    expectFound(
      lines(
        `import * as jwt from 'jsonwebtoken';`,
        `import type { JwtPayload } from 'jsonwebtoken';`,
        `export function check(token: string, key: string): JwtPayload {`,
        `  return jwt.verify(token, key) as JwtPayload;`,
        `}`,
      ),
      [[VERIFY, 4, 10]],
      { modes: TS_ONLY },
    );
  });
});

describe('dynamic import()', () => {
  it('finds `const jwt = await import()`', () => {
    expectFound(lines(`const jwt = await import('jsonwebtoken');`, `jwt.verify(t);`, `jwt.default.decode(t);`), [
      [VERIFY, 2, 1],
      [DECODE, 3, 1],
    ], { modes: ESM_MODES });
  });

  it('finds destructuring of `await import()`, including `default`', () => {
    expectFound(lines(`const { verify, default: jwt } = await import('jsonwebtoken');`, `verify(t);`, `jwt.decode(t);`), [
      [VERIFY, 2, 1],
      [DECODE, 3, 1],
    ], { modes: ESM_MODES });
  });

  it('finds the namespace given to `import().then()`, whole or destructured', () => {
    expectFound(lines(`import('jsonwebtoken').then((jwt) => jwt.verify(t));`, `import('jsonwebtoken').then(function ({ decode: d }) {`, `  return d(t);`, `});`), [
      [VERIFY, 1, 38],
      [DECODE, 3, 10],
    ]);
    // A promise held in a variable, or a callback passed by name, is not followed.
    expectNone(lines(`const loading = import('jsonwebtoken');`, `loading.then((jwt) => jwt.verify(t));`, `import('jsonwebtoken').then(useIt);`));
  });

  it('finds `(await import()).default.verify()`', () => {
    expectFound(`(await import('jsonwebtoken')).default.verify(t);`, [[VERIFY, 1, 1]], { modes: ESM_MODES });
  });

  it('finds `await import()` inside an async function, in every source type', () => {
    expectFound(
      lines(`async function check(t) {`, `  const jwt = await import('jsonwebtoken');`, `  return jwt.verify(t, k);`, `}`, `const f = async () => (await import ('jsonwebtoken')).decode(t);`),
      [
        [VERIFY, 3, 10],
        [DECODE, 5, 23],
      ],
    );
  });

  it('finds `import` with blanks or a line break before its parenthesis', () => {
    expectFound(lines(`async function check(t) {`, `  const jwt = await import`, `    ('jsonwebtoken');`, `  return jwt.verify(t, k);`, `}`), [[VERIFY, 4, 10]]);
    expectFound(lines(`const f = async () => (await import\t  ('jsonwebtoken')).decode(t);`), [[DECODE, 1, 23]]);
  });

  it('follows a module name held in a const, but not a name only known at run time', () => {
    expectFound(lines(`const name = 'jsonwebtoken';`, `const jwt = await import(name);`, `jwt.verify(t);`), [[VERIFY, 3, 1]], { modes: ESM_MODES });
    expectNone(
      lines(`const known = 'jsonwebtoken';`, `async function load(name) {`, `  const jwt = await import(name);`, `  return jwt.verify(t);`, `}`),
      { modes: ['esm', 'cjs'] },
    );
  });
});

describe('instance methods', () => {
  const CONSTRUCT = 'construct:@azure/msal-node.ConfidentialClientApplication';
  const ACQUIRE = 'instance-call:@azure/msal-node.ConfidentialClientApplication#acquireTokenByUsernamePassword';

  it('follows the instance an async factory resolves to', () => {
    const factory: ApiSet = [{ module: 'aws-jwt-verify', path: ['CognitoJwtVerifier', 'create'], kinds: ['call'], instanceMethods: ['verify'] }];
    expectFound(
      lines(
        `import { CognitoJwtVerifier } from 'aws-jwt-verify';`,
        `const verifier = await CognitoJwtVerifier.create(cfg);`,
        `await verifier.verify(token);`,
        `verifier.hydrate();`,
      ),
      [
        ['call:aws-jwt-verify.CognitoJwtVerifier.create', 2, 24],
        ['instance-call:aws-jwt-verify.CognitoJwtVerifier.create#verify', 3, 7],
      ],
      { modes: ESM_MODES, apis: factory },
    );
  });

  it('finds a listed method called on a constructed instance, and no other method', () => {
    expectFound(
      lines(
        `import * as msal from '@azure/msal-node';`,
        `const cca = new msal.ConfidentialClientApplication(cfg);`,
        `await cca.acquireTokenByUsernamePassword(req);`,
        `cca.getTokenCache();`,
      ),
      [
        [CONSTRUCT, 2, 13],
        [ACQUIRE, 3, 7],
      ],
      { modes: ESM_MODES, apis: MSAL },
    );
  });

  it('finds a method called on `new X()` directly, after the construction', () => {
    expectFound(
      lines(`const { ConfidentialClientApplication } = require('@azure/msal-node');`, `new ConfidentialClientApplication(cfg).acquireTokenByUsernamePassword(r);`),
      [
        [CONSTRUCT, 2, 1],
        [ACQUIRE, 2, 1],
      ],
      { apis: MSAL },
    );
  });

  it('follows the instance through an alias and into a nested function', () => {
    expectFound(
      lines(
        `const msal = require('@azure/msal-node');`,
        `const app = new msal.ConfidentialClientApplication(cfg);`,
        `const same = app;`,
        `async function login(r) { return same.acquireTokenByUsernamePassword(r); }`,
      ),
      [
        [CONSTRUCT, 2, 13],
        [ACQUIRE, 4, 34],
      ],
      { apis: MSAL },
    );
  });

  it('does not find the method on an object that is not an instance of the API', () => {
    expectFound(
      lines(
        `const msal = require('@azure/msal-node');`,
        `const other = makeClient();`,
        `other.acquireTokenByUsernamePassword(r);`,
        `msal.acquireTokenByUsernamePassword(r);`,
        `new msal.PublicClientApplication(cfg).acquireTokenByUsernamePassword(r);`,
      ),
      [],
      { apis: MSAL },
    );
  });
});

describe('the module value itself', () => {
  const ROOT = 'call:superagent.';

  it('finds a call of a default import', () => {
    expectFound(lines(`import request from 'superagent';`, `request('GET', url);`, `request.get(url);`), [[ROOT, 2, 1]], {
      modes: ESM_MODES,
      apis: SUPERAGENT,
    });
  });

  it('finds a call of a require() result, direct and through a binding', () => {
    expectFound(lines(`require('superagent')(url);`, `const request = require('superagent');`, `request('GET', url);`, `request.post(url);`), [
      [ROOT, 1, 1],
      [ROOT, 3, 1],
    ], { apis: SUPERAGENT });
  });
});

describe('default exports (CommonJS interop)', () => {
  it('a spec on `default` finds the default import, `import { default as }`, `ns.default` and `require().default`', () => {
    expectFound(
      lines(
        `import Koa from 'koa';`,
        `import { default as K } from 'koa';`,
        `import * as ns from 'koa';`,
        `new Koa();`,
        `new K();`,
        `new ns.default();`,
        `new (require('koa').default)();`,
      ),
      [
        ['construct:koa.default', 4, 1],
        ['construct:koa.default', 5, 1],
        ['construct:koa.default', 6, 1],
        ['construct:koa.default', 7, 1],
      ],
      { modes: ESM_MODES, apis: KOA_DEFAULT_ONLY },
    );
  });

  it('with specs on both the module and `default`, each construction is found once', () => {
    expectFound(
      lines(`import Koa from 'koa';`, `import * as ns from 'koa';`, `new Koa();`, `new ns.default();`, `new (require('koa'))();`, `new ns.default.default();`),
      [
        ['construct:koa.default', 3, 1],
        ['construct:koa.default', 4, 1],
        ['construct:koa.', 5, 1],
        ['construct:koa.default', 6, 1],
      ],
      { modes: ESM_MODES, apis: KOA_BOTH },
    );
  });
});

describe('nested code', () => {
  it('finds references in nested functions, arrow callbacks and class members', () => {
    const body = [
      `function outer() {`,
      `  return function inner() { return jwt.verify(t); };`,
      `}`,
      `tokens.map((t) => jwt.decode(t));`,
      `class Auth {`,
      `  static payload = jwt.decode(x);`,
      `  check(t) { return jwt.verify(t, this.key); }`,
      `  get claims() { return (() => jwt.decode(this.t))(); }`,
      `}`,
    ];
    const expected: Found[] = [
      [VERIFY, 3, 36],
      [DECODE, 5, 19],
      [DECODE, 7, 20],
      [VERIFY, 8, 21],
      [DECODE, 9, 32],
    ];
    expectFound(lines(`import jwt from 'jsonwebtoken';`, ...body), expected, { modes: ESM_MODES });
    expectFound(lines(`const jwt = require('jsonwebtoken');`, ...body), expected);
  });
});

describe('what must not be found', () => {
  it('a local function named require', () => {
    expectNone(lines(`function require() {}`, `require('jsonwebtoken').verify(t);`));
    expectNone(lines(`function load(require) {`, `  return require('jsonwebtoken').verify(t);`, `}`));
  });

  it('another module with the same method names', () => {
    expectNone(
      lines(`const jwt = require('jwt-simple');`, `jwt.verify(t);`, `jwt.decode(t);`, `const real = require('jsonwebtoken');`, `require('jwt-simple').decode(t);`),
    );
    expectNone(lines(`import { decode, verify } from 'jwt-simple';`, `import 'jsonwebtoken';`, `verify(t);`, `decode(t);`), { modes: ESM_MODES });
  });

  it('`jwt.verify` on a parameter or a global that shadows or was never imported', () => {
    expectFound(lines(`import jwt from 'jsonwebtoken';`, `function f(jwt) { return jwt.verify(t); }`, `jwt.decode(x);`), [[DECODE, 3, 1]], {
      modes: ESM_MODES,
    });
    expectNone(lines(`// jsonwebtoken is loaded by a script tag`, `jwt.verify(t);`));
    for (const mode of ['esm', 'cjs'] as const) {
      const linter = new Linter();
      const config: LinterTypes.Config[] = [
        {
          files: ['**/*.js'],
          languageOptions: { ...languageOptions(mode), globals: { jwt: 'readonly' } },
          plugins: { test: { rules: { refs: referenceRule(JWT) } } },
          rules: { 'test/refs': 'error' },
        },
      ];
      expect(linter.verify(`/* jsonwebtoken */ jwt.verify(t);`, config, 'fixture.js'), mode).toEqual([]);
    }
  });

  it('a dynamic import of a name only known at run time', () => {
    expectNone(lines(`const jwt = await import(pick('jsonwebtoken'));`, `jwt.verify(t);`), { modes: ESM_MODES });
    expectNone(lines(`const jwt = require(process.env.JWT_LIB ?? 'jsonwebtoken');`, `jwt.verify(t);`));
  });

  it('require() in a file that reassigns require', () => {
    expectNone(lines(`require = makeRequire(import.meta.url);`, `require('jsonwebtoken').verify(t);`), { modes: ['esm', 'esm+require', 'ts'] });
    expectNone(lines(`require = wrap(require);`, `require('jsonwebtoken').verify(t);`), { modes: ['cjs'] });
  });

  it('a method of the same name on an unrelated object', () => {
    expectNone(lines(`const jwt = require('jsonwebtoken');`, `const obj = { verify() {} };`, `obj.verify(t);`, `jwt.sign(x);`, `this.verify(t);`));
  });

  it('a file that never names the module: an empty array, without walking the file', () => {
    const esm = vi.spyOn(ReferenceTracker.prototype, 'iterateEsmReferences');
    const cjs = vi.spyOn(ReferenceTracker.prototype, 'iterateCjsReferences');
    const property = vi.spyOn(ReferenceTracker.prototype, 'iteratePropertyReferences');
    const seen: (readonly ApiReference[])[] = [];
    for (const mode of ALL_MODES) {
      const messages = lintWith(
        new Linter(),
        lines(`const lib = require('jwt-simple');`, `lib.verify(t);`, `async function f() { return (await import('other')).verify(t); }`, `jwt.verify(t);`),
        mode,
        { refs: referenceRule(JWT, (refs) => seen.push(refs)) },
      );
      expect(messages, mode).toEqual([]);
    }
    expect(seen).toHaveLength(ALL_MODES.length);
    for (const refs of seen) expect(refs).toEqual([]);
    expect(esm).not.toHaveBeenCalled();
    expect(cjs).not.toHaveBeenCalled();
    expect(property).not.toHaveBeenCalled();
  });

  it('a read for a call-only spec; reads for a read spec', () => {
    const code = lines(`const jwt = require('jsonwebtoken');`, `register(jwt.verify);`, `const { verify } = jwt;`, `jwt.verify(t);`);
    expectFound(code, [[VERIFY, 4, 1]]);
    expectFound(
      code,
      [
        ['read:jsonwebtoken.verify', 2, 10],
        ['read:jsonwebtoken.verify', 3, 9],
        ['read:jsonwebtoken.verify', 4, 1],
      ],
      { apis: JWT_READ },
    );
  });
});

describe('reads', () => {
  it('a read spec on the module value reports the import declaration and each require() call', () => {
    expectFound(lines(`import jwt from 'jsonwebtoken';`, `const again = require('jsonwebtoken');`, `jwt.verify(t);`), [
      ['read:jsonwebtoken.', 1, 1],
      ['read:jsonwebtoken.', 2, 15],
    ], { modes: ESM_MODES, apis: JWT_MODULE_READ });
  });

  it('a read spec reports named imports (at the specifier) and re-exports, but not type-only ones', () => {
    expectFound(
      lines(`import { verify } from 'jsonwebtoken';`, `export { verify as check } from 'jsonwebtoken';`, `export * from 'jsonwebtoken';`, `verify(t);`),
      [
        ['read:jsonwebtoken.verify', 1, 10],
        ['read:jsonwebtoken.verify', 2, 10],
        ['read:jsonwebtoken.verify', 3, 1],
      ],
      { modes: ESM_MODES, apis: JWT_READ },
    );
    expectNone(lines(`import { type verify } from 'jsonwebtoken';`, `export type { verify as V } from 'jsonwebtoken';`, `export { type verify as W } from 'jsonwebtoken';`), {
      modes: TS_ONLY,
      apis: JWT_READ,
    });
  });
});

describe('results', () => {
  it('come in source order, whatever way the module was bound', () => {
    expectFound(
      lines(
        `import { decode } from 'jsonwebtoken';`,
        `const jwt = require('jsonwebtoken');`,
        `async function f() {`,
        `  const lazy = await import('jsonwebtoken');`,
        `  lazy.verify(a);`,
        `}`,
        `decode(b);`,
        `jwt.verify(c);`,
        `decode(d);`,
        `jwt.decode(e); jwt.verify(f);`,
      ),
      [
        [VERIFY, 5, 3],
        [DECODE, 7, 1],
        [VERIFY, 8, 1],
        [DECODE, 9, 1],
        [DECODE, 10, 1],
        [VERIFY, 10, 16],
      ],
      { modes: ESM_MODES },
    );
  });

  it('carry the spec object itself and the node', () => {
    const seen: (readonly ApiReference[])[] = [];
    lintWith(new Linter(), lines(`const jwt = require('jsonwebtoken');`, `jwt.decode(t);`, `jwt.verify(t);`), 'cjs', {
      refs: referenceRule(JWT, (refs) => seen.push(refs)),
    });
    const [refs] = seen;
    expect(refs).toHaveLength(2);
    expect(refs?.[0]?.api).toBe(JWT[1]);
    expect(refs?.[1]?.api).toBe(JWT[0]);
    expect(refs?.map((ref) => [ref.kind, ref.node.type, ref.node.loc.start.line, ref.method])).toEqual([
      ['call', 'CallExpression', 2, undefined],
      ['call', 'CallExpression', 3, undefined],
    ]);
  });

  it('getApiCalls keeps calls and constructions, drops reads', () => {
    const code = lines(`const jwt = require('jsonwebtoken');`, `register(jwt.verify);`, `jwt.verify(t);`);
    expect(find(code, 'esm', JWT_READ_AND_CALL)).toEqual([
      ['read:jsonwebtoken.verify', 2, 10],
      ['read:jsonwebtoken.verify', 3, 1],
      [VERIFY, 3, 1],
    ]);
    expect(find(code, 'esm', JWT_READ_AND_CALL, getApiCalls)).toEqual([[VERIFY, 3, 1]]);
    expect(find(lines(`const https = require('https');`, `new https.Agent({});`), 'cjs', HTTPS, getApiCalls)).toEqual([['construct:https.Agent', 2, 1]]);
  });
});

describe('caching', () => {
  const CODE = lines(`import jwt from 'jsonwebtoken';`, `jwt.verify(t);`, `jwt.decode(t);`);
  const EXPECTED: Found[] = [
    [VERIFY, 2, 1],
    [DECODE, 3, 1],
  ];

  it('returns the identical array when asked twice for the same ApiSet in one file', () => {
    const pairs: [readonly ApiReference[], readonly ApiReference[]][] = [];
    const messages = lintWith(new Linter(), CODE, 'esm', { refs: referenceRule(JWT, (first, second) => pairs.push([first, second])) });
    expect(messages.map(([, message, line, column]) => [message, line, column])).toEqual(EXPECTED);
    expect(pairs).toHaveLength(1);
    const [first, second] = pairs[0]!;
    expect(second).toBe(first);
    expect(first).toHaveLength(2);
  });

  it('gives two rules asking for the same ApiSet the same, correct results; another ApiSet gets its own', () => {
    const arrays: Record<string, readonly ApiReference[]> = {};
    const rules = {
      a: referenceRule(JWT, (refs) => (arrays.a = refs)),
      b: referenceRule(JWT, (refs) => (arrays.b = refs)),
      copy: referenceRule(JWT_COPY, (refs) => (arrays.copy = refs)),
      https: referenceRule(HTTPS, (refs) => (arrays.https = refs)),
    };
    const messages = lintWith(new Linter(), lines(CODE, `new (require('https').Agent)();`), 'esm', rules);
    const byRule = (name: string) => messages.filter(([ruleId]) => ruleId === `test/${name}`).map(([, message, line, column]) => [message, line, column]);
    expect(byRule('a')).toEqual(EXPECTED);
    expect(byRule('b')).toEqual(EXPECTED);
    expect(byRule('copy')).toEqual(EXPECTED);
    expect(byRule('https')).toEqual([['construct:https.Agent', 4, 1]]);
    expect(arrays.b).toBe(arrays.a);
    expect(arrays.copy).not.toBe(arrays.a);
    expect(arrays.copy?.map((ref) => ref.node)).toEqual(arrays.a?.map((ref) => ref.node));
    expect(arrays.copy?.[0]?.api).toBe(JWT_COPY[0]);
  });

  it('does not leak results between files linted in sequence', () => {
    const linter = new Linter();
    const arrays: (readonly ApiReference[])[] = [];
    const rules = { refs: referenceRule(JWT, (refs) => arrays.push(refs)) };
    const strip = (messages: ReturnType<typeof lintWith>) => messages.map(([, message, line, column]) => [message, line, column]);

    expect(strip(lintWith(linter, CODE, 'esm', rules, 'a.js'))).toEqual(EXPECTED);
    expect(strip(lintWith(linter, lines(`// jsonwebtoken`, `jwt.verify(t);`), 'esm', rules, 'b.js'))).toEqual([]);
    expect(strip(lintWith(linter, lines(`import { verify } from 'jsonwebtoken';`, ``, `verify(t);`), 'esm', rules, 'c.js'))).toEqual([[VERIFY, 3, 1]]);
    expect(strip(lintWith(linter, CODE, 'ts', rules, 'a.ts'))).toEqual(EXPECTED);
    expect(strip(lintWith(linter, CODE, 'esm', rules, 'a.js'))).toEqual(EXPECTED);

    expect(arrays.map((refs) => refs.length)).toEqual([2, 0, 1, 2, 2]);
    // The same text linted again is a new Program: fresh results, not the first run's array.
    expect(arrays[4]).not.toBe(arrays[0]);
    expect(arrays[4]?.[0]?.node).not.toBe(arrays[0]?.[0]?.node);
  });
});
