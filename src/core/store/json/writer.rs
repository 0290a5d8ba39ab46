//! Writing JSON into a string, keys and values in the order given.

/// A JSON text being written; `finish` gives it.
pub struct Writer {
    out: String,
    /// Whether the object or array being written needs a comma before its next entry.
    first: bool,
}

impl Writer {
    pub fn with_capacity(bytes: usize) -> Writer {
        Writer {
            out: String::with_capacity(bytes),
            first: true,
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn separate(&mut self) {
        if !std::mem::replace(&mut self.first, false) {
            self.out.push(',');
        }
    }

    /// An object whose fields `fields` writes with [`Writer::key`] and a value each.
    pub fn object(&mut self, fields: impl FnOnce(&mut Self)) {
        self.nest(b'{', fields, b'}');
    }

    /// An array whose elements `items` writes, one value each.
    pub fn array(&mut self, items: impl FnOnce(&mut Self)) {
        self.nest(b'[', items, b']');
    }

    fn nest(&mut self, open: u8, inner: impl FnOnce(&mut Self), close: u8) {
        self.separate();
        self.out.push(open as char);
        self.first = true;
        inner(self);
        self.out.push(close as char);
        self.first = false;
    }

    /// The key of the next field; its value follows.
    pub fn key(&mut self, key: &str) {
        self.string(key);
        self.out.push(':');
        self.first = true;
    }

    pub fn string(&mut self, text: &str) {
        self.separate();
        self.out.push('"');
        let mut from = 0;
        for (at, byte) in text.bytes().enumerate() {
            let escaped = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(&text[from..at]);
            if escaped.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(HEX[usize::from(byte >> 4)] as char);
                self.out.push(HEX[usize::from(byte & 0xf)] as char);
            } else {
                self.out.push_str(escaped);
            }
            from = at + 1;
        }
        self.out.push_str(&text[from..]);
        self.out.push('"');
    }

    pub fn integer(&mut self, value: i64) {
        self.separate();
        self.out.push_str(&value.to_string());
    }
}
