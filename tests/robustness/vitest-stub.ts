/**
 * Stands in for `vitest` while tests/robustness/rule-cases.ts loads the rule test files to read their cases: every
 * `describe`, `it`, `expect`, `vi`, … is an inert function that accepts any call, property access and chaining
 * (`it.each(table)(name, fn)`, `describe.skipIf(x)(…)`), so those files' own extra tests are registered nowhere and run
 * never. Only their `ruleTester.run(…)` calls matter, and the recorder catches those.
 */
interface Inert {
  (...args: unknown[]): Inert;
  readonly [key: string]: Inert;
}

const inert: Inert = new Proxy((() => inert) as Inert, {
  get: (_target, property) => (property === 'then' ? undefined : inert),
  apply: () => inert,
});

export const describe = inert;
export const it = inert;
export const test = inert;
export const expect = inert;
export const vi = inert;
export const beforeAll = inert;
export const afterAll = inert;
export const beforeEach = inert;
export const afterEach = inert;
export const suite = inert;
export default inert;
