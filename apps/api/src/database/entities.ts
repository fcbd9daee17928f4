import { RefreshToken } from '../auth/refresh-token.entity';
import { SignInThrottle } from '../auth/sign-in-throttle.entity';
import { Invitation } from '../people/invitation.entity';
import { Membership } from '../people/membership.entity';
import { Organization } from '../people/organization.entity';
import { User } from '../people/user.entity';
import { Convention } from '../reference/convention.entity';
import { Country } from '../reference/country.entity';

/** Every TypeORM entity, listed once. */
export const ENTITIES = [Country, Convention, Organization, User, Membership, Invitation, RefreshToken, SignInThrottle];
