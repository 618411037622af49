//! A whole list of records from the host: checked one by one, duplicates removed.
//! A bad record never stops the others. A record's check is kept as a [`Checked`], so the
//! host boundary can reuse it when the same record object comes back in an update.

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

/// One record, checked: the card it gives (if any) and its problems.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub record: Option<Rc<Record>>,
    pub problems: Rc<[Problem]>,
}

/// Checks one record. `Err` is a record the host boundary could not read at all (a
/// throwing getter, say); its message is reported as an error on the whole record.
pub fn check_record(value: Result<JsonValue, String>) -> Checked {
    match value {
        Ok(value) => {
            let validated = validate_record(&value);
            Checked { record: validated.record.map(Rc::new), problems: validated.problems.into() }
        }
        Err(message) => {
            let problem = Problem { path: String::new(), message, severity: Severity::Error };
            Checked { record: None, problems: Rc::new([problem]) }
        }
    }
}

/// Checks each record and assembles the feed.
pub fn validate_feed(records: impl IntoIterator<Item = Result<JsonValue, String>>) -> Feed {
    let checked: Vec<Checked> = records.into_iter().map(check_record).collect();
    assemble_feed(&checked)
}

/// The cards and problems of checked records, in order, without duplicate `webUrl`s.
pub fn assemble_feed(checked: &[Checked]) -> Feed {
    let mut feed = Feed::default();
    let mut first_index_of_url: HashMap<&str, usize> = HashMap::new();
    for (index, check) in checked.iter().enumerate() {
        feed.problems.extend(check.problems.iter().map(|problem| RecordProblem { index, problem: problem.clone() }));
        let Some(record) = &check.record else { continue };
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
                first_index_of_url.insert(record.web_url.as_str(), index);
                feed.cards.push(CardEntry { index, record: record.clone() });
            }
        }
    }
    feed
}
