// Browser code calling the orders API with MSAL: the wrong token and client-side claim checks, next to the right way.
import { PublicClientApplication, type AccountInfo } from '@azure/msal-browser';
import { jwtDecode } from 'jwt-decode';

const pca = new PublicClientApplication({
  auth: { clientId: 'spa-client-id', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
});
const ORDERS_SCOPE = 'api://orders-api/Orders.Read';

export async function loadOrders(account: AccountInfo): Promise<unknown> {
  const result = await pca.acquireTokenSilent({ scopes: ['openid', 'profile', ORDERS_SCOPE], account });
  const { roles = [] } = jwtDecode<{ roles?: string[] }>(result.accessToken);
  if (roles.includes('Orders.Admin')) document.body.classList.add('admin');
  const res = await fetch('/api/orders', {
    headers: { Authorization: `Bearer ${result.idToken}` },
  });
  return res.json();
}

export async function loadOrdersCorrectly(account: AccountInfo): Promise<unknown> {
  const result = await pca.acquireTokenSilent({ scopes: [ORDERS_SCOPE], account });
  const canWrite = result.scopes.includes('api://orders-api/Orders.Write');
  const res = await fetch('/api/orders', { headers: { Authorization: `Bearer ${result.accessToken}` } });
  return { canWrite, orders: await res.json(), user: account.idTokenClaims?.name };
}
