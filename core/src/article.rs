//! Info and education articles (`info/<id>.toml`): penyuluhan kesehatan, hak dan kewajiban warga, cara
//! mengurus dokumen, lingkungan. Each has a topic (`topik.toml`), a short summary, a body in a small plain
//! format ([`blocks`]), the services and activities it belongs with, its sources, and the date before which it
//! must be reviewed again.

use crate::base::check::{Problem, Report};
use crate::base::date::CivilDate;
use crate::base::lang::Text;
use crate::base::link::Link;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    #[serde(rename = "topik")]
    pub topic: String,
    #[serde(rename = "judul")]
    pub title: Text,
    #[serde(rename = "ringkasan")]
    pub summary: Text,
    #[serde(rename = "kata_kunci", default)]
    pub keywords: Vec<String>,
    #[serde(rename = "layanan", default)]
    pub services: Vec<String>,
    #[serde(rename = "kegiatan", default)]
    pub events: Vec<String>,
    #[serde(rename = "ditinjau")]
    pub reviewed: CivilDate,
    #[serde(rename = "tinjau_ulang_sebelum")]
    pub review_before: CivilDate,
    /// Who answers for the text (a role).
    #[serde(rename = "penanggung_jawab")]
    pub owner: String,
    #[serde(rename = "isi")]
    pub body: Text,
    #[serde(rename = "sumber", default)]
    pub sources: Vec<Link>,
}

/// The longest summary, so it fits under a title in a list and in a search result.
pub const SUMMARY_MAX_CHARS: usize = 160;

/// One block of an article's body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A line starting with `## `.
    Heading(String),
    /// A block whose every line starts with `- `.
    List(Vec<String>),
    /// Anything else, its lines joined with spaces.
    Paragraph(String),
}

/// The blocks of a body: separated by blank lines; `## ` starts a heading, lines all starting `- ` make a
/// list, anything else is a paragraph. Deliberately this small: village staff write it in a text editor, and
/// nothing in it can break a page.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    let flush = |lines: &mut Vec<&str>, out: &mut Vec<Block>| {
        if lines.is_empty() {
            return;
        }
        let block = if lines.len() == 1 && lines[0].starts_with("## ") {
            Block::Heading(lines[0][3..].trim().to_string())
        } else if lines.iter().all(|l| l.starts_with("- ")) {
            Block::List(lines.iter().map(|l| l[2..].trim().to_string()).collect())
        } else {
            Block::Paragraph(lines.join(" "))
        };
        out.push(block);
        lines.clear();
    };
    for line in body.lines().map(str::trim) {
        if line.is_empty() {
            flush(&mut lines, &mut out);
        } else {
            lines.push(line);
        }
    }
    flush(&mut lines, &mut out);
    out
}

/// The shape of a body (block kinds in order), to check that both languages say the same things.
fn shape(body: &str) -> Vec<std::mem::Discriminant<Block>> {
    blocks(body).iter().map(std::mem::discriminant).collect()
}

impl Article {
    /// True once the review date has passed: the page says the text may be out of date.
    pub fn needs_review(&self, today: CivilDate) -> bool {
        today >= self.review_before
    }
}

/// What is wrong with the articles, as (article id, field, message) for the content check.
pub fn problems(
    articles: &[Article],
    topics: &[Topic],
    service_ids: &[&str],
    event_ids: &[&str],
) -> Vec<(String, String, String)> {
    let mut p = Vec::new();
    for a in articles {
        let mut add = |field: &str, message: String| p.push((a.id.clone(), field.to_string(), message));
        if !topics.iter().any(|t| t.id == a.topic) {
            add("topik", format!("topik \"{}\" tidak ada di topik.toml", a.topic));
        }
        for s in a.services.iter().filter(|s| !service_ids.contains(&s.as_str())) {
            add("layanan", format!("layanan \"{s}\" tidak ada"));
        }
        for e in a.events.iter().filter(|e| !event_ids.contains(&e.as_str())) {
            add("kegiatan", format!("kegiatan \"{e}\" tidak ada di agenda.toml"));
        }
        for (lang, summary) in [("id", &a.summary.id), ("en", &a.summary.en)] {
            let n = summary.chars().count();
            if n > SUMMARY_MAX_CHARS {
                add(&format!("ringkasan.{lang}"), format!("ringkasan {n} huruf; paling banyak {SUMMARY_MAX_CHARS}"));
            }
        }
        if a.review_before <= a.reviewed {
            add("tinjau_ulang_sebelum", "harus sesudah tanggal ditinjau".into());
        }
        if blocks(&a.body.id).is_empty() {
            add("isi.id", "isi artikel kosong".into());
        } else if !a.body.en.trim().is_empty() && shape(&a.body.id) != shape(&a.body.en) {
            add(
                "isi.en",
                "susunan isi Bahasa Inggris (judul kecil, daftar, paragraf) harus sama dengan isi Bahasa Indonesia"
                    .into(),
            );
        }
    }
    p
}

