/**
 * A plain decimal string ("338.62", "0.07", "85.", ".5") times 10^places, read as the exact decimal
 * and rounded to a double once: 0.07亿 is 700 万元, where 0.07 * 10000 is 700.0000000000001.
 */
export const shiftDecimal = (digits: string, places: number): number => Number(`${digits}e${places}`)

/** The power of ten that takes an amount in each unit to 万元. */
export const PLACES_TO_WAN: Readonly<Record<string, number>> = { 元: -4, 万: 0, 万元: 0, 亿: 4, 亿元: 4 }
