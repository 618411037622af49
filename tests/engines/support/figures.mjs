// Figure images for the engine tests: a temporary folder of numbered 600×400 SVGs
// (figure-1.svg …), each requested by its own path so that the server's counts say which
// figures a page asked for. Removed when the test process exits.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIGURE = { width: 600, height: 400 };

/** Figure `n`: a 600×400 SVG with its number on it. */
export function figureSvg(n) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE.width}" height="${FIGURE.height}"><rect width="100%" height="100%" fill="hsl(${n * 37} 60% 45%)"/><text x="40" y="220" font-size="90" fill="#fff">Figure ${n}</text></svg>`;
}

/** Creates the folder with `count` figures and returns its path. */
export function figureFolder(count = 40) {
  const folder = mkdtempSync(join(tmpdir(), "article-cards-engine-figures-"));
  for (let n = 1; n <= count; n++) writeFileSync(join(folder, `figure-${n}.svg`), figureSvg(n));
  process.on("exit", () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
