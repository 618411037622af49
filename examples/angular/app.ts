// An Angular 21 app that shows article cards two ways: the <article-cards> element (records
// bound as a property with `[records]`, the widget's events with `(article-card-topic)`,
// allowed by CUSTOM_ELEMENTS_SCHEMA) and the imperative ArticleCards.mount in a component.
// Compiled in the browser (JIT, `@angular/compiler`) so that esbuild alone can bundle it
// (README.md here); the Angular CLI's ahead-of-time build takes the same components.
import "@angular/compiler";
import { AfterViewInit, Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, Input, OnDestroy, ViewChild, signal } from "@angular/core";
import { bootstrapApplication } from "@angular/platform-browser";
import { records as allRecords } from "../records.js";
// The widget's declarations, copied from dist/ with its other files (types only: nothing is
// imported at run time).
import type { ArticleCardsMountHandle, ArticleRecord } from "./article-cards/article-cards";

/** The imperative API in a component: mount once the widget is ready, update, unmount. */
@Component({
  selector: "mounted-cards",
  template: `<div id="mounted-cards" #target></div>`,
})
class MountedCards implements AfterViewInit, OnDestroy {
  @ViewChild("target") target!: ElementRef<HTMLElement>;
  #records: readonly ArticleRecord[] = [];
  #handle: ArticleCardsMountHandle | null = null;
  // Now if the widget is ready, and on every "article-cards-ready" (again when a fresh
  // instance replaces a crashed one).
  readonly #mountInto = () => {
    this.#handle?.unmount(); // after a crash, the restarted widget mounts afresh
    this.#handle = window.ArticleCards?.mount(this.target.nativeElement, this.#records, { locale: "en-GB", headingLevel: 3 }) ?? null;
  };

  @Input({ required: true }) set records(records: readonly ArticleRecord[]) {
    this.#records = records;
    this.#handle?.update(records);
  }

  ngAfterViewInit() {
    window.addEventListener("article-cards-ready", this.#mountInto);
    if (window.ArticleCards) this.#mountInto();
  }

  ngOnDestroy() {
    window.removeEventListener("article-cards-ready", this.#mountInto);
    this.#handle?.unmount();
    this.#handle = null;
  }
}

@Component({
  selector: "news-app",
  imports: [MountedCards],
  // <article-cards> is a custom element, not an Angular component.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Research news, in Angular</h1>
      <p>
        <button type="button" id="drop-first" (click)="records.set(records().slice(1))">Drop the first story</button>
        <button type="button" id="toggle" (click)="shown.set(!shown())">{{ shown() ? "Hide the cards" : "Show the cards" }}</button>
      </p>
      <p id="chosen" aria-live="polite">{{ topic() ? "You chose “" + topic() + "”." : "Choose a topic." }}</p>
      @if (shown()) {
        <h2>The element</h2>
        <article-cards
          id="element-cards"
          [records]="records()"
          locale="en-GB"
          heading-level="3"
          (article-card-topic)="topic.set($event.detail.topic)"
        ></article-cards>
        <h2>ArticleCards.mount in a component</h2>
        <mounted-cards [records]="records()" />
      }
    </main>
  `,
})
class NewsApp {
  records = signal<readonly ArticleRecord[]>(allRecords);
  shown = signal(true);
  topic = signal<string | null>(null);
}

bootstrapApplication(NewsApp).catch((error) => console.error(error));
