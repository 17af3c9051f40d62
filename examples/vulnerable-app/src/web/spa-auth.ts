// Sign-in for the browser bundle, and the server route that starts it: implicit flow next to code + PKCE.
import express from 'express';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { UserAgentApplication } from 'msal';

const ISSUER = process.env.OIDC_ISSUER ?? 'https://login.example.com';
const CLIENT_ID = process.env.SPA_CLIENT_ID ?? '';
const REDIRECT_URI = 'https://app.example.com/callback';

export const legacyMsal = new UserAgentApplication({ auth: { clientId: CLIENT_ID, authority: ISSUER } });

export const implicitManager = new UserManager({
  authority: ISSUER,
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  response_type: 'id_token token',
});

export const userManager = new UserManager({
  authority: ISSUER,
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  response_type: 'code',
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

export const loginRoutes = express.Router();

loginRoutes.get('/login', (req, res) => {
  res.redirect(
    `${ISSUER}/oauth2/v2.0/authorize?client_id=${CLIENT_ID}&response_type=token&redirect_uri=${encodeURIComponent(REDIRECT_URI)}&state=${String(req.query.state)}`,
  );
});

loginRoutes.get('/login/code', (req, res) => {
  res.redirect(
    `${ISSUER}/oauth2/v2.0/authorize?client_id=${CLIENT_ID}&response_type=code&code_challenge=${String(req.query.challenge)}&code_challenge_method=S256`,
  );
});
