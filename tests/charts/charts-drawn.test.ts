import { afterAll, describe, expect, it, vi } from 'vitest'
import { chartMounted, chartSettled, chartsDrawn, chartsFailed, chartsPanelMounted } from '../../src/charts/charts-drawn.ts'

afterAll(() => {
  vi.unstubAllGlobals()
})

/** Whether chartsDrawn() resolves within the microtasks now queued. */
async function isDrawn(): Promise<boolean> {
  let drawn = false
  void chartsDrawn().then(() => {
    drawn = true
  })
  for (let i = 0; i < 3; i++) await Promise.resolve()
  return drawn
}

describe('chartsDrawn', () => {
  it('resolves a frame after the panel mounted its charts and each has its first option, while the panel stays', async () => {
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    const runFrames = () => {
      for (const frame of frames.splice(0)) frame(0)
    }

    // Charts mount before their panel's effect runs: a chart drawn before then is not enough.
    chartMounted()
    chartSettled()
    expect(frames).toHaveLength(0)
    expect(await isDrawn()).toBe(false)

    chartMounted()
    chartMounted()
    const unmountPanel = chartsPanelMounted()
    chartSettled()
    expect(frames).toHaveLength(0)
    chartSettled()
    expect(frames).toHaveLength(1)
    expect(await isDrawn()).toBe(false)
    runFrames()
    expect(await isDrawn()).toBe(true)

    // A chart mounted later is waited for too.
    chartMounted()
    expect(await isDrawn()).toBe(false)
    chartSettled()
    runFrames()
    expect(await isDrawn()).toBe(true)

    unmountPanel()
    runFrames()
    expect(await isDrawn()).toBe(false)
  })

  it('resolves at once while the charts have failed to load', async () => {
    expect(await isDrawn()).toBe(false)
    const recovered = chartsFailed()
    expect(await isDrawn()).toBe(true)
    recovered()
    expect(await isDrawn()).toBe(false)
  })
})
