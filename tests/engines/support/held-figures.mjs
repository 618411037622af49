// A second local server whose figures arrive only when the test releases them: until then
// every figure stays requested but not loaded, for as long as a test needs to measure the
// page in that state. One release per server; start one per test.
import { createServer } from "node:http";
import { figureSvg } from "./figures.mjs";

export async function startHeldFigures() {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const requested = new Set();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, "http://127.0.0.1").pathname;
    requested.add(path);
    await released;
    response.writeHead(200, { "content-type": "image/svg+xml", "cache-control": "no-store" });
    response.end(figureSvg(requested.size));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    /** The URL of held figure `n`. */
    figure: (n) => `${url}/figure-${n}.svg`,
    /** How many different figures have been requested. */
    requested: () => requested.size,
    /** Sends every figure requested so far and any requested later. */
    release,
    close: () => {
      release();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
