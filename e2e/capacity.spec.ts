import { test, expect, setEditorText, openFresh } from './fixtures.ts'

test.describe('Capacity modes', () => {
  test('creates an on-demand table with a maximum write rate and sees writes above it throttled', async ({ page }) => {
    await openFresh(page)
    await page.getByTestId('toggle-create-table').click()
    await page.getByTestId('create-table-name').fill('Capped')
    await page.getByTestId('create-table-pk').fill('pk')
    await page.getByTestId('create-table-billing').selectOption('PAY_PER_REQUEST')
    await page.getByTestId('create-table-max-write').fill('2')
    await page.getByRole('button', { name: 'Create table', exact: true }).last().click()
    const row = page.getByTestId('table-row-Capped')
    await expect(row.getByTestId('table-capacity')).toHaveText('On-demand (max 2 WRU/s)')
    await page.getByLabel('Clock speed').selectOption('100')
    await expect(row.getByTestId('table-status')).toHaveText('ACTIVE', { timeout: 20_000 })
    await page.getByLabel('Clock speed').selectOption('1')

    // Three 1 KB-or-less writes in the same virtual instant: the third is over the 2 WRU/s maximum.
    await page.getByRole('button', { name: 'Console' }).click()
    await page.getByTestId('console-operation').selectOption('BatchWriteItem')
    const put = (id: string) => ({ PutRequest: { Item: { pk: { S: id } } } })
    await setEditorText(page, 'console-editor', JSON.stringify({ RequestItems: { Capped: [put('a'), put('b'), put('c')] } }))
    await page.getByTestId('console-send').click()
    await expect(page.getByTestId('console-response')).toContainText('UnprocessedItems')
    await expect(page.getByTestId('console-response')).toContainText('"c"')
    await page.screenshot({ path: 'test-results/screens/capacity-on-demand-maximum.png' })
  })
})
