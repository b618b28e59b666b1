//! Calendar arithmetic for retention clocks, always rounding towards keeping
//! a record longer.
//!
//! Adding years or months to a date whose day does not exist in the target
//! month (29 February plus one year, 31 January plus one month) gives the
//! first day of the following month, not the last day of the target month:
//! the later date can never destroy a record a day early.

use chrono::{Datelike, NaiveDate};

/// Adds whole months, moving an impossible day forward to the 1st of the
/// following month. `None` only when the result leaves chrono's range.
pub(crate) fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    if months.is_multiple_of(12) {
        // Whole years (most periods): one field change, no month arithmetic.
        let year = date.year().checked_add(i32::try_from(months / 12).ok()?)?;
        return match date.with_year(year) {
            Some(d) => Some(d),
            // Only 29 February can fail: roll forward to 1 March.
            None => NaiveDate::from_ymd_opt(year, 3, 1),
        };
    }
    let total = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months);
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    let month0 = u32::try_from(total.rem_euclid(12)).ok()?;
    match NaiveDate::from_ymd_opt(year, month0 + 1, date.day()) {
        Some(d) => Some(d),
        None => {
            // The day does not exist in that month: roll forward.
            let (ny, nm) = if month0 == 11 {
                (year + 1, 1)
            } else {
                (year, month0 + 2)
            };
            NaiveDate::from_ymd_opt(ny, nm, 1)
        }
    }
}

/// 31 December of the date's year (the end of a calendar contract year).
pub(crate) fn end_of_year(date: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(date.year(), 12, 31)
}

/// Parses a strict `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Completed years of age on `on` for someone born on `birth`
/// (negative when `on` precedes the birth).
pub(crate) fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// Serde helpers for `YYYY-MM-DD` dates.
pub(crate) mod serde_date {
    use super::parse_date;
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&d.format("%Y-%m-%d"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = String::deserialize(d)?;
        parse_date(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {s:?}")))
    }
}

/// Serde helpers for optional `YYYY-MM-DD` dates (`null` or absent = `None`).
pub(crate) mod serde_opt_date {
    use super::parse_date;
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(&d.format("%Y-%m-%d")),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let s = Option::<String>::deserialize(d)?;
        match s {
            None => Ok(None),
            Some(s) => parse_date(&s)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {s:?}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn leap_day_plus_a_year_rolls_forward_to_first_of_march() {
        assert_eq!(add_months(d("2020-02-29"), 12), Some(d("2021-03-01")));
        assert_eq!(add_months(d("2020-02-29"), 48), Some(d("2024-02-29")));
    }

    #[test]
    fn month_end_rolls_forward_not_back() {
        assert_eq!(add_months(d("2021-01-31"), 1), Some(d("2021-03-01")));
        assert_eq!(add_months(d("2021-12-31"), 2), Some(d("2022-03-01")));
        assert_eq!(add_months(d("2021-11-15"), 2), Some(d("2022-01-15")));
    }

    #[test]
    fn age_counts_completed_years() {
        assert_eq!(age_on(d("2000-06-15"), d("2018-06-14")), 17);
        assert_eq!(age_on(d("2000-06-15"), d("2018-06-15")), 18);
    }

    #[test]
    fn strict_date_parsing_rejects_partial_and_loose_forms() {
        assert!(parse_date("2020-1-01").is_none());
        assert!(parse_date("2020-02-30").is_none());
        assert!(parse_date("2020-02").is_none());
        assert!(parse_date("2020-02-28").is_some());
    }
}
