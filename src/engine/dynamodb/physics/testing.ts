import { TableCapacity } from './TableCapacity.ts'
import type { AwsServiceException } from '../../errors.ts'
import type { BillingMode, Item } from '../types.ts'
import { Simulation } from '../../Simulation.ts'
import { addTestTable } from '../validation/testTables.ts'
import { newOperationContext } from '../OperationContext.ts'
import { tableOnly, type CapacityBreakdown } from '../consumedCapacity.ts'
import { chargeRead, chargeWrite } from './charge.ts'

/** Test fixture: a simulation with one ACTIVE table `t` (hash key `pk`, S) of the given throughput. */
export function physicsFixture(rcu: number, wcu: number, billing: BillingMode = 'PROVISIONED', gsi?: { rcu: number; wcu: number }) {
  const sim = new Simulation()
  const table = addTestTable(sim, 'Physics', { hash: ['pk', 'S'] }, {
    attributes: gsi ? [['g', 'S']] : [],
    ...(gsi
      ? {
          gsi: [
            {
              IndexName: 'byG',
              KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
              Projection: { ProjectionType: 'KEYS_ONLY' },
              IndexStatus: 'ACTIVE',
              ProvisionedThroughput: { ReadCapacityUnits: gsi.rcu, WriteCapacityUnits: gsi.wcu, NumberOfDecreasesToday: 0 },
            },
          ],
        }
      : {}),
  })
  table.meta.BillingMode = billing
  table.meta.ProvisionedThroughput = { ReadCapacityUnits: billing === 'PROVISIONED' ? rcu : 0, WriteCapacityUnits: billing === 'PROVISIONED' ? wcu : 0, NumberOfDecreasesToday: 0 }
  // the fixture table was built with 5/5: give it the capacity state of a table created with these values
  ;(table as { capacity: TableCapacity }).capacity = new TableCapacity(table)
  const db = sim.dynamodb
  return {
    sim,
    db,
    table,
    key: (pk: string): Item => ({ pk: { S: pk } }),
    /** Charges a read; returns the error or undefined. */
    read(pk: string | undefined, units = 1): AwsServiceException | undefined {
      try {
        chargeRead(db, table, newOperationContext(sim.clock.now()), pk === undefined ? { units } : { key: { pk: { S: pk } }, units })
        return undefined
      } catch (e) {
        return e as AwsServiceException
      }
    },
    /** Charges a write of `capacity` (default 1 WCU on the table). */
    write(pk: string, capacity: CapacityBreakdown = tableOnly(1), item?: Item): AwsServiceException | undefined {
      try {
        chargeWrite(db, table, newOperationContext(sim.clock.now()), { key: { pk: { S: pk } }, capacity, ...(item ? { item } : {}) })
        return undefined
      } catch (e) {
        return e as AwsServiceException
      }
    },
    /** Keys (`k0`, `k1`, …) grouped by the table partition index they land on. */
    keysByPartition(perPartition: number): string[][] {
      const n = table.partitionCount()
      const out: string[][] = Array.from({ length: n }, () => [])
      for (let i = 0; out.some((k) => k.length < perPartition); i++) {
        const pk = `k${i}`
        const p = table.partitionOf({ pk: { S: pk } })
        if (out[p]!.length < perPartition) out[p]!.push(pk)
      }
      return out
    },
  }
}
