//! Uzbek Cyrillic ↔ Latin transliteration by the 1995 Uzbek Latin alphabet rules.
//!
//! Names reach Malaka in both scripts; this module converts between them so a record typed in
//! one script can be shown or searched in the other. Letters outside the tables pass through.

use crate::normal_form::nfc;

/// ʼ — the tutuq belgisi, Latin for ъ.
const TUTUQ: char = '\u{02BC}';

/// Cyrillic vowels; е becomes "ye" after these, ц becomes "ts" after these.
const CYR_VOWELS: &str = "аеёиоуыэюяў";

/// Signs accepted after o/g as the oʻ/gʻ modifier. U+02BC is included because people type it
/// there by mistake and no Uzbek word has оъ or гъ; this matches `names::normalize_name`.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '`' | '\u{2018}' | '\u{2019}' | '\u{02BB}' | '\u{02BC}')
}

/// A letter proper; ʻ and ʼ are Unicode letters (Lm) but act as signs here.
fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !is_apostrophe(c)
}

/// Lowercase of one char, for table look-ups (Cyrillic and ASCII map one-to-one).
fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Latin for the Cyrillic letters whose rendering does not depend on context.
fn cyr_base(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ё' => "yo",
        'ж' => "j",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "x",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "sh",
        'ъ' => "\u{02BC}",
        'ы' => "i",
        'ь' => "",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        'ў' => "o\u{02BB}",
        'қ' => "q",
        'ғ' => "g\u{02BB}",
        'ҳ' => "h",
        _ => return None,
    })
}

/// Converts Uzbek (and Russian) Cyrillic text to Uzbek Latin.
pub fn cyrillic_to_latin(s: &str) -> String {
    let chars: Vec<char> = nfc(s).chars().collect();
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for (i, &c) in chars.iter().enumerate() {
        let lc = lower(c);
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let prev_l = prev.map(lower);
        let word_start = prev.is_none_or(|p| !is_letter(p));
        let after_vowel = prev_l.is_some_and(|p| CYR_VOWELS.contains(p));
        let latin = match lc {
            'е' if word_start || after_vowel || matches!(prev_l, Some('ъ' | 'ь')) => "ye",
            'е' => "e",
            'ц' if after_vowel => "ts",
            'ц' => "s",
            _ => match cyr_base(lc) {
                Some(l) => l,
                None => {
                    out.push(c);
                    continue;
                }
            },
        };
        if c.is_uppercase() {
            // A digraph is all caps inside an all-caps word (ШОҲ → SHOH), title case otherwise.
            let all_caps = match next {
                Some(n) if n.is_alphabetic() => n.is_uppercase(),
                _ => prev.is_some_and(|p| p.is_alphabetic() && p.is_uppercase()),
            };
            let mut it = latin.chars();
            if let Some(first) = it.next() {
                out.extend(first.to_uppercase());
                if all_caps {
                    it.for_each(|r| out.extend(r.to_uppercase()));
                } else {
                    out.extend(it);
                }
            }
        } else {
            out.push_str(latin);
        }
        // сҳ is written sʼh so that it is not read back as ш.
        if lc == 'с' && next.map(lower) == Some('ҳ') {
            out.push(TUTUQ);
        }
    }
    out
}

