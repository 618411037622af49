//! The card's figure. Its box is reserved from the image's width and height before
//! anything loads (no layout shift); the image is requested only when the card comes near
//! the viewport; a failed load shows a quiet note instead of a broken-image icon.

use yew::prelude::*;

use super::card_event::FigureState;
use crate::hooks::use_near_viewport::use_near_viewport;
use crate::model::Image;

#[derive(Properties, PartialEq)]
pub struct LazyFigureProps {
    pub image: Image,
    /// Named in the caption.
    pub source: AttrValue,
    #[prop_or_default]
    pub on_state: Callback<FigureState>,
    /// Adds a `<noscript>` image for readers without JavaScript (prerendered cards).
    #[prop_or_default]
    pub no_script_fallback: bool,
}

#[component]
pub fn LazyFigure(props: &LazyFigureProps) -> Html {
    let node = use_node_ref();
    let near = use_near_viewport(node.clone());
    let state = use_state_eq(|| None::<FigureState>);
    let report = |outcome: FigureState| {
        let state = state.clone();
        let on_state = props.on_state.clone();
        Callback::from(move |_: Event| {
            state.set(Some(outcome));
            on_state.emit(outcome);
        })
    };
    let image = &props.image;
    let (width, height) = size_attributes(image);
    let sized_class = if width.is_some() { "ac-figure__frame" } else { "ac-figure__frame ac-figure__frame--unsized" };
    let alt = image.alt.clone().unwrap_or_default();
    let data_state = match *state {
        Some(outcome) => outcome.as_str(),
        None if near => "loading",
        None => "waiting",
    };
    html! {
        <figure class="ac-figure" data-state={data_state} ref={node}>
            <div class={sized_class}>
                if let Some(view_box) = ratio_view_box(image) {
                    <svg class="ac-figure__ratio" viewBox={view_box} aria-hidden="true" focusable="false"></svg>
                }
                <img
                    class="ac-figure__image"
                    src={near.then(|| AttrValue::from(image.url.as_str().to_owned()))}
                    {width}
                    {height}
                    alt={alt}
                    referrerpolicy="no-referrer"
                    decoding="async"
                    onload={report(FigureState::Loaded)}
                    onerror={report(FigureState::Error)}
                />
                if props.no_script_fallback && data_state == "waiting" {
                    { no_script_image(image) }
                }
                if *state == Some(FigureState::Error) {
                    <span class="ac-figure__fallback">{ "Image unavailable" }</span>
                }
            </div>
            <figcaption class="ac-figure__caption" dir="auto">{ "Figure: " }{ props.source.clone() }</figcaption>
        </figure>
    }
}

fn size_attributes(image: &Image) -> (Option<String>, Option<String>) {
    match (image.width, image.height) {
        (Some(width), Some(height)) => (Some(width.to_string()), Some(height.to_string())),
        _ => (None, None),
    }
}

/// The spacer's `viewBox`, which gives the frame the image's aspect ratio before it loads.
fn ratio_view_box(image: &Image) -> Option<String> {
    Some(format!("0 0 {} {}", image.width?, image.height?))
}

/// The image for readers without JavaScript. Only server-rendered HTML needs its content: a
/// browser that runs scripts parses `<noscript>` content as inert text (which hydration
/// removes), so in the browser the element is rendered empty, in the same place.
fn no_script_image(image: &Image) -> Html {
    #[cfg(feature = "prerender")]
    {
        let (width, height) = size_attributes(image);
        html! {
            <noscript>
                <img class="ac-figure__image" src={image.url.as_str().to_owned()} {width} {height}
                    alt={image.alt.clone().unwrap_or_default()} referrerpolicy="no-referrer" decoding="async" />
            </noscript>
        }
    }
    #[cfg(not(feature = "prerender"))]
    {
        let _ = image;
        html! { <noscript></noscript> }
    }
}
