//! Small, stable hashes (FNV-1a): 32-bit of text, for colours and element ids derived from
//! a domain or URL; 64-bit of any bytes, for recognising a record's content again
//! ([`JsonValue::fingerprint`](super::JsonValue::fingerprint)). Not for security.

pub fn fingerprint(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, b| (hash ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// 64-bit FNV-1a, fed a piece at a time.
#[derive(Debug, Clone, Copy)]
pub struct Fnv64(pub u64);

impl Default for Fnv64 {
    fn default() -> Fnv64 {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv64 {
    /// The hash of `bytes` at once.
    pub fn of(bytes: &[u8]) -> u64 {
        let mut hash = Fnv64::default();
        hash.write(bytes);
        hash.0
    }

    pub fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_stable_and_spreads() {
        assert_eq!(fingerprint(""), 0x811c_9dc5);
        assert_eq!(fingerprint("a"), 0xe40c_292c);
        assert_ne!(fingerprint("https://example.org/a"), fingerprint("https://example.org/b"));
    }

    #[test]
    fn fnv64_matches_the_published_values() {
        assert_eq!(Fnv64::of(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(Fnv64::of(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
