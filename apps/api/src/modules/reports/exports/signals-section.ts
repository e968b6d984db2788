import { SIGNAL_METHOD } from '@lotsen/domain';
import type { SignalView } from '../../signals/signals.service';
import { germanDate, type ExportDocument, type ExportTable } from './tables';

/**
 * The council's section "Frühwarnsignale" (issue 20.6, docs/signals.md): the signals open when the
 * report is exported, with their suppressed recent counts ("< 5"), and in plain words what a
 * signal means and what it does not mean. The signals are read at export time — they are not part
 * of a frozen snapshot's figures, and the section says so with its own date.
 */
export const SIGNALS_SECTION_NAME = 'Frühwarnsignale';

export const SIGNALS_EXPLANATION: readonly string[] = [
  `Was ein Signal bedeutet: In diesem Sozialraum wurden in den letzten ${SIGNAL_METHOD.recentWeeks} Wochen deutlich mehr ungedeckte Bedarfe dieser Kategorie erfasst als in den ${SIGNAL_METHOD.baselineWeeks} Wochen davor – mehr, als der Zufall bei so kleinen Zahlen gewöhnlich erklärt. Geprüft wird wöchentlich mit einem exakten Poisson-Test, über alle Sozialräume und Kategorien gemeinsam abgesichert; wo ein Jahr Daten vorliegt, ist die Jahreszeit berücksichtigt.`,
  'Was ein Signal nicht bedeutet: Es ist kein Beweis für eine Notlage und keine Aussage über einzelne Familien. Ein Anstieg kann auch durch mehr Beratung vor Ort, eine geänderte Erfassung oder ein verändertes Angebot entstehen. Fehlt ein Signal, heißt das nicht, dass alles in Ordnung ist: Kleine Anstiege erkennt der Test erst später oder gar nicht.',
  'Im Mittel entsteht höchstens etwa ein Fehlalarm je 100 Sozialraum-Kategorie-Jahre. Ein Signal schließt sich selbst, wenn der Anstieg vorbei ist.',
  'Kleine Zahlen werden nicht genannt („< 5“), damit niemand erkennbar wird; Werte, aus denen sie sich zurückrechnen ließen (Raten, Verhältnis, p-Wert), stehen dann als „.“. „Verhältnis“: ungedeckte Bedarfe je Woche zuletzt, geteilt durch die erwarteten.',
];

// a figure withheld because it would give a suppressed count back is shown as "." (the legend's sign)
const decimal = (v: number | null) =>
  v === null ? '.' : v.toLocaleString('de-DE', { maximumFractionDigits: 2 });
const pValue = (p: number | null) =>
  p === null ? '.' : p < 0.0001 ? '< 0,0001' : p.toLocaleString('de-DE', { maximumSignificantDigits: 2 });

/** The section as a table of the export, its explanation as notes under it. */
export function signalsTable(signals: readonly SignalView[], asOf: Date): ExportTable {
  const day = asOf.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
  return {
    name: SIGNALS_SECTION_NAME,
    header: [
      'Sozialraum',
      'Bedarfskategorie',
      `Ungedeckte Bedarfe (${SIGNAL_METHOD.recentWeeks} Wochen)`,
      'Zuletzt je Woche',
      'Erwartet je Woche',
      'Verhältnis',
      'p-Wert',
      'Zuletzt geprüft (KW)',
    ],
    rows: signals.map((s) => [
      s.district.name,
      s.category.label,
      s.recentCount,
      decimal(s.recentRate),
      decimal(s.baselineRate),
      s.ratio === null ? '.' : `${decimal(s.ratio)} ×`,
      pValue(s.pValue),
      s.weekTestedName,
    ]),
    notes: [
      `Stand: ${germanDate(day)}. ${
        signals.length === 0 ? 'Derzeit ist kein Frühwarnsignal offen.' : `Offene Signale: ${signals.length}.`
      } Die Signale werden wöchentlich neu geprüft und gehören nicht zum eingefrorenen Zahlenstand des Berichts.`,
      ...SIGNALS_EXPLANATION,
    ],
  };
}

/** The export with the section "Frühwarnsignale" after its tables. */
export function withSignals(doc: ExportDocument, signals: readonly SignalView[], asOf: Date): ExportDocument {
  return { ...doc, tables: [...doc.tables, signalsTable(signals, asOf)] };
}
