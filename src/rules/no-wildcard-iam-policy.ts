import { stringItems } from '../utils/string-items';
import { MINIMUM_LEVEL_SCHEMA } from '../catalogues/privilege-levels';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  awsManagedPolicyNameFromArn,
  escalationActionIn,
  isAllActions,
  isAtLeast,
  isBroadResource,
  lowerLevel,
  managedPolicyByKey,
  managedPolicyName,
  managedPolicyRisk,
  needsResourceScope,
  sensitiveService,
  serviceOfWildcard,
  type IamLevel,
} from '../catalogues/aws-iam';
import { AST_NODE_TYPES, messageLabel, staticMemberName, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { getApiReferences, mentionsApiModule, type ApiSet, type ApiSpec } from '../utils/module-tracker';
import { getPropertyKey, readOptionsObject, type OptionsObject } from '../utils/options-object';
import { constInitializer, getStatic, getStaticString } from '../utils/static-value';
import { getStringParts } from '../utils/string-parts';
import { textHolds, textMayHoldEscape } from '../utils/text-gate';

export type Options = [
  {
    /** Actions (`s3:*`) and AWS managed policy names (`PowerUserAccess`) the team accepts. */
    allow?: string[];
    /** The least severe finding reported. */
    minimumLevel?: IamLevel;
  },
];
export type MessageIds =
  | 'fullAdministrator'
  | 'allActions'
  | 'serviceWildcard'
  | 'allResources'
  | 'notAction'
  | 'notResource'
  | 'privilegeEscalation'
  | 'publicPrincipal'
  | 'publicBucket'
  | 'adminManagedPolicy';

type Scope = TSESLint.Scope.Scope;

/** A string the policy holds (an action, a resource, a principal), with the node to report. */
interface Item {
  readonly node: TSESTree.Node;
  /** `null` when the value is not statically known: never reported. */
  readonly value: string | null;
}

/** One policy statement, whatever the dialect it was written in. */
interface Statement {
  effect: 'allow' | 'deny' | 'unknown';
  actions: Item[];
  notAction: TSESTree.Node | null;
  resources: Item[];
  notResource: TSESTree.Node | null;
  /** Public principals (`*`, `AnyPrincipal`), each with its node. */
  publicPrincipals: TSESTree.Node[];
  /** Any principal at all: the statement is part of a resource-based or trust policy. */
  hasPrincipal: boolean;
  hasCondition: boolean;
}

const IAM_MODULES: readonly { module: string; prefix: readonly string[] }[] = [
  { module: 'aws-cdk-lib/aws-iam', prefix: [] },
  { module: 'aws-cdk-lib', prefix: ['aws_iam'] },
  { module: '@aws-cdk/aws-iam', prefix: [] },
];

function cdkSpecs(path: readonly string[], kinds: ApiSpec['kinds']): ApiSpec[] {
  return IAM_MODULES.map(({ module, prefix }) => ({ module, path: [...prefix, ...path], kinds }));
}

/** CDK statements and documents. */
const CDK_STATEMENT_APIS: ApiSet = cdkSpecs(['PolicyStatement'], ['construct']);
const CDK_STATEMENT_JSON_APIS: ApiSet = cdkSpecs(['PolicyStatement', 'fromJson'], ['call']);
const CDK_DOCUMENT_JSON_APIS: ApiSet = cdkSpecs(['PolicyDocument', 'fromJson'], ['call']);
/** CDK principals that stand for anyone. `ArnPrincipal` only with `'*'`. */
const CDK_PUBLIC_PRINCIPAL_APIS: ApiSet = [
  ...cdkSpecs(['AnyPrincipal'], ['construct']),
  ...cdkSpecs(['StarPrincipal'], ['construct']),
  ...cdkSpecs(['ArnPrincipal'], ['construct']),
];
const CDK_MANAGED_POLICY_APIS: ApiSet = [
  ...cdkSpecs(['ManagedPolicy', 'fromAwsManagedPolicyName'], ['call']),
  ...cdkSpecs(['ManagedPolicy', 'fromManagedPolicyArn'], ['call']),
];
/** Pulumi's `aws.iam.getPolicyDocument({ statements })` and CDKTF's `new DataAwsIamPolicyDocument(s, id, { statement })`. */
const TERRAFORM_DOCUMENT_APIS: ApiSet = [
  { module: '@pulumi/aws', path: ['iam', 'getPolicyDocument'], kinds: ['call'] },
  { module: '@pulumi/aws', path: ['iam', 'getPolicyDocumentOutput'], kinds: ['call'] },
  { module: '@pulumi/aws/iam', path: ['getPolicyDocument'], kinds: ['call'] },
  { module: '@pulumi/aws/iam', path: ['getPolicyDocumentOutput'], kinds: ['call'] },
  { module: '@cdktf/provider-aws/lib/data-aws-iam-policy-document', path: ['DataAwsIamPolicyDocument'], kinds: ['construct'] },
  { module: '@cdktf/provider-aws', path: ['dataAwsIamPolicyDocument', 'DataAwsIamPolicyDocument'], kinds: ['construct'] },
  { module: '@cdktf/provider-aws', path: ['iam', 'DataAwsIamPolicyDocument'], kinds: ['construct'] },
];
/** Pulumi's enum of AWS managed policy ARNs: `aws.iam.ManagedPolicy.AdministratorAccess`. */
const PULUMI_MANAGED_POLICY_ENUM: ApiSet = [
  { module: '@pulumi/aws', path: ['iam', 'ManagedPolicy'], kinds: ['read'] },
  { module: '@pulumi/aws', path: ['iam', 'ManagedPolicies'], kinds: ['read'] },
  { module: '@pulumi/aws/iam', path: ['ManagedPolicy'], kinds: ['read'] },
];

/** Every API set above: a file that names none of their modules has no reference to any (one look instead of seven). */
const TRACKED_APIS: ApiSet = [
  ...CDK_PUBLIC_PRINCIPAL_APIS,
  ...CDK_STATEMENT_APIS,
  ...CDK_STATEMENT_JSON_APIS,
  ...CDK_DOCUMENT_JSON_APIS,
  ...CDK_MANAGED_POLICY_APIS,
  ...TERRAFORM_DOCUMENT_APIS,
  ...PULUMI_MANAGED_POLICY_ENUM,
];

/** Versions of the IAM policy language; an object with one of them and a `Statement` is a policy document. */
const POLICY_VERSIONS: ReadonlySet<string> = new Set(['2012-10-17', '2008-10-17']);

/**
 * Keys that hold a list of JSON policy statements without a document around them: the Serverless Framework's
 * `provider.iam.role.statements` (v3) and `iamRoleStatements` (v2, also per function). With no `Version` beside them,
 * only statements that spell out their `Effect` are read, so Pulumi's lower-case `statements` are left alone.
 */
const SERVERLESS_STATEMENT_KEYS: ReadonlySet<string> = new Set(['statements', 'iamRoleStatements']);
/** Keys that hold managed policies to attach (SDK `PolicyArn`, Pulumi/CDKTF `policyArn`, `managedPolicyArns`). */
const POLICY_ARN_KEYS: ReadonlySet<string> = new Set(['policyarn', 'policyarns', 'managedpolicyarns']);
/** The lengths of the keys of `POLICY_ARN_KEYS`: a key of another length is not lower-cased to be looked up. */
const POLICY_ARN_LENGTHS: ReadonlySet<number> = new Set([...POLICY_ARN_KEYS].map((key) => key.length));
/** CDK's `bucket.grantPublicAccess()`. */
const GRANT_PUBLIC_ACCESS = 'grantPublicAccess';

/** The piece every key of a statement list holds: `Statement`, `statements`, `iamRoleStatements`. */
const STATEMENT_KEY_PIECE = 'tatement';
/**
 * The keys a JSON statement needs for any finding: an action (`Action`, `NotAction`), `NotResource`, or a `Principal`.
 * A statement without one grants nothing this rule reports (its resources are judged with its actions).
 */
const STATEMENT_FINDING_KEYS: readonly string[] = ['Action', 'NotResource', 'Principal'];
/** The keys of `POLICY_ARN_KEYS`, which are compared in any case. */
const POLICY_ARN_KEY = /policyarn/iu;
/** The piece every AWS managed policy's ARN holds (`arn:aws:iam::aws:policy/…`, `arn:aws-cn:iam::aws:policy/…`). */
const MANAGED_POLICY_ARN_PIECE = ':iam';

/** Keys and methods that use a managed policy as a permissions boundary, which restricts rather than grants. */
const BOUNDARY_KEY = /^permissionsboundary$/iu;
/** Properties next to a principal that restrict who may use it (`lambda.addPermission`'s `sourceArn`, ...). */
const PRINCIPAL_RESTRICTIONS: ReadonlySet<string> = new Set([
  'sourceArn',
  'sourceAccount',
  'principalOrgId',
  'conditions',
  'condition',
]);
const CONDITION_METHODS: ReadonlySet<string> = new Set([
  'addCondition',
  'addConditions',
  'addAccountCondition',
  'addSourceAccountCondition',
  'addSourceArnCondition',
]);
const NAMED_PRINCIPAL_METHODS: ReadonlySet<string> = new Set([
  'addAwsAccountPrincipal',
  'addServicePrincipal',
  'addAccountRootPrincipal',
  'addFederatedPrincipal',
  'addCanonicalUserPrincipal',
]);
/** Stands for the run-time parts of a resource ARN; it matches no wildcard and no resource type. */
const UNKNOWN_TEXT = '\u0000';

// ---------------------------------------------------------------------------------------------------------------
// Reading values

/** The strings an expression holds: one string, an array (also through `const`s and spreads), each with its node. */
function collectItems(node: TSESTree.Node, scope: Scope, out: Item[]): void {
  for (const item of stringItems(node, scope)) out.push({ node: item.node, value: item.value });
}

function itemsOf(node: TSESTree.Node | undefined, scope: Scope): Item[] {
  const items: Item[] = [];
  if (node) collectItems(node, scope, items);
  return items;
}

/**
 * Resources, where an ARN built from a template keeps its known text: `` `arn:aws:iam::${account}:role/*` `` reads
 * as `arn:aws:iam::\u0000:role/*`, so a run-time account or region does not hide a wildcard resource.
 */
function resourcesOf(node: TSESTree.Node | undefined, scope: Scope): Item[] {
  return itemsOf(node, scope).map((item) => {
    if (item.value !== null) return item;
    const parts = getStringParts(item.node, scope);
    return parts ? { node: item.node, value: parts.map((part) => part ?? UNKNOWN_TEXT).join('') } : item;
  });
}

/** `'Allow'`/`'Deny'`, CDK's `iam.Effect.ALLOW`/`DENY`; anything else is unknown. */
function readEffect(node: TSESTree.Node | undefined, scope: Scope): Statement['effect'] {
  if (!node) return 'allow';
  const target = unwrapTypeScript(node);
  const text =
    target.type === AST_NODE_TYPES.MemberExpression ? staticMemberName(target) : getStaticString(target, scope);
  const effect = text?.toLowerCase();
  return effect === 'allow' ? 'allow' : effect === 'deny' ? 'deny' : 'unknown';
}

/** The effect of a statement object: a missing key means Allow only when no spread could have set it. */
function readEffectOf(object: OptionsObject, key: string, scope: Scope): Statement['effect'] {
  const property = object.get(key);
  if (property) return readEffect(property.value, scope);
  return object.closed ? 'allow' : 'unknown';
}

/** True unless the value is statically empty (`{}`, `[]`, `undefined`): an unknown value counts as a condition. */
function isNonEmpty(node: TSESTree.Node, scope: Scope): boolean {
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.ObjectExpression) return target.properties.length > 0;
  if (target.type === AST_NODE_TYPES.ArrayExpression) return target.elements.length > 0;
  const result = getStatic(target, scope);
  if (!result) return true;
  const value = result.value;
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value !== 'object' || Object.keys(value).length > 0;
}

