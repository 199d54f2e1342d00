//! People's names: the stored form and the folded search key.
//!
//! Names are typed in Uzbek Latin, Uzbek Cyrillic, Russian Cyrillic and Azerbaijani Latin, with
//! whatever apostrophe the keyboard offers. `normalize_name` tidies what is stored without
//! changing what the person's name is; `search_key` folds all those spellings to one form.
//!
//! Letter case is never changed in the stored form: Rust's case mapping is not Turkic-aware
//! (`'İ'.to_lowercase()` is "i̇" with a combining dot, `'I'.to_lowercase()` is "i", not "ı"),
//! so lowering or title-casing an Azerbaijani name would corrupt it. The search key lowercases
//! with its own Turkic-safe rule because it folds ı/i/İ/I together anyway.

use unicode_normalization::char::is_combining_mark;

use crate::normal_form::{into_nfc, nfc, nfd};
use crate::translit::cyrillic_to_latin;

/// ʻ — the sign in Uzbek oʻ and gʻ.
const MODIFIER: char = '\u{02BB}';
/// ʼ — the tutuq belgisi (Uzbek apostrophe, Latin for ъ).
const TUTUQ: char = '\u{02BC}';

/// Apostrophe-like signs people type for ʻ and ʼ.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{00B4}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2032}'
            | '\u{02B9}'
            | '\u{02BB}'
            | '\u{02BC}'
            | '\u{02BD}'
    )
}

/// Invisible format characters that sneak in from copy-paste and would split or hide a name.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
}

/// A letter proper; ʻ and ʼ are Unicode letters (Lm) but act as signs here.
fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !is_apostrophe(c)
}

/// The form of a name that is stored: NFC, single-spaced, with the Uzbek signs made canonical.
pub fn normalize_name(s: &str) -> String {
    let chars: Vec<char> = nfc(s).chars().filter(|&c| !is_invisible(c)).collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            // Collapse runs and drop leading ones; a trailing one is trimmed below.
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        if is_apostrophe(c) {
            if matches!(prev, Some('o' | 'g' | 'O' | 'G')) {
                // Latin oʻ / gʻ, also at the end of a word (togʻ).
                out.push(MODIFIER);
                continue;
            }
            if prev.is_some_and(is_letter) && next.is_some_and(is_letter) {
                out.push(TUTUQ);
                continue;
            }
        }
        out.push(c);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Cyrillic letters outside the Uzbek alphabet (Azerbaijani, Kazakh) mapped to the Uzbek
/// letter that transliterates the same way, so the е/ц context rules still see vowels.
fn fold_other_cyrillic(c: char) -> char {
    match c {
        'ә' => 'а',
        'Ә' => 'А',
        'ҝ' => 'г',
        'Ҝ' => 'Г',
        'ј' => 'й',
        'Ј' => 'Й',
        'ө' => 'о',
        'Ө' => 'О',
        'ү' | 'ұ' => 'у',
        'Ү' | 'Ұ' => 'У',
        'һ' => 'ҳ',
        'Һ' => 'Ҳ',
        'ң' => 'н',
        'Ң' => 'Н',
        'і' => 'и',
        'І' => 'И',
        _ => c,
    }
}

/// Latin letters folded before diacritics are stripped; ş and ç must become digraphs (Uzbek
/// sh, ch), not bare s and c. Input is already lowercase.
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'ı' => "i",
        'ə' => "a",
        'ğ' => "g",
        'ş' => "sh",
        'ç' => "ch",
        'ö' => "o",
        'ü' => "u",
        // Latin ë stands for Russian ё, which transliterates to "yo".
        'ë' => "yo",
        _ => return None,
    })
}

