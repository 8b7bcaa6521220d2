//! The catalogue's content check: sectors, life events, offices and services, each problem naming its file and
//! field. References to checkers and forms are checked against ids the content gives ([`Known`]).

use super::{Document, LifeEvent, Office, Sector, Service, ICONS};
use crate::base::check::{is_iso_date, is_slug, is_web_url, is_whatsapp_number, Problem, Report, WHATSAPP_HINT};
use crate::forms::Form;

pub const SECTORS_FILE: &str = "sektor.toml";
pub const LIFE_EVENTS_FILE: &str = "keperluan.toml";
pub const OFFICES_FILE: &str = "kantor.toml";
pub const SERVICES_DIR: &str = "layanan";

/// The service file name for an id: `layanan/<id>.toml`.
pub fn service_file(id: &str) -> String {
    format!("{SERVICES_DIR}/{id}.toml")
}

/// Service ids that would clash with the catalogue's own listings under `/layanan/`.
pub const RESERVED_SERVICE_IDS: &[&str] = &["bidang", "keperluan"];

/// Every id a catalogue entry may refer to, to check references against and to find duplicates.
pub struct Known<'a> {
    pub sectors: Vec<&'a str>,
    pub life_events: Vec<&'a str>,
    pub offices: Vec<&'a str>,
    pub services: Vec<&'a str>,
    /// Checker ids: the aid programmes and the health-schedule pages.
    pub checkers: Vec<&'a str>,
    pub forms: Vec<&'a str>,
}

/// Every problem of the catalogue's files.
pub fn problems(
    sectors: &[Sector],
    life_events: &[LifeEvent],
    offices: &[Office],
    services: &[Service],
    known: &Known,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut r = Report::new(SECTORS_FILE);
    for (i, s) in sectors.iter().enumerate() {
        let at = format!("sektor[{i}]");
        r.id(&at, &s.id, &known.sectors);
        r.text(&format!("{at}.nama"), &s.name);
        icon(&mut r, &at, &s.icon);
        if !services.iter().any(|svc| svc.sector == s.id) {
            r.add(format!("{at}.id"), format!("sektor \"{}\" belum punya layanan", s.id));
        }
    }
    r.into(&mut problems);
    let mut r = Report::new(LIFE_EVENTS_FILE);
    for (i, e) in life_events.iter().enumerate() {
        let at = format!("keperluan[{i}]");
        r.id(&at, &e.id, &known.life_events);
        r.text(&format!("{at}.nama"), &e.name);
        icon(&mut r, &at, &e.icon);
        if !services.iter().any(|svc| svc.life_events.contains(&e.id)) {
            r.add(format!("{at}.id"), format!("keperluan \"{}\" belum punya layanan", e.id));
        }
    }
    r.into(&mut problems);
    let mut r = Report::new(OFFICES_FILE);
    for (i, o) in offices.iter().enumerate() {
        check_office(&mut r, &format!("kantor[{i}]"), o, known);
    }
    r.into(&mut problems);
    for s in services {
        let mut r = Report::new(service_file(&s.id));
        check_service(&mut r, s, known);
        r.into(&mut problems);
    }
    problems
}

fn icon(r: &mut Report, at: &str, icon: &str) {
    if !ICONS.contains(&icon) {
        let names = ICONS.join(", ");
        r.add(format!("{at}.ikon"), format!("ikon \"{icon}\" tidak dikenal; pilih salah satu: {names}"));
    }
}

const SERVICE_FIELDS: &[&str] = &[
    "nama",
    "ringkasan",
    "siapa",
    "persyaratan",
    "alur",
    "biaya",
    "waktu",
    "kantor",
    "daring",
    "dasar_hukum",
    "mitra",
    "catatan",
];

