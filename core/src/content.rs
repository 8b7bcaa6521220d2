//! The content bundle: everything the village edits, as one checked value.
//!
//! Build time: [`load`] reads `content/`, [`check`] reports every problem naming the file and the field, and the
//! build stops on any. Run time: the app receives the bundle as JSON and trusts it.

use crate::catalog::{LifeEvent, Link, Office, Sector, Service};
use crate::lang::Text;
use crate::profile::Profile;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Everything in `content/`, checked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub desa: Profile,
    pub sectors: Vec<Sector>,
    pub life_events: Vec<LifeEvent>,
    pub offices: Vec<Office>,
    /// Sorted by id.
    pub services: Vec<Service>,
    /// Immunisation, pregnancy and CKG schedules (`jadwal/`).
    pub schedules: crate::schedule::Schedules,
    /// Forms (`formulir/`), sorted by id.
    pub forms: Vec<crate::forms::Form>,
    /// The shared question bank of the eligibility checkers (`pertanyaan.toml`).
    pub questions: Vec<crate::rules::Question>,
    /// Programmes and their rules (`program/`), sorted by id.
    pub programmes: Vec<crate::rules::Programme>,
    /// The village agenda (`agenda.toml`).
    pub agenda: Agenda,
    /// The village's integrated programmes with their indicators (`program-terpadu.toml`).
    pub village_programmes: Vec<crate::transparency::VillageProgramme>,
    /// Articles (`info/`), sorted by id, and their topics (`topik.toml`).
    #[serde(default)]
    pub articles: Vec<crate::article::Article>,
    #[serde(default)]
    pub topics: Vec<crate::article::Topic>,
    /// Groups of words residents use for the same thing (`sinonim.toml`), for the search.
    #[serde(default)]
    pub synonyms: Vec<Vec<String>>,
    /// The village budget (`apbdes.toml`), once the desa publishes one.
    #[serde(default)]
    pub budget: Option<crate::transparency::Budget>,
    /// Documents several services ask for (`dokumen.toml`), for the visit planner.
    #[serde(default)]
    pub documents: Vec<crate::catalog::DocumentKind>,
    /// Holidays and cuti bersama (`libur.toml`), for the visit planner's day finder.
    #[serde(default)]
    pub holidays: Option<crate::visit::Holidays>,
    /// The letterhead, numbering and signature of the letters the office prints (`surat.toml`).
    #[serde(default)]
    pub letters: Option<crate::letter::LetterSettings>,
}

/// The dusun of the desa and its activities, from `agenda.toml`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Agenda {
    #[serde(default)]
    pub dusun: Vec<crate::agenda::Dusun>,
    #[serde(rename = "kegiatan", default)]
    pub events: Vec<crate::agenda::Event>,
}

impl Agenda {
    pub fn event(&self, id: &str) -> Option<&crate::agenda::Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn dusun_name(&self, id: &str) -> Option<&str> {
        self.dusun.iter().find(|d| d.id == id).map(|d| d.name.as_str())
    }
}

impl Content {
    pub fn article(&self, id: &str) -> Option<&crate::article::Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn village_programme(&self, id: &str) -> Option<&crate::transparency::VillageProgramme> {
        self.village_programmes.iter().find(|p| p.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.id == id)
    }

    pub fn form(&self, id: &str) -> Option<&crate::forms::Form> {
        self.forms.iter().find(|f| f.id == id)
    }

    pub fn programme(&self, id: &str) -> Option<&crate::rules::Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.id == id)
    }

    pub fn life_event(&self, id: &str) -> Option<&LifeEvent> {
        self.life_events.iter().find(|e| e.id == id)
    }

    /// Services of a sector, in catalogue (id) order.
    pub fn services_in_sector<'a>(&'a self, sector: &'a str) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().filter(move |s| s.sector == sector)
    }

    /// Services listed under a life event.
    pub fn services_for_life_event<'a>(&'a self, event: &'a str) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().filter(move |s| s.life_events.iter().any(|e| e == event))
    }
}

/// One thing wrong in a content file, said so that village staff can find and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

