// The prerendered page of a first visit (issue 14; scripts/prerender.mjs puts it in
// index.html). On #/basic, with nothing stored in this browser and Japanese chosen (where the
// app would show the same blank page), the shell shows the snapshot of the app's own page at
// once, and the user can type in it while the wasm loads. When the app's page is ready under
// it (hidden: style/main.css `.boot-pending`), the app takes over: what was typed goes into the
// app's controls as if typed there (an `input` event, and `blur` for those left, so the draft
// takes it, checks it and saves it), the focus and caret follow, a link or button pressed
// meanwhile is pressed again on the app's page, and the snapshot goes. Never during an IME
// composition: the app takes over when it ends. What the app's page cannot take (its code
// could not be fetched) is kept in sessionStorage and typed back after the reload, into the
// snapshot or, when the app is up first, into its page. Part of the start script
// (scripts/bundle.mjs), a classic script at the end of <body>: the template above it and
// #boot are parsed when it runs. Of that script it uses `at` (the route of location.hash),
// `kept` (this browser holds records), `stored.prefix`, `prerendered` (the route the
// template is of) and `langKey` (where the app keeps the language chosen). It sets
// `keepTyped`, which scripts/start-app.js calls when the app could not start at all.

/** Keeps what was typed in the snapshot for the reload (none shown: nothing to keep). */
let keepTyped = () => {};

/** The app's own <main> (a child of <body>), once its page shows: loaded, or failed. */
function appReady() {
  const main = [...document.body.children].find((e) => e.localName === 'main');
  if (!main) return false;
  if (main.querySelector('[data-testid=route-failed]')) return true;
  return Boolean(main.querySelector('h1') && !main.querySelector('[data-testid=route-loading]'));
}

/** Calls `then` in a task once the app's page is ready (after what that page does once
 * rendered, such as focusing its heading, src/route.rs), unless `wait()` says to wait on. */
function whenReady(then, wait = () => false) {
  let done = false;
  const check = () => {
    if (done || wait() || !appReady()) return;
    done = true;
    observer.disconnect();
    then();
  };
  const observer = new MutationObserver(() => setTimeout(check));
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(check);
  return check;
}

/** Types `values` ({ control id: text }) into the app's controls as the user would: `input`,
 * then `blur` unless it is `active` (left: the app checks it). Returns what found no control. */
function typeInto(values, active) {
  const left = {};
  for (const [id, value] of Object.entries(values)) {
    const target = document.getElementById(id);
    if (!target || !('value' in target)) {
      left[id] = value;
      continue;
    }
    target.value = value;
    target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    if (id !== active) target.dispatchEvent(new FocusEvent('blur'));
  }
  return left;
}

function start() {
  const template = document.getElementById('boot-page');
  if (!template || kept || !new RegExp(prerendered).test(at)) return;
  const ASIDE = stored.prefix + 'boot-page';
  let aside = {};
  const store = (left) => {
    try {
      if (Object.keys(left).length) sessionStorage.setItem(ASIDE, JSON.stringify(left));
      else sessionStorage.removeItem(ASIDE);
    } catch { /* nothing more can be done without storage */ }
  };
  try {
    if (localStorage.getItem(langKey) === 'en') return;
    aside = JSON.parse(sessionStorage.getItem(ASIDE) || '{}');
  } catch {
    return; // no storage: the app says so itself, on its own page
  }
  const boot = document.getElementById('boot');
  if (!boot) {
    // The app came first (its files were cached): what was kept goes straight into its page.
    if (Object.keys(aside).length) whenReady(() => store(typeInto(aside, null)));
    return;
  }
  boot.replaceChildren(template.content.cloneNode(true));
  boot.setAttribute('data-prerendered', '');
  document.body.classList.add('boot-pending');
  const typed = new Set();
  for (const [id, value] of Object.entries(aside)) {
    const el = document.getElementById('boot-' + id);
    if (el) { el.value = value; typed.add(el); }
  }
  /** What was typed in the snapshot, by the app's control ids. */
  const values = () => Object.fromEntries([...typed].map((el) => [el.id.replace(/^boot-/, ''), el.value]));
  keepTyped = () => store(values());
  let composing = false;
  let pressed = null;
  boot.addEventListener('input', (e) => typed.add(e.target));
  boot.addEventListener('compositionstart', () => { composing = true; });
  boot.addEventListener('click', (e) => {
    const el = e.target.closest('a[href], button');
    if (!el) return;
    e.preventDefault();
    const href = el.getAttribute('href');
    if (href && href.startsWith('#') && !href.startsWith('#/')) {
      const to = document.getElementById(href.slice(1)); // the skip link, within the snapshot
      if (to) { to.tabIndex = -1; to.focus(); }
    } else {
      pressed = el;
    }
  });
  boot.addEventListener('submit', (e) => {
    e.preventDefault();
    pressed = e.submitter ?? e.target.querySelector('[type=submit]');
  });

  /** The app's element that stands where `el` stands in the snapshot. */
  const counterpart = (el) => {
    if (el.id) return document.getElementById(el.id.replace(/^boot-/, ''));
    const same = (x) => x.localName === el.localName && x.textContent === el.textContent
      && x.getAttribute('href') === el.getAttribute('href') && x.getAttribute('type') === el.getAttribute('type');
    const mine = [...boot.querySelectorAll(el.localName)].filter(same);
    const theirs = [...document.body.querySelectorAll(`:scope > :not(#boot) ${el.localName}`)].filter(same);
    return theirs[mine.indexOf(el)] ?? null;
  };

  const takeOver = () => {
    const active = boot.contains(document.activeElement) ? document.activeElement : null;
    let caret = null;
    try {
      if (active && active.selectionStart != null) caret = [active.selectionStart, active.selectionEnd, active.selectionDirection];
    } catch { /* type=email has no selection */ }
    store(typeInto(values(), active?.id.replace(/^boot-/, '')));
    const focus = active && counterpart(active);
    const press = pressed && counterpart(pressed);
    boot.remove();
    document.body.classList.remove('boot-pending');
    if (focus) {
      focus.focus({ preventScroll: true });
      try {
        if (caret) focus.setSelectionRange(...caret);
      } catch { /* as above */ }
    } else if (!press) {
      document.querySelector('#main h1')?.focus({ preventScroll: true }); // as the app does on arrival
    }
    press?.click();
  };
  const check = whenReady(takeOver, () => composing);
  boot.addEventListener('compositionend', () => {
    composing = false;
    setTimeout(check);
  });
}

start();
