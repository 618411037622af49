// The framework examples as the host-app tests serve them (tests/e2e/hosts.test.mjs in
// Chromium, tests/engines/hosts.test.mjs in Firefox and WebKit): each bundled as its README
// says, into a temporary folder, and mounted with the widget's files from dist/.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { repoRoot } from "./server.mjs";
import { svelteFiles } from "../../../examples/svelte/svelte-files.mjs";

/** Per app: its folder in examples/, and the entry and esbuild options of its bundle. */
const APPS = {
  // Development build, under StrictMode.
  react: { folder: "react", entry: "app.jsx", options: { jsx: "automatic", define: { "process.env.NODE_ENV": '"development"' } } },
  // examples/preact/README.md: the React example with React's imports resolved to Preact's.
  preact: { folder: "react", entry: "app.jsx", options: { jsx: "automatic", alias: { react: "preact/compat", "react-dom": "preact/compat" } } },
  // Vue's browser build, no build step.
  vue: { folder: "vue", vendor: join(repoRoot, "node_modules/vue/dist") },
  svelte: { folder: "svelte", entry: "main.js", options: { format: "esm", plugins: [svelteFiles] } },
  angular: { folder: "angular", entry: "app.ts", options: { format: "esm" } },
  lit: { folder: "lit", entry: "app.js", options: { format: "esm" } },
};

/** The apps the two-ways-in tests drive: each shows the element and `mount` side by side. */
export const TWO_WAY_APPS = ["react", "vue", "preact", "svelte", "angular"];

/**
 * Builds app `name` and returns the server mounts that serve it under `prefix` ("/" or
 * "/name/"), the files its bundle was made from (`bundled`), and `remove()` for the build.
 */
export async function buildHostApp(name, prefix = "/") {
  const { folder, entry, options, vendor } = APPS[name];
  const mounts = { [prefix]: join(repoRoot, "examples", folder), [`${prefix}article-cards/`]: join(repoRoot, "dist") };
  if (vendor) return { mounts: { ...mounts, [`${prefix}vendor/`]: vendor }, bundled: [], remove: async () => {} };
  const outdir = await mkdtemp(join(tmpdir(), `article-cards-${name}-`));
  const { metafile } = await build({
    entryPoints: [join(repoRoot, "examples", folder, entry)],
    bundle: true,
    outdir,
    logLevel: "warning",
    metafile: true,
    ...options,
  });
  return {
    mounts: { ...mounts, [`${prefix}build/`]: outdir },
    bundled: Object.keys(metafile.inputs),
    remove: () => rm(outdir, { recursive: true, force: true }),
  };
}
