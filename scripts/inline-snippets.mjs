// Writes the JS snippets that wasm-bindgen emits for the crate's `inline_js` (the card
// runner, the morph, the records' spelling, the stylesheet check) into the glue, in place of
// their imports, and drops the `snippets/` folder. The embed then stays the four files
// README names, with no hashed path and no extra request before the module starts. Fails the
// build on a snippet it cannot inline (a default export, or a top-level name, exported or
// not, that the glue or an earlier snippet already declares). Run by scripts/post-build.mjs.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Inlines the snippets into the glue in Trunk's staging folder `staging`. */
export function inlineSnippets(staging) {
  const gluePath = join(staging, "article-cards.js");
  const glue = readFileSync(gluePath, "utf8");
  const imports = /^import \{ [\w, ]+ \} from '\.\/(snippets\/[^']+\.js)';\n/gm;
  let inlined = glue;
  for (const [line, path] of glue.matchAll(imports)) {
    const snippet = readFileSync(join(staging, path), "utf8");
    if (/^export default/m.test(snippet)) throw new Error(`inline-snippets: ${path} has a default export`);
    const rest = inlined.replace(line, "");
    // Every name the snippet declares at its top level shares the glue's scope once inlined.
    const declared = [...snippet.matchAll(/^(?:export )?(?:async )?(?:function\*?|const|let|var|class) ([\w$]+)/gm)];
    for (const [, name] of declared) {
      if (new RegExp(`\\b(function|const|let|var|class) ${name.replaceAll("$", "\\$")}(?![\\w$])`).test(rest)) {
        throw new Error(`inline-snippets: the glue already declares ${name}`);
      }
    }
    inlined = inlined.replace(line, `${snippet.replace(/^export /gm, "")}\n`);
  }
  // wasm-bindgen imports a snippet's function that needs no JS around it into WebAssembly
  // directly (`import * as import1 from "./snippets/…"`), which this does not inline: declare
  // it with `catch` (a throw must not unwind through Rust anyway), which gives it a wrapper.
  if (/from ['"]\.\/snippets\//.test(inlined)) throw new Error("inline-snippets: an import of a snippet was left");
  writeFileSync(gluePath, inlined);
  rmSync(join(staging, "snippets"), { recursive: true, force: true });
}
