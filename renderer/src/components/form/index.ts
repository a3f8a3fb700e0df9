/** The form kit (issue #7 item 9): react-hook-form + zodResolver with the contract's input schemas. */
export { Form } from './Form';
export { CheckboxGroup, CheckboxRow, RadioGroup } from './CheckboxRow';
export { DateField, EuroField, SelectField, TextAreaField, TextField, type Option } from './fields';
export { choice, clearableText, dateText, euroText, isoToDutchDate, optionalText, parseDutchDate, quantityText, whenValid } from './schema';
