//! Hand-over payloads: every real form round-trips, typical answers fit one QR code, and bad input is refused
//! with a reason while nothing is read from it.

use layanan_core::base::date::CivilDate;
use layanan_core::base::lang::Lang;
use layanan_core::content::load;
use layanan_core::forms::{address_key, AddressPart, Answers, FieldKind, Form};
use layanan_core::handover::{decode, encode, file_content, fits_qr, link, summary_text, Refusal, MARK, MARK_V1};
use std::path::Path;

fn forms() -> Vec<Form> {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).expect("content passes the check").forms
}

/// Answers a resident would typically give: every field filled with a realistic value of its kind.
fn typical(form: &Form) -> Answers {
    let mut a = Answers::new();
    for f in form.fields() {
        let value = match f.kind {
            FieldKind::Nik | FieldKind::KkNumber => "3201014107800001".to_string(),
            FieldKind::Phone => "081234567890".into(),
            FieldKind::Date => "2026-01-15".into(),
            FieldKind::Number => "4".into(),
            FieldKind::Rupiah => "1500000".into(),
            FieldKind::YesNo => "ya".into(),
            FieldKind::Choice | FieldKind::MultiChoice => f.options.first().map(|o| o.id.clone()).unwrap_or_default(),
            FieldKind::LongText => "Usaha warung kecil di depan rumah, buka setiap hari sejak tahun 2019.".into(),
            FieldKind::Address => {
                for (part, v) in [
                    (AddressPart::Street, "Jl. Melati No. 12"),
                    (AddressPart::Rt, "3"),
                    (AddressPart::Rw, "2"),
                    (AddressPart::Hamlet, "Dusun Krajan"),
                ] {
                    a.insert(address_key(&f.id, part), v.into());
                }
                continue;
            }
            FieldKind::Text => "Siti Aminah binti Abdullah".into(),
        };
        let value: String = value.chars().take(f.length_limit().unwrap_or(usize::MAX)).collect();
        a.insert(f.id.clone(), value);
    }
    a
}

fn day() -> CivilDate {
    CivilDate::new(2026, 12, 1).unwrap()
}

const APP: &str = "https://desa.example/tanjung-barat/";

/// The QR version the app's drawing (qrcode, level M) needs for a text, or `None` when no version holds it.
fn qr_version(text: &str) -> Option<i16> {
    match qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?.version() {
        qrcode::Version::Normal(v) => Some(v),
        qrcode::Version::Micro(_) => None,
    }
}

#[test]
fn every_form_round_trips_by_code_link_and_file_and_its_typical_link_is_a_small_qr_code() {
    let forms = forms();
    let mut sizes = Vec::new();
    for form in &forms {
        let answers = typical(form);
        let expected = layanan_core::forms::visible_answers(form, &answers);
        let code = encode(form, &answers, day());
        assert!(code.starts_with(MARK), "{code}");
        let (back_form, back) = decode(&code, &forms).unwrap_or_else(|e| panic!("{}: {e:?}", form.id));
        assert_eq!(back_form.id, form.id);
        assert_eq!(back.answers, expected, "{}", form.id);
        assert_eq!(back.version, form.version);
        assert_eq!(back.filled_on(), Some(day()));
        let qr_link = link(APP, &code);
        assert_eq!(decode(&qr_link, &forms).expect("the scanned link reads").1, back);
        let (_, from_file) = decode(&file_content(form, &answers, day()), &forms).expect("file content reads back");
        assert_eq!(from_file, back);
        let version = qr_version(&qr_link)
            .unwrap_or_else(|| panic!("{}: no QR code holds {} characters", form.id, qr_link.len()));
        assert!(fits_qr(&qr_link));
        // Version 15 is 77 modules: 4 px a module on a 360 px screen, which a phone camera reads.
        assert!(version <= 15, "{}: a typical link needs QR version {version}", form.id);
        let json_len = serde_json::to_string(&back).unwrap().len();
        sizes.push((version, qr_link.len(), json_len, form.id.clone()));
    }
    sizes.sort();
    // Reported for the closing note: `cargo test -p layanan-core --test handover -- --nocapture`.
    println!("QR version, link characters, JSON bytes per form (typical answers): {sizes:?}");
}

/// Words to fill fields with realistic, not repetitive, text (repeated text would compress unrealistically).
const WORDS: &[&str] = &[
    "warung",
    "sembako",
    "dusun",
    "krajan",
    "jalan",
    "melati",
    "nomor",
    "rumah",
    "ibu",
    "bapak",
    "anak",
    "sekolah",
    "puskesmas",
    "berobat",
    "keluarga",
    "usaha",
    "kecil",
    "sejak",
    "tahun",
    "pagi",
    "sore",
    "pasar",
    "sawah",
    "kebun",
    "kopi",
    "jagung",
    "ternak",
    "ayam",
    "kambing",
    "tukang",
    "ojek",
    "jahit",
    "kue",
    "gorengan",
    "bengkel",
];

fn longest_text(limit: usize, seed: usize) -> String {
    let mut s = String::new();
    let mut i = seed;
    while s.chars().count() < limit {
        i = (i * 7919 + 13) % 10007;
        s.push_str(WORDS[i % WORDS.len()]);
        s.push(' ');
    }
    s.chars().take(limit).collect::<String>().trim_end().to_string()
}

