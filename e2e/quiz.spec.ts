import type { Page } from '@playwright/test'
import { test, expect, openFresh } from './fixtures.ts'
import { allQuestions } from '../src/quiz/bank/index.ts'
import type { Question } from '../src/quiz/types.ts'

const byId = new Map<string, Question>(allQuestions.map((q) => [q.id, q]))

/** Answers the question on screen, correctly or not, using the bank's answer key (written questions only). */
async function answer(page: Page, correct: boolean): Promise<Question> {
  const id = await page.getByTestId('quiz-question').getAttribute('data-question-id')
  const q = byId.get(id ?? '')
  expect(q, `question ${id} is in the bank`).toBeDefined()
  const question = q!
  switch (question.kind) {
    case 'single':
    case 'predict': {
      const pick = correct ? question.answer : (question.answer + 1) % question.choices.length
      await page.getByTestId(`quiz-choice-${pick}`).check()
      break
    }
    case 'multiple': {
      const wrong = question.choices.map((_c, i) => i).find((i) => !question.answer.includes(i))!
      const picks = correct ? question.answer : [wrong, ...question.answer.slice(1)]
      for (const i of picks) await page.getByTestId(`quiz-choice-${i}`).check()
      break
    }
    case 'numeric':
      await page.getByTestId('quiz-numeric-input').fill(String(correct ? question.answer : question.answer + 1 + (question.tolerance ?? 0) * 2))
      break
    case 'truefalse':
      await page.getByTestId(`quiz-choice-${correct ? question.answer : !question.answer}`).check()
      break
  }
  return question
}

/** Gives some answer to whatever question is on screen (exam mode, generated questions included). */
async function answerAnything(page: Page): Promise<void> {
  const numeric = page.getByTestId('quiz-numeric-input')
  if (await numeric.count()) await numeric.fill('1')
  else if (await page.getByTestId('quiz-choice-true').count()) await page.getByTestId('quiz-choice-true').check()
  else await page.getByTestId('quiz-choice-0').check()
}

