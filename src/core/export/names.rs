//! The names of the files a person takes away: `cermin-<what>-<YYYY-MM-DD>.<extension>`, safe on
//! every system.

use crate::core::model::frameworks::Framework;

/// `cermin-<framework>-<YYYY-MM-DD>.<extension>`: the file name of one framework's image.
pub fn file_name(framework: &Framework, date_iso: &str, extension: &str) -> String {
    name_of(&framework.id, date_iso, extension)
}

/// `cermin-backup-<YYYY-MM-DD>.json`.
pub fn backup_file_name(date_iso: &str) -> String {
    name_of("backup", date_iso, "json")
}

/// `cermin-share-<YYYY-MM-DD>.json`: a "share with trainer" file (the name stays out of it;
/// Moodle and other LMSs put the person's name on what they hand in).
pub fn share_file_name(date_iso: &str) -> String {
    name_of("share", date_iso, "json")
}

/// `cermin-all-<YYYY-MM-DD>.csv`: the table spans every framework.
pub fn csv_file_name(date_iso: &str) -> String {
    name_of("all", date_iso, "csv")
}

/// The history as an Excel workbook (the CSV's table).
pub fn workbook_file_name(date_iso: &str) -> String {
    name_of("all", date_iso, "xlsx")
}

/// Keeps only characters that are safe in a file name on every system, whatever the caller passed.
fn name_of(what: &str, date_iso: &str, extension: &str) -> String {
    let safe = |s: &str, extra: char| -> String {
        s.chars()
            .filter(|&c| c.is_ascii_alphanumeric() || c == extra)
            .collect()
    };
    let mut name = String::from("cermin-");
    name.push_str(what);
    name.push('-');
    name.push_str(&safe(date_iso, '-'));
    name.push('.');
    name.push_str(&safe(extension, '.'));
    name
}
