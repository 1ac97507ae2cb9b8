import type { Trace, TraceHop } from '../../engine/trace.ts'
import { CLIENT_ID, daxCacheNodeId, daxNodeId, DYNAMODB_ID, partitionNodeId, tableNodeId, type ArchEdge, type ArchLayout, type ArchNode, type Point } from './layout.ts'

/**
 * Where a trace's token is at a given virtual time. A trace becomes keyframes `(virtual ms, node)`:
 * the token leaves the client at `trace.start`, reaches each hop's node at `hop.start` and leaves it at
 * `hop.end`, and is back at the client at `trace.end`. Between two keyframes on different nodes it moves
 * along the graph's edges (routed through intermediate nodes, e.g. partition → router → client), as far
 * along the route as the time fraction `(t - t0) / (t1 - t0)` says (the raft-visualisation rule
 * `pct = (playhead - sendTime) / (recvTime - sendTime)`).
 */

export interface Keyframe {
  t: number
  node: string
}

/**
 * The node a hop happens at, or undefined when the view has no node for it (then the hop is skipped).
 * `partition N` maps to that partition of the hop's table (falling back to the table box, then the
 * router; a GSI Query's partition, one of the GSI's own, to the table box); `request router` to the DynamoDB node; a DAX hop to its cluster's box (`node N`) or to the
 * cluster's `item cache` / `query cache` (the cluster named in the hop's or the trace's detail); other
 * services to a node with the service's id.
 */
export function nodeForHop(hop: TraceHop, trace: Trace, layout: ArchLayout): string | undefined {
  if (hop.service === 'client') return CLIENT_ID
  if (hop.service === 'dynamodb') {
    const m = /^partition (\d+)$/.exec(hop.component)
    if (m) {
      const table = typeof hop.detail['table'] === 'string' ? hop.detail['table'] : trace.resource
      // A GSI read's partition is one of the GSI's (not drawn): the token goes to the table box.
      if (table && trace.detail['indexKind'] === 'GSI' && layout.byId.has(tableNodeId(table))) return tableNodeId(table)
      if (table) {
        const pid = partitionNodeId(table, Number(m[1]))
        if (layout.byId.has(pid)) return pid
        if (layout.byId.has(tableNodeId(table))) return tableNodeId(table)
      }
      return DYNAMODB_ID
    }
    return DYNAMODB_ID
  }
  if (hop.service === 'dax') {
    const cluster = typeof hop.detail['cluster'] === 'string' ? hop.detail['cluster'] : trace.detail['cluster']
    if (typeof cluster !== 'string') return undefined
    const id = hop.component === 'item cache' || hop.component === 'query cache' ? daxCacheNodeId(cluster, hop.component) : daxNodeId(cluster)
    if (layout.byId.has(id)) return id
    return layout.byId.has(daxNodeId(cluster)) ? daxNodeId(cluster) : undefined
  }
  return layout.byId.has(hop.service) ? hop.service : undefined
}

/**
 * Keyframes of a trace. When a hop starts exactly when the previous one ended (router → partition hand-off,
 * no modeled network time), the token travels during the first half of that hop and dwells for the rest.
 */
export function keyframes(trace: Trace, layout: ArchLayout): Keyframe[] {
  const frames: Keyframe[] = [{ t: trace.start, node: CLIENT_ID }]
  const last = () => frames[frames.length - 1]!
  for (const hop of trace.hops) {
    const node = nodeForHop(hop, trace, layout)
    if (!node) continue
    if (node === CLIENT_ID) {
      // The response leg: travel back during the hop, arrive at its end.
      frames.push({ t: Math.max(hop.end, last().t), node })
      continue
    }
    if (node === last().node) {
      frames.push({ t: Math.max(hop.end, last().t), node })
      continue
    }
    const arrive = hop.start > last().t ? hop.start : hop.start + (hop.end - hop.start) / 2
    frames.push({ t: Math.max(arrive, last().t), node })
    frames.push({ t: Math.max(hop.end, last().t), node })
  }
  if (last().node !== CLIENT_ID) frames.push({ t: Math.max(trace.end, last().t), node: CLIENT_ID })
  return frames
}

