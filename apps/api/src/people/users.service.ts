import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { badInput, notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import { TokenService } from '../auth/token.service';
import { AccessChanges } from '../realtime/access-changes';
import type { UpdateProfileInput } from './dto/user.inputs';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly accessChanges: AccessChanges,
  ) {}

  private get users(): Repository<User> {
    return this.dataSource.getRepository(User);
  }

  list(): Promise<User[]> {
    return this.users.find({ order: { displayName: 'ASC' } });
  }

  async get(id: string): Promise<User> {
    const user = isUuid(id) ? await this.users.findOne({ where: { id } }) : null;
    if (!user) throw notFound('The person');
    return user;
  }

  async updateProfile(id: string, input: UpdateProfileInput): Promise<User> {
    const user = await this.get(id);
    if (input.displayName) user.displayName = input.displayName;
    if (input.locale) user.locale = input.locale;
    return this.users.save(user);
  }

  /** Disabling ends the person's sign-ins and live connections at once; an admin cannot disable themself. */
  async setDisabled(actorId: string, userId: string, disabled: boolean): Promise<User> {
    if (actorId === userId && disabled) throw badInput('You cannot disable your own account.', undefined, 'OWN_ACCOUNT');
    const user = await this.get(userId);
    user.disabled = disabled;
    const saved = await this.users.save(user);
    if (disabled) {
      await this.tokens.revokeAllOf(userId);
      this.accessChanges.userDisabled(userId); // open sockets and documents close too
    }
    return saved;
  }
}
