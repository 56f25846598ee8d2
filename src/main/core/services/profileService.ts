import type { Profile } from '../../../shared/schemas/records';
import type { ProfileRepository } from '../db/repositories/profileRepository';

/** The education profile every track's education requirement reads. */
export class ProfileService {
  constructor(
    private readonly profile: ProfileRepository,
    private readonly now: () => Date,
  ) {}

  get(): Profile {
    return this.profile.get();
  }

  update(input: { educationLevel: Profile['educationLevel']; gacAccredited: boolean }): Profile {
    this.profile.save({ ...input, updatedAt: this.now().toISOString() });
    return this.get();
  }
}
