// The same multi-tenant API done right: the token's tenant is checked against an allowlist.
import express from 'express';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const ENTRA_KEYS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));
const ALLOWED_TENANTS = new Set((process.env.ALLOWED_TENANTS ?? '').split(','));

export const partnerTenantApi = express.Router();

partnerTenantApi.use('/partner-api', async (req, res, next) => {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  const { payload } = await jwtVerify(token, ENTRA_KEYS, { audience: process.env.API_AUDIENCE });
  if (typeof payload.tid !== 'string' || !ALLOWED_TENANTS.has(payload.tid)) {
    res.status(403).json({ error: 'tenant_not_allowed' });
    return;
  }
  next();
});
