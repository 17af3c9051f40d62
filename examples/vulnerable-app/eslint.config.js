import json from '@eslint/json';
import tseslint from 'typescript-eslint';
import zeroTrust from 'eslint-plugin-zero-trust';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { ...zeroTrust.configs.recommended, files: ['**/*.ts'] },
  // JSON configuration files: only the secrets rule reads JSON, so the preset above is scoped to TypeScript.
  {
    files: ['**/*.json'],
    ignores: ['package.json', 'tsconfig.json', 'expected-findings.json'],
    plugins: { json, 'zero-trust': zeroTrust },
    language: 'json/json',
    rules: { 'zero-trust/no-hardcoded-secrets': 'error' },
  },
];
