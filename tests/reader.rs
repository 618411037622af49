//! Browser tests of the host's reader (`host::js_reader`): a record is recognised by the
//! fingerprint `contentKey` takes in JS, which must be the fingerprint of what reading it
//! gives ([`JsonValue::fingerprint`]), for every kind of value a host may pass, or an
//! unchanged record of an update would be read again (or, worse, a changed one not).
#![cfg(target_arch = "wasm32")]

use article_cards::host::js_reader::{read_json, JsRecord};
use article_cards::model::json_value::MAX_VALUES;
use article_cards::model::HostRecord;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("fixtures/seed-record.json");

/// The value of the JS expression `source`.
fn js(source: &str) -> JsValue {
    js_sys::Function::new_no_args(&format!("return ({source});")).call0(&JsValue::NULL).expect("the expression runs")
}

/// The fingerprint taken in JS, and the fingerprint of the value as read.
fn both_fingerprints(value: &JsValue) -> (Option<u64>, u64) {
    let read = read_json(value).expect("readable");
    (JsRecord(Ok(value.clone())).fingerprint(), read.fingerprint())
}

#[wasm_bindgen_test]
fn the_fingerprint_taken_in_js_is_that_of_the_value_read() {
    let sources = [
        format!("JSON.parse({})", serde_json::to_string(SEED).unwrap()),
        r#"{ zero: 0, minusZero: -0, nan: NaN, inf: -Infinity, big: 1e21, tiny: 5e-324, fraction: 0.1, int: 4294967297 }"#.into(),
        r#"{ accents: "é", clef: "𝄞", lone: "\ud800x", empty: "", "𝄞": ["𝄞"], "": "" }"#.into(),
        r#"{ holes: [1, , 3], nothing: undefined, fn() {}, symbol: Symbol("s"), bigint: 10n, nil: null }"#.into(),
        r#"{ date: new Date(0), boxed: new String("ab"), map: new Map([[1, 2]]), yes: true, no: false }"#.into(),
        // Longer than the buffer the spelling is kept in, then shorter ones again.
        r#"{ long: "é".repeat(40000), longer: "x".repeat(70000) }"#.into(),
        r#"{ get title() { return "from a getter"; }, proxy: new Proxy({ a: 1 }, {}) }"#.into(),
        r#"(() => { let deep = []; for (let i = 0; i < 40; i++) deep = [deep, { i }]; return { deep }; })()"#.into(),
        r#"(() => { const self = { name: "loop" }; self.self = self; return self; })()"#.into(),
    ];
    for source in &sources {
        let (in_js, read) = both_fingerprints(&js(source));
        assert_eq!(in_js, Some(read), "{source}");
    }
}

#[wasm_bindgen_test]
fn values_read_differently_are_fingerprinted_differently() {
    let pairs = [
        ("{ a: 1 }", r#"{ a: "1" }"#),
        ("{ a: 0 }", "{ a: -0 }"),
        (r#"{ a: "bc" }"#, r#"{ ab: "c" }"#),
        (r#"["ab"]"#, r#"["a", "b"]"#),
        ("{ a: null }", "{}"),
        ("[[]]", "[{}]"),
        (r#"{ t: "x", u: "y" }"#, r#"{ u: "y", t: "x" }"#),
    ];
    for (one, other) in pairs {
        let (one_in_js, _) = both_fingerprints(&js(one));
        let (other_in_js, _) = both_fingerprints(&js(other));
        assert_ne!(one_in_js, other_in_js, "{one} against {other}");
    }
}

#[wasm_bindgen_test]
fn a_record_that_cannot_be_read_has_no_fingerprint_and_reads_as_the_error() {
    let throwing =
        js(r#"Object.defineProperty({}, "title", { enumerable: true, get() { throw new Error("boom"); } })"#);
    assert_eq!(JsRecord(Ok(throwing.clone())).fingerprint(), None);
    assert!(JsRecord(Ok(throwing)).read().unwrap_err().contains("boom"));
    let too_many = js(&format!("{{ topics: new Array({MAX_VALUES}).fill(0) }}"));
    assert_eq!(JsRecord(Ok(too_many.clone())).fingerprint(), None);
    assert!(JsRecord(Ok(too_many)).read().is_err());
}
