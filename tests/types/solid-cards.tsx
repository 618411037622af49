/** @jsxImportSource solid-js */
// A Solid component using <article-cards> (records as a property, the widget's events with
// `on:`, a ref, `class`). The `@ts-expect-error` lines must fail.
import { createSignal } from "solid-js";
import type { ArticleCardsElement, ArticleRecord } from "../../js/article-cards";

export function SolidCards(props: { records: readonly ArticleRecord[] }) {
  const [topic, setTopic] = createSignal<string | null>(null);
  let element: ArticleCardsElement | undefined;
  return (
    <section>
      <p>{topic() ?? "Choose a topic."}</p>
      <article-cards
        ref={element}
        class="cards"
        records={props.records}
        locale="en-GB"
        heading-level="3"
        related-open
        labels={{ relatedResearch: "Further reading" }}
        on:article-card-topic={(event) => setTopic(event.detail.topic)}
        on:article-card-open={(event) => {
          if (event.detail.secured === null) event.preventDefault();
        }}
      />
      {/* @ts-expect-error: a wrong attribute value (theme is "auto", "light" or "dark") */}
      <article-cards records={props.records} theme="blue" />
      {/* @ts-expect-error: a misspelled event detail field (topic) */}
      <article-cards records={props.records} on:article-card-topic={(event) => setTopic(event.detail.topik)} />
      {/* @ts-expect-error: records is an array, not JSON text */}
      <article-cards records={JSON.stringify(props.records)} />
    </section>
  );
}
