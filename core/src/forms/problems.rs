//! The content check of forms, and reading them from `content/formulir/` at build time.
//!
//! Every problem names the file and the field in Indonesian, so village staff can fix it; the app only ever
//! receives forms that passed.

use super::{form_file, Condition, Field, FieldKind, Form, PersonalDatum, SEX_OPTIONS};
use crate::base::check::{is_slug, Problem, Report};

/// Every problem in the forms, naming the file and the field; `service_ids` are the services that exist.
pub fn form_problems(forms: &[Form], service_ids: &[&str]) -> Vec<Problem> {
    let ids: Vec<&str> = forms.iter().map(|f| f.id.as_str()).collect();
    let mut problems = Vec::new();
    for form in forms {
        let file = form_file(&form.id);
        let mut r = Report::new(file);
        check_form(&mut r, form, &ids, service_ids);
        problems.append(&mut r.problems);
    }
    problems
}

fn check_form(r: &mut Report, form: &Form, form_ids: &[&str], service_ids: &[&str]) {
    if !is_slug(&form.id) {
        r.add("id", "id hanya boleh huruf kecil, angka, dan tanda hubung, contoh surat-keterangan-usaha");
    }
    if form_ids.iter().filter(|id| **id == form.id).count() > 1 {
        r.add("id", format!("id \"{}\" dipakai lebih dari satu formulir", form.id));
    }
    r.text("nama", &form.name);
    r.text("ringkasan", &form.summary);
    if form.version == 0 {
        r.add("versi", "versi mulai dari 1, lalu dinaikkan setiap kali isian berubah");
    }
    if let Some(service) = form.service.as_deref().filter(|s| !service_ids.contains(s)) {
        r.add("layanan", format!("layanan \"{service}\" tidak dikenal"));
    }
    if form.sections.is_empty() {
        r.add("bagian", "formulir belum punya bagian");
    }
    let field_ids: Vec<&str> = form.fields().map(|f| f.id.as_str()).collect();
    let mut position = 0;
    for (i, section) in form.sections.iter().enumerate() {
        let at = format!("bagian[{i}]");
        r.text(&format!("{at}.judul"), &section.title);
        if section.fields.is_empty() {
            r.add(format!("{at}.isian"), "bagian ini belum punya isian");
        }
        for (j, field) in section.fields.iter().enumerate() {
            check_field(r, form, &format!("{at}.isian[{j}]"), field, &field_ids[..position], service_ids);
            r.id(&format!("{at}.isian[{j}]"), &field.id, &field_ids);
            position += 1;
        }
    }
    check_personal_data(r, form);
    super::survey::problems(form, r);
    if let Some(letter) = &form.letter {
        super::letter::check_letter(r, form, letter);
    }
}

/// Whether a label addresses the reader or speaks as the resident ("Anda", "saya"), which an office label
/// must not.
fn speaks_to_reader(label: &crate::base::lang::Text) -> bool {
    let words = |s: &str, list: &[&str]| {
        s.split(|c: char| !c.is_alphanumeric()).any(|w| list.contains(&w.to_lowercase().as_str()))
    };
    words(&label.id, &["anda", "saya", "aku", "kamu"]) || words(&label.en, &["you", "your", "i", "my", "me"])
}

fn check_field(r: &mut Report, form: &Form, at: &str, field: &Field, earlier: &[&str], service_ids: &[&str]) {
    r.text(&format!("{at}.label"), &field.label);
    // The office reads every received answer under its own label, in the third person.
    match &field.office_label {
        Some(label) => {
            r.text(&format!("{at}.label_kantor"), label);
            if speaks_to_reader(label) {
                r.add(
                    format!("{at}.label_kantor"),
                    "label_kantor ditulis sebagai orang ketiga (\"Nama pelapor\"), tanpa \"Anda\" atau \"saya\"",
                );
            }
        }
        None => r.add(
            format!("{at}.label_kantor"),
            "tulis label_kantor: label isian ini untuk petugas yang menerima formulir",
        ),
    }
    if let Some(hint) = &field.hint {
        r.text(&format!("{at}.petunjuk"), hint);
    }
    if let Some(messages) = &field.messages {
        if let Some(t) = &messages.empty {
            r.text(&format!("{at}.pesan.kosong"), t);
        }
        if let Some(t) = &messages.invalid {
            r.text(&format!("{at}.pesan.salah"), t);
        }
    }
    if field.from_address && !matches!(field.kind, FieldKind::Choice | FieldKind::YesNo) {
        r.add(format!("{at}.dari_alamat"), "hanya isian pilihan atau ya/tidak yang boleh diisi dari alamat halaman");
    }
    if field.options_from.is_some() && field.kind != FieldKind::Choice {
        r.add(format!("{at}.pilihan_dari"), "pilihan_dari hanya untuk isian berjenis pilihan");
    }
    if field.kind.has_options() {
        if field.options.len() < 2 {
            r.add(format!("{at}.pilihan"), "isian pilihan perlu paling sedikit 2 pilihan");
        }
        let option_ids: Vec<&str> = field.options.iter().map(|o| o.id.as_str()).collect();
        for (k, option) in field.options.iter().enumerate() {
            r.id(&format!("{at}.pilihan[{k}]"), &option.id, &option_ids);
            r.text(&format!("{at}.pilihan[{k}].label"), &option.label);
            match &option.office_label {
                Some(label) if speaks_to_reader(label) => {
                    r.add(format!("{at}.pilihan[{k}].label_kantor"), "label_kantor ditulis sebagai orang ketiga")
                }
                // Services' names (from `pilihan_dari`) are titles, read the same by both.
                None if speaks_to_reader(&option.label) && !service_ids.contains(&option.id.as_str()) => r.add(
                    format!("{at}.pilihan[{k}].label_kantor"),
                    "pilihan ini memakai \"Anda\" atau \"saya\": tulis label_kantor untuk petugas",
                ),
                _ => {}
            }
        }
    } else if !field.options.is_empty() {
        r.add(format!("{at}.pilihan"), "hanya isian berjenis pilihan atau pilihan_ganda yang punya pilihan");
    }
    if field.max_len.is_some() && !field.kind.is_text() {
        r.add(format!("{at}.batas"), "batas hanya untuk isian teks, teks_panjang, dan alamat");
    }
    if field.max_len == Some(0) {
        r.add(format!("{at}.batas"), "batas harus lebih dari 0");
    }
    if field.when.is_some() && field.kind != FieldKind::Date {
        r.add(format!("{at}.waktu"), "waktu hanya untuk isian tanggal");
    }
    if let Some(cond) = &field.show_if {
        check_condition(r, form, at, cond, earlier);
    }
}

