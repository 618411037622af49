//! A record as the host passed it, before it is read: recognised by a fingerprint of its
//! content, and read in full only when that content is new (`KnownRecords`). In the browser
//! the fingerprint is taken in JS, far cheaper than reading the record into WebAssembly
//! (`host::js_reader`); natively the record is a [`JsonValue`] already.

use super::json_value::JsonValue;

pub trait HostRecord {
    /// A hash of the content [`read`](HostRecord::read) gives: equal for equal content,
    /// almost surely different for different content. `None` when it cannot be taken (the
    /// record is then read, and recognised by what it reads).
    fn fingerprint(&self) -> Option<u64>;

    /// The record's content, or why it cannot be read.
    fn read(self) -> Result<JsonValue, String>;
}

/// A record read already, or the reason it could not be.
impl HostRecord for Result<JsonValue, String> {
    fn fingerprint(&self) -> Option<u64> {
        self.as_ref().ok().map(JsonValue::fingerprint)
    }

    fn read(self) -> Result<JsonValue, String> {
        self
    }
}