/**
 * Shortest path of node ids from `from` to `to` over undirected edges. `[from]` when equal. Without
 * `byId`, fewest edges (BFS); with the layout's nodes, the shortest drawn distance between anchors
 * (Dijkstra), so a DAX response goes back through the DAX box rather than over the router, and a request
 * sent straight to DynamoDB keeps the direct edge.
 */
export function route(edges: ArchEdge[], from: string, to: string, byId?: Map<string, ArchNode>): string[] | undefined {
  if (from === to) return [from]
  if (byId) return shortestRoute(edges, from, to, byId)
  const prev = new Map<string, string>([[from, from]])
  const queue = [from]
  while (queue.length) {
    const cur = queue.shift()!
    for (const e of edges) {
      const next = e.from === cur ? e.to : e.to === cur ? e.from : undefined
      if (next === undefined || prev.has(next)) continue
      prev.set(next, cur)
      if (next === to) {
        const path = [to]
        while (path[0] !== from) path.unshift(prev.get(path[0]!)!)
        return path
      }
      queue.push(next)
    }
  }
  return undefined
}

function shortestRoute(edges: ArchEdge[], from: string, to: string, byId: Map<string, ArchNode>): string[] | undefined {
  const dist = new Map<string, number>([[from, 0]])
  const prev = new Map<string, string>()
  const done = new Set<string>()
  for (;;) {
    let cur: string | undefined
    for (const [id, d] of dist) if (!done.has(id) && (cur === undefined || d < dist.get(cur)!)) cur = id
    if (cur === undefined) return undefined
    if (cur === to) break
    done.add(cur)
    const a = byId.get(cur)?.anchor
    for (const e of edges) {
      const next = e.from === cur ? e.to : e.to === cur ? e.from : undefined
      if (next === undefined || done.has(next)) continue
      const b = byId.get(next)?.anchor
      const d = dist.get(cur)! + (a && b ? Math.hypot(b.x - a.x, b.y - a.y) : 1)
      if (d < (dist.get(next) ?? Infinity)) {
        dist.set(next, d)
        prev.set(next, cur)
      }
    }
  }
  const path = [to]
  while (path[0] !== from) path.unshift(prev.get(path[0]!)!)
  return path
}

/**
 * The cubic Bézier drawn for an edge from `a` to `b` (horizontal tangents, like d3.linkHorizontal), as
 * control points. The same curve is used for both directions.
 */
export function edgeCurve(a: Point, b: Point): [Point, Point, Point, Point] {
  const mx = (a.x + b.x) / 2
  return [a, { x: mx, y: a.y }, { x: mx, y: b.y }, b]
}

/** SVG path data of an edge. */
export function edgePath(a: Point, b: Point): string {
  const [p0, p1, p2, p3] = edgeCurve(a, b)
  return `M${p0.x},${p0.y}C${p1.x},${p1.y} ${p2.x},${p2.y} ${p3.x},${p3.y}`
}

/** Point at parameter `t` (0..1) of a cubic Bézier. */
export function bezierPoint([p0, p1, p2, p3]: [Point, Point, Point, Point], t: number): Point {
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const c = 3 * u * t * t
  const d = t * t * t
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y }
}

function curveLength(curve: [Point, Point, Point, Point]): number {
  let len = 0
  let prev = curve[0]
  for (let i = 1; i <= 16; i++) {
    const p = bezierPoint(curve, i / 16)
    len += Math.hypot(p.x - prev.x, p.y - prev.y)
    prev = p
  }
  return len
}

/** A keyframe-to-keyframe move, precomputed: the curves along the route and their lengths. */
export interface Leg {
  t0: number
  t1: number
  from: string
  to: string
  curves: [Point, Point, Point, Point][]
  lengths: number[]
  total: number
}

/**
 * The edges a journey may use: all of them, except that a request that goes through DAX never uses the
 * direct client → DynamoDB edge (DynamoDB answers DAX, which answers the client).
 */
