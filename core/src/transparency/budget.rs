//! The village budget (`apbdes.toml`) as Permendagri 20/2018 asks a desa to publish it (Pasal 39 and 72):
//! pendapatan by source, belanja by the five bidang, pembiayaan in and out, budget against realisation, the
//! activities not finished, what is left over, and where to complain.

use crate::base::date::CivilDate;
use crate::base::lang::Text;
use crate::base::link::Link;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    #[serde(rename = "tahun")]
    pub year: i32,
    /// The Peraturan Desa that set this budget.
    #[serde(rename = "dokumen")]
    pub document: String,
    /// The day the realisation figures were reported.
    #[serde(rename = "per_tanggal")]
    pub as_of: CivilDate,
    #[serde(rename = "diperiksa")]
    pub checked: CivilDate,
    /// The figures are examples until the desa publishes its own.
    #[serde(rename = "contoh", default)]
    pub example: bool,
    #[serde(rename = "catatan", default)]
    pub note: Text,
    /// Alamat pengaduan, which both articles require.
    #[serde(rename = "pengaduan")]
    pub complaints: Text,
    #[serde(rename = "sumber", default)]
    pub sources: Vec<Link>,
    /// The five bidang of belanja desa, by number.
    pub bidang: Vec<Bidang>,
    /// Who carries out the budget (pelaksana kegiatan anggaran and the team).
    #[serde(rename = "pelaksana", default)]
    pub roles: Vec<Role>,
    #[serde(rename = "pendapatan")]
    pub revenue: Vec<Line>,
    #[serde(rename = "belanja")]
    pub spending: Vec<Line>,
    #[serde(rename = "pembiayaan", default)]
    pub financing: Vec<Line>,
    #[serde(rename = "belum_selesai", default)]
    pub unfinished: Vec<Unfinished>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bidang {
    #[serde(rename = "nomor")]
    pub number: u8,
    #[serde(rename = "nama")]
    pub name: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    #[serde(rename = "peran")]
    pub role: Text,
    #[serde(rename = "tugas")]
    pub task: Text,
}

/// Pembiayaan comes in (penerimaan: last year's SILPA…) or goes out (pengeluaran: BUMDes capital…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    Penerimaan,
    Pengeluaran,
}

/// One budget line. Which fields apply depends on the list it is in (the content check says which).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    /// Account code (`4.2.1` Dana Desa, `6.1.1` SILPA); required for pendapatan and pembiayaan.
    #[serde(rename = "kode", default)]
    pub code: String,
    /// Belanja only: the bidang (1–5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bidang: Option<u8>,
    /// Pembiayaan only.
    #[serde(rename = "arah", default, skip_serializing_if = "Option::is_none")]
    pub flow: Option<Flow>,
    #[serde(rename = "uraian")]
    pub label: Text,
    /// Pendapatan: who gives the money (APBN, the kabupaten, a company's CSR, an NGO).
    #[serde(rename = "asal", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    #[serde(rename = "anggaran")]
    pub planned: u64,
    /// Absent until it is reported: shown as "belum dilaporkan", never as 0.
    #[serde(rename = "realisasi", default, skip_serializing_if = "Option::is_none")]
    pub realised: Option<u64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unfinished {
    pub bidang: u8,
    #[serde(rename = "uraian")]
    pub label: Text,
    #[serde(rename = "alasan")]
    pub reason: Text,
}

/// The planned and realised sums of some lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Totals {
    pub planned: u64,
    /// `None` while any of the lines is not reported: a partial sum would read as the whole.
    pub realised: Option<u64>,
}

impl Totals {
    pub fn of<'a>(lines: impl IntoIterator<Item = &'a Line>) -> Totals {
        lines.into_iter().fold(Totals { planned: 0, realised: Some(0) }, |t, l| Totals {
            planned: t.planned + l.planned,
            realised: t.realised.zip(l.realised).map(|(a, b)| a + b),
        })
    }
}

impl Line {
    /// Realised as a whole percentage of the plan, rounded down; `None` when not reported or nothing planned.
    pub fn percent(&self) -> Option<u64> {
        percent(self.realised?, self.planned)
    }
}

pub fn percent(part: u64, whole: u64) -> Option<u64> {
    (whole > 0).then(|| part * 100 / whole)
}

impl Budget {
    pub fn bidang_name(&self, number: u8) -> Option<&Text> {
        self.bidang.iter().find(|b| b.number == number).map(|b| &b.name)
    }

