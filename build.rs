//! Build script: sets `ARTICLE_CARDS_MARKUP_REVISION`, a hash of what shapes the cards'
//! markup (the component sources and the Yew version in Cargo.lock). It goes into the
//! prerender key (`src/model/prerender_key.rs`), so that cards prerendered by other
//! component code are rendered afresh instead of hydrated, even when the crate version did
//! not change.

use std::fs;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=src/components");
    println!("cargo:rerun-if-changed=Cargo.lock");
    let mut sources: Vec<PathBuf> = fs::read_dir("src/components")
        .expect("src/components is readable")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    sources.sort();
    let mut revision = Fnv64::default();
    for path in &sources {
        revision.feed(path.to_string_lossy().as_bytes());
        revision.feed(&fs::read(path).expect("a component source is readable"));
    }
    // Absent when the crate is built as a dependency of another workspace: the crate's own
    // Cargo.toml requirement on Yew then stands for it.
    let lock = fs::read_to_string("Cargo.lock").unwrap_or_default();
    let yew_version = lock.split("[[package]]").find(|package| package.contains("\nname = \"yew\"\n")).unwrap_or_default();
    revision.feed(yew_version.as_bytes());
    println!("cargo:rustc-env=ARTICLE_CARDS_MARKUP_REVISION={:016x}", revision.0);
}

struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv64 {
    fn feed(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}
