//! Where in a JSON text an error lies, as a path (`axes[3].items[0].prompt`): what the reader
//! was inside of at that line and column. Only used for a refusal, so plain and linear.

/// One level of nesting the scanner is inside of.
enum Frame {
    /// An object, with the key whose value is being read (once its key has been read).
    Object {
        key: Option<String>,
        after_colon: bool,
    },
    Array {
        index: usize,
    },
}

/// The path of what `text` holds where serde_json says an error lies: `column` bytes into the
/// 1-based `line`, everything before that read. It gives the object or array the reader was
/// inside of, and the key of the object's value it was reading there, if any.
pub fn path_at(text: &str, line: usize, column: usize) -> (String, Option<String>) {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut end = (line_start + column).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text[..end].chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => stack.push(Frame::Object {
                key: None,
                after_colon: false,
            }),
            '[' => stack.push(Frame::Array { index: 0 }),
            '}' | ']' => {
                stack.pop();
            }
            ':' => {
                if let Some(Frame::Object { after_colon, .. }) = stack.last_mut() {
                    *after_colon = true;
                }
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key, after_colon }) => (*key, *after_colon) = (None, false),
                None => {}
            },
            '"' => {
                let mut string = String::new();
                let mut escaped = false;
                for c in chars.by_ref() {
                    match c {
                        _ if escaped => {
                            escaped = false;
                            string.push(c);
                        }
                        '\\' => escaped = true,
                        '"' => break,
                        c => string.push(c),
                    }
                }
                if let Some(Frame::Object {
                    key,
                    after_colon: false,
                }) = stack.last_mut()
                {
                    *key = Some(string);
                }
            }
            _ => {}
        }
    }
    let last = match stack.last_mut() {
        Some(Frame::Object { key, .. }) => key.take(),
        _ => None,
    };
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => join(&mut path, key),
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    (path, last)
}

/// `path.key`, or `key` at the top.
pub fn join(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

#[cfg(test)]
mod tests {
    use super::path_at;

    fn check(text: &str, marker: char, expected: &str) {
        let before = &text[..text.find(marker).unwrap()];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap().len();
        let (mut path, key) = path_at(&text.replace(marker, " "), line, column);
        if let Some(key) = key {
            super::join(&mut path, &key);
        }
        assert_eq!(path, expected, "{text}");
    }

    #[test]
    fn names_what_the_place_is_inside_of() {
        check(r#"{"a": [1, {"b": {"c": 5 @}}]}"#, '@', "a[1].b.c");
        check(
            "{\n  \"axes\": [\n    {\"id\": \"x\"},\n    {\"items\": [@]}\n  ]\n}",
            '@',
            "axes[1].items[0]",
        );
        check(r#"{"s\"q": {"k": "a,b:{c}" @}}"#, '@', "s\"q.k");
        check(r#"{"é€": ["😀", {"ü": 1@}]}"#, '@', "é€[1].ü");
        check(r#"@{}"#, '@', "");
    }
}
