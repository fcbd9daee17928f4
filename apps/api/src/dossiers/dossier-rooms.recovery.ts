import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RealtimeService } from '../realtime/realtime.service';
import { parseDossierRoom } from './dossier-rooms';

/**
 * A reconnecting socket gets its rooms back only if the person may still be
 * in each of them now: an enabled account (for any room), a participant (or an
 * administrator) for a dossier's plenary and sessions, a member of the
 * delegation for its private rooms.
 */
@Injectable()
export class DossierRoomsRecovery implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.realtime.guardRecovery((userId, rooms) => this.allows(userId, rooms));
  }

  async allows(userId: string, rooms: ReadonlySet<string>): Promise<boolean> {
    const [user]: Array<{ role: string; disabled: boolean }> = await this.dataSource.query('SELECT role, disabled FROM app_user WHERE id = $1', [userId]);
    if (!user || user.disabled) return false;
    const wanted = [...rooms].flatMap((room) => parseDossierRoom(room) ?? []);
    if (!wanted.length) return true;
    const seats: Array<{ dossier_id: string; role: string; delegation_id: string | null }> = await this.dataSource.query(
      'SELECT dossier_id, role, delegation_id FROM participant WHERE user_id = $1 AND dossier_id = ANY($2)',
      [userId, [...new Set(wanted.map((room) => room.dossierId))]],
    );
    const seatIn = new Map(seats.map((seat) => [seat.dossier_id, seat]));
    return wanted.every(({ dossierId, delegationId }) => {
      const seat = seatIn.get(dossierId);
      if (delegationId) return seat?.role === 'DELEGATE' && seat.delegation_id === delegationId;
      return Boolean(seat) || user.role === 'ADMIN';
    });
  }
}
