//! FHIR `date`, `dateTime` and `instant` values as closed intervals of UTC
//! milliseconds, so that partial dates ("2015", "2015-02") compare by what
//! they can mean: a consent period ending "2016" runs to the last millisecond
//! of 2016. A time without a zone is read as UTC (FHIR requires a zone when a
//! time is given; we accept its absence rather than reject the consent).

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// A closed interval `[lo, hi]` of UTC milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instant {
    /// Earliest millisecond the value can denote.
    pub lo: i64,
    /// Latest millisecond the value can denote.
    pub hi: i64,
}

/// A FHIR Period; either end may be open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Period {
    /// Start, inclusive.
    pub start: Option<Instant>,
    /// End, inclusive.
    pub end: Option<Instant>,
}

/// Whether a condition holds, does not hold, or cannot be known from the
/// request (the request leaves out the fact the condition needs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The condition holds.
    Yes,
    /// The condition does not hold.
    No,
    /// The request does not say enough to tell.
    Unknown,
}

impl Match {
    /// Conjunction: any `No` wins, then any `Unknown`.
    pub fn and(self, other: Match) -> Match {
        match (self, other) {
            (Match::No, _) | (_, Match::No) => Match::No,
            (Match::Unknown, _) | (_, Match::Unknown) => Match::Unknown,
            _ => Match::Yes,
        }
    }
}

const DAY_MS: i64 = 86_400_000;

fn day_start(d: NaiveDate) -> i64 {
    d.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp_millis())
        .unwrap_or(i64::MIN)
}

/// Parses a FHIR date, dateTime or instant. Returns `None` when the text is
/// not one of those forms.
pub fn parse_instant(s: &str) -> Option<Instant> {
    let s = s.trim();
    let b = s.as_bytes();
    match b.len() {
        4 => {
            let y: i32 = s.parse().ok()?;
            let a = NaiveDate::from_ymd_opt(y, 1, 1)?;
            let z = NaiveDate::from_ymd_opt(y.checked_add(1)?, 1, 1)?;
            Some(Instant {
                lo: day_start(a),
                hi: day_start(z) - 1,
            })
        }
        7 => {
            let y: i32 = s.get(0..4)?.parse().ok()?;
            if b.get(4) != Some(&b'-') {
                return None;
            }
            let m: u32 = s.get(5..7)?.parse().ok()?;
            let a = NaiveDate::from_ymd_opt(y, m, 1)?;
            let z = if m == 12 {
                NaiveDate::from_ymd_opt(y.checked_add(1)?, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)?
            };
            Some(Instant {
                lo: day_start(a),
                hi: day_start(z) - 1,
            })
        }
        10 => {
            let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
            let lo = day_start(d);
            Some(Instant {
                lo,
                hi: lo + DAY_MS - 1,
            })
        }
        _ => {
            if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
                let t = dt.timestamp_millis();
                return Some(Instant { lo: t, hi: t });
            }
            // Zone given but seconds left out, e.g. 2016-06-23T17:02+10:00.
            for fmt in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%MZ"] {
                if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
                    let t = dt.timestamp_millis();
                    return Some(Instant { lo: t, hi: t });
                }
            }
            for fmt in [
                "%Y-%m-%dT%H:%M:%S%.f",
                "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%dT%H:%M",
            ] {
                if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
                    let t = dt.and_utc().timestamp_millis();
                    return Some(Instant { lo: t, hi: t });
                }
            }
            None
        }
    }
}

impl Period {
    /// Whether the period holds `t`: `Yes` when all of `t` lies inside,
    /// `No` when none of it does, `Unknown` when a partial date straddles an end.
    pub fn contains(&self, t: Instant) -> Match {
        let mut m = Match::Yes;
        if let Some(s) = self.start {
            if t.hi < s.lo {
                return Match::No;
            }
            if t.lo < s.lo {
                m = Match::Unknown;
            }
        }
        if let Some(e) = self.end {
            if t.lo > e.hi {
                return Match::No;
            }
            if t.hi > e.hi {
                m = Match::Unknown;
            }
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_cover_their_whole_span() {
        let y = parse_instant("2016").unwrap();
        let d = parse_instant("2016-12-31").unwrap();
        assert!(y.lo <= d.lo && d.hi == y.hi);
        let m = parse_instant("2016-02").unwrap();
        assert_eq!(m.hi - m.lo + 1, 29 * DAY_MS);
    }

    #[test]
    fn datetimes_with_zones_are_instants() {
        let a = parse_instant("2016-06-23T17:02:33+10:00").unwrap();
        let b = parse_instant("2016-06-23T07:02:33Z").unwrap();
        assert_eq!(a, b);
        assert!(parse_instant("2016-13-01").is_none());
        assert!(parse_instant("yesterday").is_none());
    }

    #[test]
    fn period_end_date_is_inclusive_of_the_whole_day() {
        let p = Period {
            start: parse_instant("2015-01-01"),
            end: parse_instant("2015-02-01"),
        };
        assert_eq!(
            p.contains(parse_instant("2015-02-01T23:59:59Z").unwrap()),
            Match::Yes
        );
        assert_eq!(
            p.contains(parse_instant("2015-02-02T00:00:00Z").unwrap()),
            Match::No
        );
        assert_eq!(p.contains(parse_instant("2015").unwrap()), Match::Unknown);
    }
}
