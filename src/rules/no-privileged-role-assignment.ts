import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  AUTHORIZATION_WRITE_OPERATIONS,
  UNKNOWN_PART,
  actionCovers,
  azureScopeLevel,
  findAzureRoleById,
  findAzureRoleByName,
  type AzureRole,
  type AzureScopeLevel,
} from '../catalogues/azure-roles';
import {
  PUBLIC_CONTENT_ROLES,
  PUBLIC_ENDPOINT_ROLES,
  findGcpRole,
  findPublicMember,
  gcpResourceLevel,
  type GcpResourceLevel,
} from '../catalogues/gcp-roles';
import {
  ANONYMOUS_SUBJECTS,
  ESCALATION_VERBS,
  PRIVILEGED_CLUSTER_ROLES,
  PUBLIC_DISCOVERY_ROLES,
  RBAC_API_GROUP,
  RBAC_KINDS,
  READ_VERBS,
  SENSITIVE_RESOURCES,
  WILDCARD,
  type RbacKind,
} from '../catalogues/kubernetes-rbac';
import { AST_NODE_TYPES, unwrapTypeScript } from '../utils/ast';
import { createRule } from '../utils/create-rule';
import { calleeName } from '../utils/expressions';
import { getModuleImports, type ModuleList } from '../utils/module-imports';
import { getApiCalls, mentionsApiModule, type ApiSet, type ApiSpec } from '../utils/module-tracker';
import { readOptionsObject, type OptionsObject } from '../utils/options-object';
import { constInitializer, getStaticString } from '../utils/static-value';
import { getStringParts } from '../utils/string-parts';
import { textHolds, textMayHoldEscape } from '../utils/text-gate';
import { isAtLeast, MINIMUM_LEVEL_SCHEMA, type PrivilegeLevel } from '../catalogues/privilege-levels';

export type Level = PrivilegeLevel;

export type Options = [
  {
    /** Role names, role-definition GUIDs, GCP roles or members, Kubernetes role names or verbs the team accepts. */
    allow?: string[];
    /** The least severe finding to report. */
    minimumLevel?: Level;
  },
];

export type MessageIds =
  | 'privilegedAzureRole'
  | 'customRoleWildcard'
  | 'customRoleGrantsAccess'
  | 'customRoleAssignableEverywhere'
  | 'privilegedGcpRole'
  | 'publicGcpMember'
  | 'publicStorageObject'
  | 'kubernetesWildcard'
  | 'kubernetesEscalationVerb'
  | 'kubernetesSecretsRead'
  | 'kubernetesPrivilegedBinding'
  | 'kubernetesAnonymousSubject';

type Scope = TSESLint.Scope.Scope;

const AZURE_SCOPE_LABELS: Readonly<Record<AzureScopeLevel, string>> = {
  root: 'the tenant root scope `/`',
  'management-group': 'management-group scope',
  subscription: 'subscription scope',
  'resource-group': 'resource-group scope',
  resource: 'resource scope',
};

const GCP_LEVEL_LABELS: Readonly<Record<GcpResourceLevel, string>> = {
  organization: 'organization level',
  folder: 'folder level',
  project: 'project level',
  resource: 'resource level',
};

const ROLE_ASSIGNMENTS_SEGMENT = '/providers/microsoft.authorization/roleassignments/';

/** Module lists and API sets: declared once, they are the toolkit's cache keys. */
const AZURE_AUTHORIZATION_MODULES: ModuleList = ['@azure/arm-authorization'];
const KUBERNETES_CLIENT_MODULES: ModuleList = ['@kubernetes/client-node'];
const GCS_MODULES: ModuleList = ['@google-cloud/storage', 'firebase-admin', 'firebase-admin/storage'];

interface GcpLevelApi extends ApiSpec {
  readonly level: GcpResourceLevel;
}
interface KubernetesApi extends ApiSpec {
  readonly rbacKind: RbacKind;
}

function pulumiGcp(collection: string, level: GcpResourceLevel): GcpLevelApi[] {
  return ['IAMMember', 'IAMBinding'].flatMap((name) => [
    { module: '@pulumi/gcp', path: [collection, name], kinds: ['construct'], level },
    { module: `@pulumi/gcp/${collection}`, path: [name], kinds: ['construct'], level },
  ]);
}

/** Pulumi resources and Resource Manager clients whose bindings land on a project, folder or organization. */
const GCP_LEVEL_APIS: readonly GcpLevelApi[] = [
  ...pulumiGcp('projects', 'project'),
  ...pulumiGcp('folder', 'folder'),
  ...pulumiGcp('organizations', 'organization'),
  ...(
    [
      ['ProjectsClient', 'project'],
      ['FoldersClient', 'folder'],
      ['OrganizationsClient', 'organization'],
    ] as const
  ).flatMap(([client, level]): GcpLevelApi[] => [
    { module: '@google-cloud/resource-manager', path: [client], kinds: ['construct'], instanceMethods: ['setIamPolicy'], level },
    { module: '@google-cloud/resource-manager', path: ['v3', client], kinds: ['construct'], instanceMethods: ['setIamPolicy'], level },
  ]),
];

