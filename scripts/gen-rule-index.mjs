#!/usr/bin/env node
/** Regenerates src/rules/index.ts from the rule files, sorted by id (the meta test checks the result). */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'rules');
const ids = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3))
  .sort();
const camel = (id) => id.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const text = `${ids.map((id) => `import ${camel(id)} from './${id}';`).join('\n')}

/** Every rule of the plugin, sorted by id. */
export const rules = {
${ids.map((id) => `  '${id}': ${camel(id)},`).join('\n')}
};

export type RuleId = keyof typeof rules;
`;
writeFileSync(path.join(dir, 'index.ts'), text);
console.log(`${ids.length} rules`);
