//! Small components, one folder each with its own tests (run in headless Chromium by
//! wasm-bindgen-test). Each takes its signals as props and keeps no global state.

pub mod ask;
pub mod excel_save;
pub mod file_open;
pub mod lang_switch;
pub mod part_merge;
pub mod part_request;
pub mod question;
pub mod save_bar;
pub mod update_prompt;
pub mod verdict_table;

pub use ask::{answer_target, ask_button, reviewing, Ask};
pub use excel_save::{declaration_hint, declaration_job, xlsx_name, Book, ExcelSave, Job};
pub use file_open::{FileOpen, FilePick, Opened, PickWords, Picked, ANY_FILE};
pub use lang_switch::{remembered as remembered_lang, LangSwitch};
pub use part_merge::PartMerge;
pub use part_request::PartRequest;
pub use question::{target_words, ItemChanges, Thread};
pub use save_bar::{SaveBar, Troubles};
pub use update_prompt::UpdatePrompt;
pub use verdict_table::VerdictTable;
