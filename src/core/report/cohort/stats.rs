//! Group statistics of one item or axis: level counts, median, quartiles, extremes.
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

/// One item's figures in one wave.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemStats {
    pub item: String,
    /// `counts[l − 1]` people chose level `l`; one entry per level of the scale.
    pub counts: Vec<usize>,
    /// `None` when nobody rated it.
    pub summary: Option<Summary>,
    /// The mean of `target − rating` over those who set both, and how many did.
    pub gap: Option<(f64, usize)>,
}

impl ItemStats {
    /// How many rated it.
    pub fn rated(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// An item's figures from each person's rating and target (`None` where not given).
pub fn item_stats(item: &str, levels: u8, people: &[(Option<u8>, Option<u8>)]) -> ItemStats {
    let mut counts = vec![0; usize::from(levels)];
    let mut ratings = Vec::new();
    let (mut gap_sum, mut gaps) = (0.0, 0);
    for &(rating, target) in people {
        if let Some(r) = rating {
            if let Some(count) = counts.get_mut(usize::from(r).wrapping_sub(1)) {
                *count += 1;
            }
            ratings.push(f64::from(r));
            if let Some(t) = target {
                gap_sum += f64::from(t) - f64::from(r);
                gaps += 1;
            }
        }
    }
    ItemStats {
        item: item.to_string(),
        counts,
        summary: Summary::of(ratings),
        gap: (gaps > 0).then(|| (gap_sum / gaps as f64, gaps)),
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

    #[test]
    fn counts_levels_and_gaps() {
        let people = [
            (Some(1), Some(3)),
            (Some(3), None),
            (None, Some(5)),
            (Some(3), Some(4)),
        ];
        let s = item_stats("agility.speed", 5, &people);
        assert_eq!(s.counts, [1, 0, 2, 0, 0]);
        assert_eq!(s.rated(), 3);
        assert_eq!(s.summary.unwrap().median, 3.0);
        assert_eq!(s.gap, Some((1.5, 2)));
        let none = item_stats("agility.speed", 5, &[(None, None)]);
        assert_eq!((none.rated(), none.summary, none.gap), (0, None, None));
    }
}
