// Minifies the two scripts a page runs, with esbuild: the wasm-bindgen glue
// (article-cards.js), which Trunk leaves as wasm-bindgen wrote it, and our loader
// (article-cards-loader.js), which Trunk copies as it is. Saves about 3.6 KB of the page's
// download, brotli-compressed. esbuild's minifier drops the bundler comments of the loader's
// one computed `import()` (the fresh instance after a crash), without which webpack would
// try to bundle it; they are written back, and the build fails if that import is not found
// exactly once. Run by scripts/post-build.mjs, for release builds.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

/** What bundlers need to see in an `import()` they must leave alone. */
const LEAVE_ALONE = "/* @vite-ignore */ /* webpackIgnore: true */ ";
/** `import(` followed by anything but a string literal. */
const COMPUTED_IMPORT = /\bimport\((?!["'`])/g;

const minify = (source) => transformSync(source, { minify: true, format: "esm" }).code;

/** Minifies the glue and the loader in Trunk's staging folder `staging`. */
export function minifyScripts(staging) {
  const gluePath = join(staging, "article-cards.js");
  writeFileSync(gluePath, minify(readFileSync(gluePath, "utf8")));

  const loaderPath = join(staging, "article-cards-loader.js");
  const loader = minify(readFileSync(loaderPath, "utf8"));
  const computed = loader.match(COMPUTED_IMPORT)?.length ?? 0;
  if (computed !== 1) throw new Error(`minify-js: expected the loader's one computed import(), found ${computed}`);
  writeFileSync(loaderPath, loader.replace(COMPUTED_IMPORT, `import(${LEAVE_ALONE}`));
}
