// Fills the form from a declaration in the exchange format, the way a user does: it types
// into each control (found by the id the app gives the path, like `f-basic-declarant-name`)
// and clicks radios, checkboxes and add buttons, section by section.

/** `subcontractors[1].name` → `f-subcontractors-1-name` (as `form::control_id`). */
export const controlId = (path) => 'f-' + path.replace(/\[/g, '-').replace(/\]/g, '').replace(/\./g, '-');

/** Every leaf of a JSON value as [path, value], in document order. */
export function leaves(value, path = '') {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

/** Answers one control with one value. With `how.typed`, a text is typed with the keyboard
 *  (what was there selected and replaced) as `how.typed(path)` says people write it, or as
 *  it is, then Tab; else it is filled in at once. */
export async function answer(page, path, value, how = {}) {
  if (value === '' || value === null) return;
  const el = page.locator(`#${controlId(path)}`);
  await el.waitFor({ timeout: 5000 }).catch(() => { throw new Error(`no control for ${path}`); });
  const tag = await el.evaluate((e) => e.tagName.toLowerCase());
  const type = await el.evaluate((e) => e.getAttribute('type'));
  if (tag === 'fieldset') {
    await el.locator(`input[type=radio][value="${String(value)}"]`).check();
  } else if (tag === 'select') {
    await el.selectOption(String(value));
  } else if (type === 'checkbox') {
    if (value) await el.check(); else await el.uncheck();
  } else if (how.typed) {
    await el.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(how.typed(path) ?? String(value));
    await page.keyboard.press('Tab');
  } else {
    await el.fill(String(value));
    await el.blur();
  }
}

/** Answers all leaves of `obj` under `prefix`, skipping keys in `skip` ([`answer`]'s `how`). */
export async function answerAll(page, obj, prefix, skip = [], how = {}) {
  for (const [path, value] of leaves(obj, prefix)) {
    if (skip.some((s) => path === s || path.startsWith(s + '.') || path.startsWith(s + '['))) continue;
    await answer(page, path, value, how);
  }
}

/** Clicks the page's continue button and waits for the next page's heading. */
export async function next(page) {
  const before = await page.locator('main h1').textContent();
  await page.locator('form.section-form button[type=submit]').click();
  await page.waitForFunction((b) => document.querySelector('main h1')?.textContent !== b, before, { timeout: 5000 })
    .catch(async () => {
      const errors = await page.locator('.error-summary').textContent().catch(() => '(no summary)');
      throw new Error(`could not continue from ${before}: ${errors}`);
    });
}

/** Fills the whole declaration `d`, starting from the task list. */
export async function fillDeclaration(page, d) {
  await page.getByRole('link', { name: /基本情報/ }).click();
  await answerAll(page, d.basic, 'basic');
  await next(page);

  await answerAll(page, d.entrustment, 'entrustment');
  await next(page);

  if (d.entrustment.resubcontract) {
    for (const [i, s] of d.subcontractors.entries()) {
      await page.getByRole('button', { name: '再委託先を追加', exact: true }).click();
      await answerAll(page, s, `subcontractors[${i}]`, [`subcontractors[${i}].id`]);
    }
    await next(page);
  }

  if (d.entrustment.uses_cloud) {
    const c = d.cloud;
    await answerAll(page, c, 'cloud', ['cloud.data_location.regions']);
    for (const [i, r] of c.data_location.regions.entries()) {
      await page.getByRole('button', { name: '保管場所を追加' }).click();
      await answerAll(page, r, `cloud.data_location.regions[${i}]`);
    }
    await next(page);

    const r = d.responsibility;
    await answerAll(page, r.model_document, 'responsibility.model_document');
    await answer(page, 'responsibility.understood', r.understood);
    for (const row of r.matrix) {
      await page.locator(`input[type=radio][name="f-responsibility-matrix-${row.layer}"][value="${row.owner}"]`).check();
    }
    await next(page);

    for (const [i, m] of d.measures.entries()) {
      await page.getByLabel('追加する対策の分類').selectOption(m.category);
      await page.getByRole('button', { name: '対策を追加', exact: true }).click();
      await answerAll(page, m, `measures[${i}]`, [`measures[${i}].id`, `measures[${i}].category`]);
    }
    await next(page);
  }

  await answerAll(page, d.attestation, 'attestation');
  await next(page);
}
