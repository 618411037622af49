/** @jsxImportSource preact */
// A Preact component using <article-cards> (records as a property, the widget's events as
// `on<event>` props, a ref, `class`). The `@ts-expect-error` lines must fail.
import { useRef, useState } from "preact/hooks";
import type { ArticleCardsElement, ArticleRecord } from "../../js/article-cards";

export function PreactCards({ records }: { records: readonly ArticleRecord[] }) {
  const [topic, setTopic] = useState<string | null>(null);
  const element = useRef<ArticleCardsElement>(null);
  return (
    <section>
      <p>{topic ?? "Choose a topic."}</p>
      <article-cards
        ref={element}
        class="cards"
        records={records}
        locale="en-GB"
        heading-level="3"
        related-open
        labels={{ relatedResearch: "Further reading" }}
        onarticle-card-topic={(event) => setTopic(event.detail.topic)}
        onarticle-card-open={(event) => {
          if (event.detail.secured === null) event.preventDefault();
        }}
      />
      {/* @ts-expect-error: a wrong attribute value (theme is "auto", "light" or "dark") */}
      <article-cards records={records} theme="blue" />
      {/* @ts-expect-error: a misspelled event detail field (topic) */}
      <article-cards records={records} onarticle-card-topic={(event) => setTopic(event.detail.topik)} />
      {/* @ts-expect-error: records is an array, not JSON text */}
      <article-cards records={JSON.stringify(records)} />
    </section>
  );
}
