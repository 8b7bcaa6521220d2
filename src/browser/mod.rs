//! The only code that talks to web APIs: storage (only the stores use it), the address and history, sharing,
//! the service worker, focus, speech, reading QR codes, and fetching the build's data files. Each is safe to
//! call at build time, where there is no browser.

pub mod fetch;
pub mod focus;
pub mod pwa;
pub mod scan;
pub mod share;
pub mod speech;
pub mod storage;
pub mod url;
