import { formatScore } from '../domain/format.ts'
import type { Messages } from '../i18n/messages.ts'
import type { Figures } from './comparison.ts'

/** The mean score with two decimals, or — when no project states one. */
export const meanScoreText = (figures: Figures, t: Messages): string =>
  figures.meanScore === null ? t.common.missing : formatScore(figures.meanScore)
