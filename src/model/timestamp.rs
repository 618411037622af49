//! Publication times: parsing ISO 8601 / RFC 3339 text and measuring "how long ago".

use std::fmt;
use std::num::NonZeroI64;

/// A point in time, as milliseconds since the Unix epoch (UTC), within ±2^62 ms (146
/// million years). Held plus [`HELD_FROM`], which is never zero, so that
/// `Option<Timestamp>` takes 8 bytes rather than 16: every article of a feed has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(NonZeroI64);

const HELD_FROM: i64 = 1 << 62;

impl Timestamp {
    /// `millis`, clamped to the range a `Timestamp` holds.
    pub fn from_epoch_millis(millis: i64) -> Timestamp {
        let held = millis.clamp(1 - HELD_FROM, HELD_FROM - 1) + HELD_FROM;
        Timestamp(NonZeroI64::new(held).unwrap_or(NonZeroI64::MIN))
    }

    pub fn epoch_millis(self) -> i64 {
        self.0.get() - HELD_FROM
    }

    /// Reads `2020-05-08T10:15:00Z`, `2020-05-08 10:15:00+00:00`, fractional seconds,
    /// `±hh:mm`/`±hhmm`/`±hh` offsets, and a bare date (midnight UTC). A time without an
    /// offset is taken as UTC, which is what feeds that omit it mean in practice.
    pub fn parse(text: &str) -> Option<Timestamp> {
        let text = text.trim();
        let (date, time) = match text.find(['T', 't', ' ']) {
            Some(split) => (&text[..split], Some(&text[split + 1..])),
            None => (text, None),
        };
        let days = parse_date(date)?;
        let (seconds, millis, offset_seconds) = match time {
            Some(time) => parse_time(time)?,
            None => (0, 0, 0),
        };
        Some(Timestamp::from_epoch_millis((days * 86_400 + seconds - offset_seconds) * 1000 + millis))
    }

    /// The calendar date in UTC: (year, month 1–12, day 1–31).
    pub fn date_utc(self) -> (i64, i64, i64) {
        civil_from_days(self.epoch_millis().div_euclid(1000).div_euclid(86_400))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC, for `<time datetime>`.
    pub fn to_iso_utc(self) -> String {
        let seconds = self.epoch_millis().div_euclid(1000);
        let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
        let of_day = seconds.rem_euclid(86_400);
        format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", of_day / 3600, of_day % 3600 / 60, of_day % 60)
    }

    /// How long before (negative) or after (positive) `now` this is, in the largest unit
    /// that fits, rounded towards `now` so that 6.6 years reads "6 years ago".
    pub fn relative_to(self, now: Timestamp) -> RelativeTime {
        let seconds = (self.epoch_millis() - now.epoch_millis()) / 1000;
        let magnitude = seconds.abs();
        let (amount, unit) = match magnitude {
            s if s < 60 => (s, TimeUnit::Second),
            s if s < 3_600 => (s / 60, TimeUnit::Minute),
            s if s < 86_400 => (s / 3_600, TimeUnit::Hour),
            s if s < 7 * 86_400 => (s / 86_400, TimeUnit::Day),
            s if s < 30 * 86_400 => (s / (7 * 86_400), TimeUnit::Week),
            s if s < 365 * 86_400 => (s / (30 * 86_400), TimeUnit::Month),
            s => (s * 4 / (1461 * 86_400), TimeUnit::Year),
        };
        RelativeTime { amount: if seconds < 0 { -amount } else { amount }, unit }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    /// The unit's name as `Intl.RelativeTimeFormat` takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeUnit::Second => "second",
            TimeUnit::Minute => "minute",
            TimeUnit::Hour => "hour",
            TimeUnit::Day => "day",
            TimeUnit::Week => "week",
            TimeUnit::Month => "month",
            TimeUnit::Year => "year",
        }
    }
}

/// A signed amount of a unit: -6 years is "6 years ago".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RelativeTime {
    pub amount: i64,
    pub unit: TimeUnit,
}

impl fmt::Display for RelativeTime {
    /// English wording, used where no `Intl` is at hand (native rendering, tests): the
    /// words of `Intl.RelativeTimeFormat("en", {numeric: "auto"})`, which the browser uses,
    /// so that taking prerendered cards over does not change their text.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let count = self.amount.abs();
        let plural = if count == 1 { "" } else { "s" };
        let unit = self.unit.as_str();
        match (self.amount, self.unit) {
            (0, TimeUnit::Second) => f.write_str("now"),
            (0, TimeUnit::Day) => f.write_str("today"),
            (0, _) => write!(f, "this {unit}"),
            (-1, TimeUnit::Day) => f.write_str("yesterday"),
            (1, TimeUnit::Day) => f.write_str("tomorrow"),
            (-1, TimeUnit::Week | TimeUnit::Month | TimeUnit::Year) => write!(f, "last {unit}"),
            (1, TimeUnit::Week | TimeUnit::Month | TimeUnit::Year) => write!(f, "next {unit}"),
            (amount, _) if amount < 0 => write!(f, "{count} {unit}{plural} ago"),
            _ => write!(f, "in {count} {unit}{plural}"),
        }
    }
}

