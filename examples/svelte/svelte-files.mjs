// An esbuild plugin that compiles each imported .svelte file with Svelte's own compiler
// (build.mjs uses it; so does tests/e2e/hosts.test.mjs).
import { readFile } from "node:fs/promises";
import { compile } from "svelte/compiler";

export const svelteFiles = {
  name: "svelte-files",
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js, warnings } = compile(await readFile(path, "utf8"), { filename: path });
      return { contents: js.code, warnings: warnings.map(({ message }) => ({ text: message })) };
    });
  },
};
