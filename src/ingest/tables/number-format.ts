/**
 * A spreadsheet number as its number format shows it: '0.00%' shows 0.8619 as '86.19%', '#,##0.00'
 * shows 1234.5 as '1,234.50'. Digits come from the number's 15-significant-digit decimal form (what
 * Excel shows), and rounding and percent shifts work on that decimal string, never by float
 * arithmetic. Dates and times come out in ISO form (2024-03-15, 14:30, 2024-03-15 14:30:00),
 * whatever the format's own layout. Formats this does not model (fractions, conditions, [DBNum])
 * fall back to General.
 */

/**
 * Built-in format ids (ECMA-376 18.8.30). Where the standard leaves a built-in to the locale
 * (5–8, 14, 22, 27–36, 41–44, 50–58), the zh-CN Excel's codes.
 */
const BUILTIN_FORMATS: ReadonlyMap<number, string> = new Map([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [5, '"¥"#,##0;"¥"\\-#,##0'],
  [6, '"¥"#,##0;[Red]"¥"\\-#,##0'],
  [7, '"¥"#,##0.00;"¥"\\-#,##0.00'],
  [8, '"¥"#,##0.00;[Red]"¥"\\-#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'yyyy/m/d'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'yyyy/m/d h:mm'],
  [27, 'yyyy"年"m"月"'],
  [28, 'm"月"d"日"'],
  [29, 'm"月"d"日"'],
  [30, 'm-d-yy'],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"时"mm"分"'],
  [33, 'h"时"mm"分"ss"秒"'],
  [34, '上午/下午h"时"mm"分"'],
  [35, '上午/下午h"时"mm"分"ss"秒"'],
  [36, 'yyyy"年"m"月"'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00;(#,##0.00)'],
  [40, '#,##0.00;[Red](#,##0.00)'],
  [41, '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ '],
  [42, '_ "¥"* #,##0_ ;_ "¥"* \\-#,##0_ ;_ "¥"* "-"_ ;_ @_ '],
  [43, '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '],
  [44, '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ '],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mm:ss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
  [50, 'yyyy"年"m"月"'],
  [51, 'm"月"d"日"'],
  [52, 'yyyy"年"m"月"'],
  [53, 'm"月"d"日"'],
  [54, 'm"月"d"日"'],
  [55, '上午/下午h"时"mm"分"'],
  [56, '上午/下午h"时"mm"分"ss"秒"'],
  [57, 'yyyy"年"m"月"'],
  [58, 'm"月"d"日"'],
])

/** The code of a built-in number format id; 'General' for an id with no built-in meaning. */
export function builtinNumberFormat(id: number): string {
  return BUILTIN_FORMATS.get(id) ?? 'General'
}

// ---------------------------------------------------------------------------------------------
// Decimal strings

/** A non-negative decimal: digits without leading or trailing zeros; the value is 0.DIGITS × 10^point. */
interface Decimal {
  digits: string
  point: number
}

/** |value| to 15 significant digits, as Excel keeps and shows numbers. */
function toDecimal(value: number): Decimal {
  if (value === 0) return { digits: '', point: 0 }
  // JavaScript's shortest form, when it has at most 15 significant digits, is the 15-digit rounding
  const plain = String(Math.abs(value))
  if (!plain.includes('e') && significantDigits(plain) <= 15) {
    const dot = plain.indexOf('.')
    return dot === -1 ? normalise(plain, plain.length) : normalise(plain.slice(0, dot) + plain.slice(dot + 1), dot)
  }
  const text = Math.abs(value).toPrecision(15)
  const [mantissa = '', exponentText] = text.split('e')
  const dot = mantissa.indexOf('.')
  const intPart = dot === -1 ? mantissa : mantissa.slice(0, dot)
  const all = intPart + (dot === -1 ? '' : mantissa.slice(dot + 1))
  const exponent = exponentText === undefined ? 0 : Number(exponentText)
  return normalise(all, intPart.length + exponent)
}

function normalise(digits: string, point: number): Decimal {
  let start = 0
  while (start < digits.length && digits.charCodeAt(start) === 48) start++
  let end = digits.length
  while (end > start && digits.charCodeAt(end - 1) === 48) end--
  if (start === end) return { digits: '', point: 0 }
  return { digits: digits.slice(start, end), point: point - start }
}

function shift(decimal: Decimal, places: number): Decimal {
  return decimal.digits === '' ? decimal : { digits: decimal.digits, point: decimal.point + places }
}

/** Rounds half away from zero to `places` digits after the point. */
function roundDecimal(decimal: Decimal, places: number): Decimal {
  const keep = decimal.point + places
  if (keep >= decimal.digits.length) return decimal
  if (keep < 0) return { digits: '', point: 0 }
  const kept = decimal.digits.slice(0, keep)
  if (decimal.digits.charCodeAt(keep) < 53) return normalise(kept, decimal.point)
  const chars = kept.split('')
  let i = chars.length - 1
  while (i >= 0 && chars[i] === '9') chars[i--] = '0'
  if (i < 0) return normalise(`1${chars.join('')}`, decimal.point + 1)
  chars[i] = String(Number(chars[i]) + 1)
  return normalise(chars.join(''), decimal.point)
}

/** The integer digits ('' for none) and `places` fraction digits (zero-padded) of a decimal. */
function splitDecimal(decimal: Decimal, places: number): { int: string; frac: string } {
  const { digits, point } = decimal
  const int = point <= 0 ? '' : digits.slice(0, point).padEnd(point, '0')
  const fracDigits = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits
  return { int, frac: fracDigits.slice(0, places).padEnd(places, '0') }
}

function significantDigits(plain: string): number {
  let count = 0
  let leading = true
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i)
    if (c < 48 || c > 57) continue
    if (leading && c === 48) continue
    leading = false
    count++
  }
  return count
}

/** Excel's General: up to 15 significant digits, no float noise, scientific only for very large or small numbers. */
function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!'
  // JavaScript's shortest form is Excel's when it has at most 15 significant digits and no exponent
  const plain = String(value)
  const size = Math.abs(value)
  if (size < 1e15 && size >= 1e-9 && !plain.includes('e') && significantDigits(plain) <= 15) return plain
  const decimal = toDecimal(value)
  if (decimal.digits === '') return '0'
  const sign = value < 0 ? '-' : ''
  const exponent = decimal.point - 1
  if (exponent >= 15 || exponent <= -10) {
    const mantissa = decimal.digits.length > 1 ? `${decimal.digits[0]}.${decimal.digits.slice(1)}` : decimal.digits
    const e = Math.abs(exponent)
    return `${sign}${mantissa}E${exponent < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`
  }
  const { int, frac } = splitDecimal(decimal, Math.max(0, decimal.digits.length - decimal.point))
  return `${sign}${int === '' ? '0' : int}${frac === '' ? '' : `.${frac}`}`
}

