// CreateTable expectations recorded against real DynamoDB (mhart/dynalite test/createTable.js, the latest recording).
import { beforeAll, describe, it } from 'vitest'
import type { Simulation } from '../engine/Simulation.ts'
import { assertValidation, fixtureSimulation } from './harness.ts'

let sim: Simulation
beforeAll(async () => {
  sim = await fixtureSimulation()
})

const T = 'CreateTable'
const INVALID = 'One or more parameter values were invalid: '
const PT = { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }
const AB = [
  { AttributeName: 'a', AttributeType: 'S' },
  { AttributeName: 'b', AttributeType: 'S' },
]
const HASH_A = { KeyType: 'HASH', AttributeName: 'a' }
const RANGE_B = { KeyType: 'RANGE', AttributeName: 'b' }
const notNull = (at: string): string => `Value null at '${at}' failed to satisfy constraint: Member must not be null`

describe('CreateTable', () => {
  describe('validations', () => {
    it('returns ValidationException for no TableName', async () => {
      await assertValidation(sim, T, {}, "The parameter 'TableName' is required but was not present in the request")
    })

    it.each(['', 'a;', 'a'.repeat(256)])('returns ValidationException for TableName %j of bad length', async (name) => {
      await assertValidation(sim, T, { TableName: name }, 'TableName must be at least 3 characters long and at most 255 characters long')
    })

    it('returns ValidationException for null attributes', async () => {
      await assertValidation(sim, T, { TableName: 'abc;' }, [
        notNull('attributeDefinitions'),
        "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        notNull('keySchema'),
      ])
    })

    it('returns ValidationException for empty AttributeDefinitions', async () => {
      await assertValidation(sim, T, { TableName: 'abc', AttributeDefinitions: [] }, [notNull('keySchema')])
    })

    it('returns ValidationException for empty ProvisionedThroughput', async () => {
      await assertValidation(sim, T, { TableName: 'abc', AttributeDefinitions: [], ProvisionedThroughput: {} }, [
        notNull('provisionedThroughput.writeCapacityUnits'),
        notNull('provisionedThroughput.readCapacityUnits'),
        notNull('keySchema'),
      ])
    })

    it('returns ValidationException for low ProvisionedThroughput', async () => {
      await assertValidation(sim, T, { TableName: 'abc', AttributeDefinitions: [], KeySchema: [], ProvisionedThroughput: { ReadCapacityUnits: -1, WriteCapacityUnits: -1 } }, [
        "Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
        "Value '-1' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
        "Value '[]' at 'keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1",
      ])
    })

    it('returns ValidationException for key element names', async () => {
      await assertValidation(
        sim,
        T,
        {
          TableName: 'abc',
          AttributeDefinitions: [],
          KeySchema: [{ KeyType: 'HASH' }, { AttributeName: 'a' }, { KeyType: 'Woop', AttributeName: 'a' }],
          ProvisionedThroughput: { ReadCapacityUnits: 1000000000001, WriteCapacityUnits: 1000000000001 },
        },
        [
          /^Value '\[.+\]' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2$/,
          notNull('keySchema.1.member.attributeName'),
          notNull('keySchema.2.member.keyType'),
          "Value 'Woop' at 'keySchema.3.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]",
        ],
      )
    })

    it('returns ValidationException for high ReadCapacityUnits and negative WriteCapacityUnits', async () => {
      await assertValidation(sim, T, { TableName: 'abc', AttributeDefinitions: [], KeySchema: [HASH_A], ProvisionedThroughput: { ReadCapacityUnits: 1000000000001, WriteCapacityUnits: -1 } }, [
        "Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ])
    })

    // dynalite recorded `Missing required parameter in input: "ProvisionedThroughput"` before BillingMode existed
    // (Nov 2018); AWS now answers with the BillingMode rule.
    it('returns ValidationException for missing ProvisionedThroughput', async () => {
      await assertValidation(sim, T, { TableName: 'abc', AttributeDefinitions: [], KeySchema: [HASH_A] }, `${INVALID}ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED`)
    })

    it.each<[string, Record<string, number>, string]>([
      ['high ReadCapacityUnits', { ReadCapacityUnits: 1000000000001, WriteCapacityUnits: 1000000000001 }, 'Given value 1000000000001 for ReadCapacityUnits is out of bounds'],
      ['high ReadCapacityUnits (second order)', { WriteCapacityUnits: 1000000000001, ReadCapacityUnits: 1000000000001 }, 'Given value 1000000000001 for ReadCapacityUnits is out of bounds'],
      ['high WriteCapacityUnits', { ReadCapacityUnits: 1000000000000, WriteCapacityUnits: 1000000000001 }, 'Given value 1000000000001 for WriteCapacityUnits is out of bounds'],
    ])('returns ValidationException for %s', async (_name, pt, msg) => {
      await assertValidation(sim, T, { TableName: 'abc', AttributeDefinitions: [], KeySchema: [HASH_A], ProvisionedThroughput: pt }, msg)
    })

    it.each<[string, unknown[], unknown[], string | (string | RegExp)[]]>([
      ['missing key attribute definitions', [], [HASH_A, HASH_A], 'Invalid KeySchema: Some index key attribute have no definition'],
      ['attribute definitions member nulls', [{}], [HASH_A, HASH_A], [notNull('attributeDefinitions.1.member.attributeName'), notNull('attributeDefinitions.1.member.attributeType')]],
      ['SS in attr definition', [{ AttributeName: 'b', AttributeType: 'SS' }], [HASH_A, HASH_A], ["Value 'SS' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]"]],
      ['random attr definition', [{ AttributeName: 'b', AttributeType: 'a' }], [HASH_A, HASH_A], ["Value 'a' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]"]],
      ['missing key attr definition when double', [{ AttributeName: 'b', AttributeType: 'S' }], [HASH_A, HASH_A], 'Invalid KeySchema: Some index key attribute have no definition'],
      ['missing key attr definition', [{ AttributeName: 'b', AttributeType: 'S' }], [HASH_A], `${INVALID}Some index key attributes are not defined in AttributeDefinitions. Keys: [a], AttributeDefinitions: [b]`],
      ['missing key attr definition when double and valid', [{ AttributeName: 'b', AttributeType: 'S' }], [HASH_A, RANGE_B], 'Invalid KeySchema: Some index key attribute have no definition'],
      ['missing key attr definition when double and same', [{ AttributeName: 'a', AttributeType: 'S' }], [HASH_A, HASH_A], 'Invalid KeySchema: Some index key attribute have no definition'],
      ['hash key and range key having same name', AB, [HASH_A, { KeyType: 'HASH', AttributeName: 'a' }], 'Both the Hash Key and the Range Key element in the KeySchema have the same name'],
      ['second key not being range', AB, [HASH_A, { KeyType: 'HASH', AttributeName: 'b' }], 'Invalid KeySchema: The second KeySchemaElement is not a RANGE key type'],
      ['second key being hash', AB, [{ KeyType: 'RANGE', AttributeName: 'a' }, { KeyType: 'HASH', AttributeName: 'b' }], 'Invalid KeySchema: The first KeySchemaElement is not a HASH key type'],
      ['both being range key', AB, [{ KeyType: 'RANGE', AttributeName: 'a' }, RANGE_B], 'Invalid KeySchema: The first KeySchemaElement is not a HASH key type'],
      [
        'extra attribute in definitions when range',
        [{ AttributeName: 'a', AttributeType: 'S' }, { AttributeName: 'c', AttributeType: 'S' }, { AttributeName: 'b', AttributeType: 'S' }],
        [HASH_A, RANGE_B],
        `${INVALID}Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions`,
      ],
      ['extra attribute in definitions when hash', AB, [HASH_A], `${INVALID}Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions`],
    ])('returns ValidationException for %s', async (_name, defs, keySchema, msg) => {
      await assertValidation(sim, T, { TableName: 'abc', AttributeDefinitions: defs, KeySchema: keySchema, ProvisionedThroughput: PT }, msg)
    })

    const lsi = (keySchema: unknown[], LocalSecondaryIndexes: unknown[]): Record<string, unknown> => ({ TableName: 'abc', AttributeDefinitions: AB, KeySchema: keySchema, LocalSecondaryIndexes, ProvisionedThroughput: PT })

    it('returns ValidationException for an empty LocalSecondaryIndexes list', async () => {
      await assertValidation(sim, T, lsi([HASH_A], []), `${INVALID}List of LocalSecondaryIndexes is empty`)
    })

    it('returns ValidationException (10 listed) for nine empty LocalSecondaryIndexes', async () => {
      const errors: string[] = []
      for (let i = 1; i <= 4; i++) errors.push(notNull(`localSecondaryIndexes.${i}.member.keySchema`), notNull(`localSecondaryIndexes.${i}.member.projection`), notNull(`localSecondaryIndexes.${i}.member.indexName`))
      await assertValidation(sim, T, lsi([HASH_A, RANGE_B], [{}, {}, {}, {}, {}, {}, {}, {}, {}]), errors.slice(0, 10))
    })

    it('returns ValidationException for bad LocalSecondaryIndex names', async () => {
      const name = 'a'.repeat(256)
      await assertValidation(
        sim,
        T,
        lsi([HASH_A], [
          { IndexName: 'h;', KeySchema: [], Projection: {} },
          { IndexName: name, KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }], Projection: {} },
        ]),
        [
          "Value 'h;' at 'localSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
          "Value 'h;' at 'localSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3",
          "Value '[]' at 'localSecondaryIndexes.1.member.keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1",
          `Value '${name}' at 'localSecondaryIndexes.2.member.indexName' failed to satisfy constraint: Member must have length less than or equal to 255`,
        ],
      )
    })

    it.each<[string, unknown[], unknown[], string | RegExp]>([
      ['no range key with an LSI', [HASH_A], [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'c', KeyType: 'RANGE' }], Projection: {} }], `${INVALID}Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex`],
      [
        'missing attribute definitions in an LSI',
        [HASH_A, RANGE_B],
        [
          { IndexName: 'abc', KeySchema: [{ AttributeName: 'c', KeyType: 'RANGE' }, { AttributeName: 'd', KeyType: 'RANGE' }], Projection: {} },
          { IndexName: 'abc', KeySchema: [{ AttributeName: 'e', KeyType: 'RANGE' }], Projection: {} },
        ],
        /^One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions\. Keys: \[(c, d|d, c)\], AttributeDefinitions: \[(a, b|b, a)\]$/,
      ],
      ['first LSI key not hash', [HASH_A, RANGE_B], [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'RANGE' }], Projection: {} }], 'Invalid KeySchema: The first KeySchemaElement is not a HASH key type'],
      [
        'same names of LSI keys',
        [HASH_A, RANGE_B],
        [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'a', KeyType: 'HASH' }], Projection: {} }],
        'Both the Hash Key and the Range Key element in the KeySchema have the same name',
      ],
      [
        'second LSI key not range',
        [HASH_A, RANGE_B],
        [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'b', KeyType: 'HASH' }], Projection: {} }],
        'Invalid KeySchema: The second KeySchemaElement is not a RANGE key type',
      ],
      ['no range key in an LSI', [HASH_A, RANGE_B], [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'b', KeyType: 'HASH' }], Projection: {} }], `${INVALID}Index KeySchema does not have a range key for index: abc`],
      [
        'different hash key between LSI and table',
        [HASH_A, RANGE_B],
        [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'b', KeyType: 'HASH' }, { AttributeName: 'a', KeyType: 'RANGE' }], Projection: {} }],
        `${INVALID}Index KeySchema does not have the same leading hash key as table KeySchema for index: abc. index hash key: b, table hash key: a`,
      ],
      [
        'same named LSI keys, one hash one range',
        [HASH_A, RANGE_B],
        [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'a', KeyType: 'RANGE' }], Projection: {} }],
        'Both the Hash Key and the Range Key element in the KeySchema have the same name',
      ],
      [
        'missing attribute definitions when the LSI hash is the same',
        [HASH_A, RANGE_B],
        [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'c', KeyType: 'RANGE' }], Projection: {} }],
        /^One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions\. Keys: \[(a, c|c, a)\], AttributeDefinitions: \[(a, b|b, a)\]$/,
      ],
      [
        'empty Projection in an LSI',
        [HASH_A, RANGE_B],
        [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'b', KeyType: 'RANGE' }], Projection: {} }],
        `${INVALID}Unknown ProjectionType: null`,
      ],
    ])('returns ValidationException for %s', async (_name, keySchema, indexes, msg) => {
      await assertValidation(sim, T, lsi(keySchema, indexes), msg)
    })

    const KS_AB = [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'b', KeyType: 'RANGE' }]
    const allLsi = (IndexName: string): Record<string, unknown> => ({ IndexName, KeySchema: KS_AB, Projection: { ProjectionType: 'ALL' } })

    it.each<[string, unknown[], string | (string | RegExp)[]]>([
      ['missing ProjectionType with NonKeyAttributes', [{ IndexName: 'abc', KeySchema: KS_AB, Projection: { NonKeyAttributes: ['a'] } }], `${INVALID}Unknown ProjectionType: null`],
      ['NonKeyAttributes with ALL', [{ IndexName: 'abc', KeySchema: KS_AB, Projection: { ProjectionType: 'ALL', NonKeyAttributes: ['a'] } }], `${INVALID}ProjectionType is ALL, but NonKeyAttributes is specified`],
      ['NonKeyAttributes with KEYS_ONLY', [{ IndexName: 'abc', KeySchema: KS_AB, Projection: { ProjectionType: 'KEYS_ONLY', NonKeyAttributes: ['a'] } }], `${INVALID}ProjectionType is KEYS_ONLY, but NonKeyAttributes is specified`],
      ['duplicate LSI names', [allLsi('abc'), allLsi('abc')], `${INVALID}Duplicate index name: abc`],
      [
        'an empty seventh LSI',
        [allLsi('abc'), allLsi('abd'), allLsi('abe'), allLsi('abf'), allLsi('abg'), allLsi('abh'), {}],
        [notNull('localSecondaryIndexes.7.member.projection'), notNull('localSecondaryIndexes.7.member.indexName'), notNull('localSecondaryIndexes.7.member.keySchema')],
      ],
      ['more than five LSIs', [allLsi('abc'), allLsi('abd'), allLsi('abe'), allLsi('abf'), allLsi('abg'), allLsi('abh')], `${INVALID}Number of LocalSecondaryIndexes exceeds per-table limit of 5`],
    ])('returns ValidationException for %s', async (_name, indexes, msg) => {
      await assertValidation(sim, T, lsi([HASH_A, RANGE_B], indexes), msg)
    })

    const gsi = (keySchema: unknown[], GlobalSecondaryIndexes: unknown[]): Record<string, unknown> => ({ TableName: 'abc', AttributeDefinitions: AB, KeySchema: keySchema, GlobalSecondaryIndexes, ProvisionedThroughput: PT })

    it('returns ValidationException for an empty GlobalSecondaryIndexes list', async () => {
      await assertValidation(sim, T, gsi([HASH_A], []), `${INVALID}List of GlobalSecondaryIndexes is empty`)
    })

    it('returns ValidationException (10 listed) for nine empty GlobalSecondaryIndexes', async () => {
      const errors: string[] = []
      for (let i = 1; i <= 4; i++) errors.push(notNull(`globalSecondaryIndexes.${i}.member.keySchema`), notNull(`globalSecondaryIndexes.${i}.member.projection`), notNull(`globalSecondaryIndexes.${i}.member.indexName`))
      await assertValidation(sim, T, gsi([HASH_A, RANGE_B], [{}, {}, {}, {}, {}, {}, {}, {}, {}]), errors.slice(0, 10))
    })

    it('returns ValidationException for bad GlobalSecondaryIndex names and throughput', async () => {
      const name = 'a'.repeat(256)
      await assertValidation(
        sim,
        T,
        gsi([HASH_A], [
          { IndexName: 'h;', KeySchema: [], Projection: {}, ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0 } },
          { IndexName: name, KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }], Projection: {}, ProvisionedThroughput: {} },
        ]),
        [
          "Value 'h;' at 'globalSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
          "Value 'h;' at 'globalSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3",
          "Value '0' at 'globalSecondaryIndexes.1.member.provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
          "Value '0' at 'globalSecondaryIndexes.1.member.provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
          "Value '[]' at 'globalSecondaryIndexes.1.member.keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1",
          `Value '${name}' at 'globalSecondaryIndexes.2.member.indexName' failed to satisfy constraint: Member must have length less than or equal to 255`,
          notNull('globalSecondaryIndexes.2.member.provisionedThroughput.writeCapacityUnits'),
          notNull('globalSecondaryIndexes.2.member.provisionedThroughput.readCapacityUnits'),
        ],
      )
    })

    const gsiPT = { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }
    it.each<[string, unknown[], unknown[], string | RegExp]>([
      [
        'a GSI range-only key without definition (even with an unused definition)',
        [HASH_A],
        [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'c', KeyType: 'RANGE' }], Projection: {}, ProvisionedThroughput: gsiPT }],
        /^One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions\. Keys: \[c\], AttributeDefinitions: \[(a, b|b, a)\]$/,
      ],
      [
        'missing attribute definitions in a GSI',
        [HASH_A, RANGE_B],
        [
          { IndexName: 'abc', KeySchema: [{ AttributeName: 'c', KeyType: 'RANGE' }, { AttributeName: 'd', KeyType: 'RANGE' }], ProvisionedThroughput: gsiPT, Projection: {} },
          { IndexName: 'abc', KeySchema: [{ AttributeName: 'e', KeyType: 'RANGE' }], ProvisionedThroughput: gsiPT, Projection: {} },
        ],
        /^One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions\. Keys: \[(c, d|d, c)\], AttributeDefinitions: \[(a, b|b, a)\]$/,
      ],
      ['first GSI key not hash', [HASH_A, RANGE_B], [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'RANGE' }], ProvisionedThroughput: gsiPT, Projection: {} }], 'Invalid KeySchema: The first KeySchemaElement is not a HASH key type'],
      [
        'same names of GSI keys',
        [HASH_A, RANGE_B],
        [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'a', KeyType: 'HASH' }], ProvisionedThroughput: gsiPT, Projection: {} }],
        'Both the Hash Key and the Range Key element in the KeySchema have the same name',
      ],
    ])('returns ValidationException for %s', async (_name, keySchema, indexes, msg) => {
      await assertValidation(sim, T, gsi(keySchema, indexes), msg)
    })

    it('returns ValidationException for invalid Projection properties in an LSI', async () => {
      await assertValidation(
        sim,
        T,
        lsi([HASH_A, RANGE_B], [{ IndexName: 'abc', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'b', KeyType: 'RANGE' }], Projection: { NonKeyAttributes: [], ProjectionType: 'abc' } }]),
        [
          "Value 'abc' at 'localSecondaryIndexes.1.member.projection.projectionType' failed to satisfy constraint: Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]",
          "Value '[]' at 'localSecondaryIndexes.1.member.projection.nonKeyAttributes' failed to satisfy constraint: Member must have length greater than or equal to 1",
        ],
      )
    })
  })
})