fn parse_date(date: &str) -> Option<i64> {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = digits(&date[0..4])?;
    let month = digits(&date[5..7])?;
    let day = digits(&date[8..10])?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// Returns (seconds of the day, milliseconds, offset east of UTC in seconds).
fn parse_time(time: &str) -> Option<(i64, i64, i64)> {
    let zone_start = time.find(['Z', 'z', '+', '-']).unwrap_or(time.len());
    let (clock, zone) = time.split_at(zone_start);
    let (hms, fraction) = match clock.split_once('.') {
        Some((hms, fraction)) => (hms, Some(fraction)),
        None => (clock, None),
    };
    let mut parts = hms.split(':');
    let hour = digits(parts.next()?)?;
    let minute = digits(parts.next()?)?;
    let second = parts.next().map_or(Some(0), digits)?;
    if parts.next().is_some() || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let millis = match fraction {
        Some(f) if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) => {
            f.bytes().chain(std::iter::repeat(b'0')).take(3).fold(0, |acc, b| acc * 10 + i64::from(b - b'0'))
        }
        Some(_) => return None,
        None => 0,
    };
    Some((hour * 3600 + minute * 60 + second, millis, parse_offset(zone)?))
}

fn parse_offset(zone: &str) -> Option<i64> {
    let sign = match zone.as_bytes().first() {
        None => return Some(0),
        Some(b'Z' | b'z') if zone.len() == 1 => return Some(0),
        Some(b'+') => 1,
        Some(b'-') => -1,
        Some(_) => return None,
    };
    let body = zone[1..].replace(':', "");
    let (hours, minutes) = match body.len() {
        2 => (digits(&body)?, 0),
        4 => (digits(&body[..2])?, digits(&body[2..])?),
        _ => return None,
    };
    (hours <= 23 && minutes <= 59).then_some(sign * (hours * 3600 + minutes * 60))
}

fn digits(text: &str) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_every_instant_of_a_feed_in_order_and_an_absent_one_costs_nothing() {
        let instants = [i64::MIN, -HELD_FROM, -62_135_596_800_000, -1, 0, 1, 253_402_300_799_999, i64::MAX];
        let held: Vec<i64> = instants.map(|millis| Timestamp::from_epoch_millis(millis).epoch_millis()).to_vec();
        assert_eq!(
            held,
            [1 - HELD_FROM, 1 - HELD_FROM, -62_135_596_800_000, -1, 0, 1, 253_402_300_799_999, HELD_FROM - 1]
        );
        assert!(Timestamp::from_epoch_millis(-1) < Timestamp::from_epoch_millis(0));
        assert_eq!(std::mem::size_of::<Option<Timestamp>>(), std::mem::size_of::<i64>());
    }

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap_or_else(|| panic!("{text:?} should parse"))
    }

    #[test]
    fn reads_both_formats_feeds_use() {
        assert_eq!(at("2020-05-08T10:15:00Z").epoch_millis(), 1_588_932_900_000);
        assert_eq!(at("2020-05-08 10:15:00+00:00"), at("2020-05-08T10:15:00Z"));
        assert_eq!(at("2020-05-08T12:15:00+02:00"), at("2020-05-08T10:15:00Z"));
        assert_eq!(at("2020-05-08T05:15:00-0500"), at("2020-05-08T10:15:00Z"));
        assert_eq!(at("2020-05-08T10:15:00.250Z").epoch_millis(), 1_588_932_900_250);
        assert_eq!(at("2020-05-08t10:15z"), at("2020-05-08T10:15:00Z"));
        assert_eq!(at("2020-05-08").to_iso_utc(), "2020-05-08T00:00:00Z");
    }

    #[test]
    fn refuses_impossible_or_malformed_dates() {
        for bad in [
            "",
            "yesterday",
            "2020-13-01",
            "2021-02-29",
            "2020-05-08T25:00:00Z",
            "2020-5-8",
            "2020-05-08T10:15:00+24:00",
            "08/05/2020",
            "2020-05-08T10:15:00.Z",
            "2020-05-08T10:15:00ZZ",
        ] {
            assert_eq!(Timestamp::parse(bad), None, "{bad:?}");
        }
        assert!(Timestamp::parse("2024-02-29T00:00:00Z").is_some());
    }

    #[test]
    fn writes_utc_iso_for_the_datetime_attribute() {
        assert_eq!(at("2020-05-08 12:15:00+02:00").to_iso_utc(), "2020-05-08T10:15:00Z");
        assert_eq!(at("1969-12-31T23:59:59Z").to_iso_utc(), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn relative_time_rounds_towards_now() {
        let now = at("2026-11-25T12:00:00Z");
        let seed = at("2020-05-08T10:15:00Z").relative_to(now);
        assert_eq!(seed, RelativeTime { amount: -6, unit: TimeUnit::Year });
        assert_eq!(seed.to_string(), "6 years ago");
        assert_eq!(at("2026-11-25T11:59:30Z").relative_to(now).to_string(), "30 seconds ago");
        assert_eq!(at("2026-11-25T09:00:00Z").relative_to(now).to_string(), "3 hours ago");
        assert_eq!(at("2026-11-24T11:00:00Z").relative_to(now).to_string(), "yesterday");
        assert_eq!(at("2026-11-25T11:00:00Z").relative_to(now).to_string(), "1 hour ago");
        assert_eq!(at("2026-11-17T12:00:00Z").relative_to(now).to_string(), "last week");
        assert_eq!(at("2025-10-25T12:00:00Z").relative_to(now).to_string(), "last year");
        assert_eq!(at("2026-11-26T12:00:00Z").relative_to(now).to_string(), "tomorrow");
        assert_eq!(at("2026-11-10T12:00:00Z").relative_to(now).to_string(), "2 weeks ago");
        assert_eq!(at("2026-08-25T12:00:00Z").relative_to(now).to_string(), "3 months ago");
        assert_eq!(at("2026-11-28T12:00:00Z").relative_to(now).to_string(), "in 3 days");
        assert_eq!(now.relative_to(now).to_string(), "now");
    }
}
