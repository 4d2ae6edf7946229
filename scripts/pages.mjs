// What the built page knows of the app's routes and storage before the wasm runs: which split
// point each address opens (scripts/bundle.mjs preloads its chunks) and which stored keys mean
// this browser holds records (then the app reads them before it starts, and the prerendered
// page of scripts/prerender.mjs is not shown). One list for both scripts.

// Which split point (src/pages/lazy/) a location hash opens, as src/pages/mod.rs's `Pages`
// decides; the task list (`#/`) and unknown hashes need none. shell.test.mjs checks, for
// every route, that a first visit fetches the chunks preloaded here and no others.
// Any page also needs AT_START when this browser holds records (keys under STORED but for
// the two named): the app reads them back before it starts (the reader, src/store/reader.rs)
// and the task list of a draft with answers waits for its checks (src/form/checker.rs).
export const AT_START = ['stored_reader', 'draft_checker'];
// Split points no address opens: the pages' chunks make what they hold (src/store/writer.rs),
// and the workbooks' writer, fetched when 「Excel形式で保存」 is first pressed (src/xlsx.rs).
export const UNOPENED = ['draft_writer', 'xlsx_writer'];
// Where the app keeps the language chosen last (src/components/lang_switch/): the prerendered
// page is Japanese, so it is not shown when English was chosen.
export const LANG_KEY = 'cloud-decl/v1/lang';
export const STORED = { prefix: 'cloud-decl/v1/', not: ['cloud-decl/v1/current', LANG_KEY] };
export const PAGES = [
  ['simple_sections', '^(basic|entrustment|attestation)$'],
  ['form_pages', '^(subcontractors|cloud|responsibility|measures)$'],
  ['document_pages', '^(review|print|changes|questions)(\\?|$)'],
  ['reader_pages', '^(read|inbox|part)$'],
  ['drafts_page', '^drafts$'],
  ['glossary_page', '^glossary(/|$)'],
];
// The page scripts/prerender.mjs snapshots for a first visit: 基本情報, where a new
// declaration starts (the hash it opens, and the test of location.hash the page script makes).
export const PRERENDERED = { hash: '#/basic', route: '^basic$', heading: '基本情報' };
