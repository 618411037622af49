//! The pure record model: host JSON in, validated records and problems with JSON paths
//! out. No browser APIs here, so all of it is tested natively with `cargo test`.

pub mod feed;
mod fields;
pub mod fingerprint;
mod host_record;
pub mod json_value;
mod known;
pub mod options;
pub mod problem;
pub mod provider;
pub mod record;
pub mod safe_url;
pub mod shared_strings;
pub mod template;
pub mod text;
pub mod timestamp;
pub mod validate;
pub mod words;

#[cfg(test)]
mod options_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod property_tests;
#[cfg(test)]
mod validate_tests;

pub use feed::{validate_feed, CardEntry, Feed, FeedValidator, RecordProblem};
pub use host_record::HostRecord;
pub use json_value::JsonValue;
pub use known::KnownRecords;
pub use options::{read_options, CardOptions, Choice, Form, Layout, LinkTarget, OptionSpec, Theme, OPTIONS};
pub use problem::{Problem, Severity};
pub use provider::Provider;
pub use record::{Article, Figure, Image, Record, RelatedItem, Signals};
pub use safe_url::SafeUrl;
pub use shared_strings::SharedStrings;
pub use timestamp::{RelativeTime, TimeUnit, Timestamp};
pub use validate::{validate_record, validate_record_sharing, Validated};
pub use words::{Labels, Word, Words};
