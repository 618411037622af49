// The strict Content-Security-Policy the widget promises to work under (SECURITY.md), sent
// as a header by the end-to-end tests, and a recorder of the page's policy violations.

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: data:";

/**
 * The strict policy with Trusted Types enforced, as security-minded hosts send it: no string
 * may reach an HTML or script sink (`innerHTML`, a script's `src`, …) without a policy, and
 * the page creates none.
 */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;

/**
 * Records every securitypolicyviolation of `page` from the very start of each document in
 * `window.violations`, as "directive blocked-URI". Call before `page.goto`.
 */
export async function recordViolations(page) {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
