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

  test('raises a provisioned table\'s write capacity from the Capacity form, then sees AWS refuse an unchanged update', async ({ page }) => {
    await openFresh(page)
    const row = page.getByTestId('table-row-GameScores')
    await row.click()
    await expect(row.getByTestId('table-capacity')).toHaveText('5 RCU / 5 WCU')
    const form = page.getByRole('form', { name: 'Capacity' })
    await expect(form.getByLabel('Capacity mode')).toHaveValue('PROVISIONED')
    await expect(form.getByLabel('Read capacity units')).toHaveValue('5')
    const wcu = form.getByLabel('Write capacity units')
    await expect(wcu).toHaveValue('5')

    // Slow the clock so UPDATING is on screen long enough to see, submit from the keyboard, then speed up.
    await page.getByLabel('Clock speed').selectOption('0.1')
    await wcu.fill('50')
    await wcu.press('Enter')
    await expect(form.getByTestId('capacity-status')).toHaveText('UPDATING')
    await expect(row.getByTestId('table-status')).toHaveText('UPDATING')
    await expect(row.getByTestId('table-capacity')).toHaveText('5 RCU / 5 WCU') // the old throughput until ACTIVE
    await page.screenshot({ path: 'test-results/screens/capacity-update-updating.png' })
    await page.getByLabel('Clock speed').selectOption('100')
    await expect(form.getByTestId('capacity-status')).toHaveText('ACTIVE', { timeout: 20_000 })
    await expect(row.getByTestId('table-status')).toHaveText('ACTIVE')
    await expect(row.getByTestId('table-capacity')).toHaveText('5 RCU / 50 WCU')
    await expect(wcu).toHaveValue('50')
    await expect(form).toContainText('UpdateTable applied.')
    await page.getByLabel('Clock speed').selectOption('1')

    // The same throughput again: DynamoDB answers with a ValidationException, shown by name and message.
    await form.getByRole('button', { name: 'Update capacity' }).click()
    await expect(form.getByTestId('error-name')).toHaveText('ValidationException')
    await expect(form.getByTestId('error-message')).toContainText('The provisioned throughput for the table will not change.')
    await expect(form.getByTestId('error-message')).toContainText('Current WriteCapacityUnits provisioned for the table: 50.')
    await expect(row.getByTestId('table-status')).toHaveText('ACTIVE')
    await page.screenshot({ path: 'test-results/screens/capacity-update-table.png' })
  })
})
