//! A Yew app that uses the article-cards components as a library: it validates its records
//! with the crate's model and renders `<ArticleCard>`s, handling their events in Rust.

use std::rc::Rc;

use article_cards::components::{ArticleCard, CardAction, CardEvent};
use article_cards::model::{validate_record, CardOptions, JsonValue, Record};
use yew::prelude::*;

const RECORDS: &str = r#"[
  {
    "title": "Computer vision helps scientists study lithium ion batteries",
    "webUrl": "https://phys.org/news/2020-05-vision-scientists-lithium-ion-batteries.html",
    "publishedDateTime": "2020-05-08T10:15:00Z",
    "provider": { "name": "Phys.org", "domain": "phys.org" },
    "topics": ["Computer Vision", "AI"],
    "related": [
      {
        "title": "Machine-learning-revealed statistics of the particle-carbon/binder detachment in lithium-ion battery cathodes",
        "webUrl": "https://www.nature.com/articles/s41467-020-16233-5",
        "provider": { "name": "Nature", "domain": "nature.com" }
      }
    ]
  },
  {
    "title": "Ancient DNA reveals how the first farmers reached Britain",
    "webUrl": "https://www.science.org/content/article/ancient-dna-first-farmers-britain",
    "publishedDateTime": "2022-08-17 14:00:00+00:00",
    "provider": { "name": "Science", "domain": "science.org" },
    "topics": ["Archaeology", "Genetics"]
  }
]"#;

/// The app's records, validated by the crate's model; invalid ones are left out.
fn records() -> Vec<Rc<Record>> {
    let values: Vec<JsonValue> = serde_json::from_str(RECORDS).unwrap_or_default();
    values.iter().filter_map(|value| validate_record(value).record).map(Rc::new).collect()
}

#[component]
fn App() -> Html {
    let records = use_memo((), |_| records());
    let options = use_memo((), |_| CardOptions { heading_level: 2, ..CardOptions::default() });
    let chosen_topic = use_state(|| None::<AttrValue>);
    let on_event = {
        let chosen_topic = chosen_topic.clone();
        Callback::from(move |event: CardEvent| {
            if let CardAction::Topic(topic) = event.action {
                chosen_topic.set(Some(topic));
            }
        })
    };
    html! {
        <main class="ac-root">
            <h1>{ "Cards in a Yew app" }</h1>
            <p id="chosen-topic">
                { chosen_topic.as_ref().map_or("Choose a topic.".to_owned(), |t| format!("Topic chosen: {t}")) }
            </p>
            <div class="ac-list">
                { for records.iter().enumerate().map(|(index, record)| html! {
                    <ArticleCard key={record.web_url.as_str()} record={record.clone()} {index}
                        options={options.clone()} on_event={on_event.clone()} />
                }) }
            </div>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
