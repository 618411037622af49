//! Browser tests of the card components and the mount API, in headless Chromium. Each test
//! mounts into a fresh wrapper and asserts on the DOM a reader would see.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use article_cards::components::{
    ArticleCard, ArticleCardProps, CardAction, CardEvent, CardList, CardListProps, FigureState,
};
use article_cards::model::{validate_feed, validate_record, CardOptions, JsonValue, Record, Timestamp};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement};
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("fixtures/seed-record.json");
const STYLES: &str = include_str!("../styles/article-cards.css");

fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// A new `.ac-root` element (as a Yew app wraps the cards: README, "In a Yew app") at the end
/// of the body, with the widget's stylesheet on the page.
fn fresh_wrapper(style: &str) -> Element {
    let document = document();
    let body = document.body().expect("a body");
    if document.get_element_by_id("ac-test-styles").is_none() {
        let sheet = document.create_element("style").unwrap();
        sheet.set_id("ac-test-styles");
        sheet.set_text_content(Some(STYLES));
        body.append_child(&sheet).unwrap();
    }
    let wrapper = document.create_element("div").unwrap();
    wrapper.set_attribute("style", style).unwrap();
    wrapper.set_class_name("ac-root");
    body.append_child(&wrapper).unwrap();
    wrapper
}

fn json(text: &str) -> JsonValue {
    serde_json::from_str(text).expect("test JSON parses")
}

fn record_from(value: serde_json::Value) -> Rc<Record> {
    Rc::new(validate_record(&json(&value.to_string())).record.expect("a valid record"))
}

/// The seed record, with its figure moved to this test server: tests never touch the internet.
fn seed() -> serde_json::Value {
    let mut seed: serde_json::Value = serde_json::from_str(SEED).expect("seed parses");
    seed["related"][0]["images"][0]["url"] = format!("{}/seed-figure.png", origin()).into();
    seed
}

fn test_options() -> Rc<CardOptions> {
    Rc::new(CardOptions {
        locale: Some("en-US".into()),
        time_zone: Some("UTC".into()),
        now: Timestamp::parse("2026-11-25T12:00:00Z"),
        ..CardOptions::default()
    })
}

/// Collects what a card tells its owner.
fn recorder() -> (Callback<CardEvent>, Rc<RefCell<Vec<CardAction>>>) {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    (Callback::from(move |event: CardEvent| sink.borrow_mut().push(event.action)), seen)
}

/// A different id prefix for each render: tests share one page, and ids must stay unique.
fn unique_prefix() -> AttrValue {
    thread_local!(static RENDERS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    RENDERS.with(|renders| renders.set(renders.get() + 1));
    AttrValue::from(format!("t{}", RENDERS.with(|renders| renders.get())))
}

fn card_props(record: Rc<Record>, on_event: Callback<CardEvent>) -> ArticleCardProps {
    ArticleCardProps {
        record,
        index: 0,
        first_screen: true,
        options: test_options(),
        id_prefix: unique_prefix(),
        on_event,
        no_script_fallbacks: false,
    }
}

async fn render_card(wrapper: &Element, record: Rc<Record>, on_event: Callback<CardEvent>) {
    render_card_props(wrapper, card_props(record, on_event)).await;
}

async fn render_card_props(wrapper: &Element, props: ArticleCardProps) {
    yew::Renderer::<ArticleCard>::with_root_and_props(wrapper.clone(), props).render();
    yew::scheduler::flush().await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector} in {}", root.outer_html()))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn all_texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).filter_map(|i| nodes.item(i)).map(|n| n.text_content().unwrap_or_default()).collect()
}

fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().expect("an HTML element").click();
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits up to ten seconds for `condition`, re-checking after the browser had a turn. Two
/// were too few for WebKitGTK on a loaded two-core machine (a release build beside it): its
/// IntersectionObserver reported a scrolled-to figure later than that.
async fn eventually(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        sleep_ms(20).await;
        yew::scheduler::flush().await;
    }
    panic!("timed out waiting for: {what}");
}