test.describe('Quiz', () => {
  test('a 10-question practice round shows the score and explanations, and progress survives a reload', async ({ page }) => {
    await openFresh(page, '/?panel=quiz')
    await expect(page.getByTestId('quiz-panel')).toBeVisible()
    await page.getByTestId('quiz-include-generated').uncheck()
    await page.getByTestId('quiz-count').selectOption('10')
    await page.getByTestId('quiz-start-practice').click()

    let expectedCorrect = 0
    for (let i = 0; i < 10; i++) {
      await expect(page.getByTestId('quiz-position')).toHaveText(`Question ${i + 1} of 10`)
      const correct = i % 3 !== 1 // 7 right, 3 wrong
      const q = await answer(page, correct)
      if (correct) expectedCorrect++
      await page.getByTestId('quiz-submit').click()
      const feedback = page.getByTestId('quiz-feedback')
      await expect(feedback).toHaveAttribute('data-correct', String(correct))
      await expect(feedback.getByTestId('quiz-explanation')).toHaveText(q.explanation)
      await expect(feedback.getByTestId('quiz-source')).toContainText(q.source.note)
      if (i === 1) await page.screenshot({ path: 'test-results/screens/quiz-01-feedback.png' })
      await page.getByTestId('quiz-next').click()
    }

    await expect(page.getByTestId('quiz-score')).toHaveText(`${expectedCorrect} / 10`)
    await expect(page.getByTestId('quiz-review-item')).toHaveCount(10)
    await expect(page.getByTestId('quiz-review-item').getByTestId('quiz-explanation')).toHaveCount(10)
    await page.screenshot({ path: 'test-results/screens/quiz-02-practice-score.png', fullPage: true })

    await page.getByTestId('quiz-tab-progress').click()
    await expect(page.getByTestId('quiz-attempt-count')).toHaveText('10')

    await page.reload()
    await page.getByTestId('quiz-tab-progress').click()
    await expect(page.getByTestId('quiz-attempt-count')).toHaveText('10')
    // One line per topic answered (a flat line at 100 % has no height, so check it is drawn, not its box).
    await expect(page.getByTestId('quiz-mastery-chart').locator('path[stroke-width]').first()).toBeAttached()
    await page.screenshot({ path: 'test-results/screens/quiz-03-progress.png', fullPage: true })
    // Wrong answers come back within minutes: they are due today.
    await page.getByTestId('quiz-tab-review').click()
    await expect(page.getByTestId('quiz-due-count')).not.toHaveText('0')
  })

  test('predict then run: answer, run the scenario and see the observed outcome and trace', async ({ page }) => {
    await openFresh(page, '/?panel=quiz&quizQuestion=predict-table-status-lifecycle')
    await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-question-id', 'predict-table-status-lifecycle')
    await page.getByTestId('quiz-choice-1').check()
    await page.getByTestId('quiz-submit').click()
    await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'true')
    await page.getByTestId('quiz-run-scenario').click()
    const outcome = page.getByTestId('quiz-scenario-outcome')
    await expect(outcome.getByTestId('quiz-observation')).toHaveText(['CREATING', 'CREATING', 'ACTIVE'])
    await expect(outcome.getByTestId('quiz-trace')).toHaveCount(3)
    await expect(outcome.getByTestId('quiz-trace').first()).toContainText('CreateTable')
    await page.screenshot({ path: 'test-results/screens/quiz-04-predict-run.png', fullPage: true })
  })

  test('predict then run a throttling scenario in the app simulation, then open its charts', async ({ page }) => {
    await openFresh(page, '/?panel=quiz&quizQuestion=predict-burst-drains')
    await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-question-id', 'predict-burst-drains')
    await page.getByTestId('quiz-choice-3').check() // after about 10 minutes: 3,000 WCU of burst / 5 WCU/s
    await page.getByTestId('quiz-submit').click()
    await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'true')
    await page.getByTestId('quiz-run-in-simulator').click()
    const outcome = page.getByTestId('quiz-sim-outcome')
    await expect(outcome).toContainText('Quiz-10WCU')
    const values = outcome.getByTestId('quiz-sim-observation')
    await expect(values.nth(1)).toHaveText(/^in second 6\d\d of the run$/)
    await expect(values.nth(0)).not.toHaveText('0')
    await expect(values.nth(4)).toHaveText('3,000 of 3,000 WCU')
    // Its requests went through the app's simulation: the architecture view lists them.
    await expect(page.getByTestId('trace-row').first()).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/quiz-06-predict-run-in-simulator.png', fullPage: true })
    await page.getByTestId('quiz-open-charts').click()
    await expect(page.getByTestId('load-panel')).toBeVisible()
    await expect(page.getByTestId('wl-table')).toHaveValue('Quiz-10WCU')
    await expect(page.getByTestId('pmap-summary')).toContainText('1 partition, 5 RCU / 10 WCU')
    await expect(page.getByTestId('dim-write')).toHaveAttribute('aria-pressed', 'true')
    await page.screenshot({ path: 'test-results/screens/quiz-07-scenario-charts.png', fullPage: true })
  })

  test('an exam shows the score per topic and a review of every answer', async ({ page }) => {
    await openFresh(page, '/?panel=quiz')
    await page.getByTestId('quiz-tab-exam').click()
    await page.getByTestId('quiz-exam-count').selectOption('10')
    await page.getByTestId('quiz-start-exam').click()
    await expect(page.getByTestId('quiz-exam-timer')).toBeVisible()
    for (let i = 0; i < 10; i++) {
      await expect(page.getByTestId('quiz-position')).toHaveText(`Question ${i + 1} of 10`)
      await expect(page.getByTestId('quiz-feedback')).toHaveCount(0) // no feedback during the exam
      if (i < 8) await answerAnything(page) // two left unanswered
      await page.getByTestId(i < 9 ? 'quiz-exam-next' : 'quiz-exam-submit').click()
    }
    await expect(page.getByTestId('quiz-score')).toContainText('/ 10')
    await expect(page.getByTestId('quiz-topic-score-dynamodb')).toBeVisible()
    await expect(page.getByTestId('quiz-review-item')).toHaveCount(10)
    await page.screenshot({ path: 'test-results/screens/quiz-05-exam.png', fullPage: true })
  })

  test('instructor mode is keyboard driven: digits pick, Space reveals, N goes on', async ({ page }) => {
    await openFresh(page, '/?panel=quiz')
    await page.getByTestId('quiz-tab-instructor').click()
    await page.getByTestId('quiz-start-instructor').click()
    await expect(page.getByTestId('quiz-countdown')).toHaveText(/\d+ s/)
    const first = await page.getByTestId('quiz-question').getAttribute('data-question-id')
    await page.getByTestId('quiz-instructor').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('1')
    await page.keyboard.press('Space')
    await expect(page.getByTestId('quiz-feedback')).toBeVisible()
    await expect(page.getByTestId('quiz-countdown')).toHaveText('Answer')
    await page.screenshot({ path: 'test-results/screens/quiz-06-instructor.png' })
    await page.keyboard.press('n')
    await expect(page.getByTestId('quiz-feedback')).toHaveCount(0)
    await expect(page.getByTestId('quiz-question')).not.toHaveAttribute('data-question-id', first!)
  })

  test('damaged saved progress is ignored with a visible message', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('serverless-sim.quiz.v1', '{broken'))
    await page.goto('/?panel=quiz')
    await expect(page.getByTestId('quiz-storage-warning')).toContainText('could not be read')
    await expect(page.getByTestId('quiz-start-practice')).toBeVisible()
  })
})
