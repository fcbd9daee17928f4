import type { CSSProperties } from 'react';
import { hasGap } from './coverage-rows';

/** A gap and a compliant link look apart by colour, icon and word alike (never colour alone). */
export const LINK_STATUS_COLOURS = {
  gap: { tint: '#FFF4E6', ink: '#7A3E00', accent: '#E8590C' },
  complies: { tint: '#E6F4EA', ink: '#1B5E20', accent: '#2F9E44' },
} as const;

export type LinkStatus = keyof typeof LINK_STATUS_COLOURS;

export const linkStatus = (link: { gapNote: string }): LinkStatus => (hasGap(link) ? 'gap' : 'complies');

/** A link awaiting review stands apart from both statuses: its own hue, with the word "Review" and an icon. */
export const REVIEW_COLOURS = { tint: '#F3F0FF', ink: '#5F3DC4', accent: '#7950F2' } as const;

const chipStyle = ({ tint, ink, accent }: { tint: string; ink: string; accent: string }): CSSProperties => ({
  backgroundColor: tint,
  color: ink,
  border: `1px solid ${accent}`,
});

export function statusChipStyle(status: LinkStatus): CSSProperties {
  return chipStyle(LINK_STATUS_COLOURS[status]);
}

/** The "Needs review" badge of the coverage table. */
export const reviewChipStyle: CSSProperties = chipStyle(REVIEW_COLOURS);

/** The "Review" marker inside a chip: solid, so it reads on either status's tint. */
export const reviewMarkerStyle: CSSProperties = {
  backgroundColor: REVIEW_COLOURS.ink,
  color: '#FFFFFF',
  borderRadius: 3,
  padding: '0 5px',
  display: 'inline-flex',
  alignItems: 'center',
  gap: 3,
};
