//! The card's own words (labels, button texts, `aria-label`s): one table of built-in
//! translations, the choice of a language for a locale (`de-AT` → `de` → `en`), and the host's
//! overrides from the `labels` option. `{count}`, `{name}`, `{source}` and `{host}` in a word
//! are filled by the one formatting rule in [`super::template`].

/// A word of the card; its key in the `labels` option is in `KEYS`, in the same order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Word {
    RelatedResearch,
    RelatedCount,
    RelatedResearchFor,
    ShowCardsAbout,
    ImageUnavailable,
    Figure,
    Topics,
    LinkGoesTo,
    LinkArrow,
    Category,
    Type,
    Quality,
    Heat,
    Published,
    Yes,
    No,
}

const WORD_COUNT: usize = 16;

impl Word {
    pub const ALL: [Word; WORD_COUNT] = [
        Word::RelatedResearch,
        Word::RelatedCount,
        Word::RelatedResearchFor,
        Word::ShowCardsAbout,
        Word::ImageUnavailable,
        Word::Figure,
        Word::Topics,
        Word::LinkGoesTo,
        Word::LinkArrow,
        Word::Category,
        Word::Type,
        Word::Quality,
        Word::Heat,
        Word::Published,
        Word::Yes,
        Word::No,
    ];

    /// The word a `labels` key names.
    pub fn from_key(key: &str) -> Option<Word> {
        KEYS.iter().position(|known| *known == key).map(|index| Word::ALL[index])
    }
}

/// The `labels` keys, in the order of [`Word::ALL`].
const KEYS: [&str; WORD_COUNT] = [
    "relatedResearch",
    "relatedCount",
    "relatedResearchFor",
    "showCardsAbout",
    "imageUnavailable",
    "figure",
    "topics",
    "linkGoesTo",
    "linkArrow",
    "category",
    "type",
    "quality",
    "heat",
    "published",
    "yes",
    "no",
];

/// A built-in language: its primary tag, its direction and its words in [`Word::ALL`] order.
struct Language {
    tag: &'static str,
    rtl: bool,
    words: [&'static str; WORD_COUNT],
}

/// The built-in translations; the first is the fallback.
#[rustfmt::skip]
static LANGUAGES: [Language; 8] = [
    Language { tag: "en", rtl: false, words: [
        "Related research", "({count})", "Related research for this article ({count})",
        "Show cards about {name}", "Image unavailable", "Figure: {source}", "Topics",
        "Link goes to {host}", "→ ", "Category", "Type", "Quality", "Heat", "Published", "yes", "no",
    ] },
    Language { tag: "de", rtl: false, words: [
        "Verwandte Forschung", "({count})", "Verwandte Forschung zu diesem Artikel ({count})",
        "Karten zum Thema {name} anzeigen", "Bild nicht verfügbar", "Abbildung: {source}", "Themen",
        "Link führt zu {host}", "→ ", "Kategorie", "Typ", "Qualität", "Beliebtheit", "Veröffentlicht", "ja", "nein",
    ] },
    Language { tag: "fr", rtl: false, words: [
        "Travaux de recherche associés", "({count})", "Travaux de recherche associés à cet article ({count})",
        "Afficher les cartes sur {name}", "Image indisponible", "Figure\u{a0}: {source}", "Sujets",
        "Le lien mène à {host}", "→ ", "Catégorie", "Type", "Qualité", "Popularité", "Publié", "oui", "non",
    ] },
    Language { tag: "es", rtl: false, words: [
        "Investigación relacionada", "({count})", "Investigación relacionada con este artículo ({count})",
        "Mostrar tarjetas sobre {name}", "Imagen no disponible", "Figura: {source}", "Temas",
        "El enlace lleva a {host}", "→ ", "Categoría", "Tipo", "Calidad", "Popularidad", "Publicado", "sí", "no",
    ] },
    Language { tag: "pt", rtl: false, words: [
        "Pesquisas relacionadas", "({count})", "Pesquisas relacionadas a este artigo ({count})",
        "Mostrar cartões sobre {name}", "Imagem indisponível", "Figura: {source}", "Tópicos",
        "O link leva a {host}", "→ ", "Categoria", "Tipo", "Qualidade", "Popularidade", "Publicado", "sim", "não",
    ] },
    Language { tag: "ja", rtl: false, words: [
        "関連研究", "（{count}）", "この記事の関連研究（{count}件）",
        "{name}に関するカードを表示", "画像を表示できません", "図：{source}", "トピック",
        "リンク先：{host}", "→ ", "カテゴリ", "種類", "品質", "注目度", "公開", "はい", "いいえ",
    ] },
    Language { tag: "zh", rtl: false, words: [
        "相关研究", "（{count}）", "本文的相关研究（{count}）",
        "显示关于{name}的卡片", "图片无法显示", "图：{source}", "主题",
        "链接指向 {host}", "→ ", "类别", "类型", "质量", "热度", "已发布", "是", "否",
    ] },
    Language { tag: "ar", rtl: true, words: [
        "أبحاث ذات صلة", "({count})", "أبحاث ذات صلة بهذا المقال ({count})",
        "عرض البطاقات حول {name}", "الصورة غير متاحة", "الشكل: {source}", "المواضيع",
        "الرابط يؤدي إلى {host}", "← ", "الفئة", "النوع", "الجودة", "الرواج", "منشور", "نعم", "لا",
    ] },
];

/// The built-in language for a BCP 47 tag: the tag, then the tag without its last subtag,
/// and so on (`zh-Hant-TW` → `zh-Hant` → `zh`), case-insensitively; English otherwise.
fn language_for(locale: Option<&str>) -> &'static Language {
    let mut tag = locale.unwrap_or_default();
    loop {
        if let Some(found) = LANGUAGES.iter().find(|language| language.tag.eq_ignore_ascii_case(tag)) {
            return found;
        }
        match tag.bytes().rposition(|byte| byte == b'-') {
            Some(cut) => tag = &tag[..cut],
            None => return &LANGUAGES[0],
        }
    }
}

