import type { Constituency } from '@tripart/contracts';
import type { ComponentType, SVGProps } from 'react';
import { BriefcaseIcon, HelmetIcon, LandmarkIcon } from './icons';

export interface SideStyle {
  /** Strong colour: borders, dots, accents. */
  accent: string;
  /** Tinted background. */
  tint: string;
  /** Text on the tint; ≥ 7:1 contrast. */
  ink: string;
  Icon: ComponentType<SVGProps<SVGSVGElement> & { size?: number }>;
}

/**
 * One colour and one icon per side, from the Okabe–Ito palette (blue, orange,
 * reddish purple) so they stay apart for colour-blind readers. Colour is never
 * the only cue: the icon and the label always come with it.
 */
export const SIDE_STYLES: Record<Constituency, SideStyle> = {
  GOVERNMENT: { accent: '#0072B2', tint: '#E1EFF8', ink: '#00456B', Icon: LandmarkIcon },
  EMPLOYERS: { accent: '#E69F00', tint: '#FCF0D7', ink: '#6B4400', Icon: BriefcaseIcon },
  WORKERS: { accent: '#CC79A7', tint: '#F8E6EF', ink: '#7A1F4F', Icon: HelmetIcon },
};