/// Converts Uzbek Latin text to Uzbek Cyrillic.
pub fn latin_to_cyrillic(s: &str) -> String {
    const DIGRAPHS: [(char, char, char); 7] = [
        ('s', 'h', 'ш'),
        ('c', 'h', 'ч'),
        ('t', 's', 'ц'),
        ('y', 'o', 'ё'),
        ('y', 'u', 'ю'),
        ('y', 'a', 'я'),
        ('y', 'e', 'е'),
    ];
    let chars: Vec<char> = nfc(s).chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let lower_at = |i: usize| at(i).map(|c| c.to_ascii_lowercase());
    let mut out = String::with_capacity(s.len());
    // The last Cyrillic letter written, for the ъ rule.
    let mut prev_out: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let lc = c.to_ascii_lowercase();
        let sign_at = |j: usize| at(j).is_some_and(is_apostrophe);
        let (cyr, used) = if matches!(lc, 'o' | 'g') && sign_at(i + 1) {
            (if lc == 'o' { 'ў' } else { 'ғ' }, 2)
        } else if lc == 's' && sign_at(i + 1) && lower_at(i + 2) == Some('h') {
            // sʼh is с + ҳ; the sign only keeps it apart from sh.
            ('с', 2)
        } else if lc == 'y' && lower_at(i + 1) == Some('o') && sign_at(i + 2) {
            // yoʻ is й + ў, not ё + sign.
            ('й', 1)
        } else if let Some(&(_, _, d)) = DIGRAPHS.iter().find(|&&(a, b, _)| a == lc && lower_at(i + 1) == Some(b)) {
            (d, 2)
        } else if lc == 'e' {
            // Also э after a sign: Cyrillic е after ъ or ў would have been written "ye".
            let after_letter = i.checked_sub(1).is_some_and(|j| is_letter(chars[j]));
            (if after_letter { 'е' } else { 'э' }, 1)
        } else if is_apostrophe(c) {
            // A sign between letters is the tutuq belgisi (ъ); elsewhere it is punctuation.
            if prev_out.is_some_and(is_letter) && at(i + 1).is_some_and(is_letter) {
                ('ъ', 1)
            } else {
                out.push(c);
                prev_out = None;
                i += 1;
                continue;
            }
        } else if let Some(d) = lat_single(lc) {
            (d, 1)
        } else {
            // Not an Uzbek Latin letter (c, w, digits, other scripts): keep it.
            out.push(c);
            prev_out = Some(c);
            i += 1;
            continue;
        };
        if c.is_uppercase() {
            out.extend(cyr.to_uppercase());
        } else {
            out.push(cyr);
        }
        prev_out = Some(cyr);
        i += used;
    }
    out
}

