/** One RuleTester for every rule test: TypeScript parser, ES modules, latest syntax. */
import { RuleTester } from '@typescript-eslint/rule-tester';

export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    },
  });
}
