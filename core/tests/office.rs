//! The office side: the buku register (numbers, statuses, search, CSV, stored layout) and the letter
//! (number, rows under office labels, the statement's placeholders), on a small form written here.

use layanan_core::base::date::CivilDate;
use layanan_core::base::lang::Lang;
use layanan_core::forms::{office_summary, summary, Answers, Form};
use layanan_core::handover::Payload;
use layanan_core::office::letter::{compose, letter_number, roman_month, LetterSettings};
use layanan_core::office::register::{ready_message, Added, Register, Status};

const FORM: &str = r#"
id = "sktm"
versi = 2
nama = { id = "Permohonan SKTM", en = "SKTM application" }
ringkasan = { id = "r", en = "r" }

[[bagian]]
judul = { id = "Data", en = "Details" }

[[bagian.isian]]
id = "nama"
label = { id = "Nama lengkap Anda", en = "Your full name" }
label_kantor = { id = "Nama pemohon", en = "Applicant's name" }
jenis = "teks"
wajib = true
data_diri = "nama"

[[bagian.isian]]
id = "nik"
label = { id = "NIK Anda", en = "Your NIK" }
label_kantor = { id = "NIK pemohon", en = "Applicant's NIK" }
jenis = "nik"
wajib = true
data_diri = "nik"

[[bagian.isian]]
id = "hubungan"
label = { id = "Untuk siapa?", en = "For whom?" }
label_kantor = { id = "Dimohon untuk", en = "Requested for" }
jenis = "pilihan"
pilihan = [
  { id = "sendiri", label = { id = "Saya sendiri", en = "Myself" }, label_kantor = { id = "Pemohon sendiri", en = "The applicant" } },
  { id = "anak", label = { id = "Anak", en = "A child" } },
]

[[bagian.isian]]
id = "keperluan"
label = { id = "SKTM ini untuk apa?", en = "What is it for?" }
label_kantor = { id = "Keperluan", en = "Purpose" }
jenis = "teks"

[[bagian.isian]]
id = "telepon"
label = { id = "Nomor HP Anda", en = "Your mobile number" }
label_kantor = { id = "Nomor HP pemohon", en = "Applicant's mobile number" }
jenis = "telepon"
data_diri = "telepon"

[surat]
judul = "SURAT KETERANGAN TIDAK MAMPU"
kode = "S-11"
data = ["nama", "nik", "hubungan"]
keterangan = "Orang tersebut warga Desa {desa}. Surat ini untuk keperluan {keperluan}, atas nama {tidak-diisi}."
"#;

fn form() -> Form {
    toml::from_str(FORM).expect("the test form parses")
}

fn day(y: i32, m: u32, d: u32) -> CivilDate {
    CivilDate::new(y, m, d).unwrap()
}

fn payload(name: &str) -> Payload {
    let mut answers = Answers::new();
    for (k, v) in [
        ("nama", name),
        ("nik", "3201014107800001"),
        ("hubungan", "sendiri"),
        ("keperluan", "berobat ke RSUD, \"segera\""),
        ("telepon", "0812 3456 7890"),
    ] {
        answers.insert(k.into(), v.into());
    }
    Payload { form: "sktm".into(), version: 2, filled: Some("2026-11-30".into()), answers }
}

#[test]
fn numbers_count_within_a_year_and_a_repeated_form_is_not_registered_twice() {
    let mut r = Register::default();
    assert_eq!(r.add(payload("Siti Aminah"), day(2026, 12, 1)), Added::New(1));
    assert_eq!(r.add(payload("Budi Santoso"), day(2026, 12, 1)), Added::New(2));
    assert_eq!(r.add(payload("Siti Aminah"), day(2026, 12, 2)), Added::Already(1), "the same message pasted again");
    assert_eq!(r.add(payload("Wati"), day(2027, 1, 2)), Added::New(1), "a new year starts at 1");
    assert_eq!(r.add(payload("Rahmat"), day(2026, 12, 31)), Added::New(3), "late entries of the old year go on");
    assert_eq!(r.entries.len(), 4);
    let first = r.get(2026, 1).unwrap();
    assert_eq!(
        (first.label(), first.status, first.received.as_str()),
        ("001/2026".to_string(), Status::Received, "2026-12-01")
    );
    assert_eq!(r.get(2027, 1).unwrap().payload.answers["nama"], "Wati");
}