    /// Belanja per bidang, in bidang order, every bidang listed even when it has no lines.
    pub fn spending_by_bidang(&self) -> Vec<(&Bidang, Totals)> {
        let mut out: Vec<(&Bidang, Totals)> = self
            .bidang
            .iter()
            .map(|b| (b, Totals::of(self.spending.iter().filter(|l| l.bidang == Some(b.number)))))
            .collect();
        out.sort_by_key(|(b, _)| b.number);
        out
    }

    pub fn financing(&self, flow: Flow) -> impl Iterator<Item = &Line> {
        self.financing.iter().filter(move |l| l.flow == Some(flow))
    }

    /// Pembiayaan netto: what comes in less what goes out.
    pub fn net_financing(&self) -> (i128, Option<i128>) {
        let (inn, out) = (Totals::of(self.financing(Flow::Penerimaan)), Totals::of(self.financing(Flow::Pengeluaran)));
        (inn.planned as i128 - out.planned as i128, inn.realised.zip(out.realised).map(|(a, b)| a as i128 - b as i128))
    }

    /// Pendapatan − belanja + pembiayaan netto for the plan: zero in a budget that balances. (OpenSID once
    /// added pembiayaan out to pembiayaan in, so its totals never balanced: issue #4932.)
    pub fn planned_balance(&self) -> i128 {
        Totals::of(&self.revenue).planned as i128 - Totals::of(&self.spending).planned as i128 + self.net_financing().0
    }

    /// Sisa anggaran (SILPA of the year so far): realised pendapatan − belanja + pembiayaan netto, once every
    /// line is reported.
    pub fn remaining(&self) -> Option<i128> {
        let revenue = Totals::of(&self.revenue).realised? as i128;
        let spending = Totals::of(&self.spending).realised? as i128;
        Some(revenue - spending + self.net_financing().1?)
    }

    /// What is wrong with the budget, as (field, message) for the content check.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut p = Vec::new();
        let mut numbers: Vec<u8> = self.bidang.iter().map(|b| b.number).collect();
        numbers.sort_unstable();
        if numbers != [1, 2, 3, 4, 5] {
            p.push(("bidang".into(), "tulis kelima bidang belanja, nomor 1 sampai 5, masing-masing sekali".into()));
        }
        for (i, l) in self.revenue.iter().enumerate() {
            let at = format!("pendapatan[{i}]");
            if !l.code.starts_with("4.") {
                p.push((format!("{at}.kode"), format!("kode pendapatan dimulai dengan 4. (sekarang \"{}\")", l.code)));
            }
            if l.bidang.is_some() || l.flow.is_some() {
                p.push((at, "bidang dan arah hanya untuk belanja dan pembiayaan".into()));
            }
        }
        for (i, l) in self.spending.iter().enumerate() {
            let at = format!("belanja[{i}]");
            match l.bidang {
                Some(b) if self.bidang_name(b).is_some() => {}
                _ => p.push((format!("{at}.bidang"), "isi bidang 1 sampai 5".into())),
            }
            if l.flow.is_some() || l.source.is_some() {
                p.push((at, "arah dan asal tidak dipakai untuk belanja".into()));
            }
        }
        for (i, l) in self.financing.iter().enumerate() {
            let at = format!("pembiayaan[{i}]");
            let prefix = match l.flow {
                Some(Flow::Penerimaan) => "6.1",
                Some(Flow::Pengeluaran) => "6.2",
                None => {
                    p.push((format!("{at}.arah"), "isi arah: \"penerimaan\" atau \"pengeluaran\"".into()));
                    continue;
                }
            };
            if !l.code.starts_with(prefix) {
                p.push((
                    format!("{at}.kode"),
                    format!("kode pembiayaan ini dimulai dengan {prefix} (sekarang \"{}\")", l.code),
                ));
            }
        }
        for (i, u) in self.unfinished.iter().enumerate() {
            if self.bidang_name(u.bidang).is_none() {
                p.push((format!("belum_selesai[{i}].bidang"), "isi bidang 1 sampai 5".into()));
            }
        }
        let balance = self.planned_balance();
        if balance != 0 {
            let amount = crate::base::format::rupiah(balance.unsigned_abs() as u64);
            let sign = if balance < 0 { "−" } else { "" };
            p.push((
                "anggaran".into(),
                format!("APBDes tidak seimbang: pendapatan − belanja + pembiayaan netto = {sign}{amount}, harus Rp0"),
            ));
        }
        p
    }
}
