import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/dates';

/**
 * "Telefon, 12.05.2026, 14:30": how a contact is named in references; with a message key, in a
 * page title ("Kontakt: Telefon, 12.05.2026, 14:30").
 */
export const ContactTitle = ({ message }: { message?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const channel = translate(`lotsen.channels.${record.channel}`, { _: record.channel });
  const when = formatDateTime(record.occurredAt, locale, true);
  const name = [channel, when].filter(Boolean).join(', ');
  return <>{message ? translate(message, { name }) : name}</>;
};
