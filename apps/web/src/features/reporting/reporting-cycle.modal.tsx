import { useMutation } from '@apollo/client';
import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateReportingCycleDocument, type ReportingCycleFieldsFragment } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const groupsOf = (text: string) => text.split(',').map((group) => group.trim().toUpperCase()).filter(Boolean);

/** Administrators set the reporting cycle: lengths, groups of countries, the year it starts from, the dates (audited by the API). */
export function ReportingCycleModal({ cycle, onClose, onSaved }: { cycle: ReportingCycleFieldsFragment; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    shortCycleYears: cycle.shortCycleYears,
    longCycleYears: cycle.longCycleYears,
    shortCycleGroups: cycle.shortCycleGroups.join(', '),
    longCycleGroups: cycle.longCycleGroups.join(', '),
    startYear: cycle.startYear,
    windowOpens: cycle.windowOpens,
    dueOn: cycle.dueOn,
  });
  const [save, saving] = useMutation(UpdateReportingCycleDocument);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((current) => ({ ...current, [key]: value }));
  const submit = async () => {
    const result = await save({ variables: { input: { ...form, shortCycleGroups: groupsOf(form.shortCycleGroups), longCycleGroups: groupsOf(form.longCycleGroups) } } }).catch(() => null);
    if (result?.data) onSaved();
  };
  return (
    <Modal opened onClose={onClose} title={t('reporting.form.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <NumberInput label={t('reporting.form.shortCycleYears')} value={form.shortCycleYears} onChange={(value) => set('shortCycleYears', Number(value))} min={1} max={12} />
        <NumberInput label={t('reporting.form.longCycleYears')} value={form.longCycleYears} onChange={(value) => set('longCycleYears', Number(value))} min={1} max={12} />
        <TextInput label={t('reporting.form.shortCycleGroups')} value={form.shortCycleGroups} onChange={(event) => set('shortCycleGroups', event.currentTarget.value)} />
        <TextInput label={t('reporting.form.longCycleGroups')} value={form.longCycleGroups} onChange={(event) => set('longCycleGroups', event.currentTarget.value)} />
        <NumberInput label={t('reporting.form.startYear')} value={form.startYear} onChange={(value) => set('startYear', Number(value))} min={1990} max={2100} />
        <Group grow>
          <TextInput label={t('reporting.form.windowOpens')} value={form.windowOpens} onChange={(event) => set('windowOpens', event.currentTarget.value)} maxLength={5} />
          <TextInput label={t('reporting.form.dueOn')} value={form.dueOn} onChange={(event) => set('dueOn', event.currentTarget.value)} maxLength={5} />
        </Group>
        {saving.error && <ProblemAlert error={saving.error} title={t('reporting.form.failed')} />}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={saving.loading}>
            {t('reporting.form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
