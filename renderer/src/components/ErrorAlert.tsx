import { Alert, Paragraph } from '@utrecht/component-library-react';

/** A failed action, said once, in Dutch, where the person is looking. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
