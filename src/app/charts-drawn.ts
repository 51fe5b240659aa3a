/** Resolves once the charts have been mounted and drawn for the first time (see ChartsPanel). */
let markDrawn: () => void = () => {}
export const chartsDrawn: Promise<void> = new Promise((resolve) => {
  markDrawn = resolve
})

export function markChartsDrawn(): void {
  markDrawn()
}
