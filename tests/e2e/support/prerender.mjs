// The native prerender tool (`article-cards render`) as the end-to-end tests and the
// benchmark run it (the debug build that `cargo test --features prerender` leaves in
// target/debug/, which scripts/test builds first, or the release build that scripts/bench
// makes), and the pieces a page of its cards is sent in.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./server.mjs";

/** Renders `records` (JS values) with the tool: its stdout, stderr and exit status. */
export function renderCards(records, flags = [], { profile = "debug" } = {}) {
  const tool = join(repoRoot, "target", profile, "article-cards");
  const result = spawnSync(tool, ["render", "-", ...flags], {
    input: JSON.stringify(records),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (result.error) throw new Error(`${tool}: ${result.error.message} (scripts/test builds it)`);
  return { html: result.stdout, stderr: result.stderr, status: result.status };
}

/**
 * An HTML page with prerendered cards, cut before each card and each part of a card's body:
 * the pieces `startServer` sends one at a time, as a page arriving over a slow network.
 */
export const inPieces = (page) => page.split(/(?=<article class="ac-card"|<div class="ac-card__main"|<figure class="ac-figure")/);
