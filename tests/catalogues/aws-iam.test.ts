import { describe, expect, it } from 'vitest';
import {
  ADMIN_MANAGED_POLICIES,
  DATA_READ_ACTIONS,
  IAM_LEVELS,
  PRIVILEGE_ESCALATION_ACTIONS,
  SENSITIVE_SERVICES,
  UNSCOPED_ACTIONS,
  awsManagedPolicyNameFromArn,
  escalationActionIn,
  isAllActions,
  isAtLeast,
  isBroadResource,
  isReadOnlyAction,
  isUnscopedAction,
  lowerLevel,
  managedPolicyByKey,
  managedPolicyRisk,
  matchesIamPattern,
  needsResourceScope,
  parseAction,
  sensitiveService,
  serviceOfWildcard,
} from '../../src/catalogues/aws-iam';

const ACTION = /^[\d\-a-z]+:[\d*?A-Za-z]+$/u;

function expectUnique(values: readonly string[]): void {
  const lower = values.map((value) => value.toLowerCase());
  expect(new Set(lower).size).toBe(lower.length);
}

describe('aws-iam catalogue entries', () => {
  it('are well-formed actions with a description', () => {
    for (const entry of [...PRIVILEGE_ESCALATION_ACTIONS, ...UNSCOPED_ACTIONS, ...DATA_READ_ACTIONS]) {
      expect(entry.action).toMatch(ACTION);
      expect(entry.grants.length).toBeGreaterThan(5);
      expect(entry.grants).not.toMatch(/\.$/u);
    }
    for (const entry of SENSITIVE_SERVICES) {
      expect(entry.service).toMatch(/^[\d\-a-z]+$/u);
      expect(IAM_LEVELS).toContain(entry.level);
      expect(entry.grants).not.toMatch(/\.$/u);
    }
  });

  it('has no duplicates (IAM names are case-insensitive)', () => {
    expectUnique(PRIVILEGE_ESCALATION_ACTIONS.map((entry) => entry.action));
    expectUnique(UNSCOPED_ACTIONS.map((entry) => entry.action));
    expectUnique(DATA_READ_ACTIONS.map((entry) => entry.action));
    expectUnique(SENSITIVE_SERVICES.map((entry) => entry.service));
    expectUnique(ADMIN_MANAGED_POLICIES.map((entry) => entry.name));
  });

  it('never lists an action as both safe on * and dangerous on *', () => {
    for (const entry of [...PRIVILEGE_ESCALATION_ACTIONS, ...DATA_READ_ACTIONS]) expect(isUnscopedAction(entry.action)).toBe(false);
  });

  it('points each managed policy at a narrower one of a lower level, or marks it a leaf', () => {
    const byName = new Map(ADMIN_MANAGED_POLICIES.map((entry) => [entry.name, entry]));
    for (const entry of ADMIN_MANAGED_POLICIES) {
      expect(entry.name).toMatch(/^[\w-]+$/u);
      if (entry.narrower === undefined) continue;
      const narrower = byName.get(entry.narrower);
      expect(narrower, entry.narrower).toBeDefined();
      expect(IAM_LEVELS.indexOf(narrower?.level ?? 'critical')).toBeGreaterThan(IAM_LEVELS.indexOf(entry.level));
    }
    for (const entry of ADMIN_MANAGED_POLICIES.filter((policy) => policy.level === 'low')) expect(entry.leaf).toBe(true);
  });
});

