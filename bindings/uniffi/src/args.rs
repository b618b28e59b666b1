//! Arguments the binding checks before handing them to the core.

use chrono::NaiveDate;

use crate::HimCoreError;

/// Parses an ISO `YYYY-MM-DD` calendar date named `what` (for the message).
/// uniffi has no calendar-date type (its timestamp is an instant, whose day
/// depends on a time zone), so dates cross as text. A malformed date is
/// refused with `INVALID_DATE`, never replaced by today.
pub(crate) fn iso_date(what: &str, text: &str) -> Result<NaiveDate, HimCoreError> {
    let invalid = |why: &str| HimCoreError::InvalidArgument {
        code: "INVALID_DATE".to_owned(),
        detail: format!("{what} must be YYYY-MM-DD, got {text:?}: {why}"),
    };
    // chrono alone accepts `2025-1-1`; ISO 8601 calendar dates have fixed widths.
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !shaped {
        return Err(invalid("not in the form YYYY-MM-DD"));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| invalid(&e.to_string()))
}

/// [`iso_date`] for an optional argument.
pub(crate) fn opt_iso_date(
    what: &str,
    text: Option<&str>,
) -> Result<Option<NaiveDate>, HimCoreError> {
    text.map(|t| iso_date(what, t)).transpose()
}
