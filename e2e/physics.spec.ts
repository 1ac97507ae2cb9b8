import { test, expect, openFresh } from './fixtures.ts'
import type { Page } from '@playwright/test'

const SCREENS = 'test-results/screens'

/** Runs the workload in the form at max speed and waits until it has finished. */
async function runToEnd(page: Page): Promise<void> {
  await page.getByTestId('load-speed').selectOption('0')
  await page.getByTestId('load-run').click()
  await expect(page.getByTestId('load-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 })
}

async function chartThrottles(page: Page): Promise<number> {
  return Number((await page.getByTestId('capacity-chart').getAttribute('data-throttles')) ?? '0')
}

test.describe('DynamoDB capacity physics', () => {
  test('the hot-key scenario throttles one partition, DAX stops it; stale reads; the calculator', async ({ page }) => {
    await openFresh(page, '/?panel=load&scenario=hot-key')
    await expect(page.getByTestId('load-panel')).toBeVisible()
    await expect(page.getByTestId('scenario-intro')).toContainText('partitions never merge')
    // The scenario table: 4 partitions (created at 9,000 RCU + 1,000 WCU, then lowered to 40/40), 10 RCU each.
    await expect(page.getByTestId('partition-map').locator('[data-testid^="partition-"]')).toHaveCount(4)
    await expect(page.getByTestId('pmap-summary')).toContainText('4 partitions, 40 RCU / 40 WCU')
    await expect(page.getByTestId('preset-Hot key')).toHaveAttribute('aria-pressed', 'true')
    await page.screenshot({ path: `${SCREENS}/physics-01-scenario.png`, fullPage: true })

    await runToEnd(page)
    // Throttle events on the chart and the counters.
    await expect.poll(() => chartThrottles(page)).toBeGreaterThan(0)
    await expect(page.getByTestId('throttle-bar').first()).toBeVisible()
    expect(Number(await page.getByTestId('counter-throttled').textContent())).toBeGreaterThan(0)
    // The hot partition glows on the map; its keys include the hot key.
    const hot = page.locator('[data-testid^="partition-"][data-hot="true"]')
    await expect(hot).toHaveCount(1)
    await hot.click()
    await expect(page.getByTestId('partition-keys')).toContainText('Candidate_A')
    await page.getByTestId('capacity-chart').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENS}/physics-02-hot-key-throttled.png` })
    await page.getByTestId('partition-map').screenshot({ path: `${SCREENS}/physics-02a-partition-map-hot.png` })

    // Turn on DAX and run the same hot key again: the item cache absorbs it and throttling stops.
    await page.getByTestId('dax-create').click()
    await expect(page.getByTestId('dax-stats')).toBeVisible()
    await page.getByTestId('wl-dax').check()
    const before = await chartThrottles(page)
    await runToEnd(page)
    await expect(page.getByTestId('counter-throttled')).toHaveText('0')
    expect(Number(await page.getByTestId('counter-succeeded').textContent())).toBe(Number(await page.getByTestId('counter-started').textContent()))
    await expect(page.getByTestId('dax-item-hits')).not.toHaveText(/^0 \//)
    // No new throttle events on the chart, and after a few idle virtual seconds no partition is hot any more.
    expect(await chartThrottles(page)).toBeLessThanOrEqual(before)
    await page.getByTestId('load-speed').selectOption('100')
    await expect(page.locator('[data-testid^="partition-"][data-hot="true"]')).toHaveCount(0)
    await page.getByTestId('load-speed').selectOption('1')
    await page.getByTestId('partition-map').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENS}/physics-03-dax-absorbs-hot-key.png` })
    await page.getByTestId('capacity-chart').screenshot({ path: `${SCREENS}/physics-03a-chart-after-dax.png` })

    // A wide replica lag makes a stale eventually consistent read easy to see; a strong read is never stale.
    await page.getByTestId('replica-lag').fill('3000')
    await page.getByTestId('consistency-demo').click()
    await expect(page.getByTestId('consistency-result')).toContainText('strongly consistent')
    await expect(page.getByTestId('consistency-result').locator('li').last()).not.toContainText('stale')
    await page.getByTestId('consistency-result').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENS}/physics-04-replica-lag.png` })

    // The notes' example: 120 writes per minute of 2 KB → 4 WCU.
    await page.getByTestId('calc-kind').selectOption('write')
    await page.getByTestId('calc-items').fill('120')
    await page.getByTestId('calc-per').selectOption('minute')
    await page.getByTestId('calc-size').fill('2')
    await expect(page.getByTestId('calc-result')).toHaveText('4 WCU')
    // 16 eventually consistent reads per second of 12 KB → 24 RCU.
    await page.getByTestId('calc-kind').selectOption('read')
    await page.getByTestId('calc-items').fill('16')
    await page.getByTestId('calc-per').selectOption('second')
    await page.getByTestId('calc-size').fill('12')
    await page.getByTestId('calc-consistency').selectOption('eventual')
    await expect(page.getByTestId('calc-result')).toHaveText('24 RCU')
    await page.getByTestId('calc-result').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENS}/physics-05-calculator.png` })
  })

  test('saves a workload in the list, which survives a reload; pause and step a run; auto scaling turns on', async ({ page }) => {
    await openFresh(page, '/?panel=load&scenario=hot-key')
    await page.getByTestId('preset-Spike').click()
    await page.getByTestId('wl-name').fill('My spike')
    await page.getByTestId('wl-duration').fill('90')
    await page.getByTestId('wl-save').click()
    await expect.poll(() => page.evaluate(() => localStorage.getItem('serverless-sim.workloads.v1') ?? '')).toContain('My spike')
    await page.reload()
    await page.getByRole('button', { name: 'Load & capacity' }).click()
    const saved = page.getByRole('list', { name: 'Saved workloads' })
    await expect(saved).toContainText('My spike')
    await saved.getByRole('button', { name: 'My spike', exact: true }).click()
    await expect(page.getByTestId('wl-duration')).toHaveValue('90')
    // Pause and step: each Step jumps to the run's next clock event (the next request).
    await page.getByTestId('load-speed').selectOption('1')
    await page.getByTestId('load-run').click()
    await page.getByTestId('load-pause').click()
    await expect(page.getByTestId('load-pause')).toHaveText('Resume')
    const started = async () => Number(await page.getByTestId('counter-started').textContent())
    const before = await started()
    for (let i = 0; i < 5; i++) await page.getByTestId('load-step').click()
    await expect.poll(started).toBeGreaterThan(before)
    await page.getByTestId('load-stop').click()
    await expect(page.getByTestId('load-status')).toHaveAttribute('data-status', 'stopped')
    await page.getByTestId('autoscaling-apply').click()
    await expect(page.getByTestId('autoscaling-apply')).toHaveText('Update auto scaling')
    await page.screenshot({ path: `${SCREENS}/physics-06-saved-workload.png` })
  })

  test('the hot-partition scenario throttles a hot key written at 200/s; write sharding fixes it', async ({ page }) => {
    await openFresh(page, '/?panel=load&scenario=hot-partition')
    await expect(page.getByTestId('scenario-intro')).toContainText('Ballots')
    await expect(page.getByTestId('pmap-summary')).toContainText('4 partitions, 40 RCU / 200 WCU')
    await expect(page.getByTestId('dim-write')).toHaveAttribute('aria-pressed', 'true')
    await runToEnd(page)
    await expect.poll(() => chartThrottles(page)).toBeGreaterThan(0)
    await expect(page.locator('[data-testid^="partition-"][data-hot="true"]')).toHaveCount(1)
    await page.getByTestId('partition-map').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENS}/physics-07-hot-partition.png` })

    // Write sharding: Candidate_A.0…9 (suffix = hash of the voter id mod 10) spread over the partitions.
    await page.getByTestId('preset-Write-sharded hot key').click()
    await expect(page.getByTestId('wl-table')).toHaveValue('Ballots')
    await runToEnd(page)
    await expect(page.getByTestId('counter-throttled')).toHaveText('0')
    await page.getByTestId('partition-map').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENS}/physics-08-write-sharding.png` })
    await page.getByTestId('load-speed').selectOption('100')
    await expect(page.locator('[data-testid^="partition-"][data-hot="true"]')).toHaveCount(0)
    await page.getByTestId('load-speed').selectOption('1')
  })

  test('the hot-items scenario: two hot items share a partition; adaptive capacity splits it between them', async ({ page }) => {
    await openFresh(page, '/?panel=load&scenario=hot-items')
    await expect(page.getByTestId('scenario-intro')).toContainText('Polls')
    await expect(page.getByTestId('partition-map').locator('[data-testid^="partition-"]')).toHaveCount(4)
    await runToEnd(page)
    await expect(page.getByTestId('counter-throttled')).not.toHaveText('0')
    await expect(page.getByTestId('partition-map').locator('[data-testid^="partition-"]')).toHaveCount(4)

    await page.getByTestId('adaptive-capacity').check()
    await runToEnd(page)
    await expect(page.getByTestId('partition-map').locator('[data-testid^="partition-"]')).toHaveCount(5)
    await page.getByTestId('partition-map').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENS}/physics-09-hot-items-isolated.png` })
  })
})

