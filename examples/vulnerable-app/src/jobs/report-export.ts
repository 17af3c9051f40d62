// Nightly report export: signs in as a "service account" user with a password, unsafe next to safe.
import express from 'express';
import axios from 'axios';
import { ManagedIdentityCredential, UsernamePasswordCredential } from '@azure/identity';
import { config } from '../config.js';

export const exportRoutes = express.Router();

const credential = new UsernamePasswordCredential(
  process.env.AZURE_TENANT_ID ?? '',
  config.auth.clientId,
  process.env.EXPORT_USER ?? '',
  process.env.EXPORT_PASSWORD ?? '',
);

// The job's own identity: no user, no password.
const jobIdentity = new ManagedIdentityCredential();

async function legacyPartnerToken(): Promise<string> {
  const { data } = await axios.post<{ access_token: string }>(
    config.auth.tokenEndpoint,
    new URLSearchParams({
      grant_type: 'password',
      client_id: config.auth.clientId,
      username: process.env.PARTNER_USER ?? '',
      password: process.env.PARTNER_PASSWORD ?? '',
    }),
  );
  return data.access_token;
}

exportRoutes.post('/jobs/export', async (_req, res) => {
  const graph = await credential.getToken('https://graph.microsoft.com/.default');
  const storage = await jobIdentity.getToken('https://storage.azure.com/.default');
  res.json({ graph: Boolean(graph), storage: Boolean(storage), partner: Boolean(await legacyPartnerToken()) });
});
