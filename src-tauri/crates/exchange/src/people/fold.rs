//! Folding text for comparison: header names and patronymic suffixes are
//! written with and without apostrophes, diacritics and dots.

/// Lowercase words of `text`, with apostrophes dropped, Azerbaijani/Turkish
/// and Uzbek letters folded to their plain neighbours, and punctuation
/// treated as a word break. `#` reads as `№`, which is kept.
pub(crate) fn words(text: &str) -> Vec<String> {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            // Uzbek oʻ/gʻ and their many keyboard stand-ins.
            '\'' | '`' | 'ʻ' | 'ʼ' | 'ʹ' | '‘' | '’' | '‛' | '´' | '′' => {}
            // "İ".to_lowercase() is "i" plus a combining dot.
            '\u{307}' => {}
            'ı' => folded.push('i'),
            'ş' => folded.push('s'),
            'ç' => folded.push('c'),
            'ğ' => folded.push('g'),
            'ö' => folded.push('o'),
            'ü' => folded.push('u'),
            'ə' => folded.push('e'),
            'ё' => folded.push('е'),
            'ў' => folded.push('у'),
            'қ' => folded.push('к'),
            'ғ' => folded.push('г'),
            'ҳ' => folded.push('х'),
            '#' | '№' => folded.push_str(" № "),
            c if c.is_alphanumeric() => folded.push(c),
            _ => folded.push(' '),
        }
    }
    folded.split_whitespace().map(str::to_owned).collect()
}

/// The words of `text` run together: "F.I.Sh." and "FISh" give the same key.
pub(crate) fn key(text: &str) -> String {
    words(text).concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_meet() {
        assert_eq!(key("F.I.Sh."), key("fish"));
        assert_eq!(key("Tug‘ilgan sana"), key("Tug'ilgan  sana"));
        assert_eq!(key("Tugʻilgan sana"), "tugilgansana");
        assert_eq!(key("SOYADI"), key("Soyadı"));
        assert_eq!(key("İşçi"), "isci");
        assert_eq!(key("Бўлим"), key("булим"));
        assert_eq!(key("Таб. №"), key("таб#"));
        assert_eq!(words("Familiya (kirill)"), ["familiya", "kirill"]);
    }
}
