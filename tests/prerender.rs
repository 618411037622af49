//! The native `article-cards render` tool: deterministic HTML for the seed record and for
//! the prerendered example page (golden files), the `--tree` form (the loader's warm-up
//! card) as the same markup, bad records reported on stderr with their paths, and the exit
//! status saying so. Run with
//! `cargo test --features prerender --test prerender`; set UPDATE_GOLDEN=1 to rewrite the
//! golden files after an intended change. Taking the output over and reading it without
//! JavaScript are tested in the browser (`tests/e2e/prerender.test.mjs`).
#![cfg(feature = "prerender")]

use std::io::Write;
use std::process::{Command, Stdio};

const GOLDEN: &str = "tests/fixtures/seed-cards.html";

fn render(records: &str, flags: &[&str]) -> std::process::Output {
    let mut tool = Command::new(env!("CARGO_BIN_EXE_article-cards"))
        .args(["render", "-"])
        .args(flags)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool runs");
    tool.stdin.take().expect("stdin").write_all(records.as_bytes()).expect("records written");
    tool.wait_with_output().expect("the tool finishes")
}

/// Compares `html` with the golden file at `path`, or rewrites it when UPDATE_GOLDEN is set.
fn assert_golden(path: &str, html: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, html).expect("write golden");
    }
    assert_eq!(
        html,
        std::fs::read_to_string(path).expect("golden file exists"),
        "{path} is out of date (UPDATE_GOLDEN=1 rewrites it)"
    );
}

fn seed() -> String {
    std::fs::read_to_string("tests/fixtures/seed-record.json").expect("seed fixture")
}

