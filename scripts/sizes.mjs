// Prints the size of what a page downloads to show cards: raw, gzip and brotli.
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const files = ["dist/article-cards_bg.wasm", "dist/article-cards.js", "dist/article-cards-loader.js", "dist/article-cards.css"];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = files.map((file) => {
  const bytes = readFileSync(file);
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
});
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log("| file | raw | gzip -9 | brotli -11 |\n|---|---:|---:|---:|");
for (const r of [...rows, { file: "total", ...total }]) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