#[test]
fn the_capacity_check_agrees_with_the_qr_drawing_for_the_largest_answers() {
    let forms = forms();
    let mut over = Vec::new();
    for form in &forms {
        let mut answers = typical(form);
        for (n, f) in form.fields().enumerate() {
            if let Some(limit) = f.length_limit() {
                if f.kind == FieldKind::Address {
                    answers.insert(address_key(&f.id, AddressPart::Street), longest_text(limit, n));
                } else {
                    answers.insert(f.id.clone(), longest_text(limit, n));
                }
            }
        }
        let qr_link = link(APP, &encode(form, &answers, day()));
        // What the page decides (a QR code, or "too large: save as a file") must match what can be drawn.
        assert_eq!(fits_qr(&qr_link), qr_version(&qr_link).is_some(), "{}: {} characters", form.id, qr_link.len());
        assert_eq!(
            decode(&qr_link, &forms).map(|(_, p)| p.answers),
            Ok(layanan_core::forms::visible_answers(form, &answers))
        );
        if !fits_qr(&qr_link) {
            over.push(form.id.clone());
        }
    }
    println!("forms whose longest possible answers need a file instead of a QR code: {over:?}");
}

#[test]
fn a_forwarded_whatsapp_message_reads_like_the_qr_code() {
    let forms = forms();
    let form = forms.iter().find(|f| f.id == "surat-keterangan-kelahiran").unwrap();
    let answers = typical(form);
    let code = encode(form, &answers, day());
    let expected = decode(&code, &forms).unwrap().1;
    let message =
        format!("{}\nKode untuk petugas desa:\n{}\n", summary_text(form, &answers, Lang::Id), link(APP, &code));
    // Forwarding and copying: the code broken over lines, spaces trimmed or added, Windows line ends,
    // a reply quoted after it, the link percent-encoded by another app.
    let (head, tail) = code.split_at(code.len() / 2);
    let (tail_a, tail_b) = tail.split_at(tail.len() / 3);
    let variants = [
        message.clone(),
        message.replace('\n', "\r\n"),
        format!("Diteruskan\n> {}", message.replace(&code, &format!("{head}\n{tail_a} {tail_b}"))),
        format!("{message}TERIMA KASIH PAK"),
        format!("{message}Terima kasih."),
        format!("  {}  ", link(APP, &code).replace(':', "%3A")),
        format!("{code}."),
    ];
    for text in &variants {
        assert_eq!(
            decode(text, &forms).map(|(f, p)| (f.id.clone(), p)),
            Ok((form.id.clone(), expected.clone())),
            "{text}"
        );
    }
}

#[test]
fn tampered_and_cut_codes_are_refused_and_old_payloads_still_read() {
    let forms = forms();
    let sktm = forms.iter().find(|f| f.id == "sktm").unwrap();
    let code = encode(sktm, &typical(sktm), day());
    let body = &code[MARK.len()..];
    let cut = format!("{MARK}{}", &body[..body.len() - 4]);
    let mut tampered: Vec<char> = code.chars().collect();
    let at = tampered.len() / 2;
    tampered[at] = if tampered[at] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    for bad in [cut.as_str(), tampered.as_str(), "LTB2:", "LTB2:abc"] {
        assert_eq!(decode(bad, &forms).map(|_| ()), Err(Refusal::Damaged), "{bad}");
    }
    // A QR code or file made by an earlier version (plain JSON, no date) is still read.
    let old = format!(r#"{MARK_V1}{{"f":"sktm","v":1,"a":{{"nama":"Siti Aminah"}}}}"#);
    let (_, payload) = decode(&old, &forms).expect("old layout reads");
    assert_eq!(payload.answers.get("nama").map(String::as_str), Some("Siti Aminah"));
    assert_eq!(payload.filled_on(), None);
}

#[test]
fn the_summary_text_lists_labels_and_answers() {
    let forms = forms();
    let sktm = forms.iter().find(|f| f.id == "sktm").unwrap();
    let text = summary_text(sktm, &typical(sktm), Lang::Id);
    assert!(text.starts_with("Permohonan SKTM"), "{text}");
    assert!(text.contains("Nama kepala keluarga: Siti Aminah binti Abdullah\n"), "{text}");
    assert!(!text.contains("Dusun Dusun"), "{text}");
    assert!(text.contains(", Dusun Krajan\n"), "{text}");
}

#[test]
fn the_summary_text_ends_a_question_with_its_own_mark_and_leaves_out_what_was_not_given() {
    let forms = forms();
    let birth = forms.iter().find(|f| f.id == "surat-keterangan-kelahiran").unwrap();
    let mut answers = typical(birth);
    let optional: Vec<String> = birth.fields().filter(|f| !f.required).map(|f| f.id.clone()).collect();
    assert!(!optional.is_empty(), "the birth form has optional questions");
    for id in &optional {
        answers.retain(|k, _| k != id && !k.starts_with(&format!("{id}.")));
    }
    let text = summary_text(birth, &answers, Lang::Id);
    assert!(text.contains("Siapa yang menolong persalinan? "), "{text}");
    assert!(!text.contains("?:"), "{text}");
    assert!(!text.contains("Tidak diisi"), "{text}");
    assert!(text.lines().count() > 5, "the answers given are still there: {text}");
}
