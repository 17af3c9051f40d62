import axios from 'axios';
import { msalInstance } from './msal-client';

async function getAccessToken(): Promise<string> {
  const result = await msalInstance.acquireTokenSilent({ scopes: ['api://orders/Orders.Read'] });
  return result.accessToken;
}

// ❌ Every request of this client carries the user's token, and the base URL is plain HTTP.
export const legacyApi = axios.create({ baseURL: 'http://legacy-api.shop.example.net/v1' });
legacyApi.interceptors.request.use(async (config) => {
  config.headers.Authorization = `Bearer ${await getAccessToken()}`;
  return config;
});

// ✅ The same client over HTTPS.
export const ordersApi = axios.create({ baseURL: 'https://orders-api.shop.example.net/v1' });
ordersApi.interceptors.request.use(async (config) => {
  config.headers.Authorization = `Bearer ${await getAccessToken()}`;
  return config;
});
