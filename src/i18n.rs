//! Interface text: keys generated from `locales/*.toml` at build time, so a misspelt key does not compile and a
//! key missing in one language fails the build.

use layanan_core::base::hours::Weekday;
use layanan_core::base::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

pub use layanan_core::base::lang::fill;

/// The name of a weekday in the interface language.
pub fn day_name(lang: Lang, day: Weekday) -> &'static str {
    let key = match day {
        Weekday::Mon => Key::day_senin,
        Weekday::Tue => Key::day_selasa,
        Weekday::Wed => Key::day_rabu,
        Weekday::Thu => Key::day_kamis,
        Weekday::Fri => Key::day_jumat,
        Weekday::Sat => Key::day_sabtu,
        Weekday::Sun => Key::day_minggu,
    };
    text(lang, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill("Buka {hari} pukul {jam}", &[("hari", "Senin"), ("jam", "08.00")]), "Buka Senin pukul 08.00");
    }

    #[test]
    fn every_key_has_text_in_both_languages() {
        // The build refuses missing keys; this guards the generated tables themselves.
        for lang in Lang::ALL {
            assert!(!text(lang, Key::nav_home).is_empty());
        }
        assert_eq!(text(Lang::Id, Key::nav_home), "Beranda");
        assert_eq!(text(Lang::En, Key::nav_home), "Home");
        assert_eq!(day_name(Lang::Id, Weekday::Fri), "Jumat");
    }
}

/// "22 November 2026" from an ISO date; the date itself if it cannot be read.
pub fn format_date(lang: Lang, iso: &str) -> String {
    const MONTHS: [Key; 12] = [
        Key::month_1,
        Key::month_2,
        Key::month_3,
        Key::month_4,
        Key::month_5,
        Key::month_6,
        Key::month_7,
        Key::month_8,
        Key::month_9,
        Key::month_10,
        Key::month_11,
        Key::month_12,
    ];
    match layanan_core::base::format::iso_date_parts(iso) {
        Some((y, m @ 1..=12, d)) => format!("{d} {} {y}", text(lang, MONTHS[m as usize - 1])),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn dates_are_written_out_in_the_interface_language() {
        assert_eq!(format_date(Lang::Id, "2026-08-17"), "17 Agustus 2026");
        assert_eq!(format_date(Lang::En, "2026-08-17"), "17 August 2026");
        assert_eq!(format_date(Lang::Id, "2026-13-01"), "2026-13-01");
    }
}