const KUBERNETES_APIS: readonly KubernetesApi[] = (['ClusterRole', 'Role', 'ClusterRoleBinding', 'RoleBinding'] as const).flatMap(
  (rbacKind): KubernetesApi[] => [
    { module: '@pulumi/kubernetes', path: ['rbac', 'v1', rbacKind], kinds: ['construct'], rbacKind },
    { module: '@pulumi/kubernetes/rbac/v1', path: [rbacKind], kinds: ['construct'], rbacKind },
  ],
);

interface AzureApi extends ApiSpec {
  readonly azure: 'assignment' | 'definition';
}

function azureApis(azure: AzureApi['azure'], paths: readonly (readonly [string, readonly string[]])[]): AzureApi[] {
  return paths.map(([module, path]) => ({ module, path, kinds: ['construct'], azure }));
}

/** Azure role assignments and custom roles of Pulumi and CDKTF (their options may be built with spreads). */
const AZURE_APIS: readonly AzureApi[] = [
  ...azureApis('assignment', [
    ['@pulumi/azure', ['authorization', 'Assignment']],
    ['@pulumi/azure/authorization', ['Assignment']],
    ['@pulumi/azure-native', ['authorization', 'RoleAssignment']],
    ['@pulumi/azure-native/authorization', ['RoleAssignment']],
    ['@cdktf/provider-azurerm', ['roleAssignment', 'RoleAssignment']],
    ['@cdktf/provider-azurerm/lib/role-assignment', ['RoleAssignment']],
  ]),
  ...azureApis('definition', [
    ['@pulumi/azure', ['authorization', 'RoleDefinition']],
    ['@pulumi/azure/authorization', ['RoleDefinition']],
    ['@pulumi/azure-native', ['authorization', 'RoleDefinition']],
    ['@pulumi/azure-native/authorization', ['RoleDefinition']],
    ['@cdktf/provider-azurerm', ['roleDefinition', 'RoleDefinition']],
    ['@cdktf/provider-azurerm/lib/role-definition', ['RoleDefinition']],
  ]),
];

const TRACKED_APIS: ApiSet = [...GCP_LEVEL_APIS, ...KUBERNETES_APIS, ...AZURE_APIS];

/** `@kubernetes/client-node` `RbacAuthorizationV1Api` methods and the kind of body each one takes. */
const KUBERNETES_CLIENT_METHODS: ReadonlyMap<string, RbacKind> = new Map([
  ['createClusterRole', 'ClusterRole'],
  ['replaceClusterRole', 'ClusterRole'],
  ['createNamespacedRole', 'Role'],
  ['replaceNamespacedRole', 'Role'],
  ['createClusterRoleBinding', 'ClusterRoleBinding'],
  ['replaceClusterRoleBinding', 'ClusterRoleBinding'],
  ['createNamespacedRoleBinding', 'RoleBinding'],
  ['replaceNamespacedRoleBinding', 'RoleBinding'],
]);

/** cdk8s generated classes (`./imports/k8s`), constructed as `new KubeClusterRole(scope, id, props)`. */
const CDK8S_CLASSES: ReadonlyMap<string, RbacKind> = new Map([
  ['KubeClusterRole', 'ClusterRole'],
  ['KubeRole', 'Role'],
  ['KubeClusterRoleBinding', 'ClusterRoleBinding'],
  ['KubeRoleBinding', 'RoleBinding'],
]);

const CALL_METHODS: ReadonlySet<string> = new Set([
  'create',
  'createById',
  'createOrUpdate',
  'setIamPolicy',
  'setPolicy',
  'makePublic',
  ...KUBERNETES_CLIENT_METHODS.keys(),
]);

/**
 * The file gate's names for the calls: the two GCP methods that need no import, and the modules without which
 * `checkCall` reads no other call (`getModuleImports` finds only modules the text names verbatim).
 */
const POLICY_METHODS: readonly string[] = ['setIamPolicy', 'setPolicy'];
const CALL_MODULES: readonly string[] = [...AZURE_AUTHORIZATION_MODULES, ...KUBERNETES_CLIENT_MODULES, ...GCS_MODULES];
/** Pieces of the cdk8s class names: `KubeRole` is in `KubeRoleBinding`, `KubeClusterRole` in `KubeClusterRoleBinding`. */
const CDK8S_PIECES: readonly string[] = ['KubeRole', 'KubeClusterRole'];
/** The start of every GCP role id of the catalogue, which a binding found by its shape must name to be reported. */
const GCP_ROLE_PREFIX = 'roles/';

type CandidateKind = 'azureAssignment' | 'azureCustomRole' | 'gcpBinding' | 'kubernetesManifest';

interface Candidate {
  readonly kind: CandidateKind;
  readonly node: TSESTree.ObjectExpression;
}

interface Finding {
  readonly node: TSESTree.Node;
  readonly messageId: MessageIds;
  readonly data: Record<string, string>;
  readonly level: Level;
  /** Values an `allow` entry can name to accept this finding. */
  readonly keys: readonly string[];
}

