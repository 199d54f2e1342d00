//! Random input to every reader of untrusted files: it may be refused, never crash. Case counts
//! are modest so the suite stays quick in CI; a failure prints the input that caused it.

use chrono::{NaiveDate, Utc};
use malaka_exchange::ics::{Event, calendar};
use malaka_exchange::qr::{Grey, read_qr_grey, stated_size};
use malaka_exchange::read_table_bytes;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig { cases: 200, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_bytes_as_csv_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read_table_bytes("staff.csv", &bytes);
    }

    #[test]
    fn csv_like_text_is_read_or_refused(text in "[a-zA-Zʻ,;\"\\n\\r\\t0-9 .-]{0,400}") {
        let _ = read_table_bytes("staff.csv", text.as_bytes());
    }

    #[test]
    fn any_bytes_as_a_workbook_are_read_or_refused(tail in proptest::collection::vec(any::<u8>(), 0..1024)) {
        // Starting like a ZIP, so the workbook readers are the ones that get them.
        let bytes = [&b"PK\x03\x04"[..], &tail].concat();
        for name in ["staff.xlsx", "staff.ods", "staff.xls"] {
            let _ = read_table_bytes(name, &bytes);
        }
    }

    #[test]
    fn any_picture_header_is_sized_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let png = [&b"\x89PNG\r\n\x1a\n"[..], &bytes].concat();
        let _ = stated_size(&png);
        let jpeg = [&[0xFF, 0xD8][..], &bytes].concat();
        let _ = stated_size(&jpeg);
    }

    #[test]
    fn any_grey_picture_is_scanned_for_codes_without_a_panic(
        (width, height, pixels) in (1usize..48, 1usize..48).prop_flat_map(|(w, h)| {
            (Just(w), Just(h), proptest::collection::vec(any::<u8>(), w * h))
        })
    ) {
        let _ = read_qr_grey(&Grey { width, height, pixels: &pixels });
    }

    #[test]
    fn any_text_in_a_schedule_makes_folded_crlf_lines(
        summary in "\\PC{0,200}",
        location in proptest::option::of("\\PC{0,120}"),
        description in proptest::option::of("[\\PC\\n\\r;,\\\\]{0,200}"),
    ) {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let event = Event {
            uid: "x@malaka".into(),
            summary,
            location,
            description,
            starts_local: day.and_hms_opt(9, 0, 0).unwrap(),
            ends_local: day.and_hms_opt(12, 0, 0).unwrap(),
            time_zone: "Asia/Tashkent".into(),
            cancelled: false,
        };
        let ics = calendar("Reja", &[event], Utc::now()).unwrap();
        prop_assert!(ics.ends_with("\r\n"));
        for line in ics.split("\r\n") {
            prop_assert!(line.len() <= 75, "a line of {} octets: {line:?}", line.len());
            prop_assert!(!line.contains('\n') && !line.contains('\r'));
        }
    }
}
