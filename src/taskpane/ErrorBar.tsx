/** A failure in a Fluent message bar: a title for its kind, the message saying what to do next. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { JSX } from 'react';
import { FAILURE_TITLES, type BuildFailure } from '../core/buildFailure';

export type ErrorBarProps = {
  failure: BuildFailure | null;
  intent?: 'error' | 'warning';
  /** Overrides the kind's title, e.g. for a notice after a successful build. */
  title?: string;
  onDismiss: () => void;
};

/** Show a failure (or nothing). Error bars are announced assertively by Fluent. */
export function ErrorBar(props: ErrorBarProps): JSX.Element | null {
  const { failure } = props;
  if (failure === null) return null;
  return (
    <MessageBar intent={props.intent ?? 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title ?? FAILURE_TITLES[failure.kind]}</MessageBarTitle>{' '}
        {failure.message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={props.onDismiss}>
            Dismiss
          </Button>
        }
      />
    </MessageBar>
  );
}
