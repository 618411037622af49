// Trunk post-build hook (Trunk.toml): finishes the scripts in the staging folder, in order:
// the crate's `inline_js` snippets written into the glue (scripts/inline-snippets.mjs), the
// warm-up card written into the loader (scripts/warm-up-card.mjs), then, in release builds,
// the glue and the loader minified (scripts/minify-js.mjs), the module's imports given short
// names (scripts/short-import-names.mjs), and the stylesheets minified, with their integrity
// hashes in the page (scripts/minify-css.mjs).
// One hook, because Trunk runs the hooks of one stage side by side.
import { inlineSnippets } from "./inline-snippets.mjs";
import { minifyStyles } from "./minify-css.mjs";
import { minifyScripts } from "./minify-js.mjs";
import { shortenImportNames } from "./short-import-names.mjs";
import { writeWarmUpCard } from "./warm-up-card.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build: run as a Trunk hook (TRUNK_STAGING_DIR is not set)");
inlineSnippets(staging);
writeWarmUpCard(staging);
if (process.env.TRUNK_PROFILE === "release") {
  minifyScripts(staging);
  shortenImportNames(staging);
  minifyStyles(staging);
}
