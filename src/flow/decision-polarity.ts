/**
 * The polarity of a tested value: does the condition hold when the value matches (`list.has(v)`, `v === x`,
 * `v.startsWith(p)`) or when it does not (`!list.has(v)`, `v !== x`, `list.indexOf(v) === -1`)? Together with what
 * the guarded code does, it tells an allowlist from a blocklist: `if (!allowed.has(ip)) return deny()` turns away
 * everyone who is not listed (the list grants access), `if (banned.has(ip)) return deny()` turns away only the
 * listed ones (the list grants nothing).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isTypeScriptWrapper } from '../utils/ast';

export type Polarity = 'positive' | 'negative';

/** Literals that, compared for equality with a predicate's result, mean "no match": `=== -1`, `=== false`. */
function isNoMatchLiteral(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return node.value === false;
  return (
    node.type === AST_NODE_TYPES.UnaryExpression &&
    node.operator === '-' &&
    node.argument.type === AST_NODE_TYPES.Literal &&
    node.argument.value === 1
  );
}

/** How a binary expression with `child` as one operand turns a match into its result: kept, flipped, or unknown. */
function binaryEffect(binary: TSESTree.BinaryExpression, child: TSESTree.Node): 'keep' | 'flip' | null {
  const other = binary.left === child ? binary.right : binary.left;
  const noMatch = isNoMatchLiteral(other);
  switch (binary.operator) {
    case '===':
    case '==':
      return noMatch ? 'flip' : 'keep';
    case '!==':
    case '!=':
      return noMatch ? 'keep' : 'flip';
    case '<':
      // `list.indexOf(v) < 0`
      return binary.left === child && other.type === AST_NODE_TYPES.Literal && other.value === 0 ? 'flip' : null;
    case '>=':
    case '>':
      return binary.left === child ? 'keep' : null;
    default:
      return null;
  }
}

/**
 * The condition `value` is tested in, and its polarity there: climbs from the tested value through the predicate
 * call or comparison, `!`, `&&`/`||`, TypeScript wrappers and optional chains up to the test of an `if` or `?:`.
 * `null` when the value is not (recognisably) part of such a test.
 */
export function testPolarity(value: TSESTree.Node): { polarity: Polarity; owner: TSESTree.IfStatement | TSESTree.ConditionalExpression } | null {
  let negated = false;
  let child: TSESTree.Node = value;
  let seenComparison = false;
  for (let parent = value.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return parent.test === child ? { polarity: negated ? 'negative' : 'positive', owner: parent } : null;
      case AST_NODE_TYPES.UnaryExpression:
        if (parent.operator !== '!') return null;
        negated = !negated;
        break;
      case AST_NODE_TYPES.BinaryExpression: {
        if (seenComparison) return null;
        seenComparison = true;
        const effect = binaryEffect(parent, child);
        if (effect === null) return null;
        if (effect === 'flip') negated = !negated;
        break;
      }
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.AwaitExpression:
        break;
      case AST_NODE_TYPES.MemberExpression:
        // `list.includes(v)`: the receiver of the predicate; `v.startsWith(p)`, `parse(v).range()`.
        if (parent.object !== child) return null;
        break;
      case AST_NODE_TYPES.CallExpression:
        break;
      default:
        if (isTypeScriptWrapper(parent)) break;
        return null;
    }
  }
  return null;
}

/**
 * True when an address decision only turns the matching requests away: an `if` without `else` whose test holds when
 * the value matches (`if (banned.has(ip)) return res.sendStatus(403)`, `if (ip === '203.0.113.9') throw ...`).
 * Such a list (a blocklist) grants access to nobody.
 */
export function isBlocklistTest(value: TSESTree.Node): boolean {
  const found = testPolarity(value);
  return found?.polarity === 'positive' && found.owner.type === AST_NODE_TYPES.IfStatement && found.owner.alternate === null;
}
