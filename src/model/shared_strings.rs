//! One `Rc<str>` per distinct value of the fields that repeat across a feed's records
//! (provider names and domains, types, categories, topics, image URLs), so a thousand
//! records naming the same provider hold its name once. Bounded: a feed of all-different
//! values shares the first [`MAX_SHARED`] and allocates the rest on their own.

use std::collections::HashSet;
use std::rc::Rc;

/// Distinct values kept for sharing; beyond this, a new value is not remembered.
pub const MAX_SHARED: usize = 1024;

#[derive(Debug, Default)]
pub struct SharedStrings {
    table: HashSet<Rc<str>>,
}

impl SharedStrings {
    /// `text` as the one `Rc<str>` this table holds for it (made now if it is new).
    pub fn share(&mut self, text: &str) -> Rc<str> {
        if let Some(shared) = self.table.get(text) {
            return shared.clone();
        }
        let shared: Rc<str> = Rc::from(text);
        if self.table.len() < MAX_SHARED {
            self.table.insert(shared.clone());
        }
        shared
    }

    /// Forgets the values that no record holds any more (room for the next feed's).
    pub fn forget_unused(&mut self) {
        self.table.retain(|shared| Rc::strong_count(shared) > 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_value_is_shared_and_the_table_stays_bounded() {
        let mut strings = SharedStrings::default();
        let first = strings.share("Nature");
        assert!(Rc::ptr_eq(&first, &strings.share("Nature")));
        assert!(!Rc::ptr_eq(&first, &strings.share("Science")));
        let held: Vec<Rc<str>> = (0..MAX_SHARED * 2).map(|i| strings.share(&i.to_string())).collect();
        assert_eq!(strings.table.len(), MAX_SHARED);
        let beyond = MAX_SHARED * 2 - 1;
        assert_eq!(&*strings.share(&beyond.to_string()), &*held[beyond]);
        assert!(!Rc::ptr_eq(&strings.share(&beyond.to_string()), &held[beyond]));
    }

    #[test]
    fn values_no_record_holds_are_forgotten() {
        let mut strings = SharedStrings::default();
        let kept = strings.share("kept");
        drop(strings.share("dropped"));
        strings.forget_unused();
        assert_eq!(strings.table.len(), 1);
        assert!(Rc::ptr_eq(&kept, &strings.share("kept")));
    }
}
