// Test pages for the engine tests: any HTML with the in-page probe (in-page/probe.js) as the
// first element of its <head>, and the server mounts that serve the probe.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const inPage = fileURLToPath(new URL("./in-page/", import.meta.url));

/** Mount this beside the others: the probe is served from it. */
export const probeMount = { "/engine-probe/": inPage };

/** `html` with the probe injected first in <head> (after `<html>` where <head> is implied). */
export function withProbe(html) {
  const start = /<head>/i.test(html) ? /<head>/i : /<html[^>]*>/i;
  if (!start.test(html)) throw new Error("a test page needs <html> or <head> for the probe");
  return html.replace(start, (tag) => `${tag}<script src="/engine-probe/probe.js"></script>`);
}

/** The HTML file at `path` with the probe injected. */
export function probedFile(path) {
  return withProbe(readFileSync(path, "utf8"));
}
