import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatrixFilter } from '@tripart/contracts';
import { useDownload } from '../../shared/http/use-download';
import { DownloadIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { downloadCsv, matrixCsv } from './matrix-csv';
import type { MatrixRow } from './outcomes-matrix';

const PRINTED = ['pdf', 'docx'] as const;
type Printed = (typeof PRINTED)[number];

/**
 * The matrix as shown: CSV made here from the rows on screen; PDF/A and Word
 * printed by the server from the same rows, asked for with the same filters.
 */
export function MatrixExportButtons({ dossierId, title, shown, filter }: { dossierId: string; title: string; shown: readonly MatrixRow[]; filter: MatrixFilter }) {
  const { t } = useTranslation();
  const { busy, error, download } = useDownload<Printed>();
  const query = (format: Printed) => new URLSearchParams({ format, ...(filter.disagreement ? { disagreement: 'true' } : {}), ...(filter.unanswered ? { unanswered: 'true' } : {}) });
  const filtered = filter.disagreement || filter.unanswered;

  return (
    <>
      <Group gap={4} role="group" aria-label={t('outcomes.exports.matrixLabel')}>
        <Button variant="default" size="xs" leftSection={<DownloadIcon />} disabled={shown.length === 0} onClick={() => downloadCsv(t('outcomes.csv.fileName', { title }), matrixCsv(shown, t))}>
          {t('outcomes.exportCsv')}
        </Button>
        {PRINTED.map((format) => (
          <Button
            key={format}
            variant="default"
            size="xs"
            leftSection={<DownloadIcon />}
            disabled={shown.length === 0}
            loading={busy === format}
            aria-label={t(`outcomes.exports.${format}Label${filtered ? 'Filtered' : ''}`)}
            onClick={() => void download(format, `/api/dossiers/${encodeURIComponent(dossierId)}/matrix?${query(format)}`, `consensus-matrix.${format}`)}
          >
            {t(`outcomes.exports.${format}`)}
          </Button>
        ))}
      </Group>
      {error !== null && <ProblemAlert error={error} title={t('outcomes.exports.failed')} />}
    </>
  );
}
