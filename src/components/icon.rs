//! The app's small icon set, drawn inline as SVG (no image, font or emoji to fetch; emoji show as empty boxes
//! on older Android phones). An icon always sits next to words that say the same, so it is hidden from screen
//! readers. Names are listed in `layanan_core::catalog::ICONS`, which content is checked against.

use leptos::prelude::*;

/// The outline of an icon on a 24×24 grid, drawn with a 2px stroke.
pub fn path(name: &str) -> &'static str {
    match name {
        "alat" => "M14.5 6.5a4 4 0 0 0 5 5L10 21l-3-3 9.5-9.5a4 4 0 0 1-2-2zM3 21l4-4",
        "bayi" => "M12 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM7 21v-6a5 5 0 0 1 10 0v6M9.5 21v-3M14.5 21v-3",
        "beranda" => "M3 11 12 3l9 8v10h-6v-6H9v6H3z",
        "buku" => "M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zM4 21a2 2 0 0 1 2-2h13",
        "bunga" => {
            "M12 22v-8M12 14a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 8V4M9 11H5M19 11h-4M12 18c-2-2-5-2-6-1M12 18c2-2 5-2 6-1"
        }
        "cari" => "M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM16.5 16.5 21 21",
        "catatan" => "M4 20h4L19 9l-4-4L4 16zM14 6l4 4",
        "centang" => "M4 12.5 9 17.5 20 6.5",
        "cincin" => "M8 9a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM16 9a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM10 3h4l-2 3z",
        "daftar" => "M8 6h13M8 12h13M8 18h13M3.5 6h.01M3.5 12h.01M3.5 18h.01",
        "grafik" => "M4 4v16h16M8 16v-4M12 16V8M16 16v-6",
        "info" => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5h.01",
        "kalender" => "M4 6h16v15H4zM4 10h16M8 3v4M16 3v4",
        "kartu" => "M3 5h18v14H3zM6.5 9h4v4h-4zM14 9h4M14 13h4M6.5 16h11",
        "keranjang" => "M3 10h18l-2 10H5zM7.5 10 12 4l4.5 6M9 14v3M15 14v3",
        "kesehatan" => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 8v8M8 12h8",
        "kotak-masuk" => "M3 13l3-8h12l3 8v6H3zM3 13h5l1 3h6l1-3h5",
        "lansia" => "M11 7a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM11 9v6l-3 6M11 15l3 6M11 11l4 2M17 13v8",
        "lokasi" => "M12 21s7-6 7-12a7 7 0 0 0-14 0c0 6 7 12 7 12zM12 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4z",
        "makanan" => "M3 12h18a9 9 0 0 1-18 0zM8.5 8c0-2 2-2 2-4M13.5 8c0-2 2-2 2-4",
        "obat" => "M7 17 17 7a3.5 3.5 0 0 1 5 5L12 22a3.5 3.5 0 0 1-5-5zM12 12l5 5",
        "orang" => {
            "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-3 3-5 6-5s6 2 6 5M16 5a3 3 0 0 1 0 6M18 15c2 .8 3 2.6 3 5"
        }
        "pesan" => "M4 5h16v11H9l-5 4z",
        "pohon" => "M12 21v-6M6 15h12L12 3zM9 10h6",
        "rumah" => "M3 12l9-8 9 8M5 10v11h14V10M10 21v-6h4v6",
        "sekolah" => "M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6",
        "suara" => "M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11",
        "surat" => "M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6",
        "tas" => "M6 9a6 6 0 0 1 12 0v12H6zM9 21v-6h6v6M9.5 5V3h5v2",
        "toko" => "M4 10h16v10H4zM3 10l2-6h14l2 6M10 20v-5h4v5",
        "tunas" => "M12 21v-9M12 12c0-4-3-7-8-7 0 5 3 7 8 7zM12 12c0-3 2.5-6 7.5-6 0 4-2.5 6-7.5 6z",
        _ => "",
    }
}

#[component]
pub fn Icon(#[prop(into)] name: String) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=path(&name)/>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_icon_content_may_name_has_a_picture() {
        for name in layanan_core::catalog::ICONS {
            assert!(!super::path(name).is_empty(), "{name}");
        }
    }
}
