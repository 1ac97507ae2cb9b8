import { requiredConcurrency } from '../../engine/lambda/concurrency.ts'
import { fmt, pick, type GeneratorDraw, type QuestionGenerator } from './types.ts'

/** Lambda concurrency = events per second × seconds per event (src/engine/lambda/concurrency.ts). */
export const lambdaConcurrencyGenerator: QuestionGenerator = {
  id: 'lambda-concurrency',
  title: 'Lambda concurrency',
  topic: 'lambda',
  subtopic: 'concurrency',
  source: { note: '4-api-gateway-lambda-dynamodb-cognito.md', section: 'Lambda Functions' },
  generate(random): GeneratorDraw {
    const rate = pick(random, [5, 10, 20, 25, 40, 50, 80, 100, 150, 200, 250, 400, 500, 1000, 2000])
    const durationMs = pick(random, [100, 200, 250, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000])
    const seconds = durationMs / 1000
    const answer = requiredConcurrency(rate, seconds)
    const over = answer > 1000
    return {
      prompt: `A function receives ${fmt(rate)} events per second and each invocation runs for ${fmt(durationMs)} ms. How many concurrent executions does it need in steady state?`,
      answer,
      unit: 'concurrent executions',
      params: { rate, durationMs },
      difficulty: over ? 3 : 2,
      explanation: `Each execution environment handles one request at a time, so concurrency = events per second × duration in seconds (rounded up).${over ? ' That is above the default Regional quota of 1,000 concurrent executions: the excess would be throttled (429 TooManyRequestsException) unless the quota is raised.' : ''}`,
      steps: [
        `Duration in seconds: ${fmt(durationMs)} ms = ${fmt(seconds)} s.`,
        `Concurrency: ${fmt(rate)} × ${fmt(seconds)} = ${fmt(answer)}.`,
        ...(over ? [`${fmt(answer)} > 1,000 (default account quota) → throttling unless raised.`] : []),
      ],
    }
  },
}