interface StringElement {
  readonly value: string;
  readonly node: TSESTree.Node;
}

/** The static key names of an object literal's own properties: the cheap first test of a shape. */
function ownKeys(object: TSESTree.ObjectExpression): Set<string> {
  const keys = new Set<string>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    if (property.key.type === AST_NODE_TYPES.Identifier) keys.add(property.key.name);
    else if (typeof property.key.value === 'string') keys.add(property.key.value);
  }
  return keys;
}

/** Keys one of which every candidate object has (see `candidateKind`). */
const CANDIDATE_KEYS: ReadonlySet<string> = new Set(['principalId', 'permissions', 'role', 'kind']);

/** Whether a property has one of `CANDIDATE_KEYS`, written as a name or a string (as `ownKeys` reads it). */
function hasCandidateKey(property: TSESTree.ObjectLiteralElement): boolean {
  if (property.type !== AST_NODE_TYPES.Property || property.computed) return false;
  const key = property.key;
  return key.type === AST_NODE_TYPES.Identifier ? CANDIDATE_KEYS.has(key.name) : typeof key.value === 'string' && CANDIDATE_KEYS.has(key.value);
}

function candidateKind(keys: ReadonlySet<string>): CandidateKind | null {
  if (keys.has('principalId') && (keys.has('roleDefinitionId') || keys.has('roleDefinitionName'))) return 'azureAssignment';
  if (keys.has('permissions') && (keys.has('assignableScopes') || keys.has('roleName'))) return 'azureCustomRole';
  if (keys.has('role') && (keys.has('members') || keys.has('member'))) return 'gcpBinding';
  if (keys.has('kind') && (keys.has('rules') || keys.has('roleRef') || keys.has('subjects'))) return 'kubernetesManifest';
  return null;
}

/** The array literal behind `node`: the literal itself or a `const` bound to one. */
function resolveArray(node: TSESTree.Node | null | undefined, scope: Scope, depth = 0): TSESTree.ArrayExpression | null {
  if (!node || depth > 4) return null;
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.ArrayExpression) return target;
  if (target.type === AST_NODE_TYPES.Identifier) return resolveArray(constInitializer(target, scope), scope, depth + 1);
  return null;
}

/** The static strings of an array (following `const` arrays and their spreads); unknown elements are skipped. */
function stringElements(node: TSESTree.Node | null | undefined, scope: Scope, depth = 0): StringElement[] {
  const array = resolveArray(node, scope);
  if (!array || depth > 4) return [];
  const found: StringElement[] = [];
  for (const element of array.elements) {
    if (!element) continue;
    if (element.type === AST_NODE_TYPES.SpreadElement) {
      found.push(...stringElements(element.argument, scope, depth + 1));
      continue;
    }
    const value = getStaticString(element, scope);
    if (value !== null) found.push({ value, node: element });
  }
  return found;
}

/** The option objects in an array of objects (each a literal or a `const`). */
function objectElements(node: TSESTree.Node | null | undefined, scope: Scope): OptionsObject[] {
  const array = resolveArray(node, scope);
  if (!array) return [];
  const found: OptionsObject[] = [];
  for (const element of array.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
    const object = readOptionsObject(element, scope);
    if (object) found.push(object);
  }
  return found;
}

/**
 * The text of a string expression with `UNKNOWN_PART` for the pieces known only at run time; `null` when none of it
 * is known. Reads Pulumi's `pulumi.interpolate` tagged templates like plain templates.
 */
function partialText(node: TSESTree.Node | null | undefined, scope: Scope): string | null {
  if (!node) return null;
  const target = unwrapTypeScript(node);
  if (target.type === AST_NODE_TYPES.TaggedTemplateExpression && calleeName(target.tag) === 'interpolate') {
    const texts = target.quasi.quasis.map((quasi) => quasi.value.cooked);
    if (texts.some((text) => text === null)) return null;
    return texts.join(UNKNOWN_PART);
  }
  const parts = getStringParts(target, scope);
  return parts ? parts.map((part) => part ?? UNKNOWN_PART).join('') : null;
}

function staticValueOf(object: OptionsObject | null | undefined, key: string, scope: Scope): StringElement | null {
  const property = object?.get(key);
  if (!property) return null;
  const value = getStaticString(property.value, scope);
  return value === null ? null : { value, node: property.value };
}

function nestedObject(object: OptionsObject | null | undefined, key: string, scope: Scope): OptionsObject | null {
  const property = object?.get(key);
  return property ? readOptionsObject(property.value, scope) : null;
}

function azureLevel(role: AzureRole, scope: AzureScopeLevel | null): Level | null {
  if (role.roleClass === 'access-admin') {
    if (scope === null) return 'high';
    return scope === 'resource' ? 'low' : scope === 'resource-group' ? 'high' : 'critical';
  }
  if (role.roleClass === 'write') {
    if (scope === null) return null;
    return scope === 'resource' ? 'low' : scope === 'resource-group' ? 'medium' : 'high';
  }
  return null;
}

