//! Topic chips: one button per topic; choosing one tells the owner, which may filter.
//! A plain view function: it holds no state.

use yew::prelude::*;

pub fn topic_chips(topics: &[String], on_choose: &Callback<AttrValue>) -> Html {
    if topics.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="ac-topics" aria-label="Topics">
            { for topics.iter().map(|topic| {
                let chosen = AttrValue::from(topic.clone());
                html! {
                    <li key={topic.as_str()}>
                        <button type="button" class="ac-chip" dir="auto"
                            onclick={on_choose.reform(move |_: MouseEvent| chosen.clone())}>
                            <span class="ac-visually-hidden">{ "Show cards about " }</span>
                            { topic }
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
