// The native prerender tool (`article-cards render`), as the end-to-end tests and the
// benchmark run it: the release binary that scripts/test builds into target/release/.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./server.mjs";

export const toolPath = join(repoRoot, "target/release/article-cards");

/** Renders `records` (JS values) with the tool: its stdout, stderr and exit status. */
export function renderCards(records, flags = []) {
  const result = spawnSync(toolPath, ["render", "-", ...flags], {
    input: JSON.stringify(records),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (result.error) throw new Error(`${toolPath}: ${result.error.message} (scripts/test builds it)`);
  return { html: result.stdout, stderr: result.stderr, status: result.status };
}