#[test]
fn statuses_move_on_with_their_date_and_notes_never_touch_the_answers() {
    let mut r = Register::default();
    r.add(payload("Siti Aminah"), day(2026, 12, 1));
    let mut status = Status::Received;
    let mut seen = vec![status];
    while let Some(next) = status.next() {
        status = next;
        seen.push(status);
    }
    assert_eq!(seen, Status::ALL.to_vec());
    r.set_status(2026, 1, Status::Ready, day(2026, 12, 3));
    r.set_note(2026, 1, "NIK di KTP berbeda satu angka; dicek ke Disdukcapil");
    let e = r.get(2026, 1).unwrap();
    assert_eq!((e.status, e.changed.as_str()), (Status::Ready, "2026-12-03"));
    assert_eq!(e.payload, payload("Siti Aminah"), "the answers stay as received");
}

#[test]
fn search_finds_by_number_name_form_and_status_newest_first() {
    let forms = vec![form()];
    let mut r = Register::default();
    r.add(payload("Siti Aminah"), day(2026, 12, 1));
    r.add(payload("Budi Santoso"), day(2026, 12, 1));
    r.set_status(2026, 2, Status::Ready, day(2026, 12, 2));
    let words = |s: Status| layanan_core::office::register::Status::id(s).replace('_', " ");
    let found = |q: &str| r.search(q, &forms, &words, Lang::Id).iter().map(|e| e.number).collect::<Vec<_>>();
    assert_eq!(found(""), vec![2, 1]);
    assert_eq!(found("siti"), vec![1]);
    assert_eq!(found("002/2026"), vec![2]);
    assert_eq!(found("SKTM budi"), vec![2]);
    assert_eq!(found("siap diambil"), vec![2]);
    assert_eq!(found("tidak ada"), Vec::<u32>::new());
}

#[test]
fn the_csv_has_one_quoted_row_per_entry_oldest_first() {
    let forms = vec![form()];
    let mut r = Register::default();
    r.add(payload("Budi, Santoso"), day(2026, 12, 1));
    r.add(payload("Siti Aminah"), day(2026, 12, 2));
    r.set_note(2026, 2, "kata \"lengkap\"");
    let csv = r.csv(&forms, Lang::Id);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "nomor,diterima,formulir,nama,nik,telepon,status,diubah,catatan");
    assert_eq!(
        lines[1],
        "001/2026,2026-12-01,Permohonan SKTM,\"Budi, Santoso\",3201014107800001,0812 3456 7890,diterima,2026-12-01,"
    );
    assert_eq!(lines[2], "002/2026,2026-12-02,Permohonan SKTM,Siti Aminah,3201014107800001,0812 3456 7890,diterima,2026-12-02,\"kata \"\"lengkap\"\"\"");
    assert_eq!(lines.len(), 4, "a line end after the last row");
}

#[test]
fn the_stored_register_reads_back_and_anything_else_is_handed_back_to_keep_aside() {
    let mut r = Register::default();
    r.add(payload("Siti Aminah"), day(2026, 12, 1));
    let stored = r.to_stored();
    assert_eq!(Register::from_stored(Some(&stored)), Ok(r));
    assert_eq!(Register::from_stored(None), Ok(Register::default()));
    for broken in ["{\"format\":\"tb-buku-register\",\"v\":9,\"entries\":[]}", "[1,2", "{\"entries\":[]}"] {
        assert_eq!(Register::from_stored(Some(broken)), Err(broken.to_string()));
    }
}

