//! The service catalogue: services, offices, sectors and life events, as village staff write them.
//!
//! Content keys are plain Indonesian (`persyaratan`, `alur`, `biaya`) because staff edit them; the Rust names
//! are English. One file per service in `content/layanan/`, offices in `content/kantor.toml`, sectors and life
//! events in `content/sektor.toml` and `content/keperluan.toml`.

use crate::base::hours::WeeklyHours;
use crate::base::lang::Text;
use crate::base::link::Link;
use serde::{Deserialize, Serialize};

mod problems;

pub use problems::{
    applicable_documents, document_condition_problems, problems, service_file, Known, LIFE_EVENTS_FILE, OFFICES_FILE,
    RESERVED_SERVICE_IDS, SECTORS_FILE, SERVICES_DIR,
};

/// One public service a resident can use.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// URL slug, e.g. `ktp-el-baru`; also the file name.
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "ringkasan")]
    pub summary: Text,
    /// Sector id from `sektor.toml`.
    #[serde(rename = "sektor")]
    pub sector: String,
    /// Life-event ids from `keperluan.toml` under which this service is listed.
    #[serde(rename = "keperluan", default)]
    pub life_events: Vec<String>,
    /// Other words people search with: abbreviations, old names, everyday words.
    #[serde(rename = "kata_kunci", default)]
    pub keywords: Vec<String>,
    /// Who may use it, in plain words.
    #[serde(rename = "siapa")]
    pub who: Text,
    /// Documents to bring.
    #[serde(rename = "persyaratan", default)]
    pub documents: Vec<Document>,
    /// Steps, in order.
    #[serde(rename = "alur", default)]
    pub steps: Vec<Text>,
    #[serde(rename = "biaya")]
    pub cost: Cost,
    /// Processing time, e.g. "Hari itu juga bila blangko tersedia".
    #[serde(rename = "waktu")]
    pub time: Text,
    /// Office ids from `kantor.toml`, the first being where to go first.
    #[serde(rename = "kantor")]
    pub offices: Vec<String>,
    #[serde(rename = "daring", default)]
    pub online: Vec<Link>,
    #[serde(rename = "dasar_hukum", default)]
    pub legal_basis: Vec<String>,
    /// Partner agencies: Dinas, Puskesmas, NGO, company CSR.
    #[serde(rename = "mitra", default)]
    pub partners: Vec<Text>,
    #[serde(rename = "terkait", default)]
    pub related: Vec<String>,
    /// Checker ids (`/cek/:program`) that apply to this service.
    #[serde(rename = "cek", default)]
    pub checkers: Vec<String>,
    /// Form ids (`/formulir/:form`) for this service.
    #[serde(rename = "formulir", default)]
    pub forms: Vec<String>,
    /// Extra notes worth knowing.
    #[serde(rename = "catatan", default)]
    pub notes: Vec<Text>,
    #[serde(rename = "sumber")]
    pub sources: Vec<Link>,
    /// When the facts were last checked, `YYYY-MM-DD`.
    #[serde(rename = "diperiksa")]
    pub checked: String,
    /// Fields whose facts are not confirmed or vary by desa; the page says "pastikan di kantor desa" there.
    #[serde(rename = "belum_pasti", default)]
    pub unconfirmed: Vec<String>,
    /// The offices a resident goes to for this service, in order, for the visit planner.
    #[serde(rename = "kunjungan", default)]
    pub visit: Vec<VisitStep>,
}

impl Service {
    /// Where the application is made: the last visit step's office, else the first office named.
    pub fn main_office(&self) -> &str {
        self.visit.last().map(|s| s.office.as_str()).or(self.offices.first().map(String::as_str)).unwrap_or("")
    }
}

/// One stop on the way to a service: "Minta surat pengantar RT/RW" at `rt-rw`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitStep {
    #[serde(rename = "kantor")]
    pub office: String,
    /// What the resident does there.
    #[serde(rename = "untuk")]
    pub purpose: Text,
    /// What this stop gives is usually ready another day (`jadi = "hari_lain"`), so the next stop cannot
    /// follow on the same day.
    #[serde(rename = "jadi", default)]
    pub ready: Ready,
    /// The person themselves must come (photo, fingerprints, signature): a volunteer cannot go for them.
    #[serde(rename = "datang_sendiri", default)]
    pub in_person: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ready {
    #[default]
    #[serde(rename = "hari_itu")]
    SameDay,
    #[serde(rename = "hari_lain")]
    AnotherDay,
}

