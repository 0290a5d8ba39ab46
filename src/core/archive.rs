//! Reading a `.zip` of files handed in (Moodle's "Download all submissions", a folder zipped by
//! hand): each file inside with its bytes, or why it cannot be read. Shared by the cohort page's
//! intake and the intake of others' feedback, so neither carries the other's types.

use std::io::{Cursor, Read};

/// An archive larger than this is refused whole (Moodle's download of 200 submissions is far
/// smaller).
pub const MAX_ARCHIVE_BYTES: usize = 200 * 1024 * 1024;
/// More files than this in one archive are not read.
pub const MAX_ARCHIVE_FILES: usize = 5_000;

/// Why a whole archive was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArchiveError {
    TooLarge,
    Damaged,
}

/// Why one file inside an archive was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// Larger than the caller's limit (as its header says, or as it inflates).
    TooLarge,
    Damaged,
    /// An archive inside the archive: not opened.
    Archive,
}

/// Whether a file is a `.zip` archive: by its first bytes, or by its name when it is empty.
pub fn is_zip(file: &str, bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"PK\x05\x06")
        || (bytes.is_empty() && file.to_ascii_lowercase().ends_with(".zip"))
}

/// Calls `each` with every file of the archive, in order: its path inside the archive (`#n`,
/// 1-based, where the name itself does not read) and its bytes, each file held to `max_entry`
/// bytes. Folders, and what macOS adds to archives it makes, are not files handed in.
pub fn read_archive(
    bytes: &[u8],
    max_entry: usize,
    mut each: impl FnMut(&str, Result<Vec<u8>, EntryError>),
) -> Result<(), ArchiveError> {
    if bytes.len() > MAX_ARCHIVE_BYTES {
        return Err(ArchiveError::TooLarge);
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Err(ArchiveError::Damaged);
    };
    if archive.len() > MAX_ARCHIVE_FILES {
        return Err(ArchiveError::TooLarge);
    }
    for index in 0..archive.len() {
        let numbered = || format!("#{}", index + 1);
        let Ok(mut entry) = archive.by_index(index) else {
            each(&numbered(), Err(EntryError::Damaged));
            continue;
        };
        let Ok(path) = entry.name().map(|name| name.into_owned()) else {
            each(&numbered(), Err(EntryError::Damaged));
            continue;
        };
        let base = path.rsplit('/').next().unwrap_or("");
        if entry.is_dir() || path.starts_with("__MACOSX/") || base.starts_with('.') {
            continue;
        }
        if entry.size() > max_entry as u64 {
            each(&path, Err(EntryError::TooLarge));
            continue;
        }
        // Read at most one byte past the limit: a size the header understates (a zip bomb) is
        // caught without inflating the rest.
        let mut content = Vec::new();
        let read = (&mut entry)
            .take(max_entry as u64 + 1)
            .read_to_end(&mut content);
        let result = match read {
            Err(_) => Err(EntryError::Damaged),
            Ok(_) if content.len() > max_entry => Err(EntryError::TooLarge),
            Ok(_) if is_zip(&path, &content) => Err(EntryError::Archive),
            Ok(_) => Ok(content),
        };
        each(&path, result);
    }
    Ok(())
}

/// A `.zip` holding these files, deflated: what tests hand to the intakes.
#[cfg(test)]
pub(crate) fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut out = Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in files {
            w.start_file(*name, options).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap();
    }
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    type Seen = Vec<(String, Result<usize, EntryError>)>;

    fn read(bytes: &[u8], max: usize) -> (Result<(), ArchiveError>, Seen) {
        let mut seen = Vec::new();
        let result = read_archive(bytes, max, |path, content| {
            seen.push((path.to_string(), content.map(|c| c.len())));
        });
        (result, seen)
    }

    #[test]
    fn gives_each_file_and_names_what_does_not_read() {
        let inner = zip_of(&[("x.json", b"{}")]);
        let archive = zip_of(&[
            ("a/one.json", b"12345"),
            ("big.json", &[b' '; 300]),
            ("inner.zip", &inner),
            ("__MACOSX/._one.json", b"junk"),
            (".DS_Store", b"junk"),
        ]);
        assert!(inner.len() < 200);
        let (result, seen) = read(&archive, 200);
        assert_eq!(result, Ok(()));
        assert_eq!(
            seen,
            [
                ("a/one.json".to_string(), Ok(5)),
                ("big.json".to_string(), Err(EntryError::TooLarge)),
                ("inner.zip".to_string(), Err(EntryError::Archive)),
            ]
        );
        assert_eq!(
            read(b"PK\x03\x04nonsense", 10).0,
            Err(ArchiveError::Damaged)
        );
        assert!(is_zip("x.zip", b"") && is_zip("x", &archive) && !is_zip("x.json", b"{}"));
    }
}
