//! Topic chips: one button per topic; choosing one tells the owner, which may filter.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TopicChipsProps {
    pub topics: Rc<[String]>,
    pub on_choose: Callback<AttrValue>,
}

#[component]
pub fn TopicChips(props: &TopicChipsProps) -> Html {
    if props.topics.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="ac-topics" aria-label="Topics">
            { for props.topics.iter().map(|topic| {
                let chosen = AttrValue::from(topic.clone());
                html! {
                    <li key={topic.as_str()}>
                        <button type="button" class="ac-chip" dir="auto"
                            onclick={props.on_choose.reform(move |_: MouseEvent| chosen.clone())}>
                            <span class="ac-visually-hidden">{ "Show cards about " }</span>
                            { topic }
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
