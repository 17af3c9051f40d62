/**
 * AWS IAM privilege catalogue: how much an action, an action wildcard or an AWS managed policy grants.
 *
 * Plain data and pure lookups, no ESLint. Sources of the facts (paraphrased, never copied):
 * - AWS Service Authorization Reference ("Actions, resources, and condition keys for <service>"): an action whose
 *   "Resource types" column is empty can only be granted on `Resource: '*'`.
 * - AWS managed policies AWSLambdaBasicExecutionRole, AWSLambdaVPCAccessExecutionRole and
 *   AmazonSSMManagedInstanceCore, which grant the log-writing, network-interface and Session Manager actions on `*`
 *   (entries marked `conventional`).
 * - AWS IAM User Guide, "Security best practices in IAM" and "AWS managed policies for job functions".
 * - SonarSource rules S6302 (policies granting all privileges), S6304 (policies granting access to all resources),
 *   S6317 (privilege escalation: the action set below) and S6270 (public principals); Rhino Security Labs'
 *   "AWS IAM privilege escalation" research behind S6317.
 *
 * IAM action names are case-insensitive, so every lookup lower-cases; `*` and `?` are IAM's wildcards.
 */

/** How much a grant exposes, most severe first. */
import { PRIVILEGE_LEVELS, type PrivilegeLevel } from './privilege-levels';

export { isAtLeast, lowerLevel } from './privilege-levels';

export type IamLevel = PrivilegeLevel;

export const IAM_LEVELS: readonly IamLevel[] = PRIVILEGE_LEVELS;

export interface ServiceEntry {
  /** The IAM service prefix: `iam`, `s3`. */
  readonly service: string;
  /** The level of `<service>:*`. */
  readonly level: IamLevel;
  /** What `<service>:*` lets the holder do, as a clause: "can create users and keys and attach any policy". */
  readonly grants: string;
}

export interface ActionEntry {
  /** The action, or an IAM wildcard pattern over actions (`ec2:Describe*`). */
  readonly action: string;
  /** What it lets the holder do, as a clause: "can hand any role to a service it starts". */
  readonly grants: string;
}

export interface UnscopedActionEntry extends ActionEntry {
  /**
   * `no-resource-types`: the Service Authorization Reference lists no resource type, so `Resource: '*'` is the only
   * choice. `conventional`: scopable in principle, but AWS's own managed policies grant it on `*` and the risk is low.
   */
  readonly why: 'no-resource-types' | 'conventional';
}

export interface ManagedPolicyEntry {
  /** The AWS managed policy name (the last segment of `arn:aws:iam::aws:policy/...`). */
  readonly name: string;
  readonly level: IamLevel;
  /** What attaching it lets the holder do, as a clause. */
  readonly grants: string;
  /** A narrower AWS managed policy that covers read-only use, itself in this catalogue at a lower level. */
  readonly narrower?: string;
  /** Marks the end of a narrowing chain: nothing narrower exists in AWS's managed set. */
  readonly leaf?: true;
}

/** The level a finding drops to when a condition restricts it. */

/** True when `level` is `minimum` or more severe. */

/**
 * Services whose `service:*` is high: identity, secrets, keys, data stores, compute that runs with a role, and the
 * audit trail. Every other service's wildcard is medium.
 */
