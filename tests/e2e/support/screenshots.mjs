// Where the end-to-end tests write the screenshots they take: target/screenshots/, so that a
// test run never rewrites tracked files. `scripts/screenshots` sets ARTICLE_CARDS_SCREENSHOTS
// to docs/screenshots/ to refresh the README's pictures.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot } from "./server.mjs";

/** The path of the screenshot called `name` (the folder is made if needed). */
export function screenshotPath(name) {
  const folder = resolve(repoRoot, process.env.ARTICLE_CARDS_SCREENSHOTS ?? "target/screenshots");
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}
