// Minifies the wasm-bindgen glue (article-cards.js) with esbuild: Trunk leaves it as
// wasm-bindgen wrote it, comments and all. Saves about 2 KB of the page's download,
// brotli-compressed. The loader is not minified: its dynamic import carries bundler
// comments (`@vite-ignore`, `webpackIgnore`) that esbuild's minifier drops. Run by
// scripts/post-build.mjs, for release builds.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

/** Minifies the glue in Trunk's staging folder `staging`. */
export function minifyGlue(staging) {
  const gluePath = join(staging, "article-cards.js");
  const { code } = transformSync(readFileSync(gluePath, "utf8"), { minify: true, format: "esm" });
  writeFileSync(gluePath, code);
}
