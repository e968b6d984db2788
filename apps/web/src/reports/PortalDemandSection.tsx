import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { BarChart, ReportValue } from './charts';
import type { PortalDemand } from './demandReport';
import { ReportTable, Section } from './reportParts';

/**
 * "Nachfrage im Familienportal" (issue 17 point 8): what families searched for in the public
 * portal during the period, beside the office's contacts — the whole city's searches (a portal
 * search belongs to no office), suppressed like every figure of the report.
 */
export const PortalDemandSection = ({
  portal,
  districtName,
  minCell,
}: {
  portal: PortalDemand;
  districtName: (id: string) => string;
  minCell: number;
}) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`lotsen.reports.portal.${key}`, options);
  const district = (id: string | null) => (id === null ? t('wholeCity') : districtName(id));
  return (
    <Section title={t('title')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('hint')} {t('searches')}: <ReportValue value={portal.searches} minCell={minCell} />
      </Typography>
      {portal.byKey.length === 0 ? (
        <Typography variant="body2">{t('none')}</Typography>
      ) : (
        <>
          <BarChart
            title={t('byKey')}
            minCell={minCell}
            items={portal.byKey.map((row) => ({ key: row.key, label: row.label, value: row.searches }))}
          />
          <ReportTable
            caption={t('byKey')}
            labelHeader="lotsen.reports.portal.topic"
            rows={portal.byKey}
            keyOf={(row) => row.key}
            labelOf={(row) => row.label}
            columns={[{ header: 'lotsen.reports.portal.searches', value: (row) => row.searches }]}
            minCell={minCell}
          />
          <ReportTable
            caption={t('byDistrict')}
            labelHeader="lotsen.reports.columns.district"
            rows={portal.byDistrict}
            keyOf={(row) => row.districtId ?? 'city'}
            labelOf={(row) => district(row.districtId)}
            columns={[{ header: 'lotsen.reports.portal.searches', value: (row) => row.searches }]}
            minCell={minCell}
          />
        </>
      )}
    </Section>
  );
};
