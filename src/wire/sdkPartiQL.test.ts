import { describe, expect, it } from 'vitest'
import {
  BatchExecuteStatementCommand,
  ConditionalCheckFailedException,
  DuplicateItemException,
  ExecuteStatementCommand,
  ExecuteTransactionCommand,
  GetItemCommand,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb'
import { MUSIC_TABLE_KEYS, useSdkServer } from './testing.ts'

/**
 * The real SDK against the simulator for PartiQL: ExecuteStatement, BatchExecuteStatement and
 * ExecuteTransaction responses, AWS's error names and messages, and capacity at the 1 KB / 4 KB boundaries.
 */
const { client } = useSdkServer({ table: { TableName: 'Music', ...MUSIC_TABLE_KEYS, BillingMode: 'PAY_PER_REQUEST' } })

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

/** A 1,024-byte item needs Artist (6+1) + SongTitle (9+1) + Pad (3 + n) bytes. */
function padFor(totalBytes: number, artist: string, title: string): string {
  return 'x'.repeat(totalBytes - (6 + artist.length) - (9 + title.length) - 3)
}

describe('ExecuteStatement', () => {
  describe('functionality', () => {
    it('INSERTs, SELECTs with parameters, UPDATEs and DELETEs', async () => {
      await client.send(new ExecuteStatementCommand({ Statement: `INSERT INTO "Music" VALUE {'Artist': ?, 'SongTitle': ?, 'Awards': 1}`, Parameters: [{ S: 'Acme' }, { S: 'Happy' }] }))
      const selected = await client.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "Music" WHERE Artist = ? AND SongTitle = ?`, Parameters: [{ S: 'Acme' }, { S: 'Happy' }] }))
      expect(selected.Items).toEqual([{ Artist: { S: 'Acme' }, SongTitle: { S: 'Happy' }, Awards: { N: '1' } }])
      const updated = await client.send(new ExecuteStatementCommand({ Statement: `UPDATE "Music" SET Awards = Awards + 1 WHERE Artist = 'Acme' AND SongTitle = 'Happy' RETURNING ALL NEW *` }))
      expect(updated.Items).toEqual([{ Artist: { S: 'Acme' }, SongTitle: { S: 'Happy' }, Awards: { N: '2' } }])
      const deleted = await client.send(new ExecuteStatementCommand({ Statement: `DELETE FROM "Music" WHERE Artist = 'Acme' AND SongTitle = 'Happy'` }))
      expect(deleted.Items).toEqual([])
      expect((await client.send(new GetItemCommand({ TableName: 'Music', Key: { Artist: { S: 'Acme' }, SongTitle: { S: 'Happy' } } }))).Item).toBeUndefined()
    })

    it('pages a Query with Limit and NextToken', async () => {
      for (const t of ['a', 'b', 'c']) await client.send(new ExecuteStatementCommand({ Statement: `INSERT INTO "Music" VALUE {'Artist': 'Pager', 'SongTitle': '${t}'}` }))
      const first = await client.send(new ExecuteStatementCommand({ Statement: `SELECT SongTitle FROM "Music" WHERE Artist = 'Pager'`, Limit: 2 }))
      expect(first.Items).toEqual([{ SongTitle: { S: 'a' } }, { SongTitle: { S: 'b' } }])
      expect(first.NextToken).toBeTypeOf('string')
      const second = await client.send(new ExecuteStatementCommand({ Statement: `SELECT SongTitle FROM "Music" WHERE Artist = 'Pager'`, Limit: 2, NextToken: first.NextToken }))
      expect(second.Items).toEqual([{ SongTitle: { S: 'c' } }])
      expect(second.NextToken).toBeUndefined()
    })
  })

  describe('validations', () => {
    it("returns AWS's error names and messages", async () => {
      await client.send(new ExecuteStatementCommand({ Statement: `INSERT INTO "Music" VALUE {'Artist': 'Dup', 'SongTitle': 'x'}` }))
      const dup = await failure(client.send(new ExecuteStatementCommand({ Statement: `INSERT INTO "Music" VALUE {'Artist': 'Dup', 'SongTitle': 'x'}` })))
      expect(dup).toBeInstanceOf(DuplicateItemException)
      expect(dup.message).toBe('Duplicate primary key exists in table')
      const missing = await failure(client.send(new ExecuteStatementCommand({ Statement: `UPDATE "Music" SET a = 1 WHERE Artist = 'Nobody' AND SongTitle = 'x'` })))
      expect(missing).toBeInstanceOf(ConditionalCheckFailedException)
      const syntax = await failure(client.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "Music" WHERE` })))
      expect([syntax.name, syntax.message]).toEqual(['ValidationException', "Statement wasn't well formed, can't be processed: Unexpected term"])
      const key = await failure(client.send(new ExecuteStatementCommand({ Statement: `DELETE FROM "Music" WHERE Artist = 'Dup'` })))
      expect([key.name, key.message]).toEqual(['ValidationException', 'Where clause does not contain a mandatory equality on all key attributes'])
      const table = await failure(client.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "Nope" WHERE Artist = 'x'` })))
      expect([table.name, table.message]).toEqual(['ResourceNotFoundException', 'Requested resource not found'])
    })
  })

  describe('capacity', () => {
    it('charges writes at the 1 KB boundary and reads at the 4 KB boundary', async () => {
      const write = async (bytes: number, title: string) =>
        (await client.send(new ExecuteStatementCommand({ Statement: `INSERT INTO "Music" VALUE {'Artist': 'Cap', 'SongTitle': '${title}', 'Pad': '${padFor(bytes, 'Cap', title)}'}`, ReturnConsumedCapacity: 'TOTAL' })))
          .ConsumedCapacity
      expect(await write(1024, 'k1')).toEqual({ TableName: 'Music', CapacityUnits: 1 })
      expect(await write(1025, 'k2')).toEqual({ TableName: 'Music', CapacityUnits: 2 })
      await write(4096, 'r1')
      await write(4097, 'r2')
      const read = async (title: string, ConsistentRead: boolean) =>
        (await client.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "Music" WHERE Artist = 'Cap' AND SongTitle = '${title}'`, ConsistentRead, ReturnConsumedCapacity: 'TOTAL' })))
          .ConsumedCapacity
      expect(await read('r1', true)).toEqual({ TableName: 'Music', CapacityUnits: 1 })
      expect(await read('r2', true)).toEqual({ TableName: 'Music', CapacityUnits: 2 })
      expect(await read('r2', false)).toEqual({ TableName: 'Music', CapacityUnits: 1 })
    })
  })
})

