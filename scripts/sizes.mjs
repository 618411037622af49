// Prints the size of what a page downloads to show cards (the one build, also for pages
// with prerendered cards): raw, gzip and brotli.
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const measure = (file) => {
  const bytes = readFileSync(file);
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
};
const shared = ["dist/article-cards-loader.js", "dist/article-cards.css"];
const builds = {
  "any page": ["dist/article-cards_bg.wasm", "dist/article-cards.js"],
};
for (const [page, files] of Object.entries(builds)) {
  const rows = [...files, ...shared].map(measure);
  const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`\n${page}:\n| file | raw | gzip -9 | brotli -11 |\n|---|---:|---:|---:|`);
  for (const r of [...rows, { file: "total", ...total }]) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
}
