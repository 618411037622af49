// An esbuild plugin that compiles each imported .svelte file with Svelte's own compiler, for
// the browser (build.mjs uses it; so do the host tests) or, with `generate: "server"`, for
// rendering on a server (the host tests render the app so, as SvelteKit does).
import { readFile } from "node:fs/promises";
import { compile } from "svelte/compiler";

export function svelteFiles({ generate = "client" } = {}) {
  return {
    name: "svelte-files",
    setup(build) {
      build.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
        const { js, warnings } = compile(await readFile(path, "utf8"), { filename: path, generate });
        return { contents: js.code, warnings: warnings.map(({ message }) => ({ text: message })) };
      });
    },
  };
}
