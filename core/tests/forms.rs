//! Forms: the real `content/formulir/` files load and pass the check, the check catches what staff get wrong,
//! and a resident sees the right questions, errors, warnings and summary.

use layanan_core::base::check::parse_toml;
use layanan_core::base::date::CivilDate;
use layanan_core::base::lang::Lang;
use layanan_core::forms::*;
use layanan_core::forms::{form_problems, load_forms};
use std::path::{Path, PathBuf};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// The real forms as the app receives them: loaded with the whole content (the feedback form's services filled
/// in) and checked.
fn real_forms() -> Vec<Form> {
    layanan_core::content::load(&content_dir())
        .unwrap_or_else(|problems| {
            panic!("content has problems:\n{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
        })
        .forms
}

fn today() -> CivilDate {
    CivilDate::new(2026, 11, 22).unwrap()
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn the_real_forms_load_and_pass_the_check() {
    let ids: Vec<String> = real_forms().into_iter().map(|f| f.id).collect();
    assert_eq!(
        ids,
        [
            "izin-keramaian",
            "pendaftaran-beasiswa-desa",
            "pendaftaran-pelatihan-keterampilan",
            "pengantar-skck",
            "permohonan-pengantar-akta-kelahiran",
            "permohonan-pengantar-kk",
            "permohonan-pengantar-ktp-el",
            "permohonan-pinjaman-modal-usaha",
            "sktm",
            "surat-keterangan-domisili",
            "surat-keterangan-kelahiran",
            "surat-keterangan-kematian",
            "surat-keterangan-usaha",
            "survei-jadwal-posyandu",
            "survei-kebutuhan-pelatihan",
            "umpan-balik-layanan",
            "usul-dtsen",
        ]
    );
}

#[test]
fn every_real_form_ends_with_the_applicants_phone() {
    // Community surveys are anonymous: they ask for no name and no number.
    for form in real_forms().into_iter().filter(|f| f.survey.is_none()) {
        let last = form.fields().last().unwrap();
        assert_eq!(last.kind, FieldKind::Phone, "{}", form.id);
        assert_eq!(last.personal, Some(PersonalDatum::Phone), "{}", form.id);
    }
}

#[test]
fn every_real_form_names_its_applicant_for_profiles_to_fill_in() {
    for form in real_forms().into_iter().filter(|f| f.survey.is_none()) {
        assert!(form.personal_field(PersonalDatum::Name).is_some(), "{}", form.id);
        let asks_nik = form.fields().any(|f| f.kind == FieldKind::Nik);
        assert_eq!(asks_nik, form.personal_field(PersonalDatum::Nik).is_some(), "{}: whose NIK is it?", form.id);
    }
}

#[test]
fn the_real_forms_survive_the_json_round_trip_the_build_uses() {
    let forms = real_forms();
    let back: Vec<Form> = serde_json::from_str(&serde_json::to_string(&forms).unwrap()).unwrap();
    assert_eq!(back, forms);
}

#[test]
fn a_complete_real_form_has_no_errors_and_a_missing_conditional_answer_is_caught() {
    let form = real_forms().into_iter().find(|f| f.id == "sktm").unwrap();
    let mut a = answers(&[
        ("nama", "Sutrisno"),
        ("nik", "3201121708900001"),
        ("nomor-kk", "3201122001150003"),
        ("alamat.rt", "3"),
        ("alamat.rw", "2"),
        ("keperluan", "bantuan-sosial"),
        ("telepon", "0812 3456 7890"),
    ]);
    assert_eq!(validate_form(&form, &a, today()), vec![]);
    a.insert("keperluan".into(), "berobat".into());
    let errors = validate_form(&form, &a, today());
    assert_eq!(errors.iter().map(|e| e.field_id.as_str()).collect::<Vec<_>>(), ["tempat-berobat"]);
    assert_eq!(errors[0].message.id, "Nama Puskesmas atau rumah sakit belum diisi.");
}

const TEST_FORM: &str = r#"
id = "uji"
versi = 2
layanan = "sktm"
nama = { id = "Formulir uji", en = "Test form" }
ringkasan = { id = "Untuk pengujian.", en = "For testing." }

[[bagian]]
judul = { id = "Data diri", en = "About you" }

[[bagian.isian]]
id = "nama"
label = { id = "Nama lengkap", en = "Full name" }
label_kantor = { id = "Nama lengkap (kantor)", en = "Full name (office)" }
jenis = "teks"
wajib = true
batas = 10
data_diri = "nama"

[[bagian.isian]]
id = "nik"
label = { id = "NIK", en = "NIK" }
label_kantor = { id = "NIK (kantor)", en = "NIK (office)" }
jenis = "nik"
wajib = true
data_diri = "nik"

[[bagian.isian]]
id = "alamat"
label = { id = "Alamat", en = "Address" }
label_kantor = { id = "Alamat (kantor)", en = "Address (office)" }
jenis = "alamat"
wajib = true

[[bagian]]
judul = { id = "Lain-lain", en = "Other" }

[[bagian.isian]]
id = "lahir"
label = { id = "Tanggal lahir", en = "CivilDate of birth" }
label_kantor = { id = "Tanggal lahir (kantor)", en = "CivilDate of birth (office)" }
jenis = "tanggal"
waktu = "lampau"
data_diri = "tanggal_lahir"

[[bagian.isian]]
id = "jk"
label = { id = "Jenis kelamin", en = "Sex" }
label_kantor = { id = "Jenis kelamin (kantor)", en = "Sex (office)" }
jenis = "pilihan"
data_diri = "jenis_kelamin"
pilihan = [
  { id = "laki-laki", label = { id = "Laki-laki", en = "Male" } },
  { id = "perempuan", label = { id = "Perempuan", en = "Female" } },
]

[[bagian.isian]]
id = "acara"
label = { id = "Tanggal acara", en = "Event date" }
label_kantor = { id = "Tanggal acara (kantor)", en = "Event date (office)" }
jenis = "tanggal"
waktu = "mendatang"

[[bagian.isian]]
id = "jumlah"
label = { id = "Jumlah tamu", en = "Number of guests" }
label_kantor = { id = "Jumlah tamu (kantor)", en = "Number of guests (office)" }
jenis = "angka"

[[bagian.isian]]
id = "uang"
label = { id = "Penghasilan", en = "Income" }
label_kantor = { id = "Penghasilan (kantor)", en = "Income (office)" }
jenis = "rupiah"

[[bagian.isian]]
id = "kk"
label = { id = "Nomor KK", en = "KK number" }
label_kantor = { id = "Nomor KK (kantor)", en = "KK number (office)" }
jenis = "nomor_kk"

[[bagian.isian]]
id = "catatan"
label = { id = "Catatan", en = "Notes" }
label_kantor = { id = "Catatan (kantor)", en = "Notes (office)" }
jenis = "teks_panjang"

[[bagian.isian]]
id = "punya-usaha"
label = { id = "Punya usaha?", en = "Own a business?" }
label_kantor = { id = "Punya usaha? (kantor)", en = "Own a business? (office)" }
jenis = "ya_tidak"
wajib = true

[[bagian.isian]]
id = "jenis-usaha"
label = { id = "Jenis usaha", en = "Type of business" }
label_kantor = { id = "Jenis usaha (kantor)", en = "Type of business (office)" }
jenis = "pilihan_ganda"
wajib = true
tampil_jika = { isian = "punya-usaha", sama_dengan = "ya" }
pilihan = [
  { id = "warung", label = { id = "Warung", en = "Stall" } },
  { id = "ternak", label = { id = "Ternak", en = "Livestock" } },
  { id = "jasa", label = { id = "Jasa", en = "Services" } },
]

[[bagian.isian]]
id = "ternak-apa"
label = { id = "Ternak apa?", en = "Which animals?" }
label_kantor = { id = "Ternak apa? (kantor)", en = "Which animals? (office)" }
jenis = "teks"
wajib = true
tampil_jika = { isian = "jenis-usaha", sama_dengan = "ternak" }
pesan = { kosong = { id = "Tulis hewan ternaknya.", en = "Write which animals you keep." } }

[[bagian]]
judul = { id = "Kontak", en = "Contact" }

[[bagian.isian]]
id = "hp"
label = { id = "Nomor HP", en = "Mobile number" }
label_kantor = { id = "Nomor HP (kantor)", en = "Mobile number (office)" }
jenis = "telepon"
wajib = true
data_diri = "telepon"
pesan = { salah = { id = "Nomor HP ini salah.", en = "This mobile number is wrong." } }
"#;

fn test_form() -> Form {
    parse_toml("formulir/uji.toml", TEST_FORM).unwrap_or_else(|p| panic!("{p:?}"))
}

#[test]
fn the_test_form_itself_passes_the_check() {
    assert_eq!(form_problems(&[test_form()], &["sktm"]), vec![]);
}

/// The error at one field for one answer, or `None` if accepted.
fn error_at(form: &Form, field_id: &str, a: &Answers) -> Option<String> {
    let field = form.field(field_id).unwrap();
    validate_field(form, field, a, today()).err().map(|m| m.id)
}

#[test]
fn answers_are_checked_by_field_type() {
    let form = test_form();
    let accepted = [
        ("nama", "Siti"),
        ("nik", "3201 1257 0890 0002"),
        ("lahir", "17/08/1990"),
        ("lahir", "1990-08-17"),
        ("jk", "perempuan"),
        ("acara", "22/11/2026"),
        ("jumlah", "1.200"),
        ("uang", "1,5 juta"),
        ("uang", "Rp1.500.000,-"),
        ("kk", "3201122001150003"),
        ("catatan", "Satu baris.\nDua baris."),
        ("punya-usaha", "tidak"),
        ("hp", "+62 812-3456-7890"),
    ];
    for (field, value) in accepted {
        assert_eq!(error_at(&form, field, &answers(&[(field, value)])), None, "{field} = {value}");
    }
    let refused = [
        ("nama", "Siti Aminah binti Abdullah", "Terlalu panjang: paling banyak 10 huruf, sekarang 26."),
        ("nik", "12345", "NIK harus 16 angka"),
        ("lahir", "23/11/2026", "belum terjadi"),
        ("lahir", "31/02/1990", "hanya sampai tanggal 28"),
        ("jk", "pria", "tidak ada dalam pilihan"),
        ("acara", "21/11/2026", "sudah lewat"),
        ("jumlah", "dua", "bilangan bulat"),
        ("uang", "1,5", "koma"),
        ("kk", "3201125708900001", "tampaknya NIK"),
        ("punya-usaha", "mungkin", "tidak ada dalam pilihan"),
        ("hp", "0212345678", "Nomor HP ini salah."),
    ];
    for (field, value, says) in refused {
        let error = error_at(&form, field, &answers(&[(field, value)])).unwrap_or_else(|| panic!("{field} = {value}"));
        assert!(error.contains(says), "{field} = {value}: {error}");
    }
}

#[test]
fn empty_answers_are_refused_only_when_required() {
    let form = test_form();
    let none = Answers::new();
    assert_eq!(error_at(&form, "nama", &none).as_deref(), Some("Nama lengkap belum diisi."));
    assert_eq!(error_at(&form, "nama", &answers(&[("nama", "   ")])).as_deref(), Some("Nama lengkap belum diisi."));
    assert_eq!(error_at(&form, "punya-usaha", &none).as_deref(), Some("Pilih jawaban untuk: Punya usaha?"));
    for optional in ["lahir", "jk", "acara", "jumlah", "uang", "kk", "catatan"] {
        assert_eq!(error_at(&form, optional, &none), None, "{optional}");
    }
    let field = form.field("nama").unwrap();
    assert_eq!(validate_field(&form, field, &none, today()).unwrap_err().en, "Full name is not filled in yet.");
}

#[test]
fn an_address_needs_rt_and_rw() {
    let form = test_form();
    assert!(error_at(&form, "alamat", &Answers::new()).unwrap().contains("Alamat belum diisi"));
    let only_street = answers(&[("alamat.jalan", "Jl. Melati 5")]);
    assert!(error_at(&form, "alamat", &only_street).unwrap().contains("Nomor RT belum diisi"));
    let no_rw = answers(&[("alamat.rt", "3")]);
    assert!(error_at(&form, "alamat", &no_rw).unwrap().contains("Nomor RW belum diisi"));
    let bad_rt = answers(&[("alamat.rt", "tiga"), ("alamat.rw", "2")]);
    assert!(error_at(&form, "alamat", &bad_rt).unwrap().contains("angka saja"));
    let long_hamlet = "x".repeat(201);
    let too_long = answers(&[("alamat.rt", "3"), ("alamat.rw", "2"), ("alamat.dusun", long_hamlet.as_str())]);
    assert!(error_at(&form, "alamat", &too_long).unwrap().contains("Terlalu panjang"));
    assert_eq!(error_at(&form, "alamat", &answers(&[("alamat.rt", "003"), ("alamat.rw", "02")])), None);
}

#[test]
fn conditional_fields_hide_and_are_not_validated_when_hidden() {
    let form = test_form();
    let shown = |a: &Answers| visible_fields(&form, a).into_iter().map(|f| f.id.as_str()).collect::<Vec<_>>();

    let no_business = answers(&[("punya-usaha", "tidak")]);
    assert!(!shown(&no_business).contains(&"jenis-usaha"));
    assert!(!shown(&no_business).contains(&"ternak-apa"));
    assert_eq!(error_at(&form, "jenis-usaha", &no_business), None, "hidden, so not asked");

    let business = answers(&[("punya-usaha", "ya")]);
    assert!(shown(&business).contains(&"jenis-usaha"));
    assert_eq!(error_at(&form, "jenis-usaha", &business).as_deref(), Some("Pilih jawaban untuk: Jenis usaha"));

    let livestock = answers(&[("punya-usaha", "ya"), ("jenis-usaha", "warung,ternak")]);
    assert!(shown(&livestock).contains(&"ternak-apa"), "a multiple choice that includes the value shows it");
    assert_eq!(error_at(&form, "ternak-apa", &livestock).as_deref(), Some("Tulis hewan ternaknya."));

    let stale = answers(&[("punya-usaha", "tidak"), ("jenis-usaha", "ternak")]);
    assert!(!shown(&stale).contains(&"ternak-apa"), "hidden when the field it depends on is hidden");
    assert_eq!(error_at(&form, "ternak-apa", &stale), None);
}

#[test]
fn a_page_lists_its_errors_in_field_order() {
    let form = test_form();
    let a = answers(&[("nik", "123"), ("alamat.rt", "3")]);
    let errors = validate_section(&form, 0, &a, today());
    assert_eq!(errors.iter().map(|e| e.field_id.as_str()).collect::<Vec<_>>(), ["nama", "nik", "alamat"]);
    let errors = validate_section(&form, 1, &answers(&[("punya-usaha", "ya")]), today());
    assert_eq!(errors.iter().map(|e| e.field_id.as_str()).collect::<Vec<_>>(), ["jenis-usaha"]);
    assert_eq!(validate_section(&form, 9, &a, today()), vec![]);
    assert_eq!(validate_form(&form, &a, today()).len(), 5);
}

#[test]
fn a_nik_that_disagrees_is_warned_at_the_field_answered_later() {
    let form = test_form();
    let a = answers(&[("nik", "3201121708900001"), ("lahir", "18/08/1990"), ("jk", "perempuan")]);
    let at: Vec<String> = form_warnings(&form, &a).into_iter().map(|w| w.field_id).collect();
    assert_eq!(at, ["lahir", "jk"]);
    assert_eq!(section_warnings(&form, 0, &a), vec![]);
    assert_eq!(section_warnings(&form, 1, &a).len(), 2);
    assert_eq!(
        validate_form(&form, &a, today()).iter().filter(|e| e.field_id == "lahir").count(),
        0,
        "warnings do not block"
    );

    let agreeing = answers(&[("nik", "3201121708900001"), ("lahir", "17/08/1990"), ("jk", "laki-laki")]);
    assert_eq!(form_warnings(&form, &agreeing), vec![]);

    let temporary = answers(&[("nik", "0320112200100015")]);
    let w = section_warnings(&form, 0, &temporary);
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].field_id, "nik");
    assert!(w[0].message.id.contains("NIK sementara"));
}

