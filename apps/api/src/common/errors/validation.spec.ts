import type { ArgumentMetadata } from '@nestjs/common';
import { CreateUserDto } from '../../modules/users/dto/user.dto';
import { CreateNeedCategoryDto } from '../../modules/need-categories/dto/need-category.dto';
import { AppException } from './app.exception';
import { createValidationPipe } from './validation';

const pipe = createValidationPipe();
const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
  type: 'body',
  metatype,
  data: '',
});

async function problems(value: object, metatype: ArgumentMetadata['metatype']) {
  try {
    await pipe.transform(value, body(metatype));
    return [];
  } catch (err) {
    if (err instanceof AppException) return err.details as { field: string }[];
    throw err;
  }
}

describe('validation of request bodies', () => {
  const user = {
    email: 'A@B.example',
    displayName: 'Anna',
    role: 'counsellor',
    password: 'Ein-gutes-Passwort-1',
  };

  it('normalises the e-mail and accepts a valid user', async () => {
    const dto = (await pipe.transform(user, body(CreateUserDto))) as CreateUserDto;
    expect(dto.email).toBe('a@b.example');
  });

  it('names every wrong field', async () => {
    const list = await problems(
      { email: 'kein', displayName: '', role: 'king', password: 'kurz' },
      CreateUserDto,
    );
    expect(list.map((p) => p.field).sort()).toEqual(['displayName', 'email', 'password', 'role']);
  });

  it('refuses unknown fields instead of dropping them silently', async () => {
    const list = await problems({ ...user, isAdmin: true }, CreateUserDto);
    expect(list).toEqual([{ field: 'isAdmin', messages: ['property isAdmin should not exist'] }]);
  });

  it('checks category keys and groups against the taxonomy rules', async () => {
    const list = await problems(
      { key: 'Ä', labelDe: 'x', labelEn: 'x', group: 'Erfunden' },
      CreateNeedCategoryDto,
    );
    expect(list.map((p) => p.field).sort()).toEqual(['group', 'key']);
  });
});
