//! How a draft is named in the list: enough to find it again, without showing a neighbour's personal data to
//! whoever looks at the phone. "SKTM · Bu S… · diubah 2 jam lalu".

use super::index::IndexEntry;
use super::{DAY_MS, HOUR_MS, MINUTE_MS};
use crate::base::lang::Lang;

/// Forms of address kept in front of a masked name, compared without case and trailing dot.
const COURTESY: &[&str] = &[
    "bu", "ibu", "pak", "bapak", "bpk", "mbak", "mas", "kak", "adik", "dik", "sdr", "sdri", "saudara", "saudari", "ny",
    "nyonya", "tn", "tuan", "nn", "nona", "h", "hj", "haji", "hajah",
];

/// "Siti Aminah" → "S…", "Bu Siti" → "Bu S…", "Hj. siti" → "Hj. S…". Blank stays blank.
pub fn masked_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let courtesy = words.iter().take_while(|w| is_courtesy(w)).count();
    let mut kept: Vec<String> = words[..courtesy].iter().map(|w| w.to_string()).collect();
    if let Some(initial) = words.get(courtesy).and_then(|w| w.chars().find(|c| c.is_alphanumeric())) {
        kept.push(format!("{}…", initial.to_uppercase()));
    }
    kept.join(" ")
}

fn is_courtesy(word: &str) -> bool {
    COURTESY.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// "baru saja", "5 menit lalu", "2 jam lalu", "kemarin", "3 hari lalu". A time in the future (another
/// device's clock) reads as "baru saja".
pub fn relative_time(then_ms: i64, now_ms: i64, lang: Lang) -> String {
    let elapsed = now_ms.saturating_sub(then_ms).max(0);
    let (minutes, hours, days) = (elapsed / MINUTE_MS, elapsed / HOUR_MS, elapsed / DAY_MS);
    match lang {
        Lang::Id => match (minutes, hours, days) {
            (0, _, _) => "baru saja".into(),
            (m, 0, _) => format!("{m} menit lalu"),
            (_, h, 0) => format!("{h} jam lalu"),
            (_, _, 1) => "kemarin".into(),
            (_, _, d) => format!("{d} hari lalu"),
        },
        Lang::En => match (minutes, hours, days) {
            (0, _, _) => "just now".into(),
            (m, 0, _) => format!("{m} {} ago", plural(m, "minute", "minutes")),
            (_, h, 0) => format!("{h} {} ago", plural(h, "hour", "hours")),
            (_, _, 1) => "yesterday".into(),
            (_, _, d) => format!("{d} days ago"),
        },
    }
}

fn plural(n: i64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The line shown for a draft in the list, e.g. "SKTM · Bagian 2 dari 4 · Bu S… · diubah 2 jam lalu": the
/// progress tells two drafts of one form apart without showing names.
pub fn draft_label(entry: &IndexEntry, form_title: &str, progress: Option<&str>, now_ms: i64, lang: Lang) -> String {
    let edited = match lang {
        Lang::Id => "diubah",
        Lang::En => "edited",
    };
    let mut parts = vec![form_title.to_string()];
    parts.extend(progress.map(str::to_string));
    parts.extend(entry.who.clone());
    parts.push(format!("{edited} {}", relative_time(entry.updated_ms, now_ms, lang)));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drafts::id::Id;

    #[test]
    fn names_are_cut_to_an_initial_keeping_forms_of_address() {
        assert_eq!(masked_name("Siti Aminah"), "S…");
        assert_eq!(masked_name("Bu Siti"), "Bu S…");
        assert_eq!(masked_name("  bapak   budi santoso "), "bapak B…");
        assert_eq!(masked_name("Hj. siti"), "Hj. S…");
        assert_eq!(masked_name("Bu Hj. Aminah"), "Bu Hj. A…");
        assert_eq!(masked_name("'aisyah"), "A…");
        assert_eq!(masked_name("Bu"), "Bu");
        assert_eq!(masked_name("   "), "");
    }

    #[test]
    fn times_read_as_residents_say_them() {
        let now = 1_800_000_000_000;
        let ago = |ms: i64| relative_time(now - ms, now, Lang::Id);
        assert_eq!(ago(0), "baru saja");
        assert_eq!(ago(MINUTE_MS - 1), "baru saja");
        assert_eq!(ago(5 * MINUTE_MS), "5 menit lalu");
        assert_eq!(ago(HOUR_MS - 1), "59 menit lalu");
        assert_eq!(ago(2 * HOUR_MS + 59 * MINUTE_MS), "2 jam lalu");
        assert_eq!(ago(DAY_MS - 1), "23 jam lalu");
        assert_eq!(ago(DAY_MS), "kemarin");
        assert_eq!(ago(2 * DAY_MS - 1), "kemarin");
        assert_eq!(ago(3 * DAY_MS), "3 hari lalu");
        assert_eq!(ago(-5 * MINUTE_MS), "baru saja");
        assert_eq!(relative_time(i64::MIN, i64::MAX, Lang::Id), format!("{} hari lalu", i64::MAX / DAY_MS));
    }

    #[test]
    fn english_times_use_singular_and_plural() {
        let now = 1_800_000_000_000;
        let ago = |ms: i64| relative_time(now - ms, now, Lang::En);
        assert_eq!(ago(0), "just now");
        assert_eq!(ago(MINUTE_MS), "1 minute ago");
        assert_eq!(ago(5 * MINUTE_MS), "5 minutes ago");
        assert_eq!(ago(HOUR_MS), "1 hour ago");
        assert_eq!(ago(2 * HOUR_MS), "2 hours ago");
        assert_eq!(ago(DAY_MS), "yesterday");
        assert_eq!(ago(3 * DAY_MS), "3 days ago");
    }

    #[test]
    fn the_list_label_joins_form_person_and_time() {
        let now = 1_800_000_000_000;
        let mut entry = IndexEntry {
            id: Id::parse("00000000000000a1").unwrap(),
            form_id: "sktm".into(),
            form_version: 1,
            profile_id: None,
            revision: 1,
            updated_ms: now - 2 * HOUR_MS,
            who: Some("Bu S…".into()),
            answered: 3,
            position: Some("2".into()),
        };
        assert_eq!(draft_label(&entry, "SKTM", None, now, Lang::Id), "SKTM · Bu S… · diubah 2 jam lalu");
        assert_eq!(draft_label(&entry, "SKTM", None, now, Lang::En), "SKTM · Bu S… · edited 2 hours ago");
        assert_eq!(
            draft_label(&entry, "SKTM", Some("Bagian 2 dari 4"), now, Lang::Id),
            "SKTM · Bagian 2 dari 4 · Bu S… · diubah 2 jam lalu"
        );
        entry.who = None;
        assert_eq!(draft_label(&entry, "SKTM", None, now, Lang::Id), "SKTM · diubah 2 jam lalu");
    }
}
