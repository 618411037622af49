//! Tells the host about bad input: on the console and as `article-card-invalid` events.
//! Events go out after the current task, so a page can add its listener right after
//! calling `mount`, and on the card's element where the record rendered.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{console, Element};

use super::dom_events::dispatch;
use crate::components::card_segment::SEGMENT_CLASS;
use crate::model::{Problem, RecordProblem, Severity};
use crate::render::web::class_of;

/// `article-card-invalid`: `path` is `""` for a problem with the record as a whole.
#[derive(Serialize)]
struct InvalidDetail {
    index: usize,
    path: String,
    message: String,
    severity: &'static str,
}

pub fn report_record_problems(container: Element, problems: Vec<RecordProblem>) {
    if problems.is_empty() {
        return;
    }
    for RecordProblem { index, problem } in &problems {
        log(&format!("record {index}"), problem);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let first = problems.iter().map(|problem| problem.index).min().unwrap_or(0);
        let cards = rendered_cards(&container, first);
        for RecordProblem { index, problem } in problems {
            let card = card_of(&cards, index);
            let severity = problem.severity.as_str();
            let detail = InvalidDetail { index, path: problem.path, message: problem.message, severity };
            dispatch(card.unwrap_or(&container), "article-card-invalid", &detail, false);
        }
    });
}

/// Whether the card of the record at `index` is under `container`, the last card there.
pub fn is_rendered(container: &Element, index: usize) -> bool {
    card_of(&rendered_cards(container, index), index).is_some()
}

/// The card of the record at `index` among [`rendered_cards`]'s.
fn card_of(cards: &[(usize, Element)], index: usize) -> Option<&Element> {
    let found = cards.binary_search_by(|(card_index, _)| index.cmp(card_index));
    found.ok().map(|at| &cards[at].1)
}

/// The cards under `container` of records from index `first` on, with their record
/// indexes, the last first: found from the last card backwards (cards are in record order,
/// in the list's grid or in its `.ac-segment`s), so a step of a long feed looks only at the
/// cards it added.
fn rendered_cards(container: &Element, first: usize) -> Vec<(usize, Element)> {
    let mut cards = Vec::new();
    let Ok(Some(list)) = container.query_selector(".ac-list") else { return cards };
    let mut node = list.last_element_child();
    while let Some(element) = node {
        if class_of(&element).as_deref() == Some(SEGMENT_CLASS) {
            node = element.last_element_child();
            continue;
        }
        match element.get_attribute("data-index").and_then(|index| index.parse::<usize>().ok()) {
            Some(index) if index < first => break,
            Some(index) => cards.push((index, element.clone())),
            None => {}
        }
        node = element.previous_element_sibling().or_else(|| {
            // The first card of a segment: on to the segment before it.
            let segment =
                element.parent_element().filter(|parent| class_of(parent).as_deref() == Some(SEGMENT_CLASS))?;
            segment.previous_element_sibling()
        });
    }
    cards
}

pub fn report_option_problems(problems: &[Problem]) {
    for problem in problems {
        log("option", problem);
    }
}

fn log(subject: &str, problem: &Problem) {
    let place = if problem.path.is_empty() { String::new() } else { format!(" {}", problem.path) };
    let text = JsValue::from_str(&format!("article-cards: {subject}{place}: {}", problem.message));
    match problem.severity {
        Severity::Error => console::error_1(&text),
        Severity::Warning => console::warn_1(&text),
    }
}
