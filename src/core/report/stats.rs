//! Statistics of a group of levels: quantiles (type 7), the median, the range. Shared by the
//! cohort page's figures and by others' feedback on a session.
//!
//! Quartiles are Hyndman and Fan's type 7 (linear interpolation between order statistics at
//! `(n − 1)·p`): the default of R, NumPy and spreadsheets' `QUARTILE.INC`, so a trainer who
//! checks a figure in a spreadsheet gets the same number.

/// The `p`-quantile (0 ≤ p ≤ 1) of sorted values, type 7; `None` for no values.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p.clamp(0.0, 1.0);
    let below = h.floor() as usize;
    let above = (below + 1).min(last);
    Some(sorted[below] + (h - below as f64) * (sorted[above] - sorted[below]))
}

/// The five figures a radar band and a table row need, of at least one value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    pub n: usize,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
}

impl Summary {
    /// The summary of any values (sorted here); `None` when there are none.
    pub fn of(mut values: Vec<f64>) -> Option<Summary> {
        values.sort_unstable_by(f64::total_cmp);
        let q = |p| quantile(&values, p);
        Some(Summary {
            n: values.len(),
            min: *values.first()?,
            q1: q(0.25)?,
            median: q(0.5)?,
            q3: q(0.75)?,
            max: *values.last()?,
        })
    }

    /// The interquartile range: how far apart the middle half of the group is.
    pub fn iqr(&self) -> f64 {
        self.q3 - self.q1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Type 7 written differently: the value at rank `1 + (n − 1)p` (1-based), interpolated.
    fn by_rank(values: &[f64], p: f64) -> f64 {
        let mut v = values.to_vec();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let rank = 1.0 + (v.len() as f64 - 1.0) * p;
        let lo = rank.floor() as usize;
        let frac = rank - lo as f64;
        if lo >= v.len() {
            return v[v.len() - 1];
        }
        v[lo - 1] * (1.0 - frac) + v[lo] * frac
    }

    #[test]
    fn quartiles_match_known_values() {
        // R: quantile(c(1,2,3,4), type = 7) → 1.75 2.5 3.25; NumPy gives the same.
        let s = Summary::of(vec![4.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!(
            (s.min, s.q1, s.median, s.q3, s.max),
            (1.0, 1.75, 2.5, 3.25, 4.0)
        );
        let one = Summary::of(vec![3.0]).unwrap();
        assert_eq!((one.q1, one.median, one.q3), (3.0, 3.0, 3.0));
        assert_eq!(Summary::of(Vec::new()), None);
        // Odd count: the median is the middle value.
        let odd = Summary::of(vec![5.0, 1.0, 2.0, 2.0, 4.0]).unwrap();
        assert_eq!((odd.q1, odd.median, odd.q3), (2.0, 2.0, 4.0));
    }

    #[test]
    fn quartiles_agree_with_an_independent_computation() {
        // A small generator, so the test needs nothing external.
        let mut seed = 12345u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed >> 33
        };
        for n in 1..80 {
            let values: Vec<f64> = (0..n).map(|_| (next() % 8 + 1) as f64).collect();
            let s = Summary::of(values.clone()).unwrap();
            for (p, got) in [(0.25, s.q1), (0.5, s.median), (0.75, s.q3)] {
                let want = by_rank(&values, p);
                assert!((got - want).abs() < 1e-12, "n={n} p={p}: {got} vs {want}");
            }
        }
    }
}
