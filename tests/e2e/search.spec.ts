import { expect, test } from './fixtures';

test('a two-character Japanese query finds the National Police Agency and jumps to it', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.search('警察');
  await expect(atlas.searchResults.getByRole('option').first()).toHaveAttribute('data-actor-id', 'npa');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'npa');
  await expect.poll(async () => (await atlas.node('npa')).selected).toBe(true);
  await atlas.atRest();
  // Brought into view at a zoom where its name can be read.
  expect(await atlas.inView('npa')).toBe(true);
  expect((await atlas.node('npa')).label).not.toBe('');
});

test('the result under the cursor is fetched ahead: Enter shows its details without asking again', async ({ atlas, page }) => {
  await atlas.open();
  const askedFor: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/getActorDetails')) askedFor.push(String(request.postDataJSON()?.actorId));
  });
  const answeredAhead = page.waitForResponse((response) => response.url().endsWith('/api/getActorDetails'));
  await atlas.search('警察');
  await (await answeredAhead).finished();
  expect(askedFor).toEqual(['npa']);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'npa');
  await expect(page.getByTestId('actor-details').getByRole('heading', { level: 2 })).toHaveText('National Police Agency');
  // The details came from the answer fetched ahead: choosing asked the app for nothing more.
  expect(askedFor).toEqual(['npa']);
});

test('a longer Japanese query and an English acronym find their actors', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.search('国家サイバー統括室');
  await expect(atlas.searchResults.getByRole('option').first()).toHaveAttribute('data-actor-id', 'nco');
  await atlas.search('CISA');
  await expect(atlas.searchResults.getByRole('option').first()).toHaveAttribute('data-actor-id', 'cisa');
  await atlas.searchResults.getByRole('option').first().click();
  await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'cisa');
});

test('Enter that confirms a Japanese IME conversion does not choose a result', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.search('警察');
  await atlas.searchBox.dispatchEvent('keydown', { key: 'Enter', isComposing: true });
  await expect(atlas.searchResults).toBeVisible();
  await expect(page.getByTestId('actor-details')).toHaveCount(0);
  await atlas.searchBox.press('Enter');
  await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'npa');
});

test('choosing a result hidden by a filter brings it back into view', async ({ atlas }) => {
  await atlas.open();
  await atlas.legendFilter('United States').uncheck();
  expect((await atlas.node('fbi')).visible).toBe(false);
  await atlas.search('FBI');
  await atlas.searchBox.press('Enter');
  await expect.poll(async () => (await atlas.node('fbi')).visible).toBe(true);
});

test('choosing an organization that did not exist on the map’s date says so, and one click shows all dates with it lit up', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.showMapAsOf('2016-01-01');
  await expect(page.locator('.as-of__label')).toHaveText('Map as of January 1, 2016');
  await atlas.search('CISA');
  await atlas.searchBox.press('Enter');
  const details = page.getByTestId('actor-details');
  await expect(details).toHaveAttribute('data-actor-id', 'cisa');
  const note = details.getByRole('status');
  await expect(note).toHaveText(/Not on the map as of January 1, 2016: it existed since November 16, 2018\./);
  expect((await atlas.node('cisa')).visible).toBe(false);
  await note.getByRole('button', { name: 'Show all dates' }).click();
  await expect(page.locator('.as-of__label')).toHaveText('All dates');
  await expect.poll(async () => (await atlas.node('cisa')).selected).toBe(true);
  await atlas.atRest();
  expect(await atlas.inView('cisa')).toBe(true);
  await expect(note).toBeHidden();
});

test.describe('search that forgives', () => {
  test('hiragana, katakana and romaji find 警察庁 from its reading; focus moves to its details', async ({ atlas, page }) => {
    await atlas.open();
    for (const query of ['けいさつ', 'ケイサツ', 'keisatsu']) {
      await atlas.search(query);
      const first = atlas.searchResults.getByRole('option').first();
      await expect(first, query).toHaveAttribute('data-actor-id', 'npa');
      // The reading that matched is shown, so the user sees why.
      await expect(first).toContainText('けいさつちょう');
    }
    await atlas.searchBox.press('Enter');
    await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'npa');
    await expect(atlas.details).toBeFocused();
  });

  test('English names and acronyms with a typo still find their organization, marked as a close match', async ({ atlas }) => {
    await atlas.open();
    await atlas.search('Natinal Police');
    await expect(atlas.searchResults.getByRole('option').first()).toHaveAttribute('data-actor-id', 'npa');
    await expect(atlas.searchResults.getByRole('option').first()).toContainText('close match');
    await atlas.search('CSIA');
    await expect(atlas.searchResults.getByRole('option').first()).toHaveAttribute('data-actor-id', 'cisa');
  });

  test('events and sources are found too, grouped under headings by kind', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.search('Cyber Dialogue');
    const groups = atlas.searchResults.getByRole('group');
    await expect(groups.first()).toBeVisible();
    expect(await groups.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')))).toEqual(['actor', 'relation', 'event', 'source']);
    await expect(atlas.searchResults.getByRole('group', { name: 'Organizations' })).toBeVisible();
    await expect(atlas.searchResults.getByRole('group', { name: 'Connections' }).getByRole('option').first()).toBeVisible();
    await expect(atlas.searchResults.getByRole('group', { name: 'Events' }).getByRole('option').first()).toBeVisible();
    await expect(atlas.searchResults.getByRole('group', { name: 'Sources' }).getByRole('option').first()).toBeVisible();

    // An event opens in the details panel, with focus on it.
    await atlas.search('Automated Indicator Sharing');
    await atlas.searchResults.getByRole('group', { name: 'Events' }).locator('[data-id="e_2017_05_04_nisc_joins_ais"]').click();
    await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', 'e_2017_05_04_nisc_joins_ais');
    await expect(atlas.details).toBeFocused();

    // A source opens the sources list on that source.
    await atlas.search('Fifth Japan-U.S. Cyber Dialogue');
    const source = atlas.searchResults.getByRole('group', { name: 'Sources' }).getByRole('option').first();
    await expect(source).toHaveAttribute('data-id', 'src_mofa_press3_000318');
    await atlas.searchBox.focus();
    await source.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[data-source-id="src_mofa_press3_000318"]')).toBeFocused();
  });

  test('in the Japanese UI, headings and description passages are in Japanese', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.chooseLanguage('日本語');
    await atlas.search('Automated Indicator Sharing');
    await expect(atlas.searchResults.getByRole('group', { name: '出来事' })).toBeVisible();
    const described = atlas.searchResults.getByRole('option').filter({ hasText: '説明' }).first();
    await expect(described).toBeVisible();
    // The passage is the Japanese description, although the English one matched.
    await expect(described.locator('.search__match [lang="ja"]')).toHaveText(/[\p{Script=Han}\p{Script=Katakana}]/u);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});
