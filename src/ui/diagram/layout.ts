import type { TableView } from '../store/simSlice.ts'

/**
 * The architecture view as data: a list of nodes in columns plus the edges between them. Pure (no DOM, no
 * d3), so it is unit-tested and so later services slot in as new columns and nodes (API Gateway and Lambda
 * between the client and DynamoDB, DAX in front of the tables, Streams behind them) without pixel
 * positions per service. Coordinates are logical units of the SVG viewBox, which scales to the column.
 */

/** What a node stands for; decides its look. `container` boxes (tables) hold `slot` nodes (partitions). */
export type ArchNodeKind = 'client' | 'service' | 'container' | 'slot' | 'placeholder'

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

/** Logical width of the viewBox. Labels are sized for it (large enough for a projector at ~36% width). */
export const VIEW_WIDTH = 480
const MARGIN = 8
/** Width of each column's nodes, by kind of column. */
const COLUMN_WIDTHS = [96, 112, 200]
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

/** Shortens a label to fit a node, with an ellipsis. */
export function truncate(label: string, max = MAX_LABEL_CHARS): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`
}

function capacityLabel(t: TableView): string {
  if (t.status !== 'ACTIVE') return t.status
  const mode = t.billingMode === 'PAY_PER_REQUEST' ? 'on-demand' : `${t.readCapacityUnits}R/${t.writeCapacityUnits}W`
  return `${t.itemCount} items · ${mode}`
}

/** Nodes and edges for what exists now: the client, the DynamoDB endpoint, each table and its partitions. */
export function buildArchitecture(tables: TableView[]): ArchGraph {
  const nodes: ArchNodeSpec[] = [
    { id: CLIENT_ID, kind: 'client', label: 'Client', sublabel: 'SDK / console', title: 'Your code: the AWS SDK, the console or the CLI', column: 0 },
    { id: DYNAMODB_ID, kind: 'service', label: 'DynamoDB', sublabel: 'request router', title: 'DynamoDB endpoint: the request router authenticates, validates and finds the partition', column: 1 },
  ]
  const edges: ArchEdge[] = [{ id: `${CLIENT_ID}->${DYNAMODB_ID}`, from: CLIENT_ID, to: DYNAMODB_ID }]
  if (tables.length === 0) {
    nodes.push({ id: 'placeholder:tables', kind: 'placeholder', label: 'No tables yet', column: 2 })
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
      column: 2,
    })
    const count = Math.max(1, t.partitionCount)
    for (let p = 0; p < count; p++) {
      const pid = partitionNodeId(t.name, p)
      nodes.push({ id: pid, kind: 'slot', label: `partition ${p}`, title: `${t.name}, partition ${p}`, column: 2, parent: id })
      edges.push({ id: `${DYNAMODB_ID}->${pid}`, from: DYNAMODB_ID, to: pid })
    }
  }
  return { nodes, edges }
}

/** Height of one partition bar for a table with `count` partitions. */
export function slotHeight(count: number): number {
  if (count <= MAX_FULL_SLOTS) return SLOT_HEIGHT
  return Math.max(MIN_SLOT_HEIGHT, Math.floor(((SLOT_HEIGHT + SLOT_GAP) * MAX_FULL_SLOTS) / count) - 2)
}

function columnXs(columns: number): { x: number; w: number }[] {
  const widths = Array.from({ length: columns }, (_, i) => COLUMN_WIDTHS[Math.min(i, COLUMN_WIDTHS.length - 1)] ?? 100)
  const used = widths.reduce((a, b) => a + b, 0)
  const gap = columns > 1 ? Math.max(16, (VIEW_WIDTH - 2 * MARGIN - used) / (columns - 1)) : 0
  let x = MARGIN
  return widths.map((w) => {
    const col = { x, w }
    x += w + gap
    return col
  })
}

/**
 * Positions the graph: columns left to right; in each column, top-level nodes stacked and centred
 * vertically on the tallest column; `slot`s stacked inside their container.
 */
export function layoutArchitecture(graph: ArchGraph): ArchLayout {
  const columns = Math.max(...graph.nodes.map((n) => n.column)) + 1
  const cols = columnXs(columns)
  const children = new Map<string, ArchNodeSpec[]>()
  for (const n of graph.nodes) {
    if (n.parent) children.set(n.parent, [...(children.get(n.parent) ?? []), n])
  }
  const heightOf = (n: ArchNodeSpec): number => {
    if (n.kind !== 'container') return SIMPLE_NODE_HEIGHT
    const k = children.get(n.id)?.length ?? 0
    return CONTAINER_HEADER + k * (slotHeight(k) + SLOT_GAP) - SLOT_GAP + CONTAINER_PAD
  }
  const topLevel = (c: number) => graph.nodes.filter((n) => n.column === c && !n.parent)
  const columnHeight = (c: number) => {
    const list = topLevel(c)
    return list.reduce((h, n) => h + heightOf(n), 0) + Math.max(0, list.length - 1) * CONTAINER_GAP
  }
  const contentHeight = Math.max(MIN_HEIGHT - 2 * MARGIN, ...Array.from({ length: columns }, (_, c) => columnHeight(c)))
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
    for (const n of topLevel(c)) {
      const h = heightOf(n)
      // Tokens rest on the client's right edge, so they never hide its label; elsewhere at the centre.
      const ax = n.kind === 'client' ? col.x + col.w : col.x + col.w / 2
      place({ ...n, x: col.x, y, w: col.w, h, anchor: { x: ax, y: y + h / 2 } })
      const kids = children.get(n.id) ?? []
      const sh = slotHeight(kids.length)
      kids.forEach((k, i) => {
        const ky = y + CONTAINER_HEADER + i * (sh + SLOT_GAP)
        const kx = col.x + CONTAINER_PAD
        // Tokens sit just inside the bar's left end, where the edge from the router arrives.
        place({ ...k, x: kx, y: ky, w: col.w - 2 * CONTAINER_PAD, h: sh, anchor: { x: kx + 14, y: ky + sh / 2 } })
      })
      y += h + CONTAINER_GAP
    }
  }
  return { width: VIEW_WIDTH, height, nodes, edges: graph.edges, byId }
}
