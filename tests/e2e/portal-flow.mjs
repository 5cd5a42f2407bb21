// Shared steps for driving the extension pages and the portal replica, used by the e2e tests and the demo.
export const PORTAL_QUERY_URL = 'https://dppt.beijing.chinatax.gov.cn:8443/invoice-query/invoice-query';

/** The list key of what the user typed: the 20-digit number, or CODE-NUMBER. */
export function keyOf(input) {
  return input.code ? `${input.code}-${input.number}` : input.number;
}

/** Adds one invoice and waits for the form to confirm exactly that one (not a confirmation left from before). */
export async function addAndConfirm(page, input) {
  await addExpected(page, input);
  await page.locator('[data-testid=add-ok]', { hasText: keyOf(input) }).waitFor();
}

/**
 * Removes invoices from the list on the dashboard, so a test leaves the list as it found it. Each is searched for
 * first: the list draws only the rows in view.
 */
export async function removeInvoices(page, extensionUrl, keys) {
  await page.goto(extensionUrl('dashboard.html'));
  for (const key of keys) {
    await page.getByTestId('list-search').fill(key);
    const row = page.locator(`[data-testid=invoice-row][data-key="${key}"]`);
    await row.getByTestId('remove').click();
    await row.waitFor({ state: 'detached' });
  }
  await page.getByTestId('list-search').fill('');
}

export async function addExpected(page, input) {
  for (const [field, testId] of [
    ['number', 'add-number'],
    ['code', 'add-code'],
    ['date', 'add-date'],
    ['total', 'add-total'],
    ['sellerTaxId', 'add-seller-tax-id'],
    ['buyerTaxId', 'add-buyer-tax-id'],
  ]) {
    await page.getByTestId(testId).fill(input[field] ?? '');
  }
  await page.getByTestId('add-submit').click();
}

/** Waits for the next invoice-list answer that `action` causes. */
async function answered(page, action) {
  const response = page.waitForResponse((r) => r.url().includes('/szzhzz/qlfpcx/v1/queryFpjcxx'));
  await action();
  await response;
}

/**
 * Runs one 全量发票查询 as a careful user would: set 开票日期起 (and 查询类型), click 查询, then show 100 rows per
 * page so every result is read.
 */
export async function runPortalQuery(page, { dateFrom, direction } = {}) {
  if (dateFrom) await page.getByPlaceholder('开票日期起').fill(dateFrom);
  if (direction) {
    await page.locator('.t-form-item__gjbq .t-select').click();
    await page.locator('.t-select-option', { hasText: direction === 'issued' ? '开具发票' : '取得发票' }).click();
  }
  await answered(page, () => page.getByRole('button', { name: '查询' }).click());
  await answered(page, () => page.locator('.t-pagination__size').selectOption('100'));
  await page.locator('.t-pagination__total').waitFor();
}

export async function openWhy(page, key) {
  const row = page.locator(`[data-testid=missing-row][data-key="${key}"]`);
  await row.getByTestId('why').click();
  await row.getByTestId('finding').first().waitFor();
  return row;
}
