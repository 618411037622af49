// Gives the module's imports from the glue short names (a, b, …, aa, …) in both files of a
// release build: wasm-bindgen names each one after its function plus a 16-digit hash
// (`__wbg_setAttribute_2c9b…`), written twice, once in the .wasm's import section and once in
// the glue's import object, and hashes do not compress: 164 imports cost 3.9 KB of the
// page's download, brotli-compressed. The glue's names are replaced where they are keys of
// its import object; the build fails if one is used otherwise, or not found at all. The module's
// exports keep their names (article-cards.d.ts declares them). Run by scripts/post-build.mjs,
// for release builds.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The import module wasm-bindgen's `web` target gives the glue's functions. */
const GLUE_MODULE = "./article-cards_bg.js";
const IMPORT_SECTION = 2;
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The `index`th short name: a … Z, then aa, ab, …. */
function shortName(index) {
  let name = LETTERS[index % LETTERS.length];
  for (let rest = Math.floor(index / LETTERS.length); rest > 0; rest = Math.floor((rest - 1) / LETTERS.length)) {
    name = LETTERS[(rest - 1) % LETTERS.length] + name;
  }
  return name;
}

/** Reads a module's bytes front to back (LEB128 numbers, names, byte ranges). */
class Reader {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }
  byte() {
    return this.bytes[this.at++];
  }
  u32() {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  }
  name() {
    const length = this.u32();
    return this.bytes.subarray(this.at, (this.at += length)).toString("utf8");
  }
  /** Skips an import's description (a function's, table's, memory's, global's or tag's type). */
  skipImportType() {
    const kind = this.byte();
    const skipLimits = () => {
      const flags = this.byte();
      this.u32();
      if (flags & 1) this.u32();
    };
    if (kind === 0) this.u32();
    else if (kind === 1) (this.byte(), skipLimits());
    else if (kind === 2) skipLimits();
    else if (kind === 3) this.at += 2;
    else if (kind === 4) (this.byte(), this.u32());
    else throw new Error(`short-import-names: an import of unknown kind ${kind}`);
  }
}

const u32 = (value) => {
  const bytes = [];
  do {
    bytes.push((value & 0x7f) | (value >= 0x80 ? 0x80 : 0));
    value = Math.floor(value / 0x80);
  } while (value > 0);
  return Buffer.from(bytes);
};
const name = (text) => Buffer.concat([u32(Buffer.byteLength(text)), Buffer.from(text)]);

/** The module `wasm` with its glue imports renamed, and the names given (old → short). */
function renameImports(wasm) {
  const renamed = new Map();
  const parts = [wasm.subarray(0, 8)];
  const reader = new Reader(wasm, 8);
  while (reader.at < wasm.length) {
    const start = reader.at;
    const id = reader.byte();
    const end = reader.u32() + reader.at;
    if (id !== IMPORT_SECTION) {
      parts.push(wasm.subarray(start, end));
      reader.at = end;
      continue;
    }
    const count = reader.u32();
    const section = [u32(count)];
    for (let i = 0; i < count; i++) {
      const module = reader.name();
      let field = reader.name();
      const typeStart = reader.at;
      reader.skipImportType();
      if (module === GLUE_MODULE) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        field = renamed.get(field);
      }
      section.push(name(module), name(field), wasm.subarray(typeStart, reader.at));
    }
    if (reader.at !== end) throw new Error("short-import-names: the import section was not read to its end");
    const body = Buffer.concat(section);
    parts.push(Buffer.from([IMPORT_SECTION]), u32(body.length), body);
  }
  return { wasm: Buffer.concat(parts), renamed };
}

/** Renames the glue's imports in Trunk's staging folder `staging`, in the .wasm and the glue. */
export function shortenImportNames(staging) {
  const wasmPath = join(staging, "article-cards_bg.wasm");
  const gluePath = join(staging, "article-cards.js");
  const { wasm, renamed } = renameImports(readFileSync(wasmPath));
  const found = new Set();
  // Each must be a key of the glue's import object: a short name anywhere else could be
  // taken by one of the minified glue's own variables.
  const glue = readFileSync(gluePath, "utf8").replace(/[A-Za-z_$][\w$]*(\s*:)?/g, (word, key) => {
    const field = key === undefined ? word : word.slice(0, -key.length);
    const short = renamed.get(field);
    if (short === undefined) return word;
    if (key === undefined) throw new Error(`short-import-names: the glue uses ${field} other than as a key`);
    found.add(field);
    return short + key;
  });
  const missing = [...renamed.keys()].filter((field) => !found.has(field));
  if (missing.length > 0) throw new Error(`short-import-names: the glue has no ${missing.join(", ")}`);
  writeFileSync(wasmPath, wasm);
  writeFileSync(gluePath, glue);
}
