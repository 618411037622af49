// Minifies the stylesheets of a release build with esbuild (the widget's
// article-cards.css, the demo's demo.css) and writes their new Subresource Integrity hashes
// into the pages that link them: Trunk's own minification is off (Trunk.toml), because its
// JS minifier cannot read wasm-bindgen's glue and warned "Failed to minify JS" on every
// build, and Trunk hashes a stylesheet before this hook runs. esbuild's output is the size
// lightningcss's was (article-cards.css: 2.8 KB brotli). Run by scripts/post-build.mjs,
// for release builds.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

/** The `integrity` value Trunk writes for `content` (its default, sha384). */
const integrity = (content) => `sha384-${createHash("sha384").update(content).digest("base64")}`;

/** Minifies every stylesheet in Trunk's staging folder `staging`, and updates its hash. */
export function minifyStyles(staging) {
  const names = readdirSync(staging);
  const pages = new Map(
    names.filter((name) => name.endsWith(".html")).map((name) => [join(staging, name), readFileSync(join(staging, name), "utf8")]),
  );
  for (const name of names.filter((name) => name.endsWith(".css"))) {
    const path = join(staging, name);
    const source = readFileSync(path, "utf8");
    const minified = transformSync(source, { loader: "css", minify: true }).code;
    writeFileSync(path, minified);
    const [before, after] = [integrity(source), integrity(minified)];
    let linked = 0;
    for (const [page, html] of pages) {
      linked += html.split(before).length - 1;
      pages.set(page, html.replaceAll(before, after));
    }
    if (linked === 0) throw new Error(`minify-css: no page links ${name} with the integrity Trunk wrote`);
  }
  for (const [page, html] of pages) writeFileSync(page, html);
}
