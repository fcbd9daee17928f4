import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DossierClosingRules } from '../dossiers/dossier-closing-rules';
import { SubmissionDirectory } from '../positions/submission-directory';
import { answerKey, contributionKey, contributionsOf } from './contributions';
import { ResponsesRepository } from './responses.repository';

/**
 * A dossier is not concluded while a submitted contribution has no recorded government response (unless its facilitator
 * says why). A provision resubmitted unchanged keeps its answer; a changed one needs a new one.
 */
@Injectable()
export class UnansweredClosingRule implements OnModuleInit {
  constructor(
    private readonly closingRules: DossierClosingRules,
    private readonly submissions: SubmissionDirectory,
    private readonly responses: ResponsesRepository,
  ) {}

  onModuleInit(): void {
    this.closingRules.register(async (manager, dossierId) => {
      const contributions = contributionsOf(await this.submissions.allOf(dossierId, manager));
      const answered = new Set((await this.responses.ofDossier(dossierId, true, manager)).map(contributionKey));
      const unanswered = contributions.filter((entry) => !answered.has(answerKey(entry))).length;
      if (!unanswered) return null;
      return {
        constraint: 'unansweredContributions',
        message: `${unanswered} of ${contributions.length} submitted contributions have no government response yet: record them, or say why the dossier is concluded without them.`,
        params: { unanswered, total: contributions.length },
      };
    });
  }
}
