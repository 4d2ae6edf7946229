// No keystroke is ever lost (issue 30). On every section page and on the part page, at
// 1280 and 375 px, with the keyboard only: continue is pressed with the page empty (the error
// summary takes the focus), then several answers are edited as people do — reached from the
// summary's link (Enter) or by focus, something typed, select all, delete (the answer's error
// shows again and the summary is drawn anew: the moment that used to take the focus away),
// then the real text typed, once through an IME composition. Every character must arrive:
// in the control, with the focus still there, and in the draft (or the part sent back).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { output, appAndBrowser, openPage, settled, storedDraft } from './support.mjs';
import { controlId } from './fill.mjs';

const out = join(output, 'exports');
const shots = join(output, 'screenshots');
const app = appAndBrowser(out);

const stored = storedDraft;

/** The value at a path like `subcontractors[0].name` of a JSON value. */
function at(value, path) {
  return path.split(/\.|\[|\]\.?/).filter(Boolean).reduce((v, k) => v?.[/^\d+$/.test(k) ? Number(k) : k], value);
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses continue with the keyboard (focus on the button, Enter) on a page that cannot
 *  continue yet: the error summary takes the focus. */
async function failContinue(page, submit = 'form.section-form button[type=submit]') {
  await page.locator(submit).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, { timeout: 5000 });
}

/** Types `text` into `id` as a person with an input method does: composing (the reading
 *  shown, converted), then committing. */
async function compose(page, cdp, text) {
  const reading = [...text].map(() => 'あ').join('');
  for (let n = 1; n <= reading.length; n++) {
    const step = reading.slice(0, n);
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: n, selectionEnd: n });
  }
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
}

/** Edits the answer with control `id` the way a user does and checks every character
 *  arrived and the focus stayed. `reach`: 'summary' follows the error summary's link to it
 *  (Tab to it, Enter), else the control is focused as Tab would. */
async function edit(page, cdp, id, text, { reach = 'focus', ime = false, optional = false } = {}) {
  const control = page.locator('#' + id);
  if (reach === 'summary') {
    const link = page.locator(`.error-summary a[href="#${id}"]`);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((i) => document.activeElement?.id === i, id);
  } else {
    await control.focus();
  }
  await page.keyboard.type('消す文字');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // Emptied: its error is back (the summary drawn again) — and the focus must stay here. (An
  // optional answer has no error to come back.)
  if (!optional) await page.locator(`#${id}-error`).waitFor();
  assert.equal(await activeId(page), id, `${id}: the focus left the control when its error came back`);
  if (ime) await compose(page, cdp, text);
  else await page.keyboard.type(text, { delay: 15 });
  assert.equal(await control.inputValue(), text, `${id}: every character typed arrived`);
  assert.equal(await activeId(page), id, `${id}: the focus is still in the control`);
  await page.keyboard.press('Tab');
}

/** Answers that open the pages that follow them, with the keyboard (Space on a radio). */
async function choose(page, name, value) {
  await page.locator(`input[name="${name}"][value="${value}"]`).focus();
  await page.keyboard.press('Space');
}

/** What each section page is edited with: [path, text, how]. The email is typed in full
 *  width (＠) and stored half-width. */
const sections = [
  ['basic', '基本情報', [
    ['basic.municipality', '亀山市', 'summary'],
    ['basic.declarant.name', '山田　花子', 'ime'],
    ['basic.declarant.email', 'yamada＠example.jp', 'focus', 'yamada@example.jp'],
  ]],
  ['entrustment', '委託の概要', [
    ['entrustment.content', 'アプリケーション保守及びシステム運用。', 'summary'],
    ['entrustment.contractor.name', '三重県国民健康保険団体連合会', 'ime'],
    ['entrustment.contractor.address', '三重県津市桜橋二丁目96番地', 'focus'],
  ]],
  ['subcontractors', '再委託先', [
    ['subcontractors[0].name', '国民健康保険中央会', 'summary'],
    ['subcontractors[0].reason', '全国共通のシステムの開発元であるため。', 'ime'],
    ['subcontractors[0].supervision', '連合会が月次の報告で確認する。', 'focus'],
  ]],
  ['cloud', 'クラウドサービス', [
    ['cloud.provider', 'AWS東京', 'summary'],
    ['cloud.service', 'Amazon Web Services', 'focus'],
    ['cloud.controls_verification.description', 'ISMAPの登録情報を確認した。', 'ime'],
  ]],
  ['responsibility', '責任共有モデル', [
    ['responsibility.model_document.title', 'AWS 責任共有モデル（2024年1月版）', 'summary'],
  ]],
  ['measures', 'セキュリティ対策', [
    ['measures[0].description', 'JVNを日次で確認し、重要な脆弱性は7日以内に修正する。', 'summary'],
    ['measures[0].evidence', '脆弱性対応手順書　第2版', 'ime'],
  ]],
  ['attestation', '確認・誓約', [
    ['attestation.name', '山田　太郎', 'summary'],
    ['attestation.title', '事務局長', 'ime'],
  ]],
];