// ---------------------------------------------------------------------------------------------
// Format codes

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; char: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'exponent'; sign: '+' | '-' }
  | { kind: 'date'; code: string }
  | { kind: 'elapsed'; code: string }
  | { kind: 'ampm' }
  | { kind: 'general' }
  | { kind: 'text' }
  | { kind: 'unsupported' }

/** Splits a format code into its sections at the semicolons outside quotes, brackets and escapes. */
function splitSections(format: string): string[] {
  const sections: string[] = []
  let start = 0
  for (let i = 0; i < format.length; i++) {
    const c = format[i]
    if (c === '"') {
      const end = format.indexOf('"', i + 1)
      i = end === -1 ? format.length : end
    } else if (c === '[') {
      const end = format.indexOf(']', i + 1)
      i = end === -1 ? format.length : end
    } else if (c === '\\' || c === '_' || c === '*') {
      i++
    } else if (c === ';') {
      sections.push(format.slice(start, i))
      start = i + 1
    }
  }
  sections.push(format.slice(start))
  return sections
}

const DATE_LETTERS = new Set(['y', 'm', 'd', 'h', 's', 'e'])

function tokenize(section: string): Token[] {
  const tokens: Token[] = []
  const literal = (text: string): void => {
    const last = tokens[tokens.length - 1]
    if (last?.kind === 'literal') last.text += text
    else tokens.push({ kind: 'literal', text })
  }
  let i = 0
  while (i < section.length) {
    const c = section[i] ?? ''
    const lower = c.toLowerCase()
    if (c === '"') {
      const end = section.indexOf('"', i + 1)
      literal(section.slice(i + 1, end === -1 ? section.length : end))
      i = end === -1 ? section.length : end + 1
    } else if (c === '\\') {
      literal(section[i + 1] ?? '')
      i += 2
    } else if (c === '_' || c === '*') {
      i += 2 // a space the width of the next character; a fill character
    } else if (c === '[') {
      const end = section.indexOf(']', i + 1)
      const inner = section.slice(i + 1, end === -1 ? section.length : end)
      i = end === -1 ? section.length : end + 1
      if (/^(h+|m+|s+)$/i.test(inner)) tokens.push({ kind: 'elapsed', code: inner.toLowerCase() })
      else if (inner.startsWith('$')) {
        const symbol = inner.slice(1).split('-')[0] ?? ''
        if (symbol !== '') literal(symbol)
      } else if (/^[<>=]/.test(inner) || /^dbnum/i.test(inner)) tokens.push({ kind: 'unsupported' })
      // colours ([Red], [Color10]) show nothing
    } else if (section.slice(i, i + 7).toLowerCase() === 'general') {
      tokens.push({ kind: 'general' })
      i += 7
    } else if (c === '0' || c === '#' || c === '?') {
      tokens.push({ kind: 'digit', char: c })
      i++
    } else if (c === '.') {
      tokens.push({ kind: 'point' })
      i++
    } else if (c === ',') {
      tokens.push({ kind: 'comma' })
      i++
    } else if (c === '%') {
      tokens.push({ kind: 'percent' })
      i++
    } else if ((c === 'E' || c === 'e') && (section[i + 1] === '+' || section[i + 1] === '-')) {
      tokens.push({ kind: 'exponent', sign: section[i + 1] as '+' | '-' })
      i += 2
    } else if (section.slice(i, i + 5).toUpperCase() === 'AM/PM') {
      tokens.push({ kind: 'ampm' })
      i += 5
    } else if (section.slice(i, i + 3).toUpperCase() === 'A/P') {
      tokens.push({ kind: 'ampm' })
      i += 3
    } else if (section.slice(i, i + 5) === '上午/下午') {
      tokens.push({ kind: 'ampm' })
      i += 5
    } else if (DATE_LETTERS.has(lower)) {
      let end = i + 1
      while (end < section.length && (section[end] ?? '').toLowerCase() === lower) end++
      tokens.push({ kind: 'date', code: section.slice(i, end).toLowerCase() })
      i = end
    } else if (c === '@') {
      tokens.push({ kind: 'text' })
      i++
    } else if (c === '/') {
      // a fraction (# ?/?) when a digit placeholder stands before it; else a date separator
      if (tokens.some((t) => t.kind === 'digit')) tokens.push({ kind: 'unsupported' })
      else literal('/')
      i++
    } else {
      literal(c)
      i++
    }
  }
  return tokens
}