fn check_service(r: &mut Report, s: &Service, known: &Known) {
    if !is_slug(&s.id) {
        r.add("id", "id hanya boleh huruf kecil, angka, dan tanda hubung, contoh ktp-el-baru");
    }
    if RESERVED_SERVICE_IDS.contains(&s.id.as_str()) {
        r.add("id", format!("id \"{}\" sudah dipakai alamat daftar layanan; pilih id lain", s.id));
    }
    if known.services.iter().filter(|id| **id == s.id).count() > 1 {
        r.add("id", format!("id \"{}\" dipakai lebih dari satu layanan", s.id));
    }
    r.text("nama", &s.name);
    r.text("ringkasan", &s.summary);
    r.text("siapa", &s.who);
    r.text("waktu", &s.time);
    r.refers("sektor", std::slice::from_ref(&s.sector), &known.sectors, "sektor");
    r.refers("keperluan", &s.life_events, &known.life_events, "keperluan");
    r.refers("kantor", &s.offices, &known.offices, "kantor");
    r.refers("terkait", &s.related, &known.services, "layanan");
    r.refers("cek", &s.checkers, &known.checkers, "pemeriksa syarat");
    r.refers("formulir", &s.forms, &known.forms, "formulir");
    if s.related.contains(&s.id) {
        r.add("terkait", "layanan tidak perlu menyebut dirinya sendiri");
    }
    if s.offices.is_empty() {
        r.add("kantor", "sebutkan paling sedikit satu kantor");
    }
    if s.steps.is_empty() {
        r.add("alur", "tulis paling sedikit satu langkah");
    }
    for (i, d) in s.documents.iter().enumerate() {
        r.text(&format!("persyaratan[{i}].nama"), &d.name);
        if let Some(cond) = &d.condition {
            r.text(&format!("persyaratan[{i}].jika"), cond);
        }
    }
    for (i, step) in s.steps.iter().enumerate() {
        r.text(&format!("alur[{i}]"), step);
    }
    for (i, note) in s.notes.iter().enumerate() {
        r.text(&format!("catatan[{i}]"), note);
    }
    for (i, partner) in s.partners.iter().enumerate() {
        r.text(&format!("mitra[{i}]"), partner);
    }
    if s.cost.rupiah == 0 && s.cost.legal_basis.as_deref().is_none_or(|b| b.trim().is_empty()) {
        r.add("biaya.dasar_hukum", "layanan gratis harus menyebut dasar hukum atau sumber yang menyatakan gratis");
    }
    if let Some(note) = &s.cost.note {
        r.text("biaya.keterangan", note);
    }
    for (i, k) in s.keywords.iter().enumerate() {
        if k.trim().is_empty() {
            r.add(format!("kata_kunci[{i}]"), "kata kunci kosong");
        }
    }
    if s.sources.is_empty() {
        r.add("sumber", "sebutkan paling sedikit satu sumber");
    }
    r.links("sumber", &s.sources, false);
    r.links("daring", &s.online, true);
    if !is_iso_date(&s.checked) {
        r.add("diperiksa", format!("\"{}\" bukan tanggal; tulis seperti 2026-11-22", s.checked));
    }
    for field in &s.unconfirmed {
        if !SERVICE_FIELDS.contains(&field.as_str()) {
            r.add("belum_pasti", format!("\"{field}\" bukan nama kolom layanan"));
        }
    }
}

fn check_office(r: &mut Report, at: &str, o: &Office, known: &Known) {
    r.id(at, &o.id, &known.offices);
    r.text(&format!("{at}.nama"), &o.name);
    if let Some(note) = &o.hours_note {
        r.text(&format!("{at}.catatan_jam"), note);
    }
    if let Some(wa) = &o.whatsapp {
        if !is_whatsapp_number(wa) {
            r.add(format!("{at}.whatsapp"), WHATSAPP_HINT);
        }
    }
    if let Some(map) = &o.map {
        if !is_web_url(map) && !map.starts_with("geo:") {
            r.add(format!("{at}.peta"), "tautan peta harus diawali https:// atau geo:");
        }
    }
    for field in &o.unconfirmed {
        if !["alamat", "jam_buka", "telepon", "whatsapp", "peta"].contains(&field.as_str()) {
            r.add(format!("{at}.belum_dikonfirmasi"), format!("\"{field}\" bukan nama kolom kantor"));
        }
    }
}

/// A service's documents needed only for some answers must name a field and an option of the service's form.
pub fn document_condition_problems(forms: &[Form], services: &[Service]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for s in services {
        let file = service_file(&s.id);
        let form = forms.iter().find(|f| f.service.as_deref() == Some(s.id.as_str()));
        for (i, d) in s.documents.iter().enumerate() {
            let Some(cond) = &d.applies_if else { continue };
            let field = form.and_then(|f| f.field(&cond.field));
            let message = match (form, field) {
                (None, _) => "tampil_jika hanya untuk layanan yang punya formulir".to_string(),
                (Some(f), None) => format!("isian \"{}\" tidak ada di formulir {}", cond.field, f.id),
                (Some(_), Some(field)) if field.kind.has_options() && field.option(&cond.equals).is_none() => {
                    format!("\"{}\" bukan pilihan isian {}", cond.equals, field.id)
                }
                _ => continue,
            };
            problems.push(Problem { file: file.clone(), field: format!("persyaratan[{i}].tampil_jika"), message });
        }
    }
    problems
}

/// The service's documents that apply to a form's answers: those without `tampil_jika`, and those whose
/// condition the answers meet on a question the resident was shown.
pub fn applicable_documents<'d>(
    documents: &'d [Document],
    form: &Form,
    answers: &crate::forms::Answers,
) -> Vec<&'d Document> {
    documents
        .iter()
        .filter(|d| {
            d.applies_if.as_ref().is_none_or(|c| {
                form.holds(c, answers) && form.field(&c.field).is_some_and(|f| form.is_visible(f, answers))
            })
        })
        .collect()
}