/// A document several services ask for (`content/dokumen.toml`), so a plan can merge them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentKind {
    /// `kk`, `ktp_el`, `pengantar_rt_rw`: lower-case letters, digits and `_`.
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
}

/// How a document is brought: the original shown, photocopies handed in, or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DocumentForm {
    #[default]
    #[serde(rename = "asli")]
    Original,
    #[serde(rename = "fotokopi")]
    Copy,
    #[serde(rename = "asli_dan_fotokopi")]
    OriginalAndCopy,
}

impl DocumentForm {
    pub fn shows_original(self) -> bool {
        self != DocumentForm::Copy
    }

    pub fn hands_in_copies(self) -> bool {
        self != DocumentForm::Original
    }
}

/// A document to bring, possibly only in some situations ("jika hilang").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "jika", default)]
    pub condition: Option<Text>,
    /// The canonical documents this line asks for (`content/dokumen.toml`): one (`dokumen = "kk"`), or all of
    /// a few named together (`dokumen = ["ktp_el", "kk"]` for "KTP dan KK").
    #[serde(rename = "dokumen", default, deserialize_with = "one_or_many", skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<String>,
    #[serde(rename = "bentuk", default)]
    pub form: DocumentForm,
    /// Photocopies handed in (for `fotokopi` and `asli_dan_fotokopi`); one when not said.
    #[serde(rename = "jumlah", default)]
    pub copies: Option<u32>,
    /// The office it is shown or handed in at, when not the service's [`Service::main_office`].
    #[serde(rename = "kantor", default)]
    pub office: Option<String>,
    /// Needed only when the service's form has this answer (`tampil_jika = { isian = "keperluan",
    /// sama_dengan = "berobat" }`), so a printout lists only the documents that apply.
    #[serde(rename = "tampil_jika", default, skip_serializing_if = "Option::is_none")]
    pub applies_if: Option<crate::forms::Condition>,
}

/// What a service costs. Free services name the rule that makes them free.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    pub rupiah: u64,
    #[serde(rename = "dasar_hukum", default)]
    pub legal_basis: Option<String>,
    #[serde(rename = "keterangan", default)]
    pub note: Option<Text>,
}

/// A place where a service is given.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "alamat", default)]
    pub address: Option<String>,
    #[serde(rename = "jam_buka", default)]
    pub hours: Option<WeeklyHours>,
    #[serde(rename = "catatan_jam", default)]
    pub hours_note: Option<Text>,
    #[serde(rename = "telepon", default)]
    pub phone: Option<String>,
    #[serde(rename = "whatsapp", default)]
    pub whatsapp: Option<String>,
    /// A map link that opens the phone's map app; no map tiles are loaded by the app.
    #[serde(rename = "peta", default)]
    pub map: Option<String>,
    #[serde(rename = "belum_dikonfirmasi", default)]
    pub unconfirmed: Vec<String>,
}

/// A sector of Pelayanan Terpadu (kependudukan, kesehatan, …).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    /// One of [`ICONS`]: drawn by the app as a small inline picture, next to the text that names it.
    #[serde(rename = "ikon")]
    pub icon: String,
}

/// A life event ("Punya bayi") that leads to the services it needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LifeEvent {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: Text,
    #[serde(rename = "ikon")]
    pub icon: String,
}

/// The names of the icons the app can draw (`ikon` in content). Pictures only ever go next to words, never
/// instead of them. Emoji are not used: older Android phones show many of them as empty boxes.
pub const ICONS: &[&str] = &[
    "alat",
    "bayi",
    "beranda",
    "buku",
    "bunga",
    "cari",
    "catatan",
    "centang",
    "cincin",
    "daftar",
    "grafik",
    "info",
    "kalender",
    "kartu",
    "keranjang",
    "kesehatan",
    "kotak-masuk",
    "lansia",
    "lokasi",
    "makanan",
    "obat",
    "orang",
    "pesan",
    "pohon",
    "rumah",
    "sekolah",
    "suara",
    "surat",
    "tas",
    "toko",
    "tunas",
];

/// A list written either as one value or as an array. A visitor rather than an untagged enum: untagged
/// decoding buffers every value and cost the browser bundles 2 KB for the documents in their props.
fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    struct OneOrMany;
    impl<'de> serde::de::Visitor<'de> for OneOrMany {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a document id or a list of them")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(id) = seq.next_element::<String>()? {
                out.push(id);
            }
            Ok(out)
        }
    }
    d.deserialize_any(OneOrMany)
}
