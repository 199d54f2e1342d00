//! A small deterministic generator (SplitMix64): the same dataset from the same seed on every
//! machine and every build, with no dependency whose output could change under an upgrade.

use chrono::{DateTime, Utc};

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x6D61_6C61_6B61_0001)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1).max(1) as usize) as i64
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Like [`Rng::pick`], but the first items come up far more often, as common names do.
    pub fn pick_common<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let u = self.next_u64() as f64 / u64::MAX as f64;
        let i = ((u * u) * items.len() as f64) as usize;
        &items[i.min(items.len() - 1)]
    }

    /// An independent stream, so one part of the dataset does not shift when another changes.
    pub fn fork(&mut self, salt: u64) -> Rng {
        Rng(self.next_u64() ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    /// A UUIDv7 as Malaka writes ids: the time part from `at` (when the record was created), the
    /// rest from this generator.
    pub fn id_at(&mut self, at: DateTime<Utc>) -> String {
        let mut rest = [0u8; 10];
        rest[..8].copy_from_slice(&self.next_u64().to_le_bytes());
        rest[8..].copy_from_slice(&self.next_u64().to_le_bytes()[..2]);
        let ms = u64::try_from(at.timestamp_millis()).unwrap_or(0);
        uuid::Builder::from_unix_timestamp_millis(ms, &rest).into_uuid().hyphenated().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn same_seed_same_numbers() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(Rng::new(7).next_u64(), Rng::new(8).next_u64());
    }

    #[test]
    fn ranges_are_inclusive_and_bounded() {
        let mut r = Rng::new(1);
        let mut seen = [false; 3];
        for _ in 0..1000 {
            let x = r.between(1, 3);
            assert!((1..=3).contains(&x));
            seen[(x - 1) as usize] = true;
            assert!(r.below(10) < 10);
        }
        assert_eq!(seen, [true; 3]);
        assert_eq!(r.below(0), 0);
    }

    #[test]
    fn ids_are_uuid_v7_ordered_by_time() {
        let mut r = Rng::new(3);
        let t = Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap();
        let a = r.id_at(t);
        let b = r.id_at(t + chrono::Duration::milliseconds(1));
        let u = uuid::Uuid::parse_str(&a).unwrap();
        assert_eq!(u.get_version_num(), 7);
        assert!(a < b, "{a} < {b}");
    }
}
