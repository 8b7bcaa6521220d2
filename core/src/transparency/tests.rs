use super::budget::Budget;
use super::chart::{lengths, FULL};
use super::programme::{problems, Indicator, Month};
use super::*;

/// A small budget as village staff would write it; `extra` is appended (more lines, or a broken one).
fn budget(extra: &str) -> Budget {
    let text = format!(
        r#"
tahun = 2026
dokumen = "Perdes APB Desa 2026"
per_tanggal = "2026-10-31"
diperiksa = "2026-11-20"
pengaduan = {{ id = "Kantor desa", en = "Village office" }}
{}
[[pendapatan]]
kode = "4.2.1"
uraian = {{ id = "Dana Desa", en = "Village Fund" }}
anggaran = 900_000_000
realisasi = 720_000_000
[[pendapatan]]
kode = "4.3.3"
uraian = {{ id = "Bantuan perusahaan", en = "Company aid" }}
anggaran = 100_000_000
realisasi = 100_000_000
[[belanja]]
bidang = 2
uraian = {{ id = "Jalan rabat beton", en = "Concrete road" }}
anggaran = 700_000_000
realisasi = 500_000_000
[[belanja]]
bidang = 3
uraian = {{ id = "Posyandu", en = "Posyandu" }}
anggaran = 350_000_000
realisasi = 300_000_000
[[pembiayaan]]
arah = "penerimaan"
kode = "6.1.1"
uraian = {{ id = "SILPA 2025", en = "Surplus 2025" }}
anggaran = 80_000_000
realisasi = 80_000_000
[[pembiayaan]]
arah = "pengeluaran"
kode = "6.2.2"
uraian = {{ id = "Modal BUMDes", en = "BUMDes capital" }}
anggaran = 30_000_000
realisasi = 0
{extra}
"#,
        (1..=5)
            .map(|n| format!("[[bidang]]\nnomor = {n}\nnama = {{ id = \"Bidang {n}\", en = \"Area {n}\" }}\n"))
            .collect::<String>()
    );
    toml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[test]
fn a_budget_balances_when_revenue_less_spending_plus_net_financing_is_zero() {
    let b = budget("");
    // 1,000 jt in − 1,050 jt out + (80 − 30) jt financing.
    assert_eq!(b.planned_balance(), 0);
    assert_eq!(b.net_financing(), (50_000_000, Some(80_000_000)));
    assert!(b.problems().is_empty(), "{:?}", b.problems());
}

#[test]
fn the_check_refuses_a_budget_that_does_not_balance_and_says_by_how_much() {
    let b =
        budget("[[belanja]]\nbidang = 4\nuraian = { id = \"Pelatihan\", en = \"Training\" }\nanggaran = 25_000_000\n");
    assert_eq!(b.planned_balance(), -25_000_000);
    let p = b.problems();
    assert_eq!(
        p,
        vec![(
            "anggaran".to_string(),
            "APBDes tidak seimbang: pendapatan − belanja + pembiayaan netto = −Rp25.000.000, harus Rp0".to_string()
        )]
    );
}

#[test]
fn financing_out_is_subtracted_not_added() {
    // OpenSID #4932: with pengeluaran added, this budget would be off by 60 jt.
    let b = budget("");
    let (inn, out) = (Totals::of(b.financing(Flow::Penerimaan)), Totals::of(b.financing(Flow::Pengeluaran)));
    assert_eq!((inn.planned, out.planned), (80_000_000, 30_000_000));
    assert_eq!(b.net_financing().0, 50_000_000);
}

#[test]
fn what_is_left_is_known_only_once_every_line_is_reported() {
    let b = budget("");
    // 820 in − 800 out + 80 financing in − 0 out.
    assert_eq!(b.remaining(), Some(100_000_000));
    let unreported = budget("[[belanja]]\nbidang = 1\nuraian = { id = \"Siltap\", en = \"Wages\" }\nanggaran = 0\n");
    assert_eq!(unreported.remaining(), None);
    assert_eq!(Totals::of(&unreported.spending), Totals { planned: 1_050_000_000, realised: None });
}

#[test]
fn spending_is_summed_per_bidang_and_every_bidang_is_listed() {
    let b = budget("");
    let per: Vec<(u8, u64, Option<u64>)> =
        b.spending_by_bidang().iter().map(|(bd, t)| (bd.number, t.planned, t.realised)).collect();
    assert_eq!(
        per,
        vec![
            (1, 0, Some(0)),
            (2, 700_000_000, Some(500_000_000)),
            (3, 350_000_000, Some(300_000_000)),
            (4, 0, Some(0)),
            (5, 0, Some(0))
        ]
    );
}

#[test]
fn realisation_is_a_whole_percentage_and_missing_is_not_zero() {
    let b = budget("");
    assert_eq!(b.revenue[0].percent(), Some(80));
    assert_eq!(b.spending[0].percent(), Some(71));
    let mut line = b.spending[0].clone();
    line.realised = None;
    assert_eq!(line.percent(), None);
    line.planned = 0;
    line.realised = Some(5);
    assert_eq!(line.percent(), None);
}

#[test]
fn codes_bidang_and_directions_are_checked_line_by_line() {
    let mut b = budget("");
    b.revenue[0].code = "5.1".into();
    b.spending[1].bidang = Some(6);
    b.financing[1].code = "6.1.2".into();
    b.financing[0].flow = None;
    b.bidang.pop();
    let fields: Vec<String> = b.problems().into_iter().map(|(f, _)| f).collect();
    // Without its direction, the SILPA line no longer counts, so the budget is out of balance too.
    assert_eq!(
        fields,
        ["bidang", "pendapatan[0].kode", "belanja[1].bidang", "pembiayaan[0].arah", "pembiayaan[1].kode", "anggaran"]
    );
}

#[test]
fn bars_are_scaled_against_the_largest_value_and_zero_stays_zero() {
    assert_eq!(lengths(&[500, 1000, 250]), vec![500, FULL, 250]);
    assert_eq!(lengths(&[0, 0]), vec![0, 0]);
    assert_eq!(lengths(&[]), Vec::<u32>::new());
    // A line 1/10,000 of the largest still shows, and never outgrows the full width.
    assert_eq!(lengths(&[1, 10_000]), vec![4, FULL]);
    assert_eq!(lengths(&[u64::MAX, u64::MAX / 2]), vec![FULL, 499]);
}

fn indicator(direction: &str, target: u64, values: &[u64]) -> Indicator {
    let readings: String = values
        .iter()
        .enumerate()
        .map(|(i, v)| format!("[[nilai]]\nperiode = \"2026-{:02}\"\nnilai = {v}\nsumber = \"Laporan\"\n", i + 1))
        .collect();
    let text = format!(
        "id = \"x\"\nnama = {{ id = \"X\", en = \"X\" }}\nsatuan = {{ id = \"anak\", en = \"children\" }}\narah = \"{direction}\"\ntarget = {target}\ntarget_tahun = 2026\n{readings}"
    );
    toml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[test]
fn rising_indicators_measure_the_latest_value_against_the_target() {
    assert_eq!(indicator("naik", 400, &[200, 310]).progress(), Some(77));
    assert!(!indicator("naik", 400, &[200, 310]).reached());
    let past = indicator("naik", 400, &[390, 452]);
    assert!(past.reached());
    assert_eq!(past.progress(), Some(100), "clamped; the page shows 452 beside it");
    assert_eq!(past.latest().map(|r| r.value), Some(452));
}

#[test]
fn falling_indicators_measure_the_fall_since_the_first_report() {
    // 40 → 31, target 20: 9 of the 20 to go.
    assert_eq!(indicator("turun", 20, &[40, 35, 31]).progress(), Some(45));
    assert_eq!(indicator("turun", 20, &[40, 18]).progress(), Some(100));
    assert_eq!(
        indicator("turun", 20, &[40, 44]).progress(),
        Some(0),
        "worse than the start is no progress, not negative"
    );
    assert_eq!(indicator("turun", 20, &[15, 25]).progress(), Some(0), "started under the target, now above it");
    assert_eq!(indicator("turun", 20, &[40]).progress(), None, "one value above target: nothing to measure from");
    assert_eq!(indicator("turun", 20, &[12]).progress(), Some(100));
}

#[test]
fn an_indicator_never_reported_has_no_progress_and_is_not_reached() {
    let empty = indicator("naik", 400, &[]);
    assert_eq!(empty.progress(), None);
    assert!(!empty.reached());
    assert!(empty.latest().is_none());
}

#[test]
fn months_are_read_as_year_and_month_and_refuse_anything_else() {
    assert_eq!("2026-07".parse::<Month>(), Ok(Month { year: 2026, month: 7 }));
    assert_eq!(Month { year: 2026, month: 7 }.long(crate::base::lang::Lang::Id), "Juli 2026");
    for bad in ["2026-13", "2026-7", "26-07", "Juli 2026", "2026-00"] {
        assert!(bad.parse::<Month>().is_err(), "{bad}");
    }
}

#[test]
fn programme_problems_name_the_programme_and_the_field() {
    let text = r#"
[[program]]
id = "posyandu-prima"
sektor = "kesehatan"
nama = { id = "Posyandu", en = "Posyandu" }
ringkasan = { id = "R", en = "S" }
mulai = "2026-03-01"
selesai = "2026-01-01"
layanan = ["posyandu", "tidak-ada"]
diperiksa = "2026-11-20"
[[program.indikator]]
id = "a"
nama = { id = "A", en = "A" }
satuan = { id = "x", en = "x" }
arah = "naik"
target = 0
target_tahun = 2026
[[program.indikator.nilai]]
periode = "2026-05"
nilai = 1
sumber = "s"
[[program.indikator.nilai]]
periode = "2026-05"
nilai = 2
sumber = "s"
[[program]]
id = "apbdes"
sektor = "bukan-sektor"
nama = { id = "B", en = "B" }
ringkasan = { id = "R", en = "S" }
mulai = "2026-01-01"
diperiksa = "2026-11-20"
"#;
    #[derive(serde::Deserialize)]
    struct File {
        program: Vec<VillageProgramme>,
    }
    let file: File = toml::from_str(text).unwrap();
    let found: Vec<(String, String)> =
        problems(&file.program, &["kesehatan"], &["posyandu"]).into_iter().map(|(id, field, _)| (id, field)).collect();
    let want = [
        ("posyandu-prima", "layanan"),
        ("posyandu-prima", "selesai"),
        ("posyandu-prima", "indikator \"a\".target"),
        ("posyandu-prima", "indikator \"a\".nilai"),
        ("apbdes", "id"),
        ("apbdes", "sektor"),
    ];
    assert_eq!(found, want.map(|(a, b)| (a.to_string(), b.to_string())));
}
