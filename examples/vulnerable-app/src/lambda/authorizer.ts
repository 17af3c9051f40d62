import type { APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import jwt from 'jsonwebtoken';
import { CognitoJwtVerifier } from 'aws-jwt-verify';

function generatePolicy(principalId: string, effect: 'Allow' | 'Deny', resource: string) {
  return { principalId, policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }] } };
}

// ❌ The gateway trusts whatever subject the caller wrote into an unsigned token.
export const legacyHandler = async (event: APIGatewayTokenAuthorizerEvent, context: unknown) => {
  const claims = jwt.decode(event.authorizationToken.replace('Bearer ', '')) as { sub: string } | null;
  if (!claims) return generatePolicy('anonymous', 'Deny', event.methodArn);
  return generatePolicy(claims.sub, 'Allow', event.methodArn);
};

// ✅ The token is verified (signature, issuer, audience, expiry) before the gateway is told anything.
const verifier = CognitoJwtVerifier.create({ userPoolId: process.env.USER_POOL_ID ?? '', tokenUse: 'access', clientId: process.env.CLIENT_ID ?? '' });

export const handler = async (event: APIGatewayTokenAuthorizerEvent) => {
  try {
    const claims = await verifier.verify(event.authorizationToken.replace('Bearer ', ''));
    return generatePolicy(claims.sub, 'Allow', event.methodArn);
  } catch {
    return generatePolicy('anonymous', 'Deny', event.methodArn);
  }
};
