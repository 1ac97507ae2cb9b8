import { readFile } from 'node:fs/promises'
import { test, expect, openFresh, setEditorText } from './fixtures.ts'

test.describe('Workspace file', () => {
  test('exports the workspace, refuses a foreign file without losing anything, and imports it back', async ({ page }) => {
    await openFresh(page)
    await expect(page.getByTestId('items-grid').locator('tbody tr')).toHaveCount(36)
    await setEditorText(page, 'item-editor', '{"UserId": "exported", "GameTitle": "Export Quest", "TopScore": 1}')
    await page.getByTestId('put-item').click()
    await expect(page.getByTestId('items-grid')).toContainText('Export Quest')

    const downloading = page.waitForEvent('download')
    await page.getByTestId('workspace-export').click()
    const download = await downloading
    const exported = await readFile((await download.path())!, 'utf8')
    expect(JSON.parse(exported).format).toBe('serverless-sim-workspace/1')

    // A foreign file is refused with a clear message, and the workspace is untouched.
    await page.getByTestId('workspace-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"tables": []}') })
    await expect(page.getByTestId('workspace-message')).toContainText('not a Serverless Sim workspace')
    await expect(page.getByTestId('items-grid')).toContainText('Export Quest')

    // Start over, then import the exported file: the item is back.
    page.once('dialog', (d) => void d.accept())
    await page.getByRole('button', { name: 'Reset' }).click()
    await page.getByTestId('workspace-name').waitFor()
    await expect(page.getByTestId('items-grid').locator('tbody tr')).toHaveCount(36)
    await page.getByTestId('workspace-file').setInputFiles({ name: 'ws.json', mimeType: 'application/json', buffer: Buffer.from(exported) })
    await expect(page.getByTestId('workspace-message')).toContainText('Opened')
    await expect(page.getByTestId('items-grid')).toContainText('Export Quest')
  })
})
