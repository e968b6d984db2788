import { NEED_CATEGORY_GROUPS, ROLES, SOZIALRAEUME } from '@lotsen/domain';

/** Choices whose names are i18n keys (react-admin translates choice names). */
export const ROLE_CHOICES = ROLES.map((role) => ({ id: role, name: `lotsen.roles.${role}` }));

export const GROUP_CHOICES = NEED_CATEGORY_GROUPS.map((group) => ({
  id: group,
  name: `lotsen.groups.${group}`,
}));

export const SOZIALRAUM_CHOICES = SOZIALRAEUME.map((sozialraum) => ({
  id: sozialraum,
  name: sozialraum,
}));

export const PER_PAGE = 25;
