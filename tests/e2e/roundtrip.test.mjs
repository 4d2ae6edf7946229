// The reviewer's round trip (issue 12), in a real Chromium with the two parties in separate
// browser contexts (separate storage): the contractor imports noncompliant.json and exports
// it (the export keeps a snapshot of the version handed in); the reviewer opens that file,
// asks on C6, on a subcontractor's answer and on the subcontractors' section, returns it
// (差戻し) and saves the review file; the contractor imports the review into the draft, sees
// each question beside its answer and 「照会N件」 on the task list, adds a subcontractor and
// moves it first (so the one asked about moves down), fixes the ISMAP answer, replies to
// each question (the change since the reviewed version shown under it) and saves both files;
// the reviewer reopens both, sees replies and changes, marks each 解決 and accepts (受理).
// A review of another declaration is refused with its reason. axe on the new pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtures, output, appAndBrowser, openPage, axe, ask, saveDownload } from './support.mjs';
import { answer, controlId } from './fill.mjs';

const out = join(output, 'exports');
const shots = join(output, 'screenshots');
const app = appAndBrowser(out);

const save = (page, click, name) => saveDownload(page, click, out, name);

test('the review round trip: questions go to the contractor and replies come back, reordering included', async () => {
  const fixture = JSON.parse(await readFile(join(fixtures, 'noncompliant.json'), 'utf8'));

  // The contractor: the draft, exported as handed in.
  const contractor = await openPage(app.browser, app.server.url + '#/drafts');
  const c = contractor.page;
  await c.locator('#file-open-input').setInputFiles(join(fixtures, 'noncompliant.json'));
  await c.waitForURL(/#\/$/);
  await c.waitForFunction(() => /保存しました/.test(document.querySelector('.save-bar')?.textContent ?? ''));
  const handedIn = await save(c, () => c.getByTestId('export-any').click(), 'roundtrip-handed-in.json');

  // The reviewer: questions, 差戻し, the review file.
  const reviewer = await openPage(app.browser, app.server.url + '#/read');
  const r = reviewer.page;
  await r.locator('#file-open-input').setInputFiles(handedIn.file);
  await r.waitForSelector('[data-testid=review-panel]');
  // The reviewer's own details, entered once (kept in this browser, written into the file).
  const me = { organization: '○○市', department: '保険年金課', name: '山田 花子' };
  for (const [key, value] of Object.entries(me)) {
    await r.locator(`#reviewer-${key}`).fill(value);
    await r.locator(`#reviewer-${key}`).press('Tab');
  }
  await r.getByTestId('reviewer-done').click();
  assert.equal(await r.getByTestId('reviewer-line').textContent(), '○○市 保険年金課 山田 花子');
  await ask(r, r.locator('tr[data-condition=C6] [data-testid=ask]'), 'ISMAPへの掲載状況を確認させてください。');
  await ask(r, r.locator('#a-f-subcontractors-0-inspection [data-testid=ask]'), '立入調査の頻度を記載してください。');
  await ask(r, r.locator('section[data-section=subcontractors] h3 [data-testid=ask]'), '再委託先の体制図を確認させてください。');
  await r.locator('#review-outcome-returned').check();
  // The list prints alone on A4, with the declaration's id and hash.
  await r.emulateMedia({ media: 'print' });
  const screenSize = r.viewportSize();
  await r.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await r.evaluate(() => document.body.classList.add('print-questions'));
  assert.ok(await r.locator('[data-testid=questions-print]').isVisible());
  assert.ok(!(await r.locator('article.document').isVisible()), 'the document is not printed with the list');
  assert.equal(await r.getByTestId('print-declaration-id').textContent(), fixture.id);
  assert.match(await r.getByTestId('print-declaration-hash').textContent(), /^[0-9a-f]{64}$/);
  assert.equal(await r.getByTestId('print-reviewer').textContent(), '○○市 保険年金課 山田 花子');
  assert.equal(await r.getByTestId('print-contractor').textContent(), fixture.entrustment.contractor.name);
  assert.match(await r.getByTestId('print-date').textContent(), /^\d{4}-\d{2}-\d{2}$/);
  // The 状態 column is one line, not a character per line.
  const statusHeight = await r.locator('.questions-print__table th.questions-print__status').evaluate((e) => e.getBoundingClientRect().height);
  const lineHeight = await r.locator('.questions-print__table th').first().evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(statusHeight <= lineHeight + 1, `状態 header ${statusHeight}px high, 番号 ${lineHeight}px`);
  await r.screenshot({ path: join(shots, 'reader-questions-print-ja.png'), fullPage: true });
  await r.pdf({ path: join(output, 'questions-list.pdf'), format: 'A4' });
  // No header of the printed list is broken into a character per line.
  const heads = await r.locator('.questions-print__table th').evaluateAll((ths) => ths.map((t) => [t.textContent, t.getBoundingClientRect().height]));
  const one = Math.min(...heads.map(([, h]) => h));
  for (const [text, h] of heads) assert.ok(h <= one + 1, `「${text}」 is ${h}px high (one line: ${one}px)`);
  await r.evaluate(() => document.body.classList.remove('print-questions'));
  await r.emulateMedia({ media: 'screen' });
  await r.setViewportSize(screenSize);
  const sent = await save(r, () => r.getByTestId('save-review').click(), 'roundtrip-review.json');
  const sentReview = JSON.parse(await readFile(sent.file, 'utf8'));
  const handed = JSON.parse(await readFile(handedIn.file, 'utf8'));
  assert.equal(sentReview.declaration.sha256, handed.integrity.sha256, 'the review names the version handed in');
  assert.deepEqual(sentReview.reviewer, me, 'the reviewer is on the record');
  assert.match(sent.suggested, /^照会事項_○○市_2024-02-20\.json$/);

  // A review of another declaration is refused, in words.
  const other = { ...sentReview, declaration: { ...sentReview.declaration, id: 'another-declaration' } };
  const otherFile = join(out, 'roundtrip-other-review.json');
  await writeFile(otherFile, JSON.stringify(other));
  await c.goto(app.server.url + '#/questions');
  await c.locator('#review-file-input').setInputFiles(otherFile);
  await c.locator('#review-file-error').waitFor();
  assert.match(await c.locator('#review-file-error').textContent(), /別の申告書（ID another-declaration）/);

  // The contractor takes the review in.
  await c.locator('#review-file-input').setInputFiles(sent.file);
  await c.waitForFunction(() => /照会事項3件を取り込みました/.test(document.querySelector('[data-testid=questions-said]')?.textContent ?? ''));
  await axe(c, 'the questions page');
  await c.screenshot({ path: join(shots, 'questions-received-ja.png'), fullPage: true });
  // The task list counts them per section.
  await c.goto(app.server.url + '#/');
  await c.locator('[data-testid=received-banner]').waitFor();
  const badge = (key) => c.locator(`li[data-section=${key}] [data-testid=task-questions]`).textContent();
  assert.equal(await badge('subcontractors'), '照会2件');
  assert.equal(await badge('cloud'), '照会1件');
  // Beside the answers: the section's question at the top, the answer's under it.
  await c.goto(app.server.url + '#/subcontractors');
  await c.locator('[data-testid=question-note]').first().waitFor();
  // Add a subcontractor and move it first: the one asked about becomes the second.
  await c.getByRole('button', { name: '再委託先を追加', exact: true }).click();
  await answer(c, 'subcontractors[1].name', '株式会社サンプル保守');
  await c.locator(`#${controlId('subcontractors[1].parent')}`).selectOption('contractor');
  await c.locator('#subcontractor-1-up').click();
  await c.waitForFunction(() => document.querySelector('#f-subcontractors-0-name')?.value === '株式会社サンプル保守');
  // The card of the entry asked about says so while closed; opened, the question is there.
  assert.equal(await c.locator('#f-subcontractors-1-id [data-testid=entry-questions]').textContent(), '照会1件');
  if (!(await c.locator('#subcontractor-1-body').isVisible())) await c.locator('#subcontractor-1-toggle').click();
  const note = c.locator(`[data-testid=question-note][data-item=${sentReview.items[1].id}]`);
  await note.waitFor();
  const inspection = c.locator(`#${controlId('subcontractors[1].inspection')}`);
  await inspection.waitFor();
  // The note follows the answer of the same entry.
  const beside = await c.evaluate(([noteId]) => {
    const n = document.querySelector(`[data-testid=question-note][data-item="${noteId}"]`);
    return Boolean(n?.closest('.entry')?.querySelector('#f-subcontractors-1-inspection'));
  }, [sentReview.items[1].id]);
  assert.ok(beside, 'the question on sub-1 shows in sub-1’s entry, now second');
  await inspection.fill('年1回、立入調査を実施します。');
  await inspection.blur();
  // The ISMAP answer fixed.
  await c.goto(app.server.url + '#/cloud');
  await c.locator(`[data-testid=question-note][data-item=${sentReview.items[0].id}]`).waitFor();
  await answer(c, 'cloud.ismap.listed', true);
  await answer(c, 'cloud.ismap.registration_number', 'C21-0001-1');

  // The replies, with the change since the version reviewed under each question.
  await c.goto(app.server.url + '#/questions');
  await c.locator('[data-testid=questions-changed]').waitFor();
  assert.match(await c.getByTestId('questions-changed').textContent(), /スナップショット \d+ が審査された版です/);
  const rows = c.locator('[data-testid=questions-list] > li');
  assert.equal(await rows.count(), 3);
  assert.match(await rows.nth(1).locator('.review-item__target').textContent(), /再委託先2/);
  assert.match(await rows.nth(0).locator('[data-testid=item-changes]').textContent(), /C21-0001-1/);
  assert.match(await rows.nth(1).locator('[data-testid=item-changes]').textContent(), /年1回、立入調査を実施します。/);
  assert.match(await rows.nth(2).locator('[data-testid=item-changes]').textContent(), /株式会社サンプル保守/);
  const replies = ['ISMAPに掲載されたサービスに変更しました。', '年1回実施し、その旨を記載しました。', '体制に保守会社を追加しました。'];
  for (let i = 0; i < 3; i++) {
    await rows.nth(i).locator('textarea').fill(replies[i]);
    await rows.nth(i).getByTestId('reply-save').click();
    await c.waitForFunction((n) => document.querySelectorAll('[data-testid=questions-list] > li')[n]?.dataset.status === 'Answered', i);
  }
  await axe(c, 'the questions page with replies');
  await c.screenshot({ path: join(shots, 'questions-replied-ja.png'), fullPage: true });
  const back = await save(c, () => c.getByTestId('save-replies').click(), 'roundtrip-replied.json');
  assert.equal(back.suggested, '照会事項_○○市_2024-02-20_回答.json', 'the answered file is not named as the one received');
  const corrected = await save(c, () => c.getByTestId('export-any').click(), 'roundtrip-corrected.json');
  const replied = JSON.parse(await readFile(back.file, 'utf8'));
  assert.deepEqual(replied.items.map((i) => i.comment), sentReview.items.map((i) => i.comment), 'a reply never changes a question');
  assert.deepEqual(replied.items.map((i) => i.reply), replies);
  assert.ok(replied.items.every((i) => i.status === 'answered' && i.replied_at));

  // The reviewer reopens both: replies and changes, 解決, 受理.
  await r.reload();
  await r.locator('#file-open-input').setInputFiles(corrected.file);
  await r.waitForSelector('[data-testid=review-panel]');
  await r.getByTestId('review-notice').waitFor();
  await r.locator('#review-back-input').setInputFiles(back.file);
  await r.waitForFunction(() => /回答3件を取り込みました/.test(document.querySelector('[data-testid=review-said]')?.textContent ?? ''));
  const items = r.locator('[data-testid=review-items] > li');
  assert.equal(await items.count(), 3);
  for (let i = 0; i < 3; i++) {
    assert.equal(await items.nth(i).getByTestId('review-reply').textContent(), '回答：' + replies[i]);
  }
  assert.match(await items.nth(0).locator('[data-testid=item-changes]').textContent(), /C21-0001-1/);
  assert.match(await items.nth(1).locator('.review-item__target').textContent(), /再委託先2/);
  await axe(r, 'the reader with replies');
  await r.locator('[data-testid=review-panel]').screenshot({ path: join(shots, 'reader-replies-ja.png') });
  // Two are 解決; the second is asked again (再照会): the first reply is kept in its thread.
  const item = (i) => r.locator('[data-testid=review-items] > li').nth(i);
  await item(0).getByTestId('resolve').click();
  await r.waitForFunction(() => document.querySelectorAll('[data-testid=review-items] > li [data-testid=resolve]').length === 2);
  await item(2).getByTestId('resolve').click();
  await r.waitForFunction(() => document.querySelectorAll('[data-testid=review-items] > li [data-testid=resolve]').length === 1);
  await item(1).getByTestId('ask-again').click();
  await item(1).locator('textarea').fill('実施時期も記載してください。');
  await item(1).getByTestId('ask-again-send').click();
  await r.waitForFunction(() => /再照会しました/.test(document.querySelector('[data-testid=review-said]')?.textContent ?? ''));
  assert.match(await item(1).getByTestId('thread').textContent(), new RegExp(`回答${replies[1]}`));
  assert.match(await item(1).getByTestId('thread').textContent(), /再照会（山田 花子）実施時期も記載してください。/);
  const again = await save(r, () => r.getByTestId('save-review').click(), 'roundtrip-again.json');
  const againReview = JSON.parse(await readFile(again.file, 'utf8'));
  assert.equal(againReview.items[1].comment, sentReview.items[1].comment, 'the question as first asked stays');
  assert.equal(againReview.items[1].reply, undefined, 'asked again: the reply is empty');
  assert.deepEqual(againReview.items[1].history.map((t) => [t.kind, t.text ?? null]), [['reply', replies[1]], ['ask_again', '実施時期も記載してください。']]);

  // The contractor: the 再照会 opens with an empty box and the thread; the 解決 are read-only.
  await c.goto(app.server.url + '#/questions');
  await c.locator('#review-file-input').setInputFiles(again.file);
  await c.waitForFunction(() => /照会事項3件を取り込みました/.test(document.querySelector('[data-testid=questions-said]')?.textContent ?? ''));
  const rowsAgain = c.locator('[data-testid=questions-list] > li');
  await c.waitForFunction(() => document.querySelectorAll('[data-testid=questions-list] > li')[1]?.dataset.status === 'Open');
  assert.equal(await rowsAgain.nth(1).locator('textarea').inputValue(), '', 'the first reply is not put back to be overwritten');
  assert.equal(await rowsAgain.nth(1).locator('.status-message').textContent(), '', 'no stale 「回答を保存しました」');
  assert.match(await rowsAgain.nth(1).getByTestId('thread').textContent(), new RegExp(replies[1]));
  for (const i of [0, 2]) {
    assert.equal(await rowsAgain.nth(i).locator('textarea').count(), 0, `question ${i + 1} is resolved: no reply box`);
    assert.match(await rowsAgain.nth(i).getByTestId('reply-resolved').textContent(), new RegExp(replies[i]));
  }
  await c.screenshot({ path: join(shots, 'questions-asked-again-ja.png'), fullPage: true });
  await rowsAgain.nth(1).locator('textarea').fill('4月に実施します。');
  await rowsAgain.nth(1).getByTestId('reply-save').click();
  await c.waitForFunction(() => document.querySelectorAll('[data-testid=questions-list] > li')[1]?.dataset.status === 'Answered');
  const back2 = await save(c, () => c.getByTestId('save-replies').click(), 'roundtrip-replied-again.json');
  await r.locator('#review-back-input').setInputFiles(back2.file);
  await r.waitForFunction(() => /回答1件を取り込みました/.test(document.querySelector('[data-testid=review-said]')?.textContent ?? ''));
  assert.equal(await item(1).getByTestId('review-reply').textContent(), '回答：4月に実施します。');
  assert.match(await item(1).getByTestId('thread').textContent(), new RegExp(replies[1]), 'the first reply is still there');
  await item(1).getByTestId('resolve').click();
  await r.waitForFunction(() => document.querySelectorAll('[data-testid=resolve]').length === 0);
  await r.locator('#review-outcome-accepted').check();
  const final = await save(r, () => r.getByTestId('save-review').click(), 'roundtrip-accepted.json');
  const accepted = JSON.parse(await readFile(final.file, 'utf8'));
  const correctedFile = JSON.parse(await readFile(corrected.file, 'utf8'));
  assert.equal(accepted.outcome, 'accepted');
  assert.ok(accepted.items.every((i) => i.status === 'resolved'));
  assert.deepEqual(accepted.items.map((i) => i.reply), [replies[0], '4月に実施します。', replies[2]]);
  assert.equal(accepted.items[1].history[0].text, replies[1], 'every reply is on the record');
  assert.equal(accepted.declaration.sha256, correctedFile.integrity.sha256, 'accepted names the version accepted');
  assert.deepEqual(accepted.reviewer, me);

  assert.deepEqual(contractor.errors, []);
  assert.deepEqual(reviewer.errors, []);
  await contractor.context.close();
  await reviewer.context.close();
});
