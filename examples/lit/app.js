// A Lit 3 web component that shows article cards in its shadow root: the <article-cards>
// element with records as a property (`.records`) and the widget's events through Lit's own
// listeners (`@article-card-topic`). Bundle with esbuild (README.md here).
import { LitElement, css, html } from "lit";
import { records } from "../records.js";

class NewsFeed extends LitElement {
  static properties = {
    records: { state: true },
    shown: { state: true },
    topic: { state: true },
  };

  // The component's own look for the cards, through their custom properties (README.md,
  // "Theming"): its styles come after the cards' stylesheet, so they win.
  static styles = css`
    :host {
      display: block;
      max-width: 72rem;
      margin: 0 auto;
      padding: 1rem;
      font-family: system-ui, sans-serif;
    }
    article-cards .ac-root {
      --ac-accent: light-dark(#6d28d9, #c4b5fd);
    }
  `;

  constructor() {
    super();
    this.records = records;
    this.shown = true;
    this.topic = null;
  }

  render() {
    return html`
      <h1>Research news, in a Lit component</h1>
      <p>
        <button type="button" id="drop-first" @click=${() => (this.records = this.records.slice(1))}>
          Drop the first story
        </button>
        <button type="button" id="toggle" @click=${() => (this.shown = !this.shown)}>
          ${this.shown ? "Hide the cards" : "Show the cards"}
        </button>
      </p>
      <p id="chosen" aria-live="polite">${this.topic ? `You chose “${this.topic}”.` : "Choose a topic."}</p>
      ${this.shown
        ? html`<article-cards
            id="element-cards"
            .records=${this.records}
            locale="en-GB"
            heading-level="2"
            @article-card-topic=${(event) => (this.topic = event.detail.topic)}
          ></article-cards>`
        : null}
    `;
  }
}

customElements.define("news-feed", NewsFeed);
