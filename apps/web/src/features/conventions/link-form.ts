import { CONVENTION_ARTICLE_PATTERN, GAP_NOTE_MAX } from '@tripart/contracts';
import { maxLength, required, type Check } from '../../shared/errors/form-validators';
import type { ConventionLinkFieldsFragment } from '../../gql/graphql';

export interface LinkFormValues {
  conventionCode: string | null;
  article: string;
  gapNote: string;
}

export type LinkFormChecks = Record<keyof LinkFormValues, Check>;

/** The form's checks, the API's rules (shared through the contracts). */
export function checkLinkForm(values: LinkFormValues): LinkFormChecks {
  const article = values.article.trim();
  return {
    conventionCode: values.conventionCode ? null : { key: 'validation.required' },
    article: required(article) ?? (CONVENTION_ARTICLE_PATTERN.test(article) ? null : { key: 'conventions.form.articleInvalid' }),
    gapNote: maxLength(GAP_NOTE_MAX)(values.gapNote.trim()),
  };
}

/** The provision's link to that article already, if any: saving would replace its gap note. */
export function sameArticleLink<T extends Pick<ConventionLinkFieldsFragment, 'conventionCode' | 'article'>>(
  links: readonly T[],
  values: Pick<LinkFormValues, 'conventionCode' | 'article'>,
): T | undefined {
  const article = values.article.trim();
  return links.find((link) => link.conventionCode === values.conventionCode && link.article === article);
}

interface ConventionOption {
  code: string;
  title: string;
}

type OptionGroups = Array<{ group: string; items: Array<{ value: string; label: string }> }>;

/**
 * The ILO instruments to pick from, each "C087 · title", in code order: with
 * the dossier's codes given, its own first, then the others.
 */
export function conventionOptions(
  conventions: readonly ConventionOption[],
  dossierCodes: readonly string[] | null,
  groups: { dossier: string; other: string },
): OptionGroups | Array<{ value: string; label: string }> {
  const option = (convention: ConventionOption) => ({ value: convention.code, label: `${convention.code} · ${convention.title}` });
  const sorted = [...conventions].sort((a, b) => a.code.localeCompare(b.code));
  if (!dossierCodes) return sorted.map(option);
  const mine = new Set(dossierCodes);
  const own = sorted.filter((c) => mine.has(c.code)).map(option);
  const others = sorted.filter((c) => !mine.has(c.code)).map(option);
  return [
    ...(own.length ? [{ group: groups.dossier, items: own }] : []),
    ...(others.length ? [{ group: groups.other, items: others }] : []),
  ];
}