#[test]
fn a_dusun_typed_with_its_word_is_not_named_twice() {
    let form = test_form();
    for (typed, shown) in
        [("Dusun II", "Dusun II"), ("dusun krajan", "dusun krajan"), ("II", "Dusun II"), ("Dusunan", "Dusun Dusunan")]
    {
        let a = answers(&[("alamat.rt", "3"), ("alamat.rw", "12"), ("alamat.dusun", typed)]);
        let row = summary(&form, &a, Lang::Id).into_iter().find(|r| r.field_id == "alamat").unwrap();
        assert_eq!(row.value, format!("RT 003/RW 012, {shown}"), "typed {typed:?}");
    }
}

#[test]
fn the_summary_shows_labels_and_readable_values() {
    let form = test_form();
    let a = answers(&[
        ("nama", " Siti "),
        ("nik", "3201 1257 0890 0002"),
        ("alamat.jalan", "Jl. Melati 5"),
        ("alamat.rt", "3"),
        ("alamat.rw", "12"),
        ("alamat.dusun", "Krajan"),
        ("lahir", "17/08/1990"),
        ("jk", "perempuan"),
        ("uang", "1,5 juta"),
        ("jumlah", "1.200"),
        ("punya-usaha", "ya"),
        ("jenis-usaha", "ternak,warung"),
        ("ternak-apa", "Kambing"),
        ("hp", "+6281234567890"),
    ]);
    let rows: Vec<(String, String)> = summary(&form, &a, Lang::Id).into_iter().map(|r| (r.label, r.value)).collect();
    let expected = [
        ("Nama lengkap", "Siti"),
        ("NIK", "3201125708900002"),
        ("Alamat", "Jl. Melati 5, RT 003/RW 012, Dusun Krajan"),
        ("Tanggal lahir", "17 Agustus 1990"),
        ("Jenis kelamin", "Perempuan"),
        ("Tanggal acara", "Tidak diisi"),
        ("Jumlah tamu", "1200"),
        ("Penghasilan", "Rp1.500.000"),
        ("Nomor KK", "Tidak diisi"),
        ("Catatan", "Tidak diisi"),
        ("Punya usaha?", "Ya"),
        ("Jenis usaha", "Warung, Ternak"),
        ("Ternak apa?", "Kambing"),
        ("Nomor HP", "0812-3456-7890"),
    ];
    assert_eq!(rows, expected.map(|(l, v)| (l.to_string(), v.to_string())));

    let english = summary(&form, &a, Lang::En);
    let row = |id: &str| english.iter().find(|r| r.field_id == id).unwrap();
    assert_eq!((row("jk").label.as_str(), row("jk").value.as_str()), ("Sex", "Female"));
    assert_eq!(row("lahir").value, "17 August 1990");
    assert_eq!(row("punya-usaha").value, "Yes");
    assert_eq!(row("acara").value, "Not given");
    assert_eq!((row("hp").section, row("nama").section), (2, 0), "rows know their page for the change link");
}

