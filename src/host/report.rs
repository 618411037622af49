//! Tells the host about bad input: on the console and as `article-card-invalid` events.
//! Events go out after the current task, so a page can add its listener right after
//! calling `mount`, and on the card's element where the record rendered.

use std::collections::HashMap;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{console, Element};

use super::dom_events::dispatch;
use crate::model::{Problem, RecordProblem, Severity};

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
        let cards = rendered_cards(&container);
        for RecordProblem { index, problem } in problems {
            let card = cards.get(&index);
            let severity = problem.severity.as_str();
            let detail = InvalidDetail { index, path: problem.path, message: problem.message, severity };
            dispatch(card.unwrap_or(&container), "article-card-invalid", &detail, false);
        }
    });
}

/// The cards under `container` by record index, found in one pass over the DOM.
fn rendered_cards(container: &Element) -> HashMap<usize, Element> {
    let Ok(nodes) = container.query_selector_all("article[data-index]") else { return HashMap::new() };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|card| Some((card.get_attribute("data-index")?.parse().ok()?, card)))
        .collect()
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
