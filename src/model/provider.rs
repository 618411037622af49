//! Who published a record: name, domain, the badge monogram and its colour.

use std::rc::Rc;

use super::fingerprint::fingerprint;

/// Number of monogram colours in `styles/article-cards.css` (`.ac-monogram--0` …).
pub const MONOGRAM_PALETTE_SIZE: u32 = 12;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Provider {
    pub name: Option<Rc<str>>,
    /// Lower-cased, without a leading `www.`.
    pub domain: Option<Rc<str>>,
}

impl Provider {
    /// A provider of `name` and `domain` (normalised), each made an `Rc<str>` by `keep`
    /// (`Rc::from`, or sharing them within a feed).
    pub fn new(name: Option<&str>, domain: Option<&str>, mut keep: impl FnMut(&str) -> Rc<str>) -> Provider {
        let domain = domain.map(normalise_domain).filter(|d| !d.is_empty());
        Provider { name: name.map(&mut keep), domain: domain.as_deref().map(keep) }
    }

    /// The text shown as the provider's name: its name, else its domain.
    pub fn label(&self) -> Option<&str> {
        self.name.as_deref().or(self.domain.as_deref())
    }

    /// The badge's letter: the first letter or digit of the name (or domain).
    pub fn monogram(&self) -> String {
        self.label()
            .and_then(|label| label.chars().find(|&c| is_letter_like(c)))
            .map(|c| c.to_ascii_uppercase().to_string())
            .unwrap_or_else(|| "?".to_owned())
    }

    /// Which palette colour the badge uses, derived from the domain (or name) so the same
    /// provider always gets the same colour, with no network request.
    pub fn palette_index(&self) -> u32 {
        let key = self.domain.as_deref().or(self.name.as_deref()).unwrap_or("");
        fingerprint(&key.to_ascii_lowercase()) % MONOGRAM_PALETTE_SIZE
    }

    /// Whether a link to `link_host` goes somewhere other than this provider's domain,
    /// so the real host must be shown beside the badge. Subdomains count as the provider.
    pub fn is_foreign_host(&self, link_host: &str) -> bool {
        match self.domain.as_deref() {
            None => false,
            Some(domain) => {
                let host = normalise_domain(link_host);
                host != domain && !host.ends_with(&format!(".{domain}"))
            }
        }
    }
}

/// ASCII letters and digits, and any other script's characters but for punctuation and
/// spaces. (Rust's full Unicode tables would cost the shipped .wasm several kilobytes.)
fn is_letter_like(c: char) -> bool {
    let punctuation = matches!(c as u32, 0x00A0..=0x00BF | 0x2000..=0x206F | 0x3000..=0x303F | 0xFF01..=0xFF0F);
    c.is_ascii_alphanumeric() || (!c.is_ascii() && !punctuation && !c.is_whitespace())
}

fn normalise_domain(domain: &str) -> String {
    let lower = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    match lower.strip_prefix("www.") {
        Some(bare) => bare.to_owned(),
        None => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(name: &str, domain: &str) -> Provider {
        Provider::new(Some(name), Some(domain), |text| Rc::from(text))
    }

    #[test]
    fn monogram_is_the_first_letter_of_the_name() {
        assert_eq!(provider("Phys.org", "phys.org").monogram(), "P");
        assert_eq!(provider("arXiv", "arxiv.org").monogram(), "A");
        assert_eq!(provider("¡Hola! Ciencia", "hola.example").monogram(), "H");
        assert_eq!(provider("ناسا", "nasa.gov").monogram(), "ن");
        assert_eq!(Provider::new(None, Some("www.Nature.com"), |text| Rc::from(text)).monogram(), "N");
        assert_eq!(Provider::new(None, None, |text| Rc::from(text)).monogram(), "?");
    }

    #[test]
    fn colour_depends_on_the_domain_only_and_spreads_over_the_palette() {
        assert_eq!(
            provider("Phys.org", "phys.org").palette_index(),
            provider("Other name", "PHYS.ORG").palette_index()
        );
        let domains = [
            "phys.org",
            "nature.com",
            "science.org",
            "arxiv.org",
            "bbc.co.uk",
            "quantamagazine.org",
            "news.mit.edu",
            "arstechnica.com",
        ];
        let mut used: Vec<u32> = domains.iter().map(|d| provider("x", d).palette_index()).collect();
        used.sort_unstable();
        used.dedup();
        assert!(used.len() >= 5, "8 domains share too few colours: {used:?}");
        assert!(used.iter().all(|&i| i < MONOGRAM_PALETTE_SIZE));
    }

    #[test]
    fn a_link_elsewhere_than_the_provider_domain_is_foreign() {
        let nature = provider("Nature", "nature.com");
        assert!(!nature.is_foreign_host("www.nature.com"));
        assert!(!nature.is_foreign_host("nature.com"));
        assert!(!nature.is_foreign_host("media.nature.com"));
        assert!(nature.is_foreign_host("evilnature.com"));
        assert!(nature.is_foreign_host("nature.com.evil.example"));
        assert!(!Provider::new(Some("No domain"), None, |text| Rc::from(text)).is_foreign_host("anything.example"));
    }
}
