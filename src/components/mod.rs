//! Reusable view pieces. Each one is small and styled by its own file in `style/`.

pub mod answers;
pub mod bar_chart;
pub mod date_field;
pub mod field;
pub mod handover;
pub mod icon;
pub mod needs_js;
pub mod office;
pub mod quick_feedback;
pub mod read_aloud;
pub mod service_card;
pub mod shell;
pub mod sources;
pub mod status;
pub mod text_share;
