// AWS CDK stack for the nightly export job: an over-broad role next to a scoped one.
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export class ExportJobStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const exports = new s3.Bucket(this, 'Exports', { enforceSSL: true });

    const exporter = new iam.Role(this, 'Exporter', {
      assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess')],
    });
    exporter.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: [exports.bucketArn] }));
    exporter.addToPolicy(new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'] }));
    exporter.addToPolicy(new iam.PolicyStatement({ actions: ['ssm:GetParameter'], resources: ['*'] }));
    exports.addToResourcePolicy(
      new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject'], resources: [exports.arnForObjects('*')] }),
    );

    // Silent: scoped actions, unscopable actions on '*', and a grant helper.
    const reader = new iam.Role(this, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    reader.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [exports.arnForObjects('daily/*')] }));
    reader.addToPolicy(new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'cloudwatch:PutMetricData'], resources: ['*'] }));
    exports.grantRead(reader);
  }
}
