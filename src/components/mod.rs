//! View pieces shared by two or more pages (or by the shell around every page). A part used by one page stays
//! in that page's file or folder; when a second page needs it, it moves here. Components take their data as
//! props, keep what the phone keeps through `stores`, and never import a page. Each is styled in `style/`.

pub mod agenda_dates;
pub mod answers;
pub mod article_list;
pub mod bar_chart;
pub mod date_field;
pub mod draft_progress;
pub mod field;
pub mod handover;
pub mod icon;
pub mod needs_js;
pub mod not_found;
pub mod office;
pub mod quick_feedback;
pub mod read_aloud;
pub mod service_card;
pub mod shell;
pub mod sources;
pub mod status;
pub mod text_share;