/** Where a section's digits go, worked out once per format code. */
interface DigitLayout {
  /** Literal text before and after the number. */
  before: string
  after: string
  /** The integer part's placeholders ('0', '#', '?') and literals between them, left to right. */
  intSlots: Token[]
  intPlaceholders: number
  grouping: boolean
  hasPoint: boolean
  fracSlots: Token[]
  /** The fraction placeholders' characters, left to right. */
  fracChars: string[]
  /** Decimal places to shift by: +2 a percent sign, −3 a scaling comma. */
  shift: number
  exponent: { sign: '+' | '-'; digits: number; step: number; leading: number } | null
}

type CompiledSection =
  | { kind: 'general' } // a format this does not model, shown as General
  | { kind: 'date'; tokens: Token[] }
  | { kind: 'literal'; tokens: Token[]; general: boolean }
  | { kind: 'digits'; layout: DigitLayout }

const compiledFormats = new Map<string, CompiledSection[]>()

function compile(format: string): CompiledSection[] {
  let sections = compiledFormats.get(format)
  if (sections === undefined) {
    if (compiledFormats.size >= 1000) compiledFormats.clear()
    sections = splitSections(format).map(compileSection)
    compiledFormats.set(format, sections)
  }
  return sections
}

function compileSection(section: string): CompiledSection {
  const tokens = tokenize(section)
  if (tokens.some((t) => t.kind === 'unsupported')) return { kind: 'general' }
  if (tokens.some((t) => t.kind === 'date' || t.kind === 'elapsed' || t.kind === 'ampm')) return { kind: 'date', tokens }
  // General, text (@) or a section of literals only ('"-"' for zero in accounting formats)
  if (!tokens.some((t) => t.kind === 'digit')) return { kind: 'literal', tokens, general: tokens.some((t) => t.kind === 'general' || t.kind === 'text') }
  return { kind: 'digits', layout: layoutDigits(tokens) }
}

