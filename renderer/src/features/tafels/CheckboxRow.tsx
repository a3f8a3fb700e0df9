import { Checkbox, FormLabel } from '@utrecht/component-library-react';
import { useId } from 'react';

/** A checkbox with its label beside it (attendance, the presentation switch). */
export function CheckboxRow({ label, checked, onChange, className }: { label: string; checked: boolean; onChange: (checked: boolean) => void; className?: string }) {
  const id = useId();
  return (
    <div className={['tafels-checkbox', className].filter(Boolean).join(' ')}>
      <Checkbox id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <FormLabel htmlFor={id} type="checkbox" checked={checked}>
        {label}
      </FormLabel>
    </div>
  );
}
