import type { DaxClusterView, TableView } from '../store/simSlice.ts'

/**
 * The architecture view as data: a list of nodes in columns plus the edges between them. Pure (no DOM, no
 * d3), so it is unit-tested and so later services slot in as new columns and nodes (API Gateway and Lambda
 * between the client and DynamoDB, DAX in front of the tables, Streams behind them) without pixel
 * positions per service. Coordinates are logical units of the SVG viewBox, which scales to the column.
 */

/**
 * What a node stands for; decides its look. `container` boxes (tables) hold `slot` nodes (partitions) and
 * may carry a `stream` badge (DynamoDB Streams enabled); `cluster` boxes (DAX) hold `cache` nodes (item
 * cache, query cache, with hit/miss counts).
 */
export type ArchNodeKind = 'client' | 'service' | 'container' | 'slot' | 'placeholder' | 'cluster' | 'cache' | 'stream'

/** A node before layout: what it is and where it goes (column, parent box). */
export interface ArchNodeSpec {
  /** Stable id used by the keyed d3 join and by hop → node mapping, e.g. `dynamodb`, `table:GameScores/p0`. */
  id: string
  kind: ArchNodeKind
  label: string
  sublabel?: string
  /** Tooltip text (full names and figures that do not fit). */
  title?: string
  /** Column index, left to right. Children (`slot`s) take their parent's column. */
  column: number
  /** Id of the `container` a `slot` sits in. */
  parent?: string
}

/** A positioned node. `anchor` is where tokens sit and edges attach. */
export interface ArchNode extends ArchNodeSpec {
  x: number
  y: number
  w: number
  h: number
  anchor: Point
}

export interface Point {
  x: number
  y: number
}

/** A connection tokens can travel along, in either direction. */
export interface ArchEdge {
  id: string
  from: string
  to: string
}

export interface ArchGraph {
  nodes: ArchNodeSpec[]
  edges: ArchEdge[]
}

export interface ArchLayout {
  width: number
  height: number
  nodes: ArchNode[]
  edges: ArchEdge[]
  byId: Map<string, ArchNode>
}

/**
 * Logical width of the viewBox with three columns (client, router, tables). Labels are sized for it (large
 * enough for a projector at ~36% width). A DAX column widens the view (see {@link layoutArchitecture}).
 */
export const VIEW_WIDTH = 480
const MARGIN = 8
/** Width of a column's nodes, by the widest kind of top-level node in it. */
const KIND_WIDTHS: Partial<Record<ArchNodeKind, number>> = { client: 96, service: 112, container: 200, placeholder: 200 }
/** With a DAX column (four columns): a narrower table column, so the view widens as little as possible. */
const KIND_WIDTHS_WITH_DAX: Partial<Record<ArchNodeKind, number>> = { client: 96, service: 112, cluster: 150, container: 184, placeholder: 184 }
const MIN_COLUMN_GAP = 24
const CACHE_HEIGHT = 40
/** Room at the bottom of a table box for its Stream badge. */
const STREAM_ROW = 28
const STREAM_HEIGHT = 22
/** Vertical gap between the DAX boxes and the DynamoDB router under them. */
const LANE_GAP = 30
const CONTAINER_HEADER = 48
const CONTAINER_PAD = 8
const SLOT_HEIGHT = 30
const SLOT_GAP = 6
/** Past this many partitions per table the bars get thinner so the view stays on screen. */
const MAX_FULL_SLOTS = 8
const MIN_SLOT_HEIGHT = 12
const CONTAINER_GAP = 14
const SIMPLE_NODE_HEIGHT = 72
const MIN_HEIGHT = 120
const MAX_LABEL_CHARS = 17
const CAPTION_SPACE = 22

export const CLIENT_ID = 'client'
export const DYNAMODB_ID = 'dynamodb'

export function tableNodeId(table: string): string {
  return `table:${table}`
}

export function partitionNodeId(table: string, partition: number): string {
  return `table:${table}/p${partition}`
}

export function streamNodeId(table: string): string {
  return `table:${table}/stream`
}

export function daxNodeId(cluster: string): string {
  return `dax:${cluster}`
}

/** Id of a DAX cluster's `item cache` or `query cache` node. */
export function daxCacheNodeId(cluster: string, cache: 'item cache' | 'query cache'): string {
  return `dax:${cluster}/${cache === 'item cache' ? 'item' : 'query'}`
}

