import { useRecordContext, useTranslate } from 'react-admin';

/**
 * The family's name as the page title ("Familie Meyer", not "Familie Familie Meyer"); with a
 * message key, the name goes into that message ("Familie Meyer bearbeiten").
 */
export const FamilyTitle = ({ message }: { message?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const name = String(record.name ?? '');
  return <>{message ? translate(message, { name }) : name}</>;
};