describe('aws-iam lookups', () => {
  it('matches IAM wildcards case-insensitively', () => {
    expect(matchesIamPattern('iam:Put*', 'iam:PutRolePolicy')).toBe(true);
    expect(matchesIamPattern('IAM:*policy', 'iam:AttachRolePolicy')).toBe(true);
    expect(matchesIamPattern('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(matchesIamPattern('s3:Get*', 's3:PutObject')).toBe(false);
    expect(matchesIamPattern('*', 'anything:AtAll')).toBe(true);
    expect(matchesIamPattern('a*a*a*a*a*b', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe(false);
  });

  it('parses actions and wildcards', () => {
    expect(parseAction('S3:GetObject')).toEqual({ service: 's3', name: 'GetObject' });
    expect(parseAction('*')).toBeNull();
    expect(isAllActions('*')).toBe(true);
    expect(isAllActions('*:*')).toBe(true);
    expect(isAllActions('s3:*')).toBe(false);
    expect(serviceOfWildcard('s3:*')).toBe('s3');
    expect(serviceOfWildcard('s3:Get*')).toBeNull();
    expect(serviceOfWildcard('*')).toBeNull();
    expect(sensitiveService('IAM')?.level).toBe('high');
    expect(sensitiveService('logs')).toBeUndefined();
  });

  it('finds escalation actions, also behind wildcards', () => {
    expect(escalationActionIn('iam:passrole')?.action).toBe('iam:PassRole');
    expect(escalationActionIn('iam:Attach*')?.action).toBe('iam:AttachUserPolicy');
    expect(escalationActionIn('iam:Get*')).toBeUndefined();
    expect(escalationActionIn('s3:PutObject')).toBeUndefined();
  });

  it('tells which actions need a resource scope', () => {
    expect(isUnscopedAction('ec2:DescribeInstances')).toBe(true);
    expect(isUnscopedAction('sts:GetCallerIdentity')).toBe(true);
    expect(isUnscopedAction('xray:PutTraceSegments')).toBe(true);
    expect(needsResourceScope('cloudwatch:PutMetricData')).toBe(false);
    expect(needsResourceScope('s3:ListBucket')).toBe(false);
    expect(isReadOnlyAction('dynamodb:DescribeTable')).toBe(true);
    expect(isReadOnlyAction('s3:GetObject')).toBe(false);
    expect(needsResourceScope('s3:GetObject')).toBe(true);
    expect(needsResourceScope('s3:Get*')).toBe(true);
    expect(needsResourceScope('secretsmanager:GetSecretValue')).toBe(true);
    expect(needsResourceScope('sqs:SendMessage')).toBe(true);
    expect(needsResourceScope('not-an-action')).toBe(false);
  });

  it('recognises resources that name every resource of a kind', () => {
    expect(isBroadResource('*')).toBe(true);
    expect(isBroadResource('arn:aws:iam::123456789012:role/*')).toBe(true);
    expect(isBroadResource('arn:aws:lambda:*:*:function:*')).toBe(true);
    expect(isBroadResource('arn:aws:s3:::*')).toBe(true);
    expect(isBroadResource('arn:aws:s3:::*/*')).toBe(true);
    expect(isBroadResource('arn:aws:s3:::invoices/*')).toBe(false);
    expect(isBroadResource('arn:aws:iam::*:role/cdk-*')).toBe(false);
    expect(isBroadResource('arn:aws:dynamodb:eu-west-1:123456789012:table/orders')).toBe(false);
    expect(isBroadResource('bucket/*')).toBe(false);
  });

  it('looks managed policies up by name, ARN and enum key', () => {
    expect(awsManagedPolicyNameFromArn('arn:aws:iam::aws:policy/AdministratorAccess')).toBe('AdministratorAccess');
    expect(awsManagedPolicyNameFromArn('arn:aws-cn:iam::aws:policy/job-function/ViewOnlyAccess')).toBe('ViewOnlyAccess');
    expect(awsManagedPolicyNameFromArn('arn:aws:iam::123456789012:policy/AdministratorAccess')).toBeNull();
    expect(managedPolicyRisk('administratoraccess')?.level).toBe('high');
    expect(managedPolicyRisk('AmazonKinesisFullAccess')?.level).toBe('medium');
    expect(managedPolicyRisk('AmazonS3ReadOnlyAccess')).toBeNull();
    expect(managedPolicyRisk('service-role/AWSLambdaBasicExecutionRole')).toBeNull();
    expect(managedPolicyByKey('AdministratorAccessAmplify')).toBe('AdministratorAccess-Amplify');
    expect(managedPolicyByKey('AWSLambdaBasicExecutionRole')).toBeNull();
  });

  it('orders and lowers levels', () => {
    expect(lowerLevel('critical')).toBe('high');
    expect(lowerLevel('low')).toBe('low');
    expect(isAtLeast('high', 'medium')).toBe(true);
    expect(isAtLeast('low', 'medium')).toBe(false);
  });
});
