//! The build-time renderer: every page the content enumerates, in Indonesian and English, rendered to its own
//! `index.html`, so a resident reads the page before (and without) the wasm. Run by `scripts/post_build.py`
//! from Trunk's `post_build` hook, on Trunk's staging folder:
//!
//!     prerender <staging dir> <public url>
//!
//! Trunk's `index.html` serves as the template: its hashed file names (wasm, JS glue, CSS, icon) are read from
//! it, its own loader is replaced by `boot-<hash>.js`, which hydrates the islands. Next to the pages it writes
//! `404.html` (the not-found page, which static hosts serve for unknown addresses), the search file
//! `cari-<hash>.json` and `formulir-<hash>.json` (every form, for reading one handed over as a file or QR text).

use hydration_context::SsrSharedContext;
use layanan::app::App;
use layanan::site::{MetaSlot, PageMeta, Site};
use layanan_core::base::lang::Lang;
use layanan_core::content::Content;
use layanan_core::content::{catalogue_entries, pages};
use layanan_core::route::{normalize_base, EN_PREFIX};
use layanan_core::search::KindLabels;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn main() {
    let mut args = std::env::args().skip(1);
    let staging = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let base = normalize_base(&args.next().unwrap_or_else(|| "/".into()));
    let content_dir =
        std::env::var("LAYANAN_CONTENT").ok().filter(|d| !d.is_empty()).unwrap_or_else(|| "content".into());
    let content: &'static Content = match layanan_core::content::load(Path::new(&content_dir)) {
        Ok(c) => Box::leak(Box::new(c)),
        Err(problems) => {
            problems.iter().for_each(|p| eprintln!("{content_dir}/{p}"));
            std::process::exit(1);
        }
    };
    // Facts unchecked for a long time do not stop the build; they are said, and their pages say so too.
    for warning in layanan_core::content::stale_facts(content, layanan::state::today()) {
        eprintln!("peringatan: {content_dir}/{warning}");
    }
    layanan::paths::set_base(&base);
    let label = |key| layanan_core::base::lang::Text {
        id: layanan::i18n::text(Lang::Id, key).into(),
        en: layanan::i18n::text(Lang::En, key).into(),
    };
    use layanan::i18n::Key;
    let labels = KindLabels {
        article: label(Key::search_kind_article),
        event: label(Key::search_kind_event),
        programme: label(Key::search_kind_programme),
    };
    let entries = catalogue_entries(content, &labels);
    let search = serde_json::to_string(&entries).expect("entries serialise");
    let forms = serde_json::to_string(&content.forms).expect("forms serialise");
    let site = Site {
        content,
        search_file: Box::leak(format!("cari-{}.json", short_hash(&search)).into_boxed_str()),
        forms_file: Box::leak(format!("formulir-{}.json", short_hash(&forms)).into_boxed_str()),
    };
    write(&staging.join(site.search_file), &search);
    write(&staging.join(site.forms_file), &forms);
    let template = read(&staging.join("index.html"));
    let assets = Assets::from_template(&template, &staging, &base);
    let started = std::time::Instant::now();
    let mut written = 0;
    for lang in Lang::ALL {
        for path in pages(content) {
            let page = render(site, lang, &path, &base);
            if page.not_found {
                fail(&format!("{path} ({}) rendered the not-found page", lang.code()));
            }
            let dir = staging.join(page_dir(lang, &path));
            std::fs::create_dir_all(&dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
            write(&dir.join("index.html"), &assets.document(lang, &page, content));
            written += 1;
        }
    }
    // Each activity's calendar file beside its page (`agenda/<id>.ics`), a plain link that works without
    // JavaScript. Rendered inside the site's context, like a page.
    for lang in Lang::ALL {
        let dir = staging.join(page_dir(lang, "/agenda"));
        for event in &content.agenda.events {
            let ics = layanan::pages::agenda::calendar_file(content, event, lang);
            write(&dir.join(format!("{}.ics", event.id)), &ics);
        }
    }
    let missing = render(site, Lang::Id, "/404", &base);
    write(&staging.join("404.html"), &assets.document(Lang::Id, &missing, content));
    let not_kept = render(site, Lang::Id, "/offline", &base);
    write(&staging.join("offline.html"), &assets.document(Lang::Id, &not_kept, content));
    eprintln!("prerender: {written} pages and 404.html in {:.1} s", started.elapsed().as_secs_f64());
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

/// `en/layanan/sktm` for English `/layanan/sktm`; `` for Indonesian home.
fn page_dir(lang: Lang, path: &str) -> String {
    let prefix = match lang {
        Lang::Id => "",
        Lang::En => &EN_PREFIX[1..],
    };
    let rest = path.trim_matches('/');
    match (prefix, rest) {
        ("", rest) => rest.to_string(),
        (prefix, "") => prefix.to_string(),
        (prefix, rest) => format!("{prefix}/{rest}"),
    }
}

/// One rendered page: its body and the meta it set.
struct Page {
    body: String,
    meta: PageMeta,
    /// The app path without language, for the address of the other language.
    path: String,
    not_found: bool,
}

fn render(site: Site, lang: Lang, path: &str, base: &str) -> Page {
    let prefix = match lang {
        Lang::Id => "",
        Lang::En => EN_PREFIX,
    };
    let meta = MetaSlot::default();
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let body = owner.with(|| {
        provide_context(RequestUrl::new(&format!("{base}{prefix}{path}")));
        view! { <App site=site lang=lang meta=meta.clone() path=path.to_string()/> }.to_html()
    });
    drop(owner);
    let meta = meta.0.lock().map(|m| m.clone()).unwrap_or_default();
    let not_found = meta.title == layanan::i18n::text(lang, layanan::i18n::Key::not_found_title);
    Page { body, meta, path: path.to_string(), not_found }
}

/// The build's files, as every page links them.
struct Assets {
    base: String,
    css: String,
    icon: String,
    /// Smallest first; a page loads the first that holds all of its islands.
    bundles: Vec<Bundle>,
}

/// One wasm build of the app, with its JS glue and the boot script that hydrates a page with it.
struct Bundle {
    js: String,
    wasm: String,
    boot: String,
    /// The islands compiled into it, as the glue exports them (`Checker_<hash>`).
    islands: Vec<String>,
}

impl Bundle {
    fn new(staging: &Path, base: &str, js: String, wasm: String) -> Bundle {
        let glue = read(&staging.join(&js));
        let islands = glue
            .lines()
            .filter_map(|line| {
                line.strip_prefix("export function ")?.split_once("(el)").map(|(name, _)| name.to_string())
            })
            .collect();
        let boot = boot_script(&format!("{base}/{js}"), &format!("{base}/{wasm}"));
        let boot_name = format!("boot-{}.js", short_hash(&boot));
        write(&staging.join(&boot_name), &boot);
        Bundle { js, wasm, boot: boot_name, islands }
    }

    fn holds(&self, body: &str) -> bool {
        body.split("data-component=\"").skip(1).all(|rest| {
            let name = rest.split('"').next().unwrap_or_default();
            self.islands.iter().any(|island| island == name)
        })
    }
}

impl Assets {
    /// Reads Trunk's file names from its `index.html`, joins the stylesheets into one file (one request on a
    /// slow connection), gives the smaller bundles (built unhashed, as Trunk does for its "worker" type) hashed
    /// names, and writes each bundle's boot script.
    fn from_template(template: &str, staging: &Path, base: &str) -> Assets {
        // Every file name Trunk wrote that ends in `suffix`, taken back to the quote, `=` or space before it.
        let find = |prefix: &str, suffix: &str| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for (end, _) in template.match_indices(suffix) {
                let start = template[..end].rfind(['"', '\'', '=', ' ', '(']).map_or(0, |i| i + 1);
                let name = &template[start..end + suffix.len()];
                if name.starts_with(prefix) && !out.iter().any(|n| n == name) {
                    out.push(name.to_string());
                }
            }
            out
        };
        let strip = |s: &str| s.trim_start_matches(&format!("{base}/")).trim_start_matches('/').to_string();
        let styles: Vec<String> = find(&format!("{base}/"), ".css").into_iter().map(|s| strip(&s)).collect();
        if styles.is_empty() {
            fail("no stylesheet in Trunk's index.html");
        }
        let mut css = String::new();
        for name in &styles {
            css.push_str(&read(&staging.join(name)));
            css.push('\n');
            let _ = std::fs::remove_file(staging.join(name));
        }
        let css_name = format!("app-{}.css", short_hash(&css));
        write(&staging.join(&css_name), &css);
        let first = |prefix: &str, suffix: &str, what: &str| {
            find(&format!("{base}/{prefix}"), suffix)
                .into_iter()
                .next()
                .map(|s| strip(&s))
                .unwrap_or_else(|| fail(&format!("no {what} in Trunk's index.html")))
        };
        let icon = first("icon-", ".svg", "icon");
        // The bundles of bundles/list.toml. Trunk writes its "main" one with a hashed name (`reading-<hash>.js`,
        // found in its index.html) and the "worker" ones as `<name>.js` and `<name>_bg.wasm`, which get hashed
        // names here. A bundle built but not listed, or listed but not built, fails the build.
        let listed = bundle_names();
        let built: Vec<String> = std::fs::read_dir(staging)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", staging.display())))
            .filter_map(|entry| {
                let file = entry.ok()?.file_name().into_string().ok()?;
                let stem = file.strip_suffix("_bg.wasm")?;
                Some(stem.split_once('-').map_or(stem, |(name, _)| name).to_string())
            })
            .collect();
        if let Some(extra) = built.iter().find(|b| !listed.contains(b)) {
            fail(&format!("bundle {extra} is built but not in bundles/list.toml"));
        }
        let mut bundles = Vec::new();
        for name in listed {
            let hashed = find(&format!("{base}/{name}-"), "_bg.wasm").into_iter().next().map(|s| strip(&s));
            let (js, wasm) = match hashed {
                Some(wasm) => (first(&format!("{name}-"), ".js", "JS glue"), wasm),
                None => {
                    let bytes = std::fs::read(staging.join(format!("{name}_bg.wasm"))).unwrap_or_else(|e| {
                        fail(&format!("{name}_bg.wasm (in bundles/list.toml, so index.html must build it): {e}"))
                    });
                    let hash = short_hash(&bytes);
                    let (js, wasm) = (format!("{name}-{hash}.js"), format!("{name}-{hash}_bg.wasm"));
                    for (from, to) in [(format!("{name}.js"), &js), (format!("{name}_bg.wasm"), &wasm)] {
                        std::fs::rename(staging.join(&from), staging.join(to))
                            .unwrap_or_else(|e| fail(&format!("{from}: {e}")));
                    }
                    (js, wasm)
                }
            };
            bundles.push(Bundle::new(staging, base, js, wasm));
        }
        bundles.sort_by_key(|b| std::fs::metadata(staging.join(&b.wasm)).map(|m| m.len()).unwrap_or(u64::MAX));
        Assets { base: base.to_string(), css: css_name, icon, bundles }
    }

    /// The whole document of a page.
    fn document(&self, lang: Lang, page: &Page, content: &Content) -> String {
        let b = &self.base;
        let app = format!("{} {}", content.village.app_name.get(lang), content.village.name);
        let title = if page.meta.title.is_empty() {
            format!("{} · {}", content.village.app_name.get(lang), content.village.full_name())
        } else {
            format!("{} · {app}", page.meta.title)
        };
        let other = lang.other();
        let bundle = self
            .bundles
            .iter()
            .find(|b| b.holds(&page.body))
            .unwrap_or_else(|| fail(&format!("no bundle holds the islands of {}", page.path)));
        let mut head = String::new();
        let _ = write!(
            head,
            "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <meta name=\"theme-color\" content=\"#0a5c45\"><title>{}</title><meta name=\"description\" content=\"{}\">\
             <link rel=\"stylesheet\" href=\"{b}/{}\"><link rel=\"icon\" href=\"{b}/{}\" type=\"image/svg+xml\">\
             <link rel=\"manifest\" href=\"{b}/manifest.webmanifest\"><link rel=\"apple-touch-icon\" href=\"{b}/icon-192.png\">\
             <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\
             <link rel=\"modulepreload\" href=\"{b}/{}\"><link rel=\"preload\" href=\"{b}/{}\" as=\"fetch\" type=\"application/wasm\" crossorigin>\
             <script>{}</script><script type=\"module\" src=\"{b}/{}\"></script>",
            escape(&title),
            escape(&page.meta.description),
            self.css,
            self.icon,
            other.code(),
            layanan_core::route::page_href(b, other, &page.path),
            bundle.js,
            bundle.wasm,
            head_script(b),
            bundle.boot,
        );
        format!(
            "<!DOCTYPE html><html lang=\"{}\" data-base=\"{}\"><head>{head}</head><body>{}</body></html>\n",
            lang.code(),
            escape(b),
            page.body
        )
    }
}

/// The names of the browser bundles (`bundles/list.toml`).
fn bundle_names() -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct List {
        bundle: Vec<Entry>,
    }
    #[derive(serde::Deserialize)]
    struct Entry {
        name: String,
    }
    let list: List = toml::from_str(include_str!("../../../bundles/list.toml"))
        .unwrap_or_else(|e| fail(&format!("bundles/list.toml: {e}")));
    list.bundle.into_iter().map(|b| b.name).collect()
}

/// The module that starts the app on a page with one bundle.
fn boot_script(js: &str, wasm: &str) -> String {
    include_str!("boot.js").replace("__GLUE__", js).replace("__WASM__", wasm)
}

/// The inline script at the top of every page (see head.js), without its comments and indentation: it is
/// repeated in every page, and terser does not see inline scripts.
fn head_script(base: &str) -> String {
    let code: Vec<&str> =
        include_str!("head.js").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).collect();
    code.join("\n").replace("__BASE__", &serde_json::to_string(base).expect("a string serialises"))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// 16 hex digits of a stable hash (FNV-1a), for file names that change when their content does.
fn short_hash(bytes: impl AsRef<[u8]>) -> String {
    let h = bytes
        .as_ref()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{h:016x}")
}