function emptyStatement(effect: Statement['effect']): Statement {
  return {
    effect,
    actions: [],
    notAction: null,
    resources: [],
    notResource: null,
    publicPrincipals: [],
    hasPrincipal: false,
    hasCondition: false,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The three statement dialects

/** `{ Effect, Action, Resource, Principal, Condition, NotAction, NotResource }` of a JSON policy. */
function readJsonStatement(object: OptionsObject, scope: Scope, effectRequired: boolean): Statement {
  const effectProperty = object.get('Effect');
  const statement = emptyStatement(
    effectProperty ? readEffect(effectProperty.value, scope) : effectRequired || !object.closed ? 'unknown' : 'allow',
  );
  statement.actions = itemsOf(object.get('Action')?.value, scope);
  statement.resources = resourcesOf(object.get('Resource')?.value, scope);
  statement.notAction = object.get('NotAction')?.node ?? null;
  statement.notResource = object.get('NotResource')?.node ?? null;
  const condition = object.get('Condition');
  statement.hasCondition = condition !== undefined && isNonEmpty(condition.value, scope);
  const principal = object.get('Principal') ?? object.get('NotPrincipal');
  if (principal) {
    statement.hasPrincipal = true;
    if (principal.key === 'Principal') statement.publicPrincipals = jsonPublicPrincipals(principal.value, scope);
  }
  return statement;
}

/** `'*'`, `{ AWS: '*' }` and `{ AWS: ['*', ...] }`: the `*` nodes. */
function jsonPublicPrincipals(node: TSESTree.Node, scope: Scope): TSESTree.Node[] {
  const object = readOptionsObject(node, scope);
  if (!object) return itemsOf(node, scope).filter((item) => item.value === '*').map((item) => item.node);
  const aws = object.get('AWS');
  return aws ? itemsOf(aws.value, scope).filter((item) => item.value === '*').map((item) => item.node) : [];
}

/** Pulumi `getPolicyDocument` and CDKTF statements: `{ effect, actions, resources, principals: [{ type, identifiers }], conditions }`. */
function readTerraformStatement(object: OptionsObject, scope: Scope): Statement {
  const statement = emptyStatement(readEffectOf(object, 'effect', scope));
  statement.actions = itemsOf(object.get('actions')?.value, scope);
  statement.resources = resourcesOf(object.get('resources')?.value, scope);
  statement.notAction = object.get('notActions')?.node ?? null;
  statement.notResource = object.get('notResources')?.node ?? null;
  const condition = object.get('conditions') ?? object.get('condition');
  statement.hasCondition = condition !== undefined && isNonEmpty(condition.value, scope);
  const principals = object.get('principals') ?? object.get('notPrincipals');
  if (principals) {
    statement.hasPrincipal = true;
    const list = unwrapTypeScript(principals.value);
    if (principals.key === 'principals' && list.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of list.elements) {
        const entry = element && element.type !== AST_NODE_TYPES.SpreadElement ? readOptionsObject(element, scope) : null;
        const type = getStaticString(entry?.get('type')?.value, scope);
        if (type !== 'AWS' && type !== '*') continue;
        for (const item of itemsOf(entry?.get('identifiers')?.value, scope)) {
          if (item.value === '*') statement.publicPrincipals.push(item.node);
        }
      }
    }
  }
  return statement;
}

// ---------------------------------------------------------------------------------------------------------------

function flattenStatements(node: TSESTree.Node | undefined, scope: Scope): OptionsObject[] {
  if (!node) return [];
  const target = unwrapTypeScript(node);
  const elements: TSESTree.Node[] = [];
  if (target.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of target.elements) {
      if (element) elements.push(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element);
    }
  } else if (target.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(target, scope);
    if (init && unwrapTypeScript(init).type === AST_NODE_TYPES.ArrayExpression) return flattenStatements(init, scope);
    elements.push(target);
  } else {
    elements.push(target);
  }
  const objects: OptionsObject[] = [];
  for (const element of elements) {
    const unwrapped = unwrapTypeScript(element);
    if (unwrapped.type === AST_NODE_TYPES.Identifier) {
      const init = constInitializer(unwrapped, scope);
      if (init && unwrapTypeScript(init).type === AST_NODE_TYPES.ArrayExpression) {
        objects.push(...flattenStatements(init, scope));
        continue;
      }
    }
    const object = readOptionsObject(element, scope);
    if (object) objects.push(object);
  }
  return objects;
}

