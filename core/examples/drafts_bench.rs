//! Autosave cost per keystroke (a benchmark, not a test): a 50-field draft saved after every change, with 200
//! other drafts already stored. Measures the pure work (serialise, revision check, index update) over an
//! in-memory store; the browser adds one localStorage write per save.
//! Run: `cargo run --release -p layanan-core --example drafts_bench`.

use layanan_core::drafts::{Draft, Id, MemoryStore, Repository};
use std::time::Instant;

fn id(n: u64) -> Id {
    Id::from_random(n.to_be_bytes())
}

fn main() {
    let mut store = MemoryStore::new();
    let name_of = |_: &Draft| Some("Siti Aminah".to_string());
    let mut repo = Repository::new(&mut store, &name_of);
    for n in 0..200 {
        let mut d = Draft::new(id(n + 1), "sktm", 1, 0);
        for f in 0..20 {
            d.set_answer(&format!("isian-{f}"), "jawaban yang cukup panjang untuk sebuah isian");
        }
        repo.save(&mut d, 1_000).expect("saves");
    }
    let mut draft = Draft::new(id(10_000), "formulir-besar", 1, 0);
    for f in 0..50 {
        draft.set_answer(&format!("isian-{f}"), "jawaban yang cukup panjang untuk sebuah isian");
    }
    let keystrokes = 2_000;
    let start = Instant::now();
    for k in 0..keystrokes {
        draft.set_answer("isian-7", &"x".repeat(k % 60 + 1));
        repo.save(&mut draft, 2_000 + k as i64).expect("saves");
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / keystrokes as f64;
    println!("autosave of a 50-field draft with 200 drafts stored: {per:.1} µs per keystroke (native, in memory)");
}
