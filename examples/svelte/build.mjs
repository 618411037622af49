// Bundles the app (main.js and its .svelte files) into build/: node build.mjs
import { build } from "esbuild";
import { svelteFiles } from "./svelte-files.mjs";

await build({
  entryPoints: [new URL("main.js", import.meta.url).pathname],
  bundle: true,
  format: "esm",
  outdir: new URL("build", import.meta.url).pathname,
  plugins: [svelteFiles()],
});
