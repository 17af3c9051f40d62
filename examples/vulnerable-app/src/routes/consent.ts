// Sign-in and token requests with the scopes they ask for: over-broad next to narrow.
import express from 'express';
import passport from 'passport';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { ClientSecretCredential } from '@azure/identity';
import { config } from '../config.js';

const cca = new ConfidentialClientApplication({
  auth: { clientId: config.auth.clientId, authority: config.auth.authority, clientSecret: config.auth.clientSecret },
});
const credential = new ClientSecretCredential(process.env.AZURE_TENANT_ID ?? '', config.auth.clientId, config.auth.clientSecret);
export const consentRouter = express.Router();

consentRouter.get('/login', async (_req, res) => {
  const url = await cca.getAuthCodeUrl({
    redirectUri: 'https://orders.example.com/auth/callback',
    scopes: ['openid', 'profile', 'User.Read', 'Directory.ReadWrite.All'],
  });
  res.redirect(url);
});

consentRouter.get('/auth/github', passport.authenticate('github', { scope: ['user:email', 'repo'] }));

consentRouter.post('/archive', async (_req, res) => {
  const app = await credential.getToken('https://graph.microsoft.com/.default');
  const mail = await credential.getToken(['https://graph.microsoft.com/Mail.ReadWrite']);
  res.json({ ok: Boolean(app && mail) });
});

export const graphScopes = ['User.Read', 'Files.ReadWrite.All'];
