//! Search latency per keystroke (a benchmark, not a test): over the real catalogue and over a generated
//! 10,000-service catalogue. Run: `cargo run --release -p layanan-core --example search_bench`.

use layanan_core::base::lang::Lang;
use layanan_core::catalog::Service;
use layanan_core::content::load;
use layanan_core::search::{SearchEntry, SearchIndex};
use std::path::Path;
use std::time::{Duration, Instant};

/// Each prefix of each query is one keystroke.
const QUERIES: &[&str] = &["akta kelahiran", "imunsasi", "ktp hilang", "modal usaha", "bpjs"];

fn keystrokes(index: &SearchIndex) -> Vec<Duration> {
    let mut times = Vec::new();
    for q in QUERIES {
        for end in 1..=q.len() {
            let start = Instant::now();
            std::hint::black_box(index.search(&q[..end]));
            times.push(start.elapsed());
        }
    }
    times.sort();
    times
}

/// 10,000 services made from the real ones with words shuffled in, so the vocabulary grows as it would.
fn generated(real: &[Service], n: usize) -> Vec<Service> {
    let words: Vec<String> = real.iter().flat_map(|s| s.summary.id.split_whitespace().map(str::to_lowercase)).collect();
    (0..n)
        .map(|i| {
            let mut s = real[i % real.len()].clone();
            s.id = format!("{}-{i}", s.id);
            let w = |k: usize| words[(i * 7919 + k * 104_729) % words.len()].clone();
            s.name.id = format!("{} {} {}", s.name.id, w(1), i);
            s.summary.id = format!("{} {} {} {}", w(2), w(3), w(4), s.summary.id);
            s.keywords.push(format!("kata{i}"));
            s
        })
        .collect()
}

fn report(label: &str, services: &[Service]) {
    let start = Instant::now();
    let entries: Vec<SearchEntry> = services.iter().map(SearchEntry::from).collect();
    let index = SearchIndex::new(&entries, Lang::Id);
    let build = start.elapsed();
    let t = keystrokes(&index);
    let pct = |p: f64| t[((t.len() - 1) as f64 * p) as usize];
    println!(
        "{label}: {} services, index built in {:.1} ms; per keystroke median {:.3} ms, p95 {:.3} ms, max {:.3} ms ({} keystrokes)",
        services.len(),
        build.as_secs_f64() * 1e3,
        pct(0.5).as_secs_f64() * 1e3,
        pct(0.95).as_secs_f64() * 1e3,
        t[t.len() - 1].as_secs_f64() * 1e3,
        t.len()
    );
}

fn main() {
    let content = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).expect("content passes the check");
    report("real catalogue", &content.services);
    report("generated catalogue", &generated(&content.services, 10_000));
}
