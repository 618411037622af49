// The frame of every engine test file: for each engine, a local server and a browser
// session started before the engine's tests and stopped after them. Test bodies are written
// once and receive the engine's page driver.
import { describe, before, after } from "node:test";
import { join } from "node:path";
import { repoRoot, startServer } from "../../e2e/support/server.mjs";
import { engines } from "./engines.mjs";
import { pageDriver } from "./page.mjs";
import { probeMount } from "./pages.mjs";
import { startSession } from "./session.mjs";

const VIEWPORT = { width: 1200, height: 900 };

/**
 * Declares `tests(context)` once per engine. Before them, a server with
 * `serverOptions()` (startServer's options: dist/ at / unless `mounts` says otherwise; the
 * probe is mounted too) and a session start; `context.page` is then the page driver,
 * `context.engine` the engine, and `context.session({javaScript})` starts an extra session
 * (closed with the suite). Windows are 1200×900.
 */
export function inEveryEngine(serverOptions, tests) {
  for (const engine of engines) {
    describe(engine.name, { timeout: 10 * 60_000 }, () => {
      const context = { engine };
      const sessions = [];
      const session = async (options) => {
        const started = await startSession(engine, options);
        sessions.push(started);
        await started.browser.setWindowSize(VIEWPORT.width, VIEWPORT.height);
        return pageDriver({ ...started, server: context.server });
      };
      before(async () => {
        const options = serverOptions();
        context.server = await startServer({ ...options, mounts: { ...(options.mounts || { "/": join(repoRoot, "dist") }), ...probeMount } });
        context.session = session;
        context.page = await session();
      });
      after(async () => {
        for (const started of sessions) await started.close();
        await context.server?.close();
      });
      tests(context);
    });
  }
}
