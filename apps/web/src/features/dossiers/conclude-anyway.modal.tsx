import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLOSING_NOTE_MAX } from '@tripart/contracts';

/**
 * Concluding a dossier while submitted contributions have no government
 * response: the facilitator says why (audited), or leaves it in consultation.
 */
export function ConcludeAnywayModal({
  unanswered,
  total,
  saving,
  onConfirm,
  onClose,
}: {
  unanswered: number;
  total: number;
  saving: boolean;
  onConfirm(note: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('dossiers.concludeAnyway.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="sm">{t('dossiers.concludeAnyway.body', { unanswered, total, count: unanswered })}</Text>
        <Textarea
          label={t('dossiers.concludeAnyway.note')}
          description={t('dossiers.concludeAnyway.hint')}
          required
          autosize
          minRows={3}
          maxRows={8}
          maxLength={CLOSING_NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.8" disabled={!note.trim()} loading={saving} onClick={() => onConfirm(note.trim())}>
            {t('dossiers.concludeAnyway.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