export const SENSITIVE_SERVICES: readonly ServiceEntry[] = [
  { service: 'iam', level: 'high', grants: 'can create users and access keys and attach any policy, which amounts to administrator access' },
  { service: 'sts', level: 'high', grants: 'can assume every role that trusts this account' },
  { service: 'kms', level: 'high', grants: 'can decrypt with every key, rewrite key policies and schedule keys for deletion' },
  { service: 's3', level: 'high', grants: 'can read, overwrite and delete objects and rewrite bucket policies to make buckets public' },
  { service: 'secretsmanager', level: 'high', grants: 'can read and replace every secret it reaches' },
  { service: 'ssm', level: 'high', grants: 'can read every parameter and run commands on managed instances' },
  { service: 'lambda', level: 'high', grants: 'can replace function code and run it with the function\'s role' },
  { service: 'ec2', level: 'high', grants: 'can start instances with any instance profile and open security groups to the internet' },
  { service: 'dynamodb', level: 'high', grants: 'can read, change and delete every item and table it reaches' },
  { service: 'rds', level: 'high', grants: 'can snapshot, share and delete databases and reset their master passwords' },
  { service: 'organizations', level: 'high', grants: 'can move accounts and change service control policies across the organization' },
  { service: 'cloudformation', level: 'high', grants: 'can create stacks that act with any role passed to them' },
  { service: 'glue', level: 'high', grants: 'can run code as any role handed to a job or endpoint' },
  { service: 'ecr', level: 'high', grants: 'can push images that other services will pull and run' },
  { service: 'ecs', level: 'high', grants: 'can run tasks with any task role' },
  { service: 'eks', level: 'high', grants: 'can change cluster access entries and grant cluster administrator' },
  { service: 'cognito-idp', level: 'high', grants: 'can create users, reset passwords and change sign-in settings' },
  { service: 'sso', level: 'high', grants: 'can assign permission sets, including administrator ones, to any user' },
  { service: 'cloudtrail', level: 'high', grants: 'can stop or delete the audit trail that would record an attack' },
  { service: 'sqs', level: 'high', grants: 'can read and purge every message and rewrite queue policies' },
  { service: 'sns', level: 'high', grants: 'can publish to every subscriber and rewrite topic policies' },
  { service: 'kinesis', level: 'high', grants: 'can read and write every record of the streams it reaches' },
  { service: 'backup', level: 'high', grants: 'can delete recovery points and change vault access policies' },
  { service: 'datapipeline', level: 'high', grants: 'can define pipelines that act with any role passed to them' },
  { service: 'codebuild', level: 'high', grants: 'can run arbitrary build commands with the project\'s role' },
];

/**
 * Actions that give a path to administrator access when granted on every resource (Sonar S6317's set). A statement
 * with a `Principal` or a `Condition` is not checked, as in S6317.
 */
export const PRIVILEGE_ESCALATION_ACTIONS: readonly ActionEntry[] = [
  { action: 'iam:PassRole', grants: 'can hand any role, including an administrator role, to a service it starts' },
  { action: 'iam:CreateAccessKey', grants: 'can mint access keys for any user' },
  { action: 'iam:CreateLoginProfile', grants: 'can set a console password for any user' },
  { action: 'iam:UpdateLoginProfile', grants: 'can change any user\'s console password' },
  { action: 'iam:AttachUserPolicy', grants: 'can attach any policy, including AdministratorAccess, to any user' },
  { action: 'iam:AttachGroupPolicy', grants: 'can attach any policy, including AdministratorAccess, to any group' },
  { action: 'iam:AttachRolePolicy', grants: 'can attach any policy, including AdministratorAccess, to any role' },
  { action: 'iam:PutUserPolicy', grants: 'can write any inline policy into any user' },
  { action: 'iam:PutGroupPolicy', grants: 'can write any inline policy into any group' },
  { action: 'iam:PutRolePolicy', grants: 'can write any inline policy into any role' },
  { action: 'iam:CreatePolicyVersion', grants: 'can rewrite any customer managed policy' },
  { action: 'iam:SetDefaultPolicyVersion', grants: 'can switch any managed policy to a more permissive version' },
  { action: 'iam:AddUserToGroup', grants: 'can add any user to any group, including an administrators group' },
  { action: 'iam:UpdateAssumeRolePolicy', grants: 'can let itself assume any role' },
  { action: 'sts:AssumeRole', grants: 'can assume every role that trusts this account' },
  { action: 'lambda:CreateFunction', grants: 'can create functions that run with any role passed to them' },
  { action: 'lambda:UpdateFunctionCode', grants: 'can replace any function\'s code and run it with that function\'s role' },
  { action: 'lambda:AddPermission', grants: 'can let any account or service invoke any function' },
  { action: 'lambda:InvokeFunction', grants: 'can invoke every function, and so act with every function\'s role' },
  { action: 'lambda:CreateEventSourceMapping', grants: 'can make any function run on events it chooses' },
  { action: 'ec2:RunInstances', grants: 'can start instances with any instance profile' },
  { action: 'cloudformation:CreateStack', grants: 'can create stacks that act with any role passed to them' },
  { action: 'glue:CreateDevEndpoint', grants: 'can open development endpoints that run with any role' },
  { action: 'glue:UpdateDevEndpoint', grants: 'can take over existing development endpoints and their roles' },
  { action: 'datapipeline:CreatePipeline', grants: 'can create pipelines that act with any role' },
  { action: 'datapipeline:PutPipelineDefinition', grants: 'can define pipeline steps that run with the pipeline\'s role' },
];

