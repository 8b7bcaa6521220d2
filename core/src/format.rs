//! Numbers and dates written the way Indonesian readers expect.

/// `Rp30.000`: dots between thousands, no decimals.
pub fn rupiah(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    format!("Rp{out}")
}

/// Year, month (1–12) and day of an ISO date `YYYY-MM-DD` that passed the content check.
pub fn iso_date_parts(iso: &str) -> Option<(u32, u32, u32)> {
    let mut it = iso.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    Some((it.next()??, it.next()??, it.next()??))
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
    fn iso_dates_split_into_parts() {
        assert_eq!(iso_date_parts("2026-11-22"), Some((2026, 11, 22)));
        assert_eq!(iso_date_parts("2026-11"), None);
        assert_eq!(iso_date_parts("tanggal"), None);
    }
}
