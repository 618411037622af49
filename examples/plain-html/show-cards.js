// This page's own script: mounts cards once the widget is ready, and reacts to its events.
const records = [
  {
    title: "Computer vision helps scientists study lithium ion batteries",
    webUrl: "https://phys.org/news/2020-05-vision-scientists-lithium-ion-batteries.html",
    excerpt: "Scientists combined machine learning with X-ray tomography to see how a battery component breaks down,",
    publishedDateTime: "2020-05-08T10:15:00Z",
    provider: { name: "Phys.org", domain: "phys.org" },
    topics: ["Computer Vision", "AI"],
  },
  {
    title: "Ancient DNA reveals how the first farmers reached Britain",
    webUrl: "https://www.science.org/content/article/ancient-dna-first-farmers-britain",
    publishedDateTime: "2022-08-17 14:00:00+00:00",
    provider: { name: "Science", domain: "science.org" },
    topics: ["Archaeology"],
  },
];

const element = document.getElementById("cards");
element.addEventListener("article-card-topic", (event) => {
  document.getElementById("status").textContent = `You chose the topic “${event.detail.topic}”.`;
});
let handle = null;

function showCards() {
  handle?.unmount(); // after a crash, the restarted widget mounts afresh
  handle = ArticleCards.mount(element, records, { headingLevel: 2, linkTarget: "_blank" });
  document.getElementById("status").textContent = `${records.length} articles`;
}

// Not once: "article-cards-ready" fires again when a fresh instance replaces a crashed one.
window.addEventListener("article-cards-ready", showCards);
if (window.ArticleCards) showCards();
