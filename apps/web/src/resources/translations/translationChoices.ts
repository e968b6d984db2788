import {
  TRANSLATION_FIELDS_OF,
  TRANSLATION_LANGS,
  TRANSLATION_TEXT_MAX,
  type TranslationEntity,
  type TranslationField,
} from '@lotsen/domain';
import type { Validator } from 'react-admin';

/** The languages a translation of this entity may be in: German only for life situations. */
export function langChoices(entity: TranslationEntity): { id: string; name: string }[] {
  return TRANSLATION_LANGS.filter((lang) => lang !== 'de' || entity === 'life_situation').map((lang) => ({
    id: lang,
    name: `lotsen.portalTexts.langs.${lang}`,
  }));
}

/** Every stored language, for showing one. */
export const ALL_LANG_CHOICES = langChoices('life_situation');

/** The fields this entity has in translation. */
export function fieldChoices(entity: TranslationEntity): { id: TranslationField; name: string }[] {
  return TRANSLATION_FIELDS_OF[entity].map((field) => ({
    id: field,
    name: `lotsen.portalTexts.fields.${field}`,
  }));
}

export const ALL_FIELD_CHOICES = fieldChoices('service').concat(fieldChoices('life_situation'));

/** The text's length limit of its field (title 200, others 4000), as the API checks it. */
export const textFitsField: Validator = (value: unknown, values: Record<string, unknown>) => {
  const field = values.field as TranslationField | undefined;
  const max = field ? TRANSLATION_TEXT_MAX[field] : 4000;
  return typeof value === 'string' && value.length > max
    ? { message: 'ra.validation.maxLength', args: { max } }
    : undefined;
};
