//! Long feeds a step at a time, so the page never freezes: the first screenful is rendered
//! in the task that calls `mount`, the rest [`STEP`] records per step, each in order (so Tab
//! order is right at every moment), as many steps per task as fit in [`TASK_BUDGET_MS`]
//! ([`TaskBudget`]). A feed of at most [`AT_ONCE`] records is rendered at once, as is
//! whatever an `update` replaces that was already on the page, and up to [`AT_ONCE`] more.
//! When the page shows more than [`AT_ONCE`] cards (an update of a long feed), those records
//! are validated in steps first, while the cards they replace stay on the page, and then
//! rendered at once.
//! Records whose content the previous feed had are neither read nor validated again
//! (`KnownRecords`, `JsRecord`).

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::prelude::*;
use web_sys::{MessageChannel, MessagePort};

use super::js_reader::JsRecord;
use crate::components::card_segment::Cards;
use crate::model::{FeedValidator, KnownRecords, RecordProblem};
use crate::render::card_markup::FIRST_SCREENFUL;

/// Feeds up to this long (and updates adding up to this many cards) render in one task:
/// fewer tasks cost less in all (the benchmark's 1,000-card rows stay one task).
const AT_ONCE: usize = 1000;
/// Records rendered in the task that calls `mount`: a screenful (the cards that
/// `article-cards.css` never skips, [`FIRST_SCREENFUL`]). A wider window's last row is
/// completed by the next step. Each card here lengthens the one task the page cannot avoid.
const FIRST_STEP: usize = FIRST_SCREENFUL;
/// Records validated and rendered per later step.
const STEP: usize = 32;
/// How long a task of a long feed may keep adding steps. A step is taken only if it fits,
/// judged by the one before it in the same task (never by an earlier task: under load, a
/// pace carried over from one task to the next overshot to 170–1,040 ms). Well under the
/// 50 ms of a long task, so that a step slower than the one before it still fits.
const TASK_BUDGET_MS: f64 = 25.0;

/// A host's records as `mount`/`update` received them, read, validated and shown in steps.
pub struct Feeding {
    /// The host's array, copied when it was passed: a host changing its array afterwards
    /// cannot tear the feed (each record's own fields are read when its step comes).
    rest: std::vec::IntoIter<Result<JsValue, String>>,
    validator: FeedValidator,
    /// The cards shown so far (each step adds to the last segment, not to a copy of all).
    shown: Cards,
    /// Records still to validate before the first cards of this feed show
    /// ([`Feeding::first_replacing`]).
    ahead: usize,
}

impl Feeding {
    /// Feeds `records`, reusing the validations `known` from the previous feed.
    pub fn new(records: Vec<Result<JsValue, String>>, known: KnownRecords) -> Feeding {
        Feeding {
            rest: records.into_iter(),
            validator: FeedValidator::reusing(known),
            shown: Cards::default(),
            ahead: 0,
        }
    }

    /// What this feed validated, for the next one.
    pub fn into_known(self) -> KnownRecords {
        self.validator.into_known()
    }

    /// The first step of a `mount`: the whole feed if it has at most [`AT_ONCE`] records,
    /// else the first screenful.
    pub fn first(&mut self) -> (Cards, Vec<RecordProblem>) {
        self.advance(self.first_count(0))
    }

    /// The first step of an `update`: as many records as the `shown` cards already on the
    /// page (an update never takes cards away to bring them back), and the rest too unless
    /// that is more than [`AT_ONCE`]; else the first screenful. `None` when the page shows
    /// more than [`AT_ONCE`] cards (a long feed): those records are validated by the next
    /// steps (the cards on the page stay meanwhile), the last of which shows them.
    pub fn first_replacing(&mut self, shown: usize) -> Option<(Cards, Vec<RecordProblem>)> {
        let count = self.first_count(shown);
        if shown > AT_ONCE {
            self.ahead = count;
            return None;
        }
        Some(self.advance(count))
    }

