import { DEPRECATED_IDENTITY_LIBRARIES } from '../models/deprecated-identity-libraries';
import { createRule } from '../utils/create-rule';
import { getModuleImports, type ModuleList } from '../utils/module-imports';
import { textHolds } from '../utils/text-gate';

export type Options = [
  {
    /** Packages to leave alone, for example while a migration is under way. */
    allow?: string[];
  },
];
export type MessageIds = 'deprecatedIdentityLibrary';

const MODULES: ModuleList = [...DEPRECATED_IDENTITY_LIBRARIES.keys()];

/** The package a module specifier belongs to: `adal-angular/lib/adal` → `adal-angular`, `@azure/x/y` → `@azure/x`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

export default createRule<Options, MessageIds>({
  name: 'no-deprecated-identity-library',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow identity libraries that their maintainers have retired, such as ADAL, MSAL.js 1.x and passport-azure-ad',
      recommended: 'strict',
      principle: 'assume-breach',
      cwe: ['CWE-1104'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Package names not to report, for example one whose migration is already planned.',
          },
        },
      },
    ],
    messages: {
      deprecatedIdentityLibrary:
        '`{{name}}` {{status}}, so sign-in and token handling built on it miss current fixes and protections; migrate to {{replacement}}.',
    },
    defaultOptions: [{ allow: [] }],
  },
  create(context, [{ allow = [] }]) {
    // A load names its module verbatim, and `getModuleImports` finds none in a file whose text names no module.
    if (!MODULES.some((module) => textHolds(context.sourceCode, module))) return {};
    const allowed: ReadonlySet<string> = new Set(allow);
    return {
      'Program:exit'() {
        for (const site of getModuleImports(context, MODULES)) {
          const name = packageOf(site.module);
          const library = DEPRECATED_IDENTITY_LIBRARIES.get(site.module);
          if (!library || allowed.has(name) || allowed.has(site.module)) continue;
          context.report({
            node: site.source,
            messageId: 'deprecatedIdentityLibrary',
            data: { name, status: library.status, replacement: library.replacement },
          });
        }
      },
    };
  },
});
