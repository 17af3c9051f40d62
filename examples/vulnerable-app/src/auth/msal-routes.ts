// Microsoft sign-in callback and a client-credentials call to the billing API.
import express from 'express';
import axios from 'axios';
import { ConfidentialClientApplication } from '@azure/msal-node';

const AUTHORITY = 'http://login.contoso.com/contoso.onmicrosoft.com';
const msal = new ConfidentialClientApplication({
  auth: { clientId: process.env.CLIENT_ID ?? '', authority: AUTHORITY, clientSecret: process.env.CLIENT_SECRET },
});

export const msalRoutes = express.Router();

msalRoutes.get('/auth/callback', async (req, res) => {
  const result = await msal.acquireTokenByCode({
    code: String(req.query.code),
    scopes: ['User.Read'],
    redirectUri: 'http://portal.contoso.com/auth/callback',
  });
  const { data } = await axios.post(
    'http://billing-auth.contoso.com/oauth2/token',
    new URLSearchParams({ grant_type: 'client_credentials', client_id: process.env.BILLING_ID ?? '', client_secret: process.env.BILLING_SECRET ?? '' }),
  );
  // Managed identity through the instance metadata service: plain HTTP by design.
  await fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net', {
    headers: { Metadata: 'true' },
  });
  res.json({ user: result.account?.username, billing: Boolean(data.access_token) });
});
