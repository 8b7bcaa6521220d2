//! The house's layout, checked: no circle of imports among the top-level modules of the core (`core/src`) or of
//! the app (`src`), no page importing another page, storage reached only through the stores, and the module
//! graph in `docs/architecture.md` is the one the code has (`UPDATE_LAYOUT=1 cargo test --test layout` rewrites
//! it).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Every `.rs` file under `dir` with its path relative to `dir`, test modules left out (a test may reach up).
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && path.file_name().is_some_and(|n| n != "tests.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap().to_string();
                out.push((path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/"), code));
            }
        }
    }
    out.sort();
    out
}

/// The identifiers that follow `prefix` in `code` (`crate::stores` gives `stores`).
fn after<'a>(code: &'a str, prefix: &'a str) -> impl Iterator<Item = &'a str> {
    code.match_indices(prefix).map(move |(i, _)| {
        let rest = &code[i + prefix.len()..];
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        &rest[..end]
    })
}

/// Top-level module → the top-level modules it uses, for one crate's `src` directory.
fn graph(dir: &Path, leave_out: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, code) in sources(dir) {
        let top = file.split('/').next().unwrap().trim_end_matches(".rs").to_string();
        if leave_out.contains(&top.as_str()) {
            continue;
        }
        let deps = graph.entry(top.clone()).or_default();
        for used in after(&code, "crate::") {
            if used != top && !used.is_empty() {
                deps.insert(used.to_string());
            }
        }
    }
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for deps in graph.values_mut() {
        deps.retain(|d| modules.contains(d));
    }
    graph
}

/// A circle of imports, if there is one: modules that reach themselves.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn reaches(graph: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str, seen: &mut BTreeSet<String>) -> bool {
        graph[from].iter().any(|d| d == to || (seen.insert(d.clone()) && reaches(graph, d, to, seen)))
    }
    let cyclic: Vec<String> = graph.keys().filter(|m| reaches(graph, m, m, &mut BTreeSet::new())).cloned().collect();
    (!cyclic.is_empty()).then_some(cyclic)
}

fn describe(name: &str, graph: &BTreeMap<String, BTreeSet<String>>) -> String {
    let mut out = format!("{name}\n");
    for (m, deps) in graph {
        let deps: Vec<&str> = deps.iter().map(String::as_str).collect();
        out.push_str(&format!("  {m:<13}→ {}\n", if deps.is_empty() { "(nothing)".into() } else { deps.join(", ") }));
    }
    out
}

#[test]
fn no_module_imports_in_a_circle_and_the_documented_graph_is_the_real_one() {
    let core = graph(&root().join("core/src"), &["lib"]);
    let app = graph(&root().join("src"), &["lib", "bin", "i18n"]);
    assert_eq!(circle(&core), None, "{}", describe("core", &core));
    assert_eq!(circle(&app), None, "{}", describe("app", &app));
    assert!(core["base"].is_empty(), "the base imports nothing above it: {:?}", core["base"]);
    assert!(
        core.iter().all(|(m, deps)| m == "content" || !deps.contains("content")),
        "nothing below imports the content aggregate"
    );

    let generated = format!("{}\n{}", describe("core/src (layanan-core)", &core), describe("src (layanan)", &app));
    let doc_path = root().join("docs/architecture.md");
    let doc = std::fs::read_to_string(&doc_path).unwrap();
    let (start, end) = ("<!-- module graph: tests/layout.rs -->\n```text\n", "```\n<!-- end of module graph -->");
    let (before, rest) = doc.split_once(start).expect("the module graph's markers in docs/architecture.md");
    let (documented, after) = rest.split_once(end).expect("the end marker of the module graph");
    if documented != generated {
        if std::env::var("UPDATE_LAYOUT").is_ok() {
            std::fs::write(&doc_path, format!("{before}{start}{generated}{end}{after}")).unwrap();
        } else {
            panic!("docs/architecture.md shows another module graph; the code's is:\n{generated}");
        }
    }
}

#[test]
fn no_page_imports_another_page_and_only_stores_reach_storage() {
    let pages = root().join("src/pages");
    for (file, code) in sources(&pages) {
        let own = file.split('/').next().unwrap().trim_end_matches(".rs");
        for used in after(&code, "crate::pages::") {
            assert_eq!(
                used, own,
                "src/pages/{file} imports the page {used}: share it as a component, store or core logic"
            );
        }
    }
    for dir in ["pages", "components"] {
        for (file, code) in sources(&root().join("src").join(dir)) {
            for forbidden in ["browser::storage::with", "browser::storage::Device", "gloo_storage", "local_storage"] {
                assert!(
                    !code.contains(forbidden),
                    "src/{dir}/{file} reaches storage ({forbidden}): go through stores/"
                );
            }
        }
    }
}

#[test]
fn source_files_stay_readable() {
    // Frozen storage layouts and test tables may be longer; everything else is split by concern.
    let long: Vec<String> = ["core/src", "src"]
        .iter()
        .flat_map(|d| sources(&root().join(d)).into_iter().map(move |(f, code)| (format!("{d}/{f}"), code)))
        .filter(|(_, code)| code.lines().count() > 450)
        .map(|(f, code)| format!("{f}: {} lines", code.lines().count()))
        .collect();
    assert!(long.is_empty(), "{long:?}");
}