/// The folded form of a name used for searching: script-, case- and apostrophe-independent.
pub fn search_key(s: &str) -> String {
    let pre: String = nfc(s).chars().map(fold_other_cyrillic).collect();
    let latin = cyrillic_to_latin(&pre);
    let mut folded = String::with_capacity(latin.len());
    let mut fold = |l: char| match fold_latin(l) {
        Some(f) => folded.push_str(f),
        None => folded.push(l),
    };
    for c in latin.chars() {
        // Turkic-safe lowercase: İ, I and ı all mean i here.
        match c {
            'İ' | 'I' => fold('i'),
            _ => c.to_lowercase().for_each(&mut fold),
        }
    }
    let mut out = String::with_capacity(folded.len());
    for c in nfd(&folded).chars() {
        if is_combining_mark(c) || is_apostrophe(c) || is_invisible(c) {
            continue;
        }
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    // NFD also split Hangul syllables into jamo; put them back together.
    into_nfc(out)
}

/// The search key split into distinct words, in order of first appearance.
pub fn search_tokens(s: &str) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    for t in search_key(s).split(' ').filter(|t| !t.is_empty()) {
        if !tokens.iter().any(|x| x == t) {
            tokens.push(t.to_owned());
        }
    }
    tokens
}

/// Spellings of one sound, longest first, as officers type a name from a Russian-style
/// document, a passport or an Azerbaijani keyboard without its letters: kh/x/ҳ/х are h, ks is x,
/// ts/ц is s, dzh/dj/zh/c (Azerbaijani c) are j, q is k. `ch` and `sh` stay themselves.
const SOUNDS: [(&str, &str); 13] = [
    ("shch", "sh"),
    ("dzh", "j"),
    ("ch", "ch"),
    ("sh", "sh"),
    ("kh", "h"),
    ("ks", "h"),
    ("dj", "j"),
    ("zh", "j"),
    ("ts", "s"),
    ("ye", "a"),
    ("x", "h"),
    ("c", "j"),
    ("q", "k"),
];

/// The loose form of one search token (from [`search_tokens`]): the spelling variants of a name
/// fold to one key, so "Kholmatov" meets Xolmatov, "Tsoy" Цой, "Alexey" Алексей and "Aliev"
/// Əliyev. Vowels fold too (y is i, e and ye are a, as ə is), and doubled letters count once
/// (Mammadov, Mamedov). Too loose to rank by; searches try the exact tokens first.
pub fn sound_key(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    let mut rest = token;
    while let Some(c) = rest.chars().next() {
        let (sound, len) = match SOUNDS.iter().find(|(spelling, _)| rest.starts_with(spelling)) {
            Some((spelling, sound)) => (*sound, spelling.len()),
            None => (
                match c {
                    'y' => "i",
                    'e' => "a",
                    'w' => "v",
                    _ => &rest[..c.len_utf8()],
                },
                c.len_utf8(),
            ),
        };
        for s in sound.chars() {
            // A doubled letter sounds once (only letters: 2 and 22 stay apart).
            if !(s.is_alphabetic() && out.ends_with(s)) {
                out.push(s);
            }
        }
        rest = &rest[len..];
    }
    out
}

