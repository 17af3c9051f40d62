/**
 * eslint-plugin-zero-trust: the plugin object.
 * Loads from `import zeroTrust from 'eslint-plugin-zero-trust'` and from `require('eslint-plugin-zero-trust')`.
 */
import type { ESLint } from 'eslint';
import { NAMESPACE, buildConfigs } from './configs';
import { rules } from './rules';

// package.json sits one level above both `src/` and `dist/`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../package.json') as { name: string; version: string };

type Configs = ReturnType<typeof buildConfigs>;

interface ZeroTrustPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Configs;
}

const plugin: ZeroTrustPlugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: NAMESPACE },
  rules,
  configs: {} as Configs,
};
// typescript-eslint's rule type is stricter than ESLint's; at run time they are the same objects.
Object.assign(plugin.configs, buildConfigs(plugin as unknown as ESLint.Plugin));

// `export =` makes `require()` return the plugin itself and `import x from` receive it as the default.
export = plugin;
