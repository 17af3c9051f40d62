/**
 * Identity libraries that their publisher has retired or put in maintenance-only mode, and what replaces each.
 * Plain data: no ESLint here.
 *
 * Status, as published by the maintainers (checked in each package's README from `npm pack`, and in Microsoft's docs):
 * - ADAL (`adal-node`, `adal-angular`): end of support June 2023, no security fixes since; "Migrate applications to
 *   MSAL" (learn.microsoft.com). `adal-angular4` and `react-adal` are community wrappers around ADAL.js (the first
 *   depends on `adal-angular`, the second vendors a copy of it).
 * - MSAL.js 1.x (`msal`, last release 1.4.18): "no longer receiving new features and will only receive critical bug and
 *   security fixes"; implements only the implicit grant. `@azure/msal-angularjs` (a wrapper of MSAL.js 0.2) is
 *   deprecated by the MSAL team; `react-aad-msal` is a community wrapper whose peer dependency is `msal` 1.x.
 * - `passport-azure-ad` (last release 4.3.5): the repository is archived and its README declares it deprecated,
 *   pointing to MSAL Node for sign-in and to a token-validation library for APIs.
 * - `@azure/ms-rest-nodeauth` (3.1.1): "no active development other than critical bug fixes", built on `adal-node`;
 *   the Azure SDK team's migration guide moves it to `@azure/identity`. `ms-rest-azure` (3.0.2), the runtime of the
 *   retired azure-sdk-for-node, signs in through `adal-node` as well (`loginWithServicePrincipalSecret`, `interactiveLogin`).
 *
 * `npm view <name> deprecated` returned no deprecation message for any of these packages when this list was made:
 * the maintainers announced the end of support in READMEs and docs, not in the registry.
 * Left out: `@azure/ms-rest-azure-js` and `@azure/ms-rest-js` (HTTP runtimes, not sign-in libraries), and
 * `@azure/msal-angular` < 2 (only the version, which is not visible in an import, tells it apart from the current one).
 */

export interface DeprecatedIdentityLibrary {
  /** Why the package should go, in a few words for the message. */
  readonly status: string;
  /** What to use instead, in a few words for the message. */
  readonly replacement: string;
}

const ADAL_ANGULAR: DeprecatedIdentityLibrary = {
  status: 'reached end of support in June 2023 and gets no security fixes',
  replacement: '`@azure/msal-browser` (with `@azure/msal-angular` or `@azure/msal-react`)',
};

const ADAL_JS_WRAPPER: DeprecatedIdentityLibrary = {
  status: 'wraps ADAL.js, which reached end of support in June 2023',
  replacement: '`@azure/msal-browser` (with `@azure/msal-angular` or `@azure/msal-react`)',
};

const MSAL_V1_WRAPPER: DeprecatedIdentityLibrary = {
  status: 'wraps MSAL.js 1.x, which only gets critical fixes and signs in with the implicit grant',
  replacement: '`@azure/msal-browser` with `@azure/msal-react` or `@azure/msal-angular`',
};

/** Package names (and the sub-paths people import) mapped to their status and replacement. */
export const DEPRECATED_IDENTITY_LIBRARIES: ReadonlyMap<string, DeprecatedIdentityLibrary> = new Map([
  [
    'adal-node',
    { status: 'reached end of support in June 2023 and gets no security fixes', replacement: '`@azure/msal-node` (or `@azure/identity` for Azure SDK clients)' },
  ],
  ['adal-angular', ADAL_ANGULAR],
  ['adal-angular/lib/adal', ADAL_ANGULAR],
  ['adal-angular/lib/adal.js', ADAL_ANGULAR],
  ['adal-angular/lib/adal-angular', ADAL_ANGULAR],
  ['adal-angular/lib/adal-angular.js', ADAL_ANGULAR],
  ['adal-angular4', ADAL_JS_WRAPPER],
  ['react-adal', ADAL_JS_WRAPPER],
  [
    'msal',
    {
      status: 'is MSAL.js 1.x, which only gets critical fixes and signs in with the implicit grant',
      replacement: '`@azure/msal-browser` (auth code flow with PKCE)',
    },
  ],
  ['@azure/msal-angularjs', MSAL_V1_WRAPPER],
  ['react-aad-msal', MSAL_V1_WRAPPER],
  [
    'passport-azure-ad',
    {
      status: 'is archived and declared deprecated by its maintainers',
      replacement: '`@azure/msal-node` for sign-in and a maintained JWT validator such as `jose` for bearer tokens',
    },
  ],
  [
    '@azure/ms-rest-nodeauth',
    { status: 'only gets critical fixes and signs in through the retired ADAL', replacement: '`@azure/identity`' },
  ],
  [
    'ms-rest-azure',
    { status: 'belongs to the retired azure-sdk-for-node and signs in through the retired ADAL', replacement: '`@azure/identity`' },
  ],
]);