#[test]
fn the_summary_leaves_out_hidden_questions() {
    let form = test_form();
    let a = answers(&[("punya-usaha", "tidak"), ("jenis-usaha", "ternak"), ("ternak-apa", "Kambing")]);
    let ids: Vec<String> = summary(&form, &a, Lang::Id).into_iter().map(|r| r.field_id).collect();
    assert!(ids.contains(&"punya-usaha".to_string()));
    assert!(!ids.contains(&"jenis-usaha".to_string()) && !ids.contains(&"ternak-apa".to_string()));
}

#[test]
fn only_visible_answers_leave_the_phone() {
    let form = test_form();
    let a =
        answers(&[("alamat.rt", "3"), ("punya-usaha", "tidak"), ("jenis-usaha", "ternak"), ("ternak-apa", "Kambing")]);
    let kept: Vec<String> = visible_answers(&form, &a).into_keys().collect();
    assert_eq!(kept, ["alamat.rt", "punya-usaha"]);
}

#[test]
fn ticking_choices_keeps_the_forms_order() {
    let form = test_form();
    let field = form.field("jenis-usaha").unwrap();
    let raw = field.set_choice("", "jasa", true);
    let raw = field.set_choice(&raw, "warung", true);
    assert_eq!(raw, "warung,jasa");
    assert_eq!(field.set_choice(&raw, "warung", false), "jasa");
    assert_eq!(field.set_choice(&raw, "hilang", true), "warung,jasa", "unknown options are never added");
    assert_eq!(chosen(" warung , ,jasa").collect::<Vec<_>>(), ["warung", "jasa"]);
}

