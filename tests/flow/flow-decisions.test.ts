import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import {
  branchDenies,
  comparisonPartners,
  decisionBranch,
  decisionRoot,
  deniesPrivilegedValue,
  enclosingNames,
  innermostFunction,
  isCoKeyedWithCaller,
  isPresenceGuard,
  isVerifiedIdentityValue,
  registrationNames,
  outermostFunction,
  shortName,
  testsCallerRole,
  verifiedClaimNodes,
} from '../../src/flow/flow-decisions';
import { isFunctionNode, type FunctionNode } from '../../src/utils/functions';
import { probeArgument } from '../utils/probe-arguments';

interface Marked {
  readonly nodes: TSESTree.Identifier[];
  readonly scope: (node: TSESTree.Node) => TSESLint.Scope.Scope;
  readonly sourceCode: TSESLint.SourceCode;
}

/** Every identifier named `tainted` in `code` (TypeScript) that is not a parameter, with the scope manager and source code. */
function marked(code: string): Marked {
  const nodes: TSESTree.Identifier[] = [];
  let sourceCode: TSESLint.SourceCode | undefined;
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      sourceCode = context.sourceCode;
      return {
        'Identifier[name="tainted"]'(node: TSESTree.Identifier) {
          if (!(isFunctionNode(node.parent) && node.parent.params.includes(node))) nodes.push(node);
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    { files: ['**/*.ts'], plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } }, rules: { 'test/probe': 'error' } },
  ];
  expect(new Linter().verify(code, config, 'fixture.ts')).toEqual([]);
  const source = sourceCode;
  if (!source) throw new Error('rule did not run');
  return { nodes, scope: (node) => source.getScope(node), sourceCode: source };
}

function first(code: string): { node: TSESTree.Identifier; found: Marked } {
  const found = marked(code);
  const node = found.nodes[0];
  if (!node) throw new Error('no `tainted` identifier');
  return { node, found };
}

function partnersText(code: string): string[] {
  const { node, found } = first(code);
  return comparisonPartners(node).map((partner) => found.sourceCode.getText(partner));
}

function verified(code: string): boolean {
  const { argument, scope } = probeArgument(code);
  return isVerifiedIdentityValue(argument, scope);
}

describe('comparisonPartners', () => {
  it.each([
    ['the other operand of an equality', "if (tainted !== req.user.id) deny();", ['req.user.id']],
    ['through String() and trim()', 'if (String(tainted).trim() === me.id) deny();', ['me.id']],
    ['the receiver of a collection match', 'if (req.user.tenants.includes(tainted)) allow();', ['req.user.tenants']],
    ['the arguments of a string match', "if (tainted.startsWith('https://a.example/')) allow();", ["'https://a.example/'"]],
    ['the cases of a switch', "switch (tainted) { case 'admin': allow(); break; default: deny(); }", ["'admin'"]],
    ['nothing for a plain truthy test', 'if (tainted) allow();', []],
  ])('%s', (_name, code, expected) => {
    expect(partnersText(code)).toEqual(expected);
  });

  it('gives both operands when the sink is the comparison itself', () => {
    const { argument } = probeArgument('probe(a === b);');
    expect(comparisonPartners(argument)).toHaveLength(2);
  });
});