pub const PROFILE_FILE: &str = "desa.toml";
pub const SECTORS_FILE: &str = "sektor.toml";
pub const LIFE_EVENTS_FILE: &str = "keperluan.toml";
pub const OFFICES_FILE: &str = "kantor.toml";
pub const SERVICES_DIR: &str = "layanan";
pub const AGENDA_FILE: &str = "agenda.toml";
pub const VILLAGE_PROGRAMMES_FILE: &str = "program-terpadu.toml";
pub const BUDGET_FILE: &str = "apbdes.toml";
pub const ARTICLES_DIR: &str = "info";
pub const TOPICS_FILE: &str = "topik.toml";
pub const SYNONYMS_FILE: &str = "sinonim.toml";
pub const DOCUMENTS_FILE: &str = "dokumen.toml";
pub const HOLIDAYS_FILE: &str = "libur.toml";

/// The article file name for an id: `info/<id>.toml`.
pub fn article_file(id: &str) -> String {
    format!("{ARTICLES_DIR}/{id}.toml")
}

/// The service file name for an id: `layanan/<id>.toml`.
pub fn service_file(id: &str) -> String {
    format!("{SERVICES_DIR}/{id}.toml")
}

/// Collects problems for one file. Shared with the forms, programme and schedule checks so all speak alike.
pub(crate) struct Report<'a> {
    pub(crate) file: &'a str,
    pub(crate) problems: Vec<Problem>,
}

impl Report<'_> {
    pub(crate) fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem { file: self.file.to_string(), field: field.into(), message: message.into() });
    }

    pub(crate) fn text(&mut self, field: &str, t: &Text) {
        if t.id.trim().is_empty() {
            self.add(format!("{field}.id"), "teks Bahasa Indonesia kosong");
        }
        if t.en.trim().is_empty() {
            self.add(format!("{field}.en"), "terjemahan Bahasa Inggris belum ada");
        }
    }

    /// A definition's id: well-formed and defined once.
    pub(crate) fn id(&mut self, at: &str, id: &str, all: &[&str]) {
        if !is_slug(id) {
            self.add(format!("{at}.id"), format!("\"{id}\": id hanya boleh huruf kecil, angka, dan tanda hubung"));
        }
        if all.iter().filter(|x| **x == id).count() > 1 {
            self.add(format!("{at}.id"), format!("id \"{id}\" dipakai lebih dari sekali"));
        }
    }

    pub(crate) fn icon(&mut self, at: &str, icon: &str) {
        if !crate::catalog::ICONS.contains(&icon) {
            let names = crate::catalog::ICONS.join(", ");
            self.add(format!("{at}.ikon"), format!("ikon \"{icon}\" tidak dikenal; pilih salah satu: {names}"));
        }
    }

    /// References to ids defined elsewhere.
    pub(crate) fn refers(&mut self, field: &str, ids: &[String], known: &[&str], what: &str) {
        for id in ids {
            if !known.contains(&id.as_str()) {
                self.add(field, format!("{what} \"{id}\" tidak dikenal"));
            }
        }
    }

    pub(crate) fn links(&mut self, field: &str, links: &[Link], url_required: bool) {
        for (i, l) in links.iter().enumerate() {
            if l.title.trim().is_empty() {
                self.add(format!("{field}[{i}].judul"), "judul kosong");
            }
            match &l.url {
                Some(url) if !is_web_url(url) => {
                    self.add(format!("{field}[{i}].url"), format!("\"{url}\" bukan alamat web (https://…)"))
                }
                None if url_required => self.add(format!("{field}[{i}].url"), "alamat web belum ada"),
                _ => {}
            }
        }
    }
}

