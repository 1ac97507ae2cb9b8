import type { DynamoDB } from '../DynamoDB.ts'
import type { OperationContext } from '../OperationContext.ts'
import { ResourceInUseException, ValidationException } from '../errors.ts'
import { Violations, checkTableNameFirst, expectTypes } from '../validation/tableConstraints.ts'
import { ttlState } from '../ttl/TimeToLive.ts'
import { ensureSweepScheduled } from '../ttl/sweeper.ts'

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveSpecification.html */
export interface TimeToLiveSpecification {
  AttributeName: string
  Enabled: boolean
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html#API_UpdateTimeToLive_RequestSyntax */
export interface UpdateTimeToLiveInput {
  TableName: string
  TimeToLiveSpecification: TimeToLiveSpecification
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html#API_UpdateTimeToLive_ResponseSyntax */
export interface UpdateTimeToLiveOutput {
  TimeToLiveSpecification: TimeToLiveSpecification
}

/** Message of a second change within `db.ttl.cooldownMs`. */
export const TTL_COOLDOWN_MESSAGE = 'Time to live has been modified multiple times within a fixed interval'

function validate(raw: Record<string, unknown>): UpdateTimeToLiveInput {
  expectTypes(raw, { TableName: 'string', TimeToLiveSpecification: 'struct' })
  const spec = raw['TimeToLiveSpecification'] as Record<string, unknown> | undefined | null
  if (spec) expectTypes(spec, { AttributeName: 'string', Enabled: 'boolean' })
  checkTableNameFirst(raw)
  const v = new Violations()
  v.namePattern('tableName', raw['TableName'])
  if (v.notNull('timeToLiveSpecification', spec)) {
    if (v.notNull('timeToLiveSpecification.attributeName', spec!['AttributeName'])) {
      v.minLength('timeToLiveSpecification.attributeName', spec!['AttributeName'], 1)
      v.maxLength('timeToLiveSpecification.attributeName', spec!['AttributeName'], 255)
    }
    v.notNull('timeToLiveSpecification.enabled', spec!['Enabled'])
  }
  v.throwIfAny()
  return raw as unknown as UpdateTimeToLiveInput
}

/**
 * UpdateTimeToLive: enables or disables TTL on a table. Checks, in AWS's order (2026 probes): input
 * constraints, the table, CREATING, then the content checks, then the cooldown. The status settles after
 * `db.ttl.transitionMs` (default at once); enabling starts the background sweeper (../ttl/sweeper.ts).
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html
 * @throws ValidationException for missing/invalid members; `TimeToLive is already enabled`;
 *   `TimeToLive is already disabled`; `TimeToLive is active on a different AttributeName: current AttributeName is <a>`;
 *   {@link TTL_COOLDOWN_MESSAGE} within `db.ttl.cooldownMs` of the previous change
 * @throws ResourceNotFoundException `Requested resource not found: Table: <name> not found`
 * @throws ResourceInUseException `Attempt to change a resource which is still in use: Table <name> is being created`
 */
export function updateTimeToLive(db: DynamoDB, raw: Record<string, unknown>, ctx: OperationContext): UpdateTimeToLiveOutput {
  const input = validate(raw)
  const name = input.TableName
  ctx.tableName = name
  const table = db.requireTable(name, `Requested resource not found: Table: ${name} not found`)
  if (table.meta.TableStatus === 'CREATING') {
    throw new ResourceInUseException(`Attempt to change a resource which is still in use: Table ${name} is being created`)
  }
  const { AttributeName, Enabled } = input.TimeToLiveSpecification
  const current = ttlState(table)
  const active = current?.Enabled === true
  if (Enabled && active && current.AttributeName === AttributeName) throw new ValidationException('TimeToLive is already enabled')
  if (!Enabled && !active) throw new ValidationException('TimeToLive is already disabled')
  if (active && current.AttributeName !== AttributeName) {
    throw new ValidationException(`TimeToLive is active on a different AttributeName: current AttributeName is ${current.AttributeName}`)
  }
  if (current && db.clock.now() < current.changedAt + db.ttl.cooldownMs) throw new ValidationException(TTL_COOLDOWN_MESSAGE)

  table.meta.timeToLive = { AttributeName, Enabled, changedAt: db.clock.now() }
  if (Enabled) ensureSweepScheduled(db)
  return { TimeToLiveSpecification: { AttributeName, Enabled } }
}