/** Actions that may stay on `Resource: '*'`. */
export const UNSCOPED_ACTIONS: readonly UnscopedActionEntry[] = [
  { action: 'sts:GetCallerIdentity', why: 'no-resource-types', grants: 'returns the caller\'s own identity' },
  { action: 'sts:GetSessionToken', why: 'no-resource-types', grants: 'issues temporary credentials for the caller itself' },
  { action: 'sts:GetAccessKeyInfo', why: 'no-resource-types', grants: 'returns the account that owns an access key' },
  { action: 'sts:DecodeAuthorizationMessage', why: 'no-resource-types', grants: 'decodes an access-denied message' },
  { action: 'ec2:Describe*', why: 'no-resource-types', grants: 'lists EC2 resources and their settings' },
  { action: 'xray:Put*', why: 'no-resource-types', grants: 'sends traces and telemetry to X-Ray' },
  { action: 'xray:GetSamplingRules', why: 'no-resource-types', grants: 'reads X-Ray sampling rules' },
  { action: 'xray:GetSamplingTargets', why: 'no-resource-types', grants: 'reads X-Ray sampling quotas' },
  { action: 'xray:GetSamplingStatisticSummaries', why: 'no-resource-types', grants: 'reads X-Ray sampling statistics' },
  { action: 'cloudwatch:PutMetricData', why: 'no-resource-types', grants: 'publishes custom metrics' },
  { action: 'cloudwatch:GetMetricData', why: 'no-resource-types', grants: 'reads metric values' },
  { action: 'cloudwatch:GetMetricStatistics', why: 'no-resource-types', grants: 'reads metric statistics' },
  { action: 'cloudwatch:ListMetrics', why: 'no-resource-types', grants: 'lists metric names' },
  { action: 's3:ListAllMyBuckets', why: 'no-resource-types', grants: 'lists the account\'s bucket names' },
  { action: 'kms:CreateKey', why: 'no-resource-types', grants: 'creates a new key owned by the caller\'s account' },
  { action: 'kms:GenerateRandom', why: 'no-resource-types', grants: 'returns random bytes' },
  { action: 'kms:ListKeys', why: 'no-resource-types', grants: 'lists key ids' },
  { action: 'kms:ListAliases', why: 'no-resource-types', grants: 'lists key aliases' },
  { action: 'secretsmanager:GetRandomPassword', why: 'no-resource-types', grants: 'generates a random password' },
  { action: 'secretsmanager:ListSecrets', why: 'no-resource-types', grants: 'lists secret names, not their values' },
  { action: 'secretsmanager:BatchGetSecretValue', why: 'no-resource-types', grants: 'batch reads, each secret still checked by GetSecretValue' },
  { action: 'ssm:DescribeParameters', why: 'no-resource-types', grants: 'lists parameter names, not their values' },
  { action: 'ecr:GetAuthorizationToken', why: 'no-resource-types', grants: 'obtains a registry login token, each repository still checked' },
  { action: 'lambda:ListFunctions', why: 'no-resource-types', grants: 'lists function names' },
  { action: 'lambda:GetAccountSettings', why: 'no-resource-types', grants: 'reads the account\'s Lambda limits' },
  { action: 'cloudformation:ValidateTemplate', why: 'no-resource-types', grants: 'checks a template\'s syntax' },
  { action: 'cloudformation:ListStacks', why: 'no-resource-types', grants: 'lists stack names' },
  { action: 'dynamodb:ListTables', why: 'no-resource-types', grants: 'lists table names' },
  { action: 'dynamodb:DescribeLimits', why: 'no-resource-types', grants: 'reads the account\'s DynamoDB limits' },
  { action: 'sqs:ListQueues', why: 'no-resource-types', grants: 'lists queue URLs' },
  { action: 'sns:ListTopics', why: 'no-resource-types', grants: 'lists topic names' },
  { action: 'tag:GetResources', why: 'no-resource-types', grants: 'lists tagged resources' },
  { action: 'tag:GetTagKeys', why: 'no-resource-types', grants: 'lists tag keys' },
  { action: 'tag:GetTagValues', why: 'no-resource-types', grants: 'lists tag values' },
  { action: 'acm:RequestCertificate', why: 'no-resource-types', grants: 'requests a new certificate' },
  { action: 'ssmmessages:CreateControlChannel', why: 'no-resource-types', grants: 'opens a Session Manager channel for the instance itself' },
  { action: 'ssmmessages:CreateDataChannel', why: 'no-resource-types', grants: 'opens a Session Manager channel for the instance itself' },
  { action: 'ssmmessages:OpenControlChannel', why: 'no-resource-types', grants: 'opens a Session Manager channel for the instance itself' },
  { action: 'ssmmessages:OpenDataChannel', why: 'no-resource-types', grants: 'opens a Session Manager channel for the instance itself' },
  { action: 'logs:CreateLogGroup', why: 'conventional', grants: 'creates a log group' },
  { action: 'logs:CreateLogStream', why: 'conventional', grants: 'creates a log stream' },
  { action: 'logs:PutLogEvents', why: 'conventional', grants: 'writes log lines' },
  { action: 'ec2:CreateNetworkInterface', why: 'conventional', grants: 'attaches a function to its VPC' },
  { action: 'ec2:DeleteNetworkInterface', why: 'conventional', grants: 'detaches a function from its VPC' },
  { action: 'ec2:AssignPrivateIpAddresses', why: 'conventional', grants: 'assigns addresses to the function\'s network interface' },
  { action: 'ec2:UnassignPrivateIpAddresses', why: 'conventional', grants: 'releases addresses of the function\'s network interface' },
];

