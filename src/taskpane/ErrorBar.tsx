/** A failure in a Fluent message bar: a title for its kind, the message saying what to do next. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { JSX, Ref } from 'react';
import { FAILURE_TITLES, type BuildFailure } from '../core/buildFailure';

const useStyles = makeStyles({
  bar: {
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
});

export type ErrorBarProps = {
  failure: BuildFailure | null;
  intent?: 'error' | 'warning';
  /** Overrides the kind's title, e.g. for a notice after a successful build. */
  title?: string;
  onDismiss: () => void;
  /** The bar itself (focusable by script): a failed build moves focus here. */
  barRef?: Ref<HTMLDivElement>;
};

/**
 * The title and body a bar shows. A message that starts with its kind's title ("No header row
 * found in the first 20 rows…") would say it twice: its first sentence becomes the title instead.
 */
export function titleAndBody(title: string, message: string): { title: string; body: string } {
  if (!message.toLowerCase().startsWith(title.toLowerCase())) return { title, body: message };
  const end = message.search(/\.(\s|$)/);
  if (end < 0) return { title: message, body: '' };
  return { title: message.slice(0, end), body: message.slice(end + 1).trim() };
}

/**
 * Show a failure (or nothing). Fluent's MessageBar announces itself through the pane's
 * AriaLiveAnnouncer: assertively for errors and warnings.
 */
export function ErrorBar(props: ErrorBarProps): JSX.Element | null {
  const styles = useStyles();
  const { failure } = props;
  if (failure === null) return null;
  const shown = titleAndBody(props.title ?? FAILURE_TITLES[failure.kind], failure.message);
  return (
    <MessageBar
      ref={props.barRef}
      className={styles.bar}
      tabIndex={-1}
      intent={props.intent ?? 'error'}
      layout="multiline"
    >
      <MessageBarBody>
        <MessageBarTitle>{shown.title}</MessageBarTitle> {shown.body}
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
