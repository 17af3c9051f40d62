// A signed-in user's colleagues, looked up in Microsoft Graph: app-only token next to on-behalf-of.
import express from 'express';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { auth } from 'express-oauth2-jwt-bearer';
import { config } from '../config.js';

const cca = new ConfidentialClientApplication({
  auth: { clientId: config.auth.clientId, authority: config.auth.authority, clientCertificate: { thumbprintSha256: process.env.CERT_SHA256 ?? '', privateKey: process.env.CERT_KEY ?? '' } },
});

export const directoryRoutes = express.Router();
directoryRoutes.use(auth({ audience: config.auth.audience, issuerBaseURL: config.auth.issuer }));

directoryRoutes.get('/api/colleagues', async (req, res) => {
  const graph = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  const response = await fetch(`https://graph.microsoft.com/v1.0/users/${req.auth?.payload.oid}/manager/directReports`, {
    headers: { Authorization: `Bearer ${graph?.accessToken}` },
  });
  res.json(await response.json());
});

directoryRoutes.get('/api/me/photo', async (req, res) => {
  const incoming = req.headers.authorization?.slice('Bearer '.length) ?? '';
  const obo = await cca.acquireTokenOnBehalfOf({ oboAssertion: incoming, scopes: ['https://graph.microsoft.com/User.Read'] });
  const photo = await fetch('https://graph.microsoft.com/v1.0/me/photo/$value', { headers: { Authorization: `Bearer ${obo?.accessToken}` } });
  res.send(Buffer.from(await photo.arrayBuffer()));
});
