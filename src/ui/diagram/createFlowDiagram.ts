import { select, type Selection } from 'd3'
import type { Trace } from '../../engine/trace.ts'
import type { DaxClusterView, TableView } from '../store/simSlice.ts'
import { buildArchitecture, CLIENT_ID, layoutArchitecture, type ArchLayout, type ArchNode } from './layout.ts'
import { dwellingAt, edgePath, keyframes, planLegs, positionAt, tracePath, type Leg } from './tokenPath.ts'
import { admitTraces, tokenFrame, tokenLabel, tokenOutcome, type TokenTiming } from './playback.ts'
import { architectureSummary, overflowLabel } from './summary.ts'

/** What the diagram draws: a mirror of the store. */
export interface FlowModel {
  tables: TableView[]
  /** DAX clusters, drawn between the client and DynamoDB. @default none */
  daxClusters?: DaxClusterView[]
  /** Recent traces, oldest first. */
  traces: Trace[]
  /** Virtual ms. */
  now: number
  selectedTraceId?: string
  /** Slow motion (each new token takes ≥ 1.5 s of wall time). @default true */
  slowMotion?: boolean
}

export interface FlowDiagramOptions {
  onSelectTrace(id: string): void
  /** Overrides the `prefers-reduced-motion` media query (tests, demos). */
  reducedMotion?: boolean
}

export interface FlowDiagram {
  update(model: FlowModel): void
  destroy(): void
}

interface Token {
  id: string
  trace: Trace
  timing: TokenTiming
  legs: Leg[]
  layoutVersion: number
  x: number
  y: number
  opacity: number
  moving: boolean
  label: string
}

/** Only the newest token carries its "GetItem 11.8 ms" label (more would pile up on the client). */
const LABELLED_TOKENS = 1
/** Wall ms an overflow (not animated) request stays counted in the aggregate note. */
const OVERFLOW_WINDOW_MS = 3000
const TOKEN_RADIUS = 9
const LABEL_CHAR_WIDTH = 9.2

type G = Selection<SVGGElement, unknown, null, undefined>

/**
 * Draws the architecture view into `svg` with d3, outside React's render (STYLE.md §7 D): nodes (client,
 * DynamoDB request router, each table with its partitions as bars) and edges from a node/edge model,
 * and one token per recent request that travels hop by hop, coloured by outcome. Runs its own
 * requestAnimationFrame loop while tokens are alive; `destroy()` stops it and removes what it drew.
 */
