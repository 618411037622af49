// What a reader sees of the cards, as data: every element's box (relative to the cards'
// root, rounded to the pixel) and the font and colours it is drawn with. Two pages whose
// cards look the same give equal lists. Open pages with `reducedMotion: "reduce"`, so that no
// transition is caught half-way.

/** The geometry of every element under the first `.ac-root` of `page`. */
export async function cardGeometry(page) {
  return page.evaluate(() => {
    const root = document.querySelector(".ac-root");
    const origin = root.getBoundingClientRect();
    return [root, ...root.querySelectorAll("*")].map((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const rendered = element.getClientRects().length > 0;
      return [
        `${element.localName}.${element.getAttribute("class") ?? ""}`,
        rendered ? [box.x - origin.x, box.y - origin.y, box.width, box.height].map(Math.round).join(",") : "not rendered",
        [style.fontFamily, style.fontSize, style.fontWeight, style.lineHeight, style.color, style.backgroundColor].join(" | "),
      ].join("  ");
    });
  });
}

/** In the page: the heights the cards' elements are held at while a long feed arrives (inline
 *  `min-height`s); none once the feed shows in full. */
export function heightsHeld() {
  return [...document.querySelectorAll("[data-article-cards], [data-article-cards] *")].map((element) => element.style.minHeight).filter(Boolean);
}
