//! Durations as the LMS standards write them: SCORM 1.2's `HHHH:MM:SS.SS` and ISO 8601 (`PT1H2M3.4S`)
//! for SCORM 2004 and xAPI, and instants as ISO 8601 UTC timestamps.

use crate::core::dates::DateTime;

/// SCORM 1.2 `CMITimespan`: hours (at least four digits, capped at 9999), minutes, seconds and
/// hundredths. A negative span (a clock set back) counts as zero.
pub fn cmi_timespan(ms: i64) -> String {
    let centis = (ms.max(0) / 10).min(9999 * 360_000 + 359_999);
    let (hours, rest) = (centis / 360_000, centis % 360_000);
    let (minutes, rest) = (rest / 6000, rest % 6000);
    format!(
        "{hours:04}:{minutes:02}:{:02}.{:02}",
        rest / 100,
        rest % 100
    )
}

/// An ISO 8601 duration in hours, minutes and seconds to the hundredth (`PT0S`, `PT1M30S`,
/// `PT2H0M5.25S`): what SCORM 2004's `timeinterval` and xAPI's `result.duration` accept.
pub fn iso_duration(ms: i64) -> String {
    let centis = ms.max(0) / 10;
    let (hours, rest) = (centis / 360_000, centis % 360_000);
    let (minutes, rest) = (rest / 6000, rest % 6000);
    let (seconds, hundredths) = (rest / 100, rest % 100);
    let mut out = String::from("PT");
    if hours > 0 {
        out.push_str(&format!("{hours}H"));
    }
    if hours > 0 || minutes > 0 {
        out.push_str(&format!("{minutes}M"));
    }
    out.push_str(&seconds.to_string());
    if hundredths > 0 {
        let fraction = format!("{hundredths:02}");
        out.push('.');
        out.push_str(fraction.trim_end_matches('0'));
    }
    out.push('S');
    out
}

/// `2026-11-29T09:03:16.123Z`: an instant in UTC with milliseconds.
pub fn iso_timestamp(ms: i64) -> String {
    let at = DateTime::from_epoch_ms(ms, 0);
    let in_minute = ms.rem_euclid(60_000);
    format!(
        "{}T{:02}:{:02}:{:02}.{:03}Z",
        at.iso_date(),
        at.hour,
        at.minute,
        in_minute / 1000,
        in_minute % 1000
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scorm12_timespans() {
        assert_eq!(cmi_timespan(0), "0000:00:00.00");
        assert_eq!(cmi_timespan(-5), "0000:00:00.00");
        assert_eq!(cmi_timespan(90_456), "0000:01:30.45");
        assert_eq!(cmi_timespan(3_723_009), "0001:02:03.00");
        assert_eq!(cmi_timespan(i64::MAX), "9999:59:59.99");
    }

    #[test]
    fn iso_durations() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(90_000), "PT1M30S");
        assert_eq!(iso_duration(90_450), "PT1M30.45S");
        assert_eq!(iso_duration(500), "PT0.5S");
        assert_eq!(iso_duration(7_205_250), "PT2H0M5.25S");
        assert_eq!(iso_duration(-1), "PT0S");
    }

    #[test]
    fn timestamps_are_utc_with_milliseconds() {
        assert_eq!(iso_timestamp(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_timestamp(1_795_943_000_123), "2026-11-29T09:03:20.123Z");
    }
}
