//! Splitting a full name written "Family Given Patronymic".

use super::fold;

/// Words that end an Uzbek, Azerbaijani or Russian-spelt patronymic
/// ("Karim o'g'li", "Namiq qızı", "Каримович" needs none), folded.
const PATRONYMIC_SUFFIXES: &[&str] = &["ogli", "ugli", "oglu", "qizi", "kizi", "угли", "огли", "оглы", "кизи", "кызы"];

/// The parts of a full name; a part is `None` when the name lacks it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct NameParts {
    /// The first word.
    pub family: Option<String>,
    /// The second word, unless it starts the patronymic.
    pub given: Option<String>,
    /// The rest, suffix included.
    pub patronymic: Option<String>,
}

/// Splits on spaces and commas: first word family name, second given name,
/// the rest the patronymic, so "o'g'li"/"qizi" stay with the father's name.
/// "Aliyev Karim o'g'li" has no given name: "Karim o'g'li" is a patronymic.
pub(crate) fn split_full_name(text: &str) -> NameParts {
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let is_suffix = |w: &str| PATRONYMIC_SUFFIXES.contains(&fold::key(w).as_str());
    let given_end = match words.as_slice() {
        [_, _, last] if is_suffix(last) => 1,
        _ => 2.min(words.len()),
    };
    let joined = |from: usize, to: usize| {
        let part = words.get(from..to).unwrap_or_default().join(" ");
        (!part.is_empty()).then_some(part)
    };
    NameParts {
        family: joined(0, 1.min(words.len())),
        given: joined(1.min(words.len()), given_end),
        patronymic: joined(given_end, words.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The three parts, "" where absent.
    fn parts(text: &str) -> [String; 3] {
        let p = split_full_name(text);
        [p.family, p.given, p.patronymic].map(Option::unwrap_or_default)
    }

    #[test]
    fn splits_three_ways_keeping_suffixes() {
        assert_eq!(parts("Тошматов Алишер Каримович"), ["Тошматов", "Алишер", "Каримович"]);
        assert_eq!(parts("Qo‘chqorov  Ulug‘bek Karim o‘g‘li"), ["Qo‘chqorov", "Ulug‘bek", "Karim o‘g‘li"]);
        assert_eq!(parts("Əliyeva, Səbinə Namiq qızı"), ["Əliyeva", "Səbinə", "Namiq qızı"]);
        assert_eq!(parts("Каримова Дилноза Ахмад қизи"), ["Каримова", "Дилноза", "Ахмад қизи"]);
    }

    #[test]
    fn short_names_leave_parts_empty() {
        assert_eq!(parts("Aliyev Vali"), ["Aliyev", "Vali", ""]);
        assert_eq!(parts("Aliyev"), ["Aliyev", "", ""]);
        assert_eq!(parts("  "), ["", "", ""]);
        assert_eq!(parts("Aliyev Karim o'g'li"), ["Aliyev", "", "Karim o'g'li"]);
    }
}
