/**
 * DynamoDB capacity physics: partitions, token buckets with burst, throttling, on-demand scaling, GSI
 * capacity and back-pressure, adaptive capacity, auto scaling, per-second metrics and cost.
 * Facts: ../../../../../shared/AWS-FACTS.md §2, §2.1, §3, §4.1, §4.4. All time is the virtual clock.
 *
 * ## The charge call every data-plane operation makes
 * Exactly one charge per request, after validation and condition evaluation and BEFORE storage changes
 * (a failed ConditionExpression still consumes capacity, so it is charged too, then the
 * ConditionalCheckFailedException is thrown). If the charge throws, nothing is stored and no capacity
 * is recorded in `ctx.consumed`.
 *
 * ```ts
 * // reads: GetItem, Query, Scan, BatchGetItem (per item), TransactGetItems (per item)
 * chargeRead(db, table, ctx, { key, units })                  // units as in ConsumedCapacity
 * chargeRead(db, table, ctx, { key: indexKey, units, index }) // Query/Scan on a GSI: the GSI's own capacity
 * //   LSI reads: pass the LSI name or none (LSIs share the table's capacity). Query: key = the partition
 * //   key it reads; Scan: key = the first item read (or omit: partition 0).
 * // writes: PutItem, UpdateItem, DeleteItem, BatchWriteItem (per item), TransactWriteItems (per item)
 * const capacity = writeCapacity(table, old, item)             // consumedCapacity.ts; failedConditionCapacity(old) when the condition failed
 * chargeWrite(db, table, ctx, { key, capacity, item: item ?? old })
 * applyItemChange(db, table, key, item)
 * recordCapacity(ctx, tableName, capacity)
 * ```
 * Hot loops (the load generator) can call `tryChargeRead` / `tryChargeWrite`: same effect, but a throttle
 * comes back as plain data (`Throttle`, turn it into the error with `throttleErrorOf`) instead of a thrown
 * Error, which costs ~10 µs each in V8 (stack capture) and would dominate a 1M-request run.
 * Batch operations: catch the throttling error per item and return the item in UnprocessedKeys /
 * UnprocessedItems; throw only when every item was throttled (AWS-FACTS §4.1).
 *
 * ## Model, in one paragraph
 * Each table and GSI has partitions (ranges of a 32-bit hash ring) holding an even share of its throughput
 * (partitionLayout.ts). Each partition has a read and a write bucket refilled continuously, lazily, at its
 * share per second; unused capacity overflows into a burst bucket of up to 300 s (tokenBucket.ts). A
 * request takes per-second tokens, then (adaptive capacity on) unused table capacity up to 3,000/1,000 per
 * partition, then burst; with none left it throttles (charge.ts, throttle.ts). On-demand: partitions are
 * capped at 3,000 RRU / 1,000 WRU per second and the table at 2× its previous peak (onDemand.ts).
 *
 * Settings: `db.physics` (settings.ts): `adaptiveCapacity` (default off), `throttling` (default on).
 */
export { chargeRead, chargeWrite, tryChargeRead, tryChargeWrite, throttleErrorOf, type ChargeReadRequest, type ChargeWriteRequest, type Throttle } from './charge.ts'
export { configureAutoScaling, type AutoScalingConfig, type ScalingPolicyInput, AUTO_SCALING_EVENT, DEFAULT_TARGET_UTILIZATION } from './autoScaling.ts'
export { getMetrics } from './getMetrics.ts'
export { describePartitions, type PartitionView, type ResourceView } from './partitionView.ts'
export { estimateCost, currentWorkload, type Workload, type CostEstimate, type CostLine } from './cost.ts'
export { DYNAMODB_PRICES_US_EAST_1, type DynamoDBPrices } from './prices.ts'
export { DEFAULT_PHYSICS_SETTINGS, type PhysicsSettings } from './settings.ts'
export { RESOURCE_SERIES, PARTITION_SERIES, METRICS_WINDOW_SECONDS, type MetricsWindow, type ResourceSeriesName, type PartitionSeriesName } from './metrics.ts'
export { throttleError, type ThrottlingReason } from './throttle.ts'
export { BURST_SECONDS, type CapacityState, type PartitionState, type ScalingActivity, type ScalingPolicy } from './model.ts'
