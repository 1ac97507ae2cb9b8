/**
 * `npm run bench`: one line per figure, `<name>: <value> <unit>`, so runs can be compared.
 * `engine.*` figures go through `Simulation.request` (validation, capacity, trace) in process on Node;
 * `engine.embedded.*` through the embedded API (src/engine/dynamodb/embedded.ts: validated input, no
 * request layer), which the load generator's fast path uses.
 *
 * The engine is measured as the app ships it: bundled (esbuild, no minification, like Vite's production
 * build) and run by plain `node`. Started by `tsx` (`npm run bench`), this file bundles itself into
 * node_modules/.tmp/bench.mjs and runs that (tsx is a development loader; measured unbundled under tsx with
 * `BENCH_BUNDLED=1 npx tsx bench/index.ts`, the figures were 5–10 % lower, embedded GetItem ~25 % lower).
 *
 * Each section runs in a fresh `node` process (no JIT feedback or garbage from one section slows the next),
 * one after the other. `npm run bench -- embedded load` runs only the sections named.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Simulation } from '../src/engine/Simulation.ts'
import { startWorkload } from '../src/engine/load/index.ts'
import { getItem, putItem } from '../src/engine/dynamodb/embedded.ts'

const SECTIONS = ['request', 'embedded', 'memory', 'load', 'query'] as const
type Section = (typeof SECTIONS)[number]

if (process.env['BENCH_BUNDLED'] !== '1') {
  const { build } = await import('esbuild')
  const outfile = fileURLToPath(new URL('../node_modules/.tmp/bench.mjs', import.meta.url))
  await build({ entryPoints: [fileURLToPath(import.meta.url)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning', external: ['esbuild'] })
  const asked = process.argv.slice(2).filter((a) => (SECTIONS as readonly string[]).includes(a))
  for (const section of asked.length ? asked : SECTIONS) {
    execFileSync(process.execPath, [outfile, section], { stdio: 'inherit', env: { ...process.env, BENCH_BUNDLED: '1' } })
  }
  process.exit(0)
}
const section = process.argv[2] as Section

function line(name: string, value: number, unit: string): void {
  console.log(`${name}: ${Math.round(value)} ${unit}`)
}

function activeTable(sim: Simulation, name: string): void {
  sim.request('dynamodb', 'CreateTable', {
    TableName: name,
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  })
  for (let i = 0; i < 100 && sim.dynamodb.tables.get(name)?.meta.TableStatus !== 'ACTIVE'; i++) sim.step()
}

/** Process CPU time (user + system), ms: on a shared machine it moves less than wall time with other load. */
function cpuMs(): number {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}

/**
 * Runs `fn` repeatedly in `trials` timed trials of about `ms` of wall time each (after a warm-up) and returns
 * the MEDIAN trial's calls per second of wall time and of process CPU time. A median of several short trials
 * is steadier than one long run on a shared machine (other processes, a shared L3 cache).
 */
function rate(fn: (i: number) => void, ms = 400, trials = 5): { wall: number; cpu: number } {
  for (let i = 0; i < 20_000; i++) fn(i) // warm-up (and JIT)
  let n = 0
  const wall: number[] = []
  const cpu: number[] = []
  for (let trial = 0; trial < trials; trial++) {
    const start = n
    const t0 = performance.now()
    const c0 = cpuMs()
    let t = t0
    while (t - t0 < ms) {
      for (let k = 0; k < 1000; k++) fn(n++)
      t = performance.now()
    }
    wall.push(((n - start) / (t - t0)) * 1000)
    cpu.push(((n - start) / Math.max(cpuMs() - c0, 0.001)) * 1000)
  }
  return { wall: median(wall), cpu: median(cpu) }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[s.length >> 1]!
}

const payload = 'x'.repeat(1000) // item ≈ 1 KB with its key and names

if (section === 'request') {
  const sim = new Simulation({ seed: 1 })
  activeTable(sim, 'Bench')
  // The virtual clock stands still while we loop, so capacity would throttle after the first second's worth:
  // measure the operations with throttling off (capacity is still metered, see physics/settings.ts).
  sim.dynamodb.physics.throttling = false
  const put = rate((i) => {
    const r = sim.request('dynamodb', 'PutItem', { TableName: 'Bench', Item: { pk: { S: `k${i % 100000}` }, data: { S: payload } } })
    if (r.error) throw r.error
  })
  line('engine.PutItem', put.wall, 'ops/s')
  line('engine.PutItem.cpu-time', put.cpu, 'ops/s')
  const get = rate((i) => {
    const r = sim.request('dynamodb', 'GetItem', { TableName: 'Bench', Key: { pk: { S: `k${i % 100000}` } } })
    if (r.error) throw r.error
  })
  line('engine.GetItem', get.wall, 'ops/s')
  line('engine.GetItem.cpu-time', get.cpu, 'ops/s')
}

