//! Bar lengths for the charts the pages draw as SVG: every bar scaled against the largest value in the chart,
//! so a budget line and its realisation, drawn side by side, compare honestly.

/// The full width a bar may take, in chart units.
pub const FULL: u32 = 1000;

/// A visible sliver for any value above zero, so a small line does not look like nothing.
const SMALLEST: u32 = 4;

/// Each value's bar length in `0..=FULL`, against the largest of them. Zero stays zero.
pub fn lengths(values: &[u64]) -> Vec<u32> {
    let max = values.iter().copied().max().unwrap_or(0);
    values
        .iter()
        .map(|&v| match v {
            0 => 0,
            v => ((u128::from(v) * u128::from(FULL) / u128::from(max)) as u32).max(SMALLEST),
        })
        .collect()
}
