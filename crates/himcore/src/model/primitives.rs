//! FHIR R4 date, dateTime, instant and time values that keep their precision
//! and their written form (FHIR R4 §2.24.0.1: `date` is `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`; `dateTime` adds `Thh:mm:ss(.fff)(Z|±hh:mm)`; `instant` always
//! has seconds and a zone; `time` is `hh:mm:ss(.fff)`). Calendar validity
//! (no 1974-02-30) is checked with chrono.

use chrono::{FixedOffset, NaiveDate, NaiveTime};

/// How much of a date or dateTime was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DatePrecision {
    /// `YYYY`
    Year,
    /// `YYYY-MM`
    Month,
    /// `YYYY-MM-DD`
    Day,
    /// `YYYY-MM-DDThh:mm` with a zone (accepted with a warning: R4 requires seconds).
    Minute,
    /// `YYYY-MM-DDThh:mm:ss` with a zone.
    Second,
    /// Seconds with a fraction.
    Fraction,
}

/// A parsed FHIR `date`, `dateTime` or `instant`, written back exactly as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FhirDateTime {
    text: String,
    precision: DatePrecision,
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    time: Option<NaiveTime>,
    offset: Option<FixedOffset>,
}

fn digits(s: &str, n: usize) -> Option<u32> {
    if s.len() == n && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

impl FhirDateTime {
    /// Parses a FHIR `date` (no time part allowed).
    pub fn parse_date(s: &str) -> Option<FhirDateTime> {
        let d = Self::parse_date_time(s)?;
        (d.time.is_none()).then_some(d)
    }

    /// Parses a FHIR `instant`: full date, time with seconds, and a zone.
    pub fn parse_instant(s: &str) -> Option<FhirDateTime> {
        let d = Self::parse_date_time(s)?;
        (d.precision >= DatePrecision::Second).then_some(d)
    }

    /// Parses a FHIR `dateTime`. A time without seconds (`T10:30Z`) is
    /// accepted and kept at minute precision; callers warn about it.
    pub fn parse_date_time(s: &str) -> Option<FhirDateTime> {
        let p = scan(s)?;
        Some(FhirDateTime {
            text: s.to_string(),
            precision: p.precision,
            year: p.year,
            month: p.month,
            day: p.day,
            time: p.time,
            offset: p.offset,
        })
    }

    /// The value exactly as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// The precision given.
    pub fn precision(&self) -> DatePrecision {
        self.precision
    }
    /// Year.
    pub fn year(&self) -> i32 {
        self.year
    }
    /// Month (1-12), when given.
    pub fn month(&self) -> Option<u32> {
        self.month
    }
    /// Day of month, when given.
    pub fn day(&self) -> Option<u32> {
        self.day
    }
    /// The calendar date, when given to the day.
    pub fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }
    /// Time of day, when given.
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }
    /// Zone offset, when a time was given.
    pub fn offset(&self) -> Option<FixedOffset> {
        self.offset
    }
}

/// The fields of a date/dateTime, without copying its text (validation
/// runs this on every date and must not allocate).
pub(crate) struct Scanned {
    pub precision: DatePrecision,
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    time: Option<NaiveTime>,
    offset: Option<FixedOffset>,
}

/// Scans a FHIR dateTime (a date alone included).
pub(crate) fn scan(s: &str) -> Option<Scanned> {
    let (date, rest) = match s.find('T') {
        Some(i) => (s.get(..i)?, Some(s.get(i + 1..)?)),
        None => (s, None),
    };
    let mut parts = date.split('-');
    let year = digits(parts.next()?, 4)?;
    if year == 0 {
        return None;
    }
    let month = parts
        .next()
        .map(|m| digits(m, 2))
        .map_or(Ok(None), |m| m.map(Some).ok_or(()));
    let month = month.ok()?;
    let day = parts
        .next()
        .map(|d| digits(d, 2))
        .map_or(Ok(None), |d| d.map(Some).ok_or(()));
    let day = day.ok()?;
    if parts.next().is_some() || (day.is_some() && month.is_none()) {
        return None;
    }
    let year = i32::try_from(year).ok()?;
    match (month, day) {
        (Some(m), Some(d)) => {
            NaiveDate::from_ymd_opt(year, m, d)?;
        }
        (Some(m), None) if !(1..=12).contains(&m) => return None,
        _ => {}
    }
    let mut precision = match (month, day) {
        (None, _) => DatePrecision::Year,
        (Some(_), None) => DatePrecision::Month,
        _ => DatePrecision::Day,
    };
    let (mut time, mut offset) = (None, None);
    if let Some(rest) = rest {
        day?;
        let zone_at = rest.find(['Z', '+', '-'])?;
        let (clock, zone) = (rest.get(..zone_at)?, rest.get(zone_at..)?);
        let (t, p) = parse_clock(clock, true)?;
        time = Some(t);
        precision = p;
        offset = Some(if zone == "Z" {
            FixedOffset::east_opt(0)?
        } else {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let hm = zone.get(1..)?;
            let (h, m) = hm.split_once(':')?;
            let (h, m) = (digits(h, 2)?, digits(m, 2)?);
            if h > 14 || m > 59 || (h == 14 && m != 0) {
                return None;
            }
            FixedOffset::east_opt(sign * i32::try_from(h * 3600 + m * 60).ok()?)?
        });
    }
    Some(Scanned {
        precision,
        year,
        month,
        day,
        time,
        offset,
    })
}