#[wasm_bindgen_test]
async fn the_seed_card_shows_what_a_reader_needs() {
    let wrapper = fresh_wrapper("width: 720px");
    render_card(&wrapper, record_from(seed()), Callback::noop()).await;

    let card = find(&wrapper, "article.ac-card");
    let heading = find(&card, "h3.ac-card__title");
    assert_eq!(card.get_attribute("aria-labelledby"), Some(heading.id()));
    assert_eq!(heading.text_content().unwrap(), "Computer vision helps scientists study lithium ion batteries");
    let link = find(&heading, "a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://phys.org/news/2020-05-vision-scientists-lithium-ion-batteries.html")
    );
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));

    assert_eq!(text(&card, ".ac-monogram"), "P");
    assert_eq!(text(&card, ".ac-provider__name"), "Phys.org");
    assert_eq!(text(&card, ".ac-provider__domain"), "phys.org");
    assert!(card.query_selector(".ac-provider__real-host").unwrap().is_none());

    let time = find(&card, ".ac-card__meta time");
    assert_eq!(time.get_attribute("datetime").as_deref(), Some("2020-05-08T10:15:00Z"));
    assert_eq!(text(&time, ".ac-date__absolute"), "May 8, 2020");
    assert_eq!(text(&time, ".ac-date__relative"), "6 years ago");

    assert!(text(&card, ".ac-card__excerpt").ends_with("how one battery component…"));
    assert_eq!(all_texts(&card, ".ac-chip"), ["Show cards about Computer Vision", "Show cards about AI"]);
    assert_eq!(text(&card, ".ac-figure__caption"), "Figure: Nature");

    assert_eq!(card.get_attribute("data-quality").as_deref(), Some("19"));
    assert_eq!(card.get_attribute("data-published").as_deref(), Some("false"));
    assert_eq!(card.get_attribute("data-category").as_deref(), Some("news"));
    assert!(card.query_selector(".ac-signals").unwrap().is_none(), "signals are shown only on request");
    assert!(!card.outer_html().contains("cqo+5yf0pk9"), "the secured token never reaches the DOM");
}

#[wasm_bindgen_test]
async fn the_related_toggle_opens_and_closes_its_panel() {
    let wrapper = fresh_wrapper("width: 420px");
    let (on_event, seen) = recorder();
    render_card(&wrapper, record_from(seed()), on_event).await;

    let toggle = find(&wrapper, "button.ac-related__toggle");
    assert_eq!(toggle.text_content().unwrap(), "Related research(1)");
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    let panel_id = toggle.get_attribute("aria-controls").expect("aria-controls");
    let panel = document().get_element_by_id(&panel_id).expect("the controlled panel exists");
    assert!(panel.dyn_ref::<HtmlElement>().unwrap().offset_height() == 0, "closed by default");

    click(&toggle);
    yew::scheduler::flush().await;
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(panel.dyn_ref::<HtmlElement>().unwrap().offset_height() > 0, "open panel is visible");
    assert!(text(&panel, ".ac-related__link").starts_with("Machine-learning-revealed statistics"));
    assert_eq!(text(&panel, ".ac-related__provider"), "Nature");

    click(&toggle);
    yew::scheduler::flush().await;
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(panel.dyn_ref::<HtmlElement>().unwrap().offset_height() == 0);
    assert_eq!(*seen.borrow(), [CardAction::Related { open: true }, CardAction::Related { open: false }]);
}

#[wasm_bindgen_test]
async fn choosing_a_topic_tells_the_owner_which() {
    let wrapper = fresh_wrapper("width: 420px");
    let (on_event, seen) = recorder();
    render_card(&wrapper, record_from(seed()), on_event).await;
    let chips = wrapper.query_selector_all("button.ac-chip").unwrap();
    click(chips.item(1).unwrap().dyn_ref::<Element>().unwrap());
    assert_eq!(*seen.borrow(), [CardAction::Topic("AI".into())]);
}

