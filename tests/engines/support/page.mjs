// Drives one test page in a webdriverio session the same way in every engine: open a path
// of the test server, run a function in the page, wait for a condition, and read what the
// page reported (uncaught errors, console errors and warnings, CSP violations).
const WAIT_MS = 20_000;

export function pageDriver({ browser, bidi, server, consoleMessages }) {
  return {
    browser,
    server,
    /** Opens `path` of the test server and forgets earlier console messages. */
    async open(path) {
      consoleMessages.length = 0;
      await browser.url(server.url + path);
    },
    /** Runs `fn(...args)` in the page and returns its (awaited) result. */
    run: (fn, ...args) => browser.execute(fn, ...args),
    /** Waits until `fn(...args)` is truthy in the page; fails with `message` otherwise. */
    async until(message, fn, ...args) {
      await browser.waitUntil(() => browser.execute(fn, ...args), { timeout: WAIT_MS, interval: 100, timeoutMsg: message });
    },
    /** The element matching `selector` (webdriverio element: click, getAttribute…). */
    $: (selector) => browser.$(selector),
    /** Every element matching `selector`. */
    $$: (selector) => browser.$$(selector),
    /** Presses keys on the focused element, e.g. ["Tab"], ["Enter"], [" "]. */
    keys: (keys) => browser.keys(keys),
    /** What went wrong in the page since it was opened; [] when nothing did. */
    async problems() {
      const reported = await browser.execute(() => {
        const probe = window.probe || { errors: ["the probe did not run"], messages: [], violations: [] };
        return { errors: probe.errors, messages: probe.messages, violations: probe.violations };
      });
      const messages = bidi ? consoleMessages : reported.messages;
      return [...reported.errors, ...reported.violations.map((v) => `CSP violation: ${v}`), ...messages];
    },
  };
}
