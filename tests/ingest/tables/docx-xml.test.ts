import { describe, expect, it } from 'vitest'
import { attributeOf, childOf, parseDocxXml, type DocxNode } from '../../../src/ingest/tables/docx-xml.ts'

/** A node as nested arrays: [name, text?, ...children], for short expectations. */
type Shape = [string, ...(string | Shape)[]]

function shape(node: DocxNode): Shape {
  return [node.name, ...(node.text === '' ? [] : [node.text]), ...node.children.map(shape)]
}

describe('parseDocxXml', () => {
  it.each<[string, string, Shape]>([
    ['local names, prefixes dropped', '<w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>', ['document', ['body', ['p']]]],
    ['the text of w:t only', '<w:p><w:r><w:t>绩效</w:t><w:instrText>PAGE</w:instrText></w:r></w:p>', ['p', ['r', ['t', '绩效'], ['instrText']]]],
    ['entities in text', '<w:t>&lt;A&gt; &amp; &quot;B&quot; &apos;&#20316;&#x4E1A;&nbsp;</w:t>', ['t', `<A> & "B" '作业&nbsp;`]],
    ['CDATA in text', '<w:t><![CDATA[a < b & c]]></w:t>', ['t', 'a < b & c']],
    ['the declaration, comments and processing instructions skipped', '<?xml version="1.0"?>\n<!-- c --><w:p><?pi x?><w:t>a<!-- b -->c</w:t></w:p>\n', ['p', ['t', 'ac']]],
    ['a > inside a quoted attribute value', '<w:p><w:pict v:ext="a>b" w:x=\'c>d\'><w:t>x</w:t></w:pict></w:p>', ['p', ['pict', ['t', 'x']]]],
    ['whitespace and newlines inside tags', '<w:p\n  w:rsidR="00"\n><w:t\txml:space="preserve"> a </w:t\n></w:p >', ['p', ['t', ' a ']]],
  ])('%s', (_label, xml, expected) => {
    const root = parseDocxXml(xml)
    expect(root === null ? null : shape(root)).toEqual(expected)
  })

  it.each([
    ['end tags that do not match', '<w:p><w:r></w:p></w:r>'],
    ['an end tag with a different prefix', '<w:p></x:p>'],
    ['an element left open', '<w:document><w:body>'],
    ['a stray end tag', '<w:p></w:p></w:p>'],
    ['two root elements', '<w:p/><w:p/>'],
    ['text outside the root', 'x<w:p/>'],
    ['a DOCTYPE (no entity bombs)', '<!DOCTYPE lolz [<!ENTITY lol "lol">]><w:p/>'],
    ['an unterminated comment', '<w:p><!-- x</w:p>'],
    ['an unterminated tag', '<w:p><w:t x="1"'],
    ['nothing', ''],
    ['not XML', 'PK\u0003\u0004 binary'],
  ])('%s → null', (_label, xml) => {
    expect(parseDocxXml(xml)).toBeNull()
  })

  it.each([
    ['w:val', '<w:vMerge w:val="restart"/>', 'val', 'restart'],
    ['single quotes', "<w:gridSpan w:val='3'/>", 'val', '3'],
    ['no prefix', '<w:gridSpan val="4"/>', 'val', '4'],
    ['entities decoded', '<w:vanish w:val="a&amp;b"/>', 'val', 'a&b'],
    ['absent', '<w:vMerge/>', 'val', null],
    ['not fooled by a longer name ending in the same letters', '<w:vMerge w:interval="9"/>', 'val', null],
  ])('attributeOf: %s', (_label, xml, name, expected) => {
    const root = parseDocxXml(`<w:tcPr>${xml}</w:tcPr>`)
    const element = root?.children[0]
    expect(element === undefined ? undefined : attributeOf(element, name)).toBe(expected)
  })

  it('keeps the attributes only of the elements the readers read', () => {
    const root = parseDocxXml('<w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr>')
    expect(root?.children.map((child) => [child.name, child.attributes])).toEqual([
      ['tcW', ''],
      ['gridSpan', ' w:val="2"'],
    ])
    expect(childOf(root ?? null, 'gridSpan')?.name).toBe('gridSpan')
    expect(childOf(null, 'gridSpan')).toBeNull()
  })
})
