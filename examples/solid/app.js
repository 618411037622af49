// A Solid app with no JSX step: Solid's tagged templates (`solid-js/html`). The element's
// `records=${records}` is set as a property (Solid sets a custom element's dynamic
// attributes as properties), `on:article-card-topic` listens to the widget's event, and
// `MountedCards` calls ArticleCards.mount in `onMount`, `update` in an effect on the
// records, and `unmount` in `onCleanup`.
import { createEffect, createSignal, on, onCleanup, onMount } from "solid-js";
import html from "solid-js/html";
import { render } from "solid-js/web";
import { records as stories } from "../records.js";

/** The imperative API in a component: mount, update when the records change, unmount. */
function MountedCards(props) {
  let target;
  let handle = null;
  onMount(() => {
    // Now if the widget is ready, and on every "article-cards-ready" (again when a fresh
    // instance replaces a crashed one).
    const mountInto = () => {
      handle?.unmount(); // after a crash, the restarted widget mounts afresh
      handle = window.ArticleCards.mount(target, props.records, { locale: "en-GB", headingLevel: 3 });
    };
    window.addEventListener("article-cards-ready", mountInto);
    if (window.ArticleCards) mountInto();
    onCleanup(() => {
      window.removeEventListener("article-cards-ready", mountInto);
      handle?.unmount();
      handle = null;
    });
  });
  // Runs when the records change, not for the first ones (`mount` shows those).
  createEffect(on(() => props.records, (records) => handle?.update(records), { defer: true }));
  return html`<div id="mounted-cards" ref=${(element) => (target = element)}></div>`;
}

function NewsApp() {
  const [records, setRecords] = createSignal(stories);
  const [shown, setShown] = createSignal(true);
  const [topic, setTopic] = createSignal(null);
  return html`<main>
    <h1>Reading list, in Solid</h1>
    <p>
      <button type="button" id="drop-first" onClick=${() => setRecords(records().slice(1))}>Drop the first story</button>${" "}
      <button type="button" id="toggle" onClick=${() => setShown(!shown())}>${() => (shown() ? "Hide the cards" : "Show the cards")}</button>
    </p>
    <p id="chosen" aria-live="polite">${() => (topic() ? `You chose “${topic()}”.` : "Choose a topic.")}</p>
    ${() =>
      shown() &&
      html`<h2>The element</h2>
        <article-cards id="element-cards" records=${records} locale="en-GB" heading-level="3"
          on:article-card-topic=${(event) => setTopic(event.detail.topic)}></article-cards>
        <h2>ArticleCards.mount in a component</h2>
        <${MountedCards} records=${records} />`}
  </main>`;
}

render(NewsApp, document.getElementById("app"));
