// The faults of issue 11, each in a real Chromium, each printing one row of the fault table
// (case | what the user saw | characters lost). The claim under test: nothing the app said
// was saved (「保存しました」) is lost without an alert saying so first. Characters typed
// inside the autosave delay were never said to be saved; the table counts them apart.
//
// Cases: the tab crashes inside the autosave delay (chrome://crash) and is reopened; the
// browser process is killed (SIGKILL) right after 保存しました, and again some seconds
// after, and restarted on the same profile; localStorage filled to its real quota; site
// data blocked by the profile's content settings; the origin's storage cleared mid-session
// (DevTools protocol Storage.clearDataForOrigin); the service worker's cache over quota
// (Storage.overrideQuotaForOrigin); service workers blocked.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { output, chromiumArgs, appAndBrowser } from './support.mjs';
import { controlId } from './fill.mjs';

const app = appAndBrowser(join(output, 'faults'));
const municipality = '#' + controlId('basic.municipality');
const system = '#' + controlId('basic.system_name');
const rows = [];

/** Records one row of the fault table. */
function row(fault, saw, lost) {
  rows.push({ fault, saw, lost });
}

after(() => {
  const table = ['fault table (issue 11): case | what the user saw | characters lost',
    ...rows.map((r) => `  ${r.fault} | ${r.saw} | ${r.lost}`)];
  console.log(table.join('\n'));
});

const statusText = (page) => page.locator('[data-testid=save-status]').textContent();
const savedStatus = (page) => page.waitForFunction(
  () => /保存しました/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''));

async function toBasic(page) {
  await page.goto(app.server.url + '#/basic');
  await page.waitForSelector(municipality);
}

