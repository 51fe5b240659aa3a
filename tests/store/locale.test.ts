import { afterEach, describe, expect, it, vi } from 'vitest'
import { localized } from '../../src/i18n/catalogue.ts'
import { createAppStore } from '../../src/store/app-store.ts'
import { storageProblem } from '../../src/store/storage-problem.ts'

const refuse = (name: string): never => {
  throw new DOMException('refused', name)
}

/** An in-memory localStorage; `broken` makes every call throw as a forbidden or full storage does. */
function memoryStorage(initial: Record<string, string> = {}, broken: 'none' | 'read' | 'write' = 'none'): Storage {
  const items = new Map(Object.entries(initial))
  return {
    get length() {
      return items.size
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => (broken === 'read' ? refuse('SecurityError') : (items.get(key) ?? null)),
    setItem: (key, value) => (broken === 'none' ? void items.set(key, String(value)) : refuse('QuotaExceededError')),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  }
}

function browser(languages: readonly string[], storage: Storage | 'throws'): void {
  vi.stubGlobal('navigator', { languages, language: languages[0] ?? '' })
  if (storage === 'throws') {
    // Some browsers throw on the mere access to localStorage when storage is forbidden.
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  } else vi.stubGlobal('localStorage', storage)
}

afterEach(() => {
  vi.unstubAllGlobals()
  Reflect.deleteProperty(globalThis, 'localStorage')
})

describe('store: the interface language', () => {
  it.each([
    [['zh-CN', 'en-US'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ] as const)('starts from the browser’s languages %j: %s', (languages, locale) => {
    browser(languages, memoryStorage())
    expect(createAppStore().getState().locale).toBe(locale)
  })

  it('remembers a switch, and a later visit starts in the remembered language whatever the browser prefers', () => {
    const storage = memoryStorage()
    browser(['zh-CN'], storage)
    const first = createAppStore()
    expect(first.getState().locale).toBe('zh')
    first.getState().setLocale('en')
    expect(first.getState().locale).toBe('en')
    expect(storage.getItem('jixiao.locale')).toBe('en')
    expect(createAppStore().getState().locale).toBe('en')

    createAppStore().getState().setLocale('zh')
    browser(['en-US'], storage)
    expect(createAppStore().getState().locale).toBe('zh')
  })

  it('ignores a stored value that is not a language', () => {
    browser(['en-GB'], memoryStorage({ 'jixiao.locale': 'klingon' }))
    expect(createAppStore().getState().locale).toBe('en')
  })

  it.each([
    ['reading and writing throw', memoryStorage({}, 'read')],
    ['writing throws (full)', memoryStorage({}, 'write')],
    ['localStorage itself throws', 'throws' as const],
  ])('still detects and switches when %s, only without remembering', (_, storage) => {
    browser(['zh-CN'], storage)
    const store = createAppStore()
    expect(store.getState().locale).toBe('zh')
    expect(() => store.getState().setLocale('en')).not.toThrow()
    expect(store.getState().locale).toBe('en')
  })

  it('works without a browser at all (Node, the CLI’s tests)', () => {
    expect(createAppStore().getState().locale).toBe('en')
  })

  it('keeps notices in both languages, so they follow a switch', () => {
    const store = createAppStore()
    store.getState().pushNotice('info', localized((t) => t.imports.imported('a.txt', 8, 0)))
    expect(store.getState().notices.map((n) => n.text)).toEqual([{ zh: '已导入 a.txt：8 个项目。', en: 'Imported a.txt: 8 projects.' }])
  })

  it.each(['error', 'warning', 'info'] as const)('keeps a notice’s level (%s) until it is dismissed', (level) => {
    const store = createAppStore()
    store.getState().pushNotice(level, { zh: '甲', en: 'A' })
    const [notice] = store.getState().notices
    expect(notice?.level).toBe(level)
    store.getState().dismissNotice(notice?.id ?? -1)
    expect(store.getState().notices).toEqual([])
  })
})

describe('storageProblem', () => {
  it.each([
    [
      new DOMException('full', 'QuotaExceededError'),
      'a.txt：浏览器存储空间已满，数据只在本次打开期间可用，关闭页面后不会保留。',
      'a.txt: the browser’s storage is full; the data lasts only until this page is closed.',
    ],
    [
      new DOMException('no', 'InvalidStateError'),
      'a.txt：浏览器不允许保存数据（例如隐私模式），数据只在本次打开期间可用。',
      'a.txt: the browser does not allow saving data (in a private window, for example); the data lasts only until this page is closed.',
    ],
    [
      new Error('disk on fire'),
      'a.txt：保存失败（disk on fire），数据只在本次打开期间可用。',
      'a.txt: saving failed (disk on fire); the data lasts only until this page is closed.',
    ],
  ])('says %s plainly in both languages', (error, zh, en) => {
    expect(storageProblem(error, () => 'a.txt')).toEqual({ zh, en })
  })

  it('names what could not be done in the language of the sentence', () => {
    expect(storageProblem(new DOMException('full', 'QuotaExceededError'), (t) => t.storage.readingStored).en).toBe(
      'Reading the saved datasets: the browser’s storage is full; the data lasts only until this page is closed.',
    )
  })
})
