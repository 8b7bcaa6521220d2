//! The route table. Adding a page is one line here plus its file in `pages/`.

use crate::pages;
use layanan_core::route::Params;
use leptos::prelude::AnyView;

pub type Page = fn(Params) -> AnyView;

/// Public URLs, in Indonesian and stable: people share them. The first match wins.
pub const ROUTES: &[(&str, Page)] = &[
    ("/", pages::home::page),
    ("/layanan", pages::services::page),
    ("/layanan/:id", pages::service::page),
    ("/kantor", pages::offices::page),
    ("/cek", pages::checks::page),
    ("/cek/imunisasi", pages::immunisation::page),
    ("/cek/kehamilan", pages::pregnancy::page),
    ("/cek/ckg", pages::ckg::page),
    ("/cek/:program", pages::checker::page),
    ("/formulir/:form", pages::form::page),
    ("/draf", pages::drafts::page),
    ("/tentang", pages::about::page),
];

use crate::i18n::Key;

/// The main menu: path, label, icon. Entries whose page does not exist yet are not shown.
pub const NAV: &[(&str, Key, &str)] = &[
    ("/", Key::nav_home, "beranda"),
    ("/layanan", Key::nav_services, "daftar"),
    ("/cek", Key::nav_checks, "centang"),
    ("/draf", Key::nav_drafts, "catatan"),
    ("/tentang", Key::nav_about, "info"),
];
