//! Group statistics of one item or axis: level counts, median, quartiles, extremes. The
//! quantiles themselves are in `report::stats` (others' feedback uses them too).

pub use crate::core::report::stats::{quantile, Summary};

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
