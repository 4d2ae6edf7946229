//! # declaration-app
//!
//! The browser form for the cloud re-subcontracting self-declaration, a Leptos 0.8 CSR app
//! built by trunk. It is a thin layer over the `declaration` crate, which owns the format,
//! the labels, the rules and the verdict; the components here only show what it computes.
//!
//! | module | owns |
//! |---|---|
//! | [`app`] | the page: header, language switch, file opening, the verdict of the open file |
//! | [`components`] | small components, each in its own folder with what it needs |

pub mod app;
pub mod components;

pub use app::App;
