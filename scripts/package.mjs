// Writes pkg/ for scripts/package: the files named on the command line, copied from dist/,
// a package.json whose name, version, description and license come from Cargo.toml, and
// the README for npm users (docs/npm-readme.md, with the version filled in).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const LOADER = "article-cards-loader.js";
const STYLES = "article-cards.css";
const TYPES = "article-cards.d.ts";
const shipped = process.argv.slice(2);

/** A string field of Cargo.toml's [package] table (one line, `key = "value"`). */
function cargoField(toml, key) {
  const table = toml.split(/^\[/m).find((section) => section.startsWith("package]"));
  const value = table?.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m"))?.[1];
  if (value === undefined) throw new Error(`Cargo.toml: no ${key} in [package]`);
  return value;
}

const cargo = readFileSync("Cargo.toml", "utf8");
const version = cargoField(cargo, "version");
const manifest = {
  name: cargoField(cargo, "name"),
  version,
  description: cargoField(cargo, "description"),
  license: cargoField(cargo, "license"),
  keywords: ["web-component", "custom-element", "webassembly", "yew", "cards", "articles"],
  type: "module",
  exports: {
    ".": { types: `./${TYPES}`, default: `./${LOADER}` },
    [`./${STYLES}`]: `./${STYLES}`,
    "./package.json": "./package.json",
  },
  // For tools that read no `exports` (TypeScript with "moduleResolution": "node10").
  main: `./${LOADER}`,
  types: `./${TYPES}`,
  files: shipped,
  // Importing the loader defines <article-cards> and loads the widget; the CSS styles it.
  sideEffects: [`./${LOADER}`, `./${STYLES}`],
};
for (const file of [LOADER, STYLES, TYPES]) {
  if (!shipped.includes(file)) throw new Error(`package.json names ${file}, which is not shipped`);
}

rmSync("pkg", { recursive: true, force: true });
mkdirSync("pkg");
for (const file of shipped) copyFileSync(`dist/${file}`, `pkg/${file}`);
writeFileSync("pkg/package.json", JSON.stringify(manifest, null, 2) + "\n");
writeFileSync("pkg/README.md", readFileSync("docs/npm-readme.md", "utf8").replaceAll("{version}", version));
