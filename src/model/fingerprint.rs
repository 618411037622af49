//! Small, stable hashes, not for security: 32-bit FNV-1a of text, for colours and element
//! ids derived from a domain or URL; [`SpellingHash`], 64 bits of a byte stream taken a word
//! at a time, for recognising a record's content again
//! ([`JsonValue::fingerprint`](super::JsonValue::fingerprint)); and [`Prehashed`], for
//! tables keyed by such a fingerprint.

use std::hash::{BuildHasherDefault, Hasher};

pub fn fingerprint(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, b| (hash ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// A 64-bit hash of bytes fed a piece at a time: the same bytes give the same hash however
/// they are cut into pieces (the browser hands over a record's spelling at once, the model
/// writes it a token at a time). Eight bytes per step, each mixed in by a multiplication
/// folded from 128 bits, then the length and an avalanche. (FNV-1a, a byte per step, cost a
/// mount of 1,000 records about 6% of its synchronous part: ARCHITECTURE.md.)
#[derive(Debug, Clone, Copy, Default)]
pub struct SpellingHash {
    hash: u64,
    /// The bytes of a word not complete yet, the first in the lowest bits.
    pending: u64,
    pending_len: usize,
    len: u64,
}

impl SpellingHash {
    /// The hash of `bytes` at once.
    pub fn of(bytes: &[u8]) -> u64 {
        let mut hash = SpellingHash::default();
        hash.write(bytes);
        hash.finish()
    }

    pub fn write(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.pending_len > 0 {
            let (head, rest) = bytes.split_at(bytes.len().min(8 - self.pending_len));
            self.pend(head);
            bytes = rest;
            if self.pending_len < 8 {
                return;
            }
            self.mix(self.pending);
            (self.pending, self.pending_len) = (0, 0);
        }
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut le = [0; 8];
            le.copy_from_slice(word);
            self.mix(u64::from_le_bytes(le));
        }
        self.pend(words.remainder());
    }

    pub fn finish(&self) -> u64 {
        let mut hash = *self;
        if hash.pending_len > 0 {
            hash.mix(hash.pending);
        }
        // MurmurHash3's finaliser: every bit of the state reaches every bit of the result.
        let mut h = hash.hash ^ hash.len;
        h = (h ^ (h >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        h = (h ^ (h >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }

    /// Adds bytes (fewer than a word's room) to the pending word.
    fn pend(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.pending |= u64::from(byte) << (8 * self.pending_len);
            self.pending_len += 1;
        }
    }

    /// The state and the word multiplied into 128 bits, folded back to 64 (the high half
    /// carries the low bits' differences up, the low half the high bits' down).
    fn mix(&mut self, word: u64) {
        let product = u128::from(self.hash ^ word) * u128::from(0x9e37_79b9_7f4a_7c15_u64);
        self.hash = (product as u64) ^ ((product >> 64) as u64);
    }
}

/// For tables keyed by a fingerprint, which is a hash already (std's SipHash over it again
/// showed in an update's profile).
pub type Prehashed = BuildHasherDefault<PrehashedKey>;

/// Takes a `u64` key as its own hash.
#[derive(Default)]
pub struct PrehashedKey(u64);

impl Hasher for PrehashedKey {
    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }

    /// Keys other than a `u64` (none in this crate) are folded in a word at a time.
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = SpellingHash { hash: self.0, ..SpellingHash::default() };
        hash.write(bytes);
        self.0 = hash.finish();
    }

    fn finish(&self) -> u64 {
        self.0
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
    fn the_spelling_hash_does_not_depend_on_how_the_bytes_are_cut() {
        let bytes: Vec<u8> = (0..100u8).map(|b| b.wrapping_mul(37)).collect();
        let whole = SpellingHash::of(&bytes);
        for cuts in [vec![1, 2, 3], vec![7, 9, 16, 17, 63], vec![8, 16, 24], (0..100).collect()] {
            let mut hash = SpellingHash::default();
            let mut from = 0;
            for to in cuts.into_iter().chain([bytes.len()]) {
                hash.write(&bytes[from..to]);
                from = to;
            }
            assert_eq!(hash.finish(), whole);
        }
    }

    #[test]
    fn the_spelling_hash_tells_apart_length_order_and_every_byte() {
        let base = b"o2;5:title s3:abc".to_vec();
        let mut seen = std::collections::HashSet::new();
        assert!(seen.insert(SpellingHash::of(&base)));
        assert!(seen.insert(SpellingHash::of(b"")));
        assert!(seen.insert(SpellingHash::of(&[0])));
        assert!(seen.insert(SpellingHash::of(&[0, 0])));
        assert!(seen.insert(SpellingHash::of(&base[..base.len() - 1])));
        // Every change of one or two bits, within a word or across words.
        let bits = base.len() * 8;
        for first in 0..bits {
            for second in first..bits {
                let mut changed = base.clone();
                changed[first / 8] ^= 1 << (first % 8);
                if second != first {
                    changed[second / 8] ^= 1 << (second % 8);
                }
                assert!(seen.insert(SpellingHash::of(&changed)), "bits {first} and {second}");
            }
        }
        let mut swapped = base.clone();
        swapped.swap(0, 8);
        assert!(seen.insert(SpellingHash::of(&swapped)));
    }

    #[test]
    fn a_fingerprint_key_is_its_own_hash() {
        use std::hash::BuildHasher;
        assert_eq!(Prehashed::default().hash_one(0x1234_5678_9abc_def0_u64), 0x1234_5678_9abc_def0);
    }
}