describe('isVerifiedIdentityValue', () => {
  it.each([
    ['req.user.id', "app.get('/', (req) => probe(req.user.id));"],
    ['req.auth.payload.sub', "app.get('/', (req) => probe(req.auth.payload.sub));"],
    ['ctx.state.user.id', 'app.use((ctx) => probe(ctx.state.user.id));'],
    ['res.locals.user.tenantId', "app.get('/', (req, res) => probe(res.locals.user.tenantId));"],
    ['the server-side session', "app.get('/', (req) => probe(req.session.userId));"],
    ['a const bound to req.user', "app.get('/', (req) => { const me = req.user; probe(me.id); });"],
    ['a name destructured from req.user', "app.get('/', (req) => { const { sub } = req.auth; probe(sub); });"],
    ['String() of the verified id', "app.get('/', (req) => probe(String(req.user.id)));"],
    ['NestJS getRequest().user', "class G { canActivate(c) { probe(c.switchToHttp().getRequest().user.id); } }"],
    ['a @CurrentUser() parameter', 'class C { get(@CurrentUser() account: Account) { probe(account.id); } }'],
    ['a parameter named user', 'function check(user, id) { probe(user.id); }'],
    ['a session helper result', 'async function GET() { const session = await getServerSession(authOptions); probe(session.user.id); }'],
    ['a record loaded by the verified id', "app.get('/', async (req) => { const me = await User.findByPk(req.user.id); probe(me.orgId); });"],
    ['the callback parameter over a verified list', "app.get('/', (req) => req.user.orgs.some((org) => probe(org.id)));"],
  ])('accepts %s', (_name, code) => {
    expect(verified(code)).toBe(true);
  });

  it.each([
    ['a body field', "app.post('/', (req) => probe(req.body.userId));"],
    ['a body field named user', "app.post('/', (req) => probe(req.body.user.id));"],
    ['a record loaded by a client id', "app.get('/', async (req) => { const doc = await Doc.findByPk(req.params.id); probe(doc.ownerId); });"],
    ['an identity helper given client input', "app.get('/', async (req) => { const user = await getUser(req.query.id); probe(user.id); });"],
    ['a decoded token', "app.get('/', (req) => { const claims = jwtDecode(req.headers.authorization); probe(claims.sub); });"],
    ['a static value', "probe('admin');"],
    ['a parameter named like client input', 'function check(newUser) { probe(newUser.id); }'],
  ])('rejects %s', (_name, code) => {
    expect(verified(code)).toBe(false);
  });

  it('accepts a node the caller knows to hold verified claims', () => {
    const { argument, scope } = probeArgument('probe(payload.sub);');
    expect(isVerifiedIdentityValue(argument, scope, new Set([argument]))).toBe(true);
  });
});

describe('decisionBranch and branchDenies', () => {
  it.each([
    ["if (tainted === 'admin') return res.sendStatus(403);", true, true],
    ["if (tainted !== 'admin') return res.sendStatus(403);", false, true],
    ['if (!tainted) throw new Error("no");', false, true],
    ["if (list.includes(tainted)) { next(); }", true, false],
    ["const x = tainted === 'a' ? reply.code(401) : null;", true, true],
  ])('%s', (code, holdsWhenMatched, denies) => {
    const { node, found } = first(code.includes('return') ? `function f(tainted, res) { ${code} }` : code);
    const branch = decisionBranch(node);
    expect(branch?.holdsWhenMatched).toBe(holdsWhenMatched);
    expect(branch && branchDenies(branch.whenTrue, found.sourceCode.visitorKeys)).toBe(denies);
  });

  it('gives up on compound tests', () => {
    const { node } = first("if (tainted && other) allow();");
    expect(decisionBranch(node)).toBeNull();
  });
});

describe('deniesPrivilegedValue', () => {
  function denies(code: string, test: 'compare' | 'match' | 'truthy', comparedWith?: string): boolean {
    const { node, found } = first(`function handler(req, res, tainted) { ${code} }`);
    return deniesPrivilegedValue(node, test, comparedWith, found.scope(node), found.sourceCode.visitorKeys);
  }

  it('accepts a check that rejects a client asking for privilege', () => {
    expect(denies("if (tainted === 'admin') return res.status(403).end();", 'compare', 'admin')).toBe(true);
    expect(denies('if (tainted) throw new ForbiddenException();', 'truthy')).toBe(true);
    expect(denies("if (['admin', 'owner'].includes(tainted)) return res.sendStatus(403);", 'match')).toBe(true);
  });

  it('rejects a check whose passing path needs the privileged value', () => {
    expect(denies("if (tainted !== 'admin') return res.status(403).end();", 'compare', 'admin')).toBe(false);
    expect(denies("if (tainted === 'guest') return res.status(403).end();", 'compare', 'guest')).toBe(false);
    expect(denies("if (tainted === 'admin') return next();", 'compare', 'admin')).toBe(false);
    expect(denies('if (!tainted) return res.sendStatus(401);', 'truthy')).toBe(false);
  });
});

describe('decisionRoot and isPresenceGuard', () => {
  it('finds the whole test of an operand', () => {
    const { found } = first("function f(tainted) { if (tainted && tainted.endsWith('.internal')) return next(); }");
    const [guard, match] = found.nodes;
    expect(guard && decisionRoot(guard)).toBe(match && decisionRoot(match));
  });

  it('drops a truthy test when the same source reaches another sink in that statement', () => {
    const { found } = first("function f(tainted) { if (tainted && tainted.endsWith('.internal')) return next(); }");
    const [guard, match] = found.nodes as [TSESTree.Node, TSESTree.Node];
    const flows = [
      { source: { name: 'Host' }, sink: { kind: 'decision', node: guard, test: 'truthy' } },
      { source: { name: 'Host' }, sink: { kind: 'decision', node: match, test: 'match' } },
    ];
    expect(isPresenceGuard(flows[0]!, flows)).toBe(true);
    expect(isPresenceGuard(flows[1]!, flows)).toBe(false);
    expect(isPresenceGuard(flows[0]!, [flows[0]!])).toBe(false);
  });
});