function layoutDigits(tokens: Token[]): DigitLayout {
  let lastDigit = -1
  tokens.forEach((t, i) => {
    if (t.kind === 'digit') lastDigit = i
  })
  // the number starts at its first placeholder, or at a point before it ('.00')
  const firstDigit = tokens.findIndex((t) => t.kind === 'digit')
  const leadingPoint = tokens.findIndex((t) => t.kind === 'point')
  const start = leadingPoint !== -1 && leadingPoint < firstDigit ? leadingPoint : firstDigit
  let end = lastDigit + 1
  while (tokens[end]?.kind === 'comma') end++
  const exponentAt = tokens.findIndex((t, i) => i > start && i < end && t.kind === 'exponent')
  const mantissaEnd = exponentAt === -1 ? end : exponentAt
  const pointAt = tokens.findIndex((t, i) => i >= start && i < mantissaEnd && t.kind === 'point')
  const intTokens = tokens.slice(start, pointAt === -1 ? mantissaEnd : pointAt)
  const fracTokens = pointAt === -1 ? [] : tokens.slice(pointAt + 1, mantissaEnd)
  const intPlaceholders = intTokens.filter((t): t is DigitToken => t.kind === 'digit')

  // commas right after the last integer placeholder or after the last placeholder divide by 1000;
  // between integer placeholders they group thousands
  let intScaleCommas = 0
  for (let i = intTokens.length - 1; i >= 0 && intTokens[i]?.kind === 'comma'; i--) intScaleCommas++
  const scaleCommas = pointAt === -1 ? intScaleCommas : intScaleCommas + end - lastDigit - 1
  const percents = tokens.filter((t) => t.kind === 'percent').length

  let exponent: DigitLayout['exponent'] = null
  if (exponentAt !== -1) {
    // '##0.0E+0' is engineering notation: the exponent moves in steps of the integer placeholders
    const step = intPlaceholders.length > 1 && intPlaceholders.some((t) => t.char === '#') ? intPlaceholders.length : 1
    exponent = {
      sign: (tokens[exponentAt] as Extract<Token, { kind: 'exponent' }>).sign,
      digits: tokens.slice(exponentAt + 1, end).filter((t) => t.kind === 'digit').length,
      step,
      leading: step === 1 ? Math.max(1, intPlaceholders.length) : 1,
    }
  }
  return {
    before: tokens.slice(0, start).map(literalText).join(''),
    after: tokens.slice(end).map(literalText).join(''),
    intSlots: intTokens.filter((t) => t.kind === 'digit' || t.kind === 'literal'),
    intPlaceholders: intPlaceholders.length,
    grouping: intTokens.slice(0, intTokens.length - intScaleCommas).some((t) => t.kind === 'comma'),
    hasPoint: pointAt !== -1,
    fracSlots: fracTokens.filter((t) => t.kind === 'digit' || t.kind === 'literal'),
    fracChars: fracTokens.filter((t): t is DigitToken => t.kind === 'digit').map((t) => t.char),
    shift: 2 * percents - 3 * scaleCommas,
    exponent,
  }
}

