import type { ReactNode, RefObject } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveSessionStateFragment, SessionDossierQuery } from '../../../gql/graphql';
import { ProvisionText } from '../../drafts/provision-text';

type Draft = NonNullable<SessionDossierQuery['dossier']['currentDraft']>;

/**
 * The item under discussion and its provision text, in the draft's own
 * language. Words of the text can be selected and quoted in a comment
 * (`textRef` holds the text, marked up as the reader's is); `children` go under it.
 */
export function ItemPane({
  state,
  itemId,
  draft,
  draftLoading,
  onBackToCurrent,
  textRef,
  children,
}: {
  state: LiveSessionStateFragment;
  itemId: string | null;
  draft: Draft | null | undefined;
  draftLoading: boolean;
  onBackToCurrent?: () => void;
  textRef?: RefObject<HTMLDivElement | null>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const item = state.agenda.find((candidate) => candidate.id === itemId);
  const round = state.currentRound;
  const isCurrent = !!item && round?.agendaItemId === item.id;
  if (!item) {
    return (
      <Paper withBorder radius="sm" p="md">
        <Text c="dimmed">{t('live.noItem')}</Text>
      </Paper>
    );
  }
  const provision = item.provisionId ? draft?.provisions.find((p) => p.id === item.provisionId) : null;
  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby="item-heading">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          {isCurrent && round ? (
            <Badge radius="sm" tt="none" color="#1e6b34" variant="filled">
              {t(`live.roundKinds.${round.kind}`)}
            </Badge>
          ) : (
            <Badge radius="sm" tt="none" color="gray.7" variant="outline">
              {t('live.notCurrent')}
            </Badge>
          )}
          {!isCurrent && round && onBackToCurrent && (
            <Button size="compact-xs" variant="subtle" onClick={onBackToCurrent}>
              {t('live.backToCurrent')}
            </Button>
          )}
        </Group>
        <Title order={2} fz="h3" id="item-heading">
          {item.title}
        </Title>
        {item.provisionId ? (
          provision ? (
            <Text
              component="div"
              ref={textRef}
              lang={draft?.language ?? undefined}
              style={{ whiteSpace: 'pre-wrap', maxWidth: '70ch', lineHeight: 1.6 }}
              data-testid="provision-text"
              data-provision-text={provision.id}
            >
              <span data-quote-root>
                <ProvisionText text={provision.text} marks={provision.marks} />
              </span>
            </Text>
          ) : draftLoading ? (
            <Text c="dimmed">{t('common.loading')}</Text>
          ) : (
            <Text c="dimmed">{t('live.provisionMissing')}</Text>
          )
        ) : (
          <Text c="dimmed">{t('live.freeTopic')}</Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
