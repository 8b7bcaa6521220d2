//! Evaluating every programme for one household (a benchmark, not a test).
//! Run: `cargo run --release -p layanan-core --example rules_bench`.

use layanan_core::base::date::CivilDate;
use layanan_core::content::load;
use layanan_core::eligibility::{combined_documents, evaluate_all, next_question, Answers};
use serde::Deserialize;
use std::path::Path;
use std::time::Instant;

#[derive(Deserialize)]
struct Household {
    jawaban: Answers,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = load(&root.join("../content")).expect("content passes the check");
    let text =
        std::fs::read_to_string(root.join("tests/households/01-ibu-hamil-desil-2.toml")).expect("household file");
    let household: Household = toml::from_str(&text).expect("household parses");
    let date = CivilDate::new(2026, 11, 22).expect("a date");
    let rounds = 10_000;
    let start = Instant::now();
    for _ in 0..rounds {
        let findings = evaluate_all(&content.questions, &content.aid_programmes, &household.jawaban, date);
        std::hint::black_box(combined_documents(&findings));
        std::hint::black_box(next_question(&content.questions, &content.aid_programmes, &household.jawaban, date));
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / f64::from(rounds);
    println!(
        "all {} programmes for one household (evaluate, combine documents, next question): {per:.1} µs per run",
        content.aid_programmes.len()
    );
}
