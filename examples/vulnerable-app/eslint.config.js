import tseslint from 'typescript-eslint';
import zeroTrust from 'eslint-plugin-zero-trust';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  zeroTrust.configs.recommended,
];
