//! Build-time work, so the running app trusts its inputs:
//! 1. reads and checks `content/` (the build fails with every problem, naming file and field). The content
//!    itself is not embedded: pages are rendered from it at build time and islands receive what they need as
//!    props. Only the two facts the browser code needs everywhere are written out: the desa's time zone and
//!    which field of each form holds the person's name;
//! 2. turns `locales/*.toml` into a `Key` enum and one text table per language, failing when a key or a
//!    `{placeholder}` is missing in either language.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    // LAYANAN_CONTENT points the build at another content folder (a test fixture, or a desa's own copy).
    println!("cargo::rerun-if-env-changed=LAYANAN_CONTENT");
    let content_dir =
        std::env::var("LAYANAN_CONTENT").ok().filter(|d| !d.is_empty()).unwrap_or_else(|| "content".into());
    println!("cargo::rerun-if-changed={content_dir}");
    println!("cargo::rerun-if-changed=locales");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));

    match layanan_core::content::load(Path::new(&content_dir)) {
        Ok(content) => {
            let zone = format!(
                "/// Minutes east of UTC of the desa's time zone (`zona_waktu` in desa.toml).\npub const ZONE_OFFSET_MINUTES: i32 = {};\n",
                content.village.time_zone.offset_minutes()
            );
            std::fs::write(out.join("desa.rs"), zone).expect("write desa.rs");
            let names: Vec<String> = content
                .forms
                .iter()
                .filter_map(|f| {
                    f.personal_field(layanan_core::forms::PersonalDatum::Name)
                        .map(|field| format!("({:?}, {:?})", f.id, field.id))
                })
                .collect();
            let table = format!("const NAME_FIELDS: &[(&str, &str)] = &[{}];\n", names.join(", "));
            std::fs::write(out.join("name_fields.rs"), table).expect("write name_fields.rs");
        }
        Err(problems) => fail(&content_dir, problems.iter().map(|p| format!("{content_dir}/{p}")).collect()),
    }

    let id = read_locale("locales/id.toml");
    let en = read_locale("locales/en.toml");
    let problems = compare_locales(&id, &en);
    if !problems.is_empty() {
        fail("locales/", problems);
    }
    std::fs::write(out.join("i18n.rs"), generate_i18n(&id, &en)).expect("write i18n.rs");
}

fn fail(what: &str, problems: Vec<String>) -> ! {
    eprintln!("\n{} problem(s) in {what}:", problems.len());
    for p in &problems {
        eprintln!("  {p}");
        println!("cargo::warning={p}");
    }
    std::process::exit(1);
}

fn read_locale(path: &str) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, vec![format!("{path}: {e}")]));
    let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| fail(path, vec![format!("{path}: {e}")]));
    table
        .into_iter()
        .map(|(k, v)| match v {
            toml::Value::String(s) => (k, s),
            other => fail(path, vec![format!("{path}: {k}: harus teks, bukan {}", other.type_str())]),
        })
        .collect()
}

/// `{name}` placeholders in a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

fn compare_locales(id: &BTreeMap<String, String>, en: &BTreeMap<String, String>) -> Vec<String> {
    let mut problems = Vec::new();
    for key in id.keys().filter(|k| !en.contains_key(*k)) {
        problems.push(format!("locales/en.toml: {key}: terjemahan belum ada"));
    }
    for key in en.keys().filter(|k| !id.contains_key(*k)) {
        problems.push(format!("locales/id.toml: {key}: teks belum ada"));
    }
    for (key, id_text) in id {
        if let Some(en_text) = en.get(key) {
            if placeholders(id_text) != placeholders(en_text) {
                problems.push(format!("locales/en.toml: {key}: isian {{…}} harus sama dengan id.toml"));
            }
            if id_text.trim().is_empty() || en_text.trim().is_empty() {
                problems.push(format!("locales: {key}: teks kosong"));
            }
        }
        let valid = key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !valid || key.starts_with(|c: char| c.is_ascii_digit()) {
            problems.push(format!("locales/id.toml: {key}: kunci hanya huruf kecil, angka, dan _"));
        }
    }
    problems
}

fn generate_i18n(id: &BTreeMap<String, String>, en: &BTreeMap<String, String>) -> String {
    // Each key is a constant holding both texts, not an index into one table: a wasm bundle then carries only
    // the texts its code uses (the reading bundle uses a tenth of them).
    let mut s = String::from(
        "// Generated by build.rs from locales/*.toml. Do not edit.\n\
         /// One interface text; every key exists in every language (checked at build time).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub struct Key {\n    id: &'static str,\n    en: &'static str,\n}\n\
         #[allow(non_upper_case_globals)]\nimpl Key {\n",
    );
    for (key, id_text) in id {
        writeln!(s, "    pub const {key}: Key = Key {{ id: {id_text:?}, en: {:?} }};", en[key]).unwrap();
    }
    s.push_str("}\n");
    s.push_str(
        "/// The text of `key` in `lang`.\npub fn text(lang: layanan_core::base::lang::Lang, key: Key) -> &'static str {\n    \
         match lang {\n        layanan_core::base::lang::Lang::Id => key.id,\n        \
         layanan_core::base::lang::Lang::En => key.en,\n    }\n}\n",
    );
    s
}
