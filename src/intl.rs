//! Localised date text: the browser's `Intl` in WebAssembly; natively (prerendering, tests)
//! English in UTC, written as `Intl` writes it for en-US and en-GB, and ISO dates for other
//! locales. Formatters are costly to build, so the last one is kept. Also the card's words
//! for the options' locale (the browser's when none is given), kept the same way.

use std::cell::RefCell;
use std::rc::Rc;

use crate::model::{CardOptions, Labels, RelativeTime, Timestamp, Words};

/// Which locale and zone to format in; `None` means the browser's own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateLocale {
    pub locale: Option<String>,
    pub time_zone: Option<String>,
}

/// The current time, from the host's clock.
pub fn current_time() -> Timestamp {
    #[cfg(target_arch = "wasm32")]
    let millis = js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_millis() as i64);
    Timestamp::from_epoch_millis(millis)
}

/// "8 May 2020" in the locale's words.
pub fn absolute_date(at: Timestamp, locale: &DateLocale) -> String {
    browser::with_formatters(locale, |formatters| formatters.absolute(at)).unwrap_or_else(|| fallback_date(at, locale))
}

/// "6 years ago" in the locale's words.
pub fn relative_date(relative: RelativeTime, locale: &DateLocale) -> String {
    browser::with_formatters(locale, |formatters| formatters.relative(relative)).unwrap_or_else(|| relative.to_string())
}

/// Builds the formatters of the browser's own locale, unless a mount has built some already.
/// A page's first `Intl` formatter costs 40–70 ms (loading ICU's data; later ones, in any
/// locale, under 1 ms), which would otherwise fall in the task of the host's first `mount`.
pub fn warm_up() {
    browser::warm_up();
}

/// The words last chosen, with the locale option and labels they were chosen for.
type ChosenWords = (Option<String>, Labels, Rc<Words>);

thread_local! {
    static LAST_WORDS: RefCell<Option<ChosenWords>> = const { RefCell::new(None) };
}

