import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionError } from './action-error';
import { useLiveAction } from './use-live-action';
import type { LiveSession } from './use-live-session';

/**
 * The facilitator's "reopen the item": the recorded outcome is withdrawn and
 * the joint text may change again, after a confirmation that says why (audited;
 * the minutes show it). Everyone's screen follows with the pushed change.
 */
export function ItemReopenControl({ sessionId, agendaItemId, live }: { sessionId: string; agendaItemId: string; live: LiveSession }) {
  const { t } = useTranslation();
  const action = useLiveAction(live.emit);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const close = () => {
    setOpened(false);
    action.clear();
  };
  const confirm = () =>
    void action.run('reopen', 'item:reopen', { sessionId, agendaItemId, reason: reason.trim() }).then((result) => {
      if (result.ok) {
        setOpened(false);
        setReason('');
      }
    });
  return (
    <>
      <Button size="sm" variant="outline" color="#8A3500" disabled={live.link !== 'live'} onClick={() => setOpened(true)} data-testid="reopen-item">
        {t('live.reopen.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('live.reopen.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="sm">
          <Text size="sm">{t('live.reopen.body')}</Text>
          <Textarea
            label={t('live.reopen.reason')}
            description={t('live.reopen.reasonHint')}
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          <ActionError code={action.failure?.code} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="#8A3500" loading={action.pending === 'reopen'} disabled={!reason.trim()} onClick={confirm}>
              {t('live.reopen.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
