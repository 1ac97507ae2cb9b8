import { test, expect, setEditorText, openFresh } from './fixtures.ts'

test.describe('Foundation', () => {
  test('creates a table, puts an item, reads it from the console and inspects its trace', async ({ page }) => {
    await openFresh(page)
    // The default workspace has the example table with items.
    await expect(page.getByTestId('table-row-GameScores')).toBeVisible()
    await expect(page.getByTestId('items-grid').locator('tbody tr')).toHaveCount(36)
    await page.screenshot({ path: 'test-results/screens/01-default-workspace.png' })

    // Create a table from the form.
    await page.getByTestId('toggle-create-table').click()
    await page.getByTestId('create-table-name').fill('E2EOrders')
    await page.getByTestId('create-table-pk').fill('OrderId')
    await page.getByRole('button', { name: 'Create table', exact: true }).last().click()
    const row = page.getByTestId('table-row-E2EOrders')
    await expect(row).toBeVisible()
    // CREATING → ACTIVE on the virtual clock (run it fast).
    await page.getByLabel('Clock speed').selectOption('100')
    await expect(row.getByTestId('table-status')).toHaveText('ACTIVE', { timeout: 20_000 })
    await page.getByLabel('Clock speed').selectOption('1')
    await row.click()

    // Put an item as plain JSON and see it in the explorer.
    await setEditorText(page, 'item-editor', '{"OrderId": "o-1", "Customer": "Ana", "Total": 42.5}')
    await page.getByTestId('put-item').click()
    await expect(page.getByTestId('item-result')).toContainText('PutItem succeeded')
    await expect(page.getByTestId('items-grid')).toContainText('o-1')
    await expect(page.getByTestId('items-grid')).toContainText('42.5')

    // GetItem from the console with ReturnConsumedCapacity: an eventual read of a small item is 0.5 RCU.
    await page.getByRole('button', { name: 'Console' }).click()
    await page.getByTestId('console-operation').selectOption('GetItem')
    await setEditorText(
      page,
      'console-editor',
      JSON.stringify({ TableName: 'E2EOrders', Key: { OrderId: { S: 'o-1' } }, ReturnConsumedCapacity: 'TOTAL' }),
    )
    await page.getByTestId('console-send').click()
    await expect(page.getByTestId('consumed-capacity')).toContainText('"CapacityUnits": 0.5')
    await expect(page.getByTestId('console-response')).toContainText('Ana')
    await expect(page.getByTestId('raw-http')).toContainText('DynamoDB_20120810.GetItem')
    await page.screenshot({ path: 'test-results/screens/02-console-getitem.png' })

    // A bad request gets AWS's ValidationException and message.
    await setEditorText(page, 'console-editor', JSON.stringify({ TableName: 'E2EOrders', Key: { Nope: { S: 'x' } } }))
    await page.getByTestId('console-send').click()
    await expect(page.getByTestId('error-name')).toHaveText('ValidationException')
    await expect(page.getByTestId('error-message')).toHaveText('The provided key element does not match the schema')
    await page.screenshot({ path: 'test-results/screens/03-validation-error.png' })

    // The request travels as a token in the architecture view; its trace opens in the inspector.
    await setEditorText(
      page,
      'console-editor',
      JSON.stringify({ TableName: 'E2EOrders', Key: { OrderId: { S: 'o-1' } }, ReturnConsumedCapacity: 'TOTAL' }),
    )
    await page.getByTestId('console-send').click()
    const token = page.getByTestId('trace-token').last()
    await expect(token).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/04-token-in-flight.png' })
    // The recent-requests list is newest first.
    await page.getByTestId('trace-row').first().click()
    const inspector = page.getByTestId('trace-inspector')
    await expect(inspector).toContainText('GetItem')
    await expect(inspector).toContainText('partition')
    await expect(inspector).toContainText('request router')
    await page.screenshot({ path: 'test-results/screens/05-trace-inspector.png' })
  })

  test('keeps the workspace across a reload', async ({ page }) => {
    await openFresh(page)
    await expect(page.getByTestId('table-row-GameScores')).toBeVisible()
    await setEditorText(page, 'item-editor', '{"UserId": "zed", "GameTitle": "Reload Rally", "TopScore": 7}')
    await page.getByTestId('put-item').click()
    await expect(page.getByTestId('item-result')).toContainText('PutItem succeeded')
    // Autosave runs within a second of wall time.
    await page.waitForFunction(() => (localStorage.getItem('serverless-sim.workspace.v1') ?? '').includes('Reload Rally'))
    await page.reload()
    await expect(page.getByTestId('items-grid')).toContainText('Reload Rally')
  })
})
