import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@lotsen/domain';

export class SessionUserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) officeId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) providerId!: string | null;
  @ApiProperty({ description: 'The password was set by an admin and must be changed before anything else' })
  mustChangePassword!: boolean;
}