/// Cyrillic for single Uzbek Latin letters (e and the digraphs are handled by the caller).
fn lat_single(c: char) -> Option<char> {
    const TABLE: &[(char, char)] = &[
        ('a', 'а'),
        ('b', 'б'),
        ('d', 'д'),
        ('f', 'ф'),
        ('g', 'г'),
        ('h', 'ҳ'),
        ('i', 'и'),
        ('j', 'ж'),
        ('k', 'к'),
        ('l', 'л'),
        ('m', 'м'),
        ('n', 'н'),
        ('o', 'о'),
        ('p', 'п'),
        ('q', 'қ'),
        ('r', 'р'),
        ('s', 'с'),
        ('t', 'т'),
        ('u', 'у'),
        ('v', 'в'),
        ('x', 'х'),
        ('y', 'й'),
        ('z', 'з'),
    ];
    TABLE.iter().find(|&&(l, _)| l == c).map(|&(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c2l(s: &str) -> String {
        cyrillic_to_latin(s)
    }
    fn l2c(s: &str) -> String {
        latin_to_cyrillic(s)
    }

    #[test]
    fn round_trips_typical_names() {
        for (cyr, lat) in [
            ("Шоҳруҳ Тошматов", "Shohruh Toshmatov"),
            ("Ўткир Ғуломов", "Oʻtkir Gʻulomov"),
            ("Исҳоқ", "Isʼhoq"),
            ("Тошкент", "Toshkent"),
            ("Юлдуз", "Yulduz"),
            ("Маъмура", "Maʼmura"),
            ("Евгений", "Yevgeniy"),
            ("Йўлдош", "Yoʻldosh"),
            ("Ёқуб Эргашев", "Yoqub Ergashev"),
            ("Ҳилола Яхёева", "Hilola Yaxyoyeva"),
            ("Чўлпон", "Choʻlpon"),
            ("Нигора Абдуллаева", "Nigora Abdullayeva"),
            ("Элёр", "Elyor"),
            ("Алиев", "Aliyev"),
        ] {
            assert_eq!(c2l(cyr), lat, "{cyr}");
            assert_eq!(l2c(lat), cyr, "{lat}");
        }
    }

    #[test]
    fn every_simple_cyrillic_letter() {
        assert_eq!(c2l("абвгдёжзийклмнопрстуфхчшщыэюяўқғҳ"), "abvgdyojziyklmnoprstufxchshshieyuyaoʻqgʻh");
        assert_eq!(c2l("ъ"), "\u{02BC}");
        assert_eq!(c2l("Ильич"), "Ilich");
    }

    #[test]
    fn ye_rule() {
        assert_eq!(c2l("Елена"), "Yelena");
        assert_eq!(c2l("Сергей"), "Sergey");
        assert_eq!(c2l("Алексеев"), "Alekseyev");
        assert_eq!(c2l("Васильевич"), "Vasilyevich");
        assert_eq!(c2l("съезд"), "sʼyezd");
        assert_eq!(c2l("Ота-Ерали"), "Ota-Yerali");
        assert_eq!(c2l("е"), "ye");
    }

    #[test]
    fn ts_rule() {
        assert_eq!(c2l("Цех"), "Sex");
        assert_eq!(c2l("милиция"), "militsiya");
        assert_eq!(c2l("Абзац"), "Abzats");
        assert_eq!(c2l("концерт"), "konsert");
        assert_eq!(l2c("militsiya"), "милиция");
    }

    #[test]
    fn s_h_is_kept_apart_from_sh() {
        assert_eq!(c2l("Исҳоқ"), "Isʼhoq");
        assert_eq!(c2l("ИСҲОҚ"), "ISʼHOQ");
        assert_eq!(c2l("Иш"), "Ish");
        assert_eq!(l2c("Is'hoq"), "Исҳоқ");
        assert_eq!(l2c("Ish"), "Иш");
    }

    #[test]
    fn case_is_preserved() {
        assert_eq!(c2l("ШОҲРУҲ ТОШМАТОВ"), "SHOHRUH TOSHMATOV");
        assert_eq!(c2l("ЎТКИР ҒУЛОМОВ"), "OʻTKIR GʻULOMOV");
        assert_eq!(c2l("ЕВГЕНИЙ"), "YEVGENIY");
        assert_eq!(c2l("ЁҚУБ"), "YOQUB");
        assert_eq!(c2l("Ш"), "Sh");
        assert_eq!(c2l("Ш. Ё."), "Sh. Yo.");
        assert_eq!(c2l("ТОШ"), "TOSH");
        assert_eq!(c2l("Ўғил"), "Oʻgʻil");
        assert_eq!(l2c("SHOHRUH TOSHMATOV"), "ШОҲРУҲ ТОШМАТОВ");
        assert_eq!(l2c("OʻTKIR GʻULOMOV"), "ЎТКИР ҒУЛОМОВ");
        assert_eq!(l2c("YULDUZ"), "ЮЛДУЗ");
        assert_eq!(l2c("Sh. Ch."), "Ш. Ч.");
    }

    #[test]
    fn modifier_variants_are_accepted() {
        for sign in ['\u{02BB}', '\u{2018}', '\'', '`', '\u{2019}', '\u{02BC}'] {
            assert_eq!(l2c(&format!("O{sign}tkir G{sign}ulomov")), "Ўткир Ғуломов", "{sign:?}");
        }
        assert_eq!(l2c("tog'"), "тоғ");
    }

    #[test]
    fn tutuq_becomes_hard_sign_between_letters() {
        assert_eq!(l2c("Maʼmura"), "Маъмура");
        assert_eq!(l2c("Ma'mura"), "Маъмура");
        assert_eq!(l2c("sanʼat"), "санъат");
        assert_eq!(l2c("eʼlon"), "эълон");
        assert_eq!(c2l("эълон"), "eʼlon");
        // Quotes around a word are punctuation, not ъ.
        assert_eq!(l2c("'Ali'"), "'Али'");
        assert_eq!(l2c("moʻʼjiza"), "мўъжиза");
    }

    #[test]
    fn e_at_word_start_is_e_reversed() {
        assert_eq!(l2c("Erkin"), "Эркин");
        assert_eq!(l2c("Yelena"), "Елена");
        assert_eq!(l2c("Toshkent"), "Тошкент");
        assert_eq!(l2c("Ota-Ergash"), "Ота-Эргаш");
        assert_eq!(l2c("ERKIN"), "ЭРКИН");
        // Mid-word e is е even after a vowel, so the Russian-style "Aliev" still reads right.
        assert_eq!(l2c("Aliev"), "Алиев");
    }

    #[test]
    fn latin_letters_and_digraphs() {
        assert_eq!(l2c("abdfghijklmnopqrstuvxyz"), "абдфгҳижклмнопқрстувхйз");
        assert_eq!(l2c("shchtsyoyuyaye"), "шчцёюяе");
        assert_eq!(l2c("Tsoy"), "Цой");
    }

    #[test]
    fn other_characters_pass_through() {
        assert_eq!(c2l(""), "");
        assert_eq!(l2c(""), "");
        assert_eq!(c2l("Ali 12, Вали!"), "Ali 12, Vali!");
        assert_eq!(l2c("Вали 12, Ali!"), "Вали 12, Али!");
        assert_eq!(c2l("Məmmədov"), "Məmmədov");
        assert_eq!(l2c("Məmmədov"), "Мəммəдов");
        assert_eq!(l2c("Wc"), "Wc");
    }

    #[test]
    fn decomposed_input_is_composed_first() {
        // й typed as и + combining breve.
        assert_eq!(c2l("Сергеи\u{0306}"), "Sergey");
    }
}
