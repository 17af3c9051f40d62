// Nightly directory sync: a daemon that signs in as the app (MSAL) and reads Key Vault (@azure/identity).
import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import { ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';
import { config } from '../config.js';

const cca = new ConfidentialClientApplication({
  auth: { clientId: config.auth.clientId, authority: config.auth.authority, clientSecret: config.auth.clientSecret },
  system: {
    loggerOptions: { loggerCallback: (_level: LogLevel, message: string) => console.log(message), piiLoggingEnabled: true },
  },
});
const credential = new ClientSecretCredential(process.env.AZURE_TENANT_ID ?? '', config.auth.clientId, config.auth.clientSecret);
const vault = new SecretClient('https://contoso-jobs.vault.azure.net', credential);
const managedVault = new SecretClient('https://contoso-jobs.vault.azure.net', new ManagedIdentityCredential());

export async function syncDirectory(): Promise<void> {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  console.log(`Graph token: ${result?.accessToken}`);
  const { token } = await credential.getToken('https://vault.azure.net/.default');
  console.debug('vault token', token);
  const webhook = await vault.getSecret('sync-webhook');
  const signingKey = await managedVault.getSecret('sync-signing-key');
  console.log('graph token expires', result?.expiresOn, 'webhook', webhook.name, 'key', signingKey.name);
}