/// Every problem in the content; empty means the app can show it safely.
pub fn check(content: &Content) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut r = Report { file: PROFILE_FILE, problems: Vec::new() };
    check_profile(&mut r, &content.desa);
    problems.append(&mut r.problems);

    let known = Known::of(content);
    let mut r = Report { file: SECTORS_FILE, problems: Vec::new() };
    for (i, s) in content.sectors.iter().enumerate() {
        let at = format!("sektor[{i}]");
        r.id(&at, &s.id, &known.sectors);
        r.text(&format!("{at}.nama"), &s.name);
        r.icon(&at, &s.icon);
        if !content.services.iter().any(|svc| svc.sector == s.id) {
            r.add(format!("{at}.id"), format!("sektor \"{}\" belum punya layanan", s.id));
        }
    }
    problems.append(&mut r.problems);

    let mut r = Report { file: LIFE_EVENTS_FILE, problems: Vec::new() };
    for (i, e) in content.life_events.iter().enumerate() {
        let at = format!("keperluan[{i}]");
        r.id(&at, &e.id, &known.life_events);
        r.text(&format!("{at}.nama"), &e.name);
        r.icon(&at, &e.icon);
        if !content.services.iter().any(|svc| svc.life_events.contains(&e.id)) {
            r.add(format!("{at}.id"), format!("keperluan \"{}\" belum punya layanan", e.id));
        }
    }
    problems.append(&mut r.problems);

    let mut r = Report { file: OFFICES_FILE, problems: Vec::new() };
    for (i, o) in content.offices.iter().enumerate() {
        check_office(&mut r, &format!("kantor[{i}]"), o, &known);
    }
    problems.append(&mut r.problems);

    let service_ids: Vec<&str> = content.services.iter().map(|s| s.id.as_str()).collect();
    for (id, field, message) in crate::agenda::problems(&content.agenda.events, &content.agenda.dusun, &service_ids) {
        problems.push(Problem { file: AGENDA_FILE.into(), field: format!("kegiatan \"{id}\".{field}"), message });
    }

    check_transparency(&mut problems, content, &service_ids);
    problems.extend(crate::visit::problems(content));
    check_articles(&mut problems, content, &service_ids);

    // Programmes are checked with their own rules when loaded; only their links to forms need the forms.
    for p in &content.programmes {
        if let Some(form) = &p.form {
            if !known.forms.contains(&form.as_str()) {
                let file = crate::rules::programme_file(&p.id);
                problems.push(Problem {
                    file,
                    field: "formulir".into(),
                    message: format!("formulir \"{form}\" tidak dikenal"),
                });
            }
        }
    }

    for s in &content.services {
        let file = service_file(&s.id);
        let mut r = Report { file: &file, problems: Vec::new() };
        check_service(&mut r, s, &known);
        problems.append(&mut r.problems);
    }
    problems.extend(crate::form_check::check_document_conditions(&content.forms, &content.services));
    let mut r = Report { file: crate::letter::SETTINGS_FILE, problems: Vec::new() };
    match &content.letters {
        Some(settings) => crate::letter::check_settings(&mut r, settings),
        None if content.forms.iter().any(|f| f.letter.is_some()) => {
            r.add("kop", "formulir punya [surat], tetapi surat.toml belum ada")
        }
        None => {}
    }
    problems.append(&mut r.problems);
    problems
}

fn check_articles(problems: &mut Vec<Problem>, content: &Content, service_ids: &[&str]) {
    let event_ids: Vec<&str> = content.agenda.events.iter().map(|e| e.id.as_str()).collect();
    let mut r = Report { file: TOPICS_FILE, problems: Vec::new() };
    for (i, t) in content.topics.iter().enumerate() {
        r.text(&format!("topik[{i}].nama"), &t.name);
    }
    problems.append(&mut r.problems);
    for (id, field, message) in crate::article::problems(&content.articles, &content.topics, service_ids, &event_ids) {
        problems.push(Problem { file: article_file(&id), field, message });
    }
    for a in &content.articles {
        let file = article_file(&a.id);
        let mut r = Report { file: &file, problems: Vec::new() };
        r.text("judul", &a.title);
        r.text("ringkasan", &a.summary);
        r.text("isi", &a.body);
        problems.append(&mut r.problems);
    }
}

