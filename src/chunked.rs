//! Code a first visit does not need, reached through a table of plain functions
//! ([`fn_table!`]): the reader of stored records ([`crate::store::reader`]), the checks of
//! the draft ([`crate::form::checker`]) and the writer ([`crate::store::writer`]). In the
//! release build (`--cfg split`) each table comes from a split point of its own, a chunk
//! fetched when it is first needed, or is made by a page whose chunk holds its code anyway
//! (`install`, which only code in a page's chunk may call: from the main module it would
//! pull the code back into it). In every other build the table is there from the start.

/// A table's chunk could not be fetched (offline before it was cached, a new version
/// deployed meanwhile).
#[derive(Debug, Clone, Copy)]
pub struct NotLoaded;

#[cfg(split)]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares, in the module it is used in, the table of type `$ty` that `$make()` builds:
/// the split point `$split` (named for wasm-split and scripts/bundle.mjs, through the
/// function `$point`), and
/// - `get()`: the table when it is here;
/// - `install()`: the table, made here if it is not yet (only from a page's chunk);
/// - `load()`: the table, fetching its chunk first if need be.
macro_rules! fn_table {
    ($split:ident, $point:ident, $ty:ty, $make:path) => {
        #[cfg(split)]
        #[allow(improper_ctypes_definitions, improper_ctypes)]
        #[leptos::wasm_split::wasm_split($split, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $point() -> Result<&'static $ty, $crate::chunked::NotLoaded> {
            Ok(Box::leak(Box::new($make())))
        }

        thread_local! {
            static TABLE: std::cell::Cell<Option<&'static $ty>> =
                const { std::cell::Cell::new(None) };
        }

        /// The table when it is here (always, but in the release build before its chunk came
        /// or a page made it).
        pub fn get() -> Option<&'static $ty> {
            let here = TABLE.with(std::cell::Cell::get);
            #[cfg(not(split))]
            if here.is_none() {
                return Some(install());
            }
            here
        }

        /// The table, made here if it is not yet. Only for code in a page's chunk: called
        /// from the main module it would pull the code behind the table back into it.
        pub fn install() -> &'static $ty {
            TABLE.with(std::cell::Cell::get).unwrap_or_else(|| {
                let made: &'static $ty = Box::leak(Box::new($make()));
                TABLE.with(|t| t.set(Some(made)));
                made
            })
        }

        /// The table, fetching its chunk first if need be.
        pub async fn load() -> Result<&'static $ty, $crate::chunked::NotLoaded> {
            if let Some(t) = get() {
                return Ok(t);
            }
            #[cfg(split)]
            {
                let t = $point().await?;
                TABLE.with(|c| c.set(Some(t)));
                Ok(t)
            }
            #[cfg(not(split))]
            unreachable!("outside the split build the table is always here")
        }
    };
}

pub(crate) use fn_table;
