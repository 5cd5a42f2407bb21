// Shared steps for driving the extension pages and the portal replica, used by the e2e tests and the demo.
export const PORTAL_QUERY_URL = 'https://dppt.beijing.chinatax.gov.cn:8443/invoice-query/invoice-query';

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

/** Runs one 全量发票查询 with the form's dates (or the given ones) and waits for the result table to settle. */
export async function runPortalQuery(page, { dateFrom, direction } = {}) {
  if (dateFrom) await page.getByPlaceholder('开票日期起').fill(dateFrom);
  if (direction) {
    await page.locator('.t-form-item__gjbq select').selectOption({ label: direction === 'issued' ? '开具发票' : '取得发票' });
  }
  const answered = page.waitForResponse((r) => r.url().includes('/szzhzz/qlfpcx/v1/queryFpjcxx'));
  await page.getByRole('button', { name: '查询' }).click();
  await answered;
  await page.locator('.t-pagination__total').waitFor();
}

export async function openWhy(page, key) {
  const row = page.locator(`[data-testid=missing-row][data-key="${key}"]`);
  await row.getByTestId('why').click();
  await row.getByTestId('finding').first().waitFor();
  return row;
}