fn check_transparency(problems: &mut Vec<Problem>, content: &Content, service_ids: &[&str]) {
    let sector_ids: Vec<&str> = content.sectors.iter().map(|s| s.id.as_str()).collect();
    let mut r = Report { file: VILLAGE_PROGRAMMES_FILE, problems: Vec::new() };
    for (id, field, message) in
        crate::transparency::programme::problems(&content.village_programmes, &sector_ids, service_ids)
    {
        r.add(format!("program \"{id}\".{field}"), message);
    }
    for p in &content.village_programmes {
        let at = format!("program \"{}\"", p.id);
        r.text(&format!("{at}.nama"), &p.name);
        r.text(&format!("{at}.ringkasan"), &p.summary);
        for m in &p.partners {
            r.text(&format!("{at}.mitra.peran"), &m.role);
        }
        for i in &p.indicators {
            r.text(&format!("{at}.indikator \"{}\".nama", i.id), &i.name);
            r.text(&format!("{at}.indikator \"{}\".satuan", i.id), &i.unit);
        }
        for m in &p.milestones {
            r.text(&format!("{at}.tahapan.teks"), &m.text);
        }
    }
    problems.append(&mut r.problems);

    let Some(b) = &content.budget else { return };
    let mut r = Report { file: BUDGET_FILE, problems: Vec::new() };
    for (field, message) in b.problems() {
        r.add(field, message);
    }
    r.text("pengaduan", &b.complaints);
    if b.example {
        r.text("catatan", &b.note);
    }
    for (i, x) in b.bidang.iter().enumerate() {
        r.text(&format!("bidang[{i}].nama"), &x.name);
    }
    for (i, x) in b.roles.iter().enumerate() {
        r.text(&format!("pelaksana[{i}].peran"), &x.role);
        r.text(&format!("pelaksana[{i}].tugas"), &x.task);
    }
    for (list, lines) in [("pendapatan", &b.revenue), ("belanja", &b.spending), ("pembiayaan", &b.financing)] {
        for (i, l) in lines.iter().enumerate() {
            r.text(&format!("{list}[{i}].uraian"), &l.label);
            if let Some(source) = &l.source {
                r.text(&format!("{list}[{i}].asal"), source);
            }
        }
    }
    for (i, u) in b.unfinished.iter().enumerate() {
        r.text(&format!("belum_selesai[{i}].uraian"), &u.label);
        r.text(&format!("belum_selesai[{i}].alasan"), &u.reason);
    }
    problems.append(&mut r.problems);
}

/// Health schedules have pages under `/cek/` like the programme checkers, so services can link to them.
pub const SCHEDULE_CHECKERS: &[&str] = &["imunisasi", "kehamilan", "ckg"];

/// Every id defined in the content, to check references against and to find duplicates.
struct Known<'a> {
    sectors: Vec<&'a str>,
    life_events: Vec<&'a str>,
    offices: Vec<&'a str>,
    services: Vec<&'a str>,
    /// Checker ids: the programmes and the health-schedule pages.
    checkers: Vec<&'a str>,
    forms: Vec<&'a str>,
}

impl<'a> Known<'a> {
    fn of(c: &'a Content) -> Self {
        Known {
            sectors: c.sectors.iter().map(|s| s.id.as_str()).collect(),
            life_events: c.life_events.iter().map(|e| e.id.as_str()).collect(),
            offices: c.offices.iter().map(|o| o.id.as_str()).collect(),
            services: c.services.iter().map(|s| s.id.as_str()).collect(),
            checkers: c.programmes.iter().map(|p| p.id.as_str()).chain(SCHEDULE_CHECKERS.iter().copied()).collect(),
            forms: c.forms.iter().map(|f| f.id.as_str()).collect(),
        }
    }
}

/// `ktp-el-baru`: lower-case letters and digits in words joined by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// A real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

