//! The card's figure. Its box is reserved from the image's width and height before anything
//! loads (no layout shift; an SVG spacer with the image's `viewBox` holds the ratio where an
//! engine, WebKit, would not take it from the waiting `<img>`); `src` is set only once the image is requested (the browser asks
//! for it when the card comes near the viewport); a failed load shows a quiet note. For
//! readers without JavaScript, a prerendered figure that waits holds a `<noscript>` image.

use super::dom::Dom;
use super::skeleton::{children_of, html, svg, Skeleton};
use super::{CardInput, FigurePhase};
use crate::model::template::fill;
use crate::model::{Figure, Image, Word, Words};

/// Set on the image once it is requested, never before: the browser would fetch it at once.
pub const SOURCE_ATTRIBUTE: &str = "src";
const WIDTH_ATTRIBUTE: &str = "width";
const HEIGHT_ATTRIBUTE: &str = "height";
/// The image's attributes written only sometimes: its address once requested, its size when
/// the record gives one.
pub const IMAGE_OPTIONAL_ATTRIBUTES: [&str; 3] = [SOURCE_ATTRIBUTE, WIDTH_ATTRIBUTE, HEIGHT_ATTRIBUTE];

const IMAGE: Skeleton =
    html("img", &[("class", "ac-figure__image"), ("referrerpolicy", "no-referrer"), ("decoding", "async")], &[]);

/// Sized to the image's ratio by its `viewBox`; removed when the image has no size.
const RATIO: Skeleton = svg("svg", &[("class", "ac-figure__ratio"), ("aria-hidden", "true"), ("focusable", "false")]);

/// First in the card's body, before the text: prerendered HTML that the browser paints while
/// it still arrives shows the figure's box before the text below it (narrow cards) or beside
/// it (wide ones, where CSS places it in the second column), so the text never moves.
pub const FIGURE: Skeleton = html(
    "figure",
    &[("class", "ac-figure")],
    &[
        html("div", &[("class", "ac-figure__frame")], &[RATIO, IMAGE]),
        html("figcaption", &[("class", "ac-figure__caption"), ("dir", "auto")], &[]),
    ],
);

static NO_SCRIPT: Skeleton = html("noscript", &[], &[]);
static NO_SCRIPT_IMAGE: Skeleton = IMAGE;
static FALLBACK: Skeleton =
    html("span", &[("class", "ac-figure__fallback")], &[Skeleton::Word(Word::ImageUnavailable)]);

/// Fills a clone of [`FIGURE`] for `shown`, in the card's figure phase.
pub fn fill_figure<D: Dom>(dom: &D, figure: &D::Node, shown: &Figure, input: &CardInput) -> Option<()> {
    let (image, phase, words) = (shown.image, input.state.figure, input.words);
    show_phase(dom, figure, phase, words)?;
    let frame = dom.first_child(figure)?;
    let [ratio, img] = children_of(dom, &frame)?;
    match (image.width, image.height) {
        (Some(width), Some(height)) => dom.set_attribute(&ratio, "viewBox", &format!("0 0 {width} {height}")),
        _ => {
            dom.set_attribute(&frame, "class", "ac-figure__frame ac-figure__frame--unsized");
            dom.remove(&ratio);
        }
    }
    fill_image(dom, &img, image);
    if phase != FigurePhase::Waiting {
        dom.set_attribute(&img, SOURCE_ATTRIBUTE, image.url.as_str());
    }
    if input.no_script_fallbacks && phase == FigurePhase::Waiting {
        let no_script = dom.instantiate(&NO_SCRIPT, words)?;
        if !D::RUNS_SCRIPTS {
            let fallback = dom.instantiate(&NO_SCRIPT_IMAGE, words)?;
            fill_image(dom, &fallback, image);
            dom.set_attribute(&fallback, SOURCE_ATTRIBUTE, image.url.as_str());
            dom.append(&no_script, &fallback);
        }
        dom.append(&frame, &no_script);
    }
    let caption = dom.next_sibling(&frame)?;
    dom.set_text(&caption, &fill(words.get(Word::Figure), &[("source", shown.source)]));
    Some(())
}

/// Shows `phase` on a figure: as its `data-state`, and with a note in `words` when the image
/// failed.
pub fn show_phase<D: Dom>(dom: &D, figure: &D::Node, phase: FigurePhase, words: &Words) -> Option<()> {
    dom.set_attribute(figure, "data-state", phase.as_str());
    if phase == FigurePhase::Error {
        dom.append(&dom.first_child(figure)?, &dom.instantiate(&FALLBACK, words)?);
    }
    Some(())
}

/// Requests a waiting figure's `image`: sets its `src` and drops the `<noscript>` fallback.
pub fn request_image<D: Dom>(dom: &D, figure: &D::Node, image: &Image) -> Option<()> {
    dom.set_attribute(figure, "data-state", FigurePhase::Loading.as_str());
    let frame = dom.first_child(figure)?;
    let first = dom.first_child(&frame)?;
    // After the ratio spacer, which only a sized image has.
    let img = if is_sized(image) { dom.next_sibling(&first)? } else { first };
    dom.set_attribute(&img, SOURCE_ATTRIBUTE, image.url.as_str());
    if let Some(no_script) = dom.next_sibling(&img) {
        dom.remove(&no_script);
    }
    Some(())
}

fn is_sized(image: &Image) -> bool {
    image.width.is_some() && image.height.is_some()
}

/// Size and alternative text, without `src`.
fn fill_image<D: Dom>(dom: &D, img: &D::Node, image: &Image) {
    if let (Some(width), Some(height)) = (image.width, image.height) {
        dom.set_attribute(img, WIDTH_ATTRIBUTE, &width.to_string());
        dom.set_attribute(img, HEIGHT_ATTRIBUTE, &height.to_string());
    }
    dom.set_attribute(img, "alt", image.alt.as_deref().unwrap_or_default());
}
