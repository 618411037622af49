// A static file server on 127.0.0.1 for end-to-end tests: serves the Trunk build (dist/)
// and test-only files, counts requests per path, and can send any response headers.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

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

/** What a real host or CDN serves brotli-compressed (when the browser accepts it). */
const COMPRESSED = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json"]);

/** The pause between the pieces of a page sent in pieces: several frames. */
const PIECE_PAUSE_MS = 100;

/**
 * Starts a server. `mounts` maps a URL prefix to a folder (the longest matching prefix
 * wins); `pages` maps a path to a string body served as HTML, or to an array of strings
 * sent as pieces of one HTML page, `PIECE_PAUSE_MS` apart (a page arriving over a slow
 * network, which the browser paints as far as it has parsed); `headers` are added to every
 * response. With `compress`, text and WebAssembly go out brotli-compressed (quality 11, as
 * precompressed static files), like a real host.
 */
export async function startServer({ mounts = { "/": join(repoRoot, "dist") }, pages = {}, headers = {}, compress = false } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const requests = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    requests.set(path, (requests.get(path) || 0) + 1);
    const send = (status, type, body, extension) => {
      const brotli = compress && COMPRESSED.has(extension) && /\bbr\b/.test(request.headers["accept-encoding"] ?? "");
      const encoding = brotli ? { "content-encoding": "br", vary: "accept-encoding" } : {};
      response.writeHead(status, { "content-type": type, "cache-control": "no-store", ...encoding, ...headers });
      response.end(brotli ? compressed(body) : body);
    };
    if (path in pages && Array.isArray(pages[path])) {
      response.writeHead(200, { "content-type": types[".html"], "cache-control": "no-store", ...headers });
      for (const [index, piece] of pages[path].entries()) {
        if (index > 0) await new Promise((resolve) => setTimeout(resolve, PIECE_PAUSE_MS));
        response.write(piece);
      }
      return response.end();
    }
    if (path in pages) return send(200, types[".html"], pages[path], ".html");
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (prefix !== undefined) {
      const inside = path.slice(prefix.length);
      const relative = normalize("/" + (inside === "" || inside.endsWith("/") ? inside + "index.html" : inside));
      try {
        const body = await readFile(join(mounts[prefix], relative));
        return send(200, types[extname(relative)] || "application/octet-stream", body, extname(relative));
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
    /**
     * Stops listening and drops every connection: a page that is still open (its test
     * failed, or closes after the server) would otherwise keep `close` waiting on its
     * keep-alive connections.
     */
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

const compressedBodies = new Map();
/** `body` brotli-compressed at quality 11, computed once per distinct body. */
function compressed(body) {
  const key = typeof body === "string" ? body : body.toString("latin1");
  if (!compressedBodies.has(key)) {
    compressedBodies.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressedBodies.get(key);
}
