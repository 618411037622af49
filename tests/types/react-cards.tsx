// A React 19 component using <article-cards> (records as a property, the widget's events as
// `on<event>` props, a ref) and ArticleCards.mount in an effect. The `@ts-expect-error`
// lines must fail.
import { useEffect, useRef, useState } from "react";
import type { RefObject } from "react";
import type { ArticleCardsElement, ArticleCardsMountHandle, ArticleRecord } from "../../js/article-cards";

export function ReactCards({ records }: { records: readonly ArticleRecord[] }) {
  const [topic, setTopic] = useState<string | null>(null);
  const element = useRef<ArticleCardsElement>(null);
  useEffect(() => {
    element.current?.addEventListener("article-card-figure", (event) => console.log(event.detail.state));
  }, []);
  return (
    <section>
      <p>{topic ?? "Choose a topic."}</p>
      <article-cards
        ref={element}
        id="cards"
        className="cards"
        records={records}
        locale="en-GB"
        time-zone="Europe/Berlin"
        theme="dark"
        layout="full"
        heading-level={2}
        link-target="_blank"
        related-open
        show-signals={false}
        now="2020-05-09T00:00:00Z"
        labels={{ relatedResearch: "Further reading" }}
        onarticle-card-topic={(event) => setTopic(event.detail.topic)}
        onarticle-card-open={(event) => {
          if (event.detail.secured === null) event.preventDefault();
        }}
        onarticle-card-related={(event) => console.log(event.detail.open)}
        onarticle-card-figure={(event) => console.log(event.detail.url)}
        onarticle-card-invalid={(event) => console.warn(event.detail.message)}
      />
      <article-cards records={records} heading-level="3" related-open="false" />
      {/* @ts-expect-error: a misspelled label (topics) */}
      <article-cards records={records} labels={{ topic: "Tags" }} />
      {/* @ts-expect-error: a wrong attribute value (theme is "auto", "light" or "dark") */}
      <article-cards records={records} theme="blue" />
      {/* @ts-expect-error: heading-level is 2 to 6 */}
      <article-cards records={records} heading-level={1} />
      {/* @ts-expect-error: a misspelled event detail field (topic) */}
      <article-cards records={records} onarticle-card-topic={(event) => setTopic(event.detail.topik)} />
      {/* @ts-expect-error: a record without title */}
      <article-cards records={[{ webUrl: "https://example.org/untitled" }]} />
      {/* @ts-expect-error: records is an array, not JSON text */}
      <article-cards records={JSON.stringify(records)} />
      {/* @ts-expect-error: the widget renders the element's content: no children */}
      <article-cards records={records}><p>Loading</p></article-cards>
    </section>
  );
}

/** ArticleCards.mount in an effect: mount once the API is there, unmount on cleanup. */
export function MountedCards({ records }: { records: readonly ArticleRecord[] }) {
  const target = useRef<HTMLDivElement>(null);
  const handle = useRef<ArticleCardsMountHandle | null>(null);
  useEffect(() => {
    const mount = () => {
      if (window.ArticleCards && target.current) handle.current = window.ArticleCards.mount(target.current, records, { headingLevel: 3 });
    };
    window.addEventListener("article-cards-ready", mount);
    mount();
    return () => {
      window.removeEventListener("article-cards-ready", mount);
      handle.current?.unmount();
    };
  }, [records]);
  return <div ref={target} />;
}

// @ts-expect-error: a ref to another kind of element
export const wrongRef = (ref: RefObject<HTMLInputElement | null>) => <article-cards ref={ref} />;
