import { scaleLinear, select, type Selection } from 'd3'
import type { PartitionView } from './physicsView.ts'
import { ringFraction } from './physicsView.ts'

export interface PartitionMapModel {
  partitions: PartitionView[]
  /** Which dimension the bars show. */
  dimension: 'read' | 'write'
  selectedId: number | undefined
  /** Ring positions (0..2^32) of item keys, drawn as ticks (at most a few hundred). */
  keyTicks: number[]
}

export interface PartitionMap {
  update(model: PartitionMapModel): void
  destroy(): void
}

export interface PartitionMapOptions {
  onSelect(id: number): void
}

const W = 760
const H = 250
const RING_Y = 200
const BAR_TOP = 34
const M = { left: 16, right: 16 }

type G = Selection<SVGGElement, unknown, null, undefined>

/**
 * The partition map, drawn with d3 outside React: the 32-bit hash ring unrolled as a band along the
 * bottom, each partition owning a contiguous range of it; above each range a bar of the partition's
 * consumed units per second against its share (dashed line), its item count, and a glow when it is hot:
 * orange while it runs over its share on burst credit, purple once it throttles. Clicking a partition selects it (the panel lists its keys).
 */
export function createPartitionMap(svg: SVGSVGElement, opts: PartitionMapOptions): PartitionMap {
  // A group, not an image: the partitions inside are buttons.
  const root = select(svg).attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'group').attr('aria-label', 'Partition map').classed('pmap', true)
  const defs = root.append('defs')
  const glow = defs.append('filter').attr('id', 'pmap-glow').attr('x', '-30%').attr('y', '-30%').attr('width', '160%').attr('height', '160%')
  glow.append('feGaussianBlur').attr('stdDeviation', 5).attr('result', 'blur')
  const merge = glow.append('feMerge')
  merge.append('feMergeNode').attr('in', 'blur')
  merge.append('feMergeNode').attr('in', 'SourceGraphic')
  const partsG: G = root.append('g')
  const ticksG: G = root.append('g').attr('class', 'pmap-keys')
  root.append('text').attr('class', 'pmap-ring-label').attr('x', M.left).attr('y', H - 8).text('hash ring: 0')
  root.append('text').attr('class', 'pmap-ring-label').attr('x', W - M.right).attr('y', H - 8).attr('text-anchor', 'end').text('2³²')
  const x = scaleLinear().domain([0, 1]).range([M.left, W - M.right])

  return {
    update(model) {
      const read = model.dimension === 'read'
      const rate = (p: PartitionView) => (read ? p.readPerSecond : p.writePerSecond)
      const share = (p: PartitionView) => (read ? p.rcu : p.wcu)
      const yMax = Math.max(1, ...model.partitions.map((p) => Math.max(rate(p), share(p)))) * 1.15
      const y = scaleLinear().domain([0, yMax]).range([RING_Y - 6, BAR_TOP])

      const g = partsG
        .selectAll<SVGGElement, PartitionView>('g.pmap-part')
        .data(model.partitions, (p) => String(p.id))
        .join((enter) => {
          const e = enter.append('g').attr('class', 'pmap-part').attr('tabindex', 0).attr('role', 'button')
          e.append('rect').attr('class', 'pmap-range')
          e.append('rect').attr('class', 'pmap-bar')
          e.append('line').attr('class', 'pmap-share')
          e.append('text').attr('class', 'pmap-title')
          e.append('text').attr('class', 'pmap-sub')
          return e
        })
      g.attr('data-testid', (p) => `partition-${p.id}`)
        .attr('data-hot', (p) => String(p.hot))
        .attr('aria-label', (p) => `Partition ${p.id}: ${p.items} items, ${rate(p).toFixed(1)} of ${share(p)} units per second${p.hot ? ', hot' : ''}`)
        .classed('pmap-part--hot', (p) => p.hot)
        .classed('pmap-part--throttling', (p) => p.throttles > 0)
        .classed('pmap-part--selected', (p) => p.id === model.selectedId)
        .on('click', (_e, p) => opts.onSelect(p.id))
        .on('keydown', (e: KeyboardEvent, p) => {
          if (e.key === 'Enter' || e.key === ' ') opts.onSelect(p.id)
        })
      const x0 = (p: PartitionView) => x(ringFraction(p.start)) + 2
      const w = (p: PartitionView) => Math.max(4, x(ringFraction(p.end)) - x(ringFraction(p.start)) - 4)
      g.select('rect.pmap-range').attr('x', x0).attr('width', w).attr('y', RING_Y).attr('height', 18).attr('rx', 3)
      g.select('rect.pmap-bar')
        .attr('x', (p) => x0(p) + w(p) * 0.2)
        .attr('width', (p) => w(p) * 0.6)
        .attr('y', (p) => y(rate(p)))
        .attr('height', (p) => RING_Y - 6 - y(rate(p)))
        .attr('filter', (p) => (p.hot ? 'url(#pmap-glow)' : null))
      g.select('line.pmap-share')
        .attr('x1', x0)
        .attr('x2', (p) => x0(p) + w(p))
        .attr('y1', (p) => y(share(p)))
        .attr('y2', (p) => y(share(p)))
      // A split can leave partitions too narrow for the full labels: they get the short form (the bar's
      // aria-label and the keys list keep the details).
      const narrow = (p: PartitionView) => w(p) < NARROW_PX
      g.select('text.pmap-title')
        .attr('x', (p) => x0(p) + w(p) / 2)
        .attr('y', 14)
        .attr('text-anchor', 'middle')
        .text((p) => (narrow(p) ? `P${p.id}` : `P${p.id} · ${p.items} items`))
      g.select('text.pmap-sub')
        .attr('x', (p) => x0(p) + w(p) / 2)
        .attr('y', 29)
        .attr('text-anchor', 'middle')
        .text((p) =>
          narrow(p)
            ? `${rate(p).toFixed(0)}/${units(share(p))}`
            : `${rate(p).toFixed(1)} / ${units(share(p))} ${read ? 'RCU' : 'WCU'}/s${p.throttles ? ` · ${p.throttles} throttled` : ''}`,
        )

      ticksG
        .selectAll<SVGLineElement, number>('line')
        .data(model.keyTicks)
        .join('line')
        .attr('x1', (h) => x(ringFraction(h)))
        .attr('x2', (h) => x(ringFraction(h)))
        .attr('y1', RING_Y + 2)
        .attr('y2', RING_Y + 16)
    },
    destroy() {
      root.selectAll('*').remove()
    },
  }
}

/** Partitions narrower than this (px of the 800-wide view box) get the short labels. */
const NARROW_PX = 150

/** A share in units/s: whole numbers as they are, others to one decimal (an uneven split gives 499.875). */
function units(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1)
}

