//! Unicode normal forms without the work when the text is already in them: names arrive
//! composed (NFC) nearly always, and the full normalisers cost a pass and a copy per name, several
//! times per name in an import of 100,000 people.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick, is_nfd_quick};

/// `s` in NFC: borrowed when the quick check proves it already is.
pub(crate) fn nfc(s: &str) -> Cow<'_, str> {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        _ => Cow::Owned(s.nfc().collect()),
    }
}

/// `s` in NFD: borrowed when the quick check proves it already is.
pub(crate) fn nfd(s: &str) -> Cow<'_, str> {
    match is_nfd_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        _ => Cow::Owned(s.nfd().collect()),
    }
}

/// `s` made NFC, keeping its buffer when it already is.
pub(crate) fn into_nfc(s: String) -> String {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s,
        _ => s.nfc().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn composed_text_is_borrowed_and_decomposed_text_is_composed() {
        assert!(matches!(nfc("Gʻulomov Сергей Ağayev"), Cow::Borrowed(_)));
        assert_eq!(nfc("Сергеи\u{0306}"), "Сергей");
        assert!(matches!(nfd("karimov"), Cow::Borrowed(_)));
        assert_eq!(nfd("ğ"), "g\u{0306}");
        assert_eq!(into_nfc("I\u{0307}lqar".into()), "İlqar");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        /// The shortcut never changes the answer: the same as the full normalisers on any text,
        /// combining marks and Hangul included.
        #[test]
        fn same_as_the_full_normalisers(s in "[a-zA-Zа-яА-ЯёЁʻʼ'ğĞıİəƏ\u{0300}-\u{0308}\u{0327}\u{1100}-\u{1112}\u{1161}-\u{1175}\u{AC00}-\u{AC10} ]{0,24}") {
            prop_assert_eq!(nfc(&s).into_owned(), s.nfc().collect::<String>());
            prop_assert_eq!(nfd(&s).into_owned(), s.nfd().collect::<String>());
            prop_assert_eq!(into_nfc(s.clone()), s.nfc().collect::<String>());
        }
    }
}
