//! Results are worded for whom they are about: "keluarga Anda" for the phone's owner, "keluarga Bu Sumi" when a
//! volunteer checks for a neighbour. Only whole phrases that read right with a name are replaced.

use crate::base::lang::Lang;

/// `text` about `name` instead of "Anda"; unchanged without a name.
pub fn for_person(text: &str, lang: Lang, name: Option<&str>) -> String {
    let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else { return text.to_string() };
    let phrases: [(&str, String); 6] = match lang {
        Lang::Id => [
            ("Keluarga Anda", format!("Keluarga {name}")),
            ("keluarga Anda", format!("keluarga {name}")),
            ("Anak Anda", format!("Anak {name}")),
            ("anak Anda", format!("anak {name}")),
            ("Dari jawaban Anda", format!("Dari jawaban tentang {name}")),
            ("dari jawaban Anda", format!("dari jawaban tentang {name}")),
        ],
        Lang::En => [
            ("Your family", format!("{name}'s family")),
            ("your family", format!("{name}'s family")),
            ("Your child", format!("{name}'s child")),
            ("your child", format!("{name}'s child")),
            ("From your answers", format!("From the answers about {name}")),
            ("from your answers", format!("from the answers about {name}")),
        ],
    };
    phrases.iter().fold(text.to_string(), |t, (from, to)| t.replace(from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_name_the_neighbour_they_are_about() {
        let id = "Keluarga Anda punya komponen PKH. Dari jawaban Anda, anak Anda sekolah.";
        assert_eq!(
            for_person(id, Lang::Id, Some("Bu Sumi")),
            "Keluarga Bu Sumi punya komponen PKH. Dari jawaban tentang Bu Sumi, anak Bu Sumi sekolah."
        );
        assert_eq!(
            for_person("From your answers, your family fits.", Lang::En, Some("Bu Sumi")),
            "From the answers about Bu Sumi, Bu Sumi's family fits."
        );
        assert_eq!(for_person(id, Lang::Id, None), id);
        assert_eq!(for_person(id, Lang::Id, Some("  ")), id, "a blank name is no name");
    }
}