const STREAM_VIEW_LABELS: Record<string, string> = {
  NEW_IMAGE: 'new image',
  OLD_IMAGE: 'old image',
  NEW_AND_OLD_IMAGES: 'new & old',
  KEYS_ONLY: 'keys only',
}

/** "120 hit · 4 miss" (large counts shortened: "12.3k hit"). */
export function hitMissLabel(hits: number, misses: number): string {
  const n = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)}M` : x >= 10_000 ? `${Math.round(x / 1000)}k` : x >= 1000 ? `${(x / 1000).toFixed(1)}k` : `${x}`)
  return `${n(hits)} hit · ${n(misses)} miss`
}

function daxSublabel(c: DaxClusterView): string {
  const hits = c.itemHits + c.queryHits
  const total = hits + c.itemMisses + c.queryMisses
  const nodes = `${c.nodes} node${c.nodes === 1 ? '' : 's'}`
  return total ? `${nodes} · ${Math.round((100 * hits) / total)}% hits` : nodes
}

/** Shortens a label to fit a node, with an ellipsis. */
export function truncate(label: string, max = MAX_LABEL_CHARS): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`
}

function capacityLabel(t: TableView): string {
  if (t.status !== 'ACTIVE') return t.status
  const mode = t.billingMode === 'PAY_PER_REQUEST' ? 'on-demand' : `${t.readCapacityUnits}R/${t.writeCapacityUnits}W`
  return `${t.itemCount} items · ${mode}`
}

/**
 * Nodes and edges for what exists now: the client, each DAX cluster (with its item and query caches) between
 * the client and DynamoDB (drawn above the router, in its column), the DynamoDB endpoint, each table with its partitions and, when DynamoDB Streams
 * is enabled on it, its stream. The client keeps a direct edge to DynamoDB (requests sent without DAX).
 */
export function buildArchitecture(tables: TableView[], dax: DaxClusterView[] = []): ArchGraph {
  const routerColumn = 1
  const tableColumn = 2
  const nodes: ArchNodeSpec[] = [
    { id: CLIENT_ID, kind: 'client', label: 'Client', sublabel: 'SDK / console', title: 'Your code: the AWS SDK, the console or the CLI', column: 0 },
  ]
  const edges: ArchEdge[] = [{ id: `${CLIENT_ID}->${DYNAMODB_ID}`, from: CLIENT_ID, to: DYNAMODB_ID }]
  for (const c of dax) {
    const id = daxNodeId(c.name)
    nodes.push({
      id,
      kind: 'cluster',
      label: truncate(`DAX ${c.name}`, 15),
      sublabel: daxSublabel(c),
      title: `DAX cluster ${c.name}: ${c.nodes} node${c.nodes === 1 ? '' : 's'} (node 1 primary), in front of DynamoDB. A hit is answered from the cache; a miss or a write goes on to DynamoDB.`,
      column: 1,
    })
    edges.push({ id: `${CLIENT_ID}->${id}`, from: CLIENT_ID, to: id })
    for (const [cache, hits, misses] of [['item cache', c.itemHits, c.itemMisses], ['query cache', c.queryHits, c.queryMisses]] as const) {
      const cid = daxCacheNodeId(c.name, cache)
      const what = cache === 'item cache' ? 'GetItem and BatchGetItem results by primary key' : 'Query and Scan results by request'
      nodes.push({ id: cid, kind: 'cache', label: cache, sublabel: hitMissLabel(hits, misses), title: `${c.name} ${cache} (${what}): ${hits} hits, ${misses} misses`, column: 1, parent: id })
      edges.push({ id: `${id}->${cid}`, from: id, to: cid })
    }
  }
  for (const c of dax) {
    for (const cache of ['item cache', 'query cache'] as const) {
      const cid = daxCacheNodeId(c.name, cache)
      edges.push({ id: `${cid}->${DYNAMODB_ID}`, from: cid, to: DYNAMODB_ID })
    }
  }
  nodes.push({
    id: DYNAMODB_ID,
    kind: 'service',
    label: 'DynamoDB',
    sublabel: 'request router',
    title: 'DynamoDB endpoint: the request router authenticates, validates and finds the partition',
    column: routerColumn,
  })
  if (tables.length === 0) {
    nodes.push({ id: 'placeholder:tables', kind: 'placeholder', label: 'No tables yet', column: tableColumn })
  }
  for (const t of tables) {
    const id = tableNodeId(t.name)
    const billing = t.billingMode === 'PAY_PER_REQUEST' ? 'on-demand' : `${t.readCapacityUnits} RCU / ${t.writeCapacityUnits} WCU provisioned`
    nodes.push({
      id,
      kind: 'container',
      label: truncate(t.name),
      sublabel: capacityLabel(t),
      title: `Table ${t.name}: ${t.status}, ${t.itemCount} items, ${t.sizeBytes} bytes, ${billing}, ${t.partitionCount} partition${t.partitionCount === 1 ? '' : 's'}`,
      column: tableColumn,
    })
    const count = Math.max(1, t.partitionCount)
    for (let p = 0; p < count; p++) {
      const pid = partitionNodeId(t.name, p)
      nodes.push({ id: pid, kind: 'slot', label: `partition ${p}`, title: `${t.name}, partition ${p}`, column: tableColumn, parent: id })
      edges.push({ id: `${DYNAMODB_ID}->${pid}`, from: DYNAMODB_ID, to: pid })
    }
    if (t.streamViewType !== undefined) {
      const view = STREAM_VIEW_LABELS[t.streamViewType] ?? t.streamViewType
      nodes.push({
        id: streamNodeId(t.name),
        kind: 'stream',
        label: view ? `Stream · ${view}` : 'Stream',
        title: `DynamoDB Streams is on for ${t.name}${t.streamViewType ? ` (${t.streamViewType})` : ''}: every change is recorded for 24 hours, in order per item, for readers such as Lambda triggers`,
        column: tableColumn,
        parent: id,
      })
    }
  }
  return { nodes, edges }
}