#[test]
fn the_seed_record_renders_to_the_golden_html() {
    let output = render(&format!("[{}]", seed()), &["--now", "2026-11-25T12:00:00Z", "--locale", "en-US"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    assert_golden(GOLDEN, &html);
    assert!(html.contains(r#"<time class="ac-date" datetime="2020-05-08T10:15:00Z"><span class="ac-date__absolute">May 8, 2020</span><span class="ac-date__relative">6 years ago</span></time>"#));
    let (records, cards) = html.split_once("</script>").expect("the records come first");
    assert!(
        records.starts_with(r#"<article-cards locale="en-US"><script type="application/json">[{"#),
        "the options as attributes, then the records"
    );
    assert!(records.contains("cqo+5yf0pk9"), "secured is in the records, for events");
    assert!(!cards.contains("cqo+5yf0pk9"), "secured is never rendered");
    assert!(
        cards.starts_with(r#"<div data-article-cards data-ac-prerendered><div class="ac-root""#),
        "the cards are marked as prerendered"
    );
    assert!(cards.contains(r#"<noscript><img class="ac-figure__image" referrerpolicy="no-referrer" decoding="async" width="685" height="598" alt="" src="https://media.springernature.com/"#), "readers without JavaScript get the figure");
}

/// `tree` (the `--tree` form) written as HTML the way the native renderer writes it.
fn tree_html(tree: &serde_json::Value, out: &mut String) {
    let escape = |text: &str, attribute: bool| {
        let text = text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\u{a0}', "&nbsp;");
        if attribute {
            text.replace('"', "&quot;")
        } else {
            text
        }
    };
    let Some(parts) = tree.as_array() else {
        out.push_str(&escape(tree.as_str().expect("a text is a string"), false));
        return;
    };
    let tag = parts[0].as_str().expect("a tag");
    out.push_str(&format!("<{tag}"));
    for pair in parts[1].as_array().expect("attributes") {
        let (name, value) = (pair[0].as_str().expect("a name"), pair[1].as_str().expect("a value"));
        out.push_str(&format!(" {name}=\"{}\"", escape(value, true)));
    }
    out.push('>');
    if tag == "img" {
        return;
    }
    parts[2..].iter().for_each(|child| tree_html(child, out));
    out.push_str(&format!("</{tag}>"));
}

#[test]
fn the_tree_is_the_markup_the_browser_renders() {
    let flags = ["--now", "2026-11-25T12:00:00Z", "--locale", "en-US"];
    let run = |form: &str| {
        let output = render(&format!("[{}]", seed()), &[&flags[..], &[form]].concat());
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let tree: serde_json::Value = serde_json::from_str(&run("--tree")).expect("--tree writes JSON");
    assert_eq!(tree[0], "div");
    assert_eq!(tree[1], serde_json::json!([["data-article-cards", ""]]), "inside the mount's element");
    let mut html = String::new();
    tree_html(&tree[2], &mut html);

    // The prerendered cards, but for what only readers without JavaScript get.
    let fragment = run("--fragment");
    let cards = fragment.trim().strip_prefix("<div data-article-cards data-ac-prerendered>").expect("wrapped");
    let mut scripted = cards.strip_suffix("</div>").expect("wrapped").to_owned();
    while let Some(start) = scripted.find("<noscript>") {
        let end = scripted[start..].find("</noscript>").expect("closed") + start;
        scripted.replace_range(start..end + "</noscript>".len(), "");
    }
    assert!(fragment.contains("<noscript>"), "the seed's figure has a fallback to leave out");
    assert_eq!(html, scripted);
}

#[test]
fn the_prerendered_example_page_is_current() {
    let records = std::fs::read_to_string("examples/prerendered/records.json").expect("example records");
    let flags = [
        "--page",
        "--assets",
        "article-cards/",
        "--now",
        "2026-11-25T12:00:00Z",
        "--locale",
        "en-GB",
        "--link-target",
        "_blank",
    ];
    let output = render(&records, &flags);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_golden("examples/prerendered/index.html", &String::from_utf8(output.stdout).expect("UTF-8"));
}

#[test]
fn embedded_records_cannot_end_their_script_element() {
    let records = r#"[{"title": "</script><script>alert(1)</script><!--", "webUrl": "https://example.org/a"}]"#;
    let output = render(records, &["--fragment"]);
    let fragment = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(fragment.starts_with("<div data-article-cards data-ac-prerendered>"), "--fragment is the cards alone");
    let output = render(records, &[]);
    assert!(output.status.success());
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(html.matches("</script>").count(), 1, "{html}");
    assert!(html.contains(r#""title":"\u003c/script>\u003cscript>alert(1)\u003c/script>\u003c!--""#));
    assert!(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--</a>"), "the title is text");
}

#[test]
fn bad_records_are_reported_with_paths_and_the_rest_still_render() {
    let records = format!(r#"[{{"title": "No link"}}, {}, {{"title": "x", "webUrl": "javascript:alert(1)"}}]"#, seed());
    let output = render(&records, &["--now", "2026-11-25T12:00:00Z", "--page", "--theme", "purple"]);
    assert_eq!(output.status.code(), Some(2), "exit status says records were rejected");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            r#"article-cards: option theme: must be one of "auto", "light", "dark"; default used"#,
            "article-cards: record 0 webUrl: is required (error)",
            "article-cards: record 2 webUrl: must be an http: or https: URL (error)",
        ]
    );
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        html.starts_with("<!doctype html>") && html.contains(r#"<link rel="stylesheet" href="article-cards.css">"#)
    );
    assert!(html.contains(r#"<script type="module" src="article-cards-loader.js"></script>"#));
    assert!(
        html.contains(r#"<meta name="color-scheme" content="light dark">"#),
        "the page follows the reader's colour scheme, as the cards do"
    );
    assert!(!html.contains("<style") && !html.contains(" style="), "nothing a strict CSP (style-src 'self') blocks");
    assert_eq!(html.matches("<article ").count(), 1);
    assert!(html.contains(r#"data-index="0""#), "positions are those in the page's records");
    assert!(!html.contains("javascript:"), "rejected records are left out of the page's records too");
}

#[test]
fn a_record_nested_too_deep_or_too_large_fails_alone_as_in_the_browser() {
    let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
    let many: Vec<String> = (0..25_000).map(|n| n.to_string()).collect();
    let records = format!(
        r#"[{{"title": "Deep", "webUrl": "https://example.org/deep", "extra": {deep}}},
            {{"title": "Big", "webUrl": "https://example.org/big", "extra": [{}]}},
            {{"title": "Plain", "webUrl": "https://example.org/plain"}}]"#,
        many.join(",")
    );
    let output = render(&records, &[]);
    assert_eq!(output.status.code(), Some(2), "the large record is rejected");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            "article-cards: record 0 extra[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nests more than 16 levels deep; the rest was not read (warning)",
            "article-cards: record 1: holds more than 20000 values; too large to read (error)",
        ]
    );
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(html.matches("<article ").count(), 2, "the deep record and the plain one render");
    assert!(html.contains(">Deep</a>") && html.contains(">Plain</a>"));
}

#[test]
fn the_tool_writes_the_cards_words_in_the_locales_language() {
    let output = render(&format!("[{}]", seed()), &["--now", "2026-11-25T12:00:00Z", "--locale", "de-AT"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    assert_golden("tests/fixtures/seed-cards-de.html", &html);
    for words in [
        r#"<div class="ac-root" data-layout="full" dir="ltr">"#,
        r#"<ul class="ac-topics" aria-label="Themen">"#,
        r#"<span class="ac-visually-hidden">Karten zum Thema </span>AI<span class="ac-visually-hidden"> anzeigen</span>"#,
        r#"<figcaption class="ac-figure__caption" dir="auto">Abbildung: Nature</figcaption>"#,
        r#"<section class="ac-related" aria-label="Verwandte Forschung zu diesem Artikel (1)">"#,
        r#"<span class="ac-related__label">Verwandte Forschung</span><span class="ac-related__count">(1)</span>"#,
    ] {
        assert!(html.contains(words), "{words}");
    }

    let output = render(&format!("[{}]", seed()), &["--now", "2026-11-25T12:00:00Z", "--locale", "ar"]);
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(html.contains(r#"<div class="ac-root" data-layout="full" dir="rtl">"#));
    assert!(html.contains(r#"<span class="ac-related__label">أبحاث ذات صلة</span>"#));
}

#[test]
fn every_option_flag_writes_the_element_attribute_of_the_same_name() {
    let flags = [
        "--locale",
        "de-DE",
        "--time-zone",
        "Europe/Berlin",
        "--theme",
        "dark",
        "--layout",
        "compact",
        "--heading-level",
        "2",
        "--link-target",
        "_blank",
        "--related-open",
        "--show-signals",
        "--now",
        "2026-11-25T12:00:00Z",
    ];
    let output = render(&format!("[{}]", seed()), &flags);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        html.starts_with(
            r#"<article-cards locale="de-DE" time-zone="Europe/Berlin" theme="dark" layout="compact" heading-level="2" link-target="_blank" related-open="" show-signals=""><script"#
        ),
        "{}",
        &html[..200]
    );
    assert!(html.contains("<h2 class=\"ac-card__title\""), "the options applied to the cards too");
}
