// Writes the loader's warm-up card: js/warm-up-records.json rendered by the native tool
// (`article-cards render --tree`, the renderer the browser uses), as the JSON tree the
// loader builds with createElement, in place of the loader's `/* warm-up card */ null`. One
// definition of the card's markup: the loader holds no copy of its own. Fails the build when
// the placeholder is missing or the card would fetch anything (a `src`: the warm-up card's
// figure must stay waiting). Run by scripts/post-build.mjs, before minifying.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PLACEHOLDER = "/* warm-up card */ null";
const RENDER = ["render", "js/warm-up-records.json", "--tree", "--related-open", "--now", "2026-11-25T12:00:00Z"];

/** Writes the warm-up card into the loader in Trunk's staging folder `staging`. */
export function writeWarmUpCard(staging) {
  const tree = execFileSync(
    "cargo",
    ["run", "--quiet", "--offline", "--locked", "--features", "prerender", "--bin", "article-cards", "--", ...RENDER],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  ).trim();
  if (/"(src|srcset)":/.test(tree)) throw new Error("warm-up-card: the card would fetch something (a src)");
  const loaderPath = join(staging, "article-cards-loader.js");
  const loader = readFileSync(loaderPath, "utf8");
  if (loader.split(PLACEHOLDER).length !== 2) throw new Error(`warm-up-card: the loader must hold ${PLACEHOLDER} once`);
  writeFileSync(loaderPath, loader.replace(PLACEHOLDER, tree));
}