export function routeEdges(frames: Keyframe[], layout: ArchLayout): ArchEdge[] {
  if (!frames.some((f) => f.node.startsWith('dax:'))) return layout.edges
  return layout.edges.filter((e) => !((e.from === CLIENT_ID && e.to === DYNAMODB_ID) || (e.from === DYNAMODB_ID && e.to === CLIENT_ID)))
}

/** Precomputes the legs of a token's journey for a layout. */
export function planLegs(frames: Keyframe[], layout: ArchLayout): Leg[] {
  const legs: Leg[] = []
  const edges = routeEdges(frames, layout)
  for (let i = 1; i < frames.length; i++) {
    const a = frames[i - 1]!
    const b = frames[i]!
    const path = route(edges, a.node, b.node, layout.byId) ?? [a.node, b.node]
    const curves: [Point, Point, Point, Point][] = []
    for (let k = 1; k < path.length; k++) {
      const na = layout.byId.get(path[k - 1]!)
      const nb = layout.byId.get(path[k]!)
      if (na && nb) curves.push(edgeCurve(na.anchor, nb.anchor))
    }
    const lengths = curves.map(curveLength)
    legs.push({ t0: a.t, t1: b.t, from: a.node, to: b.node, curves, lengths, total: lengths.reduce((x, y) => x + y, 0) })
  }
  return legs
}

/** The token's position at virtual time `t` (clamped to the journey). */
export function positionAt(legs: Leg[], layout: ArchLayout, t: number): Point {
  const origin = layout.byId.get(CLIENT_ID)?.anchor ?? { x: 0, y: 0 }
  if (!legs.length) return origin
  let leg = legs[legs.length - 1]!
  for (const l of legs) {
    if (t < l.t1) {
      leg = l
      break
    }
  }
  const f = leg.t1 > leg.t0 ? Math.min(1, Math.max(0, (t - leg.t0) / (leg.t1 - leg.t0))) : t >= leg.t1 ? 1 : 0
  if (f <= 0 || f >= 1 || !leg.curves.length || leg.total === 0) return layout.byId.get(f < 1 ? leg.from : leg.to)?.anchor ?? origin
  let dist = f * leg.total
  for (let i = 0; i < leg.curves.length; i++) {
    const len = leg.lengths[i]!
    if (dist <= len || i === leg.curves.length - 1) return bezierPoint(leg.curves[i]!, len > 0 ? Math.min(1, dist / len) : 1)
    dist -= len
  }
  return origin
}

/** The node the token is dwelling at (being processed there) at virtual time `t`, if any. */
export function dwellingAt(legs: Leg[], t: number): string | undefined {
  const leg = legs.find((l) => t >= l.t0 && t < l.t1)
  return leg && leg.from === leg.to ? leg.from : undefined
}

/** Nodes and edges a trace passes through (to highlight the selected trace's path). */
export function tracePath(trace: Trace, layout: ArchLayout): { nodes: Set<string>; edges: Set<string> } {
  const frames = keyframes(trace, layout)
  const routed = routeEdges(frames, layout)
  const nodes = new Set<string>()
  const edges = new Set<string>()
  for (let i = 0; i < frames.length; i++) {
    nodes.add(frames[i]!.node)
    if (i === 0) continue
    const path = route(routed, frames[i - 1]!.node, frames[i]!.node, layout.byId) ?? []
    for (let k = 1; k < path.length; k++) {
      const a = path[k - 1]!
      const b = path[k]!
      const e = layout.edges.find((x) => (x.from === a && x.to === b) || (x.from === b && x.to === a))
      if (e) edges.add(e.id)
      nodes.add(b)
    }
  }
  return { nodes, edges }
}

/** The virtual time at which the request's outcome was decided: the end of its last non-client hop. */
export function decisiveTime(trace: Trace): number {
  for (let i = trace.hops.length - 1; i >= 0; i--) {
    const hop = trace.hops[i]!
    if (hop.service !== 'client') return hop.end
  }
  return trace.end
}
