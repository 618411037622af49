/// <reference path="./article-cards.d.ts" />
// A page script that reaches the declarations by a triple-slash reference, as a site without
// a bundler would: the globals are typed with no import. The `@ts-expect-error` line must fail.

function showCards(): void {
  const element = document.querySelector("article-cards");
  if (!element || !window.ArticleCards) return;
  element.records = [{ title: "Cards", webUrl: "https://example.org/cards" }];
  const handle = window.ArticleCards.mount(document.body, element.records, { theme: "light" });
  element.addEventListener("article-card-topic", (event) => console.log(event.detail.topic));
  // @ts-expect-error: a wrong option value
  handle.update([], { layout: "grid" });
}
window.addEventListener("article-cards-ready", showCards);
