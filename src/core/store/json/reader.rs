//! Reading JSON: a cursor the codec drives, one value at a time.

use super::{Error, Result, MAX_DEPTH};
use std::borrow::Cow;

/// A position in a JSON text.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            at: 0,
            depth: 0,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// The next byte after any whitespace, not consumed.
    fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.bytes().get(self.at) {
            if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    fn expect(&mut self, byte: u8) -> Result<()> {
        if self.peek() != Some(byte) {
            return Err(Error::Syntax);
        }
        self.at += 1;
        Ok(())
    }

    /// Checks that the value about to be read starts with this byte.
    fn value_starting(&mut self, byte: u8) -> Result<()> {
        if self.peek() == Some(byte) {
            Ok(())
        } else {
            Err(self.mismatch())
        }
    }

    /// Why the value about to be read is not the one asked for: another JSON value is the wrong
    /// shape; anything else is not JSON.
    fn mismatch(&mut self) -> Error {
        match self.peek() {
            Some(b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => Error::Shape,
            _ => Error::Syntax,
        }
    }

    /// Nothing but whitespace is left.
    pub fn end(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(Error::Syntax),
        }
    }

    /// An object: `field` is called with each key and must read (or skip) its value.
    pub fn object(
        &mut self,
        mut field: impl FnMut(&mut Self, Cow<'a, str>) -> Result<()>,
    ) -> Result<()> {
        self.sequence(b'{', b'}', |r| {
            if r.peek() != Some(b'"') {
                return Err(Error::Syntax);
            }
            let key = r.string()?;
            r.expect(b':')?;
            field(r, key)
        })
    }

    /// An array: `item` is called for each element and must read (or skip) it.
    pub fn array(&mut self, item: impl FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.sequence(b'[', b']', item)
    }

    /// `open`, entries separated by commas, `close`: an object or an array.
    fn sequence(
        &mut self,
        open: u8,
        close: u8,
        mut entry: impl FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        self.value_starting(open)?;
        self.nested(|r| {
            r.at += 1;
            if r.peek() == Some(close) {
                r.at += 1;
                return Ok(());
            }
            loop {
                entry(r)?;
                match r.peek() {
                    Some(b',') => r.at += 1,
                    Some(b) if b == close => {
                        r.at += 1;
                        return Ok(());
                    }
                    _ => return Err(Error::Syntax),
                }
            }
        })
    }

    fn nested<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        if self.depth == MAX_DEPTH {
            return Err(Error::Syntax);
        }
        self.depth += 1;
        let result = read(self);
        self.depth -= 1;
        result
    }

    /// A string, borrowed from the text unless it has escapes.
    pub fn string(&mut self) -> Result<Cow<'a, str>> {
        self.value_starting(b'"')?;
        self.at += 1;
        let start = self.at;
        let bytes = self.bytes();
        // The common case: no escapes, so the text itself is the string.
        loop {
            match bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Borrowed(&self.text[start..self.at - 1]));
                }
                Some(b'\\') => break,
                Some(0..=0x1f) | None => return Err(Error::Syntax),
                Some(_) => self.at += 1,
            }
        }
        let mut owned = String::from(&self.text[start..self.at]);
        loop {
            match bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(owned));
                }
                Some(b'\\') => {
                    self.at += 1;
                    owned.push(self.escape()?);
                }
                Some(0..=0x1f) | None => return Err(Error::Syntax),
                Some(_) => {
                    // Copy the run up to the next quote or backslash at once (it is whole UTF-8).
                    let run = bytes[self.at..]
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                        .map_or(bytes.len(), |n| self.at + n);
                    owned.push_str(&self.text[self.at..run]);
                    self.at = run;
                }
            }
        }
    }

    /// The character of an escape, the backslash already read.
    fn escape(&mut self) -> Result<char> {
        let byte = *self.bytes().get(self.at).ok_or(Error::Syntax)?;
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                match unit {
                    // A high surrogate must be followed by an escaped low one: together one char.
                    0xd800..=0xdbff => {
                        if self.bytes().get(self.at..self.at + 2) != Some(b"\\u") {
                            return Err(Error::Syntax);
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&low) {
                            return Err(Error::Syntax);
                        }
                        let code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                        char::from_u32(code).ok_or(Error::Syntax)?
                    }
                    _ => char::from_u32(unit).ok_or(Error::Syntax)?,
                }
            }
            _ => return Err(Error::Syntax),
        })
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self
            .bytes()
            .get(self.at..self.at + 4)
            .ok_or(Error::Syntax)?;
        let mut value = 0;
        for &d in digits {
            let digit = (d as char).to_digit(16).ok_or(Error::Syntax)?;
            value = value * 16 + digit;
        }
        self.at += 4;
        Ok(value)
    }

    /// A number that is an integer (no fraction, no exponent) within `i64`. Any other number is
    /// valid JSON of the wrong shape.
    pub fn integer(&mut self) -> Result<i64> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.mismatch());
        }
        let start = self.at;
        if !self.number()? {
            return Err(Error::Shape);
        }
        // Digits only now, after an optional minus: summed up as they come (negative numbers
        // downwards, so that i64::MIN fits), refusing what overflows.
        let (negative, digits) = match &self.bytes()[start..self.at] {
            [b'-', digits @ ..] => (true, digits),
            digits => (false, digits),
        };
        digits.iter().try_fold(0i64, |value, &digit| {
            let digit = i64::from(digit - b'0');
            let value = value.checked_mul(10);
            if negative {
                value.and_then(|v| v.checked_sub(digit))
            } else {
                value.and_then(|v| v.checked_add(digit))
            }
            .ok_or(Error::Shape)
        })
    }

    /// Steps over a number, checking its grammar; says whether it had no fraction or exponent.
    fn number(&mut self) -> Result<bool> {
        let bytes = self.bytes();
        let digits = |at: &mut usize| {
            let from = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > from
        };
        let mut at = self.at;
        if bytes.get(at) == Some(&b'-') {
            at += 1;
        }
        match bytes.get(at) {
            Some(b'0') => at += 1,
            Some(b'1'..=b'9') => {
                digits(&mut at);
            }
            _ => return Err(Error::Syntax),
        }
        let mut integral = true;
        if bytes.get(at) == Some(&b'.') {
            at += 1;
            if !digits(&mut at) {
                return Err(Error::Syntax);
            }
            integral = false;
        }
        if matches!(bytes.get(at), Some(b'e' | b'E')) {
            at += 1;
            if matches!(bytes.get(at), Some(b'+' | b'-')) {
                at += 1;
            }
            if !digits(&mut at) {
                return Err(Error::Syntax);
            }
            integral = false;
        }
        self.at = at;
        Ok(integral)
    }

    /// Steps over any one value, checking that it is JSON.
    pub fn skip(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'{') => self.object(|r, _| r.skip()),
            Some(b'[') => self.array(Reader::skip),
            Some(b'"') => self.string().map(drop),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            _ => Err(Error::Syntax),
        }
    }

    fn literal(&mut self, word: &str) -> Result<()> {
        if !self.text[self.at..].starts_with(word) {
            return Err(Error::Syntax);
        }
        self.at += word.len();
        Ok(())
    }

    /// The JSON text of the value about to be read, stepped over.
    pub fn raw(&mut self) -> Result<&'a str> {
        self.peek();
        let start = self.at;
        self.skip()?;
        Ok(&self.text[start..self.at])
    }

    /// Reads one value with `read`; if it has the wrong shape, steps over it instead and gives
    /// `None`. Not-JSON is still an error: there is nothing to step over.
    pub fn or_skip<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T>) -> Result<Option<T>> {
        self.peek();
        let (start, depth) = (self.at, self.depth);
        match read(self) {
            Ok(value) => Ok(Some(value)),
            Err(Error::Shape) => {
                (self.at, self.depth) = (start, depth);
                self.skip().map(|()| None)
            }
            Err(Error::Syntax) => Err(Error::Syntax),
        }
    }
}
