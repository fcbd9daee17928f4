import type { TFunction } from 'i18next';

/** An audit action in the reader's language ('participant.lead.granted' → activity.actions.participant_lead_granted); the code itself when it has no label yet. */
export function actionLabel(t: TFunction, action: string): string {
  return t(`activity.actions.${action.replace(/[.-]/g, '_')}` as never, { defaultValue: action }) as string;
}

/** The few facts of an event worth a line beside its label: a version, a status move. */
export function eventDetail(t: TFunction, data: string): string | null {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(data) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof parsed.from === 'string' && typeof parsed.to === 'string') {
    return `${t(`dossiers.statuses.${parsed.from}` as never, { defaultValue: parsed.from })} → ${t(`dossiers.statuses.${parsed.to}` as never, { defaultValue: parsed.to })}`;
  }
  if (typeof parsed.version === 'number') return `v${parsed.version}`;
  return null;
}