/**
 * `value` as the number format `format` shows it. `date1904` says the workbook counts dates from
 * 1904-01-01 rather than from 1900.
 */
export function formatNumber(value: number, format: string, date1904 = false): string {
  return formatSection(value, format, date1904).trim()
}

function formatSection(value: number, format: string, date1904: boolean): string {
  if (!Number.isFinite(value)) return '#NUM!'
  const sections = compile(format)
  let section = sections[0]
  let magnitude = value
  let sign = value < 0 ? '-' : ''
  if (value < 0 && sections.length >= 2) {
    section = sections[1]
    magnitude = -value
    sign = ''
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2]
  }
  switch (section?.kind) {
    case 'digits':
      return formatDigits(magnitude, sign, section.layout)
    case 'date':
      return formatDate(value, section.tokens, date1904) ?? formatGeneral(value)
    case 'literal': {
      let out = section.general && magnitude !== 0 ? sign : ''
      for (const t of section.tokens) {
        if (t.kind === 'literal') out += t.text
        else if (t.kind === 'general' || t.kind === 'text') out += formatGeneral(Math.abs(magnitude))
      }
      return out
    }
    default:
      return formatGeneral(value)
  }
}

type DigitToken = Extract<Token, { kind: 'digit' }>

function formatDigits(magnitude: number, sign: string, layout: DigitLayout): string {
  const places = layout.fracChars.length
  let decimal = shift(toDecimal(magnitude), layout.shift)
  let exponentText = ''
  const exponent = layout.exponent
  if (exponent !== null) {
    let power = 0
    if (decimal.digits !== '') {
      power = exponent.step === 1 ? decimal.point - exponent.leading : Math.floor((decimal.point - 1) / exponent.step) * exponent.step
      decimal = roundDecimal(shift(decimal, -power), places)
      if (exponent.step === 1 && decimal.point > exponent.leading) {
        power += 1
        decimal = shift(decimal, -1)
      }
    }
    const digits = String(Math.abs(power)).padStart(exponent.digits, '0')
    exponentText = `E${power < 0 ? '-' : exponent.sign === '+' ? '+' : ''}${digits}`
  } else {
    decimal = roundDecimal(decimal, places)
  }
  const { int, frac } = splitDecimal(decimal, places)
  const shown = `${fillInteger(int, layout.intSlots, layout.grouping)}${layout.hasPoint ? '.' : ''}${fillFraction(frac, layout)}${exponentText}`
  const negative = sign !== '' && /[1-9]/.test(shown)
  return `${negative ? '-' : ''}${layout.before}${shown}${layout.after}`
}

function literalText(token: Token): string {
  if (token.kind === 'literal') return token.text
  if (token.kind === 'percent') return '%'
  return ''
}

/** Puts the integer digits into the placeholders right to left; digits beyond them go before the first one. */
function fillInteger(int: string, slots: Token[], grouping: boolean): string {
  let leftmost = -1
  for (let i = 0; i < slots.length && leftmost === -1; i++) if (slots[i]?.kind === 'digit') leftmost = i
  let text = ''
  let d = int.length - 1
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i]
    if (slot?.kind === 'literal') text = slot.text + text
    else if (slot?.kind === 'digit') {
      if (d >= 0) text = int.charAt(d--) + text
      else if (slot.char === '0') text = `0${text}`
      else if (slot.char === '?') text = ` ${text}`
      if (i === leftmost && d >= 0) {
        text = int.slice(0, d + 1) + text
        d = -1
      }
    }
  }
  return grouping ? text.replace(/\d+/, (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')) : text
}

/** Fraction digits into their placeholders: '0' shows a trailing zero, '#' drops it, '?' makes it a space. */
function fillFraction(frac: string, layout: DigitLayout): string {
  const chars = layout.fracChars
  const shown: string[] = []
  let trailing = true
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = frac.charAt(i) || '0'
    const char = chars[i]
    if (trailing && c === '0' && char !== '0') shown[i] = char === '?' ? ' ' : ''
    else {
      trailing = false
      shown[i] = c
    }
  }
  let out = ''
  let d = 0
  for (const t of layout.fracSlots) out += t.kind === 'digit' ? (shown[d++] ?? '') : t.kind === 'literal' ? t.text : ''
  return out
}

