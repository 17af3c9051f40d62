// Browser code for the sign-in popup and the page that opens it (reported by the strict preset only).
const APP_ORIGIN = 'https://app.example.com';

export function finishSignIn(): void {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  const state = params.get('state');
  window.opener?.postMessage({ type: 'oauth-callback', code, state }, '*');
  window.opener?.postMessage({ type: 'oauth-callback', code, state }, APP_ORIGIN);
}

export function listenForSignIn(onCode: (code: string, state: string) => void): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.data?.type === 'oauth-callback') onCode(event.data.code, event.data.state);
  });
  window.addEventListener('message', (event: MessageEvent) => {
    if (!event.origin.endsWith('example.com')) return;
    if (event.data?.type === 'oauth-callback') onCode(event.data.code, event.data.state);
  });
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== APP_ORIGIN) return;
    if (event.data?.type === 'oauth-callback') onCode(event.data.code, event.data.state);
  });
}
