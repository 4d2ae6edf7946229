// The app itself, the last part of the start script (scripts/bundle.mjs; the split build has
// no boot module): the glue, preloaded above with its integrity, instantiates the main module
// the start script compiled (`main`), and its start function mounts the app.
// When either cannot be had (the connection dropped, a file altered on the way, a browser
// without WebAssembly), the page says so in Japanese and English instead of loading forever
// (#boot-failed in index.html, moved to the top of the shell's page), its reload button takes the focus (unless a field has it), and what was typed in
// the prerendered page is kept for the reload (`keepTyped`, scripts/boot-page.js). Of the
// start script it uses `main`, `glue` (the glue's address) and `keepTyped`.
Promise.all([import(glue), main])
  .then(([m, module]) => m.default({ module_or_path: module }))
  .catch((e) => {
    addEventListener('pagehide', keepTyped);
    document.body.className = 'boot-failed';
    const failed = document.getElementById('boot-failed');
    document.querySelector('#boot main')?.prepend(failed); // above the shell's text or the form
    failed.hidden = false;
    const reload = failed.querySelector('button');
    reload.onclick = () => location.reload();
    // The focus goes to it, unless it is in a field of the prerendered form: taking it from
    // there would end an IME composition (the alert is announced either way).
    if (!document.activeElement?.matches('input, textarea, select')) reload.focus();
    throw e;
  });
