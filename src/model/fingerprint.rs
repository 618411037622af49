//! A small, stable hash of text (32-bit FNV-1a), for colours and element ids derived from
//! a domain or URL. Not for security.

pub fn fingerprint(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, b| (hash ^ u32::from(b)).wrapping_mul(0x0100_0193))
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
}
