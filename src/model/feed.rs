//! A whole list of records from the host: validated one by one, duplicates removed.
//! A bad record never stops the others.

use std::collections::HashMap;
use std::rc::Rc;

use super::host_record::HostRecord;
use super::json_value::JsonValue;
use super::known::KnownRecords;
use super::problem::{Problem, Severity};
use super::record::Record;

/// A record that renders as a card, with its position in the host's array.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    let mut validator = FeedValidator::default();
    validator.extend(records);
    validator.feed
}

/// [`validate_feed`] a few records at a time (a long feed is validated between frames): the
/// records pushed so far, in the host's order, give the same feed as validating them at once.
/// Made [`reusing`](FeedValidator::reusing) the previous feed's validations, it validates only
/// records whose content it has not seen, with the same result.
#[derive(Debug, Default)]
pub struct FeedValidator {
    feed: Feed,
    first_index_of_url: HashMap<Rc<str>, usize>,
    next_index: usize,
    known: KnownRecords,
}

impl FeedValidator {
    /// A validator for the next feed, reusing what the previous one validated.
    pub fn reusing(known: KnownRecords) -> FeedValidator {
        FeedValidator { known: known.for_next_feed(), ..FeedValidator::default() }
    }

    /// What this validator validated, for the next feed's (the rest of it is dropped).
    pub fn into_known(self) -> KnownRecords {
        self.known
    }

    /// Validates the next records of the host's array.
    pub fn extend(&mut self, records: impl IntoIterator<Item = impl HostRecord>) {
        for value in records {
            let index = self.next_index;
            self.next_index += 1;
            self.push(index, value);
        }
    }

    /// The cards so far, in the host's order.
    pub fn cards(&self) -> &[CardEntry] {
        &self.feed.cards
    }

    /// The problems found since the last call.
    pub fn take_problems(&mut self) -> Vec<RecordProblem> {
        std::mem::take(&mut self.feed.problems)
    }

    fn push(&mut self, index: usize, record: impl HostRecord) {
        let feed = &mut self.feed;
        let (record, problems) = match self.known.validate(record) {
            Ok(validated) => validated,
            Err(message) => {
                let problem = Problem { path: String::new(), message, severity: Severity::Error };
                feed.problems.push(RecordProblem { index, problem });
                return;
            }
        };
        feed.problems.extend(problems.into_iter().map(|problem| RecordProblem { index, problem }));
        let Some(record) = record else { return };
        // Cards are keyed by webUrl: a second card with the same key would confuse updates.
        match self.first_index_of_url.get(record.web_url.as_str()) {
            Some(&first) => feed.problems.push(RecordProblem {
                index,
                problem: Problem {
                    path: "webUrl".to_owned(),
                    message: format!("duplicates the webUrl of record {first}; not shown twice"),
                    severity: Severity::Error,
                },
            }),
            None => {
                self.first_index_of_url.insert(record.web_url.shared(), index);
                feed.cards.push(CardEntry { index, record });
            }
        }
    }
}
