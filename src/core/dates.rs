//! Calendar dates from epoch milliseconds, formatted per language (no clock, no time-zone database).

use crate::core::i18n::Lang;

/// A local calendar date and time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

impl DateTime {
    /// `ms` since the epoch (UTC), shifted by the local offset east of UTC in minutes
    /// (the browser gives `-getTimezoneOffset()`: +420 in Jakarta).
    pub fn from_epoch_ms(ms: i64, offset_minutes: i64) -> DateTime {
        let minutes = ms.div_euclid(60_000) + offset_minutes;
        let days = minutes.div_euclid(1440);
        let minute_of_day = minutes.rem_euclid(1440);
        let (year, month, day) = civil_from_days(days);
        DateTime {
            year,
            month,
            day,
            hour: (minute_of_day / 60) as u32,
            minute: (minute_of_day % 60) as u32,
        }
    }

    /// `2026-11-28`: for file names, sortable and the same in every language.
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `28 Nov 2026` (en) or `28 Nov 2026` with Indonesian month names (id).
    pub fn date(&self, lang: Lang) -> String {
        let month = MONTHS[lang as usize][(self.month - 1) as usize];
        format!("{} {} {}", self.day, month, self.year)
    }

    /// `28 Nov 2026, 17:30` (en) or `28 Nov 2026, 17.30` (id: Indonesian writes time with a dot).
    pub fn date_time(&self, lang: Lang) -> String {
        let sep = match lang {
            Lang::Id => '.',
            Lang::En => ':',
        };
        format!(
            "{}, {:02}{sep}{:02}",
            self.date(lang),
            self.hour,
            self.minute
        )
    }
}

const MONTHS: [[&str; 12]; 2] = [
    [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ],
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
];

/// The instant a local day (`2026-11-28`, as a date input gives it) begins, ms since the epoch.
pub fn local_midnight_ms(iso_date: &str, offset_minutes: i64) -> Option<i64> {
    let mut parts = iso_date.trim().splitn(3, '-').map(str::parse::<i64>);
    let (year, month, day) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1..=9999).contains(&year) {
        return None;
    }
    // Hinnant's days_from_civil, the inverse of `civil_from_days`.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400_000 - offset_minutes * 60_000)
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day): Howard Hinnant's algorithm.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_known_instants() {
        // 2026-11-28T17:28:58Z, seen from Jakarta (UTC+7).
        let t = DateTime::from_epoch_ms(1_795_886_938_000, 420);
        assert_eq!(t.iso_date(), "2026-11-29");
        assert_eq!((t.hour, t.minute), (0, 28));
        let utc = DateTime::from_epoch_ms(1_795_886_938_000, 0);
        assert_eq!(utc.date_time(Lang::En), "28 Nov 2026, 17:28");
        assert_eq!(utc.date_time(Lang::Id), "28 Nov 2026, 17.28");
        assert_eq!(DateTime::from_epoch_ms(0, 0).iso_date(), "1970-01-01");
        assert_eq!(
            DateTime::from_epoch_ms(951_782_400_000, 0).iso_date(),
            "2000-02-29"
        );
        assert_eq!(DateTime::from_epoch_ms(-1, 0).iso_date(), "1969-12-31");
    }

    #[test]
    fn local_midnight_is_the_inverse_of_the_calendar_date() {
        for ms in [0, 951_782_400_000, 1_795_886_938_000, -86_400_000] {
            for offset in [0, 420, -300] {
                let date = DateTime::from_epoch_ms(ms, offset).iso_date();
                let midnight = local_midnight_ms(&date, offset).unwrap();
                let t = DateTime::from_epoch_ms(midnight, offset);
                assert_eq!((t.iso_date(), t.hour, t.minute), (date.clone(), 0, 0));
                assert!(midnight <= ms && ms - midnight < 86_400_000);
            }
        }
        for bad in ["", "2026-13-01", "x-1-1", "2026-11"] {
            assert_eq!(local_midnight_ms(bad, 0), None, "{bad}");
        }
    }

    #[test]
    fn month_names_follow_the_language() {
        let may = DateTime::from_epoch_ms(1_778_000_000_000, 0);
        assert_eq!(may.date(Lang::Id), "5 Mei 2026");
        assert_eq!(may.date(Lang::En), "5 May 2026");
    }
}
