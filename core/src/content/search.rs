//! What the search file holds, from the whole content: services, articles, activities, programmes and the budget.

use super::Content;
use crate::base::lang::Text;
use crate::search::{add_synonyms, KindLabels, SearchEntry};

/// Everything the search finds, in one list: services, articles, activities, village programmes and the
/// budget, with the synonyms added. The build writes it as the search file.
pub fn catalogue_entries(content: &Content, labels: &KindLabels) -> Vec<SearchEntry> {
    let mut entries: Vec<SearchEntry> = content.services.iter().map(SearchEntry::from).collect();
    let entry = |path: String, name: &Text, summary: &Text, keywords: Vec<String>, kind: &Text| SearchEntry {
        path,
        name: name.clone(),
        summary: summary.clone(),
        keywords,
        kind: Some(kind.clone()),
    };
    entries.extend(
        content
            .articles
            .iter()
            .map(|a| entry(format!("/info/{}", a.id), &a.title, &a.summary, a.keywords.clone(), &labels.article)),
    );
    entries.extend(
        content
            .agenda
            .events
            .iter()
            .map(|e| entry(format!("/agenda/{}", e.id), &e.title, &e.summary, Vec::new(), &labels.event)),
    );
    entries.extend(
        content
            .village_programmes
            .iter()
            .map(|p| entry(format!("/program/{}", p.id), &p.name, &p.summary, Vec::new(), &labels.programme)),
    );
    if let Some(b) = &content.budget {
        let name = Text { id: format!("APBDes {}", b.year), en: format!("Village budget (APBDes) {}", b.year) };
        let keywords =
            vec!["apbdes".into(), "anggaran".into(), "pendapatan".into(), "belanja".into(), "transparansi".into()];
        let document = Text { id: b.document.clone(), en: b.document.clone() };
        entries.push(entry("/program/apbdes".into(), &name, &document, keywords, &labels.programme));
    }
    add_synonyms(&mut entries, &content.synonyms);
    entries
}