/** Reads that return data rather than settings: on every resource they read every bucket, secret or table. */
export const DATA_READ_ACTIONS: readonly ActionEntry[] = [
  { action: 's3:GetObject', grants: 'reads every object in every bucket' },
  { action: 's3:GetObjectVersion', grants: 'reads every version of every object' },
  { action: 'secretsmanager:GetSecretValue', grants: 'reads every secret' },
  { action: 'ssm:GetParameter', grants: 'reads every parameter, secure strings included' },
  { action: 'ssm:GetParameters', grants: 'reads every parameter, secure strings included' },
  { action: 'ssm:GetParametersByPath', grants: 'reads every parameter, secure strings included' },
  { action: 'kms:Decrypt', grants: 'decrypts with every key' },
  { action: 'dynamodb:GetItem', grants: 'reads every item of every table' },
  { action: 'dynamodb:BatchGetItem', grants: 'reads every item of every table' },
  { action: 'dynamodb:GetRecords', grants: 'reads every table\'s change stream' },
  { action: 'kinesis:GetRecords', grants: 'reads every stream' },
  { action: 'lambda:GetFunction', grants: 'downloads every function\'s code' },
  { action: 'logs:GetLogEvents', grants: 'reads every log' },
  { action: 'ecr:GetDownloadUrlForLayer', grants: 'downloads every image' },
  { action: 'athena:GetQueryResults', grants: 'reads every query result' },
];

/** Action verbs that only read settings or names. */
export const READ_ONLY_PREFIXES: readonly string[] = ['Get', 'List', 'Describe'];

/** AWS managed policies that grant far more than an application needs. Other `*FullAccess` policies are medium. */
export const ADMIN_MANAGED_POLICIES: readonly ManagedPolicyEntry[] = [
  { name: 'AdministratorAccess', level: 'high', grants: 'allows every action on every resource in the account' },
  { name: 'PowerUserAccess', level: 'high', grants: 'allows every action except user and group management, so it can still read every secret and delete every resource' },
  { name: 'IAMFullAccess', level: 'high', grants: 'can create users and attach any policy, which amounts to administrator access', narrower: 'IAMReadOnlyAccess' },
  { name: 'AdministratorAccess-Amplify', level: 'high', grants: 'can create and change IAM roles and most application resources' },
  { name: 'AdministratorAccess-AWSElasticBeanstalk', level: 'high', grants: 'can create and change IAM roles and every resource Elastic Beanstalk uses' },
  { name: 'AWSOrganizationsFullAccess', level: 'high', grants: 'can move accounts and change service control policies across the organization', narrower: 'AWSOrganizationsReadOnlyAccess' },
  { name: 'AmazonS3FullAccess', level: 'medium', grants: 'allows every S3 action on every bucket', narrower: 'AmazonS3ReadOnlyAccess' },
  { name: 'AmazonDynamoDBFullAccess', level: 'medium', grants: 'allows every DynamoDB action on every table', narrower: 'AmazonDynamoDBReadOnlyAccess' },
  { name: 'AmazonEC2FullAccess', level: 'medium', grants: 'allows every EC2 action on every instance and network', narrower: 'AmazonEC2ReadOnlyAccess' },
  { name: 'AmazonSQSFullAccess', level: 'medium', grants: 'allows every SQS action on every queue', narrower: 'AmazonSQSReadOnlyAccess' },
  { name: 'AmazonSNSFullAccess', level: 'medium', grants: 'allows every SNS action on every topic', narrower: 'AmazonSNSReadOnlyAccess' },
  { name: 'AmazonRDSFullAccess', level: 'medium', grants: 'allows every RDS action on every database', narrower: 'AmazonRDSReadOnlyAccess' },
  { name: 'AWSLambda_FullAccess', level: 'medium', grants: 'allows every Lambda action on every function', narrower: 'AWSLambda_ReadOnlyAccess' },
  { name: 'CloudWatchFullAccess', level: 'medium', grants: 'allows every CloudWatch action, alarms and dashboards included', narrower: 'CloudWatchReadOnlyAccess' },
  { name: 'SecretsManagerReadWrite', level: 'medium', grants: 'can read and change every secret in the account' },
  { name: 'IAMReadOnlyAccess', level: 'low', grants: 'reads IAM users, roles and policies', leaf: true },
  { name: 'AWSOrganizationsReadOnlyAccess', level: 'low', grants: 'reads the organization\'s accounts and policies', leaf: true },
  { name: 'AmazonS3ReadOnlyAccess', level: 'low', grants: 'reads every object in every bucket', leaf: true },
  { name: 'AmazonDynamoDBReadOnlyAccess', level: 'low', grants: 'reads every table', leaf: true },
  { name: 'AmazonEC2ReadOnlyAccess', level: 'low', grants: 'reads EC2 settings', leaf: true },
  { name: 'AmazonSQSReadOnlyAccess', level: 'low', grants: 'reads queue settings', leaf: true },
  { name: 'AmazonSNSReadOnlyAccess', level: 'low', grants: 'reads topic settings', leaf: true },
  { name: 'AmazonRDSReadOnlyAccess', level: 'low', grants: 'reads database settings', leaf: true },
  { name: 'AWSLambda_ReadOnlyAccess', level: 'low', grants: 'reads function settings', leaf: true },
  { name: 'CloudWatchReadOnlyAccess', level: 'low', grants: 'reads metrics, alarms and logs', leaf: true },
];

