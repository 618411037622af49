// The frame of every end-to-end test file: a local server and a browser started before the
// file's tests and stopped after them.
import { before, after } from "node:test";
import { startServer } from "./server.mjs";
import { launchBrowser } from "./browser.mjs";

/**
 * Starts a server with `serverOptions` (see startServer; omit it for no server) and a
 * browser before the tests, hands both to `use`, and stops them after the tests.
 */
export function withServerAndBrowser(serverOptions, use) {
  let started = {};
  before(async () => {
    started = {
      server: serverOptions ? await startServer(serverOptions) : undefined,
      browser: await launchBrowser(),
    };
    use(started);
  });
  after(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
}
