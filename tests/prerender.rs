//! The native `article-cards render` tool: deterministic HTML for the seed record (a golden
//! file), bad records reported on stderr with their paths, and the exit status saying so.
//! Run with `cargo test --features prerender --test prerender`; set UPDATE_GOLDEN=1 to
//! rewrite the golden file after an intended change.
#![cfg(feature = "prerender")]

use std::process::Command;

const GOLDEN: &str = "tests/fixtures/seed-cards.html";

fn render(records: &str, flags: &[&str]) -> std::process::Output {
    let dir = std::env::temp_dir().join(format!("article-cards-prerender-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!("records-{}.json", flags.len()));
    std::fs::write(&file, records).expect("write records");
    Command::new(env!("CARGO_BIN_EXE_article-cards"))
        .arg("render")
        .arg(&file)
        .args(flags)
        .output()
        .expect("the tool runs")
}

fn seed() -> String {
    std::fs::read_to_string("tests/fixtures/seed-record.json").expect("seed fixture")
}

#[test]
fn the_seed_record_renders_to_the_golden_html() {
    let output = render(&format!("[{}]", seed()), &["--now", "2026-11-25T12:00:00Z", "--locale", "en-US"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &html).expect("write golden");
    }
    assert_eq!(html, std::fs::read_to_string(GOLDEN).expect("golden file exists"));
    assert!(html.contains(r#"<time datetime="2020-05-08T10:15:00Z" class="ac-date"><span class="ac-date__absolute">May 8, 2020</span><span class="ac-date__relative">6 years ago</span></time>"#));
    assert!(!html.contains("cqo+5yf0pk9"), "secured is never rendered");
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
    assert!(html.starts_with("<!doctype html>") && html.contains(r#"<link rel="stylesheet" href="article-cards.css">"#));
    assert_eq!(html.matches("<article ").count(), 1);
    assert!(!html.contains("javascript:"));
}