function quotedList(names: readonly string[] | undefined, fallback: string): string {
  return names && names.length > 0 ? `a narrower role such as ${names.map((name) => `\`${name}\``).join(', ')}` : fallback;
}

function isBroadGcpLevel(level: GcpResourceLevel | null): boolean {
  return level === 'project' || level === 'folder' || level === 'organization';
}

function lower(value: string): string {
  return value.toLowerCase();
}

export default createRule<Options, MessageIds>({
  name: 'no-privileged-role-assignment',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow privileged cloud and Kubernetes role assignments at broad scope, wildcard custom roles and public or anonymous members',
      recommended: 'recommended',
      principle: 'least-privilege',
      cwe: ['CWE-250', 'CWE-269', 'CWE-284'],
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
              'Values the team accepts, compared case-insensitively: Azure role names or role-definition GUIDs, custom-role actions or names, GCP roles or members, Kubernetes role names, verbs or resources.',
          },
          minimumLevel: MINIMUM_LEVEL_SCHEMA,
        },
      },
    ],
    messages: {
      privilegedAzureRole:
        '`{{role}}` at {{scope}} {{grants}}; assign {{narrower}} at the narrowest scope that does the job.',
      customRoleWildcard:
        '`{{action}}` in this custom role\'s {{field}} {{grants}}; list the specific operations the identity performs.',
      customRoleGrantsAccess:
        '`{{action}}` lets holders of this custom role create role assignments or definitions, so they can grant themselves any access; leave access management to a separate, audited role.',
      customRoleAssignableEverywhere:
        '`assignableScopes` containing `/` lets this custom role be assigned anywhere in the tenant; list only the subscriptions or resource groups that need it.',
      privilegedGcpRole:
        '`{{role}}` at {{level}} {{grants}}; grant {{narrower}} on the specific resources it needs instead.',
      publicGcpMember:
        '`{{member}}` grants `{{role}}` to {{audience}}; grant it to specific principals instead.',
      publicStorageObject:
        '`makePublic()` lets anyone on the internet read this content without signing in; serve it through signed URLs or a deliberately public bucket.',
      kubernetesWildcard:
        '`*` in {{field}} lets this {{kind}} {{grants}}; list the exact {{field}} it needs.',
      kubernetesEscalationVerb: 'The `{{verb}}` verb {{grants}}; drop it, or limit it with `resourceNames` to the roles or subjects it must handle.',
      kubernetesSecretsRead:
        '`{{verb}}` on `secrets` in a ClusterRole lets it read {{what}}; use a namespaced Role with `resourceNames` for the secrets it needs.',
      kubernetesPrivilegedBinding:
        'Binding `{{role}}` {{where}} {{grants}}; bind a Role with only the verbs and resources the subjects need.',
      kubernetesAnonymousSubject:
        'Binding to `{{subject}}` grants `{{role}}` to {{who}}; bind specific users, groups or service accounts instead.',
    },
    defaultOptions: [{ allow: [], minimumLevel: 'medium' }],
  },
  create(context, [{ allow = [], minimumLevel = 'medium' }]) {
    const sourceCode = context.sourceCode;
    const allowed: ReadonlySet<string> = new Set(allow.map(lower));
    const candidates: Candidate[] = [];
    const calls: (TSESTree.CallExpression & { callee: TSESTree.MemberExpression })[] = [];
    const constructions: { node: TSESTree.NewExpression; rbacKind: RbacKind }[] = [];
    const handled = new Set<TSESTree.ObjectExpression>();
    const reported = new Set<TSESTree.Node>();

    function report(finding: Finding): void {
      if (!isAtLeast(finding.level, minimumLevel) || reported.has(finding.node)) return;
      if (finding.keys.some((key) => allowed.has(lower(key)))) return;
      reported.add(finding.node);
      context.report({ node: finding.node, messageId: finding.messageId, data: finding.data });
    }

    /** Marks an options object as read, so the shape pass does not read it again without its context. */
    function claim(object: OptionsObject): boolean {
      const [outermost] = object.objects;
      if (!outermost || handled.has(outermost)) return false;
      for (const literal of object.objects) handled.add(literal);
      return true;
    }

    // ---- Azure ----------------------------------------------------------------------------------------------

    function checkAzureAssignment(object: OptionsObject, scope: Scope, scopeText: string | null | undefined): void {
      const text = scopeText === undefined ? partialText(object.get('scope')?.value, scope) : scopeText;
      const level = text === null ? null : azureScopeLevel(text);
      const byName = staticValueOf(object, 'roleDefinitionName', scope);
      const idProperty = object.get('roleDefinitionId');
      const idText = idProperty ? partialText(idProperty.value, scope) : null;
      const role = byName ? findAzureRoleByName(byName.value) : idText === null ? null : findAzureRoleById(idText);
      const node = byName?.node ?? idProperty?.value;
      if (!role || !node) return;
      const severity = azureLevel(role, level);
      if (!severity) return;
      report({
        node,
        messageId: 'privilegedAzureRole',
        level: severity,
        keys: [role.name, role.id],
        data: {
          role: role.name,
          scope: level ? AZURE_SCOPE_LABELS[level] : 'a scope known only at run time',
          grants: role.grants,
          narrower: quotedList(role.narrower, 'a narrower role'),
        },
      });
    }

    function checkAzureCustomRole(object: OptionsObject, scope: Scope): void {
      const roleName = staticValueOf(object, 'roleName', scope)?.value ?? staticValueOf(object, 'name', scope)?.value;
      const nameKeys = roleName ? [roleName] : [];
      for (const permission of objectElements(object.get('permissions')?.value, scope)) {
        const actions = stringElements(permission.get('actions')?.value, scope);
        const notActions = stringElements(permission.get('notActions')?.value, scope).map((entry) => entry.value);
        const excluded = (operation: string): boolean => notActions.some((pattern) => actionCovers(pattern, operation));
        const wildcard = actions.find((entry) => entry.value.trim() === WILDCARD);
        if (wildcard) {
          const keepsAccessManagement = AUTHORIZATION_WRITE_OPERATIONS.some((operation) => !excluded(operation));
          report({
            node: wildcard.node,
            messageId: 'customRoleWildcard',
            level: keepsAccessManagement ? 'critical' : 'high',
            keys: [WILDCARD, ...nameKeys],
            data: {
              action: WILDCARD,
              field: '`actions`',
              grants: keepsAccessManagement
                ? 'allows every management operation, granting access included, as much as Owner'
                : 'allows every management operation on every resource, as much as Contributor',
            },
          });
        } else {
          const granting = actions.find((entry) =>
            AUTHORIZATION_WRITE_OPERATIONS.some((operation) => actionCovers(entry.value.trim(), operation) && !excluded(operation)),
          );
          if (granting) {
            report({
              node: granting.node,
              messageId: 'customRoleGrantsAccess',
              level: 'high',
              keys: [granting.value, ...nameKeys],
              data: { action: granting.value },
            });
          }
        }
        const dataWildcard = stringElements(permission.get('dataActions')?.value, scope).find((entry) => entry.value.trim() === WILDCARD);
        if (dataWildcard) {
          report({
            node: dataWildcard.node,
            messageId: 'customRoleWildcard',
            level: 'high',
            keys: [WILDCARD, ...nameKeys],
            data: {
              action: WILDCARD,
              field: '`dataActions`',
              grants: 'allows every data operation: reading and changing every blob, secret, key and message in scope',
            },
          });
        }
      }
      const root = stringElements(object.get('assignableScopes')?.value, scope).find((entry) => entry.value.trim() === '/');
      if (root) {
        report({ node: root.node, messageId: 'customRoleAssignableEverywhere', level: 'medium', keys: ['/', ...nameKeys], data: {} });
      }
    }

    // ---- Google Cloud ---------------------------------------------------------------------------------------

    function checkGcpBinding(object: OptionsObject, scope: Scope, known: GcpResourceLevel | null): void {
      const roleValue = staticValueOf(object, 'role', scope);
      const entry = roleValue ? findGcpRole(roleValue.value) : null;
      const level = known ?? (entry?.broadOnly === true ? 'project' : null);
      if (roleValue && entry) {
        let severity: Level | null = null;
        if (entry.roleClass === 'admin') severity = isBroadGcpLevel(level) ? 'critical' : level === null ? 'high' : null;
        else if (isBroadGcpLevel(level)) severity = entry.roleClass === 'write' ? 'high' : 'low';
        if (severity) {
          report({
            node: roleValue.node,
            messageId: 'privilegedGcpRole',
            level: severity,
            keys: [entry.role],
            data: {
              role: entry.role,
              level: known ? GCP_LEVEL_LABELS[known] : level ? 'project, folder or organization level' : 'an unresolved level',
              grants: entry.grants,
              narrower: quotedList(entry.narrower, 'a predefined role'),
            },
          });
        }
      }
      // Outside a known IAM call, only a binding whose role reads as a GCP role id is a GCP binding.
      const gcpRoleId = roleValue !== null && (roleValue.value.startsWith('roles/') || roleValue.value.includes('/roles/'));
      if (known === null && !gcpRoleId) return;
      const members = [...stringElements(object.get('members')?.value, scope)];
      const single = staticValueOf(object, 'member', scope);
      if (single) members.push(single);
      for (const member of members) {
        const publicMember = findPublicMember(member.value);
        if (!publicMember) continue;
        const role = roleValue?.value ?? null;
        let severity: Level | null;
        if (isBroadGcpLevel(level) || entry?.roleClass === 'admin' || entry?.roleClass === 'write') severity = 'critical';
        else if (role !== null && PUBLIC_ENDPOINT_ROLES.has(role)) severity = null;
        else if (role !== null && PUBLIC_CONTENT_ROLES.has(role)) severity = 'medium';
        else severity = 'high';
        if (!severity) continue;
        report({
          node: member.node,
          messageId: 'publicGcpMember',
          level: severity,
          keys: role === null ? [publicMember.member] : [publicMember.member, role],
          data: { member: member.value, role: role ?? 'this role', audience: publicMember.audience },
        });
      }
    }

    function checkGcpPolicy(policy: OptionsObject | null, scope: Scope, level: GcpResourceLevel | null): void {
      if (!policy) return;
      for (const binding of objectElements(policy.get('bindings')?.value, scope)) {
        if (claim(binding)) checkGcpBinding(binding, scope, level);
      }
    }

    /** The level a `setIamPolicy` request names: its `resource`, or the API collection it is called on. */
    function setIamPolicyLevel(call: TSESTree.CallExpression & { callee: TSESTree.MemberExpression }, request: OptionsObject, scope: Scope): GcpResourceLevel | null {
      const resource = staticValueOf(request, 'resource', scope);
      const fromName = resource ? gcpResourceLevel(resource.value) : null;
      if (fromName) return fromName;
      const receiver = unwrapTypeScript(call.callee.object);
      const collection = receiver.type === AST_NODE_TYPES.MemberExpression ? calleeName(receiver, scope) : null;
      if (collection === 'projects') return 'project';
      if (collection === 'folders') return 'folder';
      if (collection === 'organizations') return 'organization';
      return null;
    }

    function checkSetIamPolicy(call: TSESTree.CallExpression & { callee: TSESTree.MemberExpression }, known: GcpResourceLevel | null): void {
      const scope = sourceCode.getScope(call);
      const request = readOptionsObject(call.arguments[0], scope);
      if (!request) return;
      const level = known ?? setIamPolicyLevel(call, request, scope);
      checkGcpPolicy(nestedObject(request, 'policy', scope) ?? nestedObject(nestedObject(request, 'requestBody', scope), 'policy', scope), scope, level);
    }

    // ---- Kubernetes -----------------------------------------------------------------------------------------

    function checkKubernetesRole(body: OptionsObject, kind: 'ClusterRole' | 'Role', scope: Scope): void {
      const name = staticValueOf(nestedObject(body, 'metadata', scope), 'name', scope)?.value;
      const nameKeys = name ? [name] : [];
      const cluster = kind === 'ClusterRole';
      for (const rule of objectElements(body.get('rules')?.value, scope)) {
        const verbs = stringElements(rule.get('verbs')?.value, scope);
        const resources = stringElements(rule.get('resources')?.value, scope);
        const groups = stringElements(rule.get('apiGroups')?.value, scope);
        const anyVerb = verbs.find((entry) => entry.value === WILDCARD);
        const anyResource = resources.find((entry) => entry.value === WILDCARD);
        const anyGroup = groups.find((entry) => entry.value === WILDCARD);
        const wildcard = anyVerb ?? anyResource ?? anyGroup;
        if (wildcard) {
          let field: string;
          let grants: string;
          let severity: Level;
          if (anyVerb && anyResource) {
            field = 'verbs and resources';
            grants = cluster ? 'do anything to any resource in the cluster, as much as cluster-admin' : 'do anything to any resource in its namespace';
            severity = cluster ? 'critical' : 'high';
          } else if (anyVerb) {
            field = 'verbs';
            grants = 'do anything, delete and escalate included, to the resources it names';
            severity = cluster ? 'high' : 'medium';
          } else if (anyResource) {
            field = 'resources';
            grants = 'reach every resource type, secrets included';
            severity = cluster ? 'high' : 'medium';
          } else {
            field = 'apiGroups';
            grants = 'reach the resources it names in every API group, custom resources included';
            severity = cluster ? 'medium' : 'low';
          }
          report({ node: wildcard.node, messageId: 'kubernetesWildcard', level: severity, keys: [WILDCARD, ...nameKeys], data: { field, kind, grants } });
        }
        if (!anyVerb) {
          for (const verb of verbs) {
            const grants = ESCALATION_VERBS.get(verb.value);
            if (grants === undefined) continue;
            report({
              node: verb.node,
              messageId: 'kubernetesEscalationVerb',
              level: cluster ? 'high' : 'medium',
              keys: [verb.value, ...nameKeys],
              data: { verb: verb.value, grants },
            });
          }
        }
        if (cluster && !anyVerb && !anyResource) {
          const readVerb = verbs.find((entry) => READ_VERBS.has(entry.value));
          const sensitive = resources.find((entry) => SENSITIVE_RESOURCES.has(entry.value));
          const hasNames = stringElements(rule.get('resourceNames')?.value, scope).length > 0 || rule.has('resourceNames');
          if (readVerb && sensitive && !hasNames) {
            report({
              node: sensitive.node,
              messageId: 'kubernetesSecretsRead',
              level: 'high',
              keys: [sensitive.value, ...nameKeys],
              data: { verb: readVerb.value, what: SENSITIVE_RESOURCES.get(sensitive.value) ?? sensitive.value },
            });
          }
        }
      }
    }

    function checkKubernetesBinding(body: OptionsObject, kind: 'ClusterRoleBinding' | 'RoleBinding', scope: Scope): void {
      const roleRef = nestedObject(body, 'roleRef', scope);
      const roleName = staticValueOf(roleRef, 'name', scope);
      const roleKind = staticValueOf(roleRef, 'kind', scope)?.value ?? 'ClusterRole';
      const cluster = kind === 'ClusterRoleBinding';
      const privileged = roleName && roleKind === 'ClusterRole' ? PRIVILEGED_CLUSTER_ROLES.get(roleName.value) : undefined;
      if (roleName && privileged) {
        const severity: Level | null = privileged.roleClass === 'admin' ? (cluster ? 'critical' : 'medium') : cluster ? 'high' : null;
        if (severity) {
          report({
            node: roleName.node,
            messageId: 'kubernetesPrivilegedBinding',
            level: severity,
            keys: [privileged.name],
            data: {
              role: privileged.name,
              where: cluster ? 'cluster-wide' : 'in a namespace',
              grants: cluster ? privileged.grants : 'gives full control of the namespace, its secrets and role bindings included',
            },
          });
        }
      }
      if (roleName && PUBLIC_DISCOVERY_ROLES.has(roleName.value)) return;
      for (const subject of objectElements(body.get('subjects')?.value, scope)) {
        const subjectName = staticValueOf(subject, 'name', scope);
        const anonymous = subjectName ? ANONYMOUS_SUBJECTS.get(subjectName.value) : undefined;
        if (!subjectName || !anonymous) continue;
        const subjectKind = staticValueOf(subject, 'kind', scope)?.value;
        if (subjectKind !== undefined && subjectKind !== anonymous.kind) continue;
        report({
          node: subjectName.node,
          messageId: 'kubernetesAnonymousSubject',
          level: 'critical',
          keys: roleName ? [anonymous.name, roleName.value] : [anonymous.name],
          data: { subject: anonymous.name, role: roleName?.value ?? 'this role', who: anonymous.who },
        });
      }
    }

    function checkKubernetesBody(body: OptionsObject, kind: RbacKind, scope: Scope): void {
      if (kind === 'ClusterRole' || kind === 'Role') checkKubernetesRole(body, kind, scope);
      else checkKubernetesBinding(body, kind, scope);
    }

    /** The RBAC object a client-node call sends: `body` of a 1.x request object, or the v0.x positional body. */
    function kubernetesClientBody(call: TSESTree.CallExpression, scope: Scope): OptionsObject | null {
      for (const argument of call.arguments) {
        const object = readOptionsObject(argument, scope);
        if (!object) continue;
        if (object.has('body')) return nestedObject(object, 'body', scope);
        if (object.has('rules') || object.has('roleRef') || object.has('subjects') || object.has('metadata')) return object;
      }
      return null;
    }

    function rbacKindOf(body: OptionsObject, scope: Scope): RbacKind | null {
      const kind = staticValueOf(body, 'kind', scope)?.value;
      return kind !== undefined && RBAC_KINDS.has(kind) ? (kind as RbacKind) : null;
    }

    // ---- Sites ----------------------------------------------------------------------------------------------

    function checkCall(call: TSESTree.CallExpression & { callee: TSESTree.MemberExpression }, method: string): void {
      const scope = sourceCode.getScope(call);
      const receiver = unwrapTypeScript(call.callee.object);
      const collection = receiver.type === AST_NODE_TYPES.MemberExpression ? calleeName(receiver, scope) : null;
      if ((method === 'create' || method === 'createById') && collection === 'roleAssignments') {
        if (getModuleImports(context, AZURE_AUTHORIZATION_MODULES).length === 0) return;
        const params = readOptionsObject(call.arguments[method === 'create' ? 2 : 1], scope);
        if (!params || !claim(params)) return;
        let scopeText = partialText(call.arguments[0], scope);
        if (method === 'createById' && scopeText !== null) {
          const at = scopeText.toLowerCase().lastIndexOf(ROLE_ASSIGNMENTS_SEGMENT);
          scopeText = at < 0 ? null : scopeText.slice(0, at) || '/';
        }
        checkAzureAssignment(params, scope, scopeText);
      } else if (method === 'createOrUpdate' && collection === 'roleDefinitions') {
        if (getModuleImports(context, AZURE_AUTHORIZATION_MODULES).length === 0) return;
        const definition = readOptionsObject(call.arguments[2], scope);
        if (definition && claim(definition)) checkAzureCustomRole(definition, scope);
      } else if (method === 'setIamPolicy') {
        checkSetIamPolicy(call, null);
      } else if (method === 'setPolicy' && collection === 'iam') {
        checkGcpPolicy(readOptionsObject(call.arguments[0], scope), scope, 'resource');
      } else if (method === 'makePublic') {
        if (call.arguments.length > 1 || getModuleImports(context, GCS_MODULES).length === 0) return;
        report({ node: call.callee.property, messageId: 'publicStorageObject', level: 'medium', keys: ['allUsers', 'makePublic'], data: {} });
      } else {
        const kind = KUBERNETES_CLIENT_METHODS.get(method);
        if (!kind || getModuleImports(context, KUBERNETES_CLIENT_MODULES).length === 0) return;
        const body = kubernetesClientBody(call, scope);
        if (body && claim(body)) checkKubernetesBody(body, kind, scope);
      }
    }

    function checkTrackedApis(): void {
      for (const reference of getApiCalls(context, TRACKED_APIS)) {
        const api = reference.api;
        const node = reference.node;
        const scope = sourceCode.getScope(node);
        if ('level' in api) {
          const level = (api as GcpLevelApi).level;
          if (reference.kind === 'instance-call') {
            if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
              checkSetIamPolicy(node as TSESTree.CallExpression & { callee: TSESTree.MemberExpression }, level);
            }
            continue;
          }
          const options = readOptionsObject(node.arguments[1], scope);
          if (options && claim(options)) checkGcpBinding(options, scope, level);
        } else if ('rbacKind' in api) {
          const body = readOptionsObject(node.arguments[1], scope);
          if (body && claim(body)) checkKubernetesBody(body, (api as KubernetesApi).rbacKind, scope);
        } else if ('azure' in api) {
          // Pulumi takes (name, args), CDKTF (scope, id, config).
          const options = readOptionsObject(node.arguments[2] ?? node.arguments[1], scope);
          if (!options || !claim(options)) continue;
          if ((api as AzureApi).azure === 'assignment') checkAzureAssignment(options, scope, undefined);
          else checkAzureCustomRole(options, scope);
        }
      }
    }

    function checkCandidate(candidate: Candidate): void {
      if (handled.has(candidate.node)) return;
      const scope = sourceCode.getScope(candidate.node);
      const object = readOptionsObject(candidate.node, scope);
      if (!object || !claim(object)) return;
      switch (candidate.kind) {
        case 'azureAssignment':
          checkAzureAssignment(object, scope, undefined);
          return;
        case 'azureCustomRole':
          checkAzureCustomRole(object, scope);
          return;
        case 'gcpBinding':
          checkGcpBinding(object, scope, null);
          return;
        case 'kubernetesManifest': {
          const kind = rbacKindOf(object, scope);
          const apiVersion = staticValueOf(object, 'apiVersion', scope)?.value;
          if (kind && apiVersion?.startsWith(`${RBAC_API_GROUP}/`) === true) checkKubernetesBody(object, kind, scope);
          return;
        }
      }
    }

    const listeners: TSESLint.RuleListener = {
      ObjectExpression(node) {
        if (node.properties.length < 2) return;
        // Cheapest test first: most objects have none of the keys a candidate needs, and need no set of their keys.
        if (!node.properties.some(hasCandidateKey)) return;
        const kind = candidateKind(ownKeys(node));
        if (kind) candidates.push({ kind, node });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const property = callee.property;
        if (callee.computed || property.type !== AST_NODE_TYPES.Identifier || !CALL_METHODS.has(property.name)) return;
        calls.push(node as TSESTree.CallExpression & { callee: TSESTree.MemberExpression });
      },
      NewExpression(node) {
        const name = calleeName(node.callee);
        const rbacKind = name === null ? undefined : CDK8S_CLASSES.get(name);
        if (rbacKind) constructions.push({ node, rbacKind });
      },
      'Program:exit'() {
        checkTrackedApis();
        for (const call of calls) checkCall(call, (call.callee.property as TSESTree.Identifier).name);
        for (const { node, rbacKind } of constructions) {
          const scope = sourceCode.getScope(node);
          const props = readOptionsObject(node.arguments[2], scope);
          if (props && claim(props)) checkKubernetesBody(props, rbacKind, scope);
        }
        for (const candidate of candidates) checkCandidate(candidate);
      },
    };
    // File gate. Every name read here is written in the file, verbatim or through an escape: a file that can spell
    // none of the names a family of findings needs does not get that family's listener.
    if (textMayHoldEscape(sourceCode)) return listeners;
    const holds = (needle: string): boolean => textHolds(sourceCode, needle);
    if (!POLICY_METHODS.some(holds) && !CALL_MODULES.some(holds)) delete listeners.CallExpression;
    if (!CDK8S_PIECES.some(holds)) delete listeners.NewExpression;
    // The shapes `candidateKind` reads. A Kubernetes manifest is checked only with an RBAC `apiVersion`; a GCP binding
    // is reported only for a role id (`roles/...`); Azure assignments and custom roles by their pairs of keys.
    const shapes =
      holds(RBAC_API_GROUP) ||
      holds(GCP_ROLE_PREFIX) ||
      (holds('principalId') && holds('roleDefinition')) ||
      (holds('permissions') && (holds('assignableScopes') || holds('roleName')));
    if (!shapes) delete listeners.ObjectExpression;
    if (!listeners.CallExpression && !listeners.NewExpression && !listeners.ObjectExpression && !mentionsApiModule(context, TRACKED_APIS)) {
      return {};
    }
    return listeners;
  },
});
