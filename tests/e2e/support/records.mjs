// Records for end-to-end tests: the seed fixture and variants of it with their own URLs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./server.mjs";

export const seed = JSON.parse(readFileSync(join(repoRoot, "tests/fixtures/seed-record.json"), "utf8"));

/** A copy of the seed with its own title and webUrl, and `changes` applied. */
export function story(n, changes = {}) {
  return {
    ...structuredClone(seed),
    title: `Story ${n}`,
    webUrl: `https://example.org/story/${n}`,
    ...changes,
  };
}

/** A blank page that loads the widget like any host page; `body` goes inside <main>. */
export function blankPage(body = '<div id="cards"></div>') {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>article-cards test page</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/article-cards.css" />
    <script type="module" src="/article-cards-loader.js"></script>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>`;
}
