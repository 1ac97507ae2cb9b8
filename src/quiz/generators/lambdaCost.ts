import { LAMBDA_PRICES, lambdaMonthlyCost } from '../../engine/lambda/pricing.ts'
import { fmt, pick, type GeneratorDraw, type QuestionGenerator } from './types.ts'

/** Lambda monthly cost (requests + GB-seconds, free tier), from src/engine/lambda/pricing.ts. */
export const lambdaCostGenerator: QuestionGenerator = {
  id: 'lambda-cost',
  title: 'Lambda cost',
  topic: 'lambda',
  subtopic: 'pricing',
  source: { note: '2-serverless-lambda-dynamodb-apigateway-cognito.md', section: 'Pricing' },
  generate(random): GeneratorDraw {
    const requests = pick(random, [500_000, 1_000_000, 2_000_000, 3_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000])
    const durationMs = pick(random, [50, 100, 200, 250, 500, 1000, 2000])
    const memoryMb = pick(random, [128, 256, 512, 1024, 1536, 2048, 3008])
    const freeTier = random.next() < 0.6
    const c = lambdaMonthlyCost({ requests, durationMs, memoryMb }, freeTier)
    const answer = Math.round(c.totalUsd * 100) / 100
    const p = LAMBDA_PRICES
    return {
      prompt: `A function with ${fmt(memoryMb)} MB of memory runs ${fmt(requests)} times a month for ${fmt(durationMs)} ms each. ${freeTier ? 'The account still has the monthly free tier.' : 'Ignore the free tier.'} What is the monthly Lambda bill in USD (to the cent)? Use $${p.perMillionRequestsUsd.toFixed(2)} per 1M requests and $${p.perGbSecondUsd} per GB-second.`,
      answer,
      unit: 'USD',
      params: { requests, durationMs, memoryMb, freeTier },
      tolerance: 0.01,
      difficulty: freeTier ? 3 : 2,
      explanation: `Lambda bills requests ($0.20 per million) and compute in GB-seconds (memory in GB × billed seconds rounded up to 1 ms, $0.0000166667 each). The always-free tier covers 1M requests and 400,000 GB-seconds a month. Prices: ${p.source} (x86, us-east-1).`,
      errata: {
        notesSay: 'duration is billed in 100 ms increments',
        awsSays: 'billed duration is rounded up to the nearest 1 ms (since December 2020); the free tier is 1M requests and 400,000 GB-seconds per month',
        source: p.source,
      },
      steps: [
        `GB-seconds: ${fmt(requests)} × ${fmt(durationMs / 1000)} s × ${fmt(memoryMb)}/1024 GB = ${fmt(c.gbSeconds)} GB-s.`,
        freeTier
          ? `After the free tier: requests ${fmt(requests)} − 1,000,000 → ${fmt(c.billableRequests)}; GB-s ${fmt(c.gbSeconds)} − 400,000 → ${fmt(c.billableGbSeconds)}.`
          : `No free tier: ${fmt(c.billableRequests)} requests and ${fmt(c.billableGbSeconds)} GB-s are billed.`,
        `Requests: ${fmt(c.billableRequests)} / 1,000,000 × $0.20 = $${c.requestCostUsd.toFixed(4)}.`,
        `Compute: ${fmt(c.billableGbSeconds)} × $0.0000166667 = $${c.computeCostUsd.toFixed(4)}.`,
        `Total: $${c.totalUsd.toFixed(4)} ≈ $${answer.toFixed(2)}.`,
      ],
    }
  },
}