#[test]
fn the_ready_message_names_the_resident_and_goes_to_their_number() {
    let f = form();
    let mut r = Register::default();
    r.add(payload("Siti Aminah"), day(2026, 12, 1));
    let (phone, text) = ready_message(
        r.get(2026, 1).unwrap(),
        Some(&f),
        "Halo {nama}, {formulir} nomor {nomor} siap diambil.",
        Lang::Id,
    );
    assert_eq!(phone.as_deref(), Some("6281234567890"));
    assert_eq!(text, "Halo Siti Aminah, Permohonan SKTM nomor 001/2026 siap diambil.");
    let mut no_phone = payload("Budi");
    no_phone.answers.remove("telepon");
    r.add(no_phone, day(2026, 12, 1));
    assert_eq!(ready_message(r.get(2026, 2).unwrap(), Some(&f), "{nama}", Lang::Id).0, None);
}

#[test]
fn the_office_reads_third_person_labels_and_options() {
    let f = form();
    let answers = payload("Siti Aminah").answers;
    let office = office_summary(&f, &answers, Lang::Id);
    let resident = summary(&f, &answers, Lang::Id);
    assert_eq!(
        office.iter().map(|r| r.label.as_str()).collect::<Vec<_>>(),
        ["Nama pemohon", "NIK pemohon", "Dimohon untuk", "Keperluan", "Nomor HP pemohon"]
    );
    assert_eq!(office[2].value, "Pemohon sendiri");
    assert_eq!(resident[2].value, "Saya sendiri");
    assert!(office.iter().all(|r| !r.label.contains("Anda") && !r.value.contains("Saya")));
    assert_eq!(office_summary(&f, &answers, Lang::En)[0].label, "Applicant's name");
}

fn settings() -> LetterSettings {
    toml::from_str(
        r#"
kop = ["PEMERINTAH DESA TANJUNG BARAT"]
alamat = "Balai Desa"
format_nomor = "{kode}/{nomor}/{bulan_romawi}/{tahun}"
tempat = "Tanjung Barat"
pembuka = "Yang bertanda tangan di bawah ini, Kepala Desa {desa}, menerangkan bahwa:"
penutup = "Demikian."
jabatan = "Kepala Desa Tanjung Barat"
"#,
    )
    .unwrap()
}

#[test]
fn the_letter_number_carries_the_register_number_month_and_year() {
    assert_eq!(roman_month(1), "I");
    assert_eq!(roman_month(9), "IX");
    assert_eq!(roman_month(12), "XII");
    assert_eq!(
        letter_number("{kode}/{nomor}/{bulan_romawi}/{tahun}", "S-11", 7, day(2026, 12, 1)),
        "S-11/007/XII/2026"
    );
    assert_eq!(letter_number("{nomor}/{kode}/{tahun}", "470", 1234, day(2027, 4, 9)), "1234/470/2027");
}

#[test]
fn the_letter_shows_the_chosen_rows_under_office_labels_and_fills_the_statement() {
    let f = form();
    let letter = compose(&settings(), "Tanjung Barat", &f, &payload("Siti Aminah").answers, 12, day(2026, 12, 3))
        .expect("the form has a letter");
    assert_eq!(letter.number, "S-11/012/XII/2026");
    assert_eq!(letter.title, "SURAT KETERANGAN TIDAK MAMPU");
    assert_eq!(letter.opening, "Yang bertanda tangan di bawah ini, Kepala Desa Tanjung Barat, menerangkan bahwa:");
    assert_eq!(
        letter.rows,
        vec![
            ("Nama pemohon".into(), "Siti Aminah".into()),
            ("NIK pemohon".into(), "3201014107800001".into()),
            ("Dimohon untuk".into(), "Pemohon sendiri".into())
        ]
    );
    assert_eq!(
        letter.statement,
        "Orang tersebut warga Desa Tanjung Barat. Surat ini untuk keperluan berobat ke RSUD, \"segera\", atas nama -."
    );
    assert_eq!(letter.place_date, "Tanjung Barat, 3 Desember 2026");
    assert_eq!(letter.signer_name, None, "no name until the desa writes one: the letter leaves a line");
    let mut without = f.clone();
    without.letter = None;
    assert_eq!(compose(&settings(), "Tanjung Barat", &without, &Answers::new(), 1, day(2026, 12, 3)), None);
}

