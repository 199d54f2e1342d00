//! Person search on the demo register, as officers type names from their documents.

mod common;

use malaka_api::Malaka;
use malaka_api::core::model::Person;
use malaka_api::core::names::search_key;

/// The page a search box shows.
const PAGE: i64 = 20;

async fn demo() -> (tempfile::TempDir, Malaka) {
    let (dir, app) = common::register().await;
    app.demo_load().await.unwrap();
    (dir, app)
}

fn names(people: &[Person]) -> Vec<String> {
    people.iter().map(|p| format!("{} {}", p.family_name, p.given_name)).collect()
}

/// Whether any of the person's names, in either script, is `family` folded.
fn named(p: &Person, family: &str) -> bool {
    let want = search_key(family);
    [Some(&p.family_name), p.family_name_alt.as_ref()].into_iter().flatten().any(|n| search_key(n) == want)
}

on_both_backends! {
    async fn each_spelling_from_a_document_finds_its_person_on_the_first_page() {
        let (_dir, app) = demo().await;
        for (typed, family) in
            [("Хасанов", "Hasanov"), ("Kholmatov", "Xolmatov"), ("Tsoy", "Цой"), ("Alexey", "Алексей"), ("Aliev", "Əliyev")]
        {
            let found = app.person_search(typed, PAGE).await.unwrap();
            let given_or_family = |p: &Person| named(p, family) || search_key(&p.given_name) == search_key(family);
            assert!(found.iter().any(given_or_family), "{typed} should find {family}: {:?}", names(&found));
        }
    }

    async fn exact_spellings_come_before_names_that_only_sound_alike() {
        let (_dir, app) = demo().await;
        let found = app.person_search("Hasanov", PAGE).await.unwrap();
        let exact = found.iter().take_while(|p| named(p, "Hasanov")).count();
        assert!(exact > 0, "{:?}", names(&found));
        assert!(found[exact..].iter().all(|p| !named(p, "Hasanov")), "exact first: {:?}", names(&found));
        // A full page of exact matches is not diluted by sound-alikes.
        let found = app.person_search("a", PAGE).await.unwrap();
        assert_eq!(found.len() as i64, PAGE);
        for p in &found {
            let words = format!("{} {} {}", p.family_name, p.given_name, p.patronymic.as_deref().unwrap_or(""));
            let alt =
                format!("{} {}", p.family_name_alt.as_deref().unwrap_or(""), p.given_name_alt.as_deref().unwrap_or(""));
            let key = format!("{} {}", search_key(&words), search_key(&alt));
            assert!(key.split(' ').any(|w| w.starts_with('a')), "{words} / {alt} has no word starting with a");
        }
    }

    async fn a_sound_alike_does_not_flood_the_page_for_a_full_name() {
        let (_dir, app) = demo().await;
        let found = app.person_search("Kholmatov", PAGE).await.unwrap();
        assert!(!found.is_empty());
        assert!(found.iter().all(|p| named(p, "Xolmatov")), "only Xolmatovs: {:?}", names(&found));
    }
}