/// The words of cards shown with `options`: the language of their locale (of the browser's
/// default locale, as for dates, when none is given) with the host's labels.
pub fn card_words(options: &CardOptions) -> Rc<Words> {
    LAST_WORDS.with(|last| {
        let mut last = last.borrow_mut();
        match last.as_ref() {
            Some((locale, labels, words)) if *locale == options.locale && *labels == options.labels => words.clone(),
            _ => {
                let locale = options.locale.clone().or_else(browser::default_locale);
                let words = Rc::new(Words::new(locale.as_deref(), &options.labels));
                *last = Some((options.locale.clone(), options.labels.clone(), words.clone()));
                words
            }
        }
    })
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The date as the browser's `Intl` writes it in English with `dateStyle: "medium"` (so that
/// taking prerendered cards over keeps the text), else as an ISO date.
fn fallback_date(at: Timestamp, locale: &DateLocale) -> String {
    let (year, month, day) = at.date_utc();
    let month = (month - 1).clamp(0, 11) as usize;
    let tag = locale.locale.as_deref().unwrap_or("en-US");
    if matches!(tag, "en" | "en-US" | "en-CA") {
        return format!("{} {day}, {year}", MONTHS[month]);
    }
    if !tag.starts_with("en-") {
        return at.to_iso_utc()[..10].to_owned();
    }
    // Outside North America, English writes "Sept"; Australian English also "June", "July".
    let name = match (tag, month) {
        (_, 8) => "Sept",
        ("en-AU", 5) => "June",
        ("en-AU", 6) => "July",
        _ => MONTHS[month],
    };
    format!("{day} {name} {year}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_dates_read_like_intl_in_english() {
        let at = Timestamp::parse("2020-05-08T10:15:00Z").expect("parses");
        let locale = |tag: &str| DateLocale { locale: Some(tag.to_owned()), time_zone: None };
        assert_eq!(absolute_date(at, &locale("en-US")), "May 8, 2020");
        assert_eq!(absolute_date(at, &locale("en-GB")), "8 May 2020");
        let september = Timestamp::parse("2024-09-30T10:15:00Z").expect("parses");
        assert_eq!(absolute_date(september, &locale("en-US")), "Sep 30, 2024");
        assert_eq!(absolute_date(september, &locale("en-CA")), "Sep 30, 2024");
        assert_eq!(absolute_date(september, &locale("en-GB")), "30 Sept 2024");
        let june = Timestamp::parse("2024-06-30T10:15:00Z").expect("parses");
        assert_eq!(absolute_date(june, &locale("en-AU")), "30 June 2024");
        assert_eq!(absolute_date(at, &locale("de-DE")), "2020-05-08");
        assert_eq!(absolute_date(at, &DateLocale::default()), "May 8, 2020");
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::prelude::*;

    use super::DateLocale;
    use crate::model::{RelativeTime, Timestamp};

    #[wasm_bindgen]
    extern "C" {
        // Declared here rather than taken from js-sys so that a bad locale or time zone is
        // a caught `RangeError`, not an exception thrown through the renderer.
        #[wasm_bindgen(js_namespace = Intl)]
        type DateTimeFormat;
        #[wasm_bindgen(constructor, catch, js_namespace = Intl)]
        fn new(locales: &JsValue, options: &Object) -> Result<DateTimeFormat, JsValue>;
        #[wasm_bindgen(method)]
        fn format(this: &DateTimeFormat, epoch_millis: f64) -> String;
        #[wasm_bindgen(method, js_name = resolvedOptions)]
        fn resolved_options(this: &DateTimeFormat) -> Object;

        #[wasm_bindgen(js_namespace = Intl)]
        type RelativeTimeFormat;
        #[wasm_bindgen(constructor, catch, js_namespace = Intl)]
        fn new(locales: &JsValue, options: &Object) -> Result<RelativeTimeFormat, JsValue>;
        #[wasm_bindgen(method, js_name = format)]
        fn format_relative(this: &RelativeTimeFormat, value: f64, unit: &str) -> String;
    }

    /// Relative texts kept per formatter, at most; in practice there are a few dozen, so
    /// they are looked up in a list (a hash table of their own costs about 0.25 KB brotli).
    const MAX_RELATIVE_TEXTS: usize = 256;

    pub struct Formatters {
        date: DateTimeFormat,
        relative: RelativeTimeFormat,
        /// "3 years ago" recurs on card after card: formatted once.
        relative_texts: RefCell<Vec<(RelativeTime, String)>>,
    }

    impl Formatters {
        pub fn absolute(&self, at: Timestamp) -> String {
            self.date.format(at.epoch_millis() as f64)
        }

        pub fn relative(&self, relative: RelativeTime) -> String {
            if let Some((_, text)) = self.relative_texts.borrow().iter().find(|(kept, _)| *kept == relative) {
                return text.clone();
            }
            let text = self.relative.format_relative(relative.amount as f64, relative.unit.as_str());
            let mut texts = self.relative_texts.borrow_mut();
            if texts.len() < MAX_RELATIVE_TEXTS {
                texts.push((relative, text.clone()));
            }
            text
        }

        fn build(locale: &DateLocale) -> Option<Formatters> {
            let locales = match &locale.locale {
                Some(tag) => Array::of1(&JsValue::from_str(tag)).into(),
                None => JsValue::UNDEFINED,
            };
            let date_options = Object::new();
            set(&date_options, "dateStyle", "medium");
            if let Some(zone) = &locale.time_zone {
                set(&date_options, "timeZone", zone);
            }
            let relative_options = Object::new();
            set(&relative_options, "numeric", "auto");
            Some(Formatters {
                date: DateTimeFormat::new(&locales, &date_options).ok()?,
                relative: RelativeTimeFormat::new(&locales, &relative_options).ok()?,
                relative_texts: RefCell::default(),
            })
        }
    }

    /// The locale `Intl` formats in when given none: the browser's.
    pub fn default_locale() -> Option<String> {
        let options = DateTimeFormat::new(&JsValue::UNDEFINED, &Object::new()).ok()?.resolved_options();
        Reflect::get(&options, &JsValue::from_str("locale")).ok()?.as_string()
    }

    fn set(object: &Object, key: &str, value: &str) {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(object, &JsValue::from_str(key), &JsValue::from_str(value));
    }

    thread_local! {
        static LAST: RefCell<Option<(DateLocale, Option<Formatters>)>> = const { RefCell::new(None) };
    }

    pub fn warm_up() {
        if LAST.with(|last| last.borrow().is_none()) {
            with_formatters(&DateLocale::default(), |_| ());
        }
    }

    pub fn with_formatters<T>(locale: &DateLocale, use_them: impl FnOnce(&Formatters) -> T) -> Option<T> {
        LAST.with(|last| {
            let mut last = last.borrow_mut();
            if last.as_ref().is_none_or(|(cached, _)| cached != locale) {
                *last = Some((locale.clone(), Formatters::build(locale)));
            }
            last.as_ref().and_then(|(_, formatters)| formatters.as_ref()).map(use_them)
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::DateLocale;

    pub enum Formatters {}

    impl Formatters {
        pub fn absolute(&self, _: crate::model::Timestamp) -> String {
            match *self {}
        }

        pub fn relative(&self, _: crate::model::RelativeTime) -> String {
            match *self {}
        }
    }

    pub fn warm_up() {}

    pub fn with_formatters<T>(_: &DateLocale, _: impl FnOnce(&Formatters) -> T) -> Option<T> {
        None
    }

    /// Off-browser there is no default locale: English.
    pub fn default_locale() -> Option<String> {
        None
    }
}
