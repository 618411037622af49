//! What validating each record of the last feed gave, by a fingerprint of the record's
//! content, so that an update reads and validates only the records that changed. A record
//! that comes again with the same content gets the same `Rc<Record>` (so its card compares
//! equal and is skipped) and the same problems (so they are reported again, as for a fresh
//! record).
//! Content, never object identity: a record mutated in place and passed again is new.
//! The values that repeat across records are shared through one table (`SharedStrings`)
//! kept from feed to feed.

use std::collections::HashMap;
use std::rc::Rc;

use super::fingerprint::Prehashed;
use super::host_record::HostRecord;
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
    earlier: HashMap<u64, Known, Prehashed>,
    now: HashMap<u64, Known, Prehashed>,
    strings: SharedStrings,
}

impl KnownRecords {
    /// Starts the next feed: what this one validated becomes what it can reuse.
    pub fn for_next_feed(mut self) -> KnownRecords {
        self.strings.forget_unused();
        KnownRecords { earlier: self.now, now: HashMap::default(), strings: self.strings }
    }

    /// `record` read and validated, or what validating the same content gave before; `Err`
    /// when it cannot be read. A record of a feed after the first is recognised before it is
    /// read, and is not read at all when the last feed had its content. (The first feed is
    /// read in full anyway: its records are fingerprinted as read.)
    pub fn validate(&mut self, record: impl HostRecord) -> Result<(Option<Rc<Record>>, Vec<Problem>), String> {
        let unread = if self.earlier.is_empty() { None } else { record.fingerprint() };
        if let Some(known) = unread.and_then(|fingerprint| self.recall(fingerprint)) {
            return Ok(known);
        }
        let value = record.read()?;
        // Fingerprinted before it was read and not recognised: new content, whose fingerprint
        // is already the one of what was read (`tests/reader.rs`), not taken a second time.
        let fingerprint = match unread {
            Some(fingerprint) => fingerprint,
            None => {
                let fingerprint = value.fingerprint();
                if let Some(known) = self.recall(fingerprint) {
                    return Ok(known);
                }
                fingerprint
            }
        };
        let validated = validate_record_sharing(&value, &mut self.strings);
        let known = Known { record: validated.record.map(Rc::new), problems: validated.problems };
        self.now.insert(fingerprint, known.clone());
        Ok((known.record, known.problems))
    }

    /// What validating the content of `fingerprint` gave, in this feed or the last, kept for
    /// the next feed.
    fn recall(&mut self, fingerprint: u64) -> Option<(Option<Rc<Record>>, Vec<Problem>)> {
        let known = self.now.get(&fingerprint).or_else(|| self.earlier.get(&fingerprint))?.clone();
        self.now.insert(fingerprint, known.clone());
        Some((known.record, known.problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::JsonValue;

    /// `value` read already (fingerprinted natively).
    fn validated(known: &mut KnownRecords, value: JsonValue) -> (Option<Rc<Record>>, Vec<Problem>) {
        known.validate(Ok::<_, String>(value)).expect("read already")
    }

    fn record(title: &str) -> JsonValue {
        let text = |t: &str| JsonValue::String(t.to_owned());
        JsonValue::Object(vec![("title".into(), text(title)), ("webUrl".into(), text("https://e.org/a"))])
    }

    #[test]
    fn the_same_content_gets_the_same_record_and_changed_content_a_new_one() {
        let mut known = KnownRecords::default();
        let (first, _) = validated(&mut known, record("A"));
        let mut known = known.for_next_feed();
        let (again, _) = validated(&mut known, record("A"));
        let (changed, _) = validated(&mut known, record("B"));
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
        let (a, _) = validated(&mut known, with_provider("A", "https://e.org/a"));
        let (b, _) = validated(&mut known, with_provider("B", "https://e.org/b"));
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
        let (none, problems) = validated(&mut known, bad.clone());
        assert!(none.is_none() && !problems.is_empty());
        let mut known = known.for_next_feed();
        assert_eq!(validated(&mut known, bad), (None, problems));
        validated(&mut known, record("A"));
        let known = known.for_next_feed().for_next_feed();
        assert!(known.earlier.is_empty() && known.now.is_empty());
    }

    /// A record as the browser hands it over: fingerprinted, read only on demand.
    struct Unread<'a> {
        fingerprint: Option<u64>,
        content: JsonValue,
        reads: &'a std::cell::Cell<u32>,
    }

    impl HostRecord for Unread<'_> {
        fn fingerprint(&self) -> Option<u64> {
            self.fingerprint
        }

        fn read(self) -> Result<JsonValue, String> {
            self.reads.set(self.reads.get() + 1);
            Ok(self.content)
        }
    }

    #[test]
    fn after_the_first_feed_a_record_whose_fingerprint_is_known_is_not_read() {
        let reads = std::cell::Cell::new(0);
        let unread =
            |title| Unread { fingerprint: Some(record(title).fingerprint()), content: record(title), reads: &reads };
        let unfingerprinted = |title| Unread { fingerprint: None, content: record(title), reads: &reads };
        let mut known = KnownRecords::default();
        // The first feed is read as it is validated.
        let (first, _) = known.validate(unread("A")).unwrap();
        assert_eq!(reads.get(), 1);
        let mut known = known.for_next_feed();
        let (again, _) = known.validate(unread("A")).unwrap();
        assert!(Rc::ptr_eq(&first.unwrap(), &again.unwrap()));
        assert_eq!(reads.get(), 1);
        let (changed, _) = known.validate(unread("B")).unwrap();
        assert_eq!(&*changed.unwrap().title, "B");
        assert_eq!(reads.get(), 2);
        // Without a fingerprint it is read, and then recognised.
        let (read_again, _) = known.validate(unfingerprinted("A")).unwrap();
        assert_eq!(reads.get(), 3);
        assert_eq!(&*read_again.unwrap().title, "A");
    }
}
