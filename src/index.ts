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

// Node's ESM loader learns a CommonJS module's named exports by reading its source and cannot see them through
// `module.exports = plugin`. This assignment never runs; it names them, so the named imports the types allow
// (`import { configs } from 'eslint-plugin-zero-trust'`) work at run time too (the same hint esbuild emits).
// eslint-disable-next-line @typescript-eslint/no-unused-expressions, @typescript-eslint/no-unnecessary-condition -- a static hint for Node's CommonJS export detection; it never runs
0 && (module.exports = { meta: plugin, rules: plugin, configs: plugin });
