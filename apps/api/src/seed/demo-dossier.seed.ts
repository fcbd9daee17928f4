import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { ActorLoader } from '../auth/actor.loader';
import { CommentsService } from '../comments/comments.service';
import { DossiersService } from '../dossiers/dossiers.service';
import { DraftsService } from '../dossiers/drafts/drafts.service';
import { Provision } from '../dossiers/drafts/provision.entity';
import { ParticipantsService } from '../dossiers/participants.service';
import { User } from '../people/user.entity';
import { DEMO_COMMENTS, DEMO_COUNTRY, DEMO_SEATS } from './demo-data';
import { DEMO_DRAFT, DEMO_DRAFT_TITLE } from './demo-draft';

/** The demo consultation, built through the same services a facilitator's clicks call. */
@Injectable()
export class DemoDossierSeed {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actors: ActorLoader,
    private readonly dossiers: DossiersService,
    private readonly participants: ParticipantsService,
    private readonly drafts: DraftsService,
    private readonly comments: CommentsService,
  ) {}

  async seed(): Promise<void> {
    const facilitator = await this.actor('facilitator@tripart.example');
    const dossier = await this.dossiers.create(facilitator, {
      title: DEMO_DRAFT_TITLE,
      summary: 'Amendments to the Labour Code on freedom of association and collective bargaining, following the comments of the ILO supervisory bodies.',
      kind: 'LAW_REFORM',
      countryCode: DEMO_COUNTRY.code,
      conventionCodes: ['C087', 'C098', 'C144'],
      commentsDeadline: new Date(Date.now() + 21 * 86_400_000),
      observersMayComment: false,
    });
    for (const seat of DEMO_SEATS) {
      const user = await this.user(seat.email);
      if (seat.role === 'DELEGATE') await this.participants.addDelegationMember(facilitator, dossier, seat.constituency!, user.id, seat.lead ?? false);
      else await this.participants.addParticipant(facilitator, dossier, user.id, seat.role);
    }
    const { draft } = await this.drafts.import(facilitator, dossier, { buffer: Buffer.from(DEMO_DRAFT), filename: 'labour-code-amendment-bill-2026.txt', mimeType: 'text/plain' });
    const articles = await this.dataSource.getRepository(Provision).find({ where: { draftId: draft.id, kind: 'ARTICLE' } });
    for (const comment of DEMO_COMMENTS) {
      const provision = articles.find((article) => article.number === comment.article)!;
      await this.comments.add(await this.actor(comment.email), {
        provisionId: provision.id,
        body: comment.body,
        visibility: comment.visibility,
        quote: comment.quote ? { exact: comment.quote, prefix: '', suffix: '' } : null,
        suggestedText: comment.suggestedText ?? null,
        mentionUserIds: [],
      });
    }
  }

  private user(email: string): Promise<User> {
    return this.dataSource.getRepository(User).findOneOrFail({ where: { email } });
  }

  private async actor(email: string): Promise<Actor> {
    return (await this.actors.load((await this.user(email)).id))!;
  }
}
