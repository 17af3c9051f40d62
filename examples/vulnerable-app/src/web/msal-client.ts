// Browser sign-in for the SPA: where tokens are kept (reported by the strict preset only).
import { PublicClientApplication, BrowserCacheLocation } from '@azure/msal-browser';

export const msalInstance = new PublicClientApplication({
  auth: { clientId: 'a1b2c3d4-0000-1111-2222-333344445555', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
  cache: { cacheLocation: BrowserCacheLocation.LocalStorage },
});

export const sessionScopedInstance = new PublicClientApplication({
  auth: { clientId: 'a1b2c3d4-0000-1111-2222-333344445555', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
  cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
});

export async function signIn(): Promise<void> {
  const result = await msalInstance.loginPopup({ scopes: ['api://orders/Orders.Read'] });
  localStorage.setItem('access_token', result.accessToken);
  localStorage.setItem('theme', document.body.dataset.theme ?? 'light');
  sessionStorage.setItem('lastAccount', result.account.username);
}
