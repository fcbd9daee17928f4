import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, FileInput, Group, Paper, Progress, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { provisionNumberOf } from '@tripart/contracts';
import { useSession } from '../auth/use-session';
import { problemOf } from '../../shared/errors/graphql-error';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { AlertIcon, UploadIcon } from '../../shared/ui/icons';
import {
  ACCEPTED_DRAFT_FILES,
  importDraft,
  previewDraft,
  type DraftImported,
  type DraftPreview,
} from './draft-upload';
import { annexesLeftOutText } from './annexes-left-out';
import { importFailureText } from './import-failure-text';
import { importWarningTexts } from './import-warnings-text';
import { languageName } from './language-name';

const OUTLINE_SHOWN = 300;

type Step =
  | { name: 'pick' }
  | { name: 'previewing'; progress: number }
  | { name: 'preview'; preview: DraftPreview }
  | { name: 'importing'; preview: DraftPreview; progress: number };

/** Pick a file → see the structure Tripart found → import it as the next version. */
export function DraftImportPanel({
  dossierId,
  nextVersion,
  onImported,
  onCancel,
}: {
  dossierId: string;
  nextVersion: number;
  onImported(result: DraftImported): void;
  onCancel?(): void;
}) {
  const { t, i18n } = useTranslation();
  const { tokens } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ name: 'pick' });
  const [error, setError] = useState<unknown>(null);
  const [unrelatedConfirmed, setUnrelatedConfirmed] = useState(false);
  const problem = problemOf(error);
  const fileFailure = problem?.fieldErrors.find((fieldError) => fieldError.field === 'file');

  const token = () => tokens.freshAccessToken().catch(() => tokens.accessToken);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    setUnrelatedConfirmed(false);
    if (!chosen) {
      setStep({ name: 'pick' });
      return;
    }
    setStep({ name: 'previewing', progress: 0 });
    try {
      const preview = await previewDraft(dossierId, chosen, await token(), (progress) => setStep({ name: 'previewing', progress }));
      setStep({ name: 'preview', preview });
    } catch (failure) {
      setError(failure);
      setStep({ name: 'pick' });
    }
  };

  const commit = async () => {
    if (!file || step.name !== 'preview') return;
    const { preview } = step;
    setStep({ name: 'importing', preview, progress: 0 });
    setError(null);
    try {
      const result = await importDraft(dossierId, file, await token(), (progress) => setStep({ name: 'importing', preview, progress }));
      onImported(result);
    } catch (failure) {
      setError(failure);
      setStep({ name: 'preview', preview });
    }
  };

  const preview = step.name === 'preview' || step.name === 'importing' ? step.preview : null;
  const previous = preview?.previousVersion ?? null;
  // Another text imported as the next version would leave every comment on the previous one: said before, confirmed on purpose.
  const needsConfirmation = Boolean(previous?.unrelated) && !unrelatedConfirmed;
  const fileError = fileFailure ? importFailureText(fileFailure, t) : null;
  const annexesLeftOut = preview ? annexesLeftOutText(preview.annexesLeftOut ?? [], t, i18n.language) : null;

  return (
    <Stack gap="sm">
      <FileInput
        label={t('drafts.import.file')}
        description={t('drafts.import.fileHint')}
        placeholder={t('drafts.import.filePlaceholder')}
        accept={ACCEPTED_DRAFT_FILES}
        leftSection={<UploadIcon size={16} />}
        value={file}
        onChange={(chosen) => void choose(chosen)}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        error={fileError}
        disabled={step.name === 'importing' || step.name === 'previewing'}
      />
      {problem && !fileFailure && <ProblemAlert error={error} />}
      {step.name === 'previewing' && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">{t('drafts.import.reading')}</Text>
          <Progress value={step.progress * 100} size="sm" aria-label={t('drafts.import.reading')} animated={step.progress >= 1} />
        </Stack>
      )}
      {preview && (
        <Paper withBorder radius="sm" p="sm" aria-labelledby="draft-preview-title" component="section">
          <Stack gap="xs">
            <Text fw={600} id="draft-preview-title">
              {t('drafts.import.previewTitle')}
            </Text>
            <Group gap="xs">
              <Badge variant="light" color="gray" tt="none">
                {t(`drafts.formats.${preview.format}`, { defaultValue: preview.format })}
              </Badge>
              <Text size="sm">
                {t('drafts.import.counts', {
                  units: t(`drafts.import.units.${preview.unitName ?? 'ARTICLE'}`, { count: preview.articleCount }),
                  provisions: preview.provisionCount,
                })}
              </Text>
              {preview.language && (
                <Text size="sm" c="dimmed">
                  {t('drafts.import.language', { language: languageName(preview.language, i18n.language) })}
                </Text>
              )}
            </Group>
            {preview.title && (
              <Text size="sm">
                {t('drafts.import.detectedTitle')}: <strong>{preview.title}</strong>
              </Text>
            )}
            {previous && !previous.unrelated && (
              <Text size="sm" c="dimmed">
                {t('drafts.import.resembles', { matching: previous.matching, count: previous.nextCount, version: previous.version })}
              </Text>
            )}
            {previous?.unrelated && (
              <Alert
                color="orange"
                variant="light"
                icon={<AlertIcon />}
                p="xs"
                title={t('drafts.import.unrelatedTitle', { version: previous.version })}
                styles={{ title: { color: 'var(--mantine-color-text)' } }}
              >
                <Stack gap={6}>
                  <Text size="sm">{t('drafts.import.unrelated', { matching: previous.matching, count: previous.nextCount, version: previous.version, previousCount: previous.previousCount })}</Text>
                  <Checkbox
                    label={t('drafts.import.unrelatedConfirm', { version: nextVersion })}
                    checked={unrelatedConfirmed}
                    onChange={(event) => setUnrelatedConfirmed(event.currentTarget.checked)}
                    disabled={step.name === 'importing'}
                  />
                </Stack>
              </Alert>
            )}
            {importWarningTexts(preview, t).map((warning) => (
              <Alert key={warning} color="yellow" variant="light" icon={<AlertIcon />} p="xs" data-testid="import-warning">
                {warning}
              </Alert>
            ))}
            {annexesLeftOut && (
              <Alert color="yellow" variant="light" icon={<AlertIcon />} p="xs" data-testid="annexes-left-out">
                {annexesLeftOut}
              </Alert>
            )}
            <ScrollArea.Autosize mah={260} type="auto">
              <Stack component="ol" gap={2} m={0} p={0} aria-label={t('drafts.import.outline')}>
                {preview.outline.slice(0, OUTLINE_SHOWN).map((item, index) => (
                  <Text component="li" key={index} size="sm" style={{ listStyle: 'none', paddingInlineStart: item.depth * 16 }}>
                    <Text span fw={item.kind === 'ARTICLE' || item.kind === 'RECITAL' ? 500 : 700}>
                      {provisionNumberOf(item, null, (kind) => t(`drafts.kinds.${kind}`, { defaultValue: kind }))}
                    </Text>
                    {item.heading && <Text span c="dimmed">{` — ${item.heading}`}</Text>}
                  </Text>
                ))}
              </Stack>
              {preview.outline.length > OUTLINE_SHOWN && (
                <Text size="sm" c="dimmed" mt={4}>
                  {t('drafts.import.more', { count: preview.outline.length - OUTLINE_SHOWN })}
                </Text>
              )}
            </ScrollArea.Autosize>
          </Stack>
        </Paper>
      )}
      {step.name === 'importing' && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">{t('drafts.import.importing')}</Text>
          <Progress value={step.progress * 100} size="sm" aria-label={t('drafts.import.importing')} animated={step.progress >= 1} />
        </Stack>
      )}
      <Group justify="flex-end" gap="xs">
        {onCancel && (
          <Button variant="default" onClick={onCancel} disabled={step.name === 'importing'}>
            {t('common.cancel')}
          </Button>
        )}
        {preview && (
          <Button onClick={() => void commit()} loading={step.name === 'importing'} disabled={needsConfirmation}>
            {t('drafts.import.submit', { version: nextVersion })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
