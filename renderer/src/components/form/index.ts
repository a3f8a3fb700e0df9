/** The form kit (issue #7 item 9): react-hook-form + zodResolver with the contract's input schemas. */
export { Form } from './Form';
export { CheckboxGroup, CheckboxRow, RadioGroup } from './CheckboxRow';
export { DateField, EuroField, SelectField, TextAreaField, TextField } from './fields';
export { InlineSelect, InlineTextField } from './InlineField';
export { choice, clearableText, dateText, euroText, flag, isoToDutchDate, optionalText, quantityText, whenValid } from './schema';
export { useFilters } from './useFilters';
