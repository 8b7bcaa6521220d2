//! Numbers and dates written the way Indonesian readers expect.

/// `Rp30.000`: dots between thousands, no decimals.
pub fn rupiah(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    format!("Rp{out}")
}

/// `Rp1,2 M`, `Rp850 jt`: an amount short enough for a chart's label, rounded to one decimal in the largest
/// unit it reaches, and moved up a unit when rounding would write 1000 of one (Rp999.999.999 is `Rp1 M`).
/// The table beside the chart gives the exact amount.
pub fn rupiah_short(amount: u64, lang: crate::base::lang::Lang) -> String {
    const UNITS: [(u64, &str, &str); 3] = [(1_000_000_000, "M", "bn"), (1_000_000, "jt", "m"), (1_000, "rb", "k")];
    let Some(i) = UNITS.iter().position(|&(unit, ..)| amount >= unit) else {
        return rupiah(amount);
    };
    let unit = UNITS[i].0;
    let mut tenths = (u128::from(amount) * 10 + u128::from(unit) / 2) / u128::from(unit);
    let mut at = i;
    if tenths >= 10_000 && i > 0 {
        (tenths, at) = (10, i - 1);
    }
    let (sep, suffix) = match lang {
        crate::base::lang::Lang::Id => (',', UNITS[at].1),
        crate::base::lang::Lang::En => ('.', UNITS[at].2),
    };
    let (whole, frac) = (tenths / 10, tenths % 10);
    let number = if frac == 0 { whole.to_string() } else { format!("{whole}{sep}{frac}") };
    format!("Rp{number} {suffix}")
}

/// Year, month (1–12) and day of an ISO date `YYYY-MM-DD` that passed the content check.
pub fn iso_date_parts(iso: &str) -> Option<(u32, u32, u32)> {
    let mut it = iso.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    Some((it.next()??, it.next()??, it.next()??))
}

/// One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break.
pub fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rupiah_groups_thousands_with_dots() {
        assert_eq!(rupiah(0), "Rp0");
        assert_eq!(rupiah(999), "Rp999");
        assert_eq!(rupiah(30_000), "Rp30.000");
        assert_eq!(rupiah(1_500_000), "Rp1.500.000");
        assert_eq!(rupiah(10_000_000_000), "Rp10.000.000.000");
    }

    #[test]
    fn short_amounts_round_to_one_decimal_in_the_unit_they_reach() {
        use crate::base::lang::Lang::{En, Id};
        assert_eq!(rupiah_short(1_234_000_000, Id), "Rp1,2 M");
        assert_eq!(rupiah_short(1_250_000_000, Id), "Rp1,3 M");
        assert_eq!(rupiah_short(1_000_000_000, Id), "Rp1 M");
        assert_eq!(rupiah_short(999_999_999, Id), "Rp1 M");
        assert_eq!(rupiah_short(999_940_000, Id), "Rp999,9 jt");
        assert_eq!(rupiah_short(999_950_000, Id), "Rp1 M");
        assert_eq!(rupiah_short(850_000_000, Id), "Rp850 jt");
        assert_eq!(rupiah_short(850_000_000, En), "Rp850 m");
        assert_eq!(rupiah_short(2_500_000_000, En), "Rp2.5 bn");
        assert_eq!(rupiah_short(12_000, Id), "Rp12 rb");
        assert_eq!(rupiah_short(950, Id), "Rp950");
        assert_eq!(rupiah_short(0, Id), "Rp0");
    }

    #[test]
    fn iso_dates_split_into_parts() {
        assert_eq!(iso_date_parts("2026-11-22"), Some((2026, 11, 22)));
        assert_eq!(iso_date_parts("2026-11"), None);
        assert_eq!(iso_date_parts("tanggal"), None);
    }
}
