import { describe, expect, it } from 'vitest'
import { builtinNumberFormat, formatNumber } from '../../../src/ingest/tables/number-format.ts'

describe('formatNumber: General', () => {
  it.each([
    [0.30000000000000004, '0.3'],
    [0.1 + 0.7, '0.8'],
    [1063.99, '1063.99'],
    [42, '42'],
    [-1.5, '-1.5'],
    [0, '0'],
    [123456789012345, '123456789012345'],
    [1234567890123456, '1.23456789012346E+15'],
    [1e15, '1E+15'],
    [999999999999999, '999999999999999'],
    [123456.7890123456, '123456.789012346'],
    [1e20, '1E+20'],
    [0.000012345, '0.000012345'],
    [1e-10, '1E-10'],
    [-2.5e-12, '-2.5E-12'],
    [Number.NaN, '#NUM!'],
  ])('%s → %s', (value, text) => {
    expect(formatNumber(value, 'General')).toBe(text)
  })
})

describe('formatNumber: fixed decimals, thousands, percent, scientific, literals', () => {
  it.each([
    [1234.5, '0', '1235'],
    [2.675, '0.00', '2.68'], // 2.675 is 2.67499999… as a double; Excel rounds its 15-digit decimal
    [1.005, '0.00', '1.01'],
    [-2.5, '0', '-3'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [1234.5, '#,##0', '1,235'],
    [999.5, '#,##0', '1,000'],
    [0, '#,##0.00', '0.00'],
    [0.5, '#,###', '1'],
    [0.4, '#,###', ''],
    [12, '#.##', '12.'],
    [0.5, '.00', '.50'],
    [1.5, '0.0?', '1.5'],
    [1.25, '0.0#', '1.25'],
    [1234, '000-0000', '000-1234'],
    [7, '00000', '00007'],
    [1234567, '#,##0,', '1,235'],
    [1234567, '0.0,,"百万"', '1.2百万'],
    [0.8619, '0.00%', '86.19%'],
    [0.86, '0%', '86%'],
    [0.0819, '0.00%', '8.19%'],
    [1.2345, '0.0%', '123.5%'],
    [0.145, '0%', '15%'],
    [-0.25, '0%', '-25%'],
    [12345, '0.00E+00', '1.23E+04'],
    [99999, '0.00E+00', '1.00E+05'],
    [0.00012, '0.00E+00', '1.20E-04'],
    [0, '0.00E+00', '0.00E+00'],
    [12345, '##0.0E+0', '12.3E+3'],
    [3, '0"万元"', '3万元'],
    [1234.5, '#,##0.00"元"', '1,234.50元'],
    [-5, '"¥"#,##0.00;"¥"\\-#,##0.00', '¥-5.00'],
    [-5, '"¥"#,##0.00', '-¥5.00'],
    [-5, '#,##0.00;[Red](#,##0.00)', '(5.00)'],
    [5, '#,##0.00;[Red](#,##0.00)', '5.00'],
    [0, '0.00;-0.00;"零"', '零'],
    [0, '0;-0;;@', ''],
    [7, '[$¥-804]#,##0.00', '¥7.00'],
    [0.25, '[$-804]0%', '25%'],
    [1234.5, '[Blue]#,##0.0', '1,234.5'],
    [-0.001, '0.00', '0.00'],
    [42, '@', '42'],
    [0.5, 'General"分"', '0.5分'],
  ])('%s as %s → %s', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text)
  })

  it.each([
    [43, 1234.5, '1,234.50'],
    [43, -1234.5, '-1,234.50'],
    [43, 0, '-'],
    [44, 1234.5, '¥1,234.50'], // the fill (* ) between symbol and number is layout, not text
    [41, 1234.5, '1,235'],
  ])('accounting built-in %s shows %s as %s', (id, value, text) => {
    expect(formatNumber(value, builtinNumberFormat(id))).toBe(text)
  })

  it.each([
    [5, '# ?/?'], // fractions
    [150, '[>100]0;0.00'], // conditions
    [123, '[DBNum1]General'], // Chinese numerals
  ])('%s as %s, a format this does not model, shows as General', (value, format) => {
    expect(formatNumber(value, format)).toBe(String(value))
  })
})

describe('formatNumber: dates and times in ISO form', () => {
  it.each([
    [45366, 'yyyy\\-mm\\-dd', '2024-03-15'],
    [45366, 'yyyy/m/d', '2024-03-15'],
    [45291, 'yyyy\\年m\\月d\\日', '2023-12-31'],
    [45291, 'yyyy"年"m"月"d"日"', '2023-12-31'],
    [45291, 'yyyy"年"m"月"', '2023-12'],
    [45291, 'm"月"d"日"', '12-31'],
    [45291, 'd-mmm-yy', '2023-12-31'],
    [45291, '[$-F800]dddd, mmmm dd, yyyy', '2023-12-31'],
    [45291.5, 'yyyy/m/d h:mm', '2023-12-31 12:00'],
    [45291.75, 'yyyy-mm-dd hh:mm:ss', '2023-12-31 18:00:00'],
    [0.75, 'h:mm:ss', '18:00:00'],
    [0.5208333333333334, 'h:mm AM/PM', '12:30'],
    [0.5208333333333334, '上午/下午h"时"mm"分"', '12:30'],
    [1.25, '[h]:mm', '30:00'],
    [0.999999, 'yyyy-mm-dd hh:mm', '1900-01-01 00:00'],
    [1, 'yyyy-mm-dd', '1900-01-01'],
    [59, 'yyyy-mm-dd', '1900-02-28'],
    [60, 'yyyy-mm-dd', '1900-02-29'], // Excel's leap-year bug: a day that never was
    [61, 'yyyy-mm-dd', '1900-03-01'],
    [2958465, 'yyyy-mm-dd', '9999-12-31'],
    [-1, 'yyyy-mm-dd', '-1'], // no date: General
  ])('%s as %s → %s', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text)
  })

  it.each([
    [0, '1904-01-01'],
    [43904, '2024-03-15'],
  ])('in the 1904 date system %s is %s', (value, text) => {
    expect(formatNumber(value, 'yyyy-mm-dd', true)).toBe(text)
  })
})

describe('builtinNumberFormat', () => {
  it.each([
    [0, 'General'],
    [2, '0.00'],
    [4, '#,##0.00'],
    [9, '0%'],
    [10, '0.00%'],
    [14, 'yyyy/m/d'],
    [31, 'yyyy"年"m"月"d"日"'],
    [49, '@'],
    [100, 'General'],
  ])('%s → %s', (id, code) => {
    expect(builtinNumberFormat(id)).toBe(code)
  })
})
