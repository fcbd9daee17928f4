import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { POSITION_STANCES, type PositionStance } from './position-content';

/** Colour plus text: never colour alone. Ink on tint ≥ 7:1. */
export const STANCE_STYLES: Record<PositionStance, { tint: string; ink: string; accent: string }> = {
  SUPPORT: { tint: '#E6F4EA', ink: '#1B5E20', accent: '#2F9E44' },
  SUPPORT_WITH_AMENDMENTS: { tint: '#E7F0FA', ink: '#0B3D6B', accent: '#1C7ED6' },
  OPPOSE: { tint: '#FDE8E8', ink: '#7D1D18', accent: '#C92A2A' },
  RESERVE: { tint: '#FFF4E6', ink: '#7A3E00', accent: '#E8590C' },
  NO_POSITION: { tint: '#F1F3F5', ink: '#343A40', accent: '#868E96' },
};

/** A stance as a chip (read-only). */
export function StanceChip({ stance }: { stance: string }) {
  const { t } = useTranslation();
  const key = (POSITION_STANCES as readonly string[]).includes(stance) ? (stance as PositionStance) : 'NO_POSITION';
  const style = STANCE_STYLES[key];
  return (
    <span className="stance-chip" data-stance={key} style={{ background: style.tint, color: style.ink, borderColor: style.accent }}>
      {t(`positions.stances.${key}`)}
    </span>
  );
}

/** The stance on one provision: native radios (arrow keys move, space picks), drawn as chips. */
export function StanceChips({
  value,
  onChange,
  label,
  disabled,
  onFocusChange,
}: {
  value: PositionStance;
  onChange(stance: PositionStance): void;
  label: string;
  disabled?: boolean;
  onFocusChange?(focused: boolean): void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <div
      role="radiogroup"
      aria-label={label}
      className="stance-chips"
      onFocus={() => onFocusChange?.(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onFocusChange?.(false);
      }}
    >
      {POSITION_STANCES.map((stance) => {
        const style = STANCE_STYLES[stance];
        const checked = value === stance;
        return (
          <label
            key={stance}
            className="stance-chips__option"
            data-checked={checked || undefined}
            style={checked ? { background: style.tint, color: style.ink, borderColor: style.accent } : undefined}
          >
            <input type="radio" name={name} value={stance} checked={checked} disabled={disabled} onChange={() => onChange(stance)} />
            {checked && <span aria-hidden="true" style={{ marginInlineEnd: 4 }}>✓</span>}
            {t(`positions.stances.${stance}`)}
          </label>
        );
      })}
    </div>
  );
}
