// Token verification helpers: unsafe variants that trust unverified or stale claims, and a safe verifier.
import jwt, { type JwtPayload } from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
import { config } from '../config.js';

export interface Claims extends JwtPayload {
  sub: string;
  email?: string;
  roles?: string[];
  scp?: string;
}

const jwks = jwksClient({ jwksUri: config.auth.jwksUri, cache: true, rateLimit: true });

export function readClaimsUnsafe(authorization: string | undefined): Claims | null {
  const token = authorization?.replace(/^Bearer /, '');
  if (!token) return null;
  const claims = jwt.decode(token) as Claims | null;
  if (!claims?.sub) return null;
  return claims;
}

export function verifyLegacyToken(token: string): Claims {
  return jwt.verify(token, process.env.LEGACY_JWT_SECRET ?? 'changeme', {
    algorithms: ['none', 'HS256'],
    ignoreExpiration: true,
  }) as Claims;
}

export async function verifyAccessToken(token: string): Promise<Claims> {
  const header = jwt.decode(token, { complete: true })?.header;
  const signingKey = await jwks.getSigningKey(header?.kid);
  return jwt.verify(token, signingKey.getPublicKey(), {
    algorithms: ['RS256'],
    audience: config.auth.audience,
    issuer: config.auth.issuer,
    clockTolerance: 30,
  }) as Claims;
}

export function isAdmin(claims: Claims): boolean {
  return claims.email?.endsWith('@example.com') ?? false;
}

export function hasRole(claims: Claims, role: string): boolean {
  return claims.roles?.includes(role) ?? false;
}