#[wasm_bindgen_test]
async fn the_figure_box_is_reserved_before_the_image_is_requested() {
    // Far below the viewport: the image must not be requested yet.
    let wrapper = fresh_wrapper("width: 320px; margin-top: 4000px");
    let record = seed();
    let (on_event, seen) = recorder();
    render_card(&wrapper, record_from(record), on_event).await;

    let image = find(&wrapper, "img.ac-figure__image");
    sleep_ms(100).await;
    assert_eq!(image.get_attribute("src"), None, "not requested while far from the viewport");
    let frame = find(&wrapper, ".ac-figure__frame").get_bounding_client_rect();
    let ratio = frame.width() / frame.height();
    assert!((ratio - 685.0 / 598.0).abs() < 0.02, "box {}x{} keeps the image's 685:598", frame.width(), frame.height());
    assert_eq!(image.get_attribute("referrerpolicy").as_deref(), Some("no-referrer"));
    assert!(wrapper.query_selector("noscript").unwrap().is_none(), "no fallback outside prerendered cards");

    wrapper.scroll_into_view();
    eventually("the image is requested near the viewport", || image.get_attribute("src").is_some()).await;
    let figure = find(&wrapper, "figure.ac-figure");
    eventually("the failed load is noticed", || figure.get_attribute("data-state").as_deref() == Some("error")).await;
    assert_eq!(text(&figure, ".ac-figure__fallback"), "Image unavailable");
    let after = find(&wrapper, ".ac-figure__frame").get_bounding_client_rect();
    assert_eq!((after.width(), after.height()), (frame.width(), frame.height()), "no layout shift on error");
    assert!(matches!(seen.borrow().as_slice(), [CardAction::Figure { state: FigureState::Error, .. }]));
}

#[wasm_bindgen_test]
async fn a_prerendered_figure_keeps_an_empty_noscript_in_place_until_it_is_requested() {
    // Where server-rendered markup has its <noscript> image, the browser renders an empty
    // <noscript> (scripts run, so its content would be inert text), so the take-over matches.
    let wrapper = fresh_wrapper("width: 320px; margin-top: 4000px");
    let props = ArticleCardProps { no_script_fallbacks: true, ..card_props(record_from(seed()), Callback::noop()) };
    render_card_props(&wrapper, props).await;
    let fallback = find(&wrapper, ".ac-figure__frame > img.ac-figure__image + noscript");
    assert_eq!(fallback.child_nodes().length(), 0);
    wrapper.scroll_into_view();
    eventually("the fallback goes once the image is requested", || {
        wrapper.query_selector("noscript").unwrap().is_none()
    })
    .await;
    assert!(find(&wrapper, "img.ac-figure__image").get_attribute("src").is_some());
}

