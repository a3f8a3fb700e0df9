import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../../shared/ipc/channels/cases';
import { formatDate } from '../../../../shared/format/date';

export function CaseTable({ items }: { items: CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table className="werkbank-table">
      <TableCaption className="werkbank-visually-hidden">{t('cases.title')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('cases.col.code')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.col.alias')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.col.wijk')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.col.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.col.sporen')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.col.registeredOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.col.regisseur')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((c) => (
          <TableRow key={c.code}>
            <TableHeaderCell scope="row">
              <Link to={`/casussen/${c.code}`} className="utrecht-link">{c.code}</Link>
            </TableHeaderCell>
            <TableCell>{c.isSignaal ? t('cases.signaal') : (c.alias ?? '—')}</TableCell>
            <TableCell>{c.wijk}</TableCell>
            <TableCell>{t(`status.${c.status}`)}</TableCell>
            <TableCell>{c.sporen.map((s) => t(`spoor.${s}`)).join(', ') || '—'}</TableCell>
            <TableCell>{formatDate(c.registeredOn)}</TableCell>
            <TableCell>{c.casusregisseur ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
