import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTRUMENT_CODE, RATIFICATION_STATUSES } from '@tripart/contracts';
import { DossiersDocument, RecordRatificationDocument, RemoveRatificationDocument, type RatificationEntryFieldsFragment, type RatificationStatus } from '../../gql/graphql';
import { problemOf } from '../../shared/errors/graphql-error';
import { ProblemAlert } from '../../shared/ui/problem-alert';

interface Draft {
  conventionCode: string;
  status: RatificationStatus;
  ratifiedOn: string;
  denouncedOn: string;
  denouncedBy: string;
  automaticDenunciation: boolean;
  abrogation: string;
  declarations: string;
  note: string;
  dossierId: string | null;
}

const draftOf = (entry: RatificationEntryFieldsFragment | null): Draft => ({
  conventionCode: entry?.convention.code ?? '',
  status: entry?.status ?? 'IN_FORCE',
  ratifiedOn: entry?.ratifiedOn ?? '',
  denouncedOn: entry?.denouncedOn ?? '',
  denouncedBy: entry?.denouncedBy ?? '',
  automaticDenunciation: entry?.automaticDenunciation ?? false,
  abrogation: entry?.abrogation ?? '',
  declarations: entry?.declarations.join('\n') ?? '',
  note: entry?.note ?? '',
  dossierId: entry?.dossierId ?? null,
});

/** Record one instrument by hand, or correct or remove an entry: every change is audited by the API. */
export function RatificationEditorModal({ countryCode, entry, opened, onClose, onSaved }: { countryCode: string; entry: RatificationEntryFieldsFragment | null; opened: boolean; onClose(): void; onSaved(message: string): void }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [record, recording] = useMutation(RecordRatificationDocument);
  const [remove, removing] = useMutation(RemoveRatificationDocument);
  const error = recording.error ?? removing.error;
  const fieldError = problemOf(error)?.fieldErrors[0];
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const code = draft.conventionCode.trim().toUpperCase();
  // The RATIFICATION dossiers of this country the person manages: the consultation a ratification may link back to.
  const dossiers = useQuery(DossiersDocument, { variables: { locale: i18n.language }, skip: !opened });
  const consultations = (dossiers.data?.dossiers ?? []).filter((dossier) => dossier.kind === 'RATIFICATION' && dossier.country.code === countryCode && dossier.me?.role === 'FACILITATOR');
  const codeValid = INSTRUMENT_CODE.test(code);

  const save = async () => {
    const result = await record({
      variables: {
        locale: i18n.language,
        input: {
          countryCode,
          conventionCode: code,
          status: draft.status,
          ratifiedOn: draft.ratifiedOn || null,
          denouncedOn: draft.denouncedOn || null,
          denouncedBy: draft.denouncedBy.trim().toUpperCase() || null,
          automaticDenunciation: draft.automaticDenunciation,
          abrogation: draft.abrogation || null,
          declarations: draft.declarations.split('\n').map((line) => line.trim()).filter(Boolean),
          note: draft.note || null,
          dossierId: draft.dossierId,
        },
      },
    }).catch(() => null);
    if (result?.data) onSaved(t('ratifications.editor.saved', { code }));
  };

  const removeEntry = async () => {
    const result = await remove({ variables: { countryCode, conventionCode: code } }).catch(() => null);
    if (result?.data) onSaved(t('ratifications.editor.removed', { code }));
  };

  const denounced = draft.status === 'DENOUNCED';
  return (
    <Modal opened={opened} onClose={onClose} title={entry ? t('ratifications.editor.titleEdit', { code }) : t('ratifications.editor.titleNew')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <TextInput
          label={t('ratifications.editor.instrument')}
          description={t('ratifications.editor.instrumentHint')}
          value={draft.conventionCode}
          onChange={(event) => set('conventionCode', event.currentTarget.value)}
          disabled={Boolean(entry)}
          required
          maxLength={4}
          error={fieldError?.field === 'conventionCodes' ? fieldError.message : null}
        />
        <Select
          label={t('ratifications.editor.status')}
          data={RATIFICATION_STATUSES.map((status) => ({ value: status, label: t(`ratifications.statuses.${status}`) }))}
          value={draft.status}
          onChange={(value) => value && set('status', value as RatificationStatus)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {draft.status !== 'NOT_RATIFIED' && (
          <TextInput type="date" label={t('ratifications.editor.ratifiedOn')} value={draft.ratifiedOn} onChange={(event) => set('ratifiedOn', event.currentTarget.value)} required />
        )}
        {denounced && (
          <>
            <TextInput type="date" label={t('ratifications.editor.denouncedOn')} value={draft.denouncedOn} onChange={(event) => set('denouncedOn', event.currentTarget.value)} />
            <Checkbox label={t('ratifications.editor.automatic')} checked={draft.automaticDenunciation} onChange={(event) => set('automaticDenunciation', event.currentTarget.checked)} />
            {draft.automaticDenunciation && (
              <TextInput label={t('ratifications.editor.denouncedBy')} value={draft.denouncedBy} onChange={(event) => set('denouncedBy', event.currentTarget.value)} maxLength={4} />
            )}
          </>
        )}
        {draft.status === 'ABROGATED' && <TextInput label={t('ratifications.editor.abrogation')} value={draft.abrogation} onChange={(event) => set('abrogation', event.currentTarget.value)} maxLength={2000} />}
        <Textarea label={t('ratifications.editor.declarations')} description={t('ratifications.editor.declarationsHint')} value={draft.declarations} onChange={(event) => set('declarations', event.currentTarget.value)} autosize minRows={2} />
        {consultations.length > 0 && (
          <Select
            label={t('ratifications.editor.dossier')}
            description={t('ratifications.editor.dossierHint')}
            data={consultations.map((dossier) => ({ value: dossier.id, label: dossier.title }))}
            value={draft.dossierId}
            onChange={(value) => set('dossierId', value)}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Textarea label={t('ratifications.editor.note')} value={draft.note} onChange={(event) => set('note', event.currentTarget.value)} autosize minRows={2} maxLength={2000} />
        {fieldError?.reason && fieldError.field !== 'conventionCodes' ? (
          <Alert color="red.9" variant="outline" role="alert">
            {t(`ratifications.editor.reasons.${fieldError.reason}`, { defaultValue: fieldError.message })}
          </Alert>
        ) : (
          error && !fieldError && <ProblemAlert error={error} title={t('ratifications.editor.failed')} />
        )}
        {confirmRemove && (
          <Alert color="orange.9" variant="outline" role="alert">
            <Stack gap="xs">
              <Text size="sm">{t('ratifications.editor.removeConfirm', { code })}</Text>
              <Group gap="xs">
                <Button color="red.9" size="xs" onClick={() => void removeEntry()} loading={removing.loading}>
                  {t('ratifications.editor.remove')}
                </Button>
                <Button variant="default" size="xs" onClick={() => setConfirmRemove(false)}>
                  {t('ratifications.import.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Group justify="space-between">
          {entry ? (
            <Button variant="subtle" color="red.9" onClick={() => setConfirmRemove(true)} disabled={confirmRemove}>
              {t('ratifications.editor.remove')}
            </Button>
          ) : (
            <span />
          )}
          <Button onClick={() => void save()} loading={recording.loading} disabled={!codeValid}>
            {t('ratifications.editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
