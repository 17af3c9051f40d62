/**
 * Electron's certificate hooks. Sources: Electron's `app` 'certificate-error' event and
 * `session.setCertificateVerifyProc` documentation.
 * - 'certificate-error' (on `app` and on `webContents`): after `event.preventDefault()`, `callback(true)`
 *   trusts a certificate Chromium rejected.
 * - `setCertificateVerifyProc(proc)`: `callback(0)` accepts any certificate; `-2` rejects; `-3` keeps Chromium's result.
 */
export const CERTIFICATE_ERROR_EVENT = 'certificate-error';

/** Methods that register an event listener on an Electron event emitter. */
export const LISTENER_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/** The value passed to the certificate-error callback that trusts the certificate anyway. */
export const TRUST_ANYWAY = true;

export const VERIFY_PROC_METHOD = 'setCertificateVerifyProc';

/** Position of the callback among the verify proc's parameters, and the result code that accepts any certificate. */
export const VERIFY_PROC_CALLBACK_INDEX = 1;
export const VERIFY_PROC_ACCEPT = 0;