/** The key of the property whose value is `node` (through TypeScript wrappers and arrays), or `null`. */
function enclosingPropertyKey(node: TSESTree.Node): { key: string | null; property: TSESTree.Property } | null {
  let current: TSESTree.Node = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.ArrayExpression ||
      current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression)
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== current) return null;
  return { key: getPropertyKey(parent), property: parent };
}

/** True when a managed-policy value is only used as a permissions boundary, which limits a role instead of granting. */
function isBoundaryUse(node: TSESTree.Node, scope: Scope): boolean {
  const holder = enclosingPropertyKey(node);
  if (holder?.key && BOUNDARY_KEY.test(holder.key)) return true;
  const parent = node.parent;
  // `PermissionsBoundary.of(role).apply(policy)`
  if (
    parent?.type === AST_NODE_TYPES.CallExpression &&
    parent.callee.type === AST_NODE_TYPES.MemberExpression &&
    staticMemberName(parent.callee) === 'apply'
  ) {
    return true;
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = scope.set.get(parent.id.name) ?? findVariableUp(parent.id, scope);
    const reads = variable?.references.filter((reference) => reference.isRead()) ?? [];
    return reads.length > 0 && reads.every((reference) => isBoundaryUse(reference.identifier, scope));
  }
  return false;
}

