//! Timings: percentiles and means of what was measured.

use std::time::Duration;

/// A set of timings of one operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub runs: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub mean_ms: f64,
}

impl Stats {
    /// Percentiles by nearest rank: p99 of 50 runs is the slowest run, never an interpolation.
    pub fn of(samples: &[Duration]) -> Stats {
        let mut ms: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
        ms.sort_by(f64::total_cmp);
        let rank = |p: f64| -> f64 {
            if ms.is_empty() {
                return 0.0;
            }
            let k = ((p * ms.len() as f64).ceil() as usize).clamp(1, ms.len());
            ms[k - 1]
        };
        let mean = if ms.is_empty() { 0.0 } else { ms.iter().sum::<f64>() / ms.len() as f64 };
        Stats { runs: ms.len(), p50_ms: rank(0.50), p99_ms: rank(0.99), mean_ms: mean }
    }
}

/// A duration for people: "0.42 ms", "12.3 ms", "2.41 s".
pub fn ms(v: f64) -> String {
    if v >= 1000.0 {
        format!("{:.2} s", v / 1000.0)
    } else if v >= 10.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.2} ms")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let samples: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        let s = Stats::of(&samples);
        assert_eq!((s.runs, s.p50_ms, s.p99_ms), (100, 50.0, 99.0));
        assert!((s.mean_ms - 50.5).abs() < 1e-9);
        let one = Stats::of(&[Duration::from_millis(3)]);
        assert_eq!((one.p50_ms, one.p99_ms), (3.0, 3.0));
        assert_eq!(Stats::of(&[]).runs, 0);
    }

    #[test]
    fn durations_read_well() {
        assert_eq!(ms(0.4242), "0.42 ms");
        assert_eq!(ms(12.34), "12.3 ms");
        assert_eq!(ms(2410.0), "2.41 s");
    }
}
