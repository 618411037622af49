// The article-cards widget behind the benchmark's common contract: mount(container, records,
// options) -> {update, unmount}. Expects /dist/article-cards-loader.js to be loaded.
export async function ready() {
  if (!window.ArticleCards) await new Promise((resolve) => window.addEventListener("article-cards-ready", resolve, { once: true }));
}

export function mount(container, records, options) {
  const handle = window.ArticleCards.mount(container, records, options);
  return {
    update: (next) => handle.update(next),
    unmount: () => handle.unmount(),
  };
}
