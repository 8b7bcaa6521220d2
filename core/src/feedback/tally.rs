//! The office's tally: per service, how many said the service helped and how much, and from the full
//! surveys the SKM index. PermenPANRB 14/2017: the mean of each element (NRR), weighted by 0.111 (one ninth
//! as the regulation rounds it), summed, times 25; grade A 88.31–100, B 76.61–88.30, C 65.00–76.60,
//! D 25.00–64.99.

use super::Entry;
use crate::base::format::csv_cell;

/// The regulation's weight per element: 1/9 rounded to three places.
pub const ELEMENT_WEIGHT: f64 = 0.111;

#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    /// A service id; empty for the total over all services.
    pub service: String,
    pub responses: u32,
    /// How many answered 1, 2, 3 and 4 to "Apakah layanan ini membantu?".
    pub helpful: [u32; 4],
    /// Full surveys, and the sum of each element's answers over them.
    pub surveys: u32,
    sums: [u32; 9],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    A,
    B,
    C,
    D,
}

impl Grade {
    /// The grade of an index already times 25, judged at two decimals as the regulation writes its bounds.
    pub fn of(ikm: f64) -> Grade {
        let v = (ikm * 100.0).round() / 100.0;
        if v >= 88.31 {
            Grade::A
        } else if v >= 76.61 {
            Grade::B
        } else if v >= 65.0 {
            Grade::C
        } else {
            Grade::D
        }
    }

    pub fn letter(self) -> &'static str {
        ["A", "B", "C", "D"][self as usize]
    }

    /// The regulation's word for the grade.
    pub fn words(self) -> crate::base::lang::Text {
        let (id, en) = [("Sangat baik", "Very good"), ("Baik", "Good"), ("Kurang baik", "Poor"), ("Tidak baik", "Bad")]
            [self as usize];
        crate::base::lang::Text { id: id.into(), en: en.into() }
    }
}

impl Tally {
    fn new(service: &str) -> Tally {
        Tally { service: service.into(), responses: 0, helpful: [0; 4], surveys: 0, sums: [0; 9] }
    }

    fn add(&mut self, e: &Entry) {
        self.responses += 1;
        self.helpful[usize::from(e.helpful - 1)] += 1;
        if let Some(u) = e.elements {
            self.surveys += 1;
            for (sum, d) in self.sums.iter_mut().zip(u) {
                *sum += u32::from(d);
            }
        }
    }

    /// The mean answer to "Apakah layanan ini membantu?", 1–4.
    pub fn helpful_mean(&self) -> Option<f64> {
        let total: u32 = self.helpful.iter().enumerate().map(|(i, n)| (i as u32 + 1) * n).sum();
        (self.responses > 0).then(|| f64::from(total) / f64::from(self.responses))
    }

    /// The mean of each element (NRR per unsur), from the full surveys.
    pub fn element_means(&self) -> Option<[f64; 9]> {
        (self.surveys > 0).then(|| self.sums.map(|s| f64::from(s) / f64::from(self.surveys)))
    }

    /// The satisfaction index (IKM), 25–100.
    pub fn ikm(&self) -> Option<f64> {
        self.element_means().map(|m| m.iter().map(|nrr| nrr * ELEMENT_WEIGHT).sum::<f64>() * 25.0)
    }

    pub fn grade(&self) -> Option<Grade> {
        self.ikm().map(Grade::of)
    }
}

/// Per service (in id order) and the total; a feedback whose key was seen already counts once.
pub fn tally(entries: &[Entry]) -> (Vec<Tally>, Tally) {
    let mut seen: Vec<&str> = Vec::new();
    let mut services: Vec<Tally> = Vec::new();
    let mut total = Tally::new("");
    for e in entries {
        if seen.contains(&e.key.as_str()) {
            continue;
        }
        seen.push(&e.key);
        total.add(e);
        match services.iter_mut().find(|t| t.service == e.service) {
            Some(t) => t.add(e),
            None => {
                let mut t = Tally::new(&e.service);
                t.add(e);
                services.push(t);
            }
        }
    }
    crate::base::order::sort_by(&mut services, |t| (0, t.service.as_str().into()));
    (services, total)
}

/// The tally as CSV (RFC 4180, comma-separated, decimal point), one row per service and the total last.
pub fn csv(services: &[Tally], total: &Tally, name_of: &dyn Fn(&str) -> String, total_name: &str) -> String {
    let mut out = String::from("layanan,nama,tanggapan,membantu_rata,survei,u1,u2,u3,u4,u5,u6,u7,u8,u9,ikm,mutu\r\n");
    let num = |v: Option<f64>| v.map(|x| format!("{x:.2}")).unwrap_or_default();
    for (t, name) in
        services.iter().map(|t| (t, name_of(&t.service))).chain(std::iter::once((total, total_name.to_string())))
    {
        let means = t.element_means();
        let cells: Vec<String> = (0..9).map(|i| num(means.map(|m| m[i]))).collect();
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}\r\n",
            csv_cell(&t.service),
            csv_cell(&name),
            t.responses,
            num(t.helpful_mean()),
            t.surveys,
            cells.join(","),
            num(t.ikm()),
            t.grade().map_or("", Grade::letter),
        ));
    }
    out
}
