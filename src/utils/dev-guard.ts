/**
 * Development guards: code that only runs when the program says it is in development or test,
 * such as `if (process.env.NODE_ENV === 'development') { ... }` or `isDev ? devAgent : prodAgent`.
 * Rules may leave settings there alone: a local self-signed setup is a choice, not a defect.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

type Polarity = 'development' | 'production';

const DEVELOPMENT_VALUES: ReadonlySet<string> = new Set(['development', 'dev', 'test', 'testing', 'local']);
const PRODUCTION_VALUES: ReadonlySet<string> = new Set(['production', 'prod']);

// Whole-name matches only (`isDev`, `IS_LOCAL`, `__DEV__`), never substrings such as `device`.
const DEVELOPMENT_NAMES: ReadonlySet<string> = new Set([
  'dev',
  'isdev',
  'isdevelopment',
  'isdevmode',
  'isdevelopmentmode',
  'developmentmode',
  'devmode',
  'islocal',
  'islocaldev',
  'islocalhost',
  'istest',
  'istestenv',
  'istesting',
  '__dev__',
]);
const PRODUCTION_NAMES: ReadonlySet<string> = new Set(['isprod', 'isproduction', 'prod', 'production', 'isprodmode', '__prod__']);

/** The last name of an identifier or member chain: `isDev`, `config.isDev`, `import.meta.env.DEV` → `dev`. */
function tailName(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    return node.property.name;
  }
  return null;
}

function stringValue(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value.toLowerCase();
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked?.toLowerCase() ?? null;
  }
  return null;
}

function flip(polarity: Polarity | null): Polarity | null {
  if (polarity === null) return null;
  return polarity === 'development' ? 'production' : 'development';
}

/** Which environment a condition selects when it is true, if it is an environment check at all. */
export function conditionPolarity(test: TSESTree.Node): Polarity | null {
  switch (test.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return test.operator === '!' ? flip(conditionPolarity(test.argument)) : null;
    case AST_NODE_TYPES.LogicalExpression: {
      // `isDev && flag`: true only in development. `isDev || flag` can be true anywhere.
      if (test.operator !== '&&') return null;
      const left = conditionPolarity(test.left);
      const right = conditionPolarity(test.right);
      return left === 'development' || right === 'development' ? 'development' : null;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      const equal = test.operator === '===' || test.operator === '==';
      if (!equal && test.operator !== '!==' && test.operator !== '!=') return null;
      const value = stringValue(test.right) ?? stringValue(test.left);
      if (value === null) return null;
      const polarity: Polarity | null = DEVELOPMENT_VALUES.has(value) ? 'development' : PRODUCTION_VALUES.has(value) ? 'production' : null;
      return equal ? polarity : flip(polarity);
    }
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression: {
      const name = tailName(test)?.toLowerCase();
      if (name === undefined) return null;
      if (DEVELOPMENT_NAMES.has(name)) return 'development';
      if (PRODUCTION_NAMES.has(name)) return 'production';
      return null;
    }
    case AST_NODE_TYPES.ChainExpression:
      return conditionPolarity(test.expression);
    default:
      return null;
  }
}

/**
 * True when `node` only runs (or only takes effect) under a development guard between it and
 * its enclosing function: an `if`/`else`, a `?:` branch, or the right side of `isDev && ...`.
 */
export function isUnderDevelopmentGuard(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (child !== parent.test) {
          const polarity = conditionPolarity(parent.test);
          const branch: Polarity | null = child === parent.consequent ? polarity : flip(polarity);
          if (branch === 'development') return true;
        }
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.operator === '&&' && child === parent.right && conditionPolarity(parent.left) === 'development') return true;
        break;
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.Program:
        return false;
      default:
        break;
    }
    child = parent;
    parent = parent.parent;
  }
  return false;
}

/**
 * The JSON schema of the `ignoreDevelopmentGuards` option every rule that honours development guards takes.
 * `what` names what the rule reports (`settings`, `cookies set`, …) for the option's description.
 */
export function developmentGuardOption(what: string): { type: 'boolean'; description: string } {
  return {
    type: 'boolean',
    description: `Ignore ${what} inside code guarded by a development or test check, such as \`if (process.env.NODE_ENV === 'development')\` or \`isDev ? ... : ...\`.`,
  };
}
