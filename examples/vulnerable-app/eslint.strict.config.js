import tseslint from 'typescript-eslint';
import zeroTrust from 'eslint-plugin-zero-trust';

// The same app under the strict preset: every rule of the plugin.
export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  zeroTrust.configs.strict,
];