/// The host's own words from the `labels` option, which win over the built-in ones.
pub type Labels = Vec<(Word, String)>;

/// The words one list of cards is written with.
#[derive(Clone)]
pub struct Words {
    language: &'static Language,
    labels: Labels,
}

impl Words {
    /// The built-in words of `locale`'s language (English for `None`), with `labels` over them.
    pub fn new(locale: Option<&str>, labels: &[(Word, String)]) -> Words {
        Words { language: language_for(locale), labels: labels.to_vec() }
    }

    pub fn get(&self, word: Word) -> &str {
        match self.labels.iter().rfind(|(labelled, _)| *labelled == word) {
            Some((_, text)) => text,
            None => self.language.words[word as usize],
        }
    }

    /// The `dir` the words are written in: that of the built-in language chosen.
    pub fn direction(&self) -> &'static str {
        if self.language.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        std::ptr::eq(self.language, other.language) && self.labels == other.labels
    }
}

impl Default for Words {
    fn default() -> Self {
        Words::new(None, &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::template::{pieces, Piece};

    #[test]
    fn locales_fall_back_to_their_language_then_english() {
        let words = |tag: &str| Words::new(Some(tag), &[]).get(Word::RelatedResearch).to_owned();
        assert_eq!(words("de"), "Verwandte Forschung");
        assert_eq!(words("de-AT"), "Verwandte Forschung");
        assert_eq!(words("DE-at-1996"), "Verwandte Forschung");
        assert_eq!(words("zh-Hant-TW"), "相关研究");
        assert_eq!(words("pt-BR"), "Pesquisas relacionadas");
        assert_eq!(words("nl"), "Related research");
        assert_eq!(words("deu"), "Related research");
        assert_eq!(words(""), "Related research");
        assert_eq!(Words::new(None, &[]).get(Word::RelatedResearch), "Related research");
        assert_eq!(Words::new(Some("ar-EG"), &[]).direction(), "rtl");
        assert_eq!(Words::new(Some("en"), &[]).direction(), "ltr");
    }

    #[test]
    fn labels_override_single_words() {
        let labels = vec![(Word::Topics, "Tags".to_owned()), (Word::RelatedResearch, "Mehr".to_owned())];
        let words = Words::new(Some("de"), &labels);
        assert_eq!(words.get(Word::Topics), "Tags");
        assert_eq!(words.get(Word::RelatedResearch), "Mehr");
        assert_eq!(words.get(Word::ImageUnavailable), "Bild nicht verfügbar");
    }

    /// Each key names its own word, and the README and the TypeScript declarations list it.
    #[test]
    fn keys_name_the_words_and_are_documented() {
        let read = |path: &str| std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path));
        let (readme, types) = (read("README.md").expect("README"), read("js/article-cards.d.ts").expect("types"));
        for (index, key) in KEYS.iter().enumerate() {
            assert_eq!(Word::from_key(key), Some(Word::ALL[index]), "{key}");
            assert!(readme.contains(&format!("`{key}`")), "README documents {key}");
            assert!(types.contains(&format!("  {key}?: string;")), "article-cards.d.ts declares {key}");
        }
        assert_eq!(Word::from_key("relatedresearch"), None);
    }

    /// Every translation is there, differs from English where a reader would notice, and
    /// keeps exactly the placeholders of the English word.
    #[test]
    fn every_language_translates_every_word_with_its_placeholders() {
        let slots = |text: &str| -> Vec<String> {
            pieces(text)
                .into_iter()
                .filter_map(|piece| match piece {
                    Piece::Slot(name) => Some(name.to_owned()),
                    Piece::Text(_) => None,
                })
                .collect()
        };
        let english = &LANGUAGES[0];
        for language in &LANGUAGES[1..] {
            for (index, text) in language.words.iter().enumerate() {
                assert!(!text.trim().is_empty(), "{} {}", language.tag, KEYS[index]);
                assert_eq!(slots(text), slots(english.words[index]), "{} {}", language.tag, KEYS[index]);
            }
            assert_ne!(language.words[Word::RelatedResearch as usize], english.words[Word::RelatedResearch as usize]);
        }
    }
}
