/**
 * DynamoDB throughput list prices, US East (N. Virginia), Standard table class, USD. Data, with sources.
 *
 * - Provisioned: https://aws.amazon.com/dynamodb/pricing/provisioned/ — $0.00065 per WCU-hour,
 *   $0.00013 per RCU-hour (unchanged for years; the same figures appear in third-party 2025 cost guides).
 * - On-demand: https://aws.amazon.com/dynamodb/pricing/on-demand/ — $0.625 per million write request units,
 *   $0.125 per million read request units, after AWS halved on-demand throughput prices on
 *   2024-11-01 (before: $1.25 / $0.25). The halved figures come from the brief; the search corpus only
 *   held pages quoting the pre-November-2024 prices, so they are [unverified] here.
 * - Month = 730 hours (AWS pricing pages' convention).
 */
export const DYNAMODB_PRICES_US_EAST_1 = {
  region: 'us-east-1',
  currency: 'USD',
  provisionedWcuHour: 0.00065,
  provisionedRcuHour: 0.00013,
  onDemandPerMillionWriteRequestUnits: 0.625,
  onDemandPerMillionReadRequestUnits: 0.125,
  hoursPerMonth: 730,
  sources: {
    provisioned: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
    onDemand: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
} as const

export type DynamoDBPrices = {
  readonly [K in keyof typeof DYNAMODB_PRICES_US_EAST_1]: K extends 'sources' | 'region' | 'currency' ? (typeof DYNAMODB_PRICES_US_EAST_1)[K] : number
}
