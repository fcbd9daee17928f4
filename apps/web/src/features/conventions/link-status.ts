import type { CSSProperties } from 'react';
import { hasGap } from './coverage-rows';

/** A gap and a compliant link look apart by colour, icon and word alike (never colour alone). */
export const LINK_STATUS_COLOURS = {
  gap: { tint: '#FFF4E6', ink: '#7A3E00', accent: '#E8590C' },
  complies: { tint: '#E6F4EA', ink: '#1B5E20', accent: '#2F9E44' },
} as const;

export type LinkStatus = keyof typeof LINK_STATUS_COLOURS;

export const linkStatus = (link: { gapNote: string }): LinkStatus => (hasGap(link) ? 'gap' : 'complies');

export function statusChipStyle(status: LinkStatus): CSSProperties {
  const { tint, ink, accent } = LINK_STATUS_COLOURS[status];
  return { backgroundColor: tint, color: ink, border: `1px solid ${accent}` };
}
