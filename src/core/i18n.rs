//! The two languages of the widget and the bilingual text type every user-visible string uses.

/// A language the widget speaks. Indonesian comes first: it is the users' language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The BCP 47 code, as used in `<html lang>` and in `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Parses `id` or `en` (case-insensitive, region ignored: `en-GB` is English).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// A decimal number as this language writes it: `3,5` in Indonesian, `3.5` in English.
    pub fn decimal(self, value: f64, places: usize) -> String {
        // In integers, so that halves round away from zero as taught at school (2.25 → 2.3, where
        // `{:.1}` gives 2.2) and a change too small to show is never written "-0.0".
        let scale = 10u64.pow(places as u32);
        let scaled = (value.abs() * scale as f64).round() as u64;
        let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
        let whole = scaled / scale;
        if places == 0 {
            return format!("{sign}{whole}");
        }
        let separator = match self {
            Lang::Id => ',',
            Lang::En => '.',
        };
        let fraction = scaled % scale;
        format!("{sign}{whole}{separator}{fraction:0places$}")
    }

    /// The first of the browser's preferred languages that we speak, else Indonesian.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }
}

/// A string in both languages. Having both fields in one value is what makes a string that
/// exists in only one language impossible to write (tests also check neither is empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(id: &'static str, en: &'static str) -> Text {
        Text { id, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }
}

/// The placeholders a text names (`{n}`, and `{n:one|other}` as `n`), sorted and once each: the
/// texts tables' tests check that both languages name the same.
#[cfg(test)]
pub(crate) fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = (text.split('{').skip(1))
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .map(|name| name.split(':').next().unwrap_or_default().to_string())
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_with_regions() {
        for (code, expected) in [
            ("id", Some(Lang::Id)),
            ("ID", Some(Lang::Id)),
            ("id-ID", Some(Lang::Id)),
            ("en", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("en_US", Some(Lang::En)),
            ("fr", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_code(code), expected, "{code}");
        }
    }

    #[test]
    fn decimals_use_the_language_separator() {
        assert_eq!(Lang::Id.decimal(3.5, 1), "3,5");
        assert_eq!(Lang::En.decimal(3.5, 1), "3.5");
        let cases = [
            (2.25, 1, "2.3"),
            (3.96, 1, "4.0"),
            (4.0, 1, "4.0"),
            (-0.5, 1, "-0.5"),
            (-0.04, 1, "0.0"),
            (0.0, 1, "0.0"),
            (2.5, 0, "3"),
            (3.5, 2, "3.50"),
            (1.0 / 3.0, 2, "0.33"),
        ];
        for (value, places, expected) in cases {
            assert_eq!(
                Lang::En.decimal(value, places),
                expected,
                "{value} to {places}"
            );
        }
        assert_eq!(Lang::Id.decimal(-1.25, 1), "-1,3");
    }

    #[test]
    fn negotiates_first_spoken_language() {
        assert_eq!(Lang::negotiate(["fr-FR", "en-US", "id"]), Lang::En);
        assert_eq!(Lang::negotiate(["id-ID", "en"]), Lang::Id);
        assert_eq!(Lang::negotiate(["fr", "de"]), Lang::Id);
        assert_eq!(Lang::negotiate([]), Lang::Id);
    }
}
