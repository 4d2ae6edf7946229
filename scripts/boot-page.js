// The prerendered page of a first visit (issue 14; scripts/prerender.mjs puts it in
// index.html). On #/basic, with nothing stored in this browser and Japanese chosen (where the
// app would show the same blank page), the shell shows the snapshot of the app's own page at
// once, and the user can type in it while the wasm loads. When the app's page is ready under
// it (hidden: style/main.css `.boot-pending`), the app takes over: what was typed goes into the
// app's controls as if typed there (an `input` event, and `blur` for those left, so the draft
// takes it, checks it and saves it), the focus and caret follow, a link or button pressed
// meanwhile is pressed again on the app's page, and the snapshot goes. Never during an IME
// composition: the app takes over when it ends. What the app's page cannot take (its code
// could not be fetched) is kept in sessionStorage and typed back into the snapshot after the
// reload. The preload script imports it (scripts/bundle.mjs) on 基本情報 with nothing stored;
// it starts once the page is parsed, unless the app has already taken the shell away.
function start() {
  const template = document.getElementById('boot-page');
  const boot = document.getElementById('boot');
  if (!template || !boot || !('MutationObserver' in window)) return;
  const { route, prefix, keep, lang } = template.dataset;
  const KEPT = prefix + 'boot-page';
  if (!new RegExp(route).test(location.hash.replace(/^#\/?/, ''))) return;
  let kept = {};
  try {
    const others = keep.split(' ');
    if (Object.keys(localStorage).some((k) => k.startsWith(prefix) && !others.includes(k))) return;
    if (localStorage.getItem(lang) === 'en') return;
    kept = JSON.parse(sessionStorage.getItem(KEPT) || '{}');
  } catch {
    return; // no storage: the app says so itself, on its own page
  }
  boot.replaceChildren(template.content.cloneNode(true));
  boot.setAttribute('data-prerendered', '');
  document.body.classList.add('boot-pending');
  const touched = new Set();
  for (const [id, value] of Object.entries(kept)) {
    const el = document.getElementById('boot-' + id);
    if (el) { el.value = value; touched.add(el); }
  }
  let composing = false;
  let pressed = null;
  boot.addEventListener('input', (e) => touched.add(e.target));
  boot.addEventListener('compositionstart', () => { composing = true; });
  boot.addEventListener('compositionend', () => {
    composing = false;
    setTimeout(attempt);
  });
  boot.addEventListener('click', (e) => {
    const el = e.target.closest('a[href], button');
    if (!el) return;
    e.preventDefault();
    const href = el.getAttribute('href');
    if (href && href.startsWith('#') && !href.startsWith('#/')) {
      document.getElementById(href.slice(1))?.focus(); // the skip link, within the snapshot
    } else {
      pressed = el;
    }
  });
  boot.addEventListener('submit', (e) => {
    e.preventDefault();
    pressed = e.submitter ?? e.target.querySelector('[type=submit]');
  });

  /** The app's own <main> (a child of <body>), once its page shows: loaded, or failed. */
  const appMain = () => [...document.body.children].find((e) => e.localName === 'main');
  const ready = () => {
    const main = appMain();
    if (!main) return false;
    if (main.querySelector('[data-testid=route-failed]')) return true;
    return Boolean(main.querySelector('h1') && !main.querySelector('[data-testid=route-loading]'));
  };
  /** The app's element that stands where `el` stands in the snapshot. */
  const counterpart = (el) => {
    if (el.id) return document.getElementById(el.id.replace(/^boot-/, ''));
    const same = (x) => x.localName === el.localName && x.textContent === el.textContent
      && x.getAttribute('href') === el.getAttribute('href') && x.getAttribute('type') === el.getAttribute('type');
    const mine = [...boot.querySelectorAll(el.localName)].filter(same);
    const theirs = [...document.body.querySelectorAll(`:scope > :not(#boot) ${el.localName}`)].filter(same);
    return theirs[mine.indexOf(el)] ?? null;
  };
  // A task after the app's page is mounted, not the observer's microtask: what the page does
  // once rendered (its heading focused, src/route.rs) comes first, on its hidden elements.
  const observer = new MutationObserver(() => setTimeout(attempt));

  function attempt() {
    if (composing || !boot.isConnected || !ready()) return;
    observer.disconnect();
    const active = boot.contains(document.activeElement) ? document.activeElement : null;
    let caret = null;
    try {
      if (active && active.selectionStart != null) caret = [active.selectionStart, active.selectionEnd, active.selectionDirection];
    } catch { /* type=email has no selection */ }
    const left = {};
    for (const el of touched) {
      const target = counterpart(el);
      if (!target || !('value' in target)) {
        left[el.id.replace(/^boot-/, '')] = el.value;
        continue;
      }
      target.value = el.value;
      target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      if (el !== active) target.dispatchEvent(new FocusEvent('blur'));
    }
    try {
      if (Object.keys(left).length) sessionStorage.setItem(KEPT, JSON.stringify(left));
      else sessionStorage.removeItem(KEPT);
    } catch { /* nothing more can be done without storage */ }
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
  }
  observer.observe(document.body, { childList: true, subtree: true });
  attempt();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
