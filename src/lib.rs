//! # declaration-app
//!
//! The browser form for the cloud re-subcontracting self-declaration, a Leptos 0.8 CSR app
//! built by `scripts/build.sh` (split into chunks loaded on first use). It is a thin layer over the `declaration` crate, which owns the format,
//! the labels, the rules and the verdict; the components here only show what it computes.
//!
//! | module | owns |
//! |---|---|
//! | [`app`] | the whole app: header, modes, language, the draft and the route |
//! | [`form`] | the signals one form session shares |
//! | [`route`] | where the user is (the location hash), moving there, the focus a page takes |
//! | [`pages`] | the task list, one page per section, the review page, the reader, the drafts |
//! | [`widgets`] | the controls bound to answers (from the field registry), the error summary |
//! | [`components`] | small stand-alone components: language switch, file opening, verdict table, save bar |
//! | [`draft`] | a new declaration, and the export as a downloaded file |
//! | [`document`] | the printed document (書面): the whole declaration read-only, for print and the reader |
//! | [`store`] | drafts in localStorage: the adapter, the saving session, autosave |
//! | [`chunked`] | the tables of functions a first visit does not need (reader, checks, writer) |
//! | [`xlsx`] | the Excel workbooks' writer, a chunk fetched when first used |

pub mod app;
pub mod chunked;
pub mod components;
pub mod document;
pub mod draft;
pub mod form;
pub mod pages;
pub mod route;
pub mod store;
#[cfg(all(test, target_arch = "wasm32"))]
pub(crate) mod testkit;
pub mod widgets;
pub mod xlsx;

pub use app::App;