#[test]
fn the_content_check_wants_a_third_person_office_label_on_every_field_and_a_letter_that_fits_its_form() {
    let mut f = form();
    f.sections[0].fields[0].office_label = None;
    f.sections[0].fields[1].office_label =
        Some(layanan_core::base::lang::Text { id: "NIK Anda".into(), en: "Your NIK".into() });
    f.sections[0].fields[2].options[0].office_label = None;
    let letter = f.letter.as_mut().unwrap();
    letter.rows.push("tidak-ada".into());
    let problems: Vec<String> = layanan_core::forms::form_problems(&[f], &[])
        .into_iter()
        .map(|p| format!("{}: {}", p.field, p.message))
        .collect();
    let at = |field: &str| problems.iter().any(|p| p.starts_with(field));
    assert!(at("bagian[0].isian[0].label_kantor: tulis label_kantor"), "{problems:?}");
    assert!(at("bagian[0].isian[1].label_kantor: label_kantor ditulis sebagai orang ketiga"), "{problems:?}");
    assert!(at("bagian[0].isian[2].pilihan[0].label_kantor"), "\"Saya sendiri\" needs an office wording: {problems:?}");
    assert!(at("surat.data: isian \"tidak-ada\""), "{problems:?}");
    assert!(at("surat.keterangan: {tidak-diisi}"), "{problems:?}");
    assert_eq!(problems.len(), 5, "{problems:?}");
}

#[test]
fn the_real_sktm_letter_states_the_purpose_as_chosen_or_as_typed_for_something_else() {
    let content = layanan_core::content::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"))
        .expect("content passes the check");
    let sktm = content.forms.iter().find(|f| f.id == "sktm").unwrap();
    let settings = content.letters.as_ref().expect("surat.toml");
    let mut answers = payload("Siti Aminah").answers;
    answers.insert("keperluan".into(), "berobat".into());
    answers.insert("tempat-berobat".into(), "Puskesmas Tanjung Barat".into());
    let statement = |a: &Answers| compose(settings, "Tanjung Barat", sktm, a, 1, day(2026, 12, 1)).unwrap().statement;
    let chosen = statement(&answers);
    assert!(chosen.contains("keperluan keringanan biaya berobat"), "{chosen}");
    // The hospital the form asked for is on the letter, under its office label.
    let rows = compose(settings, "Tanjung Barat", sktm, &answers, 1, day(2026, 12, 1)).unwrap().rows;
    assert!(
        rows.contains(&("Puskesmas atau rumah sakit".to_string(), "Puskesmas Tanjung Barat".to_string())),
        "{rows:?}"
    );
    // A question opened by an answer the letter uses must reach the letter: the check names it.
    let mut forgetful = sktm.clone();
    forgetful.letter.as_mut().unwrap().rows.retain(|r| r != "tempat-berobat");
    let problems: Vec<String> = layanan_core::forms::form_problems(&[forgetful], &[])
        .into_iter()
        .map(|p| format!("{}: {}", p.field, p.message))
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("surat.data: isian \"tempat-berobat\" (muncul bila keperluan = berobat)")),
        "{problems:?}"
    );
    answers.insert("keperluan".into(), "lainnya".into());
    answers.insert("keperluan-lain".into(), "mendaftar kerja di pabrik".into());
    let typed = statement(&answers);
    assert!(typed.contains("keperluan mendaftar kerja di pabrik"), "{typed}");
}