for (const width of [1280, 375]) {
  test(`every section page at ${width} px: a failed continue, then select all, delete and typing lose nothing`, async () => {
    const { context, page, errors } = await openPage(app.browser, app.server.url + '#/entrustment', { width, height: 800 });
    const cdp = await context.newCDPSession(page);
    await settled(page, '委託の概要');
    await choose(page, 'f-entrustment-resubcontract', 'true');
    await choose(page, 'f-entrustment-uses_cloud', 'true');
    const typed = [];
    for (const [route, heading, edits] of sections) {
      await page.goto(app.server.url + '#/' + route);
      await settled(page, heading);
      if (route === 'subcontractors' && await page.locator('#f-subcontractors-0-name').count() === 0) {
        await page.locator('#subcontractors-add').focus();
        await page.keyboard.press('Enter');
        await page.locator('#f-subcontractors-0-name').waitFor();
      }
      if (route === 'measures' && await page.locator('#f-measures-0-description').count() === 0) {
        await page.getByLabel('追加する対策の分類').selectOption('os_middleware_vulnerability');
        await page.getByRole('button', { name: '対策を追加', exact: true }).focus();
        await page.keyboard.press('Enter');
        await page.locator('#f-measures-0-description').waitFor();
      }
      await failContinue(page);
      await page.screenshot({ path: join(shots, `keystrokes-${route}-failed-${width}.png`) });
      for (const [path, text, how, stored] of edits) {
        await edit(page, cdp, controlId(path), text, {
          reach: how === 'summary' ? 'summary' : 'focus',
          ime: how === 'ime',
          optional: path === 'measures[0].evidence',
        });
        typed.push([path, stored ?? text]);
      }
      if (route === 'basic') {
        // Left, the full-width ＠ is read as half-width (spec §3) and no error stays.
        assert.equal(await page.locator('#' + controlId('basic.declarant.email')).inputValue(), 'yamada@example.jp');
        assert.equal(await page.locator('#' + controlId('basic.declarant.email') + '-error').count(), 0);
      }
    }
    await page.getByTestId('save-status').getByText('保存しました').waitFor();
    const d = await stored(page);
    for (const [path, text] of typed) assert.equal(at(d, path), text, `${path} in the draft`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`the part page at ${width} px: a failed send-back, then editing loses nothing`, async () => {
    // A part for a second-level subcontractor (the vendor under 国保中央会).
    const part = {
      format: 'cloud-subcontract-part', schema_version: 1, id: `part-keys-${width}`,
      created_at: '2026-12-01T00:00:00Z', updated_at: '2026-12-01T00:00:00Z',
      declaration: { id: 'decl-keys', municipality: '亀山市', system_name: '国保総合(国保集約)システム', contractor_name: '三重県国民健康保険団体連合会' },
      requested_by: { organization: '国民健康保険中央会', name: '担当者' },
      message: '貴社の欄をご記入ください。',
      root: 'sub-v', above: [{ id: 'sub-1', name: '国民健康保険中央会' }],
      subcontractors: [{ id: 'sub-v', parent: 'sub-1', name: '株式会社ベンダー' }],
    };
    const file = join(out, `keystrokes-part-${width}.json`);
    await writeFile(file, JSON.stringify(part, null, 2));
    const { context, page, errors } = await openPage(app.browser, app.server.url + '#/drafts', { width, height: 800 });
    const cdp = await context.newCDPSession(page);
    await page.locator('#file-open-input').setInputFiles(file);
    await page.waitForURL(/#\/part$/);
    await page.locator('[data-testid=part-context]').waitFor();
    // Its own entry is the one after the chain above it (index 1).
    if (!(await page.locator('#subcontractor-1-body').isVisible())) {
      await page.locator('#subcontractor-1-toggle').focus();
      await page.keyboard.press('Enter');
    }
    await failContinue(page, '[data-testid=part-send-back]');
    await page.screenshot({ path: join(shots, `keystrokes-part-failed-${width}.png`) });
    const edits = [
      ['subcontractors[1].address', '東京都港区芝浦一丁目', 'summary'],
      ['subcontractors[1].reason', 'クラウド基盤の運用実績があるため。', 'ime'],
      ['subcontractors[1].supervision', '国保中央会が月次の報告で確認する。', 'focus'],
    ];
    for (const [path, text, how] of edits) {
      await edit(page, cdp, controlId(path), text, { reach: how === 'summary' ? 'summary' : 'focus', ime: how === 'ime' });
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('part-send-back-anyway').click(),
    ]);
    assert.match(download.suggestedFilename(), /^記入返送_株式会社ベンダー_\d{4}-\d{2}-\d{2}\.json$/);
    const saved = join(out, `keystrokes-part-${width}-returned.json`);
    await download.saveAs(saved);
    const back = JSON.parse(await readFile(saved, 'utf8'));
    assert.deepEqual(back.subcontractors.map((s) => s.id), ['sub-v'], 'nothing of the chain above goes back');
    assert.equal(back.subcontractors[0].parent, 'sub-1');
    assert.equal(back.subcontractors[0].address, edits[0][1]);
    assert.equal(back.subcontractors[0].reason, edits[1][1]);
    assert.equal(back.subcontractors[0].supervision, edits[2][1]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
