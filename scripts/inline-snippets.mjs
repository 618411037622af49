// Writes the JS snippets that wasm-bindgen emits for the crate's `inline_js`
// (src/render/batch.rs) into the glue, in place of their imports, and drops the `snippets/`
// folder. The embed then stays the four files README names, with no hashed path and no
// extra request before the module starts. Fails the build on a snippet it cannot inline (a
// default export, or a name the glue already declares). Run by scripts/post-build.mjs.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Inlines the snippets into the glue in Trunk's staging folder `staging`. */
export function inlineSnippets(staging) {
  const gluePath = join(staging, "article-cards.js");
  const glue = readFileSync(gluePath, "utf8");
  const imports = /^import \{ ([\w, ]+) \} from '\.\/(snippets\/[^']+\.js)';\n/gm;
  let inlined = glue;
  for (const [line, names, path] of glue.matchAll(imports)) {
    const snippet = readFileSync(join(staging, path), "utf8");
    if (/^export default/m.test(snippet)) throw new Error(`inline-snippets: ${path} has a default export`);
    const rest = inlined.replace(line, "");
    for (const name of names.split(", ")) {
      if (new RegExp(`\\b(function|const|let|var|class) ${name}\\b`).test(rest)) {
        throw new Error(`inline-snippets: the glue already declares ${name}`);
      }
    }
    inlined = inlined.replace(line, `${snippet.replace(/^export /gm, "")}\n`);
  }
  if (/from '\.\/snippets\//.test(inlined)) throw new Error("inline-snippets: an import of a snippet was left");
  writeFileSync(gluePath, inlined);
  rmSync(join(staging, "snippets"), { recursive: true, force: true });
}