if (section === 'embedded') {
  // The embedded API on the same kind of table: validated items and keys, same storage/capacity/index path.
  const sim = new Simulation({ seed: 1 })
  activeTable(sim, 'Embedded')
  sim.dynamodb.physics.throttling = false
  const db = sim.dynamodb
  const table = db.tables.get('Embedded')!
  const put = rate((i) => {
    if (putItem(db, table, { pk: { S: `k${i % 100000}` }, data: { S: payload } })) throw new Error('throttled')
  })
  line('engine.embedded.PutItem', put.wall, 'ops/s')
  line('engine.embedded.PutItem.cpu-time', put.cpu, 'ops/s')
  const get = rate((i) => {
    if (!getItem(db, table, { pk: { S: `k${i % 100000}` } }).Item) throw new Error('missing')
  })
  line('engine.embedded.GetItem', get.wall, 'ops/s')
  line('engine.embedded.GetItem.cpu-time', get.cpu, 'ops/s')
  // The same table read on 1,000 of its keys: what a hot working set costs once the lookup stays in the CPU
  // cache (over 100,000 keys most of a GetItem is waiting for memory; the L3 cache is shared with other VMs).
  const hot = rate((i) => {
    if (!getItem(db, table, { pk: { S: `k${(i * 97) % 1000}` } }).Item) throw new Error('missing')
  })
  line('engine.embedded.GetItem-1k-hot-keys', hot.wall, 'ops/s')
}

if (section === 'memory') {
  // Items parsed from JSON text, as the wire delivers them (each holds its own 1 KB string); heap measured
  // after a full GC on both sides.
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  gc()
  const mem0 = process.memoryUsage().heapUsed
  const sim = new Simulation({ seed: 2 })
  activeTable(sim, 'Mem')
  sim.dynamodb.physics.throttling = false
  const text = JSON.stringify({ TableName: 'Mem', Item: { pk: { S: 'k' }, data: { S: payload } } })
  for (let i = 0; i < 100_000; i++) sim.request('dynamodb', 'PutItem', JSON.parse(text.replace('"k"', `"k${i}"`)))
  gc()
  line('engine.heap-after-100k-1KB-items', (process.memoryUsage().heapUsed - mem0) / 1024 / 1024, 'MiB')
  if (sim.dynamodb.tables.get('Mem')!.itemCount !== 100_000) throw new Error('items missing')
}

if (section === 'load') {
  // 1,000 req/s for 1,000 virtual seconds on one hot key of a provisioned table: burst, throttling, SDK retries.
  const sim = new Simulation({ seed: 3 })
  sim.request('dynamodb', 'CreateTable', {
    TableName: 'Hot',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    ProvisionedThroughput: { ReadCapacityUnits: 100, WriteCapacityUnits: 100 },
  })
  for (let i = 0; i < 100 && sim.dynamodb.tables.get('Hot')?.meta.TableStatus !== 'ACTIVE'; i++) sim.step()
  const t0 = performance.now()
  const c0 = cpuMs()
  const run = startWorkload(sim, {
    name: 'bench hot key',
    tableName: 'Hot',
    durationSeconds: 1000,
    rate: { kind: 'constant', perSecond: 1000 },
    readRatio: 0.5,
    itemSizeBytes: 1024,
    consistency: 'eventual',
    keys: { kind: 'hotKey', key: 'Candidate_A' },
    throughDax: false,
  })
  run.runToEnd()
  const ms = performance.now() - t0
  const cpu = cpuMs() - c0
  const c = run.counters()
  if (c.started !== 1_000_000 || c.throttled === 0 || c.retried === 0) throw new Error(`unexpected load run: ${JSON.stringify(c)}`)
  line('load.1M-requests-hot-key', ms, 'ms')
  line('load.1M-requests-hot-key.cpu-time', cpu, 'ms')
  line('load.1M-requests-hot-key.throttled', c.throttled, 'attempts')
  line('load.1M-requests-hot-key.retried', c.retried, 'attempts')
}

if (section === 'query') {
  // Query's first page (Limit 100) on one partition key holding 100,000 items: a seek in the sorted item
  // collection, no sort per query. Items go straight into storage (the write path is benched above).
  const sim = new Simulation({ seed: 4 })
  sim.request('dynamodb', 'CreateTable', {
    TableName: 'QueryBench',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
    BillingMode: 'PAY_PER_REQUEST',
  })
  for (let i = 0; i < 100 && sim.dynamodb.tables.get('QueryBench')?.meta.TableStatus !== 'ACTIVE'; i++) sim.step()
  sim.dynamodb.physics.throttling = false // the virtual clock stands still while the loop runs
  const table = sim.dynamodb.tables.get('QueryBench')!
  for (let i = 0; i < 100_000; i++) table.put({ pk: { S: 'one' }, sk: { N: String((i * 7919) % 100_000) }, data: { S: payload.slice(0, 80) } })
  const input = { TableName: 'QueryBench', KeyConditionExpression: 'pk = :p AND sk > :s', ExpressionAttributeValues: { ':p': { S: 'one' }, ':s': { N: '50000' } }, Limit: 100 }
  const perSecond = rate(() => {
    const r = sim.request('dynamodb', 'Query', input)
    if (r.error || (r.output as { Count: number }).Count !== 100) throw r.error ?? new Error('short page')
  })
  line('engine.Query-100k-first-page', 1e6 / perSecond.wall, 'µs')
}
