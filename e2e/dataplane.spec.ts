import { test, expect, setEditorText, openFresh } from './fixtures.ts'

/*
 * GameScores (seeded): alice has three items, GameTitle "Galaxy Invaders" (TopScore 8919), "Meteor Blasters"
 * (7838) and "Starship X" (6757), see src/ui/seed.ts.
 */
test.describe('DynamoDB data plane', () => {
  test('queries with a key condition and a filter, pages to the second page and shows Count vs ScannedCount', async ({ page }) => {
    await openFresh(page)
    await expect(page.getByTestId('table-row-GameScores')).toBeVisible()
    await page.getByTestId('tab-query').click()

    await page.getByTestId('query-pk').fill('alice')
    await page.getByTestId('query-sk-op').selectOption('>=')
    await page.getByTestId('query-sk-value').fill('Galaxy')
    await page.getByTestId('query-filter-add').click()
    await page.getByTestId('query-filter-attr-0').fill('TopScore')
    await page.getByTestId('query-filter-op-0').selectOption('<')
    await page.getByTestId('query-filter-type-0').selectOption('N')
    await page.getByTestId('query-filter-value-0').fill('8000')
    await page.getByTestId('query-limit').fill('2')

    // The exact request it built, before sending.
    const request = page.getByTestId('query-request')
    await expect(request).toContainText('"KeyConditionExpression": "#k0 = :k0 AND #k1 >= :k1"')
    await expect(request).toContainText('"FilterExpression": "#f0 < :f0"')
    await expect(request).toContainText('"ReturnConsumedCapacity": "INDEXES"')
    await expect(request).toContainText('"Limit": 2')

    // Page 1: Limit 2 reads Galaxy Invaders and Meteor Blasters; the filter drops Galaxy Invaders (8919).
    await page.getByTestId('query-run').click()
    await expect(page.getByTestId('read-count')).toHaveText('1')
    await expect(page.getByTestId('read-scanned-count')).toHaveText('2')
    await expect(page.getByTestId('count-explain')).toContainText('The filter runs after the read: DynamoDB read 2 items (you pay for their data) and returned 1.')
    await expect(page.getByTestId('query-last-evaluated-key')).toContainText('Meteor Blasters')
    await expect(page.getByTestId('query-results-grid')).toContainText('Meteor Blasters')
    await expect(page.getByTestId('query-results-grid')).not.toContainText('Galaxy Invaders')
    await expect(page.getByTestId('capacity-breakdown')).toBeVisible()
    await expect(page.getByTestId('capacity-total')).toContainText('GameScores')
    await page.screenshot({ path: 'test-results/screens/dataplane-01-query-page1.png', fullPage: true })

    // Page 2: the same request with ExclusiveStartKey = LastEvaluatedKey.
    await page.getByTestId('query-next-page').click()
    await expect(request).toContainText('"ExclusiveStartKey"')
    await expect(page.getByTestId('query-response')).toContainText('Page 2')
    await expect(page.getByTestId('read-count')).toHaveText('1')
    await expect(page.getByTestId('read-scanned-count')).toHaveText('1')
    await expect(page.getByTestId('read-totals')).toContainText('all 2 pages: 2 returned of 3 read')
    await expect(page.getByTestId('query-results-grid')).toContainText('Starship X')
    await expect(page.getByTestId('query-last-evaluated-key')).toContainText('None: this is the last page.')
    await expect(page.getByTestId('query-next-page')).toHaveCount(0)

    // "Copy as" the request the builder sent.
    await page.getByTestId('copy-as-cli').click()
    await expect(page.getByTestId('copy-as-text')).toHaveValue(/aws dynamodb query/)
    await expect(page.getByTestId('copy-as-text')).toHaveValue(/--exclusive-start-key/)
    await page.getByTestId('query-request').scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'test-results/screens/dataplane-02-query-page2.png', fullPage: true })
  })

  test('scans with a filter', async ({ page }) => {
    await openFresh(page)
    await page.getByTestId('tab-scan').click()
    await page.getByTestId('scan-filter-mode-json').click()
    await setEditorText(
      page,
      'scan-filter-json',
      JSON.stringify({ FilterExpression: 'UserId = :u', ExpressionAttributeValues: { ':u': { S: 'bob' } } }),
    )
    await page.getByTestId('scan-run').click()
    await expect(page.getByTestId('read-count')).toHaveText('3')
    await expect(page.getByTestId('read-scanned-count')).toHaveText('36')
    await expect(page.getByTestId('scan-results-grid').locator('tbody tr')).toHaveCount(3)
    await page.screenshot({ path: 'test-results/screens/dataplane-03-scan-filter.png', fullPage: true })
  })

  test('a transaction that fails a condition is cancelled with CancellationReasons; a request copies as CLI', async ({ page }) => {
    await openFresh(page, '/?panel=console')
    await page.getByTestId('console-operation').selectOption('TransactWriteItems')
    await setEditorText(
      page,
      'console-editor',
      JSON.stringify({
        TransactItems: [
          { Put: { TableName: 'GameScores', Item: { UserId: { S: 'zoe' }, GameTitle: { S: 'Starship X' }, TopScore: { N: '1' } } } },
          {
            ConditionCheck: {
              TableName: 'GameScores',
              Key: { UserId: { S: 'alice' }, GameTitle: { S: 'Galaxy Invaders' } },
              ConditionExpression: 'attribute_not_exists(UserId)',
            },
          },
        ],
      }),
    )
    await page.getByTestId('console-send').click()
    await expect(page.getByTestId('error-name')).toHaveText('TransactionCanceledException')
    await expect(page.getByTestId('error-message')).toContainText('[None, ConditionalCheckFailed]')
    const reasons = page.getByTestId('cancellation-reasons').locator('li')
    await expect(reasons).toHaveCount(2)
    await expect(reasons.nth(0)).toHaveText('None')
    await expect(reasons.nth(1)).toContainText('ConditionalCheckFailed')
    await page.screenshot({ path: 'test-results/screens/dataplane-04-transaction-cancelled.png', fullPage: true })

    await page.getByTestId('console-operation').selectOption('GetItem')
    await page.getByTestId('console-send').click()
    await expect(page.getByTestId('console-response')).toContainText('Galaxy Invaders')
    await expect(page.getByTestId('capacity-table')).toBeVisible()
    await page.getByTestId('copy-as-cli').click()
    await expect(page.getByTestId('copy-as-text')).toHaveValue(/aws dynamodb get-item/)
    await page.screenshot({ path: 'test-results/screens/dataplane-05-copy-as-cli.png', fullPage: true })
  })

  test('shows a GSI in the index view, charges it separately and refuses ConsistentRead on it', async ({ page }) => {
    await openFresh(page, '/?panel=console')
    await page.getByTestId('console-operation').selectOption('CreateTable')
    await setEditorText(
      page,
      'console-editor',
      JSON.stringify({
        TableName: 'Music',
        KeySchema: [
          { AttributeName: 'Artist', KeyType: 'HASH' },
          { AttributeName: 'SongTitle', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'Artist', AttributeType: 'S' },
          { AttributeName: 'SongTitle', AttributeType: 'S' },
          { AttributeName: 'Genre', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          { IndexName: 'ByGenre', KeySchema: [{ AttributeName: 'Genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
        ],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    )
    await page.getByTestId('console-send').click()
    await expect(page.getByTestId('console-response')).toContainText('CREATING')
    await page.getByLabel('Clock speed').selectOption('100')
    await page.getByRole('button', { name: 'Tables', exact: true }).click()
    await expect(page.getByTestId('table-row-Music').getByTestId('table-status')).toHaveText('ACTIVE', { timeout: 20_000 })
    await page.getByLabel('Clock speed').selectOption('1')

    // A write with ReturnConsumedCapacity INDEXES: the table and the GSI are charged separately.
    await page.getByRole('button', { name: 'Console', exact: true }).click()
    await page.getByTestId('console-operation').selectOption('PutItem')
    await setEditorText(
      page,
      'console-editor',
      JSON.stringify({
        TableName: 'Music',
        Item: { Artist: { S: 'Acme Band' }, SongTitle: { S: 'Happy Day' }, Genre: { S: 'Rock' } },
        ReturnConsumedCapacity: 'INDEXES',
      }),
    )
    await page.getByTestId('console-send').click()
    await expect(page.getByTestId('capacity-table')).toBeVisible()
    await expect(page.getByTestId('capacity-GSI-ByGenre')).toContainText('1')
    await page.screenshot({ path: 'test-results/screens/dataplane-06-capacity-gsi.png', fullPage: true })

    await page.getByRole('button', { name: 'Tables', exact: true }).click()
    await page.getByTestId('table-row-Music').click()
    await page.getByTestId('tab-indexes').click()
    await expect(page.getByTestId('index-view-keys')).toHaveText('Genre (HASH)')
    await expect(page.getByTestId('index-view-projection')).toHaveText('KEYS_ONLY')
    await expect(page.getByTestId('index-view-status')).toContainText('ACTIVE')
    await page.screenshot({ path: 'test-results/screens/dataplane-07-index-view.png', fullPage: true })

    await page.getByTestId('index-view-query').click()
    await expect(page.getByTestId('query-index')).toHaveValue('ByGenre')
    await expect(page.getByTestId('query-consistent')).toBeDisabled()
    await expect(page.getByTestId('query-consistent-reason')).toContainText('Consistent reads are not supported on global secondary indexes')
    await page.getByTestId('query-pk').fill('Rock')
    await page.getByTestId('query-run').click()
    await expect(page.getByTestId('read-count')).toHaveText('1')
    await expect(page.getByTestId('query-results-grid')).toContainText('Happy Day')
    await expect(page.getByTestId('capacity-GSI-ByGenre')).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/dataplane-08-query-gsi.png', fullPage: true })
  })
})
