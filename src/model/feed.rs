//! A whole list of records from the host: validated one by one, duplicates removed.
//! A bad record never stops the others.

use std::collections::HashMap;
use std::rc::Rc;

use super::json_value::JsonValue;
use super::problem::{Problem, Severity};
use super::record::Record;
use super::validate::validate_record;

/// A record that renders as a card, with its position in the host's array.
#[derive(Debug, Clone, PartialEq)]
pub struct CardEntry {
    pub index: usize,
    pub record: Rc<Record>,
}

/// A problem with the record at `index` of the host's array.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordProblem {
    pub index: usize,
    pub problem: Problem,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Feed {
    pub cards: Vec<CardEntry>,
    pub problems: Vec<RecordProblem>,
}

/// Validates each record. `Err` items are records the host boundary could not read at all
/// (a throwing getter, say); their message is reported as an error on the whole record.
pub fn validate_feed(records: impl IntoIterator<Item = Result<JsonValue, String>>) -> Feed {
    let mut feed = Feed::default();
    let mut first_index_of_url: HashMap<String, usize> = HashMap::new();
    for (index, value) in records.into_iter().enumerate() {
        let validated = match value {
            Ok(value) => validate_record(&value),
            Err(message) => {
                let problem = Problem { path: String::new(), message, severity: Severity::Error };
                feed.problems.push(RecordProblem { index, problem });
                continue;
            }
        };
        feed.problems.extend(validated.problems.into_iter().map(|problem| RecordProblem { index, problem }));
        let Some(record) = validated.record else { continue };
        // Cards are keyed by webUrl: a second card with the same key would confuse updates.
        match first_index_of_url.get(record.web_url.as_str()) {
            Some(&first) => feed.problems.push(RecordProblem {
                index,
                problem: Problem {
                    path: "webUrl".to_owned(),
                    message: format!("duplicates the webUrl of record {first}; not shown twice"),
                    severity: Severity::Error,
                },
            }),
            None => {
                first_index_of_url.insert(record.web_url.as_str().to_owned(), index);
                feed.cards.push(CardEntry { index, record: Rc::new(record) });
            }
        }
    }
    feed
}