function findVariableUp(identifier: TSESTree.Identifier, scope: Scope): TSESLint.Scope.Variable | null {
  for (let current: Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(identifier.name);
    if (variable?.identifiers.includes(identifier)) return variable;
  }
  return null;
}

export default createRule<Options, MessageIds>({
  name: 'no-wildcard-iam-policy',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow AWS IAM policies that grant every action, every resource, or access to anyone',
      recommended: 'recommended',
      principle: 'least-privilege',
      cwe: ['CWE-250', 'CWE-269', 'CWE-284', 'CWE-732'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Actions (such as `s3:*` or `iam:PassRole`) and AWS managed policy names (such as `PowerUserAccess`) the team accepts, compared case-insensitively.',
          },
          minimumLevel: MINIMUM_LEVEL_SCHEMA,
        },
      },
    ],
    messages: {
      fullAdministrator:
        '`{{action}}` on every resource is full administrator access to the AWS account; list the actions this code calls and the resources it uses instead.',
      allActions:
        '`{{action}}` allows every action of every AWS service on these resources, including changing their policies; list the actions this code calls instead.',
      serviceWildcard:
        '`{{action}}` allows every `{{service}}` action, so the holder {{grants}}; list the `{{service}}` actions this code calls instead.',
      allResources:
        '`{{resource}}` lets `{{action}}` act on every matching resource in the account; name the ARNs this code uses instead.',
      notAction:
        '`NotAction` with Allow grants every action except the listed ones, including actions AWS adds later; list the allowed actions in `Action` instead.',
      notResource:
        '`NotResource` with Allow grants access to every resource except the listed ones, including resources created later; list the allowed ARNs in `Resource` instead.',
      privilegeEscalation:
        '`{{action}}` on `{{resource}}` means the holder {{grants}}, a path to administrator access; name the exact ARNs or add a condition instead.',
      publicPrincipal:
        '{{principal}} lets anyone, in any AWS account or none, use this grant; name the accounts or roles that need it, or add a condition such as `aws:PrincipalOrgID` or `aws:SourceArn`.',
      publicBucket:
        '`grantPublicAccess()` lets anyone on the internet read this bucket\'s objects; serve them through CloudFront with origin access control or presigned URLs instead.',
      adminManagedPolicy:
        'The AWS managed policy `{{name}}` {{grants}}; attach a policy with only the actions and resources this role needs{{narrower}}.',
    },
    defaultOptions: [{ allow: [], minimumLevel: 'medium' }],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const allowed = new Set((options.allow ?? []).map((entry) => entry.toLowerCase()));
    const minimumLevel = options.minimumLevel ?? 'medium';
    const reported = new Set<TSESTree.Node>();
    /** Statement objects already evaluated (a const statement can be reached from two documents). */
    const seenStatements = new Set<TSESTree.Node>();
    /** Public principal constructions that belong to a CDK statement, judged with it. */
    const judgedPrincipals = new Set<TSESTree.Node>();
    /** `Statement` properties of object literals, judged at the end of the file. */
    const documentProperties: TSESTree.Property[] = [];

    function report(
      node: TSESTree.Node,
      level: IamLevel,
      messageId: MessageIds,
      data: Record<string, string> = {},
    ): void {
      if (!isAtLeast(level, minimumLevel) || reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data });
    }

    function isAllowed(value: string): boolean {
      return allowed.has(value.toLowerCase());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Judging a statement

    function evaluate(statement: Statement): void {
      if (statement.effect !== 'allow') return;
      const conditioned = statement.hasCondition;
      const resourcePolicy = statement.hasPrincipal;
      const adjust = (level: IamLevel): IamLevel => (conditioned ? lowerLevel(level) : level);
      const broad = statement.resources.filter((item) => item.value !== null && isBroadResource(item.value));
      const everyResource = broad.find((item) => item.value !== null && /^\*+$/u.test(item.value));

      let actionReported = false;
      for (const item of statement.actions) {
        const action = item.value;
        if (action === null || isAllowed(action)) continue;
        if (isAllActions(action)) {
          actionReported = true;
          if (everyResource && !resourcePolicy) report(item.node, adjust('critical'), 'fullAdministrator', { action });
          else report(item.node, adjust(resourcePolicy ? 'high' : 'critical'), 'allActions', { action });
          continue;
        }
        const service = serviceOfWildcard(action);
        if (service !== null) {
          // In a resource-based policy the wildcard only covers that one resource (KMS's default key policy).
          if (resourcePolicy) continue;
          actionReported = true;
          const sensitive = sensitiveService(service);
          report(item.node, adjust(sensitive?.level ?? 'medium'), 'serviceWildcard', {
            action,
            service,
            grants: sensitive?.grants ?? 'can do anything the service offers to every resource it reaches',
          });
          continue;
        }
        if (resourcePolicy || conditioned || broad.length === 0) continue;
        const escalation = escalationActionIn(action);
        const resource = broad[0];
        if (escalation && resource?.value) {
          actionReported = true;
          report(item.node, 'high', 'privilegeEscalation', {
            action,
            resource: messageLabel(resource.value.replaceAll(UNKNOWN_TEXT, '${…}')),
            grants: escalation.grants,
          });
        }
      }

      if (!actionReported && !resourcePolicy && broad.length > 0) {
        const unscoped = statement.actions.find(
          (item) => item.value !== null && !isAllowed(item.value) && needsResourceScope(item.value),
        );
        const resource = broad[0];
        if (unscoped?.value && resource?.value) {
          report(resource.node, adjust('medium'), 'allResources', {
            resource: messageLabel(resource.value.replaceAll(UNKNOWN_TEXT, '${…}')),
            action: unscoped.value,
          });
        }
      }

      if (statement.notAction) report(statement.notAction, adjust('high'), 'notAction');
      if (statement.notResource) report(statement.notResource, adjust('high'), 'notResource');
      if (!conditioned) {
        for (const principal of statement.publicPrincipals) {
          report(principal, 'high', 'publicPrincipal', { principal: principalLabel(principal) });
        }
      }
    }

    function principalLabel(node: TSESTree.Node): string {
      if (node.type === AST_NODE_TYPES.NewExpression) return `\`${messageLabel(sourceCode.getText(node))}\``;
      if (node.type === AST_NODE_TYPES.Identifier && node.parent.type === AST_NODE_TYPES.MemberExpression) {
        return `\`${node.name}()\``;
      }
      return 'The principal `*`';
    }

    function evaluateJsonStatement(object: OptionsObject, scope: Scope, effectRequired: boolean): void {
      const first = object.objects[0];
      if (!first || seenStatements.has(first)) return;
      seenStatements.add(first);
      evaluate(readJsonStatement(object, scope, effectRequired));
    }

    function evaluateDocument(statementValue: TSESTree.Node, scope: Scope, confirmed: boolean): void {
      for (const object of flattenStatements(statementValue, scope)) {
        // Without a policy version or a known consumer, only statements that spell out their Effect are read.
        evaluateJsonStatement(object, scope, !confirmed);
      }
    }

    // -------------------------------------------------------------------------------------------------------------
    // CDK

    function isPublicPrincipal(node: TSESTree.Node, scope: Scope, publicNodes: ReadonlySet<TSESTree.Node>): TSESTree.Node | null {
      const target = unwrapTypeScript(node);
      if (publicNodes.has(target)) return target;
      if (target.type === AST_NODE_TYPES.Identifier) {
        const init = constInitializer(target, scope);
        if (init && publicNodes.has(unwrapTypeScript(init))) return unwrapTypeScript(init);
      }
      return null;
    }

    function evaluateCdkStatement(construction: TSESTree.NewExpression, publicNodes: ReadonlySet<TSESTree.Node>): void {
      const scope = sourceCode.getScope(construction);
      const props = readOptionsObject(construction.arguments[0], scope);
      if (construction.arguments.length > 0 && !props) return;
      const statement = emptyStatement(props ? readEffectOf(props, 'effect', scope) : 'allow');
      if (props) {
        statement.actions = itemsOf(props.get('actions')?.value, scope);
        statement.resources = resourcesOf(props.get('resources')?.value, scope);
        statement.notAction = props.get('notActions')?.node ?? null;
        statement.notResource = props.get('notResources')?.node ?? null;
        const conditions = props.get('conditions');
        statement.hasCondition = conditions !== undefined && isNonEmpty(conditions.value, scope);
        const principals = props.get('principals');
        if (principals) {
          statement.hasPrincipal = true;
          const list = unwrapTypeScript(principals.value);
          const elements = list.type === AST_NODE_TYPES.ArrayExpression ? list.elements : [];
          for (const element of elements) {
            if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
            const principal = isPublicPrincipal(element, scope, publicNodes);
            if (principal) {
              judgedPrincipals.add(principal);
              statement.publicPrincipals.push(principal);
            }
          }
        }
      }
      readCdkMethodCalls(construction, scope, statement, publicNodes);
      evaluate(statement);
    }

    /** `statement.addActions(...)`, `.addAllResources()`, `.addCondition(...)` and friends on the variable holding it. */
    function readCdkMethodCalls(
      construction: TSESTree.NewExpression,
      scope: Scope,
      statement: Statement,
      publicNodes: ReadonlySet<TSESTree.Node>,
    ): void {
      const declarator = construction.parent;
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return;
      const variable = findVariableUp(declarator.id, sourceCode.getScope(declarator));
      if (!variable) return;
      for (const reference of variable.references) {
        const member = reference.identifier.parent;
        if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
        const call = member.parent;
        if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
        const method = staticMemberName(member);
        if (method === null) continue;
        const args = call.arguments;
        switch (method) {
          case 'addActions':
            for (const argument of args) collectItems(argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument, scope, statement.actions);
            break;
          case 'addResources':
            for (const argument of args) statement.resources.push(...resourcesOf(argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument, scope));
            break;
          case 'addAllResources':
            statement.resources.push({ node: member.property, value: '*' });
            break;
          case 'addNotActions':
            statement.notAction = member.property;
            break;
          case 'addNotResources':
            statement.notResource = member.property;
            break;
          case 'addAnyPrincipal':
            statement.hasPrincipal = true;
            statement.publicPrincipals.push(member.property);
            break;
          case 'addArnPrincipal': {
            statement.hasPrincipal = true;
            const [arn] = args;
            if (arn && getStaticString(arn, scope) === '*') statement.publicPrincipals.push(arn);
            break;
          }
          case 'addPrincipals':
            statement.hasPrincipal = true;
            for (const argument of args) {
              const principal = argument.type === AST_NODE_TYPES.SpreadElement ? null : isPublicPrincipal(argument, scope, publicNodes);
              if (principal) {
                judgedPrincipals.add(principal);
                statement.publicPrincipals.push(principal);
              }
            }
            break;
          default:
            if (CONDITION_METHODS.has(method)) statement.hasCondition = true;
            else if (NAMED_PRINCIPAL_METHODS.has(method)) statement.hasPrincipal = true;
        }
      }
    }

    /** True when a use of a public principal is restricted: `.withConditions()`, `PrincipalWithConditions`, `sourceArn`. */
    function isRestrictedUse(node: TSESTree.Node): boolean {
      const parent = node.parent;
      if (!parent) return false;
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node && staticMemberName(parent) === 'withConditions') return true;
      if (parent.type === AST_NODE_TYPES.NewExpression && parent.callee !== node) return true;
      const holder = enclosingPropertyKey(node);
      const siblings = holder?.property.parent;
      return (
        siblings?.type === AST_NODE_TYPES.ObjectExpression &&
        siblings.properties.some(
          (property) => property.type === AST_NODE_TYPES.Property && PRINCIPAL_RESTRICTIONS.has(getPropertyKey(property) ?? ''),
        )
      );
    }

    /** A public principal outside any statement: `assumedBy: new AnyPrincipal()`, `bucket.grantRead(new AnyPrincipal())`. */
    function checkLoosePrincipal(construction: TSESTree.NewExpression): void {
      if (judgedPrincipals.has(construction)) return;
      const parent = construction.parent;
      if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
        // Held in a variable: judged by its uses, and reported once at the construction.
        const variable = findVariableUp(parent.id, sourceCode.getScope(parent));
        const reads = variable?.references.filter((reference) => reference.isRead()) ?? [];
        if (reads.length === 0 || reads.every((reference) => isRestrictedUse(reference.identifier))) return;
      } else if (isRestrictedUse(construction)) {
        return;
      }
      report(construction, 'high', 'publicPrincipal', { principal: principalLabel(construction) });
    }

    function checkCdk(): void {
      const publicNodes = new Set<TSESTree.Node>();
      for (const reference of getApiReferences(context, CDK_PUBLIC_PRINCIPAL_APIS)) {
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.NewExpression) continue;
        if (reference.api.path.at(-1) === 'ArnPrincipal' && getStaticString(node.arguments[0], sourceCode.getScope(node)) !== '*') continue;
        publicNodes.add(node);
      }
      for (const reference of getApiReferences(context, CDK_STATEMENT_APIS)) {
        if (reference.node.type === AST_NODE_TYPES.NewExpression) evaluateCdkStatement(reference.node, publicNodes);
      }
      for (const reference of getApiReferences(context, CDK_STATEMENT_JSON_APIS)) {
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.CallExpression) continue;
        const scope = sourceCode.getScope(node);
        const object = readOptionsObject(node.arguments[0], scope);
        if (object) evaluateJsonStatement(object, scope, false);
      }
      for (const reference of getApiReferences(context, CDK_DOCUMENT_JSON_APIS)) {
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.CallExpression) continue;
        const scope = sourceCode.getScope(node);
        const statements = readOptionsObject(node.arguments[0], scope)?.get('Statement');
        if (statements) evaluateDocument(statements.value, scope, true);
      }
      for (const node of publicNodes) {
        if (node.type === AST_NODE_TYPES.NewExpression) checkLoosePrincipal(node);
      }
      for (const reference of getApiReferences(context, CDK_MANAGED_POLICY_APIS)) {
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.CallExpression) continue;
        const byName = reference.api.path.at(-1) === 'fromAwsManagedPolicyName';
        const argument = node.arguments[byName ? 0 : 2];
        const value = getStaticString(argument, sourceCode.getScope(node));
        if (!argument || value === null) continue;
        const name = byName ? managedPolicyName(value) : awsManagedPolicyNameFromArn(value);
        if (name !== null && !isBoundaryUse(node, sourceCode.getScope(node))) reportManagedPolicy(argument, name);
      }
    }

    function reportManagedPolicy(node: TSESTree.Node, name: string): void {
      if (isAllowed(name)) return;
      const risk = managedPolicyRisk(name);
      if (!risk) return;
      report(node, risk.level, 'adminManagedPolicy', {
        name,
        grants: risk.grants,
        narrower: risk.narrower ? `, or \`${risk.narrower}\` if it only reads` : '',
      });
    }

    // -------------------------------------------------------------------------------------------------------------
    // Pulumi and CDKTF

    function checkTerraformDocuments(): void {
      for (const reference of getApiReferences(context, TERRAFORM_DOCUMENT_APIS)) {
        const node = reference.node;
        if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
        const scope = sourceCode.getScope(node);
        const args = readOptionsObject(node.arguments[node.type === AST_NODE_TYPES.NewExpression ? 2 : 0], scope);
        const statements = args?.get('statements') ?? args?.get('statement');
        if (!statements) continue;
        for (const object of flattenStatements(statements.value, scope)) {
          const first = object.objects[0];
          if (!first || seenStatements.has(first)) continue;
          seenStatements.add(first);
          evaluate(readTerraformStatement(object, scope));
        }
      }
      for (const reference of getApiReferences(context, PULUMI_MANAGED_POLICY_ENUM)) {
        const member = reference.node.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.node) continue;
        const key = staticMemberName(member);
        const name = key === null ? null : managedPolicyByKey(key);
        if (name !== null && !isBoundaryUse(member, sourceCode.getScope(member))) reportManagedPolicy(member, name);
      }
    }

    // CDK's `bucket.grantPublicAccess()` (a plain listener: ESLint would match an attribute selector with esquery).
    function onCall(node: TSESTree.CallExpression): void {
      const callee = node.callee;
      if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.name === GRANT_PUBLIC_ACCESS) {
        report(callee.property, 'high', 'publicBucket');
      }
    }

    const listeners: TSESLint.RuleListener = {
      // A JSON policy document anywhere: `{ Version: '2012-10-17', Statement: [...] }`.
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        const key = node.computed
          ? getPropertyKey(node, sourceCode.getScope(node))
          : node.key.type === AST_NODE_TYPES.Identifier
            ? node.key.name
            : getPropertyKey(node);
        if (key === 'Statement' || (key !== null && SERVERLESS_STATEMENT_KEYS.has(key))) {
          documentProperties.push(node);
        } else if (key !== null && POLICY_ARN_LENGTHS.has(key.length) && POLICY_ARN_KEYS.has(key.toLowerCase())) {
          const scope = sourceCode.getScope(node);
          for (const item of itemsOf(node.value, scope)) {
            const name = item.value === null ? null : awsManagedPolicyNameFromArn(item.value);
            if (name !== null) reportManagedPolicy(item.node, name);
          }
        }
      },

      'Program:exit'() {
        // Documents handed to `PolicyDocument.fromJson` first: there a statement without an Effect is an Allow.
        if (mentionsApiModule(context, TRACKED_APIS)) {
          checkCdk();
          checkTerraformDocuments();
        }
        for (const property of documentProperties) {
          const scope = sourceCode.getScope(property);
          const document = readOptionsObject(property.parent, scope);
          const version = getStaticString(document?.get('Version')?.value, scope);
          evaluateDocument(property.value, scope, version !== null && POLICY_VERSIONS.has(version));
        }
      },
    };
    // File gates. A JSON policy is found by its keys (a constant's literal is in the text too, and an escape could spell
    // any key, so a file with one keeps every listener): a key that can make a finding and a statement list, or a
    // managed-policy key with an ARN. CDK, Pulumi and CDKTF need their module.
    const escapes = textMayHoldEscape(sourceCode);
    const statements =
      escapes || (STATEMENT_FINDING_KEYS.some((key) => textHolds(sourceCode, key)) && textHolds(sourceCode, STATEMENT_KEY_PIECE));
    const policyArns = escapes || (textHolds(sourceCode, MANAGED_POLICY_ARN_PIECE) && POLICY_ARN_KEY.test(sourceCode.text));
    if (!statements && !policyArns) delete listeners.Property;
    if (!statements && !mentionsApiModule(context, TRACKED_APIS)) delete listeners['Program:exit'];
    // `grantPublicAccess` is read as written: a file that cannot spell it has no such call.
    if (escapes || textHolds(sourceCode, GRANT_PUBLIC_ACCESS)) {
      listeners.CallExpression = onCall;
    }
    return listeners;
  },
});
