// A Vue 3 app, no build step: the <article-cards> element bound with `:records` (set as a
// property: the loader defines the element before Vue renders) and `@article-card-topic`,
// and a component that calls ArticleCards.mount in onMounted and unmounts in onBeforeUnmount.
// `newsApp` makes it with Vue's createApp, or with createSSRApp on a server and for the
// page that server rendered (app.js).
import { h, onBeforeUnmount, onMounted, ref, watch } from "./vendor/vue.esm-browser.js";

const stories = [
  {
    title: "Seamount survey finds unexpected diversity of deep-sea corals",
    webUrl: "https://oceanexplorer.noaa.gov/news/seamount-corals.html",
    publishedDateTime: "2023-03-14T09:00:00Z",
    provider: { name: "NOAA Ocean Exploration", domain: "oceanexplorer.noaa.gov" },
    topics: ["Oceans", "Biodiversity"],
    related: [
      {
        title: "Cold-water coral habitats on North Atlantic seamounts",
        webUrl: "https://doi.org/10.1016/j.dsr.2022.103456",
        provider: { name: "Deep-Sea Research", domain: "doi.org" },
      },
    ],
  },
  {
    title: "Error bars on quantum gates shrink with a new calibration method",
    webUrl: "https://www.quantamagazine.org/quantum-gate-calibration-20250211/",
    publishedDateTime: "2025-02-11T16:30:00Z",
    provider: { name: "Quanta Magazine", domain: "quantamagazine.org" },
    topics: ["Quantum Computing"],
    related: [
      {
        title: "Randomized benchmarking of two-qubit gates",
        webUrl: "https://arxiv.org/abs/2502.01234",
        provider: { name: "arXiv", domain: "arxiv.org" },
      },
    ],
  },
  {
    title: "Metabolic scaling holds across ten orders of magnitude",
    webUrl: "https://www.science.org/doi/10.1126/science.metabolic-scaling",
    publishedDateTime: "2021-06-03T18:00:00Z",
    provider: { name: "Science", domain: "science.org" },
    topics: ["Biology", "Physics"],
  },
];

/**
 * Calls `use(api)` now if window.ArticleCards is ready, and on every "article-cards-ready"
 * (again when a fresh instance replaces a crashed one); returns a function that stops.
 */
function onEachReady(use) {
  const onReady = () => use(window.ArticleCards);
  window.addEventListener("article-cards-ready", onReady);
  if (window.ArticleCards) onReady();
  return () => window.removeEventListener("article-cards-ready", onReady);
}

/** The imperative API in a component: mount, update when the records change, unmount. */
const MountedCards = {
  props: { records: { type: Array, required: true } },
  setup(props) {
    const target = ref(null);
    let handle = null;
    let cancel = () => {};
    onMounted(() => {
      cancel = onEachReady((api) => {
        handle?.unmount(); // after a crash, the restarted widget mounts afresh
        handle = api.mount(target.value, props.records, { locale: "en-GB", headingLevel: 3 });
      });
    });
    watch(() => props.records, (records) => handle?.update(records));
    onBeforeUnmount(() => {
      cancel();
      handle?.unmount();
      handle = null;
    });
    return () => h("div", { id: "mounted-cards", ref: target });
  },
};

/** The app's root component. */
const NewsApp = {
  template: `
<main>
  <h1>Reading list, in Vue</h1>
  <p>
    <button type="button" id="drop-first" @click="records = records.slice(1)">Drop the first story</button>
    <button type="button" id="toggle" @click="shown = !shown">{{ shown ? "Hide the cards" : "Show the cards" }}</button>
  </p>
  <p id="chosen" aria-live="polite">{{ topic ? \`You chose “\${topic}”.\` : "Choose a topic." }}</p>
  <template v-if="shown">
    <h2>The element</h2>
    <article-cards id="element-cards" :records="records" locale="en-GB" heading-level="3"
      @article-card-topic="topic = $event.detail.topic"></article-cards>
    <h2>ArticleCards.mount in a component</h2>
    <mounted-cards :records="records"></mounted-cards>
  </template>
</main>`,
  setup() {
    return { records: ref(stories), shown: ref(true), topic: ref(null) };
  },
};

/** The app, made by `create` (Vue's createApp or createSSRApp). */
export function newsApp(create) {
  const app = create(NewsApp);
  app.component("mounted-cards", MountedCards);
  // <article-cards> is a custom element, not a Vue component.
  app.config.compilerOptions.isCustomElement = (tag) => tag === "article-cards";
  return app;
}