export function createFlowDiagram(svg: SVGSVGElement, opts: FlowDiagramOptions): FlowDiagram {
  const root = select(svg).attr('role', 'img').classed('arch-svg', true).attr('preserveAspectRatio', 'xMidYMin meet')
  const edgesG: G = root.append('g').attr('class', 'arch-edges')
  const nodesG: G = root.append('g').attr('class', 'arch-nodes')
  const tokensG: G = root.append('g').attr('class', 'arch-tokens')
  // Labels live in their own layer so a token's bounding box (and click point) is just its circle.
  const labelsG: G = root.append('g').attr('class', 'arch-token-labels')
  const aggregate = root.append('text').attr('class', 'arch-aggregate').attr('text-anchor', 'end')

  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined
  let reduced = opts.reducedMotion ?? media?.matches ?? false
  const onMedia = (e: MediaQueryListEvent) => {
    if (opts.reducedMotion === undefined) reduced = e.matches
  }
  media?.addEventListener('change', onMedia)

  let layout: ArchLayout | undefined
  let layoutKey = ''
  let labelKey = ''
  let layoutVersion = 0
  let model: FlowModel | undefined
  let initialized = false
  let seen = new Set<string>()
  const tokens = new Map<string, Token>()
  let overflow: { wall: number; outcome: Trace['outcome'] }[] = []
  let raf = 0
  let destroyed = false
  let ariaLabel = ''
  let lastTraceKey = ''
  let lastBusyKey = ''

  function drawStatic(l: ArchLayout) {
    root.attr('viewBox', `0 0 ${l.width} ${l.height}`)
    lastBusyKey = '' // node classes are rewritten below
    aggregate.attr('x', l.width - 8).attr('y', l.height - 8)
    const anchor = (id: string) => l.byId.get(id)!.anchor
    edgesG
      .selectAll<SVGPathElement, (typeof l.edges)[number]>('path')
      .data(l.edges, (d) => d.id)
      .join('path')
      .attr('class', 'arch-edge')
      .attr('d', (d) => edgePath(anchor(d.from), anchor(d.to)))
    const nodes = nodesG
      .selectAll<SVGGElement, ArchNode>('g.arch-node')
      .data(l.nodes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g')
        g.append('title')
        g.append('rect')
        g.append('text').attr('class', 'arch-label')
        g.append('text').attr('class', 'arch-sublabel')
        return g
      })
      .attr('class', (d) => `arch-node arch-node--${d.kind}`)
      .attr('data-node-id', (d) => d.id)
      .attr('transform', (d) => `translate(${d.x},${d.y})`)
    nodes.select('title').text((d) => d.title ?? d.label)
    nodes
      .select('rect')
      .attr('width', (d) => d.w)
      .attr('height', (d) => d.h)
      .attr('rx', (d) => (d.kind === 'slot' || d.kind === 'cache' ? 4 : d.kind === 'stream' ? d.h / 2 : 8))
    const centred = (d: ArchNode) => d.kind === 'client' || d.kind === 'service' || d.kind === 'placeholder'
    // Partitions and caches: text right of where tokens sit; a cache has its hit/miss counts on a second line.
    const labelX = (d: ArchNode) => (centred(d) ? d.w / 2 : d.kind === 'slot' || d.kind === 'cache' ? 30 : d.kind === 'stream' ? 12 : 10)
    const labelY = (d: ArchNode) =>
      centred(d) ? (d.sublabel ? d.h / 2 - 3 : d.h / 2 + 6) : d.kind === 'slot' || d.kind === 'stream' ? d.h / 2 + 5 : d.kind === 'cache' ? 16 : 21
    nodes
      .select<SVGTextElement>('text.arch-label')
      .text((d) => d.label)
      .attr('text-anchor', (d) => (centred(d) ? 'middle' : 'start'))
      .attr('x', labelX)
      .attr('y', labelY)
      .attr('display', (d) => (d.kind === 'slot' && d.h < 20 ? 'none' : null))
    nodes
      .select<SVGTextElement>('text.arch-sublabel')
      .text((d) => d.sublabel ?? '')
      .attr('text-anchor', (d) => (centred(d) ? 'middle' : 'start'))
      .attr('x', (d) => (d.kind === 'cache' ? 30 : centred(d) ? d.w / 2 : 10))
      .attr('y', (d) => (centred(d) ? d.h / 2 + 17 : d.kind === 'cache' ? 33 : 40))
  }

  function drawSelection() {
    const selected = model?.selectedTraceId ? model.traces.find((t) => t.id === model!.selectedTraceId) : undefined
    const path = selected && layout ? tracePath(selected, layout) : undefined
    edgesG.selectAll<SVGPathElement, { id: string }>('path').classed('arch-edge--on-path', (d) => !!path?.edges.has(d.id))
    nodesG.selectAll<SVGGElement, ArchNode>('g.arch-node').classed('arch-node--on-path', (d) => !!path?.nodes.has(d.id))
  }

  function drawTokens(wall: number) {
    if (!layout || !model) return
    const busy = new Set<string>()
    for (const tok of tokens.values()) {
      if (tok.layoutVersion !== layoutVersion) {
        tok.legs = planLegs(keyframes(tok.trace, layout), layout)
        tok.layoutVersion = layoutVersion
      }
      const f = tokenFrame(tok.trace, tok.timing, wall, model.now)
      if (f.done) {
        tokens.delete(tok.id)
        continue
      }
      const p = positionAt(tok.legs, layout, f.playhead)
      const at = f.moving ? dwellingAt(tok.legs, f.playhead) : undefined
      if (at) busy.add(at)
      tok.x = p.x
      tok.y = p.y
      tok.opacity = f.opacity
      tok.moving = f.moving
    }
    const list = [...tokens.values()]
    // Light up the router / partition while a request is being processed there.
    const busyKey = [...busy].sort().join('|')
    if (busyKey !== lastBusyKey) {
      lastBusyKey = busyKey
      nodesG.selectAll<SVGGElement, ArchNode>('g.arch-node').classed('arch-node--busy', (d) => busy.has(d.id))
    }
    const client = layout.byId.get(CLIENT_ID)
    const restsAtClient = (t: Token) => !t.moving && t.timing.mode !== 'reduced'
    const labelled = new Set(list.slice(-LABELLED_TOKENS).map((t) => t.id))
    const selectedId = model.selectedTraceId
    const joined = tokensG
      .selectAll<SVGGElement, Token>('g.arch-token')
      .data(list, (d) => d.id)
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('data-testid', 'trace-token')
          .attr('data-trace-id', (d) => d.id)
          .attr('data-outcome', (d) => d.trace.outcome)
          .attr('data-cache', (d) => (tokenOutcome(d.trace) === 'hit' ? 'hit' : null))
        g.append('title').text((d) => `${d.trace.id}: ${d.label} (${tokenOutcome(d.trace) === 'hit' ? 'DAX cache hit' : d.trace.outcome}) — click for its trace`)
        g.append('circle').attr('class', 'arch-token-hit').attr('r', TOKEN_RADIUS + 6)
        g.append('circle').attr('class', 'arch-token-dot').attr('r', TOKEN_RADIUS)
        g.on('click', (event: MouseEvent, d) => {
          event.stopPropagation()
          opts.onSelectTrace(d.id)
        })
        return g
      })
      .attr('class', (d) => `arch-token arch-token--${tokenOutcome(d.trace)}${d.id === selectedId ? ' arch-token--selected' : ''}`)
      .attr('transform', (d) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`)
      .attr('opacity', (d) => d.opacity.toFixed(3))
    joined.filter((d) => d.id === selectedId).raise()
    labelsG
      .selectAll<SVGTextElement, Token>('text')
      .data(list.filter((t) => labelled.has(t.id)), (d) => d.id)
      .join((enter) => enter.append('text').attr('class', 'arch-token-label').attr('text-anchor', 'middle'))
      .text((d) => d.label)
      .attr('x', (d) => {
        const half = (d.label.length * LABEL_CHAR_WIDTH) / 2 + 2
        const x = restsAtClient(d) && client ? client.x + client.w / 2 : d.x
        return Math.min(layout!.width - half, Math.max(half, x)).toFixed(1)
      })
      // Travelling: above the token. Back at the client: under the client box, clear of its labels.
      .attr('y', (d) => (restsAtClient(d) && client ? client.y + client.h + 20 : d.y - TOKEN_RADIUS - 7).toFixed(1))
      .attr('opacity', (d) => d.opacity.toFixed(3))
    overflow = overflow.filter((o) => wall - o.wall < OVERFLOW_WINDOW_MS)
    aggregate.text(overflowLabel(overflow.map((o) => o.outcome)))
  }

  function frame() {
    raf = 0
    if (destroyed) return
    drawTokens(performance.now())
    if (tokens.size || overflow.length) raf = requestAnimationFrame(frame)
  }

  function ensureLoop() {
    if (!raf && !destroyed && (tokens.size || overflow.length)) raf = requestAnimationFrame(frame)
  }

  function admit(m: FlowModel, wall: number) {
    if (!initialized) {
      // Traces that existed before the view opened (a reloaded workspace) are history, not motion.
      initialized = true
      seen = new Set(m.traces.map((t) => t.id))
      return
    }
    const fresh = m.traces.filter((t) => !seen.has(t.id))
    seen = new Set(m.traces.map((t) => t.id))
    if (!fresh.length || !layout) return
    const resting = [...tokens.values()].filter((t) => !t.moving)
    const { animate, overflow: extra, evict } = admitTraces(fresh, { total: tokens.size, resting: resting.length }, m.now)
    for (const t of resting.slice(0, evict)) tokens.delete(t.id)
    const mode = reduced ? 'reduced' : m.slowMotion === false ? 'virtual' : 'slow'
    for (const trace of animate) {
      const start = layout.byId.get(CLIENT_ID)!.anchor
      tokens.set(trace.id, {
        id: trace.id,
        trace,
        timing: { mode, bornWall: wall },
        legs: planLegs(keyframes(trace, layout), layout),
        layoutVersion,
        x: start.x,
        y: start.y,
        opacity: 1,
        moving: true,
        label: tokenLabel(trace),
      })
    }
    for (const t of extra) overflow.push({ wall, outcome: t.outcome })
  }

  return {
    update(m) {
      if (destroyed) return
      model = m
      const dax = m.daxClusters ?? []
      // Geometry changes (a table, a partition, a cluster, a stream) re-plan the tokens; label changes (item
      // counts, DAX hit counts) only redraw the nodes.
      const key = JSON.stringify([m.tables.map((t) => [t.name, t.partitionCount, t.streamViewType !== undefined]), dax.map((c) => c.name)])
      const labels = JSON.stringify([m.tables.map((t) => [t.status, t.itemCount, t.billingMode, t.readCapacityUnits, t.writeCapacityUnits, t.sizeBytes, t.streamViewType]), dax])
      if (!layout || key !== layoutKey || labels !== labelKey) {
        layout = layoutArchitecture(buildArchitecture(m.tables, dax))
        if (key !== layoutKey) layoutVersion++
        layoutKey = key
        labelKey = labels
        drawStatic(layout)
        drawSelection() // drawStatic rewrote the node classes
      }
      const wall = performance.now()
      // The store updates on every clock tick; only look at traces and the selection when they changed.
      const traceKey = `${m.traces.length}:${m.traces[m.traces.length - 1]?.id ?? ''}:${m.selectedTraceId ?? ''}:${layoutVersion}`
      if (traceKey !== lastTraceKey) {
        lastTraceKey = traceKey
        admit(m, wall)
        drawSelection()
        const label = architectureSummary(m.tables, m.traces, dax)
        if (label !== ariaLabel) root.attr('aria-label', (ariaLabel = label))
      }
      drawTokens(wall)
      ensureLoop()
    },
    destroy() {
      destroyed = true
      if (raf) cancelAnimationFrame(raf)
      raf = 0
      media?.removeEventListener('change', onMedia)
      tokens.clear()
      root.selectAll('*').remove()
    },
  }
}
