// A React 19 app that shows article cards two ways: the <article-cards> element (records
// as a property, the widget's events through React's own `on…` props) and the imperative
// ArticleCards.mount in an effect, with cleanup. The same on a server-rendered page
// (`app.jsx` hydrates it there; README.md here).
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { records as allRecords } from "../records.js";

const noSubscription = () => () => {};

/**
 * False while React renders on the server and hydrates that HTML, true once it renders in
 * the browser (at once, in an app rendered in the browser only). React 19 sets neither a
 * custom element's properties nor its `on…` listeners when it hydrates one from server HTML
 * (react#35446), so <article-cards> is rendered in the browser only.
 */
function useInBrowser() {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

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

/** The imperative API in an effect: mount once, update on change, unmount on cleanup. */
function MountedCards({ records }) {
  const target = useRef(null);
  const handle = useRef(null);
  // The records of the latest render, for a mount that happens once the widget is ready.
  const latest = useRef(records);
  latest.current = records;
  useEffect(() => {
    const cancel = onEachReady((api) => {
      handle.current?.unmount(); // after a crash, the restarted widget mounts afresh
      handle.current = api.mount(target.current, latest.current, { locale: "en-GB", headingLevel: 3 });
    });
    return () => {
      cancel();
      handle.current?.unmount();
      handle.current = null;
    };
  }, []);
  useEffect(() => {
    handle.current?.update(records);
  }, [records]);
  return <div id="mounted-cards" ref={target} />;
}

export function NewsApp() {
  const [records, setRecords] = useState(allRecords);
  const [shown, setShown] = useState(true);
  const [topic, setTopic] = useState(null);
  const inBrowser = useInBrowser();
  return (
    <main>
      <h1>Research news, in React</h1>
      <p>
        <button type="button" id="drop-first" onClick={() => setRecords((current) => current.slice(1))}>
          Drop the first story
        </button>{" "}
        <button type="button" id="toggle" onClick={() => setShown((now) => !now)}>
          {shown ? "Hide the cards" : "Show the cards"}
        </button>
      </p>
      <p id="chosen" aria-live="polite">{topic ? `You chose “${topic}”.` : "Choose a topic."}</p>
      {shown && (
        <>
          <h2>The element</h2>
          {inBrowser && (
            <article-cards
              id="element-cards"
              records={records}
              locale="en-GB"
              heading-level="3"
              onarticle-card-topic={(event) => setTopic(event.detail.topic)}
            />
          )}
          <h2>ArticleCards.mount in an effect</h2>
          <MountedCards records={records} />
        </>
      )}
    </main>
  );
}