/** Types `text` at the end of the control `sel`, key by key, as a user does. */
async function typeMore(page, sel, text) {
  await page.locator(sel).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** Debian's Chromium started by hand on `profile`, so that its process can be killed. */
async function startChromium(profile) {
  const child = spawn('/usr/bin/chromium', [
    ...chromiumArgs, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise((ok, fail) => {
    let seen = '';
    child.stderr.on('data', (b) => {
      seen += b;
      const m = seen.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`chromium exited (${code}): ${seen.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(ws);
  return { child, browser, context: browser.contexts()[0] };
}

/** Kills the whole browser at once, as a power cut or the task manager would. */
async function kill(child) {
  const gone = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGKILL');
  await gone;
}

test('the tab crashes inside the autosave delay, then is reopened', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await toBasic(page);
  await typeMore(page, municipality, '津市');
  await savedStatus(page);
  const said = await page.inputValue(municipality);
  // Three more characters, then the crash within the 250 ms delay.
  await typeMore(page, municipality, '役所前');
  const status = await statusText(page);
  const crashed = new Promise((ok) => page.once('crash', ok));
  page.goto('chrome://crash').catch(() => {});
  await crashed;
  const again = await context.newPage();
  await toBasic(again);
  const back = await again.inputValue(municipality);
  assert.ok(back.startsWith(said), `what was said saved (${said}) is back: ${back}`);
  assert.doesNotMatch(status, /保存しました/, 'the status did not claim the unsaved characters');
  row('tab crash (chrome://crash) 0.1 s after typing 3 characters',
    `reopened with 「${back}」; before the crash the status read 「${status.trim()}」`,
    `${'津市役所前'.length - back.length} (never said saved)`);
  await context.close();
});

test('the browser is killed right after 保存しました, and again some seconds after', async () => {
  for (const waitMs of [0, 8000]) {
    const profile = await mkdtemp(join(tmpdir(), 'decl-kill-'));
    try {
      let { child, context } = await startChromium(profile);
      let page = await context.newPage();
      await toBasic(page);
      const text = waitMs ? '伊勢市' : '名張市';
      await typeMore(page, municipality, text);
      await savedStatus(page);
      if (waitMs) await page.waitForTimeout(waitMs);
      await kill(child);
      ({ child, context } = await startChromium(profile));
      page = await context.newPage();
      await toBasic(page);
      const back = await page.inputValue(municipality);
      const lost = text.length - back.length;
      row(`browser killed (SIGKILL) ${waitMs / 1000} s after 保存しました, restarted on the profile`,
        back === text ? `reopened with 「${back}」` : `reopened without it (「${back}」): Chromium had not yet written localStorage to disk`,
        `${lost}${lost && !waitMs ? ' (said saved: Chromium writes localStorage to disk in batches a few seconds later)' : ''}`);
      // A few seconds after 保存しました the words are on disk; the README states the gap.
      if (waitMs) assert.equal(back, text);
      await kill(child);
    } finally {
      // A killed browser's helpers may still be writing its profile for a moment: retried.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  }
});

test('localStorage filled to its real quota: the failure is said before anything is lost', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await toBasic(page);
  const filled = await page.evaluate(() => {
    let bytes = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 10, 64]) {
      const chunk = 'x'.repeat(size);
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`filler-${size}-${i}`, chunk); bytes += size; } catch { break; }
      }
    }
    return bytes;
  });
  await typeMore(page, municipality, '亀山市');
  await page.waitForSelector('[data-testid=save-refused]');
  const saw = (await page.locator('[data-testid=save-refused]').textContent()).trim();
  assert.match(await statusText(page), /保存できませんでした/);
  assert.equal(await page.inputValue(municipality), '亀山市', 'the words stay on the page');
  row(`localStorage full (filled with ${(filled / 1e6).toFixed(1)} MB, its real quota)`,
    `alert 「${saw.slice(0, 60)}…」 with 「ファイルに書き出す」; the words stay on the page`, '0');
  await context.close();
});

test('site data blocked by the profile\'s content settings', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'decl-blocked-'));
  try {
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(join(profile, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs, locale: 'ja-JP',
    });
    const page = context.pages()[0] ?? await context.newPage();
    await toBasic(page);
    const blocked = await page.evaluate(() => { try { localStorage.length; return false; } catch { return true; } });
    assert.ok(blocked, 'the content setting really blocks localStorage');
    await page.waitForSelector('[data-testid=storage-unavailable]');
    const saw = (await page.locator('[data-testid=storage-unavailable]').textContent()).trim();
    assert.match(await statusText(page), /保存できませんでした/);
    await typeMore(page, municipality, '尾鷲市');
    assert.equal(await page.inputValue(municipality), '尾鷲市');
    row('site data blocked (content setting: cookies and site data blocked)',
      `alert at once 「${saw.slice(0, 60)}…」; nothing is ever said saved; 「ファイルに書き出す」 works`, '0');
    await context.close();
  } finally {
    // A browser's helpers may still be writing its profile for a moment: retried.
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

test('the origin\'s storage cleared mid-session (Storage.clearDataForOrigin)', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await toBasic(page);
  await typeMore(page, municipality, '熊野市');
  await savedStatus(page);
  // Every keystroke saved (a save still pending would write the record back after the clear).
  await page.waitForFunction(() => {
    const id = localStorage.getItem('cloud-decl/v1/current');
    const raw = id && localStorage.getItem(`cloud-decl/v1/draft/${id}`);
    return raw && JSON.parse(raw).declaration?.basic?.municipality === '熊野市';
  });
  const cdp = await context.newCDPSession(page);
  const origin = new URL(app.server.url).origin;
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage' });
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'the storage is empty');
  await typeMore(page, system, '国保システム');
  // The next save finds its record gone: an alert says so before anything else happens.
  const alert = page.locator('[data-testid=changed-elsewhere]');
  await alert.waitFor();
  const saw = (await alert.locator('p').first().textContent()).trim();
  assert.match(saw, /消えています/);
  await page.waitForFunction(() => /保存できませんでした/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''));
  await alert.getByTestId('keep-both').click();
  await savedStatus(page);
  await page.reload();
  await page.waitForSelector(municipality);
  const back = [await page.inputValue(municipality), await page.inputValue(system)];
  const lost = '熊野市'.length - back[0].length + '国保システム'.length - back[1].length;
  assert.equal(lost, 0, `after the clear, the next save wrote the whole draft back: ${back}`);
  row('storage cleared mid-session (CDP Storage.clearDataForOrigin), then one more answer',
    `alert 「${saw.slice(0, 50)}…」, 「別の下書きとして保存」 stores both answers again`, String(lost));
  await context.close();
});

test('the service worker\'s cache over quota (Storage.overrideQuotaForOrigin): the app works online', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  const origin = new URL(app.server.url).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 64 * 1024 });
  await toBasic(page);
  // The worker tries to cache the app (about 1.4 MB) into 64 KiB, and fails.
  const worker = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await new Promise((r) => setTimeout(r, 1500));
    const r = await navigator.serviceWorker.getRegistration();
    return { active: Boolean(r?.active), cached: (await caches.keys()).length, had: Boolean(reg) };
  });
  await typeMore(page, municipality, '鳥羽市');
  await savedStatus(page);
  await page.reload();
  await page.waitForSelector(municipality);
  assert.equal(await page.inputValue(municipality), '鳥羽市');
  assert.deepEqual(errors, []);
  row('service worker cache over quota (CDP Storage.overrideQuotaForOrigin 64 KiB)',
    `the app works online and saves (worker active: ${worker.active}, caches: ${worker.cached}); no offline copy`, '0');
  await context.close();
});

test('service workers blocked: the app works online and saves', async () => {
  const context = await app.browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await toBasic(page);
  await typeMore(page, municipality, '志摩市');
  await savedStatus(page);
  await page.reload();
  await page.waitForSelector(municipality);
  assert.equal(await page.inputValue(municipality), '志摩市');
  assert.deepEqual(errors, []);
  row('service workers blocked', 'the app works online and saves; no offline copy', '0');
  await context.close();
});
