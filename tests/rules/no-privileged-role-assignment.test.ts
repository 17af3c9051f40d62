import rule from '../../src/rules/no-privileged-role-assignment';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

// Every report comes without a fix or a suggestion: a privilege change changes what the deployment can do.
ruleTester.run('no-privileged-role-assignment', rule, {
  valid: [
    // Not a GCP binding: the role is no GCP role id.
    `const channel = { role: 'member', members: ['allUsers'] };`,
    `const share = { role: memberRole, member: 'allUsers' };`,
    `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('blob-reader', { scope: storageAccount.id, roleDefinitionName: 'Storage Blob Data Reader', principalId: app.identity.principalId });`,
    `import * as authorization from '@pulumi/azure-native/authorization';
new authorization.RoleAssignment('reader', { scope: \`/subscriptions/\${sub}\`, roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7', principalId });`,
    `import { AuthorizationManagementClient } from '@azure/arm-authorization';
const client = new AuthorizationManagementClient(cred, sub);
await client.roleAssignments.create(\`/subscriptions/\${sub}/resourceGroups/app/providers/Microsoft.KeyVault/vaults/app-kv\`, id, { roleDefinitionId: '4633458b-17de-408a-b874-0445c86b69e6', principalId });`,
    `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('kv-owner', { scope: \`/subscriptions/\${sub}/resourceGroups/app/providers/Microsoft.KeyVault/vaults/app-kv\`, roleDefinitionName: 'Owner', principalId });`,
    `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('sa', { scope: pulumi.interpolate\`\${account.id}/providers/Microsoft.Storage/storageAccounts/x\`, roleDefinitionName: 'Contributor', principalId });`,
    `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('c', { scope: resourceGroup.id, roleDefinitionName: 'Contributor', principalId });`,
    `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('c', { scope: \`/subscriptions/\${sub}\`, roleDefinitionName: config.require('role'), principalId });`,
    `import { AuthorizationManagementClient } from '@azure/arm-authorization';
const client = new AuthorizationManagementClient(cred, sub);
await client.roleAssignments.create('/subscriptions/0000', id, { roleDefinitionId: customRole.id, principalId });`,
    `new RoleAssignment(this, 'x', { scope: '/subscriptions/0000', roleDefinitionId: '/subscriptions/0000/providers/Microsoft.Authorization/roleDefinitions/11111111-2222-3333-4444-555555555555', principalId });`,
    `import { AuthorizationManagementClient } from '@azure/arm-authorization';
const client = new AuthorizationManagementClient(cred, sub);
await client.roleDefinitions.createOrUpdate(scope, id, { roleName: 'restarter', permissions: [{ actions: ['Microsoft.Web/sites/restart/action', 'Microsoft.Web/sites/read'] }], assignableScopes: [scope] });`,
    `const roleDefinition = { roleName: 'no-auth', permissions: [{ actions: ['Microsoft.Storage/*'], notActions: ['Microsoft.Authorization/*'] }], assignableScopes: ['/subscriptions/0000'] };`,
    `import * as gcp from '@pulumi/gcp';
new gcp.projects.IAMMember('logs', { project, role: 'roles/logging.logWriter', member: pulumi.interpolate\`serviceAccount:\${sa.email}\` });`,
    `import * as gcp from '@pulumi/gcp';
new gcp.serviceaccount.IAMMember('wi', { serviceAccountId: sa.name, role: 'roles/iam.serviceAccountUser', member: 'serviceAccount:deployer@p.iam.gserviceaccount.com' });`,
    `import * as gcp from '@pulumi/gcp';
new gcp.cloudrunv2.ServiceIamMember('public', { name: service.name, location, role: 'roles/run.invoker', member: 'allUsers' });`,
    `const binding = { role: 'roles/viewer', members: ['group:auditors@example.com'] };`,
    `import { ProjectsClient } from '@google-cloud/resource-manager';
await new ProjectsClient().setIamPolicy({ resource: 'projects/p', policy: { bindings: [{ role: 'roles/storage.objectViewer', members: ['serviceAccount:a@p.iam.gserviceaccount.com'] }] } });`,
    `import * as gcp from '@pulumi/gcp';
new gcp.projects.IAMMember('x', { project, role: roleFromConfig, member: memberFromConfig });`,
    `import { SecretManagerServiceClient } from '@google-cloud/secret-manager';
await new SecretManagerServiceClient().setIamPolicy({ resource: 'projects/p/secrets/db', policy: { bindings: [{ role: 'roles/iam.serviceAccountUser', members: ['user:a@example.com'] }] } });`,
    `import { Octokit } from '@octokit/rest';
await repo.makePublic();`,
    `import * as k8s from '@kubernetes/client-node';
await rbac.createNamespacedRole({ namespace: 'apps', body: { metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }] } });`,
    `import * as k8s from '@kubernetes/client-node';
await rbac.createNamespacedRole('apps', { metadata: { name: 'config' }, rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['app-config'], verbs: ['get'] }] });`,
    `import { KubeRole } from './imports/k8s';
new KubeRole(this, 'r', { metadata: { namespace: 'apps' }, rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] }] });`,
    `import { KubeClusterRole } from './imports/k8s';
new KubeClusterRole(this, 'metrics', { rules: [{ apiGroups: ['metrics.k8s.io'], resources: ['pods', 'nodes'], verbs: ['get', 'list'] }, { nonResourceUrls: ['/metrics'], verbs: ['get'] }] });`,
    `import { KubeClusterRole } from './imports/k8s';
new KubeClusterRole(this, 'one-secret', { rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['tls-cert'], verbs: ['get'] }] });`,
    `import { KubeRoleBinding } from './imports/k8s';
new KubeRoleBinding(this, 'b', { metadata: { namespace: 'apps' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'edit' }, subjects: [{ kind: 'ServiceAccount', name: 'ci', namespace: 'apps' }] });`,
    `export const binding = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', roleRef: { kind: 'ClusterRole', name: 'system:public-info-viewer', apiGroup: 'rbac.authorization.k8s.io' }, subjects: [{ kind: 'Group', name: 'system:unauthenticated', apiGroup: 'rbac.authorization.k8s.io' }] };`,
    `export const binding = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', roleRef: { kind: 'ClusterRole', name: 'view' }, subjects: [{ kind: 'ServiceAccount', name: 'system:authenticated', namespace: 'x' }] };`,
    `const role = { kind: 'Role', rules: [{ verbs: ['*'], resources: ['*'] }] };`,
    `const ability = { kind: 'admin', rules: [{ action: '*', subject: 'all' }] };`,
    `import { KubeClusterRole } from './imports/k8s';
new KubeClusterRole(this, 'x', { rules: [{ apiGroups: [''], resources: RESOURCES, verbs: verbsFromConfig }] });`,
    { code: `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('c', { scope: \`/subscriptions/\${sub}/resourceGroups/app\`, roleDefinitionName: 'Contributor', principalId });`, options: [{"minimumLevel":"high"}] },
    { code: `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('c', { scope: \`/subscriptions/\${sub}\`, roleDefinitionName: 'Contributor', principalId });`, options: [{"allow":["Contributor"]}] },
    { code: `import * as authorization from '@pulumi/azure-native/authorization';
new authorization.RoleAssignment('o', { scope: '/subscriptions/0000', roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635', principalId });`, options: [{"allow":["8E3AF657-A8FF-443C-A75C-2FE8C4BCB635"]}] },
    { code: `import { KubeClusterRole } from './imports/k8s';
new KubeClusterRole(this, 'op', { metadata: { name: 'my-operator' }, rules: [{ apiGroups: ['example.com'], resources: ['*'], verbs: ['*'] }] });`, options: [{"allow":["my-operator"]}] },
    { code: `import * as gcp from '@pulumi/gcp';
new gcp.storage.BucketIAMMember('site', { bucket: site.name, role: 'roles/storage.objectViewer', member: 'allUsers' });`, options: [{"allow":["allUsers"]}] },
    { code: `import { Storage } from '@google-cloud/storage';
await new Storage().bucket('www').makePublic();`, options: [{"minimumLevel":"high"}] },
    // Near miss of the file gate: a principal and a role, but neither an Azure role definition nor a GCP role id.
    `const grant = { principalId: user.id, role: 'Owner', members: ['allUsers'] };`,
  ],
  invalid: [
    {
      code: `import { AuthorizationManagementClient } from '@azure/arm-authorization';
const client = new AuthorizationManagementClient(credential, subscriptionId);
await client.roleAssignments.create(\`/subscriptions/\${subscriptionId}\`, randomUUID(), {
  roleDefinitionId: \`/subscriptions/\${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635\`,
  principalId: identity.principalId,
});`,
      errors: [{ messageId: 'privilegedAzureRole', line: 4, column: 21, endColumn: 142, suggestions: [] }],
    },
    {
      code: `const { AuthorizationManagementClient } = require('@azure/arm-authorization');
const authz = new AuthorizationManagementClient(cred, sub);
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
authz.roleAssignments.create('/subscriptions/0000', name, { roleDefinitionId: CONTRIBUTOR, principalId });`,
      errors: [{ messageId: 'privilegedAzureRole', line: 4, column: 79, endColumn: 90, suggestions: [] }],
    },
    {
      code: `import * as authorization from '@azure/arm-authorization';
const client = new authorization.AuthorizationManagementClient(cred, sub);
const params = { roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', principalId };
await client.roleAssignments.create(\`/subscriptions/\${sub}/resourceGroups/\${rg}\`, id, params);`,
      errors: [{ messageId: 'privilegedAzureRole', line: 3, column: 36, endColumn: 125, suggestions: [] }],
    },
    {
      code: `import { AuthorizationManagementClient } from '@azure/arm-authorization';
const client = new AuthorizationManagementClient(cred, sub);
await client.roleAssignments.createById(\`/subscriptions/\${sub}/providers/Microsoft.Authorization/roleAssignments/\${id}\`, {
  roleDefinitionId: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
  principalId,
});`,
      errors: [{ messageId: 'privilegedAzureRole', line: 4, column: 21, endColumn: 59, suggestions: [] }],
    },
    {
      code: `import { AuthorizationManagementClient } from '@azure/arm-authorization';
const client = new AuthorizationManagementClient(cred, sub);
await client.roleAssignments.create(scope, name, { roleDefinitionId: OWNER_ID, principalId, roleDefinitionName: undefined });
const OWNER_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';`,
      errors: [{ messageId: 'privilegedAzureRole', line: 3, column: 70, endColumn: 78, suggestions: [] }],
    },
    {
      code: `import { AuthorizationManagementClient } from '@azure/arm-authorization';
const client = new AuthorizationManagementClient(cred, sub);
await client.roleDefinitions.createOrUpdate(\`/subscriptions/\${sub}\`, roleId, {
  roleName: 'deployer',
  permissions: [{ actions: ['*'], notActions: [] }],
  assignableScopes: [\`/subscriptions/\${sub}\`],
});`,
      errors: [{ messageId: 'customRoleWildcard', line: 5, column: 29, endColumn: 32, suggestions: [] }],
    },
    {
      code: `import { AuthorizationManagementClient } from '@azure/arm-authorization';
const client = new AuthorizationManagementClient(cred, sub);
await client.roleDefinitions.createOrUpdate(scope, roleId, {
  roleName: 'app-operator',
  permissions: [{ actions: ['Microsoft.Web/sites/*', 'Microsoft.Authorization/roleAssignments/write'] }],
  assignableScopes: [scope],
});`,
      errors: [{ messageId: 'customRoleGrantsAccess', line: 5, column: 54, endColumn: 101, suggestions: [] }],
    },
    {
      code: `import * as authorization from '@pulumi/azure-native/authorization';
new authorization.RoleAssignment('app-owner', {
  scope: pulumi.interpolate\`/subscriptions/\${subscriptionId}\`,
  roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  principalId: app.identity.apply((i) => i!.principalId),
  principalType: 'ServicePrincipal',
});`,
      filename: 'stack.ts',
      errors: [{ messageId: 'privilegedAzureRole', line: 4, column: 21, endColumn: 110, suggestions: [] }],
    },
    {
      code: `import * as azure_native from '@pulumi/azure-native';
const rg = new azure_native.resources.ResourceGroup('rg');
new azure_native.authorization.RoleAssignment('ci', {
  scope: rg.id,
  roleDefinitionId: \`/subscriptions/\${sub}/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9\`,
  principalId: ciPrincipal,
});`,
      errors: [{ messageId: 'privilegedAzureRole', line: 5, column: 21, endColumn: 131, suggestions: [] }],
    },
    {
      code: `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('deployer', {
  scope: primary.then((s) => s.id),
  roleDefinitionName: 'Owner',
  principalId: current.objectId,
});`,
      errors: [{ messageId: 'privilegedAzureRole', line: 4, column: 23, endColumn: 30, suggestions: [] }],
    },
    {
      code: `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('contrib', {
  scope: \`/subscriptions/\${subscriptionId}\`,
  roleDefinitionName: 'Contributor',
  principalId: identity.principalId,
});`,
      errors: [{ messageId: 'privilegedAzureRole', line: 4, column: 23, endColumn: 36, suggestions: [] }],
    },
    {
      code: `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('contrib-rg', {
  scope: \`/subscriptions/\${subscriptionId}/resourceGroups/app-rg\`,
  roleDefinitionName: 'contributor',
  principalId: identity.principalId,
});`,
      errors: [{ messageId: 'privilegedAzureRole', line: 4, column: 23, endColumn: 36, suggestions: [] }],
    },
    {
      code: `import * as azure from '@pulumi/azure';
new azure.authorization.RoleDefinition('custom', {
  name: 'everything',
  scope: primary.id,
  permissions: [{ actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action'] }],
  assignableScopes: ['/'],
});`,
      errors: [{ messageId: 'customRoleWildcard', line: 5, column: 29, endColumn: 32, suggestions: [] }, { messageId: 'customRoleAssignableEverywhere', line: 6, column: 22, endColumn: 25, suggestions: [] }],
    },
    {
      code: `import { RoleDefinition } from '@pulumi/azure-native/authorization';
new RoleDefinition('reader-plus', {
  roleName: 'reader-plus',
  scope: subscriptionScope,
  permissions: [{ actions: ['*/read'], dataActions: ['*'] }],
  assignableScopes: [subscriptionScope],
});`,
      errors: [{ messageId: 'customRoleWildcard', line: 5, column: 54, endColumn: 57, suggestions: [] }],
    },
    {
      code: `import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
new RoleAssignment(this, 'kv-admin', {
  scope: \`/subscriptions/\${sub}\`,
  roleDefinitionName: 'Key Vault Administrator',
  principalId: identity.principalId,
});`,
      errors: [{ messageId: 'privilegedAzureRole', line: 4, column: 23, endColumn: 48, suggestions: [] }],
    },
    {
      code: `import { RoleAssignment } from './.gen/providers/azurerm/role-assignment';
const sub = '/subscriptions/11111111-2222-3333-4444-555555555555';
new RoleAssignment(this, 'uaa', { scope: sub, roleDefinitionName: 'User Access Administrator', principalId: spn.objectId });`,
      errors: [{ messageId: 'privilegedAzureRole', line: 3, column: 67, endColumn: 94, suggestions: [] }],
    },
    {
      code: `export const template = {
  resources: [{
    type: 'Microsoft.Authorization/roleAssignments',
    apiVersion: '2022-04-01',
    name: '[guid(subscription().id)]',
    properties: { roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635', principalId: '[parameters(\\'principalId\\')]' },
  }],
};`,
      errors: [{ messageId: 'privilegedAzureRole', line: 6, column: 37, endColumn: 126, suggestions: [] }],
    },
    {
      code: `const roleDefinition = {
  roleName: 'Platform Operator',
  permissions: [{ actions: ['Microsoft.Authorization/*'], notActions: [] }],
  assignableScopes: ['/providers/Microsoft.Management/managementGroups/platform'],
};`,
      errors: [{ messageId: 'customRoleGrantsAccess', line: 3, column: 29, endColumn: 56, suggestions: [] }],
    },
    {
      code: `import { ProjectsClient } from '@google-cloud/resource-manager';
const client = new ProjectsClient();
await client.setIamPolicy({
  resource: \`projects/\${projectId}\`,
  policy: { bindings: [{ role: 'roles/owner', members: [\`serviceAccount:\${sa}\`] }] },
});`,
      errors: [{ messageId: 'privilegedGcpRole', line: 5, column: 32, endColumn: 45, suggestions: [] }],
    },
    {
      code: `const { ProjectsClient } = require('@google-cloud/resource-manager');
const projects = new ProjectsClient();
const policy = { bindings: [{ role: 'roles/editor', members: ['user:ci@example.com'] }], etag };
projects.setIamPolicy({ resource: name, policy });`,
      errors: [{ messageId: 'privilegedGcpRole', line: 3, column: 37, endColumn: 51, suggestions: [] }],
    },
    {
      code: `import { google } from 'googleapis';
const crm = google.cloudresourcemanager('v1');
await crm.projects.setIamPolicy({
  resource: projectId,
  requestBody: { policy: { bindings: [{ role: 'roles/iam.serviceAccountTokenCreator', members: ['group:devs@example.com'] }] } },
});`,
      errors: [{ messageId: 'privilegedGcpRole', line: 5, column: 47, endColumn: 85, suggestions: [] }],
    },
    {
      code: `import * as gcp from '@pulumi/gcp';
new gcp.projects.IAMMember('ci-editor', { project: project.projectId, role: 'roles/editor', member: pulumi.interpolate\`serviceAccount:\${ci.email}\` });`,
      errors: [{ messageId: 'privilegedGcpRole', line: 2, column: 77, endColumn: 91, suggestions: [] }],
    },
    {
      code: `import * as gcp from '@pulumi/gcp';
new gcp.projects.IAMBinding('sa-users', { project, role: 'roles/iam.serviceAccountUser', members: ['group:app@example.com'] });`,
      errors: [{ messageId: 'privilegedGcpRole', line: 2, column: 58, endColumn: 88, suggestions: [] }],
    },
    {
      code: `import * as gcp from '@pulumi/gcp';
new gcp.organizations.IAMMember('sec', { orgId, role: 'roles/iam.securityAdmin', member: 'user:alice@example.com' });`,
      errors: [{ messageId: 'privilegedGcpRole', line: 2, column: 55, endColumn: 80, suggestions: [] }],
    },
    {
      code: `import * as gcp from '@pulumi/gcp';
new gcp.projects.IAMMember('public', { project, role: 'roles/viewer', member: 'allUsers' });`,
      errors: [{ messageId: 'publicGcpMember', line: 2, column: 79, endColumn: 89, suggestions: [] }],
    },
    {
      code: `import { Storage } from '@google-cloud/storage';
const bucket = new Storage().bucket('reports');
await bucket.iam.setPolicy({ bindings: [{ role: 'roles/storage.objectAdmin', members: ['allAuthenticatedUsers'] }] });`,
      errors: [{ messageId: 'publicGcpMember', line: 3, column: 88, endColumn: 111, suggestions: [] }],
    },
    {
      code: `import { Storage } from '@google-cloud/storage';
const bucket = new Storage().bucket('assets');
const [policy] = await bucket.iam.getPolicy({ requestedPolicyVersion: 3 });
policy.bindings.push({ role: 'roles/storage.objectViewer', members: ['allUsers'] });
await bucket.iam.setPolicy(policy);`,
      errors: [{ messageId: 'publicGcpMember', line: 4, column: 70, endColumn: 80, suggestions: [] }],
    },
    {
      code: `import * as gcp from '@pulumi/gcp';
new gcp.storage.BucketIAMMember('public-read', { bucket: bucket.name, role: 'roles/storage.objectViewer', member: 'allUsers' });`,
      errors: [{ messageId: 'publicGcpMember', line: 2, column: 115, endColumn: 125, suggestions: [] }],
    },
    {
      code: `import { Storage } from '@google-cloud/storage';
const storage = new Storage();
await storage.bucket('exports').file('customers.csv').makePublic();`,
      errors: [{ messageId: 'publicStorageObject', line: 3, column: 55, endColumn: 65, suggestions: [] }],
    },
    {
      code: `import { getStorage } from 'firebase-admin/storage';
await getStorage().bucket().makePublic();`,
      errors: [{ messageId: 'publicStorageObject', line: 2, column: 29, endColumn: 39, suggestions: [] }],
    },
    {
      code: `import * as k8s from '@kubernetes/client-node';
const kc = new k8s.KubeConfig();
kc.loadFromDefault();
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
await rbac.createClusterRole({
  body: { metadata: { name: 'operator' }, rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }] },
});`,
      errors: [{ messageId: 'kubernetesWildcard', line: 6, column: 97, endColumn: 100, suggestions: [] }],
    },
    {
      code: `const k8s = require('@kubernetes/client-node');
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
const role = { metadata: { name: 'deployer' }, rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['*'] }] };
rbac.createClusterRole(role);`,
      errors: [{ messageId: 'kubernetesWildcard', line: 3, column: 115, endColumn: 118, suggestions: [] }],
    },
    {
      code: `import { KubeConfig, RbacAuthorizationV1Api } from '@kubernetes/client-node';
const rbac = new KubeConfig().makeApiClient(RbacAuthorizationV1Api);
await rbac.createNamespacedRole('apps', {
  metadata: { name: 'binder', namespace: 'apps' },
  rules: [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings'], verbs: ['create', 'bind'] }],
});`,
      errors: [{ messageId: 'kubernetesEscalationVerb', line: 5, column: 102, endColumn: 108, suggestions: [] }],
    },
    {
      code: `import { RbacAuthorizationV1Api, KubeConfig, type V1ClusterRole } from '@kubernetes/client-node';
const rbac = new KubeConfig().makeApiClient(RbacAuthorizationV1Api);
const reader: V1ClusterRole = { metadata: { name: 'secret-reader' }, rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] }] };
await rbac.createClusterRole({ body: reader });`,
      filename: 'k.ts',
      errors: [{ messageId: 'kubernetesSecretsRead', line: 3, column: 109, endColumn: 118, suggestions: [] }],
    },
    {
      code: `import { RbacAuthorizationV1Api } from '@kubernetes/client-node';
await rbac.createClusterRoleBinding({
  body: {
    metadata: { name: 'ci-admin' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
    subjects: [{ kind: 'ServiceAccount', name: 'ci', namespace: 'ci' }],
  },
});`,
      errors: [{ messageId: 'kubernetesPrivilegedBinding', line: 5, column: 82, endColumn: 97, suggestions: [] }],
    },
    {
      code: `import * as k8s from '@kubernetes/client-node';
await rbac.createNamespacedRoleBinding('default', {
  metadata: { name: 'public' },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
  subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:unauthenticated' }],
});`,
      errors: [{ messageId: 'kubernetesAnonymousSubject', line: 5, column: 76, endColumn: 100, suggestions: [] }],
    },
    {
      code: `import { KubeClusterRole } from './imports/k8s';
new KubeClusterRole(this, 'impersonator', { rules: [{ apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] }] });`,
      errors: [{ messageId: 'kubernetesEscalationVerb', line: 2, column: 112, endColumn: 125, suggestions: [] }],
    },
    {
      code: `import { KubeClusterRoleBinding } from './imports/k8s';
new KubeClusterRoleBinding(this, 'anon', {
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
  subjects: [{ kind: 'User', name: 'system:anonymous', apiGroup: 'rbac.authorization.k8s.io' }],
});`,
      errors: [{ messageId: 'kubernetesAnonymousSubject', line: 4, column: 36, endColumn: 54, suggestions: [] }],
    },
    {
      code: `export const manifest = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRole',
  metadata: { name: 'escalator' },
  rules: [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['get', 'escalate'] }],
};`,
      errors: [{ messageId: 'kubernetesEscalationVerb', line: 5, column: 99, endColumn: 109, suggestions: [] }],
    },
    {
      code: `import * as k8s from '@pulumi/kubernetes';
new k8s.rbac.v1.ClusterRoleBinding('admins', {
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'edit' },
  subjects: [{ kind: 'Group', name: 'developers', apiGroup: 'rbac.authorization.k8s.io' }],
});`,
      errors: [{ messageId: 'kubernetesPrivilegedBinding', line: 3, column: 80, endColumn: 86, suggestions: [] }],
    },
    {
      code: `import * as k8s from '@pulumi/kubernetes';
new k8s.rbac.v1.Role('ns-admin', { metadata: { namespace: 'apps' }, rules: [{ apiGroups: [''], resources: ['*'], verbs: ['get', 'list'] }] });`,
      errors: [{ messageId: 'kubernetesWildcard', line: 2, column: 108, endColumn: 111, suggestions: [] }],
    },
    {
      code: `const gcp = require('@pulumi/gcp');
new gcp.folder.IAMBinding('folder-owners', { folder: folder.name, role: 'roles/owner', members: ['group:platform@example.com'] });`,
      errors: [{ messageId: 'privilegedGcpRole', line: 2, column: 73, endColumn: 86, suggestions: [] }],
    },
    {
      code: `import { projects as gcpProjects } from '@pulumi/gcp';
new gcpProjects.IAMMember('iam-admin', { project, role: 'roles/resourcemanager.projectIamAdmin', member: 'user:bob@example.com' });`,
      errors: [{ messageId: 'privilegedGcpRole', line: 2, column: 57, endColumn: 96, suggestions: [] }],
    },
    {
      code: `import * as gcp from '@pulumi/gcp';
const admins = gcp.organizations.getIAMPolicy({ bindings: [{ role: 'roles/owner', members: ['user:alice@example.com'] }] });`,
      errors: [{ messageId: 'privilegedGcpRole', line: 2, column: 68, endColumn: 81, suggestions: [] }],
    },
    {
      code: `import { authorization } from '@pulumi/azure-native';
const base = { principalId: app.identity.principalId, principalType: 'ServicePrincipal' };
new authorization.RoleAssignment('owner', { ...base, scope: '/', roleDefinitionId: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' });`,
      errors: [{ messageId: 'privilegedAzureRole', line: 3, column: 84, endColumn: 122, suggestions: [] }],
    },
    {
      code: `import * as azure from '@pulumi/azure';
const OWNER = 'Owner' as const;
new azure.authorization.Assignment('mg', { scope: '/providers/Microsoft.Management/managementGroups/contoso', roleDefinitionName: OWNER, principalId } satisfies azure.authorization.AssignmentArgs);`,
      filename: 'stack.ts',
      errors: [{ messageId: 'privilegedAzureRole', line: 3, column: 131, endColumn: 136, suggestions: [] }],
    },
    {
      code: `import k8s = require('@kubernetes/client-node');
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
rbac.replaceClusterRole('ops', { metadata: { name: 'ops' }, rules: [{ apiGroups: [''], resources: ['*'], verbs: ['get', 'list'] }] });`,
      filename: 'k.ts',
      errors: [{ messageId: 'kubernetesWildcard', line: 3, column: 100, endColumn: 103, suggestions: [] }],
    },
    {
      code: `import { rbac } from '@pulumi/kubernetes';
new rbac.v1.ClusterRoleBinding('everyone', {
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
  subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:authenticated' }],
});`,
      errors: [{ messageId: 'kubernetesPrivilegedBinding', line: 3, column: 80, endColumn: 95, suggestions: [] }, { messageId: 'kubernetesAnonymousSubject', line: 4, column: 76, endColumn: 98, suggestions: [] }],
    },
    {
      code: `const READ = ['get', 'list', 'watch'];
export const secretsReader = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRole',
  metadata: { name: 'secrets-reader' },
  rules: [{ apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: [...READ] }],
};`,
      errors: [{ messageId: 'kubernetesSecretsRead', line: 6, column: 56, endColumn: 65, suggestions: [] }],
    },
    {
      code: `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('kv-owner', { scope: \`/subscriptions/\${sub}/resourceGroups/app/providers/Microsoft.KeyVault/vaults/app-kv\`, roleDefinitionName: 'Owner', principalId });`,
      options: [{"minimumLevel":"low"}],
      errors: [{ messageId: 'privilegedAzureRole', line: 2, column: 164, endColumn: 171, suggestions: [] }],
    },
    {
      code: `import * as gcp from '@pulumi/gcp';
new gcp.projects.IAMMember('auditors', { project, role: 'roles/viewer', member: 'group:auditors@example.com' });`,
      options: [{"minimumLevel":"low"}],
      errors: [{ messageId: 'privilegedGcpRole', line: 2, column: 57, endColumn: 71, suggestions: [] }],
    },
    {
      code: `import { KubeRole } from './imports/k8s';
new KubeRole(this, 'apps-reader', { rules: [{ apiGroups: ['*'], resources: ['deployments'], verbs: ['get'] }] });`,
      options: [{"minimumLevel":"low"}],
      errors: [{ messageId: 'kubernetesWildcard', line: 2, column: 59, endColumn: 62, suggestions: [] }],
    },
    {
      code: `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('a', { scope: \`/subscriptions/\${sub}\`, roleDefinitionName: 'Owner', principalId });
new azure.authorization.Assignment('b', { scope: \`/subscriptions/\${sub}\`, roleDefinitionName: 'User Access Administrator', principalId });`,
      options: [{"allow":["owner"]}],
      errors: [{ messageId: 'privilegedAzureRole', line: 3, column: 95, endColumn: 122, suggestions: [] }],
    },
    {
      code: `import * as azure from '@pulumi/azure';
new azure.authorization.Assignment('a', { scope: \`/subscriptions/\${sub}\`, roleDefinitionName: 'Owner', principalId });
new azure.authorization.Assignment('b', { scope: \`/subscriptions/\${sub}\`, roleDefinitionName: 'Contributor', principalId });`,
      options: [{"minimumLevel":"critical"}],
      errors: [{ messageId: 'privilegedAzureRole', line: 2, column: 95, endColumn: 102, suggestions: [] }],
    },
    {
      // Keys written as strings: every candidate object has one of the keys the cheap test looks for.
      code: `const assignment = { 'principalId': id, 'roleDefinitionName': 'Owner', 'scope': '/subscriptions/00000000-0000-0000-0000-000000000000' };
const binding = { 'role': 'roles/owner', 'members': ['user:a@example.com'] };`,
      errors: [
        { messageId: 'privilegedAzureRole', line: 1, column: 63, suggestions: [] },
        { messageId: 'privilegedGcpRole', line: 2, column: 27, suggestions: [] },
      ],
    },
    {
      // Reached through consts: a GCP role id, an Azure role name and an RBAC apiVersion.
      code: `const OWNER_ROLE = 'roles/owner';
const binding = { role: OWNER_ROLE, members: ['user:a@example.com'] };
const OWNER = 'Owner';
const assignment = { principalId, roleDefinitionName: OWNER, scope: '/' };
const RBAC_V1 = 'rbac.authorization.k8s.io/v1';
export const operator = { apiVersion: RBAC_V1, kind: 'ClusterRole', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['*'] }] };`,
      errors: [
        { messageId: 'privilegedGcpRole', line: 2, column: 25, endColumn: 35, suggestions: [] },
        { messageId: 'privilegedAzureRole', line: 4, column: 55, endColumn: 60, suggestions: [] },
        { messageId: 'kubernetesWildcard', line: 6, column: 125, endColumn: 128, suggestions: [] },
      ],
    },
    {
      // setIamPolicy needs no import: a public member at project level, whatever the role.
      code: `await crm.projects.setIamPolicy({ resource: projectId, requestBody: { policy: { bindings: [{ role: customRole, members: ['allUsers'] }] } } });`,
      errors: [{ messageId: 'publicGcpMember', line: 1, column: 122, endColumn: 132, suggestions: [] }],
    },
    {
      // The same, the method's name spelled through an escape.
      code: `await crm.projects.set\\u0049amPolicy({ resource: projectId, requestBody: { policy: { bindings: [{ role: customRole, members: ['allUsers'] }] } } });`,
      errors: [{ messageId: 'publicGcpMember', line: 1, column: 127, endColumn: 137, suggestions: [] }],
    },
  ],

});