/// The loose keys of `tokens` that differ from every exact token, in order, without repeats.
pub fn sound_tokens(tokens: &[String]) -> Vec<String> {
    let mut sounds: Vec<String> = Vec::new();
    for t in tokens {
        let s = sound_key(t);
        if !tokens.contains(&s) && !sounds.contains(&s) {
            sounds.push(s);
        }
    }
    sounds
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The loose key of a whole name as typed.
    fn sounds(name: &str) -> Vec<String> {
        search_tokens(name).iter().map(|t| sound_key(t)).collect()
    }

    #[test]
    fn spellings_from_documents_meet_the_register() {
        for (typed, stored) in [
            ("Хасанов", "Hasanov"),
            ("Hasanov", "Ҳасанов"),
            ("Kholmatov", "Xolmatov"),
            ("Холматов", "Xolmatov"),
            ("Tsoy", "Цой"),
            ("Tsoi", "Цой"),
            ("Alexey", "Алексей"),
            ("Aleksei", "Алексей"),
            ("Aliev", "Əliyev"),
            ("Aliyev", "Алиев"),
            ("Mamedov", "Məmmədov"),
            ("Dzhafarov", "Cəfərov"),
            ("Jafarov", "Cəfərov"),
            ("Evgeniy", "Евгений"),
            ("Yevgeny", "Евгений"),
            ("Yulia", "Юлия"),
            ("Mariya", "Maria"),
            ("Shokhrukh", "Shohruh"),
            ("Kadirov", "Qadirov"),
            ("Shchukin", "Щукин"),
            ("Gozal", "Gözəl"),
            ("Gulnara", "Gʻulnara"),
        ] {
            assert_eq!(sounds(typed), sounds(stored), "{typed} ~ {stored}");
        }
    }

    #[test]
    fn different_names_keep_different_sounds() {
        for (a, b) in [("Karimov", "Qodirov"), ("Sharipov", "Charipov"), ("Ali", "Vali"), ("Tursunov", "Tursunova")] {
            assert_ne!(sounds(a), sounds(b), "{a} / {b}");
        }
        assert_eq!(sound_key("2"), "2");
        assert_eq!(sound_key("22"), "22");
        assert_eq!(sound_key(""), "");
    }

    #[test]
    fn sound_tokens_add_only_what_differs() {
        let exact = search_tokens("Hasanov Ali");
        assert!(sound_tokens(&exact).is_empty(), "{:?}", sound_tokens(&exact));
        let exact = search_tokens("Xolmatov Aleksey");
        assert_eq!(sound_tokens(&exact), vec!["holmatov".to_string(), "alahai".to_string()]);
    }

    #[test]
    fn normalize_trims_and_collapses_whitespace() {
        assert_eq!(normalize_name(""), "");
        assert_eq!(normalize_name("   "), "");
        assert_eq!(normalize_name("  Ali \t\n Valiyev  "), "Ali Valiyev");
        assert_eq!(normalize_name("Ali\u{00A0}\u{00A0}Valiyev"), "Ali Valiyev");
        assert_eq!(normalize_name("Ali\u{200B}jon"), "Alijon");
    }

    #[test]
    fn normalize_composes_nfc() {
        assert_eq!(normalize_name("Сергеи\u{0306}"), "Сергей");
        assert_eq!(normalize_name("I\u{0307}lqar"), "İlqar");
        assert_eq!(normalize_name("Mammad Ag\u{0306}ayev"), "Mammad Ağayev");
    }

    #[test]
    fn normalize_makes_o_g_modifier_canonical() {
        for sign in ['\'', '`', '\u{2018}', '\u{2019}', '\u{02BC}', '\u{02BB}'] {
            assert_eq!(normalize_name(&format!("O{sign}tkir G{sign}ulomov")), "Oʻtkir Gʻulomov", "{sign:?}");
            assert_eq!(normalize_name(&format!("YO{sign}LDOSH to{sign}g{sign}")), "YOʻLDOSH toʻgʻ");
        }
    }

    #[test]
    fn normalize_makes_tutuq_canonical() {
        for sign in ['\'', '`', '\u{2018}', '\u{2019}', '\u{02BB}', '\u{02BC}'] {
            assert_eq!(normalize_name(&format!("Ma{sign}mura Is{sign}hoqova")), "Maʼmura Isʼhoqova", "{sign:?}");
        }
        // Not between letters: left alone.
        assert_eq!(normalize_name("'Ali' Vali'"), "'Ali' Vali'");
    }

    #[test]
    fn normalize_never_changes_case() {
        assert_eq!(normalize_name("İLQAR ıldırım"), "İLQAR ıldırım");
        assert_eq!(normalize_name("шоҳруҳ ТОШМАТОВ"), "шоҳруҳ ТОШМАТОВ");
        assert_eq!(normalize_name("Məmmədov 2"), "Məmmədov 2");
    }

    #[test]
    fn key_is_script_and_case_independent() {
        let k = search_key("Шоҳруҳ");
        assert_eq!(k, "shohruh");
        assert_eq!(search_key("Shohruh"), k);
        assert_eq!(search_key("SHOHRUH"), k);
        assert_eq!(search_key("ШОҲРУҲ"), k);
        assert_eq!(search_key("Иванов Сергей"), "ivanov sergey");
        assert_eq!(search_key("Ivanov Sergey"), "ivanov sergey");
        assert_eq!(search_key("Алиев"), search_key("Aliyev"));
        assert_eq!(search_key("Исҳоқ"), search_key("Is'hoq"));
        assert_eq!(search_key("Маъмура"), search_key("Ma'mura"));
    }

    #[test]
    fn key_ignores_apostrophe_variants() {
        let k = search_key("Ўткир");
        assert_eq!(k, "otkir");
        for v in ["O'tkir", "Oʻtkir", "O`tkir", "O‘tkir", "O’tkir", "Oʼtkir", "OTKIR"] {
            assert_eq!(search_key(v), k, "{v}");
        }
        assert_eq!(search_key("Ғулом"), search_key("G'ulom"));
    }

    #[test]
    fn key_folds_azerbaijani_and_turkic_i() {
        assert_eq!(search_key("Məmmədov"), "mammadov");
        assert_eq!(search_key("MƏMMƏDOV"), "mammadov");
        assert_eq!(search_key("İlqar"), "ilqar");
        assert_eq!(search_key("ILQAR"), "ilqar");
        assert_eq!(search_key("ılqar"), "ilqar");
        assert_eq!(search_key("Ağayev"), "agayev");
        assert_eq!(search_key("Şahin Çingiz"), search_key("Шаҳин Чингиз"));
        assert_eq!(search_key("Gözəl Gülnarə"), "gozal gulnara");
        assert_eq!(search_key("Əliyev"), search_key("Алиев"));
    }

    #[test]
    fn key_folds_other_cyrillic() {
        assert_eq!(search_key("Әлијев"), "aliyev");
        assert_eq!(search_key("Һүсејн"), "huseyn");
        assert_eq!(search_key("Ҝөзәл"), "gozal");
        assert_eq!(search_key("Мәмmədov"), "mammadov");
        assert_eq!(search_key("Щукин Ы"), "shukin i");
        assert_eq!(search_key("Подъячев Ильич"), "podyachev ilich");
    }

    #[test]
    fn key_folds_yo() {
        assert_eq!(search_key("Фёдор"), "fyodor");
        assert_eq!(search_key("Fëdor"), "fyodor");
        assert_eq!(search_key("Fyodor"), "fyodor");
        assert_eq!(search_key("Ёқуб"), search_key("Yoqub"));
    }

    #[test]
    fn key_strips_other_diacritics() {
        assert_eq!(search_key("José Müller"), "jose muller");
        assert_eq!(search_key("Ñúñez"), "nunez");
        assert_eq!(search_key("Ali\u{200B}jon"), "alijon");
    }

    #[test]
    fn key_keeps_digits_and_spaces_punctuation() {
        assert_eq!(search_key(""), "");
        assert_eq!(search_key(" -- "), "");
        assert_eq!(search_key("Ali-Vali,  Guruh №12"), "ali vali guruh 12");
        assert_eq!(search_key("  Тошматов,Шоҳруҳ. "), "toshmatov shohruh");
    }

    #[test]
    fn key_handles_mixed_scripts() {
        assert_eq!(search_key("Шоҳруҳ Toshmatov"), "shohruh toshmatov");
        assert_eq!(search_key("Shohruh Тошматов"), "shohruh toshmatov");
    }

    #[test]
    fn tokens_are_split_and_deduplicated() {
        assert!(search_tokens("").is_empty());
        assert!(search_tokens(" ,. ").is_empty());
        assert_eq!(search_tokens("Али Валиев Ali"), vec!["ali".to_string(), "valiyev".to_string()]);
        assert_eq!(
            search_tokens("  O'tkir,  Ўткир G'ulomov 2 "),
            vec!["otkir".to_string(), "gulomov".to_string(), "2".to_string()]
        );
    }
}
