import { useState } from 'react';
import { Alert, Badge, Button, FileInput, Group, List, Paper, Progress, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RatificationImportResult } from '@tripart/contracts';
import { problemOf } from '../../shared/errors/graphql-error';
import { AlertIcon, UploadIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { useSession } from '../auth/use-session';
import { RatificationStatusBadge } from './ratification-status.badge';
import { ACCEPTED_REGISTER_FILES, formatIsoDate, importRegister, previewRegister } from './ratification-upload';
import { InstrumentCell } from './instrument-cell';

type Step = { name: 'pick' } | { name: 'reading'; progress: number } | { name: 'preview'; result: RatificationImportResult } | { name: 'importing'; result: RatificationImportResult };
type Problem = RatificationImportResult['problems'][number];

/** Pick a NORMLEX-style table → see what it would change, row by row, and any wrong row → import all of it, or nothing. */
export function RatificationImportPanel({ countryCode, onImported, onCancel }: { countryCode: string; onImported(result: RatificationImportResult): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const { tokens } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ name: 'pick' });
  const [error, setError] = useState<unknown>(null);
  const token = () => tokens.freshAccessToken().catch(() => tokens.accessToken);
  const problem = problemOf(error);
  const fileReason = problem?.fieldErrors.find((fieldError) => fieldError.field === 'file')?.reason;
  const refusedRows: Problem[] = (problem?.fieldErrors ?? [])
    .filter((fieldError) => fieldError.field.startsWith('line '))
    .map((fieldError) => ({ line: Number(fieldError.params?.line ?? 0), reason: fieldError.reason as Problem['reason'], value: fieldError.message }));

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    if (!chosen) return setStep({ name: 'pick' });
    setStep({ name: 'reading', progress: 0 });
    try {
      setStep({ name: 'preview', result: await previewRegister(countryCode, chosen, await token(), (progress) => setStep({ name: 'reading', progress })) });
    } catch (failure) {
      setError(failure);
      setStep({ name: 'pick' });
    }
  };

  const commit = async () => {
    if (!file || step.name !== 'preview') return;
    setStep({ name: 'importing', result: step.result });
    setError(null);
    try {
      onImported(await importRegister(countryCode, file, await token()));
    } catch (failure) {
      setError(failure);
      setStep({ name: 'preview', result: step.result });
    }
  };

  const result = step.name === 'preview' || step.name === 'importing' ? step.result : null;
  const problems = refusedRows.length ? refusedRows : result?.problems ?? [];
  const count = (change: string) => result?.rows.filter((row) => row.change === change).length ?? 0;
  const newInstruments = result?.rows.filter((row) => row.newInstrument).length ?? 0;

  return (
    <Stack gap="sm">
      <FileInput
        label={t('ratifications.import.file')}
        description={t('ratifications.import.fileHint')}
        placeholder={t('ratifications.import.filePlaceholder')}
        accept={ACCEPTED_REGISTER_FILES}
        leftSection={<UploadIcon size={16} />}
        value={file}
        onChange={(chosen) => void choose(chosen)}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        error={fileReason ? t(`ratifications.import.fileReasons.${fileReason}`, { defaultValue: t('ratifications.import.fileReasons.DAMAGED') }) : null}
        disabled={step.name === 'reading' || step.name === 'importing'}
      />
      {problem && !fileReason && !refusedRows.length && <ProblemAlert error={error} />}
      {step.name === 'reading' && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">{t('ratifications.import.reading')}</Text>
          <Progress value={step.progress * 100} size="sm" aria-label={t('ratifications.import.reading')} animated={step.progress >= 1} />
        </Stack>
      )}
      {problems.length > 0 && (
        <Alert color="red.9" variant="outline" icon={<AlertIcon />} title={t('ratifications.import.problemsTitle', { count: problems.length })} data-testid="ratification-import-problems">
          <Stack gap={4}>
            <Text size="sm">{t('ratifications.import.problemsIntro')}</Text>
            <List size="sm" spacing={2}>
              {problems.map((row) => (
                <List.Item key={`${row.line}-${row.reason}`}>
                  <Text span fw={600}>
                    {t('ratifications.import.line', { line: row.line })}
                  </Text>
                  {' — '}
                  {t(`ratifications.import.reasons.${row.reason}`, { value: row.value })}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      {result && (
        <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="ratification-preview-title">
          <Stack gap="xs">
            <Text fw={600} id="ratification-preview-title">
              {t('ratifications.import.previewTitle')}
            </Text>
            <Text size="sm">{t('ratifications.import.counts', { added: count('NEW'), changed: count('CHANGED'), unchanged: count('UNCHANGED'), kept: result.kept })}</Text>
            {newInstruments > 0 && <Text size="sm">{t('ratifications.import.newInstruments', { count: newInstruments })}</Text>}
            {result.ignoredLines.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('ratifications.import.ignored', { lines: result.ignoredLines.join(', ') })}
              </Text>
            )}
            <ScrollArea.Autosize mah={320} type="auto" viewportProps={{ tabIndex: 0, 'aria-label': t('ratifications.import.previewTitle') } as never}>
              <Table verticalSpacing={4} aria-labelledby="ratification-preview-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ratifications.table.instrument')}</Table.Th>
                    <Table.Th scope="col">{t('ratifications.table.status')}</Table.Th>
                    <Table.Th scope="col">{t('ratifications.table.ratified')}</Table.Th>
                    <Table.Th scope="col">{t('ratifications.import.change')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.rows.map((row) => (
                    <Table.Tr key={row.code}>
                      <InstrumentCell code={row.code} title={row.title} />
                      <Table.Td>
                        <RatificationStatusBadge status={row.status} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">{formatIsoDate(row.ratifiedOn, i18n.language)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Text size="sm">{t(`ratifications.import.changes.${row.change}`)}</Text>
                          {row.newInstrument && (
                            <Badge variant="light" color="gray" tt="none" size="sm">
                              {t('ratifications.import.newInstrument')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </Stack>
        </Paper>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel} disabled={step.name === 'importing'}>
          {t('ratifications.import.cancel')}
        </Button>
        <Button onClick={() => void commit()} disabled={!result || problems.length > 0 || result.rows.length === 0} loading={step.name === 'importing'}>
          {t('ratifications.import.confirm', { count: result?.rows.length ?? 0 })}
        </Button>
      </Group>
    </Stack>
  );
}
