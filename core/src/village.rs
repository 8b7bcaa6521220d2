//! The village (`content/desa.toml`): its name, who runs the app, and how to reach the office.

use crate::base::check::{is_whatsapp_number, Problem, Report, WHATSAPP_HINT};
use crate::base::hours::{TimeZone, WeeklyHours};
use crate::base::lang::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Village {
    /// The desa's name without "Desa", e.g. "Tanjung Barat".
    #[serde(rename = "nama")]
    pub name: String,
    /// What the place is called: "Desa", "Kelurahan", "Nagari", "Gampong"…
    #[serde(rename = "sebutan", default = "default_designation")]
    pub designation: String,
    /// The app's own name, shown in the header.
    #[serde(rename = "nama_aplikasi")]
    pub app_name: Text,
    /// At most 12 characters: the name under the icon on a phone's home screen.
    #[serde(rename = "nama_pendek")]
    pub short_name: Option<String>,
    /// One sentence on what the app is for.
    pub tagline: Text,
    #[serde(rename = "kecamatan")]
    pub district: Option<String>,
    #[serde(rename = "kabupaten")]
    pub regency: Option<String>,
    #[serde(rename = "provinsi")]
    pub province: Option<String>,
    #[serde(rename = "zona_waktu", default)]
    pub time_zone: TimeZone,
    #[serde(rename = "alamat_kantor")]
    pub office_address: Option<String>,
    #[serde(rename = "jam_buka")]
    pub opening_hours: WeeklyHours,
    /// A note shown under the hours, e.g. public holidays.
    #[serde(rename = "catatan_jam")]
    pub hours_note: Option<Text>,
    #[serde(rename = "telepon")]
    pub phone: Option<String>,
    /// The WhatsApp number in international form without "+", e.g. 6281234567890.
    pub whatsapp: Option<String>,
    pub email: Option<String>,
    /// Who runs the service, for the Tentang page.
    #[serde(rename = "pengelola")]
    pub managed_by: Text,
    /// Field names whose value the desa has not confirmed yet; the app marks them.
    #[serde(rename = "belum_dikonfirmasi", default)]
    pub unconfirmed: Vec<String>,
}

fn default_designation() -> String {
    "Desa".into()
}

impl Village {
    /// "Desa Tanjung Barat".
    pub fn full_name(&self) -> String {
        format!("{} {}", self.designation, self.name)
    }

    /// "Kec. X, Kab. Y, Prov. Z", leaving out what is not filled in.
    pub fn region(&self) -> Option<String> {
        let parts: Vec<String> = [("Kec. ", &self.district), ("", &self.regency), ("Prov. ", &self.province)]
            .into_iter()
            .filter_map(|(prefix, v)| v.as_deref().filter(|s| !s.trim().is_empty()).map(|s| format!("{prefix}{s}")))
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    pub fn is_unconfirmed(&self, field: &str) -> bool {
        self.unconfirmed.iter().any(|f| f == field)
    }

    /// `tel:` link for the office phone, digits and a leading + only.
    pub fn phone_link(&self) -> Option<String> {
        self.phone.as_deref().map(|p| {
            let digits: String = p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
            format!("tel:{digits}")
        })
    }

    /// `https://wa.me/<number>` for the office WhatsApp.
    pub fn whatsapp_link(&self) -> Option<String> {
        self.whatsapp.as_deref().map(|n| format!("https://wa.me/{n}"))
    }
}

pub const PROFILE_FILE: &str = "desa.toml";

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

/// Every problem of the village profile (`desa.toml`).
pub fn problems(p: &Village) -> Vec<Problem> {
    let mut r = Report::new(PROFILE_FILE);
    if p.name.trim().is_empty() {
        r.add("nama", "nama desa kosong");
    }
    if p.short_name.as_ref().is_some_and(|n| n.trim().is_empty() || n.chars().count() > 12) {
        r.add("nama_pendek", "nama pendek harus 1 sampai 12 huruf");
    }
    if p.designation.trim().is_empty() {
        r.add("sebutan", "tulis Desa, Kelurahan, atau sebutan lain");
    }
    r.text("nama_aplikasi", &p.app_name);
    r.text("tagline", &p.tagline);
    r.text("pengelola", &p.managed_by);
    if let Some(note) = &p.hours_note {
        r.text("catatan_jam", note);
    }
    if let Some(wa) = &p.whatsapp {
        if !is_whatsapp_number(wa) {
            r.add("whatsapp", WHATSAPP_HINT);
        }
    }
    if let Some(phone) = &p.phone {
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
    for field in &p.unconfirmed {
        if !PROFILE_FIELDS.contains(&field.as_str()) {
            r.add("belum_dikonfirmasi", format!("\"{field}\" bukan nama kolom profil"));
        }
    }
    r.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_leaves_out_missing_parts() {
        let mut p = Village { name: "Tanjung Barat".into(), designation: "Desa".into(), ..Default::default() };
        assert_eq!(p.full_name(), "Desa Tanjung Barat");
        assert_eq!(p.region(), None);
        p.regency = Some("Kab. Contoh".into());
        p.province = Some("Jawa Barat".into());
        assert_eq!(p.region().as_deref(), Some("Kab. Contoh, Prov. Jawa Barat"));
    }

    #[test]
    fn contact_links_keep_only_dialable_characters() {
        let p = Village {
            phone: Some("(0261) 123-456".into()),
            whatsapp: Some("6281234567890".into()),
            ..Default::default()
        };
        assert_eq!(p.phone_link().as_deref(), Some("tel:0261123456"));
        assert_eq!(p.whatsapp_link().as_deref(), Some("https://wa.me/6281234567890"));
    }
}
