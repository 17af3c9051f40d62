/**
 * http-proxy and http-proxy-middleware: where they take their options. Their `secure` option
 * (default `true`) verifies the target's TLS certificate; `secure: false` turns that off.
 * Sources: the http-proxy README ("secure: true/false, if you want to verify the SSL Certs") and
 * http-proxy-middleware's options, which are handed to http-proxy unchanged.
 */
import type { ApiSpec } from '../utils/module-tracker';

export interface ProxyApi extends ApiSpec {
  /** Argument positions that may hold the proxy options. */
  readonly optionArguments: readonly number[];
}

/** http-proxy instance methods taking per-request options as the third argument. */
const PER_REQUEST_METHODS = ['web', 'ws'] as const;

export const HTTP_PROXY_APIS: readonly ProxyApi[] = [
  { module: 'http-proxy', path: ['createProxyServer'], kinds: ['call'], instanceMethods: PER_REQUEST_METHODS, optionArguments: [0] },
  { module: 'http-proxy', path: ['createProxy'], kinds: ['call'], instanceMethods: PER_REQUEST_METHODS, optionArguments: [0] },
  { module: 'http-proxy', path: ['createServer'], kinds: ['call'], instanceMethods: PER_REQUEST_METHODS, optionArguments: [0] },
  // v3: createProxyMiddleware(options); v0–v2: createProxyMiddleware(context, options) and the default export.
  { module: 'http-proxy-middleware', path: ['createProxyMiddleware'], kinds: ['call'], optionArguments: [0, 1] },
  { module: 'http-proxy-middleware', path: ['legacyCreateProxyMiddleware'], kinds: ['call'], optionArguments: [0, 1] },
  { module: 'http-proxy-middleware', path: [], kinds: ['call'], optionArguments: [0, 1] },
];

/** Where per-request options sit in an instance method call (`proxy.web(req, res, options)`). */
export const PER_REQUEST_OPTION_ARGUMENT = 2;

/** The option that verifies the proxy target's certificate, and the value that turns it off. */
export const PROXY_VERIFY_OPTION = { key: 'secure', insecureValue: false } as const;