describe('names around a handler', () => {
  function handler(code: string): FunctionNode {
    const { node } = first(code);
    let current: TSESTree.Node | undefined = node.parent;
    while (current && !isFunctionNode(current)) current = current.parent;
    if (!current) throw new Error('no function');
    return current;
  }

  it('reads the registration call and its middleware', () => {
    const fn = handler("adminRouter.get('/users/:id', requireRole('admin'), (req) => tainted);");
    expect(registrationNames(fn)).toEqual(['adminRouter', 'get', 'requireRole']);
  });

  it('reads method and class decorators', () => {
    const fn = handler("@UseGuards(RolesGuard) class C { @Roles('admin') @Get(':id') find() { return tainted; } }");
    expect(registrationNames(fn)).toEqual(['Roles', 'Get', 'UseGuards', 'RolesGuard']);
  });

  it('names the enclosing function and class', () => {
    const { node } = first('class CsrfGuard { canActivate() { return tainted; } }');
    expect(enclosingNames(node)).toEqual(['canActivate', 'CsrfGuard']);
    const { node: arrow } = first('const verifyOrigin = (req) => tainted;');
    expect(enclosingNames(arrow)).toEqual(['verifyOrigin']);
  });
});

describe('small helpers', () => {
  it('shortens long display names', () => {
    expect(shortName('Host')).toBe('Host');
    expect(shortName('x'.repeat(60))).toHaveLength(40);
  });

  it('collects the nodes of claims flows only', () => {
    const { argument } = probeArgument('probe(a);');
    const nodes = verifiedClaimNodes([
      { source: { kind: 'claims', node: argument }, sink: { node: argument } },
      { source: { kind: 'client-field', node: argument.parent! }, sink: { node: argument.parent! } },
    ]);
    expect([...nodes]).toEqual([argument]);
  });
});

describe('isCoKeyedWithCaller', () => {
  function coKeyed(code: string): boolean {
    const { node, found } = first(code);
    return isCoKeyedWithCaller(node, found.scope(node));
  }

  it('accepts a query key next to the verified caller', () => {
    expect(coKeyed("app.post('/', async (req) => Membership.findOne({ where: { userId: req.user.id, tenantId: tainted } }));")).toBe(true);
    expect(coKeyed("app.get('/', async (req) => Data.findAll({ where: { tenantId: tainted, ownerId: req.auth.sub } }));")).toBe(true);
  });

  it('rejects a query keyed by client values only', () => {
    expect(coKeyed("app.get('/', async (req) => Data.findAll({ where: { tenantId: tainted, status: req.query.status } }));")).toBe(false);
    expect(coKeyed('Data.findAll(tainted);')).toBe(false);
  });
});

describe('testsCallerRole', () => {
  function gated(code: string): boolean {
    const { node, found } = first(code);
    const fn = outermostFunction(node);
    if (!fn) throw new Error('no function');
    return testsCallerRole(fn, found.sourceCode.visitorKeys, (inner) => found.scope(inner));
  }

  it('sees a test of the verified caller\'s role', () => {
    expect(gated("app.post('/', (req, res) => { if (!req.user.isAdmin) return res.sendStatus(403); save(tainted); });")).toBe(true);
    expect(gated("app.get('/', (req, res) => { if (!req.auth.payload.permissions.includes('orders:read')) return deny(); use(tainted); });")).toBe(true);
    expect(gated("app.use((ctx) => ctx.state.user.role === 'support' ? show(tainted) : hide());")).toBe(true);
  });

  it('ignores role fields the client sends and plain authentication checks', () => {
    expect(gated("app.post('/', (req, res) => { if (req.body.isAdmin) grant(); save(tainted); });")).toBe(false);
    expect(gated("app.post('/', (req, res) => { if (!req.user) return res.sendStatus(401); save(tainted); });")).toBe(false);
  });
});

describe('innermostFunction and outermostFunction', () => {
  it('find the nearest and the farthest function', () => {
    const { node } = first('function outer() { return () => tainted; }');
    expect(innermostFunction(node)?.type).toBe('ArrowFunctionExpression');
    expect(outermostFunction(node)?.type).toBe('FunctionDeclaration');
    const { node: top } = first('const x = tainted;');
    expect(innermostFunction(top)).toBeNull();
  });
});
