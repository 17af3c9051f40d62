// OAuth client-credentials token clients (axios, undici, MSAL): a trusting transport next to a verifying one.
import fs from 'node:fs';
import https from 'node:https';
import { ConfidentialClientApplication, LogLevel, PublicClientApplication } from '@azure/msal-node';
import axios from 'axios';
import { Agent, request } from 'undici';
import { config } from '../config.js';

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

const GRAPH_SCOPES = ['https://graph.microsoft.com/.default'];
const internalCa = fs.readFileSync(config.tls.caFile);

function tokenRequest(scope: string): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: config.auth.clientId,
    client_secret: config.auth.clientSecret,
    scope,
  });
}

const insecureAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
const verifyingAgent = new https.Agent({ keepAlive: true, ca: internalCa, rejectUnauthorized: true });

export async function fetchTokenInsecure(scope: string): Promise<string> {
  const { data } = await axios.post<TokenResponse>(config.auth.tokenEndpoint, tokenRequest(scope), {
    httpsAgent: insecureAgent,
    timeout: 5000,
  });
  return data.access_token;
}

export async function fetchToken(scope: string): Promise<string> {
  const { data } = await axios.post<TokenResponse>(config.auth.tokenEndpoint, tokenRequest(scope), {
    httpsAgent: verifyingAgent,
    timeout: 5000,
  });
  return data.access_token;
}

const lenientDispatcher = new Agent({ connect: { rejectUnauthorized: false } });
const verifyingDispatcher = new Agent({ connect: { ca: internalCa, servername: 'auth.internal' } });

export async function fetchTokenUndici(scope: string, strict = true): Promise<string> {
  const response = await request(config.auth.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenRequest(scope).toString(),
    dispatcher: strict ? verifyingDispatcher : lenientDispatcher,
  });
  const body = (await response.body.json()) as TokenResponse;
  return body.access_token;
}

const publicApp = new PublicClientApplication({
  auth: { clientId: config.auth.clientId, authority: config.auth.authority },
  system: {
    loggerOptions: {
      loggerCallback: (_level: LogLevel, message: string) => console.log(message),
      piiLoggingEnabled: true,
      logLevel: LogLevel.Verbose,
    },
  },
});

export async function tokenForServiceAccount(): Promise<string | undefined> {
  const result = await publicApp.acquireTokenByUsernamePassword({
    scopes: GRAPH_SCOPES,
    username: process.env.SERVICE_ACCOUNT_USER ?? '',
    password: process.env.SERVICE_ACCOUNT_PASSWORD ?? '',
  });
  return result?.accessToken;
}

const confidentialApp = new ConfidentialClientApplication({
  auth: {
    clientId: config.auth.clientId,
    authority: config.auth.authority,
    clientSecret: config.auth.clientSecret,
  },
  system: { loggerOptions: { piiLoggingEnabled: false, logLevel: LogLevel.Warning } },
});

export async function tokenForGraph(): Promise<string | undefined> {
  const result = await confidentialApp.acquireTokenByClientCredential({ scopes: GRAPH_SCOPES });
  return result?.accessToken;
}
