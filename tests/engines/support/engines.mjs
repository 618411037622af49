// The browser engines the engine tests run in, besides Chromium (which tests/e2e/ drives
// with Playwright): Firefox ESR through geckodriver (WebDriver BiDi), and WebKitGTK's
// MiniBrowser through WebKitWebDriver (classic WebDriver only, under a virtual X display).
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const cargoBin = join(process.env.CARGO_HOME || join(homedir(), ".cargo"), "bin");

/** geckodriver from $GECKODRIVER, PATH, or cargo's bin folder (scripts/setup installs it there). */
function geckodriverPath() {
  if (process.env.GECKODRIVER) return process.env.GECKODRIVER;
  const installed = join(cargoBin, "geckodriver");
  return existsSync(installed) ? installed : "geckodriver";
}

/**
 * Each engine: how to start its driver on a port, the session capabilities (with
 * JavaScript on or off), and whether its sessions can speak BiDi (console messages arrive
 * as events) or only classic WebDriver (the in-page probe collects them).
 */
const all = [
  {
    id: "firefox",
    name: "Firefox ESR",
    bidi: true,
    driver: (port) => [geckodriverPath(), ["--host", "127.0.0.1", "--port", String(port)]],
    capabilities: ({ javaScript }) => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX_PATH || "/usr/bin/firefox-esr",
        args: ["-headless"],
        prefs: {
          "javascript.enabled": javaScript,
          // Nothing leaves the machine: no update, telemetry or captive-portal requests.
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
          "app.update.disabledForTesting": true,
          "datareporting.policy.dataSubmissionEnabled": false,
          "browser.safebrowsing.update.enabled": false,
        },
      },
    }),
  },
  {
    id: "webkit",
    name: "WebKitGTK",
    bidi: false,
    // MiniBrowser has no headless mode: without a display it hangs instead of failing. Each
    // driver gets a virtual display; the search for a free one starts at a number of its
    // own (from its port), so that test files starting at once do not race for the same.
    driver: (port) => [
      "xvfb-run",
      ["-a", "-n", String(100 + (port % 5000)), "-s", "-screen 0 1600x1200x24", process.env.WEBKIT_WEBDRIVER || "/usr/bin/WebKitWebDriver", `--port=${port}`],
    ],
    capabilities: ({ javaScript }) => ({
      browserName: "MiniBrowser",
      "wdio:enforceWebDriverClassic": true,
      "webkitgtk:browserOptions": {
        binary: process.env.MINIBROWSER_PATH || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation", ...(javaScript ? [] : ["--enable-javascript=false"])],
      },
    }),
  },
];

/** The engines to run: all, or those named in $ENGINES (e.g. ENGINES=webkit). */
export const engines = process.env.ENGINES ? all.filter((engine) => process.env.ENGINES.split(",").includes(engine.id)) : all;
