// AWS CDK stack for the API: a Lambda with a wildcard IAM policy and TLS turned off, next to a scoped worker.
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export class ExampleApiStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const reports = new s3.Bucket(this, 'Reports', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
    });
    const jobs = new sqs.Queue(this, 'Jobs', { visibilityTimeout: Duration.minutes(5) });

    const api = new lambda.Function(this, 'Api', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'src/lambda.handler',
      code: lambda.Code.fromAsset('dist'),
      timeout: Duration.seconds(30),
      environment: {
        NODE_ENV: 'production',
        REPORTS_BUCKET: reports.bucketName,
        NODE_TLS_REJECT_UNAUTHORIZED: '0',
      },
    });
    api.addToRolePolicy(
      new iam.PolicyStatement({
        effect: iam.Effect.ALLOW,
        actions: ['*'],
        resources: ['*'],
      }),
    );

    const worker = new lambda.Function(this, 'ReportWorker', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'src/jobs/worker.handler',
      code: lambda.Code.fromAsset('dist'),
      timeout: Duration.minutes(2),
      environment: {
        REPORTS_BUCKET: reports.bucketName,
        NODE_EXTRA_CA_CERTS: '/var/task/certs/internal-ca.pem',
      },
    });
    worker.addToRolePolicy(
      new iam.PolicyStatement({
        effect: iam.Effect.ALLOW,
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [reports.arnForObjects('reports/*')],
      }),
    );
    worker.addToRolePolicy(
      new iam.PolicyStatement({
        effect: iam.Effect.ALLOW,
        actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
        resources: [jobs.queueArn],
      }),
    );
  }
}
