import rule from '../../src/rules/no-wildcard-iam-policy';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

const CDK = `import * as iam from 'aws-cdk-lib/aws-iam';\n`;

ruleTester.run('no-wildcard-iam-policy', rule, {
  valid: [
    // Serverless Framework statements that are narrow, or deny; a \`statements\` list that holds no IAM statement.
    {
      code: `import type { AWS } from '@serverless/typescript';
const config: AWS = {
  service: 'orders',
  provider: { name: 'aws', iam: { role: { statements: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders' }, { Effect: 'Deny', Action: '*', Resource: '*' }] } } },
};
export default config;`,
      filename: 'serverless.ts',
    },
    `const migration = { statements: ['CREATE TABLE orders (id int)', 'DROP TABLE legacy'] };`,
    // Specific actions on specific resources.
    `${CDK}fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [\`\${bucket.bucketArn}/reports/*\`] }));`,
    `${CDK}new iam.PolicyStatement({ actions: ['dynamodb:Query', 'dynamodb:GetItem'], resources: [table.tableArn, \`\${table.tableArn}/index/*\`] });`,
    `${CDK}new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::invoices-prod/*'] });`,
    `${CDK}new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [taskRole.roleArn] });`,
    `${CDK}new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: ['arn:aws:iam::*:role/cdk-hnb659fds-*'] });`,
    // Deny statements, in every spelling.
    `import { PolicyStatement, Effect } from 'aws-cdk-lib/aws-iam';
new PolicyStatement({ effect: Effect.DENY, actions: ['*'], resources: ['*'] });`,
    `export const guard = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: ['iam:*'], NotResource: '*' }] };`,
    `${CDK}bucket.addToResourcePolicy(new iam.PolicyStatement({
  effect: iam.Effect.DENY,
  principals: [new iam.StarPrincipal()],
  actions: ['s3:*'],
  resources: [bucket.bucketArn, bucket.arnForObjects('*')],
  conditions: { Bool: { 'aws:SecureTransport': 'false' } },
}));`,
    // Actions that cannot be scoped to a resource, and read-only listing, on '*'.
    `${CDK}new iam.PolicyStatement({ actions: ['ec2:Describe*', 'sts:GetCallerIdentity', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'cloudwatch:PutMetricData'], resources: ['*'] });`,
    `${CDK}new iam.PolicyStatement({ actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], resources: ['*'] });`,
    `${CDK}new iam.PolicyStatement({ actions: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface'], resources: ['*'] });`,
    `${CDK}new iam.PolicyStatement({ actions: ['ecr:GetAuthorizationToken'], resources: ['*'] });`,
    `${CDK}new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets', 's3:ListBucket', 'dynamodb:ListTables'], resources: ['*'] });`,
    // A restricting condition lowers a medium finding below the default threshold.
    `${CDK}new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'], conditions: { StringEquals: { 'kms:ViaService': 'secretsmanager.eu-west-1.amazonaws.com' } } });`,
    // Escalation actions behind a condition are skipped, as Sonar S6317 does.
    `${CDK}new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'], conditions: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } } });`,
    // CDK grant helpers.
    `import * as s3 from 'aws-cdk-lib/aws-s3';
const bucket = new s3.Bucket(this, 'Reports');
bucket.grantReadWrite(worker);
table.grantReadWriteData(api);
queue.grantConsumeMessages(worker);`,
    // Values only known at run time.
    `${CDK}new iam.PolicyStatement({ actions: props.actions, resources: ['*'] });`,
    `${CDK}new iam.PolicyStatement({ effect: props.effect, actions: ['*'], resources: ['*'] });`,
    `${CDK}new iam.PolicyStatement({ ...denyDefaults, actions: ['*'], resources: ['*'] });`,
    `${CDK}new iam.PolicyStatement({ actions: [\`\${service}:*\`], resources: [bucket.bucketArn] });`,
    // Public principals restricted by a condition.
    `${CDK}const org = new iam.AnyPrincipal().withConditions({ StringEquals: { 'aws:PrincipalOrgID': orgId } });`,
    `${CDK}new iam.Role(this, 'Ci', { assumedBy: new iam.ArnPrincipal('*').withConditions({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }) });`,
    `${CDK}fn.addPermission('FromApi', { principal: new iam.AnyPrincipal(), sourceArn: api.arnForExecuteApi() });`,
    `${CDK}const s = new iam.PolicyStatement();
s.addAnyPrincipal();
s.addActions('sqs:SendMessage');
s.addResources(queue.queueArn);
s.addCondition('ArnEquals', { 'aws:SourceArn': topic.topicArn });`,
    `export const queuePolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: queueArn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }],
};`,
    `${CDK}new iam.PolicyStatement({ principals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:role/Reader')], actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] });`,
    // KMS's default key policy: a service wildcard in a resource-based policy covers only that key.
    `export const keyPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }],
};`,
    // Trust policies for services.
    `import { CreateRoleCommand } from '@aws-sdk/client-iam';
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
await client.send(new CreateRoleCommand({ RoleName: 'fn', AssumeRolePolicyDocument: JSON.stringify(trust) }));`,
    // Managed policies that are scoped, or used as a permissions boundary.
    `${CDK}new iam.Role(this, 'Task', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'), managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonECSTaskExecutionRolePolicy')] });`,
    `${CDK}new iam.Role(this, 'Dev', { assumedBy: new iam.AccountRootPrincipal(), permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess') });`,
    `${CDK}const boundary = iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess');
iam.PermissionsBoundary.of(this).apply(boundary);`,
    `import { PutRolePermissionsBoundaryCommand, AttachRolePolicyCommand } from '@aws-sdk/client-iam';
await client.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'dev', PermissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess' }));
await client.send(new AttachRolePolicyCommand({ RoleName: 'audit', PolicyArn: 'arn:aws:iam::aws:policy/SecurityAudit' }));`,
    `import * as aws from '@pulumi/aws';
new aws.iam.Role('dev', { assumeRolePolicy, permissionsBoundary: aws.iam.ManagedPolicy.PowerUserAccess });
new aws.iam.RolePolicyAttachment('logs', { role: role.name, policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole });`,
    // An ARN in a list that is not attached anywhere.
    `const FORBIDDEN_POLICIES = ['arn:aws:iam::aws:policy/AdministratorAccess'];`,
    // Not IAM: DynamoDB PartiQL statements, and objects whose statements name no Effect and no policy version.
    `await ddb.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM orders WHERE pk = ?', Parameters: [{ S: id }] }));`,
    `const config = { Statement: [{ Action: '*', Resource: '*' }] };`,
    // Same names in another library.
    `import { PolicyStatement } from './my-policies';
new PolicyStatement({ actions: ['*'], resources: ['*'] });`,
    // Pulumi and CDKTF documents with specific grants.
    `import * as aws from '@pulumi/aws';
const doc = aws.iam.getPolicyDocument({ statements: [{ actions: ['sqs:SendMessage'], resources: [queue.arn] }] });`,
    `import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
new DataAwsIamPolicyDocument(this, 'assume', { statement: [{ actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: ['lambda.amazonaws.com'] }] }] });`,
    // The team accepts a wildcard it needs.
    {
      code: `${CDK}new iam.PolicyStatement({ actions: ['s3:*'], resources: [bucket.bucketArn, bucket.arnForObjects('*')] });`,
      options: [{ allow: ['S3:*'] }],
    },
    {
      code: `${CDK}role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess'));`,
      options: [{ allow: ['poweruseraccess'] }],
    },
    // Medium findings are below a `high` threshold.
    {
      code: `${CDK}new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: ['*'] });`,
      options: [{ minimumLevel: 'high' }],
    },
    // Only the plain method name is read.
    `bucket['grantPublicAccess']();`,
    // Near misses of the file gates: statement keys with no key a finding needs, and another \`Public\` method.
    `const node = { type: 'ExpressionStatement', expression: { type: 'Literal', value: '*' } };`,
    `const reducer = { statements: [], lastAction: '*' };`,
    `${CDK}bucket.grantPublicRead?.(role);`,
  ],
  invalid: [
    // Serverless Framework: \`provider.iam.role.statements\` (v3) and \`iamRoleStatements\` (v2), no Version beside them.
    {
      code: `import type { AWS } from '@serverless/typescript';
const config: AWS = {
  service: 'orders',
  provider: { name: 'aws', iam: { role: { statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } } },
};
export default config;`,
      filename: 'serverless.ts',
      errors: [{ messageId: 'fullAdministrator', line: 4, column: 83, endColumn: 86 }],
    },
    {
      code: `module.exports = {
  service: 'billing',
  provider: { name: 'aws', iamRoleStatements: [{ Effect: 'Allow', Action: ['s3:*'], Resource: 'arn:aws:s3:::billing-exports/*' }] },
};`,
      errors: [{ messageId: 'serviceWildcard', line: 3, column: 76, endColumn: 82 }],
    },
    // Action '*'.
    {
      code: `${CDK}fn.addToRolePolicy(new iam.PolicyStatement({ effect: iam.Effect.ALLOW, actions: ['*'], resources: ['*'] }));`,
      errors: [{ messageId: 'fullAdministrator', line: 2, column: 82, endColumn: 85 }],
    },
    {
      code: `import { aws_iam as iam } from 'aws-cdk-lib';
role.addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: [bucket.bucketArn] }));`,
      errors: [{ messageId: 'allActions', line: 2, column: 54, endColumn: 57 }],
    },
    {
      code: `${CDK}role.addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'], conditions: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }));`,
      errors: [{ messageId: 'fullAdministrator', line: 2, column: 54, endColumn: 57 }],
    },
    {
      code: `const iam = require('aws-cdk-lib/aws-iam');
const admin = new iam.PolicyStatement();
admin.addActions('*');
admin.addAllResources();`,
      errors: [{ messageId: 'fullAdministrator', line: 3, column: 18, endColumn: 21 }],
    },
    {
      code: `export const adminPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };`,
      errors: [{ messageId: 'fullAdministrator', line: 1, column: 92, endColumn: 95 }],
    },
    // Service wildcards.
    {
      code: `import * as cdk from 'aws-cdk-lib';
const stmt = new cdk.aws_iam.PolicyStatement({ actions: ['sts:*'], resources: ['*'] });`,
      errors: [{ messageId: 'serviceWildcard', line: 2, column: 58, endColumn: 65 }],
    },
    {
      code: `import { aws_iam as iam } from 'aws-cdk-lib';
role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: [bucket.bucketArn] }));`,
      errors: [{ messageId: 'serviceWildcard', line: 2, column: 54, endColumn: 60, data: { action: 's3:*', service: 's3', grants: 'can read, overwrite and delete objects and rewrite bucket policies to make buckets public' } }],
    },
    {
      code: `${CDK}const document = iam.PolicyDocument.fromJson({ Statement: [{ Action: 'lambda:*', Resource: '*' }] });`,
      errors: [{ messageId: 'serviceWildcard', line: 2, column: 70, endColumn: 80 }],
    },
    {
      code: `import * as aws from '@pulumi/aws';
new aws.iam.RolePolicy('app', { role: role.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }] }) });`,
      errors: [{ messageId: 'serviceWildcard', line: 2, column: 136, endColumn: 142 }],
    },
    {
      code: `import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
new DataAwsIamPolicyDocument(this, 'doc', { statement: [{ effect: 'Allow', actions: ['kms:*'], resources: ['*'] }] });`,
      errors: [{ messageId: 'serviceWildcard', line: 2, column: 86, endColumn: 93 }],
    },
    {
      code: `export const lambdaPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' },
    { Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', 'ssm:DescribeParameters'], Resource: '*' },
    { Effect: 'Allow', Action: ['sqs:*'], Resource: '*' },
  ],
};`,
      errors: [{ messageId: 'serviceWildcard', line: 6, column: 33, endColumn: 40 }],
    },
    {
      // A service outside the sensitive list is still reported, at medium.
      code: `${CDK}new iam.PolicyStatement({ actions: ['logs:*'], resources: [logGroup.logGroupArn] });`,
      errors: [{ messageId: 'serviceWildcard', line: 2, column: 37, endColumn: 45 }],
    },
    {
      code: `import * as aws from '@pulumi/aws';
const doc = aws.iam.getPolicyDocument({ statements: [{ actions: ['*'], resources: ['*'] }] });`,
      errors: [{ messageId: 'fullAdministrator', line: 2, column: 66, endColumn: 69 }],
    },
    // Resource '*' with actions that write or read data.
    {
      code: `import iam = require('aws-cdk-lib/aws-iam');
const READ_WRITE = ['dynamodb:GetItem', 'dynamodb:PutItem'];
table.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...READ_WRITE], resources: ['*'] }));`,
      filename: 'stack.ts',
      errors: [{ messageId: 'allResources', line: 3, column: 107, endColumn: 110, data: { resource: '*', action: 'dynamodb:GetItem' } }],
    },
    {
      code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
const ALL = '*';
role.addToPolicy(new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [ALL] }));`,
      errors: [{ messageId: 'allResources', line: 3, column: 96, endColumn: 99 }],
    },
    {
      code: `const iam = require('aws-cdk-lib/aws-iam');
const st = new iam.PolicyStatement();
st.addActions('s3:PutObject');
st.addAllResources();`,
      errors: [{ messageId: 'allResources', line: 4, column: 4, endColumn: 19 }],
    },
    {
      code: `const { IAMClient, CreatePolicyCommand } = require('@aws-sdk/client-iam');
const policyDocument = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'ssm:PutParameter', Resource: '*' } };
await iam.send(new CreatePolicyCommand({ PolicyName: 'writer', PolicyDocument: JSON.stringify(policyDocument) }));`,
      errors: [{ messageId: 'allResources', line: 2, column: 117, endColumn: 120 }],
    },
    {
      code: `${CDK}new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*/*'] });`,
      errors: [{ messageId: 'allResources', line: 2, column: 66, endColumn: 84 }],
    },
    {
      code: `${CDK}new iam.PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: ['*'] });`,
      errors: [{ messageId: 'allResources', line: 2, column: 87, endColumn: 90, data: { resource: '*', action: 'ses:SendEmail' } }],
    },
    {
      code: `const deployerPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:*Object'], Resource: ['*'] }],
} satisfies PolicyDocument;`,
      filename: 'policy.ts',
      errors: [{ messageId: 'allResources', line: 3, column: 69, endColumn: 72 }],
    },
    // NotAction / NotResource with Allow.
    {
      code: `${CDK}role.addToPolicy(new iam.PolicyStatement({ notActions: ['iam:*'], resources: ['*'] }));`,
      errors: [{ messageId: 'notAction', line: 2, column: 44, endColumn: 65 }],
    },
    {
      code: `export const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }, { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] };`,
      errors: [
        { messageId: 'serviceWildcard', line: 1, column: 87, endColumn: 99 },
        { messageId: 'notAction', line: 1, column: 137, endColumn: 155 },
      ],
    },
    {
      code: `import { iam } from '@pulumi/aws';
const doc = iam.getPolicyDocumentOutput({ statements: [{ effect: 'Allow', notResources: ['arn:aws:s3:::audit-logs/*'], actions: ['s3:DeleteObject'] }] });`,
      errors: [{ messageId: 'notResource', line: 2, column: 75, endColumn: 118 }],
    },
    // Privilege escalation on every resource.
    {
      code: `${CDK}new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [\`arn:aws:iam::\${this.account}:role/*\`] });`,
      errors: [{ messageId: 'privilegeEscalation', line: 2, column: 37, endColumn: 51, data: { action: 'iam:PassRole', resource: 'arn:aws:iam::${…}:role/*', grants: 'can hand any role, including an administrator role, to a service it starts' } }],
    },
    {
      code: `${CDK}const statement = iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: ['iam:CreateAccessKey'], Resource: '*' });`,
      errors: [{ messageId: 'privilegeEscalation', line: 2, column: 76, endColumn: 97 }],
    },
    {
      code: `import * as aws from '@pulumi/aws';
new aws.iam.Policy('app', { policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::123456789012:role/*' }] } });`,
      errors: [{ messageId: 'privilegeEscalation', line: 2, column: 101, endColumn: 115 }],
    },
    {
      code: `const deployerPolicy: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['iam:Put*', 'iam:Get*'], Resource: '*' }],
};`,
      filename: 'policy.ts',
      errors: [{ messageId: 'privilegeEscalation', line: 3, column: 43, endColumn: 53 }],
    },
    {
      code: `${CDK}new iam.PolicyStatement({ actions: ['lambda:UpdateFunctionCode'], resources: ['arn:aws:lambda:*:*:function:*'] });`,
      errors: [{ messageId: 'privilegeEscalation', line: 2, column: 37, endColumn: 64 }],
    },
    // Public principals.
    {
      code: `${CDK}bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }));`,
      errors: [{ messageId: 'publicPrincipal', line: 2, column: 67, endColumn: 89 }],
    },
    {
      code: `${CDK}const role = new iam.Role(this, 'Shared', { assumedBy: new iam.AnyPrincipal() });`,
      errors: [{ messageId: 'publicPrincipal', line: 2, column: 56, endColumn: 78 }],
    },
    {
      code: `${CDK}const anyone = new iam.StarPrincipal();
bucket.grantRead(anyone);`,
      errors: [{ messageId: 'publicPrincipal', line: 2, column: 16, endColumn: 39 }],
    },
    {
      code: `${CDK}topic.grantPublish(new iam.ArnPrincipal('*'));`,
      errors: [{ messageId: 'publicPrincipal', line: 2, column: 20, endColumn: 45 }],
    },
    {
      code: `${CDK}const s = new iam.PolicyStatement();
s.addAnyPrincipal();
s.addActions('sqs:SendMessage');
s.addResources(queue.queueArn);`,
      errors: [{ messageId: 'publicPrincipal', line: 3, column: 3, endColumn: 18 }],
    },
    {
      code: `import { S3Client, PutBucketPolicyCommand } from '@aws-sdk/client-s3';
const policy = { Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: \`arn:aws:s3:::\${bucket}/*\` }] };
await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(policy) }));`,
      errors: [{ messageId: 'publicPrincipal', line: 2, column: 102, endColumn: 105 }],
    },
    {
      code: `import { CreateRoleCommand } from '@aws-sdk/client-iam';
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 'sts:AssumeRole' }] };
await client.send(new CreateRoleCommand({ RoleName: 'deploy', AssumeRolePolicyDocument: JSON.stringify(trust) }));`,
      errors: [{ messageId: 'publicPrincipal', line: 2, column: 90, endColumn: 93 }],
    },
    {
      code: `import { dataAwsIamPolicyDocument } from '@cdktf/provider-aws';
new dataAwsIamPolicyDocument.DataAwsIamPolicyDocument(this, 'assume', { statement: [{ actions: ['sts:AssumeRole'], principals: [{ type: 'AWS', identifiers: ['*'] }] }] });`,
      errors: [{ messageId: 'publicPrincipal', line: 2, column: 158, endColumn: 161 }],
    },
    {
      code: `import * as aws from '@pulumi/aws';
const doc = aws.iam.getPolicyDocument({ statements: [{ principals: [{ type: 'AWS', identifiers: ['*'] }], actions: ['sqs:SendMessage'], resources: [queue.arn] }] });`,
      errors: [{ messageId: 'publicPrincipal', line: 2, column: 98, endColumn: 101 }],
    },
    {
      code: `import * as s3 from 'aws-cdk-lib/aws-s3';
const site = new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html' });
site.grantPublicAccess();`,
      errors: [{ messageId: 'publicBucket', line: 3, column: 6, endColumn: 23 }],
    },
    // Admin managed policies.
    {
      code: `${CDK}const role = new iam.Role(this, 'Deployer', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com'), managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')] });`,
      errors: [{ messageId: 'adminManagedPolicy', line: 2, column: 172, endColumn: 193, data: { name: 'AdministratorAccess', grants: 'allows every action on every resource in the account', narrower: '' } }],
    },
    {
      code: `${CDK}role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(this, 'Power', 'arn:aws:iam::aws:policy/PowerUserAccess'));`,
      errors: [{ messageId: 'adminManagedPolicy', line: 2, column: 77, endColumn: 118 }],
    },
    {
      code: `${CDK}role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'));
role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonDynamoDBFullAccess'));`,
      errors: [{ messageId: 'adminManagedPolicy', line: 3, column: 66, endColumn: 92, data: { name: 'AmazonDynamoDBFullAccess', grants: 'allows every DynamoDB action on every table', narrower: ', or `AmazonDynamoDBReadOnlyAccess` if it only reads' } }],
    },
    {
      code: `import { IAMClient, AttachRolePolicyCommand } from '@aws-sdk/client-iam';
await client.send(new AttachRolePolicyCommand({ RoleName: 'app', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }));`,
      errors: [{ messageId: 'adminManagedPolicy', line: 2, column: 77, endColumn: 122 }],
    },
    {
      code: `import { AttachUserPolicyCommand } from '@aws-sdk/client-iam';
const ADMIN_ARN = 'arn:aws:iam::aws:policy/IAMFullAccess';
await client.send(new AttachUserPolicyCommand({ UserName: user, PolicyArn: ADMIN_ARN }));`,
      errors: [{ messageId: 'adminManagedPolicy', line: 3, column: 76, endColumn: 85 }],
    },
    {
      code: `import * as aws from '@pulumi/aws';
const admin = new aws.iam.Role('admin', { assumeRolePolicy: trust, managedPolicyArns: [aws.iam.ManagedPolicy.AdministratorAccess] });`,
      errors: [{ messageId: 'adminManagedPolicy', line: 2, column: 88, endColumn: 129 }],
    },
    {
      code: `import * as aws from '@pulumi/aws';
new aws.iam.RolePolicyAttachment('s3', { role: role.name, policyArn: aws.iam.ManagedPolicy.AmazonS3FullAccess });`,
      errors: [{ messageId: 'adminManagedPolicy', line: 2, column: 70, endColumn: 110 }],
    },
    {
      code: `import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
new IamRolePolicyAttachment(this, 'admin', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });`,
      errors: [{ messageId: 'adminManagedPolicy', line: 2, column: 74, endColumn: 119 }],
    },
    {
      code: `${CDK}new iam.CfnRole(this, 'Legacy', { assumeRolePolicyDocument: trust, managedPolicyArns: ['arn:aws-us-gov:iam::aws:policy/PowerUserAccess'] });`,
      errors: [{ messageId: 'adminManagedPolicy', line: 2, column: 88, endColumn: 136 }],
    },
    // Options.
    {
      code: `${CDK}new iam.PolicyStatement({ actions: ['s3:*', 'iam:*'], resources: [bucket.bucketArn] });`,
      options: [{ allow: ['s3:*'] }],
      errors: [{ messageId: 'serviceWildcard', line: 2, column: 45, endColumn: 52 }],
    },
    {
      // A conditioned Resource '*' drops to low, reported when the threshold is low.
      code: `${CDK}new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'], conditions: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } });`,
      options: [{ minimumLevel: 'low' }],
      errors: [{ messageId: 'allResources', line: 2, column: 65, endColumn: 68 }],
    },
    {
      code: `${CDK}new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: ['*'] });
new iam.PolicyStatement({ actions: ['iam:*'], resources: ['*'] });`,
      options: [{ minimumLevel: 'high' }],
      errors: [{ messageId: 'serviceWildcard', line: 3, column: 37, endColumn: 44 }],
    },
    {
      // The method is looked for only in files that can name it: an escape can.
      code: `bucket.grant\\u0050ublicAccess();`,
      errors: [{ messageId: 'publicBucket', line: 1, column: 8, endColumn: 30 }],
    },
    {
      // The file gates keep keys held in constants: a policy document's, and a managed-policy key in another case.
      code: `const STATEMENT = 'Statement';
const ACTION = 'Action';
export const adminPolicy = { Version: '2012-10-17', [STATEMENT]: [{ Effect: 'Allow', [ACTION]: '*', Resource: '*' }] };`,
      errors: [{ messageId: 'fullAdministrator', line: 3, column: 96, endColumn: 99 }],
    },
    {
      code: `const ATTACHED = 'ManagedPolicyArns';
export const roleProps = { [ATTACHED]: ['arn:aws:iam::aws:policy/AdministratorAccess'] };`,
      errors: [{ messageId: 'adminManagedPolicy', line: 2, column: 41, data: { name: 'AdministratorAccess', grants: 'allows every action on every resource in the account', narrower: '' } }],
    },
  ],
});
