import { findPersonalData } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';

/**
 * The free texts of an anonymous record must not name anybody (issue 24.7, libs/domain
 * `findPersonalData`): 400 `PERSONAL_DATA_NOT_ALLOWED` naming each field and what was found.
 */
export function refusePersonalText(texts: { field: string; text: string | null | undefined }[]): void {
  const found = texts
    .map(({ field, text }) => ({ field, kinds: findPersonalData(text) }))
    .filter((f) => f.kinds.length > 0);
  if (found.length > 0) {
    throw new AppException(
      400,
      'PERSONAL_DATA_NOT_ALLOWED',
      'An anonymous record names nobody: no names, phone numbers, e-mail addresses or dates of birth',
      found.map(({ field, kinds }) => ({
        field,
        messages: kinds.map((k) => `contains personal data: ${k}`),
      })),
    );
  }
}

/**
 * The text of an anonymous record is changed (or cleared after a slip) by its author or a team
 * lead of the office only (403 `FORBIDDEN` for other staff of the office).
 */
export function requireAuthorOrTeamLead(ctx: RequestContext, authorId: string | null, label: string): void {
  if (ctx.user.role === 'team_lead' || (authorId !== null && authorId === ctx.user.id)) return;
  throw new AppException(
    403,
    'FORBIDDEN',
    `Only its author or a team lead changes the text of an anonymous ${label.toLowerCase()}`,
  );
}