/// `file: field` of every problem, to compare with what staff should be told.
fn problem_fields(forms: &[Form]) -> Vec<String> {
    form_problems(forms, &["sktm"]).into_iter().map(|p| format!("{}: {}", p.file, p.field)).collect()
}

#[test]
fn the_check_names_each_mistake_by_file_and_field() {
    let broken = TEST_FORM
        .replace("versi = 2", "versi = 0")
        .replace(r#"layanan = "sktm""#, r#"layanan = "sktm-lama""#)
        .replace(
            r#"ringkasan = { id = "Untuk pengujian.", en = "For testing." }"#,
            r#"ringkasan = { id = "Untuk pengujian." }"#,
        )
        .replace(r#"id = "jumlah""#, r#"id = "nama""#)
        .replace(r#"id = "catatan""#, r#"id = "Catatan Lain""#)
        .replace(
            r#"{ isian = "punya-usaha", sama_dengan = "ya" }"#,
            r#"{ isian = "punya-usaha", sama_dengan = "iya" }"#,
        )
        .replace(
            r#"{ isian = "jenis-usaha", sama_dengan = "ternak" }"#,
            r#"{ isian = "jenis-usaha", sama_dengan = "sapi" }"#,
        )
        .replace(r#"jenis = "nomor_kk""#, "jenis = \"nomor_kk\"\nwaktu = \"lampau\"\nbatas = 16")
        .replace(r#"data_diri = "tanggal_lahir""#, r#"data_diri = "nik""#)
        .replace(r#"{ id = "perempuan", label"#, r#"{ id = "wanita", label"#);
    let mut form: Form = parse_toml("formulir/uji.toml", &broken).unwrap_or_else(|p| panic!("{p:?}"));
    form.sections.push(Section { title: form.sections[0].title.clone(), fields: vec![] });
    assert_eq!(
        problem_fields(&[form]),
        [
            "formulir/uji.toml: ringkasan.en",
            "formulir/uji.toml: versi",
            "formulir/uji.toml: layanan",
            "formulir/uji.toml: bagian[0].isian[0].id",
            "formulir/uji.toml: bagian[1].isian[3].id",
            "formulir/uji.toml: bagian[1].isian[5].batas",
            "formulir/uji.toml: bagian[1].isian[5].waktu",
            "formulir/uji.toml: bagian[1].isian[6].id",
            "formulir/uji.toml: bagian[1].isian[8].tampil_jika.sama_dengan",
            "formulir/uji.toml: bagian[1].isian[9].tampil_jika.sama_dengan",
            "formulir/uji.toml: bagian[3].isian",
            "formulir/uji.toml: bagian[0].isian[1].data_diri",
            "formulir/uji.toml: bagian[1].isian[0].data_diri",
            "formulir/uji.toml: bagian[1].isian[0].data_diri",
            "formulir/uji.toml: bagian[1].isian[1].data_diri",
        ]
    );
}

/// A one-section form with one field, written as staff would.
fn one_field_form(field: &str) -> Form {
    let text = format!(
        "id = \"kecil\"\nversi = 1\nnama = {{ id = \"Kecil\", en = \"Small\" }}\nringkasan = {{ id = \"Kecil\", en = \"Small\" }}\n\
         [[bagian]]\njudul = {{ id = \"Satu\", en = \"One\" }}\n\
         [[bagian.isian]]\nid = \"pilih\"\nlabel = {{ id = \"Pilih\", en = \"Choose\" }}\nlabel_kantor = {{ id = \"Pilihan\", en = \"Choice\" }}\njenis = \"pilihan\"\n\
         pilihan = [{{ id = \"a\", label = {{ id = \"A\", en = \"A\" }} }}, {{ id = \"b\", label = {{ id = \"B\", en = \"B\" }} }}]\n\
         [[bagian.isian]]\nlabel = {{ id = \"Isian\", en = \"Field\" }}\nlabel_kantor = {{ id = \"Isian\", en = \"Field\" }}\n{field}\n"
    );
    parse_toml("formulir/kecil.toml", &text).unwrap_or_else(|p| panic!("{p:?}"))
}

#[test]
fn the_check_explains_choice_and_condition_mistakes() {
    let table = [
        ("id = \"x\"\njenis = \"pilihan\"", "bagian[0].isian[1].pilihan", "paling sedikit 2 pilihan"),
        (
            "id = \"x\"\njenis = \"teks\"\npilihan = [{ id = \"a\", label = { id = \"A\", en = \"A\" } }]",
            "bagian[0].isian[1].pilihan",
            "hanya isian berjenis pilihan",
        ),
        (
            "id = \"x\"\njenis = \"teks\"\ntampil_jika = { isian = \"tidak-ada\", sama_dengan = \"a\" }",
            "bagian[0].isian[1].tampil_jika.isian",
            "tidak ada di formulir ini",
        ),
        (
            "id = \"x\"\njenis = \"teks\"\ntampil_jika = { isian = \"x\", sama_dengan = \"a\" }",
            "bagian[0].isian[1].tampil_jika.isian",
            "harus ada sebelum isian ini",
        ),
        (
            "id = \"x\"\njenis = \"teks\"\ntampil_jika = { isian = \"pilih\", sama_dengan = \"c\" }",
            "bagian[0].isian[1].tampil_jika.sama_dengan",
            "\"c\" bukan pilihan di isian \"pilih\"",
        ),
        ("id = \"x\"\njenis = \"teks\"\ndata_diri = \"nik\"", "bagian[0].isian[1].data_diri", "tidak cocok"),
        ("id = \"x\"\njenis = \"teks\"\nbatas = 0", "bagian[0].isian[1].batas", "lebih dari 0"),
        ("id = \"x_1\"\njenis = \"teks\"", "bagian[0].isian[1].id", "huruf kecil"),
    ];
    for (field, at, says) in table {
        let problems = form_problems(&[one_field_form(field)], &[]);
        assert_eq!(problems.len(), 1, "{field}: {problems:?}");
        assert_eq!(problems[0].field, at, "{field}");
        assert!(problems[0].message.contains(says), "{field}: {}", problems[0].message);
    }
    let condition_on_text = one_field_form("id = \"x\"\njenis = \"teks\"");
    let mut later =
        one_field_form("id = \"y\"\njenis = \"teks\"\ntampil_jika = { isian = \"x\", sama_dengan = \"a\" }");
    later.sections[0].fields.insert(1, condition_on_text.sections[0].fields[1].clone());
    let problems = form_problems(&[later], &[]);
    assert!(problems[0].message.contains("bukan pilihan atau ya/tidak"), "{problems:?}");
}

#[test]
fn two_forms_with_one_id_are_both_reported() {
    let form = one_field_form("id = \"x\"\njenis = \"teks\"");
    let problems = form_problems(&[form.clone(), form], &[]);
    assert_eq!(problems.len(), 2);
    assert!(problems.iter().all(|p| p.field == "id" && p.message.contains("lebih dari satu formulir")));
}

/// A scratch `content/` with the given form files, removed when dropped.
struct ScratchContent(PathBuf);

impl ScratchContent {
    fn with(name: &str, files: &[(&str, &str)]) -> Self {
        let dir = std::env::temp_dir().join(format!("layanan-forms-{name}-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("formulir")).unwrap();
        std::fs::create_dir_all(dir.join("layanan")).unwrap();
        std::fs::write(dir.join("layanan/sktm.toml"), "").unwrap();
        for (file, text) in files {
            std::fs::write(dir.join("formulir").join(file), text).unwrap();
        }
        ScratchContent(dir)
    }
}

impl Drop for ScratchContent {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn loading_names_the_file_for_a_wrong_id_a_typo_and_an_unknown_service() {
    let typo = TEST_FORM.replace("wajib = true\nbatas = 10", "wajb = true\nbatas = 10");
    let scratch = ScratchContent::with(
        "errors",
        &[
            ("uji.toml", TEST_FORM),
            ("lain.toml", &TEST_FORM.replace(r#"id = "uji""#, r#"id = "lainnya""#)),
            ("ketik.toml", &typo),
        ],
    );
    let problems = load_forms(&scratch.0).unwrap_err();
    let shown: Vec<String> = problems.iter().map(|p| format!("{}: {}", p.file, p.field)).collect();
    assert_eq!(shown, ["formulir/ketik.toml: baris 16", "formulir/lain.toml: id"]);
    assert!(problems[0].message.contains("wajb"), "{}", problems[0].message);
    assert!(problems[1].message.contains("nama berkas"));

    let scratch = ScratchContent::with("service", &[("uji.toml", &TEST_FORM.replace(r#""sktm""#, r#""kur""#))]);
    let problems = form_problems(&load_forms(&scratch.0).unwrap(), &["sktm"]);
    assert_eq!(problems[0].to_string(), "formulir/uji.toml: layanan: layanan \"kur\" tidak dikenal");

    let scratch = ScratchContent::with("fine", &[("uji.toml", TEST_FORM)]);
    assert_eq!(load_forms(&scratch.0).unwrap().len(), 1);
}

proptest::proptest! {
    #[test]
    fn no_answer_makes_validation_or_the_summary_panic(value in "\\PC{0,40}", part in 0usize..4) {
        let form = test_form();
        for field in form.fields() {
            let key = match field.kind {
                FieldKind::Address => address_key(&field.id, AddressPart::ALL[part]),
                _ => field.id.clone(),
            };
            let a = answers(&[(key.as_str(), value.as_str()), ("punya-usaha", "ya"), ("jenis-usaha", "ternak")]);
            let _ = validate_field(&form, field, &a, today());
            let _ = form_warnings(&form, &a);
            proptest::prop_assert_eq!(summary(&form, &a, Lang::En).len(), visible_fields(&form, &a).len());
        }
    }
}

#[test]
fn the_feedback_form_lists_every_service_and_takes_only_its_choices_from_a_link() {
    use layanan_core::feedback::{FORM, HELPFUL_FIELD, SERVICE_FIELD};
    use layanan_core::forms::answers_from_address;
    let forms = real_forms();
    let form = forms.iter().find(|f| f.id == FORM).expect("the feedback form");
    let services = form.field(SERVICE_FIELD).expect("the service field");
    let dir = content_dir();
    let service_count = std::fs::read_dir(dir.join("layanan")).expect("services").count();
    assert_eq!(services.options.len(), service_count + 1, "every service, then \"Layanan lain\"");
    assert!(
        services.options.iter().any(|o| o.id == "sktm" && o.label.id == "SKTM (Surat Keterangan Tidak Mampu)"),
        "{:?}",
        &services.options[..3]
    );
    assert_eq!(services.options.last().map(|o| o.id.as_str()), Some("lainnya"));

    let query = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    let given =
        answers_from_address(form, query(&[("layanan", "sktm"), ("membantu", "3"), ("komentar", "dari tautan")]));
    assert_eq!(given, [(SERVICE_FIELD.to_string(), "sktm".to_string()), (HELPFUL_FIELD.to_string(), "3".to_string())]);
    assert!(answers_from_address(form, query(&[("layanan", "bukan-layanan"), ("membantu", "9")])).is_empty());
}

#[test]
fn a_survey_shows_its_results_only_once_closed_and_its_results_must_fit_the_form() {
    use layanan_core::forms::survey::{percent, Phase};
    let forms = real_forms();
    let closed = forms
        .iter()
        .find(|f| f.id == "survei-jadwal-posyandu")
        .and_then(|f| f.survey.as_ref())
        .expect("a closed survey");
    let day = |s: &str| CivilDate::parse_iso(s).expect("a date");
    assert_eq!(closed.phase(day("2026-10-31")), Phase::Open, "the closing day still counts");
    assert!(closed.shown_results(day("2026-10-31")).is_none(), "no results while open");
    assert_eq!(closed.phase(day("2026-11-01")), Phase::Closed);
    let results = closed.shown_results(day("2026-11-01")).expect("results once closed");
    assert_eq!(results.respondents, 84);
    assert!(results.example, "the figures are marked as an example");
    assert_eq!(percent(31, 84), 37);
    assert_eq!(percent(0, 0), 0);
    let open = forms
        .iter()
        .find(|f| f.id == "survei-kebutuhan-pelatihan")
        .and_then(|f| f.survey.as_ref())
        .expect("an open survey");
    assert_eq!(open.phase(day("2026-12-01")), Phase::Open);
    assert_eq!(open.phase(day("2026-11-15")), Phase::NotYet);

    let survey = |block: &str| {
        let text = format!(
            "id = \"s\"\nversi = 1\nnama = {{ id = \"S\", en = \"S\" }}\nringkasan = {{ id = \"S\", en = \"S\" }}\n{block}\n\
             [[bagian]]\njudul = {{ id = \"Satu\", en = \"One\" }}\n\
             [[bagian.isian]]\nid = \"hari\"\nlabel = {{ id = \"Hari\", en = \"Day\" }}\nlabel_kantor = {{ id = \"Hari\", en = \"Day\" }}\njenis = \"pilihan\"\n\
             pilihan = [{{ id = \"a\", label = {{ id = \"A\", en = \"A\" }} }}, {{ id = \"b\", label = {{ id = \"B\", en = \"B\" }} }}]\n\
             [[bagian.isian]]\nid = \"catatan\"\nlabel = {{ id = \"Catatan\", en = \"Note\" }}\nlabel_kantor = {{ id = \"Catatan\", en = \"Note\" }}\njenis = \"teks\"\n"
        );
        let form: Form = parse_toml("formulir/s.toml", &text).unwrap_or_else(|p| panic!("{p:?}"));
        form_problems(&[form], &[]).into_iter().map(|p| format!("{}: {}", p.field, p.message)).collect::<Vec<_>>()
    };
    let head = "[survei]\ndibuka = \"2026-09-01\"\nditutup = \"2026-10-31\"\npenyelenggara = { id = \"Desa\", en = \"Village\" }\n";
    assert_eq!(survey(head), Vec::<String>::new());
    let good = format!("{head}[survei.hasil]\nresponden = 10\ndiumumkan = \"2026-11-05\"\n[[survei.hasil.isian]]\nid = \"hari\"\njumlah = {{ a = 6, b = 4 }}\n");
    assert_eq!(survey(&good), Vec::<String>::new());
    let bad = format!("{head}[survei.hasil]\nresponden = 10\ndiumumkan = \"2026-10-30\"\n[[survei.hasil.isian]]\nid = \"hari\"\njumlah = {{ a = 8, c = 1, b = 4 }}\n[[survei.hasil.isian]]\nid = \"catatan\"\njumlah = {{}}\n");
    assert_eq!(
        survey(&bad),
        [
            "survei.hasil.diumumkan: hasil diumumkan sesudah survei ditutup, tidak sebelumnya",
            "survei.hasil.isian[0].jumlah: \"c\" bukan pilihan di isian \"hari\"",
            "survei.hasil.isian[0].jumlah: jumlah jawaban (13) lebih dari jumlah responden (10)",
            "survei.hasil.isian[1].id: isian \"catatan\" bukan pilihan; hasil hanya untuk isian pilihan",
        ]
    );
}
