// Starts one engine's WebDriver server and a webdriverio 9 session on it, with hard time
// limits (a browser that cannot start fails the test instead of hanging it), and stops both.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { remote } from "webdriverio";

const DRIVER_START_MS = 30_000;
const SESSION_START_MS = 90_000;
const QUIT_MS = 15_000;

/** Runs `promise` but rejects after `ms` with `what` in the message. */
export function within(ms, what, promise) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function driverReady(port, driver) {
  const start = Date.now();
  while (Date.now() - start < DRIVER_START_MS) {
    if (driver.exitCode !== null) throw new Error(`the driver exited (${driver.exitCode}): ${driver.output.join("")}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the driver did not listen within ${DRIVER_START_MS / 1000} s: ${driver.output.join("")}`);
}

/** Stops the driver's whole process group (the driver, its browser, Xvfb). */
function stopDriver(driver) {
  if (driver.exitCode !== null || driver.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => driver.once("exit", resolve));
  const signal = (name) => {
    try {
      process.kill(-driver.pid, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const killer = setTimeout(() => signal("SIGKILL"), 5_000);
  return exited.finally(() => clearTimeout(killer));
}

const running = new Set();
process.on("exit", () => {
  for (const driver of running) {
    try {
      process.kill(-driver.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

/**
 * Starts `engine`'s driver and a session with JavaScript on or off. Returns the webdriverio
 * `browser`, whether it speaks `bidi`, `consoleMessages` (errors and warnings the page
 * logged, in BiDi sessions; in classic ones the in-page probe records them) and `close()`.
 */
export async function startSession(engine, { javaScript = true } = {}) {
  // BiDi needs scripts in the page: a session with JavaScript off speaks classic WebDriver.
  const bidi = engine.bidi && javaScript;
  const port = await freePort();
  const [command, args] = engine.driver(port);
  const driver = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  driver.output = [];
  const keep = (chunk) => driver.output.push(String(chunk)) > 200 && driver.output.shift();
  driver.stdout.on("data", keep);
  driver.stderr.on("data", keep);
  running.add(driver);
  driver.once("exit", () => running.delete(driver));
  const close = () => stopDriver(driver);
  try {
    await driverReady(port, driver);
    const browser = await within(
      SESSION_START_MS,
      `starting ${engine.name}`,
      remote({
        hostname: "127.0.0.1",
        port,
        logLevel: "silent",
        connectionRetryCount: 0,
        connectionRetryTimeout: 60_000,
        waitforTimeout: 20_000,
        capabilities: { ...engine.capabilities({ javaScript }), ...(bidi ? {} : { "wdio:enforceWebDriverClassic": true }) },
      }),
    );
    const consoleMessages = [];
    if (bidi) {
      await browser.sessionSubscribe({ events: ["log.entryAdded"] });
      browser.on("log.entryAdded", (entry) => {
        if (entry.type === "console" && ["error", "warn"].includes(entry.level)) consoleMessages.push(`${entry.level}: ${entry.text}`);
      });
    }
    return {
      browser,
      bidi,
      consoleMessages,
      close: async () => {
        await within(QUIT_MS, `closing ${engine.name}`, browser.deleteSession()).catch(() => {});
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
