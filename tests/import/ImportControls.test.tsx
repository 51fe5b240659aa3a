import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ImportControls } from '../../src/import/ImportControls.tsx'

describe('ImportControls', () => {
  it('offers every file type the readers take in the file picker, and says so', () => {
    render(<ImportControls onFiles={() => undefined} progress={null} />)
    const input = document.querySelector<HTMLInputElement>('input[type=file]')
    const extensions = input?.accept.split(',').filter((type) => type.startsWith('.'))
    expect(extensions).toEqual(['.txt', '.pdf', '.xlsx', '.xls', '.docx', '.html', '.htm', '.json', '.csv'])
    expect(input?.multiple).toBe(true)
    expect(screen.getByText(/^绩效评价结果或绩效自评表：/).textContent).toBe(
      '绩效评价结果或绩效自评表：.pdf / .xlsx / .xls / .docx / .html / .txt，或本工具导出的 .json / .csv；可多选，也可拖放到页面上；文件只在本机浏览器中处理，不会上传。',
    )
  })

  it('hands the chosen files on, and clears the picker so the same file can be chosen again', () => {
    const onFiles = vi.fn()
    render(<ImportControls onFiles={onFiles} progress={null} />)
    const input = document.querySelector<HTMLInputElement>('input[type=file]') as HTMLInputElement
    const file = new File(['<table></table>'], 'v2-anhui.xlsx')
    fireEvent.change(input, { target: { files: [file] } })
    expect(onFiles).toHaveBeenCalledWith([file])
    expect(input.value).toBe('')
  })
})