/** Height of one partition bar for a table with `count` partitions. */
export function slotHeight(count: number): number {
  if (count <= MAX_FULL_SLOTS) return SLOT_HEIGHT
  return Math.max(MIN_SLOT_HEIGHT, Math.floor(((SLOT_HEIGHT + SLOT_GAP) * MAX_FULL_SLOTS) / count) - 2)
}

/**
 * Column boxes: each column as wide as its widest top-level node, spread over at least {@link VIEW_WIDTH};
 * gap `i` (after column `i`) gets `gapWeights[i]` shares of the free width.
 */
function columnXs(widths: number[], gapWeights: number[]): { cols: { x: number; w: number }[]; width: number } {
  const used = widths.reduce((a, b) => a + b, 0)
  const shares = gapWeights.reduce((a, b) => a + b, 0)
  const width = Math.max(VIEW_WIDTH, used + 2 * MARGIN + shares * MIN_COLUMN_GAP)
  const unit = shares > 0 ? (width - 2 * MARGIN - used) / shares : 0
  let x = MARGIN
  const cols = widths.map((w, i) => {
    const col = { x, w }
    x += w + unit * (gapWeights[i] ?? 0)
    return col
  })
  return { cols, width }
}

/**
 * Positions the graph: columns left to right; in each column, top-level nodes stacked and centred
 * vertically on the tallest column; children stacked inside their box (`slot`s and `cache`s under the
 * header, a `stream` badge at the bottom). DAX clusters stack above the DynamoDB router in its column and the
 * client is centred on the router, so the direct client → DynamoDB edge runs straight under the DAX boxes,
 * the client's edge to DAX climbs to them and their caches drop down to the router. With DAX the column is
 * as wide as a DAX box and the view may widen a little past {@link VIEW_WIDTH}.
 */
