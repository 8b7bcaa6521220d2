//! Every page the build writes, from the content.

use super::Content;

/// Every page the build writes, in each language, as app paths without a trailing slash (`/` for home).
/// Adding a kind of page means adding it here; the build fails if a path renders the not-found page.
pub fn pages(content: &Content) -> Vec<String> {
    let mut paths: Vec<String> = [
        "/",
        "/layanan",
        "/kantor",
        "/cek",
        "/cek/semua",
        "/cek/imunisasi",
        "/cek/kehamilan",
        "/cek/ckg",
        "/draf",
        "/kunjungan",
        "/rekap-umpan-balik",
        "/terima",
        "/buku-register",
        "/tentang",
    ]
    .map(String::from)
    .to_vec();
    paths.extend(content.sectors.iter().map(|s| format!("/layanan/bidang/{}", s.id)));
    paths.extend(content.life_events.iter().map(|e| format!("/layanan/keperluan/{}", e.id)));
    paths.extend(content.services.iter().map(|s| format!("/layanan/{}", s.id)));
    paths.extend(content.aid_programmes.iter().map(|p| format!("/cek/{}", p.id)));
    paths.extend(content.forms.iter().map(|f| format!("/formulir/{}", f.id)));
    paths.push("/agenda".into());
    let kinds = crate::agenda::Kind::ALL.into_iter().filter(|k| content.agenda.events.iter().any(|e| e.kind == *k));
    paths.extend(kinds.map(|k| format!("/agenda/jenis/{}", k.key())));
    paths.extend(content.agenda.dusun.iter().map(|d| format!("/agenda/dusun/{}", d.id)));
    paths.extend(content.agenda.events.iter().map(|e| format!("/agenda/{}", e.id)));
    if !content.articles.is_empty() {
        paths.push("/info".into());
    }
    paths.extend(content.articles.iter().map(|a| format!("/info/{}", a.id)));
    if content.forms.iter().any(|f| f.survey.is_some()) {
        paths.push("/survei".into());
    }
    paths.push("/program".into());
    if content.budget.is_some() {
        paths.push("/program/apbdes".into());
    }
    paths.extend(content.village_programmes.iter().map(|p| format!("/program/{}", p.id)));
    paths
}