/** What any other `*FullAccess` managed policy grants. */
export const FULL_ACCESS_GRANTS = 'allows every action of its service on every resource';

// ---------------------------------------------------------------------------------------------------------------
// Lookups

/**
 * True when the IAM wildcard `pattern` (`*` any run, `?` one character) matches `text`, case-insensitively.
 * Greedy with a single back-track point, so linear in practice and never exponential.
 */
export function matchesIamPattern(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
      pi += 1;
      ti += 1;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi;
      mark = ti;
      pi += 1;
    } else if (star !== -1) {
      pi = star + 1;
      mark += 1;
      ti = mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

/** `{ service, name }` of `service:Name`, lower-cased service; `null` when there is no colon. */
export function parseAction(action: string): { service: string; name: string } | null {
  const colon = action.indexOf(':');
  if (colon <= 0) return null;
  return { service: action.slice(0, colon).toLowerCase(), name: action.slice(colon + 1) };
}

function isAllWildcard(text: string): boolean {
  return /^\*+$/u.test(text);
}

/** `*` (or `*:*`): every action of every service. */
export function isAllActions(action: string): boolean {
  if (isAllWildcard(action)) return true;
  const parsed = parseAction(action);
  return parsed !== null && isAllWildcard(parsed.service) && isAllWildcard(parsed.name);
}

/** The service of `service:*`, or `null` for anything else. */
export function serviceOfWildcard(action: string): string | null {
  const parsed = parseAction(action);
  return parsed && !isAllWildcard(parsed.service) && isAllWildcard(parsed.name) ? parsed.service : null;
}

function byLowerAction<T extends ActionEntry>(entries: readonly T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.action.toLowerCase(), entry]));
}

const SERVICES_BY_NAME: ReadonlyMap<string, ServiceEntry> = new Map(SENSITIVE_SERVICES.map((entry) => [entry.service, entry]));
const ESCALATION_BY_ACTION = byLowerAction(PRIVILEGE_ESCALATION_ACTIONS);
const UNSCOPED_EXACT = byLowerAction(UNSCOPED_ACTIONS.filter((entry) => !/[*?]/u.test(entry.action)));
const UNSCOPED_PATTERNS = UNSCOPED_ACTIONS.filter((entry) => /[*?]/u.test(entry.action));
const MANAGED_BY_NAME: ReadonlyMap<string, ManagedPolicyEntry> = new Map(
  ADMIN_MANAGED_POLICIES.map((entry) => [entry.name.toLowerCase(), entry]),
);

/** The sensitive-service entry for `service`, if it is one. */
export function sensitiveService(service: string): ServiceEntry | undefined {
  return SERVICES_BY_NAME.get(service.toLowerCase());
}

