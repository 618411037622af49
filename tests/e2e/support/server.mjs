// A static file server on 127.0.0.1 for end-to-end tests: serves the Trunk build (dist/)
// and test-only files, counts requests per path, and can send any response headers.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

/**
 * Starts a server. `mounts` maps a URL prefix to a folder (the longest matching prefix
 * wins); `pages` maps a path to a string body served as HTML; `headers` are added to every
 * response.
 */
export async function startServer({ mounts = { "/": join(repoRoot, "dist") }, pages = {}, headers = {} } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const requests = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    requests.set(path, (requests.get(path) || 0) + 1);
    const send = (status, type, body) => {
      response.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
      response.end(body);
    };
    if (path in pages) return send(200, types[".html"], pages[path]);
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (prefix !== undefined) {
      const inside = path.slice(prefix.length);
      const relative = normalize("/" + (inside === "" || inside.endsWith("/") ? inside + "index.html" : inside));
      try {
        const body = await readFile(join(mounts[prefix], relative));
        return send(200, types[extname(relative)] || "application/octet-stream", body);
      } catch {
        // not there: 404 below
      }
    }
    send(404, "text/plain", "not found");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    /** How many times `path` was requested. */
    count: (path) => requests.get(path) || 0,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
