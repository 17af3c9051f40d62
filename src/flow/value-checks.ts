/**
 * Value checks: whether an untrusted value is compared with something the code trusts before it is used. For rules
 * that report where a value from a request or a token reaches a dangerous call, and must stay silent once the code
 * has held the value against an allow-list (`if (!TRUSTED_ISSUERS.includes(iss)) throw …`), a fixed value
 * (`if (header.jku !== JWKS_URL) return …`), a map of known entries (`if (!keys[kid]) …`) or a pattern
 * (`/^[\w-]+$/.test(kid)`).
 *
 * A use counts as checked when, inside its own function, it sits in the branch of an `if`, `?:` or `&&` whose test
 * checks the value, or follows an `if (<check>) return/throw/continue/break` (or an `assert(<check>)`) in an enclosing
 * block. "The value" is any member path or name read in the used expression (constants with a static value aside),
 * compared by source text without optional chaining. A check is a comparison (`===`, `!==`, `==`, `!=`, `in`; not
 * `typeof x === 's'` or a comparison with `undefined`/`null`, which test shape or presence only), a
 * lookup in a computed member (`TRUSTED[iss]`), a membership or pattern predicate (`includes`, `has`, `indexOf`,
 * `some`, `find`, `startsWith`, `endsWith`, `test`, `match`), or a call named like one (`isTrustedIssuer(iss)`,
 * `assertAllowed(jku)`). Which branch the use sits in is not examined: a check at all is taken as intent.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrapExpression } from '../utils/ast';
import { calleeName } from '../utils/expressions';
import { isFunctionNode } from '../utils/functions';
import { nameWords } from '../utils/name-words';
import { getStatic } from '../utils/static-value';
import { walk } from '../utils/traverse';

type SourceCode = Readonly<TSESLint.SourceCode>;

const CHECK_METHODS: ReadonlySet<string> = new Set(['includes', 'has', 'indexOf', 'some', 'find', 'startsWith', 'endsWith', 'test', 'match']);
const CHECK_WORDS: ReadonlySet<string> = new Set(['allow', 'allowed', 'allowlist', 'allowlisted', 'whitelist', 'whitelisted', 'trust', 'trusted', 'known', 'valid', 'validate', 'permitted', 'safe']);
const ASSERT_NAMES: ReadonlySet<string> = new Set(['assert', 'ok', 'invariant', 'strictEqual', 'equal']);
const CHECK_OPERATORS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=', 'in']);

function normalizedText(node: TSESTree.Node, sourceCode: SourceCode): string {
  return sourceCode.getText(unwrapExpression(node)).replace(/\s+/gu, '').replaceAll('?.', '.').replaceAll('!', '');
}

/** The member paths and names read in `node` (not callees, not constants with a static value), as normalised text. */
function valueTexts(node: TSESTree.Node, sourceCode: SourceCode): Set<string> {
  const texts = new Set<string>();
  walk(node, sourceCode.visitorKeys, (current) => {
    if (isFunctionNode(current)) return false;
    const parent = current.parent;
    if (current.type === AST_NODE_TYPES.MemberExpression || current.type === AST_NODE_TYPES.Identifier) {
      const isCallee = (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee === current;
      const isKey = parent?.type === AST_NODE_TYPES.Property && parent.key === current && !parent.computed;
      if (isCallee || isKey) return current.type === AST_NODE_TYPES.MemberExpression;
      if (getStatic(current, sourceCode.getScope(current)) === null) texts.add(normalizedText(current, sourceCode));
      // Inner members of a chain are recorded too (`header` of `header.jku`) only through their own visit, so stop here.
      return current.type === AST_NODE_TYPES.MemberExpression && current.computed && current.property.type !== AST_NODE_TYPES.Literal;
    }
    return true;
  });
  return texts;
}

function mentions(node: TSESTree.Node, texts: ReadonlySet<string>, sourceCode: SourceCode): boolean {
  let found = false;
  walk(node, sourceCode.visitorKeys, (current) => {
    if (found || isFunctionNode(current)) return false;
    if ((current.type === AST_NODE_TYPES.MemberExpression || current.type === AST_NODE_TYPES.Identifier) && texts.has(normalizedText(current, sourceCode))) {
      found = true;
      return false;
    }
    return true;
  });
  return found;
}

/** `typeof x === 'string'`, `x !== undefined`, `x == null`: they test a value's shape or presence, not what it is. */
function isTypeOrPresenceTest(binary: TSESTree.BinaryExpression): boolean {
  return [binary.left, binary.right].some((side) => {
    const value = unwrapExpression(side);
    if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === 'typeof') return true;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') return true;
    return value.type === AST_NODE_TYPES.Literal && value.value === null;
  });
}