/** The first privilege-escalation action that `action` (exact or a wildcard pattern) grants. */
export function escalationActionIn(action: string): ActionEntry | undefined {
  const exact = ESCALATION_BY_ACTION.get(action.toLowerCase());
  if (exact) return exact;
  if (!/[*?]/u.test(action)) return undefined;
  return PRIVILEGE_ESCALATION_ACTIONS.find((entry) => matchesIamPattern(action, entry.action));
}

/** True when the action is one that may stay on `Resource: '*'`. */
export function isUnscopedAction(action: string): boolean {
  return UNSCOPED_EXACT.has(action.toLowerCase()) || UNSCOPED_PATTERNS.some((entry) => matchesIamPattern(entry.action, action));
}

/** True when `action` (or any action its wildcard covers) reads data: an object, a secret, an item. */
export function readsData(action: string): boolean {
  return DATA_READ_ACTIONS.some((entry) => matchesIamPattern(action, entry.action));
}

/** True when the action's verb only reads settings or names (`Get*`, `List*`, `Describe*`) and reads no data. */
export function isReadOnlyAction(action: string): boolean {
  const parsed = parseAction(action);
  if (!parsed || readsData(action)) return false;
  return READ_ONLY_PREFIXES.some((prefix) => parsed.name.toLowerCase().startsWith(prefix.toLowerCase()));
}

/** True when granting `action` on every resource exposes more than it must: it writes or reads data and can be scoped. */
export function needsResourceScope(action: string): boolean {
  if (!parseAction(action) || isUnscopedAction(action)) return false;
  return !isReadOnlyAction(action);
}

/** Services whose ARNs carry no resource type: `arn:aws:s3:::bucket/key`. */
const UNTYPED_ARN_SERVICES: ReadonlySet<string> = new Set(['s3']);

/**
 * True for `*` and for ARNs that name every resource of a kind: `arn:aws:iam::123456789012:role/*`,
 * `arn:aws:s3:::*`, `arn:aws:s3:::*\/*`, `arn:aws:dynamodb:*:*:table/*`, `arn:aws:lambda:*:*:function:*`.
 */
export function isBroadResource(resource: string): boolean {
  if (isAllWildcard(resource)) return true;
  if (!resource.toLowerCase().startsWith('arn:')) return false;
  const parts = resource.split(':');
  if (parts.length < 6) return false;
  let rest = parts.slice(5).join(':');
  // Drop the resource type, `role/` or `function:`, when the service has them (S3 ARNs start with the bucket name).
  const typeEnd = rest.search(/[/:]/u);
  if (!UNTYPED_ARN_SERVICES.has(parts[2]?.toLowerCase() ?? '') && typeEnd > 0 && /^[\w-]+$/u.test(rest.slice(0, typeEnd))) {
    rest = rest.slice(typeEnd + 1);
  }
  return rest.includes('*') && /^[*/:]+$/u.test(rest);
}

/** The last path segment of a managed policy name or ARN: `service-role/X` and `arn:aws:iam::aws:policy/job-function/X` → `X`. */
export function managedPolicyName(nameOrArn: string): string {
  return nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1);
}

/** The policy name of an AWS managed policy ARN (`arn:<partition>:iam::aws:policy/...`), or `null`. */
export function awsManagedPolicyNameFromArn(arn: string): string | null {
  return /^arn:aws[\w-]*:iam::aws:policy\//u.test(arn) ? managedPolicyName(arn) : null;
}

/** The level and grant of an AWS managed policy name, or `null` when it is not over-broad. */
export function managedPolicyRisk(name: string): { level: IamLevel; grants: string; narrower?: string } | null {
  const bare = managedPolicyName(name);
  const entry = MANAGED_BY_NAME.get(bare.toLowerCase());
  if (entry) return entry.level === 'low' ? null : entry;
  return /fullaccess$/iu.test(bare) ? { level: 'medium', grants: FULL_ACCESS_GRANTS } : null;
}

/** Looks up a managed policy by a key written without punctuation (Pulumi's `AdministratorAccessAmplify`). */
export function managedPolicyByKey(key: string): string | null {
  const wanted = key.replace(/[^\da-z]/giu, '').toLowerCase();
  for (const entry of ADMIN_MANAGED_POLICIES) {
    if (entry.name.replace(/[^\da-z]/giu, '').toLowerCase() === wanted) return entry.name;
  }
  return /fullaccess$/iu.test(key) ? key : null;
}