pub const ARTICLES_DIR: &str = "info";
pub const TOPICS_FILE: &str = "topik.toml";

/// The article file name for an id: `info/<id>.toml`.
pub fn article_file(id: &str) -> String {
    format!("{ARTICLES_DIR}/{id}.toml")
}

/// Every problem of the articles and their topics; `service_ids` and `event_ids` are what they may link to.
pub fn article_problems(
    articles: &[Article],
    topics: &[Topic],
    service_ids: &[&str],
    event_ids: &[&str],
) -> Vec<Problem> {
    let mut all = Vec::new();
    let mut r = Report::new(TOPICS_FILE);
    for (i, t) in topics.iter().enumerate() {
        r.text(&format!("topik[{i}].nama"), &t.name);
    }
    r.into(&mut all);
    for (id, field, message) in problems(articles, topics, service_ids, event_ids) {
        all.push(Problem { file: article_file(&id), field, message });
    }
    for a in articles {
        let mut r = Report::new(article_file(&a.id));
        r.text("judul", &a.title);
        r.text("ringkasan", &a.summary);
        r.text("isi", &a.body);
        r.into(&mut all);
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_headings_lists_and_paragraphs_separated_by_blank_lines() {
        let body = "Anak perlu gizi.\nSejak dalam kandungan.\n\n## Yang bisa dilakukan\n\n- Timbang tiap bulan.\n- Beri ASI.\n\n\nTanyakan di Posyandu.";
        assert_eq!(
            blocks(body),
            vec![
                Block::Paragraph("Anak perlu gizi. Sejak dalam kandungan.".into()),
                Block::Heading("Yang bisa dilakukan".into()),
                Block::List(vec!["Timbang tiap bulan.".into(), "Beri ASI.".into()]),
                Block::Paragraph("Tanyakan di Posyandu.".into()),
            ]
        );
        // A dash inside a paragraph, or a heading marker with text under it, stays a paragraph.
        assert_eq!(blocks("- satu\ndua"), vec![Block::Paragraph("- satu dua".into())]);
        assert_eq!(blocks("## Judul\nteks"), vec![Block::Paragraph("## Judul teks".into())]);
        assert_eq!(blocks("\n \n"), vec![]);
    }

    fn article() -> Article {
        Article {
            id: "stunting".into(),
            topic: "kesehatan".into(),
            title: Text { id: "Stunting".into(), en: "Stunting".into() },
            summary: Text { id: "Ringkas".into(), en: "Short".into() },
            services: vec!["posyandu".into()],
            events: vec!["posyandu-dusun-1".into()],
            reviewed: "2026-11-25".parse().unwrap(),
            review_before: "2027-05-25".parse().unwrap(),
            body: Text { id: "Satu.\n\n- a\n- b".into(), en: "One.\n\n- a\n- b".into() },
            ..Article::default()
        }
    }

    #[test]
    fn the_check_names_unknown_links_long_summaries_dates_and_bodies_that_differ_between_languages() {
        let topics = [Topic { id: "kesehatan".into(), name: Text::default() }];
        let ok = article();
        assert_eq!(problems(std::slice::from_ref(&ok), &topics, &["posyandu"], &["posyandu-dusun-1"]), vec![]);
        let mut bad = ok;
        bad.topic = "olahraga".into();
        bad.services.push("tidak-ada".into());
        bad.events = vec!["rapat".into()];
        bad.summary.en = "x".repeat(161);
        bad.review_before = bad.reviewed;
        bad.body.en = "One.\n\nTwo.".into();
        let fields: Vec<String> =
            problems(&[bad], &topics, &["posyandu"], &[]).into_iter().map(|(_, f, _)| f).collect();
        assert_eq!(fields, ["topik", "layanan", "kegiatan", "ringkasan.en", "tinjau_ulang_sebelum", "isi.en"]);
    }

    #[test]
    fn an_article_needs_review_from_its_review_date_on() {
        let a = article();
        assert!(!a.needs_review("2027-05-24".parse().unwrap()));
        assert!(a.needs_review("2027-05-25".parse().unwrap()));
    }
}
