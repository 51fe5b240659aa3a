import type { Project } from '../domain/types.ts'

export interface ProjectTableProps {
  projects: readonly Project[]
}

/** Two decimals for amounts, scores and rates, so the columns line up (89.6 shows as 89.60). */
const TWO_DECIMALS = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const MISSING = '未披露'

function formatNumber(value: number | null): string {
  return value === null ? MISSING : TWO_DECIMALS.format(value)
}

function formatRate(value: number | null): string {
  return value === null ? MISSING : `${TWO_DECIMALS.format(value)}%`
}

export function ProjectTable({ projects }: ProjectTableProps) {
  return (
    <div className="table-scroll">
      <table className="project-table">
        <caption>项目绩效评价结果（共 {projects.length} 个项目）</caption>
        <thead>
          <tr>
            <th scope="col">项目名称</th>
            <th scope="col" className="num">决算金额（万元）</th>
            <th scope="col" className="num">评价分值</th>
            <th scope="col">评价结论</th>
            <th scope="col" className="num">预算执行率</th>
            <th scope="col" className="num">存在问题</th>
            <th scope="col" className="num">整改建议</th>
            <th scope="col" className="num">整改情况</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={`${p.source.startLine}-${p.source.endLine}`}>
              <th scope="row">{p.name ?? '（未注明名称）'}</th>
              <td className="num">{formatNumber(p.amountWan)}</td>
              <td className="num">{formatNumber(p.score)}</td>
              <td>{p.grade ?? MISSING}</td>
              <td className={p.executionRate === null ? 'num missing' : 'num'}>{formatRate(p.executionRate)}</td>
              <td className="num">{p.problems.length}</td>
              <td className="num">{p.suggestions.length}</td>
              <td className="num">{p.rectifications.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
