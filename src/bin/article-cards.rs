//! `article-cards render`: the cards as static HTML, rendered natively by the same
//! components and validated by the same model as in the browser. Bad records are reported
//! on stderr with their JSON paths and left out; the exit status is 2 when any was rejected.
//!
//! The output is an `<article-cards>` element holding the records that rendered (inline
//! JSON), the options (attributes) and the cards, written by the renderer the browser uses
//! (`article_cards::render`, native backend) and marked `data-ac-prerendered`: a page that
//! loads `article-cards-loader.js` takes them over; without JavaScript they still read.
//!
//! ```text
//! article-cards render records.json [--locale L] [--theme dark] [--related-open] ...
//!                     [--fragment | --page [--assets URL] | --tree] > cards.html
//! ```
//!
//! `--tree` writes the cards as the browser renders them (no `<noscript>` fallbacks) as a
//! JSON tree, for building them without an HTML parser: the loader's warm-up card is one
//! (scripts/warm-up-card.mjs).
//!
//! The option flags are the options of the model's table (`OPTIONS`) in kebab-case, like
//! the element's attributes; the usage line lists them.

use std::process::ExitCode;

use article_cards::intl::{card_words, current_time, DateLocale};
use article_cards::model::json_value::{too_many_values, MAX_VALUES};
use article_cards::model::{read_options, validate_feed, CardEntry, CardOptions, Form, JsonValue, Severity, OPTIONS};
use article_cards::render::card_markup::{FIRST_SCREENFUL, MOUNT_ATTRIBUTE, PRERENDERED_ATTRIBUTE};
use article_cards::render::native::{NativeDom, NativeNode};
use article_cards::render::{render_card, render_list_shell, CardInput, CardState, Dom, FigurePhase};
use serde_json::value::RawValue;

/// The usage line: the option flags come from the model's table (`OPTIONS`).
fn usage() -> String {
    let flags: String = OPTIONS
        .iter()
        .filter_map(|spec| {
            let flag = spec.attribute()?;
            Some(match spec.form {
                Form::Text(hint) => format!(" [--{flag} {hint}]"),
                Form::OneOf(names) => format!(" [--{flag} {}]", names().join("|")),
                Form::Switch => format!(" [--{flag}]"),
                Form::PropertyOnly => return None,
            })
        })
        .collect();
    format!("usage: article-cards render RECORDS.json|-{flags} [--fragment | --page [--assets URL] | --tree]")
}

/// What to write around the cards.
enum Output {
    /// `<article-cards>` with the records and options: drop it into any page.
    Element,
    /// The cards only, for a page that calls `ArticleCards.mount` on their parent itself.
    Fragment,
    /// A whole page: the element, the stylesheet and the loader (from `--assets`).
    Page,
    /// The cards as the browser renders them, as a JSON tree (`NativeNode::to_tree`).
    Tree,
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("article-cards: {message}\n{}", usage());
            ExitCode::from(1)
        }
    }
}

fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let mut args = args.into_iter();
    if args.next().as_deref() != Some("render") {
        return Err("the only command is `render`".to_owned());
    }
    let source = args.next().ok_or("which records file?")?;
    let mut options = Vec::new();
    let mut output = Output::Element;
    let mut assets = String::new();
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        let (name, option) = match flag.as_str() {
            "--fragment" => {
                output = Output::Fragment;
                continue;
            }
            "--page" => {
                output = Output::Page;
                continue;
            }
            "--tree" => {
                output = Output::Tree;
                continue;
            }
            "--assets" => {
                assets = value()?;
                continue;
            }
            other => {
                let spec = other
                    .strip_prefix("--")
                    .and_then(|name| OPTIONS.iter().find(|spec| spec.attribute().as_deref() == Some(name)))
                    .ok_or(format!("unknown flag {other}"))?;
                let option = match spec.form {
                    Form::Switch => JsonValue::Bool(true),
                    _ => JsonValue::String(value()?),
                };
                (spec.name, option)
            }
        };
        options.push((name.to_owned(), option));
    }

    let text = if source == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| format!("reading stdin: {e}"))?
    } else {
        std::fs::read_to_string(&source).map_err(|e| format!("reading {source}: {e}"))?
    };
    // Each record is kept as the text it came as (it goes into the page as it is) and read
    // on its own, as the browser reads it: a record nested too deep or too large fails alone.
    let raw_records: Vec<Box<RawValue>> = match serde_json::from_str(&text) {
        Ok(records) => records,
        Err(error) if error.is_data() => return Err(format!("{source} must hold an array of records ({error})")),
        Err(error) => return Err(format!("{source} is not JSON: {error}")),
    };
    let (options, option_problems) = read_options(&JsonValue::Object(options));
    for problem in option_problems {
        eprintln!("article-cards: option {}: {}", problem.path, problem.message);
    }
    let feed = validate_feed(raw_records.iter().map(|record| read_record(record.get())));
    let mut rejected = false;
    for problem in &feed.problems {
        rejected |= problem.problem.severity == Severity::Error;
        let place = if problem.problem.path.is_empty() { String::new() } else { format!(" {}", problem.problem.path) };
        eprintln!(
            "article-cards: record {}{place}: {} ({})",
            problem.index,
            problem.problem.message,
            problem.problem.severity.as_str()
        );
    }

    // The page gets only the records that render, so their positions there are new.
    let kept: Vec<&RawValue> = feed.cards.iter().map(|entry| &*raw_records[entry.index]).collect();
    let cards: Vec<CardEntry> =
        feed.cards.into_iter().enumerate().map(|(index, entry)| CardEntry { index, ..entry }).collect();
    let attributes = element_attributes(&options);
    let scripted = matches!(output, Output::Tree);
    let rendered = render_cards(&cards, &options, scripted).ok_or("the card markup could not be built")?;

    let cards = || format!("<div {MOUNT_ATTRIBUTE} {PRERENDERED_ATTRIBUTE}>{}</div>", rendered.to_html());
    let element = || {
        let records_json =
            format!("[{}]", kept.iter().map(|record| script_data_json(record.get())).collect::<Vec<_>>().join(","));
        format!(
            "<article-cards{attributes}><script type=\"application/json\">{records_json}</script>{}</article-cards>",
            cards()
        )
    };
    match output {
        Output::Tree => println!("{}", rendered.to_tree()),
        Output::Fragment => println!("{}", cards()),
        Output::Element => println!("{}", element()),
        Output::Page => {
            let (assets, element) = (escape_attribute(&assets), element());
            println!(
                "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
                 <meta name=\"color-scheme\" content=\"light dark\">\n\
                 <title>Articles</title>\n\
                 <link rel=\"stylesheet\" href=\"{assets}article-cards.css\">\n\
                 <script type=\"module\" src=\"{assets}article-cards-loader.js\"></script>\n</head>\n\
                 <body>\n<main class=\"ac-page\">\n{element}\n</main>\n</body>\n</html>"
            );
        }
    }
    Ok(if rejected { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// The list of cards, as the browser renders it for the same records and options: with the
/// `<noscript>` fallbacks for readers without JavaScript unless `scripted`, and then inside
/// the mount's `<div data-article-cards>`.
fn render_cards(cards: &[CardEntry], options: &CardOptions, scripted: bool) -> Option<NativeNode> {
    let dom = NativeDom;
    let words = card_words(options);
    let (root, list) = render_list_shell(&dom, options, &words, cards.len())?;
    let locale = DateLocale { locale: options.locale.clone(), time_zone: options.time_zone.clone() };
    let now = options.now.unwrap_or_else(current_time);
    for (position, entry) in cards.iter().enumerate() {
        let input = CardInput {
            record: &entry.record,
            index: entry.index,
            first_screen: position < FIRST_SCREENFUL,
            options,
            id_prefix: "ac",
            now,
            locale: &locale,
            words: &words,
            state: CardState { related_open: options.related_open, figure: FigurePhase::Waiting },
            no_script_fallbacks: !scripted,
        };
        dom.append(&list, &render_card(&dom, &input)?);
    }
    if !scripted {
        return Some(root);
    }
    let mount = dom.element("div", false)?;
    dom.set_attribute(&mount, MOUNT_ATTRIBUTE, "");
    dom.append(&mount, &root);
    Some(mount)
}

/// Valid JSON `text` without the whitespace between tokens, and with every `<` (which can
/// only occur inside strings) written as `\u003c`, so that no value can end the `<script>`
/// element it goes into or open a comment there.
fn script_data_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            ' ' | '\n' | '\r' | '\t' if !in_string => {}
            _ => out.push(c),
        }
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else {
            in_string = c == '"';
        }
    }
    out
}

/// One record's JSON text as the model's tree, refused past the browser's value limit.
fn read_record(text: &str) -> Result<JsonValue, String> {
    let value: JsonValue = serde_json::from_str(text).map_err(|error| format!("could not be read: {error}"))?;
    if value.value_count() > MAX_VALUES {
        return Err(too_many_values());
    }
    Ok(value)
}

/// The `<article-cards>` attributes that give the browser the same options (those the
/// model's table writes: not `now`, which the browser measures from when the page is read).
fn element_attributes(options: &CardOptions) -> String {
    OPTIONS
        .iter()
        .filter_map(|spec| Some((spec.attribute()?, (spec.attribute_value)(options)?)))
        .map(|(name, value)| format!(" {name}=\"{}\"", escape_attribute(&value)))
        .collect()
}

fn escape_attribute(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}
