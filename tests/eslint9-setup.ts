/**
 * Setup file of the ESLint 9 pass (vitest.eslint9.config.mts), run first in every test worker: it points Node's
 * CommonJS resolver at the side-by-side `eslint-v9` package whenever anything asks for `eslint` or `eslint/<subpath>`.
 * The vite alias in that config only reaches modules vite transforms (our sources and tests); the packages vitest
 * leaves to Node — `@typescript-eslint/rule-tester` and `@typescript-eslint/utils`, both CommonJS — load ESLint
 * with a plain `require('eslint')`, which only this hook can redirect. (`server.deps.inline` does not help there:
 * vite rewrites `import`s of inlined modules, not the `require()` calls inside CommonJS files.)
 */
import Module from 'node:module';

const ESLINT_REQUEST = /^eslint(?<subpath>\/.*)?$/;
const PATCHED = Symbol.for('zero-trust.eslint9-resolve-hook');

type ResolveFilename = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: ResolveFilename; [PATCHED]?: true };

// Setup files run again for every test file in a worker; patch the resolver only once per process.
if (!loader[PATCHED]) {
  const resolveFilename = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
    const match = ESLINT_REQUEST.exec(request);
    const target = match ? `eslint-v9${match.groups?.subpath ?? ''}` : request;
    return resolveFilename.call(this, target, ...rest);
  };
  loader[PATCHED] = true;
}