    /// The next step: [`STEP`] more records shown, or validated while
    /// [`Feeding::first_replacing`]'s are (`None` until the last of those, which shows them all).
    pub fn next(&mut self) -> Option<(Cards, Vec<RecordProblem>)> {
        if self.ahead == 0 {
            return Some(self.advance(STEP));
        }
        let count = self.ahead.min(STEP);
        self.ahead -= count;
        self.validate(count);
        (self.ahead == 0).then(|| self.show())
    }

    /// Whether no card of this feed has shown yet: its first are still being validated.
    pub fn is_validating_ahead(&self) -> bool {
        self.ahead > 0
    }

    /// Everything at once.
    pub fn all(&mut self) -> (Cards, Vec<RecordProblem>) {
        self.advance(self.rest.len())
    }

    pub fn is_done(&self) -> bool {
        self.rest.len() == 0
    }

    /// How many cards the whole feed will show, at most: those shown and the records to come.
    pub fn expected_cards(&self) -> usize {
        self.shown.len() + self.rest.len()
    }

    /// The records of the first step, with `shown` cards on the page already: all of them
    /// if that is at most [`AT_ONCE`] more, else as many as are shown, and a screenful at least.
    fn first_count(&self, shown: usize) -> usize {
        if self.rest.len() <= shown + AT_ONCE {
            self.rest.len()
        } else {
            shown.max(FIRST_STEP)
        }
    }

    fn advance(&mut self, count: usize) -> (Cards, Vec<RecordProblem>) {
        self.validate(count);
        self.show()
    }

    fn validate(&mut self, count: usize) {
        self.validator.extend(self.rest.by_ref().take(count).map(JsRecord));
    }

    /// Every card validated so far, and the problems found since the last time.
    fn show(&mut self) -> (Cards, Vec<RecordProblem>) {
        self.shown = self.shown.with_more(&self.validator.cards()[self.shown.len()..]);
        (self.shown.clone(), self.validator.take_problems())
    }
}

/// When a task of a long feed started, to judge whether one more step fits in it.
#[derive(Clone, Copy)]
pub struct TaskBudget {
    started: f64,
}

impl TaskBudget {
    /// The budget of the task running now; `None` without `performance.now()` (one step
    /// per task then).
    pub fn start() -> Option<TaskBudget> {
        Some(TaskBudget { started: now()? })
    }

    /// Whether a step as long as the one that started at `step_started` (and has been
    /// rendered) still fits in this task.
    pub fn fits_another(&self, step_started: f64) -> bool {
        now().is_some_and(|now| now - self.started + (now - step_started) <= TASK_BUDGET_MS)
    }
}

/// Milliseconds since the page started.
pub fn now() -> Option<f64> {
    Some(web_sys::window()?.performance()?.now())
}

/// Runs `work` later in this task, after what is already queued for its microtasks: after
/// Yew's render of an `update` made before (Yew renders in a microtask it queues first).
pub fn after_render(work: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move { work() });
}

/// Work waiting for a task of its own.
type Work = Box<dyn FnOnce()>;

thread_local! {
    static QUEUE: RefCell<VecDeque<Work>> = const { RefCell::new(VecDeque::new()) };
    /// The port whose messages run the queue, one message per piece of work (created once).
    static PORT: Option<MessagePort> = message_port();
}

/// Runs `work` in a task of its own, after the browser has had the chance to paint. Through
/// a `MessageChannel`: unlike `setTimeout`, not clamped to 4 ms when nested, nor throttled
/// to once a second in a background tab.
pub fn in_next_task(work: impl FnOnce() + 'static) {
    QUEUE.with(|queue| queue.borrow_mut().push_back(Box::new(work)));
    let posted = PORT.with(|port| port.as_ref().and_then(|port| port.post_message(&JsValue::NULL).ok()));
    if posted.is_none() {
        web_sys::console::warn_1(&"article-cards: no MessageChannel; the rest of the feed is not shown".into());
    }
}

fn message_port() -> Option<MessagePort> {
    let channel = MessageChannel::new().ok()?;
    let run_next = Closure::<dyn FnMut()>::new(|| {
        let work = QUEUE.with(|queue| queue.borrow_mut().pop_front());
        if let Some(work) = work {
            work();
        }
    });
    channel.port1().set_onmessage(Some(run_next.into_js_value().unchecked_ref()));
    Some(channel.port2())
}
