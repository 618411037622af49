// The XSS corpus (tests/xss/payloads.json), records that carry a payload in every field, and
// the check that no payload reached an attribute that loads or runs something.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./server.mjs";

export const payloads = JSON.parse(readFileSync(join(repoRoot, "tests/xss/payloads.json"), "utf8"));

/** A record with `payload` in every string field and every URL field (26 fields). */
export function xssRecord(payload, i) {
  const provider = { name: payload, domain: payload };
  const image = { url: payload, alt: payload, width: 40, height: 30 };
  return {
    title: payload,
    webUrl: `https://example.org/xss/${i}`,
    excerpt: payload,
    publishedDateTime: payload,
    category: payload,
    type: payload,
    quality: payload,
    provider,
    topics: [payload],
    images: [image],
    secured: payload,
    related: [
      { title: payload, webUrl: payload, excerpt: payload, type: payload, provider, images: [image] },
      { title: payload, webUrl: `https://example.org/xss/${i}/related`, excerpt: payload, provider, images: [image] },
    ],
  };
}

/** Attributes under `root` (a selector) that load or run something, other than http(s) URLs. */
export function unsafeAttributes(page, root) {
  return page.evaluate((root) =>
    [...document.querySelectorAll(`${root} *`)].flatMap((node) =>
      [...node.attributes]
        .filter((a) => /^(href|src|srcset|action|formaction|xlink:href|poster|data|background)$/i.test(a.name) || /^on/i.test(a.name))
        .filter((a) => !(/^(href|src)$/.test(a.name) && /^https?:\/\//.test(a.value)))
        .map((a) => `${node.tagName} ${a.name}=${a.value}`),
    ), root);
}