#[wasm_bindgen_test]
async fn record_text_is_shown_as_text_never_as_html() {
    let wrapper = fresh_wrapper("width: 420px");
    let mut record = seed();
    let payload = "<img src=x onerror=\"window.__acPwned=1\"><script>window.__acPwned=1</script>";
    record["title"] = payload.into();
    record["topics"] = serde_json::json!([payload]);
    render_card(&wrapper, record_from(record), Callback::noop()).await;
    assert_eq!(text(&wrapper, ".ac-card__title"), payload);
    assert!(wrapper.query_selector(".ac-card img:not(.ac-figure__image), .ac-card script").unwrap().is_none());
    sleep_ms(50).await;
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__acPwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

/// A list of the seed record as "Story n" (its own `webUrl`) for each of `numbers`.
fn stories_list(id_prefix: &AttrValue, numbers: &[usize]) -> CardListProps {
    let story = |n: usize| {
        let mut value = seed();
        value["title"] = format!("Story {n}").into();
        value["webUrl"] = format!("https://example.org/story/{n}").into();
        Ok(json(&value.to_string()))
    };
    CardListProps {
        cards: validate_feed(numbers.iter().map(|&n| story(n))).cards.into(),
        options: test_options(),
        id_prefix: id_prefix.clone(),
        on_event: Callback::noop(),
        no_script_fallbacks: false,
    }
}

#[wasm_bindgen_test]
async fn a_keyed_update_keeps_cards_that_remain_and_their_open_panels() {
    let wrapper = fresh_wrapper("width: 900px");
    let id_prefix = unique_prefix();
    let props = |numbers: &[usize]| stories_list(&id_prefix, numbers);
    let mut app = yew::Renderer::<CardList>::with_root_and_props(wrapper.clone(), props(&[1, 2, 3])).render();
    yew::scheduler::flush().await;
    let titles = || all_texts(&wrapper, ".ac-card__title");
    assert_eq!(titles(), ["Story 1", "Story 2", "Story 3"]);

    let second = wrapper.query_selector_all("article.ac-card").unwrap().item(1).unwrap().dyn_into::<Element>().unwrap();
    click(&find(&second, ".ac-related__toggle"));
    yew::scheduler::flush().await;

    app.update(props(&[3, 2, 4]));
    yew::scheduler::flush().await;
    assert_eq!(titles(), ["Story 3", "Story 2", "Story 4"]);
    let second_now = wrapper.query_selector_all("article.ac-card").unwrap().item(1).unwrap();
    assert!(second_now.is_same_node(Some(&second)), "the remaining card is the same DOM node");
    assert_eq!(find(&second, ".ac-related__toggle").get_attribute("aria-expanded").as_deref(), Some("true"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_card_shows_every_change_of_its_record_and_keeps_its_node_and_open_panel() {
    let wrapper = fresh_wrapper("width: 600px");
    let id_prefix = unique_prefix();
    let props = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut value = seed();
        edit(&mut value);
        ArticleCardProps { id_prefix: id_prefix.clone(), ..card_props(record_from(value), Callback::noop()) }
    };
    let mut app = yew::Renderer::<ArticleCard>::with_root_and_props(wrapper.clone(), props(&|_| {})).render();
    yew::scheduler::flush().await;
    let card = find(&wrapper, "article.ac-card");
    let original_title = text(&card, ".ac-card__title");
    click(&find(&card, ".ac-related__toggle"));
    card.set_attribute("data-host-note", "the host's").unwrap();
    yew::scheduler::flush().await;

    // A new title alone, then a new excerpt alone, then back to the first title (the card
    // must know what it shows after each change), then new topics, then no signals.
    app.update(props(&|r| r["title"] = "A corrected headline".into()));
    yew::scheduler::flush().await;
    assert_eq!(text(&card, ".ac-card__title"), "A corrected headline");
    app.update(props(&|r| {
        r["title"] = "A corrected headline".into();
        r["excerpt"] = "A new excerpt.".into();
    }));
    yew::scheduler::flush().await;
    assert_eq!(text(&card, ".ac-card__excerpt"), "A new excerpt.");
    app.update(props(&|_| {}));
    yew::scheduler::flush().await;
    assert_eq!(text(&card, ".ac-card__title"), original_title);
    assert!(text(&card, ".ac-card__excerpt").starts_with("Lithium-ion batteries"));
    app.update(props(&|r| r["topics"] = serde_json::json!(["Batteries"])));
    yew::scheduler::flush().await;
    assert_eq!(all_texts(&card, ".ac-chip").len(), 1);
    assert!(text(&card, ".ac-chip").contains("Batteries"));
    let signals = ["category", "type", "quality", "heat", "published"];
    assert!(signals.iter().all(|signal| card.has_attribute(&format!("data-{signal}"))));
    app.update(props(&|r| signals.iter().for_each(|signal| _ = r.as_object_mut().unwrap().remove(*signal))));
    yew::scheduler::flush().await;
    for signal in signals {
        assert!(!card.has_attribute(&format!("data-{signal}")), "data-{signal} goes with the record's {signal}");
    }
    assert_eq!(card.get_attribute("data-host-note").as_deref(), Some("the host's"), "the host's attributes stay");

    assert!(find(&wrapper, "article.ac-card").is_same_node(Some(&card)), "the card is the same DOM node");
    assert_eq!(find(&card, ".ac-related__toggle").get_attribute("aria-expanded").as_deref(), Some("true"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_first_screenful_is_marked_and_the_mark_follows_the_position() {
    let wrapper = fresh_wrapper("width: 900px");
    let id_prefix = unique_prefix();
    let props = |numbers: &[usize]| stories_list(&id_prefix, numbers);
    // `article-cards.css` never skips (content-visibility) a card with the mark.
    let marked = || {
        let cards = wrapper.query_selector_all("article.ac-card").unwrap();
        (0..cards.length())
            .map(|i| cards.item(i).unwrap().dyn_into::<Element>().unwrap().has_attribute("data-ac-first-screen"))
            .collect::<Vec<_>>()
    };
    let first_twelve = |count: usize| (0..count).map(|position| position < 12).collect::<Vec<_>>();
    let numbers: Vec<usize> = (1..=14).collect();
    let mut app = yew::Renderer::<CardList>::with_root_and_props(wrapper.clone(), props(&numbers)).render();
    yew::scheduler::flush().await;
    assert_eq!(marked(), first_twelve(14));

    // A new first record moves every card down one: the twelfth loses the mark.
    let twelfth = wrapper.query_selector_all("article.ac-card").unwrap().item(11).unwrap();
    app.update(props(&[0].into_iter().chain(numbers).collect::<Vec<_>>()));
    yew::scheduler::flush().await;
    assert_eq!(marked(), first_twelve(15));
    let thirteenth = wrapper.query_selector_all("article.ac-card").unwrap().item(12).unwrap();
    assert!(thirteenth.is_same_node(Some(&twelfth)), "the card moved, it was not rendered again");
    app.destroy();
}

#[wasm_bindgen_test]
async fn mount_renders_valid_records_and_reports_bad_ones() {
    let wrapper = fresh_wrapper("width: 900px");
    let invalid: Rc<RefCell<Vec<String>>> = Rc::default();
    let sink = invalid.clone();
    let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
        let detail = js_sys::JSON::stringify(&event.detail()).unwrap();
        sink.borrow_mut().push(String::from(detail));
    });
    wrapper.add_event_listener_with_callback("article-card-invalid", listener.as_ref().unchecked_ref()).unwrap();

    let records =
        js_sys::JSON::parse(&format!(r#"[{}, {{"title": "Bad", "webUrl": "javascript:alert(1)"}}]"#, seed())).unwrap();
    let options = js_sys::JSON::parse(r#"{"locale": "en-US", "headingLevel": 2}"#).unwrap();
    let mut handle = article_cards::host::mount(wrapper.clone().into(), records, options).expect("mounts");
    yew::scheduler::flush().await;
    eventually("the invalid record is reported", || !invalid.borrow().is_empty()).await;

    assert_eq!(
        all_texts(&wrapper, "h2.ac-card__title"),
        ["Computer vision helps scientists study lithium ion batteries"]
    );
    assert_eq!(
        *invalid.borrow(),
        [r#"{"index":1,"path":"webUrl","message":"must be an http: or https: URL","severity":"error"}"#]
    );
    handle.unmount();
    assert_eq!(wrapper.child_element_count(), 0, "unmount removes everything mount added");

    let not_an_element = article_cards::host::mount("#cards".into(), js_sys::Array::new().into(), JsValue::UNDEFINED);
    assert!(not_an_element.err().is_some_and(|e| e.is_instance_of::<js_sys::TypeError>()));
    let not_an_array = article_cards::host::mount(wrapper.into(), JsValue::from_str("[]"), JsValue::UNDEFINED);
    assert!(not_an_array.err().is_some_and(|e| e.is_instance_of::<js_sys::TypeError>()));
}

fn origin() -> String {
    web_sys::window().unwrap().location().origin().unwrap()
}

#[wasm_bindgen_test]
async fn duplicate_web_urls_never_reach_the_keyed_list() {
    // Yew's debug builds (this test build) panic on duplicate keys; the model removes them.
    let wrapper = fresh_wrapper("width: 900px");
    let records = js_sys::JSON::parse(&format!("[{0}, {0}, {0}]", seed())).unwrap();
    let mut handle = article_cards::host::mount(wrapper.clone().into(), records, JsValue::UNDEFINED).expect("mounts");
    yew::scheduler::flush().await;
    assert_eq!(wrapper.query_selector_all("article.ac-card").unwrap().length(), 1);
    handle.unmount();
}

/// Mounts `records` with the options in `options` (JSON) and returns the handle.
async fn mount_with(
    wrapper: &Element,
    records: &[serde_json::Value],
    options: &str,
) -> article_cards::host::MountHandle {
    let records = js_sys::JSON::parse(&serde_json::Value::from(records.to_vec()).to_string()).unwrap();
    let handle = article_cards::host::mount(wrapper.clone().into(), records, js_sys::JSON::parse(options).unwrap())
        .expect("mounts");
    yew::scheduler::flush().await;
    handle
}

/// The seed record whose link goes to another host than its provider's, so the card says where.
fn seed_linking_elsewhere() -> serde_json::Value {
    let mut value = seed();
    value["webUrl"] = "https://mirror.example.net/computer-vision".into();
    value
}

#[wasm_bindgen_test]
async fn each_built_in_language_writes_the_cards_words() {
    // (locale, related button, topic list's name, first chip's text, figure caption, link note, Category)
    let expected = [
        (
            "en-US",
            "Related research(1)",
            "Topics",
            "Show cards about Computer Vision",
            "Figure: Nature",
            "Link goes to → mirror.example.net",
            "Category",
        ),
        (
            "de-AT",
            "Verwandte Forschung(1)",
            "Themen",
            "Karten zum Thema Computer Vision anzeigen",
            "Abbildung: Nature",
            "Link führt zu → mirror.example.net",
            "Kategorie",
        ),
        (
            "fr",
            "Travaux de recherche associés(1)",
            "Sujets",
            "Afficher les cartes sur Computer Vision",
            "Figure\u{a0}: Nature",
            "Le lien mène à → mirror.example.net",
            "Catégorie",
        ),
        (
            "es-MX",
            "Investigación relacionada(1)",
            "Temas",
            "Mostrar tarjetas sobre Computer Vision",
            "Figura: Nature",
            "El enlace lleva a → mirror.example.net",
            "Categoría",
        ),
        (
            "pt-BR",
            "Pesquisas relacionadas(1)",
            "Tópicos",
            "Mostrar cartões sobre Computer Vision",
            "Figura: Nature",
            "O link leva a → mirror.example.net",
            "Categoria",
        ),
        (
            "ja",
            "関連研究（1）",
            "トピック",
            "Computer Visionに関するカードを表示",
            "図：Nature",
            "リンク先：→ mirror.example.net",
            "カテゴリ",
        ),
        (
            "zh-CN",
            "相关研究（1）",
            "主题",
            "显示关于Computer Vision的卡片",
            "图：Nature",
            "链接指向 → mirror.example.net",
            "类别",
        ),
        (
            "ar",
            "أبحاث ذات صلة(1)",
            "المواضيع",
            "عرض البطاقات حول Computer Vision",
            "الشكل: Nature",
            "الرابط يؤدي إلى ← mirror.example.net",
            "الفئة",
        ),
    ];
    for (locale, related, topics, chip, caption, link_note, category) in expected {
        let wrapper = fresh_wrapper("width: 720px");
        let options = format!(r#"{{"locale": "{locale}", "showSignals": true, "now": "2026-11-25T12:00:00Z"}}"#);
        let mut handle = mount_with(&wrapper, &[seed_linking_elsewhere()], &options).await;
        let card = find(&wrapper, "article.ac-card");
        assert_eq!(text(&card, ".ac-related__toggle"), related, "{locale}");
        assert_eq!(find(&card, ".ac-topics").get_attribute("aria-label").as_deref(), Some(topics), "{locale}");
        assert_eq!(all_texts(&card, ".ac-chip")[0], chip, "{locale}");
        assert_eq!(text(&card, ".ac-figure__caption"), caption, "{locale}");
        assert_eq!(text(&card, ".ac-provider__real-host"), link_note, "{locale}");
        assert_eq!(all_texts(&card, ".ac-signals dt")[0], category, "{locale}");
        // Added where they apply, after what they follow in reading order.
        let follows = |selector: &str| {
            find(&card, selector).previous_element_sibling().and_then(|before| before.get_attribute("class"))
        };
        assert_eq!(follows(".ac-provider__real-host").as_deref(), Some("ac-provider__domain"), "{locale}");
        assert_eq!(follows(".ac-signals").as_deref(), Some("ac-topics"), "{locale}");
        assert!(find(&card, ".ac-signals").next_element_sibling().is_none(), "{locale}");
        let section_label = find(&card, ".ac-related").get_attribute("aria-label").unwrap_or_default();
        assert!(
            section_label.ends_with("1)") || section_label.ends_with("1）") || section_label.ends_with("1件）"),
            "{locale}: {section_label}"
        );
        assert!(
            section_label.contains(related.split(['(', '（']).next().unwrap_or_default()),
            "{locale}: {section_label}"
        );
        let direction = if locale == "ar" { "rtl" } else { "ltr" };
        assert_eq!(find(&wrapper, ".ac-root").get_attribute("dir").as_deref(), Some(direction), "{locale}");
        handle.unmount();
    }
}

#[wasm_bindgen_test]
async fn the_words_survive_keyed_updates_and_follow_the_locale() {
    let wrapper = fresh_wrapper("width: 900px");
    let record = |n: u32| {
        let mut value = seed();
        value["title"] = format!("Story {n}").into();
        value["webUrl"] = format!("https://example.org/story/{n}").into();
        value
    };
    let records = |numbers: &[u32]| {
        let values: Vec<serde_json::Value> = numbers.iter().map(|&n| record(n)).collect();
        js_sys::JSON::parse(&serde_json::Value::from(values).to_string()).unwrap()
    };
    let options = |locale: &str| js_sys::JSON::parse(&format!(r#"{{"locale": "{locale}"}}"#)).unwrap();
    let mut handle = article_cards::host::mount(wrapper.clone().into(), records(&[1, 2, 3]), options("de")).unwrap();
    yew::scheduler::flush().await;
    let labels = || all_texts(&wrapper, ".ac-related__label");
    assert_eq!(labels(), ["Verwandte Forschung"; 3]);
    let second = wrapper.query_selector_all("article.ac-card").unwrap().item(1).unwrap();

    handle.update(records(&[3, 2, 1, 4]), options("de")).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(all_texts(&wrapper, ".ac-card__title"), ["Story 3", "Story 2", "Story 1", "Story 4"]);
    assert!(wrapper.query_selector_all("article.ac-card").unwrap().item(1).unwrap().is_same_node(Some(&second)));
    assert_eq!(labels(), ["Verwandte Forschung"; 4]);
    assert_eq!(all_texts(&wrapper, ".ac-chip")[1], "Karten zum Thema AI anzeigen");

    handle.update(records(&[3, 2, 1, 4]), options("ja")).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(labels(), ["関連研究"; 4]);
    assert_eq!(all_texts(&wrapper, ".ac-chip")[1], "AIに関するカードを表示");
    assert!(wrapper.query_selector_all("article.ac-card").unwrap().item(1).unwrap().is_same_node(Some(&second)));
    // The direction follows the words on update (the list sets `dir` only when it changes).
    let direction = || find(&wrapper, ".ac-root").get_attribute("dir");
    assert_eq!(direction().as_deref(), Some("ltr"));
    handle.update(records(&[3, 2, 1, 4]), options("ar")).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(direction().as_deref(), Some("rtl"));
    handle.update(records(&[3, 2, 1, 4]), options("de")).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(direction().as_deref(), Some("ltr"));

    // The chip still tells which topic was chosen when the words come after it.
    let (on_event, seen) = recorder();
    let chip_wrapper = fresh_wrapper("width: 420px");
    let mut props = card_props(record_from(seed()), on_event);
    props.options = Rc::new(CardOptions { locale: Some("zh".into()), ..(*test_options()).clone() });
    render_card_props(&chip_wrapper, props).await;
    click(&find(&chip_wrapper, "button.ac-chip"));
    assert_eq!(*seen.borrow(), [CardAction::Topic("Computer Vision".into())]);
    handle.unmount();
}

#[wasm_bindgen_test]
async fn labels_override_words_and_stay_text() {
    let wrapper = fresh_wrapper("width: 720px");
    let hostile = "<img src=x onerror=window.acOwned=1>";
    let options = format!(
        r#"{{"locale": "fr", "labels": {{"relatedResearch": "{hostile}", "topics": "Tags \"{{name}}\"", "showCardsAbout": "{hostile} {{name}}!"}}}}"#
    );
    let mut handle = mount_with(&wrapper, &[seed()], &options).await;
    let card = find(&wrapper, "article.ac-card");
    assert_eq!(text(&card, ".ac-related__label"), hostile);
    assert_eq!(find(&card, ".ac-topics").get_attribute("aria-label").as_deref(), Some("Tags \"{name}\""));
    assert_eq!(all_texts(&card, ".ac-chip")[1], format!("{hostile} AI!"));
    assert_eq!(text(&card, ".ac-figure__caption"), "Figure\u{a0}: Nature", "words not overridden stay French");
    assert!(card.query_selector("img:not(.ac-figure__image)").unwrap().is_none(), "no markup was parsed");
    handle.unmount();
}
