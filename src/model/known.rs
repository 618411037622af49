//! What validating each record of the last feed gave, by a fingerprint of the record's
//! content, so that an update validates only the records that changed. A record that comes
//! again with the same content gets the same `Rc<Record>` (so its card compares equal and
//! is skipped) and the same problems (so they are reported again, as for a fresh record).
//! Content, never object identity: a record mutated in place and passed again is new.
//! The values that repeat across records are shared through one table (`SharedStrings`)
//! kept from feed to feed.

use std::collections::HashMap;
use std::rc::Rc;

use super::json_value::JsonValue;
use super::problem::Problem;
use super::record::Record;
use super::shared_strings::SharedStrings;
use super::validate::validate_record_sharing;

/// One record's validation, kept for the next feed.
#[derive(Debug, Clone)]
struct Known {
    record: Option<Rc<Record>>,
    problems: Vec<Problem>,
}

/// The validations of the records of the previous feed (`earlier`) and of this one so far
/// (`now`): at most two feeds' worth, each a fingerprint, a pointer and the problems.
#[derive(Debug, Default)]
pub struct KnownRecords {
    earlier: HashMap<u64, Known>,
    now: HashMap<u64, Known>,
    strings: SharedStrings,
}

impl KnownRecords {
    /// Starts the next feed: what this one validated becomes what it can reuse.
    pub fn for_next_feed(mut self) -> KnownRecords {
        self.strings.forget_unused();
        KnownRecords { earlier: self.now, now: HashMap::new(), strings: self.strings }
    }

    /// `value` validated, or what validating the same content gave before.
    pub fn validate(&mut self, value: &JsonValue) -> (Option<Rc<Record>>, Vec<Problem>) {
        let fingerprint = value.fingerprint();
        let known = match self.now.get(&fingerprint).or_else(|| self.earlier.get(&fingerprint)) {
            Some(known) => known.clone(),
            None => {
                let validated = validate_record_sharing(value, &mut self.strings);
                Known { record: validated.record.map(Rc::new), problems: validated.problems }
            }
        };
        self.now.insert(fingerprint, known.clone());
        (known.record, known.problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(title: &str) -> JsonValue {
        let text = |t: &str| JsonValue::String(t.to_owned());
        JsonValue::Object(vec![("title".into(), text(title)), ("webUrl".into(), text("https://e.org/a"))])
    }

    #[test]
    fn the_same_content_gets_the_same_record_and_changed_content_a_new_one() {
        let mut known = KnownRecords::default();
        let (first, _) = known.validate(&record("A"));
        let mut known = known.for_next_feed();
        let (again, _) = known.validate(&record("A"));
        let (changed, _) = known.validate(&record("B"));
        let (first, again, changed) = (first.unwrap(), again.unwrap(), changed.unwrap());
        assert!(Rc::ptr_eq(&first, &again));
        assert_eq!(&*changed.title, "B");
    }

    #[test]
    fn records_of_a_feed_hold_their_repeated_values_once() {
        let with_provider = |title: &str, url: &str| {
            let text = |t: &str| JsonValue::String(t.to_owned());
            let provider =
                JsonValue::Object(vec![("name".into(), text("Nature")), ("domain".into(), text("nature.com"))]);
            let image = JsonValue::Object(vec![("url".into(), text("https://e.org/figure.png"))]);
            JsonValue::Object(vec![
                ("title".into(), text(title)),
                ("webUrl".into(), text(url)),
                ("provider".into(), provider),
                ("topics".into(), JsonValue::Array(vec![text("AI")])),
                ("images".into(), JsonValue::Array(vec![image])),
            ])
        };
        let mut known = KnownRecords::default();
        let (a, _) = known.validate(&with_provider("A", "https://e.org/a"));
        let (b, _) = known.validate(&with_provider("B", "https://e.org/b"));
        let (a, b) = (a.unwrap(), b.unwrap());
        let name = |record: &Record| record.provider.as_ref().and_then(|p| p.name.clone()).unwrap();
        assert!(Rc::ptr_eq(&name(&a), &name(&b)));
        assert!(Rc::ptr_eq(&a.topics[0], &b.topics[0]));
        assert!(Rc::ptr_eq(&a.images[0].url.shared(), &b.images[0].url.shared()));
    }

    #[test]
    fn problems_come_again_and_only_the_last_feed_is_kept() {
        let bad = JsonValue::Object(vec![("title".into(), JsonValue::Null)]);
        let mut known = KnownRecords::default();
        let (none, problems) = known.validate(&bad);
        assert!(none.is_none() && !problems.is_empty());
        let mut known = known.for_next_feed();
        assert_eq!(known.validate(&bad), (None, problems));
        known.validate(&record("A"));
        let known = known.for_next_feed().for_next_feed();
        assert!(known.earlier.is_empty() && known.now.is_empty());
    }
}
