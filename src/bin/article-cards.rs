//! `article-cards render`: the cards as static HTML, rendered natively by the same
//! components and validated by the same model as in the browser. Bad records are reported
//! on stderr with their JSON paths; the exit status is 2 when any record was rejected.
//!
//! ```text
//! article-cards render records.json [--locale L] [--time-zone Z] [--now ISO] [--theme T]
//!                     [--layout L] [--heading-level N] [--related-open] [--show-signals]
//!                     [--link-target T] [--page] > cards.html
//! ```

use std::process::ExitCode;
use std::rc::Rc;

use article_cards::components::{CardList, CardListProps};
use article_cards::model::{read_options, validate_feed, JsonValue, Severity};
use yew::{AttrValue, Callback, LocalServerRenderer};

const USAGE: &str = "usage: article-cards render RECORDS.json|- [--locale L] [--time-zone Z] [--now ISO] \
[--theme auto|light|dark] [--layout full|compact] [--heading-level 2-6] [--link-target _self|_blank] \
[--related-open] [--show-signals] [--page]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("article-cards: {message}\n{USAGE}");
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
    let mut full_page = false;
    while let Some(flag) = args.next() {
        let name = match flag.as_str() {
            "--page" => {
                full_page = true;
                continue;
            }
            "--related-open" => ("relatedOpen", JsonValue::Bool(true)),
            "--show-signals" => ("showSignals", JsonValue::Bool(true)),
            _ => {
                let option = match flag.as_str() {
                    "--locale" => "locale",
                    "--time-zone" => "timeZone",
                    "--now" => "now",
                    "--theme" => "theme",
                    "--layout" => "layout",
                    "--heading-level" => "headingLevel",
                    "--link-target" => "linkTarget",
                    other => return Err(format!("unknown flag {other}")),
                };
                (option, JsonValue::String(args.next().ok_or(format!("{flag} needs a value"))?))
            }
        };
        options.push((name.0.to_owned(), name.1));
    }

    let text = if source == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| format!("reading stdin: {e}"))?
    } else {
        std::fs::read_to_string(&source).map_err(|e| format!("reading {source}: {e}"))?
    };
    let records = match serde_json::from_str::<JsonValue>(&text) {
        Ok(JsonValue::Array(records)) => records,
        Ok(other) => return Err(format!("{source} must hold an array of records, not {}", other.kind_name())),
        Err(error) => return Err(format!("{source} is not JSON: {error}")),
    };

    let (options, option_problems) = read_options(&JsonValue::Object(options));
    for problem in option_problems {
        eprintln!("article-cards: option {}: {}", problem.path, problem.message);
    }
    let feed = validate_feed(records.into_iter().map(Ok));
    let mut rejected = false;
    for problem in &feed.problems {
        rejected |= problem.problem.severity == Severity::Error;
        let place = if problem.problem.path.is_empty() { String::new() } else { format!(" {}", problem.problem.path) };
        eprintln!("article-cards: record {}{place}: {} ({})", problem.index, problem.problem.message, problem.problem.severity.as_str());
    }

    let props = CardListProps {
        cards: feed.cards.into(),
        options: Rc::new(options),
        id_prefix: AttrValue::Static("ac"),
        on_event: Callback::noop(),
    };
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|e| e.to_string())?;
    let cards = runtime.block_on(tokio::task::LocalSet::new().run_until(
        LocalServerRenderer::<CardList>::with_props(props).hydratable(false).render(),
    ));
    if full_page {
        println!(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>Articles</title>\n<link rel=\"stylesheet\" href=\"article-cards.css\">\n</head>\n\
             <body>\n<div data-article-cards>{cards}</div>\n</body>\n</html>"
        );
    } else {
        println!("<div data-article-cards>{cards}</div>");
    }
    Ok(if rejected { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