function isCheckCall(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call.callee);
  if (name === null) return false;
  if (CHECK_METHODS.has(name)) return true;
  return nameWords(name).some((word) => CHECK_WORDS.has(word));
}

/** True when `test` checks one of `texts`: a comparison, a keyed lookup, or a membership/pattern predicate over it. */
function checksValue(test: TSESTree.Node, texts: ReadonlySet<string>, sourceCode: SourceCode): boolean {
  let found = false;
  walk(test, sourceCode.visitorKeys, (current) => {
    if (found || isFunctionNode(current)) return false;
    if (current.type === AST_NODE_TYPES.BinaryExpression && CHECK_OPERATORS.has(current.operator)) {
      found = !isTypeOrPresenceTest(current) && mentions(current, texts, sourceCode);
    } else if (current.type === AST_NODE_TYPES.CallExpression && isCheckCall(current)) {
      found = mentions(current, texts, sourceCode);
    } else if (current.type === AST_NODE_TYPES.MemberExpression && current.computed) {
      found = mentions(current.property, texts, sourceCode);
    }
    return !found;
  });
  return found;
}

function exits(statement: TSESTree.Statement): boolean {
  const last = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body.at(-1) : statement;
  if (!last) return false;
  return (
    last.type === AST_NODE_TYPES.ReturnStatement ||
    last.type === AST_NODE_TYPES.ThrowStatement ||
    last.type === AST_NODE_TYPES.ContinueStatement ||
    last.type === AST_NODE_TYPES.BreakStatement
  );
}

/** True when `statement` is `if (<check>) <exit>` or `assert(<check>)`. */
function isGuardStatement(statement: TSESTree.Statement, texts: ReadonlySet<string>, sourceCode: SourceCode): boolean {
  if (statement.type === AST_NODE_TYPES.IfStatement) {
    return (exits(statement.consequent) || (statement.alternate !== null && exits(statement.alternate))) && checksValue(statement.test, texts, sourceCode);
  }
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    const expression = unwrapExpression(statement.expression);
    const call = expression.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(expression.argument) : expression;
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const name = calleeName(call.callee);
    if (name === null || !(ASSERT_NAMES.has(name) || isCheckCall(call))) return false;
    return call.arguments.some((argument) => checksValue(argument, texts, sourceCode) || (!ASSERT_NAMES.has(name) && mentions(argument, texts, sourceCode)));
  }
  return false;
}

/**
 * True when the untrusted value read in `use` has been checked before it is used: `use` lies in a branch guarded by a
 * check of it, or an earlier statement of an enclosing block (within the same function) rejects it when the check
 * fails. `use` is the expression that carries the value (`header.jku`, `` `${iss}/.well-known/jwks.json` ``).
 */
export function isCheckedBeforeUse(use: TSESTree.Node, sourceCode: SourceCode): boolean {
  const texts = valueTexts(use, sourceCode);
  if (texts.size === 0) return false;
  let child: TSESTree.Node = use;
  for (let node = use.parent; node; child = node, node = node.parent) {
    switch (node.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (node.test !== child && checksValue(node.test, texts, sourceCode)) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (node.right === child && node.operator === '&&' && checksValue(node.left, texts, sourceCode)) return true;
        break;
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.Program:
      case AST_NODE_TYPES.StaticBlock: {
        const body = node.body as readonly TSESTree.Node[];
        const index = body.indexOf(child);
        for (let position = 0; position < index; position += 1) {
          if (isGuardStatement(body[position] as TSESTree.Statement, texts, sourceCode)) return true;
        }
        break;
      }
      case AST_NODE_TYPES.SwitchCase: {
        const index = node.consequent.indexOf(child as TSESTree.Statement);
        for (let position = 0; position < index; position += 1) {
          if (isGuardStatement(node.consequent[position] as TSESTree.Statement, texts, sourceCode)) return true;
        }
        break;
      }
      default:
        break;
    }
    if (isFunctionNode(node)) return false;
  }
  return false;
}
