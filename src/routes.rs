//! The route table, on leptos_router: adding a page is one line here, one in `layanan_core::route::pages` (so
//! the build writes it) and its file in `pages/`. Static segments come before the `:param` routes they would
//! otherwise be taken for.

use crate::pages;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

#[component(transparent)]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=crate::components::not_found::NotFound>
            <Route path=path!("/") view=pages::home::Home/>
            <Route path=path!("/layanan") view=pages::services::Services/>
            <Route path=path!("/layanan/bidang/:id") view=pages::services::Sector/>
            <Route path=path!("/layanan/keperluan/:id") view=pages::services::LifeEvent/>
            <Route path=path!("/layanan/:id") view=pages::service::ServicePage/>
            <Route path=path!("/kantor") view=pages::offices::Offices/>
            <Route path=path!("/cek") view=pages::checkers::Checks/>
            <Route path=path!("/cek/imunisasi") view=pages::immunisation::ImmunisationPage/>
            <Route path=path!("/cek/kehamilan") view=pages::pregnancy::PregnancyPage/>
            <Route path=path!("/cek/ckg") view=pages::ckg::CkgPage/>
            <Route path=path!("/cek/:program") view=pages::checkers::CheckerPage/>
            <Route path=path!("/formulir/:form") view=pages::forms::FormRoute/>
            <Route path=path!("/draf") view=pages::drafts::DraftsPage/>
            <Route path=path!("/agenda") view=pages::agenda::AgendaPage/>
            <Route path=path!("/agenda/jenis/:id") view=pages::agenda::AgendaKind/>
            <Route path=path!("/agenda/dusun/:id") view=pages::agenda::AgendaDusun/>
            <Route path=path!("/agenda/:id") view=pages::agenda::EventPage/>
            <Route path=path!("/info") view=pages::info::InfoPage/>
            <Route path=path!("/info/:id") view=pages::info::ArticlePage/>
            <Route path=path!("/program") view=pages::transparency::TransparencyPage/>
            <Route path=path!("/program/apbdes") view=pages::transparency::BudgetPage/>
            <Route path=path!("/program/:id") view=pages::transparency::ProgrammePage/>
            <Route path=path!("/kunjungan") view=pages::visit::VisitPage/>
            <Route path=path!("/rekap-umpan-balik") view=pages::office::tally::FeedbackTallyPage/>
            <Route path=path!("/survei") view=pages::surveys::SurveysPage/>
            <Route path=path!("/terima") view=pages::office::receive::ReceivePage/>
            <Route path=path!("/buku-register") view=pages::office::register::RegisterPage/>
            <Route path=path!("/tentang") view=pages::about::About/>
            <Route path=path!("/offline") view=crate::components::not_found::NotKept/>
        </Routes>
    }
}
