//! Interface text: keys generated from `locales/*.toml` at build time, so a misspelt key does not compile and a
//! key missing in one language fails the build.

use layanan_core::hours::Weekday;
use layanan_core::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// Replaces `{name}` placeholders; the build guarantees both languages use the same names.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

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