/// Parses `hh:mm:ss(.f+)` (and `hh:mm` when `allow_minutes`).
fn parse_clock(s: &str, allow_minutes: bool) -> Option<(NaiveTime, DatePrecision)> {
    let mut it = s.splitn(3, ':');
    let h = digits(it.next()?, 2)?;
    let m = digits(it.next()?, 2)?;
    let (sec, frac, p) = match it.next() {
        None if allow_minutes => (0, 0, DatePrecision::Minute),
        None => return None,
        Some(sec) => match sec.split_once('.') {
            Some((s, f)) => {
                if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let nanos: u32 = {
                    let f9 = f.get(..f.len().min(9))?;
                    let n: u32 = f9.parse().ok()?;
                    n * 10u32.pow(9 - u32::try_from(f9.len()).ok()?)
                };
                (digits(s, 2)?, nanos, DatePrecision::Fraction)
            }
            None => (digits(sec, 2)?, 0, DatePrecision::Second),
        },
    };
    // FHIR allows a leap second (60); chrono models it as nanos >= 1e9.
    let t = if sec == 60 {
        NaiveTime::from_hms_nano_opt(h, m, 59, 1_000_000_000 + frac)?
    } else {
        NaiveTime::from_hms_nano_opt(h, m, sec, frac)?
    };
    Some((t, p))
}

/// Checks a FHIR `time` (`hh:mm:ss(.f+)`, no zone).
pub fn is_valid_time(s: &str) -> bool {
    parse_clock(s, false).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_keeps_each_precision() {
        assert_eq!(
            FhirDateTime::parse_date("1974").map(|d| d.precision()),
            Some(DatePrecision::Year)
        );
        assert_eq!(
            FhirDateTime::parse_date("1974-12").map(|d| d.precision()),
            Some(DatePrecision::Month)
        );
        assert_eq!(
            FhirDateTime::parse_date("1974-12-25").map(|d| d.precision()),
            Some(DatePrecision::Day)
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        for bad in [
            "1974-13-45",
            "1974-02-30",
            "74-01-01",
            "1974-1-01",
            "0000",
            "1974-12-25T10:00:00",
        ] {
            assert!(FhirDateTime::parse_date(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn date_time_needs_a_zone_and_keeps_fractions() {
        let d = FhirDateTime::parse_date_time("2015-02-07T13:28:17.239+02:00").unwrap();
        assert_eq!(d.precision(), DatePrecision::Fraction);
        assert_eq!(d.as_str(), "2015-02-07T13:28:17.239+02:00");
        assert!(FhirDateTime::parse_date_time("2015-02-07T13:28:17").is_none());
        assert_eq!(
            FhirDateTime::parse_date_time("2015-02-07T13:28Z").map(|d| d.precision()),
            Some(DatePrecision::Minute)
        );
    }

    #[test]
    fn instant_requires_seconds() {
        assert!(FhirDateTime::parse_instant("2015-02-07T13:28:17Z").is_some());
        assert!(FhirDateTime::parse_instant("2015-02-07T13:28Z").is_none());
        assert!(FhirDateTime::parse_instant("2015-02-07").is_none());
    }

    #[test]
    fn time_accepts_leap_second_and_rejects_zone() {
        assert!(is_valid_time("23:59:60"));
        assert!(is_valid_time("08:30:00.5"));
        assert!(!is_valid_time("08:30"));
        assert!(!is_valid_time("08:30:00Z"));
    }
}