export function layoutArchitecture(graph: ArchGraph): ArchLayout {
  const columns = Math.max(...graph.nodes.map((n) => n.column)) + 1
  const children = new Map<string, ArchNodeSpec[]>()
  for (const n of graph.nodes) {
    if (n.parent) children.set(n.parent, [...(children.get(n.parent) ?? []), n])
  }
  const stacked = (id: string) => (children.get(id) ?? []).filter((k) => k.kind !== 'stream')
  const streamOf = (id: string) => (children.get(id) ?? []).find((k) => k.kind === 'stream')
  const kidHeight = (kids: ArchNodeSpec[]) => (kids[0]?.kind === 'cache' ? CACHE_HEIGHT : slotHeight(kids.length))
  const heightOf = (n: ArchNodeSpec): number => {
    if (n.kind !== 'container' && n.kind !== 'cluster') return SIMPLE_NODE_HEIGHT
    const kids = stacked(n.id)
    const k = kids.length
    return CONTAINER_HEADER + k * (kidHeight(kids) + SLOT_GAP) - SLOT_GAP + CONTAINER_PAD + (streamOf(n.id) ? STREAM_ROW : 0)
  }
  const topLevel = (c: number) => graph.nodes.filter((n) => n.column === c && !n.parent)
  // The router sits a little further under the DAX boxes than boxes under each other.
  const gapBefore = (list: ArchNodeSpec[], i: number) => (i === 0 ? 0 : list[i]!.kind === 'service' && list[i - 1]!.kind === 'cluster' ? LANE_GAP : CONTAINER_GAP)
  const columnHeight = (c: number) => {
    const list = topLevel(c)
    return list.reduce((h, n, i) => h + heightOf(n) + gapBefore(list, i), 0)
  }
  // DAX boxes stack above the router in its column; the client is centred on the router (the direct lane).
  const asideColumn = graph.nodes.find((n) => n.kind === 'cluster')?.column
  const kindWidths = asideColumn === undefined ? KIND_WIDTHS : KIND_WIDTHS_WITH_DAX
  // The edge from the client climbs to the DAX boxes: give it a double gap.
  const { cols, width } = columnXs(
    Array.from({ length: columns }, (_, c) => Math.max(0, ...topLevel(c).map((n) => kindWidths[n.kind] ?? 100)) || 100),
    Array.from({ length: columns - 1 }, (_, i) => (asideColumn !== undefined && i + 1 === asideColumn ? 2 : 1)),
  )
  const laneColumns = new Set<number>()
  if (asideColumn !== undefined) {
    for (let c = 0; c < columns; c++) {
      const list = topLevel(c)
      if (c !== asideColumn && list.length === 1 && list[0]!.kind === 'client') laneColumns.add(c)
    }
  }
  const contentHeight = Math.max(MIN_HEIGHT - 2 * MARGIN, ...Array.from({ length: columns }, (_, c) => (laneColumns.has(c) ? 0 : columnHeight(c))))
  /** Centre of the router in the DAX column: where the client sits. */
  let laneY: number | undefined
  if (asideColumn !== undefined) {
    const list = topLevel(asideColumn)
    let y = MARGIN + (contentHeight - columnHeight(asideColumn)) / 2
    list.forEach((n, i) => {
      y += gapBefore(list, i)
      if (n.kind === 'service') laneY = y + heightOf(n) / 2
      y += heightOf(n)
    })
  }
  // Room under the nodes for the label of a token back at the client and for the aggregate note.
  const height = contentHeight + 2 * MARGIN + CAPTION_SPACE
  const nodes: ArchNode[] = []
  const byId = new Map<string, ArchNode>()
  const place = (n: ArchNode) => {
    nodes.push(n)
    byId.set(n.id, n)
  }
  for (let c = 0; c < columns; c++) {
    const col = cols[c]!
    let y = MARGIN + (contentHeight - columnHeight(c)) / 2
    if (laneColumns.has(c) && laneY !== undefined) y = laneY - SIMPLE_NODE_HEIGHT / 2
    const list = topLevel(c)
    for (const [i, n] of list.entries()) {
      y += gapBefore(list, i)
      const h = heightOf(n)
      // Tokens rest on the client's right edge, so they never hide its label; a DAX box's on its left edge,
      // beside its name; elsewhere at the centre.
      const anchor =
        n.kind === 'client' ? { x: col.x + col.w, y: y + h / 2 } : n.kind === 'cluster' ? { x: col.x, y: y + CONTAINER_HEADER / 2 } : { x: col.x + col.w / 2, y: y + h / 2 }
      place({ ...n, x: col.x, y, w: col.w, h, anchor })
      const kids = stacked(n.id)
      const sh = kidHeight(kids)
      kids.forEach((k, i) => {
        const ky = y + CONTAINER_HEADER + i * (sh + SLOT_GAP)
        const kx = col.x + CONTAINER_PAD
        // Tokens sit just inside the bar's left end, where the edge from the router arrives.
        place({ ...k, x: kx, y: ky, w: col.w - 2 * CONTAINER_PAD, h: sh, anchor: { x: kx + 14, y: ky + sh / 2 } })
      })
      const stream = streamOf(n.id)
      if (stream) {
        const sw = col.w - 2 * CONTAINER_PAD
        const sy = y + h - CONTAINER_PAD - STREAM_HEIGHT
        place({ ...stream, x: col.x + CONTAINER_PAD, y: sy, w: sw, h: STREAM_HEIGHT, anchor: { x: col.x + col.w - CONTAINER_PAD, y: sy + STREAM_HEIGHT / 2 } })
      }
      y += h
    }
  }
  return { width, height, nodes, edges: graph.edges, byId }
}
