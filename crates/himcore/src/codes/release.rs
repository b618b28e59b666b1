//! Which release of a code set was in force on a date of service.
//!
//! ICD-10-CM and ICD-10-PCS change on fixed dates: a new fiscal-year release
//! takes effect on 1 October and an update may take effect on 1 April
//! (CMS/CDC; ICD-10-CM Official Guidelines, section I.A; HIPAA 45 CFR
//! 162.1002 names the code sets "as maintained and distributed" by HHS). The
//! period in force on a date therefore starts on the latest 1 October or
//! 1 April on or before that date.
//!
//! himcore ships only some releases. When the release of a period is not
//! shipped, the answer is given only where the shipped releases on both sides
//! agree about the code; otherwise validation fails with
//! `CODE_RELEASE_UNAVAILABLE` naming both neighbours, rather than guessing.

use chrono::{Datelike, NaiveDate};

/// One shipped release of a code set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Release {
    /// Human name, e.g. `"FY2026 April update"`.
    pub name: &'static str,
    /// First date of service the release applies to.
    pub effective: NaiveDate,
}

/// How a date maps onto the shipped releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// The release at this index was in force.
    At(usize),
    /// The release in force is not shipped; it lies between these two.
    Between(usize, usize),
    /// The date is before the first or after the last shipped release's period.
    Outside,
}

/// The first day of the 1 October / 1 April period containing `d`.
pub(crate) fn period_start(d: NaiveDate) -> Option<NaiveDate> {
    let y = d.year();
    match d.month() {
        1..=3 => NaiveDate::from_ymd_opt(y - 1, 10, 1),
        4..=9 => NaiveDate::from_ymd_opt(y, 4, 1),
        _ => NaiveDate::from_ymd_opt(y, 10, 1),
    }
}

/// Resolves `date` (None = the newest shipped release) against `releases`
/// (sorted by effective date). A release is in force until the next 1 October
/// or 1 April boundary.
pub(crate) fn resolve(releases: &[Release], date: Option<NaiveDate>) -> Resolved {
    let Some(date) = date else {
        return Resolved::At(releases.len().saturating_sub(1));
    };
    let Some(p) = period_start(date) else {
        return Resolved::Outside;
    };
    if let Some(i) = releases.iter().position(|r| r.effective == p) {
        return Resolved::At(i);
    }
    let prev = releases.iter().rposition(|r| r.effective < p);
    let next = releases.iter().position(|r| r.effective > p);
    match (prev, next) {
        (Some(a), Some(b)) => Resolved::Between(a, b),
        _ => Resolved::Outside,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const RS: [Release; 2] = [
        Release {
            name: "A",
            effective: match NaiveDate::from_ymd_opt(2024, 10, 1) {
                Some(x) => x,
                None => NaiveDate::MIN,
            },
        },
        Release {
            name: "B",
            effective: match NaiveDate::from_ymd_opt(2025, 10, 1) {
                Some(x) => x,
                None => NaiveDate::MIN,
            },
        },
    ];

    #[test]
    fn fiscal_year_starts_on_1_october_and_update_on_1_april() {
        assert_eq!(period_start(d(2025, 9, 30)), Some(d(2025, 4, 1)));
        assert_eq!(period_start(d(2025, 10, 1)), Some(d(2025, 10, 1)));
        assert_eq!(period_start(d(2026, 3, 31)), Some(d(2025, 10, 1)));
        assert_eq!(period_start(d(2026, 4, 1)), Some(d(2026, 4, 1)));
    }

    #[test]
    fn unshipped_periods_are_bracketed_and_outside_dates_refused() {
        assert_eq!(resolve(&RS, Some(d(2024, 10, 1))), Resolved::At(0));
        assert_eq!(resolve(&RS, Some(d(2025, 4, 1))), Resolved::Between(0, 1));
        assert_eq!(resolve(&RS, Some(d(2025, 10, 1))), Resolved::At(1));
        assert_eq!(resolve(&RS, Some(d(2024, 9, 30))), Resolved::Outside);
        assert_eq!(resolve(&RS, Some(d(2026, 4, 1))), Resolved::Outside);
        assert_eq!(resolve(&RS, None), Resolved::At(1));
    }
}
