// Pulumi stack for the orders API's access: role assignments on Azure, GCP and Kubernetes.
import * as pulumi from '@pulumi/pulumi';
import * as authorization from '@pulumi/azure-native/authorization';
import * as gcp from '@pulumi/gcp';
import * as k8s from '@pulumi/kubernetes';

const config = new pulumi.Config();
const subscriptionId = config.require('subscriptionId');
const principalId = config.require('ordersApiPrincipalId');

// Owner on the whole subscription for the API's managed identity.
new authorization.RoleAssignment('orders-api-owner', {
  scope: `/subscriptions/${subscriptionId}`,
  roleDefinitionId: `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
  principalId,
  principalType: 'ServicePrincipal',
});

// The right shape: a data-plane role on the one storage account (not reported).
new authorization.RoleAssignment('orders-api-blobs', {
  scope: config.require('ordersStorageAccountId'),
  roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  principalId,
});

new gcp.projects.IAMMember('orders-ci', { project: config.require('gcpProject'), role: 'roles/editor', member: 'serviceAccount:ci@orders.iam.gserviceaccount.com' });

new k8s.rbac.v1.ClusterRoleBinding('orders-api', {
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
  subjects: [{ kind: 'ServiceAccount', name: 'orders-api', namespace: 'orders' }],
});
