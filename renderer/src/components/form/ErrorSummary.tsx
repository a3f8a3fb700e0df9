import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useFormState, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { flattenErrors } from './errors';
import { fieldId, useFormIds } from './Form';

/**
 * The NL Design System error summary: after a submit with errors, a list of them above the form,
 * each a link that puts the focus in its field. role=alert, so it is read out at once; it follows
 * the fields as they are corrected and goes away when nothing is wrong.
 */
export function ErrorSummary<T extends FieldValues, C, O extends FieldValues>({ form }: { form: UseFormReturn<T, C, O> }) {
  const { t } = useTranslation();
  const ids = useFormIds();
  const titleId = useId();
  const { errors, submitCount } = useFormState({ control: form.control });
  // A refusal from the server (set with type 'server') is said by the screen's own alert, once.
  const found = flattenErrors(errors).filter((f) => f.type !== 'server');
  if (submitCount === 0 || found.length === 0) return null;
  return (
    <Alert type="error" role="alert" aria-labelledby={titleId} className="werkbank-error-summary">
      {/* Not a heading: the form sits at different heading levels on different screens. */}
      <Paragraph id={titleId} className="werkbank-error-summary__title">
        <strong>{t('form.summaryTitle')}</strong>
      </Paragraph>
      <Paragraph>{t('form.summaryIntro')}</Paragraph>
      <UnorderedList>
        {found.map(({ name, message }) => {
          const label = ids?.labels.get(name);
          return (
            <UnorderedListItem key={name}>
              <a
                className="utrecht-link"
                href={`#${fieldId(ids?.prefix ?? '', name)}`}
                onClick={(e) => {
                  // The hash router owns location.hash: focus the field instead of following the link.
                  e.preventDefault();
                  form.setFocus(name as Path<T>);
                }}
              >
                {summaryLine(label, message)}
              </a>
            </UnorderedListItem>
          );
        })}
      </UnorderedList>
    </Alert>
  );
}

/**
 * "Label: message", unless the message already opens with the field's name (the interchange
 * schemas name their field, e.g. "Geboortejaar moet na 1900 liggen.", so an import's message is
 * clear on its own): then the name is not said twice.
 */
function summaryLine(label: string | undefined, message: string): string {
  if (!label || message.toLocaleLowerCase('nl').startsWith(label.toLocaleLowerCase('nl'))) return message;
  return `${label}: ${message}`;
}
