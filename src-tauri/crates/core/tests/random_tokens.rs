//! Random text where a certificate token, a date or a time is expected: refused, never a crash.

use malaka_core::certificate::{self as rules};
use malaka_core::{time, validate};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_text_as_a_token_is_read_or_refused(text in "\\PC{0,300}") {
        let _ = rules::read(&text);
        let _ = rules::verify(&text, &[[7; 32]]);
    }

    #[test]
    fn token_like_text_is_read_or_refused(body in "[A-Za-z0-9_-]{0,260}") {
        let _ = rules::verify(&format!("MLK1.{body}"), &[[7; 32]]);
    }

    #[test]
    fn any_text_as_a_date_or_time_is_refused_or_within_the_years(text in "[+-]?[0-9]{1,7}-[0-9]{1,3}-[0-9]{1,3}(T[0-9]{1,2}:[0-9]{1,2})?") {
        if let Ok(d) = validate::date("d", &text) {
            prop_assert!(validate::YEARS.contains(&chrono::Datelike::year(&d)));
        }
        if let Ok(t) = time::local("t", &text) {
            prop_assert!(validate::YEARS.contains(&chrono::Datelike::year(&t)));
        }
    }
}