pub(crate) fn is_web_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && url.len() > 10 && !url.contains(char::is_whitespace)
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
    if crate::route::RESERVED_SERVICE_IDS.contains(&s.id.as_str()) {
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

const WHATSAPP_HINT: &str = "tulis nomor dengan kode negara tanpa + atau spasi, contoh 6281234567890";

fn is_whatsapp_number(wa: &str) -> bool {
    wa.starts_with("628") && (10..=15).contains(&wa.len()) && wa.bytes().all(|b| b.is_ascii_digit())
}

const PROFILE_FIELDS: &[&str] = &[
    "nama",
    "nama_pendek",
    "sebutan",
    "nama_aplikasi",
    "tagline",
    "kecamatan",
    "kabupaten",
    "provinsi",
    "zona_waktu",
    "alamat_kantor",
    "jam_buka",
    "catatan_jam",
    "telepon",
    "whatsapp",
    "email",
    "pengelola",
];

fn check_profile(r: &mut Report, p: &Profile) {
    if p.nama.trim().is_empty() {
        r.add("nama", "nama desa kosong");
    }
    if p.nama_pendek.as_ref().is_some_and(|n| n.trim().is_empty() || n.chars().count() > 12) {
        r.add("nama_pendek", "nama pendek harus 1 sampai 12 huruf");
    }
    if p.sebutan.trim().is_empty() {
        r.add("sebutan", "tulis Desa, Kelurahan, atau sebutan lain");
    }
    r.text("nama_aplikasi", &p.nama_aplikasi);
    r.text("tagline", &p.tagline);
    r.text("pengelola", &p.pengelola);
    if let Some(note) = &p.catatan_jam {
        r.text("catatan_jam", note);
    }
    if let Some(wa) = &p.whatsapp {
        if !is_whatsapp_number(wa) {
            r.add("whatsapp", WHATSAPP_HINT);
        }
    }
    if let Some(phone) = &p.telepon {
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if !(6..=15).contains(&digits) {
            r.add("telepon", "nomor telepon harus berisi 6 sampai 15 angka");
        }
    }
    if let Some(email) = &p.email {
        let valid = email.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
        if !valid {
            r.add("email", "alamat e-mail tidak valid");
        }
    }
    for field in &p.belum_dikonfirmasi {
        if !PROFILE_FIELDS.contains(&field.as_str()) {
            r.add("belum_dikonfirmasi", format!("\"{field}\" bukan nama kolom profil"));
        }
    }
}

/// Reads and checks `content/`. Used by build.rs and native tests; never compiled into the wasm.
#[cfg(feature = "load")]
pub fn load(dir: &std::path::Path) -> Result<Content, Vec<Problem>> {
    #[derive(Deserialize)]
    struct Sectors {
        sektor: Vec<Sector>,
    }
    #[derive(Deserialize)]
    struct LifeEvents {
        keperluan: Vec<LifeEvent>,
    }
    #[derive(Deserialize)]
    struct Offices {
        kantor: Vec<Office>,
    }
    let mut problems = Vec::new();
    let desa = take(&mut problems, parse_file::<Profile>(dir, PROFILE_FILE));
    let sectors = take(&mut problems, parse_file::<Sectors>(dir, SECTORS_FILE).map(|s| s.sektor));
    let life_events = take(&mut problems, parse_file::<LifeEvents>(dir, LIFE_EVENTS_FILE).map(|e| e.keperluan));
    let offices = take(&mut problems, parse_file::<Offices>(dir, OFFICES_FILE).map(|o| o.kantor));
    let mut services = Vec::new();
    for name in toml_file_names(dir, SERVICES_DIR) {
        if let Some(s) = take(&mut problems, parse_file::<Service>(dir, &name)) {
            if service_file(&s.id) != name {
                problems.push(Problem {
                    file: name.clone(),
                    field: "id".into(),
                    message: format!("id \"{}\" harus sama dengan nama berkas", s.id),
                });
            }
            services.push(s);
        }
    }
    services.sort_by(|a: &Service, b: &Service| a.id.cmp(&b.id));
    let schedules = take(&mut problems, crate::schedule::load_schedules(dir));
    let forms = take(&mut problems, crate::form_check::load_forms(dir));
    let rules = take(&mut problems, crate::rules::load_programmes(dir));
    let agenda = take(&mut problems, parse_file::<Agenda>(dir, AGENDA_FILE));
    #[derive(Deserialize)]
    struct VillageProgrammes {
        #[serde(default)]
        program: Vec<crate::transparency::VillageProgramme>,
    }
    // Both optional: a desa may publish its programmes and budget later.
    let village_programmes = match dir.join(VILLAGE_PROGRAMMES_FILE).exists() {
        true => take(&mut problems, parse_file::<VillageProgrammes>(dir, VILLAGE_PROGRAMMES_FILE).map(|p| p.program)),
        false => Some(Vec::new()),
    };
    #[derive(Deserialize)]
    struct Topics {
        topik: Vec<crate::article::Topic>,
    }
    #[derive(Deserialize)]
    struct Synonyms {
        sinonim: Vec<SynonymGroup>,
    }
    #[derive(Deserialize)]
    struct SynonymGroup {
        kata: Vec<String>,
    }
    let mut articles = Vec::new();
    for name in toml_file_names(dir, ARTICLES_DIR) {
        if let Some(a) = take(&mut problems, parse_file::<crate::article::Article>(dir, &name)) {
            if article_file(&a.id) != name {
                problems.push(Problem {
                    file: name.clone(),
                    field: "id".into(),
                    message: format!("id \"{}\" harus sama dengan nama berkas", a.id),
                });
            }
            articles.push(a);
        }
    }
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    let topics = match dir.join(TOPICS_FILE).exists() {
        true => take(&mut problems, parse_file::<Topics>(dir, TOPICS_FILE).map(|t| t.topik)),
        false => Some(Vec::new()),
    };
    let synonyms = match dir.join(SYNONYMS_FILE).exists() {
        true => take(
            &mut problems,
            parse_file::<Synonyms>(dir, SYNONYMS_FILE).map(|s| s.sinonim.into_iter().map(|g| g.kata).collect()),
        ),
        false => Some(Vec::new()),
    };
    let budget = match dir.join(BUDGET_FILE).exists() {
        true => take(&mut problems, parse_file::<crate::transparency::Budget>(dir, BUDGET_FILE).map(Some)),
        false => Some(None),
    };
    #[derive(Deserialize)]
    struct Documents {
        dokumen: Vec<crate::catalog::DocumentKind>,
    }
    let documents = match dir.join(DOCUMENTS_FILE).exists() {
        true => take(&mut problems, parse_file::<Documents>(dir, DOCUMENTS_FILE).map(|d| d.dokumen)),
        false => Some(Vec::new()),
    };
    let holidays = match dir.join(HOLIDAYS_FILE).exists() {
        true => take(&mut problems, parse_file::<crate::visit::Holidays>(dir, HOLIDAYS_FILE).map(Some)),
        false => Some(None),
    };
    let letters = match dir.join(crate::letter::SETTINGS_FILE).exists() {
        true => take(
            &mut problems,
            parse_file::<crate::letter::LetterSettings>(dir, crate::letter::SETTINGS_FILE).map(Some),
        ),
        false => Some(None),
    };
    let (
        Some(desa),
        Some(sectors),
        Some(life_events),
        Some(offices),
        Some(schedules),
        Some(mut forms),
        Some((questions, programmes)),
        Some(agenda),
        Some(village_programmes),
        Some(budget),
        Some(topics),
        Some(synonyms),
        Some(documents),
        Some(holidays),
        Some(letters),
    ) = (
        desa,
        sectors,
        life_events,
        offices,
        schedules,
        forms,
        rules,
        agenda,
        village_programmes,
        budget,
        topics,
        synonyms,
        documents,
        holidays,
        letters,
    )
    else {
        return Err(problems);
    };
    forms.sort_by(|a, b| a.id.cmp(&b.id));
    let content = Content {
        desa,
        sectors,
        life_events,
        offices,
        services,
        schedules,
        forms,
        questions,
        programmes,
        agenda,
        articles,
        topics,
        synonyms,
        village_programmes,
        budget,
        documents,
        holidays,
        letters,
    };
    problems.extend(check(&content));
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

/// The parsed value, or `None` with its problems added to the report.
#[cfg(feature = "load")]
fn take<T>(problems: &mut Vec<Problem>, parsed: Result<T, Vec<Problem>>) -> Option<T> {
    parsed.map_err(|mut p| problems.append(&mut p)).ok()
}

/// `<folder>/<name>.toml` for every TOML file in a content folder, sorted so reports are stable.
#[cfg(feature = "load")]
pub(crate) fn toml_file_names(dir: &std::path::Path, folder: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join(folder))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.ends_with(".toml"))
                .map(|n| format!("{folder}/{n}"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Parses one TOML file; a syntax or type error becomes a problem naming the file, the field and the line.
#[cfg(feature = "load")]
pub fn parse_file<T: serde::de::DeserializeOwned>(dir: &std::path::Path, name: &str) -> Result<T, Vec<Problem>> {
    let problem = |field: String, message: String| vec![Problem { file: name.to_string(), field, message }];
    let text = std::fs::read_to_string(dir.join(name))
        .map_err(|e| problem("-".into(), format!("berkas tidak bisa dibaca: {e}")))?;
    parse_toml(name, &text)
}

/// Parses TOML text that came from the file `name`.
#[cfg(feature = "load")]
pub fn parse_toml<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, Vec<Problem>> {
    toml::from_str(text).map_err(|e| {
        // Count line breaks, not lines: a span that starts a line (an unknown key) must not name the line above.
        let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
        let field = line.map_or_else(|| "-".to_string(), |l| format!("baris {l}"));
        vec![Problem { file: name.to_string(), field, message: e.message().to_string() }]
    })
}