describe('BatchExecuteStatement', () => {
  describe('functionality', () => {
    it('answers each statement in its slot, errors included', async () => {
      await client.send(new ExecuteStatementCommand({ Statement: `INSERT INTO "Music" VALUE {'Artist': 'Batch', 'SongTitle': 'one'}` }))
      const r = await client.send(
        new BatchExecuteStatementCommand({
          Statements: [
            { Statement: `SELECT * FROM "Music" WHERE Artist = 'Batch' AND SongTitle = 'one'` },
            { Statement: `SELECT * FROM "Music" WHERE Artist = 'Batch'` },
          ],
          ReturnConsumedCapacity: 'TOTAL',
        }),
      )
      expect(r.Responses).toEqual([
        { TableName: 'Music', Item: { Artist: { S: 'Batch' }, SongTitle: { S: 'one' } } },
        { Error: { Code: 'ValidationError', Message: 'Select statements within BatchExecuteStatement must specify the primary key in the where clause.' } },
      ])
      expect(r.ConsumedCapacity).toEqual([{ TableName: 'Music', CapacityUnits: 0.5 }])
    })
  })
})

describe('ExecuteTransaction', () => {
  describe('functionality', () => {
    it('cancels with CancellationReasons in statement order', async () => {
      await client.send(new ExecuteStatementCommand({ Statement: `INSERT INTO "Music" VALUE {'Artist': 'Tx', 'SongTitle': 'exists'}` }))
      const error = await failure(
        client.send(
          new ExecuteTransactionCommand({
            TransactStatements: [
              { Statement: `INSERT INTO "Music" VALUE {'Artist': 'Tx', 'SongTitle': 'new'}` },
              { Statement: `INSERT INTO "Music" VALUE {'Artist': 'Tx', 'SongTitle': 'exists'}` },
            ],
          }),
        ),
      )
      expect(error).toBeInstanceOf(TransactionCanceledException)
      expect(error.message).toBe('Transaction cancelled, please refer cancellation reasons for specific reasons [None, DuplicateItem]')
      expect((error as TransactionCanceledException).CancellationReasons).toEqual([
        { Code: 'None' },
        { Code: 'DuplicateItem', Message: 'Duplicate primary key exists in table' },
      ])
      const read = await client.send(
        new ExecuteTransactionCommand({ TransactStatements: [{ Statement: `SELECT * FROM "Music" WHERE Artist = 'Tx' AND SongTitle = 'new'` }], ReturnConsumedCapacity: 'TOTAL' }),
      )
      expect(read.Responses).toEqual([{}])
      expect(read.ConsumedCapacity).toEqual([{ TableName: 'Music', CapacityUnits: 2, ReadCapacityUnits: 2 }])
    })
  })
})
