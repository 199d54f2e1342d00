//! Guessing the field delimiter of a CSV file.

/// Candidates in tie-break order: Excel in Cyrillic and Azerbaijani locales
/// writes `;`, "text" exports use tab, the rest of the world uses `,`.
const CANDIDATES: [char; 3] = [';', '\t', ','];

/// How many records after the header are looked at to break a tie.
const SAMPLE: usize = 50;

/// Removes Excel's `sep=X` hint line, returning the rest and the delimiter.
pub(crate) fn strip_sep_line(text: &str) -> (&str, Option<char>) {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let hint = first.trim().trim_matches('"');
    let Some(value) = hint.get(..4).filter(|p| p.eq_ignore_ascii_case("sep=")).map(|_| &hint[4..]) else {
        return (text, None);
    };
    let mut chars = value.chars();
    match (chars.next(), chars.next()) {
        // The csv parser takes one byte, so only ASCII hints are honoured.
        (Some(c), None) if c.is_ascii() => (rest, Some(c)),
        _ => (text, None),
    }
}

/// Picks the delimiter: among candidates present in the header (outside
/// quotes), the one that splits the following records into as many fields as
/// the header, then the most frequent in the header.
pub(crate) fn detect(text: &str) -> char {
    let counts: Vec<Vec<usize>> = CANDIDATES.iter().map(|&d| field_counts(text, d, SAMPLE + 1)).collect();
    let header_fields = |i: usize| counts[i].first().copied().unwrap_or(1);
    let present: Vec<usize> = (0..CANDIDATES.len()).filter(|&i| header_fields(i) > 1).collect();

    if present.is_empty() {
        // One column: choose the candidate that splits the rest of the file
        // least, so names like "Aliyev, Vali" stay whole.
        let splits = |i: usize| -> usize { field_counts(text, CANDIDATES[i], usize::MAX).iter().map(|n| n - 1).sum() };
        let best = (0..CANDIDATES.len()).min_by_key(|&i| (splits(i), i)).unwrap_or(0);
        return CANDIDATES[best];
    }
    let agreeing = |i: usize| counts[i].iter().skip(1).filter(|&&n| n == header_fields(i)).count();
    let best = present.into_iter().max_by_key(|&i| (agreeing(i), header_fields(i), std::cmp::Reverse(i))).unwrap_or(0);
    CANDIDATES[best]
}

/// Field counts of the first `limit` non-blank records, honouring quotes.
fn field_counts(text: &str, delimiter: char, limit: usize) -> Vec<usize> {
    let mut counts = Vec::new();
    let mut fields = 1;
    let mut has_content = false;
    let mut in_quotes = false;
    for c in text.chars() {
        if counts.len() >= limit {
            return counts;
        }
        match c {
            // A doubled quote toggles twice, which is what it should do.
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => {
                if has_content {
                    counts.push(fields);
                }
                fields = 1;
                has_content = false;
                continue;
            }
            '\r' if !in_quotes => continue,
            c if c == delimiter && !in_quotes => fields += 1,
            _ => {}
        }
        has_content = true;
    }
    if has_content && counts.len() < limit {
        counts.push(fields);
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolon_comma_and_tab() {
        assert_eq!(detect("Familiya;Ism;Lavozim\nA;B;C\n"), ';');
        assert_eq!(detect("Surname,Name,Position\nA,B,C\n"), ',');
        assert_eq!(detect("Surname\tName\nA\tB\n"), '\t');
    }

    #[test]
    fn delimiters_inside_quotes_do_not_count() {
        assert_eq!(detect("\"a;b;c\",\"d;e\",f\n1,2,3\n"), ',');
    }

    #[test]
    fn comma_inside_an_unquoted_header_loses_to_consistent_semicolon() {
        let text = "Soyad, ad, ata adı;Vəzifə\nƏliyev Vüqar Namiq oğlu;Müdir\nQasımova Aysel;Mühasib\n";
        assert_eq!(detect(text), ';');
    }

    #[test]
    fn single_column_picks_the_candidate_that_splits_nothing() {
        assert_eq!(detect("ФИО\nAliyev, Vali\nKarimov, Ali\n"), ';');
        assert_eq!(detect("ФИО\nA;B\nC;D\n"), '\t');
    }

    #[test]
    fn sep_hint_line() {
        assert_eq!(strip_sep_line("sep=;\nA;B\n"), ("A;B\n", Some(';')));
        assert_eq!(strip_sep_line("\"sep=,\"\r\nA,B"), ("A,B", Some(',')));
        assert_eq!(strip_sep_line("separator;x\n"), ("separator;x\n", None));
    }
}