fn check_condition(r: &mut Report, form: &Form, at: &str, cond: &Condition, earlier: &[&str]) {
    let field_at = format!("{at}.tampil_jika.isian");
    if !earlier.contains(&cond.field.as_str()) {
        let message = if form.field(&cond.field).is_some() {
            format!("isian \"{}\" harus ada sebelum isian ini", cond.field)
        } else {
            format!("isian \"{}\" tidak ada di formulir ini", cond.field)
        };
        r.add(field_at, message);
        return;
    }
    let Some(controller) = form.field(&cond.field) else { return };
    let value_at = format!("{at}.tampil_jika.sama_dengan");
    match controller.kind {
        FieldKind::YesNo if cond.equals != "ya" && cond.equals != "tidak" => {
            r.add(value_at, format!("\"{}\": isian ya/tidak hanya bisa sama dengan \"ya\" atau \"tidak\"", cond.equals))
        }
        FieldKind::Choice | FieldKind::MultiChoice if controller.option(&cond.equals).is_none() => {
            r.add(value_at, format!("\"{}\" bukan pilihan di isian \"{}\"", cond.equals, cond.field))
        }
        FieldKind::YesNo | FieldKind::Choice | FieldKind::MultiChoice => {}
        _ => r.add(field_at, format!("isian \"{}\" bukan pilihan atau ya/tidak", cond.field)),
    }
}

/// Each of the applicant's details is held by one field of the right kind.
fn check_personal_data(r: &mut Report, form: &Form) {
    for (i, section) in form.sections.iter().enumerate() {
        for (j, field) in section.fields.iter().enumerate() {
            let Some(datum) = field.personal else { continue };
            let at = format!("bagian[{i}].isian[{j}].data_diri");
            if field.kind != datum.kind() {
                r.add(&at, "jenis isian tidak cocok dengan data_diri ini");
            }
            if form.fields().filter(|f| f.personal == Some(datum)).count() > 1 {
                r.add(&at, "data_diri yang sama dipakai lebih dari satu isian");
            }
            let options: Vec<&str> = field.options.iter().map(|o| o.id.as_str()).collect();
            if datum == PersonalDatum::Sex && options != SEX_OPTIONS {
                r.add(&at, "pilihan jenis kelamin harus berid \"laki-laki\" dan \"perempuan\"");
            }
        }
    }
}

/// Reads and checks `content/formulir/`. Services are known by their file names in `content/layanan/`,
/// which the content check keeps equal to their ids.
#[cfg(feature = "load")]
pub fn load_forms(dir: &std::path::Path) -> Result<Vec<Form>, Vec<Problem>> {
    use super::FORMS_DIR;
    use crate::base::check::{parse_file, toml_file_names};
    let mut problems = Vec::new();
    let mut forms = Vec::new();
    for name in toml_file_names(dir, FORMS_DIR) {
        match parse_file::<Form>(dir, &name) {
            Ok(form) if form_file(&form.id) != name => problems.push(Problem {
                file: name,
                field: "id".into(),
                message: format!("id \"{}\" harus sama dengan nama berkas", form.id),
            }),
            Ok(form) => forms.push(form),
            Err(mut p) => problems.append(&mut p),
        }
    }
    forms.sort_by(|a, b| a.id.cmp(&b.id));
    if problems.is_empty() {
        Ok(forms)
    } else {
        Err(problems)
    }
}
