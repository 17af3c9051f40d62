import json from '@eslint/json';
import tseslint from 'typescript-eslint';
import zeroTrust from 'eslint-plugin-zero-trust';

// The same app under the strict preset: every rule of the plugin.
export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { ...zeroTrust.configs.strict, files: ['**/*.ts'] },
  {
    files: ['**/*.json'],
    ignores: ['package.json', 'tsconfig.json', 'expected-findings.json'],
    plugins: { json, 'zero-trust': zeroTrust },
    language: 'json/json',
    rules: { 'zero-trust/no-hardcoded-secrets': 'error' },
  },
];
