//! URL handling for a static host that may serve the app under any sub-path, in two languages.
//!
//! The browser sees `/<base>/en/layanan/ktp/?q=..`; the app's routes see `/layanan/ktp`. Everything that turns
//! one into the other lives here, so every link goes through the same functions and is tested natively.

use crate::base::lang::Lang;

/// English pages live under this prefix (`/en/layanan/sktm/`); Indonesian pages, the default, at the root.
pub const EN_PREFIX: &str = "/en";

pub fn normalize_base(base: &str) -> String {
    let trimmed = base.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        format!("/{trimmed}")
    }
}

/// The app path for a browser path, or `None` when the browser path is outside the app's base.
pub fn strip_base<'a>(base: &str, pathname: &'a str) -> Option<&'a str> {
    let rest = pathname.strip_prefix(base)?;
    match rest {
        "" => Some("/"),
        r if r.starts_with('/') => Some(r),
        _ => None,
    }
}

/// The browser path for an app path or file: the one place where the base is added.
pub fn with_base(base: &str, app_path: &str) -> String {
    if app_path.starts_with('/') {
        format!("{base}{app_path}")
    } else {
        format!("{base}/{app_path}")
    }
}

/// The address of a page: base, language prefix, the path with a trailing slash (static hosts answer
/// `/x` with a redirect to `/x/` when `x/index.html` exists), then any `?query` or `#fragment`.
pub fn page_href(base: &str, lang: Lang, app_path: &str) -> String {
    let cut = app_path.find(['?', '#']).unwrap_or(app_path.len());
    let (path, rest) = app_path.split_at(cut);
    let path = if path.ends_with('/') { path.to_string() } else { format!("{path}/") };
    let prefix = match lang {
        Lang::Id => "",
        Lang::En => EN_PREFIX,
    };
    with_base(base, &format!("{prefix}{path}{rest}"))
}

/// The language of an app path and the path without its language prefix: `/en/cek` is English `/cek`.
pub fn split_lang(app_path: &str) -> (Lang, &str) {
    match app_path.strip_prefix(EN_PREFIX) {
        Some("") => (Lang::En, "/"),
        Some(rest) if rest.starts_with('/') => (Lang::En, rest),
        _ => (Lang::Id, app_path),
    }
}

/// Reads one parameter from a query string (`?q=kartu+keluarga`), decoding `+` and `%xx`.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(k) == name).then(|| percent_decode(v))
    })
}

/// Builds `?name=value` with the value encoded, or `""` for an empty value.
pub fn query_string(name: &str, value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        format!("?{name}={}", percent_encode(value))
    }
}

/// A text as one URL component (like JavaScript's `encodeURIComponent`): the message of a WhatsApp link.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_is_normalised() {
        assert_eq!(normalize_base("/"), "");
        assert_eq!(normalize_base(""), "");
        assert_eq!(normalize_base("/tanjung-barat/"), "/tanjung-barat");
        assert_eq!(normalize_base("a/b/"), "/a/b");
    }

    #[test]
    fn strip_and_add_base_are_inverse() {
        for base in ["", "/tanjung-barat", "/a/b"] {
            for path in ["/", "/tentang", "/layanan/ktp-el-baru"] {
                let browser = with_base(base, path);
                assert_eq!(strip_base(base, &browser), Some(path), "base {base:?} path {path:?}");
            }
        }
        assert_eq!(with_base("/sub", "/"), "/sub/");
        assert_eq!(strip_base("/sub", "/sub"), Some("/"));
    }

    #[test]
    fn paths_outside_the_base_are_not_ours() {
        assert_eq!(strip_base("/sub", "/other/tentang"), None);
        assert_eq!(strip_base("/sub", "/subway"), None);
    }

    #[test]
    fn page_addresses_carry_base_language_and_a_trailing_slash() {
        assert_eq!(page_href("/tb", Lang::Id, "/"), "/tb/");
        assert_eq!(page_href("/tb", Lang::En, "/"), "/tb/en/");
        assert_eq!(page_href("", Lang::Id, "/layanan/sktm"), "/layanan/sktm/");
        assert_eq!(page_href("/tb", Lang::En, "/layanan?q=ktp"), "/tb/en/layanan/?q=ktp");
        assert_eq!(
            page_href("/tb", Lang::Id, "/formulir/sktm?draf=ab&bagian=2"),
            "/tb/formulir/sktm/?draf=ab&bagian=2"
        );
        assert_eq!(page_href("/tb", Lang::Id, "/cek/"), "/tb/cek/");
    }

    #[test]
    fn the_language_prefix_is_read_back() {
        assert_eq!(split_lang("/en/layanan/sktm"), (Lang::En, "/layanan/sktm"));
        assert_eq!(split_lang("/en"), (Lang::En, "/"));
        assert_eq!(split_lang("/en/"), (Lang::En, "/"));
        assert_eq!(split_lang("/layanan"), (Lang::Id, "/layanan"));
        assert_eq!(split_lang("/entah"), (Lang::Id, "/entah"), "a page whose name starts with en is not English");
    }

    #[test]
    fn query_values_round_trip_through_the_url() {
        for q in ["ktp", "kartu keluarga", "akta & kk", "100%", "é-KTP"] {
            let qs = query_string("q", q);
            assert_eq!(query_param(&qs, "q").as_deref(), Some(q), "{qs}");
        }
        assert_eq!(query_string("q", ""), "");
        assert_eq!(query_param("?a=1&q=kk", "q").as_deref(), Some("kk"));
        assert_eq!(query_param("?a=1", "q"), None);
        assert_eq!(query_param("?q=%zz", "q").as_deref(), Some("%zz"));
        assert_eq!(encode_component("Akta & KK\n100% é"), "Akta%20%26%20KK%0A100%25%20%C3%A9");
    }
}