// ---------------------------------------------------------------------------------------------
// Dates

const MS_PER_DAY = 86_400_000
const EPOCH_1900 = Date.UTC(1899, 11, 30)
const EPOCH_1904 = Date.UTC(1904, 0, 1)
const LAST_SERIAL = 2_958_465 // 9999-12-31

interface DateParts {
  date: string
  hours: number
  minutes: number
  seconds: number
}

function serialToParts(serial: number, date1904: boolean): DateParts | null {
  if (serial < 0 || serial > LAST_SERIAL + 1) return null
  let days = Math.floor(serial)
  let seconds = Math.round((serial - days) * 86_400)
  if (seconds === 86_400) {
    days += 1
    seconds = 0
  }
  const time = { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60), seconds: seconds % 60 }
  if (date1904) return { date: isoDate(EPOCH_1904 + days * MS_PER_DAY), ...time }
  // Excel's 1900 system counts the 29th of February 1900, which never was, as serial 60.
  if (days === 0) return { date: '1900-01-00', ...time }
  if (days === 60) return { date: '1900-02-29', ...time }
  return { date: isoDate(EPOCH_1900 + (days < 60 ? days + 1 : days) * MS_PER_DAY), ...time }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

const two = (n: number): string => String(n).padStart(2, '0')

/**
 * A date or time in ISO form, showing the parts the format shows: year, month and day as
 * 2024-03-15 (2024-03 for a year-and-month format), times as 14:30 or 14:30:05.
 */
function formatDate(serial: number, tokens: Token[], date1904: boolean): string | null {
  const parts = serialToParts(serial, date1904)
  if (parts === null) return null
  const codes = tokens.filter((t): t is Extract<Token, { kind: 'date' | 'elapsed' }> => t.kind === 'date' || t.kind === 'elapsed')
  const isMinute = (i: number): boolean => {
    const code = codes[i]?.code ?? ''
    if (code.length > 2) return false
    const before = codes[i - 1]?.code ?? ''
    const after = codes[i + 1]?.code ?? ''
    return before.startsWith('h') || after.startsWith('s')
  }
  let year = false
  let month = false
  let day = false
  let time = false
  let seconds = false
  let elapsedHours = false
  for (const [i, t] of codes.entries()) {
    const letter = t.code[0]
    if (t.kind === 'elapsed') {
      time = true
      if (letter === 'h') elapsedHours = true
      if (letter === 's') seconds = true
    } else if (letter === 'y' || letter === 'e') year = true
    else if (letter === 'd') day ||= t.code.length <= 2
    else if (letter === 'm') {
      if (isMinute(i)) time = true
      else month = true
    } else if (letter === 'h') time = true
    else if (letter === 's') {
      time = true
      seconds = true
    }
  }
  if (tokens.some((t) => t.kind === 'ampm')) time = true
  const [y, m, d] = parts.date.split('-')
  let date = ''
  if (year && month && !day) date = `${y}-${m}`
  else if (year && !month && !day) date = `${y}`
  else if (!year && month && day) date = `${m}-${d}`
  else if (year || month || day || !time) date = parts.date
  if (!time) return date
  const hours = elapsedHours ? String(Math.floor(Math.round(serial * 86_400) / 3600)) : two(parts.hours)
  const clock = `${hours}:${two(parts.minutes)}${seconds ? `:${two(parts.seconds)}` : ''}`
  return date === '' ? clock : `${date} ${clock}`
}
