//! URL handling for a static host that may serve the app under any sub-path.
//!
//! The browser sees `/<base>/layanan/ktp?q=..`; the app's routes see `/layanan/ktp`. Everything that turns one
//! into the other lives here, so every link goes through the same two functions and is tested natively.

/// Named segments captured by a pattern such as `/layanan/:id`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// Normalises a base path to the form `/sub/path` (no trailing slash), or `""` at the domain root.
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

/// The browser path for an app path: the one place where the base is added to a link.
pub fn with_base(base: &str, app_path: &str) -> String {
    if app_path.starts_with('/') {
        format!("{base}{app_path}")
    } else {
        format!("{base}/{app_path}")
    }
}

/// Matches an app path against a pattern; `:name` segments capture one non-empty segment.
/// A trailing slash is ignored, so `/tentang/` opens the same page as `/tentang`.
pub fn match_pattern(pattern: &str, path: &str) -> Option<Params> {
    let segments = |s: &str| s.split('/').filter(|p| !p.is_empty()).map(str::to_string).collect::<Vec<_>>();
    let (pat, got) = (segments(pattern), segments(path));
    if pat.len() != got.len() {
        return None;
    }
    let mut params = Vec::new();
    for (p, g) in pat.iter().zip(got) {
        match p.strip_prefix(':') {
            Some(name) => params.push((name.to_string(), percent_decode(&g))),
            None if *p == g => {}
            None => return None,
        }
    }
    Some(Params(params))
}

/// The first route whose pattern matches, with its params.
pub fn find_route<'r, T>(routes: &'r [(&str, T)], path: &str) -> Option<(&'r T, Params)> {
    routes.iter().find_map(|(pattern, page)| match_pattern(pattern, path).map(|p| (page, p)))
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
    fn patterns_capture_named_segments() {
        let p = match_pattern("/layanan/:id", "/layanan/ktp-el-baru").unwrap();
        assert_eq!(p.get("id"), Some("ktp-el-baru"));
        assert!(match_pattern("/", "/").is_some());
        assert!(match_pattern("/tentang", "/tentang/").is_some());
        assert!(match_pattern("/tentang", "/tentang/x").is_none());
        assert!(match_pattern("/layanan/:id", "/layanan").is_none());
        assert!(match_pattern("/layanan/:id", "/cek/ktp").is_none());
        assert_eq!(match_pattern("/cek/:p", "/cek/kip%20kuliah").unwrap().get("p"), Some("kip kuliah"));
    }

    #[test]
    fn the_first_matching_route_wins() {
        let routes = [("/", 0), ("/layanan", 1), ("/layanan/:id", 2)];
        assert_eq!(find_route(&routes, "/layanan/kk").map(|(p, _)| *p), Some(2));
        assert_eq!(find_route(&routes, "/layanan").map(|(p, _)| *p), Some(1));
        assert_eq!(find_route(&routes, "/tidak-ada").map(|(p, _)| *p), None);
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
    }
}
