import { test as base, expect, type Page } from '@playwright/test'

/**
 * `test` with a page that fails the test on any console error or uncaught page error, and a fresh
 * workspace (localStorage cleared before the app loads).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return
        // Chromium logs every 4xx/5xx fetch response as "Failed to load resource". DynamoDB's protocol answers
        // a learner's bad request with HTTP 400 (that is the AWS error the UI shows), so those entries, for AWS
        // hosts only, are expected network logs, not application errors.
        if (msg.text().startsWith('Failed to load resource') && /\.amazonaws\.com/.test(msg.location().url)) return
        errors.push(`${msg.text()} (${msg.location().url})`)
      })
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Replaces the whole text of the CodeMirror editor with `data-testid`. */
export async function setEditorText(page: Page, testId: string, text: string): Promise<void> {
  const editor = page.getByTestId(testId)
  await editor.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(text)
}

/**
 * Opens the app on a fresh default workspace: loads it once (so the MSW service worker is installed),
 * waits until it has settled (no request in flight across the navigation), clears the saved state and
 * loads `path`.
 */
export async function openFresh(page: Page, path = '/'): Promise<void> {
  await page.goto('/')
  await page.getByTestId('workspace-name').waitFor()
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => localStorage.clear())
  await page.goto(path)
  await page.getByTestId('workspace-name').waitFor()
}
